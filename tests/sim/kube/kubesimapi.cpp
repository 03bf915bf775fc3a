// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// The router of the Kubernetes simulator: faults, authentication, authorization, discovery and the
// access reviews; resource requests go on to kubesimrest.cpp.

#include "tests/sim/http/simhttpstream.h"
#include "tests/sim/kube/kubesimcore.h"
#include "tests/sim/kube/kubesimrest.h"

#include <QJsonDocument>

namespace GradeDesk::Tests {

using namespace Qt::StringLiterals;

namespace {

std::optional<KubeSimRest::Target> parseTarget(const QString &path)
{
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QString group;
    if (parts.size() >= 2 && parts[0] == "api"_L1 && parts[1] == "v1"_L1) {
        parts = parts.mid(2);
    } else if (parts.size() >= 3 && parts[0] == "apis"_L1) {
        group = parts[1];
        parts = parts.mid(3);
    } else {
        return std::nullopt;
    }
    KubeSimRest::Target target;
    if (parts.size() >= 3 && parts[0] == "namespaces"_L1) {
        target.ns = parts[1];
        parts = parts.mid(2);
    } else if (parts.size() == 2 && parts[0] == "namespaces"_L1 && group.isEmpty()) {
        target.resource = kubeSimResource(QString(), u"namespaces"_s);
        target.name = parts[1];
        return target;
    }
    if (parts.isEmpty() || parts.size() > 3) {
        return std::nullopt;
    }
    target.resource = kubeSimResource(group, parts[0]);
    if (!target.resource) {
        return std::nullopt;
    }
    if (parts.size() >= 2) {
        target.name = parts[1];
    }
    if (parts.size() == 3) {
        target.subresource = parts[2];
    }
    return target;
}

std::optional<KubeSimUser> authenticate(const KubeSimCore &core, const SimHttpRequest &request)
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Bearer ")) {
        const auto it = core.tokens.constFind(authorization.mid(7).trimmed());
        if (it == core.tokens.cend()) {
            return std::nullopt;
        }
        return *it;
    }
    if (!authorization.isEmpty()) {
        return std::nullopt;
    }
    if (!request.peerCertificate.isNull()) {
        const QStringList cn = request.peerCertificate.subjectInfo(QSslCertificate::CommonName);
        if (cn.isEmpty()) {
            return std::nullopt;
        }
        return KubeSimUser{cn.first(), request.peerCertificate.subjectInfo(QSslCertificate::Organization)};
    }
    return std::nullopt;
}

bool isPublicPath(const QString &path)
{
    return path == "/version"_L1 || path == "/healthz"_L1 || path == "/readyz"_L1 || path == "/livez"_L1;
}

QJsonObject resourceEntry(const KubeSimResource &r, const QStringList &verbs, const QStringList &shortNames = {})
{
    QJsonObject entry{{u"name"_s, r.plural},
                      {u"singularName"_s, r.singular},
                      {u"namespaced"_s, r.namespaced},
                      {u"kind"_s, r.kind},
                      {u"verbs"_s, QJsonArray::fromStringList(verbs)},
                      {u"storageVersionHash"_s, QString::fromLatin1(r.kind.toUtf8().toBase64()).left(11)}};
    if (!shortNames.isEmpty()) {
        entry.insert(u"shortNames"_s, QJsonArray::fromStringList(shortNames));
    }
    if (r.plural == "jobs"_L1) {
        entry.insert(u"categories"_s, QJsonArray{u"all"_s});
    }
    return entry;
}

