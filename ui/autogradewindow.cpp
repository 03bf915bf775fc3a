// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradewindow.h"

#include "autogradedetailpane.h"
#include "autogradestartpanel.h"
#include "uisettings.h"

#include <models/autogradeeventmodel.h>
#include <models/autogradesession.h>
#include <models/autogradetaskmodel.h>
#include <models/roles.h>
#include <services/config/courseconfig.h>

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSize>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using Models::AutogradeSession;
using Services::AutogradeTaskState;

namespace {

const auto GeometryKey = QStringLiteral("autogradeGeometry");
const auto MainSplitterKey = QStringLiteral("autogradeMainSplitter");
const auto TableSplitterKey = QStringLiteral("autogradeTableSplitter");
const auto HeaderKey = QStringLiteral("autogradeTableHeader");

QIcon stateIcon(AutogradeTaskState state)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Models::autogradeStateColor(state));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

/// The button labels, with mnemonics that do not collide with the rest of the run page.
QString stateButtonText(AutogradeTaskState state)
{
    switch (state) {
    case AutogradeTaskState::Queued:
        return AutogradeWindow::tr("&Queued");
    case AutogradeTaskState::Running:
        return AutogradeWindow::tr("R&unning");
    case AutogradeTaskState::Passed:
        return AutogradeWindow::tr("&Graded");
    case AutogradeTaskState::Failed:
        return AutogradeWindow::tr("&Failed");
    case AutogradeTaskState::TimedOut:
        return AutogradeWindow::tr("Timed &out");
    case AutogradeTaskState::Cancelled:
        return AutogradeWindow::tr("Cancelle&d");
    }
    return {};
}

QString duration(int seconds)
{
    return seconds >= 60
               ? AutogradeWindow::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'))
               : AutogradeWindow::tr("%1 s").arg(seconds);
}

} // namespace

