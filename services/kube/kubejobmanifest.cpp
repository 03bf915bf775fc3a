// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubejobmanifest.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace GradeDesk::Services {

namespace {

constexpr int kMaxLabelValue = 63;
constexpr int kSchedulingSlackSeconds = 600;
constexpr int kTerminationGraceSeconds = 10;
constexpr int kRunAsId = 1000;
constexpr int kReadOnlyMode = 0444;

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

QString trimToAlnumEnds(QString text)
{
    while (!text.isEmpty() && !isAsciiAlnum(text.front())) {
        text.remove(0, 1);
    }
    while (!text.isEmpty() && !isAsciiAlnum(text.back())) {
        text.chop(1);
    }
    return text;
}

QJsonObject stringMap(std::initializer_list<std::pair<QString, QString>> entries)
{
    QJsonObject object;
    for (const auto &[key, value] : entries) {
        object.insert(key, value);
    }
    return object;
}

QJsonObject metadata(const AutogradePlan &plan, const QString &name, const QString &ns)
{
    QJsonObject meta{{QStringLiteral("name"), name}, {QStringLiteral("labels"), KubeJobManifest::runLabels(plan)}};
    if (!ns.isEmpty()) {
        meta.insert(QStringLiteral("namespace"), ns);
    }
    return meta;
}

QJsonObject resources(const AutogradeLimits &limits)
{
    const QString memory = QString::number(std::max(limits.memoryMiB, 64)) + u"Mi";
    const QString cpu = limits.cpu.isEmpty() ? QStringLiteral("1") : limits.cpu;
    // Requests equal limits for cpu and memory (Guaranteed QoS: no surprise OOM kill under node
    // pressure); ephemeral storage covers the two emptyDirs and the container's log.
    return {{QStringLiteral("requests"), stringMap({{QStringLiteral("cpu"), cpu},
                                                    {QStringLiteral("memory"), memory},
                                                    {QStringLiteral("ephemeral-storage"), QStringLiteral("512Mi")}})},
            {QStringLiteral("limits"), stringMap({{QStringLiteral("cpu"), cpu},
                                                  {QStringLiteral("memory"), memory},
                                                  {QStringLiteral("ephemeral-storage"), QStringLiteral("2Gi")}})}};
}

QJsonObject envVar(const QString &name, const QString &value)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

QJsonObject volumeMount(const QString &name, const QString &path, bool readOnly)
{
    QJsonObject mount{{QStringLiteral("name"), name}, {QStringLiteral("mountPath"), path}};
    if (readOnly) {
        mount.insert(QStringLiteral("readOnly"), true);
    }
    return mount;
}

QJsonObject container(const AutogradePlan &plan)
{
    QJsonArray mounts{volumeMount(QStringLiteral("inputs"), KubeJobManifest::kInputDir, true),
                      volumeMount(QStringLiteral("work"), QStringLiteral("/work"), false),
                      volumeMount(QStringLiteral("tmp"), QStringLiteral("/tmp"), false)};
    if (!plan.datasetClaim.isEmpty() && !plan.datasetMountPath.isEmpty()) {
        mounts.append(volumeMount(QStringLiteral("dataset"), plan.datasetMountPath, true));
    }
    const QJsonObject securityContext{
        {QStringLiteral("allowPrivilegeEscalation"), false},
        {QStringLiteral("readOnlyRootFilesystem"), true},
        {QStringLiteral("runAsNonRoot"), true},
        {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("drop"), QJsonArray{QStringLiteral("ALL")}}}}};
    return {{QStringLiteral("name"), KubeJobManifest::kContainerName},
            {QStringLiteral("image"), plan.image},
            {QStringLiteral("imagePullPolicy"), QStringLiteral("IfNotPresent")},
            {QStringLiteral("command"), QJsonArray::fromStringList(KubeJobManifest::harnessCommand())},
            {QStringLiteral("workingDir"), QStringLiteral("/work")},
            {QStringLiteral("env"), QJsonArray{envVar(QStringLiteral("HOME"), QStringLiteral("/work/home")),
                                               envVar(QStringLiteral("MPLBACKEND"), QStringLiteral("Agg")),
                                               envVar(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"))}},
            {QStringLiteral("resources"), resources(plan.limits)},
            {QStringLiteral("securityContext"), securityContext},
            {QStringLiteral("terminationMessagePolicy"), QStringLiteral("FallbackToLogsOnError")},
            {QStringLiteral("volumeMounts"), mounts}};
}

QJsonArray volumes(const AutogradePlan &plan, const KubeJobOptions &options)
{
    QJsonArray sources;
    for (const QString &name : options.configMapNames) {
        sources.append(QJsonObject{{QStringLiteral("configMap"), QJsonObject{{QStringLiteral("name"), name}}}});
    }
    QJsonArray list{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("inputs")},
                    {QStringLiteral("projected"), QJsonObject{{QStringLiteral("sources"), sources},
                                                              {QStringLiteral("defaultMode"), kReadOnlyMode}}}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("work")},
                    {QStringLiteral("emptyDir"), QJsonObject{{QStringLiteral("sizeLimit"), QStringLiteral("1Gi")}}}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("tmp")},
                    {QStringLiteral("emptyDir"), QJsonObject{{QStringLiteral("sizeLimit"), QStringLiteral("256Mi")}}}}};
    if (!plan.datasetClaim.isEmpty() && !plan.datasetMountPath.isEmpty()) {
        list.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("dataset")},
            {QStringLiteral("persistentVolumeClaim"),
             QJsonObject{{QStringLiteral("claimName"), plan.datasetClaim}, {QStringLiteral("readOnly"), true}}}});
    }
    return list;
}

