// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace GradeDesk::Services {

/// One made-up student of the demo course.
struct DemoStudent {
    QString id; ///< Looks like a hub username: lowercase ASCII `first.last`, a digit added on a clash.
    QString firstName;
    QString lastName;
    QString email;
};

/**
 * @brief Made-up students for the demo course, deterministic by seed.
 *
 * The names come from lists written for GradeDesk (given and family names from many languages,
 * some with non-ASCII letters, so the UI's sorting and fonts get exercised). No real person is
 * meant.
 */
class DemoRoster final
{
public:
    static QList<DemoStudent> generate(int count, quint64 seed);

    /**
     * The roster as CSV in the layout `nbgrader db student import` reads: a header
     * `id,first_name,last_name,email`, one row per student, UTF-8, LF line ends, RFC 4180 quoting.
     */
    static QByteArray toCsv(const QList<DemoStudent> &students);
};

} // namespace GradeDesk::Services
