// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasclient.h"

#include "canvaserrors.h"
#include "canvaslink.h"
#include "canvaslogging.h"

#include <services/config/courseconfig.h>
#include <services/secrets/secretstore.h>

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace GradeDesk::Services {

namespace {

using std::chrono::milliseconds;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// The URL as it may appear in a log: no user info, and any access_token query value replaced.
QString loggable(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    QUrlQuery query(copy);
    if (query.hasQueryItem(QStringLiteral("access_token"))) {
        query.removeAllQueryItems(QStringLiteral("access_token"));
        query.addQueryItem(QStringLiteral("access_token"), QStringLiteral("[redacted]"));
        copy.setQuery(query);
    }
    return copy.toString(QUrl::FullyEncoded);
}

// Network-layer failures (no complete HTTP reply): QNetworkReply's codes below 200.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200;
}

milliseconds retryAfter(const QByteArray &value)
{
    bool ok = false;
    const double seconds = value.trimmed().toDouble(&ok);
    return ok && seconds > 0 ? milliseconds(qint64(std::min(seconds, 600.0) * 1000)) : milliseconds(0);
}

} // namespace

QByteArray CanvasResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

// --- CanvasCall ----------------------------------------------------------------------------------

CanvasCall::CanvasCall(CanvasClient *client, const QByteArray &verb, const QUrl &url, const QByteArray &body)
    : CanvasTask<CanvasResponse>(client)
    , m_client(client)
    , m_verb(verb)
    , m_url(url)
    , m_body(body)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_client) {
            m_client->requeue(this);
        }
    });
}

CanvasCall::~CanvasCall()
{
    if (m_client) {
        m_client->abandon(this);
    }
}

QString CanvasCall::describe() const
{
    return QString::fromLatin1(m_verb) + QLatin1Char(' ') + m_url.path(QUrl::FullyEncoded);
}

void CanvasCall::onCancel()
{
    m_retryTimer.stop();
    if (m_client) {
        m_client->abandon(this);
    }
    // Finish from the event loop: the canceller may be inside a slot of this call's neighbours.
    QMetaObject::invokeMethod(
        this, [this] { finish(CanvasErrors::cancelled()); }, Qt::QueuedConnection);
}

// --- CanvasPager ---------------------------------------------------------------------------------

CanvasPager::CanvasPager(CanvasClient *client, const QString &stage)
    : CanvasTask<QJsonArray>(client)
    , m_client(client)
    , m_stage(stage)
{}

CanvasPager::~CanvasPager() = default;

void CanvasPager::onCancel()
{
    if (m_call) {
        m_call->cancel();
    } else {
        QMetaObject::invokeMethod(
            this, [this] { finish(CanvasErrors::cancelled()); }, Qt::QueuedConnection);
    }
}

void CanvasPager::fetch(CanvasCall *call)
{
    m_call = call;
    m_seen.append(call->url());
    connect(call, &CanvasCall::finished, this, [this, call] {
        m_call = nullptr;
        const Result<CanvasResponse> &result = call->result();
        if (!result) {
            finish(result.error());
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(result.value().body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
            finish(CanvasErrors::badReply(call->describe(), parseError.error != QJsonParseError::NoError
                                                                ? parseError.errorString()
                                                                : QStringLiteral("expected a JSON list")));
            return;
        }
        for (const QJsonValue &item : document.array()) {
            m_items.append(item);
        }
        ++m_pages;
        emit progress(int(m_items.size()), 0, m_stage);
        const QUrl next = result.value().nextPage;
        if (next.isEmpty()) {
            finish(m_items);
            return;
        }
        if (!m_client) {
            finish(CanvasErrors::cancelled());
            return;
        }
        if (!m_client->isSameOrigin(next)) {
            finish(CanvasErrors::foreignLink(next, m_client->baseUrl()));
            return;
        }
        if (m_seen.contains(next)) {
            finish(CanvasErrors::badReply(call->describe(), QStringLiteral("the next link repeats an earlier page")));
            return;
        }
        fetch(m_client->getUrl(next));
    });
}

// --- CanvasClient --------------------------------------------------------------------------------

CanvasClient::CanvasClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment))
{
    m_clock.start();
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &CanvasClient::pump);
}

CanvasClient::~CanvasClient()
{
    // Children (calls, pagers) go with the client; the token does not outlive it in memory.
    m_token.fill(QLatin1Char('\0'));
}

Result<void> CanvasClient::checkUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && !url.host().isEmpty() &&
        (scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopbackHost(url.host())))) {
        return {};
    }
    return CanvasErrors::insecureUrl(url);
}

QString CanvasClient::secretKey(const CanvasConfig &config, const QString &account)
{
    return SecretStore::keyFor(SecretStore::Kind::Canvas, config.url.host(),
                               account.isEmpty() ? QStringLiteral("default") : account);
}

