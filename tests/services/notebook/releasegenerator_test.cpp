// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/notebook/checksum.h>
#include <services/notebook/notebookreader.h>
#include <services/notebook/notebookwriter.h>
#include <services/notebook/releasegenerator.h>
#include <services/notebook/releaseregions.h>
#include <tests/support/testsupport.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace GradeDesk::Services;
using GradeDesk::Tests::notebookFixture;
using Status = ReleaseRegionScan::Status;

Q_DECLARE_METATYPE(GradeDesk::Services::ReleaseRegionScan::Status)

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first semantic difference between a generated and an expected notebook; empty when equal.
// Parsed values are compared, so 1 and 1.0 or a source string and its list of lines are equal.
QString semanticDifference(const Notebook &actual, const Notebook &expected)
{
    if (actual.nbformat != expected.nbformat || actual.nbformatMinor != expected.nbformatMinor) {
        return QStringLiteral("nbformat version");
    }
    if (actual.metadata != expected.metadata) {
        return QStringLiteral("notebook metadata: ") + QString::fromUtf8(QJsonDocument(actual.metadata).toJson());
    }
    if (actual.cells.size() != expected.cells.size()) {
        return QStringLiteral("cell count %1, expected %2").arg(actual.cells.size()).arg(expected.cells.size());
    }
    for (qsizetype i = 0; i < actual.cells.size(); ++i) {
        const Cell &a = actual.cells.at(i);
        const Cell &e = expected.cells.at(i);
        const QString where = QStringLiteral("cell %1: ").arg(i);
        if (a.effectiveTypeName() != e.effectiveTypeName()) {
            return where + QStringLiteral("type ") + a.effectiveTypeName();
        }
        if (a.source != e.source) {
            return where + QStringLiteral("source\n") + a.source + QStringLiteral("\n--- expected\n") + e.source;
        }
        const QJsonObject metadata = NotebookWriter::toJson(actual)
                                         .value(QStringLiteral("cells"))
                                         .toArray()
                                         .at(i)
                                         .toObject()
                                         .value(QStringLiteral("metadata"))
                                         .toObject();
        if (metadata != e.metadata) {
            return where + QStringLiteral("metadata ") + QString::fromUtf8(QJsonDocument(metadata).toJson());
        }
        if (!a.outputs.isEmpty() || a.executionCount) {
            return where + QStringLiteral("outputs or execution count not cleared");
        }
        if (a.outputs.size() != e.outputs.size() || a.executionCount != e.executionCount) {
            return where + QStringLiteral("expected outputs differ");
        }
    }
    return {};
}

Notebook parse(const QByteArray &json)
{
    auto notebook = NotebookReader::parse(json, QStringLiteral("test.ipynb"));
    if (!notebook) {
        qWarning() << "fixture JSON does not parse:" << notebook.error().detail;
        return {};
    }
    return std::move(notebook).value();
}

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

Notebook generateOk(const QByteArray &json, const ReleaseOptions &options = {},
                    QList<ReleaseCellRecord> *records = nullptr)
{
    auto released = ReleaseGenerator::generateNotebook(parse(json), options, records);
    if (!released) {
        qWarning() << "refused:" << released.error().message;
        return {};
    }
    return std::move(released).value();
}

} // namespace

class ReleaseGeneratorTest final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void course101_matchesNbgraderRelease_data();
    void course101_matchesNbgraderRelease();
    void realWorldCourses_matchNbgraderRelease_data();
    void realWorldCourses_matchNbgraderRelease();
    void nbgraderSourceFixtures_release_data();
    void nbgraderSourceFixtures_release();

    void scanRegions_followsNbgraderLineRules_data();
    void scanRegions_followsNbgraderLineRules();
    void solutionRegion_becomesIndentedStub_data();
    void solutionRegion_becomesIndentedStub();
    void solutionCellWithoutRegion_isReplacedWhole_data();
    void solutionCellWithoutRegion_isReplacedWhole();
    void hiddenTestsAndMarkScheme_areRemoved_checksumAfterRemoval();
    void lockCells_setDeletableAndEditable_data();
    void lockCells_setDeletableAndEditable();
    void clearOutput_clearsOutputsCountAndViewMetadata();
    void notebookMetadata_keptExceptCelltoolbarAndTransientKeys();
    void language_picksCodeStubFromKernelspec();
    void strayEnd_isDroppedWithWarning();
    void enforceMetadataOff_allowsRegionsAnywhere();
    void changedCellType_isWarnedAndRecordedAnew();
    void headerAndFooter_wrapTheCellsAndAreReleasedToo();
};

