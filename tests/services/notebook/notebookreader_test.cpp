// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "notebookfixtures.h"

#include <services/notebook/nbgradermetadata.h>
#include <services/notebook/notebookreader.h>
#include <tests/support/testsupport.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace GradeDesk::Services;
using GradeDesk::Tests::notebookFixture;

class NotebookReaderTest final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyFixture_loadsOrGivesClearError_data();
    void everyFixture_loadsOrGivesClearError();
    void parseWholeCorpus_reportsTime();
    void badInput_givesTypedError_data();
    void badInput_givesTypedError();
    void malformedJson_reportsLineColumnAndOffset();
    void missingFile_givesIoError();
    void futureMinor_loadsWithWarningsAndKeepsUnknownParts();
    void noMinorVersion_readsAsZero();
    void multilineStrings_areJoined_data();
    void multilineStrings_areJoined();
    void v0Metadata_isUpgraded();
    void v3Metadata_isRead();
    void invalidNbgraderMetadata_warnsButLoads_data();
    void invalidNbgraderMetadata_warnsButLoads();
    void nbgraderWrongTypes_warnAndFallBack();
    void cellIdProblems_warn_data();
    void cellIdProblems_warn();
    void tagsAndLanguage_areRead();
    void outputs_areParsed();
    void floatWrittenWholeNumbers_areRemembered();
};

void NotebookReaderTest::everyFixture_loadsOrGivesClearError_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("expectLoad");
    if (GradeDesk::Tests::fixturesDir().isEmpty()) {
        QSKIP(qPrintable(GradeDesk::Tests::missingFixturesReason()));
    }
    // Files that must fail, and why: older nbformat majors, nbgrader schema 10, and nbformat's
    // deliberately invalid notebook (a markdown cell without source).
    const QStringList mustFail = {
        QStringLiteral("nbformat-edge/test2.ipynb"),
        QStringLiteral("nbformat-edge/test3.ipynb"),
        QStringLiteral("nbformat-edge/test3_no_metadata.ipynb"),
        QStringLiteral("nbformat-edge/test3_no_min_version.ipynb"),
        QStringLiteral("nbformat-edge/test3_no_worksheets.ipynb"),
        QStringLiteral("nbformat-edge/test3_worksheet_with_no_cells.ipynb"),
        QStringLiteral("nbformat-edge/invalid.ipynb"),
        QStringLiteral("nbgrader/tests-apps/too-new.ipynb"),
    };
    for (const QString &relative : GradeDesk::Tests::allNotebookFixtures()) {
        QTest::newRow(qPrintable(relative)) << notebookFixture(relative) << !mustFail.contains(relative);
    }
}

void NotebookReaderTest::everyFixture_loadsOrGivesClearError()
{
    QFETCH(QString, path);
    QFETCH(bool, expectLoad);
    const auto notebook = NotebookReader::readFile(path);
    if (expectLoad) {
        QVERIFY2(notebook.ok(), notebook.ok() ? "" : qPrintable(notebook.error().message));
        QCOMPARE(notebook.value().nbformat, 4);
        QCOMPARE(notebook.value().path, path);
    } else {
        QVERIFY(!notebook.ok());
        QVERIFY2(notebook.error().message.contains(QFileInfo(path).fileName()), qPrintable(notebook.error().message));
        QVERIFY(!notebook.error().detail.isEmpty());
    }
}

void NotebookReaderTest::parseWholeCorpus_reportsTime()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QList<QByteArray> contents;
    qint64 bytes = 0;
    for (const QString &relative : GradeDesk::Tests::allNotebookFixtures()) {
        QFile file(notebookFixture(relative));
        QVERIFY(file.open(QIODevice::ReadOnly));
        contents.append(file.readAll());
        bytes += contents.constLast().size();
    }
    QElapsedTimer timer;
    timer.start();
    int loaded = 0;
    for (const QByteArray &content : std::as_const(contents)) {
        loaded += NotebookReader::parse(content).ok() ? 1 : 0;
    }
    const qint64 elapsed = timer.elapsed();
    qInfo("parsed %lld notebooks (%lld loaded, %.1f MB) in %lld ms", qlonglong(contents.size()), qlonglong(loaded),
          double(bytes) / (1024 * 1024), qlonglong(elapsed));
    QVERIFY(loaded > 150);
}

