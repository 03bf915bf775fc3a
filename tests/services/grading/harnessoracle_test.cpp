// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/grading/autogradeharness.h>
#include <services/grading/autoscore.h>
#include <services/notebook/notebookreader.h>
#include <services/notebook/releasegenerator.h>
#include <tests/services/grading/harnesstesting.h>
#include <tests/support/testsupport.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

namespace {

/// Runs the harness in local mode; returns its parsed result.json (and its exit code in `exitCode`).
Result<HarnessResult> runLocal(const QString &script, const QByteArray &spec, const QString &submission,
                               const QString &out, int *exitCode, double *seconds)
{
    QFile specFile(out + QStringLiteral("/../spec.json"));
    if (!specFile.open(QIODevice::WriteOnly) || specFile.write(spec) != spec.size()) {
        return ServiceError::make(ServiceError::Kind::Io, QStringLiteral("spec"));
    }
    specFile.close();
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(harnessPython(), AutogradeHarness::localArguments(script, specFile.fileName(), submission, out));
    process.waitForFinished(900000);
    *seconds = timer.elapsed() / 1000.0;
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (*exitCode != 0) {
        qWarning("%s", process.readAllStandardError().right(3000).constData());
    }
    QFile result(out + QStringLiteral("/result.json"));
    if (!result.open(QIODevice::ReadOnly)) {
        return ServiceError::make(ServiceError::Kind::Io, QStringLiteral("no result.json"));
    }
    return AutogradeHarness::parseResult(result.readAll());
}

/// grades.csv: student id -> raw_score (nbgrader's sum of auto scores over the assignment).
std::map<QString, double> rawScores()
{
    std::map<QString, double> scores;
    QFile file(notebookFixture(QStringLiteral("nbgrader/course101/grades.csv")));
    if (!file.open(QIODevice::ReadOnly)) {
        return scores;
    }
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
    const qsizetype student = header.indexOf(QStringLiteral("student_id"));
    const qsizetype raw = header.indexOf(QStringLiteral("raw_score"));
    while (!file.atEnd()) {
        const QStringList row = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        if (row.size() == header.size()) {
            scores[row.at(student)] = row.at(raw).toDouble();
        }
    }
    return scores;
}

/**
 * otter's expected reports (results/<name>.txt) show every failing case's doctest ("Trying: ...
 * Expecting: ..."). Every case of q1-q6 fails in at least one report, so the union of the reports
 * gives the test cases; q7 never fails and is left out. Returns question -> case number -> doctest.
 */
std::map<QString, std::map<int, QString>> otterCasesFromReports(const QString &resultsDir)
{
    std::map<QString, std::map<int, QString>> cases;
    static const QRegularExpression header(QStringLiteral(R"(^    (q\w+) - (\d+) result:$)"));
    const QStringList reports = QDir(resultsDir).entryList({QStringLiteral("*.txt")}, QDir::Files);
    for (const QString &report : reports) {
        QFile file(resultsDir + u'/' + report);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QRegularExpressionMatch match = header.match(lines.at(i));
            if (!match.hasMatch() || !lines.value(i + 1).contains(QStringLiteral("failed"))) {
                continue;
            }
            QString doctest;

            enum { None, Source, Expected } part = None;

            for (qsizetype j = i + 2; j < lines.size() && !lines.at(j).trimmed().startsWith(u'*'); ++j) {
                const QString &line = lines.at(j);
                const QString trimmed = line.trimmed();
                if (trimmed == QLatin1String("Trying:")) {
                    part = Source;
                    doctest += QStringLiteral(">>> ");
                    continue;
                }
                if (trimmed.startsWith(QLatin1String("Expecting"))) {
                    part = trimmed == QLatin1String("Expecting:") ? Expected : None;
                    continue;
                }
                if (!line.startsWith(QLatin1String("            "))) {
                    part = None; // "ok" and other runner lines
                    continue;
                }
                const QString text = line.mid(12);
                if (part == Source) {
                    doctest +=
                        (doctest.endsWith(QLatin1String(">>> ")) ? QString() : QStringLiteral("... ")) + text + u'\n';
                } else if (part == Expected) {
                    doctest += text + u'\n';
                }
            }
            // The reports were made with numpy 2 (`np.True_`); Debian 12's numpy 1 prints `True`. Same
            // check, written so both agree: bool(...) of the expression.
            static const QRegularExpression numpyBool(QStringLiteral(R"(^>>> (.*)\n(np\.(True|False)_)\n$)"));
            const QRegularExpressionMatch numpy = numpyBool.match(doctest);
            if (numpy.hasMatch()) {
                doctest = QStringLiteral(">>> bool(%1)\n%2\n").arg(numpy.captured(1), numpy.captured(3));
            }
            cases[match.captured(1)][match.captured(2).toInt()] = doctest;
        }
    }
    return cases;
}

