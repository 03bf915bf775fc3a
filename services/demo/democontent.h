// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/notebook/notebook.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace GradeDesk::Services {

/// A fortnight of made-up daily noon temperatures (whole °C) for a few cities.
struct DemoDataset {
    QStringList cities;
    QList<QList<int>> temperatures; ///< One list of 14 readings per city, in `cities` order.
    QList<int> typical;             ///< Each city's typical temperature, used for question thresholds.

    /// The Python literal the notebook's locked data cell defines (`readings = {...}`).
    QString pythonSource() const;
};

/// One autograded question: a function the student writes and a test cell that checks it.
struct DemoQuestion {
    int number = 0;
    QString function; ///< Python name; also the solution cell's grade_id.
    QString params;   ///< Parameter list as written in the `def`.
    QString docstring;
    QString prompt; ///< Markdown shown above the solution cell.
    double points = 1.0;
    QStringList solution; ///< Function body lines, unindented.
    QStringList wrong;    ///< A plausible wrong answer that fails the first visible test.
    QStringList erroring; ///< An answer that raises on every call.
    int errorLine = 0;    ///< Index into `erroring` of the line that raises.
    QString errorName;
    QString errorValue;
    QString call;             ///< The example call the student runs below the solution cell.
    QString correctOutput;    ///< Python repr of `call` for the solution.
    QString wrongOutput;      ///< Python repr of `call` for the wrong answer.
    QStringList visibleTests; ///< Assert lines students see; the first one fails for `wrong`.
    QStringList hiddenTests;  ///< Assert lines only the source and autograded copies have.

    QString testsId() const { return function + QStringLiteral("_tests"); }

    /// The `def` line and docstring, as the cell starts in every copy.
    QStringList header() const;
};

/// A written (manually graded) question: a markdown answer cell with grade and solution set.
struct DemoManualQuestion {
    QString gradeId;
    QString prompt;
    QString modelAnswer;
    QStringList studentAnswers; ///< Answers students "write", picked by the student's plan.
    double points = 2.0;
};

/// What a notebook cell is for, so student copies can be derived from the released one.
enum class DemoSlot {
    Static,       ///< Text or code that stays as released.
    Name,         ///< `NAME = ""` cell the student fills in.
    Summary,      ///< A plain code cell printing the size of the data.
    Dataset,      ///< The locked cell defining `readings`.
    Solution,     ///< A question's solution cell (`question` says which).
    Check,        ///< The plain cell that calls the student's function.
    Tests,        ///< A question's autograder test cell.
    ManualAnswer, ///< A written answer cell (`question` indexes `manual`).
    FreeWork,     ///< The empty cell below the task where students make a plot.
};

struct DemoCellSlot {
    DemoSlot kind = DemoSlot::Static;
    int question = -1;
};

/**
 * @brief One assignment of the demo course: its content and its source and released notebooks.
 *
 * The source notebook carries the instructor's solutions between nbgrader's `### BEGIN SOLUTION`
 * markers and hidden tests between `### BEGIN HIDDEN TESTS` markers. The released notebook is
 * derived the way `nbgrader generate_assignment` does it: solutions replaced by the default stubs,
 * hidden tests removed, outputs cleared, cells locked (`deletable`/`editable`) and checksums and
 * cell types recorded. `cellSlots` runs parallel to the cells of both notebooks.
 */
struct DemoAssignment {
    QString name;     ///< e.g. "ps1"
    QString notebook; ///< Notebook name without ".ipynb".
    QString title;
    QDateTime due; ///< UTC
    DemoDataset data;
    QList<DemoQuestion> questions;
    QList<DemoManualQuestion> manual;
    double taskPoints = 1.0;
    QList<DemoCellSlot> cellSlots;
    Notebook source;
    Notebook release;

    double maxScore() const;
};

namespace DemoContent {

/// The first problem set: `questions` autograded questions, two written answers and a task.
DemoAssignment problemSet1(int questions, quint64 seed);
/// A shorter second problem set over another fortnight.
DemoAssignment problemSet2(quint64 seed);

/// nbgrader's ClearSolutions on a cell's source: the marked region (or a whole markdown answer)
/// becomes the default stub, indented like the BEGIN marker.
QString clearSolutions(const QString &source, CellType type);
/// nbgrader's ClearHiddenTests: drops the marked region, markers included.
QString clearHiddenTests(const QString &source);

/// The question's `def` line and docstring followed by `body` (unindented lines) inside the function.
QString functionSource(const DemoQuestion &question, const QStringList &body);

/// Python's repr() of a float, e.g. 21.0, 3.5, -0.4.
QString pythonFloat(double value);
/// Python's repr() of a list of ints, e.g. [1, -2].
QString pythonList(const QList<int> &values);

} // namespace DemoContent

} // namespace GradeDesk::Services
