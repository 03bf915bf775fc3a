// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/demo/demogenerator.h>
#include <services/gradebook/records.h>
#include <services/grading/questionanswer.h>
#include <services/notebook/notebookreader.h>
#include <tests/support/testsupport.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;

namespace {

Notebook readFixture(const QString &relative)
{
    Result<Notebook> notebook = NotebookReader::readFile(GradeDesk::Tests::notebookFixture(relative));
    if (!notebook) {
        qFatal("cannot read fixture %s: %s", qPrintable(relative), qPrintable(notebook.error().detail));
    }
    return std::move(notebook).value();
}

QStringList gradeIdsOf(const QList<Cell> &cells)
{
    QStringList ids;
    for (const Cell &cell : cells) {
        ids.append(cell.nbgrader.gradeId);
    }
    return ids;
}

QStringList sourcesOf(const QList<Cell> &cells)
{
    QStringList sources;
    for (const Cell &cell : cells) {
        sources.append(cell.source);
    }
    return sources;
}

/// The graded cells (grade and task cells) of a notebook, by grade_id.
QStringList questionsOf(const Notebook &notebook)
{
    QStringList ids;
    for (const Cell &cell : notebook.cells) {
        if (cell.nbgrader.isGradeCell() || cell.nbgrader.isTaskCell()) {
            ids.append(cell.nbgrader.gradeId);
        }
    }
    return ids;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

const QString kTask = QStringLiteral("cell-938593c4a215c6cc");

} // namespace

class QuestionAnswerTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void normalizeCode_data();
    void normalizeCode();
    void normalizeCode_equivalence_data();
    void normalizeCode_equivalence();

    void extract_testCell_answerIsTheSolutionAbove_data();
    void extract_testCell_answerIsTheSolutionAbove();
    void extract_manualAnswerCell_isItsOwnAnswer();
    void extract_taskCell_answerIsWhatTheStudentAdded();
    void extract_missingCell_isNotFound();
    void extract_releasedNotebook_isUnchanged();
    void extract_sourceCellChecksum_winsOverTheNotebooksOwn();
    void extract_failingTests_haveAnOutputKey();
    void extract_demoCourse_everyQuestion();
    void extract_demoCourse_groupsEqualCode();

    void readForGrading_prefersTheAutogradedCopy();
    void readForGrading_fallsBack_data();
    void readForGrading_fallsBack();
    void readForGrading_neitherReadable_fails();

private:
    QTemporaryDir m_demoDir;
    QString m_demo;
};

void QuestionAnswerTest::initTestCase()
{
    QVERIFY(m_demoDir.isValid());
    DemoOptions options;
    options.directory = m_demoDir.filePath(QStringLiteral("demo"));
    options.students = 12;
    options.seed = 5;
    options.questions = 4;
    const Result<DemoReport> report = generateDemoCourse(options);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    m_demo = report.value().directory;
}

