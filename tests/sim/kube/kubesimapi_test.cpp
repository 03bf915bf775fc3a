// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// The simulator's API server over real HTTPS: authentication, discovery, storage semantics,
// validation, list/watch, deletion and injected faults.

#include "tests/sim/kube/kubesimcore.h"
#include "tests/sim/kube/kubesimtestbase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace GradeDesk::Tests;
using namespace Qt::StringLiterals;

class KubeSimApiTest : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &rest) const { return u"/apis/batch/v1/namespaces/%1/%2"_s.arg(m_ns, rest); }

    QString corePath(const QString &rest) const { return u"/api/v1/namespaces/%1/%2"_s.arg(m_ns, rest); }

    QJsonObject configMap(const QString &name, const QJsonObject &labels = {}) const
    {
        return {{u"apiVersion"_s, u"v1"_s},
                {u"kind"_s, u"ConfigMap"_s},
                {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"labels"_s, labels}}},
                {u"data"_s, QJsonObject{{u"k"_s, u"v"_s}}}};
    }

    std::unique_ptr<KubeSimulator> m_sim;
    std::unique_ptr<KubeSimClient> m_client;
    QString m_ns;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase();
    void init();

    void auth_data();
    void auth();
    void forbidden_givesRealWordingAndAccessReview();
    void discovery_listsServedResources();
    void createJob_fillsMetadataAndDefaults();
    void createTwice_alreadyExists_andMissingIsNotFound();
    void generateName_makesUniqueNames();
    void fieldValidation_data();
    void fieldValidation();
    void crossFieldRules_giveInvalidWithCauses_data();
    void crossFieldRules_giveInvalidWithCauses();
    void dryRun_storesNothing();
    void update_conflictPatchAndImmutableFields();
    void configMapOverOneMebibyte_isInvalid();
    void labelSelectors_data();
    void labelSelectors();
    void fieldSelectors_andBadSelectors();
    void listPaging_limitContinueAndExpiry();
    void watch_fromListVersionHasNoSyntheticEvents();
    void watch_withoutVersionStartsWithAdded_andSelectorExitIsDeleted();
    void watch_tooOldVersionGivesExpiredEvent();
    void watch_plainGoneBookmarksAndTimeout();
    void faults_retryAfterAndCommittedTimeout();
    void faults_droppedWatchAndRestart();
    void deleteJob_defaultOrphansWithWarning();
    void deleteJob_backgroundAndForegroundCollectDependents();
    void deleteCollection_byLabel();
};

void KubeSimApiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sim = std::make_unique<KubeSimulator>();
    if (!m_sim->start()) {
        QSKIP(qPrintable(u"simulator cannot start: "_s + m_sim->errorString()));
    }
    m_sim->addToken("test-token", u"alice"_s, {u"staff"_s});
    m_sim->setBookmarkInterval(std::chrono::milliseconds(100));
    m_client = std::make_unique<KubeSimClient>(*m_sim);
}

void KubeSimApiTest::init()
{
    m_ns = u"ns%1"_s.arg(++m_counter);
    m_client->setToken("test-token");
    m_client->setClientCertificate(std::nullopt);
}

void KubeSimApiTest::auth_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("certificate");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");
    QTest::newRow("no credentials -> 401") << QByteArray() << false << u"/api/v1/namespaces/x/pods"_s << 401;
    QTest::newRow("unknown token -> 401") << QByteArray("nope") << false << u"/api/v1/namespaces/x/pods"_s << 401;
    QTest::newRow("known token -> 200") << QByteArray("test-token") << false << u"/api/v1/namespaces/x/pods"_s << 200;
    QTest::newRow("client certificate -> 200") << QByteArray() << true << u"/api/v1/namespaces/x/pods"_s << 200;
    QTest::newRow("/version needs no credentials") << QByteArray() << false << u"/version"_s << 200;
    QTest::newRow("unknown path -> 404") << QByteArray("test-token") << false << u"/apis/apps/v1/deployments"_s << 404;
}

