// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// NgshareExchange against the ngshare simulator: the connection test's verdicts, courses and
// roster, release (and its refusal to release again), and feedback for the exact submission.

#include "ngsharetestcourse.h"

#include <services/exchange/localexchange.h>
#include <services/exchange/submissionwriter.h>
#include <services/grading/feedbackhtml.h>
#include <tests/support/testsupport.h>

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;
using Verdict = NgshareConnectionReport::Verdict;

namespace {

const QString Ps1 = QStringLiteral("ps1");

template <typename T>
QByteArray describe(const std::optional<Result<T>> &result)
{
    if (!result) {
        return "timed out";
    }
    return result->ok() ? QByteArray("ok")
                        : (result->error().message + QStringLiteral(" | ") + result->error().detail).toUtf8();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

} // namespace

class NgshareExchangeTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createExchange_picksNgshareAndRefusesPlainHttp();
    void localExchange_hasNoServerOperations();
    void testConnection_tellsApart_data();
    void testConnection_tellsApart();
    void courses_listAndCreateAsAdmin();
    void instructors_addListRemoveAsAdmin();
    void roster_differenceShownBeforeAnythingChanges();
    void addStudents_instructorRefusedPerEntry();
    void removeStudent_removesOnlyThatStudent();
    void release_uploadsEveryFileOfTheFolder();
    void release_again_refusedClearlyThenReplacedWhenNothingSubmitted();
    void release_again_withSubmissions_neverReplaced();
    void feedback_uploadedForTheExactCollectedSubmission();
    void feedback_missingPages_reportedNotUploaded();

private:
    std::unique_ptr<NgshareTestCourse> m_course;
};

void NgshareExchangeTest::init()
{
    GRADEDESK_REQUIRE_FIXTURES();
    m_course = std::make_unique<NgshareTestCourse>();
    QVERIFY2(m_course->setUp(), qPrintable(m_course->error()));
}

void NgshareExchangeTest::cleanup()
{
    m_course.reset();
}

void NgshareExchangeTest::createExchange_picksNgshareAndRefusesPlainHttp()
{
    auto exchange = createExchange(m_course->config, *m_course->gradebook, m_course->network.get());
    QVERIFY(exchange.ok());
    QVERIFY(qobject_cast<NgshareExchange *>(exchange.value().get()));
    QVERIFY(exchange.value()->supports(Exchange::Feature::Release));

    CourseConfig remote = m_course->config;
    remote.exchange.url = QUrl(QStringLiteral("http://hub.example.edu"));
    auto refused = createExchange(remote, *m_course->gradebook);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ServiceError::Kind::Security);
}

void NgshareExchangeTest::localExchange_hasNoServerOperations()
{
    CourseConfig local = m_course->config;
    local.exchange.kind = ExchangeConfig::Kind::Local;
    LocalExchange exchange(local, *m_course->gradebook);
    QVERIFY(!exchange.supports(Exchange::Feature::Roster));
    const auto released = NgshareTestCourse::wait(
        exchange.release(Ps1, m_course->coursePath(QStringLiteral("release/ps1")), ReleaseMode::Refuse));
    QVERIFY(released && !released->ok());
    QCOMPARE(released->error().kind, ServiceError::Kind::Unsupported);
    const auto students = NgshareTestCourse::wait(exchange.listStudents());
    QVERIFY(students && !students->ok());
}

void NgshareExchangeTest::testConnection_tellsApart_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("verdict");

    QTest::newRow("instructor: ok") << "instructor" << int(Verdict::Ok);
    QTest::newRow("admin who does not teach: ok") << "admin" << int(Verdict::Ok);
    QTest::newRow("unknown token") << "bad-token" << int(Verdict::BadToken);
    QTest::newRow("expired token") << "expired-token" << int(Verdict::BadToken);
    QTest::newRow("a student of the course") << "student" << int(Verdict::NotInstructor);
    QTest::newRow("no such course") << "other-course" << int(Verdict::CourseNotFound);
    QTest::newRow("wrong prefix") << "wrong-prefix" << int(Verdict::NotNgshare);
    QTest::newRow("nothing listening") << "unreachable" << int(Verdict::Unreachable);
    QTest::newRow("https to a server without TLS") << "tls" << int(Verdict::TlsFailure);
    QTest::newRow("plain http to a remote host") << "insecure" << int(Verdict::Insecure);
    QTest::newRow("hub unreachable from ngshare") << "hub-down" << int(Verdict::Unreachable);
}

