// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "notebookfixtures.h"

#include <services/notebook/checksum.h>
#include <services/notebook/jupyterjson.h>
#include <services/notebook/notebookreader.h>
#include <services/notebook/notebookwriter.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using GradeDesk::Tests::notebookFixture;

namespace {

// Compares the structured model; returns the first difference, empty when equal.
QString difference(const Notebook &a, const Notebook &b)
{
    if (a.nbformat != b.nbformat || a.nbformatMinor != b.nbformatMinor) {
        return QStringLiteral("nbformat");
    }
    if (a.metadata != b.metadata) {
        return QStringLiteral("notebook metadata");
    }
    if (a.cells.size() != b.cells.size()) {
        return QStringLiteral("cell count");
    }
    for (qsizetype i = 0; i < a.cells.size(); ++i) {
        const Cell &x = a.cells.at(i);
        const Cell &y = b.cells.at(i);
        const QString where = QStringLiteral("cell %1: ").arg(i);
        if (x.type != y.type || x.typeName != y.typeName || x.id != y.id || x.source != y.source) {
            return where + QStringLiteral("type, id or source");
        }
        if (x.metadata != y.metadata || x.tags != y.tags || x.executionCount != y.executionCount) {
            return where + QStringLiteral("metadata, tags or execution count");
        }
        const NbgraderCellMeta &m = x.nbgrader;
        const NbgraderCellMeta &n = y.nbgrader;
        if (m.present != n.present || m.schemaVersion != n.schemaVersion || m.grade != n.grade ||
            m.solution != n.solution || m.locked != n.locked || m.task != n.task || m.gradeId != n.gradeId ||
            m.points != n.points || m.checksum != n.checksum || m.cellType != n.cellType) {
            return where + QStringLiteral("nbgrader metadata");
        }
        if (x.outputs.size() != y.outputs.size()) {
            return where + QStringLiteral("output count");
        }
        for (qsizetype j = 0; j < x.outputs.size(); ++j) {
            const Output &o = x.outputs.at(j);
            const Output &p = y.outputs.at(j);
            if (o.type != p.type || o.typeName != p.typeName || o.streamName != p.streamName || o.text != p.text ||
                o.data != p.data || o.metadata != p.metadata || o.ename != p.ename || o.evalue != p.evalue ||
                o.traceback != p.traceback || o.executionCount != p.executionCount) {
                return where + QStringLiteral("output %1").arg(j);
            }
        }
    }
    return {};
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class NotebookWriterTest final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip_keepsTheModel_data();
    void roundTrip_keepsTheModel();
    void roundTrip_countsByteIdenticalFixtures();
    void jupyterWrittenFixture_isByteIdentical();
    void changedFields_areWrittenAndUnknownMetadataKept();
    void nbgraderMetadata_overlayKeepsFileSpelling();
    void inMemoryNotebook_isWrittenAndReRead();
    void jupyterJson_formatsLikePython_data();
    void jupyterJson_formatsLikePython();
    void writeFile_isAtomicAndReportsErrors();
};

void NotebookWriterTest::roundTrip_keepsTheModel_data()
{
    QTest::addColumn<QString>("path");
    if (GradeDesk::Tests::fixturesDir().isEmpty()) {
        QSKIP(qPrintable(GradeDesk::Tests::missingFixturesReason()));
    }
    for (const QString &relative : GradeDesk::Tests::allNotebookFixtures()) {
        QTest::newRow(qPrintable(relative)) << notebookFixture(relative);
    }
}

void NotebookWriterTest::roundTrip_keepsTheModel()
{
    QFETCH(QString, path);
    const auto original = NotebookReader::readFile(path);
    if (!original.ok()) {
        QSKIP("not a loadable notebook (covered by notebookreader_test)");
    }
    const QByteArray written = NotebookWriter::serialize(original.value());
    const auto reread = NotebookReader::parse(written, path);
    QVERIFY2(reread.ok(), reread.ok() ? "" : qPrintable(reread.error().detail));
    const QString diff = difference(original.value(), reread.value());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // Writing is stable: a second pass gives the same bytes.
    QCOMPARE(NotebookWriter::serialize(reread.value()), written);
}

void NotebookWriterTest::roundTrip_countsByteIdenticalFixtures()
{
    GRADEDESK_REQUIRE_FIXTURES();
    int loaded = 0;
    int identical = 0;
    QStringList different;
    for (const QString &relative : GradeDesk::Tests::allNotebookFixtures()) {
        const QByteArray bytes = readBytes(notebookFixture(relative));
        const auto notebook = NotebookReader::parse(bytes);
        if (!notebook.ok()) {
            continue;
        }
        ++loaded;
        if (NotebookWriter::serialize(notebook.value()) == bytes) {
            ++identical;
        } else {
            different.append(relative);
        }
    }
    qInfo("%d of %d loadable fixtures round-trip byte for byte; different: %s", identical, loaded,
          qPrintable(different.join(QStringLiteral(", "))));
    // 178 of the 186 loadable fixtures. The rest have hand-made key order or indentation, or lack keys
    // nbformat requires and the writer adds (nbformat_minor; outputs/execution_count on a code cell).
    QVERIFY(identical >= 178);
}

void NotebookWriterTest::jupyterWrittenFixture_isByteIdentical()
{
    GRADEDESK_REQUIRE_FIXTURES();
    for (const char *relative :
         {"nbgrader/course101/release/ps1/problem1.ipynb", "nbgrader/course101/submitted/hacker/ps1/problem1.ipynb",
          "nbgrader/tests-apps/test-v0.ipynb", "realworld/ds100-sp22/lec11.ipynb",
          "otter/misc/different-language-encoding-test.ipynb"}) {
        const QString path = notebookFixture(QString::fromLatin1(relative));
        const QByteArray bytes = readBytes(path);
        const auto notebook = NotebookReader::parse(bytes, path);
        QVERIFY(notebook.ok());
        QVERIFY2(NotebookWriter::serialize(notebook.value()) == bytes, relative);
    }
}

void NotebookWriterTest::changedFields_areWrittenAndUnknownMetadataKept()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const auto read =
        NotebookReader::readFile(notebookFixture(QStringLiteral("nbgrader/course101/release/ps1/problem1.ipynb")));
    QVERIFY(read.ok());
    Notebook notebook = read.value();
    int solutionIndex = -1;
    for (qsizetype i = 0; i < notebook.cells.size(); ++i) {
        if (notebook.cells.at(i).nbgrader.isSolutionCell() && notebook.cells.at(i).type == CellType::Code) {
            solutionIndex = int(i);
            break;
        }
    }
    QVERIFY(solutionIndex >= 0);
    Cell &cell = notebook.cells[solutionIndex];
    cell.source = QStringLiteral("def squares(n):\n    return [i * i for i in range(1, n + 1)]\n");
    cell.metadata.insert(QStringLiteral("gradedesk_unknown"), QJsonObject{{QStringLiteral("k"), 1}});
    cell.tags = QStringList{QStringLiteral("answered")};
    cell.nbgrader.points = 3.5;
    cell.nbgrader.grade = true;
    notebook.metadata.insert(QStringLiteral("custom"), QStringLiteral("kept"));

