// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubevalidator.h"

#include "kubefield.h"
#include "kubenames.h"
#include "kuberules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace GradeDesk::Tests {

namespace {

const QString refPrefix = QStringLiteral("#/definitions/");
const QString intOrString = QStringLiteral("io.k8s.apimachinery.pkg.util.intstr.IntOrString");
const QString quantity = QStringLiteral("io.k8s.apimachinery.pkg.api.resource.Quantity");

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return false;
    }
    const double d = value.toDouble();
    return std::isfinite(d) && std::trunc(d) == d;
}

// Go's json.UnmarshalTypeError names the JSON side "string", "number <literal>", "bool", "array",
// "object" (null never fails in Go; it is named "null" here).
QString jsonKind(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QLatin1String("number ") + KubeField::goValue(value);
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

// "io.k8s.api.core.v1.Container" -> "v1.Container", as Go prints the type's package and name.
QString goTypeName(const QString &definition)
{
    const QStringList parts = definition.split(u'.');
    return parts.size() < 2 ? definition : parts.at(parts.size() - 2) + u'.' + parts.last();
}

QString goType(const QJsonObject &node)
{
    const QString ref = node.value(QLatin1String("$ref")).toString();
    if (!ref.isEmpty()) {
        return goTypeName(ref.mid(refPrefix.size()));
    }
    const QString type = node.value(QLatin1String("type")).toString();
    const QString format = node.value(QLatin1String("format")).toString();
    if (type == QLatin1String("integer")) {
        return format.isEmpty() ? QStringLiteral("int") : format;
    }
    if (type == QLatin1String("number")) {
        return QStringLiteral("float64");
    }
    if (type == QLatin1String("boolean")) {
        return QStringLiteral("bool");
    }
    if (type == QLatin1String("array")) {
        return QLatin1String("[]") + goType(node.value(QLatin1String("items")).toObject());
    }
    if (type == QLatin1String("object")) {
        const QJsonObject values = node.value(QLatin1String("additionalProperties")).toObject();
        return QLatin1String("map[string]") + (values.isEmpty() ? QStringLiteral("interface {}") : goType(values));
    }
    return format == QLatin1String("byte") ? QStringLiteral("[]uint8") : QStringLiteral("string");
}

// One walk over a body. `owner` is the Go struct holding the current field (for decoder messages).
class SchemaWalker
{
public:
    SchemaWalker(const KubeSchema &schema, KubeFieldValidation mode, bool numericQuantities, QList<KubeCause> &out)
        : m_schema(schema)
        , m_mode(mode)
        , m_numericQuantities(numericQuantities)
        , m_out(out)
    {}

    void walkDefinition(const QString &definition, const QJsonValue &value, const QString &path, const QString &owner)
    {
        QJsonObject node;
        node.insert(QLatin1String("$ref"), QString(refPrefix + definition));
        walk(node, value, path, owner);
    }

private:
    void decodeError(const QString &path, const QString &owner, const QJsonValue &value, const QString &type)
    {
        // encoding/json: "cannot unmarshal <kind> into Go struct field <Struct>.<dotted path> of type <T>".
        static const QRegularExpression indexes(QStringLiteral("\\[[^\\]]*\\]"));
        QString goPath = path;
        goPath.remove(indexes);
        const QString target = path.isEmpty() || owner.isEmpty()
                                   ? QString(QLatin1String("Go value of type ") + type)
                                   : QString(QLatin1String("Go struct field ") + owner + u'.' + goPath +
                                             QLatin1String(" of type ") + type);
        m_out << KubeCause{path, QStringLiteral("FieldValueTypeInvalid"),
                           QLatin1String("json: cannot unmarshal ") + jsonKind(value) + QLatin1String(" into ") +
                               target,
                           KubeCause::Origin::Decode};
    }

    void walk(const QJsonObject &node, const QJsonValue &value, const QString &path, const QString &owner)
    {
        const QString ref = node.value(QLatin1String("$ref")).toString();
        if (!ref.isEmpty()) {
            const QString name = ref.mid(refPrefix.size());
            if (name == intOrString) {
                walkIntOrString(value, path, owner);
            } else if (name == quantity) {
                walkQuantity(value, path, owner);
            } else {
                walkType(m_schema.definition(name), value, path, name.section(u'.', -1), owner, goTypeName(name));
            }
            return;
        }
        walkType(node, value, path, owner, owner, goType(node));
    }

    // `self` is the Go type the value decodes into when it is a struct (the owner of its fields).
    void walkType(const QJsonObject &node, const QJsonValue &value, const QString &path, const QString &self,
                  const QString &owner, const QString &goTypeText)
    {
        const QString type = node.value(QLatin1String("type")).toString();
        bool typeOk = true;
        if (type == QLatin1String("string")) {
            typeOk = value.isString();
        } else if (type == QLatin1String("integer")) {
            typeOk = isInteger(value);
        } else if (type == QLatin1String("number")) {
            typeOk = value.isDouble();
        } else if (type == QLatin1String("boolean")) {
            typeOk = value.isBool();
        } else if (type == QLatin1String("object")) {
            typeOk = value.isObject();
        } else if (type == QLatin1String("array")) {
            typeOk = value.isArray();
        }
        if (!typeOk) {
            decodeError(path, owner, value, goTypeText);
            return;
        }
        checkEnum(node, value, path);
        const QString format = node.value(QLatin1String("format")).toString();
        if (type == QLatin1String("integer")) {
            checkIntegerRange(value, format, path, owner, goTypeText);
        } else if (type == QLatin1String("string") && format == QLatin1String("byte")) {
            checkBase64(value.toString(), path);
        } else if (value.isArray()) {
            const QJsonObject items = node.value(QLatin1String("items")).toObject();
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                walk(items, array.at(i), KubeField::index(path, i), owner);
            }
        } else if (value.isObject()) {
            walkObject(node, value.toObject(), path, self);
        }
    }

    void walkObject(const QJsonObject &node, const QJsonObject &object, const QString &path, const QString &self)
    {
        const QJsonObject properties = node.value(QLatin1String("properties")).toObject();
        const QJsonValue additional = node.value(QLatin1String("additionalProperties"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key())) {
                walk(properties.value(it.key()).toObject(), it.value(), KubeField::child(path, it.key()), self);
            } else if (additional.isObject()) {
                walk(additional.toObject(), it.value(), KubeField::key(path, it.key()), self);
            } else if (!properties.isEmpty() && m_mode != KubeFieldValidation::Ignore) {
                const QString field = KubeField::child(path, it.key());
                m_out << KubeCause{field, QStringLiteral("UnknownField"),
                                   QLatin1String("unknown field ") + KubeField::quoted(field),
                                   KubeCause::Origin::UnknownField};
            }
        }
        const QJsonArray required = node.value(QLatin1String("required")).toArray();
        for (const QJsonValue &name : required) {
            if (!object.contains(name.toString())) {
                m_out << KubeField::required(KubeField::child(path, name.toString()));
            }
        }
    }

    void checkEnum(const QJsonObject &node, const QJsonValue &value, const QString &path)
    {
        const QJsonArray allowed = node.value(QLatin1String("enum")).toArray();
        if (allowed.isEmpty() || allowed.contains(value)) {
            return;
        }
        QStringList names;
        for (const QJsonValue &a : allowed) {
            names << (a.isString() ? a.toString() : KubeField::goValue(a));
        }
        m_out << KubeField::notSupported(path, KubeField::goValue(value), names);
    }

    void checkIntegerRange(const QJsonValue &value, const QString &format, const QString &path, const QString &owner,
                           const QString &goTypeText)
    {
        const double d = value.toDouble();
        const bool fits = format == QLatin1String("int32") ? (d >= -2147483648.0 && d <= 2147483647.0)
                                                           : (d >= -9223372036854775808.0 && d < 9223372036854775808.0);
        if (!fits) {
            decodeError(path, owner, value, goTypeText);
        }
    }

    void checkBase64(const QString &text, const QString &path)
    {
        const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            m_out << KubeCause{path, QStringLiteral("FieldValueInvalid"), QStringLiteral("illegal base64 data"),
                               KubeCause::Origin::Decode};
        }
    }

    void walkIntOrString(const QJsonValue &value, const QString &path, const QString &owner)
    {
        // Patched as in specs/kubernetes.md §5: a string or an integer (the Go type holds an int32).
        if (value.isString()) {
            return;
        }
        if (!isInteger(value)) {
            decodeError(path, owner, value, QStringLiteral("intstr.IntOrString"));
            return;
        }
        checkIntegerRange(value, QStringLiteral("int32"), path, owner, QStringLiteral("int32"));
    }

    void walkQuantity(const QJsonValue &value, const QString &path, const QString &owner)
    {
        if (value.isDouble() && m_numericQuantities) {
            return;
        }
        if (!value.isString()) {
            decodeError(path, owner, value, QStringLiteral("string"));
            return;
        }
        QString error;
        if (!KubeNames::parseQuantity(value.toString(), &error)) {
            m_out << KubeCause{path, QStringLiteral("FieldValueInvalid"), error, KubeCause::Origin::Decode};
        }
    }

    const KubeSchema &m_schema;
    KubeFieldValidation m_mode;
    bool m_numericQuantities;
    QList<KubeCause> &m_out;
};