void NgshareExchangeTest::testConnection_tellsApart()
{
    QFETCH(QString, setup);
    QFETCH(int, verdict);
    NgshareSimulator &sim = *m_course->sim;
    CourseConfig &config = m_course->config;
    const std::unique_ptr<QTcpServer> plain = startPlainTextServer();
    QVERIFY(plain);
    QString token = NgInstructorToken;
    if (setup == QLatin1String("admin")) {
        token = NgAdminToken;
    } else if (setup == QLatin1String("bad-token")) {
        token = QStringLiteral("not-a-token");
    } else if (setup == QLatin1String("expired-token")) {
        sim.setTokenState(NgInstructorToken, NgshareSimulator::TokenState::Expired);
    } else if (setup == QLatin1String("student")) {
        token = NgStudentToken;
    } else if (setup == QLatin1String("other-course")) {
        config.id = QStringLiteral("course999");
    } else if (setup == QLatin1String("wrong-prefix")) {
        config.exchange.prefix = QStringLiteral("/services/ngshar");
    } else if (setup == QLatin1String("unreachable")) {
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        config.exchange.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(reserve.serverPort()));
    } else if (setup == QLatin1String("tls")) {
        config.exchange.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain->serverPort()));
    } else if (setup == QLatin1String("insecure")) {
        config.exchange.url = QUrl(QStringLiteral("http://hub.example.edu"));
    } else if (setup == QLatin1String("hub-down")) {
        sim.setHubReachable(false);
    }
    m_course->recreateExchange();
    m_course->exchange->setToken(token);
    sim.clearRequestLog();

    const auto result = NgshareTestCourse::wait(m_course->exchange->testConnection());
    QVERIFY2(result && result->ok(), describe(result).constData());
    const NgshareConnectionReport &report = result->value();
    QVERIFY2(
        int(report.verdict) == verdict,
        qPrintable(
            QStringLiteral("verdict %1: %2 | %3").arg(int(report.verdict)).arg(report.message, report.error.detail)));
    QVERIFY(!report.message.isEmpty());
    QVERIFY(!report.message.contains(token));
    if (setup == QLatin1String("instructor")) {
        QVERIFY(report.healthy);
        QVERIFY(report.teaches);
        QCOMPARE(report.userName, NgInstructor);
        QCOMPARE(report.students, 2);
        QCOMPARE(report.assignments, QStringList{Ps1});
    } else if (setup == QLatin1String("admin")) {
        QVERIFY(!report.teaches);
    } else if (setup == QLatin1String("insecure")) {
        QCOMPARE(sim.requestCount(), 0);
    }
}

void NgshareExchangeTest::courses_listAndCreateAsAdmin()
{
    auto courses = NgshareTestCourse::wait(m_course->exchange->listCourses());
    QVERIFY2(courses && courses->ok(), describe(courses).constData());
    QCOMPARE(courses->value(), QStringList{NgCourse});

    const auto refused = NgshareTestCourse::wait(m_course->exchange->createCourse(QStringLiteral("NBG 102"), {}));
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().httpStatus, 403);

    m_course->exchange->setToken(NgAdminToken);
    const auto created =
        NgshareTestCourse::wait(m_course->exchange->createCourse(QStringLiteral("NBG 102"), {NgInstructor}));
    QVERIFY2(created && created->ok(), describe(created).constData());
    QVERIFY(m_course->sim->courses().contains(QStringLiteral("NBG 102")));
    const auto again = NgshareTestCourse::wait(m_course->exchange->createCourse(QStringLiteral("NBG 102"), {}));
    QVERIFY(again && !again->ok());
    QCOMPARE(again->error().kind, ServiceError::Kind::Conflict);
}

