// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvastesting.h"

#include <services/canvas/canvaserrors.h>
#include <services/canvas/canvasrosterplan.h>
#include <services/gradebook/gradebook.h>

#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk;
using namespace GradeDesk::Services;
using GradeDesk::Tests::CanvasSimulator;
using GradeDesk::Tests::waitForResult;
using Verdict = CanvasConnectionReport::Verdict;
using Rule = CanvasConfig::IdentityRule;

// Connection test, roster import and assignment mapping against the simulator.
class CanvasCourseTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void testConnection_tellsProblemsApart_data();
    void testConnection_tellsProblemsApart();
    void testConnection_unreachable();

    void fetchRoster_mergesSectionsAndSkipsInactive();
    void fetchRoster_taTokenHidesLoginIds();
    void rosterImport_endToEnd_thenDropAndRejoin();

    void findAssignment_byNameOrRememberedId();
    void findAssignment_duplicateNames_conflict();
    void createAndPublishAssignment();

private:
    std::unique_ptr<Tests::CanvasFixture> m_fixture;
    Tests::SeededCourse m_seeded;
};

void CanvasCourseTest::init()
{
    m_fixture = std::make_unique<Tests::CanvasFixture>();
    // Seed before the tokens so the demo sections come first.
    m_seeded = Tests::seedCourse(*m_fixture->simulator, 25);
    QVERIFY(m_fixture->start());
}

void CanvasCourseTest::cleanup()
{
    m_fixture.reset();
}

void CanvasCourseTest::testConnection_tellsProblemsApart_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("course");
    QTest::addColumn<int>("rule");
    QTest::addColumn<int>("verdict");
    QTest::newRow("teacher token, login ids")
        << Tests::teacherToken << QString() << int(Rule::LoginId) << int(Verdict::Ok);
    QTest::newRow("invalid token") << QStringLiteral("wrong") << QString() << int(Rule::LoginId)
                                   << int(Verdict::BadToken);
    QTest::newRow("wrong course id") << Tests::teacherToken << QStringLiteral("999") << int(Rule::LoginId)
                                     << int(Verdict::WrongCourse);
    QTest::newRow("course by SIS id") << Tests::teacherToken << QStringLiteral("sis_course_id:SIS-DA101")
                                      << int(Rule::LoginId) << int(Verdict::Ok);
    QTest::newRow("TA token cannot see login ids")
        << Tests::taToken << QString() << int(Rule::LoginId) << int(Verdict::InsufficientPermission);
    QTest::newRow("TA token is fine with e-mail matching")
        << Tests::taToken << QString() << int(Rule::EmailLocalPart) << int(Verdict::Ok);
    QTest::newRow("student token cannot manage grades")
        << QStringLiteral("student-token") << QString() << int(Rule::EmailLocalPart)
        << int(Verdict::InsufficientPermission);
}

void CanvasCourseTest::testConnection_tellsProblemsApart()
{
    QFETCH(QString, token);
    QFETCH(QString, course);
    QFETCH(int, rule);
    QFETCH(int, verdict);
    m_fixture->simulator->addToken(QStringLiteral("student-token"), CanvasSimulator::Role::Student,
                                   m_seeded.students.first());
    m_fixture->client->setToken(token);
    CanvasCourse target(m_fixture->client.get(),
                        course.isEmpty() ? QString::number(m_fixture->simulator->courseId()) : course);
    const auto result = waitForResult(target.testConnection(Rule(rule)));
    QVERIFY(result && result->ok());
    const CanvasConnectionReport &report = result->value();
    QVERIFY2(int(report.verdict) == verdict, qPrintable(report.message));
    QVERIFY(!report.message.isEmpty());
    if (report.verdict == Verdict::Ok) {
        QCOMPARE(report.courseName, QStringLiteral("Data Analysis 101"));
        QCOMPARE(report.canManageGrades, std::optional<bool>(true));
    }
    if (token == Tests::taToken) {
        QCOMPARE(report.role, QStringLiteral("TaEnrollment"));
        QCOMPARE(report.canSeeLoginIds, std::optional<bool>(false));
        QCOMPARE(report.canSeeEmails, std::optional<bool>(true));
    }
}

