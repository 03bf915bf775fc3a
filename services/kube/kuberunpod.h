// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace GradeDesk::Services {

/// The `state.terminated` of the grader container.
struct KubeContainerExit {
    int exitCode = 0;
    QString reason;  ///< Completed, Error, OOMKilled, DeadlineExceeded...
    QString message; ///< The termination message (the harness's compact result, or the log tail).
    QDateTime startedAt;
    QDateTime finishedAt;
};

/// What the executor reads from one pod of a run's Job (a Pod object from a list or a watch event).
struct KubePodInfo {
    /// How the pod's attempt stands, from the executor's point of view.
    enum class Phase {
        Pending, ///< Not running yet (scheduling, pulling the image).
        Stuck,   ///< Waiting on something that will not resolve by itself (see stuckReason).
        Running,
        Succeeded, ///< The grader exited 0: a result is in `exit->message` or the log.
        Failed,    ///< The grader failed (see exit and podReason).
        Disrupted, ///< Evicted / preempted (DisruptionTarget): the Job controller replaces it.
    };

    QString name;
    QString uid;
    QString resourceVersion;
    int jobIndex = -1;    ///< batch.kubernetes.io/job-completion-index (label or annotation); -1 when absent.
    int failureCount = 0; ///< batch.kubernetes.io/job-index-failure-count: earlier failed attempts of the index.
    Phase phase = Phase::Pending;
    QString podPhase;   ///< status.phase as sent.
    QString podReason;  ///< status.reason (DeadlineExceeded, Evicted...).
    QString podMessage; ///< status.message.
    QString
        stuckReason; ///< ErrImagePull, ImagePullBackOff, InvalidImageName, CreateContainerConfigError, Unschedulable.
    QString stuckMessage;      ///< The waiting message or the PodScheduled condition's message.
    QString disruptionMessage; ///< The DisruptionTarget condition's reason and message.
    bool terminating = false;  ///< metadata.deletionTimestamp is set.
    QDateTime startedAt;       ///< status.startTime or the container's running.startedAt.
    std::optional<KubeContainerExit> exit;
};

/**
 * @brief Reads pods and Job status of an autograde run. Pure functions, never trust the input:
 * a field of the wrong type reads as absent.
 */
class KubeRunPod final
{
public:
    KubeRunPod() = delete;

    static KubePodInfo parse(const QJsonObject &pod, const QString &containerName);
    /// True for waiting reasons that never resolve by themselves.
    static bool isStuckReason(const QString &reason);
    /// Parses a Job's completedIndexes/failedIndexes ("1,3-5,7"); malformed parts are skipped, and
    /// only indexes below `limit` are returned (a range cannot make the list explode).
    static QList<int> parseIndexes(const QString &text, int limit);
    /// The type of the Job's terminal condition with status "True" ("Complete" or "Failed"; the
    /// interim FailureTarget / SuccessCriteriaMet do not count), and its reason; empty when none.
    static std::pair<QString, QString> terminalCondition(const QJsonObject &job);
};

} // namespace GradeDesk::Services
