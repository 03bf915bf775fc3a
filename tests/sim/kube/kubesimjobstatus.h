// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the Kubernetes simulator: the Job controller's helpers.

#include "tests/sim/kube/kubesimcore.h"

namespace GradeDesk::Tests::KubeSimJobStatus {

/// A Complete or Failed condition with status "True".
bool isFinished(const QJsonObject &status);
/// Adds or updates the condition of `type` (lastTransitionTime changes only with the status).
void setCondition(QJsonArray &conditions, const QString &type, const QString &status, const QString &reason,
                  const QString &message);
/// "1,3-5,7" for {1,3,4,5,7}; empty for none.
QString intervals(const QSet<int> &indexes);
/// Exponential pod-failure back-off: 10 s doubling per failure, capped at 6 min, times timeScale.
std::chrono::milliseconds backoff(const KubeSimCore &core, int failures);

struct PolicyMatch {
    QString action = QStringLiteral("Count"); ///< FailJob, FailIndex, Ignore, Count
    QString message;
};

/// The first podFailurePolicy rule matching a failed pod (Count when none does).
PolicyMatch matchPodFailurePolicy(const QJsonObject &policy, const QJsonObject &pod);

/// Creates the pod for `index` (-1 for NonIndexed) and a SuccessfulCreate event; nullopt plus a
/// FailedCreate event when the namespace's Pod Security "restricted" enforcement refuses it.
std::optional<QJsonObject> createPod(KubeSimCore &core, const QJsonObject &job, int index, int indexFailures);

} // namespace GradeDesk::Tests::KubeSimJobStatus
