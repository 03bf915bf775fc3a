// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubetesting.h"
#include "tests/sim/http/simhttpserver.h"

#include <services/kube/kubeclient.h>
#include <services/kube/kubeexec.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;
using namespace GradeDesk::Tests::Kube;

namespace {

SimHttpResponse jsonReply(int status, const QJsonObject &object)
{
    return SimHttpResponse::json(status, QJsonDocument(object));
}

QJsonObject statusObject(int code, const QString &reason, const QString &message, const QJsonArray &causes = {})
{
    QJsonObject details{{QStringLiteral("name"), QStringLiteral("ag-ps3")},
                        {QStringLiteral("kind"), QStringLiteral("jobs")}};
    if (!causes.isEmpty()) {
        details.insert(QStringLiteral("causes"), causes);
    }
    return {{QStringLiteral("kind"), QStringLiteral("Status")},
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("status"), code < 300 ? QStringLiteral("Success") : QStringLiteral("Failure")},
            {QStringLiteral("message"), message},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("details"), details},
            {QStringLiteral("code"), code}};
}

/// Waits for a reply and copies what the test needs before it deletes itself.
struct Outcome {
    bool finished = false;
    Result<QJsonObject> result = QJsonObject();
    int httpStatus = 0;
    int attempts = 0;
    QStringList warnings;
    QByteArray body;
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
        outcome.body = reply->body();
        outcome.status = reply->status();
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, 30000)) {
        outcome.result = ServiceError::make(ServiceError::Kind::Timeout, QStringLiteral("test: reply never finished"));
    }
    return outcome;
}

} // namespace

class KubeClientTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void request_sendsCredentialsImpersonationAndIdentity();
    void request_sendsBodyWithContentType();
    void request_usesKeychainTokenOnlyWithoutKubeconfigCredentials();
    void errorReply_becomesServiceErrorFromStatus_data();
    void errorReply_becomesServiceErrorFromStatus();
    void deleteAnsweredWithStatus_isSuccess();
    void retries_followVerbAndStatus_data();
    void retries_followVerbAndStatus();
    void warnings_areCollectedAndSignalled();
    void textReply_keepsTheRawBody();
    void inFlight_isBounded();
    void abort_beforeSending_finishesCancelled();
    void token_refusedOverPlainHttpToRemoteHost();
    void unauthorized_rerunsExecPluginOnceAndRetries();
    void unauthorized_twice_isAnAuthError();
    void unauthorized_rereadsTokenFile();

private:
    KubeContext context() const;
    std::unique_ptr<SimHttpServer> m_server;
    std::function<SimHttpResponse(const SimHttpRequest &)> m_handle;
    QList<SimHttpRequest> m_requests;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void KubeClientTest::init()
{
    m_requests.clear();
    m_handle = [](const SimHttpRequest &) {
        return jsonReply(200, {{QStringLiteral("kind"), QStringLiteral("PodList")}});
    };
    m_server = std::make_unique<SimHttpServer>([this](const SimHttpRequest &request) {
        m_requests.append(request);
        return m_handle(request);
    });
    QVERIFY(m_server->listen());
    m_dir = std::make_unique<QTemporaryDir>();
}

void KubeClientTest::cleanup()
{
    m_server.reset();
}

KubeContext KubeClientTest::context() const
{
    KubeContext context;
    context.contextName = QStringLiteral("sim");
    context.userName = QStringLiteral("teacher");
    context.ns = QStringLiteral("grading");
    context.server = m_server->baseUrl();
    return context;
}

void KubeClientTest::request_sendsCredentialsImpersonationAndIdentity()
{
    KubeContext c = context();
    c.auth.token = QStringLiteral("tok-123");
    c.auth.impersonateUser = QStringLiteral("alice");
    c.auth.impersonateUid = QStringLiteral("42");
    c.auth.impersonateGroups = {QStringLiteral("staff"), QStringLiteral("graders")};
    c.auth.impersonateExtra.insert(QStringLiteral("scopes"), {QStringLiteral("view"), QStringLiteral("edit")});
    KubeClient client(c);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("labelSelector"), QStringLiteral("batch.kubernetes.io/controller-uid=abc"));
    const Outcome outcome = wait(client.request("GET", QStringLiteral("/api/v1/namespaces/grading/pods"), query));
    QVERIFY(outcome.result.ok());
    QCOMPARE(outcome.result.value().value(QStringLiteral("kind")).toString(), QStringLiteral("PodList"));
    QCOMPARE(m_requests.size(), 1);
    const SimHttpRequest &request = m_requests.first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/api/v1/namespaces/grading/pods"));
    QCOMPARE(request.queryValue(QStringLiteral("labelSelector")),
             QStringLiteral("batch.kubernetes.io/controller-uid=abc"));
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer tok-123"));
    QCOMPARE(request.header("Impersonate-User"), QByteArray("alice"));
    QCOMPARE(request.header("Impersonate-Uid"), QByteArray("42"));
    QCOMPARE(request.header("Impersonate-Group"), QByteArray("staff, graders"));
    QCOMPARE(request.header("Impersonate-Extra-scopes"), QByteArray("view, edit"));
    QVERIFY(request.header("User-Agent").startsWith("GradeDesk/"));
    QVERIFY(request.header("Accept").contains("application/json"));
    QCOMPARE(client.requestCount(), 1);
    QCOMPARE(client.inFlight(), 0);
}

