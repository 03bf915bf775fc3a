// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/grading/localexecutor.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;

namespace {

// A stand-in for the harness: what it does depends on the file "mode" in the submission folder, so
// pool, timeout, cancel and failure handling are tested in milliseconds without Jupyter kernels.
const QByteArray FakeHarness = R"PY(
import base64, gzip, json, os, signal, sys, time
args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
sub, out = args["--submission"], args["--out"]
spec = json.load(open(args["--spec"]))
mode = open(os.path.join(sub, "mode")).read().strip()
shared = os.path.join(os.path.dirname(sub), "shared")

def result():
    notebooks = []
    for nb in spec["notebooks"]:
        cells = [{"grade_id": c["grade_id"], "score": c["points"], "max_score": c["points"],
                  "needs_manual": False, "outcome": "passed", "message": ""}
                 for c in nb["cells"] if c["grade"]]
        notebooks.append({"name": nb["name"], "status": "executed", "message": "", "seconds": 0.1, "cells": cells})
    return {"gradedesk_harness": 1, "status": "graded", "message": "", "seconds": 0.1, "notebooks": notebooks}

def write_result():
    for nb in spec["notebooks"]:
        open(os.path.join(out, nb["name"] + ".ipynb"), "w").write('{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}')
    json.dump(result(), open(os.path.join(out, "result.json"), "w"))
    env = {k: os.environ.get(k, "") for k in ("HOME", "TMPDIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR", "MPLBACKEND")}
    env["assignment_files"] = args.get("--assignment-files", "")
    json.dump(env, open(os.path.join(out, "env.json"), "w"))

if mode == "pass":
    write_result()
elif mode == "barrier":
    # Proves two harnesses run at once: each waits (up to 20 s) until two have arrived.
    os.makedirs(shared, exist_ok=True)
    open(os.path.join(shared, str(os.getpid())), "w").close()
    deadline = time.time() + 20
    while len(os.listdir(shared)) < 2 and time.time() < deadline:
        time.sleep(0.02)
    if len(os.listdir(shared)) < 2:
        sys.exit(4)
    write_result()
elif mode == "sleep":
    time.sleep(600)
elif mode == "crash":
    sys.stderr.write("about to die\n"); sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGKILL)
elif mode == "badinput":
    sys.stderr.write("spec is corrupt\n"); sys.exit(3)
elif mode == "error":
    sys.stderr.write("Traceback (most recent call last):\nRuntimeError: kernel gone\n"); sys.exit(4)
elif mode == "noresult":
    sys.exit(0)
elif mode == "logonly":
    doc = result(); doc["executed"] = {nb["name"]: '{"cells": []}' for nb in spec["notebooks"]}
    print("student output")
    print("GRADEDESK-RESULT-V1 " + base64.b64encode(gzip.compress(json.dumps(doc).encode())).decode())
elif mode == "flaky":
    marker = os.path.join(sub, "tried")
    if not os.path.exists(marker):
        open(marker, "w").close(); sys.stderr.write("first attempt fails\n"); sys.exit(4)
    write_result()
)PY";

} // namespace

class LocalExecutorTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void run_outcomeFollowsHarness_data();
    void run_outcomeFollowsHarness();
    void run_givesEachProcessAPrivateEnvironment();
    void pool_runsSeveralAtOnceButNeverMoreThanItsSize();
    void pool_defaultsToCoresAndNeverExceedsTasks();
    void timeout_killsAndReportsTimedOut();
    void cancel_stopsRunningAndQueuedTasks();
    void retry_runsFailedTaskAgain();
    void retry_ignoresPassedTasks();
    void missingInterpreter_failsTheRun();
    void cleanup_removesScratchAndFailedOutputKeepsExecuted();
    void inconsistentPlan_failsTheRun();

private:
    AutogradePlan makePlan(const QStringList &modes);
    void runToEnd(LocalExecutor &executor, const AutogradePlan &plan);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_harness;
    QString m_python;
};

void LocalExecutorTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (m_python.isEmpty()) {
        QSKIP("python3 is not installed");
    }
}

void LocalExecutorTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_harness = m_dir->filePath(QStringLiteral("fake_harness.py"));
    QFile script(m_harness);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(FakeHarness);
}

void LocalExecutorTest::cleanup()
{
    m_dir.reset();
}

