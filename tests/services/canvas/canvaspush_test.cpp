// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvastesting.h"

#include <services/canvas/canvaspushplan.h>
#include <services/gradebook/gradebook.h>

#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk;
using namespace GradeDesk::Services;
using GradeDesk::Tests::CanvasSimulator;
using GradeDesk::Tests::waitForResult;
using Outcome = CanvasPushResult::Outcome;
using Action = CanvasGradeRow::Action;
using namespace std::chrono_literals;

namespace {

const QString updateGradesRoute =
    QStringLiteral("POST /api/v1/courses/:course_id/assignments/:assignment_id/submissions/update_grades");

// The Canvas user ids in one update_grades body.
QSet<QString> gradedUsers(const QByteArray &body)
{
    static const QRegularExpression key(QStringLiteral("grade_data%5B(\\d+)%5D%5Bposted_grade%5D"));
    QSet<QString> users;
    auto it = key.globalMatch(QString::fromLatin1(body));
    while (it.hasNext()) {
        users.insert(it.next().captured(1));
    }
    return users;
}

} // namespace

class CanvasPushTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void plan_comparesWithCanvasAndSendsNothing();
    void push_sendsBatchesAndVerifiesEveryGrade();
    void push_unpublishedAssignment_refusedWithAdvice();
    void push_faults_everyStudentVerifiedOrFailedWithReason();
    void push_connectionDroppedAfterCanvasStoredGrades_readBackDecides();
    void push_cancelled_recordsWhatWasSent();
    void localGrades_fromGradebook_data();
    void localGrades_fromGradebook();
    void postedGrade_isPlainPoints_data();
    void postedGrade_isPlainPoints();

private:
    /// Grades for every seeded student: student i gets ((i * 7) % 21) / 2 points, one unlinked extra.
    QList<CanvasLocalGrade> localGrades() const;
    CanvasAssignment assignment(const QString &name) const;
    std::optional<CanvasPushPlan> plan(const QString &name);

    std::unique_ptr<Tests::CanvasFixture> m_fixture;
    Tests::SeededCourse m_seeded;
    CanvasPushOptions m_options;
};

void CanvasPushTest::init()
{
    m_fixture = std::make_unique<Tests::CanvasFixture>();
    m_seeded = Tests::seedCourse(*m_fixture->simulator, 30);
    QVERIFY(m_fixture->start());
    m_options = {};
    m_options.batchSize = 8;
    m_options.pollInterval = 5ms;
    m_options.actor = QStringLiteral("alice");
}

void CanvasPushTest::cleanup()
{
    m_fixture.reset();
}