void NotebookReaderTest::badInput_givesTypedError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<QString>("detailContains");

    const auto row = [](const char *name, const QByteArray &json, ServiceError::Kind kind, const char *detail) {
        QTest::newRow(name) << json << QString() << kind << QString::fromLatin1(detail);
    };
    const auto fixtureRow = [](const char *name, const char *fixture, ServiceError::Kind kind, const char *detail) {
        QTest::newRow(name) << QByteArray() << QString::fromLatin1(fixture) << kind << QString::fromLatin1(detail);
    };
    const QByteArray cell = R"({"cell_type": "markdown", "metadata": {}, "source": "x"})";
    const auto wrap = [](const QByteArray &cells) -> QByteArray {
        return R"({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [)" + cells + "]}";
    };

    row("truncated JSON is a parse error", R"({"nbformat": 4, "cells": [)", ServiceError::Kind::Parse, "byte offset");
    row("empty input is a parse error", "", ServiceError::Kind::Parse, "byte offset");
    row("trailing garbage is a parse error", wrap(cell) + "}", ServiceError::Kind::Parse, "byte offset");
    row("a JSON array is not a notebook", "[1, 2]", ServiceError::Kind::Validation, "not an object");
    row("nbformat 5 is unsupported", R"({"nbformat": 5, "nbformat_minor": 0, "cells": []})",
        ServiceError::Kind::Unsupported, "unsupported nbformat 5");
    row("nbformat 1 is unsupported", R"({"nbformat": 1, "cells": []})", ServiceError::Kind::Unsupported,
        "unsupported nbformat 1");
    row("missing nbformat", R"({"nbformat_minor": 5, "cells": []})", ServiceError::Kind::Validation,
        "missing key 'nbformat'");
    row("nbformat as a string", R"({"nbformat": "4", "cells": []})", ServiceError::Kind::Validation, "'nbformat'");
    row("nbformat_minor as a fraction", R"({"nbformat": 4, "nbformat_minor": 4.5, "cells": []})",
        ServiceError::Kind::Validation, "'nbformat_minor'");
    row("missing cells", R"({"nbformat": 4, "nbformat_minor": 5, "metadata": {}})", ServiceError::Kind::Validation,
        "missing key 'cells'");
    row("cells as an object", R"({"nbformat": 4, "nbformat_minor": 5, "cells": {}})", ServiceError::Kind::Validation,
        "'cells' is not an array");
    row("metadata as a list", R"({"nbformat": 4, "nbformat_minor": 5, "metadata": [], "cells": []})",
        ServiceError::Kind::Validation, "'metadata' is not an object");
    row("a cell that is a string", wrap(R"("text")"), ServiceError::Kind::Validation, "cells[0] is not an object");
    row("cell without cell_type", wrap(R"({"metadata": {}, "source": ""})"), ServiceError::Kind::Validation,
        "cells[0].cell_type");
    row("cell without source names the second cell", wrap(cell + R"(, {"cell_type": "code", "metadata": {}})"),
        ServiceError::Kind::Validation, "cells[1].source missing");
    row("source as a number", wrap(R"({"cell_type": "code", "metadata": {}, "source": 42})"),
        ServiceError::Kind::Validation, "cells[0].source");
    row("source list holding a number", wrap(R"({"cell_type": "code", "metadata": {}, "source": ["a", 1]})"),
        ServiceError::Kind::Validation, "cells[0].source");
    row("cell metadata as a string", wrap(R"({"cell_type": "raw", "metadata": "x", "source": ""})"),
        ServiceError::Kind::Validation, "cells[0].metadata");
    row("cell id as a number", wrap(R"({"id": 7, "cell_type": "raw", "metadata": {}, "source": ""})"),
        ServiceError::Kind::Validation, "cells[0].id");
    row("outputs as an object",
        wrap(R"({"cell_type": "code", "metadata": {}, "source": "", "outputs": {}, "execution_count": null})"),
        ServiceError::Kind::Validation, "cells[0].outputs");
    row("execution_count as a string",
        wrap(R"({"cell_type": "code", "metadata": {}, "source": "", "outputs": [], "execution_count": "1"})"),
        ServiceError::Kind::Validation, "execution_count");
    row("output without output_type",
        wrap(R"({"cell_type": "code", "metadata": {}, "source": "", "outputs": [{"text": "x"}]})"),
        ServiceError::Kind::Validation, "cells[0].outputs[0]: output_type");
    row("stream without text",
        wrap(R"({"cell_type": "code", "metadata": {}, "source": "", "outputs": [{"output_type": "stream"}]})"),
        ServiceError::Kind::Validation, "stream text");
    row("traceback holding a number",
        wrap(R"({"cell_type": "code", "metadata": {}, "source": "", "outputs": [{"output_type": "error", )"
             R"("ename": "E", "evalue": "", "traceback": ["a", 2]}]})"),
        ServiceError::Kind::Validation, "traceback entry");
    row("display data as a list",
        wrap(R"({"cell_type": "code", "metadata": {}, "source": "", "outputs": [{"output_type": "display_data", )"
             R"("data": [], "metadata": {}}]})"),
        ServiceError::Kind::Validation, "data/metadata");
    row("nbgrader schema 4 is unsupported",
        wrap(R"({"cell_type": "code", "metadata": {"nbgrader": {"schema_version": 4, "grade": false}}, "source": ""})"),
        ServiceError::Kind::Unsupported, "schema_version 4");

    GRADEDESK_REQUIRE_FIXTURES();
    fixtureRow("nbformat 3 fixture", "nbformat-edge/test3.ipynb", ServiceError::Kind::Unsupported,
               "unsupported nbformat 3");
    fixtureRow("nbformat 2 fixture", "nbformat-edge/test2.ipynb", ServiceError::Kind::Unsupported,
               "unsupported nbformat 2");
    fixtureRow("nbgrader schema 10 fixture", "nbgrader/tests-apps/too-new.ipynb", ServiceError::Kind::Unsupported,
               "schema_version 10");
    fixtureRow("nbformat invalid fixture: markdown without source", "nbformat-edge/invalid.ipynb",
               ServiceError::Kind::Validation, "source missing");
}

