// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include <services/config/courseconfig.h>
#include <services/exchange/localexchange.h>
#include <services/gradebook/gradebook.h>
#include <tests/support/testsupport.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace GradeDesk::Services;

class LocalExchangeTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void collect_course101_matchesNbgrader();
    void collect_again_allUnchanged();
    void collect_newerTimestamp_updatesOnlyThatStudent();
    void collect_refusesEscapingStudentFolders();
    void collect_refusesSubmissionWithEscapingNotebook();
    void collect_missingTimestamp_usesModificationTimeAndWarns();
    void collect_newerAutogradeResults_rescored();
    void collect_latePenaltyFromConfig();
    void collect_all_scansEveryAssignment();
    void collect_badAssignmentName_isRefused();
    void collect_cancelled_storesNothing();
    void collect_cancelledDuringScan_storesNothing();
    void collect_reportsProgress();
    void discoverAssignments_course101();
    void listAssignments_async();

private:
    Result<CollectReport> runCollect(const QString &assignment, QList<std::pair<int, int>> *progress = nullptr);
    QString coursePath(const QString &relative) const;
    SubmissionRecord submissionOf(const QString &student);
    double autoTotalOf(const QString &student);
    void writeFile(const QString &relative, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_outside;
    std::unique_ptr<Gradebook> m_gradebook;
    CourseConfig m_config;
    std::unique_ptr<LocalExchange> m_exchange;
};

void LocalExchangeTest::init()
{
    GRADEDESK_REQUIRE_FIXTURES();
    m_dir = std::make_unique<QTemporaryDir>();
    m_outside = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(GradeDesk::Tests::copyRecursively(GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/course101")),
                                              coursePath(QStringLiteral("course"))));
    auto opened = Gradebook::openSqlite(m_dir->filePath(QStringLiteral("gradebook.sqlite")));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_gradebook = std::move(opened).value();

    m_config = CourseConfig();
    m_config.id = QStringLiteral("course101");
    m_config.exchange.kind = ExchangeConfig::Kind::Local;
    m_config.exchange.directory = coursePath(QStringLiteral("course"));
    m_exchange = std::make_unique<LocalExchange>(m_config, *m_gradebook);
}

void LocalExchangeTest::cleanup()
{
    m_exchange.reset();
    m_gradebook.reset();
    m_outside.reset();
    m_dir.reset();
}

QString LocalExchangeTest::coursePath(const QString &relative) const
{
    return m_dir->filePath(relative);
}

void LocalExchangeTest::writeFile(const QString &relative, const QByteArray &content)
{
    QFile file(coursePath(QStringLiteral("course/") + relative));
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

Result<CollectReport> LocalExchangeTest::runCollect(const QString &assignment, QList<std::pair<int, int>> *progress)
{
    CollectJob *job = m_exchange->collect(assignment);
    std::optional<Result<CollectReport>> result;
    connect(job, &ExchangeJob::finished, this, [&result, job] { result.emplace(job->result()); });
    if (progress) {
        connect(job, &ExchangeJob::progress, this, [progress](int done, int total) {
            progress->append({done, total});
        });
    }
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000); }();
    if (!result) {
        return ServiceError::make(ServiceError::Kind::Timeout, QStringLiteral("collect did not finish"));
    }
    return *result;
}

SubmissionRecord LocalExchangeTest::submissionOf(const QString &student)
{
    const auto assignment = m_gradebook->assignment(QStringLiteral("ps1"));
    if (!assignment.ok() || !assignment.value()) {
        return {};
    }
    const auto submission = m_gradebook->submission(assignment.value()->id, student);
    return submission.ok() && submission.value() ? *submission.value() : SubmissionRecord();
}

double LocalExchangeTest::autoTotalOf(const QString &student)
{
    const auto grades = m_gradebook->grades(submissionOf(student).id);
    double total = 0.0;
    if (grades.ok()) {
        for (const GradeRecord &grade : grades.value()) {
            total += grade.autoScore.value_or(0.0);
        }
    }
    return total;
}

