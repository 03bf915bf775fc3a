// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <models/autogradesession.h>

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace GradeDesk::Models {
class CourseSession;
}

namespace GradeDesk::Ui {

class AutogradeReviewDialog;
class AutogradeWindow;

/**
 * @brief Assignment → Autograde All… (Ctrl+Shift+A): opens the Autograde window of the open course.
 *
 * Install it by adding autogradeAction() to a menu and telling it the open course with setSession()
 * (null when none) and the selected assignment with setCurrentAssignment(). The window and its run
 * live until the course changes: closing the window only hides it, so a run keeps going and the
 * action shows it again. Changing the course cancels a run that is still going on.
 */
class AutogradeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutogradeActions)

public:
    /// `window` parents the Autograde window and the review dialog.
    explicit AutogradeActions(QWidget *window);
    ~AutogradeActions() override;

    /// The course to autograde (not owned); null disables the action and closes the window.
    void setSession(Models::CourseSession *session);

    /// The assignment the start panel offers first.
    void setCurrentAssignment(const QString &name) { m_currentAssignment = name; }

    /// Tests and tools: how runs are planned and executed (default: the gradebook planner and the
    /// executor factory of services/grading). Takes effect with the next setSession().
    void setPlanner(Models::AutogradeSession::Planner planner);
    void setExecutorFactory(Models::AutogradeSession::ExecutorFactory factory);

    QAction *autogradeAction() const { return m_autogradeAction; }

    /// Null until the window was opened for the current course.
    AutogradeWindow *autogradeWindow() const;

    AutogradeReviewDialog *reviewDialog() const;

    /// Null while no course is set.
    Models::AutogradeSession *autogradeSession() const { return m_autograde; }

    void openWindow();
    void openReviewDialog();

signals:
    /// Auto scores of `assignment` changed in the gradebook (reload views that show them).
    void gradesCommitted(const QString &assignment);

private:
    void updateAction();
    void closeWindow();

    QWidget *m_window;
    QPointer<Models::CourseSession> m_session;
    Models::AutogradeSession::Planner m_planner;
    Models::AutogradeSession::ExecutorFactory m_executorFactory;
    Models::AutogradeSession *m_autograde = nullptr;
    QString m_currentAssignment;
    QAction *m_autogradeAction;
    QPointer<AutogradeWindow> m_autogradeWindow;
    QPointer<AutogradeReviewDialog> m_reviewDialog;
};

} // namespace GradeDesk::Ui
