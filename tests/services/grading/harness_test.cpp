// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/grading/autogradeharness.h>
#include <services/grading/autoscore.h>
#include <services/notebook/checksum.h>
#include <services/notebook/notebookreader.h>
#include <tests/services/grading/harnesstesting.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    double seconds = 0.0;
};

Run runHarness(const QString &script, const QStringList &arguments, const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extra.keys()) {
        environment.insert(key, extra.value(key));
    }
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(harnessPython(), QStringList{script} + arguments);
    process.waitForFinished(900000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.seconds = timer.elapsed() / 1000.0;
    return run;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject codeCell(const QString &source, const QString &gradeId = {}, bool solution = false, double points = 1.0)
{
    QJsonObject cell{{QStringLiteral("cell_type"), QStringLiteral("code")},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("metadata"), QJsonObject()},
                     {QStringLiteral("outputs"), QJsonArray()},
                     {QStringLiteral("execution_count"), QJsonValue::Null}};
    if (!gradeId.isEmpty()) {
        cell.insert(QStringLiteral("metadata"),
                    QJsonObject{{QStringLiteral("nbgrader"), QJsonObject{{QStringLiteral("grade_id"), gradeId},
                                                                         {QStringLiteral("grade"), true},
                                                                         {QStringLiteral("solution"), solution},
                                                                         {QStringLiteral("locked"), !solution},
                                                                         {QStringLiteral("points"), points},
                                                                         {QStringLiteral("schema_version"), 3}}}});
    }
    return cell;
}

QByteArray notebookJson(const QJsonArray &cells)
{
    const QJsonObject kernelspec{{QStringLiteral("name"), QStringLiteral("python3")},
                                 {QStringLiteral("display_name"), QStringLiteral("Python 3")},
                                 {QStringLiteral("language"), QStringLiteral("python")}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("nbformat"), 4},
                           {QStringLiteral("nbformat_minor"), 5},
                           {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("kernelspec"), kernelspec}}},
                           {QStringLiteral("cells"), cells}})
        .toJson();
}

/// The spec record of a released cell: its source, and its checksum computed as nbgrader does.
HarnessCellSpec specOf(const QJsonObject &cellJson)
{
    const Notebook notebook = NotebookReader::parse(notebookJson({cellJson})).value();
    const Cell &cell = notebook.cells.first();
    HarnessCellSpec spec;
    spec.gradeId = cell.nbgrader.gradeId;
    spec.cellType = QStringLiteral("code");
    spec.grade = cell.nbgrader.grade;
    spec.solution = cell.nbgrader.solution;
    spec.locked = cell.nbgrader.isLockedForChecksum();
    spec.points = cell.nbgrader.points.value_or(0.0);
    spec.source = cell.source;
    spec.checksum = nbgraderChecksum(cell);
    return spec;
}

const HarnessCellResult *cellResult(const HarnessNotebookResult &notebook, const QString &gradeId)
{
    for (const HarnessCellResult &cell : notebook.cells) {
        if (cell.gradeId == gradeId) {
            return &cell;
        }
    }
    return nullptr;
}

} // namespace

class HarnessTest : public QObject
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

    void hostileSubmission_isGradedCellByCell();
    void manifestSubfolders_areRecreated();
    void badInput_exitsWithThree_data();
    void badInput_exitsWithThree();
    void outFolderUnusable_exitsWithFour();
    void largeResult_terminationLogSaysSeeLog();
    void assignmentNotebook_neverStandsInForAMissingOne();

private:
    QTemporaryDir m_cache;
    QString m_script;
};

