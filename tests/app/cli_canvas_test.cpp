// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// gradedesk-cli canvas test | roster | push end to end: the real CLI binary against a Canvas
// simulator running in this process, on the demo course.

#include <services/config/courseconfig.h>
#include <services/core/csv.h>
#include <services/gradebook/gradebook.h>
#include <tests/app/clitesting.h>
#include <tests/sim/canvas/canvassimulator.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace GradeDesk;
using GradeDesk::Tests::CanvasSimulator;

namespace {

const QString token = QStringLiteral("cli-test-token-5f3a9c");
const QString updateGradesRoute =
    QStringLiteral("POST /api/v1/courses/:course_id/assignments/:assignment_id/submissions/update_grades");

using Run = GradeDesk::Tests::CliRun;

Run runCli(const QStringList &arguments, const QString &canvasToken = token)
{
    QHash<QString, QString> set;
    if (!canvasToken.isEmpty()) {
        set.insert(QStringLiteral("GRADEDESK_CANVAS_TOKEN"), canvasToken);
    }
    return Tests::runCliAsync(arguments, Tests::cliEnvironment(set, {QStringLiteral("GRADEDESK_CANVAS_TOKEN")}),
                              240000);
}

QString describe(const Run &run)
{
    return Tests::describeCliRun(run);
}

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

class CliCanvasTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void usage_exitCodes_data();
    void usage_exitCodes();
    void test_reportsConnectionAndRefusesBadToken();
    void roster_dryRunChangesNothingThenApplies();
    void push_demoCourse_everyGradeVerified();
    void push_withFaults_failedListedThenRetrySendsOnlyThose();

private:
    QString course() const { return m_dir->filePath(QStringLiteral("demo/course.yaml")); }

    QStringList canvas(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--course"), course(), QStringLiteral("canvas")} + args;
    }

    /// student id -> score as `gradedesk-cli grades export` computes it, for ps1.
    QHash<QString, double> exportedScores() const;
    std::unique_ptr<Services::Gradebook> openGradebook() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CanvasSimulator> m_sim;
    QHash<QString, qint64> m_canvasUser;         ///< hub username -> Canvas user id
    QHash<QString, QList<qint64>> m_enrollments; ///< hub username -> enrollment ids
};

void CliCanvasTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString demo = m_dir->filePath(QStringLiteral("demo"));
    Run run = runCli({QStringLiteral("demo"), demo, QStringLiteral("--students"), QStringLiteral("24"),
                      QStringLiteral("--seed"), QStringLiteral("11")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    run = runCli({QStringLiteral("--course"), course(), QStringLiteral("collect")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

    m_sim = std::make_unique<CanvasSimulator>();
    m_sim->setCourse(77001, QStringLiteral("Data Analysis 101"), QStringLiteral("DA101"), QStringLiteral("DA-101"));
    m_sim->setProgressMode(CanvasSimulator::ProgressMode::AdvanceOnTimer, std::chrono::milliseconds(20));
    QVERIFY(m_sim->start());
    const QList<qint64> sections = {m_sim->addSection(QStringLiteral("Lab A")),
                                    m_sim->addSection(QStringLiteral("Lab B"))};
    m_sim->addToken(token, CanvasSimulator::Role::Teacher);
    m_sim->addAssignment({QStringLiteral("ps1"), 19.0, true, QStringLiteral("points"), false});

    // Canvas knows the demo students by their hub username as login id, plus one student the
    // gradebook has not seen yet.
    {
        std::unique_ptr<Services::Gradebook> gradebook = openGradebook();
        QVERIFY(gradebook);
        int i = 0;
        QList<Services::StudentRecord> students = gradebook->students().value();
        Services::StudentRecord extra;
        extra.id = QStringLiteral("new.person");
        extra.firstName = QStringLiteral("New");
        extra.lastName = QStringLiteral("Person");
        extra.email = QStringLiteral("new.person@students.example.edu");
        students.append(extra);
        for (const Services::StudentRecord &student : std::as_const(students)) {
            const qint64 user = m_sim->addUser({student.firstName + QLatin1Char(' ') + student.lastName,
                                                student.lastName + QStringLiteral(", ") + student.firstName, student.id,
                                                QStringLiteral("SIS-") + student.id, student.email});
            m_canvasUser.insert(student.id, user);
            m_enrollments[student.id].append(m_sim->enroll(user, sections.at(i % 2)));
            if (i % 5 == 0) {
                m_enrollments[student.id].append(m_sim->enroll(user, sections.at((i + 1) % 2)));
            }
            ++i;
        }
        // Finish the manual grading the demo leaves open, as a grader would before pushing.
        const qint64 ps1 = gradebook->assignment(QStringLiteral("ps1")).value()->id;
        for (const Services::SubmissionRecord &submission : gradebook->submissions(ps1).value()) {
            for (const Services::GradeRecord &grade : gradebook->grades(submission.id).value()) {
                if (grade.needsManualGrade) {
                    QVERIFY(gradebook
                                ->setManualGrade(grade.submittedNotebookId, grade.cellId, grade.maxScore / 2,
                                                 QStringLiteral("tester"))
                                .ok());
                }
            }
        }
    }

    auto loaded = Services::CourseConfigLoader::load(course());
    QVERIFY(loaded.ok());
    Services::CourseConfig config = loaded.value().config;
    config.canvas.url = m_sim->baseUrl();
    config.canvas.courseId = QString::number(m_sim->courseId());
    config.canvas.identity = Services::CanvasConfig::IdentityRule::LoginId;
    QVERIFY(Services::CourseConfigLoader::save(config, course()).ok());
}

void CliCanvasTest::cleanup()
{
    m_sim.reset();
    m_dir.reset();
    m_canvasUser.clear();
    m_enrollments.clear();
}

std::unique_ptr<Services::Gradebook> CliCanvasTest::openGradebook() const
{
    auto opened = Services::Gradebook::openSqlite(m_dir->filePath(QStringLiteral("demo/gradebook.sqlite")));
    return opened.ok() ? std::move(opened).value() : nullptr;
}

QHash<QString, double> CliCanvasTest::exportedScores() const
{
    const Run run = runCli({QStringLiteral("--course"), course(), QStringLiteral("grades"), QStringLiteral("export"),
                            QStringLiteral("--assignment"), QStringLiteral("ps1")});
    QHash<QString, double> scores;
    const auto rows = Services::parseCsv(run.out.toUtf8(), QStringLiteral("export"));
    if (!rows.ok() || rows.value().isEmpty()) {
        return scores;
    }
    const QStringList header = rows.value().front();
    for (const QStringList &row : rows.value().mid(1)) {
        if (!row.value(header.indexOf(QStringLiteral("timestamp"))).isEmpty()) {
            scores.insert(row.value(header.indexOf(QStringLiteral("student_id"))),
                          row.value(header.indexOf(QStringLiteral("score"))).toDouble());
        }
    }
    return scores;
}

void CliCanvasTest::usage_exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("canvas --help") << QStringList{QStringLiteral("canvas"), QStringLiteral("--help")} << 0;
    QTest::newRow("canvas push --help") << QStringList{QStringLiteral("canvas"), QStringLiteral("push"),
                                                       QStringLiteral("--help")}
                                        << 0;
    QTest::newRow("no canvas command is bad usage") << QStringList{QStringLiteral("canvas")} << 2;
    QTest::newRow("unknown canvas command is bad usage")
        << QStringList{QStringLiteral("canvas"), QStringLiteral("sync")} << 2;
    QTest::newRow("push without an assignment is bad usage")
        << QStringList{QStringLiteral("canvas"), QStringLiteral("push")} << 2;
    QTest::newRow("a zero batch size is bad usage")
        << QStringList{QStringLiteral("canvas"), QStringLiteral("push"), QStringLiteral("ps1"),
                       QStringLiteral("--batch-size"), QStringLiteral("0")}
        << 2;
    QTest::newRow("roster without --course is bad usage")
        << QStringList{QStringLiteral("canvas"), QStringLiteral("roster")} << 2;
    QTest::newRow("--map without '=' is bad usage") << QStringList{QStringLiteral("canvas"), QStringLiteral("roster"),
                                                                   QStringLiteral("--map"), QStringLiteral("12")}
                                                    << 2;
    QTest::newRow("a missing course file fails")
        << QStringList{QStringLiteral("--course"), QStringLiteral("/nonexistent/course.yaml"), QStringLiteral("canvas"),
                       QStringLiteral("test")}
        << 1;
}

void CliCanvasTest::usage_exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
    if (exitCode != 0) {
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }
}

void CliCanvasTest::test_reportsConnectionAndRefusesBadToken()
{
    Run run = runCli(canvas({QStringLiteral("test")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.contains(QLatin1String("Data Analysis 101")));
    QVERIFY(run.out.contains(QLatin1String("TeacherEnrollment")));

    QFile tokenFile(m_dir->filePath(QStringLiteral("token.txt")));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write("not-the-token\n");
    tokenFile.close();
    run = runCli(canvas({QStringLiteral("test"), QStringLiteral("--token-file"), tokenFile.fileName()}));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(QLatin1String("token is not valid")), qPrintable(run.err));
    QVERIFY(!run.out.contains(QLatin1String("not-the-token")) && !run.err.contains(QLatin1String("not-the-token")));

    run = runCli(canvas({QStringLiteral("test")}), QString());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("GRADEDESK_CANVAS_TOKEN")), qPrintable(run.err));
}

