// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <functional>

namespace GradeDesk::Services {

/**
 * @brief The live side of a PostgreSQL gradebook connection (internal to services/gradebook).
 *
 * Keeps LISTEN on the change channel, tells whether the connection still works and brings it back:
 * once a failed statement turns out to be a lost connection (or the idle heartbeat finds it gone),
 * the link closes the connection, drops the gradebook's prepared statements and reopens it every 2 s,
 * subscribing again. For SQLite it is inert: always connected, never watching.
 *
 * Everything that closes the connection runs from the event loop and only while the gradebook is idle
 * (no transaction or cached statement in use), never inside a call that may still hold a statement.
 */
class GradebookLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GradebookLink)

public:
    /// `idle` says no gradebook call is running; `dropStatements` forgets every prepared statement.
    GradebookLink(const QString &connectionName, bool postgresql, std::function<bool()> idle,
                  std::function<void()> dropStatements);
    ~GradebookLink() override;

    static QString channel(); ///< "gradedesk_change"

    bool isConnected() const { return m_connected; }

    /// Subscribes to the change channel and starts the heartbeat (PostgreSQL; a no-op for SQLite).
    void start();
    /**
     * After a failed statement: checks the connection with a trivial query and, when it is gone, marks
     * it lost (isConnected() false, connectionStateChanged(false) from the event loop, reconnect attempts
     * begin). Returns whether the connection is lost. Always false for SQLite.
     */
    bool checkAfterFailure();
    /// Tries to reopen now (no-op while connected).
    void reconnect();

signals:
    void connectionStateChanged(bool connected);
    /// Another connection committed a change; `payload` is what it sent.
    void remoteChange(const QString &payload);

private:
    void markLost(const QString &why);
    void attemptReconnect();
    void heartbeat();
    bool subscribe();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QString m_connectionName;
    bool m_postgresql = false;
    bool m_connected = true;
    std::function<bool()> m_idle;
    std::function<void()> m_dropStatements;
    QTimer m_retryTimer;
    QTimer m_heartbeatTimer;
};

} // namespace GradeDesk::Services
