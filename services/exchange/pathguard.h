// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QString>

namespace GradeDesk::Services {

/**
 * @brief Resolves `relative` under `root` and refuses anything that would leave `root`.
 *
 * Every exchange (the local course directory, ngshare downloads) calls this before it reads or
 * writes a file whose name came from outside: a student's folder name, a server reply, an archive
 * entry. Refused with a Security error naming the path:
 *  - NUL bytes (they truncate the name at the system call);
 *  - absolute paths;
 *  - `..` components that climb above `root` once the path is cleaned;
 *  - a symbolic link anywhere along the existing part of the path whose target resolves outside
 *    `root` (canonical path check), and dangling links (their target cannot be checked, and
 *    writing through one would create the target wherever it points).
 * `root` itself must exist (NotFound otherwise). The path need not exist: missing trailing
 * components are appended to the checked prefix, so callers can create files there.
 *
 * Returns the absolute path with `root` and every existing link along the way canonicalised. An
 * empty `relative` resolves to `root`. This is a check at one moment: a link swapped in
 * afterwards is not caught, which is acceptable because the course directory belongs to the
 * instructor and students cannot change it while a collect runs.
 */
Result<QString> resolveInside(const QString &root, const QString &relative);

/**
 * @brief Checks one name used as a single path component (a student id, an assignment name).
 *
 * Refuses empty names, `.`/`..`, names starting with a dot (hidden, and nbgrader ignores them),
 * separators (`/`, `\`), NUL and other control characters, with a Security error naming `what`
 * (e.g. "student folder") and the offending name.
 */
Result<void> checkPathComponent(const QString &name, const QString &what);

} // namespace GradeDesk::Services
