// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <ui/remote/remoteactions.h>

class QNetworkAccessManager;

namespace GradeDesk::Models {
class CanvasConnection;
}

namespace GradeDesk::Ui {

class CanvasConnectionDialog;
class CanvasPushDialog;
class CanvasRosterDialog;

/**
 * @brief The Canvas menu of the main window: Connect, Import Roster, Push Grades (see RemoteActions).
 *
 * Import and Push first read the token from the keychain; without one they open the Connect
 * dialog and continue once a token is there. A course without a Canvas site opens Connect, which
 * says what to add to course.yaml.
 */
class CanvasActions final : public RemoteActions
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasActions)

public:
    /// `window` parents the menu and the dialogs. `network`: the app's QNetworkAccessManager; null
    /// makes one for Canvas alone.
    explicit CanvasActions(QWidget *window, QNetworkAccessManager *network = nullptr);
    ~CanvasActions() override;

    QAction *rosterAction() const { return m_rosterAction; }

    QAction *pushAction() const { return m_pushAction; }

    /// Null while no course with a session is set.
    Models::CanvasConnection *connection() const;

    CanvasConnectionDialog *connectionDialog() const;

    CanvasRosterDialog *rosterDialog() const;

    CanvasPushDialog *pushDialog() const;

    void openRosterDialog();
    void openPushDialog();

signals:
    /// Students changed in the gradebook (reload lists that show them).
    void rosterImported();
    void gradesPushed(const QString &assignment);

private:
    Models::RemoteConnection *createConnection(Models::CourseSession *session,
                                               Models::CanvasTokenStore *store) override;
    RemoteConnectionDialog *createConnectionDialog() override;

    bool mayConnect() const override { return true; }

    void updateActions() override;
    void closeDialogs() override;

    QNetworkAccessManager *m_network;
    QAction *m_rosterAction;
    QAction *m_pushAction;
    QPointer<CanvasRosterDialog> m_rosterDialog;
    QPointer<CanvasPushDialog> m_pushDialog;
};

} // namespace GradeDesk::Ui
