// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Private to GradingSession (gradingsession*.cpp): not part of the API.

#include "answercontentloader.h"
#include "answerfiltermodel.h"
#include "answerqueuemodel.h"
#include "gradingcommand.h"
#include "gradingsession.h"
#include "questionlistmodel.h"
#include "rubricmodel.h"

#include <services/gradebook/gradebook.h>
#include <services/highlight/syntaxhighlighter.h>

#include <QPointer>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace GradeDesk::Models {

class GradingSession::Private
{
public:
    Private(GradingSession *q, Services::Gradebook *gradebook, const Services::CourseConfig &config);

    // State (gradingsession.cpp).
    void reportError(const QString &what, const Services::ServiceError &error);
    void clearQuestion();
    bool loadQuestion(qint64 cellId);
    int currentSourceRow() const;
    /// Makes the answer current (0: none). `claimed`: the caller already holds its claim.
    void setCurrent(qint64 submittedNotebookId, bool claimed = false);
    /// Source rows matching the filters after (`forward`) or before `fromRow`, nearest first.
    QList<int> candidateRows(int fromRow, bool forward, bool wrap) const;
    void updateFocus();
    void onContentLoaded(qint64 submittedNotebookId);
    void onKeysLoaded(const QHash<qint64, AnswerContentLoader::Keys> &keys);
    void pushGroupKeys(const QHash<qint64, AnswerContentLoader::Keys> &keys);
    void warmHighlighter(qint64 submittedNotebookId);
    void claimCurrent();
    void releaseClaim();
    void syncCurrentAnswer();
    void updateUsageCounts();

    // Team grading (gradingsessionteam.cpp).
    /// What a versioned action changes, for the conflict dialog.
    enum class Field { Score, ExtraCredit, Comment, Adjustment, Whole };

    struct ConflictInfo {
        Field field = Field::Whole;
        QString what; ///< "the score"
        QString mine; ///< The value this grader wanted, as graders read it.
    };

    /// An action that passes the versions the grader saw as the gradebook's expected versions.
    using VersionedAction = std::function<Services::Result<void>(const VersionMap &)>;
    void connectTeam();
    /// The versions of these answers as the models show them.
    VersionMap versionsOf(const QList<Services::AnswerKey> &keys) const;
    /// The versions this session's own last change to each answer left (the models' for others):
    /// what undo and redo expect, so they never overwrite a colleague's later change.
    VersionMap ownVersionsOf(const QList<Services::AnswerKey> &keys) const;
    /// Records the answers' versions (as the models now show them) as left by this session.
    void noteOwnVersions(const QList<Services::AnswerKey> &keys);
    /// After a rubric-level change: answers this session changed last keep matching their versions.
    void noteOwnRubricChanges();
    /// Re-reads the answer, keeps `retry` for resolveConflict(true) and emits conflictDetected.
    void raiseConflict(const Services::AnswerKey &key, const ConflictInfo &info, std::function<void()> retry);
    QString storedValue(Field field, const Services::AnswerRecord &answer) const;
    QString lastChangedBy(Field field, const Services::AnswerRecord &answer) const;
    void scheduleLiveRefresh(bool rubricToo, bool answersToo, bool questionsToo);
    void runLiveRefresh();
    void onConnectionStateChanged(bool connected);

    // Actions (gradingsessionactions.cpp).
    QList<Services::AnswerKey> actionKeys(bool wholeGroup) const;
    QList<AnswerSnapshot> snapshot(const QList<Services::AnswerKey> &keys);
    /// Runs an action on answers now and pushes it with the snapshot restore as its undo. Versioned
    /// actions get the versions the grader saw (first run) or their own previous run left (redo); a
    /// Conflict raises conflictDetected instead of errorOccurred.
    bool perform(const QString &text, const QList<Services::AnswerKey> &keys, const VersionedAction &action,
                 const ConflictInfo &conflictInfo);
    bool perform(const QString &text, const QList<Services::AnswerKey> &keys, const GradingCommand::Action &action);
    /// Runs a rubric-level action now and pushes it with `undo`.
    bool performRubric(const QString &text, const GradingCommand::Action &redo, const GradingCommand::Action &undo);
    GradingCommand::Runner runner(const QString &text, qint64 cellId, const QList<Services::AnswerKey> &keys,
                                  bool rubricLevel);
    void runCommandAction(const QString &text, qint64 cellId, const QList<Services::AnswerKey> &keys, bool rubricLevel,
                          const GradingCommand::Action &action, bool undo);
    void refreshAnswers(const QList<Services::AnswerKey> &keys);
    void reloadRubric();
    bool addItemCommand(const Services::RubricItemRecord &item);

    GradingSession *q;
    Services::Gradebook *gradebook;
    QString grader;
    QString courseId;
    QString courseDirectory;

    QuestionListModel questions;
    AnswerQueueModel answers;
    AnswerFilterModel filtered;
    RubricModel rubric;
    QUndoStack undoStack;
    AnswerContentLoader loader;
    RubricItemHandles handles;
    QPointer<Services::SyntaxHighlighter> highlighter;
    QSet<qint64> warmed; ///< Answers whose code was sent to the highlighter (it caches the result).

    QString assignmentName;
    qint64 assignmentId = 0;
    std::optional<Services::QuestionRecord> question;
    Services::QuestionSettings settings;
    qint64 current = 0; ///< Submitted notebook id of the current answer.
    qint64 claimed = 0; ///< Submitted notebook id this session holds a claim on.
    QTimer claimDelay;  ///< Claims the current answer once the grader stays on it.
    QTimer claimRenewal;
    bool shuffled = false;
    GroupBy groupBy = GroupBy::None;
    bool runningCommand = false;

    /// (submitted notebook id, cell id) -> versions this session's last change to the answer left.
    QHash<std::pair<qint64, qint64>, AnswerVersions> ownVersions;
    std::optional<GradingConflict> conflict;
    std::function<void()> conflictRetry;
    QTimer liveRefresh; ///< Coalesces other graders' rubric, claim and regrade changes.
    bool pendingRubric = false;
    bool pendingAnswers = false;
    bool pendingQuestions = false;
};

} // namespace GradeDesk::Models
