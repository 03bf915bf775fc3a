// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "kubevalidator.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace GradeDesk::Tests::KubeTestData {

/// The sample Job of specs/kubernetes.md §2.2, as JSON (0 errors against the 1.36 schema).
QJsonObject sampleJob();
/// §5's three-error variant: `spec.backoffLimitPerIndx`, a pod-level `imagePullPolicy` and an
/// integer container `imagePullPolicy`.
QJsonObject threeErrorJob();
/// A valid input ConfigMap and a valid deny-all NetworkPolicy for the sample Job.
QJsonObject sampleConfigMap();
QJsonObject sampleNetworkPolicy();

/// Sets `value` at a dotted path with [i] indexes ("spec.template.spec.containers[0].image"),
/// creating objects on the way; an undefined QJsonValue removes the member.
void setPath(QJsonObject &root, const QString &path, const QJsonValue &value);

/// The shared validator, or nullptr with `skipReason` set when the swagger file is absent.
std::shared_ptr<const KubeValidator> validator(QString *skipReason);

/// "field|reason" for every cause, sorted, for compact comparisons.
QStringList summary(const QList<KubeCause> &causes);

} // namespace GradeDesk::Tests::KubeTestData
