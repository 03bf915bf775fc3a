// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/config/courseconfig.h>
#include <services/demo/demogenerator.h>
#include <services/kube/kubeclient.h>
#include <services/kube/kubeexecutor.h>
#include <services/notebook/notebookreader.h>
#include <tests/sim/kube/kubesimulator.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using GradeDesk::Tests::KubeSimulator;

namespace {

const QString kNs = QStringLiteral("grading");
const QByteArray kToken = "executor-test-token";

/// A notebook whose answer cell defines x and whose locked test cell checks it.
QByteArray tinyNotebook(const QString &answer)
{
    return QStringLiteral(R"NB({"nbformat": 4, "nbformat_minor": 5,
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
 "cells": [
 {"cell_type": "code", "id": "a", "execution_count": null, "outputs": [], "source": "%1",
  "metadata": {"nbgrader": {"grade": false, "grade_id": "a1", "locked": false, "solution": true, "task": false,
   "schema_version": 3}}},
 {"cell_type": "code", "id": "b", "execution_count": null, "outputs": [], "source": "assert x == 1",
  "metadata": {"nbgrader": {"grade": true, "grade_id": "q1", "locked": true, "points": 1, "solution": false,
   "task": false, "schema_version": 3}}}]})NB")
        .arg(answer)
        .toUtf8();
}

/// The spec of a notebook as the planner builds it from the gradebook (source cells).
HarnessNotebookSpec specFromNotebook(const QString &name, const Notebook &notebook)
{
    HarnessNotebookSpec spec;
    spec.name = name;
    for (const Cell &cell : notebook.cells) {
        if (!cell.nbgrader.present || cell.nbgrader.gradeId.isEmpty()) {
            continue;
        }
        HarnessCellSpec entry;
        entry.gradeId = cell.nbgrader.gradeId;
        entry.cellType = cell.effectiveTypeName();
        entry.grade = cell.nbgrader.grade;
        entry.solution = cell.nbgrader.solution;
        entry.task = cell.nbgrader.task;
        entry.locked = cell.nbgrader.locked;
        entry.points = cell.nbgrader.points.value_or(0.0);
        entry.source = cell.source;
        entry.checksum = cell.nbgrader.checksum;
        spec.cells.append(entry);
    }
    return spec;
}

} // namespace

class KubeExecutorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void create_fromKubeconfig();
    void create_missingKubeconfig_fails();
    void run_demoCourse_endToEnd();
    void run_faults_data();
    void run_faults();
    void run_forbidden_failsNamingPermission();
    void cancel_deletesJobAndConfigMaps();

private:
    AutogradePlan tinyPlan(int students, const QString &image = QStringLiteral("registry.example.edu/grader:1"));
    KubeExecutor *makeExecutor();
    bool runToEnd(KubeExecutor *executor, int timeoutMs = 120000);
    int podGetsWithoutLog() const;

    QTemporaryDir m_dir;
    QString m_kubeconfig;
    std::unique_ptr<KubeSimulator> m_sim;
    QString m_skip;
    QHash<int, AutogradeTaskResult> m_results;
    QStringList m_events;
};

void KubeExecutorTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void KubeExecutorTest::init()
{
    m_results.clear();
    m_events.clear();
    m_sim = std::make_unique<KubeSimulator>();
    if (!m_sim->start()) {
        QSKIP(qPrintable(u"the Kubernetes simulator does not start: "_qs + m_sim->errorString()));
    }
    m_sim->addToken(kToken, QStringLiteral("teacher"));
    m_sim->setMaxConcurrentPods(2);
    m_kubeconfig =
        m_dir.filePath(QStringLiteral("kubeconfig-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile file(m_kubeconfig);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_sim->kubeconfig(kToken, kNs));
}

void KubeExecutorTest::cleanup()
{
    // Executors hold lambdas that capture a test function's locals.
    qDeleteAll(findChildren<KubeExecutor *>(Qt::FindDirectChildrenOnly));
    m_sim.reset();
}

AutogradePlan KubeExecutorTest::tinyPlan(int students, const QString &image)
{
    AutogradePlan plan;
    plan.runId = QStringLiteral("c0ffee%1").arg(students);
    plan.courseDir = m_dir.path();
    plan.assignment = QStringLiteral("ps1");
    plan.image = image;
    plan.parallelism = 2;
    // The simulator scales Kubernetes seconds by 0.01: 36000 s is a 6-minute pod deadline here.
    plan.limits.submissionTimeoutSeconds = 36000;
    const Result<Notebook> notebook = NotebookReader::parse(tinyNotebook(u"x = 1"_qs));
    plan.notebooks.append(specFromNotebook(u"ps1"_qs, notebook.value()));
    for (int i = 0; i < students; ++i) {
        const QString student = QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0'));
        const QString folder = m_dir.filePath(QStringLiteral("%1/submitted/%2/ps1").arg(plan.runId, student));
        QDir().mkpath(folder);
        QFile file(folder + u"/ps1.ipynb");
        file.open(QIODevice::WriteOnly);
        file.write(tinyNotebook(i % 2 ? u"x = 2"_qs : u"x = 1"_qs));
        plan.tasks.append({i, student, i + 1, folder, QDateTime::currentDateTimeUtc()});
    }
    return plan;
}

KubeExecutor *KubeExecutorTest::makeExecutor()
{
    CourseConfig config;
    config.kubernetes.kubeconfig = m_kubeconfig;
    Result<KubeExecutor *> created = KubeExecutor::create(config, this);
    if (!created) {
        qWarning() << created.error().message << created.error().detail;
        return nullptr;
    }
    KubeExecutor *executor = created.value();
    executor->setOutputDirectory(
        m_dir.filePath(QStringLiteral("out-%1").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    executor->setStuckGracePeriod(std::chrono::milliseconds(300));
    executor->setRewatchBackoff(std::chrono::milliseconds(100));
    executor->client()->setRetryPolicy(6, 100, 1000);
    connect(executor, &AutogradeExecutor::taskFinished, this,
            [this](const AutogradeTaskResult &result) { m_results.insert(result.index, result); });
    connect(executor, &AutogradeExecutor::runEvent, this, [this](const QString &text) { m_events.append(text); });
    return executor;
}

bool KubeExecutorTest::runToEnd(KubeExecutor *executor, int timeoutMs)
{
    QSignalSpy finished(executor, &AutogradeExecutor::finished);
    return finished.wait(timeoutMs);
}

int KubeExecutorTest::podGetsWithoutLog() const
{
    int count = 0;
    const QHash<QString, int> counts = m_sim->requestCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString &key = it.key();
        if (key.startsWith(u"GET /api/v1/namespaces/" + kNs + u"/pods/") && !key.endsWith(u"/log")) {
            count += it.value();
        }
    }
    return count;
}

void KubeExecutorTest::create_fromKubeconfig()
{
    KubeExecutor *executor = makeExecutor();
    QVERIFY(executor);
    QCOMPARE(executor->name(), u"kubernetes"_qs);
    QCOMPARE(executor->client()->ns(), kNs);
    QVERIFY(!executor->isRunning());
}

void KubeExecutorTest::create_missingKubeconfig_fails()
{
    CourseConfig config;
    config.kubernetes.kubeconfig = m_dir.filePath(u"no-such-kubeconfig"_qs);
    const Result<KubeExecutor *> created = KubeExecutor::create(config, this);
    QVERIFY(!created.ok());
    QVERIFY(!created.error().message.isEmpty());
}

void KubeExecutorTest::run_demoCourse_endToEnd()
{
    QTemporaryDir course;
    DemoOptions options;
    options.directory = course.filePath(u"demo"_qs);
    options.students = 3;
    options.questions = 2;
    const Result<DemoReport> demo = DemoGenerator::generate(options);
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));

    AutogradePlan plan;
    plan.runId = QStringLiteral("d3m0");
    plan.courseDir = demo.value().directory;
    plan.assignment = QStringLiteral("ps1");
    plan.image = QStringLiteral("registry.example.edu/demo101/grader:1");
    plan.parallelism = 2;
    plan.limits.submissionTimeoutSeconds = 36000;
    const QStringList notebooks = QDir(plan.courseDir + u"/source/ps1"_qs).entryList({u"*.ipynb"_qs}, QDir::Files);
    QVERIFY(!notebooks.isEmpty());
    for (const QString &file : notebooks) {
        const Result<Notebook> source = NotebookReader::readFile(plan.courseDir + u"/source/ps1/" + file);
        QVERIFY(source.ok());
        plan.notebooks.append(specFromNotebook(QFileInfo(file).completeBaseName(), source.value()));
    }
    const QStringList students =
        QDir(plan.courseDir + u"/submitted"_qs).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &student : students) {
        plan.tasks.append({int(plan.tasks.size()), student, plan.tasks.size() + 1,
                           plan.courseDir + u"/submitted/" + student + u"/ps1", QDateTime::currentDateTimeUtc()});
    }
    QCOMPARE(plan.tasks.size(), 3);

    KubeExecutor *executor = makeExecutor();
    QVERIFY(executor);
    QSignalSpy running(executor, &AutogradeExecutor::taskStateChanged);
    executor->start(plan);
    QVERIFY(executor->isRunning());
    QVERIFY(runToEnd(executor));
    QVERIFY(!executor->isRunning());
    QCOMPARE(m_results.size(), 3);
    for (const AutogradeTaskResult &result : std::as_const(m_results)) {
        QVERIFY2(result.state == AutogradeTaskState::Passed,
                 qPrintable(result.failure
                                ? result.failure->reason + u": " + result.failure->message + u"\n" + result.log
                                : QString()));
        QVERIFY(result.result.has_value());
        QCOMPARE(result.result->status, u"graded"_qs);
        QCOMPARE(result.result->notebooks.size(), plan.notebooks.size());
        for (const HarnessNotebookResult &notebook : result.result->notebooks) {
            QVERIFY2(QFile::exists(notebook.executedPath), qPrintable(notebook.name));
        }
    }
    const KubeRunStats stats = executor->stats();
    QCOMPARE(stats.watches, 1);
    QCOMPARE(stats.lists, 1);
    QCOMPARE(stats.configMaps, 1);
    QCOMPARE(podGetsWithoutLog(), 0); // no per-pod polling
    // The Job is deleted with propagationPolicy=Background; the GC removes its ConfigMaps and policy.
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->objects(u"jobs"_qs, kNs).isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->objects(u"configmaps"_qs, kNs).isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->objects(u"networkpolicies"_qs, kNs).isEmpty(), 20000);
}