void NgshareExchangeTest::instructors_addListRemoveAsAdmin()
{
    m_course->exchange->setToken(NgAdminToken);
    const auto added = NgshareTestCourse::wait(m_course->exchange->addInstructor(
        {QStringLiteral("ta2"), QStringLiteral("Tia"), QStringLiteral("Assist"), QStringLiteral("ta2@x")}));
    QVERIFY2(added && added->ok(), describe(added).constData());
    auto listed = NgshareTestCourse::wait(m_course->exchange->listInstructors());
    QVERIFY(listed && listed->ok());
    QCOMPARE(listed->value().size(), 2);
    QCOMPARE(listed->value().constLast().firstName, QStringLiteral("Tia"));
    const auto removed = NgshareTestCourse::wait(m_course->exchange->removeInstructor(QStringLiteral("ta2")));
    QVERIFY(removed && removed->ok());
    listed = NgshareTestCourse::wait(m_course->exchange->listInstructors());
    QCOMPARE(listed->value().size(), 1);
}

void NgshareExchangeTest::roster_differenceShownBeforeAnythingChanges()
{
    StudentRecord carol;
    carol.id = QStringLiteral("carol");
    carol.firstName = QStringLiteral("Carol");
    carol.lastName = QStringLiteral("Coder");
    carol.email = QStringLiteral("carol@example.edu");
    StudentRecord ben;
    ben.id = QStringLiteral("bitdiddle");
    ben.firstName = QStringLiteral("Ben");
    ben.lastName = QStringLiteral("Bitdiddle");
    QVERIFY(m_course->gradebook->upsertStudent(carol).ok());
    QVERIFY(m_course->gradebook->upsertStudent(ben).ok());
    m_course->sim->clearRequestLog();

    const auto planned = NgshareTestCourse::wait(m_course->exchange->planRoster());
    QVERIFY2(planned && planned->ok(), describe(planned).constData());
    const ExchangeRosterDiff &diff = planned->value();
    QCOMPARE(diff.toAdd.size(), 1);
    QCOMPARE(diff.toAdd.constFirst().username, QStringLiteral("carol"));
    QCOMPARE(diff.toUpdate.size(), 1);
    QCOMPARE(diff.toUpdate.constFirst().after.lastName, QStringLiteral("Bitdiddle"));
    QCOMPARE(diff.onlyOnExchange.size(), 1);
    QCOMPARE(diff.onlyOnExchange.constFirst().username, QStringLiteral("hacker"));
    for (const NgshareSimulator::LoggedRequest &request : m_course->sim->requestLog()) {
        QCOMPARE(request.method, QByteArray("GET"));
    }

    const auto applied = NgshareTestCourse::wait(m_course->exchange->addStudents(diff.toSend()));
    QVERIFY2(applied && applied->ok(), describe(applied).constData());
    QCOMPARE(applied->value().size(), 2);
    for (const ExchangePersonStatus &status : applied->value()) {
        QVERIFY2(status.ok, qPrintable(status.message));
    }
    const QList<NgshareSimulator::Person> students = m_course->sim->students(NgCourse);
    QCOMPARE(students.size(), 3);
    const auto replanned = NgshareTestCourse::wait(m_course->exchange->planRoster());
    QVERIFY(replanned->value().isEmpty());
    QCOMPARE(replanned->value().unchanged, 2);
}

