// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// The fake kubelet: every pod binds to "sim-node" at once; its containers run as local processes.

#include "tests/sim/kube/kubesimkubeletrun.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

namespace GradeDesk::Tests {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxTerminationMessage = 4096;

const KubeSimResource &podsResource()
{
    return *kubeSimResource(QString(), u"pods"_s);
}

QJsonObject waitingState(const QString &reason, const QString &message = {})
{
    QJsonObject waiting{{u"reason"_s, reason}};
    if (!message.isEmpty()) {
        waiting.insert(u"message"_s, message);
    }
    return {{u"waiting"_s, waiting}};
}

// The last 2048 bytes / 80 lines of a log, as FallbackToLogsOnError uses.
QByteArray logTail(const QByteArray &log)
{
    QByteArray tail = log.right(2048);
    const QList<QByteArray> lines = tail.split('\n');
    if (lines.size() > 81) {
        tail = lines.mid(lines.size() - 81).join('\n');
    }
    return tail;
}

} // namespace

KubeSimKubelet::KubeSimKubelet(KubeSimCore &core)
    : m_core(core)
{
    connect(&m_core.store, &KubeSimStore::changed, this, &KubeSimKubelet::onChanged);
}

KubeSimKubelet::~KubeSimKubelet()
{
    for (const auto &run : std::as_const(m_runs)) {
        for (QProcess *process : std::as_const(run->processes)) {
            process->disconnect();
            process->kill();
            process->waitForFinished(1000);
            delete process;
        }
        run->processes.clear();
    }
}

int KubeSimKubelet::runningCount() const
{
    return m_running;
}

QByteArray KubeSimKubelet::log(const QString &ns, const QString &pod, const QString &container) const
{
    return m_logs.value(ns + u'/' + pod).value(container);
}

bool KubeSimKubelet::hasLog(const QString &ns, const QString &pod, const QString &container) const
{
    return m_logs.value(ns + u'/' + pod).contains(container);
}

void KubeSimKubelet::onChanged(const KubeSimEvent &event)
{
    if (event.resource != &podsResource()) {
        return;
    }
    const QString key = kNamespace(event.object) + u'/' + kName(event.object);
    if (event.type == "ADDED"_L1) {
        // After the create reply: the pod is Pending when its creator first sees it.
        const QJsonObject pod = event.object;
        QTimer::singleShot(0, this, [this, pod] { admit(pod); });
    } else if (event.type == "DELETED"_L1) {
        m_logs.remove(key);
        if (auto run = m_runs.take(key)) {
            run->finished = true;
            m_queue.removeAll(run);
            for (QProcess *process : std::as_const(run->processes)) {
                process->kill();
            }
        }
    }
}

