// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/regraderecords.h>

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Ui {

class AuditHistoryView;
class NotebookView;

/**
 * @brief The right side of the Regrades window: one request with everything needed to decide it.
 *
 * Top: who asked about what, the state, where the request came from and the student's message
 * (and the reply once resolved). Tabs: the answer (the question's cells of the student's notebook,
 * or the whole notebook for a whole-submission request), the rubric as applied (items with ticks,
 * adjustment, score) and the full history (AuditHistoryView). Buttons Start Review, Resolve… and
 * Reopen are enabled as the request's state allows; the window acts on their signals.
 */
class RegradeDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegradeDetailPane)

public:
    explicit RegradeDetailPane(QWidget *parent = nullptr);
    ~RegradeDetailPane() override;

    /// `gradebook` is not owned. `courseDirectory` finds the autograded notebooks.
    void setCourse(Services::Gradebook *gradebook, const QString &courseDirectory);
    /// Shows the request; `studentName` as the list shows it (pseudonym or name).
    void showRequest(const Services::RegradeRequestRecord &request, const QString &studentName);
    /// No request: a centred message.
    void clear(const QString &message);

    const std::optional<Services::RegradeRequestRecord> &request() const { return m_request; }

    /// The score of the request's answer (or the submission's total) as stored now, and its maximum.
    std::optional<double> currentScore() const { return m_score; }

    double maxScore() const { return m_maxScore; }

    QPushButton *startReviewButton() const { return m_startButton; }

    QPushButton *resolveButton() const { return m_resolveButton; }

    QPushButton *reopenButton() const { return m_reopenButton; }

    QTabWidget *tabs() const { return m_tabs; }

    NotebookView *answerView() const { return m_answerView; }

    QTreeWidget *rubricTree() const { return m_rubricTree; }

    AuditHistoryView *history() const { return m_history; }

    /// The header lines as shown (tests).
    QString headerText() const;

signals:
    void startReviewRequested();
    void resolveRequested();
    void reopenRequested();

private:
    void showAnswer(const Services::RegradeRequestRecord &request);
    void showQuestionRubric(const Services::RegradeRequestRecord &request);
    void showSubmissionScores(const Services::RegradeRequestRecord &request);
    void showNotebook(const Services::RegradeRequestRecord &request, const QString &notebookPath,
                      const QString &gradeId, qint64 notebookId);
    void updateButtons();

    QPointer<Services::Gradebook> m_gradebook;
    QString m_courseDirectory;
    std::optional<Services::RegradeRequestRecord> m_request;
    std::optional<double> m_score;
    double m_maxScore = 0.0;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QLabel *m_titleLabel;
    QLabel *m_metaLabel;
    QLabel *m_messageLabel;
    QLabel *m_replyLabel;
    QTabWidget *m_tabs;
    NotebookView *m_answerView;
    QTreeWidget *m_rubricTree;
    QLabel *m_scoreLabel;
    AuditHistoryView *m_history;
    QPushButton *m_startButton;
    QPushButton *m_resolveButton;
    QPushButton *m_reopenButton;
};

} // namespace GradeDesk::Ui
