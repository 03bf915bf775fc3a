// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// gradedesk-cli exchange instructors: the real CLI binary against an ngshare simulator running in this
// process, on a small demo course whose ngshare course already exists.

#include <tests/app/clitesting.h>
#include <tests/sim/ngshare/ngsharesimulator.h>

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using GradeDesk::Tests::NgshareSimulator;

namespace {

const QString InstructorToken = QStringLiteral("roster-instructor-token-5d1c");
const QString AdminToken = QStringLiteral("roster-admin-token-77b0");
const QString Course = QStringLiteral("demo101");

using Run = GradeDesk::Tests::CliRun;

Run runCli(const QStringList &arguments, const QString &token)
{
    return GradeDesk::Tests::runCliAsync(
        arguments, GradeDesk::Tests::cliEnvironment({{QStringLiteral("GRADEDESK_NGSHARE_TOKEN"), token}}), 120000);
}

QString describe(const Run &run)
{
    return GradeDesk::Tests::describeCliRun(run);
}

QStringList usernames(const QList<NgshareSimulator::Person> &people)
{
    QStringList names;
    for (const NgshareSimulator::Person &person : people) {
        names.append(person.username);
    }
    names.sort();
    return names;
}

} // namespace

class CliExchangeRosterTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void instructors_listed();
    void instructors_addAndRemove_eachChangeReported();
    void instructors_addExisting_keepsTheirNames();
    void instructors_addStudent_makesThemInstructor();
    void instructors_refused_data();
    void instructors_refused();

private:
    QStringList instructors(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--course"), m_template.filePath(QStringLiteral("demo/course.yaml")),
                           QStringLiteral("exchange"), QStringLiteral("instructors")} +
               args;
    }

    QTemporaryDir m_template;
    std::unique_ptr<NgshareSimulator> m_sim;
};

void CliExchangeRosterTest::initTestCase()
{
    QVERIFY(m_template.isValid());
    const Run run =
        runCli({QStringLiteral("demo"), m_template.filePath(QStringLiteral("demo")), QStringLiteral("--students"),
                QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("3")},
               QString());
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
}

void CliExchangeRosterTest::init()
{
    // The simulator gets a free port each time, so course.yaml is pointed at it again.
    m_sim = std::make_unique<NgshareSimulator>();
    QVERIFY(m_sim->start());
    m_sim->addToken(InstructorToken, QStringLiteral("instructor"));
    m_sim->addToken(AdminToken, QStringLiteral("root"), true);
    m_sim->addCourse(Course);
    m_sim->addInstructor(Course, {QStringLiteral("instructor"), QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                  QStringLiteral("ada@example.edu")});
    m_sim->addStudent(Course, {QStringLiteral("student1")});

    QFile file(m_template.filePath(QStringLiteral("demo/course.yaml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString yaml = QString::fromUtf8(file.readAll());
    file.close();
    const qsizetype start = yaml.indexOf(QLatin1String("exchange:\n"));
    QVERIFY2(start >= 0, qPrintable(yaml));
    qsizetype end = start + 10;
    while (end < yaml.size() && yaml.at(end) == QLatin1Char(' ')) {
        end = yaml.indexOf(QLatin1Char('\n'), end) + 1;
        if (end == 0) {
            end = yaml.size();
        }
    }
    yaml.replace(start, end - start,
                 QStringLiteral("exchange:\n  type: ngshare\n  url: %1\n  prefix: /services/ngshare\n  directory: .\n")
                     .arg(m_sim->serverUrl().toString()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(yaml.toUtf8());
}

void CliExchangeRosterTest::cleanup()
{
    m_sim.reset();
}

void CliExchangeRosterTest::instructors_listed()
{
    const Run run = runCli(instructors({}), InstructorToken);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("Ada Lovelace")) && run.out.contains(QStringLiteral("ada@example.edu")),
             qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("1 instructor on ngshare.")), qPrintable(describe(run)));
    QVERIFY(!run.out.contains(InstructorToken) && !run.err.contains(InstructorToken));
}

void CliExchangeRosterTest::instructors_addAndRemove_eachChangeReported()
{
    Run run = runCli(
        instructors({QStringLiteral("--add"), QStringLiteral("ta1"), QStringLiteral("--add"), QStringLiteral("ta2")}),
        AdminToken);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("Added ta1 as an instructor.")) &&
                 run.out.contains(QStringLiteral("Added ta2 as an instructor.")) &&
                 run.out.contains(QStringLiteral("3 instructors on ngshare.")),
             qPrintable(describe(run)));
    QCOMPARE(usernames(m_sim->instructors(Course)),
             (QStringList{QStringLiteral("instructor"), QStringLiteral("ta1"), QStringLiteral("ta2")}));

    run = runCli(instructors({QStringLiteral("--remove"), QStringLiteral("ta1")}), AdminToken);
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("Removed ta1 as an instructor")),
             qPrintable(describe(run)));
    QCOMPARE(usernames(m_sim->instructors(Course)), (QStringList{QStringLiteral("instructor"), QStringLiteral("ta2")}));
}

void CliExchangeRosterTest::instructors_addExisting_keepsTheirNames()
{
    const Run run = runCli(instructors({QStringLiteral("--add"), QStringLiteral("instructor")}), AdminToken);
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("already teaches")), qPrintable(describe(run)));
    const auto people = m_sim->instructors(Course);
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.constFirst().firstName.value_or(QString()), QStringLiteral("Ada"));
}

void CliExchangeRosterTest::instructors_addStudent_makesThemInstructor()
{
    const Run run = runCli(instructors({QStringLiteral("--add"), QStringLiteral("student1")}), AdminToken);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(usernames(m_sim->instructors(Course)).contains(QStringLiteral("student1")));
    QVERIFY(m_sim->students(Course).isEmpty());
}

void CliExchangeRosterTest::instructors_refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("admin");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    QTest::newRow("an instructor cannot add another instructor")
        << QStringList{QStringLiteral("--add"), QStringLiteral("ta9")} << false << 1 << QStringLiteral("ta9");
    QTest::newRow("an instructor cannot remove an instructor")
        << QStringList{QStringLiteral("--remove"), QStringLiteral("instructor")} << false << 1
        << QStringLiteral("instructor");
    QTest::newRow("removing someone who does not teach")
        << QStringList{QStringLiteral("--remove"), QStringLiteral("student1")} << true << 1
        << QStringLiteral("not an instructor");
    QTest::newRow("a path in the username")
        << QStringList{QStringLiteral("--add"), QStringLiteral("../x")} << true << 1 << QStringLiteral("not a hub");
    QTest::newRow("a username with spaces around it")
        << QStringList{QStringLiteral("--add"), QStringLiteral(" ta1")} << true << 1 << QStringLiteral("not a hub");
    QTest::newRow("a stray argument") << QStringList{QStringLiteral("extra")} << true << 2 << QString();
    QTest::newRow("--add without a user") << QStringList{QStringLiteral("--add")} << true << 2 << QString();
}

void CliExchangeRosterTest::instructors_refused()
{
    QFETCH(QStringList, args);
    QFETCH(bool, admin);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    const Run run = runCli(instructors(args), admin ? AdminToken : InstructorToken);
    QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(said), qPrintable(describe(run)));
    QCOMPARE(usernames(m_sim->instructors(Course)), QStringList{QStringLiteral("instructor")});
    QCOMPARE(m_sim->students(Course).size(), 1);
}

QTEST_GUILESS_MAIN(CliExchangeRosterTest)
#include "cli_exchange_roster_test.moc"