void KubeSimApiTest::auth()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, certificate);
    QFETCH(QString, target);
    QFETCH(int, status);
    // A client of its own: Qt reuses TLS connections whatever the client certificate.
    KubeSimClient client(*m_sim, token);
    if (certificate) {
        client.setClientCertificate(m_sim->issueClientCertificate(u"bob"_s, {u"graders"_s}));
    }
    const KubeSimReply reply = client.call("GET", target);
    QCOMPARE(reply.status, status);
    if (status == 401) {
        QCOMPARE(reply.json.value("kind"_L1).toString(), u"Status"_s);
        QCOMPARE(reply.json.value("reason"_L1).toString(), u"Unauthorized"_s);
    }
    if (certificate) {
        const KubeSimReply who =
            client.call("POST", u"/apis/authentication.k8s.io/v1/selfsubjectreviews"_s,
                        {{u"apiVersion"_s, u"authentication.k8s.io/v1"_s}, {u"kind"_s, u"SelfSubjectReview"_s}});
        QCOMPARE(who.json["status"_L1]["userInfo"_L1]["username"_L1].toString(), u"bob"_s);
    }
}

void KubeSimApiTest::forbidden_givesRealWordingAndAccessReview()
{
    m_sim->forbid(u"alice"_s, u"create"_s, u"jobs"_s, u"locked"_s);
    const KubeSimReply reply =
        m_client->call("POST", u"/apis/batch/v1/namespaces/locked/jobs"_s, kubeSimTestJob(u"j"_s, {u"true"_s}));
    QCOMPARE(reply.status, 403);
    QCOMPARE(
        reply.json.value("message"_L1).toString(),
        u"jobs.batch is forbidden: User \"alice\" cannot create resource \"jobs\" in API group \"batch\" in the namespace \"locked\""_s);
    auto review = [this](const QString &ns) {
        return m_client->call(
            "POST", u"/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"_s,
            {{u"apiVersion"_s, u"authorization.k8s.io/v1"_s},
             {u"kind"_s, u"SelfSubjectAccessReview"_s},
             {u"spec"_s, QJsonObject{{u"resourceAttributes"_s, QJsonObject{{u"namespace"_s, ns},
                                                                           {u"verb"_s, u"create"_s},
                                                                           {u"group"_s, u"batch"_s},
                                                                           {u"resource"_s, u"jobs"_s}}}}}});
    };
    QCOMPARE(review(u"locked"_s).json["status"_L1]["allowed"_L1].toBool(), false);
    QCOMPARE(review(u"open"_s).json["status"_L1]["allowed"_L1].toBool(), true);
    QCOMPARE(review(u"open"_s).status, 201);
}

void KubeSimApiTest::discovery_listsServedResources()
{
    QCOMPARE(m_client->call("GET", u"/version"_s).json.value("major"_L1).toString(), u"1"_s);
    QCOMPARE(m_client->call("GET", u"/api"_s).json.value("versions"_L1).toArray(), QJsonArray{u"v1"_s});
    QStringList groups;
    for (const QJsonValue &g : m_client->call("GET", u"/apis"_s).json.value("groups"_L1).toArray()) {
        groups.append(g["name"_L1].toString());
    }
    QVERIFY(groups.contains(u"batch"_s) && groups.contains(u"networking.k8s.io"_s) &&
            groups.contains(u"authorization.k8s.io"_s));
    auto names = [this](const QString &p) {
        QStringList out;
        for (const QJsonValue &r : m_client->call("GET", p).json.value("resources"_L1).toArray()) {
            out.append(r["name"_L1].toString());
        }
        return out;
    };
    QVERIFY(names(u"/apis/batch/v1"_s).contains(u"jobs"_s));
    QVERIFY(names(u"/api/v1"_s).contains(u"pods/log"_s));
    QVERIFY(names(u"/api/v1"_s).contains(u"configmaps"_s));
    QVERIFY(names(u"/apis/networking.k8s.io/v1"_s).contains(u"networkpolicies"_s));
}

