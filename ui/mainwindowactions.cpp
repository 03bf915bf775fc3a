// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// MainWindow's actions and menus (mainwindow.cpp holds the rest).
#include "autogradeactions.h"
#include "canvas/canvasactions.h"
#include "collectprogress.h"
#include "exchange/exchangeactions.h"
#include "gradingkeymap.h"
#include "gradingview.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "notebookview.h"
#include "submissionpane.h"
#include "uisettings.h"
#include "userprompt.h"

#include <models/assignmentlistmodel.h>
#include <models/coursesession.h>
#include <models/roles.h>
#include <models/submissiontablemodel.h>
#include <services/grading/feedbackhtml.h>

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

namespace GradeDesk::Ui {

using namespace Services;

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &shortcut, const QString &objectName) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setObjectName(objectName);
        addAction(action); // shortcuts work even while the menu bar is hidden
        return action;
    };
    m_openAction = make(tr("&Open Course…"), QKeySequence::Open, QStringLiteral("openCourseAction"));
    m_closeAction = make(tr("&Close Course"), QKeySequence::Close, QStringLiteral("closeCourseAction"));
    m_quitAction = make(tr("&Quit"), QKeySequence::Quit, QStringLiteral("quitAction"));
    m_exportFeedbackAction = make(tr("&Export Feedback…"), {}, QStringLiteral("exportFeedbackAction"));
    m_exportFeedbackAction->setToolTip(
        tr("Write each student's feedback (scores, rubric items, comments) as HTML pages into a folder"));
    m_collectAction =
        make(tr("&Collect Submissions"), QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("collectAction"));
    m_collectAction->setToolTip(tr("Import new and updated submissions from the exchange (Ctrl+R)"));
    m_cancelCollectAction =
        make(tr("C&ancel Collect"), QKeySequence(Qt::Key_Escape), QStringLiteral("cancelCollectAction"));
    m_reloadAction = make(tr("&Reload"), QKeySequence::Refresh, QStringLiteral("reloadAction"));
    m_focusAssignmentsAction =
        make(tr("&Assignments"), QKeySequence(Qt::CTRL | Qt::Key_1), QStringLiteral("focusAssignmentsAction"));
    m_focusSubmissionsAction =
        make(tr("&Submissions"), QKeySequence(Qt::CTRL | Qt::Key_2), QStringLiteral("focusSubmissionsAction"));
    m_focusNotebookAction =
        make(tr("&Notebook"), QKeySequence(Qt::CTRL | Qt::Key_3), QStringLiteral("focusNotebookAction"));
    m_filterAction = make(tr("&Filter Students"), QKeySequence::Find, QStringLiteral("filterAction"));
    m_nextSubmissionAction =
        make(tr("Ne&xt Student"), QKeySequence(Qt::CTRL | Qt::Key_J), QStringLiteral("nextSubmissionAction"));
    m_previousSubmissionAction =
        make(tr("&Previous Student"), QKeySequence(Qt::CTRL | Qt::Key_K), QStringLiteral("previousSubmissionAction"));
    m_nextNotebookAction =
        make(tr("Next Note&book"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), QStringLiteral("nextNotebookAction"));
    m_previousNotebookAction = make(tr("Previous Notebo&ok"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                                    QStringLiteral("previousNotebookAction"));
    m_submissionsPageAction = make(tr("&Submissions"), {}, QStringLiteral("submissionsPageAction"));
    m_gradingPageAction =
        make(tr("&Grade by Question"), QKeySequence(Qt::CTRL | Qt::Key_G), QStringLiteral("gradingPageAction"));
    m_submissionsPageAction->setCheckable(true);
    m_gradingPageAction->setCheckable(true);
    m_gradingPageAction->setToolTip(tr("Grade one question across all submissions (Ctrl+G switches back)"));
    m_aboutAction = make(tr("&About GradeDesk"), {}, QStringLiteral("aboutAction"));

    m_openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_collectAction->setIcon(QIcon::fromTheme(QStringLiteral("mail-receive")));
    m_reloadAction->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));

    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseCourse);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeCourse);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_exportFeedbackAction, &QAction::triggered, this, &MainWindow::exportFeedback);
    connect(m_collectAction, &QAction::triggered, this, &MainWindow::collect);
    connect(m_cancelCollectAction, &QAction::triggered, this, [this] { m_collectProgress->cancel(); });
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        if (auto result = m_assignmentModel->refresh(); !result) {
            showError(tr("The assignment list could not be reloaded."), result.error());
        }
        if (auto result = m_submissionModel->refresh(); !result) {
            showError(tr("The submission list could not be reloaded."), result.error());
        }
        m_gradingView->refresh();
    });
    connect(m_submissionsPageAction, &QAction::triggered, this, [this] { setPage(Page::Submissions); });
    // Ctrl+G toggles: from the grading page it goes back to the submissions.
    connect(m_gradingPageAction, &QAction::triggered, this,
            [this](bool checked) { setPage(checked ? Page::Grading : Page::Submissions); });
    connect(m_focusAssignmentsAction, &QAction::triggered, this, [this] { m_assignmentView->setFocus(); });
    connect(m_focusSubmissionsAction, &QAction::triggered, this, [this] { m_submissionView->setFocus(); });
    connect(m_focusNotebookAction, &QAction::triggered, this, [this] { m_submissionPane->notebookView()->setFocus(); });
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    connect(m_nextSubmissionAction, &QAction::triggered, this, [this] { stepSubmission(1); });
    connect(m_previousSubmissionAction, &QAction::triggered, this, [this] { stepSubmission(-1); });
    connect(m_nextNotebookAction, &QAction::triggered, this, [this] { m_submissionPane->stepNotebook(1); });
    connect(m_previousNotebookAction, &QAction::triggered, this, [this] { m_submissionPane->stepNotebook(-1); });
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_exportFeedbackAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_gradingView->undoAction());
    edit->addAction(m_gradingView->redoAction());
    // Undo shows what it undid: on the grading page, at the answer it changed.
    for (QAction *action : {m_gradingView->undoAction(), m_gradingView->redoAction()}) {
        connect(action, &QAction::triggered, this, [this] { setPage(Page::Grading); });
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_submissionsPageAction);
    view->addAction(m_gradingPageAction);

    QMenu *course = menuBar()->addMenu(tr("&Course"));
    course->addAction(m_collectAction);
    course->addAction(m_cancelCollectAction);
    // Autograde-all: its own window with the live dashboard; committed scores reload the lists.
    m_autogradeActions = new AutogradeActions(this);
    course->addAction(m_autogradeActions->autogradeAction());
    connect(m_autogradeActions, &AutogradeActions::gradesCommitted, m_reloadAction, &QAction::trigger);
    course->addAction(m_reloadAction);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_focusAssignmentsAction);
    go->addAction(m_focusSubmissionsAction);
    go->addAction(m_focusNotebookAction);
    go->addSeparator();
    go->addAction(m_filterAction);
    go->addAction(m_nextSubmissionAction);
    go->addAction(m_previousSubmissionAction);
    go->addAction(m_nextNotebookAction);
    go->addAction(m_previousNotebookAction);

    // The grading keys are single keys the view reads itself (never while typing): the menu names
    // them after a tab, which QMenu shows as the shortcut without registering one.
    QMenu *grade = menuBar()->addMenu(tr("G&rade"));
    grade->setObjectName(QStringLiteral("gradeMenu"));
    const auto addGradingEntry = [this, grade](const QString &text, GradingCommand command) {
        const QString key = GradingKeyMap::keyLabel(command);
        QAction *action = grade->addAction(key.isEmpty() ? text : text + QLatin1Char('\t') + key);
        connect(action, &QAction::triggered, this, [this, command] {
            setPage(Page::Grading);
            m_gradingView->execute({command, QString(), false});
        });
    };
    addGradingEntry(tr("Confirm and Next Ungraded"), GradingCommand::Confirm);
    addGradingEntry(tr("Next Answer"), GradingCommand::Next);
    addGradingEntry(tr("Previous Answer"), GradingCommand::Previous);
    addGradingEntry(tr("Next Ungraded Answer"), GradingCommand::NextUngraded);
    addGradingEntry(tr("Jump to Student…"), GradingCommand::JumpToStudent);
    grade->addSeparator();
    addGradingEntry(tr("Flag for Review"), GradingCommand::Flag);
    addGradingEntry(tr("Comment"), GradingCommand::FocusComment);
    addGradingEntry(tr("Adjust Points"), GradingCommand::FocusAdjustment);
    addGradingEntry(tr("Reveal Student Name…"), GradingCommand::RevealName);
    addGradingEntry(tr("Split Answer from Its Group"), GradingCommand::SplitFromGroup);
    grade->addSeparator();
    addGradingEntry(tr("Edit Rubric…"), GradingCommand::EditRubric);
    addGradingEntry(tr("Statistics…"), GradingCommand::Statistics);
    addGradingEntry(tr("Grading Keys"), GradingCommand::Help);

    // Exchange: the ngshare connection, roster, release and feedback (its own menu and dialogs).
    m_exchangeActions = new ExchangeActions(this);
    menuBar()->addMenu(m_exchangeActions->menu());

    // Canvas: connect, import the roster, push grades (its own menu and dialogs).
    m_canvasActions = new CanvasActions(this);
    menuBar()->addMenu(m_canvasActions->menu());
    connect(m_canvasActions, &CanvasActions::rosterImported, m_reloadAction, &QAction::trigger);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_collectAction);
    toolBar->addAction(m_reloadAction);
    toolBar->addSeparator();
    toolBar->addAction(m_submissionsPageAction);
    toolBar->addAction(m_gradingPageAction);
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    m_closeAction->setEnabled(open && !isCollecting());
    m_collectAction->setEnabled(open && !isCollecting());
    m_cancelCollectAction->setEnabled(isCollecting());
    m_reloadAction->setEnabled(open);
    m_exportFeedbackAction->setEnabled(open && m_assignmentView->currentIndex().isValid());
    m_filterAction->setEnabled(open);
    m_filterEdit->setEnabled(open);
    m_openAction->setEnabled(!isCollecting());
    m_recentMenu->setEnabled(!isCollecting());
    // The submissions page's navigation keys would act on hidden widgets while grading.
    const bool submissions = page() == Page::Submissions;
    for (QAction *action :
         {m_focusAssignmentsAction, m_focusSubmissionsAction, m_focusNotebookAction, m_nextSubmissionAction,
          m_previousSubmissionAction, m_nextNotebookAction, m_previousNotebookAction}) {
        action->setEnabled(submissions);
    }
    m_filterAction->setEnabled(open && submissions);
}

