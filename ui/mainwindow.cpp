// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "autogradeactions.h"
#include "canvas/canvasactions.h"
#include "collectprogress.h"
#include "exchange/exchangeactions.h"
#include "exchange/exchangedialogsupport.h"
#include "gradingview.h"
#include "messagebanner.h"
#include "notebookview.h"
#include "regrades/regradeactions.h"
#include "submissionpane.h"
#include "uilogging.h"
#include "uisettings.h"

#include <models/assignmentlistmodel.h>
#include <models/coursesession.h>
#include <models/roles.h>
#include <models/submissiontablemodel.h>
#include <services/exchange/exchange.h>
#include <services/gradebook/gradebook.h>
#include <services/highlight/syntaxhighlighter.h>

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using namespace Services;
using Models::AssignmentListModel;
using Models::SubmissionTableModel;

namespace {

QWidget *withMargins(QWidget *child, QWidget *header, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    if (header) {
        layout->addWidget(header);
    }
    layout->addWidget(child, 1);
    return box;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_assignmentModel(new AssignmentListModel(this))
    , m_submissionModel(new SubmissionTableModel(this))
    , m_submissionProxy(new QSortFilterProxyModel(this))
    , m_highlighter(new SyntaxHighlighter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("GradeDesk"));
    m_submissionProxy->setSourceModel(m_submissionModel);
    m_submissionProxy->setSortRole(Models::RawValueRole);
    m_submissionProxy->setFilterKeyColumn(-1);
    m_submissionProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_submissionProxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    createActions();
    createWidgets();
    createMenus();
    restoreWindowState();
    updateRecentMenu();
    updateCentre();
    updateActions();
    updateStatus();

    connect(m_assignmentModel, &AssignmentListModel::countsChanged, this, &MainWindow::updateStatus);
    connect(m_assignmentModel, &AssignmentListModel::refreshFailed, this,
            [this](const ServiceError &error) { showError(tr("The assignment list could not be updated."), error); });
    connect(m_submissionModel, &SubmissionTableModel::refreshFailed, this,
            [this](const ServiceError &error) { showError(tr("The submission list could not be updated."), error); });
    connect(m_submissionProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCentre);
    connect(m_submissionProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCentre);
    connect(m_submissionProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCentre);
}

MainWindow::~MainWindow()
{
    // The grading session releases its claims in the gradebook: close it while the gradebook exists.
    m_gradingView->clearCourse();
    // Views and models refer to the session's gradebook: detach them before it goes.
    m_submissionModel->clear();
    std::ignore = m_assignmentModel->setGradebook(nullptr);
}

void MainWindow::createWidgets()
{
    m_courseLabel = new QLabel(this);
    m_courseLabel->setObjectName(QStringLiteral("courseLabel"));
    m_courseLabel->setTextFormat(Qt::PlainText);
    m_courseLabel->setWordWrap(true);
    QFont courseFont = m_courseLabel->font();
    courseFont.setBold(true);
    m_courseLabel->setFont(courseFont);
    m_courseLabel->setContentsMargins(4, 0, 4, 0);

    m_assignmentView = new QTreeView(this);
    m_assignmentView->setObjectName(QStringLiteral("assignmentTreeView"));
    m_assignmentView->setModel(m_assignmentModel);
    m_assignmentView->setRootIsDecorated(false);
    m_assignmentView->setUniformRowHeights(true);
    m_assignmentView->setAllColumnsShowFocus(true);
    m_assignmentView->header()->setStretchLastSection(false);
    m_assignmentView->header()->setSectionResizeMode(AssignmentListModel::NameColumn, QHeaderView::Stretch);
    m_assignmentView->header()->setSectionResizeMode(AssignmentListModel::SubmissionsColumn,
                                                     QHeaderView::ResizeToContents);
    m_assignmentView->header()->setSectionResizeMode(AssignmentListModel::NeedsGradingColumn,
                                                     QHeaderView::ResizeToContents);
    connect(m_assignmentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onAssignmentChanged);
    connect(m_assignmentView, &QTreeView::activated, this, [this] { m_submissionView->setFocus(); });

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter students (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_submissionProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        m_submissionView->setFocus();
        if (!m_submissionView->currentIndex().isValid() && m_submissionProxy->rowCount() > 0) {
            m_submissionView->setCurrentIndex(m_submissionProxy->index(0, 0));
        }
    });

