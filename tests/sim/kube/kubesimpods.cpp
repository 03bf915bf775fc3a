// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// Pod defaults, the Pod Security "restricted" check and the log endpoint.

#include "tests/sim/kube/kubesimcore.h"
#include "tests/sim/kube/kubesimrest.h"

namespace GradeDesk::Tests {

using namespace Qt::StringLiterals;

void KubeSimKubelet::applyPodSpecDefaults(QJsonObject &spec)
{
    const QList<std::pair<QString, QJsonValue>> podDefaults{
        {u"restartPolicy"_s, u"Always"_s},
        {u"dnsPolicy"_s, u"ClusterFirst"_s},
        {u"schedulerName"_s, u"default-scheduler"_s},
        {u"terminationGracePeriodSeconds"_s, 30},
        {u"securityContext"_s, QJsonObject()},
        {u"enableServiceLinks"_s, true},
    };
    for (const auto &[key, value] : podDefaults) {
        if (!spec.contains(key)) {
            spec.insert(key, value);
        }
    }
    for (const QString &list : {u"initContainers"_s, u"containers"_s}) {
        if (!spec.contains(list)) {
            continue;
        }
        QJsonArray containers = spec.value(list).toArray();
        for (qsizetype i = 0; i < containers.size(); ++i) {
            QJsonObject c = containers.at(i).toObject();
            if (!c.contains("terminationMessagePath"_L1)) {
                c.insert(u"terminationMessagePath"_s, u"/dev/termination-log"_s);
            }
            if (!c.contains("terminationMessagePolicy"_L1)) {
                c.insert(u"terminationMessagePolicy"_s, u"File"_s);
            }
            if (!c.contains("imagePullPolicy"_L1)) {
                const QString image = c.value("image"_L1).toString();
                const QString last = image.section(u'/', -1);
                const bool latest = !image.contains(u'@') && (!last.contains(u':') || last.endsWith(":latest"_L1));
                c.insert(u"imagePullPolicy"_s, latest ? u"Always"_s : u"IfNotPresent"_s);
            }
            if (!c.contains("resources"_L1)) {
                c.insert(u"resources"_s, QJsonObject());
            }
            containers.replace(i, c);
        }
        spec.insert(list, containers);
    }
}

QString podSecurityViolations(const QJsonObject &podSpec)
{
    const QJsonObject podContext = podSpec.value("securityContext"_L1).toObject();
    QStringList noPrivEsc;
    QStringList caps;
    QStringList nonRoot;
    QStringList seccomp;
    QStringList rootUser;
    QStringList privileged;
    QStringList volumes;
    const bool podNonRoot = podContext.value("runAsNonRoot"_L1).toBool();
    const QString podSeccomp = podContext.value("seccompProfile"_L1).toObject().value("type"_L1).toString();
    const bool podSeccompOk = podSeccomp == "RuntimeDefault"_L1 || podSeccomp == "Localhost"_L1;
    if (podContext.value("runAsUser"_L1).toInteger(-1) == 0) {
        rootUser.append(u"pod"_s);
    }
    for (const QString &list : {u"initContainers"_s, u"containers"_s}) {
        for (const QJsonValue &value : podSpec.value(list).toArray()) {
            const QString name = u'"' + value["name"_L1].toString() + u'"';
            const QJsonObject sc = value["securityContext"_L1].toObject();
            if (!sc.contains("allowPrivilegeEscalation"_L1) || sc.value("allowPrivilegeEscalation"_L1).toBool()) {
                noPrivEsc.append(name);
            }
            const QJsonArray drop = sc.value("capabilities"_L1).toObject().value("drop"_L1).toArray();
            const QJsonArray add = sc.value("capabilities"_L1).toObject().value("add"_L1).toArray();
            const bool extraCaps = std::any_of(
                add.cbegin(), add.cend(), [](const QJsonValue &c) { return c.toString() != "NET_BIND_SERVICE"_L1; });
            if (!drop.contains(u"ALL"_s) || extraCaps) {
                caps.append(name);
            }
            const bool containerNonRoot =
                sc.contains("runAsNonRoot"_L1) ? sc.value("runAsNonRoot"_L1).toBool() : podNonRoot;
            if (!containerNonRoot) {
                nonRoot.append(name);
            }
            const QString type = sc.value("seccompProfile"_L1).toObject().value("type"_L1).toString();
            if (type.isEmpty() ? !podSeccompOk : (type != "RuntimeDefault"_L1 && type != "Localhost"_L1)) {
                seccomp.append(name);
            }
            if (sc.value("runAsUser"_L1).toInteger(-1) == 0) {
                rootUser.append(name);
            }
            if (sc.value("privileged"_L1).toBool()) {
                privileged.append(name);
            }
        }
    }
    const QStringList allowedVolumes{u"configMap"_s, u"csi"_s,       u"downwardAPI"_s,
                                     u"emptyDir"_s,  u"ephemeral"_s, u"persistentVolumeClaim"_s,
                                     u"projected"_s, u"secret"_s};
    for (const QJsonValue &volume : podSpec.value("volumes"_L1).toArray()) {
        for (const QString &key : volume.toObject().keys()) {
            if (key != "name"_L1 && !allowedVolumes.contains(key)) {
                volumes.append(
                    u"volume \"%1\" uses restricted volume type \"%2\""_s.arg(volume["name"_L1].toString(), key));
            }
        }
    }
    auto containerWord = [](const QStringList &names) -> QString {
        return names.size() == 1 ? u"container "_s + names.first() : u"containers "_s + names.join(u", "_s);
    };
    QStringList out;
    if (!privileged.isEmpty()) {
        out.append(u"privileged (%1 must not set securityContext.privileged=true)"_s.arg(containerWord(privileged)));
    }
    if (!noPrivEsc.isEmpty()) {
        out.append(
            u"allowPrivilegeEscalation != false (%1 must set securityContext.allowPrivilegeEscalation=false)"_s.arg(
                containerWord(noPrivEsc)));
    }
    if (!caps.isEmpty()) {
        out.append(u"unrestricted capabilities (%1 must set securityContext.capabilities.drop=[\"ALL\"])"_s.arg(
            containerWord(caps)));
    }
    if (!volumes.isEmpty()) {
        out.append(u"restricted volume types ("_s + volumes.join(u", "_s) + u')');
    }
    if (!nonRoot.isEmpty()) {
        out.append(u"runAsNonRoot != true (pod or %1 must set securityContext.runAsNonRoot=true)"_s.arg(
            containerWord(nonRoot)));
    }
    if (!rootUser.isEmpty()) {
        out.append(u"runAsUser=0 (%1 must not set runAsUser=0)"_s.arg(rootUser.join(u", "_s)));
    }
    if (!seccomp.isEmpty()) {
        out.append(
            u"seccompProfile (pod or %1 must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\")"_s
                .arg(containerWord(seccomp)));
    }
    return out.join(u", "_s);
}

SimHttpResponse KubeSimRest::log(KubeSimCore &core, const Target &target, const SimHttpRequest &request)
{
    const auto pod = core.store.get(*target.resource, target.ns, target.name);
    if (!pod) {
        return kubeStatusResponse(404, u"NotFound"_s, u"pods \"%1\" not found"_s.arg(target.name),
                                  kubeDetails(*target.resource, target.name));
    }
    const QJsonObject spec = pod->value("spec"_L1).toObject();
    QStringList names;
    QStringList initNames;
    for (const QJsonValue &c : spec.value("containers"_L1).toArray()) {
        names.append(c["name"_L1].toString());
    }
    for (const QJsonValue &c : spec.value("initContainers"_L1).toArray()) {
        initNames.append(c["name"_L1].toString());
    }
    QString container = request.queryValue(u"container"_s);
    if (container.isEmpty()) {
        const QString defaultContainer = kMeta(*pod)
                                             .value("annotations"_L1)
                                             .toObject()
                                             .value("kubectl.kubernetes.io/default-container"_L1)
                                             .toString();
        if (names.size() == 1 && initNames.isEmpty()) {
            container = names.first();
        } else if (!defaultContainer.isEmpty()) {
            container = defaultContainer;
        } else {
            QString message = u"a container name must be specified for pod %1, choose one of: [%2]"_s.arg(
                target.name, names.join(u' '));
            if (!initNames.isEmpty()) {
                message += u" or one of the init containers: [%1]"_s.arg(initNames.join(u' '));
            }
            return kubeStatusResponse(400, u"BadRequest"_s, message);
        }
    }
    if (!names.contains(container) && !initNames.contains(container)) {
        return kubeStatusResponse(400, u"BadRequest"_s,
                                  u"container %1 is not valid for pod %2"_s.arg(container, target.name));
    }
    const QJsonObject status = pod->value("status"_L1).toObject();
    for (const QString &list : {u"initContainerStatuses"_s, u"containerStatuses"_s}) {
        for (const QJsonValue &cs : status.value(list).toArray()) {
            const QJsonObject waiting = cs["state"_L1]["waiting"_L1].toObject();
            if (cs["name"_L1].toString() == container && !waiting.isEmpty() &&
                !core.kubelet->hasLog(target.ns, target.name, container)) {
                return kubeStatusResponse(400, u"BadRequest"_s,
                                          u"container \"%1\" in pod \"%2\" is waiting to start: %3"_s.arg(
                                              container, target.name,
                                              waiting.value("reason"_L1).toString() == "ContainerCreating"_L1
                                                  ? u"ContainerCreating"_s
                                                  : u"trying and failing to pull image"_s));
            }
        }
    }
    if (!core.kubelet->hasLog(target.ns, target.name, container)) {
        return kubeStatusResponse(
            400, u"BadRequest"_s,
            u"container \"%1\" in pod \"%2\" is waiting to start: PodInitializing"_s.arg(container, target.name));
    }
    QByteArray text = core.kubelet->log(target.ns, target.name, container);
    if (request.hasQueryItem(u"tailLines"_s)) {
        const qint64 lines = request.queryValue(u"tailLines"_s).toLongLong();
        qsizetype at = text.size();
        if (text.endsWith('\n')) {
            --at;
        }
        qint64 seen = 0;
        while (at > 0 && seen < lines) {
            at = text.lastIndexOf('\n', at - 1);
            if (at < 0) {
                at = 0;
                break;
            }
            ++seen;
        }
        if (lines <= 0) {
            text.clear();
        } else if (at > 0) {
            text = text.mid(at + 1);
        }
    }
    if (request.hasQueryItem(u"limitBytes"_s)) {
        const qint64 limit = request.queryValue(u"limitBytes"_s).toLongLong();
        if (limit > 0) {
            text.truncate(limit);
        }
    }
    SimHttpResponse response = SimHttpResponse::text(200, text);
    response.setHeader("Content-Type", "text/plain");
    return response;
}

} // namespace GradeDesk::Tests
