// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvastesting.h"

#include <services/canvas/canvaserrors.h>
#include <tests/sim/http/simhttpserver.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

using namespace GradeDesk;
using namespace GradeDesk::Services;
using GradeDesk::Tests::CanvasSimulator;
using GradeDesk::Tests::waitForResult;
using namespace std::chrono_literals;

namespace {

// Everything logged while a test runs, for the redaction checks.
QMutex logMutex;
QStringList capturedLogs;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        capturedLogs.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (previousHandler && type >= QtWarningMsg) {
        previousHandler(type, context, message);
    }
}

const QString enrollmentsRoute = QStringLiteral("GET /api/v1/courses/:course_id/enrollments");

} // namespace

class CanvasClientTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void checkUrl_allowsHttpsAndLoopbackOnly_data();
    void checkUrl_allowsHttpsAndLoopbackOnly();
    void formEncode_escapesEverythingButUnreserved_data();
    void formEncode_escapesEverythingButUnreserved();
    void plainHttpToRemoteHost_refusedWithoutSending();
    void missingToken_refusedWithoutSending();

    void getAll_followsBookmarkLinksUntilNone();
    void getAll_shortPageWithNextLink_keepsGoing();
    void getAll_nextLinkToAnotherServer_refused();
    void getAll_repeatedNextLink_stops();

    void throttled403_retriedWithBackoff();
    void throttled429_retried();
    void throttledBeyondLimit_failsRateLimited();
    void lowRemainingBudget_pausesInsteadOfBeingThrottled();
    void permissionError_neverRetried();
    void badOrExpiredToken_isAuthErrorWithReason_data();
    void badOrExpiredToken_isAuthErrorWithReason();
    void serverError_getRetriedPostNot();
    void droppedConnection_getRetried();
    void hangingGet_timesOutAndIsRetried();
    void queue_limitsRequestsInFlight();
    void cancel_finishesCancelled();
    void token_neverLoggedOrInErrors();

private:
    std::unique_ptr<Tests::CanvasFixture> m_fixture;
};

void CanvasClientTest::init()
{
    m_fixture = std::make_unique<Tests::CanvasFixture>();
    QVERIFY(m_fixture->start());
}

void CanvasClientTest::cleanup()
{
    m_fixture.reset();
}

void CanvasClientTest::checkUrl_allowsHttpsAndLoopbackOnly_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https to a remote host") << QStringLiteral("https://canvas.example.edu") << true;
    QTest::newRow("http to 127.0.0.1 (a test server)") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http to localhost") << QStringLiteral("http://localhost:3000") << true;
    QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:3000") << true;
    QTest::newRow("http to a remote host would expose the token")
        << QStringLiteral("http://canvas.example.edu") << false;
    QTest::newRow("http to a host named like localhost") << QStringLiteral("http://localhost.example.edu") << false;
    QTest::newRow("another scheme") << QStringLiteral("ftp://canvas.example.edu") << false;
    QTest::newRow("no host") << QStringLiteral("https:///api") << false;
}

void CanvasClientTest::checkUrl_allowsHttpsAndLoopbackOnly()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const Result<void> checked = CanvasClient::checkUrl(QUrl(url));
    QCOMPARE(checked.ok(), allowed);
    if (!allowed) {
        QCOMPARE(checked.error().kind, ServiceError::Kind::Security);
    }
}

void CanvasClientTest::formEncode_escapesEverythingButUnreserved_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("brackets in keys") << QStringLiteral("grade_data[12][posted_grade]") << QStringLiteral("13.5")
                                      << QByteArray("grade_data%5B12%5D%5Bposted_grade%5D=13.5");
    QTest::newRow("plus stays a plus, space is %20")
        << QStringLiteral("c") << QStringLiteral("1 + 1 = 2") << QByteArray("c=1%20%2B%201%20%3D%202");
    QTest::newRow("ampersand cannot start a new field")
        << QStringLiteral("c") << QStringLiteral("a&b=c") << QByteArray("c=a%26b%3Dc");
    QTest::newRow("non-ASCII is UTF-8") << QStringLiteral("c") << QStringLiteral("\u00e9") << QByteArray("c=%C3%A9");
}

void CanvasClientTest::formEncode_escapesEverythingButUnreserved()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(CanvasClient::formEncode({{key, value}}), expected);
}

