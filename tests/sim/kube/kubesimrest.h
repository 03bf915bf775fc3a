// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the Kubernetes simulator: the REST handlers behind the router (kubesimapi.cpp).

#include "tests/sim/kube/kubesimcore.h"

namespace GradeDesk::Tests::KubeSimRest {

/// A parsed resource path: /api/v1[/namespaces/{ns}]/{plural}[/{name}[/{subresource}]] or the
/// /apis/{group}/{version}/... equivalent.
struct Target {
    const KubeSimResource *resource = nullptr;
    QString ns;
    QString name;
    QString subresource;
};

/// Everything about the caller the handlers need.
struct Caller {
    KubeSimUser user;
};

SimHttpResponse discovery(KubeSimCore &core, const SimHttpRequest &request, bool *handled);
SimHttpResponse reviews(KubeSimCore &core, const SimHttpRequest &request, const Caller &caller, bool *handled);

SimHttpResponse list(KubeSimCore &core, const Target &target, const SimHttpRequest &request);
SimHttpResponse get(KubeSimCore &core, const Target &target);
SimHttpResponse create(KubeSimCore &core, const Target &target, const SimHttpRequest &request);
SimHttpResponse update(KubeSimCore &core, const Target &target, const SimHttpRequest &request, bool patch);
SimHttpResponse remove(KubeSimCore &core, const Target &target, const SimHttpRequest &request);
SimHttpResponse removeCollection(KubeSimCore &core, const Target &target, const SimHttpRequest &request);
SimHttpResponse log(KubeSimCore &core, const Target &target, const SimHttpRequest &request);
SimHttpResponse namespaceObject(KubeSimCore &core, const QString &name);

/// Adds one `Warning: 299 - "text"` header per text.
void addWarnings(SimHttpResponse &response, const QStringList &warnings);
bool isDryRun(const SimHttpRequest &request);
/// A `<Kind>List` with metadata.resourceVersion (and continue / remainingItemCount when paging).
QJsonObject listObject(const KubeSimResource &resource, const QJsonArray &items, const QString &rv,
                       const QString &continueToken, qint64 remaining);

/// The Kubernetes verb of a request ("get", "list", "watch", "create", "update", "patch",
/// "delete", "deletecollection").
QString verbOf(const SimHttpRequest &request, const Target &target);

} // namespace GradeDesk::Tests::KubeSimRest
