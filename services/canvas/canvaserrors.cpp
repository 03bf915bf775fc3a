// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvaserrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace GradeDesk::Services {

namespace {

constexpr qsizetype maximumQuotedLength = 300;

ServiceError make(ServiceError::Kind kind, int status, const QString &message, const QString &detail)
{
    ServiceError error = ServiceError::make(kind, message, detail);
    error.httpStatus = status;
    return error;
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

QString CanvasErrors::canvasMessage(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    QString text;
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue errors = object.value(QLatin1String("errors"));
        if (errors.isArray()) {
            QStringList messages;
            for (const QJsonValue &entry : errors.toArray()) {
                const QString message = entry.toObject().value(QLatin1String("message")).toString();
                if (!message.isEmpty()) {
                    messages.append(message);
                }
            }
            text = messages.join(QStringLiteral("; "));
        } else if (errors.isObject()) {
            // Validation errors: {"errors": {"field": [{"message": ...}]}}.
            QStringList messages;
            const QJsonObject fields = errors.toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                for (const QJsonValue &entry : it.value().toArray()) {
                    messages.append(it.key() + QStringLiteral(": ") +
                                    entry.toObject().value(QLatin1String("message")).toString());
                }
            }
            text = messages.join(QStringLiteral("; "));
        }
        if (text.isEmpty()) {
            text = object.value(QLatin1String("message")).toString();
        }
        if (text.isEmpty()) {
            text = object.value(QLatin1String("status")).toString();
        }
    } else if (!body.trimmed().startsWith('<')) {
        text = QString::fromUtf8(body).simplified();
    }
    if (text.size() > maximumQuotedLength) {
        text = text.left(maximumQuotedLength) + QStringLiteral("\u2026");
    }
    return text;
}

bool CanvasErrors::isRateLimited(int status, const QByteArray &body)
{
    return status == 429 || (status == 403 && body.contains("Rate Limit Exceeded"));
}

ServiceError CanvasErrors::fromHttp(int status, const QByteArray &body, bool hasWwwAuthenticate, const QString &request)
{
    const QString said = canvasMessage(body);
    const QString detail = QStringLiteral("%1: HTTP %2 %3").arg(request).arg(status).arg(said);
    if (status == 401 && hasWwwAuthenticate) {
        QString reason;
        if (said.contains(QLatin1String("Expired"), Qt::CaseInsensitive)) {
            reason = tr("the token has expired");
        } else if (said.contains(QLatin1String("Revoked"), Qt::CaseInsensitive)) {
            reason = tr("the token was revoked");
        } else if (said.contains(QLatin1String("authorization required"), Qt::CaseInsensitive)) {
            reason = tr("no token was sent");
        } else {
            reason = tr("the token is not valid");
        }
        return make(ServiceError::Kind::Auth, status,
                    tr("Canvas did not accept the access token: %1. Create a new token in Canvas (Account, Settings, "
                       "New access token) and store it in GradeDesk.")
                        .arg(reason),
                    detail);
    }
    if (status == 401 || status == 403) {
        return make(ServiceError::Kind::Http, status,
                    tr("Your Canvas account is not allowed to do this in the course (Canvas says: %1). Ask a teacher "
                       "of the course to give your role the permission, or use a teacher's token.")
                        .arg(said.isEmpty() ? QStringLiteral("unauthorized") : said),
                    detail);
    }
    if (status == 404) {
        return make(ServiceError::Kind::NotFound, status,
                    tr("Canvas does not know what GradeDesk asked for (%1). Check the Canvas course id in "
                       "course.yaml and that the item still exists in Canvas.")
                        .arg(request),
                    detail);
    }
    if (status >= 500) {
        return make(ServiceError::Kind::Http, status,
                    tr("Canvas had an internal error (HTTP %1). Try again later; if it keeps happening, tell your "
                       "Canvas administrators.")
                        .arg(status),
                    detail);
    }
    if (status >= 300 && status < 400) {
        return make(ServiceError::Kind::Http, status,
                    tr("Canvas sent GradeDesk to another address. Use the address of your Canvas site as it appears "
                       "in the browser (https://...) in course.yaml."),
                    detail);
    }
    return make(ServiceError::Kind::Http, status,
                tr("Canvas refused the request with HTTP %1%2. Check the values sent, or try again.")
                    .arg(status)
                    .arg(said.isEmpty() ? QString() : QStringLiteral(" (") + said + QLatin1Char(')')),
                detail);
}

