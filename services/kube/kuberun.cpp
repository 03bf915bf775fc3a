// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// KubeRun, second half: following the pods with one watch, reading results, cleaning up.
#include "kuberun.h"

#include "kubeclient.h"
#include "kubejobmanifest.h"
#include "kubelogging.h"
#include "kubewatch.h"

#include <services/grading/autogradeharness.h>

#include <QDir>
#include <QJsonArray>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

constexpr std::chrono::milliseconds kMaxBackoff{30000};

/// The log without the harness's result line (a large base64 blob), cut to its last `limit` bytes.
QString readableLog(const QByteArray &log, qsizetype limit)
{
    QByteArray text = log;
    const qsizetype marker = text.lastIndexOf("GRADEDESK-RESULT-V1 ");
    if (marker >= 0) {
        const qsizetype end = text.indexOf('\n', marker);
        text.remove(marker, end < 0 ? text.size() - marker : end - marker + 1);
    }
    if (text.size() > limit) {
        text = text.right(limit);
    }
    return QString::fromUtf8(text);
}

} // namespace

void KubeRun::countRun(int requests)
{
    m_stats.runRequests += requests;
}

void KubeRun::listPods()
{
    if (m_finishing) {
        return;
    }
    ++m_stats.lists;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("labelSelector"), u"batch.kubernetes.io/controller-uid=" + m_jobUid);
    KubeReply *reply = m_client->request("GET", podsPath(), query);
    connect(reply, &KubeReply::finished, this, [this, reply] {
        if (m_finishing) {
            return;
        }
        if (!reply->result()) {
            scheduleRewatch(reply->result().error().message);
            return;
        }
        const QJsonObject list = reply->result().value();
        m_resourceVersion = list[u"metadata"_qs][u"resourceVersion"_qs].toString();
        const QJsonArray items = list.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &item : items) {
            handlePod(QStringLiteral("ADDED"), item.toObject());
        }
        if (!m_finishing) {
            watchPods();
        }
    });
}

void KubeRun::watchPods()
{
    stopWatch();
    ++m_stats.watches;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("labelSelector"), u"batch.kubernetes.io/controller-uid=" + m_jobUid);
    query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    m_watch = m_client->watch(podsPath(), query);
    connect(m_watch, &KubeWatch::event, this, [this](const QString &type, const QJsonObject &object) {
        m_watchFailures = 0;
        m_backoff = std::chrono::milliseconds(0);
        const QString version = object[u"metadata"_qs][u"resourceVersion"_qs].toString();
        if (!version.isEmpty()) {
            m_resourceVersion = version;
        }
        if (type != u"BOOKMARK") {
            handlePod(type, object);
        }
    });
    connect(m_watch, &KubeWatch::expired, this, [this] {
        qCInfo(lcKubeWatch) << "pod watch of" << m_setup.jobName << "expired; listing again";
        m_watch = nullptr;
        listPods();
    });
    connect(m_watch, &KubeWatch::closed, this,
            [this, watch = m_watch.data()](const std::optional<ServiceError> &error) {
                const bool hadEvents = watch->eventCount() > 0;
                m_watch = nullptr;
                if (m_finishing) {
                    return;
                }
                if (!error && hadEvents) {
                    watchPods(); // the server ended the stream (its time limit): continue where it stopped
                    return;
                }
                // An error, or a stream that ended at once: back off so a misbehaving server is not hammered.
                scheduleRewatch(error ? error->message : tr("the server closed the watch"));
            });
}

void KubeRun::scheduleRewatch(const QString &why)
{
    if (++m_watchFailures > kMaxWatchFailures) {
        emit runEvent(tr("Lost the connection to the cluster: %1").arg(why));
        failUnfinished({QStringLiteral("ConnectionLost"),
                        tr("GradeDesk lost the connection to the cluster before this submission finished. Check the "
                           "connection and retry."),
                        true},
                       AutogradeTaskState::Failed, false);
        return;
    }
    m_backoff = std::clamp(m_backoff * 2, m_setup.rewatchBackoff, kMaxBackoff);
    if (m_watchFailures == 1) {
        emit runEvent(tr("The connection to the cluster dropped (%1); reconnecting.").arg(why));
    }
    qCInfo(lcKubeWatch) << "re-watching" << m_setup.jobName << "in" << m_backoff.count() << "ms:" << why;
    QTimer::singleShot(m_backoff, this, [this] {
        if (m_finishing) {
            return;
        }
        // Without a resourceVersion to continue from, only a new list is consistent.
        if (m_resourceVersion.isEmpty()) {
            listPods();
        } else {
            watchPods();
        }
    });
}

