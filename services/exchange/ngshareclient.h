// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "exchange.h"

#include <services/core/result.h>

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace GradeDesk::Services {

struct ExchangeConfig;
class NgshareClient;

/// Query or form arguments in order.
using NgshareParams = QList<std::pair<QString, QString>>;

/// A successful ngshare reply: HTTP 200 with `{"success": true, ...}`.
struct NgshareReply {
    int status = 0;
    QJsonObject json;
};

/**
 * @brief One logical request to ngshare with its retries; finishes once with the reply or an error.
 *
 * Anything but 200 + `{"success": true}` finishes with an error (NgshareErrors explains the kinds;
 * httpStatus is set when there was a reply). `cancel()` aborts the request and finishes Cancelled.
 */
class NgshareCall final : public ExchangeTask<NgshareReply>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NgshareCall)

public:
    ~NgshareCall() override;

    const QByteArray &verb() const { return m_verb; }

    const QUrl &url() const { return m_url; }

    int attempts() const { return m_attempts; }

    /// "VERB /path" for logs and error details (no query, so no argument values leak).
    QString describe() const;

private:
    friend class NgshareClient;

    NgshareCall(NgshareClient *client, const QByteArray &verb, const QUrl &url, const QByteArray &body,
                bool authenticated);
    void onCancelRequested();

    QPointer<NgshareClient> m_client;
    QByteArray m_verb;
    QUrl m_url;
    QByteArray m_body;
    bool m_authenticated = true;
    bool m_envelope = true; ///< The reply is ngshare's {"success": ...} object (not the hub's).
    int m_attempts = 0;
    quint64 m_id = 0;
    QElapsedTimer m_sentAt;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
};

/**
 * @brief The HTTP side of one ngshare service (one hub, one token), following the contract in
 * shared/specs/ngshare-api.md, quirks included.
 *
 * - The QNetworkAccessManager is injected. Every request gets `Authorization: token <token>` (the
 *   only form ngshare reads), a User-Agent, a transfer timeout and **no automatic redirects**: a
 *   302 is ngshare's answer to a bad token, and following it would end on the hub's login page as
 *   a 200 that looks like success.
 * - The token is never logged or put in an error: HTTP logs (category gradedesk.net.http, debug)
 *   show `Authorization: token [redacted]`. Plain http is refused (Security) unless the host is a
 *   loopback address, so the token only travels over TLS.
 * - Ids are percent-encoded path segments (a `/` or `+` inside an id survives); the service URL
 *   and the path are joined with exactly one `/`. Arguments go in the query (GET, DELETE) or a
 *   form body (POST); values that are JSON are JSON strings inside a form field.
 * - Replies: the status decides, then the body is parsed as JSON whatever its Content-Type
 *   (ngshare says text/html). 3xx and non-JSON 403 mean the token is bad (Auth).
 * - A queue runs at most `maxInFlight` requests at once. GETs are retried with backoff on
 *   transport failures, timeouts and 5xx; POST and DELETE only on 503 (the hub's proxy answering
 *   while ngshare restarts, so the request never arrived). Refused connections, unknown hosts and
 *   TLS failures are not retried.
 */
class NgshareClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NgshareClient)

public:
    struct Options {
        /// ngshare is single-threaded: parallel requests only overlap network round trips. 6 is
        /// also QNetworkAccessManager's connection limit per host, so more would only queue.
        int maxInFlight = 6;
        int maxRetries = 3;
        std::chrono::milliseconds backoffBase{250};
        std::chrono::milliseconds backoffMax{8000};
        /// Generous: a 70 MiB tree takes seconds, and every other request waits behind it.
        std::chrono::milliseconds transferTimeout{180000};
    };

    struct Stats {
        int requests = 0; ///< HTTP requests sent, retries included.
        int retries = 0;
    };

    /// `hubUrl` is the hub's address (https://hub.example.edu), `prefix` the service path below it
    /// (/services/ngshare); requests go to their join, e.g. https://hub.example.edu/services/ngshare/courses.
    NgshareClient(QNetworkAccessManager *network, const QUrl &hubUrl, const QString &prefix, QObject *parent = nullptr);
    ~NgshareClient() override;

    /// The service URL of a course config: `url` + `prefix`, without a trailing slash.
    static QUrl serviceUrl(const ExchangeConfig &config);
    /// Security error unless `url` is https, or http to a loopback host (127.0.0.0/8, ::1, localhost).
    static Result<void> checkUrl(const QUrl &url);
    /// The keychain key of the hub token: SecretStore kind "hub", the hub's host, and `account` (the
    /// grader name, or "default" when empty). The token is the user's JupyterHub API token.
    static QString secretKey(const ExchangeConfig &config, const QString &account);
    /// One percent-encoded path segment: everything outside [A-Za-z0-9-._~] is escaped.
    static QString encodeSegment(const QString &id);
    /// application/x-www-form-urlencoded, every byte outside [A-Za-z0-9-._~] escaped.
    static QByteArray formEncode(const NgshareParams &params);

    /// The service URL (hub + prefix, no trailing slash).
    QUrl baseUrl() const { return m_baseUrl; }

    QUrl hubUrl() const { return m_hubUrl; }

    void setToken(const QString &token);

    bool hasToken() const { return !m_token.isEmpty(); }

    void setOptions(const Options &options);

    const Options &options() const { return m_options; }

    const Stats &stats() const { return m_stats; }

    void resetStats() { m_stats = {}; }

    /// The URL of `endpoint` (e.g. "submission") followed by `ids` as encoded segments.
    QUrl endpointUrl(const QString &endpoint, const QStringList &ids = {}, const NgshareParams &query = {}) const;

    NgshareCall *get(const QString &endpoint, const QStringList &ids = {}, const NgshareParams &query = {});
    NgshareCall *post(const QString &endpoint, const QStringList &ids, const NgshareParams &form);
    NgshareCall *remove(const QString &endpoint, const QStringList &ids, const NgshareParams &query = {});
    /// `GET <service>/healthz` without the token: tells "ngshare at this prefix" from anything else.
    NgshareCall *health();
    /// The hub's `GET <hub>/hub/api/user` with the token: whose token it is (its JSON, not ngshare's envelope).
    NgshareCall *hubUser();

private:
    friend class NgshareCall;

    NgshareCall *enqueue(const QByteArray &verb, const QUrl &url, const QByteArray &body, bool authenticated);
    void pump();
    void send(NgshareCall *call);
    void onReplyFinished(NgshareCall *call, QNetworkReply *reply);
    bool shouldRetry(const NgshareCall *call, int status, int networkError) const;
    void abandon(NgshareCall *call);
    std::chrono::milliseconds backoff(int attempt) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QUrl m_hubUrl;
    QString m_token;
    Options m_options;
    Stats m_stats;
    QList<QPointer<NgshareCall>> m_queue;
    int m_inFlight = 0;
    quint64 m_nextId = 1;
};

} // namespace GradeDesk::Services
