// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QChartView;
class QLabel;
class QTabWidget;
class QTableView;

namespace GradeDesk::Models {
class GradingSession;
}

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Ui {

/**
 * @brief How the current question and its assignment are going, as of opening the dialog.
 *
 * Four tabs: the question's score histogram with mean and median, how many answers have each rubric
 * item, the distribution of the assignment's total scores (Qt Charts), and per grader of the
 * assignment the answers graded, the actions recorded and the last action (Gradebook::graderActivity).
 */
class StatisticsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsDialog)

public:
    /// `session` (with a current question) and `gradebook` are not owned.
    StatisticsDialog(Models::GradingSession *session, Services::Gradebook *gradebook, QWidget *parent = nullptr);
    ~StatisticsDialog() override;

    /// The summary lines of the three chart tabs (question, rubric, assignment), for tests.
    QStringList summaries() const;

    /// Histogram bar heights of the question tab, lowest bin first.
    QList<int> questionHistogram() const { return m_questionBins; }

    /// The Graders tab: its summary line and its table (a Models::GraderActivityModel).
    QString graderSummary() const;

    QTableView *graderTable() const { return m_graderTable; }

private:
    QWidget *questionTab();
    QWidget *rubricTab();
    QWidget *assignmentTab(Services::Gradebook *gradebook);
    QWidget *gradersTab(Services::Gradebook *gradebook);

    QPointer<Models::GradingSession> m_session;
    QTabWidget *m_tabs;
    QList<QLabel *> m_summaries;
    QList<int> m_questionBins;
    QTableView *m_graderTable = nullptr;
    QLabel *m_graderSummary = nullptr;
};

} // namespace GradeDesk::Ui
