// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// Self-test of the ngshare simulator's fault injection (500/503, dropped and hanging connections,
// latency and the single-threaded service time, corrupted files, seeded hostile paths, expired
// tokens, an unreachable hub, the body limit), its inspection API, Etag/304, odd ids, mock and debug
// modes, and seeding.

#include "tests/sim/http/simhttpserver.h"
#include "tests/sim/ngshare/ngsharesimtestbase.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace GradeDesk::Tests;
using namespace std::chrono_literals;

namespace {

const QString SubmissionPath = QStringLiteral("submission/course101/ps1/alice");

QString md5Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
}

} // namespace

class NgshareSimFaultsTest final : public NgshareSimTestBase
{
    Q_OBJECT

private Q_SLOTS:

    void init() { QVERIFY(setUpCourse()); }

    void cleanup() { tearDown(); }

    void failNext_answersErrorPagesUnprocessed();
    void drop_midDownloadIsAnErrorButProcessed();
    void drop_withoutReplyIsResentByQt();
    void hang_clientTimesOut();
    void latency_overlapsAcrossConnections();
    void serviceTime_serialisesRequests();
    void corruptNextDownloads_md5Mismatch();
    void corruptSubmissionFile_isPersistent();
    void seededHostilePaths_servedVerbatim();
    void expiredToken_behavesLikeUnknown();
    void hubUnreachable_gives500WithAToken();
    void bodyLimit_400EmptyAndNothingStored();
    void inspection_logAndCounts();
    void etag_matchingIfNoneMatchGives304();
    void ids_percentDecodedAfterRouting();
    void mockMode_userArgument();
    void debugMode_suffixesAndInitDatabase();
    void seedSyntheticCourse_benchmarkShape();
    void seedFromCourseDirectory_fixture();

private:
    /// Sends GETs for `paths` at once and waits for all; returns the elapsed milliseconds.
    qint64 parallelGets(const QStringList &paths, const QString &token);
    QString submitAsAlice(const QByteArray &content);
};

qint64 NgshareSimFaultsTest::parallelGets(const QStringList &paths, const QString &token)
{
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (const QString &path : paths) {
        QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + u'/' + path));
        request.setRawHeader("Authorization", "token " + token.toUtf8());
        replies.append(m_nam->get(request));
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            [&finished] { QVERIFY(finished.wait(10000)); }();
        }
        [reply] { QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200); }();
        reply->deleteLater();
    }
    return timer.elapsed();
}

QString NgshareSimFaultsTest::submitAsAlice(const QByteArray &content)
{
    const NgReply reply = post(QStringLiteral("submission/course101/ps1"), AliceToken,
                               {{QStringLiteral("files"), filesJson({{QStringLiteral("ps1.ipynb"), content}})}});
    return reply.object().value(QStringLiteral("timestamp")).toString();
}

void NgshareSimFaultsTest::failNext_answersErrorPagesUnprocessed()
{
    m_sim->failNextRequests(2);
    const NgReply first = post(QStringLiteral("course/new"), AdminToken);
    QCOMPARE(first.status, 500);
    QCOMPARE(first.body, QByteArray("<html><title>500: Internal Server Error</title><body>500: Internal Server "
                                    "Error</body></html>"));
    QCOMPARE(get(QStringLiteral("/healthz"), QString()).status, 500);
    QVERIFY(!m_sim->courses().contains(QStringLiteral("new")));
    QCOMPARE(post(QStringLiteral("course/new"), AdminToken).status, 200);

    m_sim->failNextRequests(1, 503);
    const NgReply restarting = get(QStringLiteral("courses"), AliceToken);
    QCOMPARE(restarting.status, 503);
    QVERIFY(restarting.body.contains("<h1>503 Service Unavailable</h1>"));
    QCOMPARE(get(QStringLiteral("courses"), AliceToken).status, 200);
}

