// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the validator: the string formats of k8s.io/apimachinery/pkg/util/validation and
// api/validate/content, with their exact messages. Each returns the list of problems (empty = valid).

#include <QString>
#include <QStringList>

#include <optional>

namespace GradeDesk::Tests::KubeNames {

QStringList dns1123Label(const QString &value);
QStringList dns1123Subdomain(const QString &value);
/// Label keys, annotation keys and other "qualified names": `[prefix/]name`.
QStringList labelKey(const QString &value);
QStringList labelValue(const QString &value);
QStringList configMapKey(const QString &value);
QStringList portName(const QString &value);

/// The value of a resource.Quantity string in base units (cores, bytes), or nullopt with the
/// decoder's message in `error` ("quantities must match the regular expression ...").
std::optional<double> parseQuantity(const QString &text, QString *error = nullptr);

} // namespace GradeDesk::Tests::KubeNames
