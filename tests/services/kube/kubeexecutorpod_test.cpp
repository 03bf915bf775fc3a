// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/kube/kuberunpod.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace GradeDesk::Services;

Q_DECLARE_METATYPE(KubePodInfo::Phase)

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject pod(const QString &phase, const QJsonObject &graderState, const QJsonArray &conditions = {},
                const QJsonObject &extraStatus = {})
{
    QJsonObject status{
        {u"phase"_qs, phase},
        {u"startTime"_qs, u"2026-11-23T10:00:00Z"_qs},
        {u"conditions"_qs, conditions},
        {u"containerStatuses"_qs, QJsonArray{QJsonObject{{u"name"_qs, u"grader"_qs}, {u"state"_qs, graderState}}}}};
    for (auto it = extraStatus.begin(); it != extraStatus.end(); ++it) {
        status.insert(it.key(), it.value());
    }
    const QJsonObject meta{
        {u"name"_qs, u"ag-ps1-1-3-abcde"_qs},
        {u"uid"_qs, u"uid-3"_qs},
        {u"resourceVersion"_qs, u"42"_qs},
        {u"labels"_qs, QJsonObject{{u"batch.kubernetes.io/job-completion-index"_qs, u"3"_qs}}},
        {u"annotations"_qs, QJsonObject{{u"batch.kubernetes.io/job-index-failure-count"_qs, u"1"_qs}}}};
    return {{u"metadata"_qs, meta}, {u"status"_qs, status}};
}

} // namespace

class KubeExecutorPodTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_phase_data();
    void parse_phase();
    void parse_readsIdentityAndExit();
    void parse_indexFromAnnotationWhenNoLabel();
    void parse_badInput_data();
    void parse_badInput();
    void parseIndexes_data();
    void parseIndexes();
    void terminalCondition_data();
    void terminalCondition();
};

void KubeExecutorPodTest::parse_phase_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<KubePodInfo::Phase>("phase");
    QTest::addColumn<QString>("stuckReason");
    QTest::newRow("pending, container creating")
        << pod(u"Pending"_qs, json(R"({"waiting":{"reason":"ContainerCreating"}})")) << KubePodInfo::Phase::Pending
        << "";
    QTest::newRow("image pull back-off is stuck")
        << pod(u"Pending"_qs, json(R"({"waiting":{"reason":"ImagePullBackOff","message":"Back-off"}})"))
        << KubePodInfo::Phase::Stuck << "ImagePullBackOff";
    QTest::newRow("invalid image name is stuck")
        << pod(u"Pending"_qs, json(R"({"waiting":{"reason":"InvalidImageName"}})")) << KubePodInfo::Phase::Stuck
        << "InvalidImageName";
    QTest::newRow("config error is stuck")
        << pod(u"Pending"_qs, json(R"({"waiting":{"reason":"CreateContainerConfigError"}})"))
        << KubePodInfo::Phase::Stuck << "CreateContainerConfigError";
    QTest::newRow("unschedulable is stuck")
        << pod(u"Pending"_qs, {},
               QJsonArray{
                   json(R"({"type":"PodScheduled","status":"False","reason":"Unschedulable","message":"0/3 nodes"})")})
        << KubePodInfo::Phase::Stuck << "Unschedulable";
    QTest::newRow("running") << pod(u"Running"_qs, json(R"({"running":{"startedAt":"2026-11-23T10:00:05Z"}})"))
                             << KubePodInfo::Phase::Running << "";
    QTest::newRow("succeeded") << pod(u"Succeeded"_qs, json(R"({"terminated":{"exitCode":0,"reason":"Completed"}})"))
                               << KubePodInfo::Phase::Succeeded << "";
    QTest::newRow("failed") << pod(u"Failed"_qs, json(R"({"terminated":{"exitCode":4,"reason":"Error"}})"))
                            << KubePodInfo::Phase::Failed << "";
    QTest::newRow("evicted while running is disrupted")
        << pod(u"Running"_qs, json(R"({"running":{}})"),
               QJsonArray{json(R"({"type":"DisruptionTarget","status":"True","reason":"EvictionByEvictionAPI"})")})
        << KubePodInfo::Phase::Disrupted << "";
    QTest::newRow("failed after eviction is disrupted, not failed")
        << pod(u"Failed"_qs, json(R"({"terminated":{"exitCode":137,"reason":"Error"}})"),
               QJsonArray{json(R"({"type":"DisruptionTarget","status":"True","reason":"EvictionByEvictionAPI"})")})
        << KubePodInfo::Phase::Disrupted << "";
    QTest::newRow("a False disruption condition does not count")
        << pod(u"Running"_qs, json(R"({"running":{}})"),
               QJsonArray{json(R"({"type":"DisruptionTarget","status":"False"})")})
        << KubePodInfo::Phase::Running << "";
}

void KubeExecutorPodTest::parse_phase()
{
    QFETCH(QJsonObject, object);
    QFETCH(KubePodInfo::Phase, phase);
    QFETCH(QString, stuckReason);
    const KubePodInfo info = KubeRunPod::parse(object, u"grader"_qs);
    QCOMPARE(info.phase, phase);
    QCOMPARE(info.stuckReason, stuckReason);
}

