// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchangeactions.h"

#include "exchangefeedbackdialog.h"
#include "exchangereleasedialog.h"
#include "exchangerosterdialog.h"
#include "ngshareconnectiondialog.h"

#include <models/canvas/canvastokenstore.h>
#include <models/coursesession.h>
#include <models/exchange/ngshareconnection.h>

#include <QAction>
#include <QMenu>

#include <memory>

namespace GradeDesk::Ui {

using Models::NgshareConnection;
using Services::Result;

namespace {

/// Shows `dialog` window-modal without blocking, deleted when closed.
void present(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

bool raiseIfOpen(QDialog *dialog)
{
    if (!dialog) {
        return false;
    }
    dialog->raise();
    dialog->activateWindow();
    return true;
}

} // namespace

ExchangeActions::ExchangeActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(tr("E&xchange"), window))
    , m_connectAction(new QAction(tr("&Connect to ngshare\u2026"), this))
    , m_rosterAction(new QAction(tr("&Roster\u2026"), this))
    , m_releaseAction(new QAction(tr("Release &Assignment\u2026"), this))
    , m_feedbackAction(new QAction(tr("Release &Feedback\u2026"), this))
{
    m_menu->setObjectName(QStringLiteral("exchangeMenu"));
    // Disabled entries explain themselves in their tooltip.
    m_menu->setToolTipsVisible(true);
    m_connectAction->setObjectName(QStringLiteral("exchangeConnectAction"));
    m_rosterAction->setObjectName(QStringLiteral("exchangeRosterAction"));
    m_releaseAction->setObjectName(QStringLiteral("exchangeReleaseAction"));
    m_feedbackAction->setObjectName(QStringLiteral("exchangeFeedbackAction"));
    m_menu->addAction(m_connectAction);
    m_menu->addSeparator();
    m_menu->addAction(m_rosterAction);
    m_menu->addAction(m_releaseAction);
    m_menu->addAction(m_feedbackAction);
    connect(m_connectAction, &QAction::triggered, this, [this] { openConnectionDialog(); });
    connect(m_rosterAction, &QAction::triggered, this, &ExchangeActions::openRosterDialog);
    connect(m_releaseAction, &QAction::triggered, this, &ExchangeActions::openReleaseDialog);
    connect(m_feedbackAction, &QAction::triggered, this, &ExchangeActions::openFeedbackDialog);
    updateActions();
}

ExchangeActions::~ExchangeActions()
{
    closeDialogs();
}

void ExchangeActions::setTokenStore(Models::CanvasTokenStore *store)
{
    m_store = store;
}

void ExchangeActions::setSession(Models::CourseSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    closeDialogs();
    delete m_connection;
    m_connection = nullptr;
    m_session = session;
    if (session) {
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
        if (!m_store) {
            m_store = new Models::CanvasKeychainTokenStore(this);
        }
        m_connection = new NgshareConnection(session->config(), session->exchange(), m_store, this);
    }
    updateActions();
}

void ExchangeActions::updateActions()
{
    const bool open = m_connection != nullptr;
    const bool ngshare = open && m_connection->isNgshare();
    const QString why = !open      ? tr("Open a course first")
                        : !ngshare ? tr("This course's exchange is its local course folder, where students fetch and "
                                        "submit directly; set an ngshare exchange in course.yaml to use this")
                                   : QString();
    const auto set = [&why, ngshare](QAction *action, const QString &purpose) {
        action->setEnabled(ngshare);
        action->setToolTip(why.isEmpty() ? purpose : why);
        action->setStatusTip(action->toolTip());
    };
    set(m_connectAction, tr("Enter the JupyterHub API token and test the connection to ngshare"));
    set(m_rosterAction, tr("Compare the gradebook's students with ngshare's, then add or remove them"));
    set(m_releaseAction, tr("Generate the student version of an assignment and upload it to ngshare"));
    set(m_feedbackAction, tr("Upload each student's feedback pages for the submission that was graded"));
}

void ExchangeActions::closeDialogs()
{
    // Deleted at once: they use the connection and the gradebook, which go away with the course.
    delete m_connectionDialog;
    delete m_rosterDialog;
    delete m_releaseDialog;
    delete m_feedbackDialog;
}

bool ExchangeActions::needsToken() const
{
    return m_connection && m_connection->isNgshare() && !m_connection->hasToken();
}

void ExchangeActions::openConnectionDialog(const QString &intro)
{
    if (!m_connection || !m_connection->isNgshare()) {
        return;
    }
    if (raiseIfOpen(m_connectionDialog)) {
        if (!intro.isEmpty()) {
            m_connectionDialog->setIntro(intro);
        }
        return;
    }
    m_connectionDialog = new NgshareConnectionDialog(m_connection, m_window);
    if (!intro.isEmpty()) {
        m_connectionDialog->setIntro(intro);
    }
    present(m_connectionDialog);
}

void ExchangeActions::whenConnected(const QString &why, const std::function<void()> &next)
{
    if (!m_connection || !m_connection->isNgshare() || m_connection->hasToken()) {
        next();
        return;
    }
    // Ask the connection dialog for a token; continue when it closes with one.
    const auto askForToken = [this, why, next] {
        openConnectionDialog(why);
        if (!m_connectionDialog) {
            return;
        }
        connect(m_connectionDialog, &QDialog::finished, this, [this, next] {
            if (m_connection && m_connection->hasToken()) {
                next();
            }
        });
    };
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_connection, &NgshareConnection::tokenLoaded, this,
                    [this, once, next, askForToken](const Result<void> &loaded) {
                        disconnect(*once);
                        if (loaded && m_connection->hasToken()) {
                            next();
                        } else {
                            askForToken();
                        }
                    });
    m_connection->loadToken();
}

