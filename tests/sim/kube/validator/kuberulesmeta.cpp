// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubefield.h"
#include "kubenames.h"
#include "kuberules.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace GradeDesk::Tests::KubeRules {

using namespace KubeField;

namespace {

constexpr qint64 maxConfigMapBytes = 1024 * 1024; // core.MaxSecretSize
constexpr qint64 maxAnnotationBytes = 256 * 1024; // TotalAnnotationSizeLimitB

QStringList nameProblems(const QString &name, NameFormat format)
{
    return format == NameFormat::Dns1123Label ? KubeNames::dns1123Label(name) : KubeNames::dns1123Subdomain(name);
}

void validateOwnerReferences(const QJsonArray &references, const QString &path, QList<KubeCause> &out)
{
    // ValidateOwnerReferences reports against the list's path, without the index.
    QStringList controllers;
    for (const QJsonValue &item : references) {
        const QJsonObject reference = item.toObject();
        // Absent members were reported by the schema's `required`; these catch empty strings.
        const QString apiVersion = reference.value(QLatin1String("apiVersion")).toString();
        const QString version = apiVersion.section(u'/', -1);
        if (reference.contains(QLatin1String("apiVersion")) && version.isEmpty()) {
            out << invalid(child(path, QStringLiteral("apiVersion")), quoted(apiVersion),
                           QStringLiteral("version must not be empty"));
        }
        const QStringList texts{QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("uid")};
        for (const QString &member : texts) {
            const QString value = reference.value(member).toString();
            if (reference.contains(member) && value.isEmpty()) {
                out << invalid(child(path, member), quoted(value), member + QLatin1String(" must not be empty"));
            }
        }
        if (reference.value(QLatin1String("controller")).toBool()) {
            controllers << reference.value(QLatin1String("name")).toString();
        }
    }
    if (controllers.size() > 1) {
        out << invalidNoValue(path, QStringLiteral("Only one reference can have Controller set to true. Found \"true\" "
                                                   "in references for %1")
                                        .arg(controllers.join(QLatin1String(" and "))));
    }
}

bool validCidr(const QString &cidr)
{
    static const QRegularExpression v4(
        QStringLiteral("^((25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])/"
                       "(3[0-2]|[12]?[0-9])$"));
    static const QRegularExpression v6(
        QStringLiteral("^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"));
    return v4.match(cidr).hasMatch() || v6.match(cidr).hasMatch();
}

void validatePolicyPeer(const QJsonObject &peer, const QString &path, QList<KubeCause> &out)
{
    int kinds = 0;
    bool ipBlock = false;
    for (const char *selector : {"podSelector", "namespaceSelector"}) {
        if (peer.contains(QLatin1String(selector))) {
            ++kinds;
            validateLabelSelector(peer.value(QLatin1String(selector)).toObject(), child(path, QLatin1String(selector)),
                                  out);
        }
    }
    if (peer.contains(QLatin1String("ipBlock"))) {
        ++kinds;
        ipBlock = true;
        const QString blockPath = child(path, QStringLiteral("ipBlock"));
        const QString cidr = peer.value(QLatin1String("ipBlock")).toObject().value(QLatin1String("cidr")).toString();
        if (cidr.isEmpty()) {
            out << required(child(blockPath, QStringLiteral("cidr")));
        } else if (!validCidr(cidr)) {
            out << invalid(child(blockPath, QStringLiteral("cidr")), quoted(cidr),
                           QStringLiteral("must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"));
        }
    }
    if (kinds == 0) {
        out << required(path, QStringLiteral("must specify a peer"));
    } else if (ipBlock && kinds > 1) {
        out << forbidden(path, QStringLiteral("may not specify both ipBlock and another peer"));
    }
}

void validatePolicyPort(const QJsonObject &port, const QString &path, QList<KubeCause> &out)
{
    const QJsonValue protocol = port.value(QLatin1String("protocol"));
    const QStringList protocols{QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("SCTP")};
    if (protocol.isString() && !protocols.contains(protocol.toString())) {
        out << notSupported(child(path, QStringLiteral("protocol")), goValue(protocol), protocols);
    }
    const QJsonValue number = port.value(QLatin1String("port"));
    const QString portPath = child(path, QStringLiteral("port"));
    if (number.isDouble()) {
        if (integer(number) < 1 || integer(number) > 65535) {
            out << invalid(portPath, goValue(number), QStringLiteral("must be between 1 and 65535, inclusive"));
        }
    } else if (number.isString()) {
        if (port.contains(QLatin1String("endPort"))) {
            out << invalid(portPath, goValue(number),
                           QStringLiteral("may not be specified when `port` is non-numeric"));
        }
        for (const QString &message : KubeNames::portName(number.toString())) {
            out << invalid(portPath, goValue(number), message);
        }
    }
}

void validatePolicyRules(const QJsonArray &rules, const QString &path, const QString &peers, QList<KubeCause> &out)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        const QString rulePath = index(path, i);
        const QJsonArray ports = rule.value(QLatin1String("ports")).toArray();
        for (qsizetype j = 0; j < ports.size(); ++j) {
            validatePolicyPort(ports.at(j).toObject(), index(child(rulePath, QStringLiteral("ports")), j), out);
        }
        const QJsonArray peerList = rule.value(peers).toArray();
        for (qsizetype j = 0; j < peerList.size(); ++j) {
            validatePolicyPeer(peerList.at(j).toObject(), index(child(rulePath, peers), j), out);
        }
    }
}

} // namespace

