// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the Kubernetes simulator: the state every part shares, and the parts.

#include "tests/sim/http/simhttpmessage.h"
#include "tests/sim/http/simhttpserver.h"
#include "tests/sim/http/simtestca.h"
#include "tests/sim/kube/kubesimstore.h"
#include "tests/sim/kube/kubesimulator.h"
#include "tests/sim/kube/validator/kubevalidator.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <chrono>
#include <memory>

namespace GradeDesk::Tests {

class KubeSimWatchHub;
class KubeSimDeleter;
class KubeSimJobController;
class KubeSimKubelet;

struct KubeSimUser {
    QString name;
    QStringList groups;
};

struct KubeSimDenied {
    QString user;
    QString verb;
    QString resource;
    QString ns;
};

struct KubeSimCore {
    explicit KubeSimCore(KubeSimulator *owner);
    ~KubeSimCore();

    /// Kubernetes seconds -> simulator time.
    std::chrono::milliseconds scaled(double seconds) const;
    bool isDenied(const QString &user, const QString &verb, const QString &resource, const QString &ns) const;

    QJsonObject namespaceLabels(const QString &ns) const { return namespaceLabelMap.value(ns); }

    /// Records a v1 Event about `involved` (Normal or Warning).
    void recordEvent(const QJsonObject &involved, const QString &type, const QString &reason, const QString &message);

    KubeSimulator *q;
    SimTestCa ca;
    std::unique_ptr<SimHttpServer> server;
    KubeSimStore store;
    std::shared_ptr<const KubeSchema> schema;
    std::unique_ptr<KubeValidator> validator;
    QString errorString;

    // Configuration.
    double timeScale = 0.01;
    QString python;
    int maxConcurrentPods = 2;
    QHash<QString, QString> pvcFolders;
    QByteArray instantMessage = QByteArrayLiteral("{\"v\":1,\"s\":\"graded\"}");
    QHash<QString, QJsonObject> namespaceLabelMap;
    std::chrono::milliseconds bookmarkInterval{1000};
    int minorVersion = 36;

    // Identity.
    QHash<QByteArray, KubeSimUser> tokens;
    QList<KubeSimDenied> denied;

    // Faults and bookkeeping.
    QList<KubeSimulator::Fault> faults;
    QDeadlineTimer unavailableUntil{QDeadlineTimer::Forever};
    bool unavailable = false;
    std::chrono::milliseconds responseDelay{0};
    QSet<QString> imagePullFailures; // "ns/job/index"
    int requests = 0;
    QHash<QString, int> requestCounts;

    std::unique_ptr<KubeSimWatchHub> watches;
    std::unique_ptr<KubeSimDeleter> deleter;
    std::unique_ptr<KubeSimJobController> jobs;
    std::unique_ptr<KubeSimKubelet> kubelet;
};

// --- Small JSON helpers ------------------------------------------------------------------------

inline QJsonObject kMeta(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

inline QString kName(const QJsonObject &object)
{
    return kMeta(object).value(QLatin1String("name")).toString();
}

inline QString kNamespace(const QJsonObject &object)
{
    return kMeta(object).value(QLatin1String("namespace")).toString();
}

inline QString kUid(const QJsonObject &object)
{
    return kMeta(object).value(QLatin1String("uid")).toString();
}

inline QJsonObject kLabels(const QJsonObject &object)
{
    return kMeta(object).value(QLatin1String("labels")).toObject();
}

inline void kSetMeta(QJsonObject &object, const QString &field, const QJsonValue &value)
{
    QJsonObject meta = kMeta(object);
    if (value.isUndefined()) {
        meta.remove(field);
    } else {
        meta.insert(field, value);
    }
    object.insert(QStringLiteral("metadata"), meta);
}

QStringList kFinalizers(const QJsonObject &object);
void kSetFinalizers(QJsonObject &object, const QStringList &finalizers);
/// Five characters of the alphabet the real name generator uses.
QString kRandomSuffix();
/// Merge patch (RFC 7386).
QJsonValue kMergePatch(const QJsonValue &target, const QJsonValue &patch);

/// A v1 Status.
QJsonObject kubeStatus(int code, const QString &reason, const QString &message, const QJsonObject &details = {});
SimHttpResponse kubeStatusResponse(int code, const QString &reason, const QString &message,
                                   const QJsonObject &details = {});
SimHttpResponse kubeJsonResponse(int code, const QJsonObject &object);
/// {name, group, kind: plural} as 404/409 details carry them.
QJsonObject kubeDetails(const KubeSimResource &resource, const QString &name);
QString podSecurityViolations(const QJsonObject &podSpec);

// --- Parts -------------------------------------------------------------------------------------

/// Watches: streams, selectors, bookmarks, timeouts, history replay.
class KubeSimWatchHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeSimWatchHub)

public:
    explicit KubeSimWatchHub(KubeSimCore &core);
    ~KubeSimWatchHub() override;

