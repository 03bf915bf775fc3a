// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Gradebook: regrade requests and the Canvas push marks they leave.
#include "gradebook.h"
#include "gradebookrubricsql.h"
#include "gradebooksql.h"

#include <QSqlQuery>

#include <cmath>

namespace GradeDesk::Services {

namespace {

/// Binds: whatever `where` needs. Every column RegradeRequestRecord holds, oldest first.
QString requestSql(const QString &where)
{
    return QStringLiteral(
               "SELECT r.id, r.submission_id, s.assignment_id, a.name, r.student_id, COALESCE(r.cell_id, 0),"
               " n.name, c.name,"
               " COALESCE(r.submitted_notebook_id, (SELECT sn.id FROM submitted_notebook sn"
               "   WHERE sn.submission_id = r.submission_id AND sn.notebook_id = c.notebook_id), 0),"
               " r.message, r.state, r.outcome, r.reply, r.entered_by, r.resolved_by, r.source,"
               " COALESCE(r.source_key, ''), r.score_before, r.score_after, r.created_at, r.updated_at, r.version"
               " FROM regrade_request r JOIN submission s ON s.id = r.submission_id"
               " JOIN assignment a ON a.id = s.assignment_id"
               " LEFT JOIN source_cell c ON c.id = r.cell_id LEFT JOIN notebook n ON n.id = c.notebook_id WHERE ") +
           where + QStringLiteral(" ORDER BY r.created_at, r.id");
}

RegradeState stateFromText(const QString &text)
{
    // Rows written before schema v4 may carry other spellings of "resolved".
    if (const std::optional<RegradeState> state = regradeStateFromName(text)) {
        return *state;
    }
    return text.startsWith(QLatin1String("resolved")) ? RegradeState::Resolved : RegradeState::Open;
}

RegradeRequestRecord readRequest(const QSqlQuery &q)
{
    RegradeRequestRecord r;
    r.id = q.value(0).toLongLong();
    r.submissionId = q.value(1).toLongLong();
    r.assignmentId = q.value(2).toLongLong();
    r.assignmentName = q.value(3).toString();
    r.studentId = q.value(4).toString();
    r.cellId = q.value(5).toLongLong();
    if (r.cellId != 0) {
        r.questionName = q.value(6).toString() + QLatin1Char(':') + q.value(7).toString();
        r.submittedNotebookId = q.value(8).toLongLong();
    }
    r.message = q.value(9).toString();
    r.state = stateFromText(q.value(10).toString());
    const QString outcome = q.value(11).toString();
    r.outcome = outcome == regradeOutcomeName(RegradeOutcome::Changed)     ? RegradeOutcome::Changed
                : outcome == regradeOutcomeName(RegradeOutcome::Unchanged) ? RegradeOutcome::Unchanged
                                                                           : RegradeOutcome::None;
    r.reply = q.value(12).toString();
    r.enteredBy = q.value(13).toString();
    r.resolvedBy = q.value(14).toString();
    const QString source = q.value(15).toString();
    r.source = source == regradeSourceName(RegradeSource::Csv)      ? RegradeSource::Csv
               : source == regradeSourceName(RegradeSource::Canvas) ? RegradeSource::Canvas
                                                                    : RegradeSource::Staff;
    r.sourceKey = q.value(16).toString();
    r.scoreBefore = GradebookSql::toNumber(q.value(17));
    r.scoreAfter = GradebookSql::toNumber(q.value(18));
    r.createdAt = GradebookSql::toDateTime(q.value(19));
    r.updatedAt = GradebookSql::toDateTime(q.value(20));
    r.version = q.value(21).toInt();
    return r;
}

bool sameScore(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b) {
        return a.has_value() == b.has_value();
    }
    return std::abs(*a - *b) < 1e-9;
}

/**
 * The score a request is about: the answer's (nbgrader's rule: manual, else auto, plus extra credit)
 * or, for cellId 0, the submission's total. std::nullopt when nothing is scored yet.
 */
Result<std::optional<double>> currentScore(const QSqlDatabase &db, qint64 submissionId, qint64 cellId)
{
    Result<QSqlQuery> query =
        cellId != 0
            ? GradebookSql::exec(db,
                                 QStringLiteral("SELECT g.manual_score, g.auto_score, g.extra_credit FROM grade g"
                                                " JOIN submitted_notebook sn ON sn.id = g.submitted_notebook_id"
                                                " WHERE sn.submission_id = ? AND g.cell_id = ?"),
                                 {submissionId, cellId})
            : GradebookSql::exec(db,
                                 QStringLiteral("SELECT g.manual_score, g.auto_score, g.extra_credit FROM grade g"
                                                " JOIN submitted_notebook sn ON sn.id = g.submitted_notebook_id"
                                                " WHERE sn.submission_id = ?"),
                                 {submissionId});
    if (!query) {
        return query.error();
    }
    std::optional<double> total;
    while (query.value().next()) {
        std::optional<double> score = GradebookSql::toNumber(query.value().value(0));
        if (!score) {
            score = GradebookSql::toNumber(query.value().value(1));
        }
        if (!score) {
            continue;
        }
        total = total.value_or(0.0) + *score + GradebookSql::toNumber(query.value().value(2)).value_or(0.0);
    }
    return total;
}

ServiceError notFound(const QString &message, const QString &detail)
{
    return ServiceError::make(ServiceError::Kind::NotFound, message, detail);
}

/// Whether `from` may move to `to` (see Gradebook::setRegradeState).
bool allowed(RegradeState from, RegradeState to)
{
    switch (to) {
    case RegradeState::InReview:
        return from == RegradeState::Open || from == RegradeState::Reopened;
    case RegradeState::Resolved:
        return from != RegradeState::Resolved;
    case RegradeState::Reopened:
        return from == RegradeState::Resolved;
    case RegradeState::Open:
        return false;
    }
    return false;
}

/// "resolved (changed): reply" - the audit trail's new value of a state change.
QString stateText(RegradeState state, RegradeOutcome outcome, const QString &reply)
{
    QString text = regradeStateName(state);
    if (outcome != RegradeOutcome::None) {
        text += QStringLiteral(" (") + regradeOutcomeName(outcome) + QLatin1Char(')');
    }
    if (!reply.isEmpty()) {
        text += QStringLiteral(": ") + reply;
    }
    return text;
}

} // namespace

