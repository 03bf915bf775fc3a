// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Gradebook: rubric items and scoring settings of a question, with retroactive recomputation.
#include "gradebook.h"
#include "gradebookrubricsql.h"
#include "gradebooksql.h"

#include <QSet>
#include <QSqlQuery>

namespace GradeDesk::Services {

namespace {

const QString ItemColumns = QStringLiteral("id, cell_id, title, points, description, shortcut, group_name, position");

RubricItemRecord readItem(const QSqlQuery &q)
{
    RubricItemRecord item;
    item.id = q.value(0).toLongLong();
    item.cellId = q.value(1).toLongLong();
    item.title = q.value(2).toString();
    item.points = q.value(3).toDouble();
    item.description = q.value(4).toString();
    item.shortcut = q.value(5).toString();
    item.group = q.value(6).toString();
    item.position = q.value(7).toInt();
    return item;
}

QString settingsText(const QuestionSettings &settings)
{
    return GradebookRubricSql::modeText(settings.mode) +
           (settings.floorAtZero ? QStringLiteral(", floor at 0") : QString()) +
           (settings.ceilingAtMax ? QStringLiteral(", ceiling at max") : QString());
}

QList<AnswerKey> keysOf(const QList<RescoredAnswer> &answers, bool changedOnly)
{
    QList<AnswerKey> keys;
    for (const RescoredAnswer &answer : answers) {
        if (!changedOnly || answer.scoreChanged) {
            keys.append(answer.key);
        }
    }
    return keys;
}

ServiceError unknownItem(qint64 itemId)
{
    return ServiceError::make(ServiceError::Kind::NotFound,
                              Gradebook::tr("The rubric item no longer exists (another grader may have deleted it). "
                                            "Reload the rubric and try again."),
                              QStringLiteral("no rubric item %1").arg(itemId));
}

/// Checks the parts of an item a grader types: a title, and a shortcut no other item of the question uses.
Result<void> checkItem(const QSqlDatabase &db, const RubricItemRecord &item)
{
    if (item.title.trimmed().isEmpty()) {
        return GradebookRubricSql::validation(Gradebook::tr("A rubric item needs a title. Type one and try again."),
                                              QStringLiteral("empty rubric item title"));
    }
    if (item.shortcut.isEmpty()) {
        return {};
    }
    Result<QSqlQuery> clash = GradebookSql::exec(
        db, QStringLiteral("SELECT title FROM rubric_item WHERE cell_id = ? AND shortcut = ? AND id <> ?"),
        {item.cellId, GradebookSql::text(item.shortcut), item.id});
    if (!clash) {
        return clash.error();
    }
    if (clash.value().next()) {
        return GradebookRubricSql::validation(
            Gradebook::tr("The shortcut %1 is already used by \"%2\" in this question. Choose another shortcut.")
                .arg(item.shortcut, clash.value().value(0).toString()),
            QStringLiteral("shortcut %1 taken in cell %2").arg(item.shortcut).arg(item.cellId));
    }
    return {};
}

Result<RubricItemRecord> storedItem(const QSqlDatabase &db, Gradebook::Backend backend, qint64 itemId)
{
    const QString lock = backend == Gradebook::Backend::Postgresql ? QStringLiteral(" FOR UPDATE") : QString();
    Result<QSqlQuery> query = GradebookSql::exec(
        db, QStringLiteral("SELECT ") + ItemColumns + QStringLiteral(" FROM rubric_item WHERE id = ?") + lock,
        {itemId});
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return unknownItem(itemId);
    }
    return readItem(query.value());
}

} // namespace

Result<QList<RubricItemRecord>> Gradebook::rubricItems(qint64 cellId) const
{
    return GradebookSql::readRows<RubricItemRecord>(
        database(),
        QStringLiteral("SELECT ") + ItemColumns +
            QStringLiteral(" FROM rubric_item WHERE cell_id = ? ORDER BY position, id"),
        {cellId}, [](const QSqlQuery &q) { return readItem(q); });
}