AutogradeWindow::AutogradeWindow(AutogradeSession *session, const Services::CourseConfig &config, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_taskModel(new Models::AutogradeTaskModel(session, this))
    , m_filterModel(new Models::AutogradeTaskFilterModel(this))
    , m_eventModel(new Models::AutogradeEventModel(session, this))
    , m_pages(new QStackedWidget(this))
    , m_startPanel(new AutogradeStartPanel(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("autogradeWindow"));
    setWindowTitle(tr("Autograde \u2014 %1").arg(config.title.isEmpty() ? config.id : config.title));
    m_filterModel->setSourceModel(m_taskModel);
    m_startPanel->setCourse(config);
    m_pages->addWidget(m_startPanel);
    m_pages->addWidget(createRunPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    auto *closeAction = new QAction(this);
    closeAction->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    addAction(closeAction);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    auto *filterAction = new QAction(this);
    filterAction->setShortcut(QKeySequence::Find);
    addAction(filterAction);
    connect(filterAction, &QAction::triggered, this, [this] {
        if (isShowingRun()) {
            m_studentFilterEdit->setFocus();
            m_studentFilterEdit->selectAll();
        }
    });

    connect(m_startPanel, &AutogradeStartPanel::startRequested, this, &AutogradeWindow::start);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &AutogradeWindow::tick);
    if (session) {
        connect(session, &AutogradeSession::countsChanged, this, &AutogradeWindow::updateCounts);
        connect(session, &AutogradeSession::runningChanged, this, &AutogradeWindow::onRunningChanged);
        connect(session, &AutogradeSession::taskChanged, this, &AutogradeWindow::onTaskChanged);
        connect(session, &AutogradeSession::runFailed, this,
                [this](const Services::ServiceError &error) { onRunFailed(error.message); });
        connect(session, &AutogradeSession::runStarted, this, [this] {
            m_errorLabel->hide();
            m_titleLabel->setText(
                tr("%1 on the %2 executor").arg(m_session->plan().assignment, m_session->executorName()));
        });
    }
    restoreLayout();
    updateCounts();
    updateButtons();
    if (session && session->hasPlan()) {
        showRunPage();
    }
}

AutogradeWindow::~AutogradeWindow()
{
    saveLayout();
}

QWidget *AutogradeWindow::createRunPage()
{
    auto *page = new QWidget(this);
    m_titleLabel = new QLabel(page);
    QFont title = m_titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_titleLabel->setFont(title);
    m_errorLabel = new QLabel(page);
    m_errorLabel->setObjectName(QStringLiteral("runErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8e1b1b; border: 1px solid #f5c2c0; padding: 6px; }"));
    m_errorLabel->hide();

    // One toggle per state: its count, and a filter of the table when checked.
    auto *counts = new QHBoxLayout;
    for (int i = 0; i < AutogradeSession::stateCount; ++i) {
        const auto state = AutogradeTaskState(i);
        auto *button = new QToolButton(page);
        button->setObjectName(QStringLiteral("state%1ToolButton").arg(i));
        button->setCheckable(true);
        button->setIcon(stateIcon(state));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setToolTip(tr("Show only these submissions (toggle; several can be on)"));
        connect(button, &QToolButton::toggled, this, &AutogradeWindow::updateFilter);
        counts->addWidget(button);
        m_stateButtons.at(std::size_t(i)) = button;
    }
    counts->addStretch();
    m_studentFilterEdit = new QLineEdit(page);
    m_studentFilterEdit->setObjectName(QStringLiteral("studentFilterLineEdit"));
    m_studentFilterEdit->setPlaceholderText(tr("Filter students (Ctrl+F)"));
    m_studentFilterEdit->setClearButtonEnabled(true);
    connect(m_studentFilterEdit, &QLineEdit::textChanged, m_filterModel,
            &Models::AutogradeTaskFilterModel::setStudentFilter);
    counts->addWidget(m_studentFilterEdit);

    m_progressBar = new QProgressBar(page);
    m_progressBar->setObjectName(QStringLiteral("runProgressBar"));
    m_progressBar->setFormat(tr("%v of %m"));
    m_progressLabel = new QLabel(page);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 24);
    m_cancelButton = new QPushButton(tr("&Cancel Run"), page);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancelButton->setToolTip(tr("Stop every submission still queued or running; finished results are kept"));
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_session) {
            m_session->cancel();
        }
    });
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progressBar, 1);
    progress->addWidget(m_progressLabel);
    progress->addWidget(m_cancelButton);

    m_taskView = new QTableView(page);
    m_taskView->setObjectName(QStringLiteral("taskTableView"));
    m_taskView->setModel(m_filterModel);
    m_taskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_taskView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_taskView->setSortingEnabled(true);
    m_taskView->sortByColumn(Models::AutogradeTaskModel::StudentColumn, Qt::AscendingOrder);
    m_taskView->setAlternatingRowColors(true);
    m_taskView->setWordWrap(false);
    m_taskView->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_taskView->verticalHeader()->hide();
    m_taskView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_taskView->horizontalHeader()->setStretchLastSection(true);
    m_taskView->horizontalHeader()->resizeSection(Models::AutogradeTaskModel::StudentColumn, 140);
    m_taskView->horizontalHeader()->resizeSection(Models::AutogradeTaskModel::StateColumn, 110);
    m_taskView->horizontalHeader()->resizeSection(Models::AutogradeTaskModel::AttemptsColumn, 70);
    connect(m_taskView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AutogradeWindow::onCurrentChanged);
    auto *tableLabel = new QLabel(tr("Su&bmissions"), page);
    tableLabel->setBuddy(m_taskView);
    auto *tableBox = new QWidget(page);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(tableLabel);
    tableLayout->addWidget(m_taskView);

    m_detailPane = new AutogradeDetailPane(page);
    m_tableSplitter = new QSplitter(Qt::Horizontal, page);
    m_tableSplitter->setObjectName(QStringLiteral("tableSplitter"));
    m_tableSplitter->addWidget(tableBox);
    m_tableSplitter->addWidget(m_detailPane);
    m_tableSplitter->setStretchFactor(0, 3);
    m_tableSplitter->setStretchFactor(1, 2);
    m_tableSplitter->setChildrenCollapsible(false);

    m_eventView = new QListView(page);
    m_eventView->setObjectName(QStringLiteral("eventListView"));
    m_eventView->setModel(m_eventModel);
    m_eventView->setWordWrap(true);
    m_eventView->setUniformItemSizes(false);
    m_eventView->setIconSize(QSize(10, 10));
    connect(m_eventModel, &QAbstractItemModel::rowsInserted, m_eventView, &QAbstractItemView::scrollToBottom);
    auto *eventLabel = new QLabel(tr("Run and cluster &events (what explains a stuck run)"), page);
    eventLabel->setBuddy(m_eventView);
    auto *eventBox = new QWidget(page);
    auto *eventLayout = new QVBoxLayout(eventBox);
    eventLayout->setContentsMargins(0, 0, 0, 0);
    eventLayout->addWidget(eventLabel);
    eventLayout->addWidget(m_eventView);

    m_mainSplitter = new QSplitter(Qt::Vertical, page);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_tableSplitter);
    m_mainSplitter->addWidget(eventBox);
    m_mainSplitter->setStretchFactor(0, 4);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({560, 120}); // until the user's own layout is restored
    m_mainSplitter->setChildrenCollapsible(false);

    m_newRunButton = new QPushButton(tr("&New Run\u2026"), page);
    m_newRunButton->setObjectName(QStringLiteral("newRunPushButton"));
    m_newRunButton->setToolTip(tr("Choose an assignment and settings for another run"));
    m_retryButton = new QPushButton(tr("&Retry Failed"), page);
    m_retryButton->setObjectName(QStringLiteral("retryPushButton"));
    m_reviewButton = new QPushButton(tr("Re&view Changes\u2026"), page);
    m_reviewButton->setObjectName(QStringLiteral("reviewPushButton"));
    m_reviewButton->setToolTip(
        tr("See which scores the run would change in the gradebook, then commit them. Nothing is written before."));
    connect(m_newRunButton, &QPushButton::clicked, this, &AutogradeWindow::showStartPage);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_session) {
            m_session->retryFailed();
        }
    });
    connect(m_reviewButton, &QPushButton::clicked, this, &AutogradeWindow::reviewRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newRunButton);
    buttons->addStretch();
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_reviewButton);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_errorLabel);
    layout->addLayout(counts);
    layout->addLayout(progress);
    layout->addWidget(m_mainSplitter, 1);
    layout->addLayout(buttons);

    // Tab order follows the page from top to bottom.
    QList<QWidget *> order(m_stateButtons.begin(), m_stateButtons.end());
    order << m_studentFilterEdit << m_cancelButton << m_taskView << m_detailPane->tabs() << m_eventView
          << m_newRunButton << m_retryButton << m_reviewButton;
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }
    for (QToolButton *button : m_stateButtons) {
        button->setFocusPolicy(Qt::TabFocus);
    }
    return page;
}