void NgshareExchangeTest::addStudents_instructorRefusedPerEntry()
{
    const auto added = NgshareTestCourse::wait(m_course->exchange->addStudents(
        {{QStringLiteral("dana"), QString(), QString(), QString()}, {NgInstructor, QString(), QString(), QString()}}));
    QVERIFY2(added && added->ok(), describe(added).constData());
    QCOMPARE(added->value().size(), 2);
    QVERIFY(added->value().at(0).ok);
    QVERIFY(!added->value().at(1).ok);
    QVERIFY(!added->value().at(1).message.isEmpty());

    const auto none = NgshareTestCourse::wait(m_course->exchange->addStudents({}));
    QVERIFY(none && none->ok() && none->value().isEmpty());
}

void NgshareExchangeTest::removeStudent_removesOnlyThatStudent()
{
    const auto removed = NgshareTestCourse::wait(m_course->exchange->removeStudent(QStringLiteral("hacker")));
    QVERIFY2(removed && removed->ok(), describe(removed).constData());
    QCOMPARE(m_course->sim->students(NgCourse).size(), 1);
    const auto again = NgshareTestCourse::wait(m_course->exchange->removeStudent(QStringLiteral("hacker")));
    QVERIFY(again && !again->ok());
    QCOMPARE(again->error().kind, ServiceError::Kind::NotFound);
}

void NgshareExchangeTest::release_uploadsEveryFileOfTheFolder()
{
    const QString folder = m_course->coursePath(QStringLiteral("release/ps2"));
    writeFile(folder + QStringLiteral("/ps2.ipynb"), "{\"cells\": []}");
    writeFile(folder + QStringLiteral("/data/in.csv"), "a,b\n");
    writeFile(folder + QStringLiteral("/.ipynb_checkpoints/ps2-checkpoint.ipynb"), "{}");
    const auto released =
        NgshareTestCourse::wait(m_course->exchange->release(QStringLiteral("ps2"), folder, ReleaseMode::Refuse));
    QVERIFY2(released && released->ok(), describe(released).constData());
    QCOMPARE(released->value().files, (QStringList{QStringLiteral("data/in.csv"), QStringLiteral("ps2.ipynb")}));
    QVERIFY(!released->value().replaced);
    const auto files = m_course->sim->assignmentFiles(NgCourse, QStringLiteral("ps2"));
    QVERIFY(files);
    QCOMPARE(files->size(), 2);
}

void NgshareExchangeTest::release_again_refusedClearlyThenReplacedWhenNothingSubmitted()
{
    m_course->tearDown();
    m_course = std::make_unique<NgshareTestCourse>();
    QVERIFY(m_course->setUp(false));
    const QString folder = m_course->coursePath(QStringLiteral("release/ps1"));
    writeFile(folder + QStringLiteral("/errata.txt"), "fixed");

    const auto state = NgshareTestCourse::wait(m_course->exchange->releaseState(Ps1));
    QVERIFY(state && state->ok());
    QVERIFY(state->value().released);
    QVERIFY(state->value().canReplace());

    const auto refused = NgshareTestCourse::wait(m_course->exchange->release(Ps1, folder, ReleaseMode::Refuse));
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind, ServiceError::Kind::Conflict);
    QVERIFY2(refused->error().message.contains(QStringLiteral("can be replaced")),
             qPrintable(refused->error().message));
    QCOMPARE(m_course->sim->assignmentFiles(NgCourse, Ps1)->size(), 3);

    const auto replaced =
        NgshareTestCourse::wait(m_course->exchange->release(Ps1, folder, ReleaseMode::ReplaceIfNothingSubmitted));
    QVERIFY2(replaced && replaced->ok(), describe(replaced).constData());
    QVERIFY(replaced->value().replaced);
    QCOMPARE(m_course->sim->assignmentFiles(NgCourse, Ps1)->size(), 4);
}