QList<CanvasLocalGrade> CanvasPushTest::localGrades() const
{
    QList<CanvasLocalGrade> grades;
    for (qsizetype i = 0; i < m_seeded.students.size(); ++i) {
        CanvasLocalGrade grade;
        grade.studentId = QStringLiteral("student%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        grade.canvasUserId = QString::number(m_seeded.students.at(i));
        grade.score = double((i * 7) % 21) / 2.0 + (i == 3 ? 0.3333 : 0.0);
        grades.append(grade);
    }
    CanvasLocalGrade unlinked;
    unlinked.studentId = QStringLiteral("zz-local");
    unlinked.skipReason = QStringLiteral("not linked");
    grades.append(unlinked);
    return grades;
}

CanvasAssignment CanvasPushTest::assignment(const QString &name) const
{
    const auto found = waitForResult(m_fixture->course->findAssignment(name));
    return found && found->ok() && found->value() ? *found->value() : CanvasAssignment();
}

std::optional<CanvasPushPlan> CanvasPushTest::plan(const QString &name)
{
    const auto planned = waitForResult(m_fixture->course->planPush(name, assignment(name), localGrades()));
    if (!planned || !planned->ok()) {
        return std::nullopt;
    }
    return planned->value();
}

void CanvasPushTest::plan_comparesWithCanvasAndSendsNothing()
{
    CanvasSimulator &sim = *m_fixture->simulator;
    const qint64 ps1 = *sim.assignmentIdByName(QStringLiteral("ps1"));
    sim.setScore(ps1, m_seeded.students.at(0), 0.0);  // equal to GradeDesk's 0
    sim.setScore(ps1, m_seeded.students.at(1), 9.0);  // GradeDesk has 3.5
    sim.setScore(ps1, m_seeded.students.at(3), 0.33); // GradeDesk's 0.3333 is sent as 0.33
    const std::optional<CanvasPushPlan> planned = plan(QStringLiteral("ps1"));
    QVERIFY(planned);
    QCOMPARE(planned->rows.size(), 31);
    QCOMPARE(planned->count(Action::Unchanged), 2);
    QCOMPARE(planned->count(Action::Skip), 1);
    QCOMPARE(planned->count(Action::Send), 28);
    const CanvasGradeRow &second = planned->rows.at(1);
    QCOMPARE(second.studentId, QStringLiteral("student002"));
    QCOMPARE(second.canvasScore, std::optional<double>(9.0));
    QCOMPARE(second.score, std::optional<double>(3.5));
    QCOMPARE(second.action, Action::Send);
    QCOMPARE(planned->rows.last().reason, QStringLiteral("not linked"));
    QCOMPARE(sim.requestCount(updateGradesRoute), 0);
    QCOMPARE(sim.gradeWriteCount(), 0);
    QVERIFY(CanvasGrades::postPolicyText(planned->assignment).contains(QLatin1String("at once")));
}

void CanvasPushTest::push_sendsBatchesAndVerifiesEveryGrade()
{
    QTemporaryDir dir;
    auto gradebook = Gradebook::openSqlite(dir.filePath(QStringLiteral("gradebook.sqlite")));
    QVERIFY(gradebook.ok());
    const std::optional<CanvasPushPlan> planned = plan(QStringLiteral("ps1"));
    QVERIFY(planned);
    m_options.comment = QStringLiteral("Graded by GradeDesk + friends");
    const auto pushed = waitForResult(m_fixture->course->push(*planned, gradebook.value().get(), m_options));
    QVERIFY(pushed);
    QVERIFY2(pushed->ok(), qPrintable(pushed->ok() ? QString() : pushed->error().detail));
    const CanvasPushReport &report = pushed->value();
    QCOMPARE(report.count(Outcome::Pushed), 30);
    QCOMPARE(report.count(Outcome::Skipped), 1);
    QCOMPARE(report.count(Outcome::Failed), 0);
    QCOMPARE(report.batches, 4);
    QVERIFY(report.auditError.isEmpty());

    CanvasSimulator &sim = *m_fixture->simulator;
    const qint64 ps1 = *sim.assignmentIdByName(QStringLiteral("ps1"));
    QCOMPARE(sim.requestCount(updateGradesRoute), 4);
    QCOMPARE(sim.scores(ps1).value(m_seeded.students.at(3)), 0.33); // (3*7 % 21)/2 + 0.3333, two decimals
    QCOMPARE(sim.submission(ps1, m_seeded.students.at(0))->comments,
             QStringList{QStringLiteral("Graded by GradeDesk + friends")});
    for (const CanvasPushResult &result : report.results) {
        if (result.outcome == Outcome::Pushed) {
            QCOMPARE(sim.scores(ps1).value(result.canvasUserId.toLongLong()), *result.sent);
            QVERIFY(CanvasGrades::sameScore(result.after, result.sent));
        }
    }
    const auto audit = gradebook.value()->auditEvents(QStringLiteral("canvas_grade"), QStringLiteral("ps1/student002"));
    QVERIFY(audit.ok());
    QCOMPARE(audit.value().size(), 1);
    QCOMPARE(audit.value().front().action, QStringLiteral("canvas_push"));
    QCOMPARE(audit.value().front().actor, QStringLiteral("alice"));
    QVERIFY(audit.value().front().newValue.contains(QLatin1String("\"outcome\":\"pushed\"")));
    QCOMPARE(gradebook.value()->auditEvents(QStringLiteral("canvas_assignment"), QStringLiteral("ps1")).value().size(),
             1);

    // Pushing again finds everything unchanged and sends nothing.
    const std::optional<CanvasPushPlan> again = plan(QStringLiteral("ps1"));
    QVERIFY(again);
    QCOMPARE(again->count(Action::Send), 0);
    QCOMPARE(again->count(Action::Unchanged), 30);
}

void CanvasPushTest::push_unpublishedAssignment_refusedWithAdvice()
{
    const std::optional<CanvasPushPlan> planned = plan(QStringLiteral("ps2"));
    QVERIFY(planned);
    const auto pushed = waitForResult(m_fixture->course->push(*planned, nullptr, m_options));
    QVERIFY(pushed && !pushed->ok());
    QCOMPARE(pushed->error().kind, ServiceError::Kind::Validation);
    QVERIFY2(pushed->error().message.contains(QLatin1String("Publish it")), qPrintable(pushed->error().message));
    QCOMPARE(m_fixture->simulator->requestCount(updateGradesRoute), 0);
}

void CanvasPushTest::push_faults_everyStudentVerifiedOrFailedWithReason()
{
    CanvasSimulator &sim = *m_fixture->simulator;
    const qint64 ps1 = *sim.assignmentIdByName(QStringLiteral("ps1"));
    const std::optional<CanvasPushPlan> planned = plan(QStringLiteral("ps1"));
    QVERIFY(planned);
    // A student concluded in Canvas after the plan (Canvas: "Couldn't find User(s)"), throttling, a
    // connection that breaks mid-reply, and a job that fails after writing three grades.
    for (const qint64 enrollment : m_seeded.enrollments.at(2)) {
        sim.setEnrollmentState(enrollment, CanvasSimulator::EnrollmentState::Completed);
    }
    sim.throttleNextRequests(3);
    sim.dropConnectionOnNext("POST", QStringLiteral("update_grades"), false, 10);
    sim.failNextProgressAfter(3);
    const auto pushed = waitForResult(m_fixture->course->push(*planned, nullptr, m_options));
    QVERIFY(pushed);
    QVERIFY2(pushed->ok(), qPrintable(pushed->ok() ? QString() : pushed->error().detail));
    const CanvasPushReport &report = pushed->value();
    QVERIFY(report.throttled >= 3);
    int failed = 0;
    for (const CanvasPushResult &result : report.results) {
        if (result.outcome == Outcome::Skipped) {
            continue;
        }
        const std::optional<double> inCanvas = sim.submission(ps1, result.canvasUserId.toLongLong())
                                                   ? sim.submission(ps1, result.canvasUserId.toLongLong())->score
                                                   : std::nullopt;
        if (result.outcome == Outcome::Pushed) {
            QVERIFY2(CanvasGrades::sameScore(inCanvas, result.sent), qPrintable(result.studentId));
        } else {
            QCOMPARE(result.outcome, Outcome::Failed);
            QVERIFY2(!result.reason.isEmpty(), qPrintable(result.studentId));
            QVERIFY(!CanvasGrades::sameScore(inCanvas, result.sent));
            ++failed;
        }
    }
    // A whole batch (6 or 8) lost with the dropped connection, the rest of a batch after the
    // failing job's third grade, the concluded student (which batch gets which fault varies).
    QVERIFY2(failed >= 9 && failed <= 14, qPrintable(QString::number(failed)));
    const auto concluded = std::find_if(report.results.cbegin(), report.results.cend(), [](const CanvasPushResult &r) {
        return r.studentId == QLatin1String("student003");
    });
    QCOMPARE(concluded->outcome, Outcome::Failed);
    QVERIFY(!report.canvasMessages.isEmpty());

    // The retry sends exactly the failed students (the concluded one fails again, still with a reason).
    sim.clearFaults();
    sim.clearRequestLog();
    const QStringList retry = report.failedStudentIds();
    QSet<QString> retryUsers;
    for (const CanvasPushResult &result : report.results) {
        if (retry.contains(result.studentId)) {
            retryUsers.insert(result.canvasUserId);
        }
    }
    m_options.onlyStudents = retry;
    const auto retried = waitForResult(m_fixture->course->push(*planned, nullptr, m_options));
    QVERIFY(retried && retried->ok());
    QSet<QString> sent;
    for (const CanvasSimulator::LoggedRequest &request : sim.requestLog()) {
        if (request.route == updateGradesRoute) {
            sent.unite(gradedUsers(request.body));
        }
    }
    QCOMPARE(sent, retryUsers);
    QCOMPARE(retried->value().count(Outcome::Failed), 1);
    QCOMPARE(retried->value().failedStudentIds(), QStringList{QStringLiteral("student003")});
    QCOMPARE(retried->value().count(Outcome::Pushed), int(retry.size()) - 1);
}

void CanvasPushTest::push_connectionDroppedAfterCanvasStoredGrades_readBackDecides()
{
    CanvasSimulator &sim = *m_fixture->simulator;
    sim.setProgressMode(CanvasSimulator::ProgressMode::Immediate);
    const std::optional<CanvasPushPlan> planned = plan(QStringLiteral("ps1"));
    QVERIFY(planned);
    sim.dropConnectionOnNext("POST", QStringLiteral("update_grades"), true, 10);
    const auto pushed = waitForResult(m_fixture->course->push(*planned, nullptr, m_options));
    QVERIFY(pushed && pushed->ok());
    QCOMPARE(pushed->value().count(Outcome::Pushed), 30);
    QCOMPARE(pushed->value().count(Outcome::Failed), 0);
}

void CanvasPushTest::push_cancelled_recordsWhatWasSent()
{
    QTemporaryDir dir;
    auto gradebook = Gradebook::openSqlite(dir.filePath(QStringLiteral("gradebook.sqlite")));
    QVERIFY(gradebook.ok());
    const std::optional<CanvasPushPlan> planned = plan(QStringLiteral("ps1"));
    QVERIFY(planned);
    m_fixture->simulator->setLatency(50ms);
    const QPointer<CanvasPushJob> job = m_fixture->course->push(*planned, gradebook.value().get(), m_options);
    QTRY_VERIFY(m_fixture->simulator->requestCount(updateGradesRoute) >= 1);
    QTRY_VERIFY(!m_fixture->simulator->requestLog().isEmpty() &&
                m_fixture->simulator->requestLog().last().route.contains(QLatin1String("progress")));
    QVERIFY2(job, "the push is still running while it polls");
    job->cancel();
    const auto result = waitForResult(job.data());
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ServiceError::Kind::Cancelled);
    const auto audit = gradebook.value()->auditEvents(QStringLiteral("canvas_assignment"), QStringLiteral("ps1"));
    QVERIFY(audit.ok());
    QCOMPARE(audit.value().size(), 1);
}

