// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradingcommand.h"

#include <services/gradebook/gradebook.h>

#include <QCoreApplication>

namespace GradeDesk::Models {

using namespace Services;

int RubricItemHandles::handleFor(qint64 itemId)
{
    const int existing = int(m_ids.indexOf(itemId));
    if (existing >= 0 && itemId != 0) {
        return existing;
    }
    m_ids.append(itemId);
    return int(m_ids.size()) - 1;
}

QList<int> RubricItemHandles::handlesFor(const QList<qint64> &itemIds)
{
    QList<int> handles;
    handles.reserve(itemIds.size());
    for (const qint64 id : itemIds) {
        handles.append(handleFor(id));
    }
    return handles;
}

qint64 RubricItemHandles::idOf(int handle) const
{
    return m_ids.value(handle, 0);
}

QList<qint64> RubricItemHandles::idsOf(const QList<int> &handles) const
{
    QList<qint64> ids;
    ids.reserve(handles.size());
    for (const int handle : handles) {
        if (const qint64 id = idOf(handle); id != 0) {
            ids.append(id);
        }
    }
    return ids;
}

void RubricItemHandles::setId(int handle, qint64 itemId)
{
    if (handle >= 0 && handle < m_ids.size()) {
        m_ids[handle] = itemId;
    }
}

namespace {

Result<void> restoreRubricState(Gradebook &gradebook, const AnswerRecord &now, const AnswerRecord &wanted,
                                const QList<qint64> &wantedItems, const QString &actor)
{
    const AnswerKey key = wanted.key;
    bool touched = false;
    // Removals first: adding an item of an exclusive group would otherwise drop a wanted sibling.
    for (const qint64 id : now.appliedItemIds) {
        if (!wantedItems.contains(id)) {
            if (Result<void> done = gradebook.setRubricItemApplied({key}, id, false, actor); !done) {
                return done;
            }
            touched = true;
        }
    }
    for (const qint64 id : wantedItems) {
        if (!now.appliedItemIds.contains(id)) {
            if (Result<void> done = gradebook.setRubricItemApplied({key}, id, true, actor); !done) {
                return done;
            }
            touched = true;
        }
    }
    if (now.adjustment != wanted.adjustment || now.adjustmentReason != wanted.adjustmentReason) {
        if (Result<void> done = gradebook.setAdjustment(key, wanted.adjustment, wanted.adjustmentReason, actor);
            !done) {
            return done;
        }
        touched = true;
    }
    if (!touched && !now.rubricGraded) {
        return gradebook.markRubricGraded({key}, actor);
    }
    return {};
}

Result<void> restoreTypedScore(Gradebook &gradebook, const AnswerRecord &now, const AnswerRecord &wanted,
                               const QString &actor)
{
    const AnswerKey key = wanted.key;
    std::optional<double> manual = now.manualScore;
    // Clearing brings back the autograder's state, needs_manual_grade included, which setting a
    // score to nothing would not. It only touches rubric grading: a typed score is set back below.
    if (now.rubricGraded || !now.appliedItemIds.isEmpty() || now.adjustment) {
        if (Result<void> done = gradebook.clearRubricGrading(key, actor); !done) {
            return done;
        }
        manual.reset();
    }
    if (manual != wanted.manualScore) {
        return gradebook.setManualGrade(key.submittedNotebookId, key.cellId, wanted.manualScore, actor);
    }
    return {};
}

Result<void> restoreOne(Gradebook &gradebook, const AnswerSnapshot &snapshot, const RubricItemHandles &handles,
                        const QString &actor, const VersionMap *expected)
{
    const AnswerRecord &wanted = snapshot.record;
    const AnswerKey key = wanted.key;
    Result<AnswerRecord> current = gradebook.answer(key);
    if (!current) {
        return current.error();
    }
    const AnswerRecord &now = current.value();
    if (expected && expected->contains(key.submittedNotebookId)) {
        const AnswerVersions versions = expected->value(key.submittedNotebookId);
        if (now.version != versions.grade || now.commentVersion != versions.comment) {
            return ServiceError::make(
                ServiceError::Kind::Conflict,
                QCoreApplication::translate("GradeDesk::Models::GradingCommand",
                                            "Another grader changed this answer after you; undoing or redoing "
                                            "now would overwrite their change."),
                QStringLiteral("answer %1/%2: expected grade v%3 comment v%4, stored v%5 / v%6")
                    .arg(key.submittedNotebookId)
                    .arg(key.cellId)
                    .arg(versions.grade)
                    .arg(versions.comment)
                    .arg(now.version)
                    .arg(now.commentVersion));
        }
    }
    const Result<void> scored =
        wanted.rubricGraded ? restoreRubricState(gradebook, now, wanted, handles.idsOf(snapshot.appliedHandles), actor)
                            : restoreTypedScore(gradebook, now, wanted, actor);
    if (!scored) {
        return scored;
    }
    if (now.extraCredit != wanted.extraCredit) {
        if (Result<void> done =
                gradebook.setExtraCredit(key.submittedNotebookId, key.cellId, wanted.extraCredit, actor);
            !done) {
            return done;
        }
    }
    if (now.flagged != wanted.flagged) {
        if (Result<void> done = gradebook.setFlagged(key, wanted.flagged, actor); !done) {
            return done;
        }
    }
    if (now.comment != wanted.comment) {
        if (Result<void> done = gradebook.setComment(key.submittedNotebookId, key.cellId, wanted.comment, actor);
            !done) {
            return done;
        }
    }
    if (now.groupSplit != wanted.groupSplit) {
        return gradebook.setGroupSplit(key, wanted.groupSplit, actor);
    }
    return {};
}

} // namespace

Result<void> restoreAnswers(Gradebook &gradebook, const QList<AnswerSnapshot> &snapshots,
                            const RubricItemHandles &handles, const QString &actor, const VersionMap *expected)
{
    return gradebook.transaction([&]() -> Result<void> {
        for (const AnswerSnapshot &snapshot : snapshots) {
            if (Result<void> done = restoreOne(gradebook, snapshot, handles, actor, expected); !done) {
                return done;
            }
        }
        return {};
    });
}

GradingCommand::GradingCommand(const QString &text, Action redoAction, Action undoAction, Runner run)
    : QUndoCommand(text)
    , m_redo(std::move(redoAction))
    , m_undo(std::move(undoAction))
    , m_run(std::move(run))
{}

void GradingCommand::redo()
{
    if (m_done) {
        return; // pushed after the action ran
    }
    m_done = true;
    m_run(m_redo, false);
}

void GradingCommand::undo()
{
    m_done = false;
    m_run(m_undo, true);
}

} // namespace GradeDesk::Models