    m_submissionView = new QTableView(this);
    m_submissionView->setObjectName(QStringLiteral("submissionTableView"));
    m_submissionView->setModel(m_submissionProxy);
    m_submissionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_submissionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_submissionView->setSortingEnabled(true);
    m_submissionView->sortByColumn(SubmissionTableModel::StudentColumn, Qt::AscendingOrder);
    m_submissionView->setAlternatingRowColors(true);
    m_submissionView->setWordWrap(false);
    m_submissionView->setTabKeyNavigation(false);
    m_submissionView->verticalHeader()->hide();
    m_submissionView->verticalHeader()->setDefaultSectionSize(m_submissionView->fontMetrics().height() + 8);
    m_submissionView->horizontalHeader()->setStretchLastSection(true);
    m_submissionView->horizontalHeader()->setHighlightSections(false);
    QHeaderView *header = m_submissionView->horizontalHeader();
    const int digit = m_submissionView->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(SubmissionTableModel::StudentColumn, 18 * digit);
    header->resizeSection(SubmissionTableModel::NameColumn, 18 * digit);
    header->resizeSection(SubmissionTableModel::SubmittedColumn, 17 * digit);
    header->resizeSection(SubmissionTableModel::ScoreColumn, 10 * digit);
    header->resizeSection(SubmissionTableModel::NeedsManualColumn, 9 * digit);
    header->resizeSection(SubmissionTableModel::LatePenaltyColumn, 6 * digit);
    connect(m_submissionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSubmissionChanged);
    connect(m_submissionView, &QTableView::activated, this, [this] { m_submissionPane->notebookView()->setFocus(); });

    m_centreMessage = new QLabel(this);
    m_centreMessage->setObjectName(QStringLiteral("emptyStateLabel"));
    m_centreMessage->setAlignment(Qt::AlignCenter);
    m_centreMessage->setWordWrap(true);
    m_centreMessage->setTextFormat(Qt::PlainText);
    m_centreMessage->setMargin(24);
    QPalette muted = m_centreMessage->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_centreMessage->setPalette(muted);

    m_centreStack = new QStackedWidget(this);
    m_centreStack->setObjectName(QStringLiteral("centreStackedWidget"));
    m_centreStack->addWidget(m_centreMessage);
    m_centreStack->addWidget(m_submissionView);

    m_submissionPane = new SubmissionPane(this);
    connect(m_submissionPane->notebookView(), &NotebookView::highlightRequested, m_highlighter,
            &SyntaxHighlighter::request);
    connect(m_highlighter, &SyntaxHighlighter::highlighted, m_submissionPane->notebookView(),
            &NotebookView::applyHighlighting);
    connect(m_highlighter, &SyntaxHighlighter::unavailable, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Code is shown without colours: %1").arg(message), 15'000);
    });
    connect(m_submissionPane->notebookView(), &NotebookView::externalLinkRequested, this,
            &MainWindow::confirmExternalLink);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(withMargins(m_assignmentView, m_courseLabel, m_splitter));
    m_splitter->addWidget(withMargins(m_centreStack, m_filterEdit, m_splitter));
    m_splitter->addWidget(m_submissionPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({220, 620, 560});

    m_gradingView = new GradingView(this);
    m_gradingView->setAssignmentModel(m_assignmentModel);
    connect(m_gradingView, &GradingView::errorOccurred, this, &MainWindow::showError);
    connect(m_gradingView, &GradingView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6'000); });
    connect(m_gradingView, &GradingView::externalLinkRequested, this, &MainWindow::confirmExternalLink);
    connect(m_gradingView, &GradingView::assignmentChosen, this, &MainWindow::selectAssignment);

    m_pageStack = new QStackedWidget(this);
    m_pageStack->setObjectName(QStringLiteral("pageStackedWidget"));
    m_pageStack->addWidget(m_splitter);
    m_pageStack->addWidget(m_gradingView);

    m_banner = new MessageBanner(this);
    m_connectionBanner = new MessageBanner(this);
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setDismissible(false);
    connect(m_connectionBanner, &MessageBanner::actionTriggered, this, [this] {
        if (m_session) {
            m_session->gradebook()->reconnect();
        }
    });
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_pageStack, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_collectProgress = new CollectProgress(m_cancelCollectAction, this);
    connect(m_collectProgress, &CollectProgress::succeeded, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 10'000); });
    connect(m_collectProgress, &CollectProgress::finishedWithMessage, m_banner, &MessageBanner::showMessage);
    connect(m_collectProgress, &CollectProgress::failed, this, [this](const ServiceError &error) {
        ServiceError shown = error;
        shown.message = ExchangeDialogSupport::errorText(error); // says how to fix a bad hub token
        showError(tr("Collecting submissions failed."), shown);
    });
    connect(m_collectProgress, &CollectProgress::stopped, this, &MainWindow::onCollectStopped);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_collectProgress);
}

bool MainWindow::openCourse(const QString &courseFile)
{
    if (isCollecting()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("A collect is running. Wait for it to finish or cancel it (Esc) first."));
        return false;
    }
    ++m_openGeneration;
    delete m_passwordDialog;
    const QString path = QFileInfo(courseFile).absoluteFilePath();
    if (const auto loaded = CourseConfigLoader::load(path);
        loaded && Models::CourseSession::usesPassword(loaded.value().config)) {
        openPasswordCourse(path, loaded.value().config);
        return true;
    }
    auto session = Models::CourseSession::open(path);
    if (!session) {
        showError(tr("The course “%1” could not be opened.").arg(QDir::toNativeSeparators(path)), session.error());
        return false;
    }
    installCourse(path, std::move(session).value());
    return true;
}