AutogradePlan LocalExecutorTest::makePlan(const QStringList &modes)
{
    AutogradePlan plan;
    plan.runId = QStringLiteral("abc123");
    plan.courseDir = m_dir->filePath(QStringLiteral("course"));
    plan.assignment = QStringLiteral("ps1");
    QDir().mkpath(plan.courseDir + QStringLiteral("/source/ps1/data"));
    for (const QString &file :
         {QStringLiteral("ps1.ipynb"), QStringLiteral("data/table.csv"), QStringLiteral("data/extra.ipynb")}) {
        QFile source(plan.courseDir + QStringLiteral("/source/ps1/") + file);
        if (source.open(QIODevice::WriteOnly)) {
            source.write("{}");
        }
    }
    HarnessNotebookSpec notebook;
    notebook.name = QStringLiteral("ps1");
    HarnessCellSpec cell;
    cell.gradeId = QStringLiteral("q1");
    cell.cellType = QStringLiteral("code");
    cell.grade = true;
    cell.points = 2.0;
    notebook.cells.append(cell);
    plan.notebooks.append(notebook);
    plan.limits.submissionTimeoutSeconds = 60;
    for (int i = 0; i < modes.size(); ++i) {
        AutogradeTask task;
        task.index = i;
        task.studentId = QStringLiteral("s%1").arg(i);
        task.submissionDir = m_dir->filePath(QStringLiteral("submitted/s%1").arg(i));
        QDir().mkpath(task.submissionDir);
        QFile mode(task.submissionDir + QStringLiteral("/mode"));
        if (mode.open(QIODevice::WriteOnly)) {
            mode.write(modes.at(i).toUtf8());
        }
        plan.tasks.append(task);
    }
    return plan;
}

void LocalExecutorTest::runToEnd(LocalExecutor &executor, const AutogradePlan &plan)
{
    executor.setInterpreter(m_python);
    executor.setHarnessPath(m_harness);
    executor.setTempRoot(m_dir->path());
    executor.setKillGraceSeconds(0);
    QSignalSpy finished(&executor, &AutogradeExecutor::finished);
    executor.start(plan);
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!executor.isRunning());
}

void LocalExecutorTest::run_outcomeFollowsHarness_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<AutogradeTaskState>("state");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("logPart");
    QTest::newRow("graded result -> passed") << "pass" << AutogradeTaskState::Passed << QString() << QString();
    QTest::newRow("result only in the stdout line -> passed")
        << "logonly" << AutogradeTaskState::Passed << QString() << QString();
    QTest::newRow("killed by a signal -> failed with stderr")
        << "crash" << AutogradeTaskState::Failed << "HarnessCrashed"
        << "about to die";
    QTest::newRow("exit 3 -> bad input, not retryable") << "badinput" << AutogradeTaskState::Failed << "BadInput"
                                                        << "spec is corrupt";
    QTest::newRow("exit 4 -> harness error with traceback tail")
        << "error" << AutogradeTaskState::Failed << "HarnessError"
        << "RuntimeError: kernel gone";
    QTest::newRow("exit 0 without result -> failed")
        << "noresult" << AutogradeTaskState::Failed << "NoResult" << QString();
}

void LocalExecutorTest::run_outcomeFollowsHarness()
{
    QFETCH(QString, mode);
    QFETCH(AutogradeTaskState, state);
    QFETCH(QString, reason);
    QFETCH(QString, logPart);
    LocalExecutor executor;
    QSignalSpy finishedTasks(&executor, &AutogradeExecutor::taskFinished);
    QSignalSpy states(&executor, &AutogradeExecutor::taskStateChanged);
    runToEnd(executor, makePlan({mode}));
    QCOMPARE(finishedTasks.count(), 1);
    const auto result = finishedTasks.at(0).at(0).value<AutogradeTaskResult>();
    QCOMPARE(result.index, 0);
    QCOMPARE(result.state, state);
    QCOMPARE(result.attempts, 1);
    QVERIFY(result.startedAt.isValid() && result.finishedAt.isValid());
    QCOMPARE(states.count(), 2);
    QCOMPARE(states.at(0).at(1).value<AutogradeTaskState>(), AutogradeTaskState::Running);
    QCOMPARE(states.at(1).at(1).value<AutogradeTaskState>(), state);
    if (state == AutogradeTaskState::Passed) {
        QVERIFY(result.result.has_value());
        QVERIFY(!result.failure.has_value());
        QCOMPARE(result.result->notebooks.size(), 1);
        QCOMPARE(result.result->notebooks.at(0).cells.at(0).score, std::optional<double>(2.0));
        QVERIFY(QFile::exists(result.result->notebooks.at(0).executedPath));
    } else {
        QVERIFY(!result.result.has_value());
        QVERIFY(result.failure.has_value());
        QCOMPARE(result.failure->reason, reason);
        QVERIFY(!result.failure->message.isEmpty());
        QCOMPARE(result.failure->retryable, reason != QLatin1String("BadInput"));
        QVERIFY2(result.log.contains(logPart), qPrintable(result.log));
    }
}