void LocalExchangeTest::collect_course101_matchesNbgrader()
{
    const Result<CollectReport> result = runCollect(QStringLiteral("ps1"));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const CollectReport &report = result.value();
    QCOMPARE(report.assignments, QStringList{QStringLiteral("ps1")});
    QCOMPARE(report.added, 2);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 0);
    QVERIFY2(report.skipped.isEmpty(),
             report.skipped.isEmpty() ? "" : qPrintable(report.skipped.first().error.message));
    QCOMPARE(report.notebooksScored, 4);

    const auto students = m_gradebook->students();
    QVERIFY(students.ok());
    QStringList ids;
    for (const StudentRecord &student : students.value()) {
        ids.append(student.id);
    }
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("bitdiddle"), QStringLiteral("hacker")}));

    // timestamp.txt says "2015-02-02 14:58:23.948203 America/Los_Angeles"; grades.csv has it in UTC.
    const SubmissionRecord bitdiddle = submissionOf(QStringLiteral("bitdiddle"));
    const SubmissionRecord hacker = submissionOf(QStringLiteral("hacker"));
    QCOMPARE(bitdiddle.timestamp.toNbgraderUtc(), QStringLiteral("2015-02-02 22:58:23.948203"));
    QCOMPARE(hacker.timestamp.toNbgraderUtc(), QStringLiteral("2015-02-01 17:28:58.749302"));
    QCOMPARE(bitdiddle.latePenalty, 0.0);
    QVERIFY(bitdiddle.directory.endsWith(QStringLiteral("/submitted/bitdiddle/ps1")));

    for (const SubmissionRecord &submission : {bitdiddle, hacker}) {
        const auto notebooks = m_gradebook->submittedNotebooks(submission.id);
        QVERIFY(notebooks.ok());
        QCOMPARE(notebooks.value().size(), 2);
    }
    // raw_score in course101/grades.csv.
    QCOMPARE(autoTotalOf(QStringLiteral("bitdiddle")), 1.5);
    QCOMPARE(autoTotalOf(QStringLiteral("hacker")), 3.0);

    // bitdiddle left the application answer as released: 0 points and nbgrader's "No response.";
    // the written answers wait for a grader.
    const auto grades = m_gradebook->grades(bitdiddle.id);
    QVERIFY(grades.ok());
    int needsManual = 0;
    for (const GradeRecord &grade : grades.value()) {
        needsManual += grade.needsManualGrade ? 1 : 0;
        if (grade.cellName == QStringLiteral("sum_of_squares_application")) {
            QCOMPARE(grade.autoScore, std::optional(0.0));
            QVERIFY(!grade.needsManualGrade);
        }
        if (grade.cellName == QStringLiteral("sum_of_squares_equation")) {
            QVERIFY(!grade.autoScore);
            QVERIFY(grade.needsManualGrade);
        }
    }
    QCOMPARE(needsManual, 3); // sum_of_squares_equation, part-a, part-b
    const auto comments = m_gradebook->comments(bitdiddle.id);
    QVERIFY(comments.ok());
    QStringList noResponse;
    for (const CommentRecord &comment : comments.value()) {
        if (comment.autoComment == QStringLiteral("No response.")) {
            noResponse.append(comment.cellName);
        }
    }
    QCOMPARE(noResponse, QStringList{QStringLiteral("sum_of_squares_application")});
}

void LocalExchangeTest::collect_again_allUnchanged()
{
    QVERIFY(runCollect(QStringLiteral("ps1")).ok());
    const Result<CollectReport> again = runCollect(QStringLiteral("ps1"));
    QVERIFY(again.ok());
    QCOMPARE(again.value().added, 0);
    QCOMPARE(again.value().updated, 0);
    QCOMPARE(again.value().rescored, 0);
    QCOMPARE(again.value().unchanged, 2);
    QCOMPARE(again.value().notebooksScored, 0);
}

void LocalExchangeTest::collect_newerTimestamp_updatesOnlyThatStudent()
{
    QVERIFY(runCollect(QStringLiteral("ps1")).ok());
    writeFile(QStringLiteral("submitted/hacker/ps1/timestamp.txt"), "2015-02-03 10:00:00.000001 UTC\n");

    const Result<CollectReport> again = runCollect(QStringLiteral("ps1"));
    QVERIFY(again.ok());
    QCOMPARE(again.value().updated, 1);
    QCOMPARE(again.value().unchanged, 1);
    QCOMPARE(again.value().added, 0);
    QCOMPARE(submissionOf(QStringLiteral("hacker")).timestamp.toNbgraderUtc(),
             QStringLiteral("2015-02-03 10:00:00.000001"));
    // The autograded copy belongs to the older submission: its scores are not reloaded.
    QCOMPARE(again.value().notebooksScored, 0);
    QVERIFY(again.value().warnings.join(QLatin1Char('\n')).contains(QStringLiteral("older than the submission")));
}

