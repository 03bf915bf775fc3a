// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// NgshareExchange::collect against the ngshare simulator: the latest submission per student lands
// in submitted/<student>/<assignment>/ with the server's timestamp and is imported; every fault
// ends with nothing half-written; finished submissions are skipped and an interrupted collect resumes.

#include "ngsharetestcourse.h"

#include <services/exchange/ngsharecollect.h>
#include <services/exchange/submissionwriter.h>
#include <tests/support/testsupport.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

namespace {

const QString Ps1 = QStringLiteral("ps1");
const QString SubmissionRoute = QStringLiteral("GET submission/<course_id>/<assignment_id>/<student_id>");

QString describe(const Result<CollectReport> &result)
{
    if (!result) {
        return QStringLiteral("error %1: %2 (%3)")
            .arg(kindName(result.error().kind), result.error().message, result.error().detail);
    }
    QString text = QStringLiteral("downloaded %1, up to date %2, added %3, skipped %4")
                       .arg(result.value().downloaded)
                       .arg(result.value().upToDate)
                       .arg(result.value().added)
                       .arg(result.value().skipped.size());
    for (const CollectSkip &skip : result.value().skipped) {
        text += QStringLiteral("\n  %1/%2: %3").arg(skip.assignment, skip.student, skip.error.detail);
    }
    return text;
}

} // namespace

class NgshareCollectTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void latestPerStudent_data();
    void latestPerStudent();
    void collect_downloadsLatestPerStudentAndImports();
    void collect_again_skipsUnchanged();
    void collect_newerSubmission_replacesOnlyThatStudent();
    void collect_withFault_leavesNothingHalfWritten_data();
    void collect_withFault_leavesNothingHalfWritten();
    void collect_cancelled_importsNothingThenResumes();
    void collect_concurrencyIsBounded();
    void collect_unreleasedAssignment_saysSo();
    void collect_badToken_writesNothing();
    void collect_studentToken_refusedAsNotInstructor();
    void collect_all_collectsEveryReleasedAssignment();

private:
    Result<CollectReport> runCollect(const QString &assignment = Ps1);
    /// Every folder in submitted/ holds exactly one server submission of that student, complete, with
    /// its timestamp; the staging area is empty; no file was written outside the course folder.
    void verifyNothingHalfWritten();
    QStringList collectedStudents() const;

    std::unique_ptr<NgshareTestCourse> m_course;
};

void NgshareCollectTest::init()
{
    GRADEDESK_REQUIRE_FIXTURES();
    m_course = std::make_unique<NgshareTestCourse>();
    QVERIFY2(m_course->setUp(), qPrintable(m_course->error()));
}

void NgshareCollectTest::cleanup()
{
    m_course.reset();
}

Result<CollectReport> NgshareCollectTest::runCollect(const QString &assignment)
{
    const auto result = NgshareTestCourse::wait(m_course->exchange->collect(assignment));
    if (!result) {
        return ServiceError::make(ServiceError::Kind::Timeout, QStringLiteral("collect did not finish"));
    }
    return *result;
}

QStringList NgshareCollectTest::collectedStudents() const
{
    QStringList students;
    const QStringList entries = QDir(m_course->coursePath(QStringLiteral("submitted")))
                                    .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &student : entries) {
        if (QFileInfo::exists(m_course->coursePath(QStringLiteral("submitted/%1/ps1").arg(student)))) {
            students.append(student);
        }
    }
    return students;
}

