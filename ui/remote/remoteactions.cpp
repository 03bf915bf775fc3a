// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "remoteactions.h"

#include "remoteconnectiondialog.h"

#include <models/canvas/canvastokenstore.h>
#include <models/coursesession.h>
#include <models/remote/remoteconnection.h>

#include <QAction>
#include <QMenu>

#include <memory>

namespace GradeDesk::Ui {

using Models::RemoteConnection;
using Services::Result;

RemoteActions::RemoteActions(QWidget *window, const QString &name, const QString &menuTitle, const QString &connectText)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(menuTitle, window))
    , m_connectAction(new QAction(connectText, this))
{
    m_menu->setObjectName(name + QStringLiteral("Menu"));
    m_connectAction->setObjectName(name + QStringLiteral("ConnectAction"));
    m_menu->addAction(m_connectAction);
    m_menu->addSeparator();
    connect(m_connectAction, &QAction::triggered, this, [this] { openConnectionDialog(); });
}

RemoteActions::~RemoteActions() = default;

void RemoteActions::setTokenStore(Models::CanvasTokenStore *store)
{
    m_store = store;
}

void RemoteActions::setSession(Models::CourseSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    closeDialogs();
    delete m_connection; // abandons running jobs, which may hold the gradebook
    m_connection = nullptr;
    m_session = session;
    if (session) {
        // A course closed without setSession(nullptr) first: nothing may keep using its gradebook.
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
        if (!m_store) {
            m_store = new Models::CanvasKeychainTokenStore(this);
        }
        m_connection = createConnection(session, m_store);
    }
    updateActions();
}

RemoteConnectionDialog *RemoteActions::remoteConnectionDialog() const
{
    return m_connectionDialog;
}

void RemoteActions::closeDialogs()
{
    delete m_connectionDialog;
}

void RemoteActions::present(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

bool RemoteActions::raiseIfOpen(QDialog *dialog)
{
    if (!dialog) {
        return false;
    }
    dialog->raise();
    dialog->activateWindow();
    return true;
}

void RemoteActions::openConnectionDialog(const QString &intro)
{
    if (!m_connection || !mayConnect()) {
        return;
    }
    if (!raiseIfOpen(m_connectionDialog)) {
        m_connectionDialog = createConnectionDialog();
        present(m_connectionDialog);
    }
    if (!intro.isEmpty()) {
        m_connectionDialog->setIntro(intro);
    }
}

void RemoteActions::whenConnected(const QString &why, const std::function<void()> &next)
{
    if (!m_connection || !m_connection->isConfigured()) {
        if (isServiceOptional()) {
            next();
        } else {
            openConnectionDialog();
        }
        return;
    }
    if (m_connection->hasToken()) {
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
    *once = connect(m_connection, &RemoteConnection::tokenLoaded, this,
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

} // namespace GradeDesk::Ui
