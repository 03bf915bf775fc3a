// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// DELETE of one object and of a collection: DeleteOptions from the query and the body.

#include "tests/sim/kube/kubesimrest.h"
#include "tests/sim/kube/kubesimselectors.h"

#include <QJsonDocument>

namespace GradeDesk::Tests {

using namespace Qt::StringLiterals;
using namespace KubeSimRest;

namespace {

std::optional<KubeSimDeleter::Options> deleteOptions(const SimHttpRequest &request, QString *error)
{
    KubeSimDeleter::Options options;
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        body = QJsonDocument::fromJson(request.body, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            *error = u"error decoding DeleteOptions: "_s + parseError.errorString();
            return std::nullopt;
        }
    }
    options.propagationPolicy = request.hasQueryItem(u"propagationPolicy"_s)
                                    ? request.queryValue(u"propagationPolicy"_s)
                                    : body.value("propagationPolicy"_L1).toString();
    if (!options.propagationPolicy.isEmpty() &&
        !QStringList{u"Orphan"_s, u"Background"_s, u"Foreground"_s}.contains(options.propagationPolicy)) {
        *error =
            u"DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: \"%1\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\""_s
                .arg(options.propagationPolicy);
        return std::nullopt;
    }
    if (request.hasQueryItem(u"gracePeriodSeconds"_s)) {
        options.gracePeriodSeconds = request.queryValue(u"gracePeriodSeconds"_s).toLongLong();
    } else if (body.contains("gracePeriodSeconds"_L1)) {
        options.gracePeriodSeconds = body.value("gracePeriodSeconds"_L1).toInteger();
    }
    if (body.contains("orphanDependents"_L1)) {
        options.orphanDependents = body.value("orphanDependents"_L1).toBool();
    } else if (request.hasQueryItem(u"orphanDependents"_s)) {
        options.orphanDependents = request.queryValue(u"orphanDependents"_s) == "true"_L1;
    }
    const QJsonObject preconditions = body.value("preconditions"_L1).toObject();
    options.preconditionUid = preconditions.value("uid"_L1).toString();
    options.preconditionResourceVersion = preconditions.value("resourceVersion"_L1).toString();
    options.dryRun = isDryRun(request) || body.value("dryRun"_L1).toArray().contains(u"All"_s);
    return options;
}

} // namespace

SimHttpResponse KubeSimRest::remove(KubeSimCore &core, const Target &target, const SimHttpRequest &request)
{
    QString error;
    const auto options = deleteOptions(request, &error);
    if (!options) {
        return kubeStatusResponse(400, u"BadRequest"_s, error);
    }
    const KubeSimDeleter::Outcome outcome = core.deleter->remove(*target.resource, target.ns, target.name, *options);
    SimHttpResponse response = kubeJsonResponse(outcome.httpStatus, outcome.body);
    addWarnings(response, outcome.warnings);
    return response;
}

SimHttpResponse KubeSimRest::removeCollection(KubeSimCore &core, const Target &target, const SimHttpRequest &request)
{
    const KubeSimResource &resource = *target.resource;
    QString error;
    const auto options = deleteOptions(request, &error);
    const auto labels = KubeSimLabelSelector::parse(request.queryValue(u"labelSelector"_s), &error);
    const auto fields = KubeSimFieldSelector::parse(request.queryValue(u"fieldSelector"_s), resource, &error);
    if (!options || !labels || !fields) {
        return kubeStatusResponse(400, u"BadRequest"_s, error);
    }
    QJsonArray items;
    QStringList warnings;
    for (const QJsonObject &object : core.store.list(resource, target.ns)) {
        if (!labels->matches(kLabels(object)) || !fields->matches(object)) {
            continue;
        }
        const auto outcome = core.deleter->remove(resource, kNamespace(object), kName(object), *options);
        if (outcome.httpStatus < 300) {
            items.append(outcome.body.value("kind"_L1) == "Status"_L1 ? QJsonValue(object) : QJsonValue(outcome.body));
            for (const QString &w : outcome.warnings) {
                if (!warnings.contains(w)) {
                    warnings.append(w);
                }
            }
        }
    }
    SimHttpResponse response =
        kubeJsonResponse(200, listObject(resource, items, QString::number(core.store.currentResourceVersion()), {}, 0));
    addWarnings(response, warnings);
    return response;
}

} // namespace GradeDesk::Tests