void CanvasClientTest::plainHttpToRemoteHost_refusedWithoutSending()
{
    CanvasClient client(m_fixture->network.get(), QUrl(QStringLiteral("http://canvas.example.edu")));
    client.setToken(Tests::teacherToken);
    const auto result = waitForResult(client.get(QStringLiteral("/users/self")));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ServiceError::Kind::Security);
    QVERIFY2(result->error().message.contains(QLatin1String("https://")), qPrintable(result->error().message));
    QCOMPARE(client.stats().requests, 0);
}

void CanvasClientTest::missingToken_refusedWithoutSending()
{
    CanvasClient client(m_fixture->network.get(), m_fixture->simulator->baseUrl());
    const auto result = waitForResult(client.get(QStringLiteral("/users/self")));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ServiceError::Kind::Auth);
    QCOMPARE(m_fixture->simulator->requestCount(), 0);
}

void CanvasClientTest::getAll_followsBookmarkLinksUntilNone()
{
    m_fixture->simulator->seedDemoCourse(120, 2);
    m_fixture->simulator->setMaxPerPage(50); // An older install: per_page=100 is clamped silently.
    const auto result =
        waitForResult(m_fixture->client->getAll(m_fixture->course->coursePath() + QStringLiteral("/enrollments"),
                                                {{QStringLiteral("type[]"), QStringLiteral("StudentEnrollment")},
                                                 {QStringLiteral("state[]"), QStringLiteral("active")}}));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detail));
    QCOMPARE(result->value().size(), 132); // 120 students, every tenth in a second section
    QCOMPARE(m_fixture->simulator->requestCount(enrollmentsRoute), 3);
    const QList<CanvasSimulator::LoggedRequest> log = m_fixture->simulator->requestLog();
    for (qsizetype i = 1; i < log.size(); ++i) {
        QVERIFY2(log.at(i).query.contains(QLatin1String("bookmark")), qPrintable(log.at(i).query));
    }
}

void CanvasClientTest::getAll_shortPageWithNextLink_keepsGoing()
{
    CanvasSimulator &sim = *m_fixture->simulator;
    const qint64 section = sim.addSection(QStringLiteral("Lab"));
    for (int i = 1; i <= 9; ++i) {
        const QString login = QStringLiteral("zed%1").arg(i);
        sim.enroll(sim.addUser({QStringLiteral("Zed %1").arg(i), QStringLiteral("Student, Zed %1").arg(i), login,
                                QString(), login + QStringLiteral("@example.edu")}),
                   section);
    }
    // Canvas' test student sorts first and is dropped after paging: page 1 comes back one short.
    sim.enroll(
        sim.addUser({QStringLiteral("Test Student"), QStringLiteral("Aaaa, Test"), QString(), QString(), QString()}),
        section, CanvasSimulator::EnrollmentType::TestStudent);
    CanvasClient::Options options = m_fixture->client->options();
    options.perPage = 5;
    m_fixture->client->setOptions(options);
    const auto result =
        waitForResult(m_fixture->client->getAll(m_fixture->course->coursePath() + QStringLiteral("/users"),
                                                {{QStringLiteral("enrollment_type[]"), QStringLiteral("student")}}));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().size(), 9);
    QCOMPARE(m_fixture->simulator->requestCount(), 2);
}

void CanvasClientTest::getAll_nextLinkToAnotherServer_refused()
{
    int served = 0;
    Tests::SimHttpServer server([&served](const Tests::SimHttpRequest &) {
        ++served;
        Tests::SimHttpResponse response = Tests::SimHttpResponse::json(200, QJsonDocument(QJsonArray{1, 2}));
        response.setHeader("Link", "<http://127.0.0.1:9/api/v1/items?page=2>; rel=\"next\"");
        return response;
    });
    QVERIFY(server.listen());
    CanvasClient client(m_fixture->network.get(), server.baseUrl());
    client.setToken(Tests::teacherToken);
    const auto result = waitForResult(client.getAll(QStringLiteral("/items"), {}));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ServiceError::Kind::Security);
    QCOMPARE(served, 1);
}

void CanvasClientTest::getAll_repeatedNextLink_stops()
{
    int served = 0;
    Tests::SimHttpServer *serverPointer = nullptr;
    Tests::SimHttpServer server([&served, &serverPointer](const Tests::SimHttpRequest &) {
        ++served;
        Tests::SimHttpResponse response = Tests::SimHttpResponse::json(200, QJsonDocument(QJsonArray{served}));
        // Page 2 points at itself: a broken server, which must not keep the client busy forever.
        response.setHeader("Link", '<' + serverPointer->baseUrl().toEncoded() +
                                       "/api/v1/items?page=2&per_page=100>; rel=\"next\"");
        return response;
    });
    serverPointer = &server;
    QVERIFY(server.listen());
    CanvasClient client(m_fixture->network.get(), server.baseUrl());
    client.setToken(Tests::teacherToken);
    const auto result = waitForResult(client.getAll(QStringLiteral("/items"), {}));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ServiceError::Kind::Parse);
    QCOMPARE(served, 2);
}