    const QByteArray written = NotebookWriter::serialize(notebook);
    const QJsonObject document = QJsonDocument::fromJson(written).object();
    const QJsonObject cellJson = document.value(QStringLiteral("cells")).toArray().at(solutionIndex).toObject();
    const QJsonObject metadata = cellJson.value(QStringLiteral("metadata")).toObject();
    QCOMPARE(cellJson.value(QStringLiteral("source")).toArray().size(), 2);
    QCOMPARE(cellJson.value(QStringLiteral("source")).toArray().at(0).toString(), QStringLiteral("def squares(n):\n"));
    QCOMPARE(metadata.value(QStringLiteral("gradedesk_unknown")).toObject().value(QStringLiteral("k")).toInt(), 1);
    QCOMPARE(metadata.value(QStringLiteral("tags")).toArray().at(0).toString(), QStringLiteral("answered"));
    QCOMPARE(metadata.value(QStringLiteral("deletable")).toBool(true), false); // LockCells' key survives
    const QJsonObject nbgrader = metadata.value(QStringLiteral("nbgrader")).toObject();
    QCOMPARE(nbgrader.value(QStringLiteral("points")).toDouble(), 3.5);
    QCOMPARE(nbgrader.value(QStringLiteral("grade")).toBool(), true);
    QCOMPARE(nbgrader.value(QStringLiteral("checksum")).toString(), cell.nbgrader.checksum);
    QCOMPARE(document.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("custom")).toString(),
             QStringLiteral("kept"));

    const auto reread = NotebookReader::parse(written);
    QVERIFY(reread.ok());
    QCOMPARE(reread.value().cells.at(solutionIndex).source, cell.source);
    QVERIFY(isCellChanged(reread.value().cells.at(solutionIndex)));

    // Removing all tags removes the key.
    notebook.cells[solutionIndex].tags.clear();
    const QJsonObject untagged = QJsonDocument::fromJson(NotebookWriter::serialize(notebook))
                                     .object()
                                     .value(QStringLiteral("cells"))
                                     .toArray()
                                     .at(solutionIndex)
                                     .toObject()
                                     .value(QStringLiteral("metadata"))
                                     .toObject();
    QVERIFY(!untagged.contains(QStringLiteral("tags")));
}

