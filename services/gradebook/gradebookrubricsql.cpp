// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebookrubricsql.h"

#include "gradebooksql.h"
#include "rubricscore.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace GradeDesk::Services {

namespace {

/// Two stored scores are the same when they print the same (RubricScore rounds to a millionth).
bool sameScore(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b) {
        return a.has_value() == b.has_value();
    }
    return std::abs(*a - *b) < 1e-9;
}

ServiceError notFound(const QString &detail)
{
    return ServiceError::make(ServiceError::Kind::NotFound,
                              GradebookRubricSql::tr("The gradebook has no such question or answer (it may have been "
                                                     "removed). Reload the assignment and try again."),
                              detail);
}

} // namespace

QString GradebookRubricSql::modeText(ScoringMode mode)
{
    return mode == ScoringMode::Negative ? QStringLiteral("negative") : QStringLiteral("positive");
}

ScoringMode GradebookRubricSql::modeFromText(const QString &text)
{
    return text == QLatin1String("negative") ? ScoringMode::Negative : ScoringMode::Positive;
}

QString GradebookRubricSql::itemLabel(const QString &title, double points)
{
    const QString number = GradebookSql::numberText(points);
    return title + QStringLiteral(" (") + (points > 0 ? QStringLiteral("+") : QString()) + number + QLatin1Char(')');
}

