// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// Self-test of the Canvas simulator through a real QNetworkAccessManager: it must refuse what
// real Canvas refuses (auth, ids, per_page, update_grades bodies) and page, grade and report like it.

#include "tests/sim/canvas/canvassimtestbase.h"

#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace GradeDesk::Tests;
using namespace std::chrono_literals;

class CanvasSimTest final : public CanvasSimTestBase
{
    Q_OBJECT

private Q_SLOTS:

    void init() { QVERIFY(setUpCourse()); }

    void cleanup() { tearDown(); }

    void authentication_data();
    void authentication();
    void missingPermission_is401WithoutWwwAuthenticate();
    void wrongCourseId_is404();
    void perPage_data();
    void perPage();
    void users_linkChainCoversEveryoneWithoutLast();
    void users_testStudentLeavesShortPageWithNext();
    void enrollments_bookmarksOnlyViaLinks();
    void enrollments_stateFilterAndDefault();
    void taToken_hidesLoginAndSisIds();
    void assignments_createSearchPublish();
    void updateGrades_refusals_data();
    void updateGrades_refusals();
    void updateGrades_progressLifecycleAndReadBack();
    void updateGrades_unknownUsersSkippedThenFailed();
    void updateGrades_sectionEndpointOnlyGradesThatSection();
    void postedGrade_data();
    void postedGrade();
    void singleSubmission_putAndGetBySisId();
    void submissionComments_seededAndGradersWithAuthorsOnEveryPage();
};

void CanvasSimTest::authentication_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no token: user authorization required")
        << QByteArray() << QString() << 401 << QStringLiteral("user authorization required");
    QTest::newRow("unknown token: invalid")
        << QByteArray("bogus") << QString() << 401 << QStringLiteral("Invalid access token.");
    QTest::newRow("expired token") << TeacherToken << QStringLiteral("expired") << 401
                                   << QStringLiteral("Expired access token.");
    QTest::newRow("revoked token") << TeacherToken << QStringLiteral("revoked") << 401
                                   << QStringLiteral("Revoked access token.");
    QTest::newRow("valid token") << TeacherToken << QString() << 200 << QString();
}

void CanvasSimTest::authentication()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, state);
    QFETCH(int, status);
    QFETCH(QString, message);
    if (!state.isEmpty()) {
        m_sim->setTokenState(QString::fromLatin1(token), state == QLatin1String("expired")
                                                             ? CanvasSimulator::TokenState::Expired
                                                             : CanvasSimulator::TokenState::Revoked);
    }
    const SimReply reply = get(course(QStringLiteral("/users")), token);
    QCOMPARE(reply.status, status);
    if (status == 401) {
        QCOMPARE(reply.firstError(), message);
        QCOMPARE(reply.headers.value("www-authenticate"), QByteArray("Bearer realm=\"canvas-lms\""));
        QVERIFY(!reply.headers.contains("x-request-cost"));
    }
}

void CanvasSimTest::missingPermission_is401WithoutWwwAuthenticate()
{
    const SimReply reply = send("POST", gradesPath(m_ps1), "grade_data[1][posted_grade]=1", StudentToken);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.object().value(QStringLiteral("status")).toString(), QStringLiteral("unauthorized"));
    QVERIFY(!reply.headers.contains("www-authenticate"));

    // The token also works as a query parameter, and is never copied into Link URLs.
    const SimReply viaQuery = get(
        course(QStringLiteral("/users?per_page=5&access_token=")) + QString::fromLatin1(TeacherToken), QByteArray());
    QCOMPARE(viaQuery.status, 200);
    QVERIFY(!viaQuery.headers.value("link").contains("access_token"));
}

void CanvasSimTest::wrongCourseId_is404()
{
    const SimReply wrong = get(QStringLiteral("/api/v1/courses/987654/enrollments"));
    QCOMPARE(wrong.status, 404);
    QCOMPARE(wrong.firstError(), QStringLiteral("The specified resource does not exist."));
    QCOMPARE(get(QStringLiteral("/api/v1/courses/sis_course_id:SIS-C101")).status, 200);
    QCOMPARE(get(QStringLiteral("/api/v1/courses/sis_course_id:nope")).status, 404);
    QCOMPARE(get(QStringLiteral("/api/v1/no/such/route")).status, 404);
}

