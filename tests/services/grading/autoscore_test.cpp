// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/grading/autoscore.h>
#include <services/notebook/checksum.h>
#include <services/notebook/notebookreader.h>
#include <tests/support/testsupport.h>

#include <QJsonArray>
#include <QTest>

using namespace GradeDesk::Services;

namespace {

Output errorOutput(const QString &ename = QStringLiteral("AssertionError"))
{
    Output output = Output::make(Output::Type::Error);
    output.ename = ename;
    return output;
}

Output streamOutput(const QString &name, const QString &text)
{
    return Output::stream(text, name);
}

// `lines` as a JSON list, the way Jupyter writes multi-line text; one element when it is a scalar.
Output resultOutput(const QStringList &lines, Output::Type type = Output::Type::ExecuteResult)
{
    Output output = Output::make(type);
    output.data.insert(QStringLiteral("text/plain"), lines.join(QString()));
    QJsonObject data;
    data.insert(QStringLiteral("text/plain"), QJsonArray::fromStringList(lines));
    output.raw.insert(QStringLiteral("output_type"), output.typeName);
    output.raw.insert(QStringLiteral("data"), data);
    return output;
}

Cell gradeCell(CellType type, bool grade, bool solution, bool task, double points, const QList<Output> &outputs = {})
{
    Cell cell = Cell::make(type, QStringLiteral("assert f(2) == 4"));
    cell.outputs = outputs;
    cell.nbgrader.present = true;
    cell.nbgrader.schemaVersion = 3;
    cell.nbgrader.grade = grade;
    cell.nbgrader.solution = solution;
    cell.nbgrader.task = task;
    cell.nbgrader.locked = task || (grade && !solution);
    cell.nbgrader.gradeId = QStringLiteral("q1");
    cell.nbgrader.points = points;
    return cell;
}

Result<Notebook> readFixture(const QString &relative)
{
    return NotebookReader::readFile(GradeDesk::Tests::notebookFixture(relative));
}

} // namespace

Q_DECLARE_METATYPE(GradeDesk::Services::Cell)
Q_DECLARE_METATYPE(GradeDesk::Services::ScoreReason)

class AutoScoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void scoreCell_data();
    void scoreCell();
    void solutionCell_unchangedScoresZero_changedNeedsManual();
    void gradebookSpec_overridesStudentEditedPoints();
    void gradebookSpec_checksumWinsOverRecordedOne();
    void gradebookSpecs_missingCellNeedsManual_extraCellIgnored();
    void duplicateGradeIds_firstWins();
    void course101_matchesNbgraderRawScores_data();
    void course101_matchesNbgraderRawScores();
    void course101_feedbackPerCellScores();
};

