// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubeexecutor.h"

#include "kubeclient.h"
#include "kubeconfig.h"
#include "kubejobinputs.h"
#include "kubejobmanifest.h"
#include "kubelogging.h"
#include "kuberun.h"

#include <services/config/courseconfig.h>
#include <services/grading/autogradeharness.h>

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QTemporaryDir>
#include <QtConcurrent>

namespace GradeDesk::Services {

struct KubeExecutor::Private {
    AutogradePlan plan;
    QHash<int, AutogradeTaskResult> results; ///< Latest state per task index.
    QList<QPointer<KubeRun>> runs;
    QPointer<KubeRun> latest;
    KubeRunStats latestStats;
    QString latestJob;
    int attempt = 0;
    int preparing = 0;
    bool cancelled = false;
    bool running = false;
    std::unique_ptr<QTemporaryDir> tempDir;
};

namespace {

bool isTerminal(AutogradeTaskState state)
{
    return state == AutogradeTaskState::Passed || state == AutogradeTaskState::Failed ||
           state == AutogradeTaskState::TimedOut || state == AutogradeTaskState::Cancelled;
}

/// Runs in a worker thread: reads and strips the submissions, packs the ConfigMaps.
Result<KubeInputBundle> prepareInputs(const AutogradePlan &plan, const QList<int> &taskIndexes, const QString &jobName,
                                      const QString &ns)
{
    QList<KubeTaskInput> inputs;
    inputs.reserve(taskIndexes.size());
    for (int jobIndex = 0; jobIndex < taskIndexes.size(); ++jobIndex) {
        Result<KubeTaskInput> input = KubeJobInputs::readSubmission(plan.tasks.at(taskIndexes.at(jobIndex)), jobIndex);
        if (!input) {
            return input.error();
        }
        inputs.append(std::move(input).value());
    }
    return KubeJobInputs::pack(jobName, ns, KubeJobManifest::runLabels(plan), AutogradeHarness::script(),
                               AutogradeHarness::specJson(plan), inputs);
}

} // namespace

Result<KubeExecutor *> KubeExecutor::create(const CourseConfig &config, QObject *parent)
{
    Result<KubeContext> context = KubeConfigLoader::load(config.kubernetes);
    if (!context) {
        return context.error();
    }
    auto *client = new KubeClient(context.value());
    auto *executor = new KubeExecutor(client, context.value().ns, parent);
    client->setParent(executor);
    return executor;
}

KubeExecutor::KubeExecutor(KubeClient *client, const QString &ns, QObject *parent)
    : AutogradeExecutor(parent)
    , m_client(client)
    , m_ns(ns)
    , d(std::make_unique<Private>())
{}

KubeExecutor::~KubeExecutor()
{
    // Runs still going: delete their Jobs (best effort; the requests outlive this object only if
    // the client does).
    for (const QPointer<KubeRun> &run : std::as_const(d->runs)) {
        if (run && !run->isDone()) {
            run->disconnect(this);
            run->cancel();
        }
    }
}

QString KubeExecutor::name() const
{
    return QStringLiteral("kubernetes");
}

bool KubeExecutor::isRunning() const
{
    return d->running;
}

void KubeExecutor::setFetchExecutedNotebooks(bool fetch)
{
    m_fetchExecuted = fetch;
}

bool KubeExecutor::fetchExecutedNotebooks() const
{
    return m_fetchExecuted;
}

void KubeExecutor::setStuckGracePeriod(std::chrono::milliseconds grace)
{
    m_stuckGrace = grace;
}

void KubeExecutor::setOutputDirectory(const QString &dir)
{
    m_outputDir = dir;
}

void KubeExecutor::setRewatchBackoff(std::chrono::milliseconds initial)
{
    m_rewatchBackoff = initial;
}

QString KubeExecutor::jobName() const
{
    return d->latestJob;
}

KubeRunStats KubeExecutor::stats() const
{
    return d->latest ? d->latest->stats() : d->latestStats;
}

KubeClient *KubeExecutor::client() const
{
    return m_client;
}

void KubeExecutor::setState(int index, AutogradeTaskState state)
{
    d->results[index].index = index;
    d->results[index].state = state;
    emit taskStateChanged(index, state);
}

void KubeExecutor::start(const AutogradePlan &plan)
{
    if (d->running) {
        qCWarning(lcKube) << "start() while a run is in progress; ignored";
        return;
    }
    d->plan = plan;
    d->results.clear();
    d->cancelled = false;
    d->attempt = 0;
    QList<int> indexes;
    for (int i = 0; i < plan.tasks.size(); ++i) {
        indexes.append(i);
    }
    d->running = true;
    for (int index : std::as_const(indexes)) {
        setState(index, AutogradeTaskState::Queued);
    }
    if (indexes.isEmpty()) {
        d->running = false;
        emit finished();
        return;
    }
    launchJob(indexes, true);
}

void KubeExecutor::retry(const QList<int> &indexes)
{
    QList<int> valid;
    for (int index : indexes) {
        const auto it = d->results.constFind(index);
        if (it != d->results.cend() && isTerminal(it->state) && it->state != AutogradeTaskState::Passed &&
            !valid.contains(index)) {
            valid.append(index);
        }
    }
    if (valid.isEmpty()) {
        return;
    }
    std::sort(valid.begin(), valid.end());
    d->cancelled = false;
    d->running = true;
    for (int index : std::as_const(valid)) {
        setState(index, AutogradeTaskState::Queued);
    }
    launchJob(valid, false);
}

void KubeExecutor::cancel()
{
    if (!d->running) {
        return;
    }
    d->cancelled = true;
    const QList<QPointer<KubeRun>> runs = d->runs;
    for (const QPointer<KubeRun> &run : runs) {
        if (run) {
            run->cancel();
        }
    }
}

void KubeExecutor::launchJob(const QList<int> &taskIndexes, bool preflight)
{
    if (m_outputDir.isEmpty() && !d->tempDir) {
        d->tempDir = std::make_unique<QTemporaryDir>();
    }
    const QString jobName = KubeJobManifest::jobName(d->plan.assignment, d->plan.runId, d->attempt++);
    d->latestJob = jobName;
    ++d->preparing;
    auto *watcher = new QFutureWatcher<Result<KubeInputBundle>>(this);
    connect(watcher, &QFutureWatcher<Result<KubeInputBundle>>::finished, this,
            [this, watcher, taskIndexes, jobName, preflight] {
                watcher->deleteLater();
                --d->preparing;
                startRun(taskIndexes, jobName, preflight, watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(prepareInputs, d->plan, taskIndexes, jobName, m_ns));
}

void KubeExecutor::startRun(const QList<int> &taskIndexes, const QString &jobName, bool preflight,
                            const Result<KubeInputBundle> &inputs)
{
    if (d->cancelled || !inputs) {
        if (!inputs) {
            emit runFailed(inputs.error());
        }
        const AutogradeFailure failure{QStringLiteral("LaunchFailed"), inputs ? QString() : inputs.error().message,
                                       true};
        for (int index : taskIndexes) {
            AutogradeTaskResult result;
            result.index = index;
            result.state = d->cancelled ? AutogradeTaskState::Cancelled : AutogradeTaskState::Failed;
            if (!d->cancelled) {
                result.failure = failure;
            }
            d->results[index] = result;
            emit taskStateChanged(index, result.state);
            emit taskFinished(result);
        }
        maybeFinish();
        return;
    }
    KubeRunSetup setup;
    setup.plan = d->plan;
    setup.taskIndexes = taskIndexes;
    setup.jobName = jobName;
    setup.ns = m_ns;
    setup.preflight = preflight;
    setup.fetchExecuted = m_fetchExecuted;
    setup.stuckGrace = m_stuckGrace;
    setup.rewatchBackoff = m_rewatchBackoff;
    setup.outputDir = !m_outputDir.isEmpty() ? m_outputDir : d->tempDir->path();
    auto *run = new KubeRun(m_client, setup, this);
    d->runs.append(run);
    d->latest = run;
    connect(run, &KubeRun::taskRunning, this, [this](int index, const QDateTime &startedAt) {
        d->results[index].startedAt = startedAt;
        setState(index, AutogradeTaskState::Running);
    });
    connect(run, &KubeRun::taskDone, this, [this](const AutogradeTaskResult &done) {
        AutogradeTaskResult result = done;
        result.attempts += d->results.value(done.index).attempts;
        if (!result.startedAt.isValid()) {
            result.startedAt = d->results.value(done.index).startedAt;
        }
        d->results[done.index] = result;
        emit taskStateChanged(result.index, result.state);
        emit taskFinished(result);
    });
    connect(run, &KubeRun::runEvent, this, &AutogradeExecutor::runEvent);
    connect(run, &KubeRun::launchFailed, this, &AutogradeExecutor::runFailed);
    connect(run, &KubeRun::launched, this, &KubeExecutor::launched);
    connect(run, &KubeRun::finished, this, [this, run] { onRunFinished(run); });
    run->launch(inputs.value());
}

void KubeExecutor::onRunFinished(KubeRun *run)
{
    // Tasks the run left open: it was cancelled, or it never launched (runFailed was emitted).
    for (int index : run->setup().taskIndexes) {
        const AutogradeTaskState state = d->results.value(index).state;
        if (isTerminal(state)) {
            continue;
        }
        AutogradeTaskResult result;
        result.index = index;
        result.attempts = d->results.value(index).attempts;
        if (run->wasCancelled()) {
            result.state = AutogradeTaskState::Cancelled;
        } else {
            result.state = AutogradeTaskState::Failed;
            result.failure = AutogradeFailure{QStringLiteral("LaunchFailed"),
                                              tr("The run could not be started on the cluster (see the run's "
                                                 "messages). Retry when the problem is fixed."),
                                              true};
        }
        d->results[index] = result;
        emit taskStateChanged(index, result.state);
        emit taskFinished(result);
    }
    d->latestStats = run->stats();
    d->runs.removeAll(run);
    run->deleteLater();
    maybeFinish();
}

void KubeExecutor::maybeFinish()
{
    if (d->preparing > 0 || !d->runs.isEmpty() || !d->running) {
        return;
    }
    d->running = false;
    emit finished();
}

} // namespace GradeDesk::Services