void NotebookReaderTest::badInput_givesTypedError()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fixture);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(QString, detailContains);

    const QString path = fixture.isEmpty() ? QStringLiteral("/courses/ps1/bad.ipynb") : notebookFixture(fixture);
    const auto notebook =
        fixture.isEmpty() ? NotebookReader::parse(json, path) : NotebookReader::readFile(notebookFixture(fixture));
    QVERIFY(!notebook.ok());
    QCOMPARE(kindName(notebook.error().kind), kindName(kind));
    QVERIFY2(notebook.error().detail.contains(detailContains), qPrintable(notebook.error().detail));
    QVERIFY2(notebook.error().message.contains(QFileInfo(path).fileName()), qPrintable(notebook.error().message));
}

void NotebookReaderTest::malformedJson_reportsLineColumnAndOffset()
{
    const QByteArray json = "{\n \"nbformat\": 4,\n \"cells\": [}\n";
    const auto notebook = NotebookReader::parse(json, QStringLiteral("broken.ipynb"));
    QVERIFY(!notebook.ok());
    QCOMPARE(notebook.error().kind, ServiceError::Kind::Parse);
    QVERIFY2(notebook.error().message.contains(QStringLiteral("line 3, column")), qPrintable(notebook.error().message));
    QVERIFY(notebook.error().message.contains(QStringLiteral("broken.ipynb")));
    QVERIFY2(notebook.error().detail.contains(QStringLiteral("byte offset")), qPrintable(notebook.error().detail));
}

void NotebookReaderTest::missingFile_givesIoError()
{
    const auto notebook = NotebookReader::readFile(QStringLiteral("/nonexistent/dir/nothing.ipynb"));
    QVERIFY(!notebook.ok());
    QCOMPARE(notebook.error().kind, ServiceError::Kind::Io);
    QVERIFY(notebook.error().message.contains(QStringLiteral("nothing.ipynb")));
}

void NotebookReaderTest::futureMinor_loadsWithWarningsAndKeepsUnknownParts()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const auto notebook = NotebookReader::readFile(notebookFixture(QStringLiteral("nbformat-edge/test4plus.ipynb")));
    QVERIFY(notebook.ok());
    const Notebook &nb = notebook.value();
    QCOMPARE(nb.nbformatMinor, 99);
    QVERIFY(!nb.warnings.isEmpty());
    QVERIFY(nb.warnings.constFirst().contains(QStringLiteral("4.99")));
    bool unknownCell = false;
    bool unknownOutput = false;
    for (const Cell &cell : nb.cells) {
        unknownCell = unknownCell || (cell.type == CellType::Unknown && cell.typeName == QLatin1String("future cell"));
        for (const Output &output : cell.outputs) {
            unknownOutput = unknownOutput || output.type == Output::Type::Unknown;
        }
    }
    QVERIFY(unknownCell);
    QVERIFY(unknownOutput);
    QCOMPARE(nb.raw.value(QStringLiteral("extra")).toString(), QStringLiteral("future"));
}