void AutoScoreTest::scoreCell_data()
{
    QTest::addColumn<Cell>("cell");
    QTest::addColumn<std::optional<double>>("expected");
    QTest::addColumn<ScoreReason>("reason");

    const auto code = [](const QList<Output> &outputs) {
        return gradeCell(CellType::Code, true, false, false, 2.0, outputs);
    };
    const auto none = std::optional<double>();

    QTest::newRow("test with no output passes") << code({}) << std::optional(2.0) << ScoreReason::Passed;
    QTest::newRow("stdout alone still passes") << code({streamOutput(QStringLiteral("stdout"), QStringLiteral("ok\n"))})
                                               << std::optional(2.0) << ScoreReason::Passed;
    QTest::newRow("error output scores zero") << code({errorOutput()}) << std::optional(0.0) << ScoreReason::Error;
    QTest::newRow("timeout error scores zero")
        << code({errorOutput(QStringLiteral("CellTimeoutError"))}) << std::optional(0.0) << ScoreReason::Error;
    QTest::newRow("stderr scores zero") << code({streamOutput(QStringLiteral("stderr"), QStringLiteral("warn\n"))})
                                        << std::optional(0.0) << ScoreReason::Stderr;
    QTest::newRow("stderr after stdout scores zero")
        << code({streamOutput(QStringLiteral("stdout"), QStringLiteral("a")),
                 streamOutput(QStringLiteral("stderr"), QStringLiteral("b"))})
        << std::optional(0.0) << ScoreReason::Stderr;
    QTest::newRow("result in range is partial credit")
        << code({resultOutput({QStringLiteral("1.5")})}) << std::optional(1.5) << ScoreReason::PartialCredit;
    QTest::newRow("result equal to points is partial credit")
        << code({resultOutput({QStringLiteral("2")})}) << std::optional(2.0) << ScoreReason::PartialCredit;
    QTest::newRow("result with surrounding whitespace parses")
        << code({resultOutput({QStringLiteral(" 0.25\n")})}) << std::optional(0.25) << ScoreReason::PartialCredit;
    QTest::newRow("zero result is full points (nbgrader quirk)")
        << code({resultOutput({QStringLiteral("0")})}) << std::optional(2.0) << ScoreReason::NotPartialCredit;
    QTest::newRow("negative result is full points (nbgrader quirk)")
        << code({resultOutput({QStringLiteral("-1")})}) << std::optional(2.0) << ScoreReason::NotPartialCredit;
    QTest::newRow("NaN result is full points")
        << code({resultOutput({QStringLiteral("nan")})}) << std::optional(2.0) << ScoreReason::NotPartialCredit;
    QTest::newRow("text result is full points")
        << code({resultOutput({QStringLiteral("'done'")})}) << std::optional(2.0) << ScoreReason::NotPartialCredit;
    QTest::newRow("multi-line result is full points even if numeric")
        << code({resultOutput({QStringLiteral("1\n"), QStringLiteral("\n")})}) << std::optional(2.0)
        << ScoreReason::NotPartialCredit;
    QTest::newRow("result above points needs a person")
        << code({resultOutput({QStringLiteral("3")})}) << none << ScoreReason::PartialCreditTooHigh;
    QTest::newRow("infinite result needs a person")
        << code({resultOutput({QStringLiteral("inf")})}) << none << ScoreReason::PartialCreditTooHigh;
    QTest::newRow("first decisive output wins: result before error")
        << code({resultOutput({QStringLiteral("0.5")}), errorOutput()}) << std::optional(0.5)
        << ScoreReason::PartialCredit;
    QTest::newRow("first decisive output wins: error before result")
        << code({errorOutput(), resultOutput({QStringLiteral("0.5")})}) << std::optional(0.0) << ScoreReason::Error;
    QTest::newRow("display_data numbers are not partial credit")
        << code({resultOutput({QStringLiteral("0.5")}, Output::Type::DisplayData)}) << std::optional(2.0)
        << ScoreReason::Passed;
    QTest::newRow("task cell needs a person")
        << gradeCell(CellType::Markdown, false, false, true, 4.0) << none << ScoreReason::Task;
    QTest::newRow("markdown grade cell that is no solution needs a person")
        << gradeCell(CellType::Markdown, true, false, false, 1.0) << none << ScoreReason::NotAutogradable;
    QTest::newRow("solution cell without recorded checksum needs a person")
        << gradeCell(CellType::Code, true, true, false, 1.0) << none << ScoreReason::Answered;
}

void AutoScoreTest::scoreCell()
{
    QFETCH(Cell, cell);
    QFETCH(std::optional<double>, expected);
    QFETCH(ScoreReason, reason);

    const CellScore score = AutoScorer::scoreCell(cell, AutoScorer::specFromCell(cell), 7);
    QCOMPARE(score.reason, reason);
    QCOMPARE(score.autoScore, expected);
    QCOMPARE(score.needsManualGrade, !expected.has_value());
    QCOMPARE(score.maxScore, cell.nbgrader.points.value());
    QCOMPARE(score.cellIndex, 7);
    QCOMPARE(score.gradeId, QStringLiteral("q1"));
    QVERIFY(!score.explanation.isEmpty());
}

