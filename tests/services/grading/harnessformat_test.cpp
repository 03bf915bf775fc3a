// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/grading/autogradeharness.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;

namespace {

// base64(gzip(json)) of a one-notebook result with "executed": {"ps1": "{\"cells\": []}"}, made with Python's gzip.
constexpr QByteArrayView kPackedResult =
    "H4sIAAAAAAACA4WPywrDIBBFfyW4LqVZdJNfaYJMdZqW+GidEQKSf6+aEAhddHmPx+s1iTGARo00yScEh0Sia9pTI4iBYwmbITKz+RhGLLBEQuWdr"
    "hfO15ydZ7x7PxVyS8KBreqbWnEoxBlV5L+Vl5wVGrPV1RnypYv6WRuVD7irFmZ5JA5Rk7TgIpgMH2AIM/"
    "aRld+mAdHvjmUoFjOG8vJQ4765a1L9URZTv+"
    "7rV00syxd92C24TwEAAA==";

QByteArray fullResult(const QString &outcome = QStringLiteral("passed"), const QString &score = QStringLiteral("1.0"))
{
    return QStringLiteral(R"({"gradedesk_harness":1,"status":"graded","message":"","seconds":2.5,"notebooks":[
        {"name":"ps1","status":"executed","message":"","seconds":2.0,
         "cells":[{"grade_id":"q1","score":%2,"max_score":1.0,"needs_manual":false,"outcome":"%1","message":"m"}],
         "otter":[{"name":"q1","score":1.0,"max_score":2.0,"tests":[
            {"name":"q1 - 1","passed":true,"hidden":false,"points":1.0,"message":""},
            {"name":"q1 - 2","passed":false,"hidden":true,"points":1.0,"message":"Expected"}]}]}]})")
        .arg(outcome, score)
        .toUtf8();
}

} // namespace

