// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// The Job controller: pods per index, retries and back-off, pod failure policy, deadlines,
// suspension, status and conditions, TTL after finished.

#include "tests/sim/kube/kubesimcore.h"
#include "tests/sim/kube/kubesimjobstatus.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

namespace GradeDesk::Tests {

using namespace Qt::StringLiterals;

namespace {

const QString TrackingFinalizer = u"batch.kubernetes.io/job-tracking"_s;
const QString IndexKey = u"batch.kubernetes.io/job-completion-index"_s;
const QString FailureCountKey = u"batch.kubernetes.io/job-index-failure-count"_s;

const KubeSimResource &jobsResource()
{
    return *kubeSimResource(u"batch"_s, u"jobs"_s);
}

const KubeSimResource &podsResource()
{
    return *kubeSimResource(QString(), u"pods"_s);
}

QString phaseOf(const QJsonObject &pod)
{
    return pod.value("status"_L1).toObject().value("phase"_L1).toString();
}

bool isTerminal(const QJsonObject &pod)
{
    const QString phase = phaseOf(pod);
    return phase == "Succeeded"_L1 || phase == "Failed"_L1;
}

bool isReady(const QJsonObject &pod)
{
    for (const QJsonValue &c : pod.value("status"_L1).toObject().value("conditions"_L1).toArray()) {
        if (c["type"_L1].toString() == "Ready"_L1) {
            return c["status"_L1].toString() == "True"_L1;
        }
    }
    return false;
}

int indexOf(const QJsonObject &pod)
{
    bool ok = false;
    const int index = kMeta(pod).value("annotations"_L1).toObject().value(IndexKey).toString().toInt(&ok);
    return ok ? index : -1;
}

} // namespace

struct KubeSimJobController::JobState {
    QSet<QString> counted;         // pod uids already reflected in the counters
    QSet<QString> deletedByUs;     // pods the controller deleted (suspend, finish): no failure
    QHash<int, int> indexFailures; // per-index failures (backoffLimitPerIndex)
    QHash<int, qint64> notBefore;  // per-index earliest restart, ms since epoch
    QSet<int> completed;
    QSet<int> failedIndexes;
    int succeeded = 0;
    int failed = 0;
    qint64 globalNotBefore = 0; // back-off for jobs without backoffLimitPerIndex
    QString failReason;
    QString failMessage;
    bool successReached = false;
    bool suspended = false;
    qint64 startedAtMs = 0;        // 0 = not started (or suspended)
    qint64 createBackoffUntil = 0; // after a rejected pod creation
    int createFailures = 0;
    bool ttlScheduled = false;
    bool deadlineScheduled = false;
};

KubeSimJobController::KubeSimJobController(KubeSimCore &core)
    : m_core(core)
{
    connect(&m_core.store, &KubeSimStore::changed, this, &KubeSimJobController::onChanged);
}

KubeSimJobController::~KubeSimJobController() = default;

void KubeSimJobController::applyDefaults(QJsonObject &job)
{
    if (kUid(job).isEmpty()) {
        kSetMeta(job, u"uid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    const QString uid = kUid(job);
    QJsonObject spec = job.value("spec"_L1).toObject();
    if (!spec.contains("completions"_L1) && !spec.contains("parallelism"_L1)) {
        spec.insert(u"completions"_s, 1);
    }
    if (!spec.contains("parallelism"_L1)) {
        spec.insert(u"parallelism"_s, 1);
    }
    if (!spec.contains("completionMode"_L1)) {
        spec.insert(u"completionMode"_s, u"NonIndexed"_s);
    }
    if (!spec.contains("backoffLimit"_L1)) {
        spec.insert(u"backoffLimit"_s, spec.contains("backoffLimitPerIndex"_L1) ? 2147483647 : 6);
    }
    if (!spec.contains("suspend"_L1)) {
        spec.insert(u"suspend"_s, false);
    }
    if (!spec.contains("podReplacementPolicy"_L1)) {
        spec.insert(u"podReplacementPolicy"_s,
                    spec.contains("podFailurePolicy"_L1) ? u"Failed"_s : u"TerminatingOrFailed"_s);
    }
    QJsonObject podTemplate = spec.value("template"_L1).toObject();
    QJsonObject templateMeta = podTemplate.value("metadata"_L1).toObject();
    if (!spec.value("manualSelector"_L1).toBool()) {
        spec.insert(u"selector"_s,
                    QJsonObject{{u"matchLabels"_s, QJsonObject{{u"batch.kubernetes.io/controller-uid"_s, uid}}}});
        QJsonObject labels = templateMeta.value("labels"_L1).toObject();
        labels.insert(u"batch.kubernetes.io/controller-uid"_s, uid);
        labels.insert(u"batch.kubernetes.io/job-name"_s, kName(job));
        labels.insert(u"controller-uid"_s, uid);
        labels.insert(u"job-name"_s, kName(job));
        templateMeta.insert(u"labels"_s, labels);
    }
    podTemplate.insert(u"metadata"_s, templateMeta);
    QJsonObject podSpec = podTemplate.value("spec"_L1).toObject();
    KubeSimKubelet::applyPodSpecDefaults(podSpec);
    podTemplate.insert(u"spec"_s, podSpec);
    spec.insert(u"template"_s, podTemplate);
    job.insert(u"spec"_s, spec);
}

void KubeSimJobController::onChanged(const KubeSimEvent &event)
{
    if (event.resource == &jobsResource()) {
        if (event.type == "DELETED"_L1) {
            // Pods of a deleted Job lose the tracking finalizer so they can go.
            const QString uid = kUid(event.object);
            m_state.remove(uid);
            for (QJsonObject pod : m_core.store.list(podsResource(), kNamespace(event.object))) {
                if (kLabels(pod).value("batch.kubernetes.io/controller-uid"_L1).toString() == uid &&
                    kFinalizers(pod).contains(TrackingFinalizer)) {
                    QStringList finalizers = kFinalizers(pod);
                    finalizers.removeAll(TrackingFinalizer);
                    kSetFinalizers(pod, finalizers);
                    m_core.store.update(podsResource(), pod);
                    m_core.deleter->finishIfReady(podsResource(), kNamespace(pod), kName(pod));
                }
            }
            return;
        }
        schedule(kNamespace(event.object) + u'/' + kName(event.object));
    } else if (event.resource == &podsResource()) {
        const QString job = kLabels(event.object).value("batch.kubernetes.io/job-name"_L1).toString();
        if (!job.isEmpty()) {
            schedule(kNamespace(event.object) + u'/' + job);
        }
    }
}

void KubeSimJobController::schedule(const QString &key, std::chrono::milliseconds after)
{
    if (after.count() <= 0 && m_pending.contains(key)) {
        return;
    }
    if (after.count() <= 0) {
        m_pending.insert(key);
    }
    QTimer::singleShot(after, this, [this, key, after] {
        if (after.count() <= 0) {
            m_pending.remove(key);
        }
        const qsizetype slash = key.indexOf(u'/');
        reconcile(key.left(slash), key.mid(slash + 1));
    });
}

void KubeSimJobController::reconcile(const QString &ns, const QString &name)
{
    auto found = m_core.store.get(jobsResource(), ns, name);
    if (!found) {
        return;
    }
    QJsonObject job = *found;
    const QString uid = kUid(job);
    const QString key = ns + u'/' + name;
    std::shared_ptr<JobState> &slot = m_state[uid];
    if (!slot) {
        slot = std::make_shared<JobState>();
    }
    JobState &state = *slot;
    const QJsonObject spec = job.value("spec"_L1).toObject();
    const QJsonObject oldStatus = job.value("status"_L1).toObject();
    const bool indexed = spec.value("completionMode"_L1).toString() == "Indexed"_L1;
    const qint64 completions = spec.value("completions"_L1).toInteger(-1);
    const qint64 parallelism = spec.value("parallelism"_L1).toInteger(1);
    const bool perIndex = spec.contains("backoffLimitPerIndex"_L1);
    const qint64 limitPerIndex = spec.value("backoffLimitPerIndex"_L1).toInteger();
    const qint64 backoffLimit = spec.value("backoffLimit"_L1).toInteger(6);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const bool deleting = kMeta(job).contains("deletionTimestamp"_L1);

    if (KubeSimJobStatus::isFinished(oldStatus)) {
        // Finished: only TTL and leftover finalizers.
        for (QJsonObject pod : m_core.store.list(podsResource(), ns)) {
            if (kLabels(pod).value("batch.kubernetes.io/controller-uid"_L1).toString() == uid && isTerminal(pod) &&
                kFinalizers(pod).contains(TrackingFinalizer)) {
                QStringList finalizers = kFinalizers(pod);
                finalizers.removeAll(TrackingFinalizer);
                kSetFinalizers(pod, finalizers);
                m_core.store.update(podsResource(), pod);
                m_core.deleter->finishIfReady(podsResource(), ns, kName(pod));
            }
        }
        if (spec.contains("ttlSecondsAfterFinished"_L1) && !state.ttlScheduled && !deleting) {
            state.ttlScheduled = true;
            QTimer::singleShot(
                m_core.scaled(double(spec.value("ttlSecondsAfterFinished"_L1).toInteger())), this,
                [this, ns, name, uid] {
                    const auto current = m_core.store.get(jobsResource(), ns, name);
                    if (current && kUid(*current) == uid) {
                        m_core.deleter->remove(jobsResource(), ns, name, {u"Background"_s, {}, uid, {}, false, {}});
                    }
                });
        }
        return;
    }

    // Pods of this Job, and counting of the newly terminated ones.
    QList<QJsonObject> pods;
    for (const QJsonObject &pod : m_core.store.list(podsResource(), ns)) {
        if (kLabels(pod).value("batch.kubernetes.io/controller-uid"_L1).toString() == uid) {
            pods.append(pod);
        }
    }
    for (QJsonObject pod : pods) {
        const QString podUid = kUid(pod);
        if (!isTerminal(pod) || state.counted.contains(podUid)) {
            continue;
        }
        state.counted.insert(podUid);
        const int index = indexed ? indexOf(pod) : -1;
        if (phaseOf(pod) == "Succeeded"_L1) {
            ++state.succeeded;
            if (index >= 0) {
                state.completed.insert(index);
            }
        } else if (!state.deletedByUs.contains(podUid)) {
            const KubeSimJobStatus::PolicyMatch match =
                KubeSimJobStatus::matchPodFailurePolicy(spec.value("podFailurePolicy"_L1).toObject(), pod);
            if (match.action == "Ignore"_L1) {
                // Not counted; the index (or the Job) just gets a new pod.
            } else {
                ++state.failed;
                if (match.action == "FailJob"_L1 && state.failReason.isEmpty()) {
                    state.failReason = u"PodFailurePolicy"_s;
                    state.failMessage = match.message;
                } else if (match.action == "FailIndex"_L1 && index >= 0) {
                    state.failedIndexes.insert(index);
                } else if (perIndex && index >= 0) {
                    const int failures = ++state.indexFailures[index];
                    if (failures > limitPerIndex) {
                        state.failedIndexes.insert(index);
                    } else {
                        state.notBefore[index] = nowMs + KubeSimJobStatus::backoff(m_core, failures).count();
                    }
                } else {
                    state.globalNotBefore = nowMs + KubeSimJobStatus::backoff(m_core, state.failed).count();
                }
            }
        }
        if (kFinalizers(pod).contains(TrackingFinalizer)) {
            QStringList finalizers = kFinalizers(pod);
            finalizers.removeAll(TrackingFinalizer);
            kSetFinalizers(pod, finalizers);
            m_core.store.update(podsResource(), pod);
            m_core.deleter->finishIfReady(podsResource(), ns, kName(pod));
        }
    }

    QList<QJsonObject> active;
    int terminating = 0;
    int ready = 0;
    for (const QJsonObject &pod : std::as_const(pods)) {
        if (isTerminal(pod)) {
            continue;
        }
        if (kMeta(pod).contains("deletionTimestamp"_L1)) {
            ++terminating;
            continue;
        }
        active.append(pod);
        ready += isReady(pod) ? 1 : 0;
    }

    // Suspension.
    const bool suspend = spec.value("suspend"_L1).toBool();
    QJsonArray conditions = oldStatus.value("conditions"_L1).toArray();
    if (suspend) {
        for (const QJsonObject &pod : std::as_const(active)) {
            state.deletedByUs.insert(kUid(pod));
            m_core.deleter->remove(podsResource(), ns, kName(pod), {});
        }
        terminating += int(active.size());
        active.clear();
        if (!state.suspended) {
            state.suspended = true;
            state.startedAtMs = 0;
            KubeSimJobStatus::setCondition(conditions, u"Suspended"_s, u"True"_s, u"JobSuspended"_s,
                                           u"Job suspended"_s);
            m_core.recordEvent(job, u"Normal"_s, u"Suspended"_s, u"Job suspended"_s);
        }
    } else {
        if (state.suspended || state.startedAtMs == 0) {
            if (state.suspended) {
                KubeSimJobStatus::setCondition(conditions, u"Suspended"_s, u"False"_s, u"JobResumed"_s,
                                               u"Job resumed"_s);
                m_core.recordEvent(job, u"Normal"_s, u"Resumed"_s, u"Job resumed"_s);
            }
            state.suspended = false;
            state.startedAtMs = nowMs;
            state.deadlineScheduled = false;
        }
    }

    // Failure and success criteria.
    if (state.failReason.isEmpty() && !suspend) {
        const qint64 deadline = spec.value("activeDeadlineSeconds"_L1).toInteger(-1);
        if (deadline >= 0 && state.startedAtMs > 0) {
            const qint64 due = state.startedAtMs + m_core.scaled(double(deadline)).count();
            if (nowMs >= due) {
                state.failReason = u"DeadlineExceeded"_s;
                state.failMessage = u"Job was active longer than specified deadline"_s;
            } else if (!state.deadlineScheduled) {
                state.deadlineScheduled = true;
                schedule(key, std::chrono::milliseconds(due - nowMs + 1));
            }
        }
    }
    if (state.failReason.isEmpty() && spec.contains("maxFailedIndexes"_L1) &&
        state.failedIndexes.size() > spec.value("maxFailedIndexes"_L1).toInteger()) {
        state.failReason = u"MaxFailedIndexesExceeded"_s;
        state.failMessage = u"Job has exceeded the specified maximal number of failed indexes"_s;
    }
    if (state.failReason.isEmpty() && !perIndex && state.failed > backoffLimit) {
        state.failReason = u"BackoffLimitExceeded"_s;
        state.failMessage = u"Job has reached the specified backoff limit"_s;
    }
    const qint64 done = indexed ? qint64(state.completed.size()) : qint64(state.succeeded);
    if (state.failReason.isEmpty() && indexed && perIndex && !state.failedIndexes.isEmpty() &&
        qint64(state.completed.size() + state.failedIndexes.size()) >= completions) {
        state.failReason = u"FailedIndexes"_s;
        state.failMessage = u"Job has failed indexes"_s;
    }
    if (state.failReason.isEmpty() && completions >= 0 && done >= completions) {
        state.successReached = true;
    }

    if (!state.failReason.isEmpty() || state.successReached) {
        for (const QJsonObject &pod : std::as_const(active)) {
            state.deletedByUs.insert(kUid(pod));
            m_core.deleter->remove(podsResource(), ns, kName(pod), {});
        }
        terminating += int(active.size());
        active.clear();
        if (!state.failReason.isEmpty()) {
            KubeSimJobStatus::setCondition(conditions, u"FailureTarget"_s, u"True"_s, state.failReason,
                                           state.failMessage);
        } else {
            KubeSimJobStatus::setCondition(conditions, u"SuccessCriteriaMet"_s, u"True"_s, u"CompletionsReached"_s,
                                           u"Reached expected number of succeeded pods"_s);
        }
    } else if (!suspend && !deleting) {
        // Create what is missing, lowest index first, up to parallelism.
        qint64 room = parallelism - qint64(active.size());
        if (nowMs < state.createBackoffUntil) {
            room = 0;
            schedule(key, std::chrono::milliseconds(state.createBackoffUntil - nowMs + 1));
        }
        if (indexed) {
            QSet<int> busy;
            for (const QJsonObject &pod : std::as_const(pods)) {
                if (!isTerminal(pod)) {
                    busy.insert(indexOf(pod));
                }
            }
            for (int index = 0; index < completions && room > 0; ++index) {
                if (state.completed.contains(index) || state.failedIndexes.contains(index) || busy.contains(index)) {
                    continue;
                }
                const qint64 notBefore = std::max(state.notBefore.value(index), perIndex ? 0 : state.globalNotBefore);
                if (nowMs < notBefore) {
                    schedule(key, std::chrono::milliseconds(notBefore - nowMs + 1));
                    continue;
                }
                const std::optional<QJsonObject> pod =
                    KubeSimJobStatus::createPod(m_core, job, index, state.indexFailures.value(index));
                if (!pod) {
                    state.createBackoffUntil =
                        nowMs + KubeSimJobStatus::backoff(m_core, ++state.createFailures).count();
                    schedule(key, std::chrono::milliseconds(state.createBackoffUntil - nowMs + 1));
                    break;
                }
                active.append(*pod);
                --room;
            }
        } else {
            const qint64 wanted = completions >= 0 ? completions - state.succeeded - qint64(active.size()) : room;
            qint64 toCreate = std::min(room, wanted);
            if (toCreate > 0 && nowMs < state.globalNotBefore) {
                schedule(key, std::chrono::milliseconds(state.globalNotBefore - nowMs + 1));
                toCreate = 0;
            }
            for (qint64 i = 0; i < toCreate; ++i) {
                const std::optional<QJsonObject> pod = KubeSimJobStatus::createPod(m_core, job, -1, 0);
                if (!pod) {
                    state.createBackoffUntil =
                        nowMs + KubeSimJobStatus::backoff(m_core, ++state.createFailures).count();
                    schedule(key, std::chrono::milliseconds(state.createBackoffUntil - nowMs + 1));
                    break;
                }
                active.append(*pod);
            }
        }
    }

    // Terminal conditions once no pod of the Job is left running.
    QJsonObject status = oldStatus;
    if (active.isEmpty() && terminating == 0) {
        if (!state.failReason.isEmpty()) {
            KubeSimJobStatus::setCondition(conditions, u"Failed"_s, u"True"_s, state.failReason, state.failMessage);
            m_core.recordEvent(job, u"Warning"_s, state.failReason, state.failMessage);
        } else if (state.successReached) {
            KubeSimJobStatus::setCondition(conditions, u"Complete"_s, u"True"_s, u"CompletionsReached"_s,
                                           u"Reached expected number of succeeded pods"_s);
            status.insert(u"completionTime"_s, KubeSimStore::nowTimestamp());
            m_core.recordEvent(job, u"Normal"_s, u"Completed"_s, u"Job completed"_s);
        }
    }
    status.insert(u"active"_s, active.size());
    status.insert(u"ready"_s, ready);
    status.insert(u"terminating"_s, terminating);
    status.insert(u"succeeded"_s, state.succeeded);
    status.insert(u"failed"_s, state.failed);
    status.insert(u"uncountedTerminatedPods"_s, QJsonObject());
    if (indexed) {
        status.insert(u"completedIndexes"_s, KubeSimJobStatus::intervals(state.completed));
    }
    if (perIndex) {
        status.insert(u"failedIndexes"_s, KubeSimJobStatus::intervals(state.failedIndexes));
    }
    if (state.startedAtMs > 0 && !status.contains("startTime"_L1)) {
        status.insert(u"startTime"_s,
                      QDateTime::fromMSecsSinceEpoch(state.startedAtMs, QTimeZone::utc()).toString(Qt::ISODate));
    } else if (state.startedAtMs == 0) {
        status.remove(u"startTime"_s);
    }
    if (!conditions.isEmpty()) {
        status.insert(u"conditions"_s, conditions);
    }
    if (status != oldStatus) {
        job.insert(u"status"_s, status);
        m_core.store.update(jobsResource(), job);
    }
}

} // namespace GradeDesk::Tests
