// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubeclient.h"

#include "kubeclienttls.h"
#include "kubeexec.h"
#include "kubelogging.h"
#include "kubewatch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace GradeDesk::Services {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isIdempotent(const QByteArray &verb)
{
    return verb == "GET" || verb == "HEAD" || verb == "PUT" || verb == "DELETE" || verb == "PATCH";
}

// Failures where the server most likely never processed the request, or where repeating an
// idempotent one is harmless.
bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

QNetworkProxy proxyFor(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const auto type = scheme == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    const quint16 port = quint16(url.port(scheme == QLatin1String("socks5") ? 1080 : 8080));
    return QNetworkProxy(type, url.host(), port, url.userName(), url.password());
}

} // namespace

KubeReply::KubeReply(KubeClient *client, const QByteArray &verb, const QString &path, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_verb(verb)
    , m_path(path)
{}

KubeReply::~KubeReply()
{
    // Destroyed with its client before finishing: the network reply belongs to a possibly shared
    // QNetworkAccessManager and must not outlive this object.
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
}

void KubeReply::abort()
{
    if (m_done) {
        return;
    }
    if (m_network) {
        m_network->abort(); // finished() of the network reply completes this one as Cancelled
        return;
    }
    if (m_client) {
        m_client->complete(this,
                           KubeErrors::fromNetwork(QNetworkReply::OperationCanceledError, QStringLiteral("aborted"),
                                                   m_client->describe(m_verb, m_path)));
    }
}

KubeClient::KubeClient(const KubeContext &context, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_nam(nam)
    , m_userAgent(QStringLiteral("GradeDesk/%1 (kube)").arg(QCoreApplication::applicationVersion()).toUtf8())
{
    if (!m_context.proxyUrl.isEmpty() || !m_nam) {
        // A proxy is per QNetworkAccessManager, so a context with proxy-url gets its own.
        m_nam = new QNetworkAccessManager(this);
        if (!m_context.proxyUrl.isEmpty()) {
            m_nam->setProxy(proxyFor(m_context.proxyUrl));
        }
    }
    m_ssl = KubeTls::configuration(m_context, m_context.auth.clientCertPem, m_context.auth.clientKeyPem);
    if (m_context.auth.exec) {
        m_exec = new KubeExecPlugin(m_context, this);
    }
    if (m_context.insecureSkipTlsVerify) {
        qCWarning(lcKube).noquote()
            << QStringLiteral("context %1: TLS verification of %2 is OFF (insecure-skip-tls-verify in the kubeconfig)")
                   .arg(m_context.contextName, m_context.server.toDisplayString());
    }
}

KubeClient::~KubeClient() = default;

QString KubeClient::describe(const QByteArray &verb, const QString &path) const
{
    return QString::fromLatin1(verb) + QLatin1Char(' ') + path;
}

void KubeClient::setBearerToken(const QString &token)
{
    m_extraToken = token;
}

void KubeClient::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(1, count);
    pump();
}

void KubeClient::setRetryPolicy(int maxRetries, int baseDelayMs, int maxDelayMs)
{
    m_maxRetries = std::max(0, maxRetries);
    m_baseDelayMs = std::max(0, baseDelayMs);
    m_maxDelayMs = std::max(m_baseDelayMs, maxDelayMs);
}

bool KubeClient::hasCredentials() const
{
    return m_context.auth.hasCredentials() || !m_extraToken.isEmpty();
}

bool KubeClient::credentialsAllowed() const
{
    // kubectl sends nothing to an http:// server; GradeDesk allows loopback for local proxies and tests.
    return !hasCredentials() || m_context.server.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ||
           isLoopbackHost(m_context.server.host());
}

KubeReply *KubeClient::request(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                               const QJsonObject &body, const QByteArray &contentType, RequestOptions options)
{
    auto *reply = new KubeReply(this, verb.toUpper(), path, this);
    reply->m_query = query;
    reply->m_id = nextId();
    if (!body.isEmpty()) {
        reply->m_payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        reply->m_contentType = contentType;
    }
    reply->m_retrySafe = isIdempotent(reply->m_verb) || options.testFlag(RequestOption::RetrySafe);
    if (!credentialsAllowed()) {
        const ServiceError error = ServiceError::make(
            ServiceError::Kind::Security,
            tr("GradeDesk does not send cluster credentials over unencrypted http to %1. Use an https server "
               "address in the kubeconfig.")
                .arg(m_context.server.host()),
            QStringLiteral("%1: credentials refused over plain http").arg(describe(reply->m_verb, path)));
        QMetaObject::invokeMethod(
            reply, [this, reply, error] { complete(reply, error); }, Qt::QueuedConnection);
        return reply;
    }
    m_queue.append(reply);
    QMetaObject::invokeMethod(this, &KubeClient::pump, Qt::QueuedConnection);
    return reply;
}

KubeWatch *KubeClient::watch(const QString &path, const QUrlQuery &query)
{
    QUrlQuery watchQuery = query;
    if (!watchQuery.hasQueryItem(QStringLiteral("watch"))) {
        watchQuery.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    }
    auto *watch = new KubeWatch(this, path, watchQuery, this);
    watch->m_id = nextId();
    QMetaObject::invokeMethod(watch, &KubeWatch::start, Qt::QueuedConnection);
    return watch;
}

void KubeClient::pump()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const QPointer<KubeReply> reply = m_queue.takeFirst();
        if (!reply || reply->m_done) {
            continue;
        }
        ++m_inFlight;
        reply->m_holdsSlot = true;
        send(reply);
    }
}

