// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradeactions.h"

#include "autogradereviewdialog.h"
#include "autogradewindow.h"

#include <models/coursesession.h>

#include <QAction>
#include <QWidget>

namespace GradeDesk::Ui {

AutogradeActions::AutogradeActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_autogradeAction(new QAction(tr("Autograde &All\u2026"), this))
{
    m_autogradeAction->setObjectName(QStringLiteral("autogradeAllAction"));
    m_autogradeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_autogradeAction->setIcon(QIcon::fromTheme(QStringLiteral("system-run")));
    connect(m_autogradeAction, &QAction::triggered, this, &AutogradeActions::openWindow);
    updateAction();
}

AutogradeActions::~AutogradeActions()
{
    closeWindow();
}

AutogradeWindow *AutogradeActions::autogradeWindow() const
{
    return m_autogradeWindow;
}

AutogradeReviewDialog *AutogradeActions::reviewDialog() const
{
    return m_reviewDialog;
}

void AutogradeActions::setPlanner(Models::AutogradeSession::Planner planner)
{
    m_planner = std::move(planner);
}

void AutogradeActions::setExecutorFactory(Models::AutogradeSession::ExecutorFactory factory)
{
    m_executorFactory = std::move(factory);
}

void AutogradeActions::setSession(Models::CourseSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    closeWindow();
    m_session = session;
    if (session) {
        // A course closed without setSession(nullptr) first: nothing may keep using its gradebook.
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
        m_autograde = new Models::AutogradeSession(session, this);
        if (m_planner) {
            m_autograde->setPlanner(m_planner);
        }
        if (m_executorFactory) {
            m_autograde->setExecutorFactory(m_executorFactory);
        }
        connect(m_autograde, &Models::AutogradeSession::committed, this, &AutogradeActions::gradesCommitted);
    }
    updateAction();
}

void AutogradeActions::updateAction()
{
    m_autogradeAction->setEnabled(m_session != nullptr);
    m_autogradeAction->setStatusTip(m_session ? tr("Run and score every submission of an assignment, locally or "
                                                   "on a Kubernetes cluster, then review the score changes")
                                              : tr("Open a course first"));
}

void AutogradeActions::closeWindow()
{
    // Deleted at once: the run uses the course's gradebook, which goes away with the course.
    delete m_reviewDialog;
    delete m_autogradeWindow;
    delete m_autograde; // cancels a run still going on
    m_autograde = nullptr;
}

void AutogradeActions::openWindow()
{
    if (!m_session || !m_autograde) {
        return;
    }
    if (!m_autogradeWindow) {
        m_autogradeWindow = new AutogradeWindow(m_autograde, m_session->config(), m_window);
        connect(m_autogradeWindow, &AutogradeWindow::reviewRequested, this, &AutogradeActions::openReviewDialog);
    }
    m_autogradeWindow->prepare(m_currentAssignment);
    m_autogradeWindow->show();
    m_autogradeWindow->raise();
    m_autogradeWindow->activateWindow();
}

void AutogradeActions::openReviewDialog()
{
    if (!m_autograde || !m_autogradeWindow) {
        return;
    }
    if (m_reviewDialog) {
        m_reviewDialog->refresh();
        m_reviewDialog->raise();
        m_reviewDialog->activateWindow();
        return;
    }
    m_reviewDialog = new AutogradeReviewDialog(m_autograde, m_autogradeWindow);
    m_reviewDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_reviewDialog->setWindowModality(Qt::WindowModal);
    m_reviewDialog->show();
    m_reviewDialog->raise();
    m_reviewDialog->activateWindow();
}

} // namespace GradeDesk::Ui
