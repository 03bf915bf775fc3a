// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "coursesession.h"

#include <services/core/result.h>
#include <services/grading/autogradeexecutor.h>
#include <services/grading/autogradeimport.h>
#include <services/grading/autogradetypes.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace GradeDesk::Models {

/// What the staff chose on the dashboard's start panel.
struct AutogradeStartOptions {
    QString assignment;
    QString executor = QStringLiteral("local"); ///< "local" or "kubernetes".
    int parallelism = 0;                        ///< 0: the executor's default.
    Services::AutogradeLimits limits;
};

/// One line of the run's event list: what the session did, what the executor or cluster said.
struct AutogradeRunEvent {
    enum class Kind {
        Info,     ///< The session's own steps (started, retrying, finished).
        Executor, ///< Reported by the executor: cluster events, server warnings, reconnects.
        Error,    ///< The run as a whole failed.
    };

    QDateTime at; ///< UTC.
    Kind kind = Kind::Info;
    QString message; ///< Translated (or the server's own text).
};

/**
 * @brief One autograde run of an assignment as the dashboard follows it.
 *
 * Owns the plan, the executor and every task's latest AutogradeTaskResult. start() plans the run
 * from the course's gradebook and starts the executor the options name; startPlan() starts a plan
 * that is already built with a given executor (tests, and callers that plan themselves). Nothing is
 * written to the gradebook by a run: the results wait for the change preview and its commit.
 *
 * Every task moves Queued -> Running -> Passed | Failed | TimedOut | Cancelled; taskChanged(index)
 * reports each move and countsChanged() follows whenever a state count moved. A new plan emits
 * runStarted() before anything else, so models reset once. retryFailed() sends Failed, TimedOut and
 * Cancelled tasks whose failure is retryable back to the executor; cancel() stops the rest.
 */
class AutogradeSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutogradeSession)

public:
    using Planner = std::function<Services::Result<Services::AutogradePlan>(const AutogradeStartOptions &)>;
    using ExecutorFactory =
        std::function<Services::Result<std::unique_ptr<Services::AutogradeExecutor>>(const AutogradeStartOptions &)>;
    using Clock = std::function<QDateTime()>;
    /// Computes (nothing written) or commits the score changes of a run's results.
    using ChangePreviewer = std::function<Services::Result<Services::AutogradeChanges>(
        const Services::AutogradePlan &, const QList<Services::AutogradeTaskResult> &)>;
    using ChangeCommitter = std::function<Services::Result<Services::AutogradeCommitReport>(
        const Services::AutogradePlan &, const QList<Services::AutogradeTaskResult> &, const QString &executor)>;

    static constexpr int stateCount = int(Services::AutogradeTaskState::Cancelled) + 1;

    /// `course` (not owned, may be null: then only startPlan() works) supplies the gradebook.
    explicit AutogradeSession(CourseSession *course, QObject *parent = nullptr);
    ~AutogradeSession() override;

    /// Replaces how plans are built (default: AutogradePlanner on the course's gradebook, with the
    /// options' parallelism and time limits).
    void setPlanner(Planner planner);
    /// Replaces how executors are made (default: the executor the options name, for the course).
    void setExecutorFactory(ExecutorFactory factory);
    /// Replaces how score changes are previewed and committed (default: AutogradeImport on the
    /// course's gradebook).
    void setChangeImport(ChangePreviewer previewer, ChangeCommitter committer);
    /// Replaces the clock used for durations and the ETA (default: the system clock, UTC).
    void setClock(Clock clock);

    CourseSession *course() const { return m_course; }

    /// Plans the run for `options.assignment` and starts it. Fails (nothing started) while a run
    /// is going on, or when planning or making the executor fails.
    Services::Result<void> start(const AutogradeStartOptions &options);
    /// Starts `plan` on `executor` (taken over). Refused (returns false) while a run is going on.
    bool startPlan(const Services::AutogradePlan &plan, std::unique_ptr<Services::AutogradeExecutor> executor);
    /// Sends every retryable failed, timed-out or cancelled task back to the executor. Returns how
    /// many went back (0 while running or when there is nothing to retry).
    int retryFailed();
    /// Stops what is queued or running; those tasks end as Cancelled.
    void cancel();

    bool isRunning() const;

    /// True once a run was started (its tasks stay until the next one).
    bool hasPlan() const { return m_executor != nullptr; }

    const Services::AutogradePlan &plan() const { return m_plan; }

    /// "local" / "kubernetes" of the current run, empty before the first.
    QString executorName() const;

    Services::AutogradeExecutor *executor() const { return m_executor.get(); }

    int taskCount() const { return int(m_results.size()); }

    const Services::AutogradeTask &task(int index) const;
    /// The latest result of the task (state, attempts, times; result or failure once finished).
    const Services::AutogradeTaskResult &result(int index) const;
    int count(Services::AutogradeTaskState state) const;
    /// Tasks in a terminal state (Passed, Failed, TimedOut, Cancelled).
    int finishedCount() const;
    /// Tasks that can go back to the executor with retryFailed().
    QList<int> retryableIndexes() const;
    /// Whole seconds until every queued and running task is done, from the mean duration of the
    /// attempts that finished and the run's parallelism; nullopt while nothing finished or idle.
    std::optional<int> etaSeconds() const;
    /// Seconds the task has run: until finishedAt, or until now while it runs; nullopt before.
    std::optional<double> durationSeconds(int index) const;

    /// The auto scores the graded results would change in the gradebook. Nothing is written.
    Services::Result<Services::AutogradeChanges> previewChanges() const;
    /// Writes the graded results' auto scores (manual scores, comments and rubric items stay) and
    /// places the executed notebooks. Refused while the run goes on.
    Services::Result<Services::AutogradeCommitReport> commitChanges();

    const QList<AutogradeRunEvent> &events() const { return m_events; }

    /// The run-level error of the last run, if the executor reported one.
    const std::optional<Services::ServiceError> &runError() const { return m_runError; }

    QDateTime now() const;

    static QString stateName(Services::AutogradeTaskState state);

signals:
    /// A new plan replaced the previous run's tasks (reset views).
    void runStarted();
    void taskChanged(int index);
    void countsChanged();
    void eventAdded(int row);
    void runningChanged(bool running);
    void runFailed(const GradeDesk::Services::ServiceError &error);
    /// Auto scores of the run's assignment were written to the gradebook.
    void committed(const QString &assignment, int changed);
    /// Every task is in a terminal state (after a start, a retry or a cancel).
    void finished();

private:
    void onTaskStateChanged(int index, Services::AutogradeTaskState state);
    void onTaskFinished(const Services::AutogradeTaskResult &result);
    void onRunEvent(const QString &message);
    void onRunFailed(const Services::ServiceError &error);
    void onFinished();
    void addEvent(AutogradeRunEvent::Kind kind, const QString &message);
    void setState(int index, Services::AutogradeTaskState state);
    void recount();

    QPointer<CourseSession> m_course;
    Planner m_planner;
    ExecutorFactory m_executorFactory;
    Clock m_clock;
    ChangePreviewer m_previewer;
    ChangeCommitter m_committer;
    Services::AutogradePlan m_plan;
    std::unique_ptr<Services::AutogradeExecutor> m_executor;
    QList<Services::AutogradeTaskResult> m_results;
    std::array<int, stateCount> m_counts{};
    QList<AutogradeRunEvent> m_events;
    std::optional<Services::ServiceError> m_runError;
    int m_peakRunning = 0;
    bool m_running = false;
};

} // namespace GradeDesk::Models