QJsonObject resourceList(const QString &groupVersion)
{
    const QStringList all{u"create"_s, u"delete"_s, u"deletecollection"_s, u"get"_s,
                          u"list"_s,   u"patch"_s,  u"update"_s,           u"watch"_s};
    QJsonArray resources;
    for (const KubeSimResource &r : kubeSimResources()) {
        if (r.apiVersion() != groupVersion) {
            continue;
        }
        if (r.plural == "namespaces"_L1) {
            resources.append(resourceEntry(r, {u"get"_s, u"list"_s}, {u"ns"_s}));
            continue;
        }
        const QStringList shortNames = r.plural == "pods"_L1              ? QStringList{u"po"_s}
                                       : r.plural == "configmaps"_L1      ? QStringList{u"cm"_s}
                                       : r.plural == "events"_L1          ? QStringList{u"ev"_s}
                                       : r.plural == "networkpolicies"_L1 ? QStringList{u"netpol"_s}
                                                                          : QStringList();
        resources.append(resourceEntry(r, all, shortNames));
        if (r.plural == "pods"_L1) {
            resources.append(QJsonObject{{u"name"_s, u"pods/log"_s},
                                         {u"singularName"_s, QString()},
                                         {u"namespaced"_s, true},
                                         {u"kind"_s, u"Pod"_s},
                                         {u"verbs"_s, QJsonArray{u"get"_s}}});
        }
        if (r.plural == "jobs"_L1) {
            resources.append(QJsonObject{{u"name"_s, u"jobs/status"_s},
                                         {u"singularName"_s, QString()},
                                         {u"namespaced"_s, true},
                                         {u"kind"_s, u"Job"_s},
                                         {u"verbs"_s, QJsonArray{u"get"_s, u"patch"_s, u"update"_s}}});
        }
    }
    if (groupVersion == "authorization.k8s.io/v1"_L1) {
        resources.append(QJsonObject{{u"name"_s, u"selfsubjectaccessreviews"_s},
                                     {u"singularName"_s, u"selfsubjectaccessreview"_s},
                                     {u"namespaced"_s, false},
                                     {u"kind"_s, u"SelfSubjectAccessReview"_s},
                                     {u"verbs"_s, QJsonArray{u"create"_s}}});
    }
    if (groupVersion == "authentication.k8s.io/v1"_L1) {
        resources.append(QJsonObject{{u"name"_s, u"selfsubjectreviews"_s},
                                     {u"singularName"_s, u"selfsubjectreview"_s},
                                     {u"namespaced"_s, false},
                                     {u"kind"_s, u"SelfSubjectReview"_s},
                                     {u"verbs"_s, QJsonArray{u"create"_s}}});
    }
    return {{u"kind"_s, u"APIResourceList"_s},
            {u"apiVersion"_s, u"v1"_s},
            {u"groupVersion"_s, groupVersion},
            {u"resources"_s, resources}};
}

const QStringList &servedGroups()
{
    static const QStringList groups{u"batch"_s, u"networking.k8s.io"_s, u"authorization.k8s.io"_s,
                                    u"authentication.k8s.io"_s};
    return groups;
}

} // namespace

SimHttpResponse KubeSimRest::discovery(KubeSimCore &core, const SimHttpRequest &request, bool *handled)
{
    *handled = true;
    const QString &path = request.path;
    if (path == "/version"_L1) {
        return kubeJsonResponse(200, {{u"major"_s, u"1"_s},
                                      {u"minor"_s, QString::number(core.minorVersion)},
                                      {u"gitVersion"_s, u"v1.%1.0-gradedesk-sim"_s.arg(core.minorVersion)},
                                      {u"gitCommit"_s, u"0000000000000000000000000000000000000000"_s},
                                      {u"gitTreeState"_s, u"clean"_s},
                                      {u"buildDate"_s, u"2026-01-01T00:00:00Z"_s},
                                      {u"goVersion"_s, u"go1.25.0"_s},
                                      {u"compiler"_s, u"gc"_s},
                                      {u"platform"_s, u"linux/amd64"_s}});
    }
    if (path == "/healthz"_L1 || path == "/readyz"_L1 || path == "/livez"_L1) {
        SimHttpResponse response = SimHttpResponse::text(200, "ok");
        return response;
    }
    if (path == "/api"_L1) {
        return kubeJsonResponse(
            200, {{u"kind"_s, u"APIVersions"_s},
                  {u"versions"_s, QJsonArray{u"v1"_s}},
                  {u"serverAddressByClientCIDRs"_s,
                   QJsonArray{QJsonObject{{u"clientCIDR"_s, u"0.0.0.0/0"_s},
                                          {u"serverAddress"_s, u"127.0.0.1:%1"_s.arg(core.server->port())}}}}});
    }
    if (path == "/apis"_L1) {
        QJsonArray groups;
        for (const QString &group : servedGroups()) {
            const QJsonObject version{{u"groupVersion"_s, QString(group + u"/v1"_s)}, {u"version"_s, u"v1"_s}};
            groups.append(QJsonObject{
                {u"name"_s, group}, {u"versions"_s, QJsonArray{version}}, {u"preferredVersion"_s, version}});
        }
        return kubeJsonResponse(200,
                                {{u"kind"_s, u"APIGroupList"_s}, {u"apiVersion"_s, u"v1"_s}, {u"groups"_s, groups}});
    }
    if (path == "/api/v1"_L1) {
        return kubeJsonResponse(200, resourceList(u"v1"_s));
    }
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() == 3 && parts[0] == "apis"_L1 && servedGroups().contains(parts[1]) && parts[2] == "v1"_L1) {
        return kubeJsonResponse(200, resourceList(parts[1] + u"/v1"_s));
    }
    if (parts.size() == 2 && parts[0] == "apis"_L1 && servedGroups().contains(parts[1])) {
        const QJsonObject version{{u"groupVersion"_s, QString(parts[1] + u"/v1"_s)}, {u"version"_s, u"v1"_s}};
        return kubeJsonResponse(200, {{u"kind"_s, u"APIGroup"_s},
                                      {u"apiVersion"_s, u"v1"_s},
                                      {u"name"_s, parts[1]},
                                      {u"versions"_s, QJsonArray{version}},
                                      {u"preferredVersion"_s, version}});
    }
    *handled = false;
    return {};
}

