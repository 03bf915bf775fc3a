// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <ui/remote/remoteactions.h>

namespace GradeDesk::Models {
class NgshareConnection;
}

namespace GradeDesk::Ui {

class ExchangeFeedbackDialog;
class ExchangeReleaseDialog;
class ExchangeRosterDialog;
class NgshareConnectionDialog;

/**
 * @brief The Exchange menu of the main window: Connect to ngshare, Roster, Release Assignment,
 * Release Feedback (see RemoteActions).
 *
 * With the local course folder as the exchange, the ngshare entries are disabled and their
 * tooltips say why. Every operation first makes sure there is a hub token (keychain, else the
 * Connect dialog, after which the operation continues): whenConnected() offers the same to the
 * window's Collect, and runs at once for a local exchange.
 */
class ExchangeActions final : public RemoteActions
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeActions)

public:
    explicit ExchangeActions(QWidget *window);
    ~ExchangeActions() override;

    QAction *rosterAction() const { return m_rosterAction; }

    QAction *releaseAction() const { return m_releaseAction; }

    QAction *feedbackAction() const { return m_feedbackAction; }

    /// Null without a course.
    Models::NgshareConnection *connection() const;

    /// Whether the course's exchange is ngshare and has no token in memory yet.
    bool needsToken() const;

    NgshareConnectionDialog *connectionDialog() const;
    ExchangeRosterDialog *rosterDialog() const;
    ExchangeReleaseDialog *releaseDialog() const;
    ExchangeFeedbackDialog *feedbackDialog() const;

    void openRosterDialog();
    void openReleaseDialog();
    void openFeedbackDialog();

signals:
    /// ngshare's roster changed.
    void rosterChanged();
    void assignmentReleased(const QString &assignment);
    void feedbackUploaded(const QString &assignment);

private:
    Models::RemoteConnection *createConnection(Models::CourseSession *session,
                                               Models::CanvasTokenStore *store) override;
    RemoteConnectionDialog *createConnectionDialog() override;
    bool mayConnect() const override;

    bool isServiceOptional() const override { return true; }

    void updateActions() override;
    void closeDialogs() override;

    QAction *m_rosterAction;
    QAction *m_releaseAction;
    QAction *m_feedbackAction;
    QPointer<ExchangeRosterDialog> m_rosterDialog;
    QPointer<ExchangeReleaseDialog> m_releaseDialog;
    QPointer<ExchangeFeedbackDialog> m_feedbackDialog;
};

} // namespace GradeDesk::Ui
