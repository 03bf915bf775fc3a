// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QNetworkAccessManager;
class QWidget;

namespace GradeDesk::Models {
class CanvasConnection;
class CanvasTokenStore;
class CourseSession;
} // namespace GradeDesk::Models

namespace GradeDesk::Ui {

class CanvasConnectionDialog;
class CanvasPushDialog;
class CanvasRosterDialog;

/**
 * @brief The Canvas menu of the main window: Connect, Import Roster, Push Grades.
 *
 * Install it with menu() and tell it the open course with setSession() (null when none). Import
 * and Push first read the token from the keychain; without one they open the Connect dialog and
 * continue once a token is there. The dialogs are window-modal but not blocking (show(), not
 * exec()), one of each at a time, and are closed when the course changes.
 */
class CanvasActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasActions)

public:
    /// `window` parents the menu and the dialogs. `network`: the app's QNetworkAccessManager; null
    /// makes one for Canvas alone.
    explicit CanvasActions(QWidget *window, QNetworkAccessManager *network = nullptr);
    ~CanvasActions() override;

    /// The course whose Canvas site the actions use (not owned); null disables them.
    void setSession(Models::CourseSession *session);
    /// Tests and demos: keep tokens in `store` (not owned) instead of the system keychain. Takes
    /// effect with the next setSession().
    void setTokenStore(Models::CanvasTokenStore *store);

    /// The assignment the push dialog starts with (e.g. the one selected in the window).
    void setCurrentAssignment(const QString &name) { m_currentAssignment = name; }

    QMenu *menu() const { return m_menu; }

    QAction *connectAction() const { return m_connectAction; }

    QAction *rosterAction() const { return m_rosterAction; }

    QAction *pushAction() const { return m_pushAction; }

    /// Null while no course with a session is set.
    Models::CanvasConnection *connection() const { return m_connection; }

    CanvasConnectionDialog *connectionDialog() const;

    CanvasRosterDialog *rosterDialog() const;

    CanvasPushDialog *pushDialog() const;

    void openConnectionDialog(const QString &intro = {});
    void openRosterDialog();
    void openPushDialog();

signals:
    /// Students changed in the gradebook (reload lists that show them).
    void rosterImported();
    void gradesPushed(const QString &assignment);

private:
    void updateActions();
    void closeDialogs();
    /// Runs `next` once the connection has a token: from the keychain, else from the Connect dialog.
    void whenConnected(const QString &why, const std::function<void()> &next);

    QWidget *m_window;
    QNetworkAccessManager *m_network;
    QPointer<Models::CourseSession> m_session;
    Models::CanvasTokenStore *m_store = nullptr;
    Models::CanvasConnection *m_connection = nullptr;
    QString m_currentAssignment;
    QMenu *m_menu;
    QAction *m_connectAction;
    QAction *m_rosterAction;
    QAction *m_pushAction;
    QPointer<CanvasConnectionDialog> m_connectionDialog;
    QPointer<CanvasRosterDialog> m_rosterDialog;
    QPointer<CanvasPushDialog> m_pushDialog;
};

} // namespace GradeDesk::Ui