void NgshareSimFaultsTest::drop_midDownloadIsAnErrorButProcessed()
{
    submitAsAlice(QByteArray(4096, 'a'));
    m_sim->dropConnectionOnNext("GET", QStringLiteral("/submission/"));
    const NgReply dropped = get(SubmissionPath, InstructorToken);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QCOMPARE(m_sim->requestLog().constLast().status, 0);
    // The fault is used up: the retry gets the whole tree.
    const NgReply retry = get(SubmissionPath, InstructorToken);
    QCOMPARE(retry.status, 200);
    QCOMPARE(
        decodeFiles(retry.object().value(QStringLiteral("files")).toArray()).value(QStringLiteral("ps1.ipynb")).first,
        QByteArray(4096, 'a'));

    m_sim->dropConnectionOnNext("GET", QStringLiteral("/submission/"), 10);
    QSignalSpy dropSpy(m_sim->httpServer(), &SimHttpServer::connectionDropped);
    QVERIFY(get(SubmissionPath, InstructorToken).error != QNetworkReply::NoError);
    QCOMPARE(dropSpy.size(), 1);
}

void NgshareSimFaultsTest::drop_withoutReplyIsResentByQt()
{
    // The request is processed, then the connection closes before a byte: Qt silently sends it
    // again, so a submission made this way is stored twice.
    m_sim->dropConnectionOnNext("POST", QStringLiteral("/submission/"), NgshareSimulator::DropWithoutReply);
    QVERIFY(!submitAsAlice("x").isEmpty());
    QCOMPARE(m_sim->requestCount(QStringLiteral("POST submission/<course_id>/<assignment_id>")), 2);
    QCOMPARE(m_sim->submissions(CourseId, QStringLiteral("ps1")).size(), 2);
}

void NgshareSimFaultsTest::hang_clientTimesOut()
{
    m_sim->hangOnNext(QByteArray(), QStringLiteral("courses"));
    QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + QStringLiteral("/courses")));
    request.setRawHeader("Authorization", "token " + AliceToken.toUtf8());
    request.setTransferTimeout(300);
    QNetworkReply *reply = m_nam->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(reply->error() != QNetworkReply::NoError);
    reply->deleteLater();
    QCOMPARE(m_sim->requestLog().constLast().status, 0);
    QCOMPARE(get(QStringLiteral("courses"), AliceToken).status, 200);
}

void NgshareSimFaultsTest::latency_overlapsAcrossConnections()
{
    m_sim->setLatency(300ms);
    const QStringList paths(4, QStringLiteral("assignments/course101"));
    const qint64 elapsed = parallelGets(paths, AliceToken);
    QVERIFY2(elapsed >= 290, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 1100, qPrintable(QString::number(elapsed)));
    QCOMPARE(m_sim->peakConcurrentRequests(), 4);
    m_sim->resetPeakConcurrency();
    QCOMPARE(m_sim->peakConcurrentRequests(), 0);
}

void NgshareSimFaultsTest::serviceTime_serialisesRequests()
{
    m_sim->setServiceTime(120ms);
    const qint64 elapsed = parallelGets(QStringList(4, QStringLiteral("courses")), AliceToken);
    QVERIFY2(elapsed >= 470, qPrintable(QString::number(elapsed)));
    m_sim->clearFaults();
    QVERIFY(parallelGets({QStringLiteral("courses")}, AliceToken) < 470);
}

void NgshareSimFaultsTest::corruptNextDownloads_md5Mismatch()
{
    submitAsAlice("the answer is 42");
    m_sim->corruptNextDownloads(1);
    // list_only serves no content and does not use the fault up.
    QCOMPARE(get(SubmissionPath, InstructorToken, {{QStringLiteral("list_only"), QStringLiteral("true")}}).status, 200);
    const auto file = [this] {
        return decodeFiles(get(SubmissionPath, InstructorToken).object().value(QStringLiteral("files")).toArray())
            .value(QStringLiteral("ps1.ipynb"));
    };
    const auto [bad, badSum] = file();
    QCOMPARE(badSum, md5Hex("the answer is 42"));
    QVERIFY(md5Hex(bad) != badSum);
    const auto [good, goodSum] = file();
    QCOMPARE(md5Hex(good), goodSum);
}

