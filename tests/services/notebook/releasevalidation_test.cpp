// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "notebookfixtures.h"

#include <services/notebook/checksum.h>
#include <services/notebook/notebookreader.h>
#include <services/notebook/notebookwriter.h>
#include <services/notebook/releasegenerator.h>

#include <QStandardPaths>
#include <QTest>

using namespace GradeDesk::Services;
using GradeDesk::Tests::notebookFixture;

Q_DECLARE_METATYPE(GradeDesk::Services::ServiceError::Kind)
Q_DECLARE_METATYPE(GradeDesk::Services::ReleaseOptions)

namespace {

// A one-notebook document around `cells` (JSON text of the cell objects).
QByteArray notebookJson(const QByteArray &cells, const QByteArray &metadata = "{}")
{
    return "{\"cells\": [" + cells + "], \"metadata\": " + metadata + ", \"nbformat\": 4, \"nbformat_minor\": 2}";
}

QByteArray codeCell(const QByteArray &source, const QByteArray &nbgrader = {})
{
    const QByteArray metadata = nbgrader.isEmpty() ? QByteArray("{}") : "{\"nbgrader\": " + nbgrader + "}";
    return "{\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": " + metadata +
           ", \"outputs\": [], \"source\": " + source + "}";
}

QByteArray markdownCell(const QByteArray &source, const QByteArray &nbgrader = {})
{
    const QByteArray metadata = nbgrader.isEmpty() ? QByteArray("{}") : "{\"nbgrader\": " + nbgrader + "}";
    return "{\"cell_type\": \"markdown\", \"metadata\": " + metadata + ", \"source\": " + source + "}";
}

QByteArray meta(bool grade, bool solution, bool locked, const QByteArray &id, const QByteArray &extra = {})
{
    const auto flag = [](bool value) { return value ? QByteArray("true") : QByteArray("false"); };
    return "{\"grade\": " + flag(grade) + ", \"solution\": " + flag(solution) + ", \"locked\": " + flag(locked) +
           ", \"grade_id\": \"" + id + "\", \"schema_version\": 3" + extra + "}";
}

const QByteArray kSolutionMeta = meta(false, true, false, "answer");
const QByteArray kTestsMeta = meta(true, false, false, "tests", ", \"points\": 1");

} // namespace

// Everything a release refuses, and that nothing crashes it.
class ReleaseValidationTest final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void malformedSource_isRefused_data();
    void malformedSource_isRefused();
    void invalidNbgraderFixtures_areRefused_data();
    void invalidNbgraderFixtures_areRefused();
    void autotestFixtures_areRefused_data();
    void autotestFixtures_areRefused();
    void everyFixture_releasesOrRefusesCleanly_data();
    void everyFixture_releasesOrRefusesCleanly();
};

