// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/grading/autogradetypes.h>

#include <QPointer>
#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace GradeDesk::Services {
struct CourseConfig;
}

namespace GradeDesk::Models {
class AutogradeEventModel;
class AutogradeSession;
class AutogradeTaskFilterModel;
class AutogradeTaskModel;
struct AutogradeStartOptions;
} // namespace GradeDesk::Models

namespace GradeDesk::Ui {

class AutogradeDetailPane;
class AutogradeStartPanel;

/**
 * @brief The Autograde dashboard: a start panel, then the live run of one assignment.
 *
 * The run page shows a count per state (each a toggle that filters the table), a progress bar with
 * the ETA and Cancel, the table of submissions, the selected submission's result and log, the run
 * and cluster events, Retry Failed and Review Changes. Closing the window while a run goes on only
 * hides it: the run continues and opening the window again shows it. Splitter sizes, the table's
 * columns and the window geometry are kept in UiSettings.
 *
 * The session is not owned; the window follows it until it is destroyed.
 */
class AutogradeWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutogradeWindow)

public:
    AutogradeWindow(Models::AutogradeSession *session, const Services::CourseConfig &config, QWidget *parent = nullptr);
    ~AutogradeWindow() override;

    /// Shows the start panel with `assignment` chosen (unless a run is going on: then the run).
    void prepare(const QString &assignment);
    /// Starts a run with the start panel's fields (what its Start button does).
    void startFromPanel();

    AutogradeStartPanel *startPanel() const { return m_startPanel; }

    AutogradeDetailPane *detailPane() const { return m_detailPane; }

    QTableView *taskView() const { return m_taskView; }

    Models::AutogradeTaskFilterModel *filterModel() const { return m_filterModel; }

    bool isShowingRun() const;

signals:
    /// The user asked to review the run's score changes (the actions open the review dialog).
    void reviewRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createRunPage();
    void start(const Models::AutogradeStartOptions &options);
    void showRunPage();
    void showStartPage();
    void updateCounts();
    void updateProgress();
    void updateButtons();
    void updateFilter();
    void onRunningChanged(bool running);
    void onRunFailed(const QString &message);
    void onTaskChanged(int index);
    void onCurrentChanged();
    void tick();
    void saveLayout() const;
    void restoreLayout();

    QPointer<Models::AutogradeSession> m_session;
    Models::AutogradeTaskModel *m_taskModel;
    Models::AutogradeTaskFilterModel *m_filterModel;
    Models::AutogradeEventModel *m_eventModel;
    QStackedWidget *m_pages;
    AutogradeStartPanel *m_startPanel;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    std::array<QToolButton *, 6> m_stateButtons{};
    QLineEdit *m_studentFilterEdit = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_tableSplitter = nullptr;
    QTableView *m_taskView = nullptr;
    AutogradeDetailPane *m_detailPane = nullptr;
    QListView *m_eventView = nullptr;
    QPushButton *m_newRunButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QTimer *m_ticker;
};

} // namespace GradeDesk::Ui
