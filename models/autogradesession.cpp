// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradesession.h"

#include "modelslogging.h"

#include <services/grading/autogradeexecutors.h>
#include <services/grading/autogradeplanner.h>

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace GradeDesk::Models {

using Services::AutogradeTaskResult;
using Services::AutogradeTaskState;
using Services::Result;
using Services::ServiceError;

namespace {

bool isTerminal(AutogradeTaskState state)
{
    return state != AutogradeTaskState::Queued && state != AutogradeTaskState::Running;
}

} // namespace

AutogradeSession::AutogradeSession(CourseSession *course, QObject *parent)
    : QObject(parent)
    , m_course(course)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    if (!course || !course->gradebook()) {
        return;
    }
    // The defaults work on the course's gradebook, on this (its) thread.
    m_planner = [this](const AutogradeStartOptions &options) -> Result<Services::AutogradePlan> {
        if (!m_course) {
            return ServiceError::make(ServiceError::Kind::NotFound, tr("The course was closed."),
                                      QStringLiteral("no course"));
        }
        auto plan = Services::AutogradePlanner::plan(*m_course->gradebook(), m_course->config(), options.assignment);
        if (plan) {
            plan.value().parallelism = options.parallelism > 0 ? options.parallelism : plan.value().parallelism;
            plan.value().limits.cellTimeoutSeconds = options.limits.cellTimeoutSeconds;
            plan.value().limits.submissionTimeoutSeconds = options.limits.submissionTimeoutSeconds;
        }
        return plan;
    };
    m_executorFactory =
        [this](const AutogradeStartOptions &options) -> Result<std::unique_ptr<Services::AutogradeExecutor>> {
        if (!m_course) {
            return ServiceError::make(ServiceError::Kind::NotFound, tr("The course was closed."),
                                      QStringLiteral("no course"));
        }
        auto made = Services::AutogradeExecutors::create(m_course->config(), options.executor, nullptr);
        if (!made) {
            return made.error();
        }
        return std::unique_ptr<Services::AutogradeExecutor>(made.value());
    };
    m_previewer = [this](const Services::AutogradePlan &plan,
                         const QList<AutogradeTaskResult> &results) -> Result<Services::AutogradeChanges> {
        if (!m_course) {
            return ServiceError::make(ServiceError::Kind::NotFound, tr("The course was closed."),
                                      QStringLiteral("no course"));
        }
        return Services::AutogradeImport::preview(*m_course->gradebook(), plan, results);
    };
    m_committer = [this](const Services::AutogradePlan &plan, const QList<AutogradeTaskResult> &results,
                         const QString &executor) -> Result<Services::AutogradeCommitReport> {
        if (!m_course) {
            return ServiceError::make(ServiceError::Kind::NotFound, tr("The course was closed."),
                                      QStringLiteral("no course"));
        }
        return Services::AutogradeImport::commit(*m_course->gradebook(), plan, results, executor,
                                                 m_course->config().grader);
    };
}

AutogradeSession::~AutogradeSession()
{
    if (m_executor) {
        // Destroying the executor cleans up what it created; its signals must not reach us then.
        disconnect(m_executor.get(), nullptr, this, nullptr);
        if (m_executor->isRunning()) {
            m_executor->cancel();
        }
    }
}

void AutogradeSession::setPlanner(Planner planner)
{
    m_planner = std::move(planner);
}

void AutogradeSession::setExecutorFactory(ExecutorFactory factory)
{
    m_executorFactory = std::move(factory);
}

void AutogradeSession::setChangeImport(ChangePreviewer previewer, ChangeCommitter committer)
{
    m_previewer = std::move(previewer);
    m_committer = std::move(committer);
}

void AutogradeSession::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime AutogradeSession::now() const
{
    return m_clock();
}