Result<qint64> Gradebook::addRubricItem(const RubricItemRecord &item, const QString &actor)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    qint64 id = 0;
    const Result<void> done = transaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        if (Result<ScoringContext> question = GradebookRubricSql::scoringContext(exec, item.cellId); !question) {
            return question.error();
        }
        RubricItemRecord stored = item;
        stored.id = 0;
        if (Result<void> valid = checkItem(db, stored); !valid) {
            return valid;
        }
        if (stored.position < 0) {
            Result<QSqlQuery> last = GradebookSql::exec(
                db, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM rubric_item WHERE cell_id = ?"),
                {stored.cellId});
            if (!last) {
                return last.error();
            }
            stored.position = last.value().next() ? last.value().value(0).toInt() : 0;
        } else {
            // Inserting at a position (e.g. undoing a delete) moves the later items down.
            Result<QSqlQuery> moved = GradebookSql::exec(
                db,
                QStringLiteral("UPDATE rubric_item SET position = position + 1 WHERE cell_id = ? AND position >= ?"),
                {stored.cellId, stored.position});
            if (!moved) {
                return moved.error();
            }
        }
        Result<qint64> inserted = GradebookSql::execReturningId(
            db,
            QStringLiteral("INSERT INTO rubric_item (cell_id, title, points, description, shortcut, group_name,"
                           " position) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {stored.cellId, GradebookSql::text(stored.title.trimmed()), stored.points,
             GradebookSql::text(stored.description), GradebookSql::text(stored.shortcut),
             GradebookSql::text(stored.group.trimmed()), stored.position});
        if (!inserted) {
            return inserted.error();
        }
        id = inserted.value();
        stored.id = id;
        stored.title = stored.title.trimmed();
        stored.group = stored.group.trimmed();
        noteRubricChanged(stored.cellId);
        return appendAudit(actor, QStringLiteral("rubric_add"), QStringLiteral("rubric_item"),
                           GradebookRubricSql::itemEntityId(stored.cellId, id), QString(),
                           GradebookRubricSql::itemDescription(stored));
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Result<QList<AnswerKey>> Gradebook::updateRubricItem(const RubricItemRecord &item, const QString &actor)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    QList<AnswerKey> changed;
    const Result<void> done = transaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        Result<RubricItemRecord> old = storedItem(db, m_backend, item.id);
        if (!old) {
            return old.error();
        }
        RubricItemRecord updated = item;
        updated.cellId = old.value().cellId; // an item never moves to another question
        updated.title = updated.title.trimmed();
        updated.group = updated.group.trimmed();
        if (updated.position < 0) {
            updated.position = old.value().position;
        }
        if (updated == old.value()) {
            return {};
        }
        if (Result<void> valid = checkItem(db, updated); !valid) {
            return valid;
        }
        Result<QSqlQuery> written = GradebookSql::exec(
            db,
            QStringLiteral("UPDATE rubric_item SET title = ?, points = ?, description = ?, shortcut = ?,"
                           " group_name = ?, position = ? WHERE id = ?"),
            {GradebookSql::text(updated.title), updated.points, GradebookSql::text(updated.description),
             GradebookSql::text(updated.shortcut), GradebookSql::text(updated.group), updated.position, updated.id});
        if (!written) {
            return written.error();
        }
        if (Result<void> audited = appendAudit(actor, QStringLiteral("rubric_update"), QStringLiteral("rubric_item"),
                                               GradebookRubricSql::itemEntityId(updated.cellId, updated.id),
                                               GradebookRubricSql::itemDescription(old.value()),
                                               GradebookRubricSql::itemDescription(updated));
            !audited) {
            return audited;
        }
        noteRubricChanged(updated.cellId);
        if (updated.points == old.value().points) {
            return {};
        }
        Result<ScoringContext> question = GradebookRubricSql::scoringContext(exec, updated.cellId);
        if (!question) {
            return question.error();
        }
        Result<QList<RescoredAnswer>> rescored =
            GradebookRubricSql::rescoreQuestion(exec, m_backend, question.value(), actor);
        if (!rescored) {
            return rescored.error();
        }
        for (const RescoredAnswer &answer : rescored.value()) {
            noteGradeChanged(answer.submissionId, answer.key.cellId);
        }
        changed = keysOf(rescored.value(), true);
        return {};
    });
    if (!done) {
        return done.error();
    }
    return changed;
}

