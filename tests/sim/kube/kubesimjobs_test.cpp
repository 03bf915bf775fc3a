// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// The simulator's Job controller and fake kubelet: real local processes per index, retries,
// failure policy, deadlines, suspension, image pull failures, logs and injected pod faults.

#include "tests/sim/kube/kubesimcore.h"
#include "tests/sim/kube/kubesimtestbase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace GradeDesk::Tests;
using namespace Qt::StringLiterals;

namespace {

// A python3 command: `script` runs with sys.argv[1] = the termination log path (rewritten).
QStringList py(const QString &script)
{
    return {u"python3"_s, u"-c"_s, u"import os, sys, time\n"_s + script, u"/dev/termination-log"_s};
}

QJsonObject withSpec(QJsonObject job, const QJsonObject &patch)
{
    job.insert(u"spec"_s, kMergePatch(job.value("spec"_L1), patch));
    return job;
}

} // namespace

class KubeSimJobsTest : public QObject
{
    Q_OBJECT

private:
    QString jobsPath() const { return u"/apis/batch/v1/namespaces/%1/jobs"_s.arg(m_ns); }

    QJsonObject create(const QJsonObject &job)
    {
        const KubeSimReply reply = m_client->call("POST", jobsPath(), job);
        if (reply.status != 201) {
            qWarning("create failed: %s", reply.body.constData());
        }
        return reply.json;
    }

    QJsonObject job(const QString &name) const { return m_sim->object(u"jobs"_s, m_ns, name).value_or(QJsonObject()); }

    QString condition(const QString &name, const QString &type) const
    {
        for (const QJsonValue &c : job(name)["status"_L1]["conditions"_L1].toArray()) {
            if (c["type"_L1].toString() == type && c["status"_L1].toString() == "True"_L1) {
                return c["reason"_L1].toString();
            }
        }
        return {};
    }

    QList<QJsonObject> pods() const { return m_sim->objects(u"pods"_s, m_ns); }

    QList<QJsonObject> events(const QString &reason) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &e : m_sim->objects(u"events"_s, m_ns)) {
            if (e.value("reason"_L1).toString() == reason) {
                out.append(e);
            }
        }
        return out;
    }

    std::unique_ptr<KubeSimulator> m_sim;
    std::unique_ptr<KubeSimClient> m_client;
    QString m_ns;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase();
    void init();

    void indexedJob_runsProcessesAndCompletes();
    void volumesAreMaterialisedAndPathsRewritten();
    void backoffLimitPerIndex_retriesThenFailsIndex();
    void podFailurePolicy_failIndexAndFailJob_data();
    void podFailurePolicy_failIndexAndFailJob();
    void backoffLimit_exceededFailsJob();
    void jobDeadline_failsWithDeadlineExceeded();
    void podDeadline_killsWithDeadlineExceeded();
    void suspendAndResume();
    void imagePullFailure_staysWaiting_andLogsRefuse();
    void instantImage_completesManyIndexesFast();
    void oomKillAndEviction_faults();
    void podSecurityRestricted_givesFailedCreateEvents();
    void ttlAfterFinished_deletesJobAndPods();
    void logs_containerChoiceTailLimitAndGone();
    void fallbackToLogsOnError_usesLogTail();
};

void KubeSimJobsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sim = std::make_unique<KubeSimulator>();
    if (!m_sim->start()) {
        QSKIP(qPrintable(u"simulator cannot start: "_s + m_sim->errorString()));
    }
    if (m_sim->pythonExecutable().isEmpty()) {
        QSKIP("no python3 to run pods with");
    }
    m_sim->addToken("test-token", u"alice"_s);
    m_sim->setTimeScale(0.01);
    m_client = std::make_unique<KubeSimClient>(*m_sim);
}

void KubeSimJobsTest::init()
{
    m_ns = u"jobs%1"_s.arg(++m_counter);
}