void NgshareCollectTest::verifyNothingHalfWritten()
{
    const QList<NgshareSimulator::Submission> all = m_course->sim->submissions(NgCourse, Ps1);
    for (const QString &student : collectedStudents()) {
        const QString folder = m_course->coursePath(QStringLiteral("submitted/%1/ps1").arg(student));
        QFile stamp(folder + QStringLiteral("/timestamp.txt"));
        QVERIFY2(stamp.open(QIODevice::ReadOnly), qPrintable(student));
        const QString timestamp = QString::fromUtf8(stamp.readAll());
        const auto match = std::find_if(all.cbegin(), all.cend(), [&](const NgshareSimulator::Submission &s) {
            return s.studentId == student && s.timestamp == timestamp;
        });
        QVERIFY2(match != all.cend(), qPrintable(student + QStringLiteral(": no server submission at ") + timestamp));
        QSet<QString> onDisk;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = QDir(folder).relativeFilePath(it.next());
            if (relative != QLatin1String("timestamp.txt")) {
                onDisk.insert(relative);
            }
        }
        QSet<QString> expected;
        for (const NgshareSimulator::File &file : match->files) {
            expected.insert(file.path);
            QFile written(folder + QLatin1Char('/') + file.path);
            QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(file.path));
            QVERIFY2(written.readAll() == file.content, qPrintable(student + QLatin1Char('/') + file.path));
        }
        QCOMPARE(onDisk, expected);
    }
    const QDir staging(SubmissionWriter::stagingDirectory(m_course->coursePath()));
    QVERIFY2(!staging.exists() || staging.isEmpty(), qPrintable(staging.entryList().join(u',')));
    // Nothing beside the course folder and the gradebook in the temporary folder.
    QStringList top = QDir(m_course->dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    top.removeAll(QStringLiteral("gradebook.sqlite"));
    top.removeAll(QStringLiteral("course"));
    QVERIFY2(top.isEmpty() || top.filter(QStringLiteral("gradebook.sqlite")).size() == top.size(),
             qPrintable(top.join(u',')));
    QVERIFY(!QFileInfo::exists(m_course->coursePath(QStringLiteral("x"))));
    QVERIFY(!QFileInfo::exists(m_course->coursePath(QStringLiteral("submitted/x"))));
}

void NgshareCollectTest::latestPerStudent_data()
{
    QTest::addColumn<QList<NgshareSubmission>>("all");
    QTest::addColumn<QStringList>("expected"); // "student@timestamp"

    QTest::newRow("one per student, sorted by student")
        << QList<NgshareSubmission>{{QStringLiteral("b"), QStringLiteral("2026-01-01 00:00:00.000000")},
                                    {QStringLiteral("a"), QStringLiteral("2026-01-02 00:00:00.000000")}}
        << QStringList{QStringLiteral("a@2026-01-02 00:00:00.000000"), QStringLiteral("b@2026-01-01 00:00:00.000000")};
    QTest::newRow("the newest wins whatever the server's order")
        << QList<NgshareSubmission>{{QStringLiteral("a"), QStringLiteral("2026-01-02 00:00:00.000001")},
                                    {QStringLiteral("a"), QStringLiteral("2026-01-02 00:00:00.000009")},
                                    {QStringLiteral("a"), QStringLiteral("2026-01-01 23:59:59.999999")}}
        << QStringList{QStringLiteral("a@2026-01-02 00:00:00.000009")};
    QTest::newRow("instructors are left out")
        << QList<NgshareSubmission>{{QStringLiteral("teacher"), QStringLiteral("2026-01-02 00:00:00.000000")},
                                    {QStringLiteral("a"), QStringLiteral("2026-01-01 00:00:00.000000")}}
        << QStringList{QStringLiteral("a@2026-01-01 00:00:00.000000")};
    QTest::newRow("usernames are case-sensitive")
        << QList<NgshareSubmission>{{QStringLiteral("Kevin"), QStringLiteral("2026-01-01 00:00:00.000000")},
                                    {QStringLiteral("kevin"), QStringLiteral("2026-01-02 00:00:00.000000")}}
        << QStringList{QStringLiteral("Kevin@2026-01-01 00:00:00.000000"),
                       QStringLiteral("kevin@2026-01-02 00:00:00.000000")};
}

void NgshareCollectTest::latestPerStudent()
{
    QFETCH(QList<NgshareSubmission>, all);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const NgshareSubmission &s : NgshareCollect::latestPerStudent(all, {QStringLiteral("teacher")})) {
        actual.append(s.student + QLatin1Char('@') + s.timestamp);
    }
    QCOMPARE(actual, expected);
}

