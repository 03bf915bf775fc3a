// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>
#include <utility>

namespace GradeDesk::Services {

/**
 * @brief Base of every asynchronous Canvas operation.
 *
 * A job emits `progress` any number of times and then `finished` exactly once, always from the
 * event loop (never inside the call that created it, so callers can connect first), and deletes
 * itself (deleteLater) right after: read the result in the slot connected to `finished`.
 * `cancel()` asks the work to stop; the job still finishes, with a Cancelled error unless it was
 * already done. A job is a child of the object that started it: destroying that object abandons
 * the job without emitting anything.
 */
class CanvasJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasJob)

public:
    ~CanvasJob() override;

    bool isFinished() const { return m_finished; }

    bool isCancelRequested() const { return m_cancelRequested; }

public slots:
    void cancel();

signals:
    /// `done` of `total` steps of `stage` (translated, e.g. "Reading the roster"); total 0 = unknown.
    void progress(int done, int total, const QString &stage);
    void finished();

protected:
    explicit CanvasJob(QObject *parent);
    /// Emits finished() once and schedules deletion. Later calls are ignored.
    void emitFinished();
    /// Called once by cancel() while the job runs; implementations stop their work and finish.
    virtual void onCancel() = 0;

private:
    bool m_finished = false;
    bool m_cancelRequested = false;
};

/// A Canvas job with a typed result.
template <typename T>
class CanvasTask : public CanvasJob
{
public:
    /// Valid once finished() was emitted.
    const Result<T> &result() const
    {
        Q_ASSERT(m_result);
        return *m_result;
    }

    /// Stores the result and finishes; ignored once finished.
    void finish(Result<T> result)
    {
        if (isFinished()) {
            return;
        }
        m_result.emplace(std::move(result));
        emitFinished();
    }

protected:
    explicit CanvasTask(QObject *parent)
        : CanvasJob(parent)
    {}

private:
    std::optional<Result<T>> m_result;
};

/**
 * @brief A Canvas job made of other jobs (requests, list reads) run one after another or side by side.
 *
 * `track()` the sub-jobs as they start: cancel() cancels every one still running, and each then
 * finishes with Cancelled, which the workflow passes on as its own result.
 */
template <typename T>
class CanvasWorkflow : public CanvasTask<T>
{
protected:
    explicit CanvasWorkflow(QObject *parent)
        : CanvasTask<T>(parent)
    {}

    template <typename Job>
    Job *track(Job *job)
    {
        m_running.removeAll(nullptr);
        m_running.append(job);
        return job;
    }

    /// Cancels every tracked sub-job still running; false when there was none.
    bool cancelRunning()
    {
        bool any = false;
        const QList<QPointer<CanvasJob>> running = m_running;
        for (const QPointer<CanvasJob> &job : running) {
            if (job && !job->isFinished()) {
                job->cancel();
                any = true;
            }
        }
        return any;
    }

    void onCancel() override
    {
        if (!cancelRunning()) {
            // Between steps (e.g. waiting for a poll timer): nothing will report the cancel but us.
            QMetaObject::invokeMethod(
                this, [this] { this->finish(cancelledError()); }, Qt::QueuedConnection);
        }
    }

    /// The error every cancelled Canvas job finishes with.
    static ServiceError cancelledError();

private:
    QList<QPointer<CanvasJob>> m_running;
};

/// The shared "Cancelled." error (CanvasErrors::cancelled), for code that cannot include it.
ServiceError canvasCancelledError();

template <typename T>
ServiceError CanvasWorkflow<T>::cancelledError()
{
    return canvasCancelledError();
}

} // namespace GradeDesk::Services
