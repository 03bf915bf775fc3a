// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace GradeDesk::Models {
class CourseSession;
}

namespace GradeDesk::Ui {

class RegradeWindow;

/**
 * @brief Course → Regrades… (Ctrl+Shift+R): opens the Regrades window of the open course.
 *
 * Install it by adding regradesAction() to a menu and telling it the open course with setSession()
 * (null when none) and the selected assignment with setCurrentAssignment(). The window lives until
 * the course changes: closing it only hides it; the action shows it again at the current assignment.
 */
class RegradeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegradeActions)

public:
    /// `window` parents the Regrades window.
    explicit RegradeActions(QWidget *window);
    ~RegradeActions() override;

    /// The course (not owned); null disables the action and closes the window.
    void setSession(Models::CourseSession *session);
    /// The assignment the window opens at.
    void setCurrentAssignment(const QString &name);

    QAction *regradesAction() const { return m_regradesAction; }

    /// Null until the window was opened for the current course.
    RegradeWindow *regradeWindow() const;

    void openWindow();

signals:
    /// From the window: grade the request's answer in the grading view (cell 0: whole submission).
    void gradeAnswerRequested(const QString &assignment, qint64 cellId, const QString &studentId);

private:
    void updateAction();

    QWidget *m_window;
    QPointer<Models::CourseSession> m_session;
    QString m_currentAssignment;
    QAction *m_regradesAction;
    QPointer<RegradeWindow> m_regradeWindow;
};

} // namespace GradeDesk::Ui