bool hasDecodeCause(const QList<KubeCause> &causes)
{
    return std::any_of(causes.begin(), causes.end(),
                       [](const KubeCause &c) { return c.origin == KubeCause::Origin::Decode; });
}

} // namespace

QString KubeCause::toString() const
{
    return field.isEmpty() ? message : field + QLatin1String(": ") + message;
}

KubeValidator::KubeValidator(std::shared_ptr<const KubeSchema> schema)
    : m_schema(std::move(schema))
{
    Q_ASSERT(m_schema);
}

QList<KubeCause> KubeValidator::validateSchema(const QString &definition, const QJsonObject &body,
                                               KubeFieldValidation mode) const
{
    QList<KubeCause> causes;
    if (!m_schema->hasDefinition(definition)) {
        causes << KubeCause{QString(), QStringLiteral("InternalError"),
                            QStringLiteral("Internal error: no definition %1 in the schema").arg(definition),
                            KubeCause::Origin::Validation};
        return causes;
    }
    SchemaWalker(*m_schema, mode, m_numericQuantities, causes).walkDefinition(definition, body, QString(), QString());
    return causes;
}

QList<KubeCause> KubeValidator::validate(const QString &definition, const QJsonObject &body,
                                         KubeFieldValidation mode) const
{
    QList<KubeCause> causes = validateSchema(definition, body, mode);
    if (m_schema->hasDefinition(definition) && !hasDecodeCause(causes)) {
        KubeRules::validate(definition, body, causes);
    }
    return causes;
}