void NgshareCollectTest::collect_downloadsLatestPerStudentAndImports()
{
    // An older submission of bitdiddle's (the fixture's is newer) and an instructor's test submission.
    m_course->sim->addSubmission(NgCourse, Ps1, QStringLiteral("bitdiddle"),
                                 {{QStringLiteral("problem1.ipynb"), QByteArray("{}")}},
                                 ngFixtureTime(QStringLiteral("bitdiddle")).addDays(-1));
    m_course->sim->addSubmission(NgCourse, Ps1, NgInstructor,
                                 NgshareTestCourse::fixtureSubmission(QStringLiteral("hacker")),
                                 ngFixtureTime(QStringLiteral("hacker")).addDays(3));

    const Result<CollectReport> result = runCollect();
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.value().downloaded, 2);
    QCOMPARE(result.value().upToDate, 0);
    QCOMPARE(result.value().added, 2);
    QVERIFY2(result.value().skipped.isEmpty(), qPrintable(describe(result)));
    QCOMPARE(collectedStudents(), (QStringList{QStringLiteral("bitdiddle"), QStringLiteral("hacker")}));
    QVERIFY(!result.value().warnings.filter(QStringLiteral("instructor")).isEmpty());
    verifyNothingHalfWritten();

    // The server's own string, byte for byte, and the gradebook's time parsed from it.
    QCOMPARE(SubmissionWriter::collectedTimestamp(m_course->coursePath(), QStringLiteral("bitdiddle"), Ps1),
             QStringLiteral("2015-02-02 22:58:23.948000"));
    const auto assignment = m_course->gradebook->assignment(Ps1);
    QVERIFY(assignment.ok() && assignment.value());
    const auto submission = m_course->gradebook->submission(assignment.value()->id, QStringLiteral("bitdiddle"));
    QVERIFY(submission.ok() && submission.value());
    QCOMPARE(submission.value()->timestamp.toNbgraderUtc(), QStringLiteral("2015-02-02 22:58:23.948000"));
    QCOMPARE(m_course->sim->requestCount(SubmissionRoute), 2);
    // The exact timestamp was asked for, not "the latest", so a submission arriving meanwhile cannot slip in.
    for (const NgshareSimulator::LoggedRequest &request : m_course->sim->requestLog()) {
        if (request.route == SubmissionRoute) {
            QVERIFY(request.query.contains(QStringLiteral("timestamp=")));
        }
    }
}

void NgshareCollectTest::collect_again_skipsUnchanged()
{
    QVERIFY(runCollect().ok());
    m_course->sim->clearRequestLog();
    const Result<CollectReport> again = runCollect();
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QCOMPARE(again.value().downloaded, 0);
    QCOMPARE(again.value().upToDate, 2);
    QCOMPARE(again.value().unchanged, 2);
    QCOMPARE(again.value().added, 0);
    QCOMPARE(m_course->sim->requestCount(SubmissionRoute), 0);
}

void NgshareCollectTest::collect_newerSubmission_replacesOnlyThatStudent()
{
    QVERIFY(runCollect().ok());
    const QString bitdiddleBefore =
        SubmissionWriter::collectedTimestamp(m_course->coursePath(), QStringLiteral("bitdiddle"), Ps1);
    // hacker resubmits with one notebook fewer: the old problem2 must not survive in the new folder.
    QList<NgshareSimulator::File> files = NgshareTestCourse::fixtureSubmission(QStringLiteral("hacker"));
    files.removeIf([](const NgshareSimulator::File &f) { return f.path == QLatin1String("problem2.ipynb"); });
    const QString newer = m_course->sim->addSubmission(NgCourse, Ps1, QStringLiteral("hacker"), files,
                                                       ngFixtureTime(QStringLiteral("hacker")).addDays(5));
    const Result<CollectReport> result = runCollect();
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.value().downloaded, 1);
    QCOMPARE(result.value().upToDate, 1);
    QCOMPARE(result.value().updated, 1);
    QCOMPARE(SubmissionWriter::collectedTimestamp(m_course->coursePath(), QStringLiteral("hacker"), Ps1), newer);
    QCOMPARE(SubmissionWriter::collectedTimestamp(m_course->coursePath(), QStringLiteral("bitdiddle"), Ps1),
             bitdiddleBefore);
    QVERIFY(!QFileInfo::exists(m_course->coursePath(QStringLiteral("submitted/hacker/ps1/problem2.ipynb"))));
    verifyNothingHalfWritten();
}

