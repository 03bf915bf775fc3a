// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/kube/kubesimjobstatus.h"

#include <QList>

#include <algorithm>

namespace GradeDesk::Tests::KubeSimJobStatus {

using namespace Qt::StringLiterals;

bool isFinished(const QJsonObject &status)
{
    for (const QJsonValue &c : status.value("conditions"_L1).toArray()) {
        const QString type = c["type"_L1].toString();
        if ((type == "Complete"_L1 || type == "Failed"_L1) && c["status"_L1].toString() == "True"_L1) {
            return true;
        }
    }
    return false;
}

void setCondition(QJsonArray &conditions, const QString &type, const QString &status, const QString &reason,
                  const QString &message)
{
    const QString now = KubeSimStore::nowTimestamp();
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        QJsonObject c = conditions.at(i).toObject();
        if (c.value("type"_L1).toString() != type) {
            continue;
        }
        if (c.value("status"_L1).toString() == status && c.value("reason"_L1).toString() == reason) {
            return;
        }
        if (c.value("status"_L1).toString() != status) {
            c.insert(u"lastTransitionTime"_s, now);
        }
        c.insert(u"status"_s, status);
        c.insert(u"reason"_s, reason);
        c.insert(u"message"_s, message);
        c.insert(u"lastProbeTime"_s, now);
        conditions.replace(i, c);
        return;
    }
    conditions.append(QJsonObject{{u"type"_s, type},
                                  {u"status"_s, status},
                                  {u"reason"_s, reason},
                                  {u"message"_s, message},
                                  {u"lastProbeTime"_s, now},
                                  {u"lastTransitionTime"_s, now}});
}

QString intervals(const QSet<int> &indexes)
{
    QList<int> sorted(indexes.cbegin(), indexes.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1) {
            ++j;
        }
        parts.append(j == i ? QString::number(sorted[i]) : u"%1-%2"_s.arg(sorted[i]).arg(sorted[j]));
        i = j + 1;
    }
    return parts.join(u',');
}

std::chrono::milliseconds backoff(const KubeSimCore &core, int failures)
{
    double seconds = 10.0;
    for (int i = 1; i < failures && seconds < 360.0; ++i) {
        seconds *= 2.0;
    }
    return core.scaled(std::min(seconds, 360.0));
}

PolicyMatch matchPodFailurePolicy(const QJsonObject &policy, const QJsonObject &pod)
{
    const QJsonObject status = pod.value("status"_L1).toObject();
    const QJsonArray rules = policy.value("rules"_L1).toArray();
    for (qsizetype r = 0; r < rules.size(); ++r) {
        const QJsonObject rule = rules.at(r).toObject();
        const QString action = rule.value("action"_L1).toString();
        if (rule.contains("onExitCodes"_L1)) {
            const QJsonObject codes = rule.value("onExitCodes"_L1).toObject();
            const QString container = codes.value("containerName"_L1).toString();
            const bool in = codes.value("operator"_L1).toString() == "In"_L1;
            QList<qint64> values;
            for (const QJsonValue &v : codes.value("values"_L1).toArray()) {
                values.append(v.toInteger());
            }
            for (const QString &list : {u"initContainerStatuses"_s, u"containerStatuses"_s}) {
                for (const QJsonValue &cs : status.value(list).toArray()) {
                    const QJsonObject terminated = cs["state"_L1]["terminated"_L1].toObject();
                    if (terminated.isEmpty() || (!container.isEmpty() && cs["name"_L1].toString() != container)) {
                        continue;
                    }
                    const qint64 code = terminated.value("exitCode"_L1).toInteger();
                    if (code == 0) {
                        continue;
                    }
                    if (values.contains(code) == in) {
                        return {action,
                                u"Container %1 for pod %2/%3 failed with exit code %4 matching %5 rule at index %6"_s
                                    .arg(cs["name"_L1].toString(), kNamespace(pod), kName(pod))
                                    .arg(code)
                                    .arg(action)
                                    .arg(r)};
                    }
                }
            }
        } else if (rule.contains("onPodConditions"_L1)) {
            for (const QJsonValue &pattern : rule.value("onPodConditions"_L1).toArray()) {
                const QString wantStatus = pattern["status"_L1].toString(u"True"_s);
                for (const QJsonValue &c : status.value("conditions"_L1).toArray()) {
                    if (c["type"_L1].toString() == pattern["type"_L1].toString() &&
                        c["status"_L1].toString() == wantStatus) {
                        return {action, u"Pod %1/%2 has condition %3 matching %4 rule at index %5"_s
                                            .arg(kNamespace(pod), kName(pod), pattern["type"_L1].toString(), action)
                                            .arg(r)};
                    }
                }
            }
        }
    }
    return {};
}

