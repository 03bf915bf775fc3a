// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// Self-test of the Canvas simulator's timing, throttling and fault injection: progress modes,
// the leaky bucket, 500s, latency, dropped and hanging connections, 64-bit ids, the request log.

#include "tests/sim/canvas/canvassimtestbase.h"
#include "tests/sim/http/simhttpserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace GradeDesk::Tests;
using namespace std::chrono_literals;

class CanvasSimFaultsTest final : public CanvasSimTestBase
{
    Q_OBJECT

private Q_SLOTS:

    void init() { QVERIFY(setUpCourse()); }

    void cleanup() { tearDown(); }

    void progress_timerAndImmediateModes();
    void progress_cancel();
    void throttling_headersAndRefusal();
    void throttling_parallelRequestsPayUpFront();
    void faults_failProgressAfterKeepsWrittenGrades();
    void faults_serverErrorAndLatency();
    void faults_dropAndHang();
    void ids_bigAndStringIds();
    void inspection_logAndCounts();
};

void CanvasSimFaultsTest::progress_timerAndImmediateModes()
{
    const QByteArray body = "grade_data[" + QByteArray::number(m_students[0]) + "][posted_grade]=3";
    m_sim->setProgressMode(CanvasSimulator::ProgressMode::AdvanceOnTimer, 20ms);
    QSignalSpy finished(m_sim.get(), &CanvasSimulator::progressFinished);
    QCOMPARE(send("POST", gradesPath(m_ps1), body).object().value(QStringLiteral("workflow_state")).toString(),
             QStringLiteral("queued"));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("completed"));

    m_sim->setProgressMode(CanvasSimulator::ProgressMode::Immediate);
    const SimReply reply = send("POST", gradesPath(m_ps1), body);
    QCOMPARE(reply.object().value(QStringLiteral("workflow_state")).toString(), QStringLiteral("queued"));
    QCOMPARE(m_sim->progresses().last().workflowState, QStringLiteral("completed"));
    QCOMPARE(m_sim->gradeWriteCount(), 2);
}

void CanvasSimFaultsTest::progress_cancel()
{
    const QByteArray body = "grade_data[" + QByteArray::number(m_students[0]) + "][posted_grade]=3";
    const qint64 id = send("POST", gradesPath(m_ps1), body).object().value(QStringLiteral("id")).toInteger();
    const SimReply canceled = send("POST", QStringLiteral("/api/v1/progress/%1/cancel").arg(id), {});
    QCOMPARE(canceled.object().value(QStringLiteral("workflow_state")).toString(), QStringLiteral("canceled"));
    QCOMPARE(pollUntilDone(id).value(QStringLiteral("workflow_state")).toString(), QStringLiteral("canceled"));
    QVERIFY(m_sim->scores(m_ps1).isEmpty());
    QCOMPARE(get(QStringLiteral("/api/v1/progress/1")).status, 404);
}

void CanvasSimFaultsTest::throttling_headersAndRefusal()
{
    const SimReply ok = get(course(QStringLiteral("/users")));
    QVERIFY(ok.headers.contains("x-request-cost"));
    QCOMPARE(ok.headers.value("x-rate-limit-remaining").toDouble(), 599.0);

    m_sim->throttleNow();
    const SimReply throttled = get(course(QStringLiteral("/users")));
    QCOMPARE(throttled.status, 403);
    QCOMPARE(throttled.body, QByteArray("403 Forbidden (Rate Limit Exceeded)\n"));
    QVERIFY(!throttled.headers.contains("www-authenticate"));
    QCOMPARE(m_sim->throttledCount(), 1);

    // The bucket leaks: with a fast outflow the next request goes through again.
    CanvasSimulator::Throttle fast = m_sim->throttle();
    fast.outflowPerSecond = 1e9;
    m_sim->setThrottle(fast);
    QCOMPARE(get(course(QStringLiteral("/users"))).status, 200);

    m_sim->setThrottleStatus(429);
    m_sim->throttleNextRequests(2);
    QCOMPARE(get(course(QStringLiteral("/users"))).status, 429);
    QCOMPARE(get(course(QStringLiteral("/users"))).status, 429);
    QCOMPARE(get(course(QStringLiteral("/users"))).status, 200);
}

void CanvasSimFaultsTest::throttling_parallelRequestsPayUpFront()
{
    CanvasSimulator::Throttle tight = m_sim->throttle();
    tight.highWaterMark = 120.0; // three requests in flight reach it (3 x 50 up front)
    tight.outflowPerSecond = 0.0;
    m_sim->setThrottle(tight);
    m_sim->setLatency(300ms);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 5; ++i) {
        QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + course(QStringLiteral("/sections"))));
        request.setRawHeader("Authorization", "Bearer " + TeacherToken);
        replies.append(m_nam->get(request));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](auto *r) { return r->isFinished(); }),
                             10000);
    int throttled = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        throttled += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 403 ? 1 : 0;
        reply->deleteLater();
    }
    QCOMPARE(throttled, 2);
    // One at a time, the same budget is plenty: the up-front charge is refunded after each reply.
    m_sim->clearFaults();
    m_sim->setThrottle(tight);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(get(course(QStringLiteral("/sections"))).status, 200);
    }
}

