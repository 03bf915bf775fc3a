// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubefield.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace GradeDesk::Tests::KubeField {

namespace {

KubeCause cause(const QString &path, const QString &reason, const QString &message)
{
    return KubeCause{path, reason, message, KubeCause::Origin::Validation};
}

QString withDetail(QString text, const QString &detail)
{
    if (!detail.isEmpty()) {
        text += QLatin1String(": ") + detail;
    }
    return text;
}

} // namespace

QString child(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path + u'.' + name;
}

QString index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

QString key(const QString &path, const QString &k)
{
    return path + u'[' + k + u']';
}

QString quoted(const QString &text)
{
    // JSON string escaping equals strconv.Quote for the printable text requests carry.
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString goValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.2e18) {
            return QString::number(value.toInteger(static_cast<qint64>(d)));
        }
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}

QString goInt32Slice(const QList<qint64> &values)
{
    QStringList parts;
    for (qint64 v : values) {
        parts << QString::number(v);
    }
    return QLatin1String("[]int32{") + parts.join(QLatin1String(", ")) + u'}';
}

KubeCause required(const QString &path, const QString &detail)
{
    return cause(path, QStringLiteral("FieldValueRequired"), withDetail(QStringLiteral("Required value"), detail));
}

KubeCause invalid(const QString &path, const QString &renderedValue, const QString &detail)
{
    return cause(path, QStringLiteral("FieldValueInvalid"),
                 withDetail(QLatin1String("Invalid value: ") + renderedValue, detail));
}

KubeCause invalidNoValue(const QString &path, const QString &detail)
{
    return cause(path, QStringLiteral("FieldValueInvalid"), withDetail(QStringLiteral("Invalid value"), detail));
}

KubeCause notSupported(const QString &path, const QString &renderedValue, const QStringList &supported)
{
    QStringList quotedValues;
    for (const QString &s : supported) {
        quotedValues << quoted(s);
    }
    return cause(path, QStringLiteral("FieldValueNotSupported"),
                 withDetail(QLatin1String("Unsupported value: ") + renderedValue,
                            quotedValues.isEmpty()
                                ? QString()
                                : QLatin1String("supported values: ") + quotedValues.join(QLatin1String(", "))));
}

KubeCause duplicate(const QString &path, const QString &renderedValue)
{
    return cause(path, QStringLiteral("FieldValueDuplicate"), QLatin1String("Duplicate value: ") + renderedValue);
}

KubeCause notFound(const QString &path, const QString &renderedValue)
{
    return cause(path, QStringLiteral("FieldValueNotFound"), QLatin1String("Not found: ") + renderedValue);
}

KubeCause forbidden(const QString &path, const QString &detail)
{
    return cause(path, QStringLiteral("FieldValueForbidden"), withDetail(QStringLiteral("Forbidden"), detail));
}

KubeCause tooLong(const QString &path, qint64 maxBytes)
{
    return cause(path, QStringLiteral("FieldValueTooLong"),
                 QStringLiteral("Too long: must have at most %1 bytes").arg(maxBytes));
}

KubeCause tooMany(const QString &path, qsizetype actual, qsizetype maximum)
{
    return cause(path, QStringLiteral("FieldValueTooMany"),
                 QStringLiteral("Too many: %1: must have at most %2 items").arg(actual).arg(maximum));
}

qint64 integer(const QJsonValue &value, qint64 fallback)
{
    return value.isDouble() ? value.toInteger(static_cast<qint64>(value.toDouble())) : fallback;
}

void nonNegative(const QJsonObject &object, const QString &name, const QString &path, QList<KubeCause> &out)
{
    const QJsonValue value = object.value(name);
    if (value.isDouble() && integer(value) < 0) {
        out << invalid(child(path, name), goValue(value), QStringLiteral("must be greater than or equal to 0"));
    }
}

} // namespace GradeDesk::Tests::KubeField
