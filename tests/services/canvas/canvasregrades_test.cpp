// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvastesting.h"

#include <services/canvas/canvaspushplan.h>
#include <services/canvas/canvasregrades.h>
#include <services/gradebook/gradebook.h>

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace GradeDesk;
using namespace GradeDesk::Services;
using GradeDesk::Tests::CanvasSimulator;
using GradeDesk::Tests::waitForResult;
using namespace std::chrono_literals;

namespace {

const QString submissionsRoute =
    QStringLiteral("GET /api/v1/courses/:course_id/assignments/:assignment_id/submissions");

QString studentName(int i)
{
    return QStringLiteral("student%1").arg(i, 3, 10, QLatin1Char('0'));
}

} // namespace

/// Regrade requests from Canvas comments: parsing, reading them from the simulator, the import plan
/// against a gradebook, and a push of only the regraded grades.
class CanvasRegradesTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void parseText_splitsKeywordQuestionAndMessage_data();
    void parseText_splitsKeywordQuestionAndMessage();
    void parseSubmissions_checksTheShape_data();
    void parseSubmissions_checksTheShape();
    void readSubmissionComments_followsPagesAndKeepsAuthors();
    void readSubmissionComments_serverError_isAnError();
    void plan_addsStudentsKeywordCommentsAndSaysWhySkipped();
    void apply_importsEachCommentOnce();
    void push_onlyRegraded_sendsMarkedStudentsAndClearsTheirMarks();

private:
    /// The seeded Canvas user id of student `i` (1-based).
    QString canvasUser(int i) const { return QString::number(m_seeded.students.at(i - 1)); }

    qint64 canvasAssignment() const { return *m_fixture->simulator->assignmentIdByName(QStringLiteral("ps1")); }

    QList<CanvasSubmissionComments> readComments();

    std::unique_ptr<Tests::CanvasFixture> m_fixture;
    Tests::SeededCourse m_seeded;
    QTemporaryDir m_dir;
    std::unique_ptr<Gradebook> m_gradebook;
    qint64 m_cellQ1 = 0;
    QHash<QString, qint64> m_submittedNotebooks; ///< student -> submitted notebook of ps1
};

void CanvasRegradesTest::init()
{
    m_fixture = std::make_unique<Tests::CanvasFixture>();
    m_seeded = Tests::seedCourse(*m_fixture->simulator, 12);
    QVERIFY(m_fixture->start());

    // The gradebook: ps1 (problem1: q1, q2), students 1-10 linked by lms_user_id (3 through the
    // canvas_mapping instead), all submitted with 1 + 2 points; students 11 and 12 not linked.
    m_gradebook.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("gradebook.sqlite")));
    auto opened = Gradebook::openSqlite(m_dir.filePath(QStringLiteral("gradebook.sqlite")));
    QVERIFY(opened.ok());
    m_gradebook = std::move(opened).value();
    const qint64 assignment = m_gradebook->upsertAssignment(QStringLiteral("ps1"), QDateTime()).value();
    const qint64 notebook = m_gradebook->upsertNotebook(assignment, QStringLiteral("problem1"), 0).value();
    SourceCellRecord q1;
    q1.name = QStringLiteral("q1");
    q1.cellType = QStringLiteral("code");
    q1.isGrade = true;
    q1.isSolution = true;
    q1.maxScore = 5.0;
    SourceCellRecord q2 = q1;
    q2.name = QStringLiteral("q2");
    q2.position = 1;
    QVERIFY(m_gradebook->replaceSourceCells(notebook, {q1, q2}).ok());
    const QList<SourceCellRecord> cells = m_gradebook->sourceCells(notebook).value();
    m_cellQ1 = cells.at(0).id;
    m_submittedNotebooks.clear();
    for (int i = 1; i <= 12; ++i) {
        StudentRecord student;
        student.id = studentName(i);
        student.lmsUserId = i <= 10 && i != 3 ? canvasUser(i) : QString();
        QVERIFY(m_gradebook->upsertStudent(student).ok());
        SubmissionRecord submission;
        submission.assignmentId = assignment;
        submission.studentId = student.id;
        const qint64 id = m_gradebook->upsertSubmission(submission).value();
        const qint64 submitted =
            m_gradebook->upsertSubmittedNotebook(id, notebook, m_dir.filePath(student.id + QStringLiteral(".ipynb")))
                .value();
        m_submittedNotebooks.insert(student.id, submitted);
        QVERIFY(m_gradebook->setAutoGrade(submitted, cells.at(0).id, 1.0, false, QStringLiteral("autograder")).ok());
        QVERIFY(m_gradebook->setAutoGrade(submitted, cells.at(1).id, 2.0, false, QStringLiteral("autograder")).ok());
    }
    QVERIFY(m_gradebook->setCanvasMapping(QStringLiteral("user"), studentName(3), canvasUser(3)).ok());
}