void NgshareSimFaultsTest::corruptSubmissionFile_isPersistent()
{
    const QString older = submitAsAlice("first");
    submitAsAlice("second");
    QVERIFY(!m_sim->corruptSubmissionFile(CourseId, QStringLiteral("ps1"), QStringLiteral("alice"),
                                          QStringLiteral("nope")));
    QVERIFY(m_sim->corruptSubmissionFile(CourseId, QStringLiteral("ps1"), QStringLiteral("alice"),
                                         QStringLiteral("ps1.ipynb")));
    for (int i = 0; i < 2; ++i) {
        const auto [content, sum] =
            decodeFiles(get(SubmissionPath, InstructorToken).object().value(QStringLiteral("files")).toArray())
                .value(QStringLiteral("ps1.ipynb"));
        QCOMPARE(sum, md5Hex("second"));
        QVERIFY(md5Hex(content) != sum);
    }
    // The older submission is intact.
    const auto [content, sum] = decodeFiles(get(SubmissionPath, InstructorToken, {{QStringLiteral("timestamp"), older}})
                                                .object()
                                                .value(QStringLiteral("files"))
                                                .toArray())
                                    .value(QStringLiteral("ps1.ipynb"));
    QCOMPARE(md5Hex(content), sum);
}

void NgshareSimFaultsTest::seededHostilePaths_servedVerbatim()
{
    const QStringList paths{QStringLiteral("../x"), QStringLiteral("/etc/passwd"), QStringLiteral("C:\\x"),
                            QStringLiteral("ok.ipynb"), QStringLiteral("ok.ipynb")};
    QList<NgshareSimulator::File> files;
    for (const QString &path : paths) {
        files.append({path, path.toUtf8()});
    }
    m_sim->addSubmission(CourseId, QStringLiteral("ps1"), QStringLiteral("alice"), files);
    const QJsonArray tree = get(SubmissionPath, InstructorToken).object().value(QStringLiteral("files")).toArray();
    QCOMPARE(tree.size(), paths.size());
    for (qsizetype i = 0; i < paths.size(); ++i) {
        QCOMPARE(tree[i].toObject().value(QStringLiteral("path")).toString(), paths[i]);
        QCOMPARE(tree[i].toObject().value(QStringLiteral("checksum")).toString(), md5Hex(paths[i].toUtf8()));
    }
    m_sim->releaseAssignment(CourseId, QStringLiteral("evil"),
                             {{QStringLiteral("../../escape.ipynb"), QByteArray("x")}});
    QVERIFY(get(QStringLiteral("assignment/course101/evil"), AliceToken).body.contains("\"../../escape.ipynb\""));
}

void NgshareSimFaultsTest::expiredToken_behavesLikeUnknown()
{
    m_sim->setTokenState(InstructorToken, NgshareSimulator::TokenState::Expired);
    QCOMPARE(get(QStringLiteral("courses"), InstructorToken).status, 302);
    QCOMPARE(post(QStringLiteral("student/course101/zed"), InstructorToken).status, 403);
    QCOMPARE(get(QStringLiteral("submissions/course101/ps1"), InstructorToken).status, 500);
    QCOMPARE(get(QStringLiteral("/hub/api/user"), InstructorToken).status, 403);
    m_sim->setTokenState(InstructorToken, NgshareSimulator::TokenState::Valid);
    QCOMPARE(get(QStringLiteral("courses"), InstructorToken).status, 200);
    m_sim->removeToken(InstructorToken);
    QCOMPARE(get(QStringLiteral("courses"), InstructorToken).status, 302);
}