void ReleaseGeneratorTest::course101_matchesNbgraderRelease_data()
{
    QTest::addColumn<QString>("notebook");
    QTest::newRow("problem1: code/markdown solutions, grade, locked and task cells") << QStringLiteral("problem1");
    QTest::newRow("problem2: markdown answers after the header") << QStringLiteral("problem2");
}

// The oracle: nbgrader's own release of its user-guide course (config: header = source/header.ipynb).
void ReleaseGeneratorTest::course101_matchesNbgraderRelease()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QFETCH(QString, notebook);
    const QString base = notebookFixture(QStringLiteral("nbgrader/course101/"));
    auto header = NotebookReader::readFile(base + QStringLiteral("source/header.ipynb"));
    auto source = NotebookReader::readFile(base + QStringLiteral("source/ps1/") + notebook + QStringLiteral(".ipynb"));
    const QString releasedPath = base + QStringLiteral("release/ps1/") + notebook + QStringLiteral(".ipynb");
    auto expected = NotebookReader::readFile(releasedPath);
    QVERIFY(header && source && expected);

    ReleaseOptions options;
    options.header = header.value();
    auto released = ReleaseGenerator::generateNotebook(source.value(), options);
    QVERIFY2(released, released ? "" : qPrintable(released.error().message));
    QVERIFY(released.value().warnings.isEmpty());

    const QString difference = semanticDifference(released.value(), expected.value());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(NotebookWriter::serialize(released.value()), readBytes(releasedPath));
}

void ReleaseGeneratorTest::realWorldCourses_matchNbgraderRelease_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("notebook");
    QTest::addColumn<QString>("codeStub");
    const QString mlStub =
        QStringLiteral("##### Implement this part of the code #####\n"
                       "raise NotImplementedError(\"Code not implemented, follow the instructions.\")");
    const QString ml = QStringLiteral("realworld-nbgrader/pbutenee-ml-tutorial/1");
    for (const char *name : {"anomaly_detection", "feature_engineering", "index", "machine_learning", "notebook_intro",
                             "recommendation_engine"}) {
        QTest::addRow("ml-tutorial %s (custom two-line stub)", name) << ml << QString::fromLatin1(name) << mlStub;
    }
    QTest::newRow("pyrosetta 03.01 (one-line stub, toc metadata)")
        << QStringLiteral("realworld-nbgrader/rosettacommons-pyrosetta-notebooks/03.01-Score-Function-Basics")
        << QStringLiteral("03.01-Score-Function-Basics") << QStringLiteral("YOUR-CODE-HERE");
    QTest::newRow("rl-course ex04 (default stub, many locked cells)")
        << QStringLiteral("realworld-nbgrader/upb-lea-rl-course/ex04") << QStringLiteral("Monte-Carlo_Methods")
        << QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()");
}

void ReleaseGeneratorTest::realWorldCourses_matchNbgraderRelease()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QFETCH(QString, folder);
    QFETCH(QString, notebook);
    QFETCH(QString, codeStub);
    const QString file = notebook + QStringLiteral(".ipynb");
    auto source = NotebookReader::readFile(notebookFixture(folder + QStringLiteral("/source/") + file));
    const QString releasedPath = notebookFixture(folder + QStringLiteral("/release/") + file);
    auto expected = NotebookReader::readFile(releasedPath);
    QVERIFY(source && expected);

    ReleaseOptions options;
    options.codeStubs.insert(QStringLiteral("python"), codeStub);
    auto released = ReleaseGenerator::generateNotebook(source.value(), options);
    QVERIFY2(released, released ? "" : qPrintable(released.error().message));
    const QString difference = semanticDifference(released.value(), expected.value());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(NotebookWriter::serialize(released.value()), readBytes(releasedPath));
}

void ReleaseGeneratorTest::nbgraderSourceFixtures_release_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("checksummed");
    QTest::newRow("canonical v3 source") << QStringLiteral("nbgrader/tests-preprocessors/test.ipynb") << 9;
    QTest::newRow("task cell source") << QStringLiteral("nbgrader/tests-preprocessors/test_taskcell.ipynb") << 10;
    QTest::newRow("manually graded code cell")
        << QStringLiteral("nbgrader/tests-preprocessors/manually-graded-code-cell.ipynb") << 1;
}