void NgshareExchangeTest::release_again_withSubmissions_neverReplaced()
{
    const QString folder = m_course->coursePath(QStringLiteral("release/ps1"));
    const auto state = NgshareTestCourse::wait(m_course->exchange->releaseState(Ps1));
    QVERIFY(state && state->ok());
    QCOMPARE(state->value().submissions, 2);
    QVERIFY(!state->value().canReplace());
    const auto refused =
        NgshareTestCourse::wait(m_course->exchange->release(Ps1, folder, ReleaseMode::ReplaceIfNothingSubmitted));
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind, ServiceError::Kind::Conflict);
    QVERIFY2(refused->error().message.contains(QStringLiteral("delete")), qPrintable(refused->error().message));
    QCOMPARE(m_course->sim->submissions(NgCourse, Ps1).size(), 2);
    QCOMPARE(m_course->sim->requestCount(QStringLiteral("DELETE assignment/<course_id>/<assignment_id>")), 0);
}

void NgshareExchangeTest::feedback_uploadedForTheExactCollectedSubmission()
{
    const auto collected = NgshareTestCourse::wait(m_course->exchange->collect(Ps1));
    QVERIFY2(collected && collected->ok(), describe(collected).constData());
    // hacker submits again after the collect: feedback still belongs to the graded submission.
    const QString later = m_course->sim->addSubmission(NgCourse, Ps1, QStringLiteral("hacker"),
                                                       NgshareTestCourse::fixtureSubmission(QStringLiteral("hacker")));
    const QString feedbackDir = m_course->coursePath(QStringLiteral("feedback"));
    const auto written =
        FeedbackHtml::generate(*m_course->gradebook, m_course->coursePath(), m_course->config.title, Ps1, feedbackDir);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));

    const auto released = NgshareTestCourse::wait(m_course->exchange->releaseFeedback(Ps1, feedbackDir));
    QVERIFY2(released && released->ok(), describe(released).constData());
    QCOMPARE(released->value().submissions, 2);
    QCOMPARE(released->value().files, 4);
    QVERIFY(released->value().skipped.isEmpty());

    for (const QString &student : {QStringLiteral("bitdiddle"), QStringLiteral("hacker")}) {
        const QString timestamp = SubmissionWriter::collectedTimestamp(m_course->coursePath(), student, Ps1);
        const auto feedback = m_course->sim->feedback(NgCourse, Ps1, student, timestamp);
        QVERIFY(feedback);
        QCOMPARE(feedback->size(), 2);
        QCOMPARE(feedback->constFirst().path, QStringLiteral("problem1.html"));
        QVERIFY(feedback->constFirst().content.contains("<html"));
    }
    const auto newest = m_course->sim->feedback(NgCourse, Ps1, QStringLiteral("hacker"), later);
    QVERIFY(newest && newest->isEmpty());
    for (const NgshareSimulator::LoggedRequest &request : m_course->sim->requestLog()) {
        if (request.method == "POST") {
            for (const auto &[key, value] : request.queryItems) {
                QVERIFY2(key != QLatin1String("timestamp"), "timestamp must go in the body");
            }
        }
    }
}

void NgshareExchangeTest::feedback_missingPages_reportedNotUploaded()
{
    const auto collected = NgshareTestCourse::wait(m_course->exchange->collect(Ps1));
    QVERIFY(collected && collected->ok());
    const QString feedbackDir = m_course->coursePath(QStringLiteral("feedback"));
    writeFile(feedbackDir + QStringLiteral("/bitdiddle/ps1/problem1.html"), "<html>ok</html>");
    const auto released = NgshareTestCourse::wait(m_course->exchange->releaseFeedback(Ps1, feedbackDir));
    QVERIFY2(released && released->ok(), describe(released).constData());
    QCOMPARE(released->value().submissions, 1);
    QCOMPARE(released->value().skipped.size(), 1);
    QCOMPARE(released->value().skipped.constFirst().student, QStringLiteral("hacker"));
    QCOMPARE(m_course->sim->requestCount(QStringLiteral("POST feedback/<course_id>/<assignment_id>/<student_id>")), 1);
}

QTEST_GUILESS_MAIN(NgshareExchangeTest)
#include "ngshareexchange_test.moc"