void QuestionAnswerTest::normalizeCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");

    QTest::newRow("spacing around operators goes") << QStringLiteral("x = a + b * 2") << QStringLiteral("x=a+b*2");
    QTest::newRow("a comment goes") << QStringLiteral("x = 1  # set x") << QStringLiteral("x=1");
    QTest::newRow("a comment-only line goes with its line")
        << QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()")
        << QStringLiteral("raise NotImplementedError()");
    QTest::newRow("'#' inside a string is kept")
        << QStringLiteral("s = \"a # b\"  # c") << QStringLiteral("s=\"a # b\"");
    QTest::newRow("'#' inside a single-quoted string is kept")
        << QStringLiteral("s = 'x#y'") << QStringLiteral("s='x#y'");
    QTest::newRow("spaces inside a string are kept")
        << QStringLiteral("s = \"a   b\"") << QStringLiteral("s=\"a   b\"");
    QTest::newRow("an escaped quote does not end the string")
        << QStringLiteral("s = \"a\\\"# b\" # c") << QStringLiteral("s=\"a\\\"# b\"");
    QTest::newRow("blank lines go") << QStringLiteral("a = 1\n\n\n   \nb = 2\n") << QStringLiteral("a=1\nb=2");
    QTest::newRow("indentation becomes one tab per level")
        << QStringLiteral("def f(x):\n    if x:\n        return 1\n    return 2")
        << QStringLiteral("def f(x):\n\tif x:\n\t\treturn 1\n\treturn 2");
    QTest::newRow("a tab indents like spaces") << QStringLiteral("if x:\n\ty = 1") << QStringLiteral("if x:\n\ty=1");
    QTest::newRow("'not x' keeps its space") << QStringLiteral("y = not   x") << QStringLiteral("y=not x");
    QTest::newRow("'notx' stays one word") << QStringLiteral("y = notx") << QStringLiteral("y=notx");
    QTest::newRow("a line break inside brackets is spacing")
        << QStringLiteral("f(a,\n      b)") << QStringLiteral("f(a,b)");
    QTest::newRow("a backslash continuation is spacing")
        << QStringLiteral("x = 1 + \\\n    2\ny = 3") << QStringLiteral("x=1+2\ny=3");
    QTest::newRow("a triple-quoted string keeps its lines, '#' and spaces")
        << QStringLiteral("s = '''a\n  # not a comment\n'''  # comment")
        << QStringLiteral("s='''a\n  # not a comment\n'''");
    QTest::newRow("a docstring keeps its text") << QStringLiteral("def f():\n    \"\"\"Doc  string.\"\"\"\n    pass")
                                                << QStringLiteral("def f():\n\t\"\"\"Doc  string.\"\"\"\n\tpass");
    QTest::newRow("string prefixes stay with their string")
        << QStringLiteral("x = rb'a  b' + f\"{y}  #\"") << QStringLiteral("x=rb'a  b'+f\"{y}  #\"");
    QTest::newRow("a prefix-like word before a string keeps its space")
        << QStringLiteral("return r\"x\"") << QStringLiteral("return r\"x\"");
    QTest::newRow("an unterminated string ends at the line break")
        << QStringLiteral("s = 'abc\nt = 1") << QStringLiteral("s='abc\nt=1");
    QTest::newRow("Windows line ends") << QStringLiteral("a = 1\r\nb = 2\r\n") << QStringLiteral("a=1\nb=2");
    QTest::newRow("nothing but comments is empty") << QStringLiteral("# only\n   # comments\n") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void QuestionAnswerTest::normalizeCode()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(QuestionAnswers::normalizeCode(code), expected);
}

void QuestionAnswerTest::normalizeCode_equivalence_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("equal");

    QTest::newRow("indentation width does not matter")
        << QStringLiteral("for i in x:\n  print(i)\n  y += i")
        << QStringLiteral("for i in x:\n    print(i)\n    y += i") << true;
    QTest::newRow("indentation structure matters") << QStringLiteral("for i in x:\n    print(i)\n    y += i")
                                                   << QStringLiteral("for i in x:\n    print(i)\ny += i") << false;
    QTest::newRow("comments and blank lines do not matter")
        << QStringLiteral("def f(n):\n    # square it\n\n    return n**2")
        << QStringLiteral("def f(n):\n    return n ** 2  # done") << true;
    QTest::newRow("'not x' differs from 'notx'") << QStringLiteral("not x") << QStringLiteral("notx") << false;
    QTest::newRow("string contents matter")
        << QStringLiteral("print('a b')") << QStringLiteral("print('a  b')") << false;
    QTest::newRow("'#' in a string is not a comment")
        << QStringLiteral("print('# x')") << QStringLiteral("print('')") << false;
    QTest::newRow("a different name matters")
        << QStringLiteral("return total") << QStringLiteral("return totals") << false;
}

void QuestionAnswerTest::normalizeCode_equivalence()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, equal);
    QCOMPARE(QuestionAnswers::normalizeCode(first) == QuestionAnswers::normalizeCode(second), equal);
}

