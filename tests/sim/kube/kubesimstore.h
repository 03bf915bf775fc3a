// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <optional>

namespace GradeDesk::Tests {

/// One REST resource the simulator serves.
struct KubeSimResource {
    QString plural;     ///< "jobs"
    QString singular;   ///< "job"
    QString kind;       ///< "Job"
    QString group;      ///< "batch", empty for the core group
    QString version;    ///< "v1"
    QString definition; ///< OpenAPI definition name ("io.k8s.api.batch.v1.Job")
    bool namespaced = true;

    QString apiVersion() const { return group.isEmpty() ? version : group + u'/' + version; }

    /// How Status messages name the resource: "jobs.batch", "pods".
    QString qualifiedName() const { return group.isEmpty() ? plural : plural + u'.' + group; }
};

/// The resources served: jobs, pods, configmaps, events, networkpolicies, namespaces.
const QList<KubeSimResource> &kubeSimResources();
/// By group and plural; nullptr when not served.
const KubeSimResource *kubeSimResource(const QString &group, const QString &plural);

/// One change, as watches deliver it. `previous` is the object before the change (empty for
/// ADDED); for DELETED `object` is the last state with the deletion's resourceVersion.
struct KubeSimEvent {
    qint64 resourceVersion = 0;
    QString type; ///< ADDED, MODIFIED, DELETED
    const KubeSimResource *resource = nullptr;
    QJsonObject object;
    QJsonObject previous;
};

/// The simulator's etcd: objects by resource/namespace/name, one global resourceVersion counter
/// (written as decimal strings), and a bounded history of changes for watches.
///
/// Contract: create() fills uid (unless set), creationTimestamp, generation 1 and resourceVersion; update()
/// bumps resourceVersion on every call that changes something and generation when `spec` changed;
/// writes that change nothing are no-ops (no event, same resourceVersion), as on the real server.
/// Every write emits changed() synchronously after the store was updated.
class KubeSimStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeSimStore)

public:
    explicit KubeSimStore(QObject *parent = nullptr);
    ~KubeSimStore() override;

    std::optional<QJsonObject> get(const KubeSimResource &resource, const QString &ns, const QString &name) const;
    /// Sorted by namespace then name; `ns` empty = every namespace.
    QList<QJsonObject> list(const KubeSimResource &resource, const QString &ns = {}) const;

    QJsonObject create(const KubeSimResource &resource, QJsonObject object);
    QJsonObject update(const KubeSimResource &resource, QJsonObject object);
    /// Removes the object (it must exist) and returns its last state.
    QJsonObject remove(const KubeSimResource &resource, const QString &ns, const QString &name);

    qint64 currentResourceVersion() const { return m_rv; }

    /// Events with resourceVersion > `after`; nullopt when `after` is older than the kept history
    /// (a watch from there must get 410 Expired).
    std::optional<QList<KubeSimEvent>> eventsAfter(qint64 after) const;
    /// How many events are kept (default 10000; older ones are compacted away).
    void setHistoryLimit(int events);
    /// Drops the whole history now (every resourceVersion before the current one expires).
    void compact();

    static QString key(const KubeSimResource &resource, const QString &ns, const QString &name);
    static QString nowTimestamp();

Q_SIGNALS:
    void changed(const GradeDesk::Tests::KubeSimEvent &event);

private:
    void record(KubeSimEvent event);

    QMap<QString, QJsonObject> m_objects;
    QList<KubeSimEvent> m_history;
    qint64 m_rv = 1000;
    qint64 m_compactedThrough = 1000; // events with rv <= this are gone
    int m_historyLimit = 10000;
};

} // namespace GradeDesk::Tests
