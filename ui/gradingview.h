// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gradingkeymap.h"
#include "regrades/audithistoryview.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QAction;
class QLabel;
class QSplitter;
class QUndoGroup;

namespace GradeDesk::Models {
class GradingSession;
struct GradingConflict;
} // namespace GradeDesk::Models

namespace GradeDesk::Services {
class Gradebook;
class SyntaxHighlighter;
struct CourseConfig;
struct ServiceError;
} // namespace GradeDesk::Services

namespace GradeDesk::Ui {

class AnswerPane;
class GradingHelpOverlay;
class GradingQueuePanel;
class RubricEditorDialog;
class RubricPanel;
class StatisticsDialog;

/**
 * @brief "Grade by question": one question of the selected assignment across every submission.
 *
 * Left the question picker and the answer queue, centre the answer, right the rubric. Keyboard
 * first: single keys (GradingKeyMap) act on the current answer wherever the focus is inside the
 * view, except in a text field, where they are typed. Every action is durable at once and undoable
 * (undoAction()/redoAction(), Ctrl+Z / Ctrl+Shift+Z).
 *
 * Team grading: when another grader changed what this grader just changed, a dialog names them and
 * shows both values ("Keep Theirs" / "Use Mine"); History (Ctrl+H) shows the current answer's audit
 * trail and follows the current answer.
 *
 * The window hands over the course (setCourse) and the selected assignment; the view loads it only
 * while it is shown, so the submissions page never pays for it. Choices (filter, grouping,
 * anonymity, shuffle, prompt collapsed, layout) and the last question per assignment are stored
 * in QSettings.
 */
class GradingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GradingView)

public:
    explicit GradingView(QWidget *parent = nullptr);
    ~GradingView() override;

    /// Opens the course's grading session; `gradebook`, `config` and `highlighter` must outlive it
    /// (clearCourse() before they go).
    void setCourse(Services::Gradebook *gradebook, const Services::CourseConfig &config,
                   Services::SyntaxHighlighter *highlighter);
    /// Closes the session (releases this grader's claims).
    void clearCourse();
    /// The assignment to grade (an nbgrader name); loaded when the view is shown.
    void setAssignment(const QString &assignment);
    /// The window's assignment list, for the view's own assignment picker.
    void setAssignmentModel(QAbstractItemModel *model);

    Models::GradingSession *session() const { return m_session.get(); }

    GradingQueuePanel *queuePanel() const { return m_queue; }

    AnswerPane *answerPane() const { return m_answerPane; }

    RubricPanel *rubricPanel() const { return m_rubricPanel; }

    /// The open rubric editor / statistics dialog, if any.
    RubricEditorDialog *rubricEditor() const;
    StatisticsDialog *statisticsDialog() const;

    QAction *undoAction() const { return m_undoAction; }

    QAction *redoAction() const { return m_redoAction; }

    QAction *historyAction() const { return m_historyAction; }

    /// The open conflict question (objectName "conflictDialog") / answer history, if any.
    QMessageBox *conflictDialog() const;
    QDialog *historyDialog() const;
    AuditHistoryView *historyView() const;
    /// Shows the current answer's history (grade, comment, regrade requests) in a non-modal window.
    void openHistory();

    /// Runs one grading key's action (what the key map found for a key press).
    void execute(const GradingKeyPress &press);

    /// Re-reads the current question's answers (after a collect or an explicit reload).
    void refresh();
    /// Gives the keyboard to the answer queue.
    void focusQueue();

    void openRubricEditor();
    void openStatistics();
    void toggleHelp();
    bool isHelpVisible() const;

    void saveState() const;
    void restoreState();

signals:
    /// The grader picked another assignment in the view (the window selects it everywhere).
    void assignmentChosen(const QString &name);
    void errorOccurred(const QString &what, const Services::ServiceError &error);
    /// Short feedback for the status bar ("Every answer is graded").
    void statusMessage(const QString &message);
    void externalLinkRequested(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void loadPendingAssignment();
    void chooseQuestion(qint64 cellId);
    void onQuestionChanged();
    void onCurrentAnswerChanged();
    void updateHeader();
    void showContent();
    void confirmAndNext(bool wholeGroup);
    void revealName();
    void returnFromDialog();
    void confirmAnonymousOff();
    void navigate(bool (Models::GradingSession::*step)(), const QString &atEnd);
    void showConflict(const Models::GradingConflict &conflict);
    void updateHistory();

    std::unique_ptr<Models::GradingSession> m_session;
    Services::Gradebook *m_gradebook = nullptr;
    QPointer<Services::SyntaxHighlighter> m_highlighter;
    QString m_courseFile;
    QString m_pendingAssignment;

    QSplitter *m_splitter;
    GradingQueuePanel *m_queue;
    AnswerPane *m_answerPane;
    RubricPanel *m_rubricPanel;
    QLabel *m_hintLabel;
    GradingHelpOverlay *m_help;
    QUndoGroup *m_undoGroup;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_historyAction;
    QPointer<QMessageBox> m_conflictDialog;
    QPointer<QDialog> m_historyDialog;
    QPointer<AuditHistoryView> m_historyView;
    QPointer<RubricEditorDialog> m_rubricEditor;
    QPointer<StatisticsDialog> m_statistics;
    bool m_filterInstalled = false;
};

} // namespace GradeDesk::Ui