    SimHttpResponse start(const KubeSimResource &resource, const QString &ns, const SimHttpRequest &request);
    void dropAll();
    int openCount() const;

    bool expireNext = false;
    bool expirePlain = false;

private:
    struct Watcher;
    void onChanged(const KubeSimEvent &event);
    void deliver(Watcher &watcher, const KubeSimEvent &event);
    void sendBookmarks();

    KubeSimCore &m_core;
    std::vector<std::unique_ptr<Watcher>> m_watchers;
};

/// Deletion, finalizers and the garbage collector.
class KubeSimDeleter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeSimDeleter)

public:
    struct Options {
        QString propagationPolicy; ///< empty = the resource's default
        std::optional<qint64> gracePeriodSeconds;
        QString preconditionUid;
        QString preconditionResourceVersion;
        bool dryRun = false;
        std::optional<bool> orphanDependents;
    };

    struct Outcome {
        int httpStatus = 200;
        QJsonObject body;
        QStringList warnings;
    };

    explicit KubeSimDeleter(KubeSimCore &core);
    ~KubeSimDeleter() override;

    Outcome remove(const KubeSimResource &resource, const QString &ns, const QString &name, const Options &options);
    /// Removes the object for good when it is marked for deletion and has no finalizers left.
    void finishIfReady(const KubeSimResource &resource, const QString &ns, const QString &name);

private:
    void onChanged(const KubeSimEvent &event);
    void collect();

    KubeSimCore &m_core;
    bool m_scheduled = false;
};

/// The Job controller (Indexed and NonIndexed) and TTL-after-finished.
class KubeSimJobController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeSimJobController)

public:
    explicit KubeSimJobController(KubeSimCore &core);
    ~KubeSimJobController() override;

    /// Fills the defaults the API server applies to a new Job.
    static void applyDefaults(QJsonObject &job);

private:
    struct JobState;
    void onChanged(const KubeSimEvent &event);
    void schedule(const QString &key, std::chrono::milliseconds after = std::chrono::milliseconds(0));
    void reconcile(const QString &ns, const QString &name);

    KubeSimCore &m_core;
    QSet<QString> m_pending;
    QHash<QString, std::shared_ptr<JobState>> m_state; // by Job uid
};

/// The fake kubelet: pod phases, local processes, logs.
class KubeSimKubelet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeSimKubelet)

public:
    explicit KubeSimKubelet(KubeSimCore &core);
    ~KubeSimKubelet() override;

    /// Fills the defaults the API server applies to a new Pod (also for Job templates).
    static void applyPodSpecDefaults(QJsonObject &podSpec);
    QByteArray log(const QString &ns, const QString &pod, const QString &container) const;
    bool hasLog(const QString &ns, const QString &pod, const QString &container) const;
    bool oomKill(const QString &ns, const QString &pod);
    /// Stops the pod's processes (SIGTERM, SIGKILL after `grace`), then reports it terminated.
    void terminate(const QString &ns, const QString &pod, std::chrono::milliseconds grace);
    int runningCount() const;

private:
    struct PodRun;
    void onChanged(const KubeSimEvent &event);
    void admit(const QJsonObject &pod);
    void startNext();
    void startPod(const std::shared_ptr<PodRun> &run);
    void startContainers(const std::shared_ptr<PodRun> &run);
    void runContainer(const std::shared_ptr<PodRun> &run, const QJsonObject &container, bool init);
    void containerFinished(const std::shared_ptr<PodRun> &run, const QString &name, int exitCode,
                           const QString &killReason);
    void finishPod(const std::shared_ptr<PodRun> &run, const QString &podReason, const QString &podMessage);
    void writeStatus(const std::shared_ptr<PodRun> &run);
    bool materialise(const std::shared_ptr<PodRun> &run, QString *error);

    KubeSimCore &m_core;
    QHash<QString, std::shared_ptr<PodRun>> m_runs; // by "ns/pod"
    QList<std::shared_ptr<PodRun>> m_queue;
    QHash<QString, QHash<QString, QByteArray>> m_logs; // "ns/pod" -> container -> log
    int m_running = 0;
};

} // namespace GradeDesk::Tests
