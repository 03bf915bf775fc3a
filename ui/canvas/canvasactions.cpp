// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasactions.h"

#include "canvasconnectiondialog.h"
#include "canvaspushdialog.h"
#include "canvasrosterdialog.h"

#include <models/canvas/canvasconnection.h>
#include <models/coursesession.h>

#include <QAction>
#include <QMenu>
#include <QNetworkAccessManager>

namespace GradeDesk::Ui {

using Models::CanvasConnection;

CanvasActions::CanvasActions(QWidget *window, QNetworkAccessManager *network)
    : RemoteActions(window, QStringLiteral("canvas"), tr("Ca&nvas"), tr("&Connect to Canvas\u2026"))
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_rosterAction(new QAction(tr("&Import Roster\u2026"), this))
    , m_pushAction(new QAction(tr("&Push Grades\u2026"), this))
{
    m_rosterAction->setObjectName(QStringLiteral("canvasRosterAction"));
    m_pushAction->setObjectName(QStringLiteral("canvasPushAction"));
    connectAction()->setStatusTip(tr("Enter the Canvas access token and test the connection"));
    menu()->addAction(m_rosterAction);
    menu()->addAction(m_pushAction);
    connect(m_rosterAction, &QAction::triggered, this, &CanvasActions::openRosterDialog);
    connect(m_pushAction, &QAction::triggered, this, &CanvasActions::openPushDialog);
    updateActions();
}

CanvasActions::~CanvasActions()
{
    closeDialogs();
}

Models::RemoteConnection *CanvasActions::createConnection(Models::CourseSession *session,
                                                          Models::CanvasTokenStore *store)
{
    return new CanvasConnection(session->config(), m_network, store, this);
}

RemoteConnectionDialog *CanvasActions::createConnectionDialog()
{
    return new CanvasConnectionDialog(connection(), window());
}

void CanvasActions::updateActions()
{
    const bool open = remoteConnection() != nullptr;
    const bool configured = open && remoteConnection()->isConfigured();
    connectAction()->setEnabled(open);
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
    RemoteActions::closeDialogs();
    delete m_rosterDialog;
    delete m_pushDialog;
}

void CanvasActions::openRosterDialog()
{
    openDialog<CanvasRosterDialog>(m_rosterDialog, tr("Enter your Canvas access token to import the roster."), [this] {
        auto *dialog = new CanvasRosterDialog(connection(), session()->gradebook(), window());
        connect(dialog, &CanvasRosterDialog::applied, this, &CanvasActions::rosterImported);
        connect(dialog, &CanvasRosterDialog::connectionRequested, this, [this] {
            openConnectionDialog(tr("Canvas refused the token. Paste a new one, save it, then fetch again."));
        });
        return dialog;
    });
}

void CanvasActions::openPushDialog()
{
    openDialog<CanvasPushDialog>(m_pushDialog, tr("Enter your Canvas access token to push grades."), [this] {
        auto *dialog = new CanvasPushDialog(connection(), session()->gradebook(), currentAssignment(), window());
        connect(dialog, &CanvasPushDialog::pushed, this, &CanvasActions::gradesPushed);
        connect(dialog, &CanvasPushDialog::connectionRequested, this, [this] {
            openConnectionDialog(tr("Canvas refused the token. Paste a new one, save it, then press Refresh."));
        });
        return dialog;
    });
}

CanvasConnection *CanvasActions::connection() const
{
    return static_cast<CanvasConnection *>(remoteConnection());
}

CanvasConnectionDialog *CanvasActions::connectionDialog() const
{
    return static_cast<CanvasConnectionDialog *>(remoteConnectionDialog());
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
