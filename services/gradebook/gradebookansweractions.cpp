// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Gradebook: what a grader does to one answer (or an answer group) while grading by question.
#include "gradebook.h"
#include "gradebookrubricsql.h"
#include "gradebooksql.h"
#include "rubricscore.h"

#include <QSqlQuery>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

QString adjustmentText(std::optional<double> points, const QString &reason)
{
    if (!points) {
        return {};
    }
    const QString number = GradebookSql::numberText(points);
    return reason.isEmpty() ? number : number + QStringLiteral(": ") + reason;
}

QList<double> pointsOf(const QList<AppliedItem> &items)
{
    QList<double> points;
    points.reserve(items.size());
    for (const AppliedItem &item : items) {
        points.append(item.points);
    }
    return points;
}

/// The item being applied, with what its exclusive group needs.
struct ItemToApply {
    qint64 id = 0;
    qint64 cellId = 0;
    QString title;
    double points = 0.0;
    QString group;
};

ServiceError wrongQuestion(const AnswerKey &key, qint64 cellId)
{
    return GradebookRubricSql::validation(
        Gradebook::tr("The rubric item belongs to another question than the answer. Reload and try again."),
        QStringLiteral("answer %1:%2 is not of cell %3").arg(key.submittedNotebookId).arg(key.cellId).arg(cellId));
}

/**
 * Sets one boolean column of the answer's grade ("flagged", "group_split") and audits the change as
 * `action` with the old and new value ("0"/"1"). Setting creates a missing grade row; clearing one
 * nobody graded changes nothing. Returns the grade's submission when the value changed.
 */
Result<std::optional<qint64>> writeGradeFlag(const CachedExec &exec, Gradebook::Backend backend,
                                             const AnswerKey &answer, const QString &column, bool GradeState::*field,
                                             bool value, const QString &actor, const QString &action)
{
    Result<ScoringContext> question = GradebookRubricSql::scoringContext(exec, answer.cellId);
    if (!question) {
        return question.error();
    }
    Result<std::optional<GradeState>> state =
        GradebookRubricSql::gradeState(exec, backend, question.value(), answer, value);
    if (!state) {
        return state.error();
    }
    if (!state.value() || *state.value().*field == value) {
        return std::optional<qint64>();
    }
    Result<QSqlQuery *> written =
        exec(QStringLiteral("UPDATE grade SET ") + column +
                 QStringLiteral(" = ?, version = version + 1, updated_by = ?, updated_at = ? WHERE id = ?"),
             {GradebookSql::flag(value), GradebookSql::text(actor), GradebookSql::nowUtc(), state.value()->id});
    if (!written) {
        return written.error();
    }
    written.value()->finish();
    if (Result<void> audited =
            GradebookRubricSql::appendAudit(exec, actor, action, QStringLiteral("grade"),
                                            Gradebook::gradeEntityId(answer.submittedNotebookId, answer.cellId),
                                            QString::number(int(!value)), QString::number(int(value)));
        !audited) {
        return audited.error();
    }
    return std::optional<qint64>(state.value()->submissionId);
}

} // namespace