void validate(const QString &definition, const QJsonObject &body, QList<KubeCause> &out)
{
    const QJsonObject meta = body.value(QLatin1String("metadata")).toObject();
    if (definition == QLatin1String("io.k8s.api.batch.v1.Job")) {
        validateJob(body, out);
    } else if (definition == QLatin1String("io.k8s.api.core.v1.ConfigMap")) {
        validateConfigMap(body, out);
    } else if (definition == QLatin1String("io.k8s.api.networking.v1.NetworkPolicy")) {
        validateNetworkPolicy(body, out);
    } else if (definition == QLatin1String("io.k8s.api.core.v1.Pod")) {
        validateObjectMeta(meta, NameFormat::Dns1123Subdomain, QStringLiteral("metadata"), out);
        validatePodSpec(body.value(QLatin1String("spec")).toObject(), QStringLiteral("spec"), out);
    } else if (definition == QLatin1String("io.k8s.api.core.v1.Namespace")) {
        validateObjectMeta(meta, NameFormat::Dns1123Label, QStringLiteral("metadata"), out);
    }
}

void validateObjectMeta(const QJsonObject &meta, NameFormat format, const QString &path, QList<KubeCause> &out)
{
    const QString name = meta.value(QLatin1String("name")).toString();
    QString generateName = meta.value(QLatin1String("generateName")).toString();
    if (!generateName.isEmpty()) {
        // NameIsDNSSubdomain(prefix=true) checks the prefix with its trailing '-' masked.
        QString masked = generateName;
        if (masked.size() > 1 && masked.endsWith(u'-')) {
            masked[masked.size() - 1] = u'a';
        }
        for (const QString &message : nameProblems(masked, format)) {
            out << invalid(child(path, QStringLiteral("generateName")), quoted(generateName), message);
        }
    }
    // The server fills an empty name from generateName before validating.
    if (name.isEmpty() && generateName.isEmpty()) {
        out << required(child(path, QStringLiteral("name")), QStringLiteral("name or generateName is required"));
    } else if (!name.isEmpty()) {
        for (const QString &message : nameProblems(name, format)) {
            out << invalid(child(path, QStringLiteral("name")), quoted(name), message);
        }
    }
    const QString ns = meta.value(QLatin1String("namespace")).toString();
    if (!ns.isEmpty()) {
        for (const QString &message : KubeNames::dns1123Label(ns)) {
            out << invalid(child(path, QStringLiteral("namespace")), quoted(ns), message);
        }
    }
    validateLabels(meta.value(QLatin1String("labels")).toObject(), child(path, QStringLiteral("labels")), out);
    validateAnnotations(meta.value(QLatin1String("annotations")).toObject(), child(path, QStringLiteral("annotations")),
                        out);
    validateOwnerReferences(meta.value(QLatin1String("ownerReferences")).toArray(),
                            child(path, QStringLiteral("ownerReferences")), out);
}

void validateLabels(const QJsonObject &labels, const QString &path, QList<KubeCause> &out)
{
    // ValidateLabels reports keys and values against the map's path, without the key.
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        for (const QString &message : KubeNames::labelKey(it.key())) {
            out << invalid(path, quoted(it.key()), message);
        }
        for (const QString &message : KubeNames::labelValue(it.value().toString())) {
            out << invalid(path, quoted(it.value().toString()), message);
        }
    }
}

void validateAnnotations(const QJsonObject &annotations, const QString &path, QList<KubeCause> &out)
{
    qint64 total = 0;
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        for (const QString &message : KubeNames::labelKey(it.key().toLower())) {
            out << invalid(path, quoted(it.key()), message);
        }
        total += it.key().toUtf8().size() + it.value().toString().toUtf8().size();
    }
    if (total > maxAnnotationBytes) {
        out << tooLong(path, maxAnnotationBytes);
    }
}