void CanvasRegradesTest::cleanup()
{
    m_gradebook.reset();
    m_fixture.reset();
}

QList<CanvasSubmissionComments> CanvasRegradesTest::readComments()
{
    const auto read = waitForResult(m_fixture->course->readSubmissionComments(QString::number(canvasAssignment())));
    if (!read || !read->ok()) {
        qWarning() << (read ? read->error().message : QStringLiteral("timed out"));
        return {};
    }
    return read->value();
}

void CanvasRegradesTest::parseText_splitsKeywordQuestionAndMessage_data()
{
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QString>("question");
    QTest::addColumn<bool>("questionExplicit");
    QTest::addColumn<QString>("message");
    const QString kw = QStringLiteral("REGRADE");
    QTest::newRow("qualified question with colon")
        << QStringLiteral("REGRADE nb:q3: please look at (b)") << kw << true << QStringLiteral("nb:q3") << true
        << QStringLiteral("please look at (b)");
    QTest::newRow("qualified question without colon") << QStringLiteral("REGRADE nb:q3 part b") << kw << true
                                                      << QStringLiteral("nb:q3") << true << QStringLiteral("part b");
    QTest::newRow("bare word may be a question") << QStringLiteral("REGRADE q3 message") << kw << true
                                                 << QStringLiteral("q3") << false << QStringLiteral("message");
    QTest::newRow("labelled bare question") << QStringLiteral("REGRADE q3: message") << kw << true
                                            << QStringLiteral("q3") << true << QStringLiteral("message");
    QTest::newRow("keyword any case, with colon, blanks around")
        << QStringLiteral("  regrade:  q3   why\n") << kw << true << QStringLiteral("q3") << false
        << QStringLiteral("why");
    QTest::newRow("only keyword") << QStringLiteral("REGRADE") << kw << true << QString() << false << QString();
    QTest::newRow("url is not a question") << QStringLiteral("REGRADE https://x.org/a shows it") << kw << true
                                           << QString() << false << QStringLiteral("https://x.org/a shows it");
    QTest::newRow("keyword inside a longer word")
        << QStringLiteral("REGRADED already, thanks") << kw << false << QString() << false << QString();
    QTest::newRow("keyword not at the start")
        << QStringLiteral("Please REGRADE q1") << kw << false << QString() << false << QString();
    QTest::newRow("own keyword") << QStringLiteral("#nachkorrektur nb:q1: bitte") << QStringLiteral("#Nachkorrektur")
                                 << true << QStringLiteral("nb:q1") << true << QStringLiteral("bitte");
    QTest::newRow("empty keyword matches nothing")
        << QStringLiteral("REGRADE q1 x") << QString() << false << QString() << false << QString();
}