Result<RegradeAdded> Gradebook::addRegradeRequest(const NewRegradeRequest &request, const QString &actor)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    const QString message = request.message.trimmed();
    if (message.isEmpty()) {
        return GradebookRubricSql::validation(tr("A regrade request needs the student's message."),
                                              QStringLiteral("empty regrade message"));
    }
    const QString sourceKey = request.sourceKey.trimmed();
    if (request.source != RegradeSource::Staff && sourceKey.isEmpty()) {
        return GradebookRubricSql::validation(tr("An imported regrade request needs its source key, so it is "
                                                 "imported only once."),
                                              QStringLiteral("imported regrade without source key"));
    }
    RegradeAdded added;
    const Result<void> done = transaction([&]() -> Result<void> {
        added = {};
        const QSqlDatabase db = database();
        const auto findKey = [&]() -> Result<qint64> {
            Result<QSqlQuery> existing = GradebookSql::exec(
                db, QStringLiteral("SELECT id FROM regrade_request WHERE source_key = ?"), {sourceKey});
            if (!existing) {
                return existing.error();
            }
            return existing.value().next() ? existing.value().value(0).toLongLong() : 0;
        };
        if (!sourceKey.isEmpty()) {
            Result<qint64> existing = findKey();
            if (!existing) {
                return existing.error();
            }
            if (existing.value() != 0) {
                added.id = existing.value();
                return {};
            }
        }
        Result<std::optional<AssignmentRecord>> assignmentRow = assignment(request.assignment);
        if (!assignmentRow) {
            return assignmentRow.error();
        }
        if (!assignmentRow.value()) {
            return notFound(tr("There is no assignment %1 in the gradebook. Check the name.").arg(request.assignment),
                            QStringLiteral("no assignment ") + request.assignment);
        }
        const qint64 assignmentId = assignmentRow.value()->id;
        Result<std::optional<SubmissionRecord>> submissionRow = submission(assignmentId, request.studentId);
        if (!submissionRow) {
            return submissionRow.error();
        }
        if (!submissionRow.value()) {
            return notFound(tr("%1 has no submission for %2, so there is nothing to regrade.")
                                .arg(request.studentId, request.assignment),
                            QStringLiteral("no submission of %1 for %2").arg(request.studentId, request.assignment));
        }
        const qint64 submissionId = submissionRow.value()->id;
        QVariant submittedNotebook(QMetaType::fromType<qint64>());
        QVariant cell(QMetaType::fromType<qint64>());
        if (request.cellId != 0) {
            Result<QSqlQuery> answer = GradebookSql::exec(
                db,
                QStringLiteral("SELECT sn.id FROM source_cell c JOIN notebook n ON n.id = c.notebook_id"
                               " JOIN submitted_notebook sn ON sn.notebook_id = n.id AND sn.submission_id = ?"
                               " WHERE c.id = ? AND n.assignment_id = ? AND (c.is_grade = 1 OR c.is_task = 1)"),
                {submissionId, request.cellId, assignmentId});
            if (!answer) {
                return answer.error();
            }
            if (!answer.value().next()) {
                return notFound(
                    tr("The submission of %1 has no answer to this question of %2. Check the question.")
                        .arg(request.studentId, request.assignment),
                    QStringLiteral("no answer of %1 to cell %2").arg(request.studentId).arg(request.cellId));
            }
            submittedNotebook = answer.value().value(0).toLongLong();
            cell = request.cellId;
        }
        Result<std::optional<double>> before = currentScore(db, submissionId, request.cellId);
        if (!before) {
            return before.error();
        }
        if (Result<void> grader = ensureGrader(actor); !grader) {
            return grader;
        }
        const QVariant now = GradebookSql::nowUtc();
        // ON CONFLICT: a concurrent import of the same key wins; ours then reports it as already there.
        Result<QSqlQuery> inserted = GradebookSql::exec(
            db,
            QStringLiteral(
                "INSERT INTO regrade_request (submission_id, student_id, cell_id, message, state,"
                " entered_by, created_at, updated_at, reply, outcome, source, source_key, score_before,"
                " version, submitted_notebook_id) VALUES (?, ?, ?, ?, 'open', ?, ?, ?, '', '', ?, ?, ?, 1, ?)"
                " ON CONFLICT (source_key) DO NOTHING RETURNING id"),
            {submissionId, request.studentId, cell, message, GradebookSql::text(actor.trimmed()), now, now,
             regradeSourceName(request.source),
             sourceKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(sourceKey),
             GradebookSql::number(before.value()), submittedNotebook});
        if (!inserted) {
            return inserted.error();
        }
        if (!inserted.value().next()) {
            Result<qint64> existing = findKey();
            if (!existing) {
                return existing.error();
            }
            added.id = existing.value();
            return {};
        }
        added = {inserted.value().value(0).toLongLong(), true};
        inserted.value().finish();
        if (Result<void> audited =
                appendAudit(actor.trimmed(), QStringLiteral("regrade_add"), QStringLiteral("regrade"),
                            QString::number(added.id), QString(), message);
            !audited) {
            return audited;
        }
        noteRegradesChanged(assignmentId);
        return {};
    });
    if (!done) {
        return done.error();
    }
    return added;
}

