// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ngsharetree.h"

#include <services/core/result.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>

namespace GradeDesk::Services {

/**
 * @brief Writes a downloaded submission into a course folder in nbgrader's layout, all or nothing.
 *
 * The files go to `submitted/<student>/<assignment>/` with `timestamp.txt` holding the server's
 * timestamp string verbatim (the key ngshare wants back for feedback). They are written into a
 * fresh folder under `.gradedesk/staging/` in the course folder (same file system) and renamed into
 * place only when every file is complete, so an interruption at any point leaves either the old
 * submission or the new one, never a mixture. An older copy is moved aside first and removed after
 * the new one is in place.
 *
 * Student and assignment must be plain names (checkPathComponent); every path goes through
 * resolveInside, so a file that would land outside the course folder is refused (Security) before
 * anything is written.
 */
class SubmissionWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionWriter)

public:
    SubmissionWriter() = delete;

    static constexpr auto timestampFile = "timestamp.txt";

    /// `<courseDir>/.gradedesk/staging`.
    static QString stagingDirectory(const QString &courseDir);

    /// Removes staging folders older than `minimumAge`: what a killed process left behind (a running
    /// write in another process is younger). Returns how many were removed.
    static int cleanStaging(const QString &courseDir, std::chrono::seconds minimumAge = std::chrono::minutes(15));

    /// The trimmed `timestamp.txt` of `submitted/<student>/<assignment>/`; empty when there is none
    /// (or the names or the path are not safe).
    static QString collectedTimestamp(const QString &courseDir, const QString &student, const QString &assignment);

    /// Writes `files` (paths already sanitised by NgshareTree) and `timestamp.txt`, replacing any
    /// earlier copy. A file named timestamp.txt at the top is replaced by the server's timestamp.
    static Result<void> write(const QString &courseDir, const QString &student, const QString &assignment,
                              const QList<NgshareFile> &files, const QString &timestamp);
};

} // namespace GradeDesk::Services