void CanvasSimTest::perPage_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("maxPerPage");
    QTest::addColumn<int>("expected");
    QTest::newRow("absent: default 10") << QString() << 100 << 10;
    QTest::newRow("too large: clamped silently to 100") << QStringLiteral("per_page=1000") << 100 << 100;
    QTest::newRow("older install caps at 50") << QStringLiteral("per_page=100") << 50 << 50;
    QTest::newRow("zero reads as 1") << QStringLiteral("per_page=0") << 100 << 1;
    QTest::newRow("negative reads as 1") << QStringLiteral("per_page=-7") << 100 << 1;
    QTest::newRow("garbage reads as 1 (Ruby to_i)") << QStringLiteral("per_page=abc") << 100 << 1;
    QTest::newRow("leading digits count") << QStringLiteral("per_page=3x") << 100 << 3;
}

void CanvasSimTest::perPage()
{
    QFETCH(QString, query);
    QFETCH(int, maxPerPage);
    QFETCH(int, expected);
    for (int i = 0; i < 120; ++i) {
        const qint64 id = m_sim->addUser({QStringLiteral("Extra %1").arg(i), {}, {}, {}, {}});
        m_sim->enroll(id, m_sim->courseId() + 1);
    }
    m_sim->setMaxPerPage(maxPerPage);
    const SimReply reply = get(course(QStringLiteral("/enrollments?")) + query);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.array().size(), expected);
    QVERIFY(reply.links().value(QStringLiteral("next")).contains(QStringLiteral("per_page=%1").arg(expected)));
}

void CanvasSimTest::users_linkChainCoversEveryoneWithoutLast()
{
    QString url = course(QStringLiteral("/users?enrollment_type[]=student&per_page=10"));
    QSet<qint64> seen;
    int pages = 0;
    while (!url.isEmpty() && pages < 20) {
        const SimReply reply = get(url);
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.links().contains(QStringLiteral("last")));
        QVERIFY(!reply.headers.value("link").contains(", <")); // rels joined without spaces
        for (const QJsonValue user : reply.array()) {
            seen.insert(user[QStringLiteral("id")].toInteger());
            QVERIFY(user.toObject().contains(QStringLiteral("email")));
        }
        url = reply.links().value(QStringLiteral("next"));
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), m_students.size());
    QCOMPARE(get(course(QStringLiteral("/users?enrollment_type[]=student&page=9"))).array().size(), 0);
}

void CanvasSimTest::users_testStudentLeavesShortPageWithNext()
{
    const qint64 testStudent = m_sim->addUser({QStringLiteral("Test Student"), QStringLiteral("A, Test"), {}, {}, {}});
    m_sim->enroll(testStudent, m_sim->courseId() + 1, CanvasSimulator::EnrollmentType::TestStudent);
    const SimReply first = get(course(QStringLiteral("/users?enrollment_type[]=student&per_page=5")));
    QCOMPARE(first.array().size(), 4); // sorted first, then dropped after paging
    QVERIFY(first.links().contains(QStringLiteral("next")));
    const SimReply with =
        get(course(QStringLiteral("/users?enrollment_type[]=student&include[]=test_student&per_page=5")));
    QCOMPARE(with.array().size(), 5);
}

void CanvasSimTest::enrollments_bookmarksOnlyViaLinks()
{
    QString url = course(QStringLiteral("/enrollments?type[]=StudentEnrollment&state[]=active&per_page=7"));
    QHash<qint64, int> rowsPerUser;
    int pages = 0;
    while (!url.isEmpty() && pages < 20) {
        const SimReply reply = get(url);
        QVERIFY(!reply.links().contains(QStringLiteral("last")));
        for (const QJsonValue row : reply.array()) {
            QCOMPARE(row[QStringLiteral("type")].toString(), QStringLiteral("StudentEnrollment"));
            rowsPerUser[row[QStringLiteral("user")][QStringLiteral("id")].toInteger()] += 1;
        }
        url = reply.links().value(QStringLiteral("next"));
        QVERIFY(url.isEmpty() || url.contains(QStringLiteral("page=bookmark:")));
        ++pages;
    }
    QCOMPARE(rowsPerUser.size(), m_students.size());
    QCOMPARE(rowsPerUser.value(m_students[0]), 2); // student 1 of every 10 is in two sections
    QCOMPARE(rowsPerUser.value(m_students[1]), 1);

    // A made-up page number is not a bookmark: Canvas starts over.
    const SimReply first = get(course(QStringLiteral("/enrollments?type[]=StudentEnrollment&per_page=7")));
    const SimReply guessed = get(course(QStringLiteral("/enrollments?type[]=StudentEnrollment&per_page=7&page=2")));
    QCOMPARE(guessed.body, first.body);
}