void MainWindow::installCourse(const QString &path, std::unique_ptr<Models::CourseSession> session)
{
    saveSelection();
    closeCourse();
    restoreCourseLayout(path);
    m_session = std::move(session);
    m_autogradeActions->setSession(m_session.get());
    m_regradeActions->setSession(m_session.get());
    m_canvasActions->setSession(m_session.get());
    m_exchangeActions->setSession(m_session.get());
    m_banner->hide();
    m_connectionBanner->hide();
    connect(m_session->gradebook(), &Gradebook::connectionStateChanged, this, &MainWindow::onConnectionStateChanged);
    UiSettings::addRecentCourse(path);
    updateRecentMenu();
    setWindowTitle(tr("%1 — GradeDesk").arg(m_session->displayTitle()));
    m_courseLabel->setText(m_session->displayTitle());
    m_courseLabel->setToolTip(QDir::toNativeSeparators(path));

    if (!m_session->warnings().isEmpty()) {
        QStringList lines;
        for (const ConfigWarning &warning : m_session->warnings()) {
            lines << tr("line %1: %2").arg(warning.line).arg(warning.message);
        }
        m_banner->showMessage(
            MessageBanner::Kind::Warning,
            tr("The course file has settings GradeDesk ignores:\n%1").arg(lines.join(QLatin1Char('\n'))));
    }
    m_gradingView->setCourse(m_session->gradebook(), m_session->config(), m_highlighter);
    if (auto result = m_assignmentModel->setGradebook(m_session->gradebook()); !result) {
        showError(tr("The course's assignments could not be read."), result.error());
    }

    const int saved = m_assignmentModel->rowOfAssignment(UiSettings::lastSelection(path, QStringLiteral("assignment")));
    if (m_assignmentModel->rowCount() > 0) {
        m_assignmentView->setCurrentIndex(m_assignmentModel->index(std::max(saved, 0), 0));
    }
    updateActions();
    updateCentre();
    updateStatus();
}

bool MainWindow::isCollecting() const
{
    return m_collectProgress->isRunning();
}

bool MainWindow::openMostRecentCourse()
{
    const QStringList recent = UiSettings::recentCourses();
    if (recent.isEmpty() || !QFileInfo::exists(recent.constFirst())) {
        return false;
    }
    return openCourse(recent.constFirst());
}

void MainWindow::closeCourse()
{
    if (!m_session || isCollecting()) {
        return;
    }
    saveSelection();
    saveCourseLayout();
    m_submissionPane->showMessage(tr("No submission selected"));
    m_submissionModel->clear();
    m_gradingView->clearCourse();
    m_autogradeActions->setSession(nullptr);
    m_regradeActions->setSession(nullptr);
    m_canvasActions->setSession(nullptr);
    m_exchangeActions->setSession(nullptr);
    std::ignore = m_assignmentModel->setGradebook(nullptr);
    m_connectionBanner->hide();
    m_session.reset();
    setWindowTitle(tr("GradeDesk"));
    m_courseLabel->clear();
    updateActions();
    updateCentre();
    updateStatus();
}