Result<QList<RegradeRequestRecord>> Gradebook::regradeRequests(qint64 assignmentId) const
{
    return GradebookSql::readRows<RegradeRequestRecord>(database(), requestSql(QStringLiteral("s.assignment_id = ?")),
                                                        {assignmentId}, readRequest);
}

Result<QList<RegradeRequestRecord>> Gradebook::regradeRequestsForAnswer(const AnswerKey &answer) const
{
    return GradebookSql::readRows<RegradeRequestRecord>(
        database(),
        requestSql(QStringLiteral(
            "r.cell_id = ? AND r.submission_id = (SELECT submission_id FROM submitted_notebook WHERE id = ?)")),
        {answer.cellId, answer.submittedNotebookId}, readRequest);
}

Result<std::optional<RegradeRequestRecord>> Gradebook::regradeRequest(qint64 id) const
{
    Result<QList<RegradeRequestRecord>> rows = GradebookSql::readRows<RegradeRequestRecord>(
        database(), requestSql(QStringLiteral("r.id = ?")), {id}, readRequest);
    if (!rows) {
        return rows.error();
    }
    if (rows.value().isEmpty()) {
        return std::optional<RegradeRequestRecord>();
    }
    return std::optional<RegradeRequestRecord>(rows.value().constFirst());
}