void KubeClientTest::request_sendsBodyWithContentType()
{
    KubeClient client(context());
    const QJsonObject patch{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("suspend"), false}}}};
    const Outcome outcome = wait(client.request("PATCH", QStringLiteral("/apis/batch/v1/namespaces/grading/jobs/j"), {},
                                                patch, "application/merge-patch+json"));
    QVERIFY(outcome.result.ok());
    QCOMPARE(m_requests.first().method, QByteArray("PATCH"));
    QCOMPARE(m_requests.first().header("Content-Type"), QByteArray("application/merge-patch+json"));
    QCOMPARE(QJsonDocument::fromJson(m_requests.first().body).object(), patch);
    QVERIFY(!m_requests.first().hasHeader("Authorization"));
}

void KubeClientTest::request_usesKeychainTokenOnlyWithoutKubeconfigCredentials()
{
    KubeClient bare(context());
    bare.setBearerToken(QStringLiteral("from-keychain"));
    QVERIFY(wait(bare.request("GET", QStringLiteral("/version"))).result.ok());
    QCOMPARE(m_requests.last().header("Authorization"), QByteArray("Bearer from-keychain"));

    KubeContext withToken = context();
    withToken.auth.token = QStringLiteral("from-kubeconfig");
    KubeClient configured(withToken);
    configured.setBearerToken(QStringLiteral("from-keychain"));
    QVERIFY(wait(configured.request("GET", QStringLiteral("/version"))).result.ok());
    QCOMPARE(m_requests.last().header("Authorization"), QByteArray("Bearer from-kubeconfig"));
}

void KubeClientTest::errorReply_becomesServiceErrorFromStatus_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("detailPart");

    const auto status = [](int code, const QString &reason, const QString &message, const QJsonArray &causes = {}) {
        return QJsonDocument(statusObject(code, reason, message, causes)).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("409 AlreadyExists") << 409
                                       << status(409, QStringLiteral("AlreadyExists"),
                                                 QStringLiteral("jobs.batch \"ag-ps3\" already exists"))
                                       << ServiceError::Kind::Conflict << "AlreadyExists"
                                       << "already exists"
                                       << "reason=AlreadyExists";
    QTest::newRow("409 Conflict") << 409
                                  << status(409, QStringLiteral("Conflict"), QStringLiteral("object was modified"))
                                  << ServiceError::Kind::Conflict << "Conflict"
                                  << "object was modified"
                                  << "reason=Conflict";
    QTest::newRow("422 Invalid lists the causes")
        << 422
        << status(422, QStringLiteral("Invalid"), QStringLiteral("Job.batch \"ag-ps3\" is invalid"),
                  QJsonArray{QJsonObject{{QStringLiteral("reason"), QStringLiteral("FieldValueRequired")},
                                         {QStringLiteral("message"), QStringLiteral("Required value")},
                                         {QStringLiteral("field"), QStringLiteral("spec.template.spec.containers")}}})
        << ServiceError::Kind::Validation << "Invalid"
        << "spec.template.spec.containers: Required value"
        << "causes=[spec.template.spec.containers: Required value (FieldValueRequired)]";
    QTest::newRow("403 Forbidden shows the RBAC message")
        << 403
        << status(403, QStringLiteral("Forbidden"),
                  QStringLiteral("jobs.batch is forbidden: User \"x\" cannot create resource \"jobs\""))
        << ServiceError::Kind::Auth << "Forbidden"
        << "cannot create resource"
        << "HTTP 403";
    QTest::newRow("404 NotFound") << 404
                                  << status(404, QStringLiteral("NotFound"),
                                            QStringLiteral("jobs.batch \"x\" not found"))
                                  << ServiceError::Kind::NotFound << "NotFound"
                                  << "not found"
                                  << "HTTP 404";
    QTest::newRow("400 plain text body") << 400 << QByteArray("strict decoding error: unknown field \"spec.x\"")
                                         << ServiceError::Kind::Validation << ""
                                         << "unknown field"
                                         << "body=strict decoding error";
    QTest::newRow("502 from a proxy, HTML body not quoted")
        << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << ServiceError::Kind::Http << ""
        << "HTTP 502"
        << "HTTP 502";
}

