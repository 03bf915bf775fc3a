// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// gradedesk-cli gradebook migrate (SQLite to a private PostgreSQL server) and gradedesk-cli grade's input rules.
#include <services/config/courseconfig.h>
#include <services/gradebook/gradebook.h>
#include <tests/support/postgresserver.h>
#include <tests/support/testsupport.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk;
using GradeDesk::Tests::PostgresServer;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("GRADEDESK_GRADEBOOK_PASSWORD"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GRADEDESK_CLI_PATH), arguments);
    if (!input.isNull()) {
        process.write(input);
    }
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class CliGradebookTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void migrate_badArguments_areRefused_data();
    void migrate_badArguments_areRefused();
    void migrate_demoCourse_verifiesAndKeepsTheGrades();
    void migrate_withoutGradebookFile_fails();
    void grade_actions_areSavedAndReported();
    void grade_badLine_namesTheLine_data();
    void grade_badLine_namesTheLine();
    void grade_keepGoing_continuesAfterABadLine();

private:
    /// A new copy of the collected demo course; returns its course.yaml.
    QString courseCopy();
    /// Grading actions on the first answer of ps1 (STUDENT and QUESTION filled in), one per line.
    QByteArray actionsForFirstAnswer(const QString &course);

    PostgresServer m_server;
    QString m_postgresSkip;
    QTemporaryDir m_dir;
    QString m_demoDir;
    int m_copies = 0;
};

void CliGradebookTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_postgresSkip = PostgresServer::unavailableReason();
    if (m_postgresSkip.isEmpty()) {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }
    m_demoDir = m_dir.filePath(QStringLiteral("demo"));
    Run run =
        runCli({QStringLiteral("demo"), m_demoDir, QStringLiteral("--students"), QStringLiteral("4"),
                QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--questions"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runCli({QStringLiteral("--course"), m_demoDir + QStringLiteral("/course.yaml"), QStringLiteral("collect")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void CliGradebookTest::cleanupTestCase()
{
    m_server.stop();
}

QString CliGradebookTest::courseCopy()
{
    const QString dir = m_dir.filePath(QStringLiteral("copy%1").arg(++m_copies));
    return Tests::copyRecursively(m_demoDir, dir) ? dir + QStringLiteral("/course.yaml") : QString();
}

void CliGradebookTest::migrate_badArguments_areRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a password in the URL is refused")
        << QStringLiteral("postgresql://alice:hunter2@db.example.edu/grades") << QStringLiteral("password");
    QTest::newRow("a password parameter is refused")
        << QStringLiteral("postgresql://alice@db.example.edu/grades?password=hunter2") << QStringLiteral("password");
    QTest::newRow("another scheme is refused")
        << QStringLiteral("mysql://alice@db.example.edu/grades") << QStringLiteral("postgresql://");
    QTest::newRow("a URL without a database is refused")
        << QStringLiteral("postgresql://alice@db.example.edu") << QStringLiteral("database");
    QTest::newRow("a URL without a user is refused")
        << QStringLiteral("postgresql://db.example.edu/grades") << QStringLiteral("user");
    QTest::newRow("a port that is no number is refused")
        << QStringLiteral("postgresql://alice@db.example.edu:http/grades") << QStringLiteral("port");
    QTest::newRow("a port out of range is refused")
        << QStringLiteral("postgresql://alice@db.example.edu:70000/grades") << QStringLiteral("port");
    QTest::newRow("an unknown sslmode is refused")
        << QStringLiteral("postgresql://alice@db.example.edu/grades?sslmode=sometimes") << QStringLiteral("sslmode");
    QTest::newRow("an unknown parameter is refused")
        << QStringLiteral("postgresql://alice@db.example.edu/grades?application_name=x")
        << QStringLiteral("application_name");
}

void CliGradebookTest::migrate_badArguments_areRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const QString course = courseCopy();
    const Run run = runCli({QStringLiteral("--course"), course, QStringLiteral("gradebook"), QStringLiteral("migrate"),
                            QStringLiteral("--to"), url});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("hunter2")), "the password is not echoed");
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

