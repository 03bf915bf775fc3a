// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "records.h"
#include "regraderecords.h"
#include "rubricrecords.h"

#include <services/core/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace GradeDesk::Services {

class Gradebook;

/// Why an imported regrade request (a CSV row, a Canvas comment) is not added.
enum class RegradeIssue {
    None, ///< Ready to add.
    UnknownAssignment,
    UnknownStudent,
    UnknownQuestion,
    AmbiguousQuestion, ///< A bare grade_id used by several notebooks of the assignment.
    NoSubmission,      ///< The student has no submission (or did not submit the question's notebook).
    EmptyMessage,
    DuplicateRow,    ///< Same request as an earlier row of the same file.
    AlreadyImported, ///< Its source key is stored already: imported before.
    UnknownUser,     ///< Canvas: the comment's user is not linked to a gradebook student.
    NotByStudent,    ///< Canvas: the comment was written by someone else (staff) on the submission.
};

/// Short untranslated name of an issue ("unknown_student"), for logs and machine output.
QString regradeIssueName(RegradeIssue issue);

/// What a regrade request names, resolved against the gradebook.
struct RegradeTarget {
    qint64 assignmentId = 0;
    QString assignment;
    QString studentId;
    qint64 cellId = 0;    ///< 0: the whole submission.
    QString questionName; ///< "notebook:grade_id"; empty for the whole submission.
};

/// A resolution: the target, or the issue with a translated sentence saying what is wrong.
struct RegradeResolution {
    RegradeTarget target;
    RegradeIssue issue = RegradeIssue::None;
    QString problem; ///< Translated; empty when `issue` is None.
};

/**
 * @brief Resolves assignment, student and question names of regrade requests against one gradebook.
 *
 * Questions are written "notebook:grade_id", or as the bare grade_id when only one notebook of the
 * assignment has it (exact case first, then ignoring case when that is unique); an empty question
 * is the whole submission. The student must have a submission, and for a question, have submitted
 * its notebook. Lookups are cached, so resolving many rows costs a few queries per assignment.
 * Database failures are errors; everything the user wrote wrong is an issue of the resolution.
 */
class RegradeTargets final
{
    Q_DECLARE_TR_FUNCTIONS(RegradeTargets)

public:
    explicit RegradeTargets(const Gradebook &gradebook);

    Result<RegradeResolution> resolve(const QString &assignment, const QString &studentId, const QString &question);
    /// Only the assignment and question parts (no student).
    Result<RegradeResolution> resolveQuestion(const QString &assignment, const QString &question);
    /// Whether a request with `sourceKey` is stored for the assignment already.
    Result<bool> isImported(const QString &assignment, const QString &sourceKey);

private:
    struct AssignmentData {
        AssignmentRecord record;
        QList<QuestionRecord> questions;
        QHash<QString, qint64> submissions;             ///< student id -> submission id
        QHash<qint64, QSet<qint64>> submittedNotebooks; ///< submission id -> notebook ids (filled on demand)
        std::optional<QSet<QString>> sourceKeys;        ///< Stored requests' source keys (filled on demand)
    };

    Result<AssignmentData *> assignmentData(const QString &name);

    const Gradebook &m_gradebook;
    std::optional<QSet<QString>> m_students;
    QHash<QString, std::optional<AssignmentData>> m_assignments; ///< nullopt: no such assignment.
};

/// One data row of a regrade CSV with what became of it.
struct RegradeCsvRow {
    /// The row as a spreadsheet numbers it: the header is row 1, blank lines do not count.
    int rowNumber = 0;
    QString student;
    QString assignment;
    QString question; ///< As written.
    QString message;
    RegradeTarget target; ///< Valid when `issue` is None or AlreadyImported.
    QString sourceKey;    ///< "csv:<hex sha256>"; empty when the row does not resolve.
    RegradeIssue issue = RegradeIssue::None;
    QString problem; ///< Translated, e.g. "no student “zed” in the gradebook"; empty when ready.
};

struct RegradeCsvPreview {
    QString path; ///< For messages.
    QList<RegradeCsvRow> rows;

    int count(RegradeIssue issue) const;
    /// Rows with an error (neither ready nor already imported).
    int errorCount() const;
};

struct RegradeCsvResult {
    int added = 0;
    int alreadyImported = 0; ///< Rows whose key was stored (before or by a concurrent import).
    int rejected = 0;        ///< Rows with an error, left out.
    QList<qint64> addedIds;
};

/**
 * @brief Regrade requests from a CSV file: `student,assignment,question,message`.
 *
 * The header names the columns in any order (other columns are ignored; names compare without case
 * and surrounding blanks); fields may be quoted, contain commas and newlines; UTF-8 with or without
 * BOM, LF or CRLF. `question` may be empty (the whole submission). Every row gets the source key
 * "csv:" + hex SHA-256 of "student|assignment|question|message" (the question as resolved,
 * "notebook:grade_id"; all trimmed), so importing the same file again adds nothing.
 */
class RegradeCsv final
{
    Q_DECLARE_TR_FUNCTIONS(RegradeCsv)

public:
    RegradeCsv() = delete;

    /// Parses and resolves every row; changes nothing. A file that is not CSV or lacks one of the
    /// four columns is an error; everything wrong in a row is that row's issue.
    static Result<RegradeCsvPreview> preview(const Gradebook &gradebook, const QByteArray &data,
                                             const QString &pathForMessages);
    static Result<RegradeCsvPreview> previewFile(const Gradebook &gradebook, const QString &path);
    /// Adds the preview's ready rows in one transaction (all or nothing), as `actor`, with source Csv.
    static Result<RegradeCsvResult> commit(Gradebook &gradebook, const RegradeCsvPreview &preview,
                                           const QString &actor);

    static QString sourceKey(const QString &student, const QString &assignment, const QString &questionName,
                             const QString &message);
};

} // namespace GradeDesk::Services
