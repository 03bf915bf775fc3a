// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace GradeDesk::Services::ConfigPaths {

/**
 * The absolute, cleaned form of a path written in course.yaml: "~" and "~/..." start at the home
 * folder, other relative paths at `baseDir`. An empty `text` stays empty.
 */
QString resolve(const QString &text, const QString &baseDir);

/**
 * The inverse of `resolve` for writing: a path inside `baseDir` becomes relative ("." for the
 * folder itself), one inside the home folder becomes "~/...", anything else stays absolute.
 */
QString portable(const QString &absolutePath, const QString &baseDir);

} // namespace GradeDesk::Services::ConfigPaths