void KubeSimApiTest::createJob_fillsMetadataAndDefaults()
{
    const KubeSimReply reply = m_client->call("POST", path(u"jobs"_s), kubeSimTestJob(u"ag"_s, {u"true"_s}, 3));
    QCOMPARE(reply.status, 201);
    const QJsonObject meta = reply.json.value("metadata"_L1).toObject();
    QVERIFY(!meta.value("uid"_L1).toString().isEmpty());
    QVERIFY(meta.value("resourceVersion"_L1).isString());
    QCOMPARE(meta.value("generation"_L1).toInt(), 1);
    QCOMPARE(meta.value("namespace"_L1).toString(), m_ns);
    const QJsonObject spec = reply.json.value("spec"_L1).toObject();
    QCOMPARE(spec.value("backoffLimit"_L1).toInt(), 6);
    QCOMPARE(spec.value("suspend"_L1).toBool(), false);
    QCOMPARE(spec["selector"_L1]["matchLabels"_L1]["batch.kubernetes.io/controller-uid"_L1].toString(),
             meta.value("uid"_L1).toString());
    QCOMPARE(spec["template"_L1]["metadata"_L1]["labels"_L1]["job-name"_L1].toString(), u"ag"_s);
    QCOMPARE(spec["template"_L1]["spec"_L1]["containers"_L1][0]["terminationMessagePath"_L1].toString(),
             u"/dev/termination-log"_s);
    // One global counter: a later write has a different (larger) version.
    const KubeSimReply second = m_client->call("POST", corePath(u"configmaps"_s), configMap(u"c"_s));
    QVERIFY(second.json["metadata"_L1]["resourceVersion"_L1].toString().toLongLong() >
            meta.value("resourceVersion"_L1).toString().toLongLong());
    // backoffLimitPerIndex changes the backoffLimit default.
    QJsonObject perIndex = kubeSimTestJob(u"pi"_s, {u"true"_s}, 2);
    QJsonObject piSpec = perIndex.value("spec"_L1).toObject();
    piSpec.insert(u"backoffLimitPerIndex"_s, 1);
    perIndex.insert(u"spec"_s, piSpec);
    QCOMPARE(m_client->call("POST", path(u"jobs"_s), perIndex).json["spec"_L1]["backoffLimit"_L1].toInteger(),
             2147483647);
}

void KubeSimApiTest::createTwice_alreadyExists_andMissingIsNotFound()
{
    QCOMPARE(m_client->call("POST", path(u"jobs"_s), kubeSimTestJob(u"dup"_s, {u"true"_s})).status, 201);
    const KubeSimReply again = m_client->call("POST", path(u"jobs"_s), kubeSimTestJob(u"dup"_s, {u"true"_s}));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json.value("reason"_L1).toString(), u"AlreadyExists"_s);
    QCOMPARE(again.json.value("message"_L1).toString(), u"jobs.batch \"dup\" already exists"_s);
    QCOMPARE(again.json["details"_L1]["group"_L1].toString(), u"batch"_s);
    const KubeSimReply missing = m_client->call("GET", path(u"jobs/nope"_s));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json.value("message"_L1).toString(), u"jobs.batch \"nope\" not found"_s);
    QCOMPARE(missing.json["details"_L1]["kind"_L1].toString(), u"jobs"_s);
}

void KubeSimApiTest::generateName_makesUniqueNames()
{
    QJsonObject cm = configMap(QString());
    cm.insert(u"metadata"_s, QJsonObject{{u"generateName"_s, u"inputs-"_s}});
    const QString a = m_client->call("POST", corePath(u"configmaps"_s), cm).json["metadata"_L1]["name"_L1].toString();
    const QString b = m_client->call("POST", corePath(u"configmaps"_s), cm).json["metadata"_L1]["name"_L1].toString();
    QVERIFY(a.startsWith("inputs-"_L1));
    QCOMPARE(a.size(), 12);
    QVERIFY(a != b);
}