void KubeClient::withCredentials(QObject *context, const std::function<void(const Credentials &)> &then,
                                 const std::function<void(const ServiceError &)> &fail)
{
    Credentials credentials;
    credentials.ssl = m_ssl;
    const KubeAuth &auth = m_context.auth;
    if (!auth.token.isEmpty()) {
        credentials.authorization = "Bearer " + auth.token.toUtf8();
    } else if (!auth.username.isEmpty() || !auth.password.isEmpty()) {
        credentials.authorization = "Basic " + (auth.username + QLatin1Char(':') + auth.password).toUtf8().toBase64();
    } else if (!m_exec && !m_extraToken.isEmpty()) {
        credentials.authorization = "Bearer " + m_extraToken.toUtf8();
    }
    if (!m_exec) {
        then(credentials);
        return;
    }
    const auto apply = [this, then, credentials](const KubeExecCredential &exec) {
        Credentials withExec = credentials;
        if (!exec.token.isEmpty()) {
            withExec.authorization = "Bearer " + exec.token.toUtf8();
        }
        if (!exec.clientCertPem.isEmpty()) {
            if (exec.clientCertPem != m_execCertPem) {
                m_execCertPem = exec.clientCertPem;
                m_execSsl = KubeTls::configuration(m_context, exec.clientCertPem, exec.clientKeyPem);
            }
            withExec.ssl = m_execSsl;
        }
        then(withExec);
    };
    if (const auto cached = m_exec->cached()) {
        apply(*cached);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_exec, &KubeExecPlugin::finished, context, [this, connection, apply, fail] {
        disconnect(*connection);
        const Result<KubeExecCredential> &result = m_exec->lastResult();
        if (result) {
            apply(result.value());
        } else {
            fail(result.error());
        }
    });
    m_exec->start();
}

bool KubeClient::refreshCredentials()
{
    if (m_exec) {
        m_exec->invalidate();
        return true;
    }
    if (!m_context.auth.tokenFile.isEmpty()) {
        QFile in(m_context.auth.tokenFile);
        if (in.open(QIODevice::ReadOnly)) {
            const QString token = QString::fromUtf8(in.readAll()).trimmed();
            if (!token.isEmpty() && token != m_context.auth.token) {
                m_context.auth.token = token;
                return true;
            }
        }
    }
    return false;
}