void CanvasPushTest::localGrades_fromGradebook_data()
{
    QTest::addColumn<QString>("student");
    QTest::addColumn<std::optional<double>>("score");
    QTest::addColumn<QString>("reason");
    QTest::newRow("linked by mapping, fully graded")
        << QStringLiteral("ann") << std::optional<double>(9.0) << QString();
    QTest::newRow("linked by lms_user_id, late penalty applied")
        << QStringLiteral("ben") << std::optional<double>(7.5) << QString();
    QTest::newRow("penalty larger than the score gives 0")
        << QStringLiteral("cat") << std::optional<double>(0.0) << QString();
    QTest::newRow("still needs manual grading")
        << QStringLiteral("dov") << std::optional<double>() << QStringLiteral("manual grading");
    QTest::newRow("inactive student") << QStringLiteral("eli") << std::optional<double>() << QStringLiteral("inactive");
    QTest::newRow("not linked to Canvas")
        << QStringLiteral("fin") << std::optional<double>() << QStringLiteral("not linked");
    QTest::newRow("no submission") << QStringLiteral("gil") << std::optional<double>()
                                   << QStringLiteral("no submission");
    QTest::newRow("lms_user_id that is no Canvas id")
        << QStringLiteral("hal") << std::optional<double>() << QStringLiteral("not a Canvas id");
}