void LocalExchangeTest::collect_refusesEscapingStudentFolders()
{
    // A student folder that is a link to somewhere else, with a plausible submission there.
    QVERIFY(GradeDesk::Tests::copyRecursively(coursePath(QStringLiteral("course/submitted/hacker")),
                                              m_outside->filePath(QStringLiteral("mallory"))));
    QVERIFY(QFile::link(m_outside->filePath(QStringLiteral("mallory")),
                        coursePath(QStringLiteral("course/submitted/mallory"))));
    // A folder whose name tries to climb.
    QVERIFY(GradeDesk::Tests::copyRecursively(coursePath(QStringLiteral("course/submitted/hacker")),
                                              coursePath(QStringLiteral("course/submitted/..evil"))));

    const Result<CollectReport> result = runCollect(QStringLiteral("ps1"));
    QVERIFY(result.ok());
    const CollectReport &report = result.value();
    QCOMPARE(report.added, 2);
    QCOMPARE(report.skipped.size(), 2);
    QStringList skipped;
    for (const CollectSkip &skip : report.skipped) {
        QCOMPARE(skip.error.kind, ServiceError::Kind::Security);
        QCOMPARE(skip.assignment, QStringLiteral("ps1"));
        QVERIFY(!skip.error.message.isEmpty());
        skipped.append(skip.student);
    }
    skipped.sort();
    QCOMPARE(skipped, (QStringList{QStringLiteral("..evil"), QStringLiteral("mallory")}));

    const auto students = m_gradebook->students();
    QVERIFY(students.ok());
    QCOMPARE(students.value().size(), 2);
    QCOMPARE(submissionOf(QStringLiteral("mallory")).id, 0);
    QCOMPARE(submissionOf(QStringLiteral("..evil")).id, 0);
}

void LocalExchangeTest::collect_refusesSubmissionWithEscapingNotebook()
{
    const QString notebook = coursePath(QStringLiteral("course/submitted/bitdiddle/ps1/problem2.ipynb"));
    QVERIFY(QFile::rename(notebook, m_outside->filePath(QStringLiteral("problem2.ipynb"))));
    QVERIFY(QFile::link(m_outside->filePath(QStringLiteral("problem2.ipynb")), notebook));

    const Result<CollectReport> result = runCollect(QStringLiteral("ps1"));
    QVERIFY(result.ok());
    QCOMPARE(result.value().added, 1);
    QCOMPARE(result.value().skipped.size(), 1);
    QCOMPARE(result.value().skipped.first().student, QStringLiteral("bitdiddle"));
    QCOMPARE(result.value().skipped.first().error.kind, ServiceError::Kind::Security);
    QCOMPARE(submissionOf(QStringLiteral("bitdiddle")).id, 0);
}

void LocalExchangeTest::collect_missingTimestamp_usesModificationTimeAndWarns()
{
    QVERIFY(QFile::remove(coursePath(QStringLiteral("course/submitted/hacker/ps1/timestamp.txt"))));
    writeFile(QStringLiteral("submitted/bitdiddle/ps1/timestamp.txt"), "yesterday-ish\n");
    const QDateTime mtime =
        QFileInfo(coursePath(QStringLiteral("course/submitted/bitdiddle/ps1/timestamp.txt"))).lastModified();

    const Result<CollectReport> result = runCollect(QStringLiteral("ps1"));
    QVERIFY(result.ok());
    QCOMPARE(result.value().added, 2);
    const QString warnings = result.value().warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QStringLiteral("ps1/hacker: timestamp.txt is missing")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("ps1/bitdiddle: timestamp.txt does not hold a valid time")),
             qPrintable(warnings));
    QCOMPARE(submissionOf(QStringLiteral("bitdiddle")).timestamp.toDateTime(), mtime.toUTC());
    QVERIFY(submissionOf(QStringLiteral("hacker")).timestamp.isValid());
}

void LocalExchangeTest::collect_newerAutogradeResults_rescored()
{
    // Collected before autograding: move the autograded folder away first.
    const QString autograded = coursePath(QStringLiteral("course/autograded"));
    const QString aside = coursePath(QStringLiteral("autograded-later"));
    QVERIFY(QDir().rename(autograded, aside));
    const Result<CollectReport> first = runCollect(QStringLiteral("ps1"));
    QVERIFY(first.ok());
    QCOMPARE(first.value().notebooksScored, 0);
    QCOMPARE(autoTotalOf(QStringLiteral("hacker")), 0.0);

    // Autograding finished afterwards (fresh file times).
    QVERIFY(GradeDesk::Tests::copyRecursively(aside, autograded));
    const Result<CollectReport> second = runCollect(QStringLiteral("ps1"));
    QVERIFY(second.ok());
    QCOMPARE(second.value().rescored, 2);
    QCOMPARE(second.value().unchanged, 0);
    QCOMPARE(second.value().notebooksScored, 4);
    QCOMPARE(autoTotalOf(QStringLiteral("bitdiddle")), 1.5);
    QCOMPARE(autoTotalOf(QStringLiteral("hacker")), 3.0);
}