/// Expected per-case outcomes of one report: question -> case number -> passed.
std::map<QString, std::map<int, bool>> expectedOutcomes(const QString &reportPath,
                                                        const std::map<QString, std::map<int, QString>> &cases)
{
    std::map<QString, std::map<int, bool>> outcomes;
    QFile file(reportPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return outcomes;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    static const QRegularExpression question(QStringLiteral(R"(^(q\w+) results:(.*)$)"));
    static const QRegularExpression caseHeader(QStringLiteral(R"(^    (q\w+) - (\d+) result:$)"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch q = question.match(lines.at(i));
        if (q.hasMatch() && q.captured(2).contains(QStringLiteral("All test cases passed")) &&
            cases.count(q.captured(1))) {
            for (const auto &[number, code] : cases.at(q.captured(1))) {
                outcomes[q.captured(1)][number] = true;
            }
        }
        const QRegularExpressionMatch c = caseHeader.match(lines.at(i));
        if (c.hasMatch()) {
            outcomes[c.captured(1)][c.captured(2).toInt()] = lines.value(i + 1).contains(QStringLiteral("passed"));
        }
    }
    return outcomes;
}

} // namespace

class HarnessOracleTest : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const Result<QString> script = AutogradeHarness::installedPath(m_cache.path());
        QVERIFY(script.ok());
        m_script = script.value();
    }

    void nbgraderCourse_matchesAutogradedAndGradesCsv_data();
    void nbgraderCourse_matchesAutogradedAndGradesCsv();
    void otterSubmissions_matchExpectedReports_data();
    void otterSubmissions_matchExpectedReports();

private:
    QTemporaryDir m_cache;
    QString m_script;
};

void HarnessOracleTest::nbgraderCourse_matchesAutogradedAndGradesCsv_data()
{
    QTest::addColumn<QString>("student");
    QTest::newRow("bitdiddle: failing tests, unanswered cells") << QStringLiteral("bitdiddle");
    QTest::newRow("hacker: everything answered") << QStringLiteral("hacker");
}

void HarnessOracleTest::nbgraderCourse_matchesAutogradedAndGradesCsv()
{
    GRADEDESK_REQUIRE_FIXTURES();
    REQUIRE_HARNESS_PYTHON();
    QFETCH(QString, student);
    const QString course = notebookFixture(QStringLiteral("nbgrader/course101"));

    // The spec as the gradebook records it: SaveCells of the source notebooks.
    QList<HarnessNotebookSpec> notebooks;
    for (const QString &name : {QStringLiteral("problem1"), QStringLiteral("problem2")}) {
        const Result<Notebook> source =
            NotebookReader::readFile(course + QStringLiteral("/source/ps1/") + name + QStringLiteral(".ipynb"));
        QVERIFY(source.ok());
        QList<ReleaseCellRecord> records;
        QVERIFY(ReleaseGenerator::generateNotebook(source.value(), {}, &records).ok());
        HarnessNotebookSpec spec{name, {}};
        for (const ReleaseCellRecord &record : records) {
            spec.cells.append({record.gradeId, record.cellType, record.grade, record.solution, record.task,
                               record.locked, record.points.value_or(0.0), record.source, record.checksum});
        }
        notebooks.append(spec);
    }
    AutogradeLimits limits;
    limits.cellTimeoutSeconds = 60;
    QTemporaryDir work;
    QVERIFY(QDir(work.path()).mkpath(QStringLiteral("out")));
    const QString out = work.filePath(QStringLiteral("out"));
    int exitCode = -1;
    double seconds = 0.0;
    const Result<HarnessResult> result =
        runLocal(m_script, AutogradeHarness::specJson(QStringLiteral("ps1"), notebooks, limits),
                 course + QStringLiteral("/submitted/") + student + QStringLiteral("/ps1"), out, &exitCode, &seconds);
    qInfo("%s: 2 notebooks in %.1f s", qPrintable(student), seconds);
    QCOMPARE(exitCode, AutogradeHarness::ExitGraded);
    QVERIFY(result.ok());
    QCOMPARE(result.value().notebooks.size(), 2);

    double total = 0.0;
    for (const HarnessNotebookResult &notebook : result.value().notebooks) {
        QCOMPARE(notebook.status, QStringLiteral("executed"));
        qInfo("  %s: %.1f s", qPrintable(notebook.name), notebook.seconds);
        verifySameAsAutoScorer(course + QStringLiteral("/autograded/") + student + QStringLiteral("/ps1/") +
                                   notebook.name + QStringLiteral(".ipynb"),
                               notebook);
        verifySameAsAutoScorer(out + u'/' + notebook.name + QStringLiteral(".ipynb"), notebook);
        for (const HarnessCellResult &cell : notebook.cells) {
            total += cell.score.value_or(0.0);
        }
    }
    const std::map<QString, double> raw = rawScores();
    QVERIFY(raw.count(student));
    QCOMPARE(total, raw.at(student));
}