void KubeSimJobsTest::indexedJob_runsProcessesAndCompletes()
{
    auto watch = m_client->watch(jobsPath() + u"?watch=1&fieldSelector=metadata.name%3Dag"_s);
    const QJsonObject created =
        create(kubeSimTestJob(u"ag"_s,
                              py(u"i = os.environ['JOB_COMPLETION_INDEX']\nopen(sys.argv[1], 'w').write('idx=' + i)\n"
                                 "print('graded', i, os.environ['HOSTNAME'])"_s),
                              3, 2));
    QTRY_VERIFY_WITH_TIMEOUT(!condition(u"ag"_s, u"Complete"_s).isEmpty(), 30000);
    const QJsonObject status = job(u"ag"_s).value("status"_L1).toObject();
    QCOMPARE(status.value("succeeded"_L1).toInt(), 3);
    QCOMPARE(status.value("completedIndexes"_L1).toString(), u"0-2"_s);
    QCOMPARE(condition(u"ag"_s, u"SuccessCriteriaMet"_s), u"CompletionsReached"_s);
    QVERIFY(!status.value("completionTime"_L1).toString().isEmpty());
    const QList<QJsonObject> all = pods();
    QCOMPARE(all.size(), 3);
    for (const QJsonObject &pod : all) {
        const QJsonObject meta = pod.value("metadata"_L1).toObject();
        const QString index = meta["annotations"_L1]["batch.kubernetes.io/job-completion-index"_L1].toString();
        QVERIFY(meta.value("name"_L1).toString().startsWith(u"ag-"_s + index + u'-'));
        QCOMPARE(meta.value("name"_L1).toString().size(), QString(u"ag-"_s + index + u"-xxxxx"_s).size());
        QCOMPARE(meta["labels"_L1]["batch.kubernetes.io/job-completion-index"_L1].toString(), index);
        QCOMPARE(meta["labels"_L1]["batch.kubernetes.io/controller-uid"_L1], created["metadata"_L1]["uid"_L1]);
        QCOMPARE(meta["ownerReferences"_L1][0]["name"_L1].toString(), u"ag"_s);
        QVERIFY(!meta.contains("finalizers"_L1)); // job-tracking removed once counted
        QCOMPARE(pod["spec"_L1]["hostname"_L1].toString(), u"ag-"_s + index);
        const QJsonObject terminated =
            pod["status"_L1]["containerStatuses"_L1][0]["state"_L1]["terminated"_L1].toObject();
        QCOMPARE(terminated.value("exitCode"_L1).toInt(), 0);
        QCOMPARE(terminated.value("reason"_L1).toString(), u"Completed"_s);
        QCOMPARE(terminated.value("message"_L1).toString(), u"idx="_s + index);
        QCOMPARE(m_sim->containerLog(m_ns, meta.value("name"_L1).toString(), u"grader"_s),
                 QByteArray("graded " + index.toUtf8() + " ag-" + index.toUtf8() + '\n'));
        QCOMPARE(pod["status"_L1]["phase"_L1].toString(), u"Succeeded"_s);
    }
    QTRY_VERIFY(watch->types().size() >= 3);
    QCOMPARE(events(u"SuccessfulCreate"_s).size(), 3);
}

