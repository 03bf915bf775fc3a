// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Gradebook: the audit history of an answer or a submission, grader activity and the claims held.
#include "gradebook.h"
#include "gradebooksql.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

const QString EventColumns =
    QStringLiteral("SELECT a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.old_value, a.new_value"
                   " FROM audit_event a WHERE ");

// The audit entity id of a grade or comment ("<submitted notebook>:<cell>"), built in SQL so the
// (entity, entity_id) index answers each lookup.
const QString AnswerEntityId = QStringLiteral("CAST(sn.id AS TEXT) || ':' || CAST(c.id AS TEXT)");

AuditEvent readEvent(const QSqlQuery &q)
{
    return AuditEvent{q.value(0).toLongLong(), GradebookSql::toDateTime(q.value(1)),
                      q.value(2).toString(),   q.value(3).toString(),
                      q.value(4).toString(),   q.value(5).toString(),
                      q.value(6).toString(),   q.value(7).toString()};
}

/// Actions that change an answer's score: what "answers graded" counts (derived rescoring, flags and
/// comments do not).
bool isScoringAction(const QString &action)
{
    static const QSet<QString> scoring{
        QStringLiteral("manual_score"),  QStringLiteral("extra_credit"),  QStringLiteral("rubric_apply"),
        QStringLiteral("rubric_remove"), QStringLiteral("rubric_graded"), QStringLiteral("adjustment"),
        QStringLiteral("rubric_clear"),  QStringLiteral("import"),
    };
    return scoring.contains(action);
}

} // namespace

Result<QList<AuditEvent>> Gradebook::auditEventsForAnswer(const AnswerKey &answer) const
{
    return GradebookSql::readRows<AuditEvent>(
        database(),
        EventColumns + QStringLiteral("a.entity IN ('grade', 'comment') AND a.entity_id = ? UNION ALL ") +
            EventColumns +
            QStringLiteral("a.entity = 'regrade' AND a.entity_id IN (SELECT CAST(r.id AS TEXT) FROM regrade_request r"
                           " WHERE r.cell_id = ? AND r.submission_id ="
                           " (SELECT submission_id FROM submitted_notebook WHERE id = ?)) ORDER BY 1"),
        {gradeEntityId(answer.submittedNotebookId, answer.cellId), answer.cellId, answer.submittedNotebookId},
        readEvent);
}

Result<QList<AuditEvent>> Gradebook::auditEventsForSubmission(qint64 submissionId) const
{
    return GradebookSql::readRows<AuditEvent>(
        database(),
        EventColumns + QStringLiteral("a.entity IN ('grade', 'comment') AND a.entity_id IN (SELECT ") + AnswerEntityId +
            QStringLiteral(" FROM submitted_notebook sn JOIN source_cell c ON c.notebook_id = sn.notebook_id"
                           " WHERE sn.submission_id = ?) UNION ALL ") +
            EventColumns +
            QStringLiteral("a.entity = 'regrade' AND a.entity_id IN (SELECT CAST(r.id AS TEXT) FROM regrade_request r"
                           " WHERE r.submission_id = ?) UNION ALL ") +
            EventColumns + QStringLiteral("a.entity = 'submission' AND a.entity_id = ? UNION ALL ") + EventColumns +
            QStringLiteral("a.entity = 'canvas_grade' AND a.entity_id = (SELECT asg.name || '/' || s.student_id"
                           " FROM submission s JOIN assignment asg ON asg.id = s.assignment_id WHERE s.id = ?)"
                           " ORDER BY 1"),
        {submissionId, submissionId, QString::number(submissionId), submissionId}, readEvent);
}