QNetworkRequest KubeClient::makeRequest(const QString &path, const QUrlQuery &query, const Credentials &credentials,
                                        bool watch) const
{
    QUrl url = m_context.server;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    url.setPath(base + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setRawHeader("User-Agent", m_userAgent);
    request.setRawHeader("Accept", "application/json, */*");
    if (m_context.disableCompression) {
        request.setRawHeader("Accept-Encoding", "identity");
    }
    if (!credentials.authorization.isEmpty()) {
        request.setRawHeader("Authorization", credentials.authorization);
    }
    const KubeAuth &auth = m_context.auth;
    if (!auth.impersonateUser.isEmpty()) {
        request.setRawHeader("Impersonate-User", auth.impersonateUser.toUtf8());
    }
    if (!auth.impersonateUid.isEmpty()) {
        request.setRawHeader("Impersonate-Uid", auth.impersonateUid.toUtf8());
    }
    if (!auth.impersonateGroups.isEmpty()) {
        // Qt keeps one value per header name; the API server splits repeated headers on ",".
        QByteArrayList groups;
        for (const QString &group : auth.impersonateGroups) {
            groups.append(group.toUtf8());
        }
        request.setRawHeader("Impersonate-Group", groups.join(", "));
    }
    for (auto it = auth.impersonateExtra.cbegin(); it != auth.impersonateExtra.cend(); ++it) {
        QByteArrayList values;
        for (const QString &value : it.value()) {
            values.append(value.toUtf8());
        }
        request.setRawHeader("Impersonate-Extra-" + QUrl::toPercentEncoding(it.key()), values.join(", "));
    }
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        request.setSslConfiguration(credentials.ssl);
        if (!m_context.tlsServerName.isEmpty()) {
            request.setPeerVerifyName(m_context.tlsServerName);
        }
    }
    request.setTransferTimeout(watch ? 0 : m_transferTimeoutMs);
    return request;
}

void KubeClient::send(KubeReply *reply)
{
    withCredentials(
        reply,
        [this, reply](const Credentials &credentials) {
            if (reply->m_done) {
                return;
            }
            QNetworkRequest request = makeRequest(reply->m_path, reply->m_query, credentials, false);
            if (!reply->m_payload.isEmpty()) {
                request.setRawHeader("Content-Type", reply->m_contentType);
            }
            ++reply->m_attempts;
            countRequest();
            qCDebug(lcKubeHttp).noquote()
                << QStringLiteral("[kube %1] %2 attempt %3%4")
                       .arg(reply->m_id)
                       .arg(describe(reply->m_verb, reply->m_path))
                       .arg(reply->m_attempts)
                       .arg(credentials.authorization.isEmpty() ? QString()
                                                                : QStringLiteral(" (Authorization: [redacted])"));
            QNetworkReply *network = m_nam->sendCustomRequest(request, reply->m_verb, reply->m_payload);
            reply->m_network = network;
            connect(network, &QNetworkReply::finished, reply, [this, reply, network] { onFinished(reply, network); });
        },
        [this, reply](const ServiceError &error) { complete(reply, error); });
}

