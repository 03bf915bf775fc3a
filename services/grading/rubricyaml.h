// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/gradebook/rubricrecords.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace GradeDesk::Services {

/// A question's rubric as exchanged between courses: settings plus items (ids and cell ids unset).
struct RubricDocument {
    QuestionSettings settings;
    QList<RubricItemRecord> items;
};

/**
 * @brief Rubrics as YAML (yaml-cpp):
 *
 *   version: 1
 *   scoring: {mode: negative, floor_at_zero: true, ceiling_at_max: true}
 *   items:
 *     - {title: "Correct", points: 2, description: "...", shortcut: "1", group: "correctness"}
 *
 * `scoring` and `items` may be left out (defaults: positive, floor and ceiling on; no items); an
 * item needs `title` (non-empty) and `points` (any finite number); `shortcut` is one digit or letter,
 * unique in the file; `description` and `group` are optional text. Booleans are true/false (yes/no,
 * on/off). Titles, shortcuts and groups are trimmed. serialize() double-quotes all text so every
 * string reads back unchanged.
 *
 * Errors name the file, line and column and what was expected, like course.yaml: Parse (not YAML,
 * not UTF-8), Validation (wrong types, unknown mode, unknown or repeated keys, duplicate shortcuts,
 * no `version`), Unsupported (a `version` newer than kVersion). Unknown keys are errors rather than
 * warnings so a misspelt key cannot silently drop what a grader wrote.
 */
class RubricYaml final
{
    Q_DECLARE_TR_FUNCTIONS(RubricYaml)

public:
    RubricYaml() = delete;

    /// The format version serialize() writes and the newest parse() reads.
    static constexpr int kVersion = 1;

    static QByteArray serialize(const RubricDocument &rubric);
    /// Items come back with ids and cell ids 0 and positions 0, 1, ... in file order.
    static Result<RubricDocument> parse(const QByteArray &yaml, const QString &pathForMessages);
};

} // namespace GradeDesk::Services
