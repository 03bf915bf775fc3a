// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "ngshareerrors.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace GradeDesk::Services {

namespace {

using Kind = ServiceError::Kind;

ServiceError make(Kind kind, int status, const QString &message, const QString &detail)
{
    ServiceError error = ServiceError::make(kind, message, detail);
    error.httpStatus = status;
    return error;
}

// A short, single-line excerpt of a non-JSON body for the detail (HTML pages and tracebacks).
QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(200)).simplified();
    if (body.size() > 200) {
        text += QStringLiteral("...");
    }
    return text;
}

} // namespace

QString NgshareErrors::serverMessage(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return {};
    }
    const QJsonObject object = document.object();
    if (!object.value(QLatin1String("success")).isBool()) {
        return {};
    }
    return object.value(QLatin1String("message")).toString();
}

ServiceError NgshareErrors::fromHttp(int status, const QByteArray &body, const QByteArray &location,
                                     const QString &request)
{
    const QString message = serverMessage(body);
    const bool isJson = !message.isEmpty() || !QJsonDocument::fromJson(body).isNull();
    const QString said = message.isEmpty() ? excerpt(body) : message;
    const QString detail = QStringLiteral("%1 -> HTTP %2: %3").arg(request).arg(status).arg(said);

    if (status >= 300 && status < 400) {
        // ngshare redirects unauthenticated GETs to the hub's OAuth page; the location says so.
        return make(Kind::Auth, status,
                    tr("ngshare did not accept the hub token (it is missing, wrong or expired). Create a new token "
                       "on the hub's token page (/hub/token) and store it in GradeDesk."),
                    detail + QStringLiteral(" (redirect to %1)").arg(QString::fromUtf8(location.left(120))));
    }
    if (status == 403 && !isJson) {
        return make(Kind::Auth, status,
                    tr("ngshare refused the hub token (it is wrong or expired). Create a new token on the hub's token "
                       "page (/hub/token) and store it in GradeDesk."),
                    detail);
    }
    if (status == 403) {
        return make(Kind::Http, status,
                    tr("ngshare says you may not do this (%1). Ask the course's instructor or the ngshare "
                       "administrator to give your hub user the needed role.")
                        .arg(message),
                    detail);
    }
    if (status == 400 && message.startsWith(QLatin1String("Permission denied"))) {
        return make(Kind::Http, status,
                    tr("ngshare says you may not do this (%1): only ngshare administrators may change other "
                       "instructors.")
                        .arg(message),
                    detail);
    }
    if (status == 404 && isJson) {
        return make(Kind::NotFound, status, tr("ngshare: %1.").arg(message), detail);
    }
    if (status == 404) {
        return make(Kind::Parse, status,
                    tr("There is no ngshare API at this address (the server answered \u201cnot found\u201d). Check "
                       "the exchange url and prefix in course.yaml, e.g. url https://hub.example.edu with prefix "
                       "/services/ngshare."),
                    detail);
    }
    if (status == 409) {
        return make(Kind::Conflict, status, tr("ngshare: %1.").arg(message), detail);
    }
    if (status == 400 && body.isEmpty()) {
        return make(Kind::Validation, status,
                    tr("ngshare refused the request, most likely because it is larger than the server accepts "
                       "(100 MiB per request, about 70 MiB of files; a proxy in front may allow less). Make the "
                       "files smaller."),
                    detail);
    }
    if (status == 400 && isJson) {
        return make(Kind::Validation, status, tr("ngshare refused the request: %1.").arg(message), detail);
    }
    if (status == 502 || status == 503 || status == 504) {
        return make(
            Kind::Network, status,
            tr("The hub could not reach ngshare (HTTP %1); it may be restarting. Try again in a minute.").arg(status),
            detail);
    }
    if (status >= 500) {
        return make(Kind::Http, status,
                    tr("ngshare failed with an internal error (HTTP %1). If this happens on every request, the hub "
                       "token may be invalid: run the connection test.")
                        .arg(status),
                    detail);
    }
    return make(Kind::Http, status, tr("ngshare answered with HTTP %1 (%2).").arg(status).arg(said), detail);
}

bool NgshareErrors::isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

ServiceError NgshareErrors::fromNetwork(QNetworkReply::NetworkError error, const QString &errorString, const QUrl &url,
                                        const QString &request)
{
    const QString host = url.host();
    const QString detail = QStringLiteral("%1 -> network error %2: %3").arg(request).arg(int(error)).arg(errorString);
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return make(Kind::Security, 0,
                    tr("The secure connection to %1 failed (%2). The server's certificate is not trusted or TLS "
                       "is not set up there; nothing was sent. Check the address, or ask the hub's administrator.")
                        .arg(host, errorString),
                    detail);
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        return make(Kind::Network, 0,
                    tr("%1 cannot be reached (%2). Check the exchange url in course.yaml and your network "
                       "connection.")
                        .arg(host, errorString),
                    detail);
    default:
        return make(
            Kind::Network, 0,
            tr("The connection to %1 failed (%2). Check your network connection and try again.").arg(host, errorString),
            detail);
    }
}

ServiceError NgshareErrors::timeout(const QUrl &url, const QString &request)
{
    return make(Kind::Timeout, 0,
                tr("%1 did not answer in time. ngshare serves one request at a time, so a large upload or "
                   "download by someone else can hold it up: try again later.")
                    .arg(url.host()),
                QStringLiteral("%1 -> transfer timeout").arg(request));
}

ServiceError NgshareErrors::insecureUrl(const QUrl &url)
{
    return make(Kind::Security, 0,
                tr("The ngshare address %1 is not https, so the hub token would travel unencrypted. Use the "
                   "hub's https:// address in course.yaml.")
                    .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
                QStringLiteral("refused plain http to %1").arg(url.host()));
}

ServiceError NgshareErrors::noToken(const QUrl &url)
{
    return make(Kind::Auth, 0,
                tr("No hub token for %1. Create one on the hub's token page (/hub/token) and store it in GradeDesk "
                   "(the command line also reads GRADEDESK_NGSHARE_TOKEN or --token-file).")
                    .arg(url.host()),
                QStringLiteral("no token set"));
}

ServiceError NgshareErrors::badReply(const QString &request, const QString &why)
{
    return make(Kind::Parse, 200,
                tr("The server's answer is not what ngshare sends (%1). Check the exchange url and prefix in "
                   "course.yaml.")
                    .arg(why),
                QStringLiteral("%1 -> %2").arg(request, why));
}

ServiceError NgshareErrors::cancelled()
{
    return ServiceError::make(Kind::Cancelled, tr("Cancelled."), QStringLiteral("cancelled"));
}

bool NgshareErrors::isPermissionProblem(const ServiceError &error)
{
    return error.kind == Kind::Http && (error.httpStatus == 403 || error.httpStatus == 400);
}

} // namespace GradeDesk::Services