void CanvasRegradesTest::parseText_splitsKeywordQuestionAndMessage()
{
    QFETCH(QString, comment);
    QFETCH(QString, keyword);
    QFETCH(bool, matches);
    QFETCH(QString, question);
    QFETCH(bool, questionExplicit);
    QFETCH(QString, message);
    const std::optional<CanvasRegradeText> parts = CanvasRegradePlan::parseText(comment, keyword);
    QCOMPARE(parts.has_value(), matches);
    if (!parts) {
        return;
    }
    QCOMPARE(parts->question, question);
    QCOMPARE(parts->questionExplicit, questionExplicit);
    QCOMPARE(parts->message, message);
}

void CanvasRegradesTest::parseSubmissions_checksTheShape_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("submissions");
    QTest::addColumn<int>("comments");
    QTest::newRow("string ids") << QByteArray(R"([{"user_id":"12345678901234567","submission_comments":[
        {"id":"98765432109876543","author_id":"12345678901234567","author_name":"A","comment":"REGRADE x",
         "created_at":"2026-11-20T10:00:00Z"}]}])")
                                << true << 1 << 1;
    QTest::newRow("no comments key") << QByteArray(R"([{"user_id":5}])") << true << 1 << 0;
    QTest::newRow("null comments") << QByteArray(R"([{"user_id":5,"submission_comments":null}])") << true << 1 << 0;
    QTest::newRow("comment without id left out")
        << QByteArray(R"([{"user_id":5,"submission_comments":[{"author_id":5,"comment":"x"},{"id":7,"comment":"y"}]}])")
        << true << 1 << 1;
    QTest::newRow("submission is not an object") << QByteArray(R"([42])") << false << 0 << 0;
    QTest::newRow("comments not a list") << QByteArray(R"([{"user_id":5,"submission_comments":{"id":1}}])") << false
                                         << 0 << 0;
    QTest::newRow("comment not an object")
        << QByteArray(R"([{"user_id":5,"submission_comments":["REGRADE"]}])") << false << 0 << 0;
    QTest::newRow("comments without user") << QByteArray(R"([{"submission_comments":[{"id":1}]}])") << false << 0 << 0;
}

void CanvasRegradesTest::parseSubmissions_checksTheShape()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(int, submissions);
    QFETCH(int, comments);
    const Result<QList<CanvasSubmissionComments>> parsed =
        CanvasRegradePlan::parseSubmissions(QJsonDocument::fromJson(json).array(), QStringLiteral("GET /x"));
    QCOMPARE(parsed.ok(), ok);
    if (!ok) {
        QCOMPARE(parsed.error().kind, ServiceError::Kind::Parse);
        QVERIFY(parsed.error().detail.contains(QStringLiteral("GET /x")) ||
                parsed.error().message.contains(QStringLiteral("GET /x")));
        return;
    }
    QCOMPARE(parsed.value().size(), submissions);
    int total = 0;
    for (const CanvasSubmissionComments &submission : parsed.value()) {
        total += int(submission.comments.size());
    }
    QCOMPARE(total, comments);
    if (qstrcmp(QTest::currentDataTag(), "string ids") == 0) {
        const CanvasSubmissionComment &comment = parsed.value().constFirst().comments.constFirst();
        QCOMPARE(comment.id, QStringLiteral("98765432109876543"));
        QCOMPARE(comment.authorId, QStringLiteral("12345678901234567"));
        QCOMPARE(comment.createdAt, QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()));
    }
}