QStringList KubeClient::collectWarnings(const QNetworkReply *network)
{
    // `Warning: 299 - "text"`; several values may arrive joined by ", ".
    static const QRegularExpression warning(QStringLiteral(R"re((\d{3}) \S+ "((?:[^"\\]|\\.)*)")re"));
    QStringList texts;
    const QString header = QString::fromUtf8(network->rawHeader("Warning"));
    for (auto it = warning.globalMatch(header); it.hasNext();) {
        QString text = it.next().captured(2);
        text.replace(QLatin1String("\\\""), QLatin1String("\"")).replace(QLatin1String("\\\\"), QLatin1String("\\"));
        texts.append(text);
    }
    for (const QString &text : std::as_const(texts)) {
        qCInfo(lcKube).noquote() << QStringLiteral("server warning: %1").arg(text);
        emit warningReceived(text);
    }
    return texts;
}

int KubeClient::backoffDelay(int attempt) const
{
    const qint64 exponential = qint64(m_baseDelayMs) << std::min(attempt - 1, 20);
    const int delay = int(std::min<qint64>(exponential, m_maxDelayMs));
    return delay + int(QRandomGenerator::global()->bounded(delay / 4 + 1));
}

int KubeClient::retryAfterDelay(const QNetworkReply *network, int attempt) const
{
    bool ok = false;
    const int seconds = network->rawHeader("Retry-After").trimmed().toInt(&ok);
    if (!ok || seconds < 0) {
        return backoffDelay(attempt);
    }
    const int delay = int(std::min<qint64>(qint64(seconds) * 1000, m_maxDelayMs));
    // Jitter so that many clients told the same Retry-After do not come back together.
    return delay + int(QRandomGenerator::global()->bounded(std::max(delay, m_baseDelayMs) / 5 + 1));
}

void KubeClient::retryLater(KubeReply *reply, int delayMs, const QString &why)
{
    qCInfo(lcKubeHttp).noquote() << QStringLiteral("[kube %1] %2: %3, retrying in %4 ms")
                                        .arg(reply->m_id)
                                        .arg(describe(reply->m_verb, reply->m_path), why)
                                        .arg(delayMs);
    QTimer::singleShot(delayMs, reply, [this, reply] {
        if (!reply->m_done) {
            send(reply);
        }
    });
}

void KubeClient::onFinished(KubeReply *reply, QNetworkReply *network)
{
    network->deleteLater();
    reply->m_network = nullptr;
    if (reply->m_done) {
        return;
    }
    const QString what = describe(reply->m_verb, reply->m_path);
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = network->readAll();
    reply->m_httpStatus = status;
    reply->m_body = body;
    reply->m_warnings = collectWarnings(network);
    reply->m_status = KubeStatus::fromBody(body);
    qCDebug(lcKubeHttp).noquote()
        << QStringLiteral("[kube %1] %2 -> %3, %4 bytes").arg(reply->m_id).arg(what).arg(status).arg(body.size());
    const bool canRetry = reply->m_attempts <= m_maxRetries;

    if (status == 0) {
        const QNetworkReply::NetworkError error = network->error();
        if (error != QNetworkReply::OperationCanceledError && reply->m_retrySafe && canRetry &&
            isTransientNetworkError(error)) {
            retryLater(reply, backoffDelay(reply->m_attempts), network->errorString());
            return;
        }
        complete(reply, KubeErrors::fromNetwork(error, network->errorString(), what));
        return;
    }
    if (status == 401 && !reply->m_authRetried && refreshCredentials()) {
        reply->m_authRetried = true;
        retryLater(reply, 0, QStringLiteral("401, refreshing credentials"));
        return;
    }
    if (status == 429 && canRetry) {
        retryLater(reply, retryAfterDelay(network, reply->m_attempts), QStringLiteral("HTTP 429"));
        return;
    }
    if ((status == 500 || status == 503 || status == 504) && reply->m_retrySafe && canRetry) {
        retryLater(reply,
                   network->hasRawHeader("Retry-After") ? retryAfterDelay(network, reply->m_attempts)
                                                        : backoffDelay(reply->m_attempts),
                   QStringLiteral("HTTP %1").arg(status));
        return;
    }
    if (status < 200 || status >= 300) {
        const ServiceError error = KubeErrors::fromHttp(status, body, what);
        qCInfo(lcKubeHttp).noquote() << QStringLiteral("[kube %1] %2").arg(reply->m_id).arg(error.detail);
        complete(reply, error);
        return;
    }
    const QByteArray contentType = network->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    if (body.trimmed().isEmpty() || !contentType.contains("json")) {
        complete(reply, QJsonObject()); // text/plain (logs) or no body: read body()
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        complete(reply,
                 KubeErrors::badBody(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                  : QStringLiteral("not an object"),
                                     what));
        return;
    }
    complete(reply, document.object());
}

void KubeClient::complete(KubeReply *reply, const Result<QJsonObject> &result)
{
    if (reply->m_done) {
        return;
    }
    reply->m_done = true;
    reply->m_result = result;
    if (reply->m_network) {
        reply->m_network->disconnect(reply);
        reply->m_network->abort();
        reply->m_network->deleteLater();
    }
    if (reply->m_holdsSlot) {
        reply->m_holdsSlot = false;
        --m_inFlight;
    }
    emit reply->finished();
    reply->deleteLater();
    pump();
}

} // namespace GradeDesk::Services