Result<RegradeRequestRecord> Gradebook::setRegradeState(qint64 id, RegradeState state, const QString &reply,
                                                        int expectedVersion, const QString &actor)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    const QString trimmedReply = reply.trimmed();
    const QString lock = m_backend == Backend::Postgresql ? QStringLiteral(" FOR UPDATE") : QString();
    std::optional<RegradeRequestRecord> result;
    const Result<void> done = transaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        // Lock first, then read the whole record: a concurrent move waits here and sees the new version.
        Result<QSqlQuery> locked =
            GradebookSql::exec(db, QStringLiteral("SELECT version FROM regrade_request WHERE id = ?") + lock, {id});
        if (!locked) {
            return locked.error();
        }
        if (!locked.value().next()) {
            return notFound(tr("The regrade request no longer exists. Reload the requests."),
                            QStringLiteral("no regrade request %1").arg(id));
        }
        locked.value().finish();
        Result<std::optional<RegradeRequestRecord>> stored = regradeRequest(id);
        if (!stored) {
            return stored.error();
        }
        RegradeRequestRecord request = *stored.value();
        if (Result<void> current =
                GradebookRubricSql::checkVersion(QStringLiteral("regrade"), request.version, expectedVersion);
            !current) {
            return current;
        }
        if (!allowed(request.state, state)) {
            return GradebookRubricSql::validation(tr("A regrade request that is %1 cannot become %2.")
                                                      .arg(regradeStateName(request.state), regradeStateName(state)),
                                                  QStringLiteral("regrade %1: %2 -> %3")
                                                      .arg(id)
                                                      .arg(regradeStateName(request.state), regradeStateName(state)));
        }
        if (state == RegradeState::Resolved && trimmedReply.isEmpty()) {
            return GradebookRubricSql::validation(
                tr("Resolving a regrade request needs a reply that tells the student why."),
                QStringLiteral("resolve without reply"));
        }
        Result<std::optional<double>> score = currentScore(db, request.submissionId, request.cellId);
        if (!score) {
            return score.error();
        }
        const RegradeState oldState = request.state;
        request.state = state;
        if (state == RegradeState::Resolved) {
            request.outcome =
                sameScore(request.scoreBefore, score.value()) ? RegradeOutcome::Unchanged : RegradeOutcome::Changed;
            request.scoreAfter = score.value();
            request.reply = trimmedReply;
            request.resolvedBy = actor.trimmed();
        } else if (state == RegradeState::Reopened) {
            // A new round: the baseline is the score now; the old resolution stays in the audit trail.
            request.outcome = RegradeOutcome::None;
            request.scoreBefore = score.value();
            request.scoreAfter.reset();
            request.reply.clear();
            request.resolvedBy.clear();
        }
        if (Result<void> grader = ensureGrader(actor.trimmed()); !grader) {
            return grader;
        }
        Result<QSqlQuery> written = GradebookSql::exec(
            db,
            QStringLiteral("UPDATE regrade_request SET state = ?, outcome = ?, reply = ?, resolved_by = ?,"
                           " score_before = ?, score_after = ?, version = version + 1, updated_at = ? WHERE id = ?"),
            {regradeStateName(request.state), GradebookSql::text(regradeOutcomeName(request.outcome)),
             GradebookSql::text(request.reply), GradebookSql::text(request.resolvedBy),
             GradebookSql::number(request.scoreBefore), GradebookSql::number(request.scoreAfter),
             GradebookSql::nowUtc(), id});
        if (!written) {
            return written.error();
        }
        if (Result<void> audited = appendAudit(
                actor.trimmed(), QStringLiteral("regrade_state"), QStringLiteral("regrade"), QString::number(id),
                regradeStateName(oldState), stateText(request.state, request.outcome, trimmedReply));
            !audited) {
            return audited;
        }
        if (request.outcome == RegradeOutcome::Changed) {
            const QString reason = QStringLiteral("regrade %1").arg(id);
            Result<QSqlQuery> marked = GradebookSql::exec(
                db,
                QStringLiteral("INSERT INTO canvas_push_mark (submission_id, marked_at, marked_by, reason)"
                               " VALUES (?, ?, ?, ?) ON CONFLICT (submission_id) DO UPDATE SET"
                               " marked_at = excluded.marked_at, marked_by = excluded.marked_by,"
                               " reason = excluded.reason"),
                {request.submissionId, GradebookSql::nowUtc(), actor.trimmed(), reason});
            if (!marked) {
                return marked.error();
            }
            if (Result<void> audited =
                    appendAudit(actor.trimmed(), QStringLiteral("canvas_push_mark"), QStringLiteral("submission"),
                                QString::number(request.submissionId), QString(), reason);
                !audited) {
                return audited;
            }
        }
        noteRegradesChanged(request.assignmentId);
        Result<std::optional<RegradeRequestRecord>> reread = regradeRequest(id);
        if (!reread) {
            return reread.error();
        }
        result = reread.value();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return *result;
}