void CanvasRegradesTest::readSubmissionComments_followsPagesAndKeepsAuthors()
{
    CanvasSimulator &sim = *m_fixture->simulator;
    const qint64 ps1 = canvasAssignment();
    const qint64 first = sim.addSubmissionComment(ps1, m_seeded.students.at(0), QStringLiteral("REGRADE q1 why"));
    const qint64 staffUser = sim.addUser({QStringLiteral("Tia Teacher"), QString(), QStringLiteral("tia"), {}, {}});
    sim.addSubmissionComment(ps1, m_seeded.students.at(0), QStringLiteral("REGRADE no"), staffUser);
    sim.addSubmissionComment(ps1, m_seeded.students.at(11), QStringLiteral("Thanks!"));
    CanvasClient::Options options = m_fixture->client->options();
    options.perPage = 5;
    m_fixture->client->setOptions(options);
    sim.clearRequestLog();

    const QList<CanvasSubmissionComments> submissions = readComments();
    QCOMPARE(submissions.size(), 12); // One per student, comments or not.
    QCOMPARE(sim.requestCount(submissionsRoute), 3);
    QVERIFY(sim.requestLog().constFirst().query.contains(QStringLiteral("include%5B%5D=submission_comments")));
    const auto ofUser = [&](qint64 user) {
        for (const CanvasSubmissionComments &submission : submissions) {
            if (submission.userId == QString::number(user)) {
                return submission.comments;
            }
        }
        return QList<CanvasSubmissionComment>();
    };
    const QList<CanvasSubmissionComment> comments = ofUser(m_seeded.students.at(0));
    QCOMPARE(comments.size(), 2);
    QCOMPARE(comments.at(0).id, QString::number(first));
    QCOMPARE(comments.at(0).authorId, canvasUser(1));
    QCOMPARE(comments.at(0).text, QStringLiteral("REGRADE q1 why"));
    QVERIFY(comments.at(0).createdAt.isValid());
    QCOMPARE(comments.at(1).authorId, QString::number(staffUser));
    QCOMPARE(comments.at(1).authorName, QStringLiteral("Tia Teacher"));
    QCOMPARE(ofUser(m_seeded.students.at(11)).size(), 1);
}

void CanvasRegradesTest::readSubmissionComments_serverError_isAnError()
{
    CanvasClient::Options options = m_fixture->client->options();
    options.maxTransientRetries = 0;
    m_fixture->client->setOptions(options);
    m_fixture->simulator->failNextRequests(1, 500);
    const auto read = waitForResult(m_fixture->course->readSubmissionComments(QString::number(canvasAssignment())));
    QVERIFY(read.has_value());
    QVERIFY(!read->ok());
    QCOMPARE(read->error().httpStatus, 500);

    const auto missing = waitForResult(m_fixture->course->readSubmissionComments(QStringLiteral("999999")));
    QVERIFY(missing.has_value());
    QVERIFY(!missing->ok());
    QCOMPARE(missing->error().kind, ServiceError::Kind::NotFound);
}

