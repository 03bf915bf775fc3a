// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace GradeDesk::Services {

/**
 * @brief A typed failure of a service call.
 *
 * `message` is translated and tells the user what happened and what to do; it ends up in a
 * dialog or on the CLI's stderr. `detail` is technical text for the log and is never translated.
 */
struct ServiceError {
    enum class Kind {
        Io,          ///< A file could not be read or written.
        Parse,       ///< Input is not well formed (JSON, YAML, CSV, a reply body).
        Validation,  ///< Input is well formed but breaks a rule (wrong type, missing key, bad value).
        Unsupported, ///< Input is valid but of a version or kind GradeDesk does not handle.
        NotFound,    ///< A named thing does not exist.
        Conflict,    ///< The change collides with existing state.
        Database,    ///< The gradebook database failed.
        Security,    ///< A path or value would escape where it is allowed to go.
        Network,
        Timeout,
        Http,
        Auth,
        RateLimited,
        Process, ///< A helper process failed to start or crashed.
        Cancelled,
    };

    Kind kind = Kind::Io;
    QString message;
    QString detail;
    int httpStatus = 0;

    static ServiceError make(Kind kind, const QString &message, const QString &detail = {});
};

QString kindName(ServiceError::Kind kind);

} // namespace GradeDesk::Services
