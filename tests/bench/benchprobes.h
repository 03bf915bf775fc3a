// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QString>

namespace GradeDesk::Bench {

/// Resident memory of this process (VmRSS in /proc/self/status) in KiB; -1 where unavailable.
qint64 residentKib();

struct CollectFigures {
    double seconds = 0.0;
    int added = 0;
    int notebooksScored = 0;
    int skipped = 0;
};

/// Collects every assignment of the course at `configPath` into its configured gradebook.
Services::Result<CollectFigures> collectCourse(const QString &configPath);

struct OpenFigures {
    double milliseconds = 0.0;
    qint64 residentKib = -1;
    int submissions = 0;
    QString firstAnswerId; ///< grade_id of the answer cell that was ready.
};

/**
 * What the app does between "open course" and showing the first answer: load course.yaml, open
 * the gradebook, list the first assignment's submissions (submissionSummaries), read the first
 * submission's notebook and find its first answer (solution) cell. Run in a fresh process so the
 * memory figure is that of a grader who just opened the course.
 */
Services::Result<OpenFigures> openCourseToFirstAnswer(const QString &configPath);

struct ParseFigures {
    double milliseconds = 0.0;
    int notebooks = 0;
    int failed = 0; ///< Fixtures that are malformed on purpose give clean errors; counted, not fatal.
    qint64 bytes = 0;
};

/// Reads every *.ipynb below `notebooksDir` with NotebookReader.
ParseFigures parseEveryNotebook(const QString &notebooksDir);

} // namespace GradeDesk::Bench