void KubeSimApiTest::fieldValidation_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("warned");
    QTest::newRow("Strict refuses the typo with 400") << u"Strict"_s << 400 << false;
    QTest::newRow("Warn accepts with a Warning header") << u"Warn"_s << 201 << true;
    QTest::newRow("default is Warn") << QString() << 201 << true;
    QTest::newRow("Ignore accepts silently") << u"Ignore"_s << 201 << false;
}

void KubeSimApiTest::fieldValidation()
{
    QFETCH(QString, mode);
    QFETCH(int, status);
    QFETCH(bool, warned);
    QJsonObject job = kubeSimTestJob(u"typo"_s, {u"true"_s});
    QJsonObject spec = job.value("spec"_L1).toObject();
    spec.insert(u"backoffLimitPerIndx"_s, 1);
    job.insert(u"spec"_s, spec);
    const QString query = mode.isEmpty() ? QString() : u"?fieldValidation="_s + mode;
    const KubeSimReply reply = m_client->call("POST", path(u"jobs"_s) + query, job);
    QCOMPARE(reply.status, status);
    QCOMPARE(!reply.warnings.isEmpty(), warned);
    if (status == 400) {
        QVERIFY2(reply.json.value("message"_L1)
                     .toString()
                     .contains(u"strict decoding error: unknown field \"spec.backoffLimitPerIndx\""_s),
                 reply.body.constData());
    } else {
        QVERIFY(!reply.json.value("spec"_L1).toObject().contains("backoffLimitPerIndx"_L1)); // dropped
    }
}

void KubeSimApiTest::crossFieldRules_giveInvalidWithCauses_data()
{
    QTest::addColumn<QString>("specPatch");
    QTest::addColumn<QString>("field");
    QTest::newRow("restartPolicy Always is not allowed for Jobs")
        << u"{\"template\":{\"spec\":{\"restartPolicy\":\"Always\"}}}"_s << u"spec.template.spec.restartPolicy"_s;
    QTest::newRow("Indexed needs completions") << u"{\"completions\":null}"_s << u"spec.completions"_s;
    QTest::newRow("FailIndex needs backoffLimitPerIndex")
        << u"{\"podFailurePolicy\":{\"rules\":[{\"action\":\"FailIndex\",\"onExitCodes\":{\"operator\":\"In\",\"values\":[3]}}]}}"_s
        << u"spec.podFailurePolicy.rules[0].action"_s;
    QTest::newRow("exit codes must be sorted")
        << u"{\"podFailurePolicy\":{\"rules\":[{\"action\":\"FailJob\",\"onExitCodes\":{\"operator\":\"In\",\"values\":[5,3]}}]}}"_s
        << u"spec.podFailurePolicy.rules[0].onExitCodes.values"_s;
}

void KubeSimApiTest::crossFieldRules_giveInvalidWithCauses()
{
    QFETCH(QString, specPatch);
    QFETCH(QString, field);
    QJsonObject job = kubeSimTestJob(u"bad"_s, {u"true"_s}, 2);
    job.insert(u"spec"_s, kMergePatch(job.value("spec"_L1), QJsonDocument::fromJson(specPatch.toUtf8()).object()));
    const KubeSimReply reply = m_client->call("POST", path(u"jobs"_s), job);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.json.value("reason"_L1).toString(), u"Invalid"_s);
    QStringList fields;
    for (const QJsonValue &cause : reply.json["details"_L1]["causes"_L1].toArray()) {
        fields.append(cause["field"_L1].toString());
    }
    QVERIFY2(fields.contains(field), qPrintable(fields.join(u", "_s)));
    QVERIFY(!m_sim->object(u"jobs"_s, m_ns, u"bad"_s));
}

void KubeSimApiTest::dryRun_storesNothing()
{
    const qint64 before = m_sim->store().currentResourceVersion();
    const KubeSimReply reply =
        m_client->call("POST", path(u"jobs?dryRun=All"_s), kubeSimTestJob(u"dry"_s, {u"true"_s}));
    QCOMPARE(reply.status, 201);
    QVERIFY(!reply.json["metadata"_L1]["uid"_L1].toString().isEmpty());
    QVERIFY(!m_sim->object(u"jobs"_s, m_ns, u"dry"_s));
    QCOMPARE(m_sim->store().currentResourceVersion(), before);
}

