// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/gradebook/records.h>
#include <services/notebook/notebook.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace GradeDesk::Services {

/**
 * @brief What a grader sees of one student's answer to one question (a grade or task cell).
 *
 * Built from the student's notebook: the graded cell is found by its nbgrader grade_id.
 *  - a solution grade cell (manually graded answer): answer = that cell;
 *  - a test grade cell (autograded): answer = the solution cells it checks: walking up, past the test
 *    cells directly above it (several tests of one function share its answer), up to the next test
 *    cell above those solution cells or another question's answer or task; tests = the test cell
 *    itself, with its outputs (the autograder's result);
 *  - a task cell: prompt = the task cell; answer = the cells the student added after it, up to the
 *    next cell that carries nbgrader metadata.
 * Prompt (not for tasks) = the markdown cells right above the answer (above the test cell when no
 * solution cell was found) that are not graded, solution or task cells. Cells keep their outputs;
 * nothing is executed.
 */
struct QuestionAnswer {
    QList<Cell> prompt;
    QList<Cell> answer;
    QList<Cell> tests;
    bool found = false; ///< The graded cell exists in the notebook.
    /// Left as released: every answer cell still has its released checksum (a task's added cells are
    /// all blank, or there are none). False when a question has no answer cell to compare.
    bool unchanged = false;
    /// Group key (hex hash) of the answer's code cells through normalizeCode; empty when the answer
    /// has no code. Equal keys mean equal normalised code.
    QString codeKey;
    /// Group key (hex hash) of the answer's and tests' outputs, without execution counts, output
    /// metadata and traceback lines (they differ from run to run); empty when there are no outputs.
    QString outputKey;
};

class QuestionAnswers final
{
    Q_DECLARE_TR_FUNCTIONS(QuestionAnswers)

public:
    QuestionAnswers() = delete;

    /// Extracts the answer to `gradeId` from `notebook`. `sourceCells` are the gradebook's source
    /// cells of that notebook (for released checksums of solution cells).
    static QuestionAnswer extract(const Notebook &notebook, const QString &gradeId,
                                  const QList<SourceCellRecord> &sourceCells);
    /**
     * Reads the notebook to show for a submitted notebook: the autograded copy
     * (`<course>/autograded/<student>/<assignment>/<name>.ipynb`, which has the test outputs) when it
     * exists and is readable, else `submittedPath`. The autograded copy is skipped when its folder's
     * timestamp.txt differs from the submission's (the student handed in again after autograding) or
     * when a name would leave the course folder. Errors only when the notebook to show cannot be read.
     */
    static Result<Notebook> readForGrading(const QString &courseDirectory, const QString &studentId,
                                           const QString &assignment, const QString &submittedPath);
    /**
     * Python code with comments removed and whitespace ignored (except where it separates two
     * words, `not x` vs `notx`); string literals are kept verbatim. Two answers that differ only in
     * comments, blank lines, indentation width or spacing normalise equally.
     */
    static QString normalizeCode(const QString &code);
};

} // namespace GradeDesk::Services
