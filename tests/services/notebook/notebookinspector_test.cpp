// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/notebook/checksum.h>
#include <services/notebook/notebookinspector.h>
#include <services/notebook/notebookreader.h>
#include <tests/support/testsupport.h>

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace GradeDesk::Services;
using GradeDesk::Tests::notebookFixture;

class NotebookInspectorTest final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void submittedNotebook_reportsChecksumsAndChanges();
    void otterNotebook_reportsQuestions();
    void inMemoryNotebook_hasEveryKey();
};

void NotebookInspectorTest::submittedNotebook_reportsChecksumsAndChanges()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const QString path = notebookFixture(QStringLiteral("nbgrader/tests-apps/submitted-changed.ipynb"));
    const auto notebook = NotebookReader::readFile(path);
    QVERIFY(notebook.ok());
    const QJsonObject report = inspectNotebook(notebook.value());
    QCOMPARE(report.value(QStringLiteral("path")).toString(), path);
    QCOMPARE(report.value(QStringLiteral("nbformat")).toString(),
             QStringLiteral("4.%1").arg(notebook.value().nbformatMinor));
    QCOMPARE(report.value(QStringLiteral("language")).toString(), QStringLiteral("python"));
    QVERIFY(report.value(QStringLiteral("has_nbgrader")).toBool());

    const QJsonArray cells = report.value(QStringLiteral("cells")).toArray();
    QCOMPARE(cells.size(), notebook.value().cells.size());
    const QJsonObject first = cells.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("index")).toInt(), 0);
    QCOMPARE(first.value(QStringLiteral("changed")).toBool(), true); // answered solution cell
    QVERIFY(first.value(QStringLiteral("nbgrader")).toObject().value(QStringLiteral("solution")).toBool());
    QCOMPARE(first.value(QStringLiteral("computed_checksum")).toString(),
             nbgraderChecksum(notebook.value().cells.at(0)));
    QVERIFY(first.value(QStringLiteral("recorded_checksum")).toString() !=
            first.value(QStringLiteral("computed_checksum")).toString());

    int unchanged = 0;
    for (const QJsonValue &value : cells) {
        const QJsonObject cell = value.toObject();
        if (cell.value(QStringLiteral("nbgrader")).isNull()) {
            QVERIFY(cell.value(QStringLiteral("changed")).isNull());
            QVERIFY(cell.value(QStringLiteral("computed_checksum")).isNull());
        }
        if (cell.value(QStringLiteral("changed")) == QJsonValue(false)) {
            ++unchanged;
            QCOMPARE(cell.value(QStringLiteral("recorded_checksum")), cell.value(QStringLiteral("computed_checksum")));
        }
    }
    QCOMPARE(unchanged, 4);
}

void NotebookInspectorTest::otterNotebook_reportsQuestions()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const auto notebook =
        NotebookReader::readFile(notebookFixture(QStringLiteral("otter/assign-output/example/student/example.ipynb")));
    QVERIFY(notebook.ok());
    const QJsonObject report = inspectNotebook(notebook.value());
    QVERIFY(report.value(QStringLiteral("is_otter")).toBool());
    const QJsonArray questions = report.value(QStringLiteral("otter_questions")).toArray();
    QCOMPARE(questions.size(), notebook.value().otterQuestions.size());
    const QJsonObject q1 = questions.at(0).toObject();
    QCOMPARE(q1.value(QStringLiteral("name")).toString(), QStringLiteral("q1"));
    QCOMPARE(q1.value(QStringLiteral("cells")).toArray(), QJsonArray({2, 3, 4}));
    QCOMPARE(q1.value(QStringLiteral("tests")).toArray().size(), 4);
    QVERIFY(q1.value(QStringLiteral("points")).isNull());
}

void NotebookInspectorTest::inMemoryNotebook_hasEveryKey()
{
    Notebook notebook;
    Cell cell;
    cell.type = CellType::Code;
    cell.source = QStringLiteral("x = 1");
    cell.nbgrader.present = true;
    cell.nbgrader.grade = true;
    cell.nbgrader.gradeId = QStringLiteral("t");
    cell.nbgrader.points = 1;
    Output output;
    output.type = Output::Type::Stream;
    cell.outputs.append(output);
    notebook.cells.append(cell);

    const QJsonObject report = inspectNotebook(notebook);
    for (const char *key : {"path", "nbformat", "nbformat_major", "nbformat_minor", "language", "has_nbgrader",
                            "is_otter", "warnings", "cells", "otter_questions"}) {
        QVERIFY2(report.contains(QLatin1String(key)), key);
    }
    QCOMPARE(report.value(QStringLiteral("nbformat")).toString(), QStringLiteral("4.5"));
    const QJsonObject cellReport = report.value(QStringLiteral("cells")).toArray().at(0).toObject();
    for (const char *key : {"index", "id", "cell_type", "tags", "execution_count", "output_count", "output_types",
                            "nbgrader", "recorded_checksum", "computed_checksum", "changed"}) {
        QVERIFY2(cellReport.contains(QLatin1String(key)), key);
    }
    QCOMPARE(cellReport.value(QStringLiteral("output_types")).toArray(), QJsonArray{QStringLiteral("stream")});
    QVERIFY(cellReport.value(QStringLiteral("changed")).isNull());
    QCOMPARE(cellReport.value(QStringLiteral("computed_checksum")).toString(), nbgraderChecksum(cell));
    const QJsonObject nbgrader = cellReport.value(QStringLiteral("nbgrader")).toObject();
    QCOMPARE(nbgrader.value(QStringLiteral("points")).toDouble(), 1.0);
    QVERIFY(nbgrader.value(QStringLiteral("locked_for_checksum")).toBool());
    QVERIFY(nbgrader.value(QStringLiteral("checksum")).isNull());
}

QTEST_GUILESS_MAIN(NotebookInspectorTest)
#include "notebookinspector_test.moc"