void QuestionAnswerTest::extract_testCell_answerIsTheSolutionAbove_data()
{
    QTest::addColumn<QString>("gradeId");
    QTest::addColumn<QString>("solution");
    QTest::addColumn<QString>("promptStart");

    QTest::newRow("first test of a function")
        << QStringLiteral("correct_squares") << QStringLiteral("squares") << QStringLiteral("---\n## Part A");
    QTest::newRow("second test shares the function")
        << QStringLiteral("squares_invalid_input") << QStringLiteral("squares") << QStringLiteral("---\n## Part A");
    QTest::newRow("test of the next function stops at the earlier tests")
        << QStringLiteral("correct_sum_of_squares") << QStringLiteral("sum_of_squares")
        << QStringLiteral("---\n\n## Part B");
    QTest::newRow("its second test") << QStringLiteral("sum_of_squares_uses_squares")
                                     << QStringLiteral("sum_of_squares") << QStringLiteral("---\n\n## Part B");
}

void QuestionAnswerTest::extract_testCell_answerIsTheSolutionAbove()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QFETCH(QString, gradeId);
    QFETCH(QString, solution);
    QFETCH(QString, promptStart);

    const Notebook notebook = readFixture(QStringLiteral("nbgrader/course101/autograded/bitdiddle/ps1/problem1.ipynb"));
    const QuestionAnswer answer = QuestionAnswers::extract(notebook, gradeId, {});
    QVERIFY(answer.found);
    QCOMPARE(gradeIdsOf(answer.answer), QStringList{solution});
    QCOMPARE(gradeIdsOf(answer.tests), QStringList{gradeId});
    QVERIFY(!answer.prompt.isEmpty());
    QVERIFY2(answer.prompt.constLast().source.startsWith(promptStart), qPrintable(answer.prompt.constLast().source));
    for (const Cell &cell : answer.prompt) {
        QCOMPARE(cell.type, CellType::Markdown);
    }
    QVERIFY(!answer.codeKey.isEmpty());
}

void QuestionAnswerTest::extract_manualAnswerCell_isItsOwnAnswer()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const Notebook notebook = readFixture(QStringLiteral("nbgrader/course101/submitted/hacker/ps1/problem1.ipynb"));

    const QuestionAnswer written = QuestionAnswers::extract(notebook, QStringLiteral("sum_of_squares_equation"), {});
    QVERIFY(written.found);
    QCOMPARE(sourcesOf(written.answer), QStringList{QStringLiteral("$\\sum_{i=1}^n i^2$")});
    QVERIFY(written.tests.isEmpty());
    QVERIFY(written.prompt.constLast().source.startsWith(QStringLiteral("---\n## Part C")));
    QVERIFY(!written.unchanged);
    QVERIFY2(written.codeKey.isEmpty(), "a written answer has no code");
    QVERIFY(written.outputKey.isEmpty());

    const QuestionAnswer code = QuestionAnswers::extract(notebook, QStringLiteral("sum_of_squares_application"), {});
    QCOMPARE(gradeIdsOf(code.answer), QStringList{QStringLiteral("sum_of_squares_application")});
    QVERIFY(code.prompt.constLast().source.startsWith(QStringLiteral("---\n## Part D")));
    QVERIFY(!code.unchanged);
    QVERIFY(!code.codeKey.isEmpty());
}

void QuestionAnswerTest::extract_taskCell_answerIsWhatTheStudentAdded()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const Notebook notebook = readFixture(QStringLiteral("nbgrader/course101/submitted/hacker/ps1/problem1.ipynb"));
    const QuestionAnswer task = QuestionAnswers::extract(notebook, kTask, {});
    QVERIFY(task.found);
    QCOMPARE(gradeIdsOf(task.prompt), QStringList{kTask});
    QCOMPARE(sourcesOf(task.answer), QStringList{QStringLiteral("$\\sum x^i = \\frac{1}{1-x}$")});
    QVERIFY(!task.unchanged);

    const Notebook released = readFixture(QStringLiteral("nbgrader/course101/release/ps1/problem1.ipynb"));
    const QuestionAnswer untouched = QuestionAnswers::extract(released, kTask, {});
    QVERIFY(untouched.found);
    QVERIFY(untouched.answer.isEmpty());
    QVERIFY2(untouched.unchanged, "nothing added below a task is an unchanged answer");
}

