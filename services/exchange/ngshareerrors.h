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
 * @brief How ngshare failures become ServiceErrors (one place, so every operation says the same).
 *
 * The kinds callers can rely on:
 *  - Auth: the token is the problem (missing, invalid, expired): a 3xx redirect to the hub's login,
 *    or a 403 whose body is not ngshare's JSON. The fix is a new token.
 *  - Http with httpStatus 403 (JSON) or 400 "Permission denied ...": the token works, but its user
 *    may not do this (not an instructor of the course, not an admin). The fix is a role.
 *  - NotFound (404 with ngshare's message: course, assignment, student or submission), Conflict
 *    (409: already exists), Validation (other 400s, the 100 MiB body limit), Timeout, Network
 *    (unreachable, refused, dropped), Security (TLS failure, plain http to a remote host), Parse (a
 *    reply that is not ngshare's: wrong URL or prefix), Http for everything else (500s).
 * Messages are translated and say what to do; `detail` holds the request and ngshare's own words.
 * Neither ever contains the token.
 */
class NgshareErrors final
{
    Q_DECLARE_TR_FUNCTIONS(NgshareErrors)

public:
    NgshareErrors() = delete;

    /// A reply with an HTTP status that is not 200 + success. `request` is "VERB path".
    static ServiceError fromHttp(int status, const QByteArray &body, const QByteArray &location,
                                 const QString &request);
    /// A transport failure (no complete HTTP reply).
    static ServiceError fromNetwork(QNetworkReply::NetworkError error, const QString &errorString, const QUrl &url,
                                    const QString &request);
    static ServiceError timeout(const QUrl &url, const QString &request);
    static ServiceError insecureUrl(const QUrl &url);
    static ServiceError noToken(const QUrl &url);
    static ServiceError badReply(const QString &request, const QString &why);
    static ServiceError cancelled();

    /// ngshare's `message` from a JSON error body; empty when the body is not ngshare's JSON.
    static QString serverMessage(const QByteArray &body);

    static bool isTokenProblem(const ServiceError &error) { return error.kind == ServiceError::Kind::Auth; }

    /// The token works but its user lacks the role (403 JSON, or endpoint 4's 400 "Permission denied").
    static bool isPermissionProblem(const ServiceError &error);

    static bool isTlsError(QNetworkReply::NetworkError error);
};

} // namespace GradeDesk::Services