void HarnessTest::hostileSubmission_isGradedCellByCell()
{
    REQUIRE_HARNESS_PYTHON();
    // One submission, manifest mode (as in a pod): every hostile case in two notebooks, so the
    // test starts only two kernels. "dies" kills its kernel; "missing" is absent; "broken" is not JSON.
    const QJsonObject loop = codeCell(QStringLiteral("while True:\n    pass"), QStringLiteral("loop"));
    const QJsonObject afterLoop = codeCell(QStringLiteral("assert ready == 1"), QStringLiteral("after_loop"));
    const QJsonObject flood = codeCell(QStringLiteral("print('y' * 3000000)"), QStringLiteral("flood"));
    const QJsonObject partial = codeCell(QStringLiteral("0.5"), QStringLiteral("partial"), false, 2.0);
    const QJsonObject tooHigh = codeCell(QStringLiteral("7"), QStringLiteral("too_high"), false, 2.0);
    const QJsonObject stderrCell =
        codeCell(QStringLiteral("import sys\nsys.stderr.write('oops')"), QStringLiteral("stderr"));
    const QJsonObject hidden = codeCell(QStringLiteral("assert ready == 1\n### BEGIN HIDDEN TESTS\nassert ready == 2, "
                                                       "'hidden'\n### END HIDDEN TESTS"),
                                        QStringLiteral("hidden"));
    const QJsonObject answer =
        codeCell(QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()"), QStringLiteral("answer"), true, 3.0);
    const QJsonObject plot =
        codeCell(QStringLiteral("import matplotlib.pyplot as plt\nplt.plot([1, 2])\n"
                                "plt.savefig('plot.png')\nassert open('data.csv').read() == 'a,b'"),
                 QStringLiteral("plot"));
    // Ignores the interrupt: the harness restarts the kernel after a second timeout.
    const QJsonObject stubborn = codeCell(QStringLiteral("import time\nwhile True:\n    try:\n        time.sleep(60)\n"
                                                         "    except KeyboardInterrupt:\n        pass"),
                                          QStringLiteral("stubborn"));
    const QJsonObject afterRestart =
        codeCell(QStringLiteral("assert 'ready' not in globals()"), QStringLiteral("after_restart"));
    QList<HarnessCellSpec> hostileSpecs;
    for (const QJsonObject &cell :
         {loop, afterLoop, flood, partial, tooHigh, stderrCell, hidden, answer, plot, stubborn, afterRestart}) {
        hostileSpecs.append(specOf(cell));
    }
    // The student's copy: hidden tests stripped, a locked test "fixed", the answer untouched.
    QJsonObject studentHidden = hidden;
    studentHidden.insert(QStringLiteral("source"), QStringLiteral("assert ready == 1"));
    QJsonObject tampered = stderrCell;
    tampered.insert(QStringLiteral("source"), QStringLiteral("pass"));
    const QByteArray hostile = notebookJson({codeCell(QStringLiteral("ready = 1")), loop, afterLoop, flood, partial,
                                             tooHigh, tampered, studentHidden, answer, plot, stubborn, afterRestart});
    const QJsonObject beforeDeath = codeCell(QStringLiteral("assert True"), QStringLiteral("before_death"));
    const QJsonObject death = codeCell(QStringLiteral("import os\nos._exit(1)"), QStringLiteral("death"));
    const QJsonObject afterDeath = codeCell(QStringLiteral("assert True"), QStringLiteral("after_death"));
    const QByteArray dies = notebookJson({beforeDeath, death, afterDeath});

    AutogradeLimits limits;
    limits.cellTimeoutSeconds = 3;
    limits.maxOutputBytes = 100000;
    const QByteArray spec =
        AutogradeHarness::specJson(QStringLiteral("hw"),
                                   {{QStringLiteral("hostile"), hostileSpecs},
                                    {QStringLiteral("dies"), {specOf(beforeDeath), specOf(death), specOf(afterDeath)}},
                                    {QStringLiteral("missing"), {specOf(beforeDeath)}},
                                    {QStringLiteral("broken"), {specOf(beforeDeath)}}},
                                   limits);

    QTemporaryDir input;
    QTemporaryDir outDir;
    writeFile(input.filePath(QStringLiteral("spec.json")), spec);
    writeFile(input.filePath(QStringLiteral("t1-f0")), hostile);
    writeFile(input.filePath(QStringLiteral("t1-f1")), dies);
    writeFile(input.filePath(QStringLiteral("t1-f2")), "{\"cells\": [");
    writeFile(input.filePath(QStringLiteral("t1-f3")), "a,b");
    writeFile(input.filePath(QStringLiteral("manifest.json")), R"({"version":1,"spec":"spec.json","tasks":[
        {"index":0,"student":"other","files":{"hostile.ipynb":"t1-f1"}},
        {"index":1,"student":"s1","files":{"hostile.ipynb":"t1-f0","dies.ipynb":"t1-f1",
                                            "broken.ipynb":"t1-f2","data.csv":"t1-f3"}}]})");
    const QString termination = outDir.filePath(QStringLiteral("termination-log"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("JOB_COMPLETION_INDEX"), QStringLiteral("1"));
    const Run run =
        runHarness(m_script,
                   {QStringLiteral("--manifest"), input.filePath(QStringLiteral("manifest.json")),
                    QStringLiteral("--index-env"), QStringLiteral("JOB_COMPLETION_INDEX"), QStringLiteral("--out"),
                    outDir.path(), QStringLiteral("--termination-log"), termination},
                   env);
    qInfo("hostile submission (2 kernels + 1 restart, 3 s cell timeouts): %.1f s", run.seconds);
    QVERIFY2(run.exitCode == AutogradeHarness::ExitGraded, run.err.right(3000).constData());

    const Result<HarnessResult> parsed = AutogradeHarness::parseResult(readFile(outDir.filePath("result.json")));
    QVERIFY(parsed.ok());
    const HarnessResult &result = parsed.value();
    QCOMPARE(result.status, QStringLiteral("graded"));
    QCOMPARE(result.notebooks.size(), 4);
    const HarnessNotebookResult &first = result.notebooks.at(0);
    QCOMPARE(first.status, QStringLiteral("timeout"));
    const auto expect = [&first](const char *id, std::optional<double> score, const char *outcome) {
        const HarnessCellResult *cell = cellResult(first, QString::fromLatin1(id));
        QVERIFY2(cell, id);
        QVERIFY2(cell->score == score,
                 qPrintable(QString::fromLatin1(id) + u' ' + cell->outcome + u' ' + cell->message));
        QCOMPARE(cell->outcome, QString::fromLatin1(outcome));
    };
    expect("loop", 0.0, "error");
    expect("after_loop", 1.0, "passed"); // the rest of the notebook ran after the interrupt
    expect("flood", 1.0, "passed");
    expect("partial", 0.5, "partial");
    expect("too_high", std::nullopt, "too_high");
    expect("stderr", 0.0, "stderr"); // the locked test came back from the spec
    expect("hidden", 0.0, "error");  // and so did the hidden test
    expect("answer", 0.0, "no_response");
    expect("plot", 1.0, "passed"); // Agg backend, private HOME, the data file beside the notebook
    expect("stubborn", 0.0, "error");
    expect("after_restart", 1.0, "passed"); // a fresh kernel ran the rest
    QVERIFY(first.message.contains(QStringLiteral("restarted")));

    const QByteArray executed = readFile(outDir.filePath("hostile.ipynb"));
    QVERIFY(executed.contains("[GradeDesk: output cut,"));
    QVERIFY(executed.size() < 400000);
    QVERIFY(executed.contains("hidden"));
    verifySameAsAutoScorer(outDir.filePath("hostile.ipynb"), first);

    const HarnessNotebookResult &died = result.notebooks.at(1);
    QCOMPARE(died.status, QStringLiteral("kernel_died"));
    QCOMPARE(cellResult(died, QStringLiteral("before_death"))->outcome, QStringLiteral("passed"));
    QCOMPARE(cellResult(died, QStringLiteral("death"))->outcome, QStringLiteral("error"));
    QCOMPARE(cellResult(died, QStringLiteral("after_death"))->outcome, QStringLiteral("error"));
    verifySameAsAutoScorer(outDir.filePath("dies.ipynb"), died);

    QCOMPARE(result.notebooks.at(2).status, QStringLiteral("missing"));
    QCOMPARE(result.notebooks.at(2).cells.first().outcome, QStringLiteral("missing"));
    QVERIFY(!result.notebooks.at(2).cells.first().score.has_value());
    QCOMPARE(result.notebooks.at(3).status, QStringLiteral("invalid"));
    QCOMPARE(result.notebooks.at(3).cells.first().outcome, QStringLiteral("missing"));

    const QByteArray compact = readFile(termination);
    QVERIFY(!compact.isEmpty() && compact.size() <= AutogradeHarness::CompactLimit);
    const Result<HarnessResult> fromCompact = AutogradeHarness::parseResult(compact);
    QVERIFY2(fromCompact.ok(), compact.constData());
    QCOMPARE(fromCompact.value().notebooks.at(0).cells.size(), first.cells.size());
    for (qsizetype i = 0; i < first.cells.size(); ++i) {
        QCOMPARE(fromCompact.value().notebooks.at(0).cells.at(i).score, first.cells.at(i).score);
        QCOMPARE(fromCompact.value().notebooks.at(0).cells.at(i).outcome, first.cells.at(i).outcome);
    }

    const Result<HarnessLogResult> fromLog = AutogradeHarness::parseLog(run.out);
    QVERIFY(fromLog.ok());
    QVERIFY(run.out.size() < 200000); // student output is not echoed
    QCOMPARE(fromLog.value().executedNotebooks.value(QStringLiteral("hostile")), executed);
    QVERIFY(fromLog.value().executedNotebooks.contains(QStringLiteral("dies")));
    QCOMPARE(fromLog.value().result.notebooks.at(1).status, QStringLiteral("kernel_died"));
}