Result<void> Gradebook::setRubricItemApplied(const QList<AnswerKey> &answers, qint64 itemId, bool applied,
                                             const QString &actor)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    if (answers.isEmpty()) {
        return {};
    }
    // The hot path of grading by question (one keystroke): every statement is cached.
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    return transaction([&]() -> Result<void> {
        Result<QSqlQuery *> itemQuery =
            exec(QStringLiteral("SELECT cell_id, title, points, group_name FROM rubric_item WHERE id = ?"), {itemId});
        if (!itemQuery) {
            return itemQuery.error();
        }
        ItemToApply item;
        if (itemQuery.value()->next()) {
            const QSqlQuery &q = *itemQuery.value();
            item = {itemId, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble(),
                    q.value(3).toString()};
        }
        itemQuery.value()->finish();
        if (item.id == 0) {
            return ServiceError::make(ServiceError::Kind::NotFound,
                                      tr("The rubric item no longer exists (another grader may have deleted it). "
                                         "Reload the rubric and try again."),
                                      QStringLiteral("no rubric item %1").arg(itemId));
        }
        Result<ScoringContext> question = GradebookRubricSql::scoringContext(exec, item.cellId);
        if (!question) {
            return question.error();
        }
        if (Result<void> grader = ensureGrader(actor); !grader) {
            return grader;
        }
        const QString label = GradebookRubricSql::itemLabel(item.title, item.points);
        for (const AnswerKey &key : answers) {
            if (key.cellId != item.cellId) {
                return wrongQuestion(key, item.cellId);
            }
            Result<std::optional<GradeState>> state =
                GradebookRubricSql::gradeState(exec, m_backend, question.value(), key, applied);
            if (!state) {
                return state.error();
            }
            if (!state.value()) {
                continue; // removing from an answer nobody graded: already in the wanted state
            }
            const GradeState &grade = *state.value();
            Result<QList<AppliedItem>> current = GradebookRubricSql::appliedItems(exec, grade.id);
            if (!current) {
                return current.error();
            }
            QList<AppliedItem> items = current.value();
            const bool has = std::any_of(items.cbegin(), items.cend(),
                                         [&](const AppliedItem &existing) { return existing.itemId == itemId; });
            if (applied ? (has && grade.rubricGraded) : !has) {
                continue;
            }
            const QString entityId = gradeEntityId(key.submittedNotebookId, key.cellId);
            if (applied && !has) {
                // An exclusive group holds at most one item: the new one replaces the others.
                for (const AppliedItem &other : std::as_const(items)) {
                    if (item.group.isEmpty() || other.group != item.group) {
                        continue;
                    }
                    Result<QSqlQuery *> removed =
                        exec(QStringLiteral("DELETE FROM rubric_application WHERE grade_id = ? AND rubric_item_id = ?"),
                             {grade.id, other.itemId});
                    if (!removed) {
                        return removed.error();
                    }
                    removed.value()->finish();
                    if (Result<void> audited =
                            appendAudit(actor, QStringLiteral("rubric_remove"), QStringLiteral("grade"), entityId,
                                        GradebookRubricSql::itemLabel(other.title, other.points), QString());
                        !audited) {
                        return audited;
                    }
                }
                items.removeIf(
                    [&](const AppliedItem &other) { return !item.group.isEmpty() && other.group == item.group; });
                Result<QSqlQuery *> inserted = exec(
                    QStringLiteral("INSERT INTO rubric_application (grade_id, rubric_item_id, applied_by, applied_at)"
                                   " VALUES (?, ?, ?, ?)"),
                    {grade.id, itemId, GradebookSql::text(actor), GradebookSql::nowUtc()});
                if (!inserted) {
                    return inserted.error();
                }
                inserted.value()->finish();
                items.append({itemId, item.title, item.points, item.group});
                if (Result<void> audited = appendAudit(actor, QStringLiteral("rubric_apply"), QStringLiteral("grade"),
                                                       entityId, QString(), label);
                    !audited) {
                    return audited;
                }
            } else if (!applied) {
                Result<QSqlQuery *> removed =
                    exec(QStringLiteral("DELETE FROM rubric_application WHERE grade_id = ? AND rubric_item_id = ?"),
                         {grade.id, itemId});
                if (!removed) {
                    return removed.error();
                }
                removed.value()->finish();
                items.removeIf([&](const AppliedItem &other) { return other.itemId == itemId; });
                if (Result<void> audited = appendAudit(actor, QStringLiteral("rubric_remove"), QStringLiteral("grade"),
                                                       entityId, label, QString());
                    !audited) {
                    return audited;
                }
            }
            const double score = RubricScore::compute(question.value().maxScore, question.value().settings,
                                                      pointsOf(items), grade.adjustment);
            if (Result<void> stored = GradebookRubricSql::storeRubricScore(exec, grade, score, actor); !stored) {
                return stored;
            }
            noteGradeChanged(grade.submissionId, key.cellId);
        }
        return {};
    });
}

