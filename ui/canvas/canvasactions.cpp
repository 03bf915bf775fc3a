// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasactions.h"

#include "canvasconnectiondialog.h"
#include "canvaspushdialog.h"
#include "canvasrosterdialog.h"

#include <models/canvas/canvasconnection.h>
#include <models/canvas/canvastokenstore.h>
#include <models/coursesession.h>

#include <QAction>
#include <QMenu>
#include <QNetworkAccessManager>

#include <memory>

namespace GradeDesk::Ui {

using Models::CanvasConnection;
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

CanvasActions::CanvasActions(QWidget *window, QNetworkAccessManager *network)
    : QObject(window)
    , m_window(window)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_menu(new QMenu(tr("Ca&nvas"), window))
    , m_connectAction(new QAction(tr("&Connect to Canvas\u2026"), this))
    , m_rosterAction(new QAction(tr("&Import Roster\u2026"), this))
    , m_pushAction(new QAction(tr("&Push Grades\u2026"), this))
{
    m_menu->setObjectName(QStringLiteral("canvasMenu"));
    m_connectAction->setObjectName(QStringLiteral("canvasConnectAction"));
    m_rosterAction->setObjectName(QStringLiteral("canvasRosterAction"));
    m_pushAction->setObjectName(QStringLiteral("canvasPushAction"));
    m_connectAction->setStatusTip(tr("Enter the Canvas access token and test the connection"));
    m_menu->addAction(m_connectAction);
    m_menu->addSeparator();
    m_menu->addAction(m_rosterAction);
    m_menu->addAction(m_pushAction);
    connect(m_connectAction, &QAction::triggered, this, [this] { openConnectionDialog(); });
    connect(m_rosterAction, &QAction::triggered, this, &CanvasActions::openRosterDialog);
    connect(m_pushAction, &QAction::triggered, this, &CanvasActions::openPushDialog);
    updateActions();
}

CanvasActions::~CanvasActions()
{
    closeDialogs();
}

void CanvasActions::setTokenStore(Models::CanvasTokenStore *store)
{
    m_store = store;
}

void CanvasActions::setSession(Models::CourseSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    closeDialogs();
    delete m_connection; // abandons running Canvas jobs, which may hold the gradebook
    m_connection = nullptr;
    m_session = session;
    if (session) {
        // A course closed without setSession(nullptr) first: nothing may keep using its gradebook.
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
        if (!m_store) {
            m_store = new Models::CanvasKeychainTokenStore(this);
        }
        m_connection = new CanvasConnection(session->config(), m_network, m_store, this);
    }
    updateActions();
}

void CanvasActions::updateActions()
{
    const bool open = m_connection != nullptr;
    const bool configured = open && m_connection->isConfigured();
    m_connectAction->setEnabled(open);
    m_rosterAction->setEnabled(configured);
    m_pushAction->setEnabled(configured);
    const QString why = !open         ? tr("Open a course first")
                        : !configured ? tr("This course has no Canvas site in course.yaml (see Connect to Canvas)")
                                      : QString();
    m_rosterAction->setStatusTip(why.isEmpty() ? tr("Import students and sections from Canvas, reviewing the "
                                                    "changes first")
                                               : why);
    m_pushAction->setStatusTip(why.isEmpty() ? tr("Send an assignment's grades to Canvas and verify them") : why);
}

void CanvasActions::closeDialogs()
{
    // Deleted at once: they use the connection and the gradebook, which go away with the course.
    delete m_connectionDialog;
    delete m_rosterDialog;
    delete m_pushDialog;
}

void CanvasActions::openConnectionDialog(const QString &intro)
{
    if (!m_connection) {
        return;
    }
    if (raiseIfOpen(m_connectionDialog)) {
        if (!intro.isEmpty()) {
            m_connectionDialog->setIntro(intro);
        }
        return;
    }
    m_connectionDialog = new CanvasConnectionDialog(m_connection, m_window);
    if (!intro.isEmpty()) {
        m_connectionDialog->setIntro(intro);
    }
    present(m_connectionDialog);
}

void CanvasActions::whenConnected(const QString &why, const std::function<void()> &next)
{
    if (!m_connection || !m_connection->isConfigured()) {
        openConnectionDialog();
        return;
    }
    if (m_connection->hasToken()) {
        next();
        return;
    }
    // Ask the connection dialog for a token; continue when it closes with one.
    const auto askForToken = [this, why, next] {
        openConnectionDialog(why);
        connect(m_connectionDialog, &QDialog::finished, this, [this, next] {
            if (m_connection && m_connection->hasToken()) {
                next();
            }
        });
    };
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_connection, &CanvasConnection::tokenLoaded, this,
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

void CanvasActions::openRosterDialog()
{
    if (!m_session || raiseIfOpen(m_rosterDialog)) {
        return;
    }
    whenConnected(tr("Enter your Canvas access token to import the roster."), [this] {
        if (!m_session || !m_connection || m_rosterDialog) {
            return;
        }
        m_rosterDialog = new CanvasRosterDialog(m_connection, m_session->gradebook(), m_window);
        connect(m_rosterDialog, &CanvasRosterDialog::applied, this, &CanvasActions::rosterImported);
        connect(m_rosterDialog, &CanvasRosterDialog::connectionRequested, this, [this] {
            openConnectionDialog(tr("Canvas refused the token. Paste a new one, save it, then fetch again."));
        });
        present(m_rosterDialog);
    });
}

void CanvasActions::openPushDialog()
{
    if (!m_session || raiseIfOpen(m_pushDialog)) {
        return;
    }
    whenConnected(tr("Enter your Canvas access token to push grades."), [this] {
        if (!m_session || !m_connection || m_pushDialog) {
            return;
        }
        m_pushDialog = new CanvasPushDialog(m_connection, m_session->gradebook(), m_currentAssignment, m_window);
        connect(m_pushDialog, &CanvasPushDialog::pushed, this, &CanvasActions::gradesPushed);
        connect(m_pushDialog, &CanvasPushDialog::connectionRequested, this, [this] {
            openConnectionDialog(tr("Canvas refused the token. Paste a new one, save it, then press Refresh."));
        });
        present(m_pushDialog);
    });
}

CanvasConnectionDialog *CanvasActions::connectionDialog() const
{
    return m_connectionDialog;
}

CanvasRosterDialog *CanvasActions::rosterDialog() const
{
    return m_rosterDialog;
}

CanvasPushDialog *CanvasActions::pushDialog() const
{
    return m_pushDialog;
}

} // namespace GradeDesk::Ui