void KubeRun::handlePod(const QString &type, const QJsonObject &object)
{
    const KubePodInfo pod = KubeRunPod::parse(object, KubeJobManifest::kContainerName);
    if (pod.jobIndex < 0 || pod.jobIndex >= m_done.size() || m_done.at(pod.jobIndex) || m_finishing) {
        return;
    }
    if (type == u"DELETED") {
        m_stuck.remove(pod.name);
        if (!m_handledPods.contains(pod.uid)) {
            checkJob(); // someone or something (Job deadline, TTL) removed a pod we still wait for
        }
        return;
    }
    if (pod.phase != KubePodInfo::Phase::Stuck) {
        m_stuck.remove(pod.name);
    }
    const int taskIndex = m_setup.taskIndexes.at(pod.jobIndex);
    switch (pod.phase) {
    case KubePodInfo::Phase::Pending:
        break;
    case KubePodInfo::Phase::Stuck:
        if (!m_stuck.contains(pod.name)) {
            emit runEvent(
                tr("Pod %1 (%2) is waiting: %3 %4")
                    .arg(pod.name, m_setup.plan.tasks.value(taskIndex).studentId, pod.stuckReason, pod.stuckMessage));
            QTimer::singleShot(m_setup.stuckGrace, this, [this, name = pod.name] { handleStuck(name); });
        }
        m_stuck.insert(pod.name, pod);
        break;
    case KubePodInfo::Phase::Running:
        if (m_runningPod.value(pod.jobIndex) != pod.name) {
            m_runningPod.insert(pod.jobIndex, pod.name);
            emit taskRunning(taskIndex, pod.startedAt.isValid() ? pod.startedAt : QDateTime::currentDateTimeUtc());
        }
        break;
    case KubePodInfo::Phase::Disrupted: {
        const QString text = tr("Pod %1 was disrupted (%2); Kubernetes starts the submission again.")
                                 .arg(pod.name, pod.disruptionMessage);
        if (!m_announced.contains(text)) {
            m_announced.insert(text);
            emit runEvent(text);
        }
        m_runningPod.remove(pod.jobIndex);
        break;
    }
    case KubePodInfo::Phase::Succeeded:
        if (!m_handledPods.contains(pod.uid)) {
            m_handledPods.insert(pod.uid);
            handleSucceeded(pod);
        }
        break;
    case KubePodInfo::Phase::Failed:
        if (!m_handledPods.contains(pod.uid)) {
            m_handledPods.insert(pod.uid);
            handleFailed(pod);
        }
        break;
    }
}

void KubeRun::handleSucceeded(const KubePodInfo &pod)
{
    LogRequest request;
    request.pod = pod;
    const QByteArray message = pod.exit ? pod.exit->message.toUtf8() : QByteArray();
    Result<HarnessResult> compact = AutogradeHarness::parseResult(message);
    if (compact) {
        if (!m_setup.fetchExecuted) {
            AutogradeTaskResult result;
            result.state = AutogradeTaskState::Passed;
            result.result = std::move(compact).value();
            result.attempts = pod.failureCount + 1;
            result.startedAt = pod.exit->startedAt;
            result.finishedAt = pod.exit->finishedAt;
            finishTask(pod.jobIndex, result);
            return;
        }
        request.purpose = LogPurpose::Passed;
        request.compact = std::move(compact).value();
    } else {
        request.purpose = LogPurpose::SeeLog;
    }
    queueLog(request);
}

void KubeRun::handleFailed(const KubePodInfo &pod)
{
    LogRequest request;
    request.pod = pod;
    request.purpose = LogPurpose::Failure;
    const int code = pod.exit ? pod.exit->exitCode : -1;
    const QString reason = pod.exit ? pod.exit->reason : QString();
    if (pod.podReason == u"DeadlineExceeded" || reason == u"DeadlineExceeded") {
        request.state = AutogradeTaskState::TimedOut;
        request.failure = {QStringLiteral("DeadlineExceeded"),
                           tr("The submission did not finish within %n second(s) and was stopped.", nullptr,
                              m_setup.plan.limits.submissionTimeoutSeconds),
                           true};
    } else if (reason == u"OOMKilled" || code == KubeJobManifest::kExitKilled) {
        request.failure = {QStringLiteral("OOMKilled"),
                           tr("The submission used more than %1 MiB of memory and was killed. Raise the memory "
                              "limit if the assignment needs it, then retry.")
                               .arg(m_setup.plan.limits.memoryMiB),
                           true};
    } else if (code == KubeJobManifest::kExitBadInput) {
        request.failure = {QStringLiteral("BadInput"),
                           tr("The grading harness could not read its input for this submission (see the log)."),
                           false};
    } else if (pod.failureCount < 1) {
        // backoffLimitPerIndex 1: the Job controller runs the submission once more.
        emit runEvent(
            tr("Pod %1 failed (exit code %2); Kubernetes retries the submission once.").arg(pod.name).arg(code));
        m_runningPod.remove(pod.jobIndex);
        return;
    } else {
        request.failure = {code == AutogradeHarness::ExitHarnessError ? QStringLiteral("HarnessError")
                                                                      : QStringLiteral("PodFailed"),
                           tr("Grading failed twice (exit code %1, %2). See the log, then retry.")
                               .arg(code)
                               .arg(reason.isEmpty() ? pod.podReason : reason),
                           true};
    }
    queueLog(request);
}