void KubeExecutorPodTest::parse_readsIdentityAndExit()
{
    const KubePodInfo info =
        KubeRunPod::parse(pod(u"Failed"_qs, json(R"({"terminated":{"exitCode":137,"reason":"OOMKilled","message":"tail",
                 "startedAt":"2026-11-23T10:00:05Z","finishedAt":"2026-11-23T10:01:05Z"}})"),
                              {}, QJsonObject{{u"reason"_qs, u"DeadlineExceeded"_qs}}),
                          u"grader"_qs);
    QCOMPARE(info.name, u"ag-ps1-1-3-abcde"_qs);
    QCOMPARE(info.uid, u"uid-3"_qs);
    QCOMPARE(info.resourceVersion, u"42"_qs);
    QCOMPARE(info.jobIndex, 3);
    QCOMPARE(info.failureCount, 1);
    QCOMPARE(info.podReason, u"DeadlineExceeded"_qs);
    QVERIFY(info.exit.has_value());
    QCOMPARE(info.exit->exitCode, 137);
    QCOMPARE(info.exit->reason, u"OOMKilled"_qs);
    QCOMPARE(info.exit->message, u"tail"_qs);
    QCOMPARE(info.exit->finishedAt, QDateTime(QDate(2026, 11, 23), QTime(10, 1, 5), Qt::UTC));
}

void KubeExecutorPodTest::parse_indexFromAnnotationWhenNoLabel()
{
    const QJsonObject object = json(R"({"metadata":{"name":"p","annotations":{
        "batch.kubernetes.io/job-completion-index":"12"}},"status":{"phase":"Pending"}})");
    QCOMPARE(KubeRunPod::parse(object, u"grader"_qs).jobIndex, 12);
}

void KubeExecutorPodTest::parse_badInput_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::newRow("empty object") << QJsonObject();
    QTest::newRow("metadata of the wrong type") << json(R"({"metadata":[1,2],"status":"x"})");
    QTest::newRow("negative index") << json(
        R"({"metadata":{"labels":{"batch.kubernetes.io/job-completion-index":"-4"}}})");
    QTest::newRow("index not a number") << json(
        R"({"metadata":{"labels":{"batch.kubernetes.io/job-completion-index":"x"}}})");
    QTest::newRow("index as a JSON number")
        << json(R"({"metadata":{"labels":{"batch.kubernetes.io/job-completion-index":3}}})");
    QTest::newRow("container statuses of the wrong type")
        << json(R"({"status":{"phase":"Failed","containerStatuses":{}}})");
}

void KubeExecutorPodTest::parse_badInput()
{
    QFETCH(QJsonObject, object);
    const KubePodInfo info = KubeRunPod::parse(object, u"grader"_qs);
    QCOMPARE(info.jobIndex, -1);
    QVERIFY(!info.exit.has_value());
}

void KubeExecutorPodTest::parseIndexes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("empty") << "" << 10 << QList<int>{};
    QTest::newRow("single") << "4" << 10 << QList<int>{4};
    QTest::newRow("ranges and singles") << "1,3-5,7" << 10 << QList<int>{1, 3, 4, 5, 7};
    QTest::newRow("cut at the limit") << "8-20" << 10 << QList<int>{8, 9};
    QTest::newRow("huge range stays bounded") << "0-2147483647" << 3 << QList<int>{0, 1, 2};
    QTest::newRow("malformed parts skipped") << "a,2,5-3,-1,4-x,6" << 10 << QList<int>{2, 6};
}

void KubeExecutorPodTest::parseIndexes()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(QList<int>, expected);
    QCOMPARE(KubeRunPod::parseIndexes(text, limit), expected);
}

void KubeExecutorPodTest::terminalCondition_data()
{
    QTest::addColumn<QJsonObject>("job");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no conditions") << json(R"({"status":{}})") << ""
                                   << "";
    QTest::newRow("interim FailureTarget is not final")
        << json(R"({"status":{"conditions":[{"type":"FailureTarget","status":"True","reason":"FailedIndexes"}]}})")
        << ""
        << "";
    QTest::newRow("complete") << json(R"({"status":{"conditions":[{"type":"SuccessCriteriaMet","status":"True"},
        {"type":"Complete","status":"True","reason":"CompletionsReached"}]}})")
                              << "Complete"
                              << "CompletionsReached";
    QTest::newRow("failed by deadline")
        << json(R"({"status":{"conditions":[{"type":"Failed","status":"True","reason":"DeadlineExceeded"}]}})")
        << "Failed"
        << "DeadlineExceeded";
    QTest::newRow("a False condition is not final")
        << json(R"({"status":{"conditions":[{"type":"Failed","status":"False"}]}})") << ""
        << "";
}

void KubeExecutorPodTest::terminalCondition()
{
    QFETCH(QJsonObject, job);
    QFETCH(QString, type);
    QFETCH(QString, reason);
    const auto [gotType, gotReason] = KubeRunPod::terminalCondition(job);
    QCOMPARE(gotType, type);
    QCOMPARE(gotReason, reason);
}

QTEST_GUILESS_MAIN(KubeExecutorPodTest)
#include "kubeexecutorpod_test.moc"
