// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace GradeDesk::Models {
class AssignmentListModel;
class CourseSession;
class SubmissionTableModel;
} // namespace GradeDesk::Models

namespace GradeDesk::Services {
class SyntaxHighlighter;
struct ServiceError;
} // namespace GradeDesk::Services

namespace GradeDesk::Ui {

class CollectProgress;
class AutogradeActions;
class CanvasActions;
class ExchangeActions;
class GradingView;
class MessageBanner;
class SubmissionPane;

/**
 * @brief The grading console, with two pages: "Submissions" (assignments on the left, submissions
 * in the centre, the selected student's notebook on the right) and "Grade by question"
 * (GradingView: one question of the selected assignment across every submission).
 *
 * Keyboard first: Ctrl+G switches pages. On the submissions page Ctrl+1/2/3 focus the three panes,
 * Ctrl+F filters students, Ctrl+J/Ctrl+K move to the next/previous student from anywhere,
 * Ctrl+PgDown/PgUp switch notebooks; Ctrl+R collects on both pages. Window geometry, splitter and
 * column layout, the page, recent courses and the last selection per course live in QSettings
 * (never secrets) and come back on the next start.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Submissions, Grading };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `courseFile` (course.yaml) and restores its last selection; errors go to the banner.
    bool openCourse(const QString &courseFile);
    /// Reopens the most recently used course, if there is one and it still exists.
    bool openMostRecentCourse();
    void closeCourse();
    /// Starts collecting every assignment's submissions (no-op while one runs).
    void collect();
    /// Writes per-student feedback HTML for the selected assignment into a folder the user picks.
    void exportFeedback();

    Models::CourseSession *session() const { return m_session.get(); }

    bool isCollecting() const;

    MessageBanner *messageBanner() const { return m_banner; }

    GradingView *gradingView() const { return m_gradingView; }

    /// The Exchange menu (ngshare connection, roster, release, feedback).
    ExchangeActions *exchangeActions() const { return m_exchangeActions; }

    void setPage(Page page);
    Page page() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createWidgets();
    void restoreWindowState();
    void saveWindowState() const;
    void saveSelection() const;
    void updateRecentMenu();
    void updateActions();
    void updateStatus();
    void updateCentre();
    void chooseCourse();
    void onAssignmentChanged(const QModelIndex &current);
    void onSubmissionChanged(const QModelIndex &current);
    /// Collects once the exchange can (an ngshare exchange first needs the hub token).
    void startCollect();
    void onCollectStopped();
    void stepSubmission(int delta);
    void selectAssignment(const QString &name);
    void showError(const QString &what, const Services::ServiceError &error);
    void confirmExternalLink(const QUrl &url);
    void showAbout();

    std::unique_ptr<Models::CourseSession> m_session;
    Models::AssignmentListModel *m_assignmentModel;
    Models::SubmissionTableModel *m_submissionModel;
    QSortFilterProxyModel *m_submissionProxy;
    Services::SyntaxHighlighter *m_highlighter;

    QStackedWidget *m_pageStack = nullptr;
    GradingView *m_gradingView = nullptr;
    AutogradeActions *m_autogradeActions = nullptr;
    CanvasActions *m_canvasActions = nullptr;
    ExchangeActions *m_exchangeActions = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_courseLabel = nullptr;
    QTreeView *m_assignmentView = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QStackedWidget *m_centreStack = nullptr;
    QLabel *m_centreMessage = nullptr;
    QTableView *m_submissionView = nullptr;
    SubmissionPane *m_submissionPane = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_statusLabel = nullptr;
    CollectProgress *m_collectProgress = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportFeedbackAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_collectAction = nullptr;
    QAction *m_cancelCollectAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_focusAssignmentsAction = nullptr;
    QAction *m_focusSubmissionsAction = nullptr;
    QAction *m_focusNotebookAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_nextSubmissionAction = nullptr;
    QAction *m_previousSubmissionAction = nullptr;
    QAction *m_nextNotebookAction = nullptr;
    QAction *m_previousNotebookAction = nullptr;
    QAction *m_submissionsPageAction = nullptr;
    QAction *m_gradingPageAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace GradeDesk::Ui
