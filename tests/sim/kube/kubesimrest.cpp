// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// Create, read, update, patch, delete and list for the simulator's resources, worded as the real
// API server answers.

#include "tests/sim/kube/kubesimrest.h"

#include "tests/sim/kube/kubesimselectors.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>

namespace GradeDesk::Tests {

using namespace Qt::StringLiterals;
using namespace KubeSimRest;

namespace {

QByteArray warningHeader(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return "299 - \"" + escaped.toUtf8() + '"';
}

std::optional<KubeFieldValidation> fieldValidation(const SimHttpRequest &request)
{
    const QString value = request.queryValue(u"fieldValidation"_s);
    if (value.isEmpty() || value == "Warn"_L1) {
        return KubeFieldValidation::Warn;
    }
    if (value == "Strict"_L1) {
        return KubeFieldValidation::Strict;
    }
    if (value == "Ignore"_L1) {
        return KubeFieldValidation::Ignore;
    }
    return std::nullopt;
}

// Removes `path` ("spec.template.spec.containers[0].x") from `value`.
QJsonValue removePath(const QJsonValue &value, QStringView path)
{
    if (path.isEmpty()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    if (path.startsWith(u'[')) {
        const qsizetype close = path.indexOf(u']');
        if (close < 0) {
            return value;
        }
        const QStringView rest = path.mid(close + 1).startsWith(u'.') ? path.mid(close + 2) : path.mid(close + 1);
        bool isIndex = false;
        const int index = path.mid(1, close - 1).toInt(&isIndex);
        if (value.isArray() && isIndex) {
            QJsonArray array = value.toArray();
            if (index >= 0 && index < array.size()) {
                const QJsonValue inner = removePath(array.at(index), rest);
                if (!inner.isUndefined()) {
                    array.replace(index, inner);
                }
            }
            return array;
        }
        QJsonObject object = value.toObject();
        const QString key = path.mid(1, close - 1).toString();
        const QJsonValue inner = removePath(object.value(key), rest);
        if (inner.isUndefined()) {
            object.remove(key);
        } else {
            object.insert(key, inner);
        }
        return object;
    }
    qsizetype end = 0;
    while (end < path.size() && path[end] != u'.' && path[end] != u'[') {
        ++end;
    }
    const QString key = path.left(end).toString();
    const QStringView rest = end < path.size() && path[end] == u'.' ? path.mid(end + 1) : path.mid(end);
    QJsonObject object = value.toObject();
    if (!object.contains(key)) {
        return value;
    }
    const QJsonValue inner = removePath(object.value(key), rest);
    if (inner.isUndefined()) {
        object.remove(key);
    } else {
        object.insert(key, inner);
    }
    return object;
}

SimHttpResponse notFound(const KubeSimResource &resource, const QString &name)
{
    return kubeStatusResponse(404, u"NotFound"_s, u"%1 \"%2\" not found"_s.arg(resource.qualifiedName(), name),
                              kubeDetails(resource, name));
}

// Decodes and validates a request body; on failure `error` holds the reply.
std::optional<QJsonObject> decodeBody(KubeSimCore &core, const KubeSimResource &resource, const QByteArray &body,
                                      const SimHttpRequest &request, QStringList *warnings,
                                      std::optional<SimHttpResponse> *error, const QJsonObject &current = {})
{
    if (request.header("Content-Type").contains("protobuf") || request.header("Content-Type").contains("yaml")) {
        *error = kubeStatusResponse(
            415, u"UnsupportedMediaType"_s,
            u"the body of the request was in an unknown format - accepted media types include: application/json"_s);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = kubeStatusResponse(400, u"BadRequest"_s,
                                    u"couldn't get version/kind; json parse error: "_s +
                                        (document.isObject() ? parseError.errorString() : u"not a JSON object"_s));
        return std::nullopt;
    }
    QJsonObject object = document.object();
    const std::optional<KubeFieldValidation> mode = fieldValidation(request);
    if (!mode) {
        *error =
            kubeStatusResponse(400, u"BadRequest"_s,
                               u"fieldValidation parameter unsupported: "_s + request.queryValue(u"fieldValidation"_s));
        return std::nullopt;
    }
    const QString kind = object.value("kind"_L1).toString();
    const QString apiVersion = object.value("apiVersion"_L1).toString();
    if (kind.isEmpty()) {
        *error = kubeStatusResponse(400, u"BadRequest"_s,
                                    u"Object 'Kind' is missing in '%1'"_s.arg(QString::fromUtf8(body.left(200))));
        return std::nullopt;
    }
    if (kind != resource.kind || apiVersion != resource.apiVersion()) {
        *error =
            kubeStatusResponse(400, u"BadRequest"_s,
                               u"the API version in the data (%1) does not match the expected API version (%2)"_s.arg(
                                   apiVersion, resource.apiVersion()));
        if (apiVersion == resource.apiVersion()) {
            *error = kubeStatusResponse(
                400, u"BadRequest"_s,
                u"%1 in version \"%2\" cannot be handled as a %1: no kind \"%3\" is registered for version \"%4\""_s
                    .arg(resource.kind, resource.version, kind, apiVersion));
        }
        return std::nullopt;
    }
    if (core.validator) {
        // The validator judges objects as created; on update the selector the server generated is
        // not the client's doing.
        QJsonObject judged = object;
        const QJsonObject currentSpec = current.value("spec"_L1).toObject();
        if (resource.plural == "jobs"_L1 && !currentSpec.value("manualSelector"_L1).toBool() &&
            judged.value("spec"_L1).toObject().value("selector"_L1) == currentSpec.value("selector"_L1)) {
            QJsonObject spec = judged.value("spec"_L1).toObject();
            spec.remove(u"selector"_s);
            judged.insert(u"spec"_s, spec);
        }
        // Ignore mode still needs the unknown fields, to drop them as the decoder does.
        const QList<KubeCause> causes = core.validator->validate(
            resource.definition, judged, *mode == KubeFieldValidation::Ignore ? KubeFieldValidation::Warn : *mode);
        const KubeVerdict verdict =
            KubeValidator::verdict(causes, *mode, resource.apiVersion(), resource.kind, kName(object));
        if (verdict.httpStatus != 0) {
            SimHttpResponse response = kubeJsonResponse(verdict.httpStatus, verdict.status);
            addWarnings(response, verdict.warnings);
            *error = response;
            return std::nullopt;
        }
        *warnings += verdict.warnings;
        for (const KubeCause &cause : causes) {
            if (cause.origin == KubeCause::Origin::UnknownField) {
                object = removePath(object, cause.field).toObject();
            }
        }
    }
    return object;
}

void checkImmutableJobFields(const QJsonObject &oldSpec, const QJsonObject &newSpec, QJsonArray &causes)
{
    const QStringList immutable{
        u"selector"_s,         u"template"_s,       u"completionMode"_s,      u"backoffLimitPerIndex"_s,
        u"podFailurePolicy"_s, u"manualSelector"_s, u"podReplacementPolicy"_s};
    QStringList fields = immutable;
    const bool scalingIndexed = newSpec.value("completionMode"_L1).toString() == "Indexed"_L1 &&
                                newSpec.value("completions"_L1) == newSpec.value("parallelism"_L1);
    if (!scalingIndexed) {
        fields.append(u"completions"_s);
    }
    for (const QString &field : fields) {
        if (oldSpec.value(field) != newSpec.value(field)) {
            const QJsonValue value = newSpec.value(field);
            const QString shown =
                value.isObject() || value.isArray()
                    ? QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact))
                    : value.toVariant().toString();
            causes.append(QJsonObject{{u"reason"_s, u"FieldValueInvalid"_s},
                                      {u"message"_s, u"Invalid value: %1: field is immutable"_s.arg(shown)},
                                      {u"field"_s, QString(u"spec."_s + field)}});
        }
    }
}

SimHttpResponse invalid(const KubeSimResource &resource, const QString &name, const QJsonArray &causes)
{
    QStringList parts;
    for (const QJsonValue &cause : causes) {
        parts.append(cause["field"_L1].toString() + u": "_s + cause["message"_L1].toString());
    }
    const QString what = resource.group.isEmpty() ? resource.kind : resource.kind + u'.' + resource.group;
    const QString message = u"%1 \"%2\" is invalid: %3"_s.arg(
        what, name, parts.size() == 1 ? parts.first() : u'[' + parts.join(u", "_s) + u']');
    QJsonObject details = kubeDetails(resource, name);
    details.insert(u"kind"_s, resource.kind);
    details.insert(u"causes"_s, causes);
    return kubeStatusResponse(422, u"Invalid"_s, message, details);
}

} // namespace