void CanvasSimFaultsTest::faults_failProgressAfterKeepsWrittenGrades()
{
    QByteArray body;
    for (int i = 0; i < 6; ++i) {
        body += "grade_data[" + QByteArray::number(m_students[i]) + "][posted_grade]=5&";
    }
    m_sim->failNextProgressAfter(4);
    const QJsonObject done =
        pollUntilDone(send("POST", gradesPath(m_ps1), body).object().value(QStringLiteral("id")).toInteger());
    QCOMPARE(done.value(QStringLiteral("workflow_state")).toString(), QStringLiteral("failed"));
    QVERIFY(done.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("Unexpected error, ID: ")));
    QCOMPARE(m_sim->scores(m_ps1).size(), 4);
    QCOMPARE(m_sim->progresses().last().gradesWritten, 4);
}

void CanvasSimFaultsTest::faults_serverErrorAndLatency()
{
    m_sim->failNextRequests(1);
    const SimReply error = send("POST", gradesPath(m_ps1), "grade_data[1][posted_grade]=1");
    QCOMPARE(error.status, 500);
    QCOMPARE(error.firstError(), QStringLiteral("An error occurred."));
    QVERIFY(error.object().contains(QStringLiteral("error_report_id")));
    QVERIFY(m_sim->progresses().isEmpty()); // refused before it took effect

    m_sim->setLatency(150ms);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(course(QStringLiteral("/sections"))).status, 200);
    QVERIFY(timer.elapsed() >= 150);
}

void CanvasSimFaultsTest::faults_dropAndHang()
{
    // Headers and a few body bytes arrive, then the connection closes: the client sees an error.
    m_sim->dropConnectionOnNext("GET", QStringLiteral("/sections"), false, 10);
    const SimReply dropped = get(course(QStringLiteral("/sections")));
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QCOMPARE(m_sim->requestLog().last().status, 0);
    QCOMPARE(get(course(QStringLiteral("/sections"))).status, 200); // one-shot

    // Processed first: the Progress exists although the client never saw it.
    m_sim->dropConnectionOnNext("POST", QStringLiteral("update_grades"), true, 5);
    const SimReply lost =
        send("POST", gradesPath(m_ps1), "grade_data[" + QByteArray::number(m_students[0]) + "][posted_grade]=2");
    QVERIFY(lost.error != QNetworkReply::NoError);
    QCOMPARE(m_sim->progresses().size(), 1);

    m_sim->hangOnNext("GET", QStringLiteral("/users"));
    QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + course(QStringLiteral("/users"))));
    request.setRawHeader("Authorization", "Bearer " + TeacherToken);
    request.setTransferTimeout(300);
    QNetworkReply *reply = m_nam->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    reply->deleteLater();
}

void CanvasSimFaultsTest::ids_bigAndStringIds()
{
    CanvasSimulator big;
    big.setIdBase(10000000000000001LL); // above 2^53: a double would round it
    const qint64 student = big.seedDemoCourse(3, 1).first();
    big.addToken(QString::fromLatin1(TeacherToken));
    QVERIFY(big.start());
    const QString url = big.baseUrl().toString() + QStringLiteral("/api/v1/courses/%1/users").arg(big.courseId());
    const SimReply numeric = get(url);
    QVERIFY(numeric.body.contains(QByteArray("\"id\":" + QByteArray::number(student) + ',')));
    const SimReply strings = send("GET", url, {}, TeacherToken, {{"Accept", "application/json+canvas-string-ids"}});
    QVERIFY(strings.body.contains(QByteArray("\"id\":\"" + QByteArray::number(student) + '"')));
}

void CanvasSimFaultsTest::inspection_logAndCounts()
{
    m_sim->clearRequestLog();
    get(course(QStringLiteral("/users?access_token=")) + QString::fromLatin1(TeacherToken), QByteArray());
    get(course(QStringLiteral("/users")));
    send("POST", gradesPath(m_ps1), "grade_data[1][posted_grade]=1");
    QCOMPARE(m_sim->requestCount(), 3);
    QCOMPARE(m_sim->requestCount(QStringLiteral("GET /api/v1/courses/:course_id/users")), 2);
    QCOMPARE(m_sim->requestCount(QStringLiteral(
                 "POST /api/v1/courses/:course_id/assignments/:assignment_id/submissions/update_grades")),
             1);
    const QList<CanvasSimulator::LoggedRequest> log = m_sim->requestLog();
    QVERIFY(!log.first().query.contains(QStringLiteral("access_token")));
    QCOMPARE(log.last().status, 200);
    QCOMPARE(log.last().body, QByteArray("grade_data[1][posted_grade]=1"));
    QCOMPARE(m_sim->httpServer()->acceptedConnectionCount(), 1); // keep-alive reused one connection
}

QTEST_GUILESS_MAIN(CanvasSimFaultsTest)
#include "canvassimfaults_test.moc"