void NgshareCollectTest::collect_withFault_leavesNothingHalfWritten_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("downloaded");
    QTest::addColumn<QString>("skippedStudent"); // "" when nobody is skipped
    QTest::addColumn<int>("skippedKind");        // ServiceError::Kind of the skip

    const int none = -1;
    QTest::newRow("connection dropped mid-download, once: retried") << "drop-once" << 2 << "" << none;
    QTest::newRow("connection dropped on every attempt: that student skipped")
        << "drop-always" << 1 << "hacker" << int(ServiceError::Kind::Network);
    QTest::newRow("HTTP 500 once: retried") << "500-once" << 2 << "" << none;
    QTest::newRow("proxy 503 once: retried") << "503-once" << 2 << "" << none;
    QTest::newRow("slow replies: everything arrives") << "slow" << 2 << "" << none;
    QTest::newRow("a reply that never comes: timed out, retried") << "hang-once" << 2 << "" << none;
    QTest::newRow("damaged download, once: fetched again") << "corrupt-once" << 2 << "" << none;
    QTest::newRow("damaged file on every download: skipped")
        << "corrupt-always" << 1 << "hacker" << int(ServiceError::Kind::Validation);
    QTest::newRow("entry named ../x: refused") << "dotdot" << 1 << "hacker" << int(ServiceError::Kind::Security);
    QTest::newRow("absolute entry: refused") << "absolute" << 1 << "hacker" << int(ServiceError::Kind::Security);
    QTest::newRow("entry with a backslash: refused")
        << "backslash" << 1 << "hacker" << int(ServiceError::Kind::Security);
}

void NgshareCollectTest::collect_withFault_leavesNothingHalfWritten()
{
    QFETCH(QString, fault);
    QFETCH(int, downloaded);
    QFETCH(QString, skippedStudent);
    QFETCH(int, skippedKind);

    NgshareSimulator &sim = *m_course->sim;
    const QString hackerPath = QStringLiteral("submission/course101/ps1/hacker");
    const auto plant = [&](const QString &path) {
        QList<NgshareSimulator::File> files = NgshareTestCourse::fixtureSubmission(QStringLiteral("hacker"));
        files.append({path, QByteArray("escaped")});
        sim.addSubmission(NgCourse, Ps1, QStringLiteral("hacker"), files,
                          ngFixtureTime(QStringLiteral("hacker")).addDays(1));
    };
    NgshareClient::Options options = m_course->exchange->client()->options();
    options.transferTimeout = std::chrono::milliseconds(1500);
    m_course->exchange->client()->setOptions(options);

    if (fault == QLatin1String("drop-once")) {
        sim.dropConnectionOnNext("GET", hackerPath);
    } else if (fault == QLatin1String("drop-always")) {
        for (int i = 0; i <= options.maxRetries; ++i) {
            sim.dropConnectionOnNext("GET", hackerPath);
        }
    } else if (fault == QLatin1String("500-once")) {
        sim.failNextRequests(1, 500);
    } else if (fault == QLatin1String("503-once")) {
        sim.failNextRequests(1, 503);
    } else if (fault == QLatin1String("slow")) {
        sim.setLatency(std::chrono::milliseconds(300));
    } else if (fault == QLatin1String("hang-once")) {
        sim.hangOnNext("GET", hackerPath);
    } else if (fault == QLatin1String("corrupt-once")) {
        sim.corruptNextDownloads(1);
    } else if (fault == QLatin1String("corrupt-always")) {
        QVERIFY(sim.corruptSubmissionFile(NgCourse, Ps1, QStringLiteral("hacker"), QStringLiteral("problem1.ipynb")));
    } else if (fault == QLatin1String("dotdot")) {
        plant(QStringLiteral("../x"));
    } else if (fault == QLatin1String("absolute")) {
        plant(m_course->coursePath(QStringLiteral("x")));
    } else if (fault == QLatin1String("backslash")) {
        plant(QStringLiteral("..\\x"));
    }

    const Result<CollectReport> result = runCollect();
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.value().downloaded, downloaded);
    if (skippedStudent.isEmpty()) {
        QVERIFY2(result.value().skipped.isEmpty(), qPrintable(describe(result)));
    } else {
        QCOMPARE(result.value().skipped.size(), 1);
        QCOMPARE(result.value().skipped.constFirst().student, skippedStudent);
        QCOMPARE(int(result.value().skipped.constFirst().error.kind), skippedKind);
        QVERIFY(!collectedStudents().contains(skippedStudent));
    }
    verifyNothingHalfWritten();
    QCOMPARE(result.value().added, downloaded);
}