void KubeExecutorTest::run_faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("students");
    QTest::newRow("429 on the Job create") << "429" << 3;
    QTest::newRow("500 on the pod list") << "500" << 3;
    QTest::newRow("504 after the Job was stored") << "504-after-commit" << 2;
    QTest::newRow("watch dropped mid-run") << "drop-watch" << 4;
    QTest::newRow("410 as an ERROR event") << "expire" << 3;
    QTest::newRow("410 as plain HTTP") << "expire-http" << 3;
    QTest::newRow("API server restart") << "restart" << 4;
    QTest::newRow("OOMKilled pod") << "oom" << 3;
    QTest::newRow("image pull failure") << "image-pull" << 3;
    QTest::newRow("evicted pod") << "evict" << 3;
}

void KubeExecutorTest::run_faults()
{
    QFETCH(QString, fault);
    QFETCH(int, students);
    KubeExecutor *executor = makeExecutor();
    QVERIFY(executor);
    const AutogradePlan plan = tinyPlan(students);
    bool injected = false;
    int expectedWatchesAtLeast = 1;
    if (fault == u"429") {
        m_sim->injectFault({429, 2, "POST", u"/jobs"_qs, 1, false});
    } else if (fault == u"500") {
        m_sim->injectFault({500, 1, "GET", u"/pods"_qs, 1, false});
    } else if (fault == u"504-after-commit") {
        m_sim->injectFault({504, 1, "POST", u"/jobs"_qs, 1, true});
    } else if (fault == u"expire" || fault == u"expire-http") {
        m_sim->expireNextWatch(fault == u"expire-http");
        expectedWatchesAtLeast = 2;
    }
    // Faults that need a running pod hit when the first task starts.
    connect(executor, &AutogradeExecutor::taskStateChanged, this, [&, executor](int index, AutogradeTaskState state) {
        if (injected || state != AutogradeTaskState::Running) {
            return;
        }
        injected = true;
        if (fault == u"drop-watch") {
            m_sim->dropWatches();
        } else if (fault == u"restart") {
            m_sim->restartApiServer(std::chrono::milliseconds(400));
        } else if (fault == u"oom") {
            QVERIFY(m_sim->oomKillIndex(kNs, executor->jobName(), index));
        } else if (fault == u"evict") {
            QVERIFY(m_sim->evictIndex(kNs, executor->jobName(), index));
        }
    });
    executor->start(plan);
    if (fault == u"image-pull") {
        m_sim->failImagePullIndex(kNs, executor->jobName(), 1);
    }
    QVERIFY(runToEnd(executor));
    QCOMPARE(m_results.size(), students);

    QList<int> failed;
    for (const AutogradeTaskResult &result : std::as_const(m_results)) {
        if (result.state == AutogradeTaskState::Passed) {
            QVERIFY(result.result.has_value());
            continue;
        }
        QVERIFY2(result.failure.has_value() && result.failure->retryable && !result.failure->message.isEmpty(),
                 qPrintable(QString::number(result.index)));
        failed.append(result.index);
    }
    if (fault == u"oom") {
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_results.value(failed.first()).failure->reason, u"OOMKilled"_qs);
    } else if (fault == u"image-pull") {
        QVERIFY(failed.contains(1));
        QVERIFY2(m_results.value(1).failure->reason.contains(u"Image"_qs),
                 qPrintable(m_results.value(1).failure->reason));
        QVERIFY(!m_events.isEmpty());
    } else if (fault == u"evict") {
        QVERIFY2(failed.isEmpty(), qPrintable(m_events.join(u'\n')));
        QVERIFY(!m_events.filter(u"disrupted"_qs).isEmpty());
    } else {
        QVERIFY2(failed.isEmpty(), qPrintable(m_events.join(u'\n')));
    }
    const KubeRunStats stats = executor->stats();
    QVERIFY2(stats.watches >= expectedWatchesAtLeast, qPrintable(QString::number(stats.watches)));
    if (fault == u"429" || fault == u"500" || fault == u"504-after-commit") {
        QCOMPARE(stats.watches, 1);
    }
    QCOMPARE(podGetsWithoutLog(), 0);

    if (!failed.isEmpty()) {
        m_results.clear();
        executor->retry(failed);
        QVERIFY(runToEnd(executor));
        for (int index : std::as_const(failed)) {
            QCOMPARE(m_results.value(index).state, AutogradeTaskState::Passed);
            QVERIFY(m_results.value(index).attempts >= 1); // a task that never started has no attempt before
        }
        QCOMPARE(executor->stats().watches, 1);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->objects(u"jobs"_qs, kNs).isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->objects(u"configmaps"_qs, kNs).isEmpty(), 20000);
}