void NotebookWriterTest::nbgraderMetadata_overlayKeepsFileSpelling()
{
    const QByteArray json = R"({"cells": [{"cell_type": "code", "execution_count": null, "metadata": {"nbgrader": )"
                            R"({"grade": true, "grade_id": "a", "points": "1", "extra": "x"}}, "outputs": [], )"
                            R"("source": "x = 1"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4})";
    const auto read = NotebookReader::parse(json);
    QVERIFY(read.ok());
    Notebook notebook = read.value();
    QCOMPARE(notebook.cells.at(0).nbgrader.points, std::optional<double>(1.0));

    // Unchanged: the v0 spelling ("points": "1", no schema_version, a string source) stays.
    QJsonObject nbgrader = NotebookWriter::toJson(notebook)
                               .value(QStringLiteral("cells"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("metadata"))
                               .toObject()
                               .value(QStringLiteral("nbgrader"))
                               .toObject();
    QCOMPARE(nbgrader.value(QStringLiteral("points")).toString(), QStringLiteral("1"));
    QVERIFY(!nbgrader.contains(QStringLiteral("schema_version")));
    QVERIFY(!nbgrader.contains(QStringLiteral("task")));
    QCOMPARE(nbgrader.value(QStringLiteral("extra")).toString(), QStringLiteral("x"));

    // Changed: only the changed fields are replaced.
    notebook.cells[0].nbgrader.points = 2.0;
    notebook.cells[0].nbgrader.checksum = QStringLiteral("0123456789abcdef0123456789abcdef");
    nbgrader = NotebookWriter::toJson(notebook)
                   .value(QStringLiteral("cells"))
                   .toArray()
                   .at(0)
                   .toObject()
                   .value(QStringLiteral("metadata"))
                   .toObject()
                   .value(QStringLiteral("nbgrader"))
                   .toObject();
    QCOMPARE(nbgrader.value(QStringLiteral("points")).toDouble(), 2.0);
    QCOMPARE(nbgrader.value(QStringLiteral("checksum")).toString(), notebook.cells.at(0).nbgrader.checksum);
    QCOMPARE(nbgrader.value(QStringLiteral("extra")).toString(), QStringLiteral("x"));

    // Dropping nbgrader metadata removes the key.
    notebook.cells[0].nbgrader = NbgraderCellMeta{};
    const QJsonObject metadata = NotebookWriter::toJson(notebook)
                                     .value(QStringLiteral("cells"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("metadata"))
                                     .toObject();
    QVERIFY(!metadata.contains(QStringLiteral("nbgrader")));
}

void NotebookWriterTest::inMemoryNotebook_isWrittenAndReRead()
{
    Notebook notebook;
    notebook.metadata.insert(QStringLiteral("kernelspec"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("python3")},
                                         {QStringLiteral("language"), QStringLiteral("python")},
                                         {QStringLiteral("display_name"), QStringLiteral("Python 3")}});
    Cell markdown;
    markdown.type = CellType::Markdown;
    markdown.id = QStringLiteral("intro");
    markdown.source = QStringLiteral("# Übung 1\n\nLöse die Aufgabe.");
    Cell code;
    code.type = CellType::Code;
    code.source = QStringLiteral("def f(x):\n    ### BEGIN SOLUTION\n    return x\n    ### END SOLUTION\n");
    code.nbgrader.present = true;
    code.nbgrader.solution = true;
    code.nbgrader.grade = true;
    code.nbgrader.gradeId = QStringLiteral("f");
    code.nbgrader.points = 2;
    code.tags = QStringList{QStringLiteral("demo")};
    code.executionCount = 3;
    Output stream;
    stream.type = Output::Type::Stream;
    stream.streamName = QStringLiteral("stdout");
    stream.text = QStringLiteral("one\ntwo\n");
    Output result;
    result.type = Output::Type::ExecuteResult;
    result.executionCount = 3;
    result.data.insert(QStringLiteral("text/plain"), QStringLiteral("42"));
    result.data.insert(QStringLiteral("text/html"), QStringLiteral("<b>42</b>\n<i>!</i>"));
    result.data.insert(QStringLiteral("application/json"), QJsonObject{{QStringLiteral("a"), 1}});
    Output error;
    error.type = Output::Type::Error;
    error.ename = QStringLiteral("ValueError");
    error.evalue = QStringLiteral("bad");
    error.traceback = QStringList{QStringLiteral("\x1b[31mValueError\x1b[0m: bad")};
    code.outputs = {stream, result, error};
    notebook.cells = {markdown, code};

    const QByteArray written = NotebookWriter::serialize(notebook);
    QVERIFY(written.endsWith("}\n"));
    QVERIFY(written.contains("\"# \xc3\x9c"
                             "bung 1\\n\","));       // UTF-8 kept, source split into lines
    QVERIFY(written.contains("\"id\": \"cell-1\"")); // 4.5 requires an id
    QVERIFY(written.contains("\\u001b[31m"));
    QVERIFY(written.contains("\"schema_version\": 3"));

    const auto reread = NotebookReader::parse(written);
    QVERIFY2(reread.ok(), reread.ok() ? "" : qPrintable(reread.error().detail));
    const Notebook &back = reread.value();
    QCOMPARE(back.cells.size(), 2);
    QCOMPARE(back.cells.at(0).id, QStringLiteral("intro"));
    QCOMPARE(back.cells.at(0).source, markdown.source);
    QCOMPARE(back.cells.at(1).source, code.source);
    QCOMPARE(back.cells.at(1).tags, code.tags);
    QCOMPARE(back.cells.at(1).executionCount, std::optional<int>(3));
    QCOMPARE(back.cells.at(1).nbgrader.points, std::optional<double>(2.0));
    QVERIFY(back.cells.at(1).nbgrader.isGradeCell() && back.cells.at(1).nbgrader.isSolutionCell());
    QCOMPARE(back.cells.at(1).outputs.size(), 3);
    QCOMPARE(back.cells.at(1).outputs.at(0).text, stream.text);
    QCOMPARE(back.cells.at(1).outputs.at(1).data, result.data);
    QCOMPARE(back.cells.at(1).outputs.at(2).traceback, error.traceback);
    QVERIFY(back.warnings.isEmpty());
    QCOMPARE(NotebookWriter::serialize(back), written);
}

void NotebookWriterTest::jupyterJson_formatsLikePython_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("keys sorted, one-space indent") << QByteArray(R"({"b": 1, "a": [true, null]})")
                                                   << QByteArray("{\n \"a\": [\n  true,\n  null\n ],\n \"b\": 1\n}");
    QTest::newRow("empty containers stay inline")
        << QByteArray(R"({"a": {}, "b": []})") << QByteArray("{\n \"a\": {},\n \"b\": []\n}");
    QTest::newRow("control characters escaped in lower-case hex")
        << QByteArray(R"(["\u0001\t\"\\/"])") << QByteArray("[\n \"\\u0001\\t\\\"\\\\/\"\n]");
    QTest::newRow("non-ASCII kept as UTF-8")
        << QByteArray(R"(["\u00e5\u20ac"])") << QByteArray("[\n \"\xc3\xa5\xe2\x82\xac\"\n]");
    QTest::newRow("floats use Python repr")
        << QByteArray("[0.5, 1e-05, 2.5e+20]") << QByteArray("[\n 0.5,\n 1e-05,\n 2.5e+20\n]");
}

void NotebookWriterTest::jupyterJson_formatsLikePython()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QJsonDocument document = QJsonDocument::fromJson(input);
    QVERIFY(!document.isNull());
    const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    QCOMPARE(toJupyterJson(value), expected);
}

void NotebookWriterTest::writeFile_isAtomicAndReportsErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Notebook notebook;
    Cell cell;
    cell.type = CellType::Raw;
    cell.source = QStringLiteral("raw");
    notebook.cells.append(cell);
    const QString path = dir.filePath(QStringLiteral("out.ipynb"));
    QVERIFY(NotebookWriter::writeFile(notebook, path).ok());
    QCOMPARE(readBytes(path), NotebookWriter::serialize(notebook));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.ipynb")});

    const auto failed = NotebookWriter::writeFile(notebook, dir.filePath(QStringLiteral("missing/dir/out.ipynb")));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ServiceError::Kind::Io);
    QVERIFY(failed.error().message.contains(QStringLiteral("out.ipynb")));
}

QTEST_GUILESS_MAIN(NotebookWriterTest)
#include "notebookwriter_test.moc"
