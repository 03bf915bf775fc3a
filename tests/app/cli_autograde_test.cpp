// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// gradedesk-cli autograde end to end: the real CLI binary, the real harness and Jupyter kernels, on a
// generated demo course of 4 students. Skipped where no Python with nbclient and ipykernel exists.

#include <services/config/courseconfig.h>
#include <services/gradebook/gradebook.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace GradeDesk::Services;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(GRADEDESK_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    process.closeWriteChannel(); // stdin is not a terminal: changes need --yes
    Run run;
    if (!process.waitForFinished(600000)) {
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

/// A Python that can run the harness (PATH's python3 may be a bare pyenv one), or empty.
QString notebookPython()
{
    for (const QString &candidate :
         {QStandardPaths::findExecutable(QStringLiteral("python3")), QStringLiteral("/usr/bin/python3")}) {
        if (candidate.isEmpty()) {
            continue;
        }
        QProcess check;
        check.start(candidate, {QStringLiteral("-c"), QStringLiteral("import nbformat, nbclient, ipykernel")});
        if (check.waitForFinished(60000) && check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0) {
            return candidate;
        }
    }
    return {};
}

} // namespace

class CliAutogradeTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usage_exitCodes_data();
    void usage_exitCodes();
    void demoCourse_autogradeStoresScoresAndKeepsManualOnes();

private:
    QString course() const { return m_dir.filePath(QStringLiteral("demo/course.yaml")); }

    QStringList autograde(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--course"), course(), QStringLiteral("autograde")} + args;
    }

    std::unique_ptr<Gradebook> openGradebook() const;

    QTemporaryDir m_dir;
    QString m_python;
};

void CliAutogradeTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run demo =
        runCli({QStringLiteral("demo"), m_dir.filePath(QStringLiteral("demo")), QStringLiteral("--students"),
                QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
    m_python = notebookPython();
    Result<LoadedCourseConfig> loaded = CourseConfigLoader::load(course());
    QVERIFY(loaded.ok());
    CourseConfig config = loaded.value().config;
    if (!m_python.isEmpty()) {
        config.autograde.python = m_python;
    }
    config.autograde.cellTimeoutSeconds = 120;
    QVERIFY(CourseConfigLoader::save(config, course()).ok());
    const Run collect =
        runCli({QStringLiteral("--course"), course(), QStringLiteral("collect"), QStringLiteral("ps1")});
    QVERIFY2(collect.exitCode == 0, qPrintable(describe(collect)));
}

std::unique_ptr<Gradebook> CliAutogradeTest::openGradebook() const
{
    auto opened = Gradebook::openSqlite(m_dir.filePath(QStringLiteral("demo/gradebook.sqlite")));
    return opened.ok() ? std::move(opened).value() : nullptr;
}

void CliAutogradeTest::usage_exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no assignment") << QStringList() << 2 << "missing argument";
    QTest::newRow("two assignments") << QStringList{QStringLiteral("ps1"), QStringLiteral("ps2")} << 2 << "ps2";
    QTest::newRow("unknown executor") << QStringList{QStringLiteral("ps1"), QStringLiteral("--executor"),
                                                     QStringLiteral("docker")}
                                      << 2 << "docker";
    QTest::newRow("zero jobs") << QStringList{QStringLiteral("ps1"), QStringLiteral("--jobs"), QStringLiteral("0")} << 2
                               << "--jobs";
    QTest::newRow("assignment not collected") << QStringList{QStringLiteral("ps9")} << 1 << "ps9";
    QTest::newRow("path as assignment") << QStringList{QStringLiteral("../ps1")} << 1 << "../ps1";
    QTest::newRow("student without submission")
        << QStringList{QStringLiteral("ps1"), QStringLiteral("--student"), QStringLiteral("nobody")} << 1 << "nobody";
}

void CliAutogradeTest::usage_exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const Run run = runCli(autograde(args));
    QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(mentions), qPrintable(describe(run)));
}

