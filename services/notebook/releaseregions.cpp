// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "releaseregions.h"

namespace GradeDesk::Services {

namespace {

// Python's str.isspace(), which `\s` follows for str patterns. QChar::isSpace() misses the
// information separators U+001C..U+001F that Python counts as whitespace.
bool isPythonSpace(QChar c)
{
    return c.isSpace() || (c.unicode() >= 0x1C && c.unicode() <= 0x1F);
}

QStringView leadingWhitespace(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && isPythonSpace(line.at(n))) {
        ++n;
    }
    return line.left(n);
}

} // namespace

ReleaseRegionScan scanReleaseRegions(const QString &source, const QString &begin, const QString &end,
                                     const std::optional<QStringList> &stubLines)
{
    ReleaseRegionScan scan;
    QStringList kept;
    bool inRegion = false;
    int openedAt = 0;
    int lineNumber = 0;
    for (const QStringView line : QStringView(source).split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (line.contains(begin)) {
            if (inRegion) {
                scan.status = ReleaseRegionScan::Status::Nested;
                scan.line = lineNumber;
                return scan;
            }
            inRegion = true;
            openedAt = lineNumber;
            ++scan.regions;
            if (stubLines) {
                const QStringView indent = leadingWhitespace(line);
                for (const QString &stubLine : *stubLines) {
                    kept.append(indent + stubLine);
                }
            }
        } else if (line.contains(end)) {
            if (!inRegion) {
                ++scan.strayEnds;
            }
            inRegion = false;
        } else if (!inRegion) {
            kept.append(line.toString());
        }
    }
    if (inRegion) {
        scan.status = ReleaseRegionScan::Status::Unterminated;
        scan.line = openedAt;
        return scan;
    }
    scan.text = kept.join(QLatin1Char('\n'));
    return scan;
}

} // namespace GradeDesk::Services
