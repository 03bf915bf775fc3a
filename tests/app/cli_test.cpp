// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <tests/support/testsupport.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(GRADEDESK_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    Run run;
    if (!process.waitForFinished(240000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class CliTest final : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void errors_areOneLineOnStderr();
    void germanLocale_getsGermanMessages();
    void inspect_printsCellsWithChecksums();
    void demo_collect_export_roundTrip();
    void init_collect_importsNbgraderCourse();
    void rubric_exportImport_roundTrip();
    void rubric_import_reportsProblemsOnOneLine();
    void feedback_demoCourse_writesHtmlWithoutScripts();

private:
    /// A collected demo course (4 students), made once; returns its course.yaml.
    QString demoCourse();

    QTemporaryDir m_demoDir;
    QString m_demoCourse;
};

void CliTest::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("no command is bad usage") << QStringList{} << 2;
    QTest::newRow("--help succeeds") << QStringList{QStringLiteral("--help")} << 0;
    QTest::newRow("--version succeeds") << QStringList{QStringLiteral("--version")} << 0;
    QTest::newRow("unknown command is bad usage") << QStringList{QStringLiteral("frobnicate")} << 2;
    QTest::newRow("unknown global option is bad usage") << QStringList{QStringLiteral("--frob")} << 2;
    QTest::newRow("--course without a file is bad usage") << QStringList{QStringLiteral("--course")} << 2;
    for (const QStringList &command :
         {QStringList{QStringLiteral("demo")}, QStringList{QStringLiteral("init")},
          QStringList{QStringLiteral("collect")}, QStringList{QStringLiteral("grades"), QStringLiteral("export")},
          QStringList{QStringLiteral("notebook"), QStringLiteral("inspect")},
          QStringList{QStringLiteral("rubric"), QStringLiteral("export")},
          QStringList{QStringLiteral("rubric"), QStringLiteral("import")}, QStringList{QStringLiteral("feedback")}}) {
        const QString name = command.join(QLatin1Char(' '));
        QTest::newRow(qPrintable(name + QStringLiteral(" --help succeeds")))
            << (command + QStringList{QStringLiteral("--help")}) << 0;
        QTest::newRow(qPrintable(name + QStringLiteral(" with an unknown option is bad usage")))
            << (command + QStringList{QStringLiteral("--no-such-option")}) << 2;
    }
    QTest::newRow("demo without DIR is bad usage") << QStringList{QStringLiteral("demo")} << 2;
    QTest::newRow("demo with a non-numeric --students is bad usage")
        << QStringList{QStringLiteral("demo"), QStringLiteral("/tmp/x"), QStringLiteral("--students"),
                       QStringLiteral("many")}
        << 2;
    QTest::newRow("collect without --course is bad usage") << QStringList{QStringLiteral("collect")} << 2;
    QTest::newRow("grades without a subcommand is bad usage") << QStringList{QStringLiteral("grades")} << 2;
    QTest::newRow("notebook inspect without FILE is bad usage")
        << QStringList{QStringLiteral("notebook"), QStringLiteral("inspect")} << 2;
    QTest::newRow("notebook inspect of a missing file fails")
        << QStringList{QStringLiteral("notebook"), QStringLiteral("inspect"), QStringLiteral("/nonexistent/x.ipynb")}
        << 1;
    QTest::newRow("rubric --help succeeds") << QStringList{QStringLiteral("rubric"), QStringLiteral("--help")} << 0;
    QTest::newRow("rubric without a subcommand is bad usage") << QStringList{QStringLiteral("rubric")} << 2;
    QTest::newRow("rubric with an unknown subcommand is bad usage")
        << QStringList{QStringLiteral("rubric"), QStringLiteral("frob")} << 2;
    QTest::newRow("rubric export without the question is bad usage")
        << QStringList{QStringLiteral("rubric"), QStringLiteral("export"), QStringLiteral("ps1")} << 2;
    QTest::newRow("rubric export without --course is bad usage")
        << QStringList{QStringLiteral("rubric"), QStringLiteral("export"), QStringLiteral("ps1"),
                       QStringLiteral("nb:q1")}
        << 2;
    QTest::newRow("rubric import of a missing file fails")
        << QStringList{QStringLiteral("rubric"), QStringLiteral("import"), QStringLiteral("ps1"),
                       QStringLiteral("nb:q1"), QStringLiteral("/nonexistent/rubric.yaml")}
        << 1;
    QTest::newRow("feedback without --course is bad usage")
        << QStringList{QStringLiteral("feedback"), QStringLiteral("ps1")} << 2;
    QTest::newRow("collect with a missing course file fails")
        << QStringList{QStringLiteral("--course"), QStringLiteral("/nonexistent/course.yaml"),
                       QStringLiteral("collect")}
        << 1;
}

void CliTest::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY2(!run.err.trimmed().isEmpty(), "a failure says why on stderr");
    }
}

