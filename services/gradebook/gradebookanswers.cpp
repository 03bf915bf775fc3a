// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Gradebook: reading questions and answers for grading by question; claims and the question's audit trail.
#include "gradebook.h"
#include "gradebookrubricsql.h"
#include "gradebooksql.h"

#include <QHash>
#include <QSqlQuery>

namespace GradeDesk::Services {

namespace {

// Regrade requests count as open until their state says they were resolved ("resolved",
// "resolved_accepted", ...).
const QString OpenRegrade = QStringLiteral("state NOT LIKE 'resolved%'");

/// The columns AnswerRecord needs, from one row per submitted notebook of the question's notebook.
/// Binds: cell id (grade), cell id (comment), cell id (claim), now, notebook id; then any `where` values.
QString answerSql(const QString &where)
{
    return QStringLiteral(
               "SELECT sn.id, sn.submission_id, s.student_id, sn.path, g.id, g.auto_score, g.manual_score,"
               " g.extra_credit, g.needs_manual_grade, g.rubric_graded, g.adjustment, g.adjustment_reason, g.flagged,"
               " g.group_split, g.version, g.updated_by, g.updated_at, cm.manual_comment, cl.grader, cl.expires_at,"
               " cm.version"
               " FROM submitted_notebook sn JOIN submission s ON s.id = sn.submission_id"
               " LEFT JOIN grade g ON g.submitted_notebook_id = sn.id AND g.cell_id = ?"
               " LEFT JOIN comment cm ON cm.submitted_notebook_id = sn.id AND cm.cell_id = ?"
               " LEFT JOIN claim cl ON cl.submitted_notebook_id = sn.id AND cl.cell_id = ? AND cl.expires_at > ?"
               " WHERE sn.notebook_id = ?") +
           where + QStringLiteral(" ORDER BY s.student_id, sn.id");
}

AnswerRecord readAnswer(const QSqlQuery &q, const ScoringContext &question)
{
    AnswerRecord a;
    a.key = {q.value(0).toLongLong(), question.cellId};
    a.submissionId = q.value(1).toLongLong();
    a.studentId = q.value(2).toString();
    a.notebookPath = q.value(3).toString();
    a.gradeId = q.value(4).toLongLong();
    a.autoScore = GradebookSql::toNumber(q.value(5));
    a.manualScore = GradebookSql::toNumber(q.value(6));
    a.extraCredit = GradebookSql::toNumber(q.value(7));
    a.maxScore = question.maxScore;
    a.needsManualGrade = q.value(8).toInt() != 0;
    a.rubricGraded = q.value(9).toInt() != 0;
    a.adjustment = GradebookSql::toNumber(q.value(10));
    a.adjustmentReason = q.value(11).toString();
    a.flagged = q.value(12).toInt() != 0;
    a.groupSplit = q.value(13).toInt() != 0;
    a.version = q.value(14).toInt();
    a.updatedBy = q.value(15).toString();
    a.updatedAt = GradebookSql::toDateTime(q.value(16));
    a.comment = q.value(17).isNull() ? QString() : q.value(17).toString();
    a.claimedBy = q.value(18).toString();
    a.claimExpiresAt = GradebookSql::toDateTime(q.value(19));
    a.commentVersion = q.value(20).toInt();
    return a;
}

} // namespace

Result<QList<QuestionRecord>> Gradebook::questions(qint64 assignmentId) const
{
    // One pass over the graded cells and their grades through the covering grade_question_idx (a
    // grade of a cell always belongs to a submitted notebook of the cell's notebook); answers are
    // counted per notebook and regrades per cell through their indexes. Joining grades through the
    // submitted notebooks instead costs one table lookup per answer (5x slower at 50,000 answers).
    return GradebookSql::readRows<QuestionRecord>(
        database(),
        QStringLiteral(
            "SELECT c.id, n.id, n.name, c.name, c.cell_type, c.is_solution, c.is_task, c.max_score, n.position,"
            " c.position, (SELECT COUNT(*) FROM submitted_notebook sn WHERE sn.notebook_id = n.id),"
            " SUM(CASE WHEN g.needs_manual_grade = 0 AND (g.manual_score IS NOT NULL OR g.auto_score IS NOT NULL)"
            "          THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN g.needs_manual_grade = 1 AND g.manual_score IS NULL THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN g.flagged = 1 THEN 1 ELSE 0 END),"
            " (SELECT COUNT(*) FROM regrade_request r WHERE r.cell_id = c.id AND r.") +
            OpenRegrade +
            QStringLiteral(
                ")"
                " FROM notebook n JOIN source_cell c ON c.notebook_id = n.id AND (c.is_grade = 1 OR c.is_task = 1)"
                " LEFT JOIN grade g ON g.cell_id = c.id"
                " WHERE n.assignment_id = ?"
                " GROUP BY c.id, n.id, n.name, c.name, c.cell_type, c.is_solution, c.is_task, c.max_score,"
                " n.position, c.position ORDER BY n.position, n.name, c.position, c.id"),
        {assignmentId}, [](const QSqlQuery &q) {
            QuestionRecord r;
            r.cellId = q.value(0).toLongLong();
            r.notebookId = q.value(1).toLongLong();
            r.notebookName = q.value(2).toString();
            r.name = q.value(3).toString();
            r.cellType = q.value(4).toString();
            r.isSolution = q.value(5).toInt() != 0;
            r.isTask = q.value(6).toInt() != 0;
            r.maxScore = q.value(7).toDouble();
            r.notebookPosition = q.value(8).toInt();
            r.cellPosition = q.value(9).toInt();
            r.answerCount = q.value(10).toInt();
            r.gradedCount = q.value(11).toInt();
            r.needsManualCount = q.value(12).toInt();
            r.flaggedCount = q.value(13).toInt();
            r.openRegradeCount = q.value(14).toInt();
            return r;
        });
}

Result<QList<AnswerRecord>> Gradebook::answers(qint64 cellId) const
{
    // Four queries however many answers: the question, the answers, their applied items, their regrades.
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    Result<ScoringContext> question = GradebookRubricSql::scoringContext(exec, cellId);
    if (!question) {
        return question.error();
    }
    Result<QSqlQuery *> rows =
        exec(answerSql(QString()), {cellId, cellId, cellId, GradebookSql::nowUtc(), question.value().notebookId});
    if (!rows) {
        return rows.error();
    }
    QList<AnswerRecord> answers;
    QHash<qint64, qsizetype> byGrade;
    QHash<qint64, qsizetype> bySubmission;
    while (rows.value()->next()) {
        answers.append(readAnswer(*rows.value(), question.value()));
        if (answers.constLast().gradeId != 0) {
            byGrade.insert(answers.constLast().gradeId, answers.size() - 1);
        }
        bySubmission.insert(answers.constLast().submissionId, answers.size() - 1);
    }
    rows.value()->finish();

    Result<QSqlQuery *> applied =
        exec(QStringLiteral("SELECT ra.grade_id, ra.rubric_item_id FROM rubric_application ra"
                            " JOIN rubric_item ri ON ri.id = ra.rubric_item_id WHERE ri.cell_id = ?"
                            " ORDER BY ri.position, ri.id"),
             {cellId});
    if (!applied) {
        return applied.error();
    }
    while (applied.value()->next()) {
        const auto found = byGrade.constFind(applied.value()->value(0).toLongLong());
        if (found != byGrade.constEnd()) {
            answers[found.value()].appliedItemIds.append(applied.value()->value(1).toLongLong());
        }
    }
    applied.value()->finish();

    Result<QSqlQuery *> regrades =
        exec(QStringLiteral("SELECT submission_id, COUNT(*) FROM regrade_request WHERE cell_id = ? AND ") +
                 OpenRegrade + QStringLiteral(" GROUP BY submission_id"),
             {cellId});
    if (!regrades) {
        return regrades.error();
    }
    while (regrades.value()->next()) {
        const auto found = bySubmission.constFind(regrades.value()->value(0).toLongLong());
        if (found != bySubmission.constEnd()) {
            answers[found.value()].openRegradeCount = regrades.value()->value(1).toInt();
        }
    }
    regrades.value()->finish();
    return answers;
}

Result<AnswerRecord> Gradebook::answer(const AnswerKey &key) const
{
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    Result<ScoringContext> question = GradebookRubricSql::scoringContext(exec, key.cellId);
    if (!question) {
        return question.error();
    }
    Result<QSqlQuery *> row =
        exec(answerSql(QStringLiteral(" AND sn.id = ?")), {key.cellId, key.cellId, key.cellId, GradebookSql::nowUtc(),
                                                           question.value().notebookId, key.submittedNotebookId});
    if (!row) {
        return row.error();
    }
    if (!row.value()->next()) {
        row.value()->finish();
        return ServiceError::make(
            ServiceError::Kind::NotFound,
            tr("The gradebook has no such answer (the submission may have been removed). "
               "Reload the question and try again."),
            QStringLiteral("submitted notebook %1 does not hold cell %2").arg(key.submittedNotebookId).arg(key.cellId));
    }
    AnswerRecord answer = readAnswer(*row.value(), question.value());
    row.value()->finish();
    if (answer.gradeId != 0) {
        Result<QList<AppliedItem>> items = GradebookRubricSql::appliedItems(exec, answer.gradeId);
        if (!items) {
            return items.error();
        }
        for (const AppliedItem &item : items.value()) {
            answer.appliedItemIds.append(item.itemId);
        }
    }
    Result<QSqlQuery *> regrades =
        exec(QStringLiteral("SELECT COUNT(*) FROM regrade_request WHERE cell_id = ? AND submission_id = ? AND ") +
                 OpenRegrade,
             {key.cellId, answer.submissionId});
    if (!regrades) {
        return regrades.error();
    }
    answer.openRegradeCount = regrades.value()->next() ? regrades.value()->value(0).toInt() : 0;
    regrades.value()->finish();
    return answer;
}

Result<bool> Gradebook::claimAnswer(const AnswerKey &answer, const QString &grader, int leaseSeconds)
{
    if (grader.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    if (leaseSeconds <= 0) {
        return GradebookRubricSql::validation(tr("A claim on an answer needs a positive duration."),
                                              QStringLiteral("lease of %1 s").arg(leaseSeconds));
    }
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    bool claimed = false;
    const Result<void> done = transaction([&]() -> Result<void> {
        Result<ScoringContext> question = GradebookRubricSql::scoringContext(exec, answer.cellId);
        if (!question) {
            return question.error();
        }
        Result<QSqlQuery *> owner =
            exec(QStringLiteral("SELECT 1 FROM submitted_notebook WHERE id = ? AND notebook_id = ?"),
                 {answer.submittedNotebookId, question.value().notebookId});
        if (!owner) {
            return owner.error();
        }
        const bool found = owner.value()->next();
        owner.value()->finish();
        if (!found) {
            return ServiceError::make(ServiceError::Kind::NotFound,
                                      tr("The gradebook has no such answer (the submission may have been removed). "
                                         "Reload the question and try again."),
                                      QStringLiteral("submitted notebook %1 does not hold cell %2")
                                          .arg(answer.submittedNotebookId)
                                          .arg(answer.cellId));
        }
        // Renewing one's own lease changes nothing the other graders see: only a new holder is announced.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Result<QSqlQuery *> holder =
            exec(QStringLiteral("SELECT 1 FROM claim WHERE submitted_notebook_id = ? AND cell_id = ? AND grader = ?"
                                " AND expires_at > ?"),
                 {answer.submittedNotebookId, answer.cellId, GradebookSql::text(grader), GradebookSql::time(now)});
        if (!holder) {
            return holder.error();
        }
        const bool renewal = holder.value()->next();
        holder.value()->finish();
        // One statement decides, so two graders racing for the same answer cannot both win: the row is
        // taken over only when it is ours or expired, and RETURNING says whether that happened.
        Result<QSqlQuery *> upserted = exec(
            QStringLiteral("INSERT INTO claim (submitted_notebook_id, cell_id, grader, expires_at) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT (submitted_notebook_id, cell_id) DO UPDATE SET grader = excluded.grader,"
                           " expires_at = excluded.expires_at"
                           " WHERE claim.grader = excluded.grader OR claim.expires_at <= ? RETURNING grader"),
            {answer.submittedNotebookId, answer.cellId, GradebookSql::text(grader),
             GradebookSql::time(now.addSecs(leaseSeconds)), GradebookSql::time(now)});
        if (!upserted) {
            return upserted.error();
        }
        claimed = upserted.value()->next();
        upserted.value()->finish();
        if (claimed && !renewal) {
            noteClaimsChanged(answer.cellId);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return claimed;
}

Result<void> Gradebook::releaseClaims(const QString &grader)
{
    return transaction([&]() -> Result<void> {
        // Expired claims of anyone go too: they no longer hold anything.
        Result<QSqlQuery *> deleted = execCached(
            QStringLiteral("DELETE FROM claim WHERE grader = ? OR expires_at <= ? RETURNING cell_id, grader"),
            {GradebookSql::text(grader), GradebookSql::nowUtc()});
        if (!deleted) {
            return deleted.error();
        }
        while (deleted.value()->next()) {
            // Expired claims of others were invisible already; only ours free something.
            if (deleted.value()->value(1).toString() == grader) {
                noteClaimsChanged(deleted.value()->value(0).toLongLong());
            }
        }
        deleted.value()->finish();
        return {};
    });
}

Result<void> Gradebook::recordAudit(const QString &actor, const QString &action, const QString &entity,
                                    const QString &entityId, const QString &oldValue, const QString &newValue)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    if (action.isEmpty() || entity.isEmpty()) {
        return GradebookRubricSql::validation(tr("The change could not be recorded (it has no name)."),
                                              QStringLiteral("audit event without action or entity"));
    }
    return transaction([&]() { return appendAudit(actor, action, entity, entityId, oldValue, newValue); });
}

Result<QList<AuditEvent>> Gradebook::auditEventsForQuestion(qint64 cellId) const
{
    // Each branch is an indexed lookup on (entity, entity_id): the grades' and comments' ids are built
    // from the submitted notebooks of the question's notebook. (As a join, SQLite scanned every grade
    // event once per submitted notebook.)
    const QString columns =
        QStringLiteral("SELECT a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.old_value, a.new_value");
    return GradebookSql::readRows<AuditEvent>(
        database(),
        columns +
            QStringLiteral(" FROM audit_event a WHERE a.entity IN ('grade', 'comment') AND a.entity_id IN"
                           " (SELECT CAST(sn.id AS TEXT) || ? FROM submitted_notebook sn"
                           " WHERE sn.notebook_id = (SELECT notebook_id FROM source_cell WHERE id = ?))"
                           " UNION ALL ") +
            columns +
            QStringLiteral(" FROM audit_event a WHERE a.entity = 'rubric_item' AND a.entity_id LIKE ?"
                           " UNION ALL ") +
            columns + QStringLiteral(" FROM audit_event a WHERE a.entity = 'question' AND a.entity_id = ? ORDER BY 1"),
        {QStringLiteral(":%1").arg(cellId), cellId, QStringLiteral("%1:%").arg(cellId), QString::number(cellId)},
        [](const QSqlQuery &q) {
            return AuditEvent{q.value(0).toLongLong(), GradebookSql::toDateTime(q.value(1)),
                              q.value(2).toString(),   q.value(3).toString(),
                              q.value(4).toString(),   q.value(5).toString(),
                              q.value(6).toString(),   q.value(7).toString()};
        });
}

} // namespace GradeDesk::Services
