// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace GradeDesk::Models {
class CanvasTokenStore;
class CourseSession;
class RemoteConnection;
} // namespace GradeDesk::Models

namespace GradeDesk::Ui {

class RemoteConnectionDialog;

/**
 * @brief The menu of a remote service (Canvas, ngshare) in the main window: Connect first, then
 * the service's dialogs.
 *
 * Install it with menu() and tell it the open course with setSession() (null when none). The
 * service's operations first make sure there is a token (keychain, else the Connect dialog, after
 * which the operation continues). The dialogs are window-modal but not blocking (show(), not
 * exec()), one of each at a time, and are closed when the course changes. Subclasses make the
 * connection and the dialogs, add their actions and say when they are enabled.
 */
class RemoteActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteActions)

public:
    ~RemoteActions() override;

    /// The open course (not owned); null disables the actions.
    void setSession(Models::CourseSession *session);
    /// Tests and demos: keep tokens in `store` (not owned) instead of the system keychain. Takes
    /// effect with the next setSession().
    void setTokenStore(Models::CanvasTokenStore *store);

    /// The assignment the dialogs start with (e.g. the one selected in the window).
    void setCurrentAssignment(const QString &name) { m_currentAssignment = name; }

    QMenu *menu() const { return m_menu; }

    QAction *connectAction() const { return m_connectAction; }

    void openConnectionDialog(const QString &intro = {});

    /// Runs `next` once the connection has a token: from the keychain, else from the Connect
    /// dialog opened with `why`. A course without the service opens the Connect dialog instead,
    /// unless isServiceOptional().
    void whenConnected(const QString &why, const std::function<void()> &next);

protected:
    /// `window` parents the menu and the dialogs; `name` prefixes the object names ("canvas" gives
    /// canvasMenu, canvasConnectAction).
    RemoteActions(QWidget *window, const QString &name, const QString &menuTitle, const QString &connectText);

    /// The connection for the open course, parented to this object.
    virtual Models::RemoteConnection *createConnection(Models::CourseSession *session,
                                                       Models::CanvasTokenStore *store) = 0;
    virtual RemoteConnectionDialog *createConnectionDialog() = 0;
    /// Whether Connect may open the dialog (the service may be missing from course.yaml).
    virtual bool mayConnect() const = 0;
    /// Enables the actions and explains disabled ones; called whenever the course changes.
    virtual void updateActions() = 0;
    /// Deletes the open dialogs (they use the connection and the gradebook). Overrides call this.
    virtual void closeDialogs();

    /// Whether the service's operations also run without it (a course without ngshare collects
    /// from its course folder): whenConnected() then runs `next` at once for such a course.
    virtual bool isServiceOptional() const { return false; }

    /// Opens the dialog in `slot` (raised when open) once connected; `create` makes it.
    template <typename Dialog>
    void openDialog(QPointer<Dialog> &slot, const QString &why, const std::function<Dialog *()> &create)
    {
        if (!m_session || raiseIfOpen(slot)) {
            return;
        }
        whenConnected(why, [this, &slot, create] {
            if (!m_session || !m_connection || slot) {
                return;
            }
            slot = create();
            present(slot);
        });
    }

    /// Shows `dialog` window-modal without blocking, deleted when closed.
    static void present(QDialog *dialog);
    /// Raises `dialog` when it is open.
    static bool raiseIfOpen(QDialog *dialog);

    QWidget *window() const { return m_window; }

    Models::CourseSession *session() const { return m_session; }

    Models::RemoteConnection *remoteConnection() const { return m_connection; }

    RemoteConnectionDialog *remoteConnectionDialog() const;

    const QString &currentAssignment() const { return m_currentAssignment; }

private:
    QWidget *m_window;
    QPointer<Models::CourseSession> m_session;
    Models::CanvasTokenStore *m_store = nullptr;
    Models::RemoteConnection *m_connection = nullptr;
    QString m_currentAssignment;
    QMenu *m_menu;
    QAction *m_connectAction;
    QPointer<RemoteConnectionDialog> m_connectionDialog;
};

} // namespace GradeDesk::Ui