void KubeSimKubelet::admit(const QJsonObject &created)
{
    const QString key = kNamespace(created) + u'/' + kName(created);
    const auto current = m_core.store.get(podsResource(), kNamespace(created), kName(created));
    if (!current || kUid(*current) != kUid(created) || m_runs.contains(key)) {
        return;
    }
    auto run = std::make_shared<PodRun>();
    run->ns = kNamespace(created);
    run->name = kName(created);
    run->key = key;
    run->spec = current->value("spec"_L1).toObject();
    run->meta = kMeta(*current);
    run->startTime = KubeSimStore::nowTimestamp();
    for (const QJsonValue &c : run->spec.value("initContainers"_L1).toArray()) {
        run->initContainers.append(c.toObject());
        run->states.insert(c["name"_L1].toString(), waitingState(u"PodInitializing"_s));
    }
    bool failPull = false;
    bool instant = true;
    for (const QJsonValue &c : run->spec.value("containers"_L1).toArray()) {
        run->containers.append(c.toObject());
        run->states.insert(c["name"_L1].toString(), waitingState(u"ContainerCreating"_s));
    }
    const QString index =
        run->meta.value("labels"_L1).toObject().value("batch.kubernetes.io/job-completion-index"_L1).toString();
    const QString job = run->meta.value("labels"_L1).toObject().value("batch.kubernetes.io/job-name"_L1).toString();
    const bool injected = !job.isEmpty() && m_core.imagePullFailures.contains(run->ns + u'/' + job + u'/' + index);
    for (const QList<QJsonObject> *list : {&run->initContainers, &run->containers}) {
        for (const QJsonObject &c : *list) {
            const QString image = c.value("image"_L1).toString();
            failPull = failPull || image.startsWith("fail-pull/"_L1) || injected;
            instant = instant && image == "sim/instant"_L1;
        }
    }
    m_runs.insert(key, run);
    const qint64 deadline = run->spec.value("activeDeadlineSeconds"_L1).toInteger(-1);
    if (deadline >= 0) {
        run->deadline = std::make_unique<QTimer>();
        run->deadline->setSingleShot(true);
        connect(run->deadline.get(), &QTimer::timeout, this, [this, run] {
            if (run->finished) {
                return;
            }
            run->killReason = u"DeadlineExceeded"_s;
            run->podReason = u"DeadlineExceeded"_s;
            run->podMessage = u"Pod was active on the node longer than the specified deadline"_s;
            if (run->processes.isEmpty()) {
                finishPod(run, run->podReason, run->podMessage);
            } else {
                for (QProcess *process : std::as_const(run->processes)) {
                    process->kill();
                }
            }
        });
        run->deadline->start(m_core.scaled(double(deadline)));
    }
    if (failPull) {
        const QJsonObject &first = run->containers.isEmpty() ? run->initContainers.first() : run->containers.first();
        const QString image = first.value("image"_L1).toString();
        for (const QList<QJsonObject> *list : {&run->initContainers, &run->containers}) {
            for (const QJsonObject &c : *list) {
                run->states.insert(
                    c.value("name"_L1).toString(),
                    waitingState(
                        u"ErrImagePull"_s,
                        u"failed to pull and unpack image \"%1\": failed to resolve reference \"%1\": not found"_s.arg(
                            image)));
            }
        }
        writeStatus(run);
        run->pullBackOff = std::make_unique<QTimer>();
        run->pullBackOff->setSingleShot(true);
        connect(run->pullBackOff.get(), &QTimer::timeout, this, [this, run, image] {
            if (run->finished) {
                return;
            }
            for (auto it = run->states.begin(); it != run->states.end(); ++it) {
                *it = waitingState(u"ImagePullBackOff"_s, u"Back-off pulling image \"%1\""_s.arg(image));
            }
            writeStatus(run);
        });
        run->pullBackOff->start(m_core.scaled(10));
        return;
    }
    if (instant) {
        const QString now = KubeSimStore::nowTimestamp();
        QHash<QString, QByteArray> &logs = m_logs[key];
        for (const QList<QJsonObject> *list : {&run->initContainers, &run->containers}) {
            for (const QJsonObject &c : *list) {
                const QString name = c.value("name"_L1).toString();
                logs.insert(name, m_core.instantMessage + '\n');
                run->states.insert(
                    name, {{u"terminated"_s, QJsonObject{{u"exitCode"_s, 0},
                                                         {u"reason"_s, u"Completed"_s},
                                                         {u"message"_s, QString::fromUtf8(m_core.instantMessage)},
                                                         {u"startedAt"_s, now},
                                                         {u"finishedAt"_s, now},
                                                         {u"containerID"_s, QString(u"sim://"_s + name)}}}});
            }
        }
        run->running = true;
        finishPod(run, {}, {});
        return;
    }
    writeStatus(run);
    run->queued = true;
    m_queue.append(run);
    startNext();
}

void KubeSimKubelet::startNext()
{
    while (m_running < m_core.maxConcurrentPods && !m_queue.isEmpty()) {
        std::shared_ptr<PodRun> run = m_queue.takeFirst();
        run->queued = false;
        if (run->finished) {
            continue;
        }
        startPod(run);
    }
}

void KubeSimKubelet::startPod(const std::shared_ptr<PodRun> &run)
{
    ++m_running;
    run->slot = true;
    QString error;
    if (!materialise(run, &error)) {
        for (const QJsonObject &c : std::as_const(run->containers)) {
            run->states.insert(c.value("name"_L1).toString(), waitingState(u"CreateContainerConfigError"_s, error));
        }
        writeStatus(run);
        run->slot = false;
        --m_running;
        QTimer::singleShot(0, this, &KubeSimKubelet::startNext);
        return;
    }
    startContainers(run);
}

