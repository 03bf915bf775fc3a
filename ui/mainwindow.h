// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QMainWindow>
#include <QPointer>

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
class CanvasTokenStore;
class CourseSession;
class SubmissionTableModel;
} // namespace GradeDesk::Models

namespace GradeDesk::Services {
class SyntaxHighlighter;
struct CourseConfig;
struct ServiceError;
} // namespace GradeDesk::Services

namespace GradeDesk::Ui {

class CollectProgress;
class AutogradeActions;
class RegradeActions;
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
 *
 * A course with a PostgreSQL gradebook opens with the password from the system keychain; without one
 * (or when the server refuses it) the window asks for it, offering to save it in the keychain. While
 * the gradebook server is unreachable a banner says that nothing is saved, until it is back.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Submissions, Grading };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `courseFile` (course.yaml) and restores its last selection; errors go to the banner. A
    /// PostgreSQL course opens asynchronously (keychain, maybe a password question): true means started.
    bool openCourse(const QString &courseFile);
    /// Reopens the most recently used course, if there is one and it still exists.
    bool openMostRecentCourse();
    /**
     * File ▸ Open Course…: a window without a course opens `courseFile` itself; a window that shows a
     * course keeps it and opens `courseFile` in a new window (deleted on close, with its own
     * CourseSession and the geometry last used for that course). A course already open in a window
     * brings that window forward instead. Returns the window that shows (or opens) the course.
     */
    MainWindow *openCourseWindow(const QString &courseFile);
    void closeCourse();
    /// Starts collecting every assignment's submissions (no-op while one runs).
    void collect();
    /// Writes per-student feedback HTML for the selected assignment into a folder the user picks.
    void exportFeedback();

    Models::CourseSession *session() const { return m_session.get(); }

    bool isCollecting() const;

    MessageBanner *messageBanner() const { return m_banner; }

    /// Shown while the gradebook server is unreachable.
    MessageBanner *connectionBanner() const { return m_connectionBanner; }

    /// Tests: keep the gradebook password in `store` (not owned) instead of the system keychain.
    void setPasswordStore(Models::CanvasTokenStore *store);
    /// The open password question (objectName "gradebookPasswordDialog"), if any.
    QDialog *passwordDialog() const;

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
    /// Geometry, tool bars and splitter per course, so each course's window comes back as it was.
    void saveCourseLayout() const;
    bool restoreCourseLayout(const QString &courseFile);
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
    /// Makes `session` the open course (after the password, if any, was accepted).
    void installCourse(const QString &path, std::unique_ptr<Models::CourseSession> session);
    Models::CanvasTokenStore *passwordStore();
    void openPasswordCourse(const QString &path, const Services::CourseConfig &config);
    /// Opens with `password`; asks again (with `reason`) when the server wants another one.
    void tryPasswordCourse(const QString &path, const Services::CourseConfig &config, const QString &password,
                           bool save, const QString &reason);
    void askPassword(const QString &path, const Services::CourseConfig &config, const QString &reason);
    void onConnectionStateChanged(bool connected);

    std::unique_ptr<Models::CourseSession> m_session;
    Models::AssignmentListModel *m_assignmentModel;
    Models::SubmissionTableModel *m_submissionModel;
    QSortFilterProxyModel *m_submissionProxy;
    Services::SyntaxHighlighter *m_highlighter;

    QStackedWidget *m_pageStack = nullptr;
    GradingView *m_gradingView = nullptr;
    AutogradeActions *m_autogradeActions = nullptr;
    RegradeActions *m_regradeActions = nullptr;
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
    MessageBanner *m_connectionBanner = nullptr;
    Models::CanvasTokenStore *m_passwordStore = nullptr;
    QPointer<QDialog> m_passwordDialog;
    int m_openGeneration = 0; ///< A slow keychain answer for an earlier openCourse() is dropped.
    QLabel *m_statusLabel = nullptr;
    CollectProgress *m_collectProgress = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_closeWindowAction = nullptr;
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
