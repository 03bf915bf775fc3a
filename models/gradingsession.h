// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/core/serviceerror.h>
#include <services/gradebook/records.h>
#include <services/gradebook/rubricrecords.h>
#include <services/grading/questionanswer.h>

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QUndoStack;

namespace GradeDesk::Services {
class Gradebook;
class SyntaxHighlighter;
struct CourseConfig;
} // namespace GradeDesk::Services

namespace GradeDesk::Models {

class AnswerQueueModel;
class AnswerFilterModel;
class QuestionListModel;
class RubricModel;

/// A change of this grader that collided with another grader's (GradingSession::conflictDetected).
struct GradingConflict {
    Services::AnswerKey answer;
    QString what;        ///< What collided, for the dialog: "the score", "the comment", "undo of “Set score”".
    QString otherGrader; ///< Who changed it last; empty when unknown.
    QString theirs;      ///< The stored value now, as graders read it.
    QString mine;        ///< What this grader wanted, as graders read it.
};

/**
 * @brief Grading one question across all submissions: the state behind the grading view.
 *
 * Owns the question list (of one assignment), the answer queue of the current question (with its
 * filter proxy), the rubric of the current question (with the current answer's applied items) and
 * the undo stack. Every grading action goes to the gradebook at once (durable when the call
 * returns) and is pushed on the undo stack as a command whose undo is another durable action.
 * Failures are reported through errorOccurred and leave the models showing what is stored.
 *
 * Answer content (cells) is read off the GUI thread: the current answer first, then a window of
 * the next ones (prefetch), then every other answer in the background so answer groups fill in.
 * Only the question's cells are kept, never whole notebooks.
 *
 * Anonymous mode (default on) shows pseudonyms; revealCurrentName() shows one student's name and
 * records that in the audit log.
 *
 * The current answer is tracked by its AnswerKey, not by row: it stays current (and visible: it is
 * pinned in filteredAnswers()) when grading it makes it stop matching the filters, and it follows
 * the queue through refreshes. Once the grader stays on it for a moment (250 ms: claiming is a
 * durable write, kept out of the key press) it is claimed for claimLeaseSeconds, renewed while
 * current, so other graders' nextUngraded() skips it; nextUngraded() claims at once. Claims are
 * released on switching and on destruction.
 *
 * Undo and redo go back to the command's question and answer first, so the grader sees what
 * changed. setAssignment() clears the undo stack.
 *
 * Gradebook::gradeChanged bursts (another grader, a retroactive rubric edit touching thousands of
 * answers) are coalesced: the models update once per event-loop turn, only the rows that changed.
 *
 * Team grading (gradingsessionteam.cpp): score, extra credit, comment and adjustment changes carry the
 * version the grader saw, and undo/redo the version their own change left. When another grader changed
 * the answer in between, nothing is overwritten: the models re-read the answer and conflictDetected()
 * names the other grader and both values; resolveConflict() keeps theirs or applies this grader's value
 * again. Rubric item toggles never conflict (independent items both survive). Other graders' rubric
 * edits, claims and regrade requests reach the models live (coalesced per event-loop turn). While the
 * gradebook server is unreachable actions fail (errorOccurred, nothing shown as saved); when it is back
 * the session re-reads everything.
 */
class GradingSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GradingSession)