void KubeSimRest::addWarnings(SimHttpResponse &response, const QStringList &warnings)
{
    for (const QString &warning : warnings) {
        response.headers.append({"Warning", warningHeader(warning)});
    }
}

bool KubeSimRest::isDryRun(const SimHttpRequest &request)
{
    return request.queryValue(u"dryRun"_s) == "All"_L1;
}

QJsonObject KubeSimRest::listObject(const KubeSimResource &resource, const QJsonArray &items, const QString &rv,
                                    const QString &continueToken, qint64 remaining)
{
    QJsonObject meta{{u"resourceVersion"_s, rv}};
    if (!continueToken.isEmpty()) {
        meta.insert(u"continue"_s, continueToken);
        meta.insert(u"remainingItemCount"_s, remaining);
    }
    return {{u"kind"_s, QString(resource.kind + u"List"_s)},
            {u"apiVersion"_s, resource.apiVersion()},
            {u"metadata"_s, meta},
            {u"items"_s, items}};
}

SimHttpResponse KubeSimRest::namespaceObject(KubeSimCore &core, const QString &name)
{
    QJsonObject labels = core.namespaceLabels(name);
    labels.insert(u"kubernetes.io/metadata.name"_s, name);
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex();
    const QString uid = QString::fromLatin1(hash.left(8) + '-' + hash.mid(8, 4) + '-' + hash.mid(12, 4) + '-' +
                                            hash.mid(16, 4) + '-' + hash.mid(20, 12));
    return kubeJsonResponse(200, {{u"kind"_s, u"Namespace"_s},
                                  {u"apiVersion"_s, u"v1"_s},
                                  {u"metadata"_s, QJsonObject{{u"name"_s, name},
                                                              {u"uid"_s, uid},
                                                              {u"resourceVersion"_s, u"1"_s},
                                                              {u"creationTimestamp"_s, u"2026-01-01T00:00:00Z"_s},
                                                              {u"labels"_s, labels}}},
                                  {u"spec"_s, QJsonObject{{u"finalizers"_s, QJsonArray{u"kubernetes"_s}}}},
                                  {u"status"_s, QJsonObject{{u"phase"_s, u"Active"_s}}}});
}