// No oracle release exists for these; they must release, and every nbgrader cell must carry a
// checksum that matches its released source.
void ReleaseGeneratorTest::nbgraderSourceFixtures_release()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QFETCH(QString, fixture);
    QFETCH(int, checksummed);
    auto source = NotebookReader::readFile(notebookFixture(fixture));
    QVERIFY(source);
    auto released = ReleaseGenerator::generateNotebook(source.value());
    QVERIFY2(released, released ? "" : qPrintable(released.error().message));
    auto reread = NotebookReader::parse(NotebookWriter::serialize(released.value()));
    QVERIFY(reread);
    int count = 0;
    for (const Cell &cell : reread.value().cells) {
        QVERIFY(!cell.source.contains(QLatin1String("BEGIN SOLUTION")));
        QVERIFY(!cell.source.contains(QLatin1String("BEGIN HIDDEN TESTS")));
        if (isChecksummedCell(cell)) {
            ++count;
            QCOMPARE(cell.nbgrader.checksum, nbgraderChecksum(cell));
            QCOMPARE(cell.nbgrader.cellType, cell.effectiveTypeName());
        }
    }
    QCOMPARE(count, checksummed);
}

void ReleaseGeneratorTest::scanRegions_followsNbgraderLineRules_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("withStub");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("strayEnds");
    const QString nbsp(QChar(0xA0));
    const QString separator(QChar(0x1C));
    QTest::newRow("no region: text unchanged")
        << QStringLiteral("a\n\nb\n") << true << Status::Ok << QStringLiteral("a\n\nb\n") << 0 << 0;
    QTest::newRow("removal mode drops the region and both delimiters")
        << QStringLiteral("a\nx BEGIN y\nsecret\nEND\nb") << false << Status::Ok << QStringLiteral("a\nb") << 0 << 0;
    QTest::newRow("no-break space counts as indentation (Python \\s)")
        << (nbsp + QStringLiteral("BEGIN\nx\nEND")) << true << Status::Ok
        << (nbsp + QStringLiteral("S1\n") + nbsp + QStringLiteral("S2")) << 0 << 0;
    QTest::newRow("U+001C counts as indentation too (Python, not QChar::isSpace)")
        << (separator + QStringLiteral("BEGIN\nEND")) << true << Status::Ok
        << (separator + QStringLiteral("S1\n") + separator + QStringLiteral("S2")) << 0 << 0;
    QTest::newRow("nested BEGIN names its line")
        << QStringLiteral("a\nBEGIN\nb\nBEGIN\nEND") << true << Status::Nested << QString() << 4 << 0;
    QTest::newRow("unterminated names the BEGIN line")
        << QStringLiteral("a\nb\nBEGIN\nc") << true << Status::Unterminated << QString() << 3 << 0;
    QTest::newRow("END lines outside a region are counted and dropped")
        << QStringLiteral("END\na\nEND") << true << Status::Ok << QStringLiteral("a") << 0 << 2;
}

void ReleaseGeneratorTest::scanRegions_followsNbgraderLineRules()
{
    QFETCH(QString, source);
    QFETCH(bool, withStub);
    QFETCH(Status, status);
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, strayEnds);
    const auto stub =
        withStub ? std::optional<QStringList>({QStringLiteral("S1"), QStringLiteral("S2")}) : std::nullopt;
    const ReleaseRegionScan scan = scanReleaseRegions(source, QStringLiteral("BEGIN"), QStringLiteral("END"), stub);
    QCOMPARE(scan.status, status);
    QCOMPARE(scan.line, line);
    if (status == Status::Ok) {
        QCOMPARE(scan.text, text);
        QCOMPARE(scan.strayEnds, strayEnds);
    }
}