void ReleaseValidationTest::malformedSource_isRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ReleaseOptions>("options");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<QString>("mentions");
    using Kind = ServiceError::Kind;
    const ReleaseOptions defaults;

    QTest::newRow("BEGIN SOLUTION without END")
        << notebookJson(codeCell(R"("### BEGIN SOLUTION\nx = 1")", kSolutionMeta)) << defaults << Kind::Validation
        << QStringLiteral("no matching \"END SOLUTION\"");
    QTest::newRow("nested solution regions")
        << notebookJson(codeCell(R"("### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION")", kSolutionMeta))
        << defaults << Kind::Validation << QStringLiteral("line 2");
    QTest::newRow("solution region in a non-solution cell")
        << notebookJson(codeCell(R"("### BEGIN SOLUTION\nx\n### END SOLUTION")")) << defaults << Kind::Validation
        << QStringLiteral("not a solution cell");
    QTest::newRow("solution region in a plain markdown cell")
        << notebookJson(markdownCell(R"("Intro\n<!-- BEGIN SOLUTION -->\nx\n<!-- END SOLUTION -->")")) << defaults
        << Kind::Validation << QStringLiteral("not a solution cell");
    QTest::newRow("BEGIN and END on one line open a region that never ends (nbgrader checks BEGIN first)")
        << notebookJson(markdownCell(R"("Write between BEGIN SOLUTION and END SOLUTION.")")) << defaults
        << Kind::Validation << QStringLiteral("no matching \"END SOLUTION\"");
    QTest::newRow("hidden tests without END")
        << notebookJson(codeCell(R"("### BEGIN HIDDEN TESTS\nassert 1")", kTestsMeta)) << defaults << Kind::Validation
        << QStringLiteral("END HIDDEN TESTS");
    QTest::newRow("nested hidden tests")
        << notebookJson(
               codeCell(R"("### BEGIN HIDDEN TESTS\n### BEGIN HIDDEN TESTS\n### END HIDDEN TESTS")", kTestsMeta))
        << defaults << Kind::Validation << QStringLiteral("inside another");
    QTest::newRow("hidden tests in a solution-only cell")
        << notebookJson(
               codeCell(R"("### BEGIN SOLUTION\nx\n### END SOLUTION\n### BEGIN HIDDEN TESTS\nt\n### END HIDDEN TESTS")",
                        kSolutionMeta))
        << defaults << Kind::Validation << QStringLiteral("autograder tests");
    QTest::newRow("mark scheme in a read-only cell that is no task")
        << notebookJson(
               markdownCell(R"("Plot.\nBEGIN MARK SCHEME\nx\nEND MARK SCHEME")", meta(false, false, true, "m")))
        << defaults << Kind::Validation << QStringLiteral("task cell");
    QTest::newRow("duplicate grade ids") << notebookJson(codeCell("\"a\"", kSolutionMeta) + ", " +
                                                         codeCell("\"b\"", kSolutionMeta))
                                         << defaults << Kind::Validation << QStringLiteral("\"answer\"");
    QTest::newRow("blank grade id on a locked cell")
        << notebookJson(markdownCell("\"x\"", meta(false, false, true, ""))) << defaults << Kind::Validation
        << QStringLiteral("grade_id");
    QTest::newRow("grade cell without points") << notebookJson(codeCell("\"x\"", meta(true, false, false, "g")))
                                               << defaults << Kind::Validation << QStringLiteral("no points");
    QTest::newRow("markdown grade cell that is no solution")
        << notebookJson(markdownCell("\"x\"", meta(true, false, false, "g", ", \"points\": 1"))) << defaults
        << Kind::Validation << QStringLiteral("markdown");
    QTest::newRow("task cell that is code")
        << notebookJson(codeCell("\"x\"", meta(false, false, true, "t", ", \"points\": 1, \"task\": true"))) << defaults
        << Kind::Validation << QStringLiteral("task cell");
    QTest::newRow("old schema version 1")
        << notebookJson(codeCell(
               "\"x\"", R"({"grade": false, "solution": true, "locked": false, "grade_id": "a", "schema_version": 1})"))
        << defaults << Kind::Unsupported << QStringLiteral("nbgrader update");
    QTest::newRow("schema version missing (v0)")
        << notebookJson(codeCell("\"x\"", R"({"grade": false, "solution": true, "grade_id": "a"})")) << defaults
        << Kind::Unsupported << QStringLiteral("version 0");
    QTest::newRow("unknown metadata key")
        << notebookJson(codeCell("\"x\"", meta(false, true, false, "a", ", \"hint\": \"x\""))) << defaults
        << Kind::Validation << QStringLiteral("\"hint\"");
    QTest::newRow("required flag missing")
        << notebookJson(
               codeCell("\"x\"", R"({"grade": false, "solution": true, "grade_id": "a", "schema_version": 3})"))
        << defaults << Kind::Validation << QStringLiteral("\"locked\"");
    QTest::newRow("flag of the wrong type")
        << notebookJson(codeCell(
               "\"x\"", R"({"grade": "no", "solution": true, "locked": false, "grade_id": "a", "schema_version": 3})"))
        << defaults << Kind::Validation << QStringLiteral("\"grade\"");
    QTest::newRow("negative points") << notebookJson(
                                            codeCell("\"x\"", meta(true, false, false, "g", ", \"points\": -1")))
                                     << defaults << Kind::Validation << QStringLiteral("\"points\"");
    QTest::newRow("grade id with a space") << notebookJson(codeCell("\"x\"", meta(false, true, false, "my answer")))
                                           << defaults << Kind::Validation << QStringLiteral("\"grade_id\"");
    QTest::newRow("nbgrader metadata that is not an object")
        << notebookJson(codeCell("\"x\"", "true")) << defaults << Kind::Validation << QStringLiteral("not an object");
    QTest::newRow("language without a code stub")
        << notebookJson(codeCell("\"x\"", kSolutionMeta), R"({"kernelspec": {"language": "julia", "name": "j"}})")
        << defaults << Kind::Unsupported << QStringLiteral("julia");
    QTest::newRow("AUTOTEST directive in a test cell")
        << notebookJson(codeCell(R"json("### AUTOTEST squares(3)")json", kTestsMeta)) << defaults << Kind::Unsupported
        << QStringLiteral("AUTOTEST");
    ReleaseOptions emptyDelimiter;
    emptyDelimiter.endHiddenTests.clear();
    QTest::newRow("empty delimiter in the options")
        << notebookJson(codeCell("\"x\"")) << emptyDelimiter << Kind::Validation << QStringLiteral("delimiter");
}

void ReleaseValidationTest::malformedSource_isRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(ReleaseOptions, options);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(QString, mentions);
    auto source = NotebookReader::parse(json, QStringLiteral("bad.ipynb"));
    QVERIFY2(source, source ? "" : qPrintable(source.error().detail));
    auto released = ReleaseGenerator::generateNotebook(source.value(), options);
    QVERIFY(!released);
    QCOMPARE(released.error().kind, kind);
    QVERIFY2(released.error().message.contains(mentions), qPrintable(released.error().message));
    if (kind == ServiceError::Kind::Validation && !mentions.contains(QLatin1String("delimiter"))) {
        QVERIFY2(released.error().message.contains(QLatin1String("bad.ipynb, cell")),
                 qPrintable(released.error().message));
    }
}

void ReleaseValidationTest::invalidNbgraderFixtures_areRefused_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("markdown grade cell that is no solution")
        << QStringLiteral("bad-markdown-cell-1.ipynb") << QStringLiteral("not a solution cell");
    QTest::newRow("markdown solution cell without grade id")
        << QStringLiteral("bad-markdown-cell-2.ipynb") << QStringLiteral("grade_id");
    QTest::newRow("blank grade id") << QStringLiteral("blank-grade-id.ipynb") << QStringLiteral("grade_id");
    QTest::newRow("grade cell without points") << QStringLiteral("blank-points.ipynb") << QStringLiteral("no points");
    QTest::newRow("two cells share a grade id")
        << QStringLiteral("duplicate-grade-ids.ipynb") << QStringLiteral("share the grade_id");
}

void ReleaseValidationTest::invalidNbgraderFixtures_areRefused()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QFETCH(QString, fixture);
    QFETCH(QString, mentions);
    auto source = NotebookReader::readFile(notebookFixture(QStringLiteral("nbgrader/tests-preprocessors/") + fixture));
    QVERIFY(source);
    auto released = ReleaseGenerator::generateNotebook(source.value());
    QVERIFY(!released);
    QCOMPARE(released.error().kind, ServiceError::Kind::Validation);
    QVERIFY2(released.error().message.contains(mentions), qPrintable(released.error().message));
    QVERIFY2(released.error().message.startsWith(fixture), qPrintable(released.error().message));
}

void ReleaseValidationTest::autotestFixtures_areRefused_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("simple") << QStringLiteral("nbgrader/tests-apps/autotest-simple.ipynb");
    QTest::newRow("hashed") << QStringLiteral("nbgrader/tests-apps/autotest-hashed.ipynb");
    QTest::newRow("inside hidden tests") << QStringLiteral("nbgrader/tests-apps/autotest-hidden.ipynb");
    QTest::newRow("several grade cells") << QStringLiteral("nbgrader/tests-apps/autotest-multi.ipynb");
    QTest::newRow("user-guide ps1_autotest") << QStringLiteral("nbgrader/course101/source/ps1_autotest/problem1.ipynb");
}

void ReleaseValidationTest::autotestFixtures_areRefused()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QFETCH(QString, fixture);
    auto source = NotebookReader::readFile(notebookFixture(fixture));
    QVERIFY(source);
    auto released = ReleaseGenerator::generateNotebook(source.value());
    QVERIFY(!released);
    QCOMPARE(released.error().kind, ServiceError::Kind::Unsupported);
    QVERIFY2(released.error().message.contains(QLatin1String("AUTOTEST")), qPrintable(released.error().message));
}

void ReleaseValidationTest::everyFixture_releasesOrRefusesCleanly_data()
{
    QTest::addColumn<QString>("fixture");
    const QStringList fixtures = GradeDesk::Tests::allNotebookFixtures();
    if (fixtures.isEmpty()) {
        QTest::newRow("fixtures absent") << QString();
    }
    for (const QString &fixture : fixtures) {
        QTest::addRow("%s", qPrintable(fixture)) << fixture;
    }
}

// Whatever a fixture holds (otter masters, executed submissions, invalid nbformat), the release either
// refuses with a Validation/Unsupported error or yields a notebook that reads back, has no delimiter
// left and carries checksums that match its released cells.
void ReleaseValidationTest::everyFixture_releasesOrRefusesCleanly()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QFETCH(QString, fixture);
    auto source = NotebookReader::readFile(notebookFixture(fixture));
    if (!source) {
        return; // The reader's own tests cover what it refuses.
    }
    auto released = ReleaseGenerator::generateNotebook(source.value());
    if (!released) {
        const ServiceError::Kind kind = released.error().kind;
        QVERIFY(kind == ServiceError::Kind::Validation || kind == ServiceError::Kind::Unsupported);
        QVERIFY(!released.error().message.isEmpty());
        return;
    }
    auto reread = NotebookReader::parse(NotebookWriter::serialize(released.value()));
    QVERIFY2(reread, reread ? "" : qPrintable(reread.error().detail));
    const ReleaseOptions defaults;
    for (const Cell &cell : reread.value().cells) {
        QVERIFY(!cell.source.contains(defaults.beginSolution));
        QVERIFY(!cell.source.contains(defaults.beginHiddenTests));
        QVERIFY(!cell.source.contains(defaults.beginMarkScheme));
        QVERIFY(cell.outputs.isEmpty());
        if (isChecksummedCell(cell)) {
            QCOMPARE(cell.nbgrader.checksum, nbgraderChecksum(cell));
        }
    }
}

QTEST_GUILESS_MAIN(ReleaseValidationTest)
#include "releasevalidation_test.moc"
