// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kuberunpod.h"

#include <QJsonArray>

namespace GradeDesk::Services {

namespace {

const QString kIndexKey = QStringLiteral("batch.kubernetes.io/job-completion-index");
const QString kFailureCountKey = QStringLiteral("batch.kubernetes.io/job-index-failure-count");

int intFromString(const QJsonValue &value, int fallback)
{
    bool ok = false;
    const int number = value.toString().toInt(&ok);
    return ok && number >= 0 ? number : fallback;
}

QDateTime timestamp(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonObject graderStatus(const QJsonObject &status, const QString &containerName)
{
    const QJsonArray statuses = status.value(QStringLiteral("containerStatuses")).toArray();
    for (const QJsonValue &entry : statuses) {
        const QJsonObject object = entry.toObject();
        if (object.value(QStringLiteral("name")).toString() == containerName) {
            return object;
        }
    }
    return {};
}

QJsonObject condition(const QJsonObject &status, const QString &type)
{
    const QJsonArray conditions = status.value(QStringLiteral("conditions")).toArray();
    for (const QJsonValue &entry : conditions) {
        const QJsonObject object = entry.toObject();
        if (object.value(QStringLiteral("type")).toString() == type) {
            return object;
        }
    }
    return {};
}

} // namespace

bool KubeRunPod::isStuckReason(const QString &reason)
{
    return reason == u"ErrImagePull" || reason == u"ImagePullBackOff" || reason == u"InvalidImageName" ||
           reason == u"CreateContainerConfigError" || reason == u"Unschedulable";
}

KubePodInfo KubeRunPod::parse(const QJsonObject &pod, const QString &containerName)
{
    KubePodInfo info;
    const QJsonObject meta = pod.value(QStringLiteral("metadata")).toObject();
    const QJsonObject labels = meta.value(QStringLiteral("labels")).toObject();
    const QJsonObject annotations = meta.value(QStringLiteral("annotations")).toObject();
    const QJsonObject status = pod.value(QStringLiteral("status")).toObject();
    info.name = meta.value(QStringLiteral("name")).toString();
    info.uid = meta.value(QStringLiteral("uid")).toString();
    info.resourceVersion = meta.value(QStringLiteral("resourceVersion")).toString();
    info.jobIndex = intFromString(labels.value(kIndexKey), intFromString(annotations.value(kIndexKey), -1));
    info.failureCount = intFromString(annotations.value(kFailureCountKey), 0);
    info.terminating = meta.contains(QStringLiteral("deletionTimestamp"));
    info.podPhase = status.value(QStringLiteral("phase")).toString();
    info.podReason = status.value(QStringLiteral("reason")).toString();
    info.podMessage = status.value(QStringLiteral("message")).toString();
    info.startedAt = timestamp(status.value(QStringLiteral("startTime")));

    const QJsonObject grader = graderStatus(status, containerName);
    const QJsonObject state = grader.value(QStringLiteral("state")).toObject();
    const QJsonObject terminated = state.value(QStringLiteral("terminated")).toObject();
    const QJsonObject waiting = state.value(QStringLiteral("waiting")).toObject();
    const QJsonObject running = state.value(QStringLiteral("running")).toObject();
    if (!terminated.isEmpty()) {
        KubeContainerExit exit;
        exit.exitCode = terminated.value(QStringLiteral("exitCode")).toInt(-1);
        exit.reason = terminated.value(QStringLiteral("reason")).toString();
        exit.message = terminated.value(QStringLiteral("message")).toString();
        exit.startedAt = timestamp(terminated.value(QStringLiteral("startedAt")));
        exit.finishedAt = timestamp(terminated.value(QStringLiteral("finishedAt")));
        info.exit = exit;
    }
    if (!running.isEmpty()) {
        const QDateTime started = timestamp(running.value(QStringLiteral("startedAt")));
        if (started.isValid()) {
            info.startedAt = started;
        }
    }

    const QJsonObject disruption = condition(status, QStringLiteral("DisruptionTarget"));
    const bool disrupted = disruption.value(QStringLiteral("status")).toString() == u"True";
    if (disrupted) {
        info.disruptionMessage = disruption.value(QStringLiteral("reason")).toString();
        const QString message = disruption.value(QStringLiteral("message")).toString();
        if (!message.isEmpty()) {
            info.disruptionMessage += u": " + message;
        }
    }
    const QJsonObject scheduled = condition(status, QStringLiteral("PodScheduled"));
    const QString waitingReason = waiting.value(QStringLiteral("reason")).toString();

    if (info.podPhase == u"Succeeded") {
        info.phase = KubePodInfo::Phase::Succeeded;
    } else if (info.podPhase == u"Failed") {
        info.phase = disrupted ? KubePodInfo::Phase::Disrupted : KubePodInfo::Phase::Failed;
    } else if (disrupted) {
        info.phase = KubePodInfo::Phase::Disrupted;
    } else if (!running.isEmpty()) {
        info.phase = KubePodInfo::Phase::Running;
    } else if (isStuckReason(waitingReason)) {
        info.phase = KubePodInfo::Phase::Stuck;
        info.stuckReason = waitingReason;
        info.stuckMessage = waiting.value(QStringLiteral("message")).toString();
    } else if (scheduled.value(QStringLiteral("status")).toString() == u"False" &&
               scheduled.value(QStringLiteral("reason")).toString() == u"Unschedulable") {
        info.phase = KubePodInfo::Phase::Stuck;
        info.stuckReason = QStringLiteral("Unschedulable");
        info.stuckMessage = scheduled.value(QStringLiteral("message")).toString();
    } else if (info.podPhase == u"Running") {
        info.phase = KubePodInfo::Phase::Running;
    }
    return info;
}

QList<int> KubeRunPod::parseIndexes(const QString &text, int limit)
{
    QList<int> indexes;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype dash = part.indexOf(u'-');
        bool okFirst = false;
        bool okLast = false;
        const int first = (dash < 0 ? part : part.left(dash)).trimmed().toInt(&okFirst);
        const int last = dash < 0 ? first : part.mid(dash + 1).trimmed().toInt(&okLast);
        if (!okFirst || (dash >= 0 && !okLast) || first < 0 || last < first) {
            continue;
        }
        for (int index = first; index <= last && index < limit; ++index) {
            indexes.append(index);
        }
    }
    return indexes;
}

std::pair<QString, QString> KubeRunPod::terminalCondition(const QJsonObject &job)
{
    const QJsonObject status = job.value(QStringLiteral("status")).toObject();
    for (const QString &type : {QStringLiteral("Complete"), QStringLiteral("Failed")}) {
        const QJsonObject object = condition(status, type);
        if (object.value(QStringLiteral("status")).toString() == u"True") {
            return {type, object.value(QStringLiteral("reason")).toString()};
        }
    }
    return {};
}

} // namespace GradeDesk::Services
