// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "ngshareclient.h"

#include "ngshareerrors.h"
#include "ngsharelogging.h"

#include <services/config/courseconfig.h>
#include <services/secrets/secretstore.h>

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

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

// Network-layer failures (no complete HTTP reply): QNetworkReply's codes below 200.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200;
}

// Failures that another attempt will not fix (or that must not be repeated against an unknown host).
bool isPermanentTransportError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError ||
           error == QNetworkReply::SslHandshakeFailedError;
}

QString trimmedPath(QString path)
{
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    return path;
}

} // namespace

// --- NgshareCall ---------------------------------------------------------------------------------

NgshareCall::NgshareCall(NgshareClient *client, const QByteArray &verb, const QUrl &url, const QByteArray &body,
                         bool authenticated)
    : ExchangeTask<NgshareReply>(client)
    , m_client(client)
    , m_verb(verb)
    , m_url(url)
    , m_body(body)
    , m_authenticated(authenticated)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_client) {
            m_client->m_queue.prepend(this);
            m_client->pump();
        }
    });
    connect(this, &ExchangeJob::cancelRequested, this, &NgshareCall::onCancelRequested);
}

NgshareCall::~NgshareCall()
{
    if (m_client) {
        m_client->abandon(this);
    }
}

QString NgshareCall::describe() const
{
    return QString::fromLatin1(m_verb) + QLatin1Char(' ') + m_url.path(QUrl::FullyEncoded);
}

void NgshareCall::onCancelRequested()
{
    m_retryTimer.stop();
    if (m_client) {
        m_client->abandon(this);
    }
    finishLater(NgshareErrors::cancelled());
}

// --- NgshareClient -------------------------------------------------------------------------------

NgshareClient::NgshareClient(QNetworkAccessManager *network, const QUrl &hubUrl, const QString &prefix, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_hubUrl(hubUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment))
{
    QString servicePath = trimmedPath(prefix);
    if (!servicePath.isEmpty() && !servicePath.startsWith(QLatin1Char('/'))) {
        servicePath.prepend(QLatin1Char('/'));
    }
    m_baseUrl = m_hubUrl;
    m_baseUrl.setPath(trimmedPath(m_hubUrl.path(QUrl::FullyEncoded)) + servicePath, QUrl::TolerantMode);
}

NgshareClient::~NgshareClient()
{
    // Children (calls) go with the client; the token does not outlive it in memory.
    m_token.fill(QLatin1Char('\0'));
}

QUrl NgshareClient::serviceUrl(const ExchangeConfig &config)
{
    QUrl url = config.url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(trimmedPath(url.path(QUrl::FullyEncoded)) + trimmedPath(config.prefix), QUrl::TolerantMode);
    return url;
}

Result<void> NgshareClient::checkUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && !url.host().isEmpty() &&
        (scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopbackHost(url.host())))) {
        return {};
    }
    return NgshareErrors::insecureUrl(url);
}

QString NgshareClient::secretKey(const ExchangeConfig &config, const QString &account)
{
    return SecretStore::keyFor(SecretStore::Kind::Hub, config.url.host(),
                               account.isEmpty() ? QStringLiteral("default") : account);
}

QString NgshareClient::encodeSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QByteArray NgshareClient::formEncode(const NgshareParams &params)
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

void NgshareClient::setToken(const QString &token)
{
    m_token = token.trimmed();
}

void NgshareClient::setOptions(const Options &options)
{
    m_options = options;
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
    m_options.maxRetries = std::max(0, m_options.maxRetries);
}

QUrl NgshareClient::endpointUrl(const QString &endpoint, const QStringList &ids, const NgshareParams &query) const
{
    QString path = m_baseUrl.path(QUrl::FullyEncoded) + QLatin1Char('/') + endpoint;
    for (const QString &id : ids) {
        path += QLatin1Char('/') + encodeSegment(id);
    }
    QUrl url = m_baseUrl;
    url.setPath(path, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        url.setQuery(QString::fromLatin1(formEncode(query)), QUrl::TolerantMode);
    }
    return url;
}