void MainWindow::chooseCourse()
{
    const QString start = m_session ? QFileInfo(m_session->config().filePath).absolutePath() : QDir::homePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Course"), start,
                                                      tr("Course files (course.yaml *.yaml *.yml);;All files (*)"));
    if (!file.isEmpty()) {
        openCourseWindow(file);
    }
}

void MainWindow::onAssignmentChanged(const QModelIndex &current)
{
    saveSelection();
    updateActions();
    m_submissionPane->showMessage(tr("No submission selected"));
    if (!current.isValid() || !m_session) {
        m_submissionModel->clear();
        updateCentre();
        return;
    }
    const AssignmentRecord assignment = m_assignmentModel->row(current.row()).assignment;
    m_gradingView->setAssignment(assignment.name);
    m_autogradeActions->setCurrentAssignment(assignment.name);
    m_regradeActions->setCurrentAssignment(assignment.name);
    m_canvasActions->setCurrentAssignment(assignment.name);
    m_exchangeActions->setCurrentAssignment(assignment.name);
    if (auto result = m_submissionModel->setAssignment(m_session->gradebook(), assignment); !result) {
        showError(tr("The submissions of %1 could not be read.").arg(assignment.name), result.error());
    }
    updateCentre();
    const QString savedStudent = UiSettings::lastSelection(m_session->config().filePath, QStringLiteral("student"));
    const int sourceRow = m_submissionModel->rowOfStudent(savedStudent);
    const QModelIndex target = sourceRow >= 0 ? m_submissionProxy->mapFromSource(m_submissionModel->index(sourceRow, 0))
                                              : m_submissionProxy->index(0, 0);
    if (target.isValid()) {
        m_submissionView->setCurrentIndex(target);
        m_submissionView->scrollTo(target);
    }
}

void MainWindow::onSubmissionChanged(const QModelIndex &current)
{
    if (!current.isValid() || !m_session) {
        m_submissionPane->showMessage(tr("No submission selected"),
                                      tr("Choose a student in the list to see their notebook."));
        return;
    }
    const QModelIndex source = m_submissionProxy->mapToSource(current);
    m_submissionPane->showSubmission(m_session->gradebook(), m_submissionModel->summary(source.row()));
    saveSelection();
}

void MainWindow::selectAssignment(const QString &name)
{
    const int row = m_assignmentModel->rowOfAssignment(name);
    if (row >= 0) {
        m_assignmentView->setCurrentIndex(m_assignmentModel->index(row, 0));
    }
}

void MainWindow::stepSubmission(int delta)
{
    const int rows = m_submissionProxy->rowCount();
    if (rows == 0) {
        return;
    }
    const QModelIndex current = m_submissionView->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    const QModelIndex target = m_submissionProxy->index(row, current.isValid() ? current.column() : 0);
    m_submissionView->setCurrentIndex(target);
    m_submissionView->scrollTo(target);
}

void MainWindow::collect()
{
    if (!m_session || isCollecting()) {
        return;
    }
    if (!m_session->exchange()) {
        showError(tr("Submissions cannot be collected for this course."),
                  m_session->exchangeError().value_or(ServiceError{}));
        return;
    }
    if (m_exchangeActions->needsToken()) {
        // ngshare needs the hub token: ask for it (keychain, else the Connect dialog), then collect.
        m_exchangeActions->whenConnected(tr("Enter your JupyterHub API token to collect submissions from ngshare."),
                                         [this] { startCollect(); });
        return;
    }
    startCollect();
}

void MainWindow::startCollect()
{
    if (!m_session || !m_session->exchange() || isCollecting()) {
        return;
    }
    m_banner->hide();
    m_collectProgress->track(m_session->exchange()->collect(QString()));
    statusBar()->showMessage(tr("Collecting submissions…"));
    updateActions();
}

void MainWindow::onCollectStopped()
{
    if (statusBar()->currentMessage() == tr("Collecting submissions…")) {
        statusBar()->clearMessage();
    }
    // Refresh here too: submissionChanged covers rows, but a first collect also adds assignments.
    if (auto result = m_assignmentModel->refresh(); !result) {
        showError(tr("The assignment list could not be updated."), result.error());
    }
    if (!m_assignmentView->currentIndex().isValid() && m_assignmentModel->rowCount() > 0) {
        m_assignmentView->setCurrentIndex(m_assignmentModel->index(0, 0));
    }
    m_gradingView->refresh();
    updateActions();
    updateCentre();
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_statusLabel->setText(tr("No course open"));
        return;
    }
    m_statusLabel->setText(
        tr("%1 · %n assignment(s)", "", m_assignmentModel->rowCount()).arg(m_session->displayTitle()) +
        tr(" · %n submission(s)", "", m_assignmentModel->totalSubmissions()) +
        tr(" · %n to grade by hand", "", m_assignmentModel->totalNeedsGrading()));
}

