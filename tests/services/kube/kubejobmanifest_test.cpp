// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubejobschema.h"

#include <services/kube/kubejobinputs.h>
#include <services/kube/kubejobmanifest.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#ifdef GRADEDESK_HAVE_KUBEVALIDATOR
#include <tests/sim/kube/validator/kubevalidator.h>
#endif

using namespace GradeDesk::Services;
using GradeDesk::Tests::KubeSchemaOracle;

namespace {

AutogradePlan makePlan(int tasks)
{
    AutogradePlan plan;
    plan.runId = QStringLiteral("7f3c9a");
    plan.assignment = QStringLiteral("ps1");
    plan.image = QStringLiteral("registry.example.edu/course/grader:1.0");
    plan.parallelism = 4;
    plan.limits.submissionTimeoutSeconds = 300;
    for (int i = 0; i < tasks; ++i) {
        AutogradeTask task;
        task.index = i;
        task.studentId = QStringLiteral("s%1").arg(i);
        plan.tasks.append(task);
    }
    return plan;
}

KubeJobOptions optionsFor(const AutogradePlan &plan)
{
    KubeJobOptions options;
    options.ns = QStringLiteral("grading");
    options.jobName = KubeJobManifest::jobName(plan.assignment, plan.runId);
    options.completions = int(plan.tasks.size());
    options.parallelism = plan.parallelism;
    options.configMapNames = {options.jobName + u"-in-0", options.jobName + u"-in-1"};
    for (const AutogradeTask &task : plan.tasks) {
        options.taskIndexes.append(task.index);
    }
    return options;
}

QJsonValue at(const QJsonObject &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &part : path.split(u'/')) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(part);
    }
    return value;
}

const QRegularExpression kDns1123Label(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
const QRegularExpression kLabelValue(QStringLiteral("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"));

} // namespace

class KubeJobManifestTest : public QObject
{
    Q_OBJECT

private slots:
    void jobName_isShortDnsLabel_data();
    void jobName_isShortDnsLabel();
    void labelValue_isValid_data();
    void labelValue_isValid();
    void job_hasIndexedSuspendedSpec();
    void job_podIsRestricted();
    void job_mountsInputsAndDataset();
    void job_deadlineScalesWithWaves_data();
    void job_deadlineScalesWithWaves();
    void networkPolicy_deniesAllForRunPods();
    void withOwner_pointsAtJobWithoutBlockingDeletion();
    void manifests_passStrictSchema_data();
    void manifests_passStrictSchema();

    void manifests_passValidatorWithCrossFieldRules_data() { manifests_passStrictSchema_data(); }

    void manifests_passValidatorWithCrossFieldRules();
    void schemaOracle_catchesTypos();
};

void KubeJobManifestTest::jobName_isShortDnsLabel_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("runId");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain name") << "ps1"
                                << "7f3c9a" << 0 << "ag-ps1-7f3c9a";
    QTest::newRow("upper case and spaces become a slug") << "Problem Set 3"
                                                         << "ab12" << 0 << "ag-problem-set-3-ab12";
    QTest::newRow("retry attempt gets a suffix") << "ps1"
                                                 << "7f3c9a" << 2 << "ag-ps1-7f3c9a-r2";
    QTest::newRow("only symbols leaves x") << "!!!"
                                           << "01" << 0 << "ag-x-01";
    QTest::newRow("unicode is dropped") << QStringLiteral("Übung_2") << "ff" << 0 << "ag-bung-2-ff";
    QTest::newRow("long name is cut to 50") << QString(80, u'a') << "0123456789abcdef" << 0
                                            << QStringLiteral("ag-") + QString(30, u'a') + "-0123456789abcdef";
    QTest::newRow("long run id is cut to 16") << "ps1" << QString(40, u'f') << 0 << "ag-ps1-" + QString(16, u'f');
}

void KubeJobManifestTest::jobName_isShortDnsLabel()
{
    QFETCH(QString, assignment);
    QFETCH(QString, runId);
    QFETCH(int, attempt);
    QFETCH(QString, expected);
    const QString name = KubeJobManifest::jobName(assignment, runId, attempt);
    QCOMPARE(name, expected);
    QVERIFY(name.size() <= KubeJobManifest::kMaxJobNameLength);
    QVERIFY2(kDns1123Label.match(name).hasMatch(), qPrintable(name));
    // The pod hostname <job>-<index> must stay a valid 63-character label.
    QVERIFY((name + u"-99999").size() <= 63);
}