void KubeSimKubelet::startContainers(const std::shared_ptr<PodRun> &run)
{
    if (run->nextInit < run->initContainers.size()) {
        const QJsonObject init = run->initContainers.at(run->nextInit++);
        runContainer(run, init, true);
        return;
    }
    run->running = true;
    run->phase = u"Running"_s;
    run->remaining = int(run->containers.size());
    const QList<QJsonObject> containers = run->containers;
    for (const QJsonObject &container : containers) {
        if (run->finished) {
            break;
        }
        runContainer(run, container, false);
    }
}

void KubeSimKubelet::containerFinished(const std::shared_ptr<PodRun> &run, const QString &name, int exitCode,
                                       const QString &killReason)
{
    QJsonObject container;
    bool isInit = false;
    for (const QJsonObject &c : std::as_const(run->initContainers)) {
        if (c.value("name"_L1).toString() == name) {
            container = c;
            isInit = true;
        }
    }
    for (const QJsonObject &c : std::as_const(run->containers)) {
        if (c.value("name"_L1).toString() == name) {
            container = c;
        }
    }
    QFile file(run->terminationFiles.value(name));
    QByteArray message = file.open(QIODevice::ReadOnly) ? file.read(MaxTerminationMessage) : QByteArray();
    if (message.isEmpty() && exitCode != 0 &&
        container.value("terminationMessagePolicy"_L1).toString() == "FallbackToLogsOnError"_L1) {
        message = logTail(m_logs.value(run->key).value(name));
    }
    const QString reason = !killReason.isEmpty() ? killReason : exitCode == 0 ? u"Completed"_s : u"Error"_s;
    QJsonObject terminated{{u"exitCode"_s, exitCode},
                           {u"reason"_s, reason},
                           {u"startedAt"_s, run->startedAt.value(name, KubeSimStore::nowTimestamp())},
                           {u"finishedAt"_s, KubeSimStore::nowTimestamp()},
                           {u"containerID"_s, u"sim://%1/%2"_s.arg(run->key, name)}};
    if (!message.isEmpty()) {
        terminated.insert(u"message"_s, QString::fromUtf8(message));
    }
    run->states.insert(name, {{u"terminated"_s, terminated}});
    if (isInit) {
        if (exitCode != 0) {
            finishPod(run, run->podReason, run->podMessage);
        } else {
            startContainers(run); // the next init container, or the main ones
        }
        return;
    }
    if (--run->remaining <= 0) {
        finishPod(run, run->podReason, run->podMessage);
    } else {
        writeStatus(run);
    }
}

void KubeSimKubelet::finishPod(const std::shared_ptr<PodRun> &run, const QString &podReason, const QString &podMessage)
{
    run->finished = true;
    bool ok = run->running && run->killReason.isEmpty();
    for (const QJsonObject &c : std::as_const(run->containers)) {
        const QString name = c.value("name"_L1).toString();
        QJsonObject state = run->states.value(name);
        if (!state.contains("terminated"_L1)) {
            // Never ran (init failure, pull failure, deadline while waiting).
            state = {
                {u"terminated"_s,
                 QJsonObject{{u"exitCode"_s, 137},
                             {u"reason"_s, u"ContainerStatusUnknown"_s},
                             {u"message"_s, u"The container could not be located when the pod was terminated"_s}}}};
            run->states.insert(name, state);
            ok = false;
        } else if (state.value("terminated"_L1)["exitCode"_L1].toInteger() != 0) {
            ok = false;
        }
    }
    run->phase = ok ? u"Succeeded"_s : u"Failed"_s;
    run->podReason = podReason;
    run->podMessage = podMessage;
    for (QProcess *process : std::as_const(run->processes)) {
        process->kill();
    }
    if (run->slot) {
        run->slot = false;
        --m_running;
        QTimer::singleShot(0, this, &KubeSimKubelet::startNext);
    }
    run->deadline.reset();
    run->pullBackOff.reset();
    run->dir.reset();
    writeStatus(run);
    m_core.deleter->finishIfReady(podsResource(), run->ns, run->name);
}

bool KubeSimKubelet::oomKill(const QString &ns, const QString &pod)
{
    const auto run = m_runs.value(ns + u'/' + pod);
    if (!run || run->finished || run->processes.isEmpty()) {
        return false;
    }
    run->killReason = u"OOMKilled"_s;
    for (QProcess *process : std::as_const(run->processes)) {
        process->kill();
    }
    return true;
}

