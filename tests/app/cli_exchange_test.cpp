// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// gradedesk-cli exchange ... end to end: the real CLI binary against an ngshare simulator running in
// this process, on the demo course: create the course, enrol the roster, release (generated from
// source/), students submit, collect (with the demo's autograded results), feedback.

#include <services/config/courseconfig.h>
#include <services/core/timestamp.h>
#include <services/gradebook/gradebook.h>
#include <tests/sim/ngshare/ngsharesimulator.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace GradeDesk;
using GradeDesk::Tests::NgshareSimulator;

namespace {

const QString InstructorToken = QStringLiteral("cli-instructor-token-8e2f61");
const QString AdminToken = QStringLiteral("cli-admin-token-40aa7c");
const QString Course = QStringLiteral("demo101");
const QString Ps1 = QStringLiteral("ps1");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Started asynchronously: the simulator answers from this process's event loop while the CLI runs.
Run runCli(const QStringList &arguments, const QString &token = InstructorToken)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("gradedesk.*=true"));
    environment.remove(QStringLiteral("GRADEDESK_NGSHARE_TOKEN"));
    if (!token.isEmpty()) {
        environment.insert(QStringLiteral("GRADEDESK_NGSHARE_TOKEN"), token);
    }
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(GRADEDESK_CLI_PATH));
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    Run run;
    if (!finished.wait(240000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString describe(const Run &run)
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(run.exitCode).arg(run.out, run.err);
}

QList<NgshareSimulator::File> readSubmission(const QString &folder)
{
    QList<NgshareSimulator::File> files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(folder).relativeFilePath(path);
        QFile file(path);
        if (relative != QLatin1String("timestamp.txt") && file.open(QIODevice::ReadOnly)) {
            files.append({relative, file.readAll()});
        }
    }
    return files;
}

} // namespace

class CliExchangeTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void usage_exitCodes_data();
    void usage_exitCodes();
    void localCourse_saysItIsNotNgshare();
    void badToken_toldApartAndNeverPrinted();
    void demoCourse_releaseCollectFeedback_endToEnd();

private:
    QString course() const { return m_dir->filePath(QStringLiteral("demo/course.yaml")); }

    QStringList exchange(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--course"), course(), QStringLiteral("exchange")} + args;
    }

    /// Points course.yaml at the simulator.
    void useNgshare();
    /// Every submission of `work/submitted/<student>/ps1` sent to the simulator with its recorded time.
    int submitStudentWork();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NgshareSimulator> m_sim;
};

void CliExchangeTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const Run run =
        runCli({QStringLiteral("demo"), m_dir->filePath(QStringLiteral("demo")), QStringLiteral("--students"),
                QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("11")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    m_sim = std::make_unique<NgshareSimulator>();
    QVERIFY(m_sim->start());
    m_sim->addToken(InstructorToken, QStringLiteral("instructor"));
    m_sim->addToken(AdminToken, QStringLiteral("root"), true);
}

void CliExchangeTest::cleanup()
{
    m_sim.reset();
    m_dir.reset();
}

void CliExchangeTest::useNgshare()
{
    QFile file(course());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString yaml = QString::fromUtf8(file.readAll());
    file.close();
    const QString local = QStringLiteral("exchange:\n  type: local\n  directory: .\n");
    QVERIFY2(yaml.contains(local), qPrintable(yaml));
    yaml.replace(local, QStringLiteral("exchange:\n  type: ngshare\n  url: %1\n  prefix: /services/ngshare\n  "
                                       "directory: .\n")
                            .arg(m_sim->serverUrl().toString()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(yaml.toUtf8());
}

int CliExchangeTest::submitStudentWork()
{
    const QDir work(m_dir->filePath(QStringLiteral("work/submitted")));
    int count = 0;
    for (const QString &student : work.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString folder = work.filePath(student + QStringLiteral("/ps1"));
        if (!QFileInfo::exists(folder)) {
            continue;
        }
        QFile stamp(folder + QStringLiteral("/timestamp.txt"));
        if (!stamp.open(QIODevice::ReadOnly)) {
            continue;
        }
        const auto time = Services::Timestamp::parse(QString::fromUtf8(stamp.readAll()).trimmed());
        if (!time) {
            continue;
        }
        m_sim->addSubmission(Course, Ps1, student, readSubmission(folder), time->toDateTime());
        ++count;
    }
    return count;
}

void CliExchangeTest::usage_exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no command") << QStringList{} << 2;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("bogus")} << 2;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
    QTest::newRow("release without assignment") << QStringList{QStringLiteral("release")} << 2;
    QTest::newRow("collect with a bad concurrency")
        << QStringList{QStringLiteral("collect"), Ps1, QStringLiteral("--concurrency"), QStringLiteral("0")} << 2;
    QTest::newRow("dry run without add") << QStringList{QStringLiteral("students"), QStringLiteral("--dry-run")} << 2;
}

void CliExchangeTest::usage_exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    useNgshare();
    const Run run = runCli(exchange(args));
    QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
}

void CliExchangeTest::localCourse_saysItIsNotNgshare()
{
    const Run run = runCli(exchange({QStringLiteral("test")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("type: ngshare")), qPrintable(describe(run)));
}

void CliExchangeTest::badToken_toldApartAndNeverPrinted()
{
    useNgshare();
    m_sim->addCourse(Course, {QStringLiteral("instructor")});
    const QString wrong = QStringLiteral("wrong-token-3c9d0e11");
    Run run = runCli(exchange({QStringLiteral("test")}), wrong);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("token")), qPrintable(describe(run)));
    QVERIFY(!run.out.contains(wrong) && !run.err.contains(wrong));

    // The token file path works as well, and its content never shows either.
    QFile tokenFile(m_dir->filePath(QStringLiteral("token")));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write(InstructorToken.toUtf8() + '\n');
    tokenFile.close();
    run = runCli(exchange({QStringLiteral("test"), QStringLiteral("--token-file"), tokenFile.fileName()}), QString());
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(!run.out.contains(InstructorToken) && !run.err.contains(InstructorToken));
}