void KubeClientTest::errorReply_becomesServiceErrorFromStatus()
{
    QFETCH(int, code);
    QFETCH(QByteArray, body);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(QString, reason);
    QFETCH(QString, messagePart);
    QFETCH(QString, detailPart);
    m_handle = [code, body](const SimHttpRequest &) {
        SimHttpResponse response = SimHttpResponse::text(code, body);
        if (body.startsWith('{')) {
            response.setHeader("Content-Type", "application/json");
        }
        return response;
    };
    KubeClient client(context());
    const Outcome outcome = wait(client.request("POST", QStringLiteral("/apis/batch/v1/namespaces/grading/jobs"), {},
                                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("Job")}}));
    QVERIFY(!outcome.result.ok());
    QCOMPARE(kindName(outcome.result.error().kind), kindName(kind));
    QCOMPARE(outcome.result.error().httpStatus, code);
    QCOMPARE(outcome.httpStatus, code);
    QCOMPARE(outcome.status ? outcome.status->reason : QString(), reason);
    QVERIFY2(outcome.result.error().message.contains(messagePart), qPrintable(outcome.result.error().message));
    QVERIFY2(outcome.result.error().detail.contains(detailPart), qPrintable(outcome.result.error().detail));
    QVERIFY(!outcome.result.error().message.contains(QLatin1String("<html>")));
    QCOMPARE(outcome.attempts, 1);
}

void KubeClientTest::deleteAnsweredWithStatus_isSuccess()
{
    m_handle = [](const SimHttpRequest &) { return jsonReply(200, statusObject(200, {}, {})); };
    KubeClient client(context());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("propagationPolicy"), QStringLiteral("Background"));
    const Outcome outcome =
        wait(client.request("DELETE", QStringLiteral("/apis/batch/v1/namespaces/grading/jobs/j"), query));
    QVERIFY(outcome.result.ok());
    QVERIFY(outcome.status.has_value());
    QCOMPARE(outcome.status->status, QStringLiteral("Success"));
    QCOMPARE(m_requests.first().queryValue(QStringLiteral("propagationPolicy")), QStringLiteral("Background"));
}

void KubeClientTest::retries_followVerbAndStatus_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<bool>("retrySafe");
    QTest::addColumn<QList<int>>("statuses"); // answered in order; the last one repeats
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("finalStatus");

    QTest::newRow("GET 503, 503, 200: retried")
        << QByteArray("GET") << false << QList<int>{503, 503, 200} << QByteArray() << 3 << 200;
    QTest::newRow("GET 500 then 200") << QByteArray("GET") << false << QList<int>{500, 200} << QByteArray() << 2 << 200;
    QTest::newRow("GET 504 forever: gives up after 3 retries")
        << QByteArray("GET") << false << QList<int>{504} << QByteArray() << 4 << 504;
    QTest::newRow("GET 502 is not retried")
        << QByteArray("GET") << false << QList<int>{502, 200} << QByteArray() << 1 << 502;
    QTest::newRow("POST 503 is not retried (the create may have happened)")
        << QByteArray("POST") << false << QList<int>{503, 201} << QByteArray() << 1 << 503;
    QTest::newRow("POST marked safe: 503 retried")
        << QByteArray("POST") << true << QList<int>{503, 201} << QByteArray() << 2 << 201;
    QTest::newRow("POST 429 with Retry-After: retried (never processed)")
        << QByteArray("POST") << false << QList<int>{429, 201} << QByteArray("1") << 2 << 201;
    QTest::newRow("DELETE 429 without Retry-After: back-off")
        << QByteArray("DELETE") << false << QList<int>{429, 200} << QByteArray() << 2 << 200;
    QTest::newRow("PATCH 503 with Retry-After: retried")
        << QByteArray("PATCH") << false << QList<int>{503, 200} << QByteArray("2") << 2 << 200;
}

