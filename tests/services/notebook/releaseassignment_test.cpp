// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/demo/demogenerator.h>
#include <services/notebook/notebookreader.h>
#include <services/notebook/notebookwriter.h>
#include <services/notebook/releasegenerator.h>
#include <tests/support/testsupport.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using GradeDesk::Tests::copyRecursively;
using GradeDesk::Tests::notebookFixture;

Q_DECLARE_METATYPE(GradeDesk::Services::ServiceError::Kind)

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Every file below `root`, relative, sorted (hidden ones included).
QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        files.append(base.relativeFilePath(it.next()));
    }
    files.sort();
    return files;
}

// Entries directly in `folder` (hidden included): what a failed release must not leave behind.
QStringList entriesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

const QByteArray kMinimalNotebook =
    R"({"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {"nbgrader": {"grade": false,
    "grade_id": "a", "locked": false, "schema_version": 3, "solution": true}}, "outputs": [],
    "source": "x = 1"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 2})";

const QByteArray kUnterminatedNotebook =
    R"({"cells": [{"cell_type": "code", "execution_count": null, "metadata": {"nbgrader": {"grade": false,
    "grade_id": "a", "locked": false, "schema_version": 3, "solution": true}}, "outputs": [],
    "source": "### BEGIN SOLUTION\nx = 1"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 2})";

} // namespace

class ReleaseAssignmentTest final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void course101_ps1_equalsNbgraderReleaseFolder();
    void realWorldCourse_equalsNbgraderReleaseFolder();
    void otherFiles_copiedAsNbgraderDoes();
    void existingRelease_isRefusedAndUntouched();
    void malformedNotebook_leavesNothingBehind();
    void linkOutsideSource_isRefused();
    void badFolderNames_areRefused_data();
    void badFolderNames_areRefused();
    void folderWithoutNotebooks_isRefused();
    void demoCourse_releaseEqualsGeneratedRelease_data();
    void demoCourse_releaseEqualsGeneratedRelease();
};

void ReleaseAssignmentTest::course101_ps1_equalsNbgraderReleaseFolder()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QTemporaryDir course;
    QVERIFY(course.isValid());
    const QString fixture = notebookFixture(QStringLiteral("nbgrader/course101/"));
    QVERIFY(copyRecursively(fixture + QStringLiteral("source"), course.filePath(QStringLiteral("source"))));
    auto header = NotebookReader::readFile(course.filePath(QStringLiteral("source/header.ipynb")));
    QVERIFY(header);
    ReleaseOptions options;
    options.header = header.value();

    auto report = ReleaseGenerator::generateAssignment(course.filePath(QStringLiteral("source/ps1")),
                                                       course.filePath(QStringLiteral("release/ps1")), options);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report.value().notebooks,
             (QStringList{QStringLiteral("problem1.ipynb"), QStringLiteral("problem2.ipynb")}));
    QCOMPARE(report.value().copiedFiles, QStringList{QStringLiteral("jupyter.png")});
    QVERIFY(report.value().warnings.isEmpty());
    QCOMPARE(report.value().gradebookCells.value(QStringLiteral("problem1")).size(), 10);
    QCOMPARE(report.value().gradebookCells.value(QStringLiteral("problem2")).size(), 2);

    const QString released = course.filePath(QStringLiteral("release/ps1"));
    const QString expected = fixture + QStringLiteral("release/ps1");
    QCOMPARE(filesBelow(released), filesBelow(expected));
    for (const QString &file : filesBelow(expected)) {
        QVERIFY2(readBytes(released + QLatin1Char('/') + file) == readBytes(expected + QLatin1Char('/') + file),
                 qPrintable(file));
        QCOMPARE(QFile::permissions(released + QLatin1Char('/') + file) & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }
    QCOMPARE(entriesIn(course.filePath(QStringLiteral("release"))), QStringList{QStringLiteral("ps1")});
}

