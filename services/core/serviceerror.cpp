// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "serviceerror.h"

namespace GradeDesk::Services {

ServiceError ServiceError::make(Kind kind, const QString &message, const QString &detail)
{
    ServiceError error;
    error.kind = kind;
    error.message = message;
    error.detail = detail;
    return error;
}

QString kindName(ServiceError::Kind kind)
{
    switch (kind) {
    case ServiceError::Kind::Io:
        return QStringLiteral("io");
    case ServiceError::Kind::Parse:
        return QStringLiteral("parse");
    case ServiceError::Kind::Validation:
        return QStringLiteral("validation");
    case ServiceError::Kind::Unsupported:
        return QStringLiteral("unsupported");
    case ServiceError::Kind::NotFound:
        return QStringLiteral("not-found");
    case ServiceError::Kind::Conflict:
        return QStringLiteral("conflict");
    case ServiceError::Kind::Database:
        return QStringLiteral("database");
    case ServiceError::Kind::Security:
        return QStringLiteral("security");
    case ServiceError::Kind::Network:
        return QStringLiteral("network");
    case ServiceError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ServiceError::Kind::Http:
        return QStringLiteral("http");
    case ServiceError::Kind::Auth:
        return QStringLiteral("auth");
    case ServiceError::Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case ServiceError::Kind::Process:
        return QStringLiteral("process");
    case ServiceError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace GradeDesk::Services