void HarnessOracleTest::otterSubmissions_matchExpectedReports_data()
{
    QTest::addColumn<QString>("name");
    // A few of the fourteen reports (each row starts a kernel): hidden failures, several questions, none.
    for (const char *name : {"passesAll", "fails1and3and6", "fails2and6H", "fails6H", "fails3and4"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void HarnessOracleTest::otterSubmissions_matchExpectedReports()
{
    GRADEDESK_REQUIRE_FIXTURES();
    REQUIRE_HARNESS_PYTHON();
    QFETCH(QString, name);
    const QString base = notebookFixture(QStringLiteral("otter/graded-submissions"));
    const auto cases = otterCasesFromReports(base + QStringLiteral("/results"));
    QVERIFY(cases.count(QStringLiteral("q6")) && cases.at(QStringLiteral("q6")).size() == 2);

    // metadata.otter.tests as `otter assign` writes it. Points are ours: q6 is worth 5 split over its
    // cases (all_or_nothing false, the second case hidden, as in otter's test file); the others use
    // otter's defaults (1 point, all or nothing).
    QJsonObject tests;
    for (const auto &[question, questionCases] : cases) {
        QJsonArray caseArray;
        for (const auto &[number, code] : questionCases) {
            caseArray.append(QJsonObject{{QStringLiteral("code"), code},
                                         {QStringLiteral("hidden"), question == QLatin1String("q6") && number == 2},
                                         {QStringLiteral("locked"), false}});
        }
        QJsonObject test{
            {QStringLiteral("name"), question},
            {QStringLiteral("suites"), QJsonArray{QJsonObject{{QStringLiteral("cases"), caseArray},
                                                              {QStringLiteral("scored"), true},
                                                              {QStringLiteral("setup"), QString()},
                                                              {QStringLiteral("teardown"), QString()},
                                                              {QStringLiteral("type"), QStringLiteral("doctest")}}}}};
        if (question == QLatin1String("q6")) {
            test.insert(QStringLiteral("points"), 5);
            test.insert(QStringLiteral("all_or_nothing"), false);
        }
        tests.insert(question, test);
    }

    QTemporaryDir work;
    QVERIFY(QDir(work.path()).mkpath(QStringLiteral("submission")));
    QVERIFY(QDir(work.path()).mkpath(QStringLiteral("out")));
    QFile source(base + QStringLiteral("/notebooks/") + name + QStringLiteral(".ipynb"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject notebook = QJsonDocument::fromJson(source.readAll()).object();
    QJsonObject metadata = notebook.value(QLatin1String("metadata")).toObject();
    metadata.insert(QStringLiteral("otter"),
                    QJsonObject{{QStringLiteral("OK_FORMAT"), true}, {QStringLiteral("tests"), tests}});
    notebook.insert(QStringLiteral("metadata"), metadata);
    QFile copy(work.filePath(QStringLiteral("submission/") + name + QStringLiteral(".ipynb")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(QJsonDocument(notebook).toJson());
    copy.close();

    int exitCode = -1;
    double seconds = 0.0;
    const Result<HarnessResult> result = runLocal(
        m_script, AutogradeHarness::specJson(QStringLiteral("otter"), {{name, {}}}, {}),
        work.filePath(QStringLiteral("submission")), work.filePath(QStringLiteral("out")), &exitCode, &seconds);
    qInfo("%s: %.1f s", qPrintable(name), seconds);
    QCOMPARE(exitCode, AutogradeHarness::ExitGraded);
    QVERIFY(result.ok());
    const QList<HarnessOtterQuestion> &questions = result.value().notebooks.first().otter;
    QCOMPARE(questions.size(), static_cast<qsizetype>(cases.size()));

    const auto expected = expectedOutcomes(base + QStringLiteral("/results/") + name + QStringLiteral(".txt"), cases);
    for (const HarnessOtterQuestion &question : questions) {
        QVERIFY2(expected.count(question.name), qPrintable(question.name));
        const std::map<int, bool> &want = expected.at(question.name);
        QCOMPARE(static_cast<size_t>(question.tests.size()), want.size());
        double points = 0.0;
        double possible = 0.0;
        bool all = true;
        for (qsizetype i = 0; i < question.tests.size(); ++i) {
            const HarnessOtterTest &test = question.tests.at(i);
            QCOMPARE(test.name, question.name + QStringLiteral(" - ") + QString::number(i + 1));
            QVERIFY2(test.passed == want.at(static_cast<int>(i) + 1), qPrintable(test.name + u' ' + test.message));
            points += test.passed ? test.points : 0.0;
            possible += test.points;
            all = all && test.passed;
        }
        // otter: all or nothing by default; q6 earns the points of the cases it passed, hidden ones included.
        const bool allOrNothing = question.name != QLatin1String("q6");
        QCOMPARE(question.maxScore, allOrNothing ? 1.0 : 5.0);
        QCOMPARE(possible, question.maxScore);
        QCOMPARE(question.score, allOrNothing ? (all ? 1.0 : 0.0) : points);
    }
}

QTEST_GUILESS_MAIN(HarnessOracleTest)
#include "harnessoracle_test.moc"
