// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// gradedesk-cli regrade ... end to end: the real CLI binary on the demo course, with a Canvas
// simulator running in this process: a student's Canvas comment becomes a request, the grade
// changes, the request is resolved, and only that grade goes back to Canvas.

#include <services/canvas/canvaspushplan.h>
#include <services/config/courseconfig.h>
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

const QString token = QStringLiteral("cli-regrade-token-81c2");
const QString updateGradesRoute =
    QStringLiteral("POST /api/v1/courses/:course_id/assignments/:assignment_id/submissions/update_grades");

using Run = GradeDesk::Tests::CliRun;

Run runCli(const QStringList &arguments)
{
    return Tests::runCliAsync(arguments, Tests::cliEnvironment({{QStringLiteral("GRADEDESK_CANVAS_TOKEN"), token}}),
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

class CliRegradeTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void usage_exitCodes_data();
    void usage_exitCodes();
    void canvasComment_toChangedGrade_verifiedInCanvas();
    void importCsv_addsValidRowsOnce();
    void addReviewResolveReopen_listByState();

private:
    QString course() const { return m_dir->filePath(QStringLiteral("demo/course.yaml")); }

    QStringList cli(const QStringList &args) const { return QStringList{QStringLiteral("--course"), course()} + args; }

    std::unique_ptr<Services::Gradebook> openGradebook() const;
    /// The first question ("notebook:grade_id") of ps1 and the answer of `student` to it.
    bool firstAnswer(const QString &student, QString &question, Services::AnswerRecord &answer) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CanvasSimulator> m_sim;
    qint64 m_canvasPs1 = 0;
    QStringList m_students;              ///< With a ps1 submission, sorted.
    QHash<QString, qint64> m_canvasUser; ///< hub username -> Canvas user id
};

void CliRegradeTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Run run = runCli({QStringLiteral("demo"), m_dir->filePath(QStringLiteral("demo")), QStringLiteral("--students"),
                      QStringLiteral("8"), QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    run = runCli(cli({QStringLiteral("collect")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

    m_sim = std::make_unique<CanvasSimulator>();
    m_sim->setCourse(88001, QStringLiteral("Data Analysis 101"), QStringLiteral("DA101"));
    m_sim->setProgressMode(CanvasSimulator::ProgressMode::AdvanceOnTimer, std::chrono::milliseconds(20));
    QVERIFY(m_sim->start());
    const qint64 section = m_sim->addSection(QStringLiteral("Lab A"));
    m_sim->addToken(token, CanvasSimulator::Role::Teacher);
    m_canvasPs1 = m_sim->addAssignment({QStringLiteral("ps1"), 19.0, true, QStringLiteral("points"), false});
    {
        std::unique_ptr<Services::Gradebook> gradebook = openGradebook();
        QVERIFY(gradebook);
        const qint64 ps1 = gradebook->assignment(QStringLiteral("ps1")).value()->id;
        m_students.clear();
        for (const Services::SubmissionRecord &submission : gradebook->submissions(ps1).value()) {
            m_students.append(submission.studentId);
            for (const Services::GradeRecord &grade : gradebook->grades(submission.id).value()) {
                if (grade.needsManualGrade) {
                    QVERIFY(gradebook
                                ->setManualGrade(grade.submittedNotebookId, grade.cellId, grade.maxScore / 2,
                                                 QStringLiteral("tester"))
                                .ok());
                }
            }
        }
        QVERIFY(m_students.size() >= 3);
        for (const Services::StudentRecord &student : gradebook->students().value()) {
            const qint64 user = m_sim->addUser({student.id, QString(), student.id, QString(), student.email});
            m_sim->enroll(user, section);
            m_canvasUser.insert(student.id, user);
            QVERIFY(gradebook->setCanvasMapping(QStringLiteral("user"), student.id, QString::number(user)).ok());
        }
    }
    auto loaded = Services::CourseConfigLoader::load(course());
    QVERIFY(loaded.ok());
    Services::CourseConfig config = loaded.value().config;
    config.canvas.url = m_sim->baseUrl();
    config.canvas.courseId = QString::number(m_sim->courseId());
    QVERIFY(Services::CourseConfigLoader::save(config, course()).ok());
}

void CliRegradeTest::cleanup()
{
    m_sim.reset();
    m_dir.reset();
    m_canvasUser.clear();
}

std::unique_ptr<Services::Gradebook> CliRegradeTest::openGradebook() const
{
    auto opened = Services::Gradebook::openSqlite(m_dir->filePath(QStringLiteral("demo/gradebook.sqlite")));
    return opened.ok() ? std::move(opened).value() : nullptr;
}

bool CliRegradeTest::firstAnswer(const QString &student, QString &question, Services::AnswerRecord &answer) const
{
    std::unique_ptr<Services::Gradebook> gradebook = openGradebook();
    const qint64 ps1 = gradebook->assignment(QStringLiteral("ps1")).value()->id;
    const QList<Services::QuestionRecord> questions = gradebook->questions(ps1).value();
    if (questions.isEmpty()) {
        return false;
    }
    question = questions.constFirst().notebookName + QLatin1Char(':') + questions.constFirst().name;
    for (const Services::AnswerRecord &candidate : gradebook->answers(questions.constFirst().cellId).value()) {
        if (candidate.studentId == student) {
            answer = candidate;
            return true;
        }
    }
    return false;
}

void CliRegradeTest::usage_exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("regrade --help") << QStringList{QStringLiteral("regrade"), QStringLiteral("--help")} << 0;
    QTest::newRow("resolve --help") << QStringList{QStringLiteral("regrade"), QStringLiteral("resolve"),
                                                   QStringLiteral("--help")}
                                    << 0;
    QTest::newRow("no command") << QStringList{QStringLiteral("regrade")} << 2;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("regrade"), QStringLiteral("undo")} << 2;
    QTest::newRow("add without message") << QStringList{QStringLiteral("regrade"), QStringLiteral("add"),
                                                        QStringLiteral("ps1"), QStringLiteral("x")}
                                         << 2;
    QTest::newRow("resolve without reply")
        << QStringList{QStringLiteral("regrade"), QStringLiteral("resolve"), QStringLiteral("1")} << 2;
    QTest::newRow("id is not a number") << QStringList{QStringLiteral("regrade"), QStringLiteral("review"),
                                                       QStringLiteral("abc")}
                                        << 2;
    QTest::newRow("unknown state") << QStringList{QStringLiteral("regrade"), QStringLiteral("list"),
                                                  QStringLiteral("ps1"), QStringLiteral("--state"),
                                                  QStringLiteral("closed")}
                                   << 2;
    QTest::newRow("unknown request fails")
        << QStringList{QStringLiteral("regrade"), QStringLiteral("review"), QStringLiteral("999")} << 1;
    QTest::newRow("unknown assignment fails")
        << QStringList{QStringLiteral("regrade"), QStringLiteral("list"), QStringLiteral("ps9")} << 1;
    QTest::newRow("missing CSV fails") << QStringList{QStringLiteral("regrade"), QStringLiteral("import-csv"),
                                                      QStringLiteral("/nonexistent/requests.csv")}
                                       << 1;
}

void CliRegradeTest::usage_exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = runCli(cli(arguments));
    QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
    if (exitCode != 0) {
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }
}

void CliRegradeTest::canvasComment_toChangedGrade_verifiedInCanvas()
{
    // Canvas has everyone's grade first.
    Run run = runCli(cli({QStringLiteral("canvas"), QStringLiteral("push"), QStringLiteral("ps1")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

    const QString student = m_students.constFirst();
    QString question;
    Services::AnswerRecord answer;
    QVERIFY(firstAnswer(student, question, answer));
    const qint64 user = m_canvasUser.value(student);
    m_sim->addSubmissionComment(
        m_canvasPs1, user, QStringLiteral("REGRADE ") + question + QStringLiteral(": my loop handles the empty list"));
    const qint64 teacher = m_sim->addUser({QStringLiteral("Tia Teacher"), QString(), QStringLiteral("tia"), {}, {}});
    m_sim->addSubmissionComment(m_canvasPs1, user, QStringLiteral("REGRADE noted, will look"), teacher);
    m_sim->addSubmissionComment(m_canvasPs1, m_canvasUser.value(m_students.at(1)), QStringLiteral("Thank you!"));

    run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("import-canvas"), QStringLiteral("ps1"),
                      QStringLiteral("--dry-run")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QLatin1String("1 to add")) && run.out.contains(QLatin1String("not by the student")),
             qPrintable(describe(run)));
    const qint64 ps1 = openGradebook()->assignment(QStringLiteral("ps1")).value()->id;
    QVERIFY(openGradebook()->regradeRequests(ps1).value().isEmpty());

    run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("import-canvas"), QStringLiteral("ps1")}));
    QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("1 added")), qPrintable(describe(run)));
    QList<Services::RegradeRequestRecord> requests = openGradebook()->regradeRequests(ps1).value();
    QCOMPARE(requests.size(), 1);
    const Services::RegradeRequestRecord request = requests.constFirst();
    QCOMPARE(request.studentId, student);
    QCOMPARE(request.questionName, question);
    QCOMPARE(request.message, QStringLiteral("my loop handles the empty list"));
    QCOMPARE(request.source, Services::RegradeSource::Canvas);

    run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("list"), QStringLiteral("ps1")}));
    QVERIFY2(run.exitCode == 0 && run.out.contains(student) && run.out.contains(QLatin1String("open")),
             qPrintable(describe(run)));

    // The grader changes the grade (the grade command, one durable action), then resolves.
    const double before = answer.manualScore ? *answer.manualScore : answer.autoScore.value_or(0.0);
    const double after = before >= 1.0 ? before - 1.0 : before + 0.5;
    QFile actions(m_dir->filePath(QStringLiteral("actions.jsonl")));
    QVERIFY(actions.open(QIODevice::WriteOnly));
    actions.write(QStringLiteral("{\"op\":\"score\",\"student\":\"%1\",\"question\":\"%2\",\"value\":%3}\n")
                      .arg(student, question)
                      .arg(after)
                      .toUtf8());
    actions.close();
    run =
        runCli(cli({QStringLiteral("grade"), QStringLiteral("ps1"), QStringLiteral("--actions"), actions.fileName()}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

    run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("resolve"), QString::number(request.id),
                      QStringLiteral("--reply"), QStringLiteral("Agreed, the empty list is handled.")}));
    QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("changed")), qPrintable(describe(run)));
    QCOMPARE(openGradebook()->canvasPushMarks(QStringLiteral("ps1")).value(), QStringList{student});

    // Another student's Canvas grade differs too; the regrade push must not touch it.
    const QString other = m_students.at(2);
    m_sim->setScore(m_canvasPs1, m_canvasUser.value(other), 0.25);
    std::optional<double> expected;
    for (const Services::CanvasLocalGrade &grade :
         Services::CanvasGrades::localGrades(*openGradebook(), QStringLiteral("ps1")).value()) {
        if (grade.studentId == student) {
            expected = Services::CanvasGrades::rounded(grade.score.value_or(-1));
        }
    }
    QVERIFY(expected && !Services::CanvasGrades::sameScore(expected, m_sim->submission(m_canvasPs1, user)->score));
    m_sim->clearRequestLog();
    run = runCli(cli(
        {QStringLiteral("canvas"), QStringLiteral("push"), QStringLiteral("ps1"), QStringLiteral("--only-regraded")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QLatin1String("1 pushed")), qPrintable(describe(run)));
    QSet<QString> sent;
    for (const CanvasSimulator::LoggedRequest &logged : m_sim->requestLog()) {
        if (logged.route == updateGradesRoute) {
            sent.unite(gradedUsers(logged.body));
        }
    }
    QCOMPARE(sent, QSet<QString>{QString::number(user)});
    QCOMPARE(m_sim->submission(m_canvasPs1, user)->score, expected);
    QCOMPARE(m_sim->submission(m_canvasPs1, m_canvasUser.value(other))->score, std::optional<double>(0.25));
    QVERIFY(openGradebook()->canvasPushMarks(QStringLiteral("ps1")).value().isEmpty());

    // Importing again adds nothing.
    run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("import-canvas"), QStringLiteral("ps1")}));
    QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("0 added, 1 already imported")),
             qPrintable(describe(run)));
    QCOMPARE(openGradebook()->regradeRequests(ps1).value().size(), 1);
}