Result<QList<GraderActivity>> Gradebook::graderActivity(qint64 assignmentId) const
{
    // Every audited action in the assignment: its answers' grades and comments, its regrades and push
    // marks, and the rubrics and settings of its questions.
    Result<QList<AuditEvent>> events = GradebookSql::readRows<AuditEvent>(
        database(),
        EventColumns + QStringLiteral("a.entity IN ('grade', 'comment') AND a.entity_id IN (SELECT ") + AnswerEntityId +
            QStringLiteral(" FROM submitted_notebook sn JOIN submission s ON s.id = sn.submission_id"
                           " JOIN source_cell c ON c.notebook_id = sn.notebook_id WHERE s.assignment_id = ?)"
                           " UNION ALL ") +
            EventColumns +
            QStringLiteral("a.entity = 'regrade' AND a.entity_id IN (SELECT CAST(r.id AS TEXT) FROM regrade_request r"
                           " JOIN submission s ON s.id = r.submission_id WHERE s.assignment_id = ?) UNION ALL ") +
            EventColumns +
            QStringLiteral("a.entity = 'submission' AND a.entity_id IN (SELECT CAST(s.id AS TEXT) FROM submission s"
                           " WHERE s.assignment_id = ?) ORDER BY 1"),
        {assignmentId, assignmentId, assignmentId}, readEvent);
    if (!events) {
        return events.error();
    }
    // Rubric events name "<cell>:<item>" (the item may be deleted since) or the cell: few enough to
    // filter here by the assignment's cells.
    Result<QList<qint64>> cells = GradebookSql::readRows<qint64>(
        database(),
        QStringLiteral(
            "SELECT c.id FROM source_cell c JOIN notebook n ON n.id = c.notebook_id WHERE n.assignment_id = ?"),
        {assignmentId}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!cells) {
        return cells.error();
    }
    QSet<QString> cellIds;
    for (const qint64 cell : cells.value()) {
        cellIds.insert(QString::number(cell));
    }
    Result<QList<AuditEvent>> rubricEvents = GradebookSql::readRows<AuditEvent>(
        database(), EventColumns + QStringLiteral("a.entity IN ('rubric_item', 'question') ORDER BY a.id"), {},
        readEvent);
    if (!rubricEvents) {
        return rubricEvents.error();
    }
    for (const AuditEvent &event : rubricEvents.value()) {
        if (cellIds.contains(event.entityId.section(QLatin1Char(':'), 0, 0))) {
            events.value().append(event);
        }
    }
    QHash<QString, GraderActivity> byGrader;
    QHash<QString, QSet<QString>> gradedAnswers;
    for (const AuditEvent &event : events.value()) {
        GraderActivity &activity = byGrader[event.actor];
        activity.grader = event.actor;
        ++activity.actions;
        if (!activity.lastAction.isValid() || event.at > activity.lastAction) {
            activity.lastAction = event.at;
        }
        if (event.entity == QLatin1String("grade") && isScoringAction(event.action)) {
            gradedAnswers[event.actor].insert(event.entityId);
        }
    }
    QList<GraderActivity> result;
    result.reserve(byGrader.size());
    for (auto it = byGrader.begin(); it != byGrader.end(); ++it) {
        it.value().answersGraded = int(gradedAnswers.value(it.key()).size());
        result.append(it.value());
    }
    std::sort(result.begin(), result.end(),
              [](const GraderActivity &a, const GraderActivity &b) { return a.grader < b.grader; });
    return result;
}

Result<QList<ClaimRecord>> Gradebook::claims(qint64 assignmentId) const
{
    return GradebookSql::readRows<ClaimRecord>(
        database(),
        QStringLiteral("SELECT cl.submitted_notebook_id, cl.cell_id, s.student_id, cl.grader, cl.expires_at"
                       " FROM claim cl JOIN submitted_notebook sn ON sn.id = cl.submitted_notebook_id"
                       " JOIN submission s ON s.id = sn.submission_id"
                       " WHERE s.assignment_id = ? AND cl.expires_at > ? ORDER BY cl.cell_id, s.student_id"),
        {assignmentId, GradebookSql::nowUtc()}, [](const QSqlQuery &q) {
            return ClaimRecord{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                               q.value(3).toString(), GradebookSql::toDateTime(q.value(4))};
        });
}

} // namespace GradeDesk::Services