void CliGradebookTest::migrate_demoCourse_verifiesAndKeepsTheGrades()
{
    if (!m_postgresSkip.isEmpty()) {
        QSKIP(qPrintable(m_postgresSkip));
    }
    const QString course = courseCopy();
    const QStringList exportGrades{QStringLiteral("--course"), course, QStringLiteral("grades"),
                                   QStringLiteral("export"), QStringLiteral("--per-question")};
    // Some grading first, so manual scores, comments and the audit trail travel too.
    const Run graded = runCli({QStringLiteral("--course"), course, QStringLiteral("grade"), QStringLiteral("ps1"),
                               QStringLiteral("--actions"), QStringLiteral("-")},
                              actionsForFirstAnswer(course));
    QVERIFY2(graded.exitCode == 0, qPrintable(graded.err));
    const Run before = runCli(exportGrades);
    QCOMPARE(before.exitCode, 0);
    QVERIFY(!before.out.isEmpty());

    QVERIFY(m_server.createDatabase(QStringLiteral("migrated")));
    const QStringList migrate{QStringLiteral("--course"),  course,
                              QStringLiteral("gradebook"), QStringLiteral("migrate"),
                              QStringLiteral("--to"),      m_server.url(QStringLiteral("migrated"))};
    const Run first = runCli(migrate);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QLatin1String("verified")), qPrintable(first.out));
    QVERIFY(first.out.contains(QLatin1String("audit_event")));
    QVERIFY(first.out.contains(QLatin1String("submission")));
    QVERIFY(first.out.contains(QLatin1String("type: postgresql")));
    QVERIFY(first.out.contains(QStringLiteral("database: migrated")));
    // Without --update-config the course stays on SQLite.
    QCOMPARE(Services::CourseConfigLoader::load(course).value().config.gradebook.kind,
             Services::GradebookConfig::Kind::Sqlite);

    // The database now holds a gradebook: a second migration into it is refused.
    const Run again = runCli(migrate);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("already holds")), qPrintable(again.err));

    QVERIFY(m_server.createDatabase(QStringLiteral("switched")));
    const Run switched =
        runCli({QStringLiteral("--course"), course, QStringLiteral("gradebook"), QStringLiteral("migrate"),
                QStringLiteral("--to"), m_server.url(QStringLiteral("switched")), QStringLiteral("--update-config")});
    QVERIFY2(switched.exitCode == 0, qPrintable(switched.err));
    const auto config = Services::CourseConfigLoader::load(course);
    QVERIFY(config.ok());
    QCOMPARE(config.value().config.gradebook.kind, Services::GradebookConfig::Kind::Postgresql);
    QCOMPARE(config.value().config.gradebook.host, m_server.host());
    QCOMPARE(config.value().config.gradebook.port, m_server.port());
    QCOMPARE(config.value().config.gradebook.database, QStringLiteral("switched"));
    QCOMPARE(config.value().config.id, QStringLiteral("demo101"));
    QCOMPARE(config.value().config.assignments.size(), 2);

    const Run after = runCli(exportGrades);
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QCOMPARE(after.out, before.out);
}

void CliGradebookTest::migrate_withoutGradebookFile_fails()
{
    const QString course = courseCopy();
    QVERIFY(QFile::remove(QFileInfo(course).absolutePath() + QStringLiteral("/gradebook.sqlite")));
    const Run run = runCli({QStringLiteral("--course"), course, QStringLiteral("gradebook"), QStringLiteral("migrate"),
                            QStringLiteral("--to"), QStringLiteral("postgresql://alice@db.example.edu/grades")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("no gradebook file")), qPrintable(run.err));
}

QByteArray CliGradebookTest::actionsForFirstAnswer(const QString &course)
{
    const auto config = Services::CourseConfigLoader::load(course);
    if (!config) {
        return {};
    }
    auto gradebook = Services::Gradebook::open(config.value().config.gradebook);
    if (!gradebook) {
        return {};
    }
    const qint64 assignment = gradebook.value()->assignment(QStringLiteral("ps1")).value()->id;
    const Services::QuestionRecord question = gradebook.value()->questions(assignment).value().constFirst();
    const QString student = gradebook.value()->answers(question.cellId).value().constFirst().studentId;
    QByteArray actions = R"({"op":"score","student":"STUDENT","question":"QUESTION","value":1.5}
    
{"op":"comment","student":"STUDENT","question":"QUESTION","text":"Good \u2713"}
{"op":"adjust","student":"STUDENT","question":"QUESTION","points":-0.5,"reason":"late"}
{"op":"flag","student":"STUDENT","question":"QUESTION","value":true}
{"op":"score","student":"STUDENT","question":"QUESTION","value":2.25}
)";
    actions.replace("STUDENT", student.toUtf8());
    actions.replace("QUESTION", (question.notebookName + QLatin1Char(':') + question.name).toUtf8());
    return actions;
}

