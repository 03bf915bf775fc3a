// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/grading/autogradetypes.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace GradeDesk::Services {

/// What one Indexed Job of a run needs besides the plan (a first run or a retry of some tasks).
struct KubeJobOptions {
    QString ns;
    QString jobName; ///< KubeJobManifest::jobName().
    int completions = 0;
    int parallelism = 1;
    QStringList configMapNames; ///< The input ConfigMaps, in order; all projected at kInputDir.
    QList<int> taskIndexes;     ///< Job index i runs plan task taskIndexes[i] (recorded as an annotation).
};

/**
 * @brief Builds the Kubernetes objects of an autograde run (kubernetes.md §2.1-2.3), as JSON.
 *
 * Pure functions: no I/O. The Job is created suspended; the ConfigMaps (KubeJobInputs) and the
 * NetworkPolicy get an ownerReference to the Job once its uid is known (withOwner()), so deleting
 * the Job with propagationPolicy Background removes them. Every object carries the labels
 * app.kubernetes.io/managed-by=gradedesk, gradedesk.io/run-id and gradedesk.io/assignment, so a
 * run can be found again and cleaned up by label. Quantities are strings (the schema's type).
 */
class KubeJobManifest final
{
public:
    KubeJobManifest() = delete;

    static constexpr int kMaxJobNameLength = 50;
    static constexpr int kTtlSecondsAfterFinished = 86400;
    static constexpr int kExitBadInput = 3;
    static constexpr int kExitKilled = 137;
    static inline const QString kContainerName = QStringLiteral("grader");
    static inline const QString kInputDir = QStringLiteral("/etc/gradedesk/input");
    static inline const QString kManagedByLabel = QStringLiteral("app.kubernetes.io/managed-by");
    static inline const QString kManagedByValue = QStringLiteral("gradedesk");
    static inline const QString kRunIdLabel = QStringLiteral("gradedesk.io/run-id");
    static inline const QString kAssignmentLabel = QStringLiteral("gradedesk.io/assignment");
    static inline const QString kTasksAnnotation = QStringLiteral("gradedesk.io/tasks");

    /// A DNS-1123 label fragment: lowercase alphanumerics and '-', no '-' at either end, at most
    /// `maxLength` characters; "x" when nothing usable is left.
    static QString slug(const QString &text, int maxLength);
    /// A valid label value (<= 63 chars, [A-Za-z0-9] at both ends, [-_.A-Za-z0-9] inside).
    static QString labelValue(const QString &text);
    /// "ag-<assignment slug>-<run id>[-r<attempt>]", at most kMaxJobNameLength characters.
    static QString jobName(const QString &assignment, const QString &runId, int attempt = 0);
    /// The labels every object of the run carries.
    static QJsonObject runLabels(const AutogradePlan &plan);

    /// The Job's activeDeadlineSeconds: every wave of `parallelism` tasks may take the submission
    /// timeout twice (one retry), plus scheduling slack.
    static int jobDeadlineSeconds(const AutogradeLimits &limits, int tasks, int parallelism);
    /// The container command (the harness in manifest mode).
    static QStringList harnessCommand();

    static QJsonObject job(const AutogradePlan &plan, const KubeJobOptions &options);
    /// Denies all ingress and egress of the run's pods (selected by the run-id label).
    static QJsonObject networkPolicy(const AutogradePlan &plan, const KubeJobOptions &options);
    /// `object` with metadata.ownerReferences = [the Job] (blockOwnerDeletion left unset: setting it
    /// needs update rights on jobs/finalizers).
    static QJsonObject withOwner(QJsonObject object, const QString &jobName, const QString &jobUid);
};

} // namespace GradeDesk::Services