public:
    enum class GroupBy { None, Code, Output };
    Q_ENUM(GroupBy)

    static constexpr int claimLeaseSeconds = 120;
    /// Answers after the current one (queue order) whose content is read right after it.
    static constexpr int prefetchWindow = 5;

    /// `gradebook` and `config` must outlive the session. The grader identity is config.grader.
    GradingSession(Services::Gradebook *gradebook, const Services::CourseConfig &config, QObject *parent = nullptr);
    ~GradingSession() override;

    QuestionListModel *questions() const;
    AnswerQueueModel *answers() const;          ///< Every answer of the current question, stable order.
    AnswerFilterModel *filteredAnswers() const; ///< What the queue view shows (filters below).
    RubricModel *rubric() const;
    QUndoStack *undoStack() const;

    QString grader() const;

    /// Optional (not owned; null to stop): the code cells of the current and prefetched answers are
    /// requested from it as soon as they are read, so highlighting them later is a cache hit. To hit
    /// the cache, request each code cell's `source` of QuestionAnswer::answer and ::tests with
    /// currentLanguage(). The session's request keys start with "prefetch:"; it ignores the replies, and so
    /// should other listeners.
    void setHighlighter(Services::SyntaxHighlighter *highlighter);

    /// Loads the assignment's questions (no current question yet). Returns false on error.
    bool setAssignment(const QString &assignmentName);
    QString assignment() const;
    /// Switches to the question (a graded cell id); loads its answers and rubric, makes the first
    /// answer of the filtered queue current.
    bool setQuestion(qint64 cellId);
    qint64 question() const;
    std::optional<Services::QuestionRecord> questionRecord() const;

    /// Current answer as a row of filteredAnswers(); -1 when none.
    int currentRow() const;
    /// Makes the answer at this filteredAnswers() row current (out of range: no current answer).
    void setCurrentRow(int filteredRow);
    std::optional<Services::AnswerRecord> currentAnswer() const;
    /// The current answer's cells if already loaded (answerContentReady fires when they arrive).
    std::optional<Services::QuestionAnswer> currentContent() const;
    /// The notebook language of the current answer's content ("python" when unknown), for highlighting.
    QString currentLanguage() const;

    // Navigation. Each returns false when there is nowhere to go.
    bool next();
    bool previous();
    /// The next answer (after the current one, wrapping) that is not graded and not claimed by
    /// another grader.
    bool nextUngraded();
    /// Makes the answer of the student current (clears filters that hide it). Matches the student id
    /// or, in anonymous mode, the pseudonym.
    bool jumpToStudent(const QString &studentIdOrPseudonym);

    // Queue order and anonymity.
    void setShuffled(bool shuffled); ///< Shuffled with a seed from the grader identity: stable per grader.
    bool isShuffled() const;
    /// On by default. Turning it off shows every name and is audited ("reveal_all_names" on the
    /// assignment); when the audit cannot be written it stays on (errorOccurred).
    void setAnonymous(bool anonymous);
    bool isAnonymous() const;
    /// Shows the current student's real name in anonymous mode and records "reveal_name" in the audit
    /// log (refused with errorOccurred when that fails). The queue's row emits dataChanged; there is no
    /// currentAnswerChanged.
    void revealCurrentName();
    /// Pseudonym or (revealed / non-anonymous) name of a student.
    QString displayName(const QString &studentId) const;

    // Grouping (GroupBy::None by default).
    void setGroupBy(GroupBy groupBy);
    GroupBy groupBy() const;
    /// Answers in the current answer's group as of now (only itself when ungrouped, split, or not
    /// loaded yet). Group actions use exactly these; answers that join the group later are untouched.
    QList<Services::AnswerKey> currentGroup() const;
    /// Splits the current answer out of its group (durable, undoable).
    void splitCurrentFromGroup();

    // Grading actions on the current answer; `wholeGroup` applies to currentGroup() in one step.
    /// Toggles the rubric item with this shortcut ("1".."9", "0", letters); false when none matches.
    bool toggleItemByShortcut(const QString &shortcut, bool wholeGroup = false);
    void setItemApplied(qint64 itemId, bool applied, bool wholeGroup = false);
    void setAdjustment(std::optional<double> points, const QString &reason);
    void setComment(const QString &comment);
    /// Confirms the current answer as graded with the rubric as it stands (e.g. no deductions).
    void confirmGraded(bool wholeGroup = false);
    void setFlagged(bool flagged);
    /// Sets a plain manual score (questions graded without a rubric); nullopt clears it.
    void setManualScore(std::optional<double> score);
    void setExtraCredit(std::optional<double> points);

    // Rubric editing (retroactive; undoable).
    void addRubricItem(const Services::RubricItemRecord &item);
    void updateRubricItem(const Services::RubricItemRecord &item);
    /// How many answers would change if the item were deleted (ask before deleteRubricItem).
    int rubricItemUsage(qint64 itemId) const;
    void deleteRubricItem(qint64 itemId);
    void moveRubricItem(qint64 itemId, int newPosition);
    void setQuestionSettings(const Services::QuestionSettings &settings);
    Services::QuestionSettings questionSettings() const;
    /// Replaces nothing: appends the items of another question. A shortcut already used here is
    /// dropped (the item is kept). One undo step.
    void importRubricFrom(qint64 otherCellId);
    /// Applies the file's scoring settings and appends its items (shortcut clashes as above); one undo step.
    bool importRubricYaml(const QString &path);
    bool exportRubricYaml(const QString &path) const;

    /// Re-reads answers and claims of the current question from the gradebook (another grader's work).
    void refresh();

    // Team grading.
    /// The latest conflict still waiting for the grader's choice (a newer one replaces it).
    std::optional<GradingConflict> pendingConflict() const;
    /// Settles pendingConflict(): `useMine` applies this grader's value again over the stored one (a new
    /// undoable action, or the undo/redo once more); otherwise the stored value stays. No-op without one.
    void resolveConflict(bool useMine);
    /// False while the gradebook server is unreachable (always true for SQLite).
    bool isConnected() const;
    /// The current answer's audit history (grade, comment, regrade requests), oldest first.
    Services::Result<QList<Services::AuditEvent>> currentAnswerHistory() const;

signals:
    void assignmentChanged();
    void questionChanged();
    void currentAnswerChanged();
    /// The current answer's cells are available (currentContent()). Follows every currentAnswerChanged
    /// with an answer exactly once: within the same call when the content was already loaded
    /// (prefetched), else when the background read finishes. A notebook that cannot be read gives
    /// errorOccurred and then this signal with a content whose `found` is false.
    void answerContentReady();
    /// Answer-group sizes changed (more answers loaded or a split).
    void groupsChanged();
    /// Background loading of the question's answers: `loaded` of `total`.
    void loadingProgress(int loaded, int total);
    void errorOccurred(const QString &what, const Services::ServiceError &error);
    /// Another grader changed what this grader just tried to change; the models show what is stored.
    /// Answer with resolveConflict().
    void conflictDetected(const GradeDesk::Models::GradingConflict &conflict);
    /// The gradebook server went away (false) or is back (true; the models were re-read).
    void connectionStateChanged(bool connected);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace GradeDesk::Models