std::optional<QJsonObject> createPod(KubeSimCore &core, const QJsonObject &job, int index, int indexFailures)
{
    const KubeSimResource &pods = *kubeSimResource(QString(), u"pods"_s);
    const QString jobName = kName(job);
    const QString ns = kNamespace(job);
    const QJsonObject spec = job.value("spec"_L1).toObject();
    const QJsonObject podTemplate = spec.value("template"_L1).toObject();
    const QJsonObject templateMeta = podTemplate.value("metadata"_L1).toObject();
    QJsonObject podSpec = podTemplate.value("spec"_L1).toObject();
    const QString indexText = QString::number(index);
    const QString prefix = index >= 0 ? QString(jobName + u'-' + indexText + u'-') : QString(jobName + u'-');
    const QString name = prefix + kRandomSuffix();

    const QString violations = podSecurityViolations(podSpec);
    if (core.namespaceLabels(ns).value("pod-security.kubernetes.io/enforce"_L1).toString() == "restricted"_L1 &&
        !violations.isEmpty()) {
        core.recordEvent(
            job, u"Warning"_s, u"FailedCreate"_s,
            u"Error creating: pods \"%1\" is forbidden: violates PodSecurity \"restricted:latest\": %2"_s.arg(
                name, violations));
        return std::nullopt;
    }

    QJsonObject labels = templateMeta.value("labels"_L1).toObject();
    QJsonObject annotations = templateMeta.value("annotations"_L1).toObject();
    if (index >= 0) {
        labels.insert(u"batch.kubernetes.io/job-completion-index"_s, indexText);
        annotations.insert(u"batch.kubernetes.io/job-completion-index"_s, indexText);
        if (spec.contains("backoffLimitPerIndex"_L1)) {
            annotations.insert(u"batch.kubernetes.io/job-index-failure-count"_s, QString::number(indexFailures));
        }
        podSpec.insert(u"hostname"_s, QString(jobName + u'-' + indexText));
        const QJsonObject env{
            {u"name"_s, u"JOB_COMPLETION_INDEX"_s},
            {u"valueFrom"_s,
             QJsonObject{{u"fieldRef"_s,
                          QJsonObject{{u"apiVersion"_s, u"v1"_s},
                                      {u"fieldPath"_s,
                                       u"metadata.annotations['batch.kubernetes.io/job-completion-index']"_s}}}}}};
        for (const QString &list : {u"initContainers"_s, u"containers"_s}) {
            QJsonArray containers = podSpec.value(list).toArray();
            for (qsizetype i = 0; i < containers.size(); ++i) {
                QJsonObject container = containers.at(i).toObject();
                QJsonArray envs = container.value("env"_L1).toArray();
                envs.append(env);
                container.insert(u"env"_s, envs);
                containers.replace(i, container);
            }
            if (podSpec.contains(list)) {
                podSpec.insert(list, containers);
            }
        }
    }
    QJsonObject meta{{u"name"_s, name},
                     {u"generateName"_s, prefix},
                     {u"namespace"_s, ns},
                     {u"labels"_s, labels},
                     {u"finalizers"_s, QJsonArray{u"batch.kubernetes.io/job-tracking"_s}},
                     {u"ownerReferences"_s, QJsonArray{QJsonObject{{u"apiVersion"_s, u"batch/v1"_s},
                                                                   {u"kind"_s, u"Job"_s},
                                                                   {u"name"_s, jobName},
                                                                   {u"uid"_s, kUid(job)},
                                                                   {u"controller"_s, true},
                                                                   {u"blockOwnerDeletion"_s, true}}}}};
    if (!annotations.isEmpty()) {
        meta.insert(u"annotations"_s, annotations);
    }
    QJsonObject pod{{u"metadata"_s, meta},
                    {u"spec"_s, podSpec},
                    {u"status"_s, QJsonObject{{u"phase"_s, u"Pending"_s}, {u"qosClass"_s, u"BestEffort"_s}}}};
    pod = core.store.create(pods, pod);
    core.recordEvent(job, u"Normal"_s, u"SuccessfulCreate"_s, u"Created pod: "_s + name);
    return pod;
}

} // namespace GradeDesk::Tests::KubeSimJobStatus