void KubeSimApiTest::update_conflictPatchAndImmutableFields()
{
    QJsonObject job = kubeSimTestJob(u"up"_s, {u"true"_s}, 2);
    job.insert(u"spec"_s, kMergePatch(job.value("spec"_L1), QJsonObject{{u"suspend"_s, true}}));
    const QJsonObject created = m_client->call("POST", path(u"jobs"_s), job).json;
    QJsonObject stale = created;
    // A merge patch needs no resourceVersion and bumps generation for a spec change.
    const KubeSimReply patched = m_client->call(
        "PATCH", path(u"jobs/up"_s), {{u"spec"_s, QJsonObject{{u"parallelism"_s, 2}}}}, "application/merge-patch+json");
    QVERIFY2(patched.status == 200, patched.body.constData());
    QCOMPARE(patched.json["metadata"_L1]["generation"_L1].toInt(), 2);
    const KubeSimReply conflict = m_client->call("PUT", path(u"jobs/up"_s), stale);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.json.value("reason"_L1).toString(), u"Conflict"_s);
    const KubeSimReply immutable = m_client->call(
        "PATCH", path(u"jobs/up"_s), {{u"spec"_s, QJsonObject{{u"completions"_s, 5}}}}, "application/merge-patch+json");
    QCOMPARE(immutable.status, 422);
    QVERIFY2(immutable.json.value("message"_L1)
                 .toString()
                 .contains(u"spec.completions: Invalid value: 5: field is immutable"_s),
             immutable.body.constData());
    const KubeSimReply jsonPatch = m_client->callRaw("PATCH", path(u"jobs/up"_s), "[]", "application/json-patch+json");
    QCOMPARE(jsonPatch.status, 415);
}

void KubeSimApiTest::configMapOverOneMebibyte_isInvalid()
{
    QJsonObject cm = configMap(u"big"_s);
    cm.insert(u"data"_s, QJsonObject{{u"blob"_s, QString(1024 * 1024 + 1, u'x')}});
    const KubeSimReply reply = m_client->call("POST", corePath(u"configmaps"_s), cm);
    QCOMPARE(reply.status, 422);
    QVERIFY2(reply.json.value("message"_L1).toString().contains(u"1048576"_s), reply.body.left(300).constData());
}

void KubeSimApiTest::labelSelectors_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("equals") << u"tier=a"_s << QStringList{u"a1"_s, u"a2"_s};
    QTest::newRow("double equals and AND") << u"tier==a,run=1"_s << QStringList{u"a1"_s};
    QTest::newRow("not equals includes unlabelled") << u"tier!=a"_s << QStringList{u"b1"_s, u"none"_s};
    QTest::newRow("in") << u"tier in (a,b)"_s << QStringList{u"a1"_s, u"a2"_s, u"b1"_s};
    QTest::newRow("notin") << u"tier notin (a)"_s << QStringList{u"b1"_s, u"none"_s};
    QTest::newRow("exists") << u"run"_s << QStringList{u"a1"_s, u"b1"_s};
    QTest::newRow("does not exist") << u"!tier"_s << QStringList{u"none"_s};
}

void KubeSimApiTest::labelSelectors()
{
    QFETCH(QString, selector);
    QFETCH(QStringList, names);
    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"a1"_s, {{u"tier"_s, u"a"_s}, {u"run"_s, u"1"_s}}));
    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"a2"_s, {{u"tier"_s, u"a"_s}}));
    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"b1"_s, {{u"tier"_s, u"b"_s}, {u"run"_s, u"2"_s}}));
    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"none"_s));
    const KubeSimReply reply = m_client->call("GET", corePath(u"configmaps?labelSelector="_s) +
                                                         QString::fromLatin1(QUrl::toPercentEncoding(selector)));
    QCOMPARE(reply.status, 200);
    QStringList actual;
    for (const QJsonValue &item : reply.json.value("items"_L1).toArray()) {
        actual.append(item["metadata"_L1]["name"_L1].toString());
    }
    QCOMPARE(actual, names);
    QCOMPARE(reply.json.value("kind"_L1).toString(), u"ConfigMapList"_s);
}