void ReleaseGeneratorTest::solutionRegion_becomesIndentedStub_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("python region indented by four spaces")
        << codeCell(
               R"(["def f():\n", "    ### BEGIN SOLUTION\n", "    return 1\n", "    ### END SOLUTION\n", "x = 1"])",
               kSolutionMeta)
        << QStringLiteral("def f():\n    # YOUR CODE HERE\n    raise NotImplementedError()\nx = 1");
    QTest::newRow("tab indentation is copied to every stub line")
        << codeCell(R"("if x:\n\t# BEGIN SOLUTION\n\ty = 2\n\t# END SOLUTION")", kSolutionMeta)
        << QStringLiteral("if x:\n\t# YOUR CODE HERE\n\traise NotImplementedError()");
    QTest::newRow("another comment mark still matches (substring)")
        << codeCell(R"("// BEGIN SOLUTION\nint x = 1;\n// END SOLUTION")", kSolutionMeta)
        << QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()");
    QTest::newRow("two regions, code between kept")
        << codeCell(R"("### BEGIN SOLUTION\na\n### END SOLUTION\nkeep\n### BEGIN SOLUTION\nb\n### END SOLUTION")",
                    kSolutionMeta)
        << QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()\nkeep\n# YOUR CODE HERE\nraise "
                          "NotImplementedError()");
    QTest::newRow("markdown region with html comments gets the text stub")
        << markdownCell(R"("Intro\n<!-- BEGIN SOLUTION -->\nanswer\n<!-- END SOLUTION -->\nOutro")",
                        meta(true, true, false, "essay", ", \"points\": 2"))
        << QStringLiteral("Intro\nYOUR ANSWER HERE\nOutro");
    QTest::newRow("CRLF lines keep their carriage returns")
        << codeCell(R"("a\r\n  ### BEGIN SOLUTION\r\n  b\r\n  ### END SOLUTION\r\nc")", kSolutionMeta)
        << QStringLiteral("a\r\n  # YOUR CODE HERE\n  raise NotImplementedError()\nc");
    QTest::newRow("trailing newline after END survives as an empty last line")
        << codeCell(R"("### BEGIN SOLUTION\nx\n### END SOLUTION\n")", kSolutionMeta)
        << QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()\n");
}

void ReleaseGeneratorTest::solutionRegion_becomesIndentedStub()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, expected);
    const Notebook released = generateOk(notebookJson(cell));
    QCOMPARE(released.cells.size(), 1);
    QCOMPARE(released.cells.first().source, expected);
}

void ReleaseGeneratorTest::solutionCellWithoutRegion_isReplacedWhole_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("code solution cell") << codeCell(R"("answer = 42")", kSolutionMeta)
                                        << QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()");
    QTest::newRow("markdown answer cell")
        << markdownCell(R"("The answer")", meta(true, true, false, "a", ", \"points\": 1"))
        << QStringLiteral("YOUR ANSWER HERE");
    QTest::newRow("raw solution cell gets the text stub")
        << QByteArray(R"({"cell_type": "raw", "metadata": {"nbgrader": )" + kSolutionMeta + R"(}, "source": "x"})")
        << QStringLiteral("YOUR ANSWER HERE");
    QTest::newRow("ordinary cell is untouched") << codeCell("\"print(1)\"") << QStringLiteral("print(1)");
}

void ReleaseGeneratorTest::solutionCellWithoutRegion_isReplacedWhole()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, expected);
    const Notebook released = generateOk(notebookJson(cell));
    QCOMPARE(released.cells.size(), 1);
    QCOMPARE(released.cells.first().source, expected);
}

void ReleaseGeneratorTest::hiddenTestsAndMarkScheme_areRemoved_checksumAfterRemoval()
{
    const QByteArray tests =
        codeCell(R"(["assert f() == 1\n", "### BEGIN HIDDEN TESTS\n", "assert f() != 2\n", "### END HIDDEN TESTS"])",
                 kTestsMeta);
    const QByteArray task =
        markdownCell(R"("Plot it.\n=== BEGIN MARK SCHEME ===\nAxes labelled: 1 point\n=== END MARK SCHEME ===")",
                     meta(false, false, true, "plot", ", \"points\": 1, \"task\": true"));
    QList<ReleaseCellRecord> records;
    const Notebook released = generateOk(notebookJson(tests + ", " + task), {}, &records);
    QCOMPARE(released.cells.size(), 2);
    const Cell &testCell = released.cells.at(0);
    QCOMPARE(testCell.source, QStringLiteral("assert f() == 1"));
    QCOMPARE(testCell.nbgrader.checksum, nbgraderChecksum(testCell));
    QCOMPARE(released.cells.at(1).source, QStringLiteral("Plot it."));

    // SaveCells sees the source before the hidden tests go: autograding restores it from there.
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).gradeId, QStringLiteral("tests"));
    QVERIFY(records.at(0).source.contains(QLatin1String("assert f() != 2")));
    QVERIFY(records.at(0).grade && records.at(0).locked && !records.at(0).solution);
    QVERIFY(records.at(0).checksum != testCell.nbgrader.checksum);
    QCOMPARE(records.at(0).points, std::optional<double>(1.0));
    QVERIFY(records.at(1).task && records.at(1).locked);
    QVERIFY(records.at(1).source.contains(QLatin1String("MARK SCHEME")));
}

