// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace GradeDesk::Tests {

/**
 * @brief A private PostgreSQL 15 server for one test: initdb in a temporary folder, unix socket only,
 * a free port, trust authentication for user "gradedesk"; run as user postgres when the test runs as
 * root (the server refuses root). Stopped (fast) by stop() or the destructor.
 */
class PostgresServer final
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    /// Empty when the server binaries and Qt's QPSQL driver are installed, else why not (for QSKIP).
    static QString unavailableReason();

    /// Starts the server; false with *error set when it cannot.
    bool start(QString *error);
    /// Stops it (fast shutdown); start() again brings it back with the same data (a server restart).
    bool stop();

    bool isRunning() const { return m_running; }

    QString host() const { return m_socketDir; } ///< The socket directory: pass it as host.

    int port() const { return m_port; }

    static QString user() { return QStringLiteral("gradedesk"); }

    /// Creates an empty database owned by user(); false on failure.
    bool createDatabase(const QString &name, QString *error = nullptr);
    /// A postgresql:// URL for gradedesk-cli (host = socket directory, percent-encoded).
    QString url(const QString &database) const;
    QString logPath() const;

private:
    bool runAsServerUser(const QString &program, const QStringList &arguments, QString *output);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    QString m_socketDir;
    int m_port = 0;
    bool m_running = false;
};

} // namespace GradeDesk::Tests