Result<void> Gradebook::setAdjustment(const AnswerKey &answer, std::optional<double> points, const QString &reason,
                                      const QString &actor, std::optional<int> expectedVersion)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    const QString storedReason = points ? reason.trimmed() : QString();
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    return transaction([&]() -> Result<void> {
        Result<ScoringContext> question = GradebookRubricSql::scoringContext(exec, answer.cellId);
        if (!question) {
            return question.error();
        }
        Result<std::optional<GradeState>> state =
            GradebookRubricSql::gradeState(exec, m_backend, question.value(), answer, true);
        if (!state) {
            return state.error();
        }
        GradeState grade = *state.value();
        if (Result<void> current =
                GradebookRubricSql::checkVersion(QStringLiteral("grade"), grade.version, expectedVersion);
            !current) {
            return current;
        }
        if (grade.rubricGraded && grade.adjustment == points && grade.adjustmentReason == storedReason) {
            return {};
        }
        if (Result<void> grader = ensureGrader(actor); !grader) {
            return grader;
        }
        Result<QList<AppliedItem>> items = GradebookRubricSql::appliedItems(exec, grade.id);
        if (!items) {
            return items.error();
        }
        Result<QSqlQuery *> written =
            exec(QStringLiteral("UPDATE grade SET adjustment = ?, adjustment_reason = ? WHERE id = ?"),
                 {GradebookSql::number(points), GradebookSql::text(storedReason), grade.id});
        if (!written) {
            return written.error();
        }
        written.value()->finish();
        if (grade.adjustment != points || grade.adjustmentReason != storedReason) {
            if (Result<void> audited = appendAudit(actor, QStringLiteral("adjustment"), QStringLiteral("grade"),
                                                   gradeEntityId(answer.submittedNotebookId, answer.cellId),
                                                   adjustmentText(grade.adjustment, grade.adjustmentReason),
                                                   adjustmentText(points, storedReason));
                !audited) {
                return audited;
            }
        }
        const double score =
            RubricScore::compute(question.value().maxScore, question.value().settings, pointsOf(items.value()), points);
        if (Result<void> stored = GradebookRubricSql::storeRubricScore(exec, grade, score, actor); !stored) {
            return stored;
        }
        noteGradeChanged(grade.submissionId, answer.cellId);
        return {};
    });
}

Result<void> Gradebook::markRubricGraded(const QList<AnswerKey> &answers, const QString &actor)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    return transaction([&]() -> Result<void> {
        std::optional<ScoringContext> question;
        for (const AnswerKey &key : answers) {
            if (!question || question->cellId != key.cellId) {
                Result<ScoringContext> context = GradebookRubricSql::scoringContext(exec, key.cellId);
                if (!context) {
                    return context.error();
                }
                question = context.value();
            }
            Result<std::optional<GradeState>> state =
                GradebookRubricSql::gradeState(exec, m_backend, *question, key, true);
            if (!state) {
                return state.error();
            }
            const GradeState &grade = *state.value();
            if (grade.rubricGraded) {
                continue;
            }
            if (Result<void> grader = ensureGrader(actor); !grader) {
                return grader;
            }
            Result<QList<AppliedItem>> items = GradebookRubricSql::appliedItems(exec, grade.id);
            if (!items) {
                return items.error();
            }
            if (Result<void> audited = appendAudit(actor, QStringLiteral("rubric_graded"), QStringLiteral("grade"),
                                                   gradeEntityId(key.submittedNotebookId, key.cellId),
                                                   QStringLiteral("0"), QStringLiteral("1"));
                !audited) {
                return audited;
            }
            const double score =
                RubricScore::compute(question->maxScore, question->settings, pointsOf(items.value()), grade.adjustment);
            if (Result<void> stored = GradebookRubricSql::storeRubricScore(exec, grade, score, actor); !stored) {
                return stored;
            }
            noteGradeChanged(grade.submissionId, key.cellId);
        }
        return {};
    });
}

