// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/grading/autogradeexecutor.h>

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>

namespace GradeDesk::Services {

struct CourseConfig;
class KubeClient;
class KubeRun;
struct KubeInputBundle;

/// Request counts of one run, for the benchmark and the tests (KubeClient::requestCount deltas).
struct KubeRunStats {
    int launchRequests = 0; ///< From the first preflight request until the Job is unsuspended.
    qint64 launchMs = 0;    ///< Wall time of the same span.
    int configMaps = 0;     ///< Input ConfigMaps created.
    int runRequests = 0;    ///< After the launch until finished(): lists, watches, logs, events, delete.
    int watches = 0;        ///< Watch requests opened (1 + re-watches after faults).
    int lists = 0;          ///< Pod lists (1 + relists after 410).
    int logRequests = 0;    ///< Pod logs read (failures, see_log results, executed notebooks).
    int eventRequests = 0;  ///< Event lists for stuck pods.
};

/**
 * @brief Runs an autograde plan as one Indexed Job on a Kubernetes cluster (kubernetes.md §2).
 *
 * start(): preflight (GET /version, SelfSubjectAccessReviews), Job created suspended with strict
 * field validation, input ConfigMaps and a deny-all NetworkPolicy owned by the Job, unsuspend;
 * then one LIST + one WATCH of the Job's pods (re-listed on 410, re-watched from the last
 * resourceVersion when the stream drops). Task results come from the termination message, the
 * pod log when the message says so or the pod failed. retry() launches a small Job for just the
 * given tasks; cancel() deletes the Job (propagationPolicy Background, so the pods and the
 * ConfigMaps go with it). After finished() the Job is deleted the same way.
 */
class KubeExecutor final : public AutogradeExecutor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeExecutor)

public:
    /// Loads the kubeconfig named by `config.kubernetes` (kubectl's rules) and connects to its cluster.
    static Result<KubeExecutor *> create(const CourseConfig &config, QObject *parent);

    /// An executor on an existing client (tests, benchmark); `ns` is the namespace the run uses.
    KubeExecutor(KubeClient *client, const QString &ns, QObject *parent);
    ~KubeExecutor() override;

    QString name() const override;
    void start(const AutogradePlan &plan) override;
    void retry(const QList<int> &indexes) override;
    void cancel() override;
    bool isRunning() const override;

    /// Whether executed notebooks are fetched from the logs of passed tasks (default true).
    void setFetchExecutedNotebooks(bool fetch);
    bool fetchExecutedNotebooks() const;
    /// How long a pod may wait on an image pull, a config error or scheduling before its task fails.
    void setStuckGracePeriod(std::chrono::milliseconds grace);
    /// Where executed notebooks are written (<dir>/<index>/<name>.ipynb); default: a temporary folder
    /// that lives as long as the executor.
    void setOutputDirectory(const QString &dir);
    /// Minimum delay before re-watching after a dropped watch (doubles per failure, capped at 30 s).
    void setRewatchBackoff(std::chrono::milliseconds initial);

    /// The Job of the latest start() or retry(); empty before.
    QString jobName() const;
    KubeRunStats stats() const;
    KubeClient *client() const;

signals:
    /// Every object of the latest Job exists and the Job is unsuspended.
    void launched();

private:
    void launchJob(const QList<int> &taskIndexes, bool preflight);
    void startRun(const QList<int> &taskIndexes, const QString &jobName, bool preflight,
                  const Result<KubeInputBundle> &inputs);
    void onRunFinished(KubeRun *run);
    void setState(int index, AutogradeTaskState state);
    void maybeFinish();

    KubeClient *m_client = nullptr;
    QString m_ns;
    bool m_fetchExecuted = true;
    std::chrono::milliseconds m_stuckGrace{std::chrono::minutes(3)};
    std::chrono::milliseconds m_rewatchBackoff{std::chrono::milliseconds(500)};
    QString m_outputDir;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace GradeDesk::Services