void KubeClientTest::retries_followVerbAndStatus()
{
    QFETCH(QByteArray, verb);
    QFETCH(bool, retrySafe);
    QFETCH(QList<int>, statuses);
    QFETCH(QByteArray, retryAfter);
    int served = 0;
    m_handle = [&](const SimHttpRequest &) {
        const int status = statuses.at(std::min<qsizetype>(served++, statuses.size() - 1));
        SimHttpResponse response =
            jsonReply(status, status < 300 ? QJsonObject{{QStringLiteral("kind"), QStringLiteral("Job")}}
                                           : statusObject(status, QStringLiteral("X"), QStringLiteral("busy")));
        if (!retryAfter.isEmpty() && status >= 400) {
            response.setHeader("Retry-After", retryAfter);
        }
        return response;
    };
    KubeClient client(context());
    client.setRetryPolicy(3, 1, 20); // Retry-After is honoured up to the cap, so the test stays fast
    const Outcome outcome =
        wait(client.request(verb, QStringLiteral("/apis/batch/v1/namespaces/grading/jobs"), {},
                            QJsonObject{{QStringLiteral("kind"), QStringLiteral("Job")}}, "application/json",
                            retrySafe ? KubeClient::RequestOption::RetrySafe : KubeClient::RequestOption::None));
    QTEST(outcome.attempts, "attempts");
    QTEST(outcome.httpStatus, "finalStatus");
    QCOMPARE(outcome.result.ok(), outcome.httpStatus < 300);
    QCOMPARE(m_requests.size(), outcome.attempts);
    QCOMPARE(client.requestCount(), outcome.attempts);
}

void KubeClientTest::warnings_areCollectedAndSignalled()
{
    m_handle = [](const SimHttpRequest &) {
        SimHttpResponse response = jsonReply(201, {{QStringLiteral("kind"), QStringLiteral("Job")}});
        response.setHeader("Warning", "299 - \"would violate PodSecurity \\\"restricted:latest\\\"\", "
                                      "299 - \"unknown field \\\"spec.x\\\"\"");
        return response;
    };
    KubeClient client(context());
    QSignalSpy signalled(&client, &KubeClient::warningReceived);
    const Outcome outcome = wait(client.request("POST", QStringLiteral("/apis/batch/v1/namespaces/grading/jobs"), {},
                                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("Job")}}));
    QVERIFY(outcome.result.ok());
    const QStringList expected{QStringLiteral("would violate PodSecurity \"restricted:latest\""),
                               QStringLiteral("unknown field \"spec.x\"")};
    QCOMPARE(outcome.warnings, expected);
    QCOMPARE(signalled.size(), 2);
    QCOMPARE(signalled.at(1).at(0).toString(), expected.at(1));
}

void KubeClientTest::textReply_keepsTheRawBody()
{
    m_handle = [](const SimHttpRequest &) { return SimHttpResponse::text(200, "line 1\nGRADEDESK-RESULT-V1 abc\n"); };
    KubeClient client(context());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("container"), QStringLiteral("grader"));
    const Outcome outcome = wait(client.request("GET", QStringLiteral("/api/v1/namespaces/grading/pods/p/log"), query));
    QVERIFY(outcome.result.ok());
    QVERIFY(outcome.result.value().isEmpty());
    QCOMPARE(outcome.body, QByteArray("line 1\nGRADEDESK-RESULT-V1 abc\n"));
}

void KubeClientTest::inFlight_isBounded()
{
    m_handle = [](const SimHttpRequest &) {
        SimHttpResponse response = SimHttpResponse::empty(200);
        response.fault = SimHttpResponse::Fault::Hang;
        return response;
    };
    KubeClient client(context());
    client.setMaxInFlight(2);
    QList<QPointer<KubeReply>> replies;
    for (int i = 0; i < 5; ++i) {
        replies.append(client.request("GET", QStringLiteral("/api/v1/namespaces/grading/pods/p%1").arg(i)));
    }
    QTRY_COMPARE(m_requests.size(), 2);
    QCOMPARE(client.inFlight(), 2);
    QCOMPARE(m_requests.at(0).path, QStringLiteral("/api/v1/namespaces/grading/pods/p0"));
    replies.at(0)->abort();
    QTRY_COMPARE(m_requests.size(), 3); // the freed slot goes to the next queued request, in order
    QCOMPARE(m_requests.at(2).path, QStringLiteral("/api/v1/namespaces/grading/pods/p2"));
    QCOMPARE(client.inFlight(), 2);
    // Queued requests aborted first never reach the server.
    for (qsizetype i = replies.size() - 1; i >= 0; --i) {
        if (replies.at(i)) {
            replies.at(i)->abort();
        }
    }
    QTRY_COMPARE(client.inFlight(), 0);
    QCOMPARE(m_requests.size(), 3);
    QCOMPARE(client.requestCount(), 3);
}