QList<KubeCause> KubeValidator::validateObject(const QJsonObject &body, KubeFieldValidation mode) const
{
    const QString apiVersion = body.value(QLatin1String("apiVersion")).toString();
    const QString kind = body.value(QLatin1String("kind")).toString();
    const QString definition = m_schema->definitionFor(apiVersion, kind);
    if (definition.isEmpty()) {
        const QString message = kind.isEmpty()
                                    ? QStringLiteral("Object 'Kind' is missing in '%1'")
                                          .arg(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)))
                                    : QStringLiteral("no kind %1 is registered for version %2")
                                          .arg(KubeField::quoted(kind), KubeField::quoted(apiVersion));
        return {KubeCause{QString(), QStringLiteral("FieldValueInvalid"), message, KubeCause::Origin::Decode}};
    }
    return validate(definition, body, mode);
}

KubeVerdict KubeValidator::verdict(const QList<KubeCause> &causes, KubeFieldValidation mode, const QString &apiVersion,
                                   const QString &kind, const QString &name)
{
    const qsizetype slash = apiVersion.indexOf(u'/');
    const QString group = slash < 0 ? QString() : apiVersion.left(slash);
    const QString version = slash < 0 ? apiVersion : apiVersion.mid(slash + 1);
    const auto status = [](int code, const QString &reason, const QString &message) {
        return QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")},
                           {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                           {QStringLiteral("metadata"), QJsonObject()},
                           {QStringLiteral("status"), QStringLiteral("Failure")},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("code"), code}};
    };
    const QString cannotHandle =
        QStringLiteral("%1 in version %2 cannot be handled as a %1: ").arg(kind, KubeField::quoted(version));

    KubeVerdict result;
    for (const KubeCause &cause : causes) {
        if (cause.origin == KubeCause::Origin::Decode) {
            result.httpStatus = 400;
            result.status = status(400, QStringLiteral("BadRequest"), cannotHandle + cause.message);
            return result;
        }
    }
    QStringList unknown;
    QList<KubeCause> invalid;
    for (const KubeCause &cause : causes) {
        if (cause.origin == KubeCause::Origin::UnknownField) {
            unknown << cause.message;
        } else {
            invalid << cause;
        }
    }
    if (!unknown.isEmpty() && mode == KubeFieldValidation::Strict) {
        result.httpStatus = 400;
        result.status =
            status(400, QStringLiteral("BadRequest"),
                   cannotHandle + QLatin1String("strict decoding error: ") + unknown.join(QLatin1String(", ")));
        return result;
    }
    if (mode == KubeFieldValidation::Warn) {
        result.warnings = unknown;
    }
    if (invalid.isEmpty()) {
        return result;
    }
    // errors.NewInvalid: the aggregate drops repeated messages; the causes keep every error.
    QStringList messages;
    QJsonArray details;
    for (const KubeCause &cause : invalid) {
        if (!messages.contains(cause.toString())) {
            messages << cause.toString();
        }
        details.append(QJsonObject{{QStringLiteral("reason"), cause.reason},
                                   {QStringLiteral("message"), cause.message},
                                   {QStringLiteral("field"), cause.field}});
    }
    const QString qualifiedKind = group.isEmpty() ? kind : kind + u'.' + group;
    const QString aggregate =
        messages.size() == 1 ? messages.first() : u'[' + messages.join(QLatin1String(", ")) + u']';
    result.httpStatus = 422;
    result.status =
        status(422, QStringLiteral("Invalid"),
               QStringLiteral("%1 %2 is invalid: %3").arg(qualifiedKind, KubeField::quoted(name), aggregate));
    QJsonObject detailObject{
        {QStringLiteral("name"), name}, {QStringLiteral("kind"), kind}, {QStringLiteral("causes"), details}};
    if (!group.isEmpty()) {
        detailObject.insert(QStringLiteral("group"), group);
    }
    result.status.insert(QStringLiteral("details"), detailObject);
    return result;
}

} // namespace GradeDesk::Tests