void CliTest::errors_areOneLineOnStderr()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.ipynb"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"cells\": [ {\"cell_type\": \"code\", ");
    file.close();

    const Run run = runCli({QStringLiteral("notebook"), QStringLiteral("inspect"), broken, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(QStringLiteral("broken.ipynb")), qPrintable(run.err));
}

void CliTest::germanLocale_getsGermanMessages()
{
    const Run run = runCli({QStringLiteral("frobnicate")}, QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("unbekannter Befehl")), qPrintable(run.err));
}

void CliTest::inspect_printsCellsWithChecksums()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const QString path = Tests::notebookFixture(QStringLiteral("nbgrader/course101/release/ps1/problem1.ipynb"));
    const Run run = runCli({QStringLiteral("notebook"), QStringLiteral("inspect"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray cells = report.value(QStringLiteral("cells")).toArray();
    QVERIFY(!cells.isEmpty());
    int withChecksum = 0;
    for (const QJsonValue &value : cells) {
        const QJsonObject cell = value.toObject();
        const QString recorded = cell.value(QStringLiteral("recorded_checksum")).toString();
        if (!recorded.isEmpty()) {
            ++withChecksum;
            QCOMPARE(cell.value(QStringLiteral("computed_checksum")).toString(), recorded);
        }
    }
    QVERIFY(withChecksum > 0);
}

void CliTest::demo_collect_export_roundTrip()
{
    QTemporaryDir dir;
    const QString courseDir = dir.filePath(QStringLiteral("demo"));
    Run run = runCli({QStringLiteral("demo"), courseDir, QStringLiteral("--students"), QStringLiteral("12"),
                      QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString course = courseDir + QStringLiteral("/course.yaml");
    QVERIFY(QFile::exists(course));

    run = runCli({QStringLiteral("--course"), course, QStringLiteral("collect")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no log noise when stderr is not a terminal

    run = runCli({QStringLiteral("--course"), course, QStringLiteral("grades"), QStringLiteral("export")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("assignment,duedate,timestamp,student_id,last_name,first_name,email,"
                                            "raw_score,late_submission_penalty,score,max_score"));
    QVERIFY2(lines.size() >= 13, qPrintable(run.out));
    // The demo's roster was imported: every row has a last and a first name.
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(QLatin1Char(','));
        QVERIFY2(!fields.value(4).isEmpty() && !fields.value(5).isEmpty(), qPrintable(line));
    }

    run = runCli({QStringLiteral("--course"), course, QStringLiteral("grades"), QStringLiteral("export"),
                  QStringLiteral("--per-question")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.section(QLatin1Char('\n'), 0, 0).count(QLatin1Char(',')) > 10);

    run = runCli({QStringLiteral("--course"), course, QStringLiteral("grades"), QStringLiteral("export"),
                  QStringLiteral("--assignment"), QStringLiteral("no-such-assignment")});
    QCOMPARE(run.exitCode, 1);
}

void CliTest::init_collect_importsNbgraderCourse()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QTemporaryDir dir;
    const QString courseDir = dir.filePath(QStringLiteral("course101"));
    QVERIFY(Tests::copyRecursively(Tests::notebookFixture(QStringLiteral("nbgrader/course101")), courseDir));

    Run run = runCli({QStringLiteral("init"), courseDir});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString course = courseDir + QStringLiteral("/course.yaml");
    QVERIFY(QFile::exists(course));
    QCOMPARE(runCli({QStringLiteral("init"), courseDir}).exitCode, 1); // never overwrites

    run = runCli({QStringLiteral("--course"), course, QStringLiteral("collect"), QStringLiteral("ps1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    run = runCli({QStringLiteral("--course"), course, QStringLiteral("grades"), QStringLiteral("export"),
                  QStringLiteral("--assignment"), QStringLiteral("ps1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // nbgrader's own grades.csv has the same timestamps and raw scores (its max_score is from an
    // older version of the assignment; the notebooks give 13.0).
    QVERIFY2(run.out.contains(QStringLiteral("ps1,,2015-02-02 22:58:23.948203,bitdiddle,,,,1.5,0.0,1.5,13.0")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("ps1,,2015-02-01 17:28:58.749302,hacker,,,,3.0,0.0,3.0,13.0")),
             qPrintable(run.out));
}

QString CliTest::demoCourse()
{
    if (!m_demoCourse.isEmpty()) {
        return m_demoCourse;
    }
    const QString courseDir = m_demoDir.filePath(QStringLiteral("demo"));
    Run run = runCli({QStringLiteral("demo"), courseDir, QStringLiteral("--students"), QStringLiteral("4"),
                      QStringLiteral("--seed"), QStringLiteral("3")});
    if (run.exitCode != 0) {
        qWarning("demo failed: %s", qPrintable(run.err));
        return {};
    }
    const QString course = courseDir + QStringLiteral("/course.yaml");
    run = runCli({QStringLiteral("--course"), course, QStringLiteral("collect")});
    if (run.exitCode != 0) {
        qWarning("collect failed: %s", qPrintable(run.err));
        return {};
    }
    m_demoCourse = course;
    return m_demoCourse;
}

void CliTest::rubric_exportImport_roundTrip()
{
    const QString course = demoCourse();
    QVERIFY(!course.isEmpty());
    const QStringList question = {QStringLiteral("ps1"), QStringLiteral("weather:stable_city_answer")};
    const QStringList rubric = {QStringLiteral("--course"), course, QStringLiteral("rubric")};

    Run run = runCli(rubric + QStringList{QStringLiteral("export")} + question);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("version: 1\nscoring:\n  mode: positive\n  floor_at_zero: true\n"
                                     "  ceiling_at_max: true\nitems: []\n"));

    // A file in the form export writes, so exporting after the import must give it back byte for byte.
    const QByteArray yaml = "version: 1\n"
                            "scoring:\n"
                            "  mode: negative\n"
                            "  floor_at_zero: true\n"
                            "  ceiling_at_max: false\n"
                            "items:\n"
                            "  - title: \"No city named\"\n"
                            "    points: -1\n"
                            "    description: \"Say which city you mean.\"\n"
                            "    shortcut: \"1\"\n"
                            "  - title: \"No measure\"\n"
                            "    points: -0.5\n"
                            "    shortcut: \"2\"\n"
                            "    group: \"reasoning\"\n";
    const QString file = m_demoDir.filePath(QStringLiteral("rubric.yaml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(yaml);
    out.close();
    run = runCli(rubric + QStringList{QStringLiteral("import")} + question + QStringList{file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Added 2 rubric item")), qPrintable(run.out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

    run = runCli(rubric + QStringList{QStringLiteral("export")} + question);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QString::fromUtf8(yaml));

    const QString exported = m_demoDir.filePath(QStringLiteral("exported.yaml"));
    run = runCli(rubric + QStringList{QStringLiteral("export")} + question +
                 QStringList{QStringLiteral("--out"), exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile written(exported);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), yaml);

    // Importing again appends the items without the shortcuts they would share, and says so.
    run = runCli(rubric + QStringList{QStringLiteral("import")} + question + QStringList{file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.err.count(QStringLiteral("without its shortcut")), 2);
    run = runCli(rubric + QStringList{QStringLiteral("export")} + question);
    QCOMPARE(run.out.count(QStringLiteral("title: ")), 4);
    QCOMPARE(run.out.count(QStringLiteral("shortcut: ")), 2);
}

void CliTest::rubric_import_reportsProblemsOnOneLine()
{
    const QString course = demoCourse();
    QVERIFY(!course.isEmpty());
    const QString file = m_demoDir.filePath(QStringLiteral("bad.yaml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("version: 1\nitems:\n  - {title: Correct, points: lots}\n");
    out.close();
    const QStringList import = {QStringLiteral("--course"), course, QStringLiteral("rubric"), QStringLiteral("import"),
                                QStringLiteral("ps1")};

    Run run = runCli(import + QStringList{QStringLiteral("weather:misleading_answer"), file});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(QStringLiteral("bad.yaml:3:30")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("items[1].points")), qPrintable(run.err));

    run = runCli(import + QStringList{QStringLiteral("weather:no_such_question"), file});
    QCOMPARE(run.exitCode, 1);

    out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    out.write("version: 1\nitems: []\n");
    out.close();
    run = runCli(import + QStringList{QStringLiteral("weather:no_such_question"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("weather:stable_city_answer")), "names the questions there are");
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

void CliTest::feedback_demoCourse_writesHtmlWithoutScripts()
{
    const QString course = demoCourse();
    QVERIFY(!course.isEmpty());
    const QString courseDir = QFileInfo(course).absolutePath();
    Run run = runCli({QStringLiteral("--course"), course, QStringLiteral("feedback"), QStringLiteral("ps1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Wrote 4 feedback file")), qPrintable(run.out));

    QStringList files;
    QDirIterator it(courseDir + QStringLiteral("/feedback"), {QStringLiteral("*.html")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    QCOMPARE(files.size(), 4);
    for (const QString &path : std::as_const(files)) {
        QVERIFY2(path.contains(QStringLiteral("/ps1/")), qPrintable(path)); // <student>/<assignment>/<notebook>.html
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY2(!html.contains("<script"), qPrintable(path));
        QVERIFY(html.contains("Content-Security-Policy"));
    }

    const QString elsewhere = m_demoDir.filePath(QStringLiteral("handout"));
    run = runCli({QStringLiteral("--course"), course, QStringLiteral("feedback"), QStringLiteral("ps1"),
                  QStringLiteral("--out"), elsewhere});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QDir(elsewhere).exists());

    run = runCli({QStringLiteral("--course"), course, QStringLiteral("feedback"), QStringLiteral("ps9")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