void HarnessTest::manifestSubfolders_areRecreated()
{
    REQUIRE_HARNESS_PYTHON();
    // As KubeJobInputs ships a submission with folders: the notebook reads files below it.
    const QJsonObject reads = codeCell(QStringLiteral("assert open('data/values.csv').read() == 'x\\n1\\n'\n"
                                                      "assert open('data/deep/er/n.txt').read() == 'n'"),
                                       QStringLiteral("reads"));
    const QByteArray spec =
        AutogradeHarness::specJson(QStringLiteral("hw"), {{QStringLiteral("nb"), {specOf(reads)}}}, AutogradeLimits{});
    QTemporaryDir input;
    QTemporaryDir outDir;
    writeFile(input.filePath(QStringLiteral("spec.json")), spec);
    writeFile(input.filePath(QStringLiteral("t0-f0")), notebookJson({reads}));
    writeFile(input.filePath(QStringLiteral("t0-f1")), "x\n1\n");
    writeFile(input.filePath(QStringLiteral("t0-f2")), "n");
    writeFile(input.filePath(QStringLiteral("manifest.json")), R"({"version":1,"spec":"spec.json","tasks":[
        {"index":0,"student":"s","files":{"nb.ipynb":"t0-f0","data/values.csv":"t0-f1",
                                          "data/deep/er/n.txt":"t0-f2"}}]})");
    QProcessEnvironment env;
    env.insert(QStringLiteral("JOB_COMPLETION_INDEX"), QStringLiteral("0"));
    const Run run = runHarness(m_script,
                               {QStringLiteral("--manifest"), input.filePath(QStringLiteral("manifest.json")),
                                QStringLiteral("--index-env"), QStringLiteral("JOB_COMPLETION_INDEX"),
                                QStringLiteral("--out"), outDir.path()},
                               env);
    QVERIFY2(run.exitCode == AutogradeHarness::ExitGraded, run.err.right(3000).constData());
    const Result<HarnessResult> parsed = AutogradeHarness::parseResult(readFile(outDir.filePath("result.json")));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().notebooks.size(), 1);
    const HarnessCellResult *cell = cellResult(parsed.value().notebooks.at(0), QStringLiteral("reads"));
    QVERIFY(cell);
    QVERIFY2(cell->score == std::optional<double>(1.0), qPrintable(cell->outcome + u' ' + cell->message));
}