void AutoScoreTest::solutionCell_unchangedScoresZero_changedNeedsManual()
{
    Cell cell = gradeCell(CellType::Markdown, true, true, false, 1.0);
    cell.source = QStringLiteral("YOUR ANSWER HERE");
    cell.nbgrader.checksum = nbgraderChecksum(cell);

    const CellScore unchanged = AutoScorer::scoreCell(cell, AutoScorer::specFromCell(cell));
    QCOMPARE(unchanged.reason, ScoreReason::NoResponse);
    QCOMPARE(unchanged.autoScore, std::optional(0.0));
    QVERIFY(!unchanged.needsManualGrade);

    cell.source = QStringLiteral("The sum is $n(n+1)(2n+1)/6$.");
    const CellScore answered = AutoScorer::scoreCell(cell, AutoScorer::specFromCell(cell));
    QCOMPARE(answered.reason, ScoreReason::Answered);
    QVERIFY(!answered.autoScore);
    QVERIFY(answered.needsManualGrade);
}

void AutoScoreTest::gradebookSpec_overridesStudentEditedPoints()
{
    // The student raised the cell's points to 100 and prints 50: the gradebook's 2 points rule.
    Cell cell = gradeCell(CellType::Code, true, false, false, 100.0, {resultOutput({QStringLiteral("50")})});
    GradeCellSpec spec = AutoScorer::specFromCell(cell);
    spec.points = 2.0;
    const CellScore score = AutoScorer::scoreCell(cell, spec);
    QCOMPARE(score.maxScore, 2.0);
    QCOMPARE(score.reason, ScoreReason::PartialCreditTooHigh);
    QVERIFY(score.needsManualGrade);
}

void AutoScoreTest::gradebookSpec_checksumWinsOverRecordedOne()
{
    Cell cell = gradeCell(CellType::Code, true, true, false, 1.0);
    cell.source = QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()");
    const QString released = nbgraderChecksum(cell);
    cell.nbgrader.checksum = QStringLiteral("0123456789abcdef0123456789abcdef"); // tampered by the student

    QCOMPARE(AutoScorer::scoreCell(cell, AutoScorer::specFromCell(cell)).reason, ScoreReason::Answered);
    GradeCellSpec spec = AutoScorer::specFromCell(cell);
    spec.checksum = released;
    QCOMPARE(AutoScorer::scoreCell(cell, spec).reason, ScoreReason::NoResponse);
}

void AutoScoreTest::gradebookSpecs_missingCellNeedsManual_extraCellIgnored()
{
    Notebook notebook;
    Cell extra = gradeCell(CellType::Code, true, false, false, 50.0);
    extra.nbgrader.gradeId = QStringLiteral("free_points");
    notebook.cells.append(extra);

    GradeCellSpec spec;
    spec.gradeId = QStringLiteral("q1");
    spec.grade = true;
    spec.points = 3.0;
    const NotebookScore score = AutoScorer::scoreNotebook(notebook, {spec});
    QCOMPARE(score.cells.size(), 1);
    QCOMPARE(score.cells.first().reason, ScoreReason::MissingCell);
    QCOMPARE(score.cells.first().cellIndex, -1);
    QVERIFY(score.cells.first().needsManualGrade);
    QCOMPARE(score.autoTotal(), 0.0);
    QCOMPARE(score.maxTotal(), 3.0);
    QCOMPARE(score.warnings.size(), 1);
    QVERIFY(score.warnings.first().contains(QStringLiteral("free_points")));
}

void AutoScoreTest::duplicateGradeIds_firstWins()
{
    Notebook notebook;
    notebook.cells.append(gradeCell(CellType::Code, true, false, false, 1.0, {errorOutput()}));
    notebook.cells.append(gradeCell(CellType::Code, true, false, false, 1.0));
    const NotebookScore score = AutoScorer::scoreNotebook(notebook);
    QCOMPARE(score.cells.size(), 1);
    QCOMPARE(score.cells.first().autoScore, std::optional(0.0));
    QCOMPARE(score.warnings.size(), 1);
}

void AutoScoreTest::course101_matchesNbgraderRawScores_data()
{
    QTest::addColumn<QString>("student");
    QTest::addColumn<double>("rawScore");
    QTest::addColumn<int>("needsManual");

    // raw_score from course101/grades.csv; manual counts from the cells nbgrader leaves open.
    QTest::newRow("bitdiddle: two failed tests, one unanswered cell") << QStringLiteral("bitdiddle") << 1.5 << 4;
    QTest::newRow("hacker: all tests pass") << QStringLiteral("hacker") << 3.0 << 5;
}

