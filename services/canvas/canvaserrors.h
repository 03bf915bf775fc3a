// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/serviceerror.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace GradeDesk::Services {

/**
 * @brief How Canvas failures become ServiceErrors (one place, so every operation says the same).
 *
 * The kinds callers can rely on:
 *  - Auth: the token itself is the problem (missing, invalid, expired, revoked: a 401 that carries
 *    `WWW-Authenticate`). The fix is a new token.
 *  - Http with httpStatus 401 or 403: the token works but may not do this (Canvas' "unauthorized"
 *    without `WWW-Authenticate`, or a 403 that is not the rate limit). The fix is a permission.
 *  - NotFound (404), RateLimited (throttled after every retry), Timeout, Network (unreachable,
 *    refused, TLS, dropped), Security (plain http to a remote host, a page link to another server),
 *    Parse (a reply that is not the JSON Canvas sends), Http for everything else.
 * Messages are translated and say what to do; `detail` holds the request and Canvas' own words.
 * Neither ever contains the token.
 */
class CanvasErrors final
{
    Q_DECLARE_TR_FUNCTIONS(CanvasErrors)

public:
    CanvasErrors() = delete;

    /// A non-2xx reply. `request` is "VERB path" for the detail.
    static ServiceError fromHttp(int status, const QByteArray &body, bool hasWwwAuthenticate, const QString &request);
    /// A reply without HTTP status (or a transport failure after one).
    static ServiceError fromNetwork(QNetworkReply::NetworkError error, const QString &errorString, const QUrl &url,
                                    const QString &request);
    static ServiceError timeout(const QUrl &url, const QString &request);
    static ServiceError rateLimited(int attempts, const QString &request);
    static ServiceError insecureUrl(const QUrl &url);
    static ServiceError foreignLink(const QUrl &link, const QUrl &base);
    static ServiceError badReply(const QString &request, const QString &why);
    static ServiceError cancelled();
    static ServiceError noToken(const QUrl &url);

    /// True for 403 / 429 replies that are Canvas' throttle, not a permission problem.
    static bool isRateLimited(int status, const QByteArray &body);
    /// Canvas' own words from an error body ({"errors":[{"message"}]}, {"message"}, {"status"}, or
    /// short plain text); empty when there are none.
    static QString canvasMessage(const QByteArray &body);

    static bool isTokenProblem(const ServiceError &error) { return error.kind == ServiceError::Kind::Auth; }

    static bool isPermissionProblem(const ServiceError &error)
    {
        return error.kind == ServiceError::Kind::Http && (error.httpStatus == 401 || error.httpStatus == 403);
    }
};

} // namespace GradeDesk::Services