void CanvasCourseTest::testConnection_unreachable()
{
    const QUrl closed = m_fixture->simulator->baseUrl();
    m_fixture->simulator->stop();
    CanvasClient client(m_fixture->network.get(), closed);
    client.setToken(Tests::teacherToken);
    CanvasCourse course(&client, QStringLiteral("1"));
    const auto result = waitForResult(course.testConnection(Rule::LoginId));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().verdict, Verdict::Unreachable);
    QCOMPARE(result->value().error.kind, ServiceError::Kind::Network);

    CanvasClient insecure(m_fixture->network.get(), QUrl(QStringLiteral("http://canvas.example.edu")));
    insecure.setToken(Tests::teacherToken);
    CanvasCourse remote(&insecure, QStringLiteral("1"));
    const auto refused = waitForResult(remote.testConnection(Rule::LoginId));
    QVERIFY(refused && refused->ok());
    QCOMPARE(refused->value().verdict, Verdict::Insecure);
    QCOMPARE(insecure.stats().requests, 0);
}

void CanvasCourseTest::fetchRoster_mergesSectionsAndSkipsInactive()
{
    CanvasSimulator &sim = *m_fixture->simulator;
    // A student who left (completed) and one who was deleted are not on the roster.
    const qint64 left =
        sim.addUser({QStringLiteral("Left Early"), QString(), QStringLiteral("left"), QString(), QString()});
    sim.enroll(left, m_seeded.sections.first(), CanvasSimulator::EnrollmentType::Student,
               CanvasSimulator::EnrollmentState::Completed);
    const auto result = waitForResult(m_fixture->course->fetchRoster());
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detail));
    const CanvasRoster &roster = result->value();
    QCOMPARE(roster.students.size(), 25);
    QCOMPARE(roster.teachingAssistants.size(), 3); // two demo TAs and the TA token's owner
    QCOMPARE(roster.sections.size(), 2);
    const auto first = std::find_if(roster.students.cbegin(), roster.students.cend(),
                                    [](const CanvasPerson &p) { return p.loginId == QLatin1String("student001"); });
    QVERIFY(first != roster.students.cend());
    QCOMPARE(first->sectionNames, QStringList({QStringLiteral("Section 1"), QStringLiteral("Section 2")}));
    QCOMPARE(first->email, std::optional<QString>(QStringLiteral("student001@example.edu")));
    QCOMPARE(first->sisUserId, std::optional<QString>(QStringLiteral("S0001")));
    QVERIFY(roster.loginIdsVisible && roster.emailsVisible);
}

void CanvasCourseTest::fetchRoster_taTokenHidesLoginIds()
{
    m_fixture->client->setToken(Tests::taToken);
    const auto result = waitForResult(m_fixture->course->fetchRoster());
    QVERIFY(result && result->ok());
    QVERIFY(!result->value().loginIdsVisible);
    QVERIFY(!result->value().sisIdsVisible);
    QVERIFY(result->value().emailsVisible);
    QVERIFY(!result->value().students.front().loginId.has_value());

    // With the login-id rule nobody matches, and each says why.
    const CanvasRosterPlan plan = CanvasRosterPlan::build(result->value(), Rule::LoginId, {}, {}, {});
    QCOMPARE(plan.diff().unresolved.size(), 25);
    QVERIFY(plan.diff().unresolved.front().reason.contains(QLatin1String("login ids")));
}

