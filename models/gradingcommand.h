// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/gradebook/rubricrecords.h>

#include <QHash>
#include <QList>
#include <QUndoCommand>

#include <functional>

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Models {

/**
 * @brief Stable names for rubric items across undo and redo.
 *
 * Undoing a delete re-creates the item under a new id (SQLite may even hand a deleted id to another
 * item later). Commands therefore name items by handle: a deleted item's handle maps to 0 until
 * its re-creation sets the new id, and an id seen again after that gets a fresh handle.
 */
class RubricItemHandles final
{
public:
    /// The handle of the live item with this id (a new handle for an id not seen yet).
    int handleFor(qint64 itemId);
    QList<int> handlesFor(const QList<qint64> &itemIds);
    /// The item's current id; 0 while it is deleted.
    qint64 idOf(int handle) const;
    QList<qint64> idsOf(const QList<int> &handles) const; ///< Deleted ones left out.
    void setId(int handle, qint64 itemId);

    void clear() { m_ids.clear(); }

private:
    QList<qint64> m_ids; ///< handle -> id
};

/// The versions of an answer's grade row and comment row (AnswerRecord::version / ::commentVersion).
struct AnswerVersions {
    int grade = 0;
    int comment = 0;
};

/// Submitted notebook id -> versions, for the answers of one question.
using VersionMap = QHash<qint64, AnswerVersions>;

/// An answer as it was before an action, with its applied items as handles.
struct AnswerSnapshot {
    Services::AnswerRecord record;
    QList<int> appliedHandles;
};

/**
 * Makes everything a grader sets on each answer (rubric items, adjustment, typed score, extra
 * credit, flag, comment, group split) equal to its snapshot again, with the fewest gradebook calls,
 * in one transaction.
 *
 * `expected` (optional) holds the versions each answer had right after this grader's own change: an
 * answer whose stored grade or comment version differs was changed by someone else since, and the
 * whole restore fails with Kind::Conflict instead of overwriting that change.
 */
Services::Result<void> restoreAnswers(Services::Gradebook &gradebook, const QList<AnswerSnapshot> &snapshots,
                                      const RubricItemHandles &handles, const QString &actor,
                                      const VersionMap *expected = nullptr);

/**
 * @brief One grading action on the undo stack: both directions are durable gradebook actions.
 *
 * The action already ran when the command is pushed, so the first redo() (QUndoStack::push calls
 * it) does nothing. `run` performs an action for undo/redo: the session switches back to the
 * command's question, runs it, reports errors and refreshes its models.
 */
class GradingCommand final : public QUndoCommand
{
public:
    using Action = std::function<Services::Result<void>()>;
    /// `undo`: whether the action is the command's undo (for messages).
    using Runner = std::function<void(const Action &, bool undo)>;

    GradingCommand(const QString &text, Action redoAction, Action undoAction, Runner run);

    void redo() override;
    void undo() override;

private:
    Action m_redo;
    Action m_undo;
    Runner m_run;
    bool m_done = true;
};

} // namespace GradeDesk::Models
