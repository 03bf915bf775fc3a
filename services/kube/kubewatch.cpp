// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubewatch.h"

#include "kubeclient.h"
#include "kubeerrors.h"
#include "kubelogging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace GradeDesk::Services {

KubeWatch::KubeWatch(KubeClient *client, const QString &path, const QUrlQuery &query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(path)
    , m_query(query)
{}

KubeWatch::~KubeWatch()
{
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
}

void KubeWatch::stop()
{
    if (m_done) {
        return;
    }
    endWithClose(ServiceError::make(ServiceError::Kind::Cancelled, tr("The watch was stopped."),
                                    QStringLiteral("GET %1: watch stopped").arg(m_path)));
}

void KubeWatch::start()
{
    if (m_done || !m_client) {
        return;
    }
    if (!m_client->credentialsAllowed()) {
        endWithClose(ServiceError::make(
            ServiceError::Kind::Security,
            tr("GradeDesk does not send cluster credentials over unencrypted http to %1. Use an https server "
               "address in the kubeconfig.")
                .arg(m_client->context().server.host()),
            QStringLiteral("GET %1: credentials refused over plain http").arg(m_path)));
        return;
    }
    m_client->withCredentials(
        this,
        [this](const KubeClient::Credentials &credentials) {
            if (m_done || !m_client) {
                return;
            }
            m_buffer.clear();
            m_streaming = false;
            ++m_attempts;
            m_client->countRequest();
            qCDebug(lcKubeWatch).noquote()
                << QStringLiteral("[kube %1] watch %2 attempt %3").arg(m_id).arg(m_path).arg(m_attempts);
            m_network = m_client->m_nam->get(m_client->makeRequest(m_path, m_query, credentials, true));
            connect(m_network, &QNetworkReply::readyRead, this, &KubeWatch::onReadyRead);
            connect(m_network, &QNetworkReply::finished, this, &KubeWatch::onFinished);
        },
        [this](const ServiceError &error) { endWithClose(error); });
}

void KubeWatch::onReadyRead()
{
    if (m_done || !m_network) {
        return;
    }
    const int status = m_network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        return; // an error body: read whole in onFinished()
    }
    if (!m_streaming) {
        m_streaming = true;
        m_warnings = m_client ? m_client->collectWarnings(m_network) : QStringList();
    }
    m_buffer += m_network->readAll();
    const QPointer<KubeWatch> alive(this);
    qsizetype start = 0;
    for (qsizetype newline = m_buffer.indexOf('\n'); newline >= 0; newline = m_buffer.indexOf('\n', start)) {
        const QByteArray line = m_buffer.mid(start, newline - start);
        start = newline + 1;
        handleLine(line);
        if (!alive || m_done) {
            return;
        }
    }
    m_buffer.remove(0, start);
}

void KubeWatch::handleLine(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty()) {
        return;
    }
    const QString what = QStringLiteral("GET %1 (watch)").arg(m_path);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    const QJsonObject message = document.object();
    const QString type = message.value(QLatin1String("type")).toString();
    const QJsonValue objectValue = message.value(QLatin1String("object"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || type.isEmpty() ||
        !objectValue.isObject()) {
        endWithClose(KubeErrors::badBody(
            QStringLiteral("watch line is not an event: %1").arg(QString::fromUtf8(trimmed.left(200))), what));
        return;
    }
    const QJsonObject object = objectValue.toObject();
    if (type == QLatin1String("ERROR")) {
        const std::optional<KubeStatus> status = KubeStatus::fromJson(object);
        const int code = status ? status->code : 0;
        qCInfo(lcKubeWatch).noquote() << QStringLiteral("[kube %1] watch %2: ERROR %3 %4")
                                             .arg(m_id)
                                             .arg(m_path)
                                             .arg(code)
                                             .arg(status ? status->message : QString());
        if (code == 410) {
            endWithExpired();
        } else {
            endWithClose(KubeErrors::fromHttp(code == 0 ? 500 : code, QJsonDocument(object).toJson(), what));
        }
        return;
    }
    if (type != QLatin1String("ADDED") && type != QLatin1String("MODIFIED") && type != QLatin1String("DELETED") &&
        type != QLatin1String("BOOKMARK")) {
        qCWarning(lcKubeWatch).noquote()
            << QStringLiteral("[kube %1] watch %2: ignoring event type %3").arg(m_id).arg(m_path, type);
        return;
    }
    const QString resourceVersion =
        object.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
    if (!resourceVersion.isEmpty()) {
        m_lastResourceVersion = resourceVersion;
    }
    ++m_eventCount;
    emit event(type, object);
}

void KubeWatch::onFinished()
{
    if (m_done || !m_network) {
        return;
    }
    QNetworkReply *network = m_network;
    m_network = nullptr;
    network->deleteLater();
    const QString what = QStringLiteral("GET %1 (watch)").arg(m_path);
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = network->error();

    if (m_streaming || status == 200) {
        m_buffer += network->readAll();
        if (!m_buffer.trimmed().isEmpty()) {
            const QPointer<KubeWatch> alive(this);
            handleLine(m_buffer); // a last event without its "\n"
            if (!alive || m_done) {
                return;
            }
        }
        m_buffer.clear();
        if (error != QNetworkReply::NoError) {
            endWithClose(KubeErrors::fromNetwork(error, network->errorString(), what));
        } else {
            endWithClose(std::nullopt);
        }
        return;
    }
    if (status == 0) {
        endWithClose(KubeErrors::fromNetwork(error, network->errorString(), what));
        return;
    }
    const QByteArray body = network->readAll();
    if (status == 410) {
        endWithExpired();
        return;
    }
    if (status == 401 && !m_authRetried && m_client && m_client->refreshCredentials()) {
        m_authRetried = true;
        start();
        return;
    }
    const bool retryable = status == 429 || status == 500 || status == 503 || status == 504;
    if (retryable && m_client && m_attempts <= m_client->m_maxRetries) {
        const int delay = m_client->retryAfterDelay(network, m_attempts);
        qCInfo(lcKubeWatch).noquote() << QStringLiteral("[kube %1] watch %2: HTTP %3, retrying in %4 ms")
                                             .arg(m_id)
                                             .arg(m_path)
                                             .arg(status)
                                             .arg(delay);
        QTimer::singleShot(delay, this, &KubeWatch::start);
        return;
    }
    endWithClose(KubeErrors::fromHttp(status, body, what));
}

void KubeWatch::endWithExpired()
{
    m_done = true;
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
        m_network = nullptr;
    }
    qCInfo(lcKubeWatch).noquote()
        << QStringLiteral("[kube %1] watch %2 expired (410) after %3 events").arg(m_id).arg(m_path).arg(m_eventCount);
    emit expired();
    deleteLater();
}

void KubeWatch::endWithClose(const std::optional<ServiceError> &error)
{
    m_done = true;
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
        m_network = nullptr;
    }
    qCInfo(lcKubeWatch).noquote() << QStringLiteral("[kube %1] watch %2 closed after %3 events%4")
                                         .arg(m_id)
                                         .arg(m_path)
                                         .arg(m_eventCount)
                                         .arg(error ? QStringLiteral(": ") + error->detail : QString());
    emit closed(error);
    deleteLater();
}

} // namespace GradeDesk::Services
