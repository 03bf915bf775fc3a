// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace GradeDesk::Services {

/// What scanning one cell source for BEGIN/END delimited regions found.
struct ReleaseRegionScan {
    enum class Status {
        Ok,
        Nested,       ///< A BEGIN line inside an open region (`line` names it).
        Unterminated, ///< The source ended inside a region (`line` names its BEGIN).
    };

    Status status = Status::Ok;
    QString text;      ///< The new source; meaningful only when `status` is Ok.
    int regions = 0;   ///< BEGIN lines found.
    int strayEnds = 0; ///< END lines outside any region. nbgrader drops them silently; so does this.
    int line = 0;      ///< 1-based line of the offending BEGIN when `status` is not Ok.
};

/**
 * @brief The line scan nbgrader's ClearSolutions, ClearHiddenTests and ClearMarkScheme share.
 *
 * The source is split at "\n" only (Python's `str.split("\n")`, so a "\r" stays on its line) and
 * joined back with "\n". A line that contains `begin` anywhere opens a region; otherwise a line that
 * contains `end` closes it. Neither delimiter line survives, whatever else it holds (a comment mark,
 * `<!-- -->`, trailing text): matching by substring is what makes "### BEGIN SOLUTION", "// BEGIN
 * SOLUTION" and "<!-- BEGIN SOLUTION -->" all work.
 *
 * With `stubLines` the BEGIN line becomes the stub, each stub line prefixed with the BEGIN line's
 * leading whitespace (Python's `re.match(r"\s*")`); without, the region simply disappears.
 */
ReleaseRegionScan scanReleaseRegions(const QString &source, const QString &begin, const QString &end,
                                     const std::optional<QStringList> &stubLines);

} // namespace GradeDesk::Services
