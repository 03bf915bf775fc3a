// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "autogradeexecutor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QProcess;
class QTemporaryDir;
class QTimer;

namespace GradeDesk::Services {

/**
 * @brief Runs the grading harness as local processes, `poolSize()` at a time.
 *
 * Each task runs `<interpreter> <harness> --spec <run>/spec.json --submission <task.submissionDir>
 * --out <run>/<index>/out [--assignment-files <run>/assignment-files]` (a copy of source/<assignment>
 * without its notebooks, which hold the solutions) with a private
 * environment: HOME, TMPDIR, JUPYTER_RUNTIME_DIR and IPYTHONDIR inside `<run>/<index>/`, so
 * kernels of different submissions share no state, and MPLBACKEND=Agg. The user's Python packages
 * stay visible (PYTHONUSERBASE keeps pointing at the real home).
 *
 * Outcomes: exit 0 with a graded result.json -> Passed (executed notebooks in the out folder,
 * `HarnessNotebookResult::executedPath`); killed at the plan's submission timeout -> TimedOut;
 * anything else (crash, bad input, no result) -> Failed with the stderr tail in `log` and a
 * message saying what to do. A missing interpreter or harness is a runFailed() for the whole run; with the
 * real harness the interpreter is first checked to import nbformat, nbclient and ipykernel.
 *
 * Clean-up: when finished() is emitted the per-task environments (home, temp, kernel runtime)
 * and the output of unsuccessful attempts are gone; the spec and the executed notebooks of passed
 * tasks stay for retry() and AutogradeImport until the executor is destroyed, which removes the
 * run folder. A killed harness leaves its kernel orphaned for about a second: ipykernel exits by
 * itself when its parent goes away.
 */
class LocalExecutor final : public AutogradeExecutor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalExecutor)

public:
    explicit LocalExecutor(QObject *parent = nullptr);
    ~LocalExecutor() override;

    QString name() const override;
    /// Starts the run; signals may be emitted before it returns. Ignored while a run is going.
    void start(const AutogradePlan &plan) override;
    void retry(const QList<int> &indexes) override;
    void cancel() override;
    bool isRunning() const override;

    /// The Python interpreter: a command in PATH or a path (default "python3"; the course's autograde.python).
    void setInterpreter(const QString &program);

    QString interpreter() const { return m_interpreter; }

    /// The harness script to run; empty (the default) means AutogradeHarness::installedPath().
    void setHarnessPath(const QString &scriptPath);
    /// Parent folder of the run folder; empty (the default) means the system temp folder.
    void setTempRoot(const QString &folder);
    /// Seconds between terminate and kill at a timeout or cancel (default 3): the harness may shut its kernel down.
    void setKillGraceSeconds(int seconds);

    /// Processes at once: the plan's parallelism, else QThread::idealThreadCount(); never more than the tasks.
    int poolSize() const { return m_poolSize; }

    /// The run folder (spec.json, one folder per task); empty before start().
    QString runDirectory() const;
    /// The latest attempt of every task, by index.
    QList<AutogradeTaskResult> results() const;

private:
    struct Slot;

    void checkInterpreter();
    void launchMore();
    void launch(Slot &slot);
    void onProcessFinished(int index);
    void finishTask(Slot &slot, AutogradeTaskState state);
    void readResult(Slot &slot);
    void fail(Slot &slot, const QString &reason, const QString &message, bool retryable = true);
    void stopProcess(Slot &slot);
    void maybeFinish();
    void cleanUpTask(const Slot &slot, bool keepOutput) const;
    QString taskDirectory(int index) const;
    void failRun(const ServiceError &error);

    QString m_interpreter;
    QString m_harnessPath;
    QString m_tempRoot;
    int m_killGraceSeconds = 3;
    int m_poolSize = 0;
    bool m_running = false;
    bool m_cancelling = false;
    AutogradePlan m_plan;
    QString m_scriptPath;
    QString m_specPath;
    QString m_assignmentFiles;
    std::unique_ptr<QTemporaryDir> m_runDir;
    QList<std::shared_ptr<Slot>> m_slots;
    QList<int> m_queue;
    int m_active = 0;
    QProcess *m_check = nullptr; ///< The interpreter check before the first task, while it runs.
};

} // namespace GradeDesk::Services
