// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// Deletion: propagation policies, finalizers (orphan, foregroundDeletion), graceful pod termination
// and the ownerReference garbage collector.

#include "tests/sim/kube/kubesimcore.h"

#include <QTimer>

namespace GradeDesk::Tests {

using namespace Qt::StringLiterals;

namespace {

const QString OrphanFinalizer = u"orphan"_s;
const QString ForegroundFinalizer = u"foregroundDeletion"_s;
const QString JobDeleteWarning =
    u"child pods are preserved by default when jobs are deleted; set propagationPolicy=Background to remove them or set propagationPolicy=Orphan to suppress this warning"_s;

bool isTerminal(const QJsonObject &pod)
{
    const QString phase = pod.value("status"_L1).toObject().value("phase"_L1).toString();
    return phase == "Succeeded"_L1 || phase == "Failed"_L1;
}

QStringList ownerUids(const QJsonObject &object)
{
    QStringList uids;
    for (const QJsonValue &ref : kMeta(object).value("ownerReferences"_L1).toArray()) {
        uids.append(ref["uid"_L1].toString());
    }
    return uids;
}

const QList<const KubeSimResource *> &dependentKinds()
{
    static const QList<const KubeSimResource *> kinds{
        kubeSimResource(QString(), u"pods"_s), kubeSimResource(QString(), u"configmaps"_s),
        kubeSimResource(u"networking.k8s.io"_s, u"networkpolicies"_s), kubeSimResource(u"batch"_s, u"jobs"_s)};
    return kinds;
}

} // namespace

KubeSimDeleter::KubeSimDeleter(KubeSimCore &core)
    : m_core(core)
{
    connect(&m_core.store, &KubeSimStore::changed, this, &KubeSimDeleter::onChanged);
}

KubeSimDeleter::~KubeSimDeleter() = default;

KubeSimDeleter::Outcome KubeSimDeleter::remove(const KubeSimResource &resource, const QString &ns, const QString &name,
                                               const Options &options)
{
    auto found = m_core.store.get(resource, ns, name);
    if (!found) {
        return {404,
                kubeStatus(404, u"NotFound"_s, u"%1 \"%2\" not found"_s.arg(resource.qualifiedName(), name),
                           kubeDetails(resource, name)),
                {}};
    }
    QJsonObject object = *found;
    const QJsonObject meta = kMeta(object);
    if (!options.preconditionUid.isEmpty() && options.preconditionUid != kUid(object)) {
        return {
            409,
            kubeStatus(
                409, u"Conflict"_s,
                u"Operation cannot be fulfilled on %1 \"%2\": Precondition failed: UID in precondition: %3, UID in object meta: %4"_s
                    .arg(resource.qualifiedName(), name, options.preconditionUid, kUid(object)),
                kubeDetails(resource, name)),
            {}};
    }
    const QString rv = meta.value("resourceVersion"_L1).toString();
    if (!options.preconditionResourceVersion.isEmpty() && options.preconditionResourceVersion != rv) {
        return {
            409,
            kubeStatus(
                409, u"Conflict"_s,
                u"Operation cannot be fulfilled on %1 \"%2\": Precondition failed: ResourceVersion in precondition: %3, ResourceVersion in object meta: %4"_s
                    .arg(resource.qualifiedName(), name, options.preconditionResourceVersion, rv),
                kubeDetails(resource, name)),
            {}};
    }
    QStringList warnings;
    QString policy = options.propagationPolicy;
    if (policy.isEmpty() && options.orphanDependents) {
        policy = *options.orphanDependents ? u"Orphan"_s : u"Background"_s;
    }
    if (policy.isEmpty()) {
        if (resource.plural == "jobs"_L1) {
            policy = u"Orphan"_s;
            warnings.append(JobDeleteWarning);
        } else {
            policy = u"Background"_s;
        }
    }
    // 202 only for the legacy orphanDependents=false, as the real handler does.
    const int pendingStatus = options.orphanDependents && !*options.orphanDependents ? 202 : 200;
    if (options.dryRun) {
        return {200, object, warnings};
    }
    if (meta.contains("deletionTimestamp"_L1)) {
        return {pendingStatus, object, warnings};
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList finalizers = kFinalizers(object);
    if (resource.plural == "pods"_L1) {
        const qint64 grace = options.gracePeriodSeconds.value_or(
            object.value("spec"_L1).toObject().value("terminationGracePeriodSeconds"_L1).toInteger(30));
        const bool immediate = grace <= 0 || isTerminal(object);
        kSetMeta(object, u"deletionTimestamp"_s, now.addSecs(immediate ? 0 : grace).toString(Qt::ISODate));
        kSetMeta(object, u"deletionGracePeriodSeconds"_s, immediate ? 0 : grace);
        m_core.store.update(resource, object);
        m_core.kubelet->terminate(ns, name, immediate ? std::chrono::milliseconds(0) : m_core.scaled(double(grace)));
        finishIfReady(resource, ns, name);
        const auto after = m_core.store.get(resource, ns, name);
        return {pendingStatus, after ? *after : object, warnings};
    }
    if (policy == "Orphan"_L1 && !finalizers.contains(OrphanFinalizer)) {
        finalizers.append(OrphanFinalizer);
    } else if (policy == "Foreground"_L1 && !finalizers.contains(ForegroundFinalizer)) {
        finalizers.append(ForegroundFinalizer);
    }
    if (finalizers.isEmpty()) {
        const QJsonObject last = m_core.store.remove(resource, ns, name);
        QJsonObject details = kubeDetails(resource, name);
        details.insert(u"uid"_s, kUid(last));
        return {200, kubeStatus(200, QString(), QString(), details), warnings};
    }
    kSetFinalizers(object, finalizers);
    kSetMeta(object, u"deletionTimestamp"_s, now.toString(Qt::ISODate));
    kSetMeta(object, u"deletionGracePeriodSeconds"_s, 0);
    const QJsonObject stored = m_core.store.update(resource, object);
    return {pendingStatus, stored, warnings};
}

void KubeSimDeleter::finishIfReady(const KubeSimResource &resource, const QString &ns, const QString &name)
{
    const auto object = m_core.store.get(resource, ns, name);
    if (!object || !kMeta(*object).contains("deletionTimestamp"_L1) || !kFinalizers(*object).isEmpty()) {
        return;
    }
    if (resource.plural == "pods"_L1 && !isTerminal(*object)) {
        return; // the kubelet reports when its processes are gone
    }
    m_core.store.remove(resource, ns, name);
}

void KubeSimDeleter::onChanged(const KubeSimEvent &event)
{
    // Only changes that can matter to the collector: deletions, finalizers, owners.
    const QJsonObject meta = kMeta(event.object);
    const QJsonObject before = kMeta(event.previous);
    const bool relevant =
        event.type == "DELETED"_L1 || meta.value("deletionTimestamp"_L1) != before.value("deletionTimestamp"_L1) ||
        meta.value("finalizers"_L1) != before.value("finalizers"_L1) ||
        meta.value("ownerReferences"_L1) != before.value("ownerReferences"_L1) ||
        (meta.contains("deletionTimestamp"_L1) && event.object.value("status"_L1) != event.previous.value("status"_L1));
    if (!relevant || m_scheduled) {
        return;
    }
    m_scheduled = true;
    QTimer::singleShot(0, this, &KubeSimDeleter::collect);
}

void KubeSimDeleter::collect()
{
    m_scheduled = false;
    QSet<QString> uids;
    QHash<QString, QList<std::pair<const KubeSimResource *, QJsonObject>>> dependents; // by owner uid
    for (const KubeSimResource *kind : dependentKinds()) {
        for (const QJsonObject &object : m_core.store.list(*kind)) {
            uids.insert(kUid(object));
            for (const QString &owner : ownerUids(object)) {
                dependents[owner].append({kind, object});
            }
        }
    }
    // Finalizers of owners being deleted.
    for (const KubeSimResource *kind : dependentKinds()) {
        for (QJsonObject object : m_core.store.list(*kind)) {
            if (!kMeta(object).contains("deletionTimestamp"_L1)) {
                continue;
            }
            QStringList finalizers = kFinalizers(object);
            const auto children = dependents.value(kUid(object));
            if (finalizers.contains(OrphanFinalizer)) {
                for (const auto &[childKind, child] : children) {
                    QJsonObject updated = child;
                    QJsonArray refs;
                    for (const QJsonValue &ref : kMeta(child).value("ownerReferences"_L1).toArray()) {
                        if (ref["uid"_L1].toString() != kUid(object)) {
                            refs.append(ref);
                        }
                    }
                    kSetMeta(updated, u"ownerReferences"_s, refs.isEmpty() ? QJsonValue(QJsonValue::Undefined) : refs);
                    m_core.store.update(*childKind, updated);
                }
                finalizers.removeAll(OrphanFinalizer);
            }
            if (finalizers.contains(ForegroundFinalizer)) {
                if (children.isEmpty()) {
                    finalizers.removeAll(ForegroundFinalizer);
                } else {
                    for (const auto &[childKind, child] : children) {
                        remove(*childKind, kNamespace(child), kName(child), {u"Background"_s, {}, {}, {}, false, {}});
                    }
                }
            }
            if (finalizers != kFinalizers(object)) {
                kSetFinalizers(object, finalizers);
                m_core.store.update(*kind, object);
            }
            finishIfReady(*kind, kNamespace(object), kName(object));
        }
    }
    // Dependents whose owners are all gone.
    for (auto it = dependents.cbegin(); it != dependents.cend(); ++it) {
        if (uids.contains(it.key())) {
            continue;
        }
        for (const auto &[childKind, child] : it.value()) {
            const auto current = m_core.store.get(*childKind, kNamespace(child), kName(child));
            if (!current || kMeta(*current).contains("deletionTimestamp"_L1)) {
                continue;
            }
            const QStringList owners = ownerUids(*current);
            if (std::none_of(owners.cbegin(), owners.cend(), [&uids](const QString &u) { return uids.contains(u); })) {
                remove(*childKind, kNamespace(child), kName(child), {u"Background"_s, {}, {}, {}, false, {}});
            }
        }
    }
}

} // namespace GradeDesk::Tests
