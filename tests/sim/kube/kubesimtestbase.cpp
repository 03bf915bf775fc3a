// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/kube/kubesimtestbase.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTimer>

namespace GradeDesk::Tests {

KubeSimWatchClient::KubeSimWatchClient(QNetworkReply *reply)
    : m_reply(reply)
{
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        m_buffer += m_reply->readAll();
        qsizetype newline = -1;
        while ((newline = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            if (!line.trimmed().isEmpty()) {
                events.append(QJsonDocument::fromJson(line).object());
            }
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this] {
        finished = true;
        error = m_reply->error();
        status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    });
}

KubeSimWatchClient::~KubeSimWatchClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QStringList KubeSimWatchClient::types(const QString &name) const
{
    QStringList out;
    for (const QJsonObject &event : events) {
        const QString eventName = event.value(QLatin1String("object"))
                                      .toObject()
                                      .value(QLatin1String("metadata"))
                                      .toObject()
                                      .value(QLatin1String("name"))
                                      .toString();
        if (name.isEmpty() || eventName == name) {
            out.append(event.value(QLatin1String("type")).toString());
        }
    }
    return out;
}

void KubeSimWatchClient::abort()
{
    if (m_reply) {
        m_reply->abort();
    }
}

KubeSimClient::KubeSimClient(KubeSimulator &simulator, QByteArray token)
    : m_simulator(simulator)
    , m_token(std::move(token))
{}

QNetworkRequest KubeSimClient::request(const QString &pathAndQuery) const
{
    QUrl url = m_simulator.baseUrl();
    const qsizetype question = pathAndQuery.indexOf(u'?');
    url.setPath(question < 0 ? pathAndQuery : pathAndQuery.left(question));
    if (question >= 0) {
        url.setQuery(pathAndQuery.mid(question + 1));
    }
    QNetworkRequest request(url);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({QSslCertificate(m_simulator.caPem(), QSsl::Pem)});
    if (m_certificate) {
        config.setLocalCertificate(m_certificate->certificate());
        config.setPrivateKey(m_certificate->key());
    }
    request.setSslConfiguration(config);
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token);
    }
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

KubeSimReply KubeSimClient::call(const QByteArray &verb, const QString &pathAndQuery, const QJsonObject &body,
                                 const QByteArray &contentType)
{
    return callRaw(verb, pathAndQuery,
                   body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), contentType);
}

KubeSimReply KubeSimClient::callRaw(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                                    const QByteArray &contentType)
{
    QNetworkRequest req = request(pathAndQuery);
    if (!body.isEmpty()) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        loop.exec();
    }
    KubeSimReply out;
    out.error = reply->error();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.contentType = reply->rawHeader("Content-Type");
    out.retryAfter = reply->rawHeader("Retry-After");
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        if (name.compare("Warning", Qt::CaseInsensitive) == 0) {
            // Qt joins repeated headers with ", "; split at each new `299 - "`.
            qsizetype from = 0;
            while (from >= 0 && from < value.size()) {
                const qsizetype next = value.indexOf(", 299 - ", from + 1);
                out.warnings.append(value.mid(from, next < 0 ? -1 : next - from).trimmed());
                from = next < 0 ? -1 : next + 2;
            }
        }
    }
    reply->deleteLater();
    return out;
}

std::unique_ptr<KubeSimWatchClient> KubeSimClient::watch(const QString &pathAndQuery)
{
    QNetworkReply *reply = m_nam.get(request(pathAndQuery));
    return std::make_unique<KubeSimWatchClient>(reply);
}

QJsonObject kubeSimTestJob(const QString &name, const QStringList &command, int completions, int parallelism)
{
    const QJsonObject container{{QStringLiteral("name"), QStringLiteral("grader")},
                                {QStringLiteral("image"), QStringLiteral("registry.example.edu/grader:1")},
                                {QStringLiteral("command"), QJsonArray::fromStringList(command)}};
    return {{QStringLiteral("apiVersion"), QStringLiteral("batch/v1")},
            {QStringLiteral("kind"), QStringLiteral("Job")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("completionMode"), QStringLiteral("Indexed")},
                         {QStringLiteral("completions"), completions},
                         {QStringLiteral("parallelism"), parallelism},
                         {QStringLiteral("template"),
                          QJsonObject{{QStringLiteral("spec"),
                                       QJsonObject{{QStringLiteral("restartPolicy"), QStringLiteral("Never")},
                                                   {QStringLiteral("containers"), QJsonArray{container}}}}}}}}};
}

} // namespace GradeDesk::Tests