void ReleaseAssignmentTest::realWorldCourse_equalsNbgraderReleaseFolder()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString fixture = notebookFixture(QStringLiteral("realworld-nbgrader/pbutenee-ml-tutorial/1/"));
    QVERIFY(copyRecursively(fixture + QStringLiteral("source"), work.filePath(QStringLiteral("source/1"))));
    ReleaseOptions options;
    options.codeStubs.insert(QStringLiteral("python"),
                             QStringLiteral("##### Implement this part of the code #####\nraise "
                                            "NotImplementedError(\"Code not implemented, follow the instructions.\")"));
    auto report = ReleaseGenerator::generateAssignment(work.filePath(QStringLiteral("source/1")),
                                                       work.filePath(QStringLiteral("release/1")), options);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    const QString released = work.filePath(QStringLiteral("release/1"));
    const QString expected = fixture + QStringLiteral("release");
    QCOMPARE(filesBelow(released), filesBelow(expected));
    for (const QString &file : filesBelow(expected)) {
        QVERIFY2(readBytes(released + QLatin1Char('/') + file) == readBytes(expected + QLatin1Char('/') + file),
                 qPrintable(file));
    }
}

// nbgrader copies every other file, hidden ones too, but not its ignore list, and it neither
// releases nor copies notebooks in subfolders.
void ReleaseAssignmentTest::otherFiles_copiedAsNbgraderDoes()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString source = work.filePath(QStringLiteral("source/hw1"));
    const QStringList present = {
        QStringLiteral("hw1.ipynb"),
        QStringLiteral("data/cities.csv"),
        QStringLiteral("data/deep/more.txt"),
        QStringLiteral(".env"),
        QStringLiteral(".draft.ipynb"),
        QStringLiteral("helpers.py"),
        QStringLiteral("helpers.pyc"),
        QStringLiteral("__pycache__/helpers.cpython-311.pyc"),
        QStringLiteral(".ipynb_checkpoints/hw1-checkpoint.ipynb"),
        QStringLiteral("feedback/old.html"),
        QStringLiteral("extra/part2.ipynb"),
    };
    for (const QString &file : present) {
        QVERIFY(writeBytes(source + QLatin1Char('/') + file,
                           file.endsWith(QLatin1String(".ipynb")) ? kMinimalNotebook : file.toUtf8()));
    }
    auto report = ReleaseGenerator::generateAssignment(source, work.filePath(QStringLiteral("release/hw1")));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    const QStringList copied = {QStringLiteral(".draft.ipynb"), QStringLiteral(".env"),
                                QStringLiteral("data/cities.csv"), QStringLiteral("data/deep/more.txt"),
                                QStringLiteral("helpers.py")};
    QCOMPARE(report.value().copiedFiles, copied);
    QCOMPARE(report.value().notebooks, QStringList{QStringLiteral("hw1.ipynb")});
    QStringList expectedFiles = copied + QStringList{QStringLiteral("hw1.ipynb")};
    expectedFiles.sort();
    QCOMPARE(filesBelow(work.filePath(QStringLiteral("release/hw1"))), expectedFiles);
    QVERIFY(report.value().skippedFiles.contains(QStringLiteral("extra/part2.ipynb")));
    QVERIFY(report.value().skippedFiles.contains(QStringLiteral("__pycache__")));
    QCOMPARE(report.value().warnings.size(), 1);
    QVERIFY(report.value().warnings.first().contains(QLatin1String("extra/part2.ipynb")));
    // A copied hidden notebook is copied as it is, not released.
    QCOMPARE(readBytes(work.filePath(QStringLiteral("release/hw1/.draft.ipynb"))), kMinimalNotebook);
    auto released = NotebookReader::readFile(work.filePath(QStringLiteral("release/hw1/hw1.ipynb")));
    QVERIFY(released);
    QCOMPARE(released.value().cells.first().source, QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()"));
    QVERIFY(!released.value().cells.first().executionCount);
}

void ReleaseAssignmentTest::existingRelease_isRefusedAndUntouched()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QVERIFY(writeBytes(work.filePath(QStringLiteral("source/ps1/a.ipynb")), kMinimalNotebook));
    QVERIFY(writeBytes(work.filePath(QStringLiteral("release/ps1/a.ipynb")), "students have this"));
    auto report = ReleaseGenerator::generateAssignment(work.filePath(QStringLiteral("source/ps1")),
                                                       work.filePath(QStringLiteral("release/ps1")));
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ServiceError::Kind::Conflict);
    QCOMPARE(readBytes(work.filePath(QStringLiteral("release/ps1/a.ipynb"))), QByteArray("students have this"));
    QCOMPARE(entriesIn(work.filePath(QStringLiteral("release"))), QStringList{QStringLiteral("ps1")});

    // An empty folder of that name counts as a release too: rename(2) would silently replace it.
    QVERIFY(QDir().mkpath(work.filePath(QStringLiteral("release/ps2"))));
    QVERIFY(writeBytes(work.filePath(QStringLiteral("source/ps2/a.ipynb")), kMinimalNotebook));
    report = ReleaseGenerator::generateAssignment(work.filePath(QStringLiteral("source/ps2")),
                                                  work.filePath(QStringLiteral("release/ps2")));
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ServiceError::Kind::Conflict);
}

