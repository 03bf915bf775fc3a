// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubetesting.h"
#include "tests/sim/kube/kubesimulator.h"

#include <services/kube/kubeclient.h>
#include <services/kube/kubeconfig.h>
#include <services/kube/kubewatch.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;
using namespace GradeDesk::Tests::Kube;

namespace {

const QString jobsPath = QStringLiteral("/apis/batch/v1/namespaces/grading/jobs");
const QString podsPath = QStringLiteral("/api/v1/namespaces/grading/pods");

struct Outcome {
    bool finished = false;
    Result<QJsonObject> result = QJsonObject();
    int httpStatus = 0;
    int attempts = 0;
    QStringList warnings;
    std::optional<KubeStatus> status;
};

Outcome wait(KubeReply *reply)
{
    Outcome outcome;
    QObject::connect(reply, &KubeReply::finished, reply, [&outcome, reply] {
        outcome.finished = true;
        outcome.result = reply->result();
        outcome.httpStatus = reply->httpStatus();
        outcome.attempts = reply->attempts();
        outcome.warnings = reply->warnings();
        outcome.status = reply->status();
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, 60000)) {
        outcome.result = ServiceError::make(ServiceError::Kind::Timeout, QStringLiteral("test: reply never finished"));
    }
    return outcome;
}

QJsonObject instantJob(const QString &name, int completions)
{
    const QJsonObject container{{QStringLiteral("name"), QStringLiteral("grader")},
                                {QStringLiteral("image"), QStringLiteral("sim/instant")},
                                {QStringLiteral("command"), QJsonArray{QStringLiteral("true")}}};
    return {{QStringLiteral("apiVersion"), QStringLiteral("batch/v1")},
            {QStringLiteral("kind"), QStringLiteral("Job")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("completionMode"), QStringLiteral("Indexed")},
                         {QStringLiteral("completions"), completions},
                         {QStringLiteral("parallelism"), completions},
                         {QStringLiteral("template"),
                          QJsonObject{{QStringLiteral("spec"),
                                       QJsonObject{{QStringLiteral("restartPolicy"), QStringLiteral("Never")},
                                                   {QStringLiteral("containers"), QJsonArray{container}}}}}}}}};
}

QUrlQuery strict()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldValidation"), QStringLiteral("Strict"));
    return query;
}

} // namespace

/// The client end to end against the Kubernetes simulator (tests/sim/kube): kubeconfigs it writes,
/// real Status bodies, faults, Warning headers and watches.
class KubeClientSimTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tokenKubeconfig_createsAndReportsAlreadyExists();
    void strictValidation_isAValidationError();
    void clientCertificateKubeconfig_authenticates();
    void unknownToken_andRbac_areAuthErrors();
    void injectedFaults_areRetriedOnlyWhenSafe();
    void deleteWithoutPropagation_surfacesTheOrphanWarning();
    void listThenWatch_seesPodsAndExpiry();

private:
    std::unique_ptr<KubeClient> clientFor(const QByteArray &kubeconfig);
    std::unique_ptr<KubeSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void KubeClientSimTest::init()
{
    m_sim = std::make_unique<KubeSimulator>();
    if (!m_sim->start()) {
        QSKIP(qPrintable(QStringLiteral("the Kubernetes simulator cannot start: %1").arg(m_sim->errorString())));
    }
    m_sim->addToken("teacher-token", QStringLiteral("teacher"));
    m_sim->setInstantTerminationMessage(R"({"v":1,"s":"graded"})");
    m_dir = std::make_unique<QTemporaryDir>();
}

void KubeClientSimTest::cleanup()
{
    m_sim.reset();
}

std::unique_ptr<KubeClient> KubeClientSimTest::clientFor(const QByteArray &kubeconfig)
{
    const QString file = writeFile(m_dir->path(), QStringLiteral("kubeconfig"), kubeconfig);
    const auto context = KubeConfigLoader::load(file, {});
    if (!context) {
        qWarning("kubeconfig: %s", qPrintable(context.error().message));
        return {};
    }
    auto client = std::make_unique<KubeClient>(context.value());
    client->setRetryPolicy(3, 5, 50);
    return client;
}

