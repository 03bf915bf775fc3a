// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "kubeexecutor.h"
#include "kubejobinputs.h"
#include "kuberunpod.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <chrono>
#include <deque>

namespace GradeDesk::Services {

class KubeClient;
class KubeReply;
class KubeWatch;

/// Everything one Job of a run needs (the first Job of start() or the small Job of a retry).
struct KubeRunSetup {
    AutogradePlan plan;     ///< The whole plan (labels, limits, image, task list).
    QList<int> taskIndexes; ///< Job index i runs plan task taskIndexes[i].
    QString jobName;
    QString ns;
    bool preflight = true; ///< GET /version and the access reviews before creating anything.
    bool fetchExecuted = true;
    std::chrono::milliseconds stuckGrace{std::chrono::minutes(3)};
    std::chrono::milliseconds rewatchBackoff{std::chrono::milliseconds(500)};
    QString outputDir; ///< Executed notebooks go to <outputDir>/<task index>/<name>.ipynb.
};

/**
 * @brief One Indexed Job of an autograde run, from creation to deletion (kubernetes.md §2.6).
 *
 * launch(): preflight, Job (suspended, fieldValidation=Strict), ConfigMaps and NetworkPolicy owned
 * by the Job, unsuspend. Then the pods are LISTed once by the Job's controller-uid and WATCHed from
 * the list's resourceVersion with bookmarks; 410 -> relist + rewatch; a dropped watch -> rewatch from
 * the last resourceVersion after a growing back-off. Results are read from the termination message;
 * the pod log is read once per finished pod that needs it (failures, see_log, executed notebooks),
 * at most kLogConcurrency at a time. When every task has its final result, or on cancel(), the Job is
 * deleted with propagationPolicy=Background and finished() follows. Task indexes in signals are the
 * plan's, not the Job's.
 */
class KubeRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeRun)

public:
    static constexpr int kLogConcurrency = 4;
    static constexpr int kMaxWatchFailures = 12;
    static constexpr qsizetype kMaxLogBytes = 64 * 1024;

    KubeRun(KubeClient *client, const KubeRunSetup &setup, QObject *parent);
    ~KubeRun() override;

    void launch(const KubeInputBundle &inputs);
    void cancel();

    bool isDone() const { return m_finished; }

    bool wasCancelled() const { return m_cancelled; }

    const KubeRunStats &stats() const { return m_stats; }

    const KubeRunSetup &setup() const { return m_setup; }

signals:
    void taskRunning(int taskIndex, const QDateTime &startedAt);
    void taskDone(const GradeDesk::Services::AutogradeTaskResult &result);
    void runEvent(const QString &message);
    /// The Job could not be launched (nothing of it is left); finished() follows.
    void launchFailed(const GradeDesk::Services::ServiceError &error);
    void launched();
    void finished();

private:
    enum class LogPurpose { Passed, SeeLog, Failure };

    struct LogRequest {
        KubePodInfo pod;
        LogPurpose purpose = LogPurpose::Passed;
        std::optional<HarnessResult> compact;
        AutogradeFailure failure;
        AutogradeTaskState state = AutogradeTaskState::Failed;
    };

    // Launch (kuberunlaunch.cpp).
    void preflightVersion();
    void preflightAccess();
    void createJob();
    void adoptExistingJob();
    void createOwnedObjects();
    void unsuspend();
    void abortLaunch(const ServiceError &error);
    void reportWarnings(const KubeReply *reply);
    QString podsPath() const;

    // Tracking (kuberun.cpp).
    void listPods();
    void watchPods();
    void scheduleRewatch(const QString &why);
    void handlePod(const QString &type, const QJsonObject &pod);
    void handleSucceeded(const KubePodInfo &pod);
    void handleFailed(const KubePodInfo &pod);
    void handleStuck(const QString &podName);
    void checkJob();
    void applyJobState(const QJsonObject &job);
    void queueLog(LogRequest request);
    void pumpLogs();
    void onLog(const LogRequest &request, const Result<QByteArray> &body);
    void finishTask(int jobIndex, AutogradeTaskResult result);
    void failUnfinished(const AutogradeFailure &failure, AutogradeTaskState state, bool onlyWithoutRunningPod);
    void finishRun();
    void stopWatch();
    void countRun(int requests);

    QPointer<KubeClient> m_client;
    KubeRunSetup m_setup;
    KubeInputBundle m_inputs;
    QString m_jobUid;
    QString m_resourceVersion;
    QPointer<KubeWatch> m_watch;
    QList<bool> m_done;                  ///< Per job index.
    QHash<int, QString> m_runningPod;    ///< Job index -> the pod reported Running.
    QHash<QString, KubePodInfo> m_stuck; ///< Pod name -> its last stuck state.
    QSet<QString> m_handledPods;         ///< Pod uids whose terminal state was handled.
    QSet<QString> m_announced;           ///< Event texts already shown.
    std::deque<LogRequest> m_logQueue;
    int m_logsInFlight = 0;
    int m_pendingCreates = 0;
    int m_watchFailures = 0;
    std::chrono::milliseconds m_backoff{0};
    bool m_launched = false;
    bool m_cancelled = false;
    bool m_finishing = false;
    bool m_finished = false;
    bool m_jobCheckQueued = false;
    qint64 m_requestBase = 0;
    QElapsedTimer m_clock;
    KubeRunStats m_stats;
};

} // namespace GradeDesk::Services