void ReleaseAssignmentTest::malformedNotebook_leavesNothingBehind()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QVERIFY(writeBytes(work.filePath(QStringLiteral("source/ps1/a.ipynb")), kMinimalNotebook));
    QVERIFY(writeBytes(work.filePath(QStringLiteral("source/ps1/b.ipynb")), kUnterminatedNotebook));
    QVERIFY(writeBytes(work.filePath(QStringLiteral("source/ps1/data.csv")), "x,y\n"));
    QVERIFY(QDir().mkpath(work.filePath(QStringLiteral("release"))));
    auto report = ReleaseGenerator::generateAssignment(work.filePath(QStringLiteral("source/ps1")),
                                                       work.filePath(QStringLiteral("release/ps1")));
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ServiceError::Kind::Validation);
    QVERIFY2(report.error().message.startsWith(QLatin1String("b.ipynb, cell 1")), qPrintable(report.error().message));
    QVERIFY(entriesIn(work.filePath(QStringLiteral("release"))).isEmpty());

    // A notebook that is not JSON is refused the same way, naming the file.
    QVERIFY(writeBytes(work.filePath(QStringLiteral("source/ps1/b.ipynb")), "{\"cells\": ["));
    report = ReleaseGenerator::generateAssignment(work.filePath(QStringLiteral("source/ps1")),
                                                  work.filePath(QStringLiteral("release/ps1")));
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ServiceError::Kind::Parse);
    QVERIFY(entriesIn(work.filePath(QStringLiteral("release"))).isEmpty());
}

void ReleaseAssignmentTest::linkOutsideSource_isRefused()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QVERIFY(writeBytes(work.filePath(QStringLiteral("secret.txt")), "instructor only"));
    QVERIFY(writeBytes(work.filePath(QStringLiteral("source/ps1/a.ipynb")), kMinimalNotebook));
    QVERIFY(QFile::link(work.filePath(QStringLiteral("secret.txt")),
                        work.filePath(QStringLiteral("source/ps1/notes.txt"))));
    QVERIFY(QDir().mkpath(work.filePath(QStringLiteral("release"))));
    auto report = ReleaseGenerator::generateAssignment(work.filePath(QStringLiteral("source/ps1")),
                                                       work.filePath(QStringLiteral("release/ps1")));
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ServiceError::Kind::Security);
    QVERIFY(entriesIn(work.filePath(QStringLiteral("release"))).isEmpty());

    // A link that stays inside the assignment is copied as the file it points to.
    QVERIFY(QFile::remove(work.filePath(QStringLiteral("source/ps1/notes.txt"))));
    QVERIFY(writeBytes(work.filePath(QStringLiteral("source/ps1/data/real.csv")), "1,2\n"));
    QVERIFY(QFile::link(work.filePath(QStringLiteral("source/ps1/data/real.csv")),
                        work.filePath(QStringLiteral("source/ps1/alias.csv"))));
    report = ReleaseGenerator::generateAssignment(work.filePath(QStringLiteral("source/ps1")),
                                                  work.filePath(QStringLiteral("release/ps1")));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    const QFileInfo alias(work.filePath(QStringLiteral("release/ps1/alias.csv")));
    QVERIFY(!alias.isSymLink());
    QCOMPARE(readBytes(alias.filePath()), QByteArray("1,2\n"));

    // A link to a folder is left out with a warning, as nbgrader's os.walk leaves it out.
    QVERIFY(QDir(work.filePath(QStringLiteral("release/ps1"))).removeRecursively());
    QVERIFY(QFile::link(work.filePath(QStringLiteral("source/ps1/data")),
                        work.filePath(QStringLiteral("source/ps1/shared"))));
    report = ReleaseGenerator::generateAssignment(work.filePath(QStringLiteral("source/ps1")),
                                                  work.filePath(QStringLiteral("release/ps1")));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY(report.value().skippedFiles.contains(QStringLiteral("shared")));
    QCOMPARE(report.value().warnings.size(), 1);
    QVERIFY(!QFileInfo::exists(work.filePath(QStringLiteral("release/ps1/shared"))));
}

