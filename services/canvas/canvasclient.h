// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "canvasjob.h"

#include <services/core/result.h>

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace GradeDesk::Services {

struct CanvasConfig;
class CanvasClient;

/// Query or form parameters in order; keys repeat for lists ("type[]").
using CanvasParams = QList<std::pair<QString, QString>>;

/// A successful (2xx) Canvas reply.
struct CanvasResponse {
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QUrl nextPage; ///< From `Link: <...>; rel="next"`; empty when there is none.

    /// The header's value (names compare without case); empty when absent.
    QByteArray header(const QByteArray &name) const;
};

/**
 * @brief One logical request to Canvas, with its retries; finishes once with the reply or an error.
 *
 * Non-2xx replies finish with an error (CanvasErrors explains the kinds; httpStatus is set).
 */
class CanvasCall final : public CanvasTask<CanvasResponse>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasCall)

public:
    ~CanvasCall() override;

    const QByteArray &verb() const { return m_verb; }

    const QUrl &url() const { return m_url; }

    /// Requests sent for this call so far (1 + retries).
    int attempts() const { return m_attempts; }

    /// "VERB /path" for logs and error details (no query, so no values leak).
    QString describe() const;

protected:
    void onCancel() override;

private:
    friend class CanvasClient;

    CanvasCall(CanvasClient *client, const QByteArray &verb, const QUrl &url, const QByteArray &body);

    QPointer<CanvasClient> m_client;
    QByteArray m_verb;
    QUrl m_url;
    QByteArray m_body;
    int m_attempts = 0;
    int m_throttledAttempts = 0;
    int m_transientAttempts = 0;
    quint64 m_id = 0;
    QElapsedTimer m_sentAt;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
};

/**
 * @brief Every item of a paginated list: follows `Link: rel="next"` until there is none.
 *
 * Never builds page URLs and never stops on a short page. A next link to another server is
 * refused (Security) so the token cannot leak; a link seen before ends with a Parse error instead
 * of looping. `progress(items, 0, stage)` after every page.
 */
class CanvasPager final : public CanvasTask<QJsonArray>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasPager)

public:
    ~CanvasPager() override;

    int pages() const { return m_pages; }

protected:
    void onCancel() override;

private:
    friend class CanvasClient;

    CanvasPager(CanvasClient *client, const QString &stage);
    void fetch(CanvasCall *call);

    QPointer<CanvasClient> m_client;
    QString m_stage;
    QPointer<CanvasCall> m_call;
    QJsonArray m_items;
    QList<QUrl> m_seen;
    int m_pages = 0;
};

/**
 * @brief The HTTP side of Canvas: one client per Canvas site and token.
 *
 * - The QNetworkAccessManager is injected (one per app); every request gets `Authorization:
 *   Bearer`, `Accept: application/json+canvas-string-ids` (ids arrive as strings: they may exceed
 *   2^53), a User-Agent, a transfer timeout, and no automatic redirects (a redirect would carry the
 *   token to wherever it points).
 * - The token is never logged: HTTP logs (category gradedesk.net.http, debug level) show
 *   `Authorization: Bearer [redacted]`, and no error message or detail contains it. Requests to a
 *   plain http URL fail with Security unless the host is a loopback address (a test server).
 * - A small queue: at most `maxInFlight` requests at once (1 while Canvas' rate-limit bucket is
 *   low). When `X-Rate-Limit-Remaining` drops below `lowWaterMark` the queue pauses long enough for
 *   the bucket to drain. A 403 "Rate Limit Exceeded" or 429 is retried with exponential backoff
 *   plus jitter (honouring Retry-After) up to `maxThrottleRetries` times. GETs are also retried on
 *   network errors, timeouts and 5xx; POST and PUT are not (their effect is unknown, callers
 *   verify instead). A real permission error (401/403 without the rate-limit body) is never
 *   retried.
 */
class CanvasClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasClient)

