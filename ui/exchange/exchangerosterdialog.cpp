// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchangerosterdialog.h"

#include "exchangedialogsupport.h"
#include "exchangeinstructorspanel.h"

#include <models/exchange/exchangerostermodel.h>
#include <models/exchange/ngshareconnection.h>
#include <services/exchange/ngshareexchange.h>
#include <ui/messagebanner.h>
#include <ui/remote/remoteprogresspanel.h>
#include <ui/uilogging.h>
#include <ui/userprompt.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using namespace Services;
using Models::ExchangeRosterModel;

namespace {

const auto SizeKey = QStringLiteral("exchange/rosterDialog");

} // namespace

ExchangeRosterDialog::ExchangeRosterDialog(Models::NgshareConnection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_model(new ExchangeRosterModel(this))
    , m_tabs(new QTabWidget(this))
    , m_instructors(new ExchangeInstructorsPanel(connection, this))
    , m_banner(new MessageBanner(this))
    , m_summary(ExchangeDialogSupport::noteLabel(QString(), this))
    , m_view(ExchangeDialogSupport::tableView(QStringLiteral("rosterTableView"), this))
    , m_progress(new RemoteProgressPanel(RemoteProgressPanel::Service::Ngshare, this))
    , m_compareButton(new QPushButton(tr("&Compare Again"), this))
    , m_applyButton(new QPushButton(tr("&Apply Changes\u2026"), this))
    , m_connectButton(new QPushButton(tr("C&onnect\u2026"), this))
{
    setObjectName(QStringLiteral("exchangeRosterDialog"));
    setWindowTitle(tr("ngshare Roster \u2014 %1").arg(connection->config().id));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setToolTip(tr("Read ngshare's roster again and compare it with the gradebook's"));
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setToolTip(tr("Add, update and remove the checked students on ngshare"));
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setToolTip(tr("Enter a new hub token"));
    m_connectButton->hide();
    for (QPushButton *button : {m_compareButton, m_applyButton, m_connectButton}) {
        button->setAutoDefault(false);
    }
    m_view->setModel(m_model);
    m_view->setTabKeyNavigation(false);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->horizontalHeader()->resizeSection(ExchangeRosterModel::ChangeColumn, 26 * digit);
    m_view->horizontalHeader()->resizeSection(ExchangeRosterModel::StudentColumn, 14 * digit);
    m_view->horizontalHeader()->resizeSection(ExchangeRosterModel::NameColumn, 18 * digit);
    m_view->horizontalHeader()->resizeSection(ExchangeRosterModel::EmailColumn, 24 * digit);
    m_view->horizontalHeader()->resizeSection(ExchangeRosterModel::ExchangeColumn, 24 * digit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_connectButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_compareButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_applyButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExchangeRosterDialog::reject);

    auto *students = new QWidget(m_tabs);
    auto *studentsLayout = new QVBoxLayout(students);
    studentsLayout->addWidget(ExchangeDialogSupport::noteLabel(
        tr("The gradebook's students compared with the students of %1 on ngshare. Nothing changes until you press "
           "Apply. Space ticks or unticks the current row; removed students keep their submissions on ngshare.")
            .arg(connection->config().id),
        students));
    studentsLayout->addWidget(m_view, 1);
    studentsLayout->addWidget(m_summary);
    m_tabs->setObjectName(QStringLiteral("rosterTabWidget"));
    m_tabs->addTab(students, tr("&Students"));
    m_tabs->addTab(m_instructors, tr("&Instructors"));
    // The students' buttons act on the Students tab only.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        const bool instructors = m_tabs->widget(index) == m_instructors;
        m_compareButton->setVisible(!instructors);
        m_applyButton->setVisible(!instructors);
        if (instructors && !m_instructorsRead) {
            m_instructorsRead = true;
            m_instructors->reload();
        }
    });
    connect(m_instructors, &ExchangeInstructorsPanel::connectionRequested, this, [this] { m_connectButton->show(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    ExchangeDialogSupport::restoreSize(this, SizeKey, QSize(980, 560));

    connect(m_compareButton, &QPushButton::clicked, this, &ExchangeRosterDialog::compare);
    connect(m_applyButton, &QPushButton::clicked, this, &ExchangeRosterDialog::apply);
    connect(m_connectButton, &QPushButton::clicked, this, &ExchangeRosterDialog::connectionRequested);
    connect(m_model, &ExchangeRosterModel::checkedChanged, this, &ExchangeRosterDialog::updateState);
    compare();
    m_view->setFocus();
}

ExchangeRosterDialog::~ExchangeRosterDialog() = default;

bool ExchangeRosterDialog::isBusy() const
{
    return m_progress->isRunning() || m_applying;
}

void ExchangeRosterDialog::showInstructors()
{
    m_tabs->setCurrentWidget(m_instructors);
}

QString ExchangeRosterDialog::statusText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString ExchangeRosterDialog::summaryText() const
{
    return m_summary->text();
}

void ExchangeRosterDialog::showError(const QString &what, const ServiceError &error)
{
    qCWarning(lcUi) << what << "-" << kindName(error.kind) << error.detail;
    m_banner->showMessage(MessageBanner::Kind::Error,
                          what + QLatin1Char('\n') + ExchangeDialogSupport::errorText(error));
    m_connectButton->setVisible(ExchangeDialogSupport::needsNewToken(error));
}

void ExchangeRosterDialog::compare()
{
    if (!m_connection || !m_connection->exchange() || isBusy()) {
        return;
    }
    m_banner->hide();
    m_connectButton->hide();
    auto *job = m_connection->exchange()->planRoster();
    m_progress->track(job, tr("Reading the roster from ngshare"));
    connect(job, &ExchangeJob::finished, this, [this, job] {
        if (job->result()) {
            onCompared(job->result().value());
        } else if (job->result().error().kind == ServiceError::Kind::Cancelled) {
            m_banner->showMessage(MessageBanner::Kind::Information,
                                  tr("Comparing was cancelled. Press Compare Again to start over."));
        } else {
            showError(tr("ngshare's roster could not be read."), job->result().error());
        }
        updateState();
    });
    updateState();
}

void ExchangeRosterDialog::onCompared(const ExchangeRosterDiff &diff)
{
    m_model->setDiff(diff);
    QString text = tr("%1 to add, %2 to update, %3 only on ngshare, %4 dropped in the gradebook, %5 unchanged.")
                       .arg(diff.toAdd.size())
                       .arg(diff.toUpdate.size())
                       .arg(diff.onlyOnExchange.size())
                       .arg(diff.inactiveOnExchange.size())
                       .arg(diff.unchanged);
    if (!diff.instructors.isEmpty()) {
        text += QLatin1Char(' ') + tr("%n gradebook student(s) teach the course on ngshare and cannot be enrolled.",
                                      nullptr, int(diff.instructors.size()));
    }
    if (m_model->rowCount() == 0) {
        text = tr("ngshare's roster matches the gradebook: %n student(s), nothing to change.", nullptr, diff.unchanged);
    }
    m_summary->setText(text);
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, ExchangeRosterModel::ChangeColumn));
    }
}