void NotebookReaderTest::noMinorVersion_readsAsZero()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const auto notebook =
        NotebookReader::readFile(notebookFixture(QStringLiteral("nbformat-edge/no_min_version.ipynb")));
    QVERIFY(notebook.ok());
    QCOMPARE(notebook.value().nbformatMinor, 0);
}

void NotebookReaderTest::multilineStrings_areJoined_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a plain string") << QByteArray(R"("a\nb")") << QStringLiteral("a\nb");
    QTest::newRow("a list of lines") << QByteArray(R"(["a\n", "b"])") << QStringLiteral("a\nb");
    QTest::newRow("an empty list") << QByteArray("[]") << QString();
    QTest::newRow("non-ASCII text") << QByteArray(R"(["å ä ö\n", "\u20ac"])") << QStringLiteral("å ä ö\n€");
}

void NotebookReaderTest::multilineStrings_areJoined()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    const QByteArray json = R"({"nbformat": 4, "nbformat_minor": 4, "metadata": {}, "cells": [)"
                            R"({"cell_type": "code", "metadata": {}, "execution_count": null, "source": )" +
                            source + R"(, "outputs": [{"output_type": "stream", "name": "stdout", "text": )" + source +
                            "}]}]}";
    const auto notebook = NotebookReader::parse(json);
    QVERIFY2(notebook.ok(), notebook.ok() ? "" : qPrintable(notebook.error().detail));
    QCOMPARE(notebook.value().cells.at(0).source, expected);
    QCOMPARE(notebook.value().cells.at(0).outputs.at(0).text, expected);
}

void NotebookReaderTest::v0Metadata_isUpgraded()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const auto notebook =
        NotebookReader::readFile(notebookFixture(QStringLiteral("nbgrader/tests-apps/test-v0.ipynb")));
    QVERIFY(notebook.ok());
    const QList<Cell> &cells = notebook.value().cells;
    QCOMPARE(cells.size(), 17);

    // {"grade": false, "grade_id": "jupyter", "locked": true, "solution": false}
    QCOMPARE(cells.at(0).nbgrader.schemaVersion, 0);
    QVERIFY(cells.at(0).nbgrader.locked);
    QCOMPARE(cells.at(0).nbgrader.gradeId, QStringLiteral("jupyter"));
    // {"grade_id": "squares", "solution": true}: missing booleans read as false.
    QVERIFY(cells.at(2).nbgrader.solution);
    QVERIFY(!cells.at(2).nbgrader.grade);
    QVERIFY(!cells.at(2).nbgrader.locked);
    QVERIFY(!cells.at(2).nbgrader.points.has_value());
    // {"grade": true, "grade_id": "correct_squares", "points": "1"}: points as a string.
    QVERIFY(cells.at(5).nbgrader.grade);
    QCOMPARE(cells.at(5).nbgrader.points, std::optional<double>(1.0));
    QVERIFY(cells.at(5).nbgrader.isLockedForChecksum());
    QCOMPARE(cells.at(11).nbgrader.points, std::optional<double>(0.5));
    QCOMPARE(cells.at(14).nbgrader.points, std::optional<double>(1.0));
    QCOMPARE(cells.at(16).nbgrader.points, std::optional<double>(2.0));
    // {"grade": false, "solution": false}: kept (present), but no nbgrader role.
    QVERIFY(cells.at(1).nbgrader.present);
    QVERIFY(!cells.at(1).nbgrader.isGradeCell() && !cells.at(1).nbgrader.isSolutionCell());
    QVERIFY(!cells.at(1).nbgrader.isLockedForChecksum());
}

void NotebookReaderTest::v3Metadata_isRead()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const auto notebook =
        NotebookReader::readFile(notebookFixture(QStringLiteral("nbgrader/tests-preprocessors/test_taskcell.ipynb")));
    QVERIFY(notebook.ok());
    bool foundTask = false;
    for (const Cell &cell : notebook.value().cells) {
        if (cell.nbgrader.task) {
            foundTask = true;
            QCOMPARE(cell.type, CellType::Markdown);
            QCOMPARE(cell.nbgrader.schemaVersion, 3);
            QCOMPARE(cell.nbgrader.points, std::optional<double>(2.0));
            QVERIFY(cell.nbgrader.isTaskCell());
        }
    }
    QVERIFY(foundTask);
    QVERIFY(notebook.value().hasNbgraderMetadata());

    const auto released =
        NotebookReader::readFile(notebookFixture(QStringLiteral("nbgrader/course101/release/ps1/problem1.ipynb")));
    QVERIFY(released.ok());
    int withChecksum = 0;
    for (const Cell &cell : released.value().cells) {
        if (!cell.nbgrader.checksum.isEmpty()) {
            ++withChecksum;
            QCOMPARE(cell.nbgrader.checksum.size(), 32);
            QCOMPARE(cell.nbgrader.cellType, cell.typeName);
        }
    }
    QVERIFY(withChecksum > 3);
    QVERIFY(released.value().warnings.isEmpty());
}