void CanvasRegradesTest::plan_addsStudentsKeywordCommentsAndSaysWhySkipped()
{
    CanvasSimulator &sim = *m_fixture->simulator;
    const qint64 ps1 = canvasAssignment();
    const qint64 staffUser = sim.addUser({QStringLiteral("Tia Teacher"), QString(), QStringLiteral("tia"), {}, {}});
    const auto comment = [&](int student, const QString &text, qint64 author = 0) {
        return QString::number(sim.addSubmissionComment(ps1, m_seeded.students.at(student - 1), text, author));
    };

    struct Expected {
        QString commentId;
        RegradeIssue issue;
        QString student;
        QString question;
        QString message;
    };

    const QList<Expected> expected{
        {comment(1, QStringLiteral("REGRADE problem1:q1: I used the other formula")), RegradeIssue::None,
         studentName(1), QStringLiteral("problem1:q1"), QStringLiteral("I used the other formula")},
        {comment(2, QStringLiteral("regrade q2 see cell 4")), RegradeIssue::None, studentName(2),
         QStringLiteral("problem1:q2"), QStringLiteral("see cell 4")},
        {comment(3, QStringLiteral("REGRADE please check everything")), RegradeIssue::None, studentName(3), QString(),
         QStringLiteral("please check everything")},
        {comment(4, QStringLiteral("REGRADE problem1:q9: what")), RegradeIssue::UnknownQuestion, studentName(4),
         QString(), QString()},
        {comment(5, QStringLiteral("REGRADE q1")), RegradeIssue::EmptyMessage, studentName(5),
         QStringLiteral("problem1:q1"), QString()},
        {comment(6, QStringLiteral("REGRADE q1 staff note"), staffUser), RegradeIssue::NotByStudent, QString(),
         QString(), QString()},
        {comment(11, QStringLiteral("REGRADE q1 unlinked")), RegradeIssue::UnknownUser, QString(), QString(),
         QString()},
    };
    comment(7, QStringLiteral("Thanks for the feedback"));

    const QList<CanvasSubmissionComments> submissions = readComments();
    const Result<CanvasRegradePlan> plan =
        CanvasRegradePlan::build(*m_gradebook, QStringLiteral("ps1"), submissions, QStringLiteral("REGRADE"));
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    QCOMPARE(plan.value().commentsRead, 8);
    QCOMPARE(plan.value().rows.size(), expected.size());
    for (const Expected &want : expected) {
        const auto row = std::find_if(plan.value().rows.cbegin(), plan.value().rows.cend(),
                                      [&](const CanvasRegradeCandidate &c) { return c.comment.id == want.commentId; });
        QVERIFY(row != plan.value().rows.cend());
        QCOMPARE(regradeIssueName(row->issue), regradeIssueName(want.issue));
        QCOMPARE(row->sourceKey, QStringLiteral("canvas:") + want.commentId);
        QCOMPARE(row->problem.isEmpty(), want.issue == RegradeIssue::None);
        if (want.issue == RegradeIssue::None || want.issue == RegradeIssue::EmptyMessage) {
            QCOMPARE(row->target.studentId, want.student);
            QCOMPARE(row->target.questionName, want.question);
            QCOMPARE(row->message, want.message);
        }
    }
    // Another keyword: none of these comments count.
    const Result<CanvasRegradePlan> other =
        CanvasRegradePlan::build(*m_gradebook, QStringLiteral("ps1"), submissions, QStringLiteral("#nachkorrektur"));
    QVERIFY(other.ok());
    QVERIFY(other.value().rows.isEmpty());
}

void CanvasRegradesTest::apply_importsEachCommentOnce()
{
    CanvasSimulator &sim = *m_fixture->simulator;
    const qint64 ps1 = canvasAssignment();
    sim.addSubmissionComment(ps1, m_seeded.students.at(0), QStringLiteral("REGRADE q1 look again"));
    sim.addSubmissionComment(ps1, m_seeded.students.at(1), QStringLiteral("REGRADE whole thing"));

    const Result<CanvasRegradePlan> plan =
        CanvasRegradePlan::build(*m_gradebook, QStringLiteral("ps1"), readComments(), QStringLiteral("REGRADE"));
    QVERIFY(plan.ok());
    const Result<CanvasRegradeImportResult> applied = plan.value().apply(*m_gradebook, QStringLiteral("alice"));
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    QCOMPARE(applied.value().added, 2);
    const qint64 assignment = m_gradebook->assignment(QStringLiteral("ps1")).value()->id;
    const QList<RegradeRequestRecord> stored = m_gradebook->regradeRequests(assignment).value();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).source, RegradeSource::Canvas);
    QVERIFY(stored.at(0).sourceKey.startsWith(QLatin1String("canvas:")));
    QCOMPARE(stored.at(0).cellId, m_cellQ1);
    QCOMPARE(stored.at(0).message, QStringLiteral("look again"));

    // Read again with one new comment: the old ones are "already imported", only the new one is added.
    sim.addSubmissionComment(ps1, m_seeded.students.at(0), QStringLiteral("REGRADE q2 and this one"));
    const Result<CanvasRegradePlan> again =
        CanvasRegradePlan::build(*m_gradebook, QStringLiteral("ps1"), readComments(), QStringLiteral("REGRADE"));
    QVERIFY(again.ok());
    QCOMPARE(again.value().count(RegradeIssue::AlreadyImported), 2);
    QCOMPARE(again.value().count(RegradeIssue::None), 1);
    QCOMPARE(again.value().apply(*m_gradebook, QStringLiteral("alice")).value().added, 1);
    // A stale plan (built before the import above) adds nothing either.
    QCOMPARE(again.value().apply(*m_gradebook, QStringLiteral("alice")).value().added, 0);
    QCOMPARE(m_gradebook->regradeRequests(assignment).value().size(), 3);
}

