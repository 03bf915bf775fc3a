// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "notebook.h"

#include <services/core/result.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace GradeDesk::Services {

/// The newest `metadata.nbgrader.schema_version` GradeDesk reads; newer ones are refused.
inline constexpr int kNbgraderSchemaVersion = 3;

/**
 * @brief Reads one cell's `metadata.nbgrader` (any schema version 0..3) with nbgrader's upgrade rules.
 *
 * An absent value gives `present == false`. Recoverable problems (wrong types, a v0 points string that
 * is not a number, negative points) are appended to `problems` as translated text naming cell
 * `cellIndex`, and the field falls back to what nbgrader's upgrade would use. Only a schema version newer
 * than kNbgraderSchemaVersion is an error (Unsupported): guessing could grade the cell wrongly.
 */
Result<NbgraderCellMeta> parseNbgraderMetadata(const QJsonValue &value, int cellIndex, QStringList *problems);

/**
 * @brief The `metadata.nbgrader` object to write for `meta`.
 *
 * `base` is the object as read. Only fields whose value differs from what `base` parses to are written,
 * so unknown keys and the file's own spelling (a v0 "points": "1", a missing `task`) survive a round
 * trip. An empty `base` (a cell built in memory) gets the full schema version 3 form.
 */
QJsonObject nbgraderMetadataToJson(const NbgraderCellMeta &meta, const QJsonObject &base);

/**
 * @brief nbgrader's metadata rules over a whole notebook, as translated warnings (empty when valid).
 *
 * Checks: a blank or duplicate grade_id on an nbgrader cell, a grade cell without points, a markdown
 * cell that is graded but not a solution (or the reverse; task cells excepted), a task cell that is not
 * markdown, and a recorded `cell_type` that differs from the cell's type (the student changed it).
 */
QStringList validateNbgraderMetadata(const Notebook &notebook);

} // namespace GradeDesk::Services
