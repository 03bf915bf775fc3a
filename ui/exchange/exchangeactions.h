// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace GradeDesk::Models {
class CanvasTokenStore;
class CourseSession;
class NgshareConnection;
} // namespace GradeDesk::Models

namespace GradeDesk::Ui {

class ExchangeFeedbackDialog;
class ExchangeReleaseDialog;
class ExchangeRosterDialog;
class NgshareConnectionDialog;

/**
 * @brief The Exchange menu of the main window: Connect to ngshare, Roster, Release Assignment,
 * Release Feedback.
 *
 * Install it with menu() and tell it the open course with setSession(). With the local course
 * folder as the exchange, the ngshare entries are disabled and their tooltips say why. Every
 * operation first makes sure there is a hub token (keychain, else the Connect dialog, after which
 * the operation continues): whenConnected() offers the same to the window's Collect. Dialogs are
 * window-modal but not blocking, one of each at a time, and closed when the course changes.
 */
class ExchangeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeActions)

public:
    explicit ExchangeActions(QWidget *window);
    ~ExchangeActions() override;

    /// The open course (not owned); null disables the actions.
    void setSession(Models::CourseSession *session);
    /// Tests and demos: keep the hub token in `store` (not owned) instead of the system keychain.
    /// Takes effect with the next setSession().
    void setTokenStore(Models::CanvasTokenStore *store);

    /// The assignment the dialogs start with (the one selected in the window).
    void setCurrentAssignment(const QString &name) { m_currentAssignment = name; }

    QMenu *menu() const { return m_menu; }

    QAction *connectAction() const { return m_connectAction; }

    QAction *rosterAction() const { return m_rosterAction; }

    QAction *releaseAction() const { return m_releaseAction; }

    QAction *feedbackAction() const { return m_feedbackAction; }

    /// Null without a course.
    Models::NgshareConnection *connection() const { return m_connection; }

    /// Whether the course's exchange is ngshare and has no token in memory yet.
    bool needsToken() const;
    /// Runs `next` once the ngshare connection has a token: from the keychain, else from the
    /// Connect dialog (opened with `why`). Runs it at once for a local exchange.
    void whenConnected(const QString &why, const std::function<void()> &next);

    NgshareConnectionDialog *connectionDialog() const;
    ExchangeRosterDialog *rosterDialog() const;
    ExchangeReleaseDialog *releaseDialog() const;
    ExchangeFeedbackDialog *feedbackDialog() const;

    void openConnectionDialog(const QString &intro = {});
    void openRosterDialog();
    void openReleaseDialog();
    void openFeedbackDialog();

signals:
    /// ngshare's roster changed.
    void rosterChanged();
    void assignmentReleased(const QString &assignment);
    void feedbackUploaded(const QString &assignment);

private:
    void updateActions();
    void closeDialogs();

    QWidget *m_window;
    QPointer<Models::CourseSession> m_session;
    Models::CanvasTokenStore *m_store = nullptr;
    Models::NgshareConnection *m_connection = nullptr;
    QString m_currentAssignment;
    QMenu *m_menu;
    QAction *m_connectAction;
    QAction *m_rosterAction;
    QAction *m_releaseAction;
    QAction *m_feedbackAction;
    QPointer<NgshareConnectionDialog> m_connectionDialog;
    QPointer<ExchangeRosterDialog> m_rosterDialog;
    QPointer<ExchangeReleaseDialog> m_releaseDialog;
    QPointer<ExchangeFeedbackDialog> m_feedbackDialog;
};

} // namespace GradeDesk::Ui