void LocalExecutorTest::run_givesEachProcessAPrivateEnvironment()
{
    LocalExecutor executor;
    const AutogradePlan plan = makePlan({QStringLiteral("pass"), QStringLiteral("pass")});
    runToEnd(executor, plan);
    QStringList homes;
    for (int i = 0; i < 2; ++i) {
        QFile file(executor.runDirectory() + QStringLiteral("/%1/out/env.json").arg(i));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject env = QJsonDocument::fromJson(file.readAll()).object();
        const QString taskDir = executor.runDirectory() + QStringLiteral("/%1/").arg(i);
        QVERIFY(env.value(QStringLiteral("HOME")).toString().startsWith(taskDir));
        QVERIFY(env.value(QStringLiteral("TMPDIR")).toString().startsWith(taskDir));
        QVERIFY(env.value(QStringLiteral("JUPYTER_RUNTIME_DIR")).toString().startsWith(taskDir));
        QVERIFY(env.value(QStringLiteral("IPYTHONDIR")).toString().startsWith(taskDir));
        QCOMPARE(env.value(QStringLiteral("MPLBACKEND")).toString(), QStringLiteral("Agg"));
        // source/ps1 itself: the harness copies its data files and leaves its notebooks (solutions) out.
        QCOMPARE(env.value(QStringLiteral("assignment_files")).toString(),
                 plan.courseDir + QStringLiteral("/source/ps1"));
        homes.append(env.value(QStringLiteral("HOME")).toString());
    }
    QVERIFY(homes.at(0) != homes.at(1));
}

void LocalExecutorTest::pool_runsSeveralAtOnceButNeverMoreThanItsSize()
{
    LocalExecutor executor;
    AutogradePlan plan = makePlan(
        {QStringLiteral("barrier"), QStringLiteral("barrier"), QStringLiteral("pass"), QStringLiteral("pass")});
    plan.parallelism = 2;
    int running = 0;
    int maxRunning = 0;
    connect(&executor, &AutogradeExecutor::taskStateChanged, this, [&](int, AutogradeTaskState state) {
        running += state == AutogradeTaskState::Running ? 1 : -1;
        maxRunning = std::max(maxRunning, running);
    });
    QSignalSpy finishedTasks(&executor, &AutogradeExecutor::taskFinished);
    runToEnd(executor, plan);
    QCOMPARE(executor.poolSize(), 2);
    QCOMPARE(maxRunning, 2);
    QCOMPARE(finishedTasks.count(), 4);
    for (const QList<QVariant> &args : finishedTasks) {
        QCOMPARE(args.at(0).value<AutogradeTaskResult>().state, AutogradeTaskState::Passed);
    }
}

void LocalExecutorTest::pool_defaultsToCoresAndNeverExceedsTasks()
{
    LocalExecutor executor;
    runToEnd(executor, makePlan({QStringLiteral("pass")}));
    QCOMPARE(executor.poolSize(), 1);
    LocalExecutor many;
    QStringList modes;
    for (int i = 0; i < QThread::idealThreadCount() + 1; ++i) {
        modes.append(QStringLiteral("pass"));
    }
    runToEnd(many, makePlan(modes));
    QCOMPARE(many.poolSize(), QThread::idealThreadCount());
}

void LocalExecutorTest::timeout_killsAndReportsTimedOut()
{
    LocalExecutor executor;
    AutogradePlan plan = makePlan({QStringLiteral("sleep")});
    plan.limits.submissionTimeoutSeconds = 1;
    QSignalSpy finishedTasks(&executor, &AutogradeExecutor::taskFinished);
    runToEnd(executor, plan);
    const QList<AutogradeTaskResult> results = executor.results();
    QCOMPARE(results.at(0).state, AutogradeTaskState::TimedOut);
    QCOMPARE(results.at(0).failure->reason, QStringLiteral("TimedOut"));
    QVERIFY(results.at(0).failure->retryable);
    QVERIFY(results.at(0).failure->message.contains(QStringLiteral("autograde.submission_timeout")));
    QCOMPARE(finishedTasks.count(), 1);
}

