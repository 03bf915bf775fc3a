// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubevalidatortestdata.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace GradeDesk::Tests::KubeTestData {

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "KubeTestData", qPrintable(error.errorString()));
    return document.object();
}

QJsonValue setIn(const QJsonValue &node, const QStringList &steps, qsizetype at, const QJsonValue &value)
{
    const QString &step = steps.at(at);
    const bool last = at == steps.size() - 1;
    if (step.startsWith(u'[')) {
        QJsonArray array = node.toArray();
        const qsizetype i = step.mid(1, step.size() - 2).toLongLong();
        while (array.size() <= i) {
            array.append(QJsonObject());
        }
        array[i] = last ? value : setIn(array.at(i), steps, at + 1, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (last && value.isUndefined()) {
        object.remove(step);
    } else {
        object.insert(step, last ? value : setIn(object.value(step), steps, at + 1, value));
    }
    return object;
}

} // namespace

QJsonObject sampleJob()
{
    return parse(R"({
 "apiVersion": "batch/v1", "kind": "Job",
 "metadata": {"name": "ag-ps3-7f3c9a", "namespace": "grading",
   "labels": {"app.kubernetes.io/managed-by": "grading-console", "grading/run-id": "7f3c9a", "grading/assignment": "ps3"}},
 "spec": {
  "suspend": true, "completionMode": "Indexed", "completions": 240, "parallelism": 20, "backoffLimitPerIndex": 1,
  "podFailurePolicy": {"rules": [
    {"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget"}]},
    {"action": "FailIndex", "onExitCodes": {"containerName": "grader", "operator": "In", "values": [3, 137]}}]},
  "activeDeadlineSeconds": 7200, "ttlSecondsAfterFinished": 86400,
  "template": {
   "metadata": {"labels": {"grading/run-id": "7f3c9a"}},
   "spec": {
    "restartPolicy": "Never", "automountServiceAccountToken": false, "enableServiceLinks": false,
    "activeDeadlineSeconds": 900, "terminationGracePeriodSeconds": 10,
    "securityContext": {"runAsNonRoot": true, "runAsUser": 1000, "runAsGroup": 1000, "fsGroup": 1000,
                        "seccompProfile": {"type": "RuntimeDefault"}},
    "initContainers": [{"name": "fetch",
      "image": "registry.example.edu/course/fetcher@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      "args": ["--manifest=/etc/grading/manifest.json", "--out=/work/in"],
      "securityContext": {"allowPrivilegeEscalation": false, "readOnlyRootFilesystem": true, "capabilities": {"drop": ["ALL"]}},
      "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "500m", "memory": "256Mi"}},
      "volumeMounts": [{"name": "work", "mountPath": "/work"}, {"name": "manifest", "mountPath": "/etc/grading", "readOnly": true}]}],
    "containers": [{"name": "grader",
      "image": "registry.example.edu/course/ps3-grader@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      "args": ["autograde", "--in=/work/in", "--out=/work/out"],
      "env": [{"name": "HOME", "value": "/work/home"}],
      "securityContext": {"allowPrivilegeEscalation": false, "readOnlyRootFilesystem": true, "capabilities": {"drop": ["ALL"]}},
      "resources": {"requests": {"cpu": "500m", "memory": "1Gi", "ephemeral-storage": "1Gi"},
                    "limits": {"cpu": "1", "memory": "2Gi", "ephemeral-storage": "2Gi"}},
      "terminationMessagePolicy": "FallbackToLogsOnError",
      "volumeMounts": [{"name": "work", "mountPath": "/work"}, {"name": "tmp", "mountPath": "/tmp"}]}],
    "volumes": [{"name": "work", "emptyDir": {"sizeLimit": "1Gi"}},
                {"name": "tmp", "emptyDir": {"sizeLimit": "256Mi"}},
                {"name": "manifest", "configMap": {"name": "ag-ps3-7f3c9a-inputs"}}]}}}})");
}

QJsonObject threeErrorJob()
{
    QJsonObject job = sampleJob();
    setPath(job, QStringLiteral("spec.backoffLimitPerIndx"), 1);
    setPath(job, QStringLiteral("spec.template.spec.imagePullPolicy"), QStringLiteral("IfNotPresent"));
    setPath(job, QStringLiteral("spec.template.spec.containers[0].imagePullPolicy"), 1);
    return job;
}

QJsonObject sampleConfigMap()
{
    return parse(R"({"apiVersion": "v1", "kind": "ConfigMap",
 "metadata": {"name": "ag-ps3-7f3c9a-inputs-0", "namespace": "grading", "labels": {"grading/run-id": "7f3c9a"},
   "ownerReferences": [{"apiVersion": "batch/v1", "kind": "Job", "name": "ag-ps3-7f3c9a",
                        "uid": "8f2f5c6e-2d1b-4c1e-9b1a-0c8d5f3e7a21", "controller": true, "blockOwnerDeletion": true}]},
 "data": {"manifest.json": "{\"version\":1,\"tasks\":[]}", "t0-f0": "{}", "spec.json": "{}"},
 "binaryData": {"t1-f0": "aGVsbG8="}})");
}

QJsonObject sampleNetworkPolicy()
{
    return parse(R"({"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
 "metadata": {"name": "ag-ps3-7f3c9a-deny-all", "namespace": "grading"},
 "spec": {"podSelector": {"matchLabels": {"grading/run-id": "7f3c9a"}}, "policyTypes": ["Ingress", "Egress"]}})");
}

void setPath(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    static const QRegularExpression token(QStringLiteral("\\[[0-9]+\\]|[^.\\[]+"));
    QStringList steps;
    for (auto it = token.globalMatch(path); it.hasNext();) {
        steps << it.next().captured(0);
    }
    root = setIn(root, steps, 0, value).toObject();
}

std::shared_ptr<const KubeValidator> validator(QString *skipReason)
{
    static std::shared_ptr<const KubeValidator> shared;
    if (shared) {
        return shared;
    }
    const QString path = KubeSchema::defaultPath();
    if (!QFileInfo::exists(KubeSchema::swaggerPath()) || !QFileInfo::exists(path)) {
        *skipReason =
            QStringLiteral("Kubernetes swagger.json not found at '%1' (set GRADEDESK_KUBE_SWAGGER)").arg(path);
        return nullptr;
    }
    QString error;
    auto schema = KubeSchema::shared(path, &error);
    if (!schema) {
        *skipReason = error;
        return nullptr;
    }
    shared = std::make_shared<const KubeValidator>(schema);
    return shared;
}

QStringList summary(const QList<KubeCause> &causes)
{
    QStringList lines;
    for (const KubeCause &cause : causes) {
        lines << cause.field + u'|' + cause.reason;
    }
    lines.sort();
    return lines;
}

} // namespace GradeDesk::Tests::KubeTestData
