// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace GradeDesk::Services {

/**
 * @brief A UTC instant with microsecond precision, as nbgrader records submission times.
 *
 * QDateTime keeps milliseconds only, but nbgrader's `timestamp.txt` and its CSV export carry
 * microseconds, and an export must reproduce them exactly.
 */
class Timestamp final
{
public:
    Timestamp() = default;
    static Timestamp fromUsecs(qint64 usecsSinceEpoch);
    static Timestamp fromDateTime(const QDateTime &dateTime);

    /**
     * Parses nbgrader's forms: `2015-02-02 14:58:23.948203 America/Los_Angeles`,
     * `2019-05-30 11:44:01.911849 UTC`, ISO 8601 with `T`, `Z` or a `+hh:mm` offset, and a bare
     * `YYYY-MM-DD HH:MM:SS[.ffffff]` read as UTC. Unknown zone names give std::nullopt.
     */
    static std::optional<Timestamp> parse(const QString &text);

    bool isValid() const { return m_valid; }

    qint64 usecsSinceEpoch() const { return m_usecs; }

    QDateTime toDateTime() const;
    /// `2015-02-02 22:58:23.948203` (UTC, no zone): nbgrader's export form.
    QString toNbgraderUtc() const;
    /// `2015-02-02T22:58:23.948203Z`: the stored form, sortable as text.
    QString toIso() const;

    friend bool operator==(const Timestamp &a, const Timestamp &b) = default;
    friend auto operator<=>(const Timestamp &a, const Timestamp &b) = default;

private:
    qint64 m_usecs = 0;
    bool m_valid = false;
};

} // namespace GradeDesk::Services