void LocalExecutorTest::cancel_stopsRunningAndQueuedTasks()
{
    LocalExecutor executor;
    AutogradePlan plan = makePlan({QStringLiteral("sleep"), QStringLiteral("sleep"), QStringLiteral("sleep")});
    plan.parallelism = 1;
    executor.setInterpreter(m_python);
    executor.setHarnessPath(m_harness);
    executor.setTempRoot(m_dir->path());
    executor.setKillGraceSeconds(0);
    QSignalSpy finished(&executor, &AutogradeExecutor::finished);
    QSignalSpy finishedTasks(&executor, &AutogradeExecutor::taskFinished);
    executor.start(plan);
    QVERIFY(executor.isRunning());
    executor.cancel();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finishedTasks.count(), 3);
    for (const AutogradeTaskResult &result : executor.results()) {
        QCOMPARE(result.state, AutogradeTaskState::Cancelled);
        QVERIFY(result.failure && result.failure->retryable);
    }
    QCOMPARE(executor.results().at(0).attempts, 1);
    QCOMPARE(executor.results().at(2).attempts, 0); // never started
    QVERIFY(!executor.isRunning());
}

void LocalExecutorTest::retry_runsFailedTaskAgain()
{
    LocalExecutor executor;
    runToEnd(executor, makePlan({QStringLiteral("pass"), QStringLiteral("flaky")}));
    QCOMPARE(executor.results().at(1).state, AutogradeTaskState::Failed);
    QSignalSpy finished(&executor, &AutogradeExecutor::finished);
    QSignalSpy states(&executor, &AutogradeExecutor::taskStateChanged);
    executor.retry({1});
    QVERIFY(executor.isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(executor.results().at(1).state, AutogradeTaskState::Passed);
    QCOMPARE(executor.results().at(1).attempts, 2);
    QCOMPARE(states.at(0).at(1).value<AutogradeTaskState>(), AutogradeTaskState::Queued);
    QCOMPARE(executor.results().at(0).attempts, 1);
}

void LocalExecutorTest::retry_ignoresPassedTasks()
{
    LocalExecutor executor;
    runToEnd(executor, makePlan({QStringLiteral("pass")}));
    QSignalSpy states(&executor, &AutogradeExecutor::taskStateChanged);
    executor.retry({0, 7, -1});
    QVERIFY(!executor.isRunning());
    QCOMPARE(states.count(), 0);
}

void LocalExecutorTest::missingInterpreter_failsTheRun()
{
    LocalExecutor executor;
    executor.setInterpreter(QStringLiteral("no-such-python-gradedesk"));
    executor.setHarnessPath(m_harness);
    QSignalSpy failed(&executor, &AutogradeExecutor::runFailed);
    QSignalSpy finished(&executor, &AutogradeExecutor::finished);
    QSignalSpy finishedTasks(&executor, &AutogradeExecutor::taskFinished);
    executor.start(makePlan({QStringLiteral("pass")}));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finishedTasks.count(), 0);
    const auto error = failed.at(0).at(0).value<ServiceError>();
    QCOMPARE(error.kind, ServiceError::Kind::NotFound);
    QVERIFY(error.message.contains(QStringLiteral("autograde.python")));
    QVERIFY(!executor.isRunning());
}

void LocalExecutorTest::cleanup_removesScratchAndFailedOutputKeepsExecuted()
{
    QString runDir;
    {
        LocalExecutor executor;
        runToEnd(executor, makePlan({QStringLiteral("pass"), QStringLiteral("error")}));
        runDir = executor.runDirectory();
        QVERIFY(QFile::exists(runDir + QStringLiteral("/spec.json")));
        QVERIFY(QFile::exists(runDir + QStringLiteral("/0/out/ps1.ipynb")));
        QVERIFY(!QFile::exists(runDir + QStringLiteral("/0/home")));
        QVERIFY(!QFile::exists(runDir + QStringLiteral("/0/tmp")));
        QVERIFY(!QFile::exists(runDir + QStringLiteral("/1")));
    }
    QVERIFY(!QFile::exists(runDir));
}

void LocalExecutorTest::inconsistentPlan_failsTheRun()
{
    LocalExecutor executor;
    AutogradePlan plan = makePlan({QStringLiteral("pass"), QStringLiteral("pass")});
    plan.tasks[1].index = 5;
    QSignalSpy failed(&executor, &AutogradeExecutor::runFailed);
    runToEnd(executor, plan);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<ServiceError>().kind, ServiceError::Kind::Validation);
}

QTEST_GUILESS_MAIN(LocalExecutorTest)
#include "localexecutor_test.moc"
