// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubeerrors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace GradeDesk::Services {

namespace {

constexpr qsizetype maximumQuotedLength = 500;

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > maximumQuotedLength) {
        text = text.left(maximumQuotedLength) + QStringLiteral("\u2026");
    }
    return text;
}

ServiceError::Kind kindFor(int status)
{
    switch (status) {
    case 400:
    case 422:
        return ServiceError::Kind::Validation;
    case 401:
    case 403:
        return ServiceError::Kind::Auth;
    case 404:
    case 410:
        return ServiceError::Kind::NotFound;
    case 409:
        return ServiceError::Kind::Conflict;
    case 429:
        return ServiceError::Kind::RateLimited;
    case 504:
        return ServiceError::Kind::Timeout;
    default:
        return ServiceError::Kind::Http;
    }
}

} // namespace

std::optional<KubeStatus> KubeStatus::fromJson(const QJsonObject &object)
{
    if (object.value(QLatin1String("kind")).toString() != QLatin1String("Status")) {
        return std::nullopt;
    }
    KubeStatus status;
    status.code = object.value(QLatin1String("code")).toInt();
    status.status = object.value(QLatin1String("status")).toString();
    status.reason = object.value(QLatin1String("reason")).toString();
    status.message = object.value(QLatin1String("message")).toString();
    status.details = object.value(QLatin1String("details")).toObject();
    status.retryAfterSeconds = status.details.value(QLatin1String("retryAfterSeconds")).toInt();
    for (const QJsonValue &value : status.details.value(QLatin1String("causes")).toArray()) {
        const QJsonObject cause = value.toObject();
        const QString field = cause.value(QLatin1String("field")).toString();
        const QString message = cause.value(QLatin1String("message")).toString();
        const QString reason = cause.value(QLatin1String("reason")).toString();
        QString text = field.isEmpty() ? message : field + QStringLiteral(": ") + message;
        if (!reason.isEmpty()) {
            text += QStringLiteral(" (") + reason + QLatin1Char(')');
        }
        status.causes.append(text);
    }
    return status;
}

std::optional<KubeStatus> KubeStatus::fromBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return fromJson(document.object());
}

ServiceError KubeErrors::fromHttp(int httpStatus, const QByteArray &body, const QString &what)
{
    const std::optional<KubeStatus> status = KubeStatus::fromBody(body);
    QString said = status ? status->message : QString();
    if (!status && !body.trimmed().startsWith('<')) {
        said = QString::fromUtf8(body);
    }
    said = shortened(said);

    QString message;
    switch (httpStatus) {
    case 401:
        message = tr("The cluster did not accept GradeDesk's credentials. Log in again with your cluster "
                     "provider's tools, or check the kubeconfig user.");
        break;
    case 403:
        message = tr("The cluster refused the request: %1. Ask the cluster administrator for the permissions "
                     "GradeDesk needs.")
                      .arg(said.isEmpty() ? tr("forbidden") : said);
        break;
    case 404:
        message = tr("The cluster does not have what GradeDesk asked for: %1.").arg(said.isEmpty() ? what : said);
        break;
    case 409:
    case 410:
    case 400:
    case 422:
        message = tr("The cluster rejected the request: %1").arg(said.isEmpty() ? what : said);
        if (status && !status->causes.isEmpty()) {
            message += QLatin1Char('\n') + status->causes.join(QLatin1Char('\n'));
        }
        break;
    case 429:
        message = tr("The cluster is busy and asked GradeDesk to slow down. Try again in a moment.");
        break;
    default:
        message = tr("The cluster answered with an error (HTTP %1)%2. Try again later; if it keeps happening, ask "
                     "the cluster administrator.")
                      .arg(httpStatus)
                      .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said);
        break;
    }

    QString detail = QStringLiteral("%1: HTTP %2").arg(what).arg(httpStatus);
    if (status) {
        detail += QStringLiteral(" reason=%1 message=%2").arg(status->reason, shortened(status->message));
        if (!status->causes.isEmpty()) {
            detail += QStringLiteral(" causes=[%1]").arg(status->causes.join(QStringLiteral("; ")));
        }
    } else if (!said.isEmpty()) {
        detail += QStringLiteral(" body=") + said;
    }
    ServiceError error = ServiceError::make(kindFor(httpStatus), message, detail);
    error.httpStatus = httpStatus;
    return error;
}

ServiceError KubeErrors::fromNetwork(QNetworkReply::NetworkError error, const QString &errorString, const QString &what)
{
    const QString detail = QStringLiteral("%1: network error %2 (%3)").arg(what).arg(int(error)).arg(errorString);
    switch (error) {
    case QNetworkReply::OperationCanceledError:
        return ServiceError::make(ServiceError::Kind::Cancelled, tr("The request to the cluster was cancelled."),
                                  detail);
    case QNetworkReply::TimeoutError:
        return ServiceError::make(ServiceError::Kind::Timeout,
                                  tr("The cluster did not answer in time. Check the connection and try again."),
                                  detail);
    case QNetworkReply::SslHandshakeFailedError:
        return ServiceError::make(ServiceError::Kind::Security,
                                  tr("The secure connection to the cluster failed: %1. Check the certificate "
                                     "authority in the kubeconfig.")
                                      .arg(errorString),
                                  detail);
    default:
        return ServiceError::make(ServiceError::Kind::Network,
                                  tr("GradeDesk cannot reach the cluster: %1. Check the network and the server "
                                     "address in the kubeconfig.")
                                      .arg(errorString),
                                  detail);
    }
}

ServiceError KubeErrors::badBody(const QString &problem, const QString &what)
{
    return ServiceError::make(ServiceError::Kind::Parse,
                              tr("The cluster sent a reply GradeDesk cannot read. Check that the server address "
                                 "points to a Kubernetes API server."),
                              QStringLiteral("%1: %2").arg(what, problem));
}

} // namespace GradeDesk::Services