QJsonObject podSpec(const AutogradePlan &plan, const KubeJobOptions &options)
{
    const QJsonObject securityContext{
        {QStringLiteral("runAsNonRoot"), true},
        {QStringLiteral("runAsUser"), kRunAsId},
        {QStringLiteral("runAsGroup"), kRunAsId},
        {QStringLiteral("fsGroup"), kRunAsId},
        {QStringLiteral("seccompProfile"), QJsonObject{{QStringLiteral("type"), QStringLiteral("RuntimeDefault")}}}};
    return {{QStringLiteral("restartPolicy"), QStringLiteral("Never")},
            {QStringLiteral("automountServiceAccountToken"), false},
            {QStringLiteral("enableServiceLinks"), false},
            {QStringLiteral("activeDeadlineSeconds"), std::max(plan.limits.submissionTimeoutSeconds, 1)},
            {QStringLiteral("terminationGracePeriodSeconds"), kTerminationGraceSeconds},
            {QStringLiteral("securityContext"), securityContext},
            {QStringLiteral("containers"), QJsonArray{container(plan)}},
            {QStringLiteral("volumes"), volumes(plan, options)}};
}

QJsonObject podFailurePolicy()
{
    const QJsonObject ignoreDisruption{
        {QStringLiteral("action"), QStringLiteral("Ignore")},
        {QStringLiteral("onPodConditions"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("DisruptionTarget")},
                                {QStringLiteral("status"), QStringLiteral("True")}}}}};
    // Bad input and SIGKILL (OOM, deadline) fail the index at once: re-running them is pointless.
    const QJsonObject failIndex{{QStringLiteral("action"), QStringLiteral("FailIndex")},
                                {QStringLiteral("onExitCodes"),
                                 QJsonObject{{QStringLiteral("containerName"), KubeJobManifest::kContainerName},
                                             {QStringLiteral("operator"), QStringLiteral("In")},
                                             {QStringLiteral("values"), QJsonArray{KubeJobManifest::kExitBadInput,
                                                                                   KubeJobManifest::kExitKilled}}}}};
    return {{QStringLiteral("rules"), QJsonArray{ignoreDisruption, failIndex}}};
}

QString joinIndexes(const QList<int> &indexes)
{
    QStringList parts;
    parts.reserve(indexes.size());
    for (int index : indexes) {
        parts.append(QString::number(index));
    }
    return parts.join(u',');
}

} // namespace

QString KubeJobManifest::slug(const QString &text, int maxLength)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text.toLower()) {
        if (isAsciiAlnum(c)) {
            out.append(c);
        } else if (!out.endsWith(u'-')) {
            out.append(u'-');
        }
    }
    out = trimToAlnumEnds(out.left(std::max(maxLength, 1)));
    return out.isEmpty() ? QStringLiteral("x") : out;
}

QString KubeJobManifest::labelValue(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        out.append(isAsciiAlnum(c) || c == u'-' || c == u'_' || c == u'.' ? c : QChar(u'_'));
    }
    return trimToAlnumEnds(out.left(kMaxLabelValue));
}

QString KubeJobManifest::jobName(const QString &assignment, const QString &runId, int attempt)
{
    QString suffix = slug(runId, 16);
    if (attempt > 0) {
        suffix += u"-r" + QString::number(attempt);
    }
    const int room = kMaxJobNameLength - 4 - int(suffix.size()); // "ag-" and the '-' before the suffix
    return u"ag-" + slug(assignment, room) + u'-' + suffix;
}