void CanvasSimTest::enrollments_stateFilterAndDefault()
{
    const qint64 user = m_sim->addUser({QStringLiteral("Dropped Out"), {}, QStringLiteral("dropped"), {}, {}});
    m_sim->enroll(user, m_sim->courseId() + 1, CanvasSimulator::EnrollmentType::Student,
                  CanvasSimulator::EnrollmentState::Inactive);
    const auto countFor = [this, user](const QString &query) {
        int n = 0;
        for (const QJsonValue row : get(course(QStringLiteral("/enrollments?per_page=100&")) + query).array()) {
            n += row[QStringLiteral("user_id")].toInteger() == user ? 1 : 0;
        }
        return n;
    };
    QCOMPARE(countFor(QString()), 1); // without state[], staff see inactive rows
    QCOMPARE(countFor(QStringLiteral("state[]=active")), 0);
    QCOMPARE(countFor(QStringLiteral("state[]=inactive")), 1);
}

void CanvasSimTest::taToken_hidesLoginAndSisIds()
{
    const SimReply users = get(course(QStringLiteral("/users?per_page=3")), TaToken);
    const QJsonObject first = users.array().at(0).toObject();
    QVERIFY(!first.contains(QStringLiteral("login_id")));
    QVERIFY(!first.contains(QStringLiteral("sis_user_id")));
    QVERIFY(first.contains(QStringLiteral("email")));
    const QJsonObject teacherView = get(course(QStringLiteral("/users?per_page=3"))).array().at(0).toObject();
    QVERIFY(teacherView.contains(QStringLiteral("login_id")));

    const SimReply sisFilter = get(course(QStringLiteral("/enrollments?sis_user_id[]=S0001")), TaToken);
    QCOMPARE(sisFilter.status, 400);
    QCOMPARE(sisFilter.firstError(), QStringLiteral("Insufficient permissions to filter by SIS fields"));
    QCOMPARE(get(course(QStringLiteral("/enrollments?sis_user_id[]=S0001"))).array().size(), 2);
}

void CanvasSimTest::assignments_createSearchPublish()
{
    const SimReply missingName = send("POST", course(QStringLiteral("/assignments")), "assignment[points_possible]=5");
    QCOMPARE(missingName.status, 400);
    QVERIFY(missingName.object().value(QStringLiteral("errors")).toObject().contains(QStringLiteral("name")));

    const SimReply created =
        send("POST", course(QStringLiteral("/assignments")),
             "assignment[name]=Lab+3&assignment[points_possible]=12.5&assignment[submission_types][]=none");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QStringLiteral("published")).toBool(), false);
    QCOMPARE(created.object().value(QStringLiteral("points_possible")).toDouble(), 12.5);
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();

    QCOMPARE(get(course(QStringLiteral("/assignments?search_term=L"))).status, 400);
    const SimReply found = get(course(QStringLiteral("/assignments?search_term=lab")));
    QCOMPARE(found.array().size(), 1);
    QVERIFY(found.links().contains(QStringLiteral("last")));

    const SimReply published =
        send("PUT", course(QStringLiteral("/assignments/")) + QString::number(id), "assignment[published]=true");
    QCOMPARE(published.status, 201);
    QCOMPARE(published.object().value(QStringLiteral("published")).toBool(), true);
    QCOMPARE(send("POST", course(QStringLiteral("/assignments")), "assignment[name]=x", TaToken).status, 201);
    QCOMPARE(send("POST", course(QStringLiteral("/assignments")), "assignment[name]=x", StudentToken).status, 401);
}

void CanvasSimTest::updateGrades_refusals_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("no grade_data: 400") << QStringLiteral("ps1") << QByteArray("foo=1") << 400
                                        << QStringLiteral("'grade_data' parameter required");
    QTest::newRow("grade_data without fields: 400") << QStringLiteral("ps1") << QByteArray("grade_data[5]=9") << 400
                                                    << QStringLiteral("'grade_data' parameter required");
    QTest::newRow("unpublished assignment: 401 unauthorized")
        << QStringLiteral("ps2") << QByteArray("grade_data[5][posted_grade]=9") << 401
        << QStringLiteral("user not authorized to perform that action");
    QTest::newRow("unknown assignment: 400")
        << QStringLiteral("424242") << QByteArray("grade_data[5][posted_grade]=9") << 400
        << QStringLiteral("Some assignments could not be found: ( 424242 )");
}