void KubeRun::handleStuck(const QString &podName)
{
    if (!m_stuck.contains(podName) || m_finishing) {
        return;
    }
    const KubePodInfo pod = m_stuck.take(podName);
    if (m_done.value(pod.jobIndex, true)) {
        return;
    }
    ++m_stats.eventRequests;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldSelector"), u"involvedObject.uid=" + pod.uid);
    KubeReply *reply = m_client->request("GET", u"/api/v1/namespaces/" + m_setup.ns + u"/events", query);
    connect(reply, &KubeReply::finished, this, [this, reply, pod] {
        if (reply->result()) {
            const QJsonArray items = reply->result().value().value(QStringLiteral("items")).toArray();
            for (const QJsonValue &item : items) {
                const QString text =
                    tr("%1: %2 %3").arg(pod.name, item[u"reason"_qs].toString(), item[u"message"_qs].toString());
                if (!m_announced.contains(text)) {
                    m_announced.insert(text);
                    emit runEvent(text);
                }
            }
        }
        if (m_finishing) {
            return;
        }
        // Every pod of the Job has the same image, volumes and requests: what blocks this one blocks
        // the ones not started yet. Running pods go on.
        failUnfinished({pod.stuckReason,
                        tr("The submission could not start: %1 (%2). Fix the image or the cluster, then retry.")
                            .arg(pod.stuckReason, pod.stuckMessage),
                        true},
                       AutogradeTaskState::Failed, true);
    });
}

void KubeRun::checkJob()
{
    if (m_jobCheckQueued || m_finishing) {
        return;
    }
    m_jobCheckQueued = true;
    // Coalesce: a deleted Job removes many pods at once.
    QTimer::singleShot(0, this, [this] {
        KubeReply *reply =
            m_client->request("GET", u"/apis/batch/v1/namespaces/" + m_setup.ns + u"/jobs/" + m_setup.jobName);
        connect(reply, &KubeReply::finished, this, [this, reply] {
            m_jobCheckQueued = false;
            if (m_finishing) {
                return;
            }
            if (!reply->result()) {
                if (reply->httpStatus() == 404) {
                    failUnfinished({QStringLiteral("JobDeleted"),
                                    tr("The run's Job was deleted on the cluster before this submission finished."),
                                    true},
                                   AutogradeTaskState::Failed, false);
                }
                return;
            }
            applyJobState(reply->result().value());
        });
    });
}

void KubeRun::applyJobState(const QJsonObject &job)
{
    const auto [type, reason] = KubeRunPod::terminalCondition(job);
    if (type.isEmpty()) {
        return; // still running: the controller replaces the pod
    }
    if (reason == u"DeadlineExceeded") {
        failUnfinished({QStringLiteral("DeadlineExceeded"),
                        tr("The run reached its time limit before this submission finished."), true},
                       AutogradeTaskState::TimedOut, false);
    } else {
        failUnfinished({reason.isEmpty() ? type : reason,
                        tr("The Job ended (%1: %2) before this submission had a result.").arg(type, reason), true},
                       AutogradeTaskState::Failed, false);
    }
}

void KubeRun::queueLog(LogRequest request)
{
    m_runningPod.remove(request.pod.jobIndex);
    m_logQueue.push_back(std::move(request));
    pumpLogs();
}

void KubeRun::pumpLogs()
{
    while (m_logsInFlight < kLogConcurrency && !m_logQueue.empty() && !m_finishing) {
        LogRequest request = std::move(m_logQueue.front());
        m_logQueue.pop_front();
        ++m_logsInFlight;
        ++m_stats.logRequests;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("container"), KubeJobManifest::kContainerName);
        KubeReply *reply = m_client->request("GET", podsPath() + u'/' + request.pod.name + u"/log", query);
        connect(reply, &KubeReply::finished, this, [this, reply, request] {
            --m_logsInFlight;
            if (!m_finishing) {
                onLog(request, reply->result() ? Result<QByteArray>(reply->body())
                                               : Result<QByteArray>(reply->result().error()));
            }
            pumpLogs();
        });
    }
}