void HarnessTest::badInput_exitsWithThree_data()
{
    QTest::addColumn<QString>("files");
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<bool>("manifestMode");
    QTest::addColumn<QString>("extra");
    const QByteArray goodSpec = R"({"version":1,"assignment":"a","notebooks":[{"name":"nb","cells":[]}]})";
    const QString goodFiles = QStringLiteral(R"({"nb.ipynb":"t0-f0"})");
    QTest::newRow("spec is not JSON") << QString() << QByteArray("{\"version\":") << false << QString();
    QTest::newRow("spec of another version")
        << QString() << QByteArray(R"({"version":2,"notebooks":[]})") << false << QString();
    QTest::newRow("spec notebook name climbs out")
        << QString() << QByteArray(R"({"version":1,"notebooks":[{"name":"../nb","cells":[]}]})") << false << QString();
    QTest::newRow("spec notebook name is a path")
        << QString() << QByteArray(R"({"version":1,"notebooks":[{"name":"a/nb","cells":[]}]})") << false << QString();
    QTest::newRow("spec cells without grade ids")
        << QString() << QByteArray(R"({"version":1,"notebooks":[{"name":"nb","cells":[{"x":1}]}]})") << false
        << QString();
    QTest::newRow("manifest file name climbs out")
        << QStringLiteral(R"({"../escaped.py":"t0-f0"})") << goodSpec << true << QString();
    QTest::newRow("manifest path climbs out of a subfolder")
        << QStringLiteral(R"({"sub/../../escaped.py":"t0-f0"})") << goodSpec << true << QString();
    // Not a raw string: Qt 6.4's moc reads "//" inside a raw string as a comment.
    QTest::newRow("manifest path has an empty component")
        << QStringLiteral("{\"sub//nb.ipynb\":\"t0-f0\"}") << goodSpec << true << QString();
    QTest::newRow("manifest path ends in a slash")
        << QStringLiteral(R"({"sub/":"t0-f0"})") << goodSpec << true << QString();
    QTest::newRow("manifest path has a dot component")
        << QStringLiteral(R"({"./nb.ipynb":"t0-f0"})") << goodSpec << true << QString();
    QTest::newRow("manifest path has a backslash")
        << QStringLiteral("{\"sub\\\\nb.ipynb\":\"t0-f0\"}") << goodSpec << true << QString();
    QTest::newRow("manifest path has a NUL")
        << QStringLiteral("{\"nb.ipynb\\u0000.py\":\"t0-f0\"}") << goodSpec << true << QString();
    QTest::newRow("manifest path needs a folder where a file is")
        << QStringLiteral(R"({"nb.ipynb":"t0-f0","nb.ipynb/x.csv":"t0-f0"})") << goodSpec << true << QString();
    QTest::newRow("manifest file name is absolute")
        << QStringLiteral(R"({"/tmp/nb.ipynb":"t0-f0"})") << goodSpec << true << QString();
    QTest::newRow("manifest key climbs out")
        << QStringLiteral(R"({"nb.ipynb":"../t0-f0"})") << goodSpec << true << QString();
    QTest::newRow("manifest key is missing")
        << QStringLiteral(R"({"nb.ipynb":"t9-f9"})") << goodSpec << true << QString();
    QTest::newRow("manifest without the task") << QStringLiteral("none") << goodSpec << true << QString();
    QTest::newRow("unknown option") << QString() << goodSpec << false << QStringLiteral("--frobnicate");
    QTest::newRow("manifest spec is corrupt") << goodFiles << QByteArray("][") << true << QString();
}

