// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QChartView;
class QLabel;
class QTabWidget;

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
 * Three tabs (Qt Charts): the question's score histogram with mean and median, how many answers
 * have each rubric item, and the distribution of the assignment's total scores.
 */
class StatisticsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsDialog)

public:
    /// `session` (with a current question) and `gradebook` are not owned.
    StatisticsDialog(Models::GradingSession *session, Services::Gradebook *gradebook, QWidget *parent = nullptr);
    ~StatisticsDialog() override;

    /// The summary lines of the three tabs (question, rubric, assignment), for tests.
    QStringList summaries() const;

    /// Histogram bar heights of the question tab, lowest bin first.
    QList<int> questionHistogram() const { return m_questionBins; }

private:
    QWidget *questionTab();
    QWidget *rubricTab();
    QWidget *assignmentTab(Services::Gradebook *gradebook);

    QPointer<Models::GradingSession> m_session;
    QTabWidget *m_tabs;
    QList<QLabel *> m_summaries;
    QList<int> m_questionBins;
};

} // namespace GradeDesk::Ui