void CanvasSimTest::updateGrades_refusals()
{
    QFETCH(QString, assignment);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const qint64 id = m_sim->assignmentIdByName(assignment).value_or(assignment.toLongLong());
    const SimReply reply = send("POST", gradesPath(id), body);
    QCOMPARE(reply.status, status);
    const QJsonObject json = reply.object();
    QCOMPARE(json.contains(QStringLiteral("error")) ? json.value(QStringLiteral("error")).toString()
                                                    : reply.firstError(),
             error);
    QVERIFY(m_sim->progresses().isEmpty());
}

void CanvasSimTest::updateGrades_progressLifecycleAndReadBack()
{
    QByteArray body;
    for (int i = 0; i < 5; ++i) {
        body +=
            "grade_data[" + QByteArray::number(m_students[i]) + "][posted_grade]=" + QByteArray::number(i + 5) + '&';
    }
    body += "grade_data[" + QByteArray::number(m_students[0]) + "][text_comment]=Well+done";
    const SimReply queued = send("POST", gradesPath(m_ps1), body);
    QCOMPARE(queued.status, 200);
    const QJsonObject progress = queued.object();
    QCOMPARE(progress.value(QStringLiteral("workflow_state")).toString(), QStringLiteral("queued"));
    QCOMPARE(progress.value(QStringLiteral("tag")).toString(), QStringLiteral("submissions_update"));
    QVERIFY(!progress.contains(QStringLiteral("results")));
    QVERIFY(m_sim->scores(m_ps1).isEmpty()); // nothing written before the job runs

    const QString url = progress.value(QStringLiteral("url")).toString();
    QCOMPARE(get(url).object().value(QStringLiteral("workflow_state")).toString(), QStringLiteral("running"));
    const QJsonObject done = get(url).object();
    QCOMPARE(done.value(QStringLiteral("workflow_state")).toString(), QStringLiteral("completed"));
    QCOMPARE(done.value(QStringLiteral("completion")).toInt(), 100);

    QMap<qint64, double> readBack;
    QString page = course(QStringLiteral("/assignments/")) + QString::number(m_ps1) +
                   QStringLiteral("/submissions?per_page=10&include[]=submission_comments");
    while (!page.isEmpty()) {
        const SimReply reply = get(page);
        for (const QJsonValue submission : reply.array()) {
            if (!submission[QStringLiteral("score")].isNull()) {
                readBack.insert(submission[QStringLiteral("user_id")].toInteger(),
                                submission[QStringLiteral("score")].toDouble());
            }
            if (submission[QStringLiteral("user_id")].toInteger() == m_students[0]) {
                QCOMPARE(submission[QStringLiteral("submission_comments")][0][QStringLiteral("comment")].toString(),
                         QStringLiteral("Well done"));
            }
        }
        page = reply.links().value(QStringLiteral("next"));
    }
    QCOMPARE(readBack, m_sim->scores(m_ps1));
    QCOMPARE(readBack.size(), 5);
    QCOMPARE(readBack.value(m_students[4]), 9.0);
    QCOMPARE(m_sim->submission(m_ps1, m_students[0])->comments, QStringList{QStringLiteral("Well done")});
}

void CanvasSimTest::updateGrades_unknownUsersSkippedThenFailed()
{
    const QByteArray body = "grade_data[" + QByteArray::number(m_students[2]) + "][posted_grade]=7" +
                            "&grade_data[999999][posted_grade]=3&grade_data[sis_user_id:S0004][posted_grade]=4" +
                            "&grade_data[sis_user_id:NOPE][posted_grade]=1";
    m_sim->setEnrollmentState(m_students[5] + 1, CanvasSimulator::EnrollmentState::Completed);
    const QByteArray concluded = "&grade_data[" + QByteArray::number(m_students[5]) + "][posted_grade]=2";
    const qint64 id =
        send("POST", gradesPath(m_ps1), body + concluded).object().value(QStringLiteral("id")).toInteger();
    const QJsonObject done = pollUntilDone(id);
    QCOMPARE(done.value(QStringLiteral("workflow_state")).toString(), QStringLiteral("failed"));
    QCOMPARE(
        done.value(QStringLiteral("message")).toString(),
        QStringLiteral("Couldn't find User(s) with API ids '999999', 'sis_user_id:NOPE', '%1'").arg(m_students[5]));
    QVERIFY(done.value(QStringLiteral("completion")).isNull());
    // A failed job still wrote the students it could resolve.
    QCOMPARE(m_sim->scores(m_ps1).value(m_students[2]), 7.0);
    QCOMPARE(m_sim->scores(m_ps1).value(m_students[3]), 4.0);
    QCOMPARE(m_sim->scores(m_ps1).size(), 2);
}

