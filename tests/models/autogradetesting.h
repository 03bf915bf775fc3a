// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the autograde model and dashboard tests: an executor whose tasks move only when the
// test says so, and builders for plans and harness results.

#include <services/grading/autogradeexecutor.h>

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace GradeDesk::Tests {

/// A plan for `students` with one notebook "ps1"; submission folders do not exist.
inline Services::AutogradePlan fakePlan(const QStringList &students, int parallelism = 2)
{
    Services::AutogradePlan plan;
    plan.runId = QStringLiteral("0a1b2c");
    plan.courseDir = QStringLiteral("/nonexistent/course");
    plan.assignment = QStringLiteral("ps1");
    plan.assignmentId = 1;
    plan.parallelism = parallelism;
    Services::HarnessNotebookSpec notebook;
    notebook.name = QStringLiteral("ps1");
    plan.notebooks.append(notebook);
    for (const QString &student : students) {
        Services::AutogradeTask task;
        task.index = int(plan.tasks.size());
        task.studentId = student;
        task.submissionId = task.index + 1;
        task.submissionDir = plan.courseDir + QStringLiteral("/submitted/") + student + QStringLiteral("/ps1");
        task.submittedAt = QDateTime(QDate(2026, 2, 1), QTime(12, 0), QTimeZone::utc());
        plan.tasks.append(task);
    }
    return plan;
}

struct FakeCell {
    FakeCell(const QString &id, std::optional<double> points, double max = 1.0,
             const QString &result = QStringLiteral("passed"), const QString &text = {})
        : gradeId(id)
        , score(points)
        , maxScore(max)
        , outcome(result)
        , message(text)
    {}

    QString gradeId;
    std::optional<double> score;
    double maxScore;
    QString outcome;
    QString message;
};

/// A graded harness result with notebook "ps1" holding `cells`.
inline Services::HarnessResult fakeResult(const QList<FakeCell> &cells, double seconds = 1.0)
{
    Services::HarnessResult result;
    result.status = QStringLiteral("graded");
    result.seconds = seconds;
    Services::HarnessNotebookResult notebook;
    notebook.name = QStringLiteral("ps1");
    notebook.status = QStringLiteral("executed");
    notebook.seconds = seconds;
    for (const FakeCell &cell : cells) {
        Services::HarnessCellResult out;
        out.gradeId = cell.gradeId;
        out.score = cell.score;
        out.maxScore = cell.maxScore;
        out.needsManualGrade = !cell.score;
        out.outcome = cell.outcome;
        out.message = cell.message;
        notebook.cells.append(out);
    }
    result.notebooks.append(notebook);
    return result;
}

/**
 * An executor driven by the test: start() queues every task and nothing moves until the test calls
 * run()/pass()/fail()/timeOut(). finished() follows by itself once every task is terminal.
 * Timestamps come from `clock`, so durations and the ETA are exact.
 */
class FakeAutogradeExecutor final : public Services::AutogradeExecutor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeAutogradeExecutor)

public:
    explicit FakeAutogradeExecutor(QObject *parent = nullptr)
        : Services::AutogradeExecutor(parent)
    {}

    ~FakeAutogradeExecutor() override = default;

    QString name() const override { return m_name; }

    void start(const Services::AutogradePlan &plan) override
    {
        m_plan = plan;
        m_states = QList<Services::AutogradeTaskState>(plan.tasks.size(), Services::AutogradeTaskState::Queued);
        m_attempts = QList<int>(plan.tasks.size(), 0);
        m_started = QList<QDateTime>(plan.tasks.size());
        ++startCount;
        m_running = true;
        if (runError) {
            emit runFailed(*runError);
            m_running = false;
            emit finished();
        }
    }

    void retry(const QList<int> &indexes) override
    {
        retried.append(indexes);
        for (int index : indexes) {
            m_states[index] = Services::AutogradeTaskState::Queued;
            emit taskStateChanged(index, Services::AutogradeTaskState::Queued);
        }
        m_running = true;
    }

    void cancel() override
    {
        ++cancelCount;
        for (int i = 0; i < m_states.size(); ++i) {
            if (m_states.at(i) == Services::AutogradeTaskState::Queued ||
                m_states.at(i) == Services::AutogradeTaskState::Running) {
                Services::AutogradeTaskResult result = base(i, Services::AutogradeTaskState::Cancelled);
                m_states[i] = result.state;
                emit taskFinished(result);
            }
        }
        finishIfDone();
    }

    bool isRunning() const override { return m_running; }

    void run(int index)
    {
        m_states[index] = Services::AutogradeTaskState::Running;
        m_started[index] = now();
        ++m_attempts[index];
        emit taskStateChanged(index, Services::AutogradeTaskState::Running);
    }

    void pass(int index, const Services::HarnessResult &harness, const QString &log = {})
    {
        Services::AutogradeTaskResult result = base(index, Services::AutogradeTaskState::Passed);
        result.result = harness;
        result.log = log;
        end(result);
    }

    void fail(int index, const QString &reason, const QString &message, bool retryable = true, const QString &log = {})
    {
        Services::AutogradeTaskResult result = base(index, Services::AutogradeTaskState::Failed);
        result.failure = Services::AutogradeFailure{reason, message, retryable};
        result.log = log;
        end(result);
    }

    void timeOut(int index)
    {
        Services::AutogradeTaskResult result = base(index, Services::AutogradeTaskState::TimedOut);
        result.failure = Services::AutogradeFailure{QStringLiteral("DeadlineExceeded"),
                                                    QStringLiteral("The submission ran longer than allowed."), true};
        end(result);
    }

    void say(const QString &message) { emit runEvent(message); }

    void setName(const QString &name) { m_name = name; }

    const Services::AutogradePlan &plan() const { return m_plan; }

    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
    std::optional<Services::ServiceError> runError;
    QList<int> retried;
    int startCount = 0;
    int cancelCount = 0;

private:
    Services::AutogradeTaskResult base(int index, Services::AutogradeTaskState state) const
    {
        Services::AutogradeTaskResult result;
        result.index = index;
        result.state = state;
        result.attempts = m_attempts.at(index);
        result.startedAt = m_started.at(index);
        result.finishedAt = now();
        return result;
    }

    void end(const Services::AutogradeTaskResult &result)
    {
        m_states[result.index] = result.state;
        emit taskFinished(result);
        finishIfDone();
    }

    void finishIfDone()
    {
        for (Services::AutogradeTaskState state : std::as_const(m_states)) {
            if (state == Services::AutogradeTaskState::Queued || state == Services::AutogradeTaskState::Running) {
                return;
            }
        }
        if (m_running) {
            m_running = false;
            emit finished();
        }
    }

    QString m_name = QStringLiteral("local");
    Services::AutogradePlan m_plan;
    QList<Services::AutogradeTaskState> m_states;
    QList<int> m_attempts;
    QList<QDateTime> m_started;
    bool m_running = false;
};

} // namespace GradeDesk::Tests
