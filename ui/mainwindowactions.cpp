// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// MainWindow's actions and menus, the gradebook password and the connection banner (mainwindow.cpp
// holds the rest).
#include "autogradeactions.h"
#include "canvas/canvasactions.h"
#include "collectprogress.h"
#include "exchange/exchangeactions.h"
#include "gradingkeymap.h"
#include "gradingview.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "notebookview.h"
#include "regrades/regradeactions.h"
#include "submissionpane.h"
#include "uisettings.h"
#include "userprompt.h"

#include <models/assignmentlistmodel.h>
#include <models/canvas/canvastokenstore.h>
#include <models/coursesession.h>
#include <models/gradingsession.h>
#include <models/roles.h>
#include <models/submissiontablemodel.h>
#include <services/gradebook/gradebook.h>
#include <services/grading/feedbackhtml.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

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
    m_closeWindowAction =
        make(tr("Close &Window"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), QStringLiteral("closeWindowAction"));
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
    connect(m_closeWindowAction, &QAction::triggered, this, &QWidget::close);
    // One window per open course: Quit closes them all, each saving its layout.
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
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
    file->addAction(m_closeWindowAction);
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
    m_regradeActions = new RegradeActions(this);
    course->addAction(m_regradeActions->regradesAction());
    // "Open in Grading View" from a request: its question, then its student.
    connect(m_regradeActions, &RegradeActions::gradeAnswerRequested, this,
            [this](const QString &assignment, qint64 cellId, const QString &studentId) {
                setPage(Page::Grading);
                m_gradingView->setAssignment(assignment);
                if (Models::GradingSession *grading = m_gradingView->session(); grading && cellId != 0) {
                    grading->setQuestion(cellId);
                    grading->jumpToStudent(studentId);
                }
            });
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

void MainWindow::setPasswordStore(Models::CanvasTokenStore *store)
{
    m_passwordStore = store;
}

Models::CanvasTokenStore *MainWindow::passwordStore()
{
    if (!m_passwordStore) {
        m_passwordStore = new Models::CanvasKeychainTokenStore(this);
    }
    return m_passwordStore;
}

QDialog *MainWindow::passwordDialog() const
{
    return m_passwordDialog.data();
}

void MainWindow::openPasswordCourse(const QString &path, const CourseConfig &config)
{
    const int generation = m_openGeneration;
    statusBar()->showMessage(tr("Reading the gradebook password from the keychain…"));
    passwordStore()->read(Models::CourseSession::passwordKey(config), this,
                          [this, generation, path, config](const Result<QString> &password) {
                              if (generation != m_openGeneration) {
                                  return; // another course was opened meanwhile
                              }
                              statusBar()->clearMessage();
                              if (password) {
                                  tryPasswordCourse(path, config, password.value(), false, {});
                                  return;
                              }
                              // Nothing stored: the server may not want one (trust or peer authentication).
                              const QString reason =
                                  password.error().kind == ServiceError::Kind::NotFound
                                      ? QString()
                                      : tr("The keychain could not be read: %1").arg(password.error().message);
                              tryPasswordCourse(path, config, QString(), false, reason);
                          });
}

void MainWindow::tryPasswordCourse(const QString &path, const CourseConfig &config, const QString &password, bool save,
                                   const QString &reason)
{
    auto session = Models::CourseSession::open(path, password);
    if (!session) {
        if (Models::CourseSession::isPasswordError(session.error())) {
            askPassword(path, config,
                        password.isEmpty() ? reason : tr("The server refused this password. Check it and try again."));
            return;
        }
        showError(tr("The course “%1” could not be opened.").arg(QDir::toNativeSeparators(path)), session.error());
        return;
    }
    installCourse(path, std::move(session).value());
    if (!save || password.isEmpty()) {
        return;
    }
    passwordStore()->write(
        Models::CourseSession::passwordKey(config), password, this, [this](const Result<void> &stored) {
            if (stored) {
                statusBar()->showMessage(tr("The gradebook password is stored in the system keychain."), 6'000);
                return;
            }
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("The gradebook password could not be stored in the keychain: %1\nGradeDesk "
                                     "uses it until it quits and asks again next time.")
                                      .arg(stored.error().message));
        });
}