void QuestionAnswerTest::extract_missingCell_isNotFound()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const Notebook notebook = readFixture(QStringLiteral("nbgrader/course101/submitted/hacker/ps1/problem1.ipynb"));
    for (const QString &id :
         {QStringLiteral("no_such_question"), QStringLiteral("squares"), QStringLiteral("jupyter"), QString()}) {
        const QuestionAnswer answer = QuestionAnswers::extract(notebook, id, {});
        QVERIFY2(!answer.found, qPrintable(id)); // solution-only and locked cells are not questions
        QVERIFY(answer.answer.isEmpty() && answer.prompt.isEmpty() && answer.tests.isEmpty());
        QVERIFY(!answer.unchanged);
    }

    // The student deleted the graded cell.
    Notebook deleted = notebook;
    deleted.cells.removeIf([](const Cell &cell) { return cell.nbgrader.gradeId == QLatin1String("correct_squares"); });
    QVERIFY(!QuestionAnswers::extract(deleted, QStringLiteral("correct_squares"), {}).found);
}

void QuestionAnswerTest::extract_releasedNotebook_isUnchanged()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const Notebook released = readFixture(QStringLiteral("nbgrader/course101/release/ps1/problem1.ipynb"));
    const Notebook submitted = readFixture(QStringLiteral("nbgrader/course101/submitted/hacker/ps1/problem1.ipynb"));
    const QStringList questions = questionsOf(released);
    QCOMPARE(questions.size(), 7);
    for (const QString &id : questions) {
        QVERIFY2(QuestionAnswers::extract(released, id, {}).unchanged, qPrintable(id));
        QVERIFY2(!QuestionAnswers::extract(submitted, id, {}).unchanged, qPrintable(id));
    }

    // Extra comments and blank lines are a change to nbgrader, but not to the group key.
    Notebook commented = released;
    for (Cell &cell : commented.cells) {
        if (cell.nbgrader.gradeId == QLatin1String("squares")) {
            cell.source = QStringLiteral("# I could not do this one\n\n") + cell.source;
        }
    }
    const QuestionAnswer before = QuestionAnswers::extract(released, QStringLiteral("correct_squares"), {});
    const QuestionAnswer after = QuestionAnswers::extract(commented, QStringLiteral("correct_squares"), {});
    QVERIFY(!after.unchanged);
    QCOMPARE(after.codeKey, before.codeKey);
}

void QuestionAnswerTest::extract_sourceCellChecksum_winsOverTheNotebooksOwn()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const Notebook released = readFixture(QStringLiteral("nbgrader/course101/release/ps1/problem1.ipynb"));
    SourceCellRecord record;
    record.name = QStringLiteral("sum_of_squares_application");
    record.isGrade = true;
    record.isSolution = true;
    // The student edited the checksum in the notebook's metadata too; the gradebook's copy decides.
    record.checksum = QStringLiteral("00000000000000000000000000000000");
    QVERIFY(!QuestionAnswers::extract(released, record.name, {record}).unchanged);

    record.checksum.clear(); // no released checksum recorded: the notebook's own applies
    QVERIFY(QuestionAnswers::extract(released, record.name, {record}).unchanged);
}

void QuestionAnswerTest::extract_failingTests_haveAnOutputKey()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const Notebook bitdiddle =
        readFixture(QStringLiteral("nbgrader/course101/autograded/bitdiddle/ps1/problem1.ipynb"));
    const Notebook hacker = readFixture(QStringLiteral("nbgrader/course101/autograded/hacker/ps1/problem1.ipynb"));

    const QuestionAnswer failing = QuestionAnswers::extract(bitdiddle, QStringLiteral("correct_squares"), {});
    QVERIFY(!failing.tests.constFirst().outputs.isEmpty());
    QVERIFY(!failing.outputKey.isEmpty());
    const QuestionAnswer passing = QuestionAnswers::extract(hacker, QStringLiteral("correct_squares"), {});
    QVERIFY(passing.tests.constFirst().outputs.isEmpty());
    QVERIFY2(passing.outputKey.isEmpty(), "no output at all gives no output key");
    QVERIFY(passing.codeKey != failing.codeKey);

    // Execution counts and tracebacks differ from run to run; the key does not.
    Notebook rerun = bitdiddle;
    for (Cell &cell : rerun.cells) {
        cell.executionCount = cell.executionCount.value_or(0) + 7;
        for (Output &output : cell.outputs) {
            output.executionCount = 99;
            output.traceback.append(QStringLiteral("File /tmp/ipykernel_4242/123.py, line 3"));
        }
    }
    QCOMPARE(QuestionAnswers::extract(rerun, QStringLiteral("correct_squares"), {}).outputKey, failing.outputKey);
}