Result<void> AutogradeSession::start(const AutogradeStartOptions &options)
{
    if (isRunning()) {
        return ServiceError::make(ServiceError::Kind::Conflict,
                                  tr("An autograde run is still going on. Wait for it to finish or cancel it first."),
                                  QStringLiteral("start while running"));
    }
    if (!m_planner || !m_executorFactory) {
        return ServiceError::make(ServiceError::Kind::Unsupported,
                                  tr("Autograding is not available in this build of GradeDesk."),
                                  QStringLiteral("no planner or executor factory"));
    }
    auto plan = m_planner(options);
    if (!plan) {
        return plan.error();
    }
    if (plan.value().tasks.isEmpty()) {
        return ServiceError::make(
            ServiceError::Kind::NotFound,
            tr("%1 has no submissions to autograde. Collect the submissions first.").arg(options.assignment),
            QStringLiteral("empty plan"));
    }
    auto executor = m_executorFactory(options);
    if (!executor) {
        return executor.error();
    }
    startPlan(plan.value(), std::move(executor).value());
    return {};
}

bool AutogradeSession::startPlan(const Services::AutogradePlan &plan,
                                 std::unique_ptr<Services::AutogradeExecutor> executor)
{
    if (isRunning() || !executor) {
        return false;
    }
    if (m_executor) {
        disconnect(m_executor.get(), nullptr, this, nullptr);
        // Not deleted at once: this may run inside one of the old executor's signals.
        m_executor.release()->deleteLater();
    }
    m_plan = plan;
    m_executor = std::move(executor);
    m_results.clear();
    m_results.reserve(plan.tasks.size());
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        AutogradeTaskResult result;
        result.index = int(i);
        m_results.append(result);
    }
    m_events.clear();
    m_runError.reset();
    m_peakRunning = 0;
    recount();
    emit runStarted();
    emit countsChanged();

    Services::AutogradeExecutor *executorObject = m_executor.get();
    connect(executorObject, &Services::AutogradeExecutor::taskStateChanged, this,
            &AutogradeSession::onTaskStateChanged);
    connect(executorObject, &Services::AutogradeExecutor::taskFinished, this, &AutogradeSession::onTaskFinished);
    connect(executorObject, &Services::AutogradeExecutor::runEvent, this, &AutogradeSession::onRunEvent);
    connect(executorObject, &Services::AutogradeExecutor::runFailed, this, &AutogradeSession::onRunFailed);
    connect(executorObject, &Services::AutogradeExecutor::finished, this, &AutogradeSession::onFinished);

    const int parallelism = plan.parallelism > 0 ? plan.parallelism : 0;
    addEvent(AutogradeRunEvent::Kind::Info,
             parallelism > 0
                 ? tr("Started %1: %n submission(s) on the %2 executor, %3 at a time.", nullptr, int(plan.tasks.size()))
                       .arg(plan.assignment, executorObject->name())
                       .arg(parallelism)
                 : tr("Started %1: %n submission(s) on the %2 executor.", nullptr, int(plan.tasks.size()))
                       .arg(plan.assignment, executorObject->name()));
    qCInfo(lcModels) << "autograde run" << plan.runId << "of" << plan.assignment << "with" << plan.tasks.size()
                     << "tasks on" << executorObject->name();
    m_running = true;
    emit runningChanged(true);
    executorObject->start(plan);
    return true;
}

int AutogradeSession::retryFailed()
{
    if (isRunning() || !m_executor) {
        return 0;
    }
    const QList<int> indexes = retryableIndexes();
    if (indexes.isEmpty()) {
        return 0;
    }
    for (int index : indexes) {
        m_results[index].failure.reset();
        m_results[index].result.reset();
        setState(index, AutogradeTaskState::Queued);
    }
    m_runError.reset();
    recount();
    emit countsChanged();
    addEvent(AutogradeRunEvent::Kind::Info, tr("Retrying %n submission(s).", nullptr, int(indexes.size())));
    m_running = true;
    emit runningChanged(true);
    m_executor->retry(indexes);
    return int(indexes.size());
}

void AutogradeSession::cancel()
{
    if (!isRunning()) {
        return;
    }
    addEvent(AutogradeRunEvent::Kind::Info, tr("Cancelling: submissions still queued or running are stopped."));
    m_executor->cancel();
}

bool AutogradeSession::isRunning() const
{
    return m_running;
}

QString AutogradeSession::executorName() const
{
    return m_executor ? m_executor->name() : QString();
}

const Services::AutogradeTask &AutogradeSession::task(int index) const
{
    Q_ASSERT(index >= 0 && index < m_plan.tasks.size());
    return m_plan.tasks.at(index);
}

