// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace GradeDesk::Services {

class Gradebook;

/// What an import stored (rows inserted or updated), and what it noticed but did not stop for.
struct NbgraderImportReport {
    int assignments = 0;
    int notebooks = 0;
    int sourceCells = 0;
    int students = 0;
    int submissions = 0;
    int submittedNotebooks = 0;
    int grades = 0;
    int comments = 0;
    QStringList warnings; ///< Translated.
};

/**
 * @brief Brings nbgrader's course structure and grades into a GradeDesk gradebook.
 *
 * Both imports run in one gradebook transaction: on any error nothing is stored.
 */
class NbgraderImport final
{
    Q_DECLARE_TR_FUNCTIONS(NbgraderImport)

public:
    NbgraderImport() = delete;

    /**
     * Reads the `.ipynb` files in `<courseDir>/source/<assignment>` (else `release/<assignment>`) and stores the
     * assignment, its notebooks (file name without `.ipynb`, in name order) and every cell with
     * nbgrader metadata that is a grade, solution, task or locked cell as source cells (grade_id,
     * flags, points, source, nbgrader checksum, position = cell index). Solution cells are recorded
     * as released (from `release/<assignment>`, solutions cleared), as nbgrader records them; an
     * unreleased assignment gets the instructor's version and a warning. An existing assignment keeps
     * its due date. Notebooks no longer in the folder stay in the gradebook (with a warning) because
     * grades may hang on them. A cell without a grade_id, duplicate grade_ids or an unreadable
     * notebook fail the import with the file named.
     */
    static Result<NbgraderImportReport> importSourceAssignment(Gradebook &gradebook, const QString &courseDir,
                                                               const QString &assignment);

    /**
     * Copies an nbgrader `gradebook.db` (SQLite, opened read-only on its own connection): students,
     * assignments, notebooks, grade/solution/task/source cells, submissions (late penalty = the sum of
     * the notebooks' penalties), grades and comments. Understands the current schema (`base_cell`
     * with `grade_cells`/`solution_cells`/`task_cells`) and old ones (`grade_cell`/`solution_cell`, no
     * task cells, no extra credit, no lms_user_id): columns are detected, not assumed. Values already
     * in GradeDesk that nbgrader leaves empty (names, paths, cell positions) are kept.
     */
    static Result<NbgraderImportReport> importDatabase(Gradebook &gradebook, const QString &gradebookDbPath);
};

/// The free-function forms the brief names.
inline Result<NbgraderImportReport> importSourceAssignment(Gradebook &gradebook, const QString &courseDir,
                                                           const QString &assignment)
{
    return NbgraderImport::importSourceAssignment(gradebook, courseDir, assignment);
}

inline Result<NbgraderImportReport> importNbgraderDatabase(Gradebook &gradebook, const QString &gradebookDbPath)
{
    return NbgraderImport::importDatabase(gradebook, gradebookDbPath);
}

} // namespace GradeDesk::Services