void NotebookReaderTest::invalidNbgraderMetadata_warnsButLoads_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("warningContains");
    QTest::newRow("blank grade id") << QStringLiteral("nbgrader/tests-preprocessors/blank-grade-id.ipynb")
                                    << QStringLiteral("blank grade_id");
    QTest::newRow("grade cell without points")
        << QStringLiteral("nbgrader/tests-preprocessors/blank-points.ipynb") << QStringLiteral("no points");
    QTest::newRow("duplicate grade ids") << QStringLiteral("nbgrader/tests-preprocessors/duplicate-grade-ids.ipynb")
                                         << QStringLiteral("share the grade_id");
    QTest::newRow("markdown graded but not a solution")
        << QStringLiteral("nbgrader/tests-preprocessors/bad-markdown-cell-1.ipynb")
        << QStringLiteral("is graded but is not a solution");
    QTest::newRow("markdown solution but not graded")
        << QStringLiteral("nbgrader/tests-preprocessors/bad-markdown-cell-2.ipynb")
        << QStringLiteral("is a solution cell but is not graded");
    QTest::newRow("cell type changed by the student")
        << QStringLiteral("nbgrader/tests-preprocessors/cell-type-changed.ipynb") << QStringLiteral("was released as");
    QTest::newRow("otter BEGIN QUESTION without END")
        << QStringLiteral("otter/misc/no-close-tag-test.ipynb") << QStringLiteral("never ends");
}

void NotebookReaderTest::invalidNbgraderMetadata_warnsButLoads()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QFETCH(QString, fixture);
    QFETCH(QString, warningContains);
    const auto notebook = NotebookReader::readFile(notebookFixture(fixture));
    QVERIFY2(notebook.ok(), notebook.ok() ? "" : qPrintable(notebook.error().message));
    const QStringList warnings = notebook.value().warnings;
    QVERIFY2(!warnings.filter(warningContains).isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(validateNbgraderMetadata(notebook.value()).size(),
             qsizetype(warnings.size() - warnings.filter(QStringLiteral("otter")).size()));
}

void NotebookReaderTest::nbgraderWrongTypes_warnAndFallBack()
{
    const QByteArray json = R"({"nbformat": 4, "nbformat_minor": 4, "metadata": {}, "cells": [
        {"cell_type": "code", "metadata": {"nbgrader": {"schema_version": 3, "grade": "yes", "solution": true,
         "locked": false, "grade_id": "a", "points": "lots"}}, "source": "", "outputs": [], "execution_count": null},
        {"cell_type": "code", "metadata": {"nbgrader": [1]}, "source": "", "outputs": [], "execution_count": null},
        {"cell_type": "code", "metadata": {"nbgrader": {"schema_version": 3, "grade": true, "solution": false,
         "locked": false, "grade_id": "b", "points": -2}}, "source": "", "outputs": [], "execution_count": null}
    ]})";
    const auto notebook = NotebookReader::parse(json);
    QVERIFY(notebook.ok());
    const Notebook &nb = notebook.value();
    QVERIFY(!nb.cells.at(0).nbgrader.grade);
    QVERIFY(nb.cells.at(0).nbgrader.solution);
    QVERIFY(!nb.cells.at(0).nbgrader.points);
    QVERIFY(!nb.cells.at(1).nbgrader.present);
    QCOMPARE(nb.cells.at(2).nbgrader.points, std::optional<double>(0.0));
    QVERIFY(nb.warnings.size() >= 4);
    QVERIFY(!nb.warnings.filter(QStringLiteral("Cell 0")).isEmpty());
    QVERIFY(!nb.warnings.filter(QStringLiteral("Cell 1")).isEmpty());
    QVERIFY(!nb.warnings.filter(QStringLiteral("Cell 2")).isEmpty());
}