void KubeSimApiTest::fieldSelectors_andBadSelectors()
{
    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"x"_s));
    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"y"_s));
    const KubeSimReply one = m_client->call("GET", corePath(u"configmaps?fieldSelector=metadata.name%3Dy"_s));
    QCOMPARE(one.json.value("items"_L1).toArray().size(), 1);
    const KubeSimReply unsupported = m_client->call("GET", corePath(u"configmaps?fieldSelector=data.k%3Dv"_s));
    QCOMPARE(unsupported.status, 400);
    QCOMPARE(unsupported.json.value("message"_L1).toString(), u"field label not supported: data.k"_s);
    const KubeSimReply badLabel = m_client->call("GET", corePath(u"configmaps?labelSelector=a%20in%20(b"_s));
    QCOMPARE(badLabel.status, 400);
}

void KubeSimApiTest::listPaging_limitContinueAndExpiry()
{
    for (int i = 0; i < 5; ++i) {
        m_client->call("POST", corePath(u"configmaps"_s), configMap(u"p%1"_s.arg(i)));
    }
    const KubeSimReply first = m_client->call("GET", corePath(u"configmaps?limit=2"_s));
    QCOMPARE(first.json.value("items"_L1).toArray().size(), 2);
    const QString token = first.json["metadata"_L1]["continue"_L1].toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(first.json["metadata"_L1]["remainingItemCount"_L1].toInt(), 3);
    const KubeSimReply second = m_client->call("GET", corePath(u"configmaps?limit=10&continue="_s) +
                                                          QString::fromLatin1(QUrl::toPercentEncoding(token)));
    QCOMPARE(second.json.value("items"_L1).toArray().size(), 3);
    QVERIFY(!second.json["metadata"_L1].toObject().contains("continue"_L1));
    QCOMPARE(second.json["metadata"_L1]["resourceVersion"_L1], first.json["metadata"_L1]["resourceVersion"_L1]);
    m_sim->compactHistory();
    const KubeSimReply expired = m_client->call("GET", corePath(u"configmaps?limit=2&continue="_s) +
                                                           QString::fromLatin1(QUrl::toPercentEncoding(token)));
    QCOMPARE(expired.status, 410);
    QCOMPARE(expired.json.value("reason"_L1).toString(), u"Expired"_s);
}

void KubeSimApiTest::watch_fromListVersionHasNoSyntheticEvents()
{
    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"old"_s));
    const QString rv =
        m_client->call("GET", corePath(u"configmaps"_s)).json["metadata"_L1]["resourceVersion"_L1].toString();
    auto watch = m_client->watch(corePath(u"configmaps?watch=1&resourceVersion="_s) + rv);
    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"new"_s));
    QTRY_COMPARE(watch->types(), QStringList{u"ADDED"_s});
    QCOMPARE(watch->events.first()["object"_L1]["metadata"_L1]["name"_L1].toString(), u"new"_s);
}

void KubeSimApiTest::watch_withoutVersionStartsWithAdded_andSelectorExitIsDeleted()
{
    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"w"_s, {{u"app"_s, u"x"_s}}));
    auto watch = m_client->watch(corePath(u"configmaps?watch=true&labelSelector=app%3Dx"_s));
    QTRY_COMPARE(watch->types(), QStringList{u"ADDED"_s});
    m_client->call("PATCH", corePath(u"configmaps/w"_s), {{u"data"_s, QJsonObject{{u"k"_s, u"2"_s}}}},
                   "application/merge-patch+json");
    QTRY_COMPARE(watch->types().size(), 2);
    QCOMPARE(watch->types().last(), u"MODIFIED"_s);
    m_client->call("PATCH", corePath(u"configmaps/w"_s),
                   {{u"metadata"_s, QJsonObject{{u"labels"_s, QJsonObject{{u"app"_s, u"y"_s}}}}}},
                   "application/merge-patch+json");
    QTRY_COMPARE(watch->types().size(), 3);
    QCOMPARE(watch->types().last(), u"DELETED"_s);
}