void ExchangeActions::openRosterDialog()
{
    if (!m_session || raiseIfOpen(m_rosterDialog)) {
        return;
    }
    whenConnected(tr("Enter your JupyterHub API token to compare the roster with ngshare."), [this] {
        if (!m_session || !m_connection || m_rosterDialog) {
            return;
        }
        m_rosterDialog = new ExchangeRosterDialog(m_connection, m_window);
        connect(m_rosterDialog, &ExchangeRosterDialog::applied, this, &ExchangeActions::rosterChanged);
        connect(m_rosterDialog, &ExchangeRosterDialog::connectionRequested, this, [this] {
            openConnectionDialog(tr("The hub refused the token. Paste a new one, save it, then compare again."));
        });
        present(m_rosterDialog);
    });
}

void ExchangeActions::openReleaseDialog()
{
    if (!m_session || raiseIfOpen(m_releaseDialog)) {
        return;
    }
    whenConnected(tr("Enter your JupyterHub API token to release assignments on ngshare."), [this] {
        if (!m_session || !m_connection || m_releaseDialog) {
            return;
        }
        m_releaseDialog = new ExchangeReleaseDialog(m_connection, m_currentAssignment, m_window);
        connect(m_releaseDialog, &ExchangeReleaseDialog::released, this, &ExchangeActions::assignmentReleased);
        connect(m_releaseDialog, &ExchangeReleaseDialog::connectionRequested, this, [this] {
            openConnectionDialog(tr("The hub refused the token. Paste a new one, save it, then release again."));
        });
        present(m_releaseDialog);
    });
}

void ExchangeActions::openFeedbackDialog()
{
    if (!m_session || raiseIfOpen(m_feedbackDialog)) {
        return;
    }
    whenConnected(tr("Enter your JupyterHub API token to upload feedback to ngshare."), [this] {
        if (!m_session || !m_connection || m_feedbackDialog) {
            return;
        }
        m_feedbackDialog = new ExchangeFeedbackDialog(m_connection, m_session->gradebook(), m_session->displayTitle(),
                                                      m_currentAssignment, m_window);
        connect(m_feedbackDialog, &ExchangeFeedbackDialog::uploaded, this, &ExchangeActions::feedbackUploaded);
        connect(m_feedbackDialog, &ExchangeFeedbackDialog::connectionRequested, this, [this] {
            openConnectionDialog(tr("The hub refused the token. Paste a new one, save it, then upload again."));
        });
        present(m_feedbackDialog);
    });
}

NgshareConnectionDialog *ExchangeActions::connectionDialog() const
{
    return m_connectionDialog;
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
