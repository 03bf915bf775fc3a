// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace GradeDesk::Services {

struct DemoOptions {
    QString directory; ///< Created if missing; must be empty if it exists.
    int students = 40; ///< 1 to 100,000.
    quint64 seed = 1;  ///< Same seed and sizes give byte-identical files.
    int questions = 7; ///< Autograded questions in ps1 (1 to 200); ps2 always has 3.
    /// Called on the calling thread between batches of students: (students done, students total).
    std::function<void(int done, int total)> progress;
    /// Set from any thread to stop early; the partly written course is removed again.
    const std::atomic_bool *cancelled = nullptr;
};

struct DemoReport {
    QString directory;  ///< Absolute course folder.
    QString configPath; ///< `course.yaml`.
    QString rosterPath; ///< `students.csv` (id,first_name,last_name,email: nbgrader's student import CSV).
    QStringList assignments;
    int students = 0;
    int submissions = 0;      ///< `submitted/<student>/<assignment>/` folders written.
    int notebooksWritten = 0; ///< Every .ipynb file (source, release, submitted, autograded).
    qint64 bytesWritten = 0;
    qint64 elapsedMs = 0;
};

/**
 * @brief Writes a complete, realistic nbgrader course for demos, screenshots and benchmarks.
 *
 * Layout of `options.directory` (all nbgrader's, plus two GradeDesk files):
 *  - `course.yaml`: course `demo101`, local exchange ".", SQLite gradebook `gradebook.sqlite`,
 *    assignments ps1 (per-hour late penalty) and ps2 (per-day late penalty) with due dates;
 *  - `students.csv`: the roster (first and last names, e-mail) for a gradebook import;
 *  - `source/<assignment>/<notebook>.ipynb`: instructor versions with `### BEGIN SOLUTION` and
 *    `### BEGIN HIDDEN TESTS` regions and nbgrader schema 3 metadata;
 *  - `release/<assignment>/<notebook>.ipynb`: what `nbgrader generate_assignment` would release;
 *  - `submitted/<student>/<assignment>/` with `timestamp.txt`: every student hands in ps1, about
 *    three in four hand in ps2. Answers vary by seed: correct, wrong, raising errors, untouched,
 *    late, a PNG or SVG chart, a long printout;
 *  - `autograded/<student>/<assignment>/`: the same notebooks as `nbgrader autograde` leaves them,
 *    so a collect gets real scores.
 *
 * Refuses (Conflict) a directory that exists and is not empty, so a user's files are never
 * overwritten. Failures and cancellation remove what was written.
 */
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static Result<DemoReport> generate(const DemoOptions &options);
};

/// Same as DemoGenerator::generate (the name the CLI's `demo` command calls).
Result<DemoReport> generateDemoCourse(const DemoOptions &options);

} // namespace GradeDesk::Services
