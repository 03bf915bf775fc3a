// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "democontent.h"
#include "demoroster.h"

#include <services/core/timestamp.h>
#include <services/notebook/notebook.h>

namespace GradeDesk::Services {

/// How a student answered one autograded question.
enum class DemoAnswer {
    Correct,
    Wrong,    ///< Runs, but the first visible test fails with an AssertionError.
    Erroring, ///< Raises when called (NameError, TypeError, ...).
    Blank,    ///< The released stub left in place (raises NotImplementedError).
};

/// What the student put in the free cell below the task.
enum class DemoExtra { None, PngChart, SvgChart, LongOutput };

/**
 * @brief Everything decided about one student's submission of one assignment.
 *
 * Drawn from the student's own random stream, so it depends only on (seed, assignment, student
 * index) and not on the order or the thread students are generated in.
 */
struct DemoStudentPlan {
    bool submitted = true;
    bool untouched = false; ///< Submitted the released notebook as it was, never run.
    bool fillsName = true;
    QList<DemoAnswer> answers; ///< One per autograded question.
    QList<int> manualAnswers;  ///< Index into the question's student answers; -1 leaves the stub.
    DemoExtra extra = DemoExtra::None;
    int chartColor = 0;
    bool late = false;
    Timestamp timestamp;
    int firstExecutionCount = 1;

    static DemoStudentPlan make(const DemoAssignment &assignment, quint64 seed, int assignmentIndex, int studentIndex,
                                int submitPercent);
};

/// Output payloads shared by all students of an assignment, built once.
struct DemoAssets {
    QList<QString> pngBase64; ///< Bar charts in a few colours.
    QString svg;
    QString longOutput;

    static DemoAssets make(const DemoAssignment &assignment);
};

namespace DemoSubmission {

/// The notebook as the student handed it in: their answers, with outputs from their own run.
Notebook submitted(const DemoAssignment &assignment, const DemoStudent &student, const DemoStudentPlan &plan,
                   const DemoAssets &assets);

/**
 * The notebook after `nbgrader autograde`: test cells restored from the source (hidden tests
 * included, checksums recomputed), every cell run again from execution count 1, failures as
 * ordinary `error` outputs.
 */
Notebook autograded(const DemoAssignment &assignment, const DemoStudent &student, const DemoStudentPlan &plan,
                    const DemoAssets &assets);

/// `timestamp.txt` contents in nbgrader's form, e.g. `2026-02-06 16:58:23.948203 UTC`.
QByteArray timestampFile(const DemoStudentPlan &plan);

} // namespace DemoSubmission

} // namespace GradeDesk::Services