void CliAutogradeTest::demoCourse_autogradeStoresScoresAndKeepsManualOnes()
{
    if (m_python.isEmpty()) {
        QSKIP("no Python with nbformat, nbclient and ipykernel (Debian: python3-nbclient python3-ipykernel)");
    }
    qint64 assignmentId = 0;
    QList<SubmissionRecord> submissions;
    qint64 manualNotebook = 0;
    qint64 manualCell = 0;
    qint64 wrongNotebook = 0;
    qint64 wrongCell = 0;
    {
        const std::unique_ptr<Gradebook> gradebook = openGradebook();
        QVERIFY(gradebook);
        assignmentId = gradebook->assignment(QStringLiteral("ps1")).value()->id;
        submissions = gradebook->submissions(assignmentId).value();
        QCOMPARE(submissions.size(), 4);
        // A grader's score on the first student's first question, and a wrong auto score on the last one's.
        const QList<GradeRecord> first = gradebook->grades(submissions.front().id).value();
        manualNotebook = first.front().submittedNotebookId;
        manualCell = first.front().cellId;
        QVERIFY(gradebook->setManualGrade(manualNotebook, manualCell, 0.25, QStringLiteral("grader")).ok());
        QVERIFY(
            gradebook->setComment(manualNotebook, manualCell, QStringLiteral("See me"), QStringLiteral("grader")).ok());
        // The first autograded (code test) question of the last student.
        QSet<qint64> testCells;
        for (const NotebookRecord &notebook : gradebook->notebooks(assignmentId).value()) {
            for (const SourceCellRecord &cell : gradebook->sourceCells(notebook.id).value()) {
                if (cell.isGrade && !cell.isSolution && cell.cellType == QLatin1String("code")) {
                    testCells.insert(cell.id);
                }
            }
        }
        for (const GradeRecord &grade : gradebook->grades(submissions.back().id).value()) {
            if (wrongCell == 0 && testCells.contains(grade.cellId)) {
                wrongNotebook = grade.submittedNotebookId;
                wrongCell = grade.cellId;
            }
        }
        QVERIFY(wrongCell != 0);
        QVERIFY(gradebook->setAutoGrade(wrongNotebook, wrongCell, 0.125, false, QStringLiteral("autograder")).ok());
    }

    // Changes without --yes and without a terminal: refused, nothing stored.
    const Run refused =
        runCli(autograde({QStringLiteral("ps1"), QStringLiteral("--student"), submissions.back().studentId,
                          QStringLiteral("--jobs"), QStringLiteral("1")}));
    QVERIFY2(refused.exitCode == 1, qPrintable(describe(refused)));
    QVERIFY2(refused.err.contains(QStringLiteral("--yes")), qPrintable(describe(refused)));
    QVERIFY2(refused.out.contains(QStringLiteral("0.125 ->")), qPrintable(describe(refused)));

    const Run run = runCli(autograde({QStringLiteral("ps1"), QStringLiteral("--yes")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("Autograded ps1 (local): 4 graded, 0 failed")), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("[4/4]")), qPrintable(describe(run)));
    // The collect already scored the demo's autograded notebooks: the harness must agree with it.
    QVERIFY2(!run.err.contains(QStringLiteral("warning")), qPrintable(describe(run)));
    {
        const std::unique_ptr<Gradebook> gradebook = openGradebook();
        QVERIFY(gradebook);
        for (const SubmissionRecord &submission : std::as_const(submissions)) {
            for (const GradeRecord &grade : gradebook->grades(submission.id).value()) {
                if (grade.submittedNotebookId == manualNotebook && grade.cellId == manualCell) {
                    QCOMPARE(grade.manualScore, std::optional<double>(0.25));
                } else if (grade.submittedNotebookId == wrongNotebook && grade.cellId == wrongCell) {
                    QVERIFY(grade.autoScore != std::optional<double>(0.125));
                }
            }
            QVERIFY(QFile::exists(
                m_dir.filePath(QStringLiteral("demo/autograded/%1/ps1/timestamp.txt").arg(submission.studentId))));
        }
        const QList<CommentRecord> comments = gradebook->comments(submissions.front().id).value();
        QVERIFY(std::any_of(comments.cbegin(), comments.cend(),
                            [](const CommentRecord &c) { return c.manualComment == QLatin1String("See me"); }));
        QCOMPARE(gradebook->auditEvents(QStringLiteral("assignment"), QStringLiteral("ps1")).value().size(), 1);
    }

    // Nothing changes on a second run, so no --yes is needed.
    const Run again = runCli(autograde({QStringLiteral("ps1")}));
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    QVERIFY2(again.out.contains(QStringLiteral("No scores change")), qPrintable(describe(again)));
}

QTEST_GUILESS_MAIN(CliAutogradeTest)
#include "cli_autograde_test.moc"
