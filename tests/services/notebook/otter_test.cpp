// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/notebook/notebookreader.h>
#include <services/notebook/otterquestions.h>
#include <tests/support/testsupport.h>

#include <QStandardPaths>
#include <QTest>

using namespace GradeDesk::Services;
using GradeDesk::Tests::notebookFixture;

namespace {

Notebook load(const char *relative)
{
    const auto notebook = NotebookReader::readFile(notebookFixture(QString::fromLatin1(relative)));
    if (!notebook.ok()) {
        qWarning("%s: %s", relative, qPrintable(notebook.error().message));
        return {};
    }
    return notebook.value();
}

const OtterQuestion *find(const Notebook &notebook, const QString &name)
{
    for (const OtterQuestion &question : notebook.otterQuestions) {
        if (question.name == name) {
            return &question;
        }
    }
    return nullptr;
}

Cell markdown(const QString &source)
{
    Cell cell;
    cell.type = CellType::Markdown;
    cell.source = source;
    return cell;
}

Cell raw(const QString &source)
{
    Cell cell;
    cell.type = CellType::Raw;
    cell.source = source;
    return cell;
}

} // namespace

class OtterTest final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void studentNotebook_questionsAndPublicTests();
    void autograderNotebook_includesHiddenTests();
    void masterNotebook_readsYamlHeadersAndTestCells();
    void masterWithMarkdownFences_readsQuestions();
    void beginWithoutEnd_warns();
    void malformedMarkers_warnAndContinue_data();
    void malformedMarkers_warnAndContinue();
    void plainNotebook_hasNoQuestions();
};

void OtterTest::studentNotebook_questionsAndPublicTests()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const Notebook notebook = load("otter/assign-output/example/student/example.ipynb");
    QVERIFY(notebook.isOtter());
    QVERIFY(notebook.warnings.isEmpty());

    const OtterQuestion *q1 = find(notebook, QStringLiteral("q1"));
    QVERIFY(q1);
    QCOMPARE(q1->cellIndexes, QList<int>({2, 3, 4})); // BEGIN QUESTION markdown, answer, grader.check("q1")
    QVERIFY(!q1->manual);
    QCOMPARE(q1->tests.size(), 4);
    QCOMPARE(q1->tests.at(0).name, QStringLiteral("q1 - 1"));
    QCOMPARE(q1->tests.at(0).code, QStringLiteral(">>> isinstance(x, int)\nTrue"));
    QCOMPARE(q1->tests.at(0).points, std::optional<double>(2));
    QCOMPARE(q1->tests.at(0).failureMessage, QStringLiteral("This is not an int."));
    for (const OtterTestCase &test : q1->tests) {
        QVERIFY(!test.hidden);
    }

    const OtterQuestion *q8 = find(notebook, QStringLiteral("q8"));
    QVERIFY(q8);
    QCOMPARE(q8->points, std::optional<double>(10)); // "points": [10]
    QCOMPARE(q8->cellIndexes, QList<int>{25});
    QCOMPARE(find(notebook, QStringLiteral("q9"))->points, std::optional<double>(1));

    // Regions without grader.check are manually graded questions without a name.
    int manual = 0;
    for (const OtterQuestion &question : notebook.otterQuestions) {
        if (question.manual) {
            ++manual;
            QVERIFY(question.name.isEmpty());
            QVERIFY(!question.cellIndexes.isEmpty());
        }
    }
    QCOMPARE(manual, 4);
    // Cell order.
    for (qsizetype i = 1; i < notebook.otterQuestions.size(); ++i) {
        QVERIFY(notebook.otterQuestions.at(i - 1).cellIndexes.constFirst() <
                notebook.otterQuestions.at(i).cellIndexes.constFirst());
    }
}

void OtterTest::autograderNotebook_includesHiddenTests()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const Notebook notebook = load("otter/assign-output/example/autograder/example.ipynb");
    const OtterQuestion *q1 = find(notebook, QStringLiteral("q1"));
    QVERIFY(q1);
    QCOMPARE(q1->tests.size(), 6);
    QVERIFY(q1->tests.at(3).hidden);
    QCOMPARE(q1->tests.at(3).points, std::optional<double>(10));
    const OtterQuestion *q8 = find(notebook, QStringLiteral("q8"));
    QVERIFY(q8);
    QCOMPARE(q8->points, std::optional<double>(12)); // "points": [10, 2]
    QCOMPARE(q8->tests.size(), 2);
    QVERIFY(q8->tests.at(1).hidden);
}

