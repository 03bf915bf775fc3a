// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchangeactions.h"

#include "exchangefeedbackdialog.h"
#include "exchangereleasedialog.h"
#include "exchangerosterdialog.h"
#include "ngshareconnectiondialog.h"

#include <models/coursesession.h>
#include <models/exchange/ngshareconnection.h>

#include <QAction>
#include <QMenu>

namespace GradeDesk::Ui {

using Models::NgshareConnection;

ExchangeActions::ExchangeActions(QWidget *window)
    : RemoteActions(window, QStringLiteral("exchange"), tr("E&xchange"), tr("&Connect to ngshare\u2026"))
    , m_rosterAction(new QAction(tr("&Roster\u2026"), this))
    , m_releaseAction(new QAction(tr("Release &Assignment\u2026"), this))
    , m_feedbackAction(new QAction(tr("Release &Feedback\u2026"), this))
{
    // Disabled entries explain themselves in their tooltip.
    menu()->setToolTipsVisible(true);
    m_rosterAction->setObjectName(QStringLiteral("exchangeRosterAction"));
    m_releaseAction->setObjectName(QStringLiteral("exchangeReleaseAction"));
    m_feedbackAction->setObjectName(QStringLiteral("exchangeFeedbackAction"));
    menu()->addAction(m_rosterAction);
    menu()->addAction(m_releaseAction);
    menu()->addAction(m_feedbackAction);
    connect(m_rosterAction, &QAction::triggered, this, &ExchangeActions::openRosterDialog);
    connect(m_releaseAction, &QAction::triggered, this, &ExchangeActions::openReleaseDialog);
    connect(m_feedbackAction, &QAction::triggered, this, &ExchangeActions::openFeedbackDialog);
    updateActions();
}

ExchangeActions::~ExchangeActions()
{
    closeDialogs();
}

Models::RemoteConnection *ExchangeActions::createConnection(Models::CourseSession *session,
                                                            Models::CanvasTokenStore *store)
{
    return new NgshareConnection(session->config(), session->exchange(), store, this);
}

RemoteConnectionDialog *ExchangeActions::createConnectionDialog()
{
    return new NgshareConnectionDialog(connection(), window());
}

bool ExchangeActions::mayConnect() const
{
    return connection() && connection()->isNgshare();
}

void ExchangeActions::updateActions()
{
    const bool open = connection() != nullptr;
    const bool ngshare = open && connection()->isNgshare();
    const QString why = !open      ? tr("Open a course first")
                        : !ngshare ? tr("This course's exchange is its local course folder, where students fetch and "
                                        "submit directly; set an ngshare exchange in course.yaml to use this")
                                   : QString();
    const auto set = [&why, ngshare](QAction *action, const QString &purpose) {
        action->setEnabled(ngshare);
        action->setToolTip(why.isEmpty() ? purpose : why);
        action->setStatusTip(action->toolTip());
    };
    set(connectAction(), tr("Enter the JupyterHub API token and test the connection to ngshare"));
    set(m_rosterAction, tr("Compare the gradebook's students with ngshare's, then add or remove them"));
    set(m_releaseAction, tr("Generate the student version of an assignment and upload it to ngshare"));
    set(m_feedbackAction, tr("Upload each student's feedback pages for the submission that was graded"));
}

void ExchangeActions::closeDialogs()
{
    RemoteActions::closeDialogs();
    delete m_rosterDialog;
    delete m_releaseDialog;
    delete m_feedbackDialog;
}

bool ExchangeActions::needsToken() const
{
    return connection() && connection()->isNgshare() && !connection()->hasToken();
}

void ExchangeActions::openRosterDialog()
{
    openDialog<ExchangeRosterDialog>(
        m_rosterDialog, tr("Enter your JupyterHub API token to compare the roster with ngshare."), [this] {
            auto *dialog = new ExchangeRosterDialog(connection(), window());
            connect(dialog, &ExchangeRosterDialog::applied, this, &ExchangeActions::rosterChanged);
            connect(dialog, &ExchangeRosterDialog::connectionRequested, this, [this] {
                openConnectionDialog(tr("The hub refused the token. Paste a new one, save it, then compare again."));
            });
            return dialog;
        });
}

void ExchangeActions::openReleaseDialog()
{
    openDialog<ExchangeReleaseDialog>(
        m_releaseDialog, tr("Enter your JupyterHub API token to release assignments on ngshare."), [this] {
            auto *dialog = new ExchangeReleaseDialog(connection(), currentAssignment(), window());
            connect(dialog, &ExchangeReleaseDialog::released, this, &ExchangeActions::assignmentReleased);
            connect(dialog, &ExchangeReleaseDialog::connectionRequested, this, [this] {
                openConnectionDialog(tr("The hub refused the token. Paste a new one, save it, then release again."));
            });
            return dialog;
        });
}

void ExchangeActions::openFeedbackDialog()
{
    openDialog<ExchangeFeedbackDialog>(
        m_feedbackDialog, tr("Enter your JupyterHub API token to upload feedback to ngshare."), [this] {
            auto *dialog = new ExchangeFeedbackDialog(connection(), session()->gradebook(), session()->displayTitle(),
                                                      currentAssignment(), window());
            connect(dialog, &ExchangeFeedbackDialog::uploaded, this, &ExchangeActions::feedbackUploaded);
            connect(dialog, &ExchangeFeedbackDialog::connectionRequested, this, [this] {
                openConnectionDialog(tr("The hub refused the token. Paste a new one, save it, then upload again."));
            });
            return dialog;
        });
}

NgshareConnection *ExchangeActions::connection() const
{
    return static_cast<NgshareConnection *>(remoteConnection());
}

NgshareConnectionDialog *ExchangeActions::connectionDialog() const
{
    return static_cast<NgshareConnectionDialog *>(remoteConnectionDialog());
}

ExchangeRosterDialog *ExchangeActions::rosterDialog() const
{
    return m_rosterDialog;
}

ExchangeReleaseDialog *ExchangeActions::releaseDialog() const
{
    return m_releaseDialog;
}

ExchangeFeedbackDialog *ExchangeActions::feedbackDialog() const
{
    return m_feedbackDialog;
}

} // namespace GradeDesk::Ui