void CliExchangeTest::demoCourse_releaseCollectFeedback_endToEnd()
{
    // The students' work goes to the server through the simulator, not the course folder; release/ps1
    // is generated again from source/ps1 by the release command.
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("work"))));
    QVERIFY(QDir().rename(m_dir->filePath(QStringLiteral("demo/submitted")),
                          m_dir->filePath(QStringLiteral("work/submitted"))));
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("demo/release/ps1"))).removeRecursively());
    useNgshare();
    QStringList printed;

    Run run = runCli(exchange({QStringLiteral("test")}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("courses --create")), qPrintable(describe(run)));

    run = runCli(exchange({QStringLiteral("courses"), QStringLiteral("--create")}), AdminToken);
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(m_sim->courses(), QStringList{Course});

    run = runCli(exchange({QStringLiteral("test")}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("instructor")), qPrintable(describe(run)));

    run = runCli(
        exchange({QStringLiteral("students"), QStringLiteral("--add-from-gradebook"), QStringLiteral("--dry-run")}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("6 to add")), qPrintable(describe(run)));
    QVERIFY(m_sim->students(Course).isEmpty());
    run = runCli(exchange({QStringLiteral("students"), QStringLiteral("--add-from-gradebook")}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(m_sim->students(Course).size(), 6);
    QVERIFY(m_sim->students(Course).constFirst().lastName.has_value());

    run = runCli(exchange({QStringLiteral("release"), Ps1}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("Generated")), qPrintable(describe(run)));
    const auto released = m_sim->assignmentFiles(Course, Ps1);
    QVERIFY(released && released->size() == 1 && released->constFirst().path == QLatin1String("weather.ipynb"));
    QVERIFY2(!released->constFirst().content.contains("BEGIN SOLUTION"), "the student version has no solutions");

    run = runCli(exchange({QStringLiteral("release"), Ps1}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("--replace")), qPrintable(describe(run)));

    const int submitted = submitStudentWork();
    QVERIFY(submitted >= 3);
    run = runCli(exchange({QStringLiteral("release"), Ps1, QStringLiteral("--replace")}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("delete")), qPrintable(describe(run)));
    QCOMPARE(m_sim->submissions(Course, Ps1).size(), submitted);

    run = runCli(exchange({QStringLiteral("collect"), Ps1}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("%1 downloaded, 0 already here; %1 added").arg(submitted)),
             qPrintable(describe(run)));
    QVERIFY2(!run.out.contains(QStringLiteral("; 0 autograded notebooks scored")), qPrintable(describe(run)));
    run = runCli(exchange({QStringLiteral("collect"), Ps1}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("0 downloaded, %1 already here").arg(submitted)),
             qPrintable(describe(run)));

    run = runCli(exchange({QStringLiteral("feedback"), Ps1}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    int withFeedback = 0;
    for (const NgshareSimulator::Submission &submission : m_sim->submissions(Course, Ps1)) {
        QVERIFY2(submission.feedback.size() == 1, qPrintable(submission.studentId));
        QCOMPARE(submission.feedback.constFirst().path, QStringLiteral("weather.html"));
        QVERIFY(!submission.feedback.constFirst().content.contains("<script"));
        ++withFeedback;
    }
    QCOMPARE(withFeedback, submitted);

    for (const QString &text : std::as_const(printed)) {
        QVERIFY2(!text.contains(InstructorToken) && !text.contains(AdminToken), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(CliExchangeTest)
#include "cli_exchange_test.moc"