void ExchangeRosterDialog::apply()
{
    if (!m_connection || !m_connection->exchange() || isBusy() || m_model->checkedCount() == 0) {
        return;
    }
    const QList<ExchangePerson> additions = m_model->checkedAdditions();
    const QStringList removals = m_model->checkedRemovals();
    QString question = tr("Change the roster of %1 on ngshare?").arg(m_connection->config().id);
    if (!additions.isEmpty()) {
        question += QLatin1Char('\n') + tr("Add or update %n student(s).", nullptr, int(additions.size()));
    }
    if (!removals.isEmpty()) {
        question += QLatin1Char('\n') + tr("Remove %n student(s): %1. They can no longer fetch or submit; their "
                                           "submissions stay on ngshare.",
                                           nullptr, int(removals.size()))
                                            .arg(removals.join(QStringLiteral(", ")));
    }
    if (!UserPrompt::confirm(this, tr("Apply Roster Changes"), question, tr("Apply"))) {
        return;
    }
    m_banner->hide();
    m_connectButton->hide();
    m_applying = true;
    m_applyFailures = 0;
    m_applyDone = 0;
    const int total = int(additions.size() + removals.size());
    if (additions.isEmpty()) {
        removeNext(removals, total);
        return;
    }
    auto *job = m_connection->exchange()->addStudents(additions);
    m_progress->track(job, tr("Adding %n student(s)", nullptr, int(additions.size())));
    connect(job, &ExchangeJob::finished, this, [this, job, removals, total] {
        const Result<QList<ExchangePersonStatus>> &result = job->result();
        if (!result) {
            if (result.error().kind != ServiceError::Kind::Cancelled) {
                showError(tr("ngshare did not accept the students."), result.error());
            }
            finishApply(result.error().kind == ServiceError::Kind::Cancelled);
            return;
        }
        for (const ExchangePersonStatus &status : result.value()) {
            m_model->setResult(status.username, status.ok, status.message);
            ++m_applyDone;
            m_applyFailures += status.ok ? 0 : 1;
        }
        removeNext(removals, total);
    });
    updateState();
}