void KubeSimApiTest::watch_tooOldVersionGivesExpiredEvent()
{
    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"e"_s));
    const qint64 old = m_sim->store().currentResourceVersion();
    m_sim->compactHistory();
    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"f"_s));
    auto watch = m_client->watch(corePath(u"configmaps?watch=1&resourceVersion="_s) + QString::number(old - 1));
    QTRY_VERIFY(watch->finished);
    QCOMPARE(watch->status, 200);
    QCOMPARE(watch->types(), QStringList{u"ERROR"_s});
    const QJsonObject status = watch->events.first().value("object"_L1).toObject();
    QCOMPARE(status.value("code"_L1).toInt(), 410);
    QCOMPARE(status.value("reason"_L1).toString(), u"Expired"_s);
    QVERIFY(status.value("message"_L1).toString().startsWith("too old resource version"_L1));
}

void KubeSimApiTest::watch_plainGoneBookmarksAndTimeout()
{
    m_sim->expireNextWatch(true);
    auto gone = m_client->watch(corePath(u"configmaps?watch=1&resourceVersion=1"_s));
    QTRY_VERIFY(gone->finished);
    QCOMPARE(gone->status, 410);

    auto bookmarks = m_client->watch(corePath(u"configmaps?watch=1&allowWatchBookmarks=true&timeoutSeconds=1"_s));
    QTRY_VERIFY(bookmarks->types().contains(u"BOOKMARK"_s));
    const QJsonObject bookmark = bookmarks->events.last().value("object"_L1).toObject();
    QCOMPARE(bookmark.value("kind"_L1).toString(), u"ConfigMap"_s);
    QVERIFY(!bookmark["metadata"_L1]["resourceVersion"_L1].toString().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(bookmarks->finished, 5000); // timeoutSeconds=1 ends it cleanly
    QCOMPARE(bookmarks->error, QNetworkReply::NoError);
}

void KubeSimApiTest::faults_retryAfterAndCommittedTimeout()
{
    m_sim->injectFault({429, 1, "GET", u"/configmaps"_s, 2, false});
    const KubeSimReply limited = m_client->call("GET", corePath(u"configmaps"_s));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.retryAfter, QByteArray("2"));
    QCOMPARE(limited.json.value("reason"_L1).toString(), u"TooManyRequests"_s);
    QCOMPARE(m_client->call("GET", corePath(u"configmaps"_s)).status, 200);

    m_sim->injectFault({504, 1, "POST", u"/jobs"_s, 1, true});
    const KubeSimReply timedOut = m_client->call("POST", path(u"jobs"_s), kubeSimTestJob(u"maybe"_s, {u"true"_s}));
    QCOMPARE(timedOut.status, 504);
    QCOMPARE(timedOut.json.value("reason"_L1).toString(), u"Timeout"_s);
    QVERIFY(m_sim->object(u"jobs"_s, m_ns, u"maybe"_s)); // the create was committed
    QCOMPARE(m_client->call("POST", path(u"jobs"_s), kubeSimTestJob(u"maybe"_s, {u"true"_s})).status, 409);
}

void KubeSimApiTest::faults_droppedWatchAndRestart()
{
    auto watch = m_client->watch(corePath(u"configmaps?watch=1"_s));
    QTRY_COMPARE(m_sim->openWatchCount(), 1);
    m_sim->dropWatches();
    QTRY_VERIFY(watch->finished);
    QVERIFY(watch->error != QNetworkReply::NoError);
    QTRY_COMPARE(m_sim->openWatchCount(), 0);

    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"kept"_s));
    m_sim->restartApiServer(std::chrono::milliseconds(300));
    const KubeSimReply during = m_client->call("GET", corePath(u"configmaps/kept"_s));
    QCOMPARE(during.status, 503);
    QTRY_COMPARE(m_client->call("GET", corePath(u"configmaps/kept"_s)).status, 200);
}