void AutogradeWindow::prepare(const QString &assignment)
{
    if (m_session && (m_session->isRunning() || (m_session->hasPlan() && isShowingRun()))) {
        showRunPage();
        return;
    }
    m_startPanel->setAssignment(assignment);
    showStartPage();
}

void AutogradeWindow::startFromPanel()
{
    start(m_startPanel->options());
}

bool AutogradeWindow::isShowingRun() const
{
    return m_pages->currentIndex() == 1;
}

void AutogradeWindow::start(const Models::AutogradeStartOptions &options)
{
    if (!m_session) {
        return;
    }
    const Services::Result<void> started = m_session->start(options);
    if (!started) {
        m_startPanel->setError(started.error().message);
        return;
    }
    m_startPanel->setError({});
    m_studentFilterEdit->clear();
    for (QToolButton *button : m_stateButtons) {
        button->setChecked(false);
    }
    showRunPage();
}

void AutogradeWindow::showRunPage()
{
    m_pages->setCurrentIndex(1);
    if (!m_taskView->currentIndex().isValid() && m_filterModel->rowCount() > 0) {
        m_taskView->setCurrentIndex(m_filterModel->index(0, 0));
    }
    updateCounts();
    updateButtons();
    m_taskView->setFocus();
}

void AutogradeWindow::showStartPage()
{
    if (m_session && m_session->isRunning()) {
        return;
    }
    m_pages->setCurrentIndex(0);
    m_startPanel->startButton()->setFocus();
}

void AutogradeWindow::updateCounts()
{
    for (int i = 0; i < AutogradeSession::stateCount; ++i) {
        const auto state = AutogradeTaskState(i);
        const int count = m_session ? m_session->count(state) : 0;
        QToolButton *button = m_stateButtons.at(std::size_t(i));
        button->setText(stateButtonText(state) + QStringLiteral("  ") + QString::number(count));
        // Cancelled only matters once something was cancelled.
        button->setVisible(state != AutogradeTaskState::Cancelled || count > 0 || button->isChecked());
    }
    updateProgress();
    updateButtons();
}