void CliGradebookTest::grade_actions_areSavedAndReported()
{
    const QString course = courseCopy();
    const QByteArray actions = actionsForFirstAnswer(course);
    QVERIFY(!actions.isEmpty());
    const Run run =
        runCli({QStringLiteral("--course"), course, QStringLiteral("grade"), QStringLiteral("ps1"),
                QStringLiteral("--actions"), QStringLiteral("-"), QStringLiteral("--grader"), QStringLiteral("carol")},
               actions);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("saved 1\nsaved 3\nsaved 4\nsaved 5\nsaved 6\n"));
    const Run exported = runCli({QStringLiteral("--course"), course, QStringLiteral("grades"), QStringLiteral("export"),
                                 QStringLiteral("--per-question")});
    QVERIFY(exported.out.contains(QLatin1String("2.25")));
}

void CliGradebookTest::grade_badLine_namesTheLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not JSON") << QByteArray("{\"op\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("JSON object");
    QTest::newRow("unknown op") << QByteArray(R"({"op":"erase","student":"s","question":"a:b"})")
                                << QStringLiteral("\"op\"");
    QTest::newRow("missing student") << QByteArray(R"({"op":"flag","question":"a:b","value":true})")
                                     << QStringLiteral("\"student\"");
    QTest::newRow("score as text") << QByteArray(R"({"op":"score","student":"s","question":"a:b","value":"3"})")
                                   << QStringLiteral("\"value\" must be a number or null");
    QTest::newRow("apply without item") << QByteArray(R"({"op":"apply","student":"s","question":"a:b"})")
                                        << QStringLiteral("\"item\"");
    QTest::newRow("flag as number") << QByteArray(R"({"op":"flag","student":"s","question":"a:b","value":1})")
                                    << QStringLiteral("true or false");
    QTest::newRow("unknown key") << QByteArray(R"({"op":"flag","student":"s","question":"a:b","value":true,"x":1})")
                                 << QStringLiteral("unknown key \"x\"");
    QTest::newRow("unknown question") << QByteArray(
                                             R"({"op":"flag","student":"s","question":"nope:nope","value":true})")
                                      << QStringLiteral("no graded question nope:nope");
}

void CliGradebookTest::grade_badLine_namesTheLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    const QString course = courseCopy();
    const Run run = runCli({QStringLiteral("--course"), course, QStringLiteral("grade"), QStringLiteral("ps1"),
                            QStringLiteral("--actions"), QStringLiteral("-")},
                           "\n" + line + "\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("gradedesk-cli: line 2: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

void CliGradebookTest::grade_keepGoing_continuesAfterABadLine()
{
    const QString course = courseCopy();
    const QString file = m_dir.filePath(QStringLiteral("bad.jsonl"));
    QFile actions(file);
    QVERIFY(actions.open(QIODevice::WriteOnly));
    actions.write("not json\n{\"op\":\"flag\"}\n");
    actions.close();
    const QStringList arguments{QStringLiteral("--course"),  course, QStringLiteral("grade"), QStringLiteral("ps1"),
                                QStringLiteral("--actions"), file};
    const Run stop = runCli(arguments);
    QCOMPARE(stop.exitCode, 1);
    QCOMPARE(stop.err.count(QLatin1Char('\n')), 1);
    const Run keepGoing = runCli(arguments + QStringList{QStringLiteral("--keep-going")});
    QCOMPARE(keepGoing.exitCode, 1);
    QVERIFY(keepGoing.err.contains(QLatin1String("line 1: ")));
    QVERIFY(keepGoing.err.contains(QLatin1String("line 2: ")));
    const Run missing = runCli({QStringLiteral("--course"), course, QStringLiteral("grade"), QStringLiteral("ps1")});
    QCOMPARE(missing.exitCode, 2);
}

QTEST_GUILESS_MAIN(CliGradebookTest)
#include "cli_gradebook_test.moc"