void KubeSimApiTest::deleteJob_defaultOrphansWithWarning()
{
    const QJsonObject job = m_client->call("POST", path(u"jobs"_s), kubeSimTestJob(u"orph"_s, {u"true"_s})).json;
    QJsonObject cm = configMap(u"owned"_s);
    cm.insert(u"metadata"_s,
              QJsonObject{{u"name"_s, u"owned"_s},
                          {u"ownerReferences"_s, QJsonArray{QJsonObject{{u"apiVersion"_s, u"batch/v1"_s},
                                                                        {u"kind"_s, u"Job"_s},
                                                                        {u"name"_s, u"orph"_s},
                                                                        {u"uid"_s, job["metadata"_L1]["uid"_L1]}}}}});
    QCOMPARE(m_client->call("POST", corePath(u"configmaps"_s), cm).status, 201);
    const KubeSimReply deleted = m_client->call("DELETE", path(u"jobs/orph"_s));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.warnings.size(), 1);
    QVERIFY(deleted.warnings.first().contains("child pods are preserved by default"));
    QVERIFY(deleted.json["metadata"_L1]["finalizers"_L1].toArray().contains(u"orphan"_s));
    QTRY_VERIFY(!m_sim->object(u"jobs"_s, m_ns, u"orph"_s));
    const auto orphan = m_sim->object(u"configmaps"_s, m_ns, u"owned"_s);
    QVERIFY(orphan);
    QVERIFY(!orphan->value("metadata"_L1).toObject().contains("ownerReferences"_L1));
}

void KubeSimApiTest::deleteJob_backgroundAndForegroundCollectDependents()
{
    for (const QString &policy : {u"Background"_s, u"Foreground"_s}) {
        const QString name = policy.toLower();
        const QJsonObject job = m_client->call("POST", path(u"jobs"_s), kubeSimTestJob(name, {u"true"_s})).json;
        QJsonObject cm = configMap(name + u"-in"_s);
        QJsonObject meta = cm.value("metadata"_L1).toObject();
        meta.insert(u"ownerReferences"_s, QJsonArray{QJsonObject{{u"apiVersion"_s, u"batch/v1"_s},
                                                                 {u"kind"_s, u"Job"_s},
                                                                 {u"name"_s, name},
                                                                 {u"uid"_s, job["metadata"_L1]["uid"_L1]}}});
        cm.insert(u"metadata"_s, meta);
        m_client->call("POST", corePath(u"configmaps"_s), cm);
        const KubeSimReply deleted =
            m_client->call("DELETE", path(u"jobs/"_s) + name + u"?propagationPolicy="_s + policy);
        QCOMPARE(deleted.status, 200);
        QVERIFY(deleted.warnings.isEmpty());
        if (policy == "Background"_L1) {
            QCOMPARE(deleted.json.value("kind"_L1).toString(), u"Status"_s);
            QCOMPARE(deleted.json.value("status"_L1).toString(), u"Success"_s);
        } else {
            QVERIFY(deleted.json["metadata"_L1]["finalizers"_L1].toArray().contains(u"foregroundDeletion"_s));
        }
        QTRY_VERIFY(!m_sim->object(u"configmaps"_s, m_ns, name + u"-in"_s));
        QTRY_VERIFY(!m_sim->object(u"jobs"_s, m_ns, name));
    }
}

void KubeSimApiTest::deleteCollection_byLabel()
{
    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"d1"_s, {{u"run"_s, u"r"_s}}));
    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"d2"_s, {{u"run"_s, u"r"_s}}));
    m_client->call("POST", corePath(u"configmaps"_s), configMap(u"keep"_s));
    const KubeSimReply reply = m_client->call("DELETE", corePath(u"configmaps?labelSelector=run%3Dr"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("items"_L1).toArray().size(), 2);
    QCOMPARE(m_sim->objects(u"configmaps"_s, m_ns).size(), 1);
}

QTEST_GUILESS_MAIN(KubeSimApiTest)
#include "kubesimapi_test.moc"
