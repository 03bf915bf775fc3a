// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Gradebook: submissions and submitted notebooks.
#include "gradebook.h"
#include "gradebooksql.h"

#include <QSqlQuery>

namespace GradeDesk::Services {

namespace {

const QString SubmissionColumns =
    QStringLiteral("id, assignment_id, student_id, submitted_at, directory, collected_at, late_penalty");

SubmissionRecord readSubmission(const QSqlQuery &q)
{
    SubmissionRecord s;
    s.id = q.value(0).toLongLong();
    s.assignmentId = q.value(1).toLongLong();
    s.studentId = q.value(2).toString();
    s.timestamp = GradebookSql::toTimestamp(q.value(3));
    s.directory = q.value(4).toString();
    s.collectedAt = GradebookSql::toTimestamp(q.value(5));
    s.latePenalty = q.value(6).toDouble();
    return s;
}

ServiceError notFound(const QString &detail)
{
    return ServiceError::make(ServiceError::Kind::NotFound,
                              Gradebook::tr("The gradebook has no such submission or question (it may have been "
                                            "removed). Reload the assignment and try again."),
                              detail);
}

} // namespace

Result<std::optional<SubmissionRecord>> Gradebook::submission(qint64 assignmentId, const QString &studentId) const
{
    Result<QSqlQuery> query =
        GradebookSql::exec(database(),
                           QStringLiteral("SELECT ") + SubmissionColumns +
                               QStringLiteral(" FROM submission WHERE assignment_id = ? AND student_id = ?"),
                           {assignmentId, GradebookSql::text(studentId)});
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return std::optional<SubmissionRecord>();
    }
    return std::optional<SubmissionRecord>(readSubmission(query.value()));
}

Result<std::optional<SubmissionRecord>> Gradebook::submissionById(qint64 submissionId) const
{
    Result<QSqlQuery> query = GradebookSql::exec(
        database(), QStringLiteral("SELECT ") + SubmissionColumns + QStringLiteral(" FROM submission WHERE id = ?"),
        {submissionId});
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return std::optional<SubmissionRecord>();
    }
    return std::optional<SubmissionRecord>(readSubmission(query.value()));
}

