// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// Bulk seeding: synthetic courses (benchmarks), nbgrader course folders (manual runs) and
// ngshare's own test fixture.

#include "tests/sim/ngshare/ngsharesimstate.h"
#include "tests/sim/ngshare/ngsharesimulator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace GradeDesk::Tests {

namespace {

/// A minimal valid nbformat 4.5 notebook of about `bytes` bytes; `text` makes it distinct.
QByteArray syntheticNotebook(const QString &text, int bytes)
{
    const QByteArray head = "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"id\": \"c1\",\n"
                            "   \"metadata\": {},\n   \"source\": [\n    \"" +
                            text.toUtf8() + "\\n\",\n    \"";
    const QByteArray tail = "\"\n   ]\n  }\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
    const qsizetype padding = std::max<qsizetype>(0, bytes - head.size() - tail.size());
    return head + QByteArray(padding, 'x') + tail;
}

/// Every file below `root`, with `/`-separated paths relative to it, in a stable order.
QList<NgshareSimulator::File> readTree(const QString &root, const QStringList &skipTopLevel = {})
{
    QList<NgshareSimulator::File> files;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext()) {
        paths.append(base.relativeFilePath(it.next()));
    }
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        if (skipTopLevel.contains(path)) {
            continue;
        }
        QFile file(base.filePath(path));
        if (file.open(QIODevice::ReadOnly)) {
            files.append({path, file.readAll()});
        }
    }
    return files;
}

} // namespace

QStringList NgshareSimulator::seedSyntheticCourse(const SyntheticCourse &course)
{
    addToken(course.instructorToken, course.instructor);
    addCourse(course.courseId, {course.instructor});
    QStringList studentIds;
    for (int i = 1; i <= course.students; ++i) {
        const QString name = QStringLiteral("student%1").arg(i, 3, 10, QLatin1Char('0'));
        addToken(name + QStringLiteral("-token"), name);
        addStudent(course.courseId,
                   Person{name, QStringLiteral("Student"), QString::number(i), name + QStringLiteral("@example.edu")});
        studentIds.append(name);
    }
    for (const QString &assignmentId : course.assignments) {
        QList<File> release;
        for (int n = 1; n <= course.notebooksPerAssignment; ++n) {
            const QString path = QStringLiteral("problem%1.ipynb").arg(n);
            release.append({path, syntheticNotebook(assignmentId + u' ' + path, course.notebookBytes)});
        }
        releaseAssignment(course.courseId, assignmentId, release);
        for (int attempt = 1; attempt <= course.submissionsPerStudent; ++attempt) {
            for (const QString &student : std::as_const(studentIds)) {
                QList<File> files;
                for (const File &file : std::as_const(release)) {
                    files.append(
                        {file.path, syntheticNotebook(student + u' ' + file.path + QStringLiteral(" attempt ") +
                                                          QString::number(attempt),
                                                      course.notebookBytes)});
                }
                addSubmission(course.courseId, assignmentId, student, files);
            }
        }
    }
    return studentIds;
}

bool NgshareSimulator::seedFromCourseDirectory(const QString &courseId, const QString &courseRoot,
                                               const QString &instructor, const QString &instructorToken)
{
    const QDir root(courseRoot);
    const QDir releaseDir(root.filePath(QStringLiteral("release")));
    if (!releaseDir.exists()) {
        return false;
    }
    addToken(instructorToken, instructor);
    addCourse(courseId, {instructor});
    const QStringList released = releaseDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &assignmentId : released) {
        releaseAssignment(courseId, assignmentId, readTree(releaseDir.filePath(assignmentId)));
    }
    const QDir submittedDir(root.filePath(QStringLiteral("submitted")));
    const QStringList students = submittedDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &student : students) {
        addStudent(courseId, Person{student, {}, {}, {}});
        const QDir studentDir(submittedDir.filePath(student));
        const QStringList submitted = studentDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &assignmentId : submitted) {
            if (!released.contains(assignmentId)) {
                continue;
            }
            // nbgrader's timestamp.txt carries a local zone ngshare never produces; the server's
            // own time is the key instead.
            addSubmission(courseId, assignmentId, student,
                          readTree(studentDir.filePath(assignmentId), {QStringLiteral("timestamp.txt")}));
        }
    }
    return true;
}

void NgshareSimulator::seedUpstreamFixture()
{
    addCourse(QStringLiteral("course1"), {QStringLiteral("kevin")});
    addCourse(QStringLiteral("course2"), {QStringLiteral("abigail")});
    addStudent(QStringLiteral("course1"), Person{QStringLiteral("lawrence"), {}, {}, {}});
    addStudent(QStringLiteral("course2"), Person{QStringLiteral("eric"), {}, {}, {}});
    releaseAssignment(QStringLiteral("course2"), QStringLiteral("assignment2a"),
                      {{QStringLiteral("file0"), QByteArray("00000")}});
    releaseAssignment(QStringLiteral("course2"), QStringLiteral("assignment2b"),
                      {{QStringLiteral("file1"), QByteArray("11111")}});
    releaseAssignment(QStringLiteral("course1"), QStringLiteral("challenge"),
                      {{QStringLiteral("file2"), QByteArray("22222")}});
    const QString older = addSubmission(QStringLiteral("course1"), QStringLiteral("challenge"),
                                        QStringLiteral("lawrence"), {{QStringLiteral("file3"), QByteArray("33333")}},
                                        QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
    addSubmission(QStringLiteral("course1"), QStringLiteral("challenge"), QStringLiteral("lawrence"),
                  {{QStringLiteral("file4"), QByteArray("44444")}});
    setFeedback(QStringLiteral("course1"), QStringLiteral("challenge"), QStringLiteral("lawrence"), older,
                {{QStringLiteral("file5"), QByteArray("55555")}});
}

} // namespace GradeDesk::Tests