QString GradebookRubricSql::itemDescription(const RubricItemRecord &item)
{
    const QJsonObject object{{QStringLiteral("title"), item.title},
                             {QStringLiteral("points"), item.points},
                             {QStringLiteral("description"), item.description},
                             {QStringLiteral("shortcut"), item.shortcut},
                             {QStringLiteral("group"), item.group},
                             {QStringLiteral("position"), item.position}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString GradebookRubricSql::itemEntityId(qint64 cellId, qint64 itemId)
{
    return QString::number(cellId) + QLatin1Char(':') + QString::number(itemId);
}

ServiceError GradebookRubricSql::noActor()
{
    return ServiceError::make(ServiceError::Kind::Validation,
                              tr("No grader name is set, so the change cannot be recorded. Set grader in "
                                 "course.yaml."),
                              QStringLiteral("empty actor"));
}

ServiceError GradebookRubricSql::conflict(const QString &what, int stored, int expected)
{
    const QString message =
        what == QLatin1String("regrade")
            ? tr("Another grader moved this regrade request since you opened it, so your change was not saved. "
                 "Look at the request as it is now, then decide again.")
            : tr("Another grader changed this answer since you opened it, so your change was not saved. Look at "
                 "their change, then decide again.");
    return ServiceError::make(ServiceError::Kind::Conflict, message,
                              QStringLiteral("%1 version is %2, expected %3").arg(what).arg(stored).arg(expected));
}

Result<void> GradebookRubricSql::checkVersion(const QString &what, int stored, std::optional<int> expected)
{
    if (expected && *expected != stored) {
        return conflict(what, stored, *expected);
    }
    return {};
}

ServiceError GradebookRubricSql::validation(const QString &message, const QString &detail)
{
    return ServiceError::make(ServiceError::Kind::Validation, message, detail);
}

Result<ScoringContext> GradebookRubricSql::scoringContext(const CachedExec &exec, qint64 cellId)
{
    Result<QSqlQuery *> query =
        exec(QStringLiteral("SELECT c.notebook_id, c.max_score, c.is_grade + c.is_task, qs.scoring_mode,"
                            " qs.floor_at_zero, qs.ceiling_at_max FROM source_cell c"
                            " LEFT JOIN question_setting qs ON qs.cell_id = c.id WHERE c.id = ?"),
             {cellId});
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = *query.value();
    if (!q.next()) {
        q.finish();
        return notFound(QStringLiteral("no source cell %1").arg(cellId));
    }
    ScoringContext context;
    context.cellId = cellId;
    context.notebookId = q.value(0).toLongLong();
    context.maxScore = q.value(1).toDouble();
    const bool graded = q.value(2).toInt() != 0;
    context.settings.cellId = cellId;
    if (!q.value(3).isNull()) {
        context.settings.mode = modeFromText(q.value(3).toString());
        context.settings.floorAtZero = q.value(4).toInt() != 0;
        context.settings.ceilingAtMax = q.value(5).toInt() != 0;
    }
    q.finish();
    if (!graded) {
        return validation(tr("This cell is not a graded question, so it has no rubric or answers to grade."),
                          QStringLiteral("cell %1 is not a grade or task cell").arg(cellId));
    }
    return context;
}

Result<std::optional<GradeState>> GradebookRubricSql::gradeState(const CachedExec &exec, Gradebook::Backend backend,
                                                                 const ScoringContext &question, const AnswerKey &key,
                                                                 bool create)
{
    Result<QSqlQuery *> owner =
        exec(QStringLiteral("SELECT submission_id FROM submitted_notebook WHERE id = ? AND notebook_id = ?"),
             {key.submittedNotebookId, question.notebookId});
    if (!owner) {
        return owner.error();
    }
    const bool found = owner.value()->next();
    const qint64 submissionId = found ? owner.value()->value(0).toLongLong() : 0;
    owner.value()->finish();
    if (!found || key.cellId != question.cellId) {
        return notFound(
            QStringLiteral("submitted notebook %1 does not hold cell %2").arg(key.submittedNotebookId).arg(key.cellId));
    }
    if (create) {
        Result<QSqlQuery *> inserted =
            exec(QStringLiteral("INSERT INTO grade (submitted_notebook_id, cell_id, version) VALUES (?, ?, 0)"
                                " ON CONFLICT (submitted_notebook_id, cell_id) DO NOTHING"),
                 {key.submittedNotebookId, key.cellId});
        if (!inserted) {
            return inserted.error();
        }
        inserted.value()->finish();
    }
    // PostgreSQL: lock the row so a concurrent grader's change cannot slip between read and write;
    // SQLite's write transaction already excludes other writers.
    const QString lock = backend == Gradebook::Backend::Postgresql ? QStringLiteral(" FOR UPDATE") : QString();
    Result<QSqlQuery *> query =
        exec(QStringLiteral("SELECT id, auto_score, manual_score, needs_manual_grade, rubric_graded, adjustment,"
                            " adjustment_reason, flagged, group_split, version FROM grade"
                            " WHERE submitted_notebook_id = ? AND cell_id = ?") +
                 lock,
             {key.submittedNotebookId, key.cellId});
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = *query.value();
    if (!q.next()) {
        q.finish();
        return std::optional<GradeState>();
    }
    GradeState grade;
    grade.id = q.value(0).toLongLong();
    grade.submissionId = submissionId;
    grade.key = key;
    grade.autoScore = GradebookSql::toNumber(q.value(1));
    grade.manualScore = GradebookSql::toNumber(q.value(2));
    grade.needsManualGrade = q.value(3).toInt() != 0;
    grade.rubricGraded = q.value(4).toInt() != 0;
    grade.adjustment = GradebookSql::toNumber(q.value(5));
    grade.adjustmentReason = q.value(6).toString();
    grade.flagged = q.value(7).toInt() != 0;
    grade.groupSplit = q.value(8).toInt() != 0;
    grade.version = q.value(9).toInt();
    q.finish();
    return std::optional<GradeState>(grade);
}

Result<QList<AppliedItem>> GradebookRubricSql::appliedItems(const CachedExec &exec, qint64 gradeId)
{
    Result<QSqlQuery *> query =
        exec(QStringLiteral("SELECT ri.id, ri.title, ri.points, ri.group_name FROM rubric_application ra"
                            " JOIN rubric_item ri ON ri.id = ra.rubric_item_id WHERE ra.grade_id = ?"
                            " ORDER BY ri.position, ri.id"),
             {gradeId});
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = *query.value();
    QList<AppliedItem> items;
    while (q.next()) {
        items.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toString()});
    }
    q.finish();
    return items;
}

Result<void> GradebookRubricSql::appendAudit(const CachedExec &exec, const QString &actor, const QString &action,
                                             const QString &entity, const QString &entityId, const QString &oldValue,
                                             const QString &newValue)
{
    const auto nullable = [](const QString &value) {
        return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
    };
    Result<QSqlQuery *> inserted =
        exec(QStringLiteral("INSERT INTO audit_event (at, actor, action, entity, entity_id, old_value, new_value)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {GradebookSql::nowUtc(), GradebookSql::text(actor), GradebookSql::text(action), GradebookSql::text(entity),
              GradebookSql::text(entityId), nullable(oldValue), nullable(newValue)});
    if (!inserted) {
        return inserted.error();
    }
    inserted.value()->finish();
    return {};
}