void CliRegradeTest::importCsv_addsValidRowsOnce()
{
    QString question;
    Services::AnswerRecord answer;
    QVERIFY(firstAnswer(m_students.at(0), question, answer));
    QFile csv(m_dir->filePath(QStringLiteral("requests.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("\xef\xbb\xbf" + QStringLiteral("message,student,assignment,question\r\n"
                                              "\"Part (a), again\",%1,ps1,%3\r\n"
                                              "whole,%2,ps1,\r\n"
                                              "who?,nobody,ps1,%3\r\n")
                                   .arg(m_students.at(0), m_students.at(1), question)
                                   .toUtf8());
    csv.close();

    Run run = runCli(
        cli({QStringLiteral("regrade"), QStringLiteral("import-csv"), csv.fileName(), QStringLiteral("--dry-run")}));
    QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("2 to add, 0 already imported, 1 with problems")),
             qPrintable(describe(run)));
    QVERIFY(run.out.contains(QLatin1String("nobody")));

    run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("import-csv"), csv.fileName()}));
    QCOMPARE(run.exitCode, 1); // One row left out; the others are in.
    QVERIFY2(run.out.contains(QLatin1String("2 added, 0 already imported, 1 left out")), qPrintable(describe(run)));
    const qint64 ps1 = openGradebook()->assignment(QStringLiteral("ps1")).value()->id;
    const QList<Services::RegradeRequestRecord> stored = openGradebook()->regradeRequests(ps1).value();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).message, QStringLiteral("Part (a), again"));
    QCOMPARE(stored.at(0).source, Services::RegradeSource::Csv);

    run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("import-csv"), csv.fileName()}));
    QVERIFY2(run.out.contains(QLatin1String("0 added, 2 already imported")), qPrintable(describe(run)));
    QCOMPARE(openGradebook()->regradeRequests(ps1).value().size(), 2);
}