void HarnessTest::badInput_exitsWithThree()
{
    REQUIRE_HARNESS_PYTHON();
    QFETCH(QString, files);
    QFETCH(QByteArray, spec);
    QFETCH(bool, manifestMode);
    QFETCH(QString, extra);
    QTemporaryDir root;
    QDir(root.path()).mkpath(QStringLiteral("input"));
    QDir(root.path()).mkpath(QStringLiteral("submission"));
    QDir(root.path()).mkpath(QStringLiteral("out"));
    writeFile(root.filePath(QStringLiteral("input/spec.json")), spec);
    writeFile(root.filePath(QStringLiteral("input/t0-f0")), notebookJson({}));
    writeFile(root.filePath(QStringLiteral("t0-f0")), notebookJson({}));
    const QString out = root.filePath(QStringLiteral("out"));
    QStringList arguments;
    QProcessEnvironment env;
    if (manifestMode) {
        const int index = files == QLatin1String("none") ? 5 : 0;
        writeFile(root.filePath(QStringLiteral("input/manifest.json")),
                  QStringLiteral(R"({"version":1,"spec":"spec.json","tasks":[{"index":%1,"student":"s","files":%2}]})")
                      .arg(index)
                      .arg(files == QLatin1String("none") ? QStringLiteral("{}") : files)
                      .toUtf8());
        env.insert(QStringLiteral("JOB_COMPLETION_INDEX"), QStringLiteral("0"));
        arguments = {QStringLiteral("--manifest"), root.filePath(QStringLiteral("input/manifest.json")),
                     QStringLiteral("--index-env"), QStringLiteral("JOB_COMPLETION_INDEX")};
    } else {
        arguments = {QStringLiteral("--spec"), root.filePath(QStringLiteral("input/spec.json")),
                     QStringLiteral("--submission"), root.filePath(QStringLiteral("submission"))};
    }
    arguments << QStringLiteral("--out") << out << QStringLiteral("--termination-log")
              << root.filePath(QStringLiteral("termination"));
    if (!extra.isEmpty()) {
        arguments << extra;
    }
    const Run run = runHarness(m_script, arguments, env);
    QCOMPARE(run.exitCode, AutogradeHarness::ExitBadInput);
    const Result<HarnessLogResult> fromLog = AutogradeHarness::parseLog(run.out);
    QVERIFY(fromLog.ok());
    QCOMPARE(fromLog.value().result.status, QStringLiteral("bad_input"));
    QVERIFY(!fromLog.value().result.message.isEmpty());
    const Result<HarnessResult> compact = AutogradeHarness::parseResult(readFile(root.filePath("termination")));
    QVERIFY(compact.ok());
    QCOMPARE(compact.value().status, QStringLiteral("bad_input"));
    // Nothing was copied anywhere: the refused names never reached the file system.
    QVERIFY(!QFile::exists(root.filePath(QStringLiteral("escaped.py"))));
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{QStringLiteral("result.json")});
}