void ExchangeRosterDialog::removeNext(QStringList remaining, int total)
{
    if (remaining.isEmpty() || !m_connection || !m_connection->exchange()) {
        finishApply(false);
        return;
    }
    const QString username = remaining.takeFirst();
    auto *job = m_connection->exchange()->removeStudent(username);
    m_progress->track(job, tr("Removing %1 (%2 of %3)").arg(username).arg(m_applyDone + 1).arg(total));
    connect(job, &ExchangeJob::finished, this, [this, job, username, remaining, total] {
        const Result<void> &result = job->result();
        if (!result && result.error().kind == ServiceError::Kind::Cancelled) {
            finishApply(true);
            return;
        }
        m_model->setResult(username, result.ok(), result ? QString() : result.error().message);
        ++m_applyDone;
        m_applyFailures += result ? 0 : 1;
        if (!result && ExchangeDialogSupport::needsNewToken(result.error())) {
            showError(tr("ngshare refused the token while removing students."), result.error());
            finishApply(false);
            return;
        }
        removeNext(remaining, total);
    });
    updateState();
}

void ExchangeRosterDialog::finishApply(bool cancelled)
{
    m_applying = false;
    if (m_applyDone > 0) {
        emit applied();
    }
    if (cancelled) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Stopped after %n change(s). The Result column shows what was done; press Compare "
                                 "Again to see what is left.",
                                 nullptr, m_applyDone));
    } else if (m_applyFailures > 0) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("%1 of %2 changes failed: the Result column says why. Fix them and press Compare "
                                 "Again.")
                                  .arg(m_applyFailures)
                                  .arg(m_applyDone));
    } else if (m_applyDone > 0) {
        m_banner->showMessage(
            MessageBanner::Kind::Information,
            tr("Applied %n change(s) on ngshare. Press Compare Again to check.", nullptr, m_applyDone));
    }
    updateState();
}

void ExchangeRosterDialog::updateState()
{
    const bool busy = isBusy();
    m_compareButton->setEnabled(!busy);
    const int checked = m_model->checkedCount();
    m_applyButton->setEnabled(!busy && checked > 0);
    m_applyButton->setText(checked > 0 ? tr("&Apply %n Change(s)\u2026", nullptr, checked)
                                       : tr("&Apply Changes\u2026"));
    m_view->setEnabled(!busy);
}

void ExchangeRosterDialog::reject()
{
    if (m_progress->isRunning()) {
        m_progress->cancel();
        return;
    }
    QDialog::reject();
}

void ExchangeRosterDialog::done(int result)
{
    ExchangeDialogSupport::saveSize(this, SizeKey);
    QDialog::done(result);
}

} // namespace GradeDesk::Ui