void ReleaseGeneratorTest::lockCells_setDeletableAndEditable_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QJsonValue>("deletable");
    QTest::addColumn<QJsonValue>("editable");
    const QJsonValue absent(QJsonValue::Undefined);
    QTest::newRow("solution cell: not deletable, still editable")
        << codeCell("\"x\"", kSolutionMeta) << QJsonValue(false) << absent;
    QTest::newRow("grade + solution cell: not deletable, editable")
        << codeCell("\"x\"", meta(true, true, false, "g", ", \"points\": 1")) << QJsonValue(false) << absent;
    QTest::newRow("grade-only (tests) cell: locked both ways")
        << codeCell("\"x\"", kTestsMeta) << QJsonValue(false) << QJsonValue(false);
    QTest::newRow("read-only cell: locked both ways")
        << markdownCell("\"x\"", meta(false, false, true, "ro")) << QJsonValue(false) << QJsonValue(false);
    QTest::newRow("task cell: locked both ways")
        << markdownCell("\"x\"", meta(false, false, true, "t", ", \"points\": 1, \"task\": true")) << QJsonValue(false)
        << QJsonValue(false);
    QTest::newRow("nbgrader cell with every flag off: untouched")
        << codeCell("\"x\"", meta(false, false, false, "")) << absent << absent;
    QTest::newRow("ordinary cell: untouched") << codeCell("\"x\"") << absent << absent;
}

void ReleaseGeneratorTest::lockCells_setDeletableAndEditable()
{
    QFETCH(QByteArray, cell);
    QFETCH(QJsonValue, deletable);
    QFETCH(QJsonValue, editable);
    const Notebook released = generateOk(notebookJson(cell));
    QCOMPARE(released.cells.size(), 1);
    const QJsonObject metadata = released.cells.first().metadata;
    QCOMPARE(metadata.value(QStringLiteral("deletable")), deletable);
    QCOMPARE(metadata.value(QStringLiteral("editable")), editable);
}

void ReleaseGeneratorTest::clearOutput_clearsOutputsCountAndViewMetadata()
{
    const QByteArray cell = R"({"cell_type": "code", "execution_count": 7,
        "metadata": {"collapsed": true, "scrolled": "auto", "tags": ["keep"], "jupyter": {"source_hidden": true}},
        "outputs": [{"output_type": "stream", "name": "stdout", "text": ["1.5\n"]},
                    {"output_type": "execute_result", "execution_count": 7, "data": {"text/plain": ["2.0"]},
                     "metadata": {}}],
        "source": "print(1.5)\n2.0"})";
    const Notebook released = generateOk(notebookJson(cell));
    QCOMPARE(released.cells.size(), 1);
    const Cell &out = released.cells.first();
    QVERIFY(out.outputs.isEmpty());
    QVERIFY(!out.executionCount);
    QVERIFY(!out.metadata.contains(QStringLiteral("collapsed")));
    QVERIFY(!out.metadata.contains(QStringLiteral("scrolled")));
    QCOMPARE(out.tags, QStringList{QStringLiteral("keep")});
    QVERIFY(out.metadata.contains(QStringLiteral("jupyter")));
    const QByteArray written = NotebookWriter::serialize(released);
    QVERIFY(written.contains("\"outputs\": []"));
    QVERIFY(written.contains("\"execution_count\": null"));
    // Sources are written the way nbformat writes them: a list of lines.
    QVERIFY(written.contains("\"print(1.5)\\n\",\n    \"2.0\""));
}

void ReleaseGeneratorTest::notebookMetadata_keptExceptCelltoolbarAndTransientKeys()
{
    const QByteArray metadata = R"({"celltoolbar": "Create Assignment", "signature": "sha256:x",
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python", "version": "3.11.2"}, "toc": {"number_sections": true}})";
    const Notebook released = generateOk(notebookJson(codeCell("\"x\""), metadata));
    QStringList keys = released.metadata.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("kernelspec"), QStringLiteral("language_info"), QStringLiteral("toc")}));
    QCOMPARE(released.metadata.value(QStringLiteral("kernelspec")).toObject().value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("python3")));
}