void CanvasClientTest::throttled403_retriedWithBackoff()
{
    m_fixture->simulator->throttleNextRequests(3);
    const auto result = waitForResult(m_fixture->client->get(QStringLiteral("/users/self")));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detail));
    QCOMPARE(m_fixture->simulator->throttledCount(), 3);
    QCOMPARE(m_fixture->client->stats().throttled, 3);
    QCOMPARE(m_fixture->client->stats().requests, 4);
}

void CanvasClientTest::throttled429_retried()
{
    m_fixture->simulator->setThrottleStatus(429);
    m_fixture->simulator->throttleNextRequests(2);
    const auto result =
        waitForResult(m_fixture->client->post(m_fixture->course->coursePath() + QStringLiteral("/assignments"),
                                              {{QStringLiteral("assignment[name]"), QStringLiteral("Quiz")}}));
    QVERIFY(result && result->ok());
    QCOMPARE(m_fixture->client->stats().throttled, 2);
    QVERIFY(m_fixture->simulator->assignmentIdByName(QStringLiteral("Quiz")).has_value());
}

void CanvasClientTest::throttledBeyondLimit_failsRateLimited()
{
    CanvasClient::Options options = m_fixture->client->options();
    options.maxThrottleRetries = 2;
    m_fixture->client->setOptions(options);
    m_fixture->simulator->throttleNextRequests(10);
    const auto result = waitForResult(m_fixture->client->get(QStringLiteral("/users/self")));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ServiceError::Kind::RateLimited);
    QCOMPARE(m_fixture->client->stats().requests, 3);
}

void CanvasClientTest::lowRemainingBudget_pausesInsteadOfBeingThrottled()
{
    CanvasSimulator::Throttle throttle;
    throttle.bucketMaximum = 300;
    throttle.highWaterMark = 200;
    throttle.outflowPerSecond = 400;
    throttle.upFrontCost = 10;
    throttle.requestCost = 40;
    m_fixture->simulator->setThrottle(throttle);
    CanvasClient::Options options = m_fixture->client->options();
    options.lowWaterMark = 100;
    options.drainPerSecond = 400;
    m_fixture->client->setOptions(options);
    int ok = 0;
    for (int i = 0; i < 8; ++i) {
        const auto result = waitForResult(m_fixture->client->get(QStringLiteral("/users/self")));
        ok += result && result->ok() ? 1 : 0;
    }
    QCOMPARE(ok, 8);
    QVERIFY(m_fixture->client->stats().pauses > 0);
    QCOMPARE(m_fixture->simulator->throttledCount(), 0);
}

void CanvasClientTest::permissionError_neverRetried()
{
    m_fixture->simulator->addToken(QStringLiteral("student-token"), CanvasSimulator::Role::Student);
    m_fixture->client->setToken(QStringLiteral("student-token"));
    const auto result =
        waitForResult(m_fixture->client->get(m_fixture->course->coursePath() + QStringLiteral("/enrollments")));
    QVERIFY(result && !result->ok());
    QVERIFY(CanvasErrors::isPermissionProblem(result->error()));
    QVERIFY(!CanvasErrors::isTokenProblem(result->error()));
    QCOMPARE(result->error().httpStatus, 401);
    QCOMPARE(m_fixture->client->stats().requests, 1);
    QCOMPARE(m_fixture->simulator->requestCount(), 1);
}

void CanvasClientTest::badOrExpiredToken_isAuthErrorWithReason_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown token") << -1 << QStringLiteral("not valid");
    QTest::newRow("expired token") << int(CanvasSimulator::TokenState::Expired) << QStringLiteral("expired");
    QTest::newRow("revoked token") << int(CanvasSimulator::TokenState::Revoked) << QStringLiteral("revoked");
}