void KubeClientTest::abort_beforeSending_finishesCancelled()
{
    KubeClient client(context());
    KubeReply *reply = client.request("GET", QStringLiteral("/version"));
    Outcome outcome;
    connect(reply, &KubeReply::finished, this, [&outcome, reply] {
        outcome.finished = true;
        outcome.result = reply->result();
    });
    reply->abort();
    QTRY_VERIFY(outcome.finished);
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.error().kind, ServiceError::Kind::Cancelled);
    QCOMPARE(client.requestCount(), 0);
}

void KubeClientTest::token_refusedOverPlainHttpToRemoteHost()
{
    KubeContext c = context();
    c.server = QUrl(QStringLiteral("http://cluster.example.invalid:8080"));
    c.auth.token = QStringLiteral("secret");
    KubeClient client(c);
    const Outcome outcome = wait(client.request("GET", QStringLiteral("/version")));
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.error().kind, ServiceError::Kind::Security);
    QVERIFY(!outcome.result.error().message.contains(QLatin1String("secret")));
    QCOMPARE(client.requestCount(), 0);
}

void KubeClientTest::unauthorized_rerunsExecPluginOnceAndRetries()
{
    // The plugin hands out tok-1, tok-2, ... (a counter file); the server only accepts tok-2.
    const QString plugin = writeFile(m_dir->path(), QStringLiteral("plugin"),
                                     "#!/bin/sh\nn=$(cat \"$DIR/n\" 2>/dev/null || echo 0)\nn=$((n+1))\n"
                                     "echo $n > \"$DIR/n\"\necho '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                                     "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"tok-'$n'\"}}'\n",
                                     true);
    m_handle = [](const SimHttpRequest &request) {
        if (request.header("Authorization") != "Bearer tok-2") {
            return jsonReply(401, statusObject(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized")));
        }
        return jsonReply(200, {{QStringLiteral("kind"), QStringLiteral("Job")}});
    };
    KubeContext c = context();
    KubeExecConfig exec;
    exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
    exec.command = plugin;
    exec.interactiveMode = KubeExecConfig::InteractiveMode::Never;
    c.auth.exec = exec;
    KubeClient client(c);
    const Outcome first = wait(client.request("GET", QStringLiteral("/apis/batch/v1/namespaces/grading/jobs/j")));
    QVERIFY2(first.result.ok(), first.result.ok() ? "" : qPrintable(first.result.error().detail));
    QCOMPARE(first.attempts, 2);
    QCOMPARE(client.execPlugin()->runCount(), 2);
    // The refreshed credential is cached for later requests.
    QVERIFY(wait(client.request("GET", QStringLiteral("/version"))).result.ok());
    QCOMPARE(client.execPlugin()->runCount(), 2);
}

void KubeClientTest::unauthorized_twice_isAnAuthError()
{
    const QString plugin = writeFile(m_dir->path(), QStringLiteral("plugin"),
                                     "#!/bin/sh\necho '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                                     "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"never-good\"}}'\n",
                                     true);
    m_handle = [](const SimHttpRequest &) {
        return jsonReply(401, statusObject(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized")));
    };
    KubeContext c = context();
    KubeExecConfig exec;
    exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
    exec.command = plugin;
    exec.interactiveMode = KubeExecConfig::InteractiveMode::Never;
    c.auth.exec = exec;
    KubeClient client(c);
    const Outcome outcome = wait(client.request("GET", QStringLiteral("/version")));
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.error().kind, ServiceError::Kind::Auth);
    QCOMPARE(outcome.attempts, 2);
    QCOMPARE(client.execPlugin()->runCount(), 2);
}

void KubeClientTest::unauthorized_rereadsTokenFile()
{
    const QString tokenFile = writeFile(m_dir->path(), QStringLiteral("token"), "old\n");
    m_handle = [&](const SimHttpRequest &request) {
        if (request.header("Authorization") == "Bearer old") {
            writeFile(m_dir->path(), QStringLiteral("token"), "rotated\n"); // the projected token rotated
            return jsonReply(401, statusObject(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized")));
        }
        return jsonReply(200, {{QStringLiteral("kind"), QStringLiteral("Job")}});
    };
    KubeContext c = context();
    c.auth.tokenFile = tokenFile;
    c.auth.token = QStringLiteral("old");
    KubeClient client(c);
    const Outcome outcome = wait(client.request("GET", QStringLiteral("/version")));
    QVERIFY(outcome.result.ok());
    QCOMPARE(m_requests.last().header("Authorization"), QByteArray("Bearer rotated"));
}

QTEST_GUILESS_MAIN(KubeClientTest)
#include "kubeclient_test.moc"