void MainWindow::askPassword(const QString &path, const CourseConfig &config, const QString &reason)
{
    delete m_passwordDialog;
    auto *dialog = new QDialog(this);
    m_passwordDialog = dialog;
    dialog->setObjectName(QStringLiteral("gradebookPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Gradebook Password"));
    const QString server = config.gradebook.host.startsWith(QLatin1Char('/'))
                               ? tr("this computer")
                               : QStringLiteral("%1:%2").arg(config.gradebook.host).arg(config.gradebook.port);
    auto *intro = new QLabel(tr("The gradebook of %1 is the PostgreSQL database “%2” on %3. Enter the password of "
                                "the database user “%4” to open it.")
                                 .arg(config.title.isEmpty() ? config.id : config.title, config.gradebook.database,
                                      server, config.gradebook.user),
                             dialog);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *reasonLabel = new QLabel(reason, dialog);
    reasonLabel->setObjectName(QStringLiteral("passwordReasonLabel"));
    reasonLabel->setWordWrap(true);
    reasonLabel->setTextFormat(Qt::PlainText);
    reasonLabel->setStyleSheet(QStringLiteral("color: #c53030;"));
    reasonLabel->setVisible(!reason.isEmpty());
    auto *edit = new QLineEdit(dialog);
    edit->setObjectName(QStringLiteral("passwordLineEdit"));
    edit->setEchoMode(QLineEdit::Password);
    auto *save = new QCheckBox(tr("Save in keychain"), dialog);
    save->setObjectName(QStringLiteral("savePasswordCheckBox"));
    save->setChecked(true);
    save->setToolTip(tr("Keep the password in the system keychain, never in files or settings, so GradeDesk does "
                        "not ask again."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Open Course"));
    ok->setEnabled(false);
    connect(edit, &QLineEdit::textChanged, ok, [ok](const QString &text) { ok->setEnabled(!text.isEmpty()); });
    auto *form = new QFormLayout;
    form->addRow(tr("Password:"), edit);
    form->addRow(QString(), save);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(reasonLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);
    const int generation = m_openGeneration;
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, edit, save, path, config, generation] {
        const QString password = edit->text();
        const bool keep = save->isChecked();
        dialog->accept();
        if (generation == m_openGeneration) {
            tryPasswordCourse(path, config, password, keep, {});
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, [this, dialog] {
        dialog->reject();
        statusBar()->showMessage(tr("The course was not opened: its gradebook needs the password."), 8'000);
    });
    dialog->open();
    edit->setFocus();
}

void MainWindow::onConnectionStateChanged(bool connected)
{
    if (!connected) {
        m_connectionBanner->showMessage(MessageBanner::Kind::Error,
                                        tr("Lost the connection to the gradebook server. Changes are not saved until "
                                           "it is back; GradeDesk is reconnecting…"));
        m_connectionBanner->setActionText(tr("Reconnect Now"));
        return;
    }
    m_connectionBanner->hide();
    // What is shown must be what is stored (the grading view's session re-reads itself).
    if (auto result = m_assignmentModel->refresh(); !result) {
        showError(tr("The assignment list could not be updated."), result.error());
    }
    if (auto result = m_submissionModel->refresh(); !result) {
        showError(tr("The submission list could not be updated."), result.error());
    }
    statusBar()->showMessage(tr("The gradebook server is back; everything shown was read again."), 10'000);
}

namespace {

/// A path in a settings key would become nested groups, so a hash of it names the course.
QString courseLayoutKey(const QString &courseFile, const QString &what)
{
    const QByteArray hash =
        QCryptographicHash::hash(QFileInfo(courseFile).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("course-") + QString::fromLatin1(hash.toHex().left(16)) + QLatin1Char('/') + what;
}

} // namespace

MainWindow *MainWindow::openCourseWindow(const QString &courseFile)
{
    if (!m_session) {
        openCourse(courseFile);
        return this;
    }
    const QString path = QFileInfo(courseFile).absoluteFilePath();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && window->m_session && QFileInfo(window->m_session->config().filePath).absoluteFilePath() == path) {
            window->show();
            window->raise();
            window->activateWindow();
            return window;
        }
    }
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->m_passwordStore = m_passwordStore;
    if (!window->restoreCourseLayout(path)) {
        // Without a layout of its own, the new window would cover this one exactly.
        window->resize(size());
        window->move(pos() + QPoint(32, 32));
    }
    window->show();
    window->openCourse(path);
    return window;
}

void MainWindow::saveCourseLayout() const
{
    if (!m_session) {
        return;
    }
    const QString course = m_session->config().filePath;
    UiSettings::setWindowLayout(courseLayoutKey(course, QStringLiteral("geometry")), saveGeometry());
    UiSettings::setWindowLayout(courseLayoutKey(course, QStringLiteral("state")), saveState());
    UiSettings::setWindowLayout(courseLayoutKey(course, QStringLiteral("splitter")), m_splitter->saveState());
}

bool MainWindow::restoreCourseLayout(const QString &courseFile)
{
    const QByteArray geometry = UiSettings::windowLayout(courseLayoutKey(courseFile, QStringLiteral("geometry")));
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        return false;
    }
    restoreState(UiSettings::windowLayout(courseLayoutKey(courseFile, QStringLiteral("state"))));
    m_splitter->restoreState(UiSettings::windowLayout(courseLayoutKey(courseFile, QStringLiteral("splitter"))));
    return true;
}

} // namespace GradeDesk::Ui
