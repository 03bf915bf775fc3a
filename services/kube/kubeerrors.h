// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/serviceerror.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

#include <optional>

namespace GradeDesk::Services {

/// A Kubernetes `Status` object (kind Status, apiVersion v1), as sent with errors and some deletes.
struct KubeStatus {
    int code = 0;
    QString status; ///< "Success" or "Failure"
    QString reason; ///< AlreadyExists, Conflict, Invalid, Expired, NotFound, Forbidden, ...
    QString message;
    QJsonObject details;
    QStringList causes; ///< "field: message (reason)" per details.causes[]
    int retryAfterSeconds = 0;

    /// The Status in `object`, or nothing when it is not one.
    static std::optional<KubeStatus> fromJson(const QJsonObject &object);
    /// The Status in a reply body, or nothing when the body is not JSON or not a Status.
    static std::optional<KubeStatus> fromBody(const QByteArray &body);
};

/// How API server replies become ServiceErrors.
class KubeErrors final
{
    Q_DECLARE_TR_FUNCTIONS(KubeErrors)

public:
    KubeErrors() = delete;

    /**
     * An HTTP error status: kind by code (401 Auth, 403 Auth, 404 NotFound, 409 Conflict, 410
     * NotFound, 422/400 Validation, 429 RateLimited, 504 Timeout, other Http), httpStatus set,
     * message from Status.message when the body is a Status, causes listed in detail.
     * `what` names the request in the detail ("POST /apis/batch/v1/...").
     */
    static ServiceError fromHttp(int httpStatus, const QByteArray &body, const QString &what);
    /// A failure without a complete HTTP reply (refused, TLS, timeout, cancelled).
    static ServiceError fromNetwork(QNetworkReply::NetworkError error, const QString &errorString, const QString &what);
    /// A 2xx reply whose body is not the JSON object expected.
    static ServiceError badBody(const QString &problem, const QString &what);
};

} // namespace GradeDesk::Services