SimHttpResponse KubeSimRest::reviews(KubeSimCore &core, const SimHttpRequest &request, const Caller &caller,
                                     bool *handled)
{
    *handled = true;
    const bool access = request.path == "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"_L1;
    const bool self = request.path == "/apis/authentication.k8s.io/v1/selfsubjectreviews"_L1;
    if (!access && !self) {
        *handled = false;
        return {};
    }
    if (request.method != "POST") {
        return kubeStatusResponse(405, u"MethodNotAllowed"_s,
                                  u"the server does not allow this method on the requested resource"_s);
    }
    if (request.header("Content-Type").contains("protobuf")) {
        // A SelfSubjectReview carries nothing to read (kubectl auth whoami sends protobuf).
        if (self) {
            return kubeJsonResponse(
                201, {{u"kind"_s, u"SelfSubjectReview"_s},
                      {u"apiVersion"_s, u"authentication.k8s.io/v1"_s},
                      {u"metadata"_s, QJsonObject{{u"creationTimestamp"_s, QJsonValue::Null}}},
                      {u"status"_s,
                       QJsonObject{
                           {u"userInfo"_s, QJsonObject{{u"username"_s, caller.user.name},
                                                       {u"groups"_s, QJsonArray::fromStringList(
                                                                         caller.user.groups +
                                                                         QStringList{u"system:authenticated"_s})}}}}}});
        }
        return kubeStatusResponse(415, u"UnsupportedMediaType"_s,
                                  u"the simulator accepts application/json bodies only"_s);
    }
    QJsonParseError parseError;
    QJsonObject review = QJsonDocument::fromJson(request.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return kubeStatusResponse(400, u"BadRequest"_s, u"error decoding request body: "_s + parseError.errorString());
    }
    if (self) {
        review.insert(u"status"_s,
                      QJsonObject{{u"userInfo"_s,
                                   QJsonObject{{u"username"_s, caller.user.name},
                                               {u"groups"_s,
                                                QJsonArray::fromStringList(caller.user.groups +
                                                                           QStringList{u"system:authenticated"_s})}}}});
        review.insert(u"metadata"_s, QJsonObject{{u"creationTimestamp"_s, QJsonValue::Null}});
        return kubeJsonResponse(201, review);
    }
    const QJsonObject spec = review.value("spec"_L1).toObject();
    if (!spec.contains("resourceAttributes"_L1) && !spec.contains("nonResourceAttributes"_L1)) {
        return kubeStatusResponse(
            422, u"Invalid"_s,
            u"SelfSubjectAccessReview.authorization.k8s.io \"\" is invalid: spec.resourceAttributes: Invalid value: \"null\": exactly one of nonResourceAttributes or resourceAttributes must be specified"_s,
            {{u"group"_s, u"authorization.k8s.io"_s},
             {u"kind"_s, u"SelfSubjectAccessReview"_s},
             {u"causes"_s,
              QJsonArray{QJsonObject{
                  {u"reason"_s, u"FieldValueInvalid"_s},
                  {u"message"_s,
                   u"Invalid value: \"null\": exactly one of nonResourceAttributes or resourceAttributes must be specified"_s},
                  {u"field"_s, u"spec.resourceAttributes"_s}}}}});
    }
    const QJsonObject attributes = spec.value("resourceAttributes"_L1).toObject();
    QString resource = attributes.value("resource"_L1).toString();
    if (!attributes.value("subresource"_L1).toString().isEmpty()) {
        resource += u'/' + attributes.value("subresource"_L1).toString();
    }
    const bool denied = core.isDenied(caller.user.name, attributes.value("verb"_L1).toString(), resource,
                                      attributes.value("namespace"_L1).toString());
    QJsonObject status{{u"allowed"_s, !denied}};
    if (denied) {
        status.insert(u"denied"_s, true);
        status.insert(u"reason"_s, u"denied by the simulator's forbid() list"_s);
    } else {
        status.insert(u"reason"_s, u"RBAC: allowed by the simulator"_s);
    }
    review.insert(u"status"_s, status);
    review.insert(u"metadata"_s, QJsonObject{{u"creationTimestamp"_s, QJsonValue::Null}});
    return kubeJsonResponse(201, review);
}