void CliCanvasTest::roster_dryRunChangesNothingThenApplies()
{
    Run run = runCli(canvas({QStringLiteral("roster"), QStringLiteral("--dry-run")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.contains(QLatin1String("1 added")));
    QVERIFY(run.out.contains(QLatin1String("new.person")));
    QVERIFY(run.out.contains(QLatin1String("Dry run")));
    QVERIFY(openGradebook()->canvasMappings(QStringLiteral("user")).value().isEmpty());

    run = runCli(canvas({QStringLiteral("roster")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    {
        std::unique_ptr<Services::Gradebook> gradebook = openGradebook();
        QCOMPARE(gradebook->students().value().size(), 25);
        QCOMPARE(gradebook->canvasMappings(QStringLiteral("user")).value().size(), 25);
        const auto student = gradebook->student(QStringLiteral("new.person")).value();
        QVERIFY(student && student->lmsUserId == QString::number(m_canvasUser.value(QStringLiteral("new.person"))));
    }

    // Nothing new: nothing to do. Then one student leaves Canvas: kept, inactive.
    run = runCli(canvas({QStringLiteral("roster")}));
    QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("0 added, 0 dropped")), qPrintable(describe(run)));
    for (const qint64 enrollment : m_enrollments.value(QStringLiteral("new.person"))) {
        m_sim->setEnrollmentState(enrollment, CanvasSimulator::EnrollmentState::Deleted);
    }
    run = runCli(canvas({QStringLiteral("roster")}));
    QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("1 dropped")), qPrintable(describe(run)));
    const auto left = openGradebook()->student(QStringLiteral("new.person")).value();
    QVERIFY(left && !left->active);
}

void CliCanvasTest::push_demoCourse_everyGradeVerified()
{
    QVERIFY(runCli(canvas({QStringLiteral("roster")})).exitCode == 0);
    Run run = runCli(canvas({QStringLiteral("push"), QStringLiteral("ps1"), QStringLiteral("--dry-run")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.contains(QLatin1String("posts grades automatically")));
    QVERIFY(run.out.contains(QLatin1String("Dry run: nothing was sent")));
    QCOMPARE(m_sim->requestCount(updateGradesRoute), 0);

    run = runCli(canvas({QStringLiteral("push"), QStringLiteral("ps1"), QStringLiteral("--comment"),
                         QStringLiteral("Graded with GradeDesk")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.contains(QLatin1String("0 failed")));
    const QHash<QString, double> expected = exportedScores();
    QVERIFY(expected.size() >= 15);
    const qint64 ps1 = *m_sim->assignmentIdByName(QStringLiteral("ps1"));
    const QMap<qint64, double> inCanvas = m_sim->scores(ps1);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(inCanvas.contains(m_canvasUser.value(it.key())), qPrintable(it.key()));
        QCOMPARE(inCanvas.value(m_canvasUser.value(it.key())), std::round(it.value() * 100) / 100);
    }
    QCOMPARE(inCanvas.size(), expected.size());
    const auto audit = openGradebook()->auditEvents(QStringLiteral("canvas_assignment"), QStringLiteral("ps1"));
    QVERIFY(audit.ok() && audit.value().size() == 1);
    QCOMPARE(audit.value().front().actor, QStringLiteral("instructor"));

    // A second push has nothing to send.
    run = runCli(canvas({QStringLiteral("push"), QStringLiteral("ps1")}));
    QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("0 pushed")), qPrintable(describe(run)));
    QCOMPARE(m_sim->requestCount(updateGradesRoute), 1);
}

void CliCanvasTest::push_withFaults_failedListedThenRetrySendsOnlyThose()
{
    QVERIFY(runCli(canvas({QStringLiteral("roster")})).exitCode == 0);
    const QHash<QString, double> expected = exportedScores();
    // Throttling, a student concluded in Canvas since the roster import, a connection that breaks
    // while a batch is answered, and a job that fails after writing three grades.
    const QString concluded = expected.keys().value(0);
    for (const qint64 enrollment : m_enrollments.value(concluded)) {
        m_sim->setEnrollmentState(enrollment, CanvasSimulator::EnrollmentState::Completed);
    }
    m_sim->throttleNextRequests(3);
    m_sim->dropConnectionOnNext("POST", QStringLiteral("update_grades"), false, 10);
    m_sim->failNextProgressAfter(3);
    const QStringList push = {QStringLiteral("push"), QStringLiteral("ps1"), QStringLiteral("--batch-size"),
                              QStringLiteral("5")};
    Run run = runCli(canvas(push));
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY(m_sim->throttledCount() >= 3);
    QVERIFY2(run.err.contains(QLatin1String("Run the same push again")), qPrintable(run.err));

    // Every student with a grade is either verified in Canvas or listed as failed with a reason.
    const qint64 ps1 = *m_sim->assignmentIdByName(QStringLiteral("ps1"));
    QSet<QString> failedUsers;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QRegularExpression line(QStringLiteral("^") + QRegularExpression::escape(it.key()) +
                                          QStringLiteral("\\s.*$"),
                                      QRegularExpression::MultilineOption);
        const QString row = line.match(run.out).captured(0);
        QVERIFY2(!row.isEmpty(), qPrintable(it.key()));
        const qint64 user = m_canvasUser.value(it.key());
        const auto submission = m_sim->submission(ps1, user);
        const bool inCanvas =
            submission && submission->score && qAbs(*submission->score - std::round(it.value() * 100) / 100) < 0.005;
        if (row.contains(QLatin1String("FAILED: "))) {
            QVERIFY2(!inCanvas, qPrintable(row));
            QVERIFY2(row.section(QStringLiteral("FAILED: "), 1).trimmed().size() > 5, qPrintable(row));
            failedUsers.insert(QString::number(user));
        } else {
            QVERIFY2(row.contains(QLatin1String("pushed")) && inCanvas, qPrintable(row));
        }
    }
    QVERIFY(failedUsers.size() >= 5);
    QVERIFY(failedUsers.contains(QString::number(m_canvasUser.value(concluded))));

    // The retry sends exactly the failed ones; only the concluded student fails again.
    m_sim->clearFaults();
    m_sim->clearRequestLog();
    run = runCli(canvas(push));
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QSet<QString> sent;
    for (const CanvasSimulator::LoggedRequest &request : m_sim->requestLog()) {
        if (request.route == updateGradesRoute) {
            sent.unite(gradedUsers(request.body));
        }
    }
    QCOMPARE(sent, failedUsers);
    QCOMPARE(run.out.count(QLatin1String("FAILED: ")), 1);

    // Back in the course: the last push sends that one grade and everything is verified.
    for (const qint64 enrollment : m_enrollments.value(concluded)) {
        m_sim->setEnrollmentState(enrollment, CanvasSimulator::EnrollmentState::Active);
    }
    m_sim->clearRequestLog();
    run = runCli(canvas(push));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(m_sim->requestCount(updateGradesRoute), 1);
    QCOMPARE(m_sim->scores(ps1).size(), expected.size());
}

QTEST_GUILESS_MAIN(CliCanvasTest)
#include "cli_canvas_test.moc"