void CanvasPushTest::localGrades_fromGradebook()
{
    QFETCH(QString, student);
    QFETCH(std::optional<double>, score);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    auto opened = Gradebook::openSqlite(dir.filePath(QStringLiteral("gradebook.sqlite")));
    QVERIFY(opened.ok());
    Gradebook &gradebook = *opened.value();
    const qint64 assignment = gradebook.upsertAssignment(QStringLiteral("ps1"), QDateTime()).value();
    const qint64 notebook = gradebook.upsertNotebook(assignment, QStringLiteral("problem1"), 0).value();
    SourceCellRecord q1;
    q1.name = QStringLiteral("q1");
    q1.cellType = QStringLiteral("code");
    q1.isGrade = true;
    q1.isSolution = true;
    q1.maxScore = 5.0;
    SourceCellRecord q2 = q1;
    q2.name = QStringLiteral("q2");
    q2.position = 1;
    QVERIFY(gradebook.replaceSourceCells(notebook, {q1, q2}).ok());
    const QList<SourceCellRecord> cells = gradebook.sourceCells(notebook).value();

    struct Seed {
        const char *id;
        const char *lms;
        bool active;
        bool submitted;
        double penalty;
        bool manualPending;
    };

    const Seed seeds[] = {{"ann", "", true, true, 0.0, false},    {"ben", "20", true, true, 1.5, false},
                          {"cat", "30", true, true, 20.0, false}, {"dov", "40", true, true, 0.0, true},
                          {"eli", "50", false, true, 0.0, false}, {"fin", "", true, true, 0.0, false},
                          {"gil", "70", true, false, 0.0, false}, {"hal", "sis_user_id:H1", true, true, 0.0, false}};
    for (const Seed &seed : seeds) {
        StudentRecord record;
        record.id = QString::fromLatin1(seed.id);
        record.lmsUserId = QString::fromLatin1(seed.lms);
        record.active = seed.active;
        QVERIFY(gradebook.upsertStudent(record).ok());
        if (!seed.submitted) {
            continue;
        }
        SubmissionRecord submission;
        submission.assignmentId = assignment;
        submission.studentId = record.id;
        submission.latePenalty = seed.penalty;
        const qint64 submissionId = gradebook.upsertSubmission(submission).value();
        const qint64 submitted =
            gradebook.upsertSubmittedNotebook(submissionId, notebook, dir.filePath(QStringLiteral("x.ipynb"))).value();
        QVERIFY(gradebook.setAutoGrade(submitted, cells.at(0).id, 4.0, false, QStringLiteral("autograder")).ok());
        QVERIFY(gradebook.setAutoGrade(submitted, cells.at(1).id, 5.0, seed.manualPending, QStringLiteral("autograder"))
                    .ok());
    }
    QVERIFY(gradebook.setCanvasMapping(QStringLiteral("user"), QStringLiteral("ann"), QStringLiteral("10")).ok());

    QCOMPARE(CanvasGrades::pointsPossible(gradebook, QStringLiteral("ps1")).value(), 10.0);
    QCOMPARE(CanvasGrades::localGrades(gradebook, QStringLiteral("ps9")).error().kind, ServiceError::Kind::NotFound);
    const Result<QList<CanvasLocalGrade>> grades = CanvasGrades::localGrades(gradebook, QStringLiteral("ps1"));
    QVERIFY(grades.ok());
    const auto found = std::find_if(grades.value().cbegin(), grades.value().cend(),
                                    [&](const CanvasLocalGrade &grade) { return grade.studentId == student; });
    QVERIFY(found != grades.value().cend());
    QCOMPARE(found->score, score);
    QVERIFY2(reason.isEmpty() ? found->skipReason.isEmpty() : found->skipReason.contains(reason),
             qPrintable(found->skipReason));
    if (student == QLatin1String("ann")) {
        QCOMPARE(found->canvasUserId, QStringLiteral("10"));
    }
}

void CanvasPushTest::postedGrade_isPlainPoints_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("posted");
    QTest::newRow("whole number") << 10.0 << QStringLiteral("10");
    QTest::newRow("one decimal") << 13.5 << QStringLiteral("13.5");
    QTest::newRow("rounded to hundredths") << 7.3333 << QStringLiteral("7.33");
    QTest::newRow("rounds half up") << 2.675001 << QStringLiteral("2.68");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("tiny is zero, never an exponent") << 1e-9 << QStringLiteral("0");
    QTest::newRow("large stays plain") << 1234567.0 << QStringLiteral("1234567");
}

void CanvasPushTest::postedGrade_isPlainPoints()
{
    QFETCH(double, score);
    QFETCH(QString, posted);
    QCOMPARE(CanvasGrades::postedGrade(score), posted);
}

QTEST_GUILESS_MAIN(CanvasPushTest)
#include "canvaspush_test.moc"
