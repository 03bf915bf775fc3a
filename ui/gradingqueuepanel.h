// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTreeView;

namespace GradeDesk::Models {
class GradingSession;
}

namespace GradeDesk::Ui {

class RegradeMarkDelegate;

/**
 * @brief The left side of the grading view: the question picker above the answer queue.
 *
 * The picker lists the assignment's questions with a progress bar (graded / answers), the
 * answers still waiting for a manual grade and the open regrade requests. The queue shows the
 * current question's answers as the session filters them (one filter: "Regrade requests only"; rows
 * of answers with an open request carry a "Regrade" mark), with the filter, grouping, anonymity and
 * shuffle controls above it and the "jump to student" field. The queue's current row is the
 * session's current answer, both ways.
 */
class GradingQueuePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GradingQueuePanel)

public:
    explicit GradingQueuePanel(QWidget *parent = nullptr);
    ~GradingQueuePanel() override;

    /// `session` is not owned; null detaches.
    void setSession(Models::GradingSession *session);
    /// The window's assignment list (NameRole = assignment name), for the assignment picker.
    void setAssignmentModel(QAbstractItemModel *model);
    /// Shows `name` in the assignment picker.
    void setCurrentAssignment(const QString &name);

    /// Selects the session's question and current answer in the views.
    void syncQuestion();
    void syncCurrentAnswer();
    /// Rebuilds the "has item" filter entries after the rubric changed.
    void updateFilterChoices();
    void updateProgress();
    void setLoadingProgress(int loaded, int total);

    /// Restores the controls' stored choices (but anonymity) and applies them to the session.
    void restoreChoices();
    /// After an assignment is loaded: anonymous unless the grader turned it off (audited again).
    void applyStoredAnonymity();
    /// Stores filter, grouping and shuffle (anonymity only changes through saveAnonymity()).
    void saveChoices() const;
    /// Stores the session's anonymity: only after the grader changed it.
    void saveAnonymity() const;

    void focusQueue();
    void focusJump();

    QTreeView *questionView() const { return m_questionView; }

    QTableView *queueView() const { return m_queueView; }

    QLineEdit *jumpEdit() const { return m_jumpEdit; }

    QComboBox *filterCombo() const { return m_filterCombo; }

    QCheckBox *anonymousCheck() const { return m_anonymousCheck; }

    QByteArray saveSplitterState() const;
    void restoreSplitterState(const QByteArray &state);

signals:
    /// The grader picked another assignment in the picker.
    void assignmentChosen(const QString &name);
    /// The grader picked another question (a graded cell id).
    void questionChosen(qint64 cellId);
    /// The grader chose an answer in the queue (a row of the session's filteredAnswers()).
    void answerChosen(int filteredRow);
    /// A "jump to student" found nobody (the text typed).
    void jumpFailed(const QString &text);
    /// The grader turned anonymity off (the caller asks and audits).
    void anonymousOffRequested();

private:
    void applyFilter();
    void onJump();
    void updateJumpCompleter();

    QPointer<Models::GradingSession> m_session;
    QSplitter *m_splitter;
    QComboBox *m_assignmentCombo;
    QTreeView *m_questionView;
    QLabel *m_questionProgressLabel;
    QComboBox *m_filterCombo;
    QComboBox *m_groupCombo;
    QCheckBox *m_anonymousCheck;
    QCheckBox *m_shuffleCheck;
    QLineEdit *m_jumpEdit;
    QTableView *m_queueView;
    QLabel *m_queueLabel;
    QLabel *m_loadingLabel;
    RegradeMarkDelegate *m_regradeMark;
    bool m_syncing = false;
    bool m_progressQueued = false;
};

} // namespace GradeDesk::Ui