void ReleaseGeneratorTest::language_picksCodeStubFromKernelspec()
{
    const QByteArray r = R"({"kernelspec": {"display_name": "R", "language": "R", "name": "ir"},
                             "language_info": {"name": "python"}})";
    Notebook released = generateOk(notebookJson(codeCell("\"x <- 1\"", kSolutionMeta), r));
    QCOMPARE(released.cells.size(), 1);
    QCOMPARE(released.cells.first().source, QStringLiteral("# YOUR CODE HERE\nfail()"));

    // No kernelspec language: python, whatever language_info says (nbgrader reads the kernelspec only).
    const QByteArray noLanguage = R"({"language_info": {"name": "julia"}})";
    released = generateOk(notebookJson(codeCell("\"x = 1\"", kSolutionMeta), noLanguage));
    QCOMPARE(released.cells.size(), 1);
    QCOMPARE(released.cells.first().source, QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()"));
}

void ReleaseGeneratorTest::strayEnd_isDroppedWithWarning()
{
    const Notebook released = generateOk(notebookJson(codeCell(R"("a = 1\n### END SOLUTION\nb = 2")")));
    QCOMPARE(released.cells.size(), 1);
    QCOMPARE(released.cells.first().source, QStringLiteral("a = 1\nb = 2"));
    QCOMPARE(released.warnings.size(), 1);
    QVERIFY(released.warnings.first().contains(QLatin1String("END SOLUTION")));
}

void ReleaseGeneratorTest::enforceMetadataOff_allowsRegionsAnywhere()
{
    ReleaseOptions options;
    options.enforceMetadata = false;
    const QByteArray source =
        R"("### BEGIN SOLUTION\nx\n### END SOLUTION\n### BEGIN HIDDEN TESTS\nt\n### END HIDDEN TESTS")";
    const Notebook released = generateOk(notebookJson(codeCell(source)), options);
    QCOMPARE(released.cells.size(), 1);
    QCOMPARE(released.cells.first().source, QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()"));
}

void ReleaseGeneratorTest::changedCellType_isWarnedAndRecordedAnew()
{
    const Notebook released =
        generateOk(notebookJson(codeCell("\"x\"", meta(false, false, true, "ro", ", \"cell_type\": \"markdown\""))));
    QCOMPARE(released.cells.size(), 1);
    QCOMPARE(released.warnings.size(), 1);
    QCOMPARE(released.cells.first().nbgrader.cellType, QStringLiteral("code"));
}

void ReleaseGeneratorTest::headerAndFooter_wrapTheCellsAndAreReleasedToo()
{
    ReleaseOptions options;
    options.header = parse(notebookJson(markdownCell(R"("# Header")")));
    options.header->path = QStringLiteral("/course/source/header.ipynb");
    options.footer = parse(notebookJson(markdownCell(R"("Done?")", meta(false, false, true, "footer_note"))));
    const QByteArray kernel = R"({"kernelspec": {"language": "python", "name": "python3"}})";
    const Notebook released = generateOk(notebookJson(codeCell(R"("x = 1")", kSolutionMeta), kernel), options);
    QCOMPARE(released.cells.size(), 3);
    QCOMPARE(released.cells.at(0).source, QStringLiteral("# Header"));
    QCOMPARE(released.cells.at(1).source, QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()"));
    const Cell &footer = released.cells.at(2);
    QCOMPARE(footer.nbgrader.checksum, nbgraderChecksum(footer));
    QCOMPARE(footer.metadata.value(QStringLiteral("editable")), QJsonValue(false));
    // The notebook keeps its own metadata, not the header's.
    QCOMPARE(released.metadata.value(QStringLiteral("kernelspec")).toObject().value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("python3")));

    // Header cells take part in the checks, and a refusal says the cell came from the header.
    options.header = parse(notebookJson(codeCell(R"("y = 2")", kSolutionMeta)));
    options.header->path = QStringLiteral("/course/source/header.ipynb");
    auto refused =
        ReleaseGenerator::generateNotebook(parse(notebookJson(codeCell(R"("x = 1")", kSolutionMeta))), options);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("header.ipynb (header of test.ipynb), cell 1")),
             qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(ReleaseGeneratorTest)
#include "releasegenerator_test.moc"
