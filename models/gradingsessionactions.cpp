// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// GradingSession: grading actions and rubric editing, each durable at once and undoable.
#include "gradingsession.h"
#include "gradingsession_p.h"
#include "modelslogging.h"
#include "submissiontablemodel.h"

#include <services/grading/rubricyaml.h>

#include <QFile>
#include <QSaveFile>

#include <memory>

namespace GradeDesk::Models {

using namespace Services;

namespace {

/// Above this many answers, re-reading the whole question is one query instead of one per answer.
constexpr int maxSingleRefreshes = 32;

ServiceError deletedItem()
{
    return ServiceError::make(ServiceError::Kind::NotFound,
                              GradingSession::tr("The rubric item no longer exists. Reload the rubric and try again."),
                              QStringLiteral("rubric item handle has no id"));
}

Result<void> dropKeys(const Result<QList<AnswerKey>> &result)
{
    return result ? Result<void>() : Result<void>(result.error());
}

/**
 * `items` made ready to append to the question `cellId` (new ids, added at the end). A shortcut that an
 * item of `existing` or an earlier imported one already uses is dropped, not the item: the grader can
 * assign another one.
 */
QList<RubricItemRecord> importedItems(QList<RubricItemRecord> items, qint64 cellId,
                                      const QList<RubricItemRecord> &existing)
{
    QStringList shortcuts;
    for (const RubricItemRecord &item : existing) {
        shortcuts.append(item.shortcut.toLower());
    }
    for (RubricItemRecord &item : items) {
        item.id = 0;
        item.cellId = cellId;
        item.position = -1;
        if (shortcuts.contains(item.shortcut.toLower())) {
            item.shortcut.clear();
        }
        shortcuts.append(item.shortcut.toLower());
    }
    return items;
}

} // namespace

QList<AnswerKey> GradingSession::Private::actionKeys(bool wholeGroup) const
{
    if (wholeGroup) {
        return q->currentGroup();
    }
    const int row = currentSourceRow();
    return row >= 0 ? QList<AnswerKey>{answers.answer(row).key} : QList<AnswerKey>();
}

QList<AnswerSnapshot> GradingSession::Private::snapshot(const QList<AnswerKey> &keys)
{
    QList<AnswerSnapshot> snapshots;
    snapshots.reserve(keys.size());
    for (const AnswerKey &key : keys) {
        const int row = answers.rowOfAnswer(key.submittedNotebookId);
        if (row < 0) {
            continue;
        }
        const AnswerRecord &record = answers.answer(row);
        snapshots.append({record, handles.handlesFor(record.appliedItemIds)});
    }
    return snapshots;
}

bool GradingSession::Private::perform(const QString &text, const QList<AnswerKey> &keys, const VersionedAction &action,
                                      const ConflictInfo &conflictInfo)
{
    if (keys.isEmpty() || !question) {
        return false;
    }
    const QList<AnswerSnapshot> before = snapshot(keys);
    // What the grader saw: a change stored since by someone else is a conflict, not overwritten.
    const Result<void> done = action(versionsOf(keys));
    refreshAnswers(keys);
    if (!done) {
        if (done.error().kind == ServiceError::Kind::Conflict) {
            raiseConflict(keys.constFirst(), conflictInfo,
                          [this, text, keys, action, conflictInfo] { perform(text, keys, action, conflictInfo); });
        } else {
            reportError(tr("Could not save: %1").arg(text), done.error());
        }
        return false;
    }
    noteOwnVersions(keys);
    // Redo and undo expect what this session's own last change left.
    const GradingCommand::Action redo = [this, keys, action] { return action(ownVersionsOf(keys)); };
    const GradingCommand::Action undo = [this, keys, before] {
        const VersionMap expected = ownVersionsOf(keys);
        return restoreAnswers(*gradebook, before, handles, grader, &expected);
    };
    undoStack.push(new GradingCommand(text, redo, undo, runner(text, question->cellId, keys, false)));
    return true;
}

bool GradingSession::Private::perform(const QString &text, const QList<AnswerKey> &keys,
                                      const GradingCommand::Action &action)
{
    return perform(
        text, keys, [action](const VersionMap &) { return action(); }, ConflictInfo());
}

bool GradingSession::Private::performRubric(const QString &text, const GradingCommand::Action &redo,
                                            const GradingCommand::Action &undo)
{
    if (!question) {
        return false;
    }
    const Result<void> done = redo();
    reloadRubric();
    if (Result<void> reloaded = answers.refresh(); !reloaded) {
        reportError(tr("Reloading the answers failed"), reloaded.error());
    }
    if (done) {
        noteOwnRubricChanges();
    }
    if (!done) {
        reportError(tr("Could not save: %1").arg(text), done.error());
        return false;
    }
    undoStack.push(new GradingCommand(text, redo, undo, runner(text, question->cellId, {}, true)));
    return true;
}

GradingCommand::Runner GradingSession::Private::runner(const QString &text, qint64 cellId, const QList<AnswerKey> &keys,
                                                       bool rubricLevel)
{
    return [this, text, cellId, keys, rubricLevel](const GradingCommand::Action &action, bool undo) {
        runCommandAction(text, cellId, keys, rubricLevel, action, undo);
    };
}

void GradingSession::Private::runCommandAction(const QString &text, qint64 cellId, const QList<AnswerKey> &keys,
                                               bool rubricLevel, const GradingCommand::Action &action, bool undo)
{
    // Undo shows what it undoes: back to the command's question and answer.
    if ((!question || question->cellId != cellId) && !loadQuestion(cellId)) {
        return;
    }
    const Result<void> done = action();
    if (!done && done.error().kind == ServiceError::Kind::Conflict && !rubricLevel && !keys.isEmpty()) {
        ConflictInfo info;
        info.what = undo ? tr("undoing “%1”").arg(text) : tr("redoing “%1”").arg(text);
        info.mine = undo ? tr("the answer as it was before “%1”").arg(text) : tr("the answer after “%1”").arg(text);
        raiseConflict(keys.constFirst(), info, [this, text, cellId, keys, action, undo] {
            // The grader chose to overwrite: expect what is stored now.
            refreshAnswers(keys);
            noteOwnVersions(keys);
            runCommandAction(text, cellId, keys, false, action, undo);
        });
        return;
    }
    if (!done) {
        reportError(tr("Undo or redo failed; the view shows what is stored"), done.error());
    }
    if (rubricLevel) {
        if (Result<QuestionSettings> stored = gradebook->questionSettings(cellId); stored) {
            settings = stored.value();
        }
        reloadRubric();
        if (Result<void> reloaded = answers.refresh(); !reloaded) {
            reportError(tr("Reloading the answers failed"), reloaded.error());
        }
        if (done) {
            noteOwnRubricChanges();
        }
    } else {
        refreshAnswers(keys);
        if (done) {
            noteOwnVersions(keys);
        }
    }
    if (!keys.isEmpty() && answers.rowOfAnswer(keys.constFirst().submittedNotebookId) >= 0) {
        setCurrent(keys.constFirst().submittedNotebookId);
    }
    syncCurrentAnswer();
}

void GradingSession::Private::refreshAnswers(const QList<AnswerKey> &keys)
{
    if (!gradebook->isConnected()) {
        return; // the models keep the last stored state; the window says the connection is lost
    }
    const Result<void> done = keys.size() > maxSingleRefreshes ? answers.refresh() : answers.refreshAnswers(keys);
    if (!done) {
        reportError(tr("Reloading the answers failed"), done.error());
    }
}

void GradingSession::Private::reloadRubric()
{
    if (!question) {
        rubric.setItems({});
        return;
    }
    Result<QList<RubricItemRecord>> items = gradebook->rubricItems(question->cellId);
    if (!items) {
        reportError(tr("Loading the rubric failed"), items.error());
        return;
    }
    rubric.setItems(items.value());
    updateUsageCounts();
    syncCurrentAnswer();
}

bool GradingSession::Private::addItemCommand(const RubricItemRecord &item)
{
    Result<qint64> added = gradebook->addRubricItem(item, grader);
    if (!added) {
        reportError(tr("Could not add the rubric item"), added.error());
        return false;
    }
    const int handle = handles.handleFor(added.value());
    reloadRubric();
    const auto redo = [this, item, handle]() -> Result<void> {
        Result<qint64> readded = gradebook->addRubricItem(item, grader);
        if (!readded) {
            return readded.error();
        }
        handles.setId(handle, readded.value());
        return {};
    };
    const auto undo = [this, handle]() -> Result<void> {
        const qint64 id = handles.idOf(handle);
        if (id == 0) {
            return {};
        }
        Result<QList<AnswerKey>> deleted = gradebook->deleteRubricItem(id, grader);
        if (deleted) {
            handles.setId(handle, 0);
        }
        return dropKeys(deleted);
    };
    const QString text = tr("Add rubric item “%1”").arg(item.title);
    undoStack.push(new GradingCommand(text, redo, undo, runner(text, item.cellId, {}, true)));
    return true;
}

bool GradingSession::toggleItemByShortcut(const QString &shortcut, bool wholeGroup)
{
    const int row = d->rubric.rowOfShortcut(shortcut);
    if (row < 0 || d->current == 0) {
        return false;
    }
    const qint64 itemId = d->rubric.item(row).id;
    setItemApplied(itemId, !d->rubric.isApplied(itemId), wholeGroup);
    return true;
}

void GradingSession::setItemApplied(qint64 itemId, bool applied, bool wholeGroup)
{
    const int row = d->rubric.rowOfItem(itemId);
    if (row < 0 || (!wholeGroup && d->rubric.isApplied(itemId) == applied)) {
        return;
    }
    const QString title = d->rubric.item(row).title;
    const int handle = d->handles.handleFor(itemId);
    const QList<AnswerKey> keys = d->actionKeys(wholeGroup);
    Private *p = d.get();
    d->perform(applied ? tr("Apply “%1”").arg(title) : tr("Remove “%1”").arg(title), keys,
               [p, keys, handle, applied]() -> Result<void> {
                   const qint64 id = p->handles.idOf(handle);
                   if (id == 0) {
                       return deletedItem();
                   }
                   return p->gradebook->setRubricItemApplied(keys, id, applied, p->grader);
               });
}

void GradingSession::setAdjustment(std::optional<double> points, const QString &reason)
{
    const QList<AnswerKey> keys = d->actionKeys(false);
    Private *p = d.get();
    Private::ConflictInfo info{Private::Field::Adjustment, tr("the point adjustment"),
                               points ? tr("%1 (%2)").arg(RubricModel::formatPoints(*points), reason)
                                      : tr("no adjustment")};
    d->perform(
        tr("Adjust points"), keys,
        [p, keys, points, reason](const VersionMap &versions) {
            const AnswerKey key = keys.constFirst();
            return p->gradebook->setAdjustment(key, points, reason, p->grader,
                                               versions.value(key.submittedNotebookId).grade);
        },
        info);
}

void GradingSession::setComment(const QString &comment)
{
    const QList<AnswerKey> keys = d->actionKeys(false);
    Private *p = d.get();
    Private::ConflictInfo info{Private::Field::Comment, tr("the comment"),
                               comment.isEmpty() ? tr("no comment") : comment};
    d->perform(
        tr("Edit comment"), keys,
        [p, keys, comment](const VersionMap &versions) {
            const AnswerKey key = keys.constFirst();
            return p->gradebook->setComment(key.submittedNotebookId, key.cellId, comment, p->grader,
                                            versions.value(key.submittedNotebookId).comment);
        },
        info);
}

void GradingSession::confirmGraded(bool wholeGroup)
{
    const QList<AnswerKey> keys = d->actionKeys(wholeGroup);
    Private *p = d.get();
    d->perform(tr("Confirm grade"), keys, [p, keys] { return p->gradebook->markRubricGraded(keys, p->grader); });
}

void GradingSession::setFlagged(bool flagged)
{
    const QList<AnswerKey> keys = d->actionKeys(false);
    Private *p = d.get();
    d->perform(flagged ? tr("Flag for review") : tr("Remove flag"), keys,
               [p, keys, flagged] { return p->gradebook->setFlagged(keys.constFirst(), flagged, p->grader); });
}

void GradingSession::setManualScore(std::optional<double> score)
{
    const QList<AnswerKey> keys = d->actionKeys(false);
    Private *p = d.get();
    Private::ConflictInfo info{Private::Field::Score, tr("the score"), score ? formatScore(*score) : tr("no score")};
    d->perform(
        tr("Set score"), keys,
        [p, keys, score](const VersionMap &versions) {
            const AnswerKey key = keys.constFirst();
            return p->gradebook->setManualGrade(key.submittedNotebookId, key.cellId, score, p->grader,
                                                versions.value(key.submittedNotebookId).grade);
        },
        info);
}

void GradingSession::setExtraCredit(std::optional<double> points)
{
    const QList<AnswerKey> keys = d->actionKeys(false);
    Private *p = d.get();
    Private::ConflictInfo info{Private::Field::ExtraCredit, tr("the extra credit"),
                               points ? formatScore(*points) : tr("no extra credit")};
    d->perform(
        tr("Set extra credit"), keys,
        [p, keys, points](const VersionMap &versions) {
            const AnswerKey key = keys.constFirst();
            return p->gradebook->setExtraCredit(key.submittedNotebookId, key.cellId, points, p->grader,
                                                versions.value(key.submittedNotebookId).grade);
        },
        info);
}

void GradingSession::splitCurrentFromGroup()
{
    if (currentGroup().size() < 2) {
        return;
    }
    const QList<AnswerKey> keys = d->actionKeys(false);
    Private *p = d.get();
    d->perform(tr("Split from group"), keys,
               [p, keys] { return p->gradebook->setGroupSplit(keys.constFirst(), true, p->grader); });
}

void GradingSession::addRubricItem(const RubricItemRecord &item)
{
    if (!d->question) {
        return;
    }
    RubricItemRecord stored = item;
    stored.id = 0;
    stored.cellId = d->question->cellId;
    d->addItemCommand(stored);
}

void GradingSession::updateRubricItem(const RubricItemRecord &item)
{
    const int row = d->rubric.rowOfItem(item.id);
    if (row < 0 || d->rubric.item(row) == item) {
        return;
    }
    const RubricItemRecord before = d->rubric.item(row);
    const int handle = d->handles.handleFor(item.id);
    Private *p = d.get();
    const auto store = [p, handle](RubricItemRecord record) -> Result<void> {
        record.id = p->handles.idOf(handle);
        if (record.id == 0) {
            return deletedItem();
        }
        return dropKeys(p->gradebook->updateRubricItem(record, p->grader));
    };
    d->performRubric(
        tr("Edit rubric item “%1”").arg(item.title), [store, item] { return store(item); },
        [store, before] { return store(before); });
}

int GradingSession::rubricItemUsage(qint64 itemId) const
{
    Result<int> usage = d->gradebook->rubricItemUsage(itemId);
    if (!usage) {
        d->reportError(tr("Counting the answers with the rubric item failed"), usage.error());
        return d->rubric.usageCount(itemId);
    }
    return usage.value();
}

void GradingSession::deleteRubricItem(qint64 itemId)
{
    const int row = d->rubric.rowOfItem(itemId);
    if (row < 0) {
        return;
    }
    const RubricItemRecord before = d->rubric.item(row);
    const int handle = d->handles.handleFor(itemId);
    // The answers that had the item, as of the latest deletion (redo may find others).
    const auto hadIt = std::make_shared<QList<AnswerKey>>();
    Private *p = d.get();
    const auto remove = [p, handle, hadIt]() -> Result<void> {
        const qint64 id = p->handles.idOf(handle);
        if (id == 0) {
            return deletedItem();
        }
        Result<QList<AnswerKey>> deleted = p->gradebook->deleteRubricItem(id, p->grader);
        if (!deleted) {
            return deleted.error();
        }
        p->handles.setId(handle, 0);
        *hadIt = deleted.value();
        return {};
    };
    const auto restore = [p, handle, hadIt, before]() -> Result<void> {
        qint64 id = 0;
        const Result<void> done = p->gradebook->transaction([&]() -> Result<void> {
            Result<qint64> added = p->gradebook->addRubricItem(before, p->grader);
            if (!added) {
                return added.error();
            }
            id = added.value();
            return hadIt->isEmpty() ? Result<void>() : p->gradebook->setRubricItemApplied(*hadIt, id, true, p->grader);
        });
        if (done) {
            p->handles.setId(handle, id);
        }
        return done;
    };
    d->performRubric(tr("Delete rubric item “%1”").arg(before.title), remove, restore);
}

void GradingSession::moveRubricItem(qint64 itemId, int newPosition)
{
    QList<qint64> order;
    for (const RubricItemRecord &item : d->rubric.items()) {
        order.append(item.id);
    }
    const int from = int(order.indexOf(itemId));
    const int to = qBound(0, newPosition, int(order.size()) - 1);
    if (from < 0 || from == to || !d->question) {
        return;
    }
    const QList<int> before = d->handles.handlesFor(order);
    order.move(from, to);
    const QList<int> after = d->handles.handlesFor(order);
    const qint64 cellId = d->question->cellId;
    Private *p = d.get();
    const auto reorder = [p, cellId](const QList<int> &handles) {
        return p->gradebook->reorderRubricItems(cellId, p->handles.idsOf(handles), p->grader);
    };
    d->performRubric(
        tr("Move rubric item"), [reorder, after] { return reorder(after); },
        [reorder, before] { return reorder(before); });
}

void GradingSession::setQuestionSettings(const QuestionSettings &settings)
{
    if (!d->question) {
        return;
    }
    QuestionSettings wanted = settings;
    wanted.cellId = d->question->cellId;
    if (wanted == d->settings) {
        return;
    }
    const QuestionSettings before = d->settings;
    Private *p = d.get();
    const auto store = [p](const QuestionSettings &stored) -> Result<void> {
        Result<QList<AnswerKey>> changed = p->gradebook->setQuestionSettings(stored, p->grader);
        if (changed) {
            p->settings = stored;
        }
        return dropKeys(changed);
    };
    d->performRubric(
        tr("Change scoring"), [store, wanted] { return store(wanted); }, [store, before] { return store(before); });
}

QuestionSettings GradingSession::questionSettings() const
{
    return d->settings;
}

void GradingSession::importRubricFrom(qint64 otherCellId)
{
    if (!d->question) {
        return;
    }
    Result<QList<RubricItemRecord>> items = d->gradebook->rubricItems(otherCellId);
    if (!items) {
        d->reportError(tr("Reading the other question's rubric failed"), items.error());
        return;
    }
    if (items.value().isEmpty()) {
        return;
    }
    const QList<RubricItemRecord> imported = importedItems(items.value(), d->question->cellId, d->rubric.items());
    d->undoStack.beginMacro(tr("Import rubric"));
    for (const RubricItemRecord &item : imported) {
        d->addItemCommand(item);
    }
    d->undoStack.endMacro();
}

bool GradingSession::importRubricYaml(const QString &path)
{
    if (!d->question) {
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        d->reportError(
            tr("Importing the rubric failed"),
            ServiceError::make(ServiceError::Kind::Io,
                               tr("Could not read %1. Check that the file exists and is readable.").arg(path),
                               file.errorString()));
        return false;
    }
    Result<RubricDocument> parsed = RubricYaml::parse(file.readAll(), path);
    if (!parsed) {
        d->reportError(tr("Importing the rubric failed"), parsed.error());
        return false;
    }
    const QList<RubricItemRecord> imported =
        importedItems(parsed.value().items, d->question->cellId, d->rubric.items());
    d->undoStack.beginMacro(tr("Import rubric from %1").arg(path));
    setQuestionSettings(parsed.value().settings);
    bool ok = true;
    for (const RubricItemRecord &item : imported) {
        ok = d->addItemCommand(item) && ok;
    }
    d->undoStack.endMacro();
    return ok;
}

bool GradingSession::exportRubricYaml(const QString &path) const
{
    RubricDocument document;
    document.settings = d->settings;
    for (RubricItemRecord item : d->rubric.items()) {
        item.id = 0;
        item.cellId = 0;
        document.items.append(item);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(RubricYaml::serialize(document)) < 0 || !file.commit()) {
        d->reportError(
            tr("Exporting the rubric failed"),
            ServiceError::make(ServiceError::Kind::Io,
                               tr("Could not write %1. Check that the folder exists and is writable.").arg(path),
                               file.errorString()));
        return false;
    }
    return true;
}

} // namespace GradeDesk::Models