void KubeJobManifestTest::labelValue_isValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already valid") << "ps1"
                                   << "ps1";
    QTest::newRow("dots and underscores stay") << "week_1.a"
                                               << "week_1.a";
    QTest::newRow("spaces replaced") << "Problem Set 1"
                                     << "Problem_Set_1";
    QTest::newRow("leading and trailing symbols trimmed") << "--ps1--"
                                                          << "ps1";
    QTest::newRow("slashes replaced") << "a/b"
                                      << "a_b";
    QTest::newRow("empty stays empty") << ""
                                       << "";
    QTest::newRow("cut to 63") << QString(70, u'x') << QString(63, u'x');
}

void KubeJobManifestTest::labelValue_isValid()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString value = KubeJobManifest::labelValue(text);
    QCOMPARE(value, expected);
    QVERIFY2(kLabelValue.match(value).hasMatch(), qPrintable(value));
}

void KubeJobManifestTest::job_hasIndexedSuspendedSpec()
{
    const AutogradePlan plan = makePlan(10);
    const QJsonObject job = KubeJobManifest::job(plan, optionsFor(plan));
    QCOMPARE(at(job, u"apiVersion"_qs).toString(), u"batch/v1"_qs);
    QCOMPARE(at(job, u"metadata/name"_qs).toString(), u"ag-ps1-7f3c9a"_qs);
    QCOMPARE(at(job, u"metadata/namespace"_qs).toString(), u"grading"_qs);
    const QJsonObject labels = at(job, u"metadata/labels"_qs).toObject();
    QCOMPARE(labels.value(u"app.kubernetes.io/managed-by"_qs).toString(), u"gradedesk"_qs);
    QCOMPARE(labels.value(u"gradedesk.io/run-id"_qs).toString(), u"7f3c9a"_qs);
    QCOMPARE(labels.value(u"gradedesk.io/assignment"_qs).toString(), u"ps1"_qs);
    QCOMPARE(at(job, u"metadata/annotations"_qs).toObject().value(u"gradedesk.io/tasks"_qs).toString(),
             u"0,1,2,3,4,5,6,7,8,9"_qs);
    QCOMPARE(at(job, u"spec/suspend"_qs).toBool(), true);
    QCOMPARE(at(job, u"spec/completionMode"_qs).toString(), u"Indexed"_qs);
    QCOMPARE(at(job, u"spec/completions"_qs).toInt(), 10);
    QCOMPARE(at(job, u"spec/parallelism"_qs).toInt(), 4);
    QCOMPARE(at(job, u"spec/backoffLimitPerIndex"_qs).toInt(), 1);
    QCOMPARE(at(job, u"spec/ttlSecondsAfterFinished"_qs).toInt(), 86400);
    QCOMPARE(at(job, u"spec/podFailurePolicy/rules/0/action"_qs).toString(), u"Ignore"_qs);
    QCOMPARE(at(job, u"spec/podFailurePolicy/rules/0/onPodConditions/0/type"_qs).toString(), u"DisruptionTarget"_qs);
    QCOMPARE(at(job, u"spec/podFailurePolicy/rules/1/action"_qs).toString(), u"FailIndex"_qs);
    QCOMPARE(at(job, u"spec/podFailurePolicy/rules/1/onExitCodes/containerName"_qs).toString(), u"grader"_qs);
    QCOMPARE(at(job, u"spec/podFailurePolicy/rules/1/onExitCodes/values"_qs).toArray(), (QJsonArray{3, 137}));
    QCOMPARE(at(job, u"spec/template/spec/restartPolicy"_qs).toString(), u"Never"_qs);
    QCOMPARE(at(job, u"spec/template/spec/activeDeadlineSeconds"_qs).toInt(), 300);
    QCOMPARE(at(job, u"spec/template/metadata/labels"_qs).toObject(), labels);
}

