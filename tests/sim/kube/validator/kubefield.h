// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the validator: field paths and causes built the way k8s.io/apimachinery's
// util/validation/field package builds them (same CauseTypes, same ErrorBody() wording).

#include "kubevalidator.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace GradeDesk::Tests::KubeField {

/// field.Path.Child(): "a" + "b" -> "a.b" (just "b" at the root).
QString child(const QString &path, const QString &name);
/// field.Path.Index(): "a" + 3 -> "a[3]".
QString index(const QString &path, qsizetype i);
/// field.Path.Key(): "a" + "k" -> "a[k]".
QString key(const QString &path, const QString &k);

/// A value as Go's "%q"/"%v" prints it inside a field error ("\"x\"", 3, true, null).
QString goValue(const QJsonValue &value);
/// A Go string literal (strconv.Quote) of `text`.
QString quoted(const QString &text);
/// `[]int32{1, 2}` as %#v prints a slice of exit codes.
QString goInt32Slice(const QList<qint64> &values);

KubeCause required(const QString &path, const QString &detail = {});
KubeCause invalid(const QString &path, const QString &renderedValue, const QString &detail);
KubeCause invalidNoValue(const QString &path, const QString &detail); // field.OmitValueType
KubeCause notSupported(const QString &path, const QString &renderedValue, const QStringList &supported);
KubeCause duplicate(const QString &path, const QString &renderedValue);
KubeCause notFound(const QString &path, const QString &renderedValue);
KubeCause forbidden(const QString &path, const QString &detail);
KubeCause tooLong(const QString &path, qint64 maxBytes);
KubeCause tooMany(const QString &path, qsizetype actual, qsizetype maximum);

/// ValidateNonnegativeField on an integer member of `object` when present.
void nonNegative(const QJsonObject &object, const QString &name, const QString &path, QList<KubeCause> &out);

/// The integer a JSON value holds (schema checks ran before, so a wrong type reads as `fallback`).
qint64 integer(const QJsonValue &value, qint64 fallback = 0);

} // namespace GradeDesk::Tests::KubeField