Result<qint64> Gradebook::upsertSubmission(const SubmissionRecord &submission)
{
    if (submission.studentId.trimmed().isEmpty()) {
        return ServiceError::make(ServiceError::Kind::Validation, tr("A submission needs a student id."),
                                  QStringLiteral("empty student id"));
    }
    qint64 id = 0;
    const Result<void> done = transaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        Result<QSqlQuery> assignment =
            GradebookSql::exec(db, QStringLiteral("SELECT 1 FROM assignment WHERE id = ?"), {submission.assignmentId});
        if (!assignment) {
            return assignment.error();
        }
        if (!assignment.value().next()) {
            return notFound(QStringLiteral("no assignment %1").arg(submission.assignmentId));
        }
        Result<QSqlQuery> student =
            GradebookSql::exec(db, QStringLiteral("INSERT INTO student (id) VALUES (?) ON CONFLICT (id) DO NOTHING"),
                               {GradebookSql::text(submission.studentId)});
        if (!student) {
            return student.error();
        }
        Result<qint64> upserted = GradebookSql::execReturningId(
            db,
            QStringLiteral("INSERT INTO submission (assignment_id, student_id, submitted_at, directory, collected_at,"
                           " late_penalty) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (assignment_id, student_id) DO UPDATE"
                           " SET submitted_at = excluded.submitted_at, directory = excluded.directory,"
                           " collected_at = excluded.collected_at, late_penalty = excluded.late_penalty RETURNING id"),
            {submission.assignmentId, GradebookSql::text(submission.studentId),
             GradebookSql::time(submission.timestamp), GradebookSql::text(submission.directory),
             GradebookSql::time(submission.collectedAt), submission.latePenalty});
        if (!upserted) {
            return upserted.error();
        }
        id = upserted.value();
        noteSubmissionChanged(id);
        return {};
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Result<qint64> Gradebook::upsertSubmittedNotebook(qint64 submissionId, qint64 notebookId, const QString &path)
{
    qint64 id = 0;
    const Result<void> done = transaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        // The notebook must belong to the submission's assignment.
        Result<QSqlQuery> match = GradebookSql::exec(
            db,
            QStringLiteral("SELECT 1 FROM submission s JOIN notebook n ON n.assignment_id = s.assignment_id"
                           " WHERE s.id = ? AND n.id = ?"),
            {submissionId, notebookId});
        if (!match) {
            return match.error();
        }
        if (!match.value().next()) {
            return notFound(
                QStringLiteral("submission %1 has no notebook %2 in its assignment").arg(submissionId).arg(notebookId));
        }
        Result<qint64> upserted = GradebookSql::execReturningId(
            db,
            QStringLiteral("INSERT INTO submitted_notebook (submission_id, notebook_id, path) VALUES (?, ?, ?)"
                           " ON CONFLICT (submission_id, notebook_id) DO UPDATE SET path = excluded.path RETURNING id"),
            {submissionId, notebookId, GradebookSql::text(path)});
        if (!upserted) {
            return upserted.error();
        }
        id = upserted.value();
        noteSubmissionChanged(submissionId);
        return {};
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Result<QList<SubmissionRecord>> Gradebook::submissions(qint64 assignmentId) const
{
    return GradebookSql::readRows<SubmissionRecord>(
        database(),
        QStringLiteral("SELECT ") + SubmissionColumns +
            QStringLiteral(" FROM submission WHERE assignment_id = ? ORDER BY student_id"),
        {assignmentId}, [&](const QSqlQuery &q) { return readSubmission(q); });
}

Result<QList<SubmissionSummary>> Gradebook::submissionSummaries(qint64 assignmentId) const
{
    // One pass: submission -> its submitted notebooks -> their notebooks' graded (grade or task) cells -> the grade (if
    // any), all through unique or covering indexes. Counting grade cells rather than grade rows makes
    // an ungraded question count as not graded. The max score is the assignment's (an uncorrelated
    // subquery, evaluated once).
    return GradebookSql::readRows<SubmissionSummary>(
        database(),
        QStringLiteral(
            "SELECT s.id, s.student_id, st.first_name, st.last_name, s.submitted_at, s.late_penalty,"
            " SUM(CASE WHEN g.manual_score IS NOT NULL THEN g.manual_score + COALESCE(g.extra_credit, 0)"
            "          WHEN g.auto_score IS NOT NULL THEN g.auto_score + COALESCE(g.extra_credit, 0) END),"
            " SUM(CASE WHEN g.needs_manual_grade = 1 THEN 1 ELSE 0 END),"
            " COUNT(sc.id),"
            " SUM(CASE WHEN g.needs_manual_grade = 0 AND (g.manual_score IS NOT NULL OR g.auto_score IS NOT NULL)"
            "          THEN 1 ELSE 0 END),"
            " (SELECT COALESCE(SUM(c.max_score), 0) FROM source_cell c JOIN notebook n ON n.id = c.notebook_id"
            "   WHERE n.assignment_id = ? AND (c.is_grade = 1 OR c.is_task = 1))"
            " FROM submission s"
            " JOIN student st ON st.id = s.student_id"
            " LEFT JOIN submitted_notebook sn ON sn.submission_id = s.id"
            " LEFT JOIN source_cell sc ON sc.notebook_id = sn.notebook_id AND (sc.is_grade = 1 OR sc.is_task = 1)"
            " LEFT JOIN grade g ON g.submitted_notebook_id = sn.id AND g.cell_id = sc.id"
            " WHERE s.assignment_id = ?"
            " GROUP BY s.id, s.assignment_id, s.student_id, st.first_name, st.last_name, s.submitted_at,"
            " s.late_penalty ORDER BY s.student_id"),
        {assignmentId, assignmentId}, [&](const QSqlQuery &q) {
            SubmissionSummary s;
            s.submissionId = q.value(0).toLongLong();
            s.assignmentId = assignmentId;
            s.studentId = q.value(1).toString();
            StudentRecord student;
            student.id = s.studentId;
            student.firstName = q.value(2).toString();
            student.lastName = q.value(3).toString();
            s.studentName = student.displayName();
            s.timestamp = GradebookSql::toTimestamp(q.value(4));
            s.latePenalty = q.value(5).toDouble();
            s.score = GradebookSql::toNumber(q.value(6));
            s.needsManualCount = q.value(7).toInt();
            s.gradeCount = q.value(8).toInt();
            s.gradedCount = q.value(9).toInt();
            s.maxScore = q.value(10).toDouble();
            return s;
        });
}

Result<QList<SubmittedNotebookRecord>> Gradebook::submittedNotebooks(qint64 submissionId) const
{
    return GradebookSql::readRows<SubmittedNotebookRecord>(
        database(),
        QStringLiteral(
            "SELECT sn.id, sn.submission_id, sn.notebook_id, n.name, sn.path FROM submitted_notebook sn"
            " JOIN notebook n ON n.id = sn.notebook_id WHERE sn.submission_id = ? ORDER BY n.position, n.name"),
        {submissionId}, [&](const QSqlQuery &q) {
            return SubmittedNotebookRecord{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                           q.value(3).toString(), q.value(4).toString()};
        });
}

Result<qint64> Gradebook::submissionOfSubmittedNotebook(qint64 submittedNotebookId) const
{
    Result<QSqlQuery> query = GradebookSql::exec(
        database(), QStringLiteral("SELECT submission_id FROM submitted_notebook WHERE id = ?"), {submittedNotebookId});
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return notFound(QStringLiteral("no submitted notebook %1").arg(submittedNotebookId));
    }
    return query.value().value(0).toLongLong();
}

} // namespace GradeDesk::Services