void AutoScoreTest::course101_matchesNbgraderRawScores()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QFETCH(QString, student);
    QFETCH(double, rawScore);
    QFETCH(int, needsManual);

    double ownMetadataTotal = 0.0;
    double specTotal = 0.0;
    double maxTotal = 0.0;
    int manual = 0;
    for (const QString &name : {QStringLiteral("problem1"), QStringLiteral("problem2")}) {
        const Result<Notebook> autograded =
            readFixture(QStringLiteral("nbgrader/course101/autograded/%1/ps1/%2.ipynb").arg(student, name));
        QVERIFY2(autograded.ok(), autograded.ok() ? "" : qPrintable(autograded.error().message));
        const NotebookScore own = AutoScorer::scoreNotebook(autograded.value());
        ownMetadataTotal += own.autoTotal();

        // The same through gradebook-style specs taken from the released notebook.
        const Result<Notebook> released =
            readFixture(QStringLiteral("nbgrader/course101/release/ps1/%1.ipynb").arg(name));
        QVERIFY(released.ok());
        QList<GradeCellSpec> specs;
        for (const Cell &cell : released.value().cells) {
            if (cell.nbgrader.present && !cell.nbgrader.gradeId.isEmpty()) {
                specs.append(AutoScorer::specFromCell(cell));
            }
        }
        const NotebookScore viaSpecs = AutoScorer::scoreNotebook(autograded.value(), specs);
        QVERIFY(viaSpecs.warnings.isEmpty());
        QCOMPARE(viaSpecs.cells.size(), own.cells.size());
        specTotal += viaSpecs.autoTotal();
        maxTotal += viaSpecs.maxTotal();
        manual += viaSpecs.needsManualCount();
    }
    QCOMPARE(ownMetadataTotal, rawScore);
    QCOMPARE(specTotal, rawScore);
    // grades.csv says 23.0, left over from an older version of ps1; the notebooks add up to 13
    // (problem1 6 + task 4, problem2 3), as the feedback pages' "Score: x / 10.0" and "/ 3.0" show.
    QCOMPARE(maxTotal, 13.0);
    QCOMPARE(manual, needsManual);
}

void AutoScoreTest::course101_feedbackPerCellScores()
{
    GRADEDESK_REQUIRE_FIXTURES();
    // Per-cell scores from feedback/bitdiddle/ps1/problem1.html (manual cells show 0 there).
    const Result<Notebook> notebook =
        readFixture(QStringLiteral("nbgrader/course101/autograded/bitdiddle/ps1/problem1.ipynb"));
    QVERIFY(notebook.ok());
    const NotebookScore score = AutoScorer::scoreNotebook(notebook.value());
    const QList<std::pair<QString, std::optional<double>>> expected = {
        {QStringLiteral("correct_squares"), 0.0},
        {QStringLiteral("squares_invalid_input"), 1.0},
        {QStringLiteral("correct_sum_of_squares"), 0.0},
        {QStringLiteral("sum_of_squares_uses_squares"), 0.5},
        {QStringLiteral("sum_of_squares_equation"), std::nullopt},
        {QStringLiteral("sum_of_squares_application"), 0.0},
        {QStringLiteral("cell-938593c4a215c6cc"), std::nullopt},
    };
    QCOMPARE(score.cells.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(score.cells.at(i).gradeId, expected.at(i).first);
        QCOMPARE(score.cells.at(i).autoScore, expected.at(i).second);
    }
    QCOMPARE(score.cell(QStringLiteral("sum_of_squares_application"))->reason, ScoreReason::NoResponse);
    QCOMPARE(score.cell(QStringLiteral("correct_squares"))->reason, ScoreReason::Error);
    QCOMPARE(score.cell(QStringLiteral("cell-938593c4a215c6cc"))->reason, ScoreReason::Task);
    QCOMPARE(score.maxTotal(), 10.0);
}

QTEST_GUILESS_MAIN(AutoScoreTest)
#include "autoscore_test.moc"