QJsonObject KubeJobManifest::runLabels(const AutogradePlan &plan)
{
    return {{kManagedByLabel, kManagedByValue},
            {kRunIdLabel, labelValue(plan.runId)},
            {kAssignmentLabel, labelValue(plan.assignment)}};
}

int KubeJobManifest::jobDeadlineSeconds(const AutogradeLimits &limits, int tasks, int parallelism)
{
    const qint64 waves = (std::max(tasks, 1) + std::max(parallelism, 1) - 1) / std::max(parallelism, 1);
    const qint64 seconds = waves * 2 * std::max(limits.submissionTimeoutSeconds, 1) + kSchedulingSlackSeconds;
    return int(std::min<qint64>(seconds, std::numeric_limits<int>::max()));
}

QStringList KubeJobManifest::harnessCommand()
{
    return {QStringLiteral("python3"),
            kInputDir + u"/gradedesk_harness.py",
            QStringLiteral("--manifest"),
            kInputDir + u"/manifest.json",
            QStringLiteral("--index-env"),
            QStringLiteral("JOB_COMPLETION_INDEX"),
            QStringLiteral("--out"),
            QStringLiteral("/work/out"),
            QStringLiteral("--termination-log"),
            QStringLiteral("/dev/termination-log")};
}

QJsonObject KubeJobManifest::job(const AutogradePlan &plan, const KubeJobOptions &options)
{
    QJsonObject meta = metadata(plan, options.jobName, options.ns);
    meta.insert(QStringLiteral("annotations"), QJsonObject{{kTasksAnnotation, joinIndexes(options.taskIndexes)}});
    const int completions = std::max(options.completions, 1);
    const int parallelism = std::clamp(options.parallelism, 1, completions);
    const QJsonObject templ{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("labels"), runLabels(plan)}}},
                            {QStringLiteral("spec"), podSpec(plan, options)}};
    const QJsonObject spec{
        {QStringLiteral("suspend"), true},
        {QStringLiteral("completionMode"), QStringLiteral("Indexed")},
        {QStringLiteral("completions"), completions},
        {QStringLiteral("parallelism"), parallelism},
        {QStringLiteral("backoffLimitPerIndex"), 1},
        {QStringLiteral("podReplacementPolicy"), QStringLiteral("Failed")},
        {QStringLiteral("podFailurePolicy"), podFailurePolicy()},
        {QStringLiteral("activeDeadlineSeconds"), jobDeadlineSeconds(plan.limits, completions, parallelism)},
        {QStringLiteral("ttlSecondsAfterFinished"), kTtlSecondsAfterFinished},
        {QStringLiteral("template"), templ}};
    return {{QStringLiteral("apiVersion"), QStringLiteral("batch/v1")},
            {QStringLiteral("kind"), QStringLiteral("Job")},
            {QStringLiteral("metadata"), meta},
            {QStringLiteral("spec"), spec}};
}

QJsonObject KubeJobManifest::networkPolicy(const AutogradePlan &plan, const KubeJobOptions &options)
{
    const QJsonObject selector{{QStringLiteral("matchLabels"), QJsonObject{{kManagedByLabel, kManagedByValue},
                                                                           {kRunIdLabel, labelValue(plan.runId)}}}};
    return {{QStringLiteral("apiVersion"), QStringLiteral("networking.k8s.io/v1")},
            {QStringLiteral("kind"), QStringLiteral("NetworkPolicy")},
            {QStringLiteral("metadata"), metadata(plan, options.jobName + u"-deny-all", options.ns)},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("podSelector"), selector},
                                                 {QStringLiteral("policyTypes"),
                                                  QJsonArray{QStringLiteral("Ingress"), QStringLiteral("Egress")}}}}};
}

QJsonObject KubeJobManifest::withOwner(QJsonObject object, const QString &jobName, const QString &jobUid)
{
    QJsonObject meta = object.value(QStringLiteral("metadata")).toObject();
    meta.insert(QStringLiteral("ownerReferences"),
                QJsonArray{QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("batch/v1")},
                                       {QStringLiteral("kind"), QStringLiteral("Job")},
                                       {QStringLiteral("name"), jobName},
                                       {QStringLiteral("uid"), jobUid}}});
    object.insert(QStringLiteral("metadata"), meta);
    return object;
}

} // namespace GradeDesk::Services
