// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchangeinstructorspanel.h"

#include "exchangedialogsupport.h"

#include <models/exchange/ngshareconnection.h>
#include <services/exchange/ngshareexchange.h>
#include <ui/messagebanner.h>
#include <ui/remote/remoteprogresspanel.h>
#include <ui/uilogging.h>
#include <ui/userprompt.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace GradeDesk::Ui {

using namespace Services;

ExchangeInstructorsPanel::ExchangeInstructorsPanel(Models::NgshareConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new QStandardItemModel(0, 3, this))
    , m_view(ExchangeDialogSupport::tableView(QStringLiteral("instructorsTableView"), this))
    , m_userEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("A&dd Instructor"), this))
    , m_removeButton(new QPushButton(tr("&Remove Instructor\u2026"), this))
    , m_banner(new MessageBanner(this))
    , m_progress(new RemoteProgressPanel(RemoteProgressPanel::Service::Ngshare, this))
{
    setObjectName(QStringLiteral("instructorsPanel"));
    m_model->setHorizontalHeaderLabels({tr("Instructor"), tr("Name"), tr("E-mail")});
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_userEdit->setObjectName(QStringLiteral("instructorLineEdit"));
    m_userEdit->setPlaceholderText(tr("Hub username"));
    m_userEdit->setClearButtonEnabled(true);
    m_addButton->setObjectName(QStringLiteral("addInstructorButton"));
    m_removeButton->setObjectName(QStringLiteral("removeInstructorButton"));
    m_removeButton->setToolTip(tr("Remove the selected instructor (their own submissions stay on ngshare)"));
    for (QPushButton *button : {m_addButton, m_removeButton}) {
        button->setAutoDefault(false);
    }
    auto *userLabel = new QLabel(tr("&Username:"), this);
    userLabel->setBuddy(m_userEdit);

    auto *row = new QHBoxLayout;
    row->addWidget(userLabel);
    row->addWidget(m_userEdit, 1);
    row->addWidget(m_addButton);
    row->addSpacing(12);
    row->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(ExchangeDialogSupport::noteLabel(
        tr("Only ngshare administrators may add or remove instructors. An administrator keeps access to every "
           "course, so removing yourself does not lock you out."),
        this));
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    layout->addWidget(m_progress);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addInstructor(m_userEdit->text()); });
    connect(m_userEdit, &QLineEdit::returnPressed, this, [this] { addInstructor(m_userEdit->text()); });
    connect(m_userEdit, &QLineEdit::textChanged, this, &ExchangeInstructorsPanel::updateState);
    connect(m_removeButton, &QPushButton::clicked, this, &ExchangeInstructorsPanel::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExchangeInstructorsPanel::updateState);
    updateState();
}

ExchangeInstructorsPanel::~ExchangeInstructorsPanel() = default;

bool ExchangeInstructorsPanel::isBusy() const
{
    return m_progress->isRunning();
}

QStringList ExchangeInstructorsPanel::instructors() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        names.append(m_model->item(row, 0)->text());
    }
    return names;
}

QString ExchangeInstructorsPanel::statusText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void ExchangeInstructorsPanel::showError(const QString &what, const ServiceError &error)
{
    qCWarning(lcUi) << what << "-" << kindName(error.kind) << error.detail;
    m_banner->showMessage(MessageBanner::Kind::Error,
                          what + QLatin1Char('\n') + ExchangeDialogSupport::errorText(error));
    if (ExchangeDialogSupport::needsNewToken(error)) {
        emit connectionRequested();
    }
}

void ExchangeInstructorsPanel::showPeople(const QList<ExchangePerson> &people)
{
    m_model->removeRows(0, m_model->rowCount());
    for (const ExchangePerson &person : people) {
        const QString name = QStringList{person.firstName, person.lastName}.join(QLatin1Char(' ')).trimmed();
        QList<QStandardItem *> cells{new QStandardItem(person.username), new QStandardItem(name),
                                     new QStandardItem(person.email)};
        for (QStandardItem *cell : cells) {
            cell->setEditable(false);
        }
        m_model->appendRow(cells);
    }
}

void ExchangeInstructorsPanel::reload()
{
    if (!m_connection || !m_connection->exchange() || isBusy()) {
        return;
    }
    auto *job = m_connection->exchange()->listInstructors();
    m_progress->track(job, tr("Reading the instructors from ngshare"));
    connect(job, &ExchangeJob::finished, this, [this, job] {
        if (job->result()) {
            showPeople(job->result().value());
        } else if (job->result().error().kind != ServiceError::Kind::Cancelled) {
            showError(tr("The instructors could not be read from ngshare."), job->result().error());
        }
        updateState();
    });
    updateState();
}

void ExchangeInstructorsPanel::addInstructor(const QString &username)
{
    const QString user = username.trimmed();
    if (!m_connection || !m_connection->exchange() || isBusy() || user.isEmpty()) {
        return;
    }
    const bool control =
        std::any_of(user.cbegin(), user.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (user.contains(QLatin1Char('/')) || user.contains(QLatin1Char('\\')) || control) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("\u201c%1\u201d is not a hub username: usernames have no slashes or control "
                                 "characters. Nothing was sent.")
                                  .arg(user));
        return;
    }
    if (instructors().contains(user)) {
        // ngshare's POST would replace their names with empty ones.
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("%1 already teaches the course: nothing was changed.").arg(user));
        return;
    }
    m_banner->hide();
    auto *job = m_connection->exchange()->addInstructor({user, {}, {}, {}});
    m_progress->track(job, tr("Adding %1 as an instructor").arg(user));
    connect(job, &ExchangeJob::finished, this, [this, job, user] {
        if (job->result()) {
            m_banner->showMessage(MessageBanner::Kind::Information, tr("Added %1 as an instructor.").arg(user));
            m_userEdit->clear();
        } else {
            showError(tr("%1 was not added as an instructor.").arg(user), job->result().error());
        }
        updateState();
        if (job->result()) {
            reload();
        }
    });
    updateState();
}

void ExchangeInstructorsPanel::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!m_connection || !m_connection->exchange() || isBusy() || rows.isEmpty()) {
        return;
    }
    const QString user = m_model->item(rows.constFirst().row(), 0)->text();
    if (!UserPrompt::confirm(this, tr("Remove Instructor"),
                             tr("Remove %1 as an instructor of %2 on ngshare? Their own submissions stay.")
                                 .arg(user, m_connection->config().id),
                             tr("Remove"))) {
        return;
    }
    m_banner->hide();
    auto *job = m_connection->exchange()->removeInstructor(user);
    m_progress->track(job, tr("Removing %1").arg(user));
    connect(job, &ExchangeJob::finished, this, [this, job, user] {
        if (job->result()) {
            m_banner->showMessage(MessageBanner::Kind::Information, tr("Removed %1 as an instructor.").arg(user));
        } else {
            showError(tr("%1 was not removed.").arg(user), job->result().error());
        }
        updateState();
        if (job->result()) {
            reload();
        }
    });
    updateState();
}

void ExchangeInstructorsPanel::updateState()
{
    const bool busy = isBusy();
    m_addButton->setEnabled(!busy && !m_userEdit->text().trimmed().isEmpty());
    m_removeButton->setEnabled(!busy && m_view->selectionModel()->hasSelection());
}

} // namespace GradeDesk::Ui