void KubeSimKubelet::terminate(const QString &ns, const QString &pod, std::chrono::milliseconds grace)
{
    const auto run = m_runs.value(ns + u'/' + pod);
    if (!run || run->finished) {
        return;
    }
    if (run->processes.isEmpty()) {
        m_queue.removeAll(run);
        finishPod(run, QString(), QString());
        return;
    }
    if (run->killReason.isEmpty()) {
        run->killReason = u"Error"_s;
    }
    for (QProcess *process : std::as_const(run->processes)) {
        process->terminate();
    }
    QTimer::singleShot(grace, this, [run] {
        for (QProcess *process : std::as_const(run->processes)) {
            process->kill();
        }
    });
}

void KubeSimKubelet::writeStatus(const std::shared_ptr<PodRun> &run)
{
    auto pod = m_core.store.get(podsResource(), run->ns, run->name);
    if (!pod || kMeta(*pod).value("uid"_L1) != run->meta.value("uid"_L1)) {
        return;
    }
    QJsonObject status = pod->value("status"_L1).toObject();
    const bool allRunning = run->phase == "Running"_L1 &&
                            std::all_of(run->containers.cbegin(), run->containers.cend(), [&run](const QJsonObject &c) {
                                return run->states.value(c.value("name"_L1).toString()).contains("running"_L1);
                            });
    const bool initialized =
        run->nextInit >= run->initContainers.size() &&
        std::all_of(run->initContainers.cbegin(), run->initContainers.cend(), [&run](const QJsonObject &c) {
            return run->states.value(c.value("name"_L1).toString()).contains("terminated"_L1);
        });
    const QString readyReason = run->finished ? u"PodCompleted"_s : u"ContainersNotReady"_s;
    auto condition = [&](const QString &type, bool value, const QString &reason) {
        QJsonObject c{{u"type"_s, type},
                      {u"status"_s, value ? u"True"_s : u"False"_s},
                      {u"lastProbeTime"_s, QJsonValue::Null},
                      {u"lastTransitionTime"_s, run->startTime}};
        if (!value && !reason.isEmpty()) {
            c.insert(u"reason"_s, reason);
        }
        return c;
    };
    QJsonArray conditions;
    for (const QJsonValue &c : status.value("conditions"_L1).toArray()) {
        if (c["type"_L1].toString() == "DisruptionTarget"_L1) {
            conditions.append(c);
        }
    }
    conditions.append(condition(u"PodReadyToStartContainers"_s, true, {}));
    conditions.append(condition(u"Initialized"_s, initialized || run->finished, u"ContainersNotInitialized"_s));
    conditions.append(condition(u"Ready"_s, allRunning, readyReason));
    conditions.append(condition(u"ContainersReady"_s, allRunning, readyReason));
    conditions.append(condition(u"PodScheduled"_s, true, {}));
    auto statuses = [&](const QList<QJsonObject> &list) {
        QJsonArray out;
        for (const QJsonObject &c : list) {
            const QString name = c.value("name"_L1).toString();
            const QJsonObject state = run->states.value(name);
            out.append(QJsonObject{{u"name"_s, name},
                                   {u"state"_s, state},
                                   {u"lastState"_s, QJsonObject()},
                                   {u"ready"_s, state.contains("running"_L1)},
                                   {u"started"_s, state.contains("running"_L1)},
                                   {u"restartCount"_s, 0},
                                   {u"image"_s, c.value("image"_L1)},
                                   {u"imageID"_s, QString()}});
        }
        return out;
    };
    status.insert(u"phase"_s, run->phase);
    status.insert(u"conditions"_s, conditions);
    status.insert(u"hostIP"_s, u"127.0.0.1"_s);
    status.insert(u"podIP"_s, u"127.0.0.1"_s);
    status.insert(u"startTime"_s, run->startTime);
    status.insert(u"containerStatuses"_s, statuses(run->containers));
    if (!run->initContainers.isEmpty()) {
        status.insert(u"initContainerStatuses"_s, statuses(run->initContainers));
    }
    if (!run->podReason.isEmpty()) {
        status.insert(u"reason"_s, run->podReason);
        status.insert(u"message"_s, run->podMessage);
    }
    QJsonObject spec = pod->value("spec"_L1).toObject();
    spec.insert(u"nodeName"_s, u"sim-node"_s);
    pod->insert(u"spec"_s, spec);
    pod->insert(u"status"_s, status);
    m_core.store.update(podsResource(), *pod);
}

} // namespace GradeDesk::Tests