ServiceError CanvasErrors::fromNetwork(QNetworkReply::NetworkError error, const QString &errorString, const QUrl &url,
                                       const QString &request)
{
    const QString detail = QStringLiteral("%1: network error %2: %3").arg(request).arg(int(error)).arg(errorString);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return make(ServiceError::Kind::Network, 0,
                    tr("Canvas at %1 cannot be reached (%2). Check the Canvas address in course.yaml and your "
                       "network connection.")
                        .arg(hostOf(url), errorString),
                    detail);
    case QNetworkReply::SslHandshakeFailedError:
        return make(ServiceError::Kind::Network, 0,
                    tr("The secure connection to Canvas at %1 failed (%2). Check the address and your system's "
                       "certificates.")
                        .arg(hostOf(url), errorString),
                    detail);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return timeout(url, request);
    default:
        return make(ServiceError::Kind::Network, 0,
                    tr("The connection to Canvas at %1 broke off (%2). Check your network connection and try again.")
                        .arg(hostOf(url), errorString),
                    detail);
    }
}

ServiceError CanvasErrors::timeout(const QUrl &url, const QString &request)
{
    return make(
        ServiceError::Kind::Timeout, 0,
        tr("Canvas at %1 did not answer in time. Check your network connection and try again.").arg(hostOf(url)),
        QStringLiteral("%1: timed out").arg(request));
}

ServiceError CanvasErrors::rateLimited(int attempts, const QString &request)
{
    return make(ServiceError::Kind::RateLimited, 403,
                tr("Canvas kept asking GradeDesk to slow down (rate limit) and refused the request %n time(s). Wait a "
                   "few minutes, close other tools that use your Canvas token, and try again.",
                   nullptr, attempts),
                QStringLiteral("%1: throttled %2 times").arg(request).arg(attempts));
}

ServiceError CanvasErrors::insecureUrl(const QUrl &url)
{
    return make(ServiceError::Kind::Security, 0,
                tr("GradeDesk does not send your Canvas token over plain http to %1. Use the https:// address of "
                   "your Canvas site in course.yaml.")
                    .arg(hostOf(url)),
                QStringLiteral("refused plain http to %1").arg(hostOf(url)));
}

ServiceError CanvasErrors::foreignLink(const QUrl &link, const QUrl &base)
{
    return make(
        ServiceError::Kind::Security, 0,
        tr("Canvas pointed GradeDesk to another server (%1) for the next page of a list. GradeDesk did not "
           "follow it, so your token stays with %2. Check the Canvas address in course.yaml.")
            .arg(hostOf(link), hostOf(base)),
        QStringLiteral("next link to %1 from %2 refused").arg(link.toDisplayString(QUrl::RemoveQuery), hostOf(base)));
}

ServiceError CanvasErrors::badReply(const QString &request, const QString &why)
{
    return make(ServiceError::Kind::Parse, 0,
                tr("Canvas sent a reply GradeDesk does not understand. Check that the Canvas address in course.yaml "
                   "is your Canvas site, and try again."),
                QStringLiteral("%1: %2").arg(request, why));
}

ServiceError CanvasErrors::cancelled()
{
    return make(ServiceError::Kind::Cancelled, 0, tr("Cancelled."), QStringLiteral("cancelled"));
}

ServiceError CanvasErrors::noToken(const QUrl &url)
{
    return make(ServiceError::Kind::Auth, 0,
                tr("There is no Canvas access token for %1. Create one in Canvas (Account, Settings, New access "
                   "token) and store it in GradeDesk.")
                    .arg(hostOf(url)),
                QStringLiteral("no token set"));
}

} // namespace GradeDesk::Services