void KubeSimJobsTest::volumesAreMaterialisedAndPathsRewritten()
{
    const auto cm = [this](const QString &name, const QJsonObject &data) {
        return m_client->call("POST", u"/api/v1/namespaces/%1/configmaps"_s.arg(m_ns),
                              {{u"apiVersion"_s, u"v1"_s},
                               {u"kind"_s, u"ConfigMap"_s},
                               {u"metadata"_s, QJsonObject{{u"name"_s, name}}},
                               {u"data"_s, data}});
    };
    QCOMPARE(cm(u"in-0"_s, {{u"manifest.json"_s, u"{\"n\":1}"_s}}).status, 201);
    QCOMPARE(cm(u"in-1"_s, {{u"t0-f0"_s, u"notebook"_s}}).status, 201);
    QJsonObject spec =
        kubeSimTestJob(u"vol"_s, py(u"open(sys.argv[1], 'w').write(open(sys.argv[2]).read() + '|' + "
                                    "open(sys.argv[3]).read() + '|' + os.environ['HOME'] + '|' + "
                                    "str(os.path.isdir(sys.argv[4])))"_s) +
                                     QStringList{u"/etc/in/manifest.json"_s, u"/etc/in/t0-f0"_s, u"/work/out"_s})
            .value("spec"_L1)
            .toObject();
    QJsonObject manifest = withSpec(kubeSimTestJob(u"vol"_s, {}), QJsonDocument::fromJson(R"json({"template":{"spec":{
            "volumes":[{"name":"in","projected":{"sources":[{"configMap":{"name":"in-0"}},{"configMap":{"name":"in-1"}}]}},
                       {"name":"work","emptyDir":{}}],
            "containers":[{"name":"grader","image":"registry.example.edu/grader:1",
                           "env":[{"name":"HOME","value":"/work/home"}],
                           "volumeMounts":[{"name":"in","mountPath":"/etc/in","readOnly":true},
                                           {"name":"work","mountPath":"/work"}]}]}}})json")
                                                                      .object());
    QJsonObject fullSpec = manifest.value("spec"_L1).toObject();
    QJsonObject podTemplate = fullSpec.value("template"_L1).toObject();
    QJsonObject podSpec = podTemplate.value("spec"_L1).toObject();
    QJsonObject container = podSpec.value("containers"_L1).toArray().first().toObject();
    container.insert(u"command"_s, spec["template"_L1]["spec"_L1]["containers"_L1][0]["command"_L1]);
    podSpec.insert(u"containers"_s, QJsonArray{container});
    podSpec.insert(u"restartPolicy"_s, u"Never"_s);
    podTemplate.insert(u"spec"_s, podSpec);
    fullSpec.insert(u"template"_s, podTemplate);
    manifest.insert(u"spec"_s, fullSpec);
    create(manifest);
    QTRY_VERIFY_WITH_TIMEOUT(
        !condition(u"vol"_s, u"Complete"_s).isEmpty() || !condition(u"vol"_s, u"Failed"_s).isEmpty(), 30000);
    const QJsonObject pod = pods().first();
    const QString message =
        pod["status"_L1]["containerStatuses"_L1][0]["state"_L1]["terminated"_L1]["message"_L1].toString();
    const QStringList parts = message.split(u'|');
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts[0], u"{\"n\":1}"_s);
    QCOMPARE(parts[1], u"notebook"_s);
    QVERIFY2(parts[2].endsWith("/home"_L1) && !parts[2].startsWith("/work"_L1), qPrintable(parts[2]));
    QCOMPARE(parts[3], u"False"_s); // /work/out was not created by anyone
}

void KubeSimJobsTest::backoffLimitPerIndex_retriesThenFailsIndex()
{
    create(withSpec(
        kubeSimTestJob(u"pi"_s, py(u"sys.exit(1 if os.environ['JOB_COMPLETION_INDEX'] == '1' else 0)"_s), 3, 3),
        {{u"backoffLimitPerIndex"_s, 1}}));
    QTRY_VERIFY_WITH_TIMEOUT(!condition(u"pi"_s, u"Failed"_s).isEmpty(), 30000);
    QCOMPARE(condition(u"pi"_s, u"Failed"_s), u"FailedIndexes"_s);
    QCOMPARE(condition(u"pi"_s, u"FailureTarget"_s), u"FailedIndexes"_s);
    const QJsonObject status = job(u"pi"_s).value("status"_L1).toObject();
    QCOMPARE(status.value("failedIndexes"_L1).toString(), u"1"_s);
    QCOMPARE(status.value("completedIndexes"_L1).toString(), u"0,2"_s);
    QCOMPARE(status.value("failed"_L1).toInt(), 2);
    QStringList failureCounts;
    for (const QJsonObject &pod : pods()) {
        if (pod["metadata"_L1]["labels"_L1]["batch.kubernetes.io/job-completion-index"_L1].toString() == "1"_L1) {
            failureCounts.append(
                pod["metadata"_L1]["annotations"_L1]["batch.kubernetes.io/job-index-failure-count"_L1].toString());
        }
    }
    failureCounts.sort();
    QCOMPARE(failureCounts, (QStringList{u"0"_s, u"1"_s}));
}