void CanvasSimTest::updateGrades_sectionEndpointOnlyGradesThatSection()
{
    const qint64 section1 = m_sim->courseId() + 1; // seeded first
    // Students alternate sections: index 0 is in section 1, index 1 in section 2 only.
    const QByteArray body = "grade_data[" + QByteArray::number(m_students[0]) + "][posted_grade]=1&grade_data[" +
                            QByteArray::number(m_students[1]) + "][posted_grade]=1";
    const SimReply reply = send(
        "POST", QStringLiteral("/api/v1/sections/%1/assignments/%2/submissions/update_grades").arg(section1).arg(m_ps1),
        body);
    QCOMPARE(reply.status, 200);
    const QJsonObject done = pollUntilDone(reply.object().value(QStringLiteral("id")).toInteger());
    QCOMPARE(done.value(QStringLiteral("message")).toString(),
             QStringLiteral("Couldn't find User(s) with API ids '%1'").arg(m_students[1]));
    QVERIFY(m_sim->scores(m_ps1).contains(m_students[0]));
}

void CanvasSimTest::postedGrade_data()
{
    QTest::addColumn<QString>("gradingType");
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QVariant>("score");
    QTest::addColumn<QString>("grade");
    QTest::addColumn<bool>("excused");
    QTest::newRow("points") << QStringLiteral("points") << QByteArray("[posted_grade]=13.5") << QVariant(13.5)
                            << QStringLiteral("13.5") << false;
    QTest::newRow("percentage of points_possible") << QStringLiteral("points") << QByteArray("[posted_grade]=40%25")
                                                   << QVariant(8.0) << QStringLiteral("8") << false;
    QTest::newRow("pass is full points") << QStringLiteral("pass_fail") << QByteArray("[posted_grade]=pass")
                                         << QVariant(20.0) << QStringLiteral("complete") << false;
    QTest::newRow("pass_fail in-between clears")
        << QStringLiteral("pass_fail") << QByteArray("[posted_grade]=7") << QVariant() << QString() << false;
    QTest::newRow("letter without scheme clears")
        << QStringLiteral("letter_grade") << QByteArray("[posted_grade]=B") << QVariant() << QString() << false;
    QTest::newRow("garbage clears silently")
        << QStringLiteral("points") << QByteArray("[posted_grade]=abc") << QVariant() << QString() << false;
    QTest::newRow("extra credit above points_possible") << QStringLiteral("points") << QByteArray("[posted_grade]=25")
                                                        << QVariant(25.0) << QStringLiteral("25") << false;
    QTest::newRow("excuse") << QStringLiteral("points") << QByteArray("[excuse]=true") << QVariant() << QString()
                            << true;
}

void CanvasSimTest::postedGrade()
{
    QFETCH(QString, gradingType);
    QFETCH(QByteArray, fields);
    QFETCH(QVariant, score);
    QFETCH(QString, grade);
    QFETCH(bool, excused);
    const qint64 assignment = m_sim->addAssignment({QStringLiteral("a"), 20.0, true, gradingType, false});
    m_sim->setScore(assignment, m_students[0], 1.0);
    const QByteArray body = "grade_data[" + QByteArray::number(m_students[0]) + ']' + fields;
    pollUntilDone(send("POST", gradesPath(assignment), body).object().value(QStringLiteral("id")).toInteger());
    const CanvasSimulator::SubmissionRecord record = *m_sim->submission(assignment, m_students[0]);
    QCOMPARE(record.score.has_value(), score.isValid());
    if (score.isValid()) {
        QCOMPARE(*record.score, score.toDouble());
    }
    QCOMPARE(record.grade, grade);
    QCOMPARE(record.excused, excused);
}