const AutogradeTaskResult &AutogradeSession::result(int index) const
{
    Q_ASSERT(index >= 0 && index < m_results.size());
    return m_results.at(index);
}

int AutogradeSession::count(AutogradeTaskState state) const
{
    return m_counts.at(std::size_t(state));
}

int AutogradeSession::finishedCount() const
{
    return taskCount() - count(AutogradeTaskState::Queued) - count(AutogradeTaskState::Running);
}

QList<int> AutogradeSession::retryableIndexes() const
{
    QList<int> indexes;
    for (const AutogradeTaskResult &result : m_results) {
        const bool unfinished = result.state == AutogradeTaskState::Failed ||
                                result.state == AutogradeTaskState::TimedOut ||
                                result.state == AutogradeTaskState::Cancelled;
        if (unfinished && (!result.failure || result.failure->retryable)) {
            indexes.append(result.index);
        }
    }
    return indexes;
}

std::optional<double> AutogradeSession::durationSeconds(int index) const
{
    const AutogradeTaskResult &result = this->result(index);
    if (!result.startedAt.isValid()) {
        return std::nullopt;
    }
    QDateTime end;
    if (result.state == AutogradeTaskState::Running) {
        end = now();
    } else if (isTerminal(result.state)) {
        end = result.finishedAt;
    }
    if (!end.isValid()) {
        return std::nullopt; // queued again for a retry, or finished without times
    }
    return std::max(0.0, double(result.startedAt.msecsTo(end)) / 1000.0);
}

std::optional<int> AutogradeSession::etaSeconds() const
{
    if (!isRunning()) {
        return std::nullopt;
    }
    double total = 0.0;
    int finished = 0;
    for (const AutogradeTaskResult &result : m_results) {
        const bool measured = result.state == AutogradeTaskState::Passed ||
                              result.state == AutogradeTaskState::Failed ||
                              result.state == AutogradeTaskState::TimedOut;
        if (measured && result.startedAt.isValid() && result.finishedAt.isValid()) {
            total += std::max(0.0, double(result.startedAt.msecsTo(result.finishedAt)) / 1000.0);
            ++finished;
        }
    }
    if (finished == 0) {
        return std::nullopt;
    }
    const double mean = total / finished;
    const int queued = count(AutogradeTaskState::Queued);
    const int running = count(AutogradeTaskState::Running);
    // Work left in task-seconds: the queued tasks at the mean, the running ones for what the mean
    // says they still need. Spread over the slots that can still be busy.
    double work = queued * mean;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).state == AutogradeTaskState::Running) {
            work += std::max(0.0, mean - durationSeconds(i).value_or(0.0));
        }
    }
    const int parallelism = m_plan.parallelism > 0 ? m_plan.parallelism : std::max(1, m_peakRunning);
    const int busy = std::max(1, std::min(parallelism, queued + running));
    return int(std::ceil(work / busy));
}

Result<Services::AutogradeChanges> AutogradeSession::previewChanges() const
{
    if (!m_previewer) {
        return ServiceError::make(ServiceError::Kind::Unsupported,
                                  tr("Score changes cannot be computed without an open course."),
                                  QStringLiteral("no change previewer"));
    }
    return m_previewer(m_plan, m_results);
}

Result<Services::AutogradeCommitReport> AutogradeSession::commitChanges()
{
    if (isRunning()) {
        return ServiceError::make(ServiceError::Kind::Conflict,
                                  tr("The run is still going on. Commit the scores once it has finished."),
                                  QStringLiteral("commit while running"));
    }
    if (!m_committer) {
        return ServiceError::make(ServiceError::Kind::Unsupported,
                                  tr("Scores cannot be committed without an open course."),
                                  QStringLiteral("no change committer"));
    }
    const Result<Services::AutogradeCommitReport> report = m_committer(m_plan, m_results, executorName());
    if (!report) {
        addEvent(AutogradeRunEvent::Kind::Error, report.error().message);
        return report;
    }
    const int written = report.value().cellsWritten;
    addEvent(AutogradeRunEvent::Kind::Info,
             tr("Committed %n auto score(s) of %1 to the gradebook.", nullptr, written).arg(m_plan.assignment));
    for (const QString &warning : report.value().warnings) {
        addEvent(AutogradeRunEvent::Kind::Executor, warning);
    }
    emit committed(m_plan.assignment, written);
    return report;
}

