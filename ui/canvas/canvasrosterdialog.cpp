// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasrosterdialog.h"

#include <models/canvas/canvasconnection.h>
#include <models/canvas/canvasidentitymodel.h>
#include <models/canvas/canvasrosterdiffmodel.h>
#include <models/canvas/canvasrosterreview.h>
#include <models/roles.h>
#include <services/canvas/canvasclient.h>
#include <services/canvas/canvascourse.h>
#include <services/canvas/canvasrosterplan.h>
#include <services/gradebook/gradebook.h>
#include <ui/messagebanner.h>
#include <ui/remote/remotedialogsupport.h>
#include <ui/remote/remoteprogresspanel.h>
#include <ui/userprompt.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using namespace Services;
using Models::CanvasIdentityModel;
using Models::CanvasRosterDiffModel;
using Models::CanvasRosterReview;

namespace {

const auto SizeKey = QStringLiteral("canvas/rosterDialog");
constexpr int MaxNamesListed = 12;

} // namespace

CanvasRosterDialog::CanvasRosterDialog(Models::CanvasConnection *connection, Gradebook *gradebook, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_gradebook(gradebook)
    , m_review(new CanvasRosterReview(this))
    , m_banner(new MessageBanner(this))
    , m_progress(new RemoteProgressPanel(RemoteProgressPanel::Service::Canvas, this))
    , m_summary(RemoteDialogSupport::noteLabel(QString(), this))
    , m_notInCanvas(RemoteDialogSupport::noteLabel(QString(), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("canvasRosterDialog"));
    setWindowTitle(tr("Import Roster from Canvas"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_notInCanvas->setObjectName(QStringLiteral("notInCanvasLabel"));
    m_tabs->setObjectName(QStringLiteral("reviewTabWidget"));
    m_tabs->addTab(createChangesTab(), QString());
    m_tabs->addTab(createReviewTab(), QString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_applyButton = buttons->addButton(tr("&Apply to Gradebook"), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_fetchButton = buttons->addButton(tr("&Fetch Again"), QDialogButtonBox::ActionRole);
    m_fetchButton->setObjectName(QStringLiteral("fetchButton"));
    m_connectButton = buttons->addButton(tr("&Connect\u2026"), QDialogButtonBox::ActionRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->hide();
    for (QPushButton *button : {m_applyButton, m_fetchButton, m_connectButton}) {
        button->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &CanvasRosterDialog::reject);
    connect(m_applyButton, &QPushButton::clicked, this, &CanvasRosterDialog::apply);
    connect(m_fetchButton, &QPushButton::clicked, this, &CanvasRosterDialog::fetch);
    connect(m_connectButton, &QPushButton::clicked, this, &CanvasRosterDialog::connectionRequested);

    const CanvasConfig &canvas = connection->config().canvas;
    auto *intro = RemoteDialogSupport::noteLabel(
        tr("Students and sections of Canvas course %1 at %2, compared with the gradebook. Nothing changes until "
           "you press Apply; students who left Canvas keep their grades and are marked inactive, never deleted.")
            .arg(canvas.courseId, canvas.url.host()),
        this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_notInCanvas);
    layout->addWidget(buttons);
    RemoteDialogSupport::restoreSize(this, SizeKey, QSize(940, 620));

    connect(m_review, &CanvasRosterReview::changed, this, &CanvasRosterDialog::updateSummary);
    connect(m_review->identityModel(), &CanvasIdentityModel::decisionRejected, this,
            [this](const QString &, const QString &message) {
                m_banner->showMessage(MessageBanner::Kind::Warning, message);
            });
    updateSummary();
    // Start once the dialog is on screen, so the progress shows in it.
    QMetaObject::invokeMethod(this, &CanvasRosterDialog::fetch, Qt::QueuedConnection);
}

CanvasRosterDialog::~CanvasRosterDialog() = default;

QWidget *CanvasRosterDialog::createChangesTab()
{
    auto *page = new QWidget(m_tabs);
    auto *proxy = new QSortFilterProxyModel(page);
    proxy->setSourceModel(m_review->changesModel());
    proxy->setSortRole(Models::RawValueRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_changesView = RemoteDialogSupport::tableView(QStringLiteral("changesTableView"), page);
    m_changesView->setModel(proxy);
    m_changesView->setSortingEnabled(true);
    m_changesView->sortByColumn(CanvasRosterDiffModel::StudentColumn, Qt::AscendingOrder);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_changesView);
    return page;
}

QWidget *CanvasRosterDialog::createReviewTab()
{
    auto *page = new QWidget(m_tabs);
    m_reviewView = RemoteDialogSupport::tableView(QStringLiteral("identityTableView"), page);
    m_reviewView->setModel(m_review->identityModel());
    m_reviewView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_reasonLabel = RemoteDialogSupport::noteLabel(QString(), page);
    m_reasonLabel->setObjectName(QStringLiteral("reasonLabel"));
    m_decisionLabel = new QLabel(page);
    m_decisionLabel->setObjectName(QStringLiteral("decisionLabel"));
    m_usernameCombo = new QComboBox(page);
    m_usernameCombo->setObjectName(QStringLiteral("usernameComboBox"));
    m_usernameCombo->setEditable(true);
    m_usernameCombo->setInsertPolicy(QComboBox::NoInsert);
    m_usernameCombo->setMinimumContentsLength(18);
    m_usernameCombo->setToolTip(tr("An existing student of the gradebook, or a new hub username to add"));
    m_decisionLabel->setBuddy(m_usernameCombo);
    m_useButton = new QPushButton(tr("&Use Username"), page);
    m_useButton->setObjectName(QStringLiteral("useUsernameButton"));
    m_useButton->setAutoDefault(false);
    m_skipButton = new QPushButton(tr("S&kip Student"), page);
    m_skipButton->setObjectName(QStringLiteral("skipStudentButton"));
    m_skipButton->setAutoDefault(false);
    m_skipButton->setToolTip(tr("Leave this Canvas student out of this import"));

    auto *decision = new QHBoxLayout;
    decision->addWidget(m_decisionLabel);
    decision->addWidget(m_usernameCombo, 1);
    decision->addWidget(m_useButton);
    decision->addWidget(m_skipButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(RemoteDialogSupport::noteLabel(
        tr("The identity rule in course.yaml found no hub username, or more than one, for these Canvas students. "
           "Pick the right username (or type a new one), or skip the student. Decisions are stored when you "
           "apply, and later imports remember them."),
        page));
    layout->addWidget(m_reviewView, 1);
    layout->addWidget(m_reasonLabel);
    layout->addLayout(decision);

    connect(m_reviewView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CanvasRosterDialog::updateDecisionPanel);
    connect(m_review->identityModel(), &QAbstractItemModel::modelReset, this, &CanvasRosterDialog::updateDecisionPanel);
    connect(m_useButton, &QPushButton::clicked, this,
            [this] { decideCurrent(m_usernameCombo->currentText().trimmed()); });
    // Return in the username field decides, and must not reach the dialog's default button (Apply).
    m_usernameCombo->lineEdit()->installEventFilter(this);
    connect(m_skipButton, &QPushButton::clicked, this, [this] { decideCurrent(QString()); });
    return page;
}

bool CanvasRosterDialog::isBusy() const
{
    return m_progress->isRunning();
}

QString CanvasRosterDialog::statusText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString CanvasRosterDialog::summaryText() const
{
    return m_summary->text();
}

void CanvasRosterDialog::fetch()
{
    if (!m_connection || !m_connection->course() || isBusy()) {
        if (m_connection && !m_connection->course()) {
            m_banner->showMessage(MessageBanner::Kind::Error, m_connection->configurationProblem());
        }
        return;
    }
    m_banner->hide();
    m_connectButton->hide();
    m_applied = false;
    m_review->clear();
    CanvasRosterJob *job = m_connection->course()->fetchRoster();
    m_progress->track(job, tr("Reading the roster from Canvas"));
    connect(job, &CanvasJob::finished, this, [this, job] { onFetched(job->result()); });
    updateSummary();
}

void CanvasRosterDialog::onFetched(const Result<CanvasRoster> &roster)
{
    if (!roster) {
        showError(roster.error());
        updateSummary();
        return;
    }
    m_roster = roster.value();
    const Result<QList<StudentRecord>> students = m_gradebook->students();
    Result<CanvasRosterPlan> plan = CanvasRosterPlan::build(m_roster, *m_gradebook, m_connection->config().canvas);
    if (!students || !plan) {
        showError(!students ? students.error() : plan.error());
        updateSummary();
        return;
    }
    m_review->setPlan(plan.value(), students.value());
    m_changesView->resizeColumnsToContents();
    m_reviewView->resizeColumnsToContents();
    const CanvasConfig::IdentityRule rule = m_connection->config().canvas.identity;
    const bool hidden = (rule == CanvasConfig::IdentityRule::LoginId && !m_roster.loginIdsVisible) ||
                        (rule == CanvasConfig::IdentityRule::SisId && !m_roster.sisIdsVisible) ||
                        (rule == CanvasConfig::IdentityRule::EmailLocalPart && !m_roster.emailsVisible);
    if (hidden) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("This token cannot see the field the identity rule in course.yaml uses, so Canvas "
                                 "students cannot be matched by it. Use a teacher's token (Canvas \u25b8 Connect) or "
                                 "choose another identity rule, then fetch again."));
    }
    m_tabs->setCurrentIndex(m_review->pendingCount() > 0 ? 1 : 0);
    if (m_review->pendingCount() > 0) {
        m_reviewView->setFocus();
        m_reviewView->setCurrentIndex(m_review->identityModel()->index(0, CanvasIdentityModel::UsernameColumn));
    } else {
        m_changesView->setFocus();
    }
}

void CanvasRosterDialog::showError(const ServiceError &error)
{
    if (error.kind == ServiceError::Kind::Cancelled) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Fetching the roster was cancelled; nothing changed. Press Fetch Again to start "
                                 "over."));
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Error,
                          RemoteDialogSupport::errorText(error, RemoteDialogSupport::Service::Canvas));
    m_connectButton->setVisible(RemoteDialogSupport::needsNewToken(error, RemoteDialogSupport::Service::Canvas));
}

void CanvasRosterDialog::updateSummary()
{
    const bool busy = isBusy();
    m_fetchButton->setEnabled(!busy);
    m_applyButton->setEnabled(!busy && !m_applied && m_review->hasWork());
    m_applyButton->setDefault(m_applyButton->isEnabled());
    const int changes = m_review->changesModel()->rowCount();
    const int pending = m_review->pendingCount();
    m_tabs->setTabText(0, tr("Chan&ges (%1)").arg(changes));
    m_tabs->setTabText(1, m_review->identityModel()->rowCount() == 0 ? tr("&Identity Review (none needed)")
                          : pending > 0 ? tr("&Identity Review (%1 to decide)").arg(pending)
                                        : tr("&Identity Review (all decided)"));
    if (!m_review->hasPlan()) {
        m_summary->setText(busy ? QString() : tr("No roster fetched."));
        m_notInCanvas->hide();
        updateDecisionPanel();
        return;
    }
    const CanvasRosterPlan::Diff &diff = m_review->diff();
    const int nameOrEmail = int(std::count_if(diff.changes.cbegin(), diff.changes.cend(), [](const auto &change) {
        return change.nameChanged || change.emailChanged;
    }));
    QString text = tr("In Canvas: students %1, TAs %2, sections %3.")
                       .arg(m_roster.students.size())
                       .arg(m_roster.teachingAssistants.size())
                       .arg(m_roster.sections.size()) +
                   QLatin1Char(' ');
    if (m_applied) {
        text += tr("The changes below were applied to the gradebook.");
    } else if (changes == 0) {
        text += tr("The gradebook is up to date (unchanged: %1).").arg(diff.unchanged);
    } else {
        text += tr("Apply would add %1, drop %2 (kept with their grades, marked inactive), bring back %3, change "
                   "the sections of %4 and the name or e-mail of %5; %6 unchanged.")
                    .arg(diff.count(&CanvasRosterChange::added))
                    .arg(diff.count(&CanvasRosterChange::dropped))
                    .arg(diff.count(&CanvasRosterChange::reactivated))
                    .arg(diff.count(&CanvasRosterChange::sectionsChanged))
                    .arg(nameOrEmail)
                    .arg(diff.unchanged);
    }
    if (pending > 0) {
        text += QLatin1Char(' ') + tr("Still to decide in Identity Review: %1.").arg(pending);
    }
    m_summary->setText(text);
    if (diff.notInCanvas.isEmpty()) {
        m_notInCanvas->hide();
    } else {
        QStringList names = diff.notInCanvas.mid(0, MaxNamesListed);
        if (diff.notInCanvas.size() > MaxNamesListed) {
            names << tr("and %n more", nullptr, int(diff.notInCanvas.size() - MaxNamesListed));
        }
        m_notInCanvas->setText(tr("In the gradebook but not in Canvas, never linked, left as they are: %1")
                                   .arg(names.join(QStringLiteral(", "))));
        m_notInCanvas->setToolTip(diff.notInCanvas.join(QStringLiteral(", ")));
        m_notInCanvas->show();
    }
    updateDecisionPanel();
}

int CanvasRosterDialog::currentReviewRow() const
{
    const QModelIndex current = m_reviewView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CanvasRosterDialog::updateDecisionPanel()
{
    const int row = currentReviewRow();
    const bool usable = row >= 0 && !m_applied && !isBusy();
    m_usernameCombo->setEnabled(usable);
    m_useButton->setEnabled(usable);
    m_skipButton->setEnabled(usable);
    if (row < 0) {
        m_decisionLabel->setText(tr("&Hub username:"));
        m_reasonLabel->clear();
        m_usernameCombo->clear();
        return;
    }
    const CanvasIdentityModel *identity = m_review->identityModel();
    const CanvasIdentityMatch &match = identity->match(row);
    m_reasonLabel->setText(tr("%1: %2").arg(match.person.name, match.reason));
    m_decisionLabel->setText(tr("&Hub username for %1:").arg(match.person.name));
    const QString chosen = identity->username(row);
    m_usernameCombo->clear();
    m_usernameCombo->addItems(m_review->suggestions(match.person.userId));
    m_usernameCombo->setCurrentText(chosen);
}

void CanvasRosterDialog::decideCurrent(const QString &username)
{
    const int row = currentReviewRow();
    if (row < 0) {
        return;
    }
    CanvasIdentityModel *identity = m_review->identityModel();
    if (!identity->setData(identity->index(row, CanvasIdentityModel::UsernameColumn), username)) {
        return; // decisionRejected put the reason in the banner
    }
    m_banner->hide();
    // Move on to the next student that still needs a decision.
    for (int next = 1; next <= identity->rowCount(); ++next) {
        const int candidate = (row + next) % identity->rowCount();
        if (identity->decision(candidate) == CanvasIdentityModel::Decision::Pending) {
            m_reviewView->setCurrentIndex(identity->index(candidate, CanvasIdentityModel::UsernameColumn));
            break;
        }
    }
    m_usernameCombo->setFocus();
}

void CanvasRosterDialog::apply()
{
    if (!m_review->hasWork() || m_applied || isBusy() || !m_connection) {
        return;
    }
    const int pending = m_review->pendingCount();
    if (pending > 0 &&
        !UserPrompt::confirm(this, tr("Apply Roster"),
                             tr("%n Canvas student(s) have no hub username yet and will be left out of this import. "
                                "Apply the other changes?",
                                nullptr, pending),
                             tr("Apply"))) {
        return;
    }
    const Result<CanvasRosterPlan::Applied> result = m_review->apply(*m_gradebook, m_connection->actor());
    if (!result) {
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("The roster was not applied; the gradebook is unchanged.\n%1").arg(result.error().message));
        return;
    }
    m_applied = true;
    const CanvasRosterPlan::Applied &counts = result.value();
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("Roster applied: %1 added, %2 updated, %3 dropped (kept with their grades, marked "
                             "inactive); %4 Canvas links stored for later imports.")
                              .arg(counts.added)
                              .arg(counts.updated)
                              .arg(counts.dropped)
                              .arg(counts.linked));
    updateSummary();
    emit applied();
}

bool CanvasRosterDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_usernameCombo->lineEdit() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            decideCurrent(m_usernameCombo->currentText().trimmed());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CanvasRosterDialog::reject()
{
    if (isBusy()) {
        m_progress->cancel();
        return;
    }
    QDialog::reject();
}

void CanvasRosterDialog::done(int result)
{
    RemoteDialogSupport::saveSize(this, SizeKey);
    QDialog::done(result);
}

} // namespace GradeDesk::Ui
