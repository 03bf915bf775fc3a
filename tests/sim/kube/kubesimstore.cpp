// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/kube/kubesimstore.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

namespace GradeDesk::Tests {

const QList<KubeSimResource> &kubeSimResources()
{
    static const QList<KubeSimResource> resources{
        {QStringLiteral("jobs"), QStringLiteral("job"), QStringLiteral("Job"), QStringLiteral("batch"),
         QStringLiteral("v1"), QStringLiteral("io.k8s.api.batch.v1.Job"), true},
        {QStringLiteral("pods"), QStringLiteral("pod"), QStringLiteral("Pod"), QString(), QStringLiteral("v1"),
         QStringLiteral("io.k8s.api.core.v1.Pod"), true},
        {QStringLiteral("configmaps"), QStringLiteral("configmap"), QStringLiteral("ConfigMap"), QString(),
         QStringLiteral("v1"), QStringLiteral("io.k8s.api.core.v1.ConfigMap"), true},
        {QStringLiteral("events"), QStringLiteral("event"), QStringLiteral("Event"), QString(), QStringLiteral("v1"),
         QStringLiteral("io.k8s.api.core.v1.Event"), true},
        {QStringLiteral("networkpolicies"), QStringLiteral("networkpolicy"), QStringLiteral("NetworkPolicy"),
         QStringLiteral("networking.k8s.io"), QStringLiteral("v1"),
         QStringLiteral("io.k8s.api.networking.v1.NetworkPolicy"), true},
        {QStringLiteral("namespaces"), QStringLiteral("namespace"), QStringLiteral("Namespace"), QString(),
         QStringLiteral("v1"), QStringLiteral("io.k8s.api.core.v1.Namespace"), false},
    };
    return resources;
}

const KubeSimResource *kubeSimResource(const QString &group, const QString &plural)
{
    for (const KubeSimResource &resource : kubeSimResources()) {
        if (resource.group == group && resource.plural == plural) {
            return &resource;
        }
    }
    return nullptr;
}

KubeSimStore::KubeSimStore(QObject *parent)
    : QObject(parent)
{}

KubeSimStore::~KubeSimStore() = default;

QString KubeSimStore::key(const KubeSimResource &resource, const QString &ns, const QString &name)
{
    return resource.plural + u'/' + ns + u'/' + name;
}

QString KubeSimStore::nowTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

std::optional<QJsonObject> KubeSimStore::get(const KubeSimResource &resource, const QString &ns,
                                             const QString &name) const
{
    const auto it = m_objects.constFind(key(resource, ns, name));
    if (it == m_objects.cend()) {
        return std::nullopt;
    }
    return *it;
}

QList<QJsonObject> KubeSimStore::list(const KubeSimResource &resource, const QString &ns) const
{
    const QString prefix = ns.isEmpty() ? QString(resource.plural + u'/') : QString(resource.plural + u'/' + ns + u'/');
    QList<QJsonObject> out;
    for (auto it = m_objects.lowerBound(prefix); it != m_objects.cend() && it.key().startsWith(prefix); ++it) {
        out.append(it.value());
    }
    return out;
}

QJsonObject KubeSimStore::create(const KubeSimResource &resource, QJsonObject object)
{
    QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
    // A uid chosen before storage (Job defaulting derives the selector from it) is kept.
    if (meta.value(QLatin1String("uid")).toString().isEmpty()) {
        meta.insert(QStringLiteral("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    meta.insert(QStringLiteral("creationTimestamp"), nowTimestamp());
    meta.insert(QStringLiteral("generation"), 1);
    meta.insert(QStringLiteral("resourceVersion"), QString::number(++m_rv));
    object.insert(QStringLiteral("metadata"), meta);
    object.insert(QStringLiteral("apiVersion"), resource.apiVersion());
    object.insert(QStringLiteral("kind"), resource.kind);
    const QString ns = meta.value(QLatin1String("namespace")).toString();
    m_objects.insert(key(resource, ns, meta.value(QLatin1String("name")).toString()), object);
    record({m_rv, QStringLiteral("ADDED"), &resource, object, {}});
    return object;
}

QJsonObject KubeSimStore::update(const KubeSimResource &resource, QJsonObject object)
{
    QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
    const QString k =
        key(resource, meta.value(QLatin1String("namespace")).toString(), meta.value(QLatin1String("name")).toString());
    const auto it = m_objects.find(k);
    if (it == m_objects.end()) {
        return create(resource, object);
    }
    const QJsonObject previous = *it;
    const QJsonObject previousMeta = previous.value(QLatin1String("metadata")).toObject();
    // Server-owned fields survive whatever the writer sent.
    for (const QString &field : {QStringLiteral("uid"), QStringLiteral("creationTimestamp")}) {
        meta.insert(field, previousMeta.value(field));
    }
    meta.insert(QStringLiteral("resourceVersion"), previousMeta.value(QLatin1String("resourceVersion")));
    qint64 generation = previousMeta.value(QLatin1String("generation")).toInteger(1);
    // A new deletionTimestamp also bumps the generation, as the registry does.
    if (previous.value(QLatin1String("spec")) != object.value(QLatin1String("spec")) ||
        (!previousMeta.contains(QLatin1String("deletionTimestamp")) &&
         meta.contains(QLatin1String("deletionTimestamp")))) {
        ++generation;
    }
    meta.insert(QStringLiteral("generation"), generation);
    object.insert(QStringLiteral("metadata"), meta);
    object.insert(QStringLiteral("apiVersion"), resource.apiVersion());
    object.insert(QStringLiteral("kind"), resource.kind);
    if (object == previous) {
        return previous;
    }
    meta.insert(QStringLiteral("resourceVersion"), QString::number(++m_rv));
    object.insert(QStringLiteral("metadata"), meta);
    *it = object;
    record({m_rv, QStringLiteral("MODIFIED"), &resource, object, previous});
    return object;
}

QJsonObject KubeSimStore::remove(const KubeSimResource &resource, const QString &ns, const QString &name)
{
    QJsonObject last = m_objects.take(key(resource, ns, name));
    QJsonObject meta = last.value(QLatin1String("metadata")).toObject();
    meta.insert(QStringLiteral("resourceVersion"), QString::number(++m_rv));
    last.insert(QStringLiteral("metadata"), meta);
    record({m_rv, QStringLiteral("DELETED"), &resource, last, last});
    return last;
}

std::optional<QList<KubeSimEvent>> KubeSimStore::eventsAfter(qint64 after) const
{
    if (after < m_compactedThrough) {
        return std::nullopt;
    }
    QList<KubeSimEvent> out;
    for (const KubeSimEvent &event : m_history) {
        if (event.resourceVersion > after) {
            out.append(event);
        }
    }
    return out;
}

void KubeSimStore::setHistoryLimit(int events)
{
    m_historyLimit = std::max(1, events);
}

void KubeSimStore::compact()
{
    m_history.clear();
    // The current version goes too: whatever a client holds now is too old.
    m_compactedThrough = m_rv + 1;
}

void KubeSimStore::record(KubeSimEvent event)
{
    m_history.append(event);
    while (m_history.size() > m_historyLimit) {
        m_compactedThrough = m_history.takeFirst().resourceVersion;
    }
    Q_EMIT changed(event);
}

} // namespace GradeDesk::Tests