void validateLabelSelector(const QJsonObject &selector, const QString &path, QList<KubeCause> &out)
{
    validateLabels(selector.value(QLatin1String("matchLabels")).toObject(), child(path, QStringLiteral("matchLabels")),
                   out);
    const QJsonArray expressions = selector.value(QLatin1String("matchExpressions")).toArray();
    for (qsizetype i = 0; i < expressions.size(); ++i) {
        const QJsonObject expression = expressions.at(i).toObject();
        const QString expressionPath = index(child(path, QStringLiteral("matchExpressions")), i);
        const QString op = expression.value(QLatin1String("operator")).toString();
        const QJsonArray values = expression.value(QLatin1String("values")).toArray();
        const QString valuesPath = child(expressionPath, QStringLiteral("values"));
        if (op == QLatin1String("In") || op == QLatin1String("NotIn")) {
            if (values.isEmpty()) {
                out << required(valuesPath, QStringLiteral("must be specified when `operator` is 'In' or 'NotIn'"));
            }
        } else if (op == QLatin1String("Exists") || op == QLatin1String("DoesNotExist")) {
            if (!values.isEmpty()) {
                out << forbidden(valuesPath,
                                 QStringLiteral("may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
            }
        } else {
            out << invalid(child(expressionPath, QStringLiteral("operator")), quoted(op),
                           QStringLiteral("not a valid selector operator"));
        }
        const QString key = expression.value(QLatin1String("key")).toString();
        for (const QString &message : KubeNames::labelKey(key)) {
            out << invalid(child(expressionPath, QStringLiteral("key")), quoted(key), message);
        }
        for (qsizetype j = 0; j < values.size(); ++j) {
            for (const QString &message : KubeNames::labelValue(values.at(j).toString())) {
                out << invalid(index(valuesPath, j), quoted(values.at(j).toString()), message);
            }
        }
    }
}

bool selectorMatches(const QJsonObject &selector, const QJsonObject &labels)
{
    const QJsonObject matchLabels = selector.value(QLatin1String("matchLabels")).toObject();
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
        if (labels.value(it.key()) != it.value()) {
            return false;
        }
    }
    const QJsonArray expressions = selector.value(QLatin1String("matchExpressions")).toArray();
    for (const QJsonValue &item : expressions) {
        const QJsonObject expression = item.toObject();
        const QString key = expression.value(QLatin1String("key")).toString();
        const QString op = expression.value(QLatin1String("operator")).toString();
        const bool has = labels.contains(key);
        const bool listed = expression.value(QLatin1String("values")).toArray().contains(labels.value(key));
        if ((op == QLatin1String("In") && !(has && listed)) || (op == QLatin1String("NotIn") && has && listed) ||
            (op == QLatin1String("Exists") && !has) || (op == QLatin1String("DoesNotExist") && has)) {
            return false;
        }
    }
    return true;
}

void validateConfigMap(const QJsonObject &configMap, QList<KubeCause> &out)
{
    validateObjectMeta(configMap.value(QLatin1String("metadata")).toObject(), NameFormat::Dns1123Subdomain,
                       QStringLiteral("metadata"), out);
    qint64 total = 0;
    const QJsonObject data = configMap.value(QLatin1String("data")).toObject();
    for (auto it = data.begin(); it != data.end(); ++it) {
        for (const QString &message : KubeNames::configMapKey(it.key())) {
            out << invalid(key(QStringLiteral("data"), it.key()), quoted(it.key()), message);
        }
        total += it.value().toString().toUtf8().size();
    }
    const QJsonObject binary = configMap.value(QLatin1String("binaryData")).toObject();
    for (auto it = binary.begin(); it != binary.end(); ++it) {
        const QString path = key(QStringLiteral("binaryData"), it.key());
        for (const QString &message : KubeNames::configMapKey(it.key())) {
            out << invalid(path, quoted(it.key()), message);
        }
        if (data.contains(it.key())) {
            out << invalid(path, quoted(it.key()), QStringLiteral("duplicate key in both data and binaryData"));
        }
        total += QByteArray::fromBase64(it.value().toString().toLatin1()).size();
    }
    if (total > maxConfigMapBytes) {
        out << tooLong(QString(), maxConfigMapBytes);
    }
}

void validateNetworkPolicy(const QJsonObject &policy, QList<KubeCause> &out)
{
    validateObjectMeta(policy.value(QLatin1String("metadata")).toObject(), NameFormat::Dns1123Subdomain,
                       QStringLiteral("metadata"), out);
    const QJsonObject spec = policy.value(QLatin1String("spec")).toObject();
    validateLabelSelector(spec.value(QLatin1String("podSelector")).toObject(), QStringLiteral("spec.podSelector"), out);
    validatePolicyRules(spec.value(QLatin1String("ingress")).toArray(), QStringLiteral("spec.ingress"),
                        QStringLiteral("from"), out);
    validatePolicyRules(spec.value(QLatin1String("egress")).toArray(), QStringLiteral("spec.egress"),
                        QStringLiteral("to"), out);
    const QJsonArray types = spec.value(QLatin1String("policyTypes")).toArray();
    const QStringList allowed{QStringLiteral("Ingress"), QStringLiteral("Egress")};
    for (qsizetype i = 0; i < types.size(); ++i) {
        if (!allowed.contains(types.at(i).toString())) {
            out << notSupported(index(QStringLiteral("spec.policyTypes"), i), goValue(types.at(i)), allowed);
        }
    }
    if (types.size() > allowed.size()) {
        out << invalid(QStringLiteral("spec.policyTypes"), goValue(types),
                       QStringLiteral("may not specify more than two policyTypes"));
    }
}

} // namespace GradeDesk::Tests::KubeRules