void HarnessTest::outFolderUnusable_exitsWithFour()
{
    REQUIRE_HARNESS_PYTHON();
    QTemporaryDir root;
    writeFile(root.filePath(QStringLiteral("spec.json")), R"({"version":1,"notebooks":[]})");
    writeFile(root.filePath(QStringLiteral("out")), "a file, not a folder");
    QDir(root.path()).mkpath(QStringLiteral("submission"));
    const Run run =
        runHarness(m_script, AutogradeHarness::localArguments(QString(), root.filePath(QStringLiteral("spec.json")),
                                                              root.filePath(QStringLiteral("submission")),
                                                              root.filePath(QStringLiteral("out")))
                                 .mid(1));
    QCOMPARE(run.exitCode, AutogradeHarness::ExitHarnessError);
    const Result<HarnessLogResult> fromLog = AutogradeHarness::parseLog(run.out);
    QVERIFY(fromLog.ok());
    QCOMPARE(fromLog.value().result.status, QStringLiteral("error"));
}

void HarnessTest::largeResult_terminationLogSaysSeeLog()
{
    REQUIRE_HARNESS_PYTHON();
    // 300 grade cells of a notebook the student did not hand in: a large result, and no kernel.
    HarnessNotebookSpec absent{QStringLiteral("absent"), {}};
    for (int i = 0; i < 300; ++i) {
        HarnessCellSpec cell = specOf(codeCell(QStringLiteral("assert True"), QStringLiteral("test_%1").arg(i)));
        absent.cells.append(cell);
    }
    QTemporaryDir root;
    QDir(root.path()).mkpath(QStringLiteral("submission"));
    writeFile(root.filePath(QStringLiteral("spec.json")),
              AutogradeHarness::specJson(QStringLiteral("a"), {absent}, AutogradeLimits()));
    const QString termination = root.filePath(QStringLiteral("termination"));
    const Run run = runHarness(m_script, AutogradeHarness::localArguments(
                                             QString(), root.filePath(QStringLiteral("spec.json")),
                                             root.filePath(QStringLiteral("submission")), root.path(), {}, termination)
                                             .mid(1));
    QCOMPARE(run.exitCode, AutogradeHarness::ExitGraded);
    const QByteArray compact = readFile(termination);
    QVERIFY(compact.size() <= AutogradeHarness::CompactLimit);
    QVERIFY(AutogradeHarness::isSeeLogMarker(compact));
    const Result<HarnessLogResult> fromLog = AutogradeHarness::parseLog(run.out);
    QVERIFY(fromLog.ok());
    QCOMPARE(fromLog.value().result.notebooks.first().cells.size(), 300);
    QCOMPARE(fromLog.value().result.notebooks.first().status, QStringLiteral("missing"));
}

void HarnessTest::assignmentNotebook_neverStandsInForAMissingOne()
{
    REQUIRE_HARNESS_PYTHON();
    // The instructor's source folder holds the notebook with its solutions; the student handed in
    // nothing. The data file is copied, the notebook is not: the student's notebook stays missing.
    HarnessNotebookSpec ps1{QStringLiteral("ps1"),
                            {specOf(codeCell(QStringLiteral("assert True"), QStringLiteral("t")))}};
    QTemporaryDir root;
    QDir(root.path()).mkpath(QStringLiteral("submission"));
    QDir(root.path()).mkpath(QStringLiteral("source/data"));
    writeFile(root.filePath(QStringLiteral("source/ps1.ipynb")), "{}");
    writeFile(root.filePath(QStringLiteral("source/data/table.csv")), "a,b\n1,2\n");
    writeFile(root.filePath(QStringLiteral("spec.json")),
              AutogradeHarness::specJson(QStringLiteral("ps1"), {ps1}, AutogradeLimits()));
    const Run run =
        runHarness(m_script, AutogradeHarness::localArguments(QString(), root.filePath(QStringLiteral("spec.json")),
                                                              root.filePath(QStringLiteral("submission")), root.path(),
                                                              root.filePath(QStringLiteral("source")))
                                 .mid(1));
    QCOMPARE(run.exitCode, AutogradeHarness::ExitGraded);
    const Result<HarnessLogResult> fromLog = AutogradeHarness::parseLog(run.out);
    QVERIFY(fromLog.ok());
    QCOMPARE(fromLog.value().result.notebooks.first().status, QStringLiteral("missing"));
}

QTEST_GUILESS_MAIN(HarnessTest)
#include "harness_test.moc"