NgshareCall *NgshareClient::get(const QString &endpoint, const QStringList &ids, const NgshareParams &query)
{
    return enqueue("GET", endpointUrl(endpoint, ids, query), QByteArray(), true);
}

NgshareCall *NgshareClient::post(const QString &endpoint, const QStringList &ids, const NgshareParams &form)
{
    return enqueue("POST", endpointUrl(endpoint, ids), formEncode(form), true);
}

NgshareCall *NgshareClient::remove(const QString &endpoint, const QStringList &ids, const NgshareParams &query)
{
    return enqueue("DELETE", endpointUrl(endpoint, ids, query), QByteArray(), true);
}

NgshareCall *NgshareClient::health()
{
    return enqueue("GET", endpointUrl(QStringLiteral("healthz")), QByteArray(), false);
}

NgshareCall *NgshareClient::hubUser()
{
    QUrl url = m_hubUrl;
    url.setPath(trimmedPath(m_hubUrl.path(QUrl::FullyEncoded)) + QStringLiteral("/hub/api/user"), QUrl::TolerantMode);
    auto *call = enqueue("GET", url, QByteArray(), true);
    call->m_envelope = false;
    return call;
}

NgshareCall *NgshareClient::enqueue(const QByteArray &verb, const QUrl &url, const QByteArray &body, bool authenticated)
{
    auto *call = new NgshareCall(this, verb, url, body, authenticated);
    call->m_id = m_nextId++;
    std::optional<ServiceError> refused;
    if (const Result<void> secure = checkUrl(url); !secure) {
        refused = secure.error();
    } else if (authenticated && m_token.isEmpty()) {
        refused = NgshareErrors::noToken(m_baseUrl);
    }
    if (refused) {
        qCInfo(lcNgshareHttp).noquote()
            << QStringLiteral("[ngshare %1] %2 refused: %3").arg(call->m_id).arg(call->describe(), refused->detail);
        call->finishLater(*refused);
        return call;
    }
    m_queue.append(call);
    // Sent from the event loop, so the caller connects to the call before anything can finish.
    QMetaObject::invokeMethod(this, &NgshareClient::pump, Qt::QueuedConnection);
    return call;
}

void NgshareClient::abandon(NgshareCall *call)
{
    m_queue.removeAll(call);
    if (QNetworkReply *reply = call->m_reply) {
        call->m_reply = nullptr;
        --m_inFlight;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        QMetaObject::invokeMethod(this, &NgshareClient::pump, Qt::QueuedConnection);
    }
}

void NgshareClient::pump()
{
    while (m_inFlight < m_options.maxInFlight && !m_queue.isEmpty()) {
        const QPointer<NgshareCall> call = m_queue.takeFirst();
        if (call && !call->isFinished() && !call->isCancelRequested() && !call->m_reply) {
            send(call);
        }
    }
}

void NgshareClient::send(NgshareCall *call)
{
    QNetworkRequest request(call->m_url);
    if (call->m_authenticated) {
        request.setRawHeader("Authorization", "token " + m_token.toUtf8());
    }
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("GradeDesk/%1").arg(QCoreApplication::applicationVersion()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // No cache: a cached validator would make ngshare answer 304 without a body.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(int(m_options.transferTimeout.count()));
    QNetworkReply *reply = nullptr;
    if (call->m_verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(request, call->m_body);
    } else {
        reply = m_network->sendCustomRequest(request, call->m_verb);
    }
    call->m_reply = reply;
    ++call->m_attempts;
    ++m_inFlight;
    ++m_stats.requests;
    call->m_sentAt.start();
    qCDebug(lcNgshareHttp).noquote() << QStringLiteral("[ngshare %1] %2 attempt %3%4")
                                            .arg(call->m_id)
                                            .arg(call->describe())
                                            .arg(call->m_attempts)
                                            .arg(call->m_authenticated
                                                     ? QStringLiteral(" (Authorization: token [redacted])")
                                                     : QString());
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { onReplyFinished(call, reply); });
}