void ReleaseAssignmentTest::badFolderNames_areRefused_data()
{
    QTest::addColumn<QString>("sourceName");
    QTest::addColumn<QString>("releaseName");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::newRow("plus sign in the assignment name (nbgrader refuses it)")
        << QStringLiteral("ps+1") << QStringLiteral("ps1") << ServiceError::Kind::Validation;
    QTest::newRow("hidden assignment folder")
        << QStringLiteral(".ps1") << QStringLiteral("ps1") << ServiceError::Kind::Security;
    QTest::newRow("release path ending in .. names the existing release folder")
        << QStringLiteral("ps1") << QStringLiteral("ps1/..") << ServiceError::Kind::Conflict;
    QTest::newRow("release folder with a control character")
        << QStringLiteral("ps1") << (QStringLiteral("ps") + QChar(1) + QStringLiteral("1"))
        << ServiceError::Kind::Security;
}

void ReleaseAssignmentTest::badFolderNames_areRefused()
{
    QFETCH(QString, sourceName);
    QFETCH(QString, releaseName);
    QFETCH(ServiceError::Kind, kind);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString source = work.filePath(QStringLiteral("source/") + sourceName);
    QVERIFY(writeBytes(source + QStringLiteral("/a.ipynb"), kMinimalNotebook));
    QVERIFY(QDir().mkpath(work.filePath(QStringLiteral("release"))));
    auto report = ReleaseGenerator::generateAssignment(source, work.filePath(QStringLiteral("release/") + releaseName));
    QVERIFY(!report);
    QCOMPARE(report.error().kind, kind);
    QVERIFY(entriesIn(work.filePath(QStringLiteral("release"))).isEmpty());
}

void ReleaseAssignmentTest::folderWithoutNotebooks_isRefused()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QVERIFY(writeBytes(work.filePath(QStringLiteral("source/ps1/sub/nested.ipynb")), kMinimalNotebook));
    auto report = ReleaseGenerator::generateAssignment(work.filePath(QStringLiteral("source/ps1")),
                                                       work.filePath(QStringLiteral("release/ps1")));
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ServiceError::Kind::NotFound);
    report = ReleaseGenerator::generateAssignment(work.filePath(QStringLiteral("source/missing")),
                                                  work.filePath(QStringLiteral("release/missing")));
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ServiceError::Kind::NotFound);
    QVERIFY(!QFileInfo::exists(work.filePath(QStringLiteral("release"))));
}

void ReleaseAssignmentTest::demoCourse_releaseEqualsGeneratedRelease_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("questions");
    QTest::newRow("default demo (seed 1, 7 questions)") << quint64(1) << 7;
    QTest::newRow("one question") << quint64(42) << 1;
    QTest::newRow("many questions, other seed") << quint64(7) << 40;
}

// The demo course writes source/ and release/ itself; its release must be what this generator makes.
void ReleaseAssignmentTest::demoCourse_releaseEqualsGeneratedRelease()
{
    QFETCH(quint64, seed);
    QFETCH(int, questions);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    DemoOptions demo;
    demo.directory = work.filePath(QStringLiteral("demo"));
    demo.students = 2;
    demo.seed = seed;
    demo.questions = questions;
    auto course = DemoGenerator::generate(demo);
    QVERIFY2(course, course ? "" : qPrintable(course.error().message));
    QVERIFY(!course.value().assignments.isEmpty());
    for (const QString &assignment : course.value().assignments) {
        const QString generated = work.filePath(QStringLiteral("release/") + assignment);
        auto report =
            ReleaseGenerator::generateAssignment(demo.directory + QStringLiteral("/source/") + assignment, generated);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        const QString demoRelease = demo.directory + QStringLiteral("/release/") + assignment;
        QVERIFY(!filesBelow(demoRelease).isEmpty());
        QCOMPARE(filesBelow(generated), filesBelow(demoRelease));
        for (const QString &file : filesBelow(demoRelease)) {
            QVERIFY2(readBytes(generated + QLatin1Char('/') + file) == readBytes(demoRelease + QLatin1Char('/') + file),
                     qPrintable(assignment + QLatin1Char('/') + file));
        }
    }
}

QTEST_GUILESS_MAIN(ReleaseAssignmentTest)
#include "releaseassignment_test.moc"