void KubeSimJobsTest::podFailurePolicy_failIndexAndFailJob_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("pods");
    QTest::newRow("FailIndex on exit 3: no retry") << u"FailIndex"_s << u"FailedIndexes"_s << 2;
    QTest::newRow("FailJob on exit 3") << u"FailJob"_s << u"PodFailurePolicy"_s << 2;
}

void KubeSimJobsTest::podFailurePolicy_failIndexAndFailJob()
{
    QFETCH(QString, action);
    QFETCH(QString, reason);
    QFETCH(int, pods);
    const QJsonObject policy{
        {u"backoffLimitPerIndex"_s, 2},
        {u"podFailurePolicy"_s,
         QJsonObject{
             {u"rules"_s, QJsonArray{QJsonObject{{u"action"_s, action},
                                                 {u"onExitCodes"_s, QJsonObject{{u"containerName"_s, u"grader"_s},
                                                                                {u"operator"_s, u"In"_s},
                                                                                {u"values"_s, QJsonArray{3}}}}}}}}}};
    create(withSpec(
        kubeSimTestJob(u"pfp"_s, py(u"sys.exit(3 if os.environ['JOB_COMPLETION_INDEX'] == '0' else 0)"_s), 2, 1),
        policy));
    QTRY_VERIFY_WITH_TIMEOUT(!condition(u"pfp"_s, u"Failed"_s).isEmpty(), 30000);
    QCOMPARE(condition(u"pfp"_s, u"Failed"_s), reason);
    QCOMPARE(this->pods().size(), pods == 2 && action == "FailJob"_L1 ? 1 : pods);
}

void KubeSimJobsTest::backoffLimit_exceededFailsJob()
{
    create(withSpec(kubeSimTestJob(u"bl"_s, py(u"sys.exit(2)"_s), 1, 1), {{u"backoffLimit"_s, 1}}));
    QTRY_VERIFY_WITH_TIMEOUT(!condition(u"bl"_s, u"Failed"_s).isEmpty(), 30000);
    QCOMPARE(condition(u"bl"_s, u"Failed"_s), u"BackoffLimitExceeded"_s);
    QCOMPARE(job(u"bl"_s)["status"_L1]["failed"_L1].toInt(), 2);
    const QJsonObject terminated =
        pods().first()["status"_L1]["containerStatuses"_L1][0]["state"_L1]["terminated"_L1].toObject();
    QCOMPARE(terminated.value("exitCode"_L1).toInt(), 2);
    QCOMPARE(terminated.value("reason"_L1).toString(), u"Error"_s);
}

void KubeSimJobsTest::jobDeadline_failsWithDeadlineExceeded()
{
    // 100 s at time scale 0.01 = 1 s; the pods would sleep for 30 s.
    create(withSpec(kubeSimTestJob(u"dl"_s, py(u"time.sleep(30)"_s), 2, 2), {{u"activeDeadlineSeconds"_s, 100}}));
    QTRY_VERIFY_WITH_TIMEOUT(!condition(u"dl"_s, u"Failed"_s).isEmpty(), 20000);
    QCOMPARE(condition(u"dl"_s, u"Failed"_s), u"DeadlineExceeded"_s);
    QTRY_COMPARE(m_sim->runningProcessCount(), 0);
}