void LocalExchangeTest::collect_latePenaltyFromConfig()
{
    AssignmentConfig ps1;
    ps1.name = QStringLiteral("ps1");
    ps1.due = QDateTime(QDate(2015, 2, 1), QTime(0, 0), QTimeZone::utc());
    ps1.latePenalty.kind = LatePenalty::Kind::PerDay;
    ps1.latePenalty.points = 1.0;
    m_config.assignments = {ps1};
    m_exchange = std::make_unique<LocalExchange>(m_config, *m_gradebook);

    QVERIFY(runCollect(QStringLiteral("ps1")).ok());
    // bitdiddle: 1 day 22:58 late -> 2 started days; hacker: 17:28 late -> 1 started day.
    QCOMPARE(submissionOf(QStringLiteral("bitdiddle")).latePenalty, 2.0);
    QCOMPARE(submissionOf(QStringLiteral("hacker")).latePenalty, 1.0);
    const auto assignment = m_gradebook->assignment(QStringLiteral("ps1"));
    QVERIFY(assignment.ok() && assignment.value());
    QCOMPARE(assignment.value()->due, ps1.due);
}

void LocalExchangeTest::collect_all_scansEveryAssignment()
{
    const Result<CollectReport> result = runCollect(QString());
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result.value().assignments, (QStringList{QStringLiteral("ps1"), QStringLiteral("ps1_autotest")}));
    QCOMPARE(result.value().added, 2);
}

void LocalExchangeTest::collect_badAssignmentName_isRefused()
{
    const Result<CollectReport> result = runCollect(QStringLiteral("../ps1"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ServiceError::Kind::Security);
}

void LocalExchangeTest::collect_cancelled_storesNothing()
{
    CollectJob *job = m_exchange->collect(QStringLiteral("ps1"));
    std::optional<Result<CollectReport>> result;
    connect(job, &ExchangeJob::finished, this, [&result, job] { result.emplace(job->result()); });
    job->cancel();
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ServiceError::Kind::Cancelled);
    const auto students = m_gradebook->students();
    QVERIFY(students.ok());
    QVERIFY(students.value().isEmpty());
}

void LocalExchangeTest::collect_cancelledDuringScan_storesNothing()
{
    CollectJob *job = m_exchange->collect(QStringLiteral("ps1"));
    std::optional<Result<CollectReport>> result;
    connect(job, &ExchangeJob::progress, job, [job](int done, int) {
        if (done > 0) {
            job->cancel();
        }
    });
    connect(job, &ExchangeJob::finished, this, [&result, job] { result.emplace(job->result()); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ServiceError::Kind::Cancelled);
    const auto assignment = m_gradebook->assignment(QStringLiteral("ps1"));
    QVERIFY(assignment.ok() && assignment.value());
    const auto submissions = m_gradebook->submissions(assignment.value()->id);
    QVERIFY(submissions.ok());
    QVERIFY(submissions.value().isEmpty());
}

void LocalExchangeTest::collect_reportsProgress()
{
    QList<std::pair<int, int>> progress;
    QVERIFY(runCollect(QStringLiteral("ps1"), &progress).ok());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.first(), std::make_pair(0, 2));
    QCOMPARE(progress.last(), std::make_pair(2, 2));
}

void LocalExchangeTest::discoverAssignments_course101()
{
    QVERIFY(QDir().mkpath(coursePath(QStringLiteral("course/source/.ipynb_checkpoints"))));
    QCOMPARE(LocalExchange::discoverAssignments(coursePath(QStringLiteral("course"))),
             (QStringList{QStringLiteral("ps1"), QStringLiteral("ps1_autotest")}));
}

void LocalExchangeTest::listAssignments_async()
{
    AssignmentListJob *job = m_exchange->listAssignments();
    QSignalSpy finished(job, &ExchangeJob::finished);
    std::optional<Result<QStringList>> result;
    connect(job, &ExchangeJob::finished, this, [&result, job] { result.emplace(job->result()); });
    QCOMPARE(finished.count(), 0); // never inside the call
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok());
    QCOMPARE(result->value(), (QStringList{QStringLiteral("ps1"), QStringLiteral("ps1_autotest")}));
}

QTEST_GUILESS_MAIN(LocalExchangeTest)
#include "localexchange_test.moc"