SimHttpResponse KubeSimulator::handle(const SimHttpRequest &request)
{
    KubeSimCore &core = *m_core;
    ++core.requests;
    ++core.requestCounts[QString::fromLatin1(request.method) + u' ' + request.path];
    auto finish = [&](SimHttpResponse response) {
        if (core.responseDelay.count() > 0 && !response.stream) {
            response.delay = core.responseDelay;
        }
        Q_EMIT requestHandled(request.method, request.path, response.status);
        return response;
    };

    if (core.unavailable) {
        SimHttpResponse response = kubeStatusResponse(503, u"ServiceUnavailable"_s, u"apiserver is shutting down"_s);
        response.setHeader("Retry-After", "1");
        return finish(response);
    }

    // An injected fault for this request, unless it is to be answered after doing the work.
    std::optional<Fault> fault;
    for (qsizetype i = 0; i < core.faults.size(); ++i) {
        Fault &f = core.faults[i];
        if ((f.verb.isEmpty() || f.verb == request.method) &&
            (f.pathContains.isEmpty() || request.path.contains(f.pathContains))) {
            fault = f;
            if (--f.count <= 0) {
                core.faults.removeAt(i);
            }
            break;
        }
    }
    auto faultResponse = [](const Fault &f) {
        QString reason;
        QString message;
        QJsonObject details;
        switch (f.status) {
        case 429:
            reason = u"TooManyRequests"_s;
            message = u"Too many requests, please try again later."_s;
            details.insert(u"retryAfterSeconds"_s, f.retryAfterSeconds);
            break;
        case 503:
            reason = u"ServiceUnavailable"_s;
            message = u"the server is currently unable to handle the request"_s;
            break;
        case 504:
            reason = u"Timeout"_s;
            message = u"Timeout: request did not complete within requested timeout - context deadline exceeded"_s;
            break;
        default:
            reason = u"InternalError"_s;
            message = u"Internal error occurred: injected by the simulator"_s;
            details.insert(u"causes"_s, QJsonArray{QJsonObject{{u"message"_s, u"injected by the simulator"_s}}});
            break;
        }
        SimHttpResponse response = kubeStatusResponse(f.status, reason, message, details);
        if (f.status == 429 || f.status == 503) {
            response.setHeader("Retry-After", QByteArray::number(f.retryAfterSeconds));
        }
        return response;
    };
    if (fault && !fault->afterCommit) {
        return finish(faultResponse(*fault));
    }

    bool handled = false;
    if (isPublicPath(request.path)) {
        return finish(KubeSimRest::discovery(core, request, &handled));
    }
    const std::optional<KubeSimUser> user = authenticate(core, request);
    if (!user) {
        return finish(kubeStatusResponse(401, u"Unauthorized"_s, u"Unauthorized"_s));
    }
    KubeSimRest::Caller caller{*user};
    SimHttpResponse response = KubeSimRest::discovery(core, request, &handled);
    if (handled) {
        return finish(response);
    }
    response = KubeSimRest::reviews(core, request, caller, &handled);
    if (handled) {
        return finish(response);
    }
    const std::optional<KubeSimRest::Target> target = parseTarget(request.path);
    if (!target) {
        return finish(
            kubeStatusResponse(404, u"NotFound"_s, u"the server could not find the requested resource"_s,
                               {{u"causes"_s, QJsonArray{QJsonObject{{u"reason"_s, u"UnexpectedServerResponse"_s},
                                                                     {u"message"_s, u"404 page not found"_s}}}}}));
    }
    const QString verb = KubeSimRest::verbOf(request, *target);
    QString resourceName = target->resource->plural;
    if (!target->subresource.isEmpty()) {
        resourceName += u'/' + target->subresource;
    }
    if (core.isDenied(user->name, verb, resourceName, target->ns)) {
        QString message = u"%1 is forbidden: User \"%2\" cannot %3 resource \"%4\" in API group \"%5\""_s.arg(
            target->name.isEmpty() ? target->resource->qualifiedName()
                                   : target->resource->qualifiedName() + u" \""_s + target->name + u'"',
            user->name, verb, resourceName, target->resource->group);
        message += target->ns.isEmpty() ? u" at the cluster scope"_s : u" in the namespace \"%1\""_s.arg(target->ns);
        return finish(kubeStatusResponse(403, u"Forbidden"_s, message, kubeDetails(*target->resource, target->name)));
    }

    if (target->resource->plural == "namespaces"_L1) {
        if (request.method != "GET" || target->name.isEmpty()) {
            return finish(kubeStatusResponse(405, u"MethodNotAllowed"_s,
                                             u"the simulator serves namespaces read-only, one at a time"_s));
        }
        return finish(KubeSimRest::namespaceObject(core, target->name));
    }
    if (!target->subresource.isEmpty()) {
        if (target->resource->plural == "pods"_L1 && target->subresource == "log"_L1 && request.method == "GET") {
            return finish(KubeSimRest::log(core, *target, request));
        }
        return finish(kubeStatusResponse(404, u"NotFound"_s, u"the server could not find the requested resource"_s));
    }

    if (verb == "list"_L1 || verb == "watch"_L1) {
        response = KubeSimRest::list(core, *target, request);
    } else if (verb == "get"_L1) {
        response = KubeSimRest::get(core, *target);
    } else if (verb == "create"_L1) {
        response = KubeSimRest::create(core, *target, request);
    } else if (verb == "update"_L1 || verb == "patch"_L1) {
        response = KubeSimRest::update(core, *target, request, verb == "patch"_L1);
    } else if (verb == "delete"_L1) {
        response = KubeSimRest::remove(core, *target, request);
    } else if (verb == "deletecollection"_L1) {
        response = KubeSimRest::removeCollection(core, *target, request);
    } else {
        response = kubeStatusResponse(405, u"MethodNotAllowed"_s,
                                      u"the server does not allow this method on the requested resource"_s);
    }
    if (fault) {
        // The work is done (a create committed), but the client only learns of a failure.
        delete response.stream;
        return finish(faultResponse(*fault));
    }
    return finish(response);
}

QString KubeSimRest::verbOf(const SimHttpRequest &request, const Target &target)
{
    const QByteArray &m = request.method;
    const QString watch = request.queryValue(u"watch"_s);
    if (m == "GET") {
        if (!target.name.isEmpty()) {
            return u"get"_s;
        }
        return (watch == "1"_L1 || watch == "true"_L1) ? u"watch"_s : u"list"_s;
    }
    if (m == "POST") {
        return target.name.isEmpty() ? u"create"_s : u"post"_s;
    }
    if (m == "PUT") {
        return u"update"_s;
    }
    if (m == "PATCH") {
        return u"patch"_s;
    }
    if (m == "DELETE") {
        return target.name.isEmpty() ? u"deletecollection"_s : u"delete"_s;
    }
    return QString::fromLatin1(m).toLower();
}

} // namespace GradeDesk::Tests
