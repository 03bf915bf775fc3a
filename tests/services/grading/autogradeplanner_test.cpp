// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradetestcourse.h"

#include <services/grading/autogradeplanner.h>

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests::AutogradeTest;

class AutogradePlannerTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void plan_tasksSortedByStudentWithIndexes();
    void plan_notebookSpecsFromSourceCells();
    void plan_releasedChecksumWins();
    void plan_settingsFromCourseConfig();
    void plan_assignmentImageOverridesCourseImage();
    void plan_onlyStudentsFilters();
    void plan_refused_data();
    void plan_refused();
    void newRunId_isShortLowercaseHex();

private:
    CourseConfig config() const;

    std::unique_ptr<SmallCourse> m_course;
};

void AutogradePlannerTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void AutogradePlannerTest::init()
{
    m_course = std::make_unique<SmallCourse>();
    m_course->init({QStringLiteral("zoe"), QStringLiteral("adam"), QStringLiteral("mia")});
}

CourseConfig AutogradePlannerTest::config() const
{
    CourseConfig config;
    config.id = QStringLiteral("c1");
    config.exchange.directory = m_course->courseDir();
    return config;
}

void AutogradePlannerTest::plan_tasksSortedByStudentWithIndexes()
{
    const Result<AutogradePlan> plan = AutogradePlanner::plan(*m_course->gradebook, config(), QStringLiteral("ps1"));
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    QCOMPARE(plan.value().courseDir, m_course->courseDir());
    QCOMPARE(plan.value().assignment, QStringLiteral("ps1"));
    QCOMPARE(plan.value().assignmentId, m_course->assignmentId);
    const QList<AutogradeTask> tasks = plan.value().tasks;
    QCOMPARE(tasks.size(), 3);
    const QStringList expected = {QStringLiteral("adam"), QStringLiteral("mia"), QStringLiteral("zoe")};
    for (int i = 0; i < tasks.size(); ++i) {
        QCOMPARE(tasks.at(i).index, i);
        QCOMPARE(tasks.at(i).studentId, expected.at(i));
        QCOMPARE(tasks.at(i).submissionId, m_course->submissionIds.value(expected.at(i)));
        QCOMPARE(tasks.at(i).submissionDir,
                 m_course->courseDir() + QStringLiteral("/submitted/%1/ps1").arg(expected.at(i)));
        QCOMPARE(tasks.at(i).submittedAt, m_course->submittedAt);
        QCOMPARE(tasks.at(i).submittedAt.timeSpec(), Qt::UTC);
    }
}

void AutogradePlannerTest::plan_notebookSpecsFromSourceCells()
{
    const AutogradePlan plan = AutogradePlanner::plan(*m_course->gradebook, config(), QStringLiteral("ps1")).value();
    QCOMPARE(plan.notebooks.size(), 1);
    const HarnessNotebookSpec &notebook = plan.notebooks.front();
    QCOMPARE(notebook.name, QStringLiteral("ps1"));
    QCOMPARE(notebook.cells.size(), 3);
    const HarnessCellSpec &q1 = notebook.cells.at(0);
    QCOMPARE(q1.gradeId, QStringLiteral("q1"));
    QCOMPARE(q1.cellType, QStringLiteral("code"));
    QVERIFY(q1.grade && q1.locked && !q1.solution && !q1.task);
    QCOMPARE(q1.points, 2.0);
    QCOMPARE(q1.source, QStringLiteral("assert True"));
    QCOMPARE(q1.checksum, QStringLiteral("sum-q1"));
    const HarnessCellSpec &t1 = notebook.cells.at(2);
    QVERIFY(t1.task && !t1.grade);
    QCOMPARE(t1.points, 1.0);
}

void AutogradePlannerTest::plan_releasedChecksumWins()
{
    QDir().mkpath(m_course->courseDir() + QStringLiteral("/release/ps1"));
    QFile released(m_course->courseDir() + QStringLiteral("/release/ps1/ps1.ipynb"));
    QVERIFY(released.open(QIODevice::WriteOnly));
    released.write(SmallCourse::notebookJson(QString()));
    released.close();
    const AutogradePlan plan = AutogradePlanner::plan(*m_course->gradebook, config(), QStringLiteral("ps1")).value();
    QCOMPARE(plan.notebooks.front().cells.at(1).checksum, QStringLiteral("released-q2"));
    QCOMPARE(plan.notebooks.front().cells.at(0).checksum, QStringLiteral("sum-q1")); // none recorded for q1
}