void NgshareSimFaultsTest::hubUnreachable_gives500WithAToken()
{
    m_sim->setHubReachable(false);
    QCOMPARE(get(QStringLiteral("courses"), InstructorToken).status, 500);
    QCOMPARE(get(QStringLiteral("assignment/nope/ps1"), InstructorToken).status, 500);
    QCOMPARE(get(QStringLiteral("courses"), QString()).status, 302);
    QCOMPARE(get(QStringLiteral("healthz"), QString()).status, 200);
    QCOMPARE(get(QStringLiteral("/hub/api/user"), InstructorToken).status, 503);
    m_sim->clearFaults();
    QCOMPARE(get(QStringLiteral("courses"), InstructorToken).status, 200);
}

void NgshareSimFaultsTest::bodyLimit_400EmptyAndNothingStored()
{
    m_sim->setBodyLimit(64 * 1024);
    QCOMPARE(m_sim->httpServer()->maxBodySize(), 64 * 1024 + NgshareSimulator::BodyLimitHeadroom);
    const FormItems big{
        {QStringLiteral("files"), filesJson({{QStringLiteral("big.bin"), QByteArray(60 * 1024, 'b')}})}};
    const NgReply refused = post(QStringLiteral("submission/course101/ps1"), AliceToken, big);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.body.isEmpty());
    QVERIFY(m_sim->submissions(CourseId, QStringLiteral("ps1")).isEmpty());
    QCOMPARE(m_sim->requestLog().constLast().status, 400);

    const FormItems fits{
        {QStringLiteral("files"), filesJson({{QStringLiteral("big.bin"), QByteArray(40 * 1024, 'b')}})}};
    QCOMPARE(post(QStringLiteral("submission/course101/ps1"), AliceToken, fits).status, 200);
    QCOMPARE(NgshareSimulator::DefaultBodyLimit, 104857600);
}

void NgshareSimFaultsTest::inspection_logAndCounts()
{
    m_sim->clearRequestLog();
    submitAsAlice(QByteArray(10000, 'z'));
    get(QStringLiteral("submissions/course101/ps1"), InstructorToken);
    get(QStringLiteral("submissions/course101/ps1"), InstructorToken,
        {{QStringLiteral("list_only"), QStringLiteral("true")}});
    get(QStringLiteral("no/such/path"), InstructorToken);
    QCOMPARE(m_sim->requestCount(), 4);
    QCOMPARE(m_sim->requestCount(QStringLiteral("GET submissions/<course_id>/<assignment_id>")), 2);
    QCOMPARE(m_sim->requestCount(QStringLiteral("GET unknown")), 1);
    QCOMPARE(m_sim->requestCountsByRoute().value(QStringLiteral("POST submission/<course_id>/<assignment_id>")), 1);

    const QList<NgshareSimulator::LoggedRequest> log = m_sim->requestLog();
    QCOMPARE(log[0].user, QStringLiteral("alice"));
    QCOMPARE(log[0].status, 200);
    QCOMPARE(log[0].bodyItems.first().first, QStringLiteral("files"));
    QCOMPARE(log[0].bodyItems.first().second.size(), 4097);
    QVERIFY(log[0].bodySize > 10000);
    QCOMPARE(log[2].query, QStringLiteral("list_only=true"));
    QCOMPARE(log[3].status, 404);
    QVERIFY(std::any_of(log[1].headers.cbegin(), log[1].headers.cend(), [](const SimHttpHeader &h) {
        return h.first.compare("Authorization", Qt::CaseInsensitive) == 0 && h.second == "token instr-token";
    }));
}