void NotebookReaderTest::cellIdProblems_warn_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("warningContains");
    QTest::newRow("illegal characters") << QStringLiteral("nbformat-edge/invalid_cell_id.ipynb")
                                        << QStringLiteral("does not allow");
    QTest::newRow("duplicate ids") << QStringLiteral("nbformat-edge/invalid_unique_cell_id.ipynb")
                                   << QStringLiteral("the same id");
    QTest::newRow("4.5 without ids") << QStringLiteral("nbformat-edge/v4_5_no_cell_id.ipynb")
                                     << QStringLiteral("has no id");
}

void NotebookReaderTest::cellIdProblems_warn()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QFETCH(QString, fixture);
    QFETCH(QString, warningContains);
    const auto notebook = NotebookReader::readFile(notebookFixture(fixture));
    QVERIFY(notebook.ok());
    QVERIFY2(!notebook.value().warnings.filter(warningContains).isEmpty(),
             qPrintable(notebook.value().warnings.join(QLatin1Char('\n'))));
}

void NotebookReaderTest::tagsAndLanguage_areRead()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const auto tags = NotebookReader::readFile(notebookFixture(QStringLiteral("render-edge/notebook_tags.ipynb")));
    QVERIFY(tags.ok());
    QCOMPARE(tags.value().cells.at(0).tags,
             QStringList({QStringLiteral("mycelltag"), QStringLiteral("mysecondcelltag")}));
    QVERIFY(tags.value().cells.at(1).tags.isEmpty());
    QCOMPARE(tags.value().language(), QStringLiteral("python"));

    const auto julia = NotebookReader::readFile(notebookFixture(QStringLiteral("render-edge/notebook_jl.ipynb")));
    QVERIFY(julia.ok());
    QCOMPARE(julia.value().language(), QStringLiteral("julia"));

    const auto r =
        NotebookReader::readFile(notebookFixture(QStringLiteral("otter/assign-output/r/student/r-example.ipynb")));
    QVERIFY(r.ok());
    QCOMPARE(r.value().language(), QStringLiteral("R"));
    QVERIFY(r.value().isOtter());

    Notebook empty;
    QCOMPARE(empty.language(), QStringLiteral("python"));
    QVERIFY(!empty.isOtter());
    QVERIFY(!empty.hasNbgraderMetadata());
}

void NotebookReaderTest::outputs_areParsed()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const auto notebook = NotebookReader::readFile(
        notebookFixture(QStringLiteral("nbgrader/course101/autograded/bitdiddle/ps1/problem1.ipynb")));
    QVERIFY(notebook.ok());
    int errors = 0;
    for (const Cell &cell : notebook.value().cells) {
        for (const Output &output : cell.outputs) {
            if (output.type == Output::Type::Error) {
                ++errors;
                QVERIFY(!output.ename.isEmpty());
                QVERIFY(!output.traceback.isEmpty());
            }
        }
    }
    QVERIFY(errors > 0);

    const auto png = NotebookReader::readFile(notebookFixture(QStringLiteral("render-edge/pngmetadata.ipynb")));
    QVERIFY(png.ok());
    bool foundPng = false;
    for (const Cell &cell : png.value().cells) {
        for (const Output &output : cell.outputs) {
            if (output.data.contains(QStringLiteral("image/png"))) {
                foundPng = true;
                QVERIFY(output.data.value(QStringLiteral("image/png")).isString());
            }
        }
    }
    QVERIFY(foundPng);
}

void NotebookReaderTest::floatWrittenWholeNumbers_areRemembered()
{
    const QByteArray json = R"({"nbformat": 4, "nbformat_minor": 4, "metadata": {"a": {"x/y": 2.0, "n": 3}},
        "cells": [{"cell_type": "code", "metadata": {"nbgrader": {"points": 1.0, "grade": true}, "w": [1, 1e2]},
                   "source": "", "outputs": [], "execution_count": null}]})";
    const auto notebook = NotebookReader::parse(json);
    QVERIFY(notebook.ok());
    QCOMPARE(notebook.value().floatNumberPaths, QStringList{QStringLiteral("/metadata/a/x~1y")});
    QCOMPARE(notebook.value().cells.at(0).floatNumberPaths,
             QStringList({QStringLiteral("/metadata/nbgrader/points"), QStringLiteral("/metadata/w/1")}));
}

QTEST_GUILESS_MAIN(NotebookReaderTest)
#include "notebookreader_test.moc"
