// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// kube-bench: the Kubernetes executor's launch and run figures against the simulator (issue 5):
// API requests to launch (they must grow with ConfigMap chunks, not with submissions), time until
// every object exists and the Job is unsuspended, and the requests made while the run goes on (one
// watch, no per-pod polling). Pods use the image "sim/instant": they succeed at once with a fixed
// termination message, so the figures measure GradeDesk and the API traffic, not notebook execution.
#include <services/config/courseconfig.h>
#include <services/kube/kubeclient.h>
#include <services/kube/kubeexecutor.h>
#include <tests/sim/kube/kubesimulator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace GradeDesk::Services;
using GradeDesk::Tests::KubeSimulator;

namespace {

const QString kNs = QStringLiteral("grading");
const QByteArray kToken = "kube-bench-token";

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// A ~`kib` KiB notebook with outputs (which the executor strips before shipping).
QByteArray notebook(int student, int kib)
{
    const QString filler = QString(std::max(kib, 1) * 512, u'x');
    return QStringLiteral(R"NB({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
 {"cell_type": "code", "id": "a", "execution_count": 1, "source": "x = %1  # %2",
  "outputs": [{"output_type": "stream", "name": "stdout", "text": "%2"}],
  "metadata": {"nbgrader": {"grade": false, "grade_id": "a1", "locked": false, "solution": true, "task": false,
   "schema_version": 3}}}]})NB")
        .arg(student)
        .arg(filler)
        .toUtf8();
}

struct Figures {
    int submissions = 0;
    KubeRunStats stats;
    qint64 totalMs = 0;
    qint64 launchedMs = 0; ///< From start() (inputs read and packed) until the Job is unsuspended.
    int passed = 0;
    int podGets = 0;
    int podLogs = 0;
    bool ok = false;
};

Figures runOnce(int submissions, int kib, int parallelism)
{
    Figures figures;
    figures.submissions = submissions;
    QTemporaryDir dir;
    KubeSimulator sim;
    if (!dir.isValid() || !sim.start()) {
        out() << "simulator failed: " << sim.errorString() << '\n';
        return figures;
    }
    sim.addToken(kToken, QStringLiteral("bench"));
    sim.setMaxConcurrentPods(parallelism);
    sim.setInstantTerminationMessage(
        R"({"v":1,"s":"graded","t":0.1,"n":[{"n":"ps1","s":"executed","c":[["q1",1.0,1.0,"passed"]]}]})");
    const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
    QFile file(kubeconfig);
    if (!file.open(QIODevice::WriteOnly) || file.write(sim.kubeconfig(kToken, kNs)) < 0) {
        return figures;
    }
    file.close();

    AutogradePlan plan;
    plan.runId = QStringLiteral("be7c4");
    plan.courseDir = dir.path();
    plan.assignment = QStringLiteral("ps1");
    plan.image = QStringLiteral("sim/instant");
    plan.parallelism = parallelism;
    plan.notebooks.append({QStringLiteral("ps1"), {}});
    for (int i = 0; i < submissions; ++i) {
        const QString student = QStringLiteral("student%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString folder = dir.filePath(QStringLiteral("submitted/%1/ps1").arg(student));
        QDir().mkpath(folder);
        QFile submission(folder + u"/ps1.ipynb");
        if (!submission.open(QIODevice::WriteOnly)) {
            return figures;
        }
        submission.write(notebook(i, kib));
        plan.tasks.append({i, student, i + 1, folder, QDateTime::currentDateTimeUtc()});
    }

    CourseConfig config;
    config.kubernetes.kubeconfig = kubeconfig;
    Result<KubeExecutor *> created = KubeExecutor::create(config, nullptr);
    if (!created) {
        out() << "executor: " << created.error().message << '\n';
        return figures;
    }
    std::unique_ptr<KubeExecutor> executor(created.value());
    executor->setFetchExecutedNotebooks(false);
    QObject::connect(executor.get(), &AutogradeExecutor::taskFinished, executor.get(),
                     [&figures](const AutogradeTaskResult &result) {
                         figures.passed += result.state == AutogradeTaskState::Passed ? 1 : 0;
                     });
    QObject::connect(executor.get(), &AutogradeExecutor::runFailed, executor.get(),
                     [](const ServiceError &error) { out() << "run failed: " << error.message << '\n'; });
    QEventLoop loop;
    QObject::connect(executor.get(), &AutogradeExecutor::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(std::chrono::minutes(10), &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(executor.get(), &KubeExecutor::launched, executor.get(),
                     [&figures, &clock] { figures.launchedMs = clock.elapsed(); });
    executor->start(plan);
    loop.exec();
    figures.totalMs = clock.elapsed();
    figures.stats = executor->stats();
    const QHash<QString, int> counts = sim.requestCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key().startsWith(u"GET /api/v1/namespaces/" + kNs + u"/pods/")) {
            (it.key().endsWith(u"/log") ? figures.podLogs : figures.podGets) += it.value();
        }
    }
    figures.ok = !executor->isRunning();
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kube-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kubernetes executor figures against the simulator."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("submissions"), QStringLiteral("Comma-separated run sizes."),
                                   QStringLiteral("list"), QStringLiteral("100,1000"));
    const QCommandLineOption kib(QStringLiteral("kib"), QStringLiteral("Notebook size in KiB (with outputs)."),
                                 QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption parallelism(QStringLiteral("parallelism"), QStringLiteral("Job parallelism."),
                                         QStringLiteral("n"), QStringLiteral("50"));
    parser.addOptions({sizes, kib, parallelism});
    parser.process(app);

    out() << "| submissions | ConfigMaps | requests to launch | API launch (ms) | start() to launched (ms) | watches | "
             "lists | "
             "requests during run | per-pod GETs | log GETs | passed | total (ms) |\n"
          << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    out().flush();
    int status = 0;
    for (const QString &size : parser.value(sizes).split(u',', Qt::SkipEmptyParts)) {
        const Figures f = runOnce(size.toInt(), parser.value(kib).toInt(), parser.value(parallelism).toInt());
        out() << "| " << f.submissions << " | " << f.stats.configMaps << " | " << f.stats.launchRequests << " | "
              << f.stats.launchMs << " | " << f.launchedMs << " | " << f.stats.watches << " | " << f.stats.lists
              << " | " << f.stats.runRequests << " | " << f.podGets << " | " << f.podLogs << " | " << f.passed << " | "
              << f.totalMs << " |\n";
        out().flush();
        if (!f.ok || f.passed != f.submissions) {
            status = 1;
        }
    }
    return status;
}