void CliRegradeTest::addReviewResolveReopen_listByState()
{
    QString question;
    Services::AnswerRecord answer;
    QVERIFY(firstAnswer(m_students.at(1), question, answer));
    Run run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("add"), QStringLiteral("ps1"), m_students.at(1),
                          question, QStringLiteral("--message"), QStringLiteral("Asked in office hours")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QRegularExpressionMatch added = QRegularExpression(QStringLiteral("request (\\d+)")).match(run.out);
    QVERIFY2(added.hasMatch(), qPrintable(run.out));
    const QString id = added.captured(1);

    run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("add"), QStringLiteral("ps1"), QStringLiteral("nobody"),
                      QStringLiteral("--message"), QStringLiteral("x")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("nobody")), qPrintable(run.err));

    run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("review"), id}));
    QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("in_review")), qPrintable(describe(run)));
    run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("resolve"), id, QStringLiteral("--reply"),
                      QStringLiteral("The deduction stands.")}));
    QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("unchanged")), qPrintable(describe(run)));
    QVERIFY(openGradebook()->canvasPushMarks(QStringLiteral("ps1")).value().isEmpty());

    run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("list"), QStringLiteral("ps1"),
                      QStringLiteral("--state"), QStringLiteral("open")}));
    QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("Requests shown: 0")), qPrintable(describe(run)));
    run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("reopen"), id, QStringLiteral("--message"),
                      QStringLiteral("New argument")}));
    QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("reopened")), qPrintable(describe(run)));
    run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("list"), QStringLiteral("ps1"),
                      QStringLiteral("--state"), QStringLiteral("reopened")}));
    QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("Requests shown: 1")) &&
                 run.out.contains(m_students.at(1)),
             qPrintable(describe(run)));
    // Reopened is not resolved: reopening it again is refused.
    run = runCli(cli({QStringLiteral("regrade"), QStringLiteral("reopen"), id}));
    QCOMPARE(run.exitCode, 1);
}

QTEST_GUILESS_MAIN(CliRegradeTest)
#include "cli_regrade_test.moc"