void KubeJobManifestTest::job_podIsRestricted()
{
    AutogradePlan plan = makePlan(2);
    plan.limits.memoryMiB = 1536;
    plan.limits.cpu = QStringLiteral("500m");
    const QJsonObject job = KubeJobManifest::job(plan, optionsFor(plan));
    const QJsonObject pod = at(job, u"spec/template/spec"_qs).toObject();
    QCOMPARE(pod.value(u"automountServiceAccountToken"_qs).toBool(true), false);
    QCOMPARE(pod.value(u"enableServiceLinks"_qs).toBool(true), false);
    QCOMPARE(at(pod, u"securityContext/runAsNonRoot"_qs).toBool(), true);
    QCOMPARE(at(pod, u"securityContext/runAsUser"_qs).toInt(), 1000);
    QCOMPARE(at(pod, u"securityContext/runAsGroup"_qs).toInt(), 1000);
    QCOMPARE(at(pod, u"securityContext/fsGroup"_qs).toInt(), 1000);
    QCOMPARE(at(pod, u"securityContext/seccompProfile/type"_qs).toString(), u"RuntimeDefault"_qs);
    const QJsonObject grader = at(pod, u"containers/0"_qs).toObject();
    QCOMPARE(grader.value(u"name"_qs).toString(), u"grader"_qs);
    QCOMPARE(grader.value(u"image"_qs).toString(), plan.image);
    QCOMPARE(at(grader, u"securityContext/allowPrivilegeEscalation"_qs).toBool(true), false);
    QCOMPARE(at(grader, u"securityContext/readOnlyRootFilesystem"_qs).toBool(), true);
    QCOMPARE(at(grader, u"securityContext/capabilities/drop"_qs).toArray(), QJsonArray{u"ALL"_qs});
    QCOMPARE(grader.value(u"terminationMessagePolicy"_qs).toString(), u"FallbackToLogsOnError"_qs);
    QCOMPARE(at(grader, u"resources/limits/memory"_qs).toString(), u"1536Mi"_qs);
    QCOMPARE(at(grader, u"resources/limits/cpu"_qs).toString(), u"500m"_qs);
    QVERIFY(at(grader, u"resources/limits/ephemeral-storage"_qs).isString());
    QVERIFY(at(grader, u"resources/requests/ephemeral-storage"_qs).isString());
    QStringList command;
    for (const QJsonValue &arg : grader.value(u"command"_qs).toArray()) {
        command.append(arg.toString());
    }
    QCOMPARE(command, KubeJobManifest::harnessCommand());
    QCOMPARE(command.at(1), u"/etc/gradedesk/input/gradedesk_harness.py"_qs);
    QStringList env;
    for (const QJsonValue &var : grader.value(u"env"_qs).toArray()) {
        env.append(var[u"name"_qs].toString() + u'=' + var[u"value"_qs].toString());
    }
    QVERIFY(env.contains(u"HOME=/work/home"_qs));
    QVERIFY(env.contains(u"MPLBACKEND=Agg"_qs));
}

void KubeJobManifestTest::job_mountsInputsAndDataset()
{
    AutogradePlan plan = makePlan(3);
    KubeJobOptions options = optionsFor(plan);
    QJsonObject job = KubeJobManifest::job(plan, options);
    QJsonArray volumes = at(job, u"spec/template/spec/volumes"_qs).toArray();
    QCOMPARE(volumes.size(), 3);
    QCOMPARE(at(volumes.at(0).toObject(), u"projected/sources/1/configMap/name"_qs).toString(),
             options.jobName + u"-in-1");
    QCOMPARE(at(volumes.at(1).toObject(), u"emptyDir/sizeLimit"_qs).toString(), u"1Gi"_qs);
    QJsonArray mounts = at(job, u"spec/template/spec/containers/0/volumeMounts"_qs).toArray();
    QCOMPARE(at(mounts.at(0).toObject(), u"mountPath"_qs).toString(), u"/etc/gradedesk/input"_qs);
    QCOMPARE(at(mounts.at(0).toObject(), u"readOnly"_qs).toBool(), true);
    QCOMPARE(at(mounts.at(1).toObject(), u"mountPath"_qs).toString(), u"/work"_qs);
    QCOMPARE(at(mounts.at(2).toObject(), u"mountPath"_qs).toString(), u"/tmp"_qs);

    plan.datasetClaim = QStringLiteral("ps1-data");
    plan.datasetMountPath = QStringLiteral("/data");
    job = KubeJobManifest::job(plan, options);
    volumes = at(job, u"spec/template/spec/volumes"_qs).toArray();
    QCOMPARE(volumes.size(), 4);
    QCOMPARE(at(volumes.at(3).toObject(), u"persistentVolumeClaim/claimName"_qs).toString(), u"ps1-data"_qs);
    QCOMPARE(at(volumes.at(3).toObject(), u"persistentVolumeClaim/readOnly"_qs).toBool(), true);
    mounts = at(job, u"spec/template/spec/containers/0/volumeMounts"_qs).toArray();
    QCOMPARE(at(mounts.at(3).toObject(), u"mountPath"_qs).toString(), u"/data"_qs);
    QCOMPARE(at(mounts.at(3).toObject(), u"readOnly"_qs).toBool(), true);
}

