// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "regradeactions.h"

#include "regradewindow.h"

#include <models/coursesession.h>

#include <QAction>
#include <QTableView>
#include <QWidget>

namespace GradeDesk::Ui {

RegradeActions::RegradeActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_regradesAction(new QAction(tr("&Regrades\u2026"), this))
{
    m_regradesAction->setObjectName(QStringLiteral("regradesAction"));
    m_regradesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_regradesAction, &QAction::triggered, this, &RegradeActions::openWindow);
    updateAction();
}

RegradeActions::~RegradeActions()
{
    delete m_regradeWindow;
}

RegradeWindow *RegradeActions::regradeWindow() const
{
    return m_regradeWindow;
}

void RegradeActions::setSession(Models::CourseSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    // Deleted at once: the window reads the course's gradebook, which goes away with the course.
    delete m_regradeWindow;
    m_session = session;
    if (session) {
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    updateAction();
}

void RegradeActions::setCurrentAssignment(const QString &name)
{
    m_currentAssignment = name;
    if (m_regradeWindow && m_regradeWindow->isVisible() && !name.isEmpty()) {
        m_regradeWindow->setAssignment(name);
    }
}

void RegradeActions::updateAction()
{
    m_regradesAction->setEnabled(m_session != nullptr);
    m_regradesAction->setStatusTip(m_session ? tr("Review, answer and resolve the students' regrade requests")
                                             : tr("Open a course first"));
}

void RegradeActions::openWindow()
{
    if (!m_session || !m_session->gradebook()) {
        return;
    }
    if (!m_regradeWindow) {
        m_regradeWindow = new RegradeWindow(m_session->gradebook(), m_session->config(), m_window);
        connect(m_regradeWindow, &RegradeWindow::gradeAnswerRequested, this, &RegradeActions::gradeAnswerRequested);
        m_regradeWindow->setAssignment(m_currentAssignment);
    } else if (!m_currentAssignment.isEmpty() && m_currentAssignment != m_regradeWindow->assignment()) {
        m_regradeWindow->setAssignment(m_currentAssignment);
    } else {
        m_regradeWindow->reload();
    }
    m_regradeWindow->show();
    m_regradeWindow->raise();
    m_regradeWindow->activateWindow();
    m_regradeWindow->requestView()->setFocus();
}

} // namespace GradeDesk::Ui