void KubeSimJobsTest::podDeadline_killsWithDeadlineExceeded()
{
    create(withSpec(kubeSimTestJob(u"pd"_s, py(u"time.sleep(30)"_s), 1, 1),
                    {{u"backoffLimit"_s, 0},
                     {u"template"_s, QJsonObject{{u"spec"_s, QJsonObject{{u"activeDeadlineSeconds"_s, 100}}}}}}));
    QTRY_VERIFY_WITH_TIMEOUT(!condition(u"pd"_s, u"Failed"_s).isEmpty(), 20000);
    const QJsonObject pod = pods().first();
    QCOMPARE(pod["status"_L1]["reason"_L1].toString(), u"DeadlineExceeded"_s);
    QCOMPARE(pod["status"_L1]["containerStatuses"_L1][0]["state"_L1]["terminated"_L1]["reason"_L1].toString(),
             u"DeadlineExceeded"_s);
}

void KubeSimJobsTest::suspendAndResume()
{
    create(withSpec(kubeSimTestJob(u"sus"_s, py(u"pass"_s), 2, 2), {{u"suspend"_s, true}}));
    QTRY_COMPARE(condition(u"sus"_s, u"Suspended"_s), u"JobSuspended"_s);
    QVERIFY(pods().isEmpty());
    QVERIFY(!job(u"sus"_s)["status"_L1].toObject().contains("startTime"_L1));
    const KubeSimReply resumed =
        m_client->call("PATCH", jobsPath() + u"/sus"_s, {{u"spec"_s, QJsonObject{{u"suspend"_s, false}}}},
                       "application/merge-patch+json");
    QCOMPARE(resumed.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!condition(u"sus"_s, u"Complete"_s).isEmpty(), 30000);
    QCOMPARE(condition(u"sus"_s, u"Suspended"_s), QString()); // now False (JobResumed)
    QVERIFY(!job(u"sus"_s)["status"_L1]["startTime"_L1].toString().isEmpty());
}

void KubeSimJobsTest::imagePullFailure_staysWaiting_andLogsRefuse()
{
    QJsonObject manifest = kubeSimTestJob(u"pull"_s, py(u"pass"_s));
    manifest = withSpec(
        manifest, QJsonDocument::fromJson(
                      R"json({"template":{"spec":{"containers":[{"name":"grader","image":"fail-pull/nope:1"}]}}})json")
                      .object());
    create(manifest);
    QTRY_VERIFY(!pods().isEmpty());
    auto waitingReason = [this] {
        return pods().first()["status"_L1]["containerStatuses"_L1][0]["state"_L1]["waiting"_L1]["reason"_L1].toString();
    };
    QTRY_COMPARE(waitingReason(), u"ErrImagePull"_s);
    const QString pod = pods().first()["metadata"_L1]["name"_L1].toString();
    const KubeSimReply log = m_client->call("GET", u"/api/v1/namespaces/%1/pods/%2/log"_s.arg(m_ns, pod));
    QCOMPARE(log.status, 400);
    QVERIFY(log.json.value("message"_L1).toString().contains(u"is waiting to start"_s));
    QTRY_COMPARE(waitingReason(), u"ImagePullBackOff"_s);
    QCOMPARE(pods().first()["status"_L1]["phase"_L1].toString(), u"Pending"_s);
}

void KubeSimJobsTest::instantImage_completesManyIndexesFast()
{
    m_sim->setInstantTerminationMessage("{\"v\":1,\"s\":\"graded\"}");
    QJsonObject manifest = kubeSimTestJob(u"fast"_s, {}, 200, 50);
    manifest = withSpec(manifest,
                        QJsonDocument::fromJson(
                            R"json({"template":{"spec":{"containers":[{"name":"grader","image":"sim/instant"}]}}})json")
                            .object());
    create(manifest);
    QTRY_VERIFY_WITH_TIMEOUT(!condition(u"fast"_s, u"Complete"_s).isEmpty(), 60000);
    QCOMPARE(job(u"fast"_s)["status"_L1]["completedIndexes"_L1].toString(), u"0-199"_s);
    QCOMPARE(pods().size(), 200);
    QCOMPARE(
        pods().first()["status"_L1]["containerStatuses"_L1][0]["state"_L1]["terminated"_L1]["message"_L1].toString(),
        u"{\"v\":1,\"s\":\"graded\"}"_s);
    QCOMPARE(m_sim->runningProcessCount(), 0);
}