void QuestionAnswerTest::extract_demoCourse_everyQuestion()
{
    const QString notebookName =
        QDir(m_demo + QStringLiteral("/release/ps1")).entryList({QStringLiteral("*.ipynb")}, QDir::Files).value(0);
    QVERIFY(!notebookName.isEmpty());
    const Result<Notebook> released = NotebookReader::readFile(m_demo + QStringLiteral("/release/ps1/") + notebookName);
    QVERIFY(released.ok());
    const QStringList questions = questionsOf(released.value());
    QCOMPARE(questions.size(), 4 + 2 + 1); // autograded, written and the task

    QDirIterator students(m_demo + QStringLiteral("/autograded"), QDir::Dirs | QDir::NoDotAndDotDot);
    int checked = 0;
    int unchangedSeen = 0;
    while (students.hasNext()) {
        const QString path = students.next() + QStringLiteral("/ps1/") + notebookName;
        const Result<Notebook> notebook = NotebookReader::readFile(path);
        QVERIFY2(notebook.ok(), qPrintable(path));
        for (const QString &id : questions) {
            const QuestionAnswer releasedAnswer = QuestionAnswers::extract(released.value(), id, {});
            const QuestionAnswer answer = QuestionAnswers::extract(notebook.value(), id, {});
            QVERIFY2(answer.found, qPrintable(id));
            QCOMPARE(answer.answer.size(), releasedAnswer.answer.size());
            QVERIFY2(!answer.answer.isEmpty() || id == QLatin1String("plot_task"), qPrintable(id));
            const bool isTask = id == QLatin1String("plot_task");
            const bool isTest = !isTask && answer.answer.constFirst().type == CellType::Code;
            QCOMPARE(answer.tests.size(), isTest ? 1 : 0);
            if (isTask) {
                QCOMPARE(gradeIdsOf(answer.prompt), QStringList{id});
            } else {
                QVERIFY2(!answer.prompt.isEmpty(), qPrintable(id));
            }
            // Unchanged exactly when the answer is the released text.
            QCOMPARE(answer.unchanged, sourcesOf(answer.answer) == sourcesOf(releasedAnswer.answer) &&
                                           (!isTask || answer.answer.constFirst().source.trimmed().isEmpty()));
            unchangedSeen += answer.unchanged ? 1 : 0;
            ++checked;
        }
    }
    QCOMPARE(checked, 12 * questions.size());
    QVERIFY2(unchangedSeen > 0, "the demo has untouched answers");
}

void QuestionAnswerTest::extract_demoCourse_groupsEqualCode()
{
    QDirIterator notebooks(m_demo + QStringLiteral("/autograded"), {QStringLiteral("*.ipynb")}, QDir::Files,
                           QDirIterator::Subdirectories);
    QList<Notebook> all;
    while (notebooks.hasNext()) {
        const QString path = notebooks.next();
        if (path.contains(QLatin1String("/ps1/"))) {
            all.append(NotebookReader::readFile(path).value());
        }
    }
    QCOMPARE(all.size(), 12);
    int sharedGroups = 0;
    for (const QString &id : questionsOf(all.constFirst())) {
        QHash<QString, QString> codeOfKey;
        QHash<QString, QString> outputOfKey;
        for (const Notebook &notebook : std::as_const(all)) {
            const QuestionAnswer answer = QuestionAnswers::extract(notebook, id, {});
            if (answer.codeKey.isEmpty()) {
                continue;
            }
            QString code;
            for (const Cell &cell : answer.answer) {
                code += QuestionAnswers::normalizeCode(cell.source) + QLatin1Char('\n');
            }
            if (codeOfKey.contains(answer.codeKey)) {
                ++sharedGroups;
                QCOMPARE(codeOfKey.value(answer.codeKey), code);
                // The demo's tests are deterministic: the same code fails (or passes) them the same way. (Its
                // charts are not: equal chart code draws in one of four colours.)
                if (!answer.tests.isEmpty()) {
                    QCOMPARE(outputOfKey.value(answer.codeKey), answer.outputKey);
                }
            }
            codeOfKey.insert(answer.codeKey, code);
            outputOfKey.insert(answer.codeKey, answer.outputKey);
        }
    }
    QVERIFY2(sharedGroups > 0, "twelve students share some answers");
}