Result<void> GradebookRubricSql::storeRubricScore(const CachedExec &exec, const GradeState &grade, double score,
                                                  const QString &actor)
{
    Result<QSqlQuery *> updated =
        exec(QStringLiteral("UPDATE grade SET manual_score = ?, rubric_graded = 1, needs_manual_grade = 0,"
                            " version = version + 1, updated_by = ?, updated_at = ? WHERE id = ?"),
             {score, GradebookSql::text(actor), GradebookSql::nowUtc(), grade.id});
    if (!updated) {
        return updated.error();
    }
    updated.value()->finish();
    if (grade.rubricGraded && sameScore(grade.manualScore, score)) {
        return {};
    }
    return appendAudit(exec, actor, QStringLiteral("rubric_score"), QStringLiteral("grade"),
                       Gradebook::gradeEntityId(grade.key.submittedNotebookId, grade.key.cellId),
                       GradebookSql::numberText(grade.manualScore), GradebookSql::numberText(score));
}

Result<QList<RescoredAnswer>> GradebookRubricSql::rescoreQuestion(const CachedExec &exec, Gradebook::Backend backend,
                                                                  const ScoringContext &question, const QString &actor,
                                                                  const std::optional<QSet<qint64>> &touched)
{
    // Two reads for the whole question, however many answers it has, then one cached write per
    // changed answer.
    const QString lock = backend == Gradebook::Backend::Postgresql ? QStringLiteral(" FOR UPDATE OF g") : QString();
    Result<QSqlQuery *> gradeQuery = exec(
        QStringLiteral("SELECT g.id, g.submitted_notebook_id, sn.submission_id, g.manual_score, g.adjustment,"
                       " g.rubric_graded FROM grade g JOIN submitted_notebook sn ON sn.id = g.submitted_notebook_id"
                       " WHERE g.cell_id = ? AND (g.rubric_graded = 1 OR ? = 1) ORDER BY g.submitted_notebook_id") +
            lock,
        {question.cellId, GradebookSql::flag(touched.has_value())});
    if (!gradeQuery) {
        return gradeQuery.error();
    }
    QList<GradeState> grades;
    {
        QSqlQuery &q = *gradeQuery.value();
        while (q.next()) {
            GradeState grade;
            grade.id = q.value(0).toLongLong();
            if (touched && !touched->contains(grade.id)) {
                continue;
            }
            grade.key = {q.value(1).toLongLong(), question.cellId};
            grade.submissionId = q.value(2).toLongLong();
            grade.manualScore = GradebookSql::toNumber(q.value(3));
            grade.adjustment = GradebookSql::toNumber(q.value(4));
            grade.rubricGraded = q.value(5).toInt() != 0;
            grades.append(grade);
        }
        q.finish();
    }
    Result<QSqlQuery *> pointsQuery =
        exec(QStringLiteral("SELECT ra.grade_id, ri.points FROM rubric_application ra"
                            " JOIN rubric_item ri ON ri.id = ra.rubric_item_id WHERE ri.cell_id = ?"
                            " ORDER BY ri.position, ri.id"),
             {question.cellId});
    if (!pointsQuery) {
        return pointsQuery.error();
    }
    QHash<qint64, QList<double>> points;
    {
        QSqlQuery &q = *pointsQuery.value();
        while (q.next()) {
            points[q.value(0).toLongLong()].append(q.value(1).toDouble());
        }
        q.finish();
    }
    QList<RescoredAnswer> rescored;
    for (const GradeState &grade : std::as_const(grades)) {
        if (!grade.rubricGraded) {
            // Only reachable with `touched`: the applications changed, the typed score stays.
            Result<QSqlQuery *> bumped =
                exec(QStringLiteral("UPDATE grade SET version = version + 1, updated_by = ?, updated_at = ?"
                                    " WHERE id = ?"),
                     {GradebookSql::text(actor), GradebookSql::nowUtc(), grade.id});
            if (!bumped) {
                return bumped.error();
            }
            bumped.value()->finish();
            rescored.append({grade.key, grade.submissionId, false});
            continue;
        }
        const double score =
            RubricScore::compute(question.maxScore, question.settings, points.value(grade.id), grade.adjustment);
        const bool changed = !sameScore(grade.manualScore, score);
        if (!changed && !touched) {
            continue;
        }
        if (Result<void> stored = storeRubricScore(exec, grade, score, actor); !stored) {
            return stored.error();
        }
        rescored.append({grade.key, grade.submissionId, changed});
    }
    return rescored;
}

} // namespace GradeDesk::Services
