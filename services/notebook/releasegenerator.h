// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "notebook.h"

#include <services/core/result.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace GradeDesk::Services {

/// nbgrader's settings for `generate_assignment`, with nbgrader's defaults.
struct ReleaseOptions {
    /// ClearSolutions.code_stub: the stub for code solutions, per `metadata.kernelspec.language`
    /// ("python" when the notebook names none). A language without a stub is refused, as nbgrader does.
    QHash<QString, QString> codeStubs = defaultCodeStubs();
    /// ClearSolutions.text_stub: the stub for markdown and raw solutions.
    QString textStub = QStringLiteral("YOUR ANSWER HERE");
    /// The delimiters, matched anywhere in a line (see scanReleaseRegions). None may be empty.
    QString beginSolution = QStringLiteral("BEGIN SOLUTION");
    QString endSolution = QStringLiteral("END SOLUTION");
    QString beginHiddenTests = QStringLiteral("BEGIN HIDDEN TESTS");
    QString endHiddenTests = QStringLiteral("END HIDDEN TESTS");
    QString beginMarkScheme = QStringLiteral("BEGIN MARK SCHEME");
    QString endMarkScheme = QStringLiteral("END MARK SCHEME");
    /// enforce_metadata of ClearSolutions, ClearHiddenTests and ClearMarkScheme: refuse a solution
    /// region outside a solution cell, hidden tests outside a grade cell, a mark scheme outside a task cell.
    bool enforceMetadata = true;
    /// IncludeHeaderFooter: cells put before and after each notebook's own, then released like them.
    /// Only their cells are used; the notebook keeps its own metadata.
    std::optional<Notebook> header;
    std::optional<Notebook> footer;
    /// CourseDirectory.ignore: file and folder names (globs) that generateAssignment does not copy.
    QStringList ignore = {QStringLiteral(".ipynb_checkpoints"), QStringLiteral("*.pyc"), QStringLiteral("__pycache__"),
                          QStringLiteral("feedback")};

    /// nbgrader's stubs: python, R, matlab, octave, sas, java.
    static QHash<QString, QString> defaultCodeStubs();
};

/**
 * @brief What nbgrader's SaveCells records in the gradebook for one grade, solution or locked cell.
 *
 * Taken after solutions are cleared and before hidden tests and mark schemes are removed: this is the
 * source autograding puts back into grade and locked cells (hidden tests included), with its checksum.
 */
struct ReleaseCellRecord {
    QString gradeId;
    QString cellType; ///< "code", "markdown" or "raw".
    bool grade = false;
    bool solution = false;
    bool locked = false; ///< nbgrader's is_locked: a locked cell, or a grade cell that is not a solution.
    bool task = false;
    std::optional<double> points; ///< Grade and task cells.
    QString source;
    QString checksum;
};

struct ReleaseReport {
    QString releaseDir;      ///< Absolute; what generateAssignment created.
    QStringList notebooks;   ///< File names released (sorted).
    QStringList copiedFiles; ///< Other files, relative to the assignment folder (sorted).
    /// Left out, relative: ignored names (a folder once, not its content), notebooks in subfolders,
    /// links to folders.
    QStringList skippedFiles;
    /// Per released notebook (file name without ".ipynb"): the cells SaveCells would record.
    QMap<QString, QList<ReleaseCellRecord>> gradebookCells;
    QStringList warnings; ///< Translated: what the release did that the instructor may not expect.
};

/**
 * @brief The student version of an assignment, as nbgrader's `generate_assignment` makes it.
 *
 * Per notebook, in nbgrader's order: IncludeHeaderFooter; LockCells (solution cells get
 * `"deletable": false`; grade-only and read-only cells, task cells among them, also
 * `"editable": false`); ClearSolutions (each solution region becomes the language's code stub or the
 * text stub, indented like its BEGIN line; a solution cell without one is replaced whole;
 * `celltoolbar` leaves the notebook metadata);
 * ClearOutput (code cells lose outputs, execution count and `collapsed`/`scrolled`); CheckCellMetadata;
 * ComputeChecksums and SaveCells; ClearHiddenTests; ClearMarkScheme; ComputeChecksums again
 * (`checksum` and `cell_type` in `metadata.nbgrader` of every grade, solution and locked cell).
 * Everything else in the notebook is kept as it was, and what nbformat itself drops on writing
 * (`signature`, `orig_nbformat*`, cell `trusted`) is dropped too; sources are respelled as nbformat
 * writes them (lists of lines). Written with NotebookWriter, the result equals nbgrader's file byte
 * for byte on every source/release pair in the fixtures.
 *
 * Refused, with a translated message naming the notebook, the cell (1-based) and what to do:
 * Validation for a BEGIN without its END, a region opened inside another, a region in the wrong kind
 * of cell (with `enforceMetadata`), metadata nbgrader's schema refuses (checkReleaseCellMetadata),
 * two cells sharing a grade_id, an empty delimiter; Unsupported for a language without a code stub,
 * for nbgrader metadata of a version other than 3, and for `# AUTOTEST` directives (nbgrader expands
 * them by running a kernel, which GradeDesk does not do). Non-fatal findings (an END line without a
 * BEGIN, which nbgrader drops silently; a recorded `cell_type` that differs from the cell's) go to
 * the released Notebook::warnings.
 *
 * Thread-safe (no shared state): releases may run in a worker thread.
 */
class ReleaseGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseGenerator)

public:
    ReleaseGenerator() = delete;

    /// `gradebookCells`, when given, receives what SaveCells would record (in cell order).
    static Result<Notebook> generateNotebook(const Notebook &source, const ReleaseOptions &options = {},
                                             QList<ReleaseCellRecord> *gradebookCells = nullptr);

    /**
     * @brief Releases the assignment in `sourceDir` (course/source/<assignment>) to `releaseDir`.
     *
     * Releases every `*.ipynb` directly in `sourceDir` (at least one is needed) and copies every other
     * file below it except those matching `options.ignore` and notebooks in subfolders (nbgrader
     * leaves both out), then sets the files to mode 644 as nbgrader does. Hidden files are copied,
     * as nbgrader copies them. An ignored folder is left out with everything below it (nbgrader
     * skips only the files directly in it and still copies its subfolders: a slip not reproduced).
     *
     * All or nothing: every notebook is generated before anything is written, the release is written
     * into a temporary folder beside `releaseDir` and renamed into place; any failure removes it.
     * Refused: Conflict when `releaseDir` exists (a release is never overwritten); NotFound for a
     * missing `sourceDir` or one without notebooks; Security for a link that resolves outside
     * `sourceDir` or nowhere, and for an assignment or release folder name that pathguard's
     * checkPathComponent refuses; Validation for a folder name with "+" (nbgrader's rule) and for a file that is not a
     * regular one (a pipe, a socket); the reader's and generateNotebook's errors, naming the file.
     */
    static Result<ReleaseReport> generateAssignment(const QString &sourceDir, const QString &releaseDir,
                                                    const ReleaseOptions &options = {});
};

} // namespace GradeDesk::Services