class HarnessFormatTest : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void script_isEmbeddedPython()
    {
        const QByteArray script = AutogradeHarness::script();
        QVERIFY(script.startsWith("#!/usr/bin/env python3"));
        QVERIFY(script.contains("GRADEDESK-RESULT-V1"));
    }

    void installedPath_writesOnceAndReusesTheCopy()
    {
        QTemporaryDir cache;
        const Result<QString> first = AutogradeHarness::installedPath(cache.path());
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().detail));
        QFile file(first.value());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), AutogradeHarness::script());
        const Result<QString> second = AutogradeHarness::installedPath(cache.path());
        QVERIFY(second.ok());
        QCOMPARE(second.value(), first.value());
        QVERIFY(first.value().endsWith(QStringLiteral("/gradedesk_harness.py")));
    }

    void installedPath_unwritableFolder_isAnIoError()
    {
        QTemporaryDir cache;
        QFile blocker(cache.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Result<QString> path = AutogradeHarness::installedPath(cache.filePath(QStringLiteral("file")));
        QVERIFY(!path.ok());
        QCOMPARE(path.error().kind, ServiceError::Kind::Io);
    }

    void specJson_carriesEveryRecordedField()
    {
        AutogradePlan plan;
        plan.assignment = QStringLiteral("ps1");
        plan.limits.cellTimeoutSeconds = 7;
        plan.limits.maxOutputBytes = 1234;
        HarnessCellSpec cell;
        cell.gradeId = QStringLiteral("q1");
        cell.cellType = QStringLiteral("code");
        cell.grade = true;
        cell.locked = true;
        cell.points = 2.5;
        cell.source = QStringLiteral("assert f(1) == 2\n### BEGIN HIDDEN TESTS\nassert f(2) == 3");
        cell.checksum = QStringLiteral("abc");
        plan.notebooks.append({QStringLiteral("problem1"), {cell}});

        const QJsonObject root = QJsonDocument::fromJson(AutogradeHarness::specJson(plan)).object();
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("assignment")).toString(), QStringLiteral("ps1"));
        const QJsonObject limits = root.value(QLatin1String("limits")).toObject();
        QCOMPARE(limits.value(QLatin1String("cell_timeout")).toInt(), 7);
        QCOMPARE(limits.value(QLatin1String("max_output_bytes")).toInteger(), 1234);
        const QJsonObject notebook = root.value(QLatin1String("notebooks")).toArray().first().toObject();
        QCOMPARE(notebook.value(QLatin1String("name")).toString(), QStringLiteral("problem1"));
        const QJsonObject json = notebook.value(QLatin1String("cells")).toArray().first().toObject();
        QCOMPARE(json.value(QLatin1String("grade_id")).toString(), cell.gradeId);
        QCOMPARE(json.value(QLatin1String("cell_type")).toString(), cell.cellType);
        QCOMPARE(json.value(QLatin1String("grade")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("solution")).toBool(), false);
        QCOMPARE(json.value(QLatin1String("task")).toBool(), false);
        QCOMPARE(json.value(QLatin1String("locked")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("points")).toDouble(), 2.5);
        QCOMPARE(json.value(QLatin1String("source")).toString(), cell.source);
        QCOMPARE(json.value(QLatin1String("checksum")).toString(), cell.checksum);
    }

    void parseResult_fullForm_readsEveryField()
    {
        const Result<HarnessResult> result = AutogradeHarness::parseResult(fullResult());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        const HarnessResult &value = result.value();
        QVERIFY(!value.compact);
        QCOMPARE(value.status, QStringLiteral("graded"));
        QCOMPARE(value.seconds, 2.5);
        QCOMPARE(value.notebooks.size(), 1);
        const HarnessNotebookResult &notebook = value.notebooks.first();
        QCOMPARE(notebook.name, QStringLiteral("ps1"));
        QCOMPARE(notebook.cells.first().score, std::optional<double>(1.0));
        QCOMPARE(notebook.cells.first().message, QStringLiteral("m"));
        QCOMPARE(notebook.otter.first().tests.size(), 2);
        QVERIFY(notebook.otter.first().tests.at(1).hidden);
        QVERIFY(!notebook.otter.first().tests.at(1).passed);
    }

    void parseResult_nullScore_needsAPerson()
    {
        const Result<HarnessResult> result =
            AutogradeHarness::parseResult(fullResult(QStringLiteral("answered"), QStringLiteral("null")));
        QVERIFY(result.ok());
        QVERIFY(!result.value().notebooks.first().cells.first().score.has_value());
    }

    void parseResult_compactRoundTrip_keepsScores()
    {
        const HarnessResult full = AutogradeHarness::parseResult(fullResult()).value();
        const QByteArray compact = AutogradeHarness::resultToCompact(full);
        QVERIFY(compact.size() <= AutogradeHarness::CompactLimit);
        const Result<HarnessResult> parsed = AutogradeHarness::parseResult(compact);
        QVERIFY2(parsed.ok(), compact.constData());
        QVERIFY(parsed.value().compact);
        const HarnessNotebookResult &notebook = parsed.value().notebooks.first();
        QCOMPARE(notebook.cells.first().gradeId, QStringLiteral("q1"));
        QCOMPARE(notebook.cells.first().score, std::optional<double>(1.0));
        QCOMPARE(notebook.cells.first().outcome, QStringLiteral("passed"));
        QCOMPARE(notebook.otter.first().score, 1.0);
        QCOMPARE(notebook.otter.first().maxScore, 2.0);
    }

    void resultToCompact_tooLarge_isTheSeeLogMarker()
    {
        HarnessResult result;
        result.status = QStringLiteral("graded");
        HarnessNotebookResult notebook;
        notebook.name = QStringLiteral("ps1");
        notebook.status = QStringLiteral("executed");
        for (int i = 0; i < 300; ++i) {
            notebook.cells.append(
                {QStringLiteral("a-rather-long-grade-id-%1").arg(i), 1.0, 1.0, false, QStringLiteral("passed"), {}});
        }
        result.notebooks.append(notebook);
        const QByteArray compact = AutogradeHarness::resultToCompact(result);
        QVERIFY(compact.size() <= AutogradeHarness::CompactLimit);
        QVERIFY(AutogradeHarness::isSeeLogMarker(compact));
        const Result<HarnessResult> parsed = AutogradeHarness::parseResult(compact);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().detail, QStringLiteral("see_log"));
    }

    void parseResult_badInput_isRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ServiceError::Kind>("kind");
        const auto parse = ServiceError::Kind::Parse;
        QTest::newRow("not JSON") << QByteArray("{\"gradedesk_harness\":1,") << parse;
        QTest::newRow("an array") << QByteArray("[1]") << parse;
        QTest::newRow("neither form") << QByteArray(R"({"status":"graded"})") << parse;
        QTest::newRow("unknown status") << QByteArray(R"({"gradedesk_harness":1,"status":"great"})") << parse;
        QTest::newRow("status not a string") << QByteArray(R"({"gradedesk_harness":1,"status":3})") << parse;
        QTest::newRow("unknown outcome") << fullResult(QStringLiteral("magic")) << parse;
        QTest::newRow("score is text") << fullResult(QStringLiteral("passed"), QStringLiteral("\"1\"")) << parse;
        QTest::newRow("notebooks not an array")
            << QByteArray(R"({"gradedesk_harness":1,"status":"graded","notebooks":{}})") << parse;
        QTest::newRow("compact cell too short")
            << QByteArray(R"({"v":1,"s":"graded","n":[{"n":"a","s":"executed","c":[["q1",1.0]]}]})") << parse;
        QTest::newRow("compact unknown notebook status")
            << QByteArray(R"({"v":1,"s":"graded","n":[{"n":"a","s":"on fire","c":[]}]})") << parse;
        QTest::newRow("newer version") << QByteArray(R"({"gradedesk_harness":2,"status":"graded","notebooks":[]})")
                                       << ServiceError::Kind::Unsupported;
        QTest::newRow("see_log marker") << QByteArray(R"({"v":1,"s":"graded","see_log":true})")
                                        << ServiceError::Kind::Validation;
    }

    void parseResult_badInput_isRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(ServiceError::Kind, kind);
        const Result<HarnessResult> result = AutogradeHarness::parseResult(json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, kind);
        QVERIFY(!result.error().message.isEmpty());
    }

    void parseLog_findsTheLastResultLine()
    {
        const QByteArray log = QByteArray("student noise\nGRADEDESK-RESULT-V1 garbage-from-a-student\n") +
                               "GRADEDESK-RESULT-V1 " + kPackedResult.toByteArray() + "\n";
        const Result<HarnessLogResult> result = AutogradeHarness::parseLog(log);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        QCOMPARE(result.value().result.notebooks.first().name, QStringLiteral("ps1"));
        QCOMPARE(result.value().executedNotebooks.value(QStringLiteral("ps1")), QByteArray(R"({"cells": []})"));
        QVERIFY(!result.value().executedOmitted);
    }

    void parseLog_badLog_isAnError_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::newRow("no result line") << QByteArray("Traceback (most recent call last):\n");
        QTest::newRow("marker inside a line") << QByteArray("x GRADEDESK-RESULT-V1 ") + kPackedResult.toByteArray();
        QTest::newRow("not base64") << QByteArray("GRADEDESK-RESULT-V1 ***\n");
        QTest::newRow("truncated gzip") << QByteArray("GRADEDESK-RESULT-V1 ") + kPackedResult.first(120).toByteArray();
        QTest::newRow("base64 but not gzip") << QByteArray("GRADEDESK-RESULT-V1 aGVsbG8gd29ybGQ=\n");
    }

    void parseLog_badLog_isAnError()
    {
        QFETCH(QByteArray, log);
        QVERIFY(!AutogradeHarness::parseLog(log).ok());
    }

    void localArguments_optionalFlagsOnlyWhenGiven()
    {
        const QStringList minimal = AutogradeHarness::localArguments(QStringLiteral("/h.py"), QStringLiteral("/s.json"),
                                                                     QStringLiteral("/sub"), QStringLiteral("/out"));
        QCOMPARE(minimal, (QStringList{QStringLiteral("/h.py"), QStringLiteral("--spec"), QStringLiteral("/s.json"),
                                       QStringLiteral("--submission"), QStringLiteral("/sub"), QStringLiteral("--out"),
                                       QStringLiteral("/out")}));
        const QStringList full =
            AutogradeHarness::localArguments(QStringLiteral("/h.py"), QStringLiteral("/s.json"), QStringLiteral("/sub"),
                                             QStringLiteral("/out"), QStringLiteral("/files"), QStringLiteral("/t"));
        QVERIFY(full.contains(QStringLiteral("--assignment-files")));
        QVERIFY(full.contains(QStringLiteral("--termination-log")));
    }
};

QTEST_GUILESS_MAIN(HarnessFormatTest)
#include "harnessformat_test.moc"