void KubeRun::onLog(const LogRequest &request, const Result<QByteArray> &body)
{
    const KubePodInfo &pod = request.pod;
    AutogradeTaskResult result;
    result.attempts = pod.failureCount + 1;
    if (pod.exit) {
        result.startedAt = pod.exit->startedAt;
        result.finishedAt = pod.exit->finishedAt;
    }
    // The log may be gone (pod deleted); the termination message then holds its tail.
    result.log = body ? readableLog(body.value(), kMaxLogBytes) : (pod.exit ? pod.exit->message : QString());

    if (request.purpose == LogPurpose::Failure) {
        result.state = request.state;
        result.failure = request.failure;
        finishTask(pod.jobIndex, result);
        return;
    }
    Result<HarnessLogResult> full =
        body ? AutogradeHarness::parseLog(body.value()) : Result<HarnessLogResult>(body.error());
    if (full) {
        HarnessLogResult parsed = std::move(full).value();
        const int taskIndex = m_setup.taskIndexes.at(pod.jobIndex);
        const QString dir = m_setup.outputDir + u'/' + QString::number(taskIndex);
        for (HarnessNotebookResult &notebook : parsed.result.notebooks) {
            const QByteArray executed = parsed.executedNotebooks.value(notebook.name);
            if (executed.isEmpty() || m_setup.outputDir.isEmpty() || !QDir().mkpath(dir)) {
                continue;
            }
            QSaveFile file(dir + u'/' + notebook.name + u".ipynb");
            if (file.open(QIODevice::WriteOnly) && file.write(executed) == executed.size() && file.commit()) {
                notebook.executedPath = file.fileName();
            } else {
                qCWarning(lcKube) << "cannot write executed notebook" << file.fileName() << file.errorString();
            }
        }
        result.state = AutogradeTaskState::Passed;
        result.result = parsed.result;
    } else if (request.compact) {
        qCWarning(lcKube) << "no full result in the log of" << pod.name << ":" << full.error().detail;
        result.state = AutogradeTaskState::Passed;
        result.result = request.compact;
    } else {
        result.state = AutogradeTaskState::Failed;
        result.failure = AutogradeFailure{QStringLiteral("ResultMissing"),
                                          tr("The harness finished but its result could not be read (%1). Retry the "
                                             "submission.")
                                              .arg(full.error().message),
                                          true};
    }
    finishTask(pod.jobIndex, result);
}

void KubeRun::finishTask(int jobIndex, AutogradeTaskResult result)
{
    if (jobIndex < 0 || jobIndex >= m_done.size() || m_done.at(jobIndex)) {
        return;
    }
    m_done[jobIndex] = true;
    m_runningPod.remove(jobIndex);
    result.index = m_setup.taskIndexes.at(jobIndex);
    emit taskDone(result);
    if (std::all_of(m_done.cbegin(), m_done.cend(), [](bool done) { return done; })) {
        finishRun();
    }
}

void KubeRun::failUnfinished(const AutogradeFailure &failure, AutogradeTaskState state, bool onlyWithoutRunningPod)
{
    for (int jobIndex = 0; jobIndex < m_done.size() && !m_finishing; ++jobIndex) {
        if (m_done.at(jobIndex) || (onlyWithoutRunningPod && m_runningPod.contains(jobIndex))) {
            continue;
        }
        AutogradeTaskResult result;
        result.state = state;
        result.failure = failure;
        finishTask(jobIndex, result);
    }
}

void KubeRun::cancel()
{
    if (m_finishing) {
        return;
    }
    m_cancelled = true;
    if (m_launched) {
        finishRun();
    }
    // Otherwise the launch sees the flag at its next step and removes what it created.
}

void KubeRun::stopWatch()
{
    if (m_watch) {
        m_watch->disconnect(this);
        m_watch->stop();
        m_watch = nullptr;
    }
}

void KubeRun::finishRun()
{
    if (m_finishing) {
        return;
    }
    m_finishing = true;
    stopWatch();
    m_logQueue.clear();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("propagationPolicy"), QStringLiteral("Background"));
    KubeReply *reply =
        m_client->request("DELETE", u"/apis/batch/v1/namespaces/" + m_setup.ns + u"/jobs/" + m_setup.jobName, query);
    connect(reply, &KubeReply::finished, this, [this, reply] {
        if (!reply->result() && reply->httpStatus() != 404) {
            emit runEvent(tr("Could not delete the Job %1 (%2); it is removed a day after it finished.")
                              .arg(m_setup.jobName, reply->result().error().message));
        }
        countRun(int(m_client->requestCount() - m_requestBase));
        m_finished = true;
        emit finished();
    });
}

} // namespace GradeDesk::Services