void CanvasClientTest::badOrExpiredToken_isAuthErrorWithReason()
{
    QFETCH(int, state);
    QFETCH(QString, reason);
    if (state < 0) {
        m_fixture->client->setToken(QStringLiteral("no-such-token"));
    } else {
        m_fixture->simulator->setTokenState(Tests::teacherToken, CanvasSimulator::TokenState(state));
    }
    const auto result = waitForResult(m_fixture->client->get(QStringLiteral("/users/self")));
    QVERIFY(result && !result->ok());
    QVERIFY(CanvasErrors::isTokenProblem(result->error()));
    QVERIFY2(result->error().message.contains(reason), qPrintable(result->error().message));
    QCOMPARE(m_fixture->client->stats().requests, 1);
}

void CanvasClientTest::serverError_getRetriedPostNot()
{
    m_fixture->simulator->failNextRequests(1, 500);
    const auto got = waitForResult(m_fixture->client->get(QStringLiteral("/users/self")));
    QVERIFY(got && got->ok());
    QCOMPARE(m_fixture->client->stats().requests, 2);

    m_fixture->client->resetStats();
    m_fixture->simulator->failNextRequests(1, 500);
    const auto posted =
        waitForResult(m_fixture->client->post(m_fixture->course->coursePath() + QStringLiteral("/assignments"),
                                              {{QStringLiteral("assignment[name]"), QStringLiteral("Quiz")}}));
    QVERIFY(posted && !posted->ok());
    QCOMPARE(posted->error().httpStatus, 500);
    QCOMPARE(m_fixture->client->stats().requests, 1);
}

void CanvasClientTest::droppedConnection_getRetried()
{
    m_fixture->simulator->dropConnectionOnNext("GET", QStringLiteral("/users/self"), false, 5);
    const auto result = waitForResult(m_fixture->client->get(QStringLiteral("/users/self")));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detail));
    QCOMPARE(m_fixture->client->stats().requests, 2);
}

void CanvasClientTest::hangingGet_timesOutAndIsRetried()
{
    CanvasClient::Options options = m_fixture->client->options();
    options.transferTimeout = 300ms;
    m_fixture->client->setOptions(options);
    m_fixture->simulator->hangOnNext("GET", QStringLiteral("/users/self"));
    const auto result = waitForResult(m_fixture->client->get(QStringLiteral("/users/self")));
    QVERIFY(result && result->ok());
    QCOMPARE(m_fixture->client->stats().requests, 2);
}

void CanvasClientTest::queue_limitsRequestsInFlight()
{
    m_fixture->simulator->setLatency(100ms);
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    int ok = 0;
    for (int i = 0; i < 6; ++i) {
        // Each call deletes itself once finished, so its result is read in the slot.
        CanvasCall *call = m_fixture->client->get(QStringLiteral("/users/self"));
        connect(call, &CanvasCall::finished, this, [call, &done, &ok] {
            ++done;
            ok += call->result().ok() ? 1 : 0;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 6, 10000);
    QCOMPARE(ok, 6);
    // Two at a time: three rounds of 100 ms (six at once would take one).
    QVERIFY2(clock.elapsed() >= 290, qPrintable(QString::number(clock.elapsed())));
}

void CanvasClientTest::cancel_finishesCancelled()
{
    m_fixture->simulator->hangOnNext("GET", QStringLiteral("/users/self"));
    CanvasCall *call = m_fixture->client->get(QStringLiteral("/users/self"));
    QTRY_COMPARE(m_fixture->simulator->requestLog().size(), 1);
    call->cancel();
    const auto result = waitForResult(call);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ServiceError::Kind::Cancelled);
}

void CanvasClientTest::token_neverLoggedOrInErrors()
{
    capturedLogs.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("gradedesk.*.debug=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
    m_fixture->simulator->throttleNextRequests(1);
    QList<ServiceError> errors;
    const auto good = waitForResult(m_fixture->client->get(QStringLiteral("/users/self")));
    m_fixture->client->setToken(Tests::teacherToken + QStringLiteral("-wrong"));
    const auto bad = waitForResult(m_fixture->client->get(QStringLiteral("/users/self")));
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(good && good->ok());
    QVERIFY(bad && !bad->ok());
    const QString all = capturedLogs.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("Bearer [redacted]")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("gradedesk.net.http")), qPrintable(all));
    QVERIFY(!all.contains(Tests::teacherToken));
    QVERIFY(!bad->error().message.contains(Tests::teacherToken));
    QVERIFY(!bad->error().detail.contains(Tests::teacherToken));
}

QTEST_GUILESS_MAIN(CanvasClientTest)
#include "canvasclient_test.moc"