void KubeClientSimTest::tokenKubeconfig_createsAndReportsAlreadyExists()
{
    auto client = clientFor(m_sim->kubeconfig("teacher-token", QStringLiteral("grading")));
    QVERIFY(client);
    QCOMPARE(client->ns(), QStringLiteral("grading"));
    const Outcome version = wait(client->request("GET", QStringLiteral("/version")));
    QVERIFY2(version.result.ok(), version.result.ok() ? "" : qPrintable(version.result.error().detail));
    QVERIFY(version.result.value().contains(QStringLiteral("minor")));

    const Outcome created = wait(client->request("POST", jobsPath, strict(), instantJob(QStringLiteral("ag-1"), 2)));
    QVERIFY2(created.result.ok(), created.result.ok() ? "" : qPrintable(created.result.error().detail));
    QCOMPARE(created.httpStatus, 201);
    QVERIFY(!created.result.value()
                 .value(QStringLiteral("metadata"))
                 .toObject()
                 .value(QStringLiteral("uid"))
                 .toString()
                 .isEmpty());

    const Outcome again = wait(client->request("POST", jobsPath, strict(), instantJob(QStringLiteral("ag-1"), 2)));
    QVERIFY(!again.result.ok());
    QCOMPARE(again.httpStatus, 409);
    QCOMPARE(again.result.error().kind, ServiceError::Kind::Conflict);
    QVERIFY(again.status.has_value());
    QCOMPARE(again.status->reason, QStringLiteral("AlreadyExists"));
    QVERIFY2(again.result.error().message.contains(QLatin1String("already exists")),
             qPrintable(again.result.error().message));
}

void KubeClientSimTest::strictValidation_isAValidationError()
{
    auto client = clientFor(m_sim->kubeconfig("teacher-token", QStringLiteral("grading")));
    QVERIFY(client);
    QJsonObject job = instantJob(QStringLiteral("ag-typo"), 1);
    QJsonObject spec = job.value(QStringLiteral("spec")).toObject();
    spec.insert(QStringLiteral("backoffLimitPerIndx"), 1);
    job.insert(QStringLiteral("spec"), spec);
    const Outcome outcome = wait(client->request("POST", jobsPath, strict(), job));
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.error().kind, ServiceError::Kind::Validation);
    QVERIFY2(outcome.result.error().message.contains(QLatin1String("backoffLimitPerIndx")),
             qPrintable(outcome.result.error().message));
    QCOMPARE(outcome.attempts, 1);
}

void KubeClientSimTest::clientCertificateKubeconfig_authenticates()
{
    const auto certificate =
        m_sim->issueClientCertificate(QStringLiteral("alice"), {QStringLiteral("graders")}, SimTestCa::KeyType::EcSec1);
    QVERIFY(certificate.has_value());
    auto client = clientFor(m_sim->kubeconfig({}, QStringLiteral("grading"), certificate));
    QVERIFY(client);
    const Outcome list = wait(client->request("GET", podsPath));
    QVERIFY2(list.result.ok(), list.result.ok() ? "" : qPrintable(list.result.error().detail));
    QCOMPARE(list.result.value().value(QStringLiteral("kind")).toString(), QStringLiteral("PodList"));
}

void KubeClientSimTest::unknownToken_andRbac_areAuthErrors()
{
    auto stranger = clientFor(m_sim->kubeconfig("who-is-this", QStringLiteral("grading")));
    QVERIFY(stranger);
    const Outcome unauthorized = wait(stranger->request("GET", podsPath));
    QVERIFY(!unauthorized.result.ok());
    QCOMPARE(unauthorized.httpStatus, 401);
    QCOMPARE(unauthorized.result.error().kind, ServiceError::Kind::Auth);
    QCOMPARE(unauthorized.attempts, 1); // a static token cannot get better by retrying

    m_sim->forbid(QStringLiteral("teacher"), QStringLiteral("create"), QStringLiteral("jobs"));
    auto teacher = clientFor(m_sim->kubeconfig("teacher-token", QStringLiteral("grading")));
    QVERIFY(teacher);
    const Outcome forbidden = wait(teacher->request("POST", jobsPath, strict(), instantJob(QStringLiteral("ag-2"), 1)));
    QVERIFY(!forbidden.result.ok());
    QCOMPARE(forbidden.httpStatus, 403);
    QCOMPARE(forbidden.result.error().kind, ServiceError::Kind::Auth);
    QVERIFY2(forbidden.result.error().message.contains(QLatin1String("cannot create resource")),
             qPrintable(forbidden.result.error().message));
}