void CanvasClient::setToken(const QString &token)
{
    m_token = token.trimmed();
}

void CanvasClient::setOptions(const Options &options)
{
    m_options = options;
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
    m_options.perPage = std::clamp(m_options.perPage, 1, 100);
}

QUrl CanvasClient::apiUrl(const QString &path, const CanvasParams &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path(QUrl::FullyEncoded) + QStringLiteral("/api/v1") + path, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        url.setQuery(QString::fromLatin1(formEncode(query)), QUrl::TolerantMode);
    }
    return url;
}

QString CanvasClient::encodeId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id, ":"));
}

QByteArray CanvasClient::formEncode(const CanvasParams &params)
{
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

bool CanvasClient::isSameOrigin(const QUrl &url) const
{
    const auto port = [](const QUrl &u) { return u.port(u.scheme().toLower() == QLatin1String("https") ? 443 : 80); };
    return url.scheme().compare(m_baseUrl.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0 && port(url) == port(m_baseUrl);
}

CanvasCall *CanvasClient::get(const QString &path, const CanvasParams &query)
{
    return enqueue("GET", apiUrl(path, query), QByteArray());
}

CanvasCall *CanvasClient::getUrl(const QUrl &url)
{
    return enqueue("GET", url, QByteArray());
}

CanvasCall *CanvasClient::post(const QString &path, const CanvasParams &form)
{
    return enqueue("POST", apiUrl(path), formEncode(form));
}

CanvasCall *CanvasClient::put(const QString &path, const CanvasParams &form)
{
    return enqueue("PUT", apiUrl(path), formEncode(form));
}

CanvasPager *CanvasClient::getAll(const QString &path, const CanvasParams &query, const QString &stage)
{
    auto *pager = new CanvasPager(this, stage);
    CanvasParams withPaging = query;
    withPaging.append({QStringLiteral("per_page"), QString::number(m_options.perPage)});
    pager->fetch(get(path, withPaging));
    return pager;
}

CanvasCall *CanvasClient::enqueue(const QByteArray &verb, const QUrl &url, const QByteArray &body)
{
    auto *call = new CanvasCall(this, verb, url, body);
    call->m_id = m_nextId++;
    std::optional<ServiceError> refused;
    if (const Result<void> secure = checkUrl(url); !secure) {
        refused = secure.error();
    } else if (!isSameOrigin(url)) {
        refused = CanvasErrors::foreignLink(url, m_baseUrl);
    } else if (m_token.isEmpty()) {
        refused = CanvasErrors::noToken(m_baseUrl);
    }
    if (refused) {
        qCInfo(lcCanvasHttp).noquote()
            << QStringLiteral("[%1] %2 refused: %3").arg(call->m_id).arg(call->describe(), refused->detail);
        QMetaObject::invokeMethod(
            call, [call, error = *refused] { call->finish(error); }, Qt::QueuedConnection);
        return call;
    }
    m_queue.append(call);
    // Sent from the event loop, so the caller connects to the call before anything can finish.
    QMetaObject::invokeMethod(this, &CanvasClient::pump, Qt::QueuedConnection);
    return call;
}

void CanvasClient::requeue(CanvasCall *call)
{
    m_queue.prepend(call);
    pump();
}

void CanvasClient::abandon(CanvasCall *call)
{
    m_queue.removeAll(call);
    if (QNetworkReply *reply = call->m_reply) {
        call->m_reply = nullptr;
        --m_inFlight;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        QMetaObject::invokeMethod(this, &CanvasClient::pump, Qt::QueuedConnection);
    }
}

void CanvasClient::pump()
{
    const qint64 now = m_clock.elapsed();
    if (m_pausedUntilMs > now) {
        if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > m_pausedUntilMs - now) {
            m_pumpTimer.start(int(m_pausedUntilMs - now));
        }
        return;
    }
    const int limit = m_budgetLow ? 1 : m_options.maxInFlight;
    while (m_inFlight < limit && !m_queue.isEmpty()) {
        const QPointer<CanvasCall> call = m_queue.takeFirst();
        if (call && !call->isFinished() && !call->isCancelRequested()) {
            send(call);
        }
    }
}

void CanvasClient::send(CanvasCall *call)
{
    QNetworkRequest request(call->m_url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json+canvas-string-ids");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("GradeDesk/%1").arg(QCoreApplication::applicationVersion()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_options.transferTimeout.count()));
    QNetworkReply *reply = nullptr;
    if (call->m_verb == "GET") {
        reply = m_network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        reply = m_network->sendCustomRequest(request, call->m_verb, call->m_body);
    }
    call->m_reply = reply;
    ++call->m_attempts;
    ++m_inFlight;
    ++m_stats.requests;
    call->m_sentAt.start();
    qCDebug(lcCanvasHttp).noquote() << QStringLiteral("[%1] %2 %3 attempt %4 (Authorization: Bearer [redacted])")
                                           .arg(call->m_id)
                                           .arg(QString::fromLatin1(call->m_verb), loggable(call->m_url))
                                           .arg(call->m_attempts);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { onReplyFinished(call, reply); });
}

void CanvasClient::onReplyFinished(CanvasCall *call, QNetworkReply *reply)
{
    call->m_reply = nullptr;
    --m_inFlight;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QByteArray remaining = reply->rawHeader("X-Rate-Limit-Remaining");
    qCDebug(lcCanvasHttp).noquote() << QStringLiteral("[%1] %2 in %3 ms, cost %4, remaining %5%6")
                                           .arg(call->m_id)
                                           .arg(status)
                                           .arg(call->m_sentAt.elapsed())
                                           .arg(QString::fromLatin1(reply->rawHeader("X-Request-Cost")),
                                                QString::fromLatin1(remaining),
                                                error == QNetworkReply::NoError
                                                    ? QString()
                                                    : QStringLiteral(", error: ") + reply->errorString());
    noteRemaining(remaining);
    const bool idempotent = call->m_verb == "GET";

    if (isTransportError(error)) {
        // OperationCanceled here is the transfer timeout: a user's cancel disconnects first.
        const bool timedOut = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        if (idempotent && call->m_transientAttempts < m_options.maxTransientRetries) {
            ++call->m_transientAttempts;
            retryLater(call, backoff(call->m_transientAttempts));
        } else {
            qCInfo(lcCanvasHttp).noquote()
                << QStringLiteral("[%1] %2 failed: %3").arg(call->m_id).arg(call->describe(), reply->errorString());
            call->finish(timedOut
                             ? CanvasErrors::timeout(call->m_url, call->describe())
                             : CanvasErrors::fromNetwork(error, reply->errorString(), call->m_url, call->describe()));
        }
    } else if (CanvasErrors::isRateLimited(status, body)) {
        ++m_stats.throttled;
        if (call->m_throttledAttempts < m_options.maxThrottleRetries) {
            ++call->m_throttledAttempts;
            const milliseconds delay =
                std::max(backoff(call->m_throttledAttempts), retryAfter(reply->rawHeader("Retry-After")));
            qCInfo(lcCanvasHttp).noquote()
                << QStringLiteral("[%1] throttled, retrying in %2 ms").arg(call->m_id).arg(delay.count());
            pauseFor(delay);
            emit slowedDown(int(delay.count()));
            retryLater(call, delay);
        } else {
            call->finish(CanvasErrors::rateLimited(call->m_attempts, call->describe()));
        }
    } else if (status >= 500 && idempotent && call->m_transientAttempts < m_options.maxTransientRetries) {
        ++call->m_transientAttempts;
        retryLater(call, backoff(call->m_transientAttempts));
    } else if (status >= 200 && status < 300) {
        CanvasResponse response;
        response.status = status;
        response.body = body;
        response.headers = reply->rawHeaderPairs();
        response.nextPage = CanvasLink::next(reply->rawHeader("Link"), call->m_url);
        call->finish(response);
    } else {
        const ServiceError failure =
            CanvasErrors::fromHttp(status, body, reply->hasRawHeader("WWW-Authenticate"), call->describe());
        qCInfo(lcCanvasHttp).noquote() << QStringLiteral("[%1] %2").arg(call->m_id).arg(failure.detail);
        call->finish(failure);
    }
    pump();
}

void CanvasClient::retryLater(CanvasCall *call, milliseconds delay)
{
    ++m_stats.retries;
    call->m_retryTimer.start(int(delay.count()));
}

void CanvasClient::pauseFor(milliseconds delay)
{
    m_pausedUntilMs = std::max(m_pausedUntilMs, m_clock.elapsed() + qint64(delay.count()));
}

void CanvasClient::noteRemaining(const QByteArray &value)
{
    bool ok = false;
    const double remaining = value.trimmed().toDouble(&ok);
    if (!ok) {
        return;
    }
    m_budgetLow = remaining < 2 * m_options.lowWaterMark;
    if (remaining < m_options.lowWaterMark && m_options.drainPerSecond > 0) {
        const auto wait = milliseconds(qint64((m_options.lowWaterMark - remaining) / m_options.drainPerSecond * 1000));
        const milliseconds pause = std::min(wait, m_options.maxPause);
        if (pause.count() > 0) {
            ++m_stats.pauses;
            pauseFor(pause);
            emit slowedDown(int(pause.count()));
        }
    }
}

milliseconds CanvasClient::backoff(int attempt) const
{
    const qint64 base = m_options.backoffBase.count();
    const qint64 capped = std::min<qint64>(base << std::min(attempt - 1, 20), m_options.backoffMax.count());
    const qint64 jitter = capped > 1 ? qint64(QRandomGenerator::global()->bounded(quint32(capped / 2 + 1))) : 0;
    return milliseconds(capped + jitter);
}

} // namespace GradeDesk::Services