Result<void> Gradebook::clearRubricGrading(const AnswerKey &answer, const QString &actor,
                                           std::optional<int> expectedVersion)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    return transaction([&]() -> Result<void> {
        Result<ScoringContext> question = GradebookRubricSql::scoringContext(exec, answer.cellId);
        if (!question) {
            return question.error();
        }
        Result<std::optional<GradeState>> state =
            GradebookRubricSql::gradeState(exec, m_backend, question.value(), answer, false);
        if (!state) {
            return state.error();
        }
        if (Result<void> current = GradebookRubricSql::checkVersion(
                QStringLiteral("grade"), state.value() ? state.value()->version : 0, expectedVersion);
            !current) {
            return current;
        }
        if (!state.value()) {
            return {};
        }
        const GradeState &grade = *state.value();
        Result<QList<AppliedItem>> items = GradebookRubricSql::appliedItems(exec, grade.id);
        if (!items) {
            return items.error();
        }
        if (!grade.rubricGraded && items.value().isEmpty() && !grade.adjustment) {
            return {};
        }
        if (Result<void> grader = ensureGrader(actor); !grader) {
            return grader;
        }
        QStringList labels;
        for (const AppliedItem &item : items.value()) {
            labels.append(GradebookRubricSql::itemLabel(item.title, item.points));
        }
        if (grade.adjustment) {
            labels.append(adjustmentText(grade.adjustment, grade.adjustmentReason));
        }
        Result<QSqlQuery *> removed =
            exec(QStringLiteral("DELETE FROM rubric_application WHERE grade_id = ?"), {grade.id});
        if (!removed) {
            return removed.error();
        }
        removed.value()->finish();
        // Like clearing a typed score: the question needs a manual grade again unless the autograder
        // scored it (or already said it needs one).
        const bool needsManual = grade.needsManualGrade || !grade.autoScore;
        Result<QSqlQuery *> cleared =
            exec(QStringLiteral("UPDATE grade SET manual_score = NULL, adjustment = NULL, adjustment_reason = '',"
                                " rubric_graded = 0, needs_manual_grade = ?, version = version + 1,"
                                " updated_by = ?, updated_at = ? WHERE id = ?"),
                 {GradebookSql::flag(needsManual), GradebookSql::text(actor), GradebookSql::nowUtc(), grade.id});
        if (!cleared) {
            return cleared.error();
        }
        cleared.value()->finish();
        const QString entityId = gradeEntityId(answer.submittedNotebookId, answer.cellId);
        if (Result<void> audited = appendAudit(actor, QStringLiteral("rubric_clear"), QStringLiteral("grade"), entityId,
                                               labels.join(QStringLiteral("; ")), QString());
            !audited) {
            return audited;
        }
        if (grade.manualScore) {
            if (Result<void> audited = appendAudit(actor, QStringLiteral("rubric_score"), QStringLiteral("grade"),
                                                   entityId, GradebookSql::numberText(grade.manualScore), QString());
                !audited) {
                return audited;
            }
        }
        noteGradeChanged(grade.submissionId, answer.cellId);
        return {};
    });
}

Result<void> Gradebook::setFlagged(const AnswerKey &answer, bool flagged, const QString &actor)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    return transaction([&]() -> Result<void> {
        Result<std::optional<qint64>> changed =
            writeGradeFlag(exec, m_backend, answer, QStringLiteral("flagged"), &GradeState::flagged, flagged, actor,
                           QStringLiteral("flag"));
        if (!changed) {
            return changed.error();
        }
        if (changed.value()) {
            noteGradeChanged(*changed.value(), answer.cellId);
        }
        return {};
    });
}

Result<void> Gradebook::setGroupSplit(const AnswerKey &answer, bool split, const QString &actor)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    return transaction([&]() -> Result<void> {
        Result<std::optional<qint64>> changed =
            writeGradeFlag(exec, m_backend, answer, QStringLiteral("group_split"), &GradeState::groupSplit, split,
                           actor, QStringLiteral("group_split"));
        if (!changed) {
            return changed.error();
        }
        if (changed.value()) {
            noteGradeChanged(*changed.value(), answer.cellId);
        }
        return {};
    });
}

} // namespace GradeDesk::Services