void OtterTest::masterNotebook_readsYamlHeadersAndTestCells()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const Notebook notebook = load("otter/assign-source/example.ipynb");
    QVERIFY(notebook.isOtter());
    QVERIFY(notebook.warnings.isEmpty());
    QCOMPARE(notebook.otterQuestions.size(), 9);

    const OtterQuestion *q1 = find(notebook, QStringLiteral("q1"));
    QVERIFY(q1);
    QVERIFY(!q1->manual);
    QVERIFY(!q1->points);
    QCOMPARE(q1->cellIndexes.constFirst(), 3); // after the raw BEGIN QUESTION cell at 2
    QVERIFY(!q1->cellIndexes.contains(4));     // "# BEGIN SOLUTION" delimiter
    QVERIFY(!q1->cellIndexes.contains(15));    // "# END QUESTION"
    QCOMPARE(q1->tests.size(), 6);
    QCOMPARE(q1->tests.at(0).name, QStringLiteral("q1a-1"));
    QCOMPARE(q1->tests.at(0).points, std::optional<double>(2));
    QCOMPARE(q1->tests.at(0).code, QStringLiteral("isinstance(x, int)"));
    QVERIFY(q1->tests.at(3).hidden);
    QCOMPARE(q1->tests.at(5).name, QStringLiteral("q1 - 6")); // no TEST CONFIG header

    const OtterQuestion *q2 = find(notebook, QStringLiteral("q2"));
    QVERIFY(q2);
    QVERIFY(q2->manual);
    QCOMPARE(q2->points, std::optional<double>(1.5));
    QCOMPARE(find(notebook, QStringLiteral("q8"))->points, std::optional<double>(12)); // YAML list 10 + 2
    QCOMPARE(find(notebook, QStringLiteral("question6"))->points, std::optional<double>(100));
}

void OtterTest::masterWithMarkdownFences_readsQuestions()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const Notebook notebook = load("otter/assign-source/exception-example.ipynb");
    QVERIFY2(notebook.warnings.isEmpty(), qPrintable(notebook.warnings.join(QLatin1Char('\n'))));
    const OtterQuestion *q1 = find(notebook, QStringLiteral("q1"));
    QVERIFY(q1);
    QCOMPARE(q1->cellIndexes.constFirst(), 3);
    QCOMPARE(q1->tests.size(), 2);
    QVERIFY(q1->tests.at(1).hidden);
    QVERIFY(find(notebook, QStringLiteral("q2")));
}

void OtterTest::beginWithoutEnd_warns()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const Notebook notebook = load("otter/misc/no-close-tag-test.ipynb");
    QCOMPARE(notebook.otterQuestions.size(), 1);
    QCOMPARE(notebook.otterQuestions.constFirst().cellIndexes.constFirst(), 1);
    QCOMPARE(notebook.otterQuestions.constFirst().cellIndexes.constLast(), int(notebook.cells.size() - 1));
    QCOMPARE(notebook.warnings.size(), 1);
    QVERIFY(notebook.warnings.constFirst().contains(QStringLiteral("Cell 1")));
}

void OtterTest::malformedMarkers_warnAndContinue_data()
{
    QTest::addColumn<QList<Cell>>("cells");
    QTest::addColumn<int>("questions");
    QTest::addColumn<QString>("warningContains");
    QTest::newRow("END without BEGIN") << QList<Cell>{markdown(QStringLiteral("<!-- END QUESTION -->"))} << 0
                                       << QStringLiteral("never begun");
    QTest::newRow("BEGIN inside BEGIN") << QList<Cell>{raw(QStringLiteral("# BEGIN QUESTION\nname: a")),
                                                       raw(QStringLiteral("# BEGIN QUESTION\nname: b")),
                                                       raw(QStringLiteral("# END QUESTION"))}
                                        << 2 << QStringLiteral("inside the one begun at cell 0");
    QTest::newRow("invalid YAML header") << QList<Cell>{raw(QStringLiteral("# BEGIN QUESTION\nname: [unclosed")),
                                                        raw(QStringLiteral("# END QUESTION"))}
                                         << 1 << QStringLiteral("not valid YAML");
    QTest::newRow("YAML header that is a list")
        << QList<Cell>{raw(QStringLiteral("# BEGIN QUESTION\n- a\n- b")), raw(QStringLiteral("# END QUESTION"))} << 1
        << QStringLiteral("not valid YAML");
}

void OtterTest::malformedMarkers_warnAndContinue()
{
    QFETCH(QList<Cell>, cells);
    QFETCH(int, questions);
    QFETCH(QString, warningContains);
    Notebook notebook;
    notebook.cells = cells;
    QStringList warnings;
    const QList<OtterQuestion> found = parseOtterQuestions(notebook, &warnings);
    QCOMPARE(found.size(), questions);
    QVERIFY2(!warnings.filter(warningContains).isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
}

void OtterTest::plainNotebook_hasNoQuestions()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const Notebook notebook = load("nbgrader/course101/release/ps1/problem1.ipynb");
    QVERIFY(notebook.otterQuestions.isEmpty());
    QVERIFY(!notebook.isOtter());
}

QTEST_GUILESS_MAIN(OtterTest)
#include "otter_test.moc"