void MainWindow::exportFeedback()
{
    const QModelIndex assignment = m_assignmentView->currentIndex();
    if (!m_session || !assignment.isValid()) {
        return;
    }
    const QString name = assignment.data(Models::NameRole).toString();
    const QString folder = UserPrompt::directory(this, tr("Export Feedback for %1").arg(name));
    if (folder.isEmpty()) {
        return;
    }
    // The gradebook's connection belongs to this thread: the export runs here, behind a wait cursor.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QStringList> written = FeedbackHtml::generate(
        *m_session->gradebook(), m_session->config().courseDirectory(), m_session->displayTitle(), name, folder);
    QApplication::restoreOverrideCursor();
    if (!written) {
        showError(tr("The feedback for %1 could not be written.").arg(name), written.error());
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("Feedback for %1: %2 pages written to %3 (one folder per student).")
                              .arg(name)
                              .arg(written.value().size())
                              .arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::setPage(Page page)
{
    m_pageStack->setCurrentIndex(page == Page::Grading ? 1 : 0);
    m_submissionsPageAction->setChecked(page == Page::Submissions);
    m_gradingPageAction->setChecked(page == Page::Grading);
    updateActions();
    if (page == Page::Grading) {
        m_gradingView->focusQueue();
    } else {
        m_submissionView->setFocus();
    }
}

MainWindow::Page MainWindow::page() const
{
    return m_pageStack->currentIndex() == 1 ? Page::Grading : Page::Submissions;
}

void MainWindow::confirmExternalLink(const QUrl &url)
{
    const auto answer = QMessageBox::question(
        this, tr("Open Link"),
        tr("The notebook links to\n%1\n\nOpen it in your web browser? Links in student work can lead anywhere.")
            .arg(url.toDisplayString()));
    if (answer == QMessageBox::Yes) {
        QDesktopServices::openUrl(url);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About GradeDesk"),
                       tr("<h3>GradeDesk %1</h3><p>A grading console for Jupyter-notebook courses "
                          "(nbgrader layout).</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = UiSettings::recentCourses();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
            QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QLatin1String("&&"))));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openCourse(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent courses"))->setEnabled(false);
    }
}

} // namespace GradeDesk::Ui