SimHttpResponse KubeSimRest::get(KubeSimCore &core, const Target &target)
{
    const auto object = core.store.get(*target.resource, target.ns, target.name);
    return object ? kubeJsonResponse(200, *object) : notFound(*target.resource, target.name);
}

SimHttpResponse KubeSimRest::list(KubeSimCore &core, const Target &target, const SimHttpRequest &request)
{
    const KubeSimResource &resource = *target.resource;
    QString error;
    const auto labels = KubeSimLabelSelector::parse(request.queryValue(u"labelSelector"_s), &error);
    if (!labels) {
        return kubeStatusResponse(400, u"BadRequest"_s, error);
    }
    const auto fields = KubeSimFieldSelector::parse(request.queryValue(u"fieldSelector"_s), resource, &error);
    if (!fields) {
        return kubeStatusResponse(400, u"BadRequest"_s, error);
    }
    const QString watch = request.queryValue(u"watch"_s);
    if (watch == "1"_L1 || watch == "true"_L1) {
        return core.watches->start(resource, target.ns, request);
    }

    qint64 listRv = core.store.currentResourceVersion();
    QString start;
    const QString token = request.queryValue(u"continue"_s);
    if (!token.isEmpty()) {
        const QJsonObject decoded =
            QJsonDocument::fromJson(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding)).object();
        if (decoded.isEmpty()) {
            return kubeStatusResponse(
                400, u"BadRequest"_s,
                u"continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)"_s);
        }
        listRv = decoded.value("rv"_L1).toInteger();
        start = decoded.value("start"_L1).toString();
        if (!core.store.eventsAfter(listRv)) {
            return kubeStatusResponse(
                410, u"Expired"_s,
                u"The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list."_s);
        }
    }
    const qint64 limit = request.queryValue(u"limit"_s).toLongLong();
    QJsonArray items;
    QString next;
    qint64 remaining = 0;
    for (const QJsonObject &object : core.store.list(resource, target.ns)) {
        const QString position = kNamespace(object) + u'/' + kName(object);
        if (!start.isEmpty() && position <= start) {
            continue;
        }
        if (!labels->matches(kLabels(object)) || !fields->matches(object)) {
            continue;
        }
        if (limit > 0 && items.size() >= limit) {
            if (next.isEmpty()) {
                const QJsonObject last = items.last().toObject();
                next = QString::fromLatin1(
                    QJsonDocument(
                        QJsonObject{{u"rv"_s, listRv}, {u"start"_s, QString(kNamespace(last) + u'/' + kName(last))}})
                        .toJson(QJsonDocument::Compact)
                        .toBase64(QByteArray::Base64UrlEncoding));
            }
            ++remaining;
            continue;
        }
        items.append(object);
    }
    return kubeJsonResponse(200, listObject(resource, items, QString::number(listRv), next, remaining));
}