void NgshareSimFaultsTest::etag_matchingIfNoneMatchGives304()
{
    const NgReply first = get(QStringLiteral("courses"), AliceToken);
    const QByteArray etag = first.headers.value("etag");
    QVERIFY(etag.startsWith('"') && etag.size() == 42);
    const NgReply again = send("GET", QStringLiteral("courses"), AliceToken, {}, {}, {{"If-None-Match", etag}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(send("GET", QStringLiteral("courses"), AliceToken, {}, {}, {{"If-None-Match", "\"other\""}}).status, 200);
}

void NgshareSimFaultsTest::ids_percentDecodedAfterRouting()
{
    QCOMPARE(post(QStringLiteral("course/NBG%20101%2Fa+b"), AdminToken,
                  {{QStringLiteral("instructors"), QStringLiteral(R"(["instr"])")}})
                 .status,
             200);
    QVERIFY(m_sim->courses().contains(QStringLiteral("NBG 101/a+b")));
    QCOMPARE(get(QStringLiteral("instructors/NBG%20101%2Fa+b"), InstructorToken).status, 200);
    QCOMPARE(get(QStringLiteral("instructors/NBG%20101/a+b"), InstructorToken).status, 404);
    // A JSON string of instructors is iterated character by character; a repeated name is a 500.
    QCOMPARE(
        post(QStringLiteral("course/chars"), AdminToken, {{QStringLiteral("instructors"), QStringLiteral("\"xy\"")}})
            .status,
        200);
    QCOMPARE(m_sim->instructors(QStringLiteral("chars")).size(), 2);
    QCOMPARE(post(QStringLiteral("course/dup"), AdminToken,
                  {{QStringLiteral("instructors"), QStringLiteral(R"(["a", "a"])")}})
                 .status,
             500);
}

void NgshareSimFaultsTest::mockMode_userArgument()
{
    m_sim->setAuthMode(NgshareSimulator::AuthMode::MockUser);
    const NgReply missing = get(QStringLiteral("courses"), QString());
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.body.startsWith("<html><title>400: Bad Request</title>"));
    QCOMPARE(get(QStringLiteral("courses"), QString(), {{QStringLiteral("user"), QStringLiteral("alice")}}).body,
             QByteArray(R"({"success": true, "courses": ["course101"]})"));
    // The header is ignored; the form field works for POST.
    QCOMPARE(get(QStringLiteral("courses"), InstructorToken).status, 400);
    QCOMPARE(
        send("POST", QStringLiteral("course/mock"), QString(), {}, {{QStringLiteral("user"), QStringLiteral("root")}})
            .status,
        200);
    m_sim->setDebugMode(true);
    const NgReply debug = get(QStringLiteral("courses"), QString());
    QCOMPARE(debug.headers.value("content-type"), QByteArray("text/plain; charset=utf-8"));
    QVERIFY(debug.body.contains("Missing argument user"));
}

void NgshareSimFaultsTest::debugMode_suffixesAndInitDatabase()
{
    const NgReply off =
        get(QStringLiteral("initialize-Data6ase"), AdminToken, {{QStringLiteral("action"), QStringLiteral("init")}});
    QCOMPARE(off.status, 403);
    QCOMPARE(off.message(), QStringLiteral("Debug mode is off"));
    QCOMPARE(
        get(QStringLiteral("initialize-Data6ase"), AdminToken, {{QStringLiteral("action"), QStringLiteral("dump")}})
            .status,
        200);
    QCOMPARE(
        get(QStringLiteral("initialize-Data6ase"), AliceToken, {{QStringLiteral("action"), QStringLiteral("dump")}})
            .status,
        403);

    m_sim->setDebugMode(true);
    QCOMPARE(post(QStringLiteral("course/x"), AliceToken).message(), QStringLiteral("Permission denied (not admin)"));
    QCOMPARE(get(QStringLiteral("students/course101"), AliceToken).message(),
             QStringLiteral("Permission denied (not course instructor)"));
    QCOMPARE(get(QStringLiteral("assignments/course101"), QStringLiteral("carol-token")).message(),
             QStringLiteral("Permission denied (not related to course)"));

    const NgReply cleared =
        get(QStringLiteral("initialize-Data6ase"), AliceToken, {{QStringLiteral("action"), QStringLiteral("clear")}});
    QCOMPARE(cleared.body, QByteArray(R"({"success": true, "message": "done"})"));
    QVERIFY(m_sim->courses().isEmpty());
    QCOMPARE(
        get(QStringLiteral("initialize-Data6ase"), AliceToken, {{QStringLiteral("action"), QStringLiteral("init")}})
            .status,
        200);
    QCOMPARE(m_sim->courses(), (QStringList{QStringLiteral("course1"), QStringLiteral("course2")}));
    const QList<NgshareSimulator::Submission> challenge =
        m_sim->submissions(QStringLiteral("course1"), QStringLiteral("challenge"));
    QCOMPARE(challenge.size(), 2);
    QCOMPARE(challenge.first().timestamp, QStringLiteral("2020-01-01 00:00:00.000000"));
    QCOMPARE(challenge.first().feedback.first().content, QByteArray("55555"));
    QCOMPARE(get(QStringLiteral("initialize-Data6ase"), AliceToken, {{QStringLiteral("action"), QStringLiteral("x")}})
                 .message(),
             QStringLiteral("action should be clear, init, or dump"));
}

void NgshareSimFaultsTest::seedSyntheticCourse_benchmarkShape()
{
    NgshareSimulator::SyntheticCourse shape;
    shape.courseId = QStringLiteral("bench");
    shape.students = 3;
    shape.notebooksPerAssignment = 2;
    shape.notebookBytes = 1000;
    shape.submissionsPerStudent = 2;
    const QStringList students = m_sim->seedSyntheticCourse(shape);
    QCOMPARE(students,
             (QStringList{QStringLiteral("student001"), QStringLiteral("student002"), QStringLiteral("student003")}));
    const QList<NgshareSimulator::Submission> submissions =
        m_sim->submissions(QStringLiteral("bench"), QStringLiteral("ps1"));
    QCOMPARE(submissions.size(), 6);
    QCOMPARE(submissions.first().files.size(), 2);
    QVERIFY(qAbs(submissions.first().files.first().content.size() - 1000) < 10);
    QJsonParseError error{};
    QJsonDocument::fromJson(submissions.first().files.first().content, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(submissions[0].files[0].content != submissions[1].files[0].content);

    const NgReply latest = get(QStringLiteral("submission/bench/ps1/student002"), shape.instructorToken);
    QCOMPARE(latest.object().value(QStringLiteral("timestamp")).toString(), submissions[4].timestamp);
    QCOMPARE(get(QStringLiteral("courses"), QStringLiteral("student001-token")).body,
             QByteArray(R"({"success": true, "courses": ["bench"]})"));
}

void NgshareSimFaultsTest::seedFromCourseDirectory_fixture()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QVERIFY(!m_sim->seedFromCourseDirectory(QStringLiteral("x"), QStringLiteral("/nonexistent"), QStringLiteral("i"),
                                            QStringLiteral("t")));
    QVERIFY(!m_sim->courses().contains(QStringLiteral("x")));
    QVERIFY(m_sim->seedFromCourseDirectory(QStringLiteral("nbg101"),
                                           notebookFixture(QStringLiteral("nbgrader/course101")),
                                           QStringLiteral("teacher"), QStringLiteral("teacher-token")));
    const QList<NgshareSimulator::File> release =
        *m_sim->assignmentFiles(QStringLiteral("nbg101"), QStringLiteral("ps1"));
    QStringList paths;
    for (const NgshareSimulator::File &file : release) {
        paths.append(file.path);
    }
    QCOMPARE(paths, (QStringList{QStringLiteral("jupyter.png"), QStringLiteral("problem1.ipynb"),
                                 QStringLiteral("problem2.ipynb")}));
    const QList<NgshareSimulator::Submission> submitted =
        m_sim->submissions(QStringLiteral("nbg101"), QStringLiteral("ps1"));
    QCOMPARE(submitted.size(), 2);
    QCOMPARE(submitted.first().studentId, QStringLiteral("bitdiddle"));
    QCOMPARE(submitted.first().files.size(), 3);
    QCOMPARE(get(QStringLiteral("students/nbg101"), QStringLiteral("teacher-token")).status, 200);
}

QTEST_GUILESS_MAIN(NgshareSimFaultsTest)
#include "ngsharesimfaults_test.moc"