void KubeExecutorTest::run_forbidden_failsNamingPermission()
{
    m_sim->forbid(u"teacher"_qs, u"create"_qs, u"networkpolicies"_qs);
    KubeExecutor *executor = makeExecutor();
    QVERIFY(executor);
    QList<ServiceError> failed;
    connect(executor, &AutogradeExecutor::runFailed, this,
            [&failed](const ServiceError &error) { failed.append(error); });
    executor->start(tinyPlan(2));
    QVERIFY(runToEnd(executor));
    QCOMPARE(failed.size(), 1);
    const ServiceError error = failed.first();
    QVERIFY2(error.message.contains(u"networkpolicies"_qs), qPrintable(error.message));
    QCOMPARE(m_results.size(), 2);
    QCOMPARE(m_results.value(0).state, AutogradeTaskState::Failed);
    QVERIFY(m_sim->objects(u"jobs"_qs, kNs).isEmpty());
}

void KubeExecutorTest::cancel_deletesJobAndConfigMaps()
{
    KubeExecutor *executor = makeExecutor();
    QVERIFY(executor);
    connect(executor, &KubeExecutor::launched, executor, &KubeExecutor::cancel);
    executor->start(tinyPlan(4));
    QVERIFY(runToEnd(executor));
    QCOMPARE(m_results.size(), 4);
    for (const AutogradeTaskResult &result : std::as_const(m_results)) {
        QVERIFY(result.state == AutogradeTaskState::Cancelled || result.state == AutogradeTaskState::Passed);
    }
    const QHash<QString, int> counts = m_sim->requestCounts();
    QCOMPARE(counts.value(u"DELETE /apis/batch/v1/namespaces/"_qs + kNs + u"/jobs/" + executor->jobName()), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->objects(u"jobs"_qs, kNs).isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->objects(u"configmaps"_qs, kNs).isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->objects(u"pods"_qs, kNs).isEmpty(), 20000);
}

QTEST_GUILESS_MAIN(KubeExecutorTest)
#include "kubeexecutor_test.moc"
