// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the validator: the cross-field rules of the real validation code
// (pkg/apis/batch/validation, pkg/apis/core/validation, pkg/apis/networking/validation,
// apimachinery meta/v1/validation), applied to bodies that already passed the schema checks, before
// the server's defaulting (so fields the server defaults may be absent).

#include "kubevalidator.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace GradeDesk::Tests::KubeRules {

/// How ValidateObjectMeta checks `metadata.name` for a kind.
enum class NameFormat { Dns1123Subdomain, Dns1123Label };

/// Dispatches on the definition name; definitions without rules get the ObjectMeta rules only when
/// they have a metadata field.
void validate(const QString &definition, const QJsonObject &body, QList<KubeCause> &out);

void validateObjectMeta(const QJsonObject &meta, NameFormat format, const QString &path, QList<KubeCause> &out);
void validateLabels(const QJsonObject &labels, const QString &path, QList<KubeCause> &out);
void validateAnnotations(const QJsonObject &annotations, const QString &path, QList<KubeCause> &out);
void validateLabelSelector(const QJsonObject &selector, const QString &path, QList<KubeCause> &out);
/// Whether a label set satisfies a (valid) LabelSelector.
bool selectorMatches(const QJsonObject &selector, const QJsonObject &labels);

void validateConfigMap(const QJsonObject &configMap, QList<KubeCause> &out);
void validateNetworkPolicy(const QJsonObject &policy, QList<KubeCause> &out);

/// ValidatePodTemplateSpec / ValidatePodSpec (kuberulespod.cpp).
void validatePodTemplateSpec(const QJsonObject &templateSpec, const QString &path, QList<KubeCause> &out);
void validatePodSpec(const QJsonObject &spec, const QString &path, QList<KubeCause> &out);

/// ValidateJob (kuberulesjob.cpp).
void validateJob(const QJsonObject &job, QList<KubeCause> &out);

} // namespace GradeDesk::Tests::KubeRules