void KubeJobManifestTest::job_deadlineScalesWithWaves_data()
{
    QTest::addColumn<int>("timeout");
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("parallelism");
    QTest::addColumn<int>("expected");
    QTest::newRow("one wave") << 300 << 4 << 4 << 2 * 300 + 600;
    QTest::newRow("partial last wave counts") << 300 << 5 << 4 << 2 * 2 * 300 + 600;
    QTest::newRow("parallelism 0 means one at a time") << 60 << 3 << 0 << 3 * 2 * 60 + 600;
    QTest::newRow("huge values saturate") << 2000000000 << 100000 << 1 << 2147483647;
}

void KubeJobManifestTest::job_deadlineScalesWithWaves()
{
    QFETCH(int, timeout);
    QFETCH(int, tasks);
    QFETCH(int, parallelism);
    QFETCH(int, expected);
    AutogradeLimits limits;
    limits.submissionTimeoutSeconds = timeout;
    QCOMPARE(KubeJobManifest::jobDeadlineSeconds(limits, tasks, parallelism), expected);
}

void KubeJobManifestTest::networkPolicy_deniesAllForRunPods()
{
    const AutogradePlan plan = makePlan(1);
    const QJsonObject policy = KubeJobManifest::networkPolicy(plan, optionsFor(plan));
    QCOMPARE(at(policy, u"kind"_qs).toString(), u"NetworkPolicy"_qs);
    QCOMPARE(at(policy, u"spec/policyTypes"_qs).toArray(), (QJsonArray{u"Ingress"_qs, u"Egress"_qs}));
    QVERIFY(!at(policy, u"spec"_qs).toObject().contains(u"ingress"_qs));
    QVERIFY(!at(policy, u"spec"_qs).toObject().contains(u"egress"_qs));
    const QJsonObject match = at(policy, u"spec/podSelector/matchLabels"_qs).toObject();
    QCOMPARE(match.value(u"gradedesk.io/run-id"_qs).toString(), u"7f3c9a"_qs);
    // The selector must match the pod template's labels.
    const QJsonObject podLabels =
        at(KubeJobManifest::job(plan, optionsFor(plan)), u"spec/template/metadata/labels"_qs).toObject();
    for (auto it = match.begin(); it != match.end(); ++it) {
        QCOMPARE(podLabels.value(it.key()), it.value());
    }
}

void KubeJobManifestTest::withOwner_pointsAtJobWithoutBlockingDeletion()
{
    const AutogradePlan plan = makePlan(1);
    const QJsonObject owned = KubeJobManifest::withOwner(KubeJobManifest::networkPolicy(plan, optionsFor(plan)),
                                                         u"ag-ps1-7f3c9a"_qs, u"u-1"_qs);
    const QJsonObject ref = at(owned, u"metadata/ownerReferences/0"_qs).toObject();
    QCOMPARE(ref.value(u"apiVersion"_qs).toString(), u"batch/v1"_qs);
    QCOMPARE(ref.value(u"kind"_qs).toString(), u"Job"_qs);
    QCOMPARE(ref.value(u"name"_qs).toString(), u"ag-ps1-7f3c9a"_qs);
    QCOMPARE(ref.value(u"uid"_qs).toString(), u"u-1"_qs);
    QVERIFY(!ref.contains(u"blockOwnerDeletion"_qs));
    QCOMPARE(at(owned, u"metadata/name"_qs).toString(), u"ag-ps1-7f3c9a-deny-all"_qs);
}