Result<int> Gradebook::rubricItemUsage(qint64 itemId) const
{
    Result<QSqlQuery> query = GradebookSql::exec(
        database(), QStringLiteral("SELECT COUNT(*) FROM rubric_application WHERE rubric_item_id = ?"), {itemId});
    if (!query) {
        return query.error();
    }
    return query.value().next() ? query.value().value(0).toInt() : 0;
}

Result<QList<AnswerKey>> Gradebook::deleteRubricItem(qint64 itemId, const QString &actor)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    QList<AnswerKey> had;
    const Result<void> done = transaction([&]() -> Result<void> {
        had.clear(); // the transaction may run again after a deadlock
        const QSqlDatabase db = database();
        Result<RubricItemRecord> item = storedItem(db, m_backend, itemId);
        if (!item) {
            return item.error();
        }
        Result<QList<std::pair<qint64, AnswerKey>>> users = GradebookSql::readRows<std::pair<qint64, AnswerKey>>(
            db,
            // Locked before their audit rows are written, so each answer's trail stays in commit order.
            QStringLiteral("SELECT g.id, g.submitted_notebook_id FROM rubric_application ra"
                           " JOIN grade g ON g.id = ra.grade_id WHERE ra.rubric_item_id = ?"
                           " ORDER BY g.submitted_notebook_id") +
                (m_backend == Backend::Postgresql ? QStringLiteral(" FOR UPDATE OF g") : QString()),
            {itemId}, [&](const QSqlQuery &q) {
                return std::pair<qint64, AnswerKey>{q.value(0).toLongLong(),
                                                    {q.value(1).toLongLong(), item.value().cellId}};
            });
        if (!users) {
            return users.error();
        }
        const QString label = GradebookRubricSql::itemLabel(item.value().title, item.value().points);
        QSet<qint64> touched;
        for (const auto &[gradeId, key] : users.value()) {
            touched.insert(gradeId);
            had.append(key);
            if (Result<void> audited =
                    appendAudit(actor, QStringLiteral("rubric_remove"), QStringLiteral("grade"),
                                gradeEntityId(key.submittedNotebookId, key.cellId), label, QString());
                !audited) {
                return audited;
            }
        }
        for (const QString &statement : {QStringLiteral("DELETE FROM rubric_application WHERE rubric_item_id = ?"),
                                         QStringLiteral("DELETE FROM rubric_item WHERE id = ?")}) {
            if (Result<QSqlQuery> deleted = GradebookSql::exec(db, statement, {itemId}); !deleted) {
                return deleted.error();
            }
        }
        if (Result<void> audited = appendAudit(actor, QStringLiteral("rubric_delete"), QStringLiteral("rubric_item"),
                                               GradebookRubricSql::itemEntityId(item.value().cellId, itemId),
                                               GradebookRubricSql::itemDescription(item.value()), QString());
            !audited) {
            return audited;
        }
        noteRubricChanged(item.value().cellId);
        if (touched.isEmpty()) {
            return {};
        }
        Result<ScoringContext> question = GradebookRubricSql::scoringContext(exec, item.value().cellId);
        if (!question) {
            return question.error();
        }
        Result<QList<RescoredAnswer>> rescored =
            GradebookRubricSql::rescoreQuestion(exec, m_backend, question.value(), actor, touched);
        if (!rescored) {
            return rescored.error();
        }
        for (const RescoredAnswer &answer : rescored.value()) {
            noteGradeChanged(answer.submissionId, answer.key.cellId);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return had;
}

Result<void> Gradebook::reorderRubricItems(qint64 cellId, const QList<qint64> &orderedIds, const QString &actor)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    return transaction([&]() -> Result<void> {
        Result<QList<RubricItemRecord>> items = rubricItems(cellId);
        if (!items) {
            return items.error();
        }
        QList<qint64> current;
        for (const RubricItemRecord &item : items.value()) {
            current.append(item.id);
        }
        const QSet<qint64> wanted(orderedIds.cbegin(), orderedIds.cend());
        if (wanted.size() != orderedIds.size() || wanted != QSet<qint64>(current.cbegin(), current.cend())) {
            return GradebookRubricSql::validation(
                tr("The rubric changed while it was being reordered. Reload the rubric and try again."),
                QStringLiteral("reorder ids do not match the items of cell %1").arg(cellId));
        }
        if (orderedIds == current) {
            return {};
        }
        for (qsizetype position = 0; position < orderedIds.size(); ++position) {
            Result<QSqlQuery> moved =
                GradebookSql::exec(database(), QStringLiteral("UPDATE rubric_item SET position = ? WHERE id = ?"),
                                   {int(position), orderedIds.at(position)});
            if (!moved) {
                return moved.error();
            }
        }
        const auto idText = [](const QList<qint64> &ids) {
            QStringList parts;
            for (const qint64 id : ids) {
                parts.append(QString::number(id));
            }
            return parts.join(QLatin1Char(','));
        };
        noteRubricChanged(cellId);
        return appendAudit(actor, QStringLiteral("rubric_reorder"), QStringLiteral("question"), QString::number(cellId),
                           idText(current), idText(orderedIds));
    });
}

Result<QuestionSettings> Gradebook::questionSettings(qint64 cellId) const
{
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    Result<ScoringContext> question = GradebookRubricSql::scoringContext(exec, cellId);
    if (!question) {
        return question.error();
    }
    return question.value().settings;
}

Result<QList<AnswerKey>> Gradebook::setQuestionSettings(const QuestionSettings &settings, const QString &actor)
{
    if (actor.trimmed().isEmpty()) {
        return GradebookRubricSql::noActor();
    }
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    QList<AnswerKey> changed;
    const Result<void> done = transaction([&]() -> Result<void> {
        Result<ScoringContext> question = GradebookRubricSql::scoringContext(exec, settings.cellId);
        if (!question) {
            return question.error();
        }
        if (question.value().settings == settings) {
            return {};
        }
        Result<QSqlQuery> stored = GradebookSql::exec(
            database(),
            QStringLiteral("INSERT INTO question_setting (cell_id, scoring_mode, floor_at_zero, ceiling_at_max)"
                           " VALUES (?, ?, ?, ?) ON CONFLICT (cell_id) DO UPDATE SET"
                           " scoring_mode = excluded.scoring_mode, floor_at_zero = excluded.floor_at_zero,"
                           " ceiling_at_max = excluded.ceiling_at_max"),
            {settings.cellId, GradebookRubricSql::modeText(settings.mode), GradebookSql::flag(settings.floorAtZero),
             GradebookSql::flag(settings.ceilingAtMax)});
        if (!stored) {
            return stored.error();
        }
        if (Result<void> audited = appendAudit(actor, QStringLiteral("question_settings"), QStringLiteral("question"),
                                               QString::number(settings.cellId),
                                               settingsText(question.value().settings), settingsText(settings));
            !audited) {
            return audited;
        }
        noteRubricChanged(settings.cellId);
        ScoringContext updated = question.value();
        updated.settings = settings;
        Result<QList<RescoredAnswer>> rescored = GradebookRubricSql::rescoreQuestion(exec, m_backend, updated, actor);
        if (!rescored) {
            return rescored.error();
        }
        for (const RescoredAnswer &answer : rescored.value()) {
            noteGradeChanged(answer.submissionId, answer.key.cellId);
        }
        changed = keysOf(rescored.value(), true);
        return {};
    });
    if (!done) {
        return done.error();
    }
    return changed;
}

} // namespace GradeDesk::Services