Result<QStringList> Gradebook::canvasPushMarks(const QString &assignment) const
{
    return GradebookSql::readRows<QString>(
        database(),
        QStringLiteral("SELECT s.student_id FROM canvas_push_mark m JOIN submission s ON s.id = m.submission_id"
                       " JOIN assignment a ON a.id = s.assignment_id WHERE a.name = ? ORDER BY s.student_id"),
        {assignment}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Result<void> Gradebook::clearCanvasPushMarks(const QString &assignment, const QStringList &studentIds,
                                             const QString &actor)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    return transaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        for (const QString &student : studentIds) {
            Result<QSqlQuery> removed = GradebookSql::exec(
                db,
                QStringLiteral("DELETE FROM canvas_push_mark WHERE submission_id = (SELECT s.id FROM submission s"
                               " JOIN assignment a ON a.id = s.assignment_id WHERE a.name = ? AND s.student_id = ?)"
                               " RETURNING submission_id, reason"),
                {assignment, student});
            if (!removed) {
                return removed.error();
            }
            if (!removed.value().next()) {
                continue;
            }
            const QString submissionId = removed.value().value(0).toString();
            const QString reason = removed.value().value(1).toString();
            removed.value().finish();
            if (Result<void> audited = appendAudit(actor.trimmed(), QStringLiteral("canvas_push_clear"),
                                                   QStringLiteral("submission"), submissionId, reason, QString());
                !audited) {
                return audited;
            }
        }
        return {};
    });
}

} // namespace GradeDesk::Services