void NgshareCollectTest::collect_cancelled_importsNothingThenResumes()
{
    for (int i = 1; i <= 6; ++i) {
        const QString student = QStringLiteral("student%1").arg(i);
        m_course->sim->addStudent(NgCourse, {student, QString(), QString(), QString()});
        m_course->sim->addSubmission(NgCourse, Ps1, student,
                                     NgshareTestCourse::fixtureSubmission(QStringLiteral("hacker")),
                                     ngFixtureTime(QStringLiteral("hacker")).addSecs(i));
    }
    m_course->exchange->setConcurrency(1);
    m_course->sim->setLatency(std::chrono::milliseconds(150));

    CollectJob *job = m_course->exchange->collect(Ps1);
    connect(job, &ExchangeJob::progress, job, [job](int done, int) {
        if (done >= 3) {
            job->cancel();
        }
    });
    const auto cancelled = NgshareTestCourse::wait(job);
    QVERIFY(cancelled);
    QVERIFY(!cancelled->ok());
    QCOMPARE(cancelled->error().kind, ServiceError::Kind::Cancelled);
    const qsizetype finished = collectedStudents().size();
    QVERIFY2(finished >= 3 && finished < 8, qPrintable(QString::number(finished)));
    verifyNothingHalfWritten();
    const auto assignment = m_course->gradebook->assignment(Ps1);
    QVERIFY(!assignment.ok() || !assignment.value() ||
            m_course->gradebook->submissions(assignment.value()->id).value().isEmpty());

    m_course->sim->setLatency(std::chrono::milliseconds(0));
    m_course->recreateExchange();
    const Result<CollectReport> resumed = runCollect();
    QVERIFY2(resumed.ok(), qPrintable(describe(resumed)));
    QCOMPARE(resumed.value().upToDate, int(finished));
    QCOMPARE(resumed.value().downloaded, 8 - int(finished));
    QCOMPARE(resumed.value().added, 8);
    verifyNothingHalfWritten();
}

void NgshareCollectTest::collect_concurrencyIsBounded()
{
    for (int i = 1; i <= 12; ++i) {
        const QString student = QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0'));
        m_course->sim->addStudent(NgCourse, {student, QString(), QString(), QString()});
        m_course->sim->addSubmission(NgCourse, Ps1, student, {{QStringLiteral("problem1.ipynb"), QByteArray("{}")}});
    }
    m_course->exchange->setConcurrency(3);
    m_course->sim->setLatency(std::chrono::milliseconds(60));
    m_course->sim->resetPeakConcurrency();
    const Result<CollectReport> result = runCollect();
    QVERIFY(result.ok());
    QCOMPARE(result.value().downloaded, 14);
    QCOMPARE(m_course->sim->peakConcurrentRequests(), 3);
}

void NgshareCollectTest::collect_unreleasedAssignment_saysSo()
{
    const Result<CollectReport> result = runCollect(QStringLiteral("ps9"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ServiceError::Kind::NotFound);
    QVERIFY2(result.error().message.contains(QStringLiteral("Release the assignment first")),
             qPrintable(result.error().message));
    QVERIFY(collectedStudents().isEmpty());
}

void NgshareCollectTest::collect_badToken_writesNothing()
{
    m_course->sim->setTokenState(NgInstructorToken, NgshareSimulator::TokenState::Expired);
    const Result<CollectReport> result = runCollect();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ServiceError::Kind::Auth);
    QVERIFY(collectedStudents().isEmpty());
}

void NgshareCollectTest::collect_studentToken_refusedAsNotInstructor()
{
    m_course->exchange->setToken(NgStudentToken);
    const Result<CollectReport> result = runCollect();
    QVERIFY(!result.ok());
    QVERIFY2(result.error().kind == ServiceError::Kind::Http && result.error().httpStatus == 403,
             qPrintable(describe(result)));
    QVERIFY(collectedStudents().isEmpty());
}

void NgshareCollectTest::collect_all_collectsEveryReleasedAssignment()
{
    const Result<CollectReport> result = runCollect(QString());
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(result.value().assignments.contains(Ps1));
    QCOMPARE(result.value().downloaded, 2);
}

QTEST_GUILESS_MAIN(NgshareCollectTest)
#include "ngsharecollect_test.moc"