bool NgshareClient::shouldRetry(const NgshareCall *call, int status, int networkError) const
{
    if (call->m_attempts > m_options.maxRetries) {
        return false;
    }
    const bool idempotent = call->m_verb == "GET";
    const auto error = QNetworkReply::NetworkError(networkError);
    if (isTransportError(error)) {
        return idempotent && !isPermanentTransportError(error);
    }
    if (status == 503) {
        return true;
    }
    return idempotent && (status == 500 || status == 502 || status == 504);
}

void NgshareClient::onReplyFinished(NgshareCall *call, QNetworkReply *reply)
{
    call->m_reply = nullptr;
    --m_inFlight;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    qCDebug(lcNgshareHttp).noquote() << QStringLiteral("[ngshare %1] %2 in %3 ms, %4 bytes%5")
                                            .arg(call->m_id)
                                            .arg(status)
                                            .arg(call->m_sentAt.elapsed())
                                            .arg(body.size())
                                            .arg(isTransportError(error)
                                                     ? QStringLiteral(", error: ") + reply->errorString()
                                                     : QString());

    if (shouldRetry(call, isTransportError(error) ? 0 : status, int(error))) {
        ++m_stats.retries;
        const milliseconds delay = backoff(call->m_attempts);
        qCInfo(lcNgshareHttp).noquote() << QStringLiteral("[ngshare %1] %2 failed (%3), retrying in %4 ms")
                                               .arg(call->m_id)
                                               .arg(call->describe(), isTransportError(error)
                                                                          ? reply->errorString()
                                                                          : QStringLiteral("HTTP %1").arg(status))
                                               .arg(delay.count());
        call->m_retryTimer.start(int(delay.count()));
    } else if (isTransportError(error)) {
        // OperationCanceled here is the transfer timeout: a user's cancel disconnects first.
        const bool timedOut = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        const ServiceError failure =
            timedOut ? NgshareErrors::timeout(call->m_url, call->describe())
                     : NgshareErrors::fromNetwork(error, reply->errorString(), call->m_url, call->describe());
        qCInfo(lcNgshareHttp).noquote() << QStringLiteral("[ngshare %1] %2").arg(call->m_id).arg(failure.detail);
        call->finish(failure);
    } else if (status == 200) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            call->finish(NgshareErrors::badReply(call->describe(),
                                                 parseError.error != QJsonParseError::NoError
                                                     ? QStringLiteral("not JSON: %1").arg(parseError.errorString())
                                                     : QStringLiteral("not a JSON object")));
        } else if (call->m_envelope && document.object().value(QLatin1String("success")) != QJsonValue(true)) {
            call->finish(document.object().value(QLatin1String("success")) == QJsonValue(false)
                             ? NgshareErrors::fromHttp(status, body, {}, call->describe())
                             : NgshareErrors::badReply(call->describe(), QStringLiteral("no \"success\": true")));
        } else {
            call->finish(NgshareReply{status, document.object()});
        }
    } else {
        const ServiceError failure =
            NgshareErrors::fromHttp(status, body, reply->rawHeader("Location"), call->describe());
        qCInfo(lcNgshareHttp).noquote() << QStringLiteral("[ngshare %1] %2").arg(call->m_id).arg(failure.detail);
        call->finish(failure);
    }
    pump();
}

milliseconds NgshareClient::backoff(int attempt) const
{
    const qint64 base = m_options.backoffBase.count();
    const qint64 capped = std::min<qint64>(base << std::min(attempt - 1, 20), m_options.backoffMax.count());
    const qint64 jitter = capped > 1 ? qint64(QRandomGenerator::global()->bounded(quint32(capped / 2 + 1))) : 0;
    return milliseconds(capped + jitter);
}

} // namespace GradeDesk::Services