void QuestionAnswerTest::readForGrading_prefersTheAutogradedCopy()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QTemporaryDir dir;
    QVERIFY(GradeDesk::Tests::copyRecursively(GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/course101")),
                                              dir.path()));
    const QString submitted = dir.filePath(QStringLiteral("submitted/bitdiddle/ps1/problem1.ipynb"));
    const Result<Notebook> notebook =
        QuestionAnswers::readForGrading(dir.path(), QStringLiteral("bitdiddle"), QStringLiteral("ps1"), submitted);
    QVERIFY(notebook.ok());
    QCOMPARE(notebook.value().path, dir.filePath(QStringLiteral("autograded/bitdiddle/ps1/problem1.ipynb")));
    QVERIFY(!QuestionAnswers::extract(notebook.value(), QStringLiteral("correct_squares"), {})
                 .tests.constFirst()
                 .outputs.isEmpty());
}

void QuestionAnswerTest::readForGrading_fallsBack_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("student");

    QTest::newRow("no autograded copy") << QStringLiteral("remove") << QStringLiteral("bitdiddle");
    QTest::newRow("unreadable autograded copy") << QStringLiteral("corrupt") << QStringLiteral("bitdiddle");
    QTest::newRow("handed in again after autograding") << QStringLiteral("resubmit") << QStringLiteral("bitdiddle");
    QTest::newRow("a student id that climbs out of the course")
        << QString() << QStringLiteral("../autograded/bitdiddle");
}

void QuestionAnswerTest::readForGrading_fallsBack()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QFETCH(QString, change);
    QFETCH(QString, student);
    QTemporaryDir dir;
    QVERIFY(GradeDesk::Tests::copyRecursively(GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/course101")),
                                              dir.path()));
    const QString autograded = dir.filePath(QStringLiteral("autograded/bitdiddle/ps1/problem1.ipynb"));
    if (change == QLatin1String("remove")) {
        QVERIFY(QFile::remove(autograded));
    } else if (change == QLatin1String("corrupt")) {
        QVERIFY(writeText(autograded, "{\"cells\": ["));
    } else if (change == QLatin1String("resubmit")) {
        QVERIFY(writeText(dir.filePath(QStringLiteral("submitted/bitdiddle/ps1/timestamp.txt")),
                          "2015-02-03 10:00:00.000000 America/Los_Angeles"));
    }
    const QString submitted = dir.filePath(QStringLiteral("submitted/bitdiddle/ps1/problem1.ipynb"));
    const Result<Notebook> notebook =
        QuestionAnswers::readForGrading(dir.path(), student, QStringLiteral("ps1"), submitted);
    QVERIFY(notebook.ok());
    QCOMPARE(notebook.value().path, submitted);
}

void QuestionAnswerTest::readForGrading_neitherReadable_fails()
{
    QTemporaryDir dir;
    const QString submitted = dir.filePath(QStringLiteral("submitted/s1/ps1/problem1.ipynb"));
    const Result<Notebook> notebook =
        QuestionAnswers::readForGrading(dir.path(), QStringLiteral("s1"), QStringLiteral("ps1"), submitted);
    QVERIFY(!notebook.ok());
    QVERIFY2(notebook.error().message.contains(QStringLiteral("problem1.ipynb")), qPrintable(notebook.error().message));
}

QTEST_GUILESS_MAIN(QuestionAnswerTest)
#include "questionanswer_test.moc"