void KubeJobManifestTest::manifests_passStrictSchema_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QJsonObject>("object");
    const QString uid = QStringLiteral("5b0c4c52-7a43-4a8e-9b1d-0c8f3b0f6e11");
    AutogradePlan plan = makePlan(12);
    const KubeJobOptions options = optionsFor(plan);
    QTest::newRow("job") << "io.k8s.api.batch.v1.Job" << KubeJobManifest::job(plan, options);
    QTest::newRow("network policy") << "io.k8s.api.networking.v1.NetworkPolicy"
                                    << KubeJobManifest::withOwner(KubeJobManifest::networkPolicy(plan, options),
                                                                  options.jobName, uid);
    AutogradePlan withData = plan;
    withData.datasetClaim = QStringLiteral("data");
    withData.datasetMountPath = QStringLiteral("/data");
    withData.limits.cpu = QStringLiteral("250m");
    QTest::newRow("job with dataset") << "io.k8s.api.batch.v1.Job" << KubeJobManifest::job(withData, options);
    KubeJobOptions retry = options;
    retry.jobName = KubeJobManifest::jobName(plan.assignment, plan.runId, 1);
    retry.completions = 2;
    retry.taskIndexes = {3, 7};
    QTest::newRow("retry job") << "io.k8s.api.batch.v1.Job" << KubeJobManifest::job(plan, retry);

    QList<KubeTaskInput> tasks;
    for (int i = 0; i < 3; ++i) {
        tasks.append(
            {i,
             i,
             QStringLiteral("s%1").arg(i),
             {{u"ps1.ipynb"_qs, QByteArray("{\"cells\": []}")}, {u"data.bin"_qs, QByteArray("\x00\x01\xff", 3)}}});
    }
    const Result<KubeInputBundle> bundle = KubeJobInputs::pack(
        options.jobName, options.ns, KubeJobManifest::runLabels(plan), "print('hi')\n", "{}", tasks);
    QVERIFY(bundle.ok());
    QTest::newRow("input config map") << "io.k8s.api.core.v1.ConfigMap"
                                      << KubeJobManifest::withOwner(bundle.value().configMaps.at(0), options.jobName,
                                                                    uid);
}

void KubeJobManifestTest::manifests_passStrictSchema()
{
    QFETCH(QString, definition);
    QFETCH(QJsonObject, object);
    const QString reason = KubeSchemaOracle::unavailableReason();
    if (!reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    const QStringList errors = KubeSchemaOracle::validate({{definition, object}});
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

void KubeJobManifestTest::manifests_passValidatorWithCrossFieldRules()
{
#ifdef GRADEDESK_HAVE_KUBEVALIDATOR
    QFETCH(QString, definition);
    QFETCH(QJsonObject, object);
    QString error;
    const auto schema = GradeDesk::Tests::KubeSchema::shared(GradeDesk::Tests::KubeSchema::defaultPath(), &error);
    if (!schema) {
        QSKIP(qPrintable(u"the Kubernetes schema does not load: "_qs + error));
    }
    const GradeDesk::Tests::KubeValidator validator(schema);
    QStringList causes;
    for (const GradeDesk::Tests::KubeCause &cause : validator.validate(definition, object)) {
        causes.append(cause.toString());
    }
    QVERIFY2(causes.isEmpty(), qPrintable(causes.join(u'\n')));
#else
    QSKIP("gradedesk_kubevalidator is not part of this build");
#endif
}

void KubeJobManifestTest::schemaOracle_catchesTypos()
{
    const QString reason = KubeSchemaOracle::unavailableReason();
    if (!reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    // The oracle itself must fail a misspelt field and a quantity sent as a number, or the test above
    // would prove nothing.
    const AutogradePlan plan = makePlan(2);
    QJsonObject job = KubeJobManifest::job(plan, optionsFor(plan));
    QJsonObject spec = job.value(u"spec"_qs).toObject();
    spec.insert(u"backoffLimitPerIndx"_qs, 1);
    job.insert(u"spec"_qs, spec);
    const QStringList errors = KubeSchemaOracle::validate({{u"io.k8s.api.batch.v1.Job"_qs, job}});
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(u"backoffLimitPerIndx"_qs), qPrintable(errors.first()));
}

QTEST_GUILESS_MAIN(KubeJobManifestTest)
#include "kubejobmanifest_test.moc"