void CanvasSimTest::singleSubmission_putAndGetBySisId()
{
    const QString path = course(QStringLiteral("/assignments/%1/submissions/sis_user_id:S0003").arg(m_ps1));
    const SimReply put = send("PUT", path, "submission[posted_grade]=6&comment[text_comment]=see+me");
    QCOMPARE(put.status, 200);
    QCOMPARE(put.object().value(QStringLiteral("score")).toDouble(), 6.0);
    QCOMPARE(put.object().value(QStringLiteral("user_id")).toInteger(), m_students[2]);
    const SimReply read = get(path + QStringLiteral("?include[]=submission_comments"));
    QCOMPARE(read.object().value(QStringLiteral("grade")).toString(), QStringLiteral("6"));
    QCOMPARE(read.object()[QStringLiteral("submission_comments")][0][QStringLiteral("comment")].toString(),
             QStringLiteral("see me"));
    QCOMPARE(send("PUT", course(QStringLiteral("/assignments/%1/submissions/sis_user_id:S0003").arg(m_ps2)),
                  "submission[posted_grade]=6")
                 .status,
             401);
    QCOMPARE(send("PUT", path, "submission[posted_grade]=6", TaToken).status, 404); // no SIS rights: unresolvable
}

void CanvasSimTest::submissionComments_seededAndGradersWithAuthorsOnEveryPage()
{
    const QDateTime written(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc());
    const qint64 own =
        m_sim->addSubmissionComment(m_ps1, m_students[7], QStringLiteral("REGRADE q1 please"), 0, written);
    const qint64 graderComment =
        m_sim->addSubmissionComment(m_ps1, m_students[7], QStringLiteral("Looking"), m_students[0]);
    const QByteArray body = "grade_data[" + QByteArray::number(m_students[7]) + "][posted_grade]=5&grade_data[" +
                            QByteArray::number(m_students[7]) + "][text_comment]=Fixed";
    QCOMPARE(pollUntilDone(send("POST", gradesPath(m_ps1), body).object()[QStringLiteral("id")].toInteger())
                 .value(QStringLiteral("workflow_state"))
                 .toString(),
             QStringLiteral("completed"));

    // Found on whichever page the student is, with ids as strings under canvas-string-ids.
    QJsonArray comments;
    int pages = 0;
    QString page = course(QStringLiteral("/assignments/")) + QString::number(m_ps1) +
                   QStringLiteral("/submissions?per_page=4&include[]=submission_comments");
    while (!page.isEmpty()) {
        const SimReply reply = send("GET", page, {}, TeacherToken, {{"Accept", "application/json+canvas-string-ids"}});
        QCOMPARE(reply.status, 200);
        ++pages;
        for (const QJsonValue submission : reply.array()) {
            QVERIFY(submission[QStringLiteral("submission_comments")].isArray());
            if (submission[QStringLiteral("user_id")].toString() == QString::number(m_students[7])) {
                comments = submission[QStringLiteral("submission_comments")].toArray();
            }
        }
        page = reply.links().value(QStringLiteral("next"));
    }
    QVERIFY(pages > 1);
    QCOMPARE(comments.size(), 3);
    QCOMPARE(comments[0][QStringLiteral("id")].toString(), QString::number(own));
    QCOMPARE(comments[0][QStringLiteral("author_id")].toString(), QString::number(m_students[7]));
    QCOMPARE(comments[0][QStringLiteral("comment")].toString(), QStringLiteral("REGRADE q1 please"));
    QCOMPARE(QDateTime::fromString(comments[0][QStringLiteral("created_at")].toString(), Qt::ISODate), written);
    QCOMPARE(comments[1][QStringLiteral("id")].toString(), QString::number(graderComment));
    QCOMPARE(comments[1][QStringLiteral("author_id")].toString(), QString::number(m_students[0]));
    QCOMPARE(comments[1][QStringLiteral("author")][QStringLiteral("id")].toString(), QString::number(m_students[0]));
    QCOMPARE(comments[2][QStringLiteral("comment")].toString(), QStringLiteral("Fixed"));
    QVERIFY(!comments[2][QStringLiteral("author_name")].toString().isEmpty()); // The teacher token's owner.
    QCOMPARE(m_sim->submission(m_ps1, m_students[7])->comments,
             (QStringList{QStringLiteral("REGRADE q1 please"), QStringLiteral("Looking"), QStringLiteral("Fixed")}));

    // Without the include there are no comments.
    const SimReply plain =
        get(course(QStringLiteral("/assignments/")) + QString::number(m_ps1) + QStringLiteral("/submissions"));
    QVERIFY(!plain.array().first().toObject().contains(QStringLiteral("submission_comments")));
}

QTEST_GUILESS_MAIN(CanvasSimTest)
#include "canvassim_test.moc"