public:
    struct Options {
        int maxInFlight = 2;
        int maxThrottleRetries = 6;
        int maxTransientRetries = 2; ///< GET only: network errors, timeouts, 5xx.
        std::chrono::milliseconds backoffBase{1000};
        std::chrono::milliseconds backoffMax{60000};
        double lowWaterMark = 150.0;               ///< X-Rate-Limit-Remaining below this pauses the queue...
        double drainPerSecond = 10.0;              ///< ...for (lowWaterMark - remaining) / drainPerSecond seconds...
        std::chrono::milliseconds maxPause{10000}; ///< ...at most this long.
        std::chrono::milliseconds transferTimeout{60000};
        int perPage = 100; ///< Asked for on lists; Canvas may clamp it (links are followed anyway).
    };

    /// Counters since construction or resetStats(), for progress displays and the benchmark.
    struct Stats {
        int requests = 0;  ///< HTTP requests sent, retries included.
        int retries = 0;   ///< Of those, resent after a throttle or transient failure.
        int throttled = 0; ///< 403 Rate Limit Exceeded / 429 replies received.
        int pauses = 0;    ///< Times the queue paused because X-Rate-Limit-Remaining was low.
    };

    CanvasClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);
    ~CanvasClient() override;

    /// Security error unless `url` is https, or http to a loopback host (127.0.0.0/8, ::1, localhost).
    static Result<void> checkUrl(const QUrl &url);
    /// The keychain key of the Canvas token for `config` (SecretStore kind "canvas", the Canvas
    /// host, and `account`: the grader name, or "default" when empty).
    static QString secretKey(const CanvasConfig &config, const QString &account);

    QUrl baseUrl() const { return m_baseUrl; }

    void setToken(const QString &token);

    bool hasToken() const { return !m_token.isEmpty(); }

    void setOptions(const Options &options);

    const Options &options() const { return m_options; }

    const Stats &stats() const { return m_stats; }

    void resetStats() { m_stats = {}; }

    /// `<base>/api/v1<path>` with the query. `path` starts with "/" and is already percent-encoded
    /// where needed (see encodeId).
    QUrl apiUrl(const QString &path, const CanvasParams &query = {}) const;
    /// A Canvas id or alternate id ("sis_user_id:x y") as one path segment.
    static QString encodeId(const QString &id);
    /// application/x-www-form-urlencoded, every byte outside [A-Za-z0-9-._~] escaped (so "+" stays a
    /// plus and brackets survive any decoder).
    static QByteArray formEncode(const CanvasParams &params);

    CanvasCall *get(const QString &path, const CanvasParams &query = {});
    CanvasCall *getUrl(const QUrl &url);
    CanvasCall *post(const QString &path, const CanvasParams &form);
    CanvasCall *put(const QString &path, const CanvasParams &form);
    /// Every item of the list at `path` (adds per_page). `stage` labels the progress.
    CanvasPager *getAll(const QString &path, const CanvasParams &query, const QString &stage = {});

signals:
    /// Canvas asked to slow down (throttled reply or low remaining budget): the queue waits `waitMs`.
    void slowedDown(int waitMs);

private:
    friend class CanvasCall;
    friend class CanvasPager;

    CanvasCall *enqueue(const QByteArray &verb, const QUrl &url, const QByteArray &body);
    void pump();
    void send(CanvasCall *call);
    void onReplyFinished(CanvasCall *call, QNetworkReply *reply);
    void retryLater(CanvasCall *call, std::chrono::milliseconds delay);
    void pauseFor(std::chrono::milliseconds delay);
    void noteRemaining(const QByteArray &remaining);
    void requeue(CanvasCall *call);
    void abandon(CanvasCall *call);
    std::chrono::milliseconds backoff(int attempt) const;
    bool isSameOrigin(const QUrl &url) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    Options m_options;
    Stats m_stats;
    QList<QPointer<CanvasCall>> m_queue;
    int m_inFlight = 0;
    quint64 m_nextId = 1;
    bool m_budgetLow = false;
    QElapsedTimer m_clock;
    qint64 m_pausedUntilMs = 0;
    QTimer m_pumpTimer;
};

} // namespace GradeDesk::Services