void KubeSimJobsTest::oomKillAndEviction_faults()
{
    const QJsonObject policy{
        {u"backoffLimitPerIndex"_s, 1},
        {u"podFailurePolicy"_s,
         QJsonObject{
             {u"rules"_s, QJsonArray{QJsonObject{{u"action"_s, u"Ignore"_s},
                                                 {u"onPodConditions"_s,
                                                  QJsonArray{QJsonObject{{u"type"_s, u"DisruptionTarget"_s}}}}},
                                     QJsonObject{{u"action"_s, u"FailIndex"_s},
                                                 {u"onExitCodes"_s, QJsonObject{{u"operator"_s, u"In"_s},
                                                                                {u"values"_s, QJsonArray{137}}}}}}}}}};
    // Index 0 sleeps until killed; index 1 sleeps on its first run only.
    create(withSpec(kubeSimTestJob(u"kill"_s,
                                   py(u"time.sleep(60 if os.environ['JOB_COMPLETION_INDEX'] == '0' or not "
                                      "os.path.exists(os.environ['HOME'] + '/../../marker') else 0)"_s),
                                   2, 2),
                    policy));
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->runningProcessCount() == 2, 20000);
    QTRY_VERIFY(m_sim->oomKillIndex(m_ns, u"kill"_s, 0));
    QVERIFY(m_sim->evictIndex(m_ns, u"kill"_s, 1));
    QTRY_VERIFY_WITH_TIMEOUT(job(u"kill"_s)["status"_L1]["failedIndexes"_L1].toString() == "0"_L1, 20000);
    bool sawOom = false;
    for (const QJsonObject &pod : pods()) {
        const QJsonObject terminated =
            pod["status"_L1]["containerStatuses"_L1][0]["state"_L1]["terminated"_L1].toObject();
        sawOom = sawOom || (terminated.value("reason"_L1).toString() == "OOMKilled"_L1 &&
                            terminated.value("exitCode"_L1).toInt() == 137);
    }
    // The evicted pod is deleted; its DisruptionTarget makes the retry free (failed stays 1).
    const bool replaced = QTest::qWaitFor(
        [this] {
            const QList<QJsonObject> all = pods();
            return std::any_of(all.cbegin(), all.cend(), [](const QJsonObject &p) {
                return p["metadata"_L1]["labels"_L1]["batch.kubernetes.io/job-completion-index"_L1].toString() ==
                           "1"_L1 &&
                       p["metadata"_L1]["annotations"_L1]["batch.kubernetes.io/job-index-failure-count"_L1]
                               .toString() == "0"_L1 &&
                       !p["metadata"_L1].toObject().contains("deletionTimestamp"_L1);
            });
        },
        20000);
    QVERIFY(replaced);
    QVERIFY(sawOom);
    QCOMPARE(job(u"kill"_s)["status"_L1]["failed"_L1].toInt(), 1);
    m_client->call("DELETE", jobsPath() + u"/kill?propagationPolicy=Background"_s);
    QTRY_VERIFY_WITH_TIMEOUT(pods().isEmpty(), 20000);
}

void KubeSimJobsTest::podSecurityRestricted_givesFailedCreateEvents()
{
    m_sim->setNamespaceLabels(m_ns, {{u"pod-security.kubernetes.io/enforce"_s, u"restricted"_s}});
    const KubeSimReply reply = m_client->call("POST", jobsPath(), kubeSimTestJob(u"psa"_s, py(u"pass"_s)));
    QCOMPARE(reply.status, 201);
    QVERIFY(!reply.warnings.isEmpty());
    QVERIFY(reply.warnings.first().contains("would violate PodSecurity \\\"restricted:latest\\\""));
    QTRY_VERIFY(!events(u"FailedCreate"_s).isEmpty());
    QVERIFY(events(u"FailedCreate"_s)
                .first()
                .value("message"_L1)
                .toString()
                .contains(u"allowPrivilegeEscalation != false"_s));
    QVERIFY(pods().isEmpty());
    QCOMPARE(job(u"psa"_s)["status"_L1]["active"_L1].toInt(), 0);
}