void AutogradePlannerTest::plan_settingsFromCourseConfig()
{
    CourseConfig course = config();
    course.autograde.parallelism = 7;
    course.autograde.cellTimeoutSeconds = 11;
    course.autograde.submissionTimeoutSeconds = 222;
    course.autograde.maxOutputBytes = 3333;
    course.autograde.memory = QStringLiteral("1.5Gi");
    course.autograde.cpu = QStringLiteral("500m");
    course.autograde.image = QStringLiteral("course/image:1");
    AssignmentConfig ps1;
    ps1.name = QStringLiteral("ps1");
    ps1.dataset = {QStringLiteral("ps1-data"), QStringLiteral("/data")};
    course.assignments.append(ps1);
    const AutogradePlan plan = AutogradePlanner::plan(*m_course->gradebook, course, QStringLiteral("ps1")).value();
    QCOMPARE(plan.parallelism, 7);
    QCOMPARE(plan.limits.cellTimeoutSeconds, 11);
    QCOMPARE(plan.limits.submissionTimeoutSeconds, 222);
    QCOMPARE(plan.limits.maxOutputBytes, qint64(3333));
    QCOMPARE(plan.limits.memoryMiB, 1536);
    QCOMPARE(plan.limits.cpu, QStringLiteral("500m"));
    QCOMPARE(plan.image, QStringLiteral("course/image:1"));
    QCOMPARE(plan.datasetClaim, QStringLiteral("ps1-data"));
    QCOMPARE(plan.datasetMountPath, QStringLiteral("/data"));
}

void AutogradePlannerTest::plan_assignmentImageOverridesCourseImage()
{
    CourseConfig course = config();
    course.autograde.image = QStringLiteral("course/image:1");
    AssignmentConfig ps1;
    ps1.name = QStringLiteral("ps1");
    ps1.image = QStringLiteral("ps1/image:2");
    course.assignments.append(ps1);
    const AutogradePlan plan = AutogradePlanner::plan(*m_course->gradebook, course, QStringLiteral("ps1")).value();
    QCOMPARE(plan.image, QStringLiteral("ps1/image:2"));
    QVERIFY(plan.datasetClaim.isEmpty());
    QVERIFY(plan.datasetMountPath.isEmpty());
}

void AutogradePlannerTest::plan_onlyStudentsFilters()
{
    const AutogradePlan plan = AutogradePlanner::plan(*m_course->gradebook, config(), QStringLiteral("ps1"),
                                                      {QStringLiteral("zoe"), QStringLiteral("adam")})
                                   .value();
    QCOMPARE(plan.tasks.size(), 2);
    QCOMPARE(plan.tasks.at(0).studentId, QStringLiteral("adam"));
    QCOMPARE(plan.tasks.at(1).studentId, QStringLiteral("zoe"));
    QCOMPARE(plan.tasks.at(1).index, 1);

    // The filter still holds after the last wanted student (who sorts first here) is found.
    const AutogradePlan first =
        AutogradePlanner::plan(*m_course->gradebook, config(), QStringLiteral("ps1"), {QStringLiteral("adam")}).value();
    QCOMPARE(first.tasks.size(), 1);
    QCOMPARE(first.tasks.at(0).studentId, QStringLiteral("adam"));
}

void AutogradePlannerTest::plan_refused_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QStringList>("students");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::newRow("assignment not in the gradebook") << "ps9" << QStringList() << ServiceError::Kind::NotFound;
    QTest::newRow("path in the assignment name") << "../ps1" << QStringList() << ServiceError::Kind::Security;
    QTest::newRow("empty assignment name") << "" << QStringList() << ServiceError::Kind::Security;
    QTest::newRow("student without submission")
        << "ps1" << QStringList{QStringLiteral("adam"), QStringLiteral("bob")} << ServiceError::Kind::NotFound;
}

void AutogradePlannerTest::plan_refused()
{
    QFETCH(QString, assignment);
    QFETCH(QStringList, students);
    QFETCH(ServiceError::Kind, kind);
    const Result<AutogradePlan> plan = AutogradePlanner::plan(*m_course->gradebook, config(), assignment, students);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().kind, kind);
    QVERIFY(!plan.error().message.isEmpty());
}

void AutogradePlannerTest::newRunId_isShortLowercaseHex()
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{8}$"));
    const QString a = AutogradePlanner::newRunId();
    QVERIFY2(hex.match(a).hasMatch(), qPrintable(a));
    QVERIFY(a != AutogradePlanner::newRunId() || a != AutogradePlanner::newRunId());
}

QTEST_GUILESS_MAIN(AutogradePlannerTest)
#include "autogradeplanner_test.moc"
