// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "autogradetypes.h"

#include <QObject>

namespace GradeDesk::Services {

/**
 * @brief Runs the harness on every task of an AutogradePlan: local processes or Kubernetes.
 *
 * Life cycle: start() once; taskStateChanged() and taskFinished() for every task as it moves
 * (Queued -> Running -> Passed | Failed | TimedOut | Cancelled); finished() when every task is in a
 * terminal state. retry() puts failed, timed-out or cancelled tasks back in the queue and the
 * executor runs them (finished() is emitted again when they are done). cancel() stops everything
 * still queued or running (those become Cancelled) and emits finished(). runFailed() reports a
 * problem with the run as a whole (no harness, unreachable cluster, no permission): no task runs
 * and finished() follows. Executors never touch the gradebook: results go to AutogradeImport.
 * After finished() the executor has cleaned up what the run created (temporary folders, the Job
 * and its ConfigMaps), except what retry() still needs: that goes when the executor is destroyed.
 */
class AutogradeExecutor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutogradeExecutor)

public:
    ~AutogradeExecutor() override;

    /// "local" or "kubernetes", for logs and the audit trail.
    virtual QString name() const = 0;
    virtual void start(const AutogradePlan &plan) = 0;
    virtual void retry(const QList<int> &indexes) = 0;
    virtual void cancel() = 0;
    /// True between start()/retry() and finished().
    virtual bool isRunning() const = 0;

signals:
    void taskStateChanged(int index, GradeDesk::Services::AutogradeTaskState state);
    /// Terminal state of one attempt of one task (Passed, Failed, TimedOut, Cancelled).
    void taskFinished(const GradeDesk::Services::AutogradeTaskResult &result);
    /// Something the user should see that is not one task's result: a cluster event explaining a
    /// stuck run, a server warning, a retry after a dropped connection. Translated or server text.
    void runEvent(const QString &message);
    void runFailed(const GradeDesk::Services::ServiceError &error);
    void finished();

protected:
    explicit AutogradeExecutor(QObject *parent);
};

} // namespace GradeDesk::Services