void CanvasCourseTest::rosterImport_endToEnd_thenDropAndRejoin()
{
    QTemporaryDir dir;
    auto opened = Gradebook::openSqlite(dir.filePath(QStringLiteral("gradebook.sqlite")));
    QVERIFY(opened.ok());
    Gradebook &gradebook = *opened.value();
    CanvasConfig config;
    config.identity = Rule::LoginId;

    auto importOnce = [&]() -> std::optional<CanvasRosterPlan::Diff> {
        const auto roster = waitForResult(m_fixture->course->fetchRoster());
        if (!roster || !roster->ok()) {
            return std::nullopt;
        }
        Result<CanvasRosterPlan> plan = CanvasRosterPlan::build(roster->value(), gradebook, config);
        if (!plan || !plan.value().apply(gradebook, QStringLiteral("alice"))) {
            return std::nullopt;
        }
        return plan.value().diff();
    };

    const auto first = importOnce();
    QVERIFY(first);
    QCOMPARE(first->count(&CanvasRosterChange::added), 25);
    QCOMPARE(gradebook.students().value().size(), 25);
    QCOMPARE(gradebook.studentSections().value().value(QStringLiteral("student001")).size(), 2);

    // One student leaves in Canvas, another moves section: the leaver is kept, inactive.
    CanvasSimulator &sim = *m_fixture->simulator;
    for (const qint64 enrollment : m_seeded.enrollments.at(4)) {
        sim.setEnrollmentState(enrollment, CanvasSimulator::EnrollmentState::Deleted);
    }
    sim.setEnrollmentState(m_seeded.enrollments.at(5).front(), CanvasSimulator::EnrollmentState::Deleted);
    sim.enroll(m_seeded.students.at(5), m_seeded.sections.at(0));
    const auto second = importOnce();
    QVERIFY(second);
    QCOMPARE(second->count(&CanvasRosterChange::dropped), 1);
    QCOMPARE(second->count(&CanvasRosterChange::sectionsChanged), 1);
    QCOMPARE(second->count(&CanvasRosterChange::added), 0);
    const auto leaver = gradebook.student(QStringLiteral("student005"));
    QVERIFY(leaver.ok() && leaver.value() && !leaver.value()->active);
    QCOMPARE(gradebook.students().value().size(), 25);
    QCOMPARE(gradebook.studentSections().value().value(QStringLiteral("student006")),
             QStringList{QStringLiteral("Section 1")});

    // They come back: active again, matched by the remembered Canvas user id.
    sim.enroll(m_seeded.students.at(4), m_seeded.sections.at(0));
    const auto third = importOnce();
    QVERIFY(third);
    QCOMPARE(third->count(&CanvasRosterChange::reactivated), 1);
    QVERIFY(gradebook.student(QStringLiteral("student005")).value()->active);
}

void CanvasCourseTest::findAssignment_byNameOrRememberedId()
{
    const auto byName = waitForResult(m_fixture->course->findAssignment(QStringLiteral("ps1")));
    QVERIFY(byName && byName->ok() && byName->value().has_value());
    QCOMPARE(byName->value()->name, QStringLiteral("ps1"));
    QCOMPARE(byName->value()->pointsPossible, 10.0);
    QVERIFY(byName->value()->published);
    QCOMPARE(byName->value()->postManually, std::optional<bool>(false));

    const auto loose = waitForResult(m_fixture->course->findAssignment(QStringLiteral(" PS2 ")));
    QVERIFY(loose && loose->ok() && loose->value().has_value());
    QVERIFY(!loose->value()->published);

    const auto missing = waitForResult(m_fixture->course->findAssignment(QStringLiteral("ps9")));
    QVERIFY(missing && missing->ok() && !missing->value().has_value());

    const QString id = byName->value()->id;
    const auto remembered = waitForResult(m_fixture->course->findAssignment(QStringLiteral("renamed"), id));
    QVERIFY(remembered && remembered->ok() && remembered->value().has_value());
    QCOMPARE(remembered->value()->id, id);

    const auto stale =
        waitForResult(m_fixture->course->findAssignment(QStringLiteral("ps1"), QStringLiteral("123456")));
    QVERIFY(stale && stale->ok() && stale->value().has_value());
    QCOMPARE(stale->value()->id, id);
}

void CanvasCourseTest::findAssignment_duplicateNames_conflict()
{
    m_fixture->simulator->addAssignment({QStringLiteral("ps1"), 5.0, true, QStringLiteral("points"), false});
    const auto result = waitForResult(m_fixture->course->findAssignment(QStringLiteral("ps1")));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ServiceError::Kind::Conflict);
}

void CanvasCourseTest::createAndPublishAssignment()
{
    const auto created = waitForResult(m_fixture->course->createAssignment(QStringLiteral("Lab 3"), 12.5, false));
    QVERIFY(created && created->ok());
    QCOMPARE(created->value().name, QStringLiteral("Lab 3"));
    QCOMPARE(created->value().pointsPossible, 12.5);
    QVERIFY(!created->value().published);
    const auto published = waitForResult(m_fixture->course->publishAssignment(created->value().id));
    QVERIFY(published && published->ok());
    QVERIFY(published->value().published);
    const auto found = waitForResult(m_fixture->course->findAssignment(QStringLiteral("Lab 3")));
    QVERIFY(found && found->ok() && found->value() && found->value()->published);
}

QTEST_GUILESS_MAIN(CanvasCourseTest)
#include "canvascourse_test.moc"