void KubeClientSimTest::injectedFaults_areRetriedOnlyWhenSafe()
{
    auto client = clientFor(m_sim->kubeconfig("teacher-token", QStringLiteral("grading")));
    QVERIFY(client);
    m_sim->injectFault({429, 2, "GET", podsPath, 1, false});
    const Outcome listed = wait(client->request("GET", podsPath));
    QVERIFY(listed.result.ok());
    QCOMPARE(listed.attempts, 3);

    // A create that timed out after committing is not repeated: the caller decides (GET and compare).
    m_sim->injectFault({504, 1, "POST", jobsPath, 0, true});
    const Outcome timedOut = wait(client->request("POST", jobsPath, strict(), instantJob(QStringLiteral("ag-3"), 1)));
    QVERIFY(!timedOut.result.ok());
    QCOMPARE(timedOut.result.error().kind, ServiceError::Kind::Timeout);
    QCOMPARE(timedOut.attempts, 1);
    QVERIFY(m_sim->object(QStringLiteral("jobs"), QStringLiteral("grading"), QStringLiteral("ag-3")).has_value());

    m_sim->injectFault({503, 1, "POST", jobsPath, 0, false});
    const Outcome safe = wait(client->request("POST", jobsPath, strict(), instantJob(QStringLiteral("ag-4"), 1),
                                              "application/json", KubeClient::RequestOption::RetrySafe));
    QVERIFY2(safe.result.ok(), safe.result.ok() ? "" : qPrintable(safe.result.error().detail));
    QCOMPARE(safe.attempts, 2);
}

void KubeClientSimTest::deleteWithoutPropagation_surfacesTheOrphanWarning()
{
    auto client = clientFor(m_sim->kubeconfig("teacher-token", QStringLiteral("grading")));
    QVERIFY(client);
    QVERIFY(wait(client->request("POST", jobsPath, strict(), instantJob(QStringLiteral("ag-5"), 1))).result.ok());
    QSignalSpy warned(client.get(), &KubeClient::warningReceived);
    const Outcome deleted = wait(client->request("DELETE", jobsPath + QStringLiteral("/ag-5")));
    QVERIFY2(deleted.result.ok(), deleted.result.ok() ? "" : qPrintable(deleted.result.error().detail));
    QCOMPARE(deleted.warnings.size(), 1);
    QVERIFY2(deleted.warnings.first().contains(QLatin1String("child pods are preserved by default")),
             qPrintable(deleted.warnings.first()));
    QCOMPARE(warned.size(), 1);
}

void KubeClientSimTest::listThenWatch_seesPodsAndExpiry()
{
    auto client = clientFor(m_sim->kubeconfig("teacher-token", QStringLiteral("grading")));
    QVERIFY(client);
    const Outcome list = wait(client->request("GET", podsPath));
    QVERIFY(list.result.ok());
    const QString resourceVersion = list.result.value()
                                        .value(QStringLiteral("metadata"))
                                        .toObject()
                                        .value(QStringLiteral("resourceVersion"))
                                        .toString();
    QVERIFY(!resourceVersion.isEmpty());

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("resourceVersion"), resourceVersion);
    query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    KubeWatch *watch = client->watch(podsPath, query);
    QSignalSpy events(watch, &KubeWatch::event);
    QSignalSpy closed(watch, &KubeWatch::closed);
    QTRY_COMPARE(m_sim->openWatchCount(), 1);
    QVERIFY(wait(client->request("POST", jobsPath, strict(), instantJob(QStringLiteral("ag-6"), 2))).result.ok());
    // Both pods appear and run to Succeeded.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&events] {
            int succeeded = 0;
            for (const QList<QVariant> &event : events) {
                const QJsonObject pod = event.at(1).toJsonObject();
                if (pod.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString() ==
                    QLatin1String("Succeeded")) {
                    ++succeeded;
                }
            }
            return succeeded >= 2;
        }(),
        30000);
    QCOMPARE(events.first().at(0).toString(), QStringLiteral("ADDED"));
    QVERIFY(!watch->lastResourceVersion().isEmpty());
    m_sim->dropWatches();
    QTRY_COMPARE(closed.size(), 1);
    QVERIFY(closed.first().first().value<std::optional<ServiceError>>().has_value());

    // Re-watching: the server says the version is too old -> expired(), the caller re-lists.
    m_sim->expireNextWatch();
    KubeWatch *again = client->watch(podsPath, query);
    QSignalSpy expired(again, &KubeWatch::expired);
    QTRY_COMPARE(expired.size(), 1);
    m_sim->expireNextWatch(true);
    KubeWatch *plain = client->watch(podsPath, query);
    QSignalSpy plainExpired(plain, &KubeWatch::expired);
    QTRY_COMPARE(plainExpired.size(), 1);
}

QTEST_GUILESS_MAIN(KubeClientSimTest)
#include "kubeclientsim_test.moc"