void CanvasRegradesTest::push_onlyRegraded_sendsMarkedStudentsAndClearsTheirMarks()
{
    CanvasSimulator &sim = *m_fixture->simulator;
    const qint64 ps1 = canvasAssignment();
    // Canvas has everyone's 3 points; student002's q1 goes from 1 to 4 through a resolved regrade.
    for (int i = 1; i <= 10; ++i) {
        sim.setScore(ps1, m_seeded.students.at(i - 1), 3.0);
    }
    NewRegradeRequest request;
    request.assignment = QStringLiteral("ps1");
    request.studentId = studentName(2);
    request.cellId = m_cellQ1;
    request.message = QStringLiteral("q1 is right");
    const Result<RegradeAdded> added = m_gradebook->addRegradeRequest(request, QStringLiteral("alice"));
    QVERIFY(added.ok());
    QVERIFY(
        m_gradebook->setManualGrade(m_submittedNotebooks.value(studentName(2)), m_cellQ1, 4.0, QStringLiteral("alice"))
            .ok());
    const RegradeRequestRecord open = m_gradebook->regradeRequest(added.value().id).value().value();
    const Result<RegradeRequestRecord> resolved = m_gradebook->setRegradeState(
        open.id, RegradeState::Resolved, QStringLiteral("Yes, full marks"), open.version, QStringLiteral("alice"));
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().message));
    QCOMPARE(resolved.value().outcome, RegradeOutcome::Changed);
    QCOMPARE(m_gradebook->canvasPushMarks(QStringLiteral("ps1")).value(), QStringList{studentName(2)});
    // student001's Canvas score differs too, but a regrade-only push leaves it alone.
    sim.setScore(ps1, m_seeded.students.at(0), 1.5);

    const auto found = waitForResult(m_fixture->course->findAssignment(QStringLiteral("ps1")));
    QVERIFY(found && found->ok() && found->value());
    const QList<CanvasLocalGrade> grades = CanvasGrades::localGrades(*m_gradebook, QStringLiteral("ps1")).value();
    const auto planned = waitForResult(m_fixture->course->planPush(QStringLiteral("ps1"), *found->value(), grades));
    QVERIFY(planned && planned->ok());
    CanvasPushPlan plan = planned->value();
    QCOMPARE(CanvasGrades::keepOnlyRegraded(*m_gradebook, plan).value(), 1);
    QCOMPARE(plan.count(CanvasGradeRow::Action::Send), 1);
    for (const CanvasGradeRow &row : std::as_const(plan.rows)) {
        if (row.studentId != studentName(2)) {
            QCOMPARE(row.action, CanvasGradeRow::Action::Skip);
            QCOMPARE(row.reason, QStringLiteral("not regraded"));
        }
    }

    CanvasPushOptions options;
    options.pollInterval = 5ms;
    options.actor = QStringLiteral("alice");
    const auto pushed = waitForResult(m_fixture->course->push(plan, m_gradebook.get(), options));
    QVERIFY(pushed && pushed->ok());
    QCOMPARE(pushed->value().count(CanvasPushResult::Outcome::Pushed), 1);
    QCOMPARE(pushed->value().marksCleared, QStringList{studentName(2)});
    QVERIFY(pushed->value().auditError.isEmpty());
    QVERIFY(pushed->value().marksError.isEmpty());
    QCOMPARE(sim.submission(ps1, m_seeded.students.at(1))->score, std::optional<double>(6.0));
    QCOMPARE(sim.submission(ps1, m_seeded.students.at(0))->score, std::optional<double>(1.5));
    QVERIFY(m_gradebook->canvasPushMarks(QStringLiteral("ps1")).value().isEmpty());
}

QTEST_GUILESS_MAIN(CanvasRegradesTest)
#include "canvasregrades_test.moc"
