// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "kubeconfig.h"
#include "kubeerrors.h"

#include <services/core/result.h>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace GradeDesk::Services {

class KubeClient;
class KubeExecPlugin;
class KubeWatch;

/**
 * @brief One API request; emits finished() exactly once, then deletes itself (deleteLater).
 *
 * result(): the JSON object of a 2xx reply (an empty object for a 2xx text/plain or empty body —
 * read body() then), or the ServiceError (KubeErrors::fromHttp for HTTP errors). status() holds the
 * Status object of an error reply, so callers can tell AlreadyExists from Conflict (both 409).
 */
class KubeReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeReply)

public:
    ~KubeReply() override;

    const Result<QJsonObject> &result() const { return m_result; }

    int httpStatus() const { return m_httpStatus; }

    /// Warning header texts of the final reply ("299 - \"text\"" -> "text"), in order.
    const QStringList &warnings() const { return m_warnings; }

    /// The raw body of the final reply (pod logs are text/plain).
    const QByteArray &body() const { return m_body; }

    /// The Status object of the reply, when it sent one (errors, and deletes that answer with Status).
    const std::optional<KubeStatus> &status() const { return m_status; }

    const QByteArray &verb() const { return m_verb; }

    const QString &path() const { return m_path; }

    /// How many HTTP exchanges this request took (retries included).
    int attempts() const { return m_attempts; }

    /// Stops the request; finished() follows with a Cancelled error unless it has finished already.
    void abort();

signals:
    void finished();

private:
    friend class KubeClient;

    KubeReply(KubeClient *client, const QByteArray &verb, const QString &path, QObject *parent);

    QPointer<KubeClient> m_client;
    QByteArray m_verb;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_payload;
    QByteArray m_contentType;
    bool m_retrySafe = false;
    bool m_authRetried = false;
    bool m_holdsSlot = false;
    bool m_done = false;
    int m_attempts = 0;
    int m_httpStatus = 0;
    quint64 m_id = 0;
    QPointer<QNetworkReply> m_network;
    Result<QJsonObject> m_result = QJsonObject();
    QStringList m_warnings;
    QByteArray m_body;
    std::optional<KubeStatus> m_status;
};

/**
 * @brief The Kubernetes REST client for one context (spec kubernetes.md §3).
 *
 * Every request gets TLS from the context (its CA, client certificate, SNI name; verification is
 * skipped only when the kubeconfig says insecure-skip-tls-verify, logged as a warning and exposed by
 * insecureTls() for the UI), the credentials (bearer token, basic, or an exec plugin's token or
 * certificate), impersonation headers, User-Agent and Accept. Credentials are never sent over
 * plain http except to a loopback host, and never logged.
 *
 * Retries: 429 after Retry-After (plus jitter); 500/503/504 with exponential back-off for GET, HEAD,
 * PUT, DELETE, PATCH and for POST only with RequestOption::RetrySafe; 401 re-runs the exec plugin
 * (or re-reads tokenFile) once and retries. At most maxInFlight() requests are on the wire; others
 * queue in order. Watches do not count against that bound (they are long-lived).
 */
class KubeClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeClient)

public:
    enum class RequestOption { None = 0, RetrySafe = 1 };
    Q_DECLARE_FLAGS(RequestOptions, RequestOption)

    /// `nam` is the app's shared QNetworkAccessManager; the client makes its own when null.
    explicit KubeClient(const KubeContext &context, QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~KubeClient() override;

    const KubeContext &context() const { return m_context; }

    const QString &ns() const { return m_context.ns; }

    /// True when TLS verification is off because the kubeconfig asks for it.
    bool insecureTls() const { return m_context.insecureSkipTlsVerify; }

    /// `path` is absolute ("/api/v1/namespaces/x/pods"); an empty `body` sends none.
    KubeReply *request(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                       const QJsonObject &body = {}, const QByteArray &contentType = "application/json",
                       RequestOptions options = RequestOption::None);
    /// A streamed `watch=1` GET of a collection (the client adds watch=1).
    KubeWatch *watch(const QString &path, const QUrlQuery &query = {});

    /// A token given to GradeDesk (from the keychain) for a kubeconfig user without credentials.
    /// Kept in memory only; an empty string clears it.
    void setBearerToken(const QString &token);

    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }

    void setMaxInFlight(int count);

    int maxInFlight() const { return m_maxInFlight; }

    /// Retries after the first attempt (default 4); back-off base and cap in ms (default 500, 8000).
    void setRetryPolicy(int maxRetries, int baseDelayMs, int maxDelayMs);

    /// Per-request transfer timeout in ms for non-watch requests (default 60000; 0 = none).
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }

    /// The exec plugin, when the user has one (to tune its time limit or search path).
    KubeExecPlugin *execPlugin() const { return m_exec; }

    /// HTTP exchanges sent so far (retries and watches included), for benchmarks.
    qint64 requestCount() const { return m_requestCount; }

    int inFlight() const { return m_inFlight; }

signals:
    /// A Warning header from the server (also on KubeReply::warnings()).
    void warningReceived(const QString &text);

private:
    friend class KubeReply;
    friend class KubeWatch;

    /// Credentials for one request: an Authorization value and/or a client certificate.
    struct Credentials {
        QByteArray authorization;
        QSslConfiguration ssl;
    };

    void pump();
    void send(KubeReply *reply);
    void onFinished(KubeReply *reply, QNetworkReply *network);
    void retryLater(KubeReply *reply, int delayMs, const QString &why);
    void complete(KubeReply *reply, const Result<QJsonObject> &result);
    int backoffDelay(int attempt) const;
    int retryAfterDelay(const QNetworkReply *network, int attempt) const;
    QStringList collectWarnings(const QNetworkReply *network);

    /// Calls `then` with the credentials to use (after running the exec plugin when needed), or
    /// `fail`; `context` guards both callbacks.
    void withCredentials(QObject *context, const std::function<void(const Credentials &)> &then,
                         const std::function<void(const ServiceError &)> &fail);
    /// After a 401: true when fresh credentials may help (exec plugin re-run, tokenFile re-read).
    bool refreshCredentials();
    bool hasCredentials() const;
    bool credentialsAllowed() const;
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query, const Credentials &credentials,
                                bool watch) const;
    QString describe(const QByteArray &verb, const QString &path) const;

    quint64 nextId() { return ++m_lastId; }

    void countRequest() { ++m_requestCount; }

    KubeContext m_context;
    QNetworkAccessManager *m_nam = nullptr;
    KubeExecPlugin *m_exec = nullptr;
    QSslConfiguration m_ssl;
    QByteArray m_execCertPem; ///< The exec certificate m_execSsl was built for.
    QSslConfiguration m_execSsl;
    QString m_extraToken;
    QByteArray m_userAgent;
    QList<QPointer<KubeReply>> m_queue;
    int m_inFlight = 0;
    int m_maxInFlight = 16;
    int m_maxRetries = 4;
    int m_baseDelayMs = 500;
    int m_maxDelayMs = 8000;
    int m_transferTimeoutMs = 60000;
    qint64 m_requestCount = 0;
    quint64 m_lastId = 0;
};

} // namespace GradeDesk::Services

Q_DECLARE_OPERATORS_FOR_FLAGS(GradeDesk::Services::KubeClient::RequestOptions)