void MainWindow::updateCentre()
{
    QString message;
    if (!m_session) {
        message = tr("No course open.\n\nFile > Open Course (Ctrl+O) opens a course.yaml,\n"
                     "or run “gradedesk-cli demo DIR” to create a demo course.");
    } else if (m_assignmentModel->rowCount() == 0) {
        message =
            tr("No submissions collected yet.\n\nPress Ctrl+R (Course > Collect Submissions) to import them from\n%1")
                .arg(QDir::toNativeSeparators(m_session->config().courseDirectory()));
    } else if (m_submissionModel->rowCount() == 0) {
        message = tr("No submissions for this assignment yet.\n\nPress Ctrl+R to collect again.");
    } else if (m_submissionProxy->rowCount() == 0) {
        message = tr("No student matches “%1”.").arg(m_filterEdit->text());
    }
    // Rosters are optional: without names the column would only take space.
    bool anyName = false;
    for (int row = 0; row < m_submissionModel->rowCount() && !anyName; ++row) {
        anyName = !m_submissionModel->index(row, SubmissionTableModel::NameColumn).data().toString().isEmpty();
    }
    m_submissionView->setColumnHidden(SubmissionTableModel::NameColumn, !anyName);
    m_centreMessage->setText(message);
    m_centreStack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget *>(m_submissionView) : m_centreMessage);
    if (!m_session) {
        m_submissionPane->showMessage(tr("Nothing to show yet"));
    }
}

void MainWindow::showError(const QString &what, const ServiceError &error)
{
    qCWarning(lcUi) << what << "-" << kindName(error.kind) << error.detail;
    m_banner->showMessage(MessageBanner::Kind::Error,
                          error.message.isEmpty() ? what : what + QLatin1Char('\n') + error.message);
}

void MainWindow::saveSelection() const
{
    if (!m_session) {
        return;
    }
    const QString course = m_session->config().filePath;
    if (const QModelIndex assignment = m_assignmentView->currentIndex(); assignment.isValid()) {
        UiSettings::setLastSelection(course, QStringLiteral("assignment"),
                                     assignment.data(Models::NameRole).toString());
    }
    if (const QModelIndex submission = m_submissionView->currentIndex(); submission.isValid()) {
        UiSettings::setLastSelection(course, QStringLiteral("student"),
                                     submission.data(Models::StudentIdRole).toString());
    }
    if (!m_submissionPane->currentNotebookName().isEmpty()) {
        UiSettings::setPreferredNotebook(m_submissionPane->currentNotebookName());
    }
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(UiSettings::windowLayout(QStringLiteral("geometry")))) {
        resize(1360, 820);
    }
    restoreState(UiSettings::windowLayout(QStringLiteral("state")));
    m_splitter->restoreState(UiSettings::windowLayout(QStringLiteral("splitter")));
    m_submissionView->horizontalHeader()->restoreState(UiSettings::windowLayout(QStringLiteral("submissionHeader")));
    m_submissionPane->setPreferredNotebook(UiSettings::preferredNotebook());
    setPage(UiSettings::gradingValue(QStringLiteral("page"), 0).toInt() == 1 ? Page::Grading : Page::Submissions);
}

void MainWindow::saveWindowState() const
{
    UiSettings::setWindowLayout(QStringLiteral("geometry"), saveGeometry());
    UiSettings::setWindowLayout(QStringLiteral("state"), saveState());
    UiSettings::setWindowLayout(QStringLiteral("splitter"), m_splitter->saveState());
    UiSettings::setWindowLayout(QStringLiteral("submissionHeader"), m_submissionView->horizontalHeader()->saveState());
    UiSettings::setGradingValue(QStringLiteral("page"), page() == Page::Grading ? 1 : 0);
    m_gradingView->saveState();
    saveSelection();
    saveCourseLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing abandons a running collect; the exchange stores nothing further once it is destroyed.
    m_collectProgress->cancel();
    saveWindowState();
    event->accept();
}

} // namespace GradeDesk::Ui