void KubeSimJobsTest::ttlAfterFinished_deletesJobAndPods()
{
    create(withSpec(kubeSimTestJob(u"ttl"_s, py(u"pass"_s)), {{u"ttlSecondsAfterFinished"_s, 10}}));
    QTRY_VERIFY_WITH_TIMEOUT(!m_sim->object(u"jobs"_s, m_ns, u"ttl"_s), 30000);
    QTRY_VERIFY(pods().isEmpty());
}

void KubeSimJobsTest::logs_containerChoiceTailLimitAndGone()
{
    QJsonObject manifest = withSpec(kubeSimTestJob(u"logs"_s, {}), QJsonDocument::fromJson(R"json({"template":{"spec":{
        "initContainers":[{"name":"fetch","image":"x:1","command":["python3","-c","print('fetched')"]}],
        "containers":[{"name":"grader","image":"x:1","command":["python3","-c","print('a');print('b');print('c')"]},
                      {"name":"side","image":"x:1","command":["python3","-c","pass"]}]}}})json")
                                                                       .object());
    create(manifest);
    QTRY_VERIFY_WITH_TIMEOUT(!condition(u"logs"_s, u"Complete"_s).isEmpty(), 30000);
    const QString pod = pods().first()["metadata"_L1]["name"_L1].toString();
    const QString base = u"/api/v1/namespaces/%1/pods/%2/log"_s.arg(m_ns, pod);
    const KubeSimReply choose = m_client->call("GET", base);
    QCOMPARE(choose.status, 400);
    QCOMPARE(
        choose.json.value("message"_L1).toString(),
        u"a container name must be specified for pod %1, choose one of: [grader side] or one of the init containers: [fetch]"_s
            .arg(pod));
    const KubeSimReply full = m_client->call("GET", base + u"?container=grader"_s);
    QCOMPARE(full.body, QByteArray("a\nb\nc\n"));
    QVERIFY(full.contentType.startsWith("text/plain"));
    QCOMPARE(m_client->call("GET", base + u"?container=grader&tailLines=2"_s).body, QByteArray("b\nc\n"));
    QCOMPARE(m_client->call("GET", base + u"?container=grader&limitBytes=3"_s).body, QByteArray("a\nb"));
    QCOMPARE(m_client->call("GET", base + u"?container=fetch"_s).body, QByteArray("fetched\n"));
    QCOMPARE(m_client->call("GET", base + u"?container=nope"_s).status, 400);
    m_client->call("DELETE", jobsPath() + u"/logs?propagationPolicy=Background"_s);
    QTRY_VERIFY_WITH_TIMEOUT(pods().isEmpty(), 20000);
    QCOMPARE(m_client->call("GET", base + u"?container=grader"_s).status, 404);
}

void KubeSimJobsTest::fallbackToLogsOnError_usesLogTail()
{
    QJsonObject manifest =
        withSpec(kubeSimTestJob(u"fb"_s, {}),
                 QJsonDocument::fromJson(
                     R"json({"backoffLimit":0,"template":{"spec":{"containers":[{"name":"grader","image":"x:1",
        "terminationMessagePolicy":"FallbackToLogsOnError",
        "command":["python3","-c","import sys\nfor i in range(100): print('line', i)\nsys.exit(4)"]}]}}})json")
                     .object());
    create(manifest);
    QTRY_VERIFY_WITH_TIMEOUT(!condition(u"fb"_s, u"Failed"_s).isEmpty(), 30000);
    const QString message =
        pods().first()["status"_L1]["containerStatuses"_L1][0]["state"_L1]["terminated"_L1]["message"_L1].toString();
    QVERIFY(message.endsWith("line 99\n"_L1));
    QVERIFY(message.count(u'\n') <= 80);
}

QTEST_GUILESS_MAIN(KubeSimJobsTest)
#include "kubesimjobs_test.moc"