QString AutogradeSession::stateName(AutogradeTaskState state)
{
    switch (state) {
    case AutogradeTaskState::Queued:
        return tr("Queued");
    case AutogradeTaskState::Running:
        return tr("Running");
    case AutogradeTaskState::Passed:
        return tr("Graded");
    case AutogradeTaskState::Failed:
        return tr("Failed");
    case AutogradeTaskState::TimedOut:
        return tr("Timed out");
    case AutogradeTaskState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

void AutogradeSession::onTaskStateChanged(int index, AutogradeTaskState state)
{
    if (index < 0 || index >= m_results.size()) {
        qCWarning(lcModels) << "autograde: executor reported unknown task" << index;
        return;
    }
    // A terminal state arrives with its result through taskFinished (executors may announce it
    // here first): until then the task keeps the state it had, so nobody sees Passed without a result.
    if (state != AutogradeTaskState::Queued && state != AutogradeTaskState::Running) {
        return;
    }
    AutogradeTaskResult &result = m_results[index];
    if (state == AutogradeTaskState::Running && result.state != AutogradeTaskState::Running) {
        result.startedAt = now();
        result.finishedAt = {};
        ++result.attempts;
    }
    setState(index, state);
}

void AutogradeSession::onTaskFinished(const AutogradeTaskResult &finished)
{
    const int index = finished.index;
    if (index < 0 || index >= m_results.size()) {
        qCWarning(lcModels) << "autograde: executor finished unknown task" << index;
        return;
    }
    AutogradeTaskResult &result = m_results[index];
    const int attempts = std::max(result.attempts, finished.attempts);
    const QDateTime startedAt = finished.startedAt.isValid() ? finished.startedAt : result.startedAt;
    result = finished;
    result.attempts = std::max(attempts, 1);
    result.startedAt = startedAt;
    if (!result.finishedAt.isValid()) {
        result.finishedAt = now();
    }
    if (!isTerminal(result.state)) {
        qCWarning(lcModels) << "autograde: task" << index << "finished in a non-terminal state";
        result.state = AutogradeTaskState::Failed;
    }
    recount();
    emit taskChanged(index);
    emit countsChanged();
}

void AutogradeSession::onRunEvent(const QString &message)
{
    addEvent(AutogradeRunEvent::Kind::Executor, message);
}

void AutogradeSession::onRunFailed(const ServiceError &error)
{
    qCWarning(lcModels) << "autograde run failed:" << error.message << error.detail;
    m_runError = error;
    addEvent(AutogradeRunEvent::Kind::Error, error.message);
    emit runFailed(error);
}

void AutogradeSession::onFinished()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    addEvent(AutogradeRunEvent::Kind::Info, tr("Finished: %1 graded, %2 failed, %3 timed out, %4 cancelled.")
                                                .arg(count(AutogradeTaskState::Passed))
                                                .arg(count(AutogradeTaskState::Failed))
                                                .arg(count(AutogradeTaskState::TimedOut))
                                                .arg(count(AutogradeTaskState::Cancelled)));
    emit runningChanged(false);
    emit finished();
}

void AutogradeSession::addEvent(AutogradeRunEvent::Kind kind, const QString &message)
{
    m_events.append({now(), kind, message});
    emit eventAdded(int(m_events.size()) - 1);
}

void AutogradeSession::setState(int index, AutogradeTaskState state)
{
    AutogradeTaskResult &result = m_results[index];
    if (result.state == state) {
        return;
    }
    result.state = state;
    recount();
    emit taskChanged(index);
    emit countsChanged();
}

void AutogradeSession::recount()
{
    m_counts.fill(0);
    for (const AutogradeTaskResult &result : m_results) {
        ++m_counts.at(std::size_t(result.state));
    }
    m_peakRunning = std::max(m_peakRunning, count(AutogradeTaskState::Running));
}

} // namespace GradeDesk::Models