SimHttpResponse KubeSimRest::create(KubeSimCore &core, const Target &target, const SimHttpRequest &request)
{
    const KubeSimResource &resource = *target.resource;
    if (resource.namespaced && target.ns.isEmpty()) {
        return kubeStatusResponse(405, u"MethodNotAllowed"_s,
                                  u"the server does not allow this method on the requested resource"_s);
    }
    QStringList warnings;
    std::optional<SimHttpResponse> error;
    std::optional<QJsonObject> decoded = decodeBody(core, resource, request.body, request, &warnings, &error);
    if (!decoded) {
        return *error;
    }
    QJsonObject object = *decoded;
    QJsonObject meta = kMeta(object);
    const QString bodyNs = meta.value("namespace"_L1).toString();
    if (!bodyNs.isEmpty() && bodyNs != target.ns) {
        return kubeStatusResponse(
            400, u"BadRequest"_s,
            u"the namespace of the provided object does not match the namespace sent on the request"_s);
    }
    if (!meta.value("resourceVersion"_L1).toString().isEmpty()) {
        return kubeStatusResponse(
            500, u"InternalError"_s,
            u"Internal error occurred: resourceVersion should not be set on objects to be created"_s);
    }
    QString name = meta.value("name"_L1).toString();
    if (name.isEmpty() && !meta.value("generateName"_L1).toString().isEmpty()) {
        name = meta.value("generateName"_L1).toString() + kRandomSuffix();
    }
    for (const QString &field : {u"uid"_s, u"creationTimestamp"_s, u"deletionTimestamp"_s, u"generation"_s,
                                 u"deletionGracePeriodSeconds"_s, u"selfLink"_s}) {
        meta.remove(field);
    }
    meta.insert(u"name"_s, name);
    meta.insert(u"namespace"_s, target.ns);
    object.insert(u"metadata"_s, meta);
    if (core.store.get(resource, target.ns, name)) {
        return kubeStatusResponse(409, u"AlreadyExists"_s,
                                  u"%1 \"%2\" already exists"_s.arg(resource.qualifiedName(), name),
                                  kubeDetails(resource, name));
    }

    if (resource.plural == "jobs"_L1) {
        KubeSimJobController::applyDefaults(object);
        object.insert(u"status"_s, QJsonObject());
        const QJsonObject labels = core.namespaceLabels(target.ns);
        const QString podSpecViolations = podSecurityViolations(
            object.value("spec"_L1).toObject().value("template"_L1).toObject().value("spec"_L1).toObject());
        for (const QString &mode : {u"enforce"_s, u"warn"_s}) {
            if (labels.value(u"pod-security.kubernetes.io/"_s + mode).toString() == "restricted"_L1 &&
                !podSpecViolations.isEmpty()) {
                warnings.append(u"would violate PodSecurity \"restricted:latest\": "_s + podSpecViolations);
                break;
            }
        }
    } else if (resource.plural == "pods"_L1) {
        QJsonObject spec = object.value("spec"_L1).toObject();
        KubeSimKubelet::applyPodSpecDefaults(spec);
        object.insert(u"spec"_s, spec);
        const QString violations = podSecurityViolations(spec);
        if (core.namespaceLabels(target.ns).value("pod-security.kubernetes.io/enforce"_L1).toString() ==
                "restricted"_L1 &&
            !violations.isEmpty()) {
            return kubeStatusResponse(
                403, u"Forbidden"_s,
                u"pods \"%1\" is forbidden: violates PodSecurity \"restricted:latest\": %2"_s.arg(name, violations),
                kubeDetails(resource, name));
        }
        object.insert(u"status"_s, QJsonObject{{u"phase"_s, u"Pending"_s}, {u"qosClass"_s, u"BestEffort"_s}});
    }

    SimHttpResponse response;
    if (isDryRun(request)) {
        if (kUid(object).isEmpty()) {
            kSetMeta(object, u"uid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        }
        kSetMeta(object, u"creationTimestamp"_s, KubeSimStore::nowTimestamp());
        kSetMeta(object, u"generation"_s, 1);
        object.insert(u"apiVersion"_s, resource.apiVersion());
        object.insert(u"kind"_s, resource.kind);
        response = kubeJsonResponse(201, object);
    } else {
        response = kubeJsonResponse(201, core.store.create(resource, object));
    }
    addWarnings(response, warnings);
    return response;
}

SimHttpResponse KubeSimRest::update(KubeSimCore &core, const Target &target, const SimHttpRequest &request, bool patch)
{
    const KubeSimResource &resource = *target.resource;
    const auto current = core.store.get(resource, target.ns, target.name);
    if (!current) {
        return notFound(resource, target.name);
    }
    QByteArray body = request.body;
    if (patch) {
        const QByteArray type = request.header("Content-Type").split(';').first().trimmed();
        if (type != "application/merge-patch+json" && type != "application/strategic-merge-patch+json") {
            return kubeStatusResponse(
                415, u"UnsupportedMediaType"_s,
                u"the body of the request was in an unknown format - accepted media types include: application/merge-patch+json, application/strategic-merge-patch+json"_s);
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return kubeStatusResponse(400, u"BadRequest"_s, u"error decoding patch: "_s + parseError.errorString());
        }
        body = QJsonDocument(kMergePatch(*current, document.object()).toObject()).toJson(QJsonDocument::Compact);
    }
    QStringList warnings;
    std::optional<SimHttpResponse> error;
    std::optional<QJsonObject> decoded = decodeBody(core, resource, body, request, &warnings, &error, *current);
    if (!decoded) {
        return *error;
    }
    QJsonObject object = *decoded;
    if (kName(object) != target.name) {
        return kubeStatusResponse(
            400, u"BadRequest"_s,
            u"the name of the object (%1) does not match the name on the URL (%2)"_s.arg(kName(object), target.name));
    }
    const QString sentRv = kMeta(object).value("resourceVersion"_L1).toString();
    const QString currentRv = kMeta(*current).value("resourceVersion"_L1).toString();
    if (!patch && sentRv.isEmpty()) {
        return invalid(resource, target.name,
                       {QJsonObject{{u"reason"_s, u"FieldValueInvalid"_s},
                                    {u"message"_s, u"Invalid value: 0x0: must be specified for an update"_s},
                                    {u"field"_s, u"metadata.resourceVersion"_s}}});
    }
    if (!sentRv.isEmpty() && sentRv != currentRv) {
        return kubeStatusResponse(
            409, u"Conflict"_s,
            u"Operation cannot be fulfilled on %1 \"%2\": the object has been modified; please apply your changes to the latest version and try again"_s
                .arg(resource.qualifiedName(), target.name),
            kubeDetails(resource, target.name));
    }
    QJsonObject meta = kMeta(object);
    const QJsonObject currentMeta = kMeta(*current);
    for (const QString &field : {u"uid"_s, u"creationTimestamp"_s, u"deletionTimestamp"_s,
                                 u"deletionGracePeriodSeconds"_s, u"generation"_s, u"namespace"_s}) {
        if (currentMeta.contains(field)) {
            meta.insert(field, currentMeta.value(field));
        } else {
            meta.remove(field);
        }
    }
    object.insert(u"metadata"_s, meta);
    // The main resource ignores status changes (they go through /status).
    object.insert(u"status"_s, current->value("status"_L1));

    if (resource.plural == "jobs"_L1) {
        KubeSimJobController::applyDefaults(object);
        QJsonArray causes;
        checkImmutableJobFields(current->value("spec"_L1).toObject(), object.value("spec"_L1).toObject(), causes);
        if (!causes.isEmpty()) {
            return invalid(resource, target.name, causes);
        }
    } else if (resource.plural == "pods"_L1) {
        QJsonObject spec = object.value("spec"_L1).toObject();
        KubeSimKubelet::applyPodSpecDefaults(spec);
        QJsonObject oldSpec = current->value("spec"_L1).toObject();
        const QJsonValue deadline = spec.value("activeDeadlineSeconds"_L1);
        spec.remove(u"activeDeadlineSeconds"_s);
        oldSpec.remove(u"activeDeadlineSeconds"_s);
        if (spec != oldSpec) {
            return invalid(
                resource, target.name,
                {QJsonObject{
                    {u"reason"_s, u"FieldValueForbidden"_s},
                    {u"message"_s,
                     u"Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"_s},
                    {u"field"_s, u"spec"_s}}});
        }
        if (!deadline.isUndefined()) {
            spec.insert(u"activeDeadlineSeconds"_s, deadline);
        }
        object.insert(u"spec"_s, spec);
    }
    SimHttpResponse response;
    if (isDryRun(request)) {
        response = kubeJsonResponse(200, object);
    } else {
        const QJsonObject stored = core.store.update(resource, object);
        response = kubeJsonResponse(200, stored);
        if (kMeta(stored).contains("deletionTimestamp"_L1)) {
            core.deleter->finishIfReady(resource, target.ns, target.name);
        }
    }
    addWarnings(response, warnings);
    return response;
}

} // namespace GradeDesk::Tests