void AutogradeWindow::updateProgress()
{
    const int total = m_session ? m_session->taskCount() : 0;
    const int done = m_session ? m_session->finishedCount() : 0;
    m_progressBar->setRange(0, std::max(total, 1));
    m_progressBar->setValue(done);
    if (!m_session || total == 0) {
        m_progressLabel->clear();
        return;
    }
    if (m_session->isRunning()) {
        const std::optional<int> eta = m_session->etaSeconds();
        m_progressLabel->setText(eta ? tr("about %1 left").arg(duration(*eta)) : tr("estimating time left\u2026"));
    } else {
        m_progressLabel->setText(done == total ? tr("finished") : tr("stopped"));
    }
}

void AutogradeWindow::updateButtons()
{
    const bool running = m_session && m_session->isRunning();
    const bool hasRun = m_session && m_session->hasPlan();
    const int retryable = m_session && !running ? int(m_session->retryableIndexes().size()) : 0;
    m_cancelButton->setEnabled(running);
    m_newRunButton->setEnabled(!running);
    m_retryButton->setEnabled(retryable > 0);
    m_retryButton->setText(retryable > 0 ? tr("&Retry Failed (%1)").arg(retryable) : tr("&Retry Failed"));
    m_retryButton->setToolTip(running     ? tr("Available when the run has finished")
                              : retryable ? tr("Run the failed, timed-out and cancelled submissions again")
                                          : tr("Nothing to retry: no submission failed (or retrying cannot help)"));
    const bool anyGraded = m_session && m_session->count(AutogradeTaskState::Passed) > 0;
    m_reviewButton->setEnabled(hasRun && !running && anyGraded);
}

void AutogradeWindow::updateFilter()
{
    QList<AutogradeTaskState> states;
    for (int i = 0; i < AutogradeSession::stateCount; ++i) {
        if (m_stateButtons.at(std::size_t(i))->isChecked()) {
            states.append(AutogradeTaskState(i));
        }
    }
    m_filterModel->setStates(states);
}

void AutogradeWindow::onRunningChanged(bool running)
{
    if (running) {
        m_ticker->start();
    } else {
        m_ticker->stop();
    }
    updateCounts();
}

void AutogradeWindow::onRunFailed(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void AutogradeWindow::onTaskChanged(int index)
{
    if (index == m_detailPane->taskIndex()) {
        m_detailPane->showTask(m_session, index);
    }
}

void AutogradeWindow::onCurrentChanged()
{
    const QModelIndex current = m_taskView->currentIndex();
    m_detailPane->showTask(m_session, current.isValid() ? current.data(Models::IdRole).toInt() : -1);
}

void AutogradeWindow::tick()
{
    m_taskModel->refreshDurations();
    updateProgress();
    const int shown = m_detailPane->taskIndex();
    if (m_session && shown >= 0 && m_session->result(shown).state == AutogradeTaskState::Running) {
        m_detailPane->showTask(m_session, shown);
    }
}

void AutogradeWindow::closeEvent(QCloseEvent *event)
{
    // Only hidden: a running run goes on, and the window shows it again when reopened.
    saveLayout();
    event->accept();
}

void AutogradeWindow::saveLayout() const
{
    UiSettings::setWindowLayout(GeometryKey, saveGeometry());
    UiSettings::setWindowLayout(MainSplitterKey, m_mainSplitter->saveState());
    UiSettings::setWindowLayout(TableSplitterKey, m_tableSplitter->saveState());
    UiSettings::setWindowLayout(HeaderKey, m_taskView->horizontalHeader()->saveState());
}

void AutogradeWindow::restoreLayout()
{
    if (!restoreGeometry(UiSettings::windowLayout(GeometryKey))) {
        resize(1200, 760);
    }
    m_mainSplitter->restoreState(UiSettings::windowLayout(MainSplitterKey));
    m_tableSplitter->restoreState(UiSettings::windowLayout(TableSplitterKey));
    m_taskView->horizontalHeader()->restoreState(UiSettings::windowLayout(HeaderKey));
}

} // namespace GradeDesk::Ui
