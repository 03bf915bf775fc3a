// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "kubeconfig.h"

#include <services/core/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace GradeDesk::Services {

/// What an exec plugin returned: a bearer token, or a client certificate and key (PEM).
struct KubeExecCredential {
    QString token;
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    QDateTime expiry; ///< UTC; invalid when the plugin gave no expirationTimestamp (valid until 401).

    friend bool operator==(const KubeExecCredential &, const KubeExecCredential &) = default;
};

/**
 * @brief Runs a kubeconfig `exec` credential plugin and caches what it returns.
 *
 * The plugin gets GradeDesk's environment plus the configured env and KUBERNETES_EXEC_INFO (always,
 * as client-go does; with spec.cluster when provideClusterInfo), stdin closed, interactive false.
 * A credential with an expiry is reused until shortly (refreshMargin) before it; without one it is
 * reused until invalidate() (the client calls it on 401). Failures are Process errors whose message
 * carries the plugin's stderr, or the installHint when the command does not exist; a plugin that
 * needs a terminal (interactiveMode Always) is refused with an Unsupported error before it runs.
 */
class KubeExecPlugin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeExecPlugin)

public:
    explicit KubeExecPlugin(const KubeContext &context, QObject *parent = nullptr);
    ~KubeExecPlugin() override;

    /// A cached credential that is still fresh, if any.
    std::optional<KubeExecCredential> cached() const;
    /// Starts the plugin unless it is running already; finished() follows (always asynchronously).
    void start();

    bool isRunning() const { return m_process != nullptr; }

    /// Drops the cached credential (after a 401).
    void invalidate();

    /// The outcome of the last run; valid in slots connected to finished().
    const Result<KubeExecCredential> &lastResult() const { return m_result; }

    /// Kills a plugin after this long (default 60 s).
    void setTimeLimit(int milliseconds) { m_timeLimitMs = milliseconds; }

    /// Refresh this long before expirationTimestamp (default 30 s).
    void setRefreshMargin(int seconds) { m_refreshMarginSeconds = seconds; }

    /// Extra folders searched for a bare command before PATH (desktop sessions often lack the shell PATH).
    void setSearchPath(const QStringList &folders) { m_searchPath = folders; }

    /// Injectable clock (tests); default QDateTime::currentDateTimeUtc.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// How often the plugin ran (tests, logs).
    int runCount() const { return m_runCount; }

    /// The KUBERNETES_EXEC_INFO value for `context` (compact JSON).
    static QByteArray execInfo(const KubeContext &context);
    /// Checks and reads a plugin's stdout; `configuredApiVersion` must match the reply's apiVersion.
    static Result<KubeExecCredential> parseOutput(const QByteArray &output, const QString &configuredApiVersion);

signals:
    void finished();

private:
    void finish(const Result<KubeExecCredential> &result);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    QString resolvedProgram() const;

    KubeContext m_context;
    QPointer<QProcess> m_process;
    QTimer m_timer;
    std::optional<KubeExecCredential> m_cache;
    Result<KubeExecCredential> m_result;
    std::function<QDateTime()> m_clock;
    QStringList m_searchPath;
    int m_timeLimitMs = 60000;
    int m_refreshMarginSeconds = 30;
    int m_runCount = 0;
    bool m_timedOut = false;
};

} // namespace GradeDesk::Services
