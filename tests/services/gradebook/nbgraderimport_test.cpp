// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebooktestutil.h"

#include <services/gradebook/gradebook.h>
#include <services/gradebook/nbgraderimport.h>
#include <tests/support/testsupport.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace GradeDesk::Services;

Q_DECLARE_METATYPE(GradeDesk::Services::ServiceError::Kind)

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Writes an nbgrader-style database with raw SQL (the test stands in for nbgrader itself).
bool runSql(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("nbgrader-writer-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// nbgrader's current layout (base_cell + per-kind tables, task cells, extra credit, lms_user_id),
/// reduced to the columns the import reads plus a few it must ignore.
const QStringList CurrentSchema{
    QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"),
    QStringLiteral("CREATE TABLE course (id VARCHAR(128) PRIMARY KEY)"),
    QStringLiteral("CREATE TABLE student (id VARCHAR(128) PRIMARY KEY, first_name VARCHAR(128), last_name VARCHAR(128),"
                   " email VARCHAR(128), lms_user_id VARCHAR(128))"),
    QStringLiteral("CREATE TABLE assignment (id VARCHAR(32) PRIMARY KEY, name VARCHAR(128) UNIQUE, duedate DATETIME,"
                   " course_id VARCHAR(128))"),
    QStringLiteral("CREATE TABLE notebook (id VARCHAR(32) PRIMARY KEY, name VARCHAR(128), assignment_id VARCHAR(32),"
                   " kernelspec VARCHAR(1024))"),
    QStringLiteral("CREATE TABLE base_cell (id VARCHAR(32) PRIMARY KEY, name VARCHAR(128), notebook_id VARCHAR(32),"
                   " type VARCHAR(50))"),
    QStringLiteral("CREATE TABLE grade_cells (id VARCHAR(32) PRIMARY KEY, max_score FLOAT, cell_type VARCHAR(8))"),
    QStringLiteral("CREATE TABLE solution_cells (id VARCHAR(32) PRIMARY KEY)"),
    QStringLiteral("CREATE TABLE task_cells (id VARCHAR(32) PRIMARY KEY, max_score FLOAT, cell_type VARCHAR(8))"),
    QStringLiteral("CREATE TABLE source_cell (id VARCHAR(32) PRIMARY KEY, name VARCHAR(128), cell_type VARCHAR(8),"
                   " locked BOOLEAN, source TEXT, checksum VARCHAR(128), notebook_id VARCHAR(32))"),
    QStringLiteral("CREATE TABLE submitted_assignment (id VARCHAR(32) PRIMARY KEY, assignment_id VARCHAR(32),"
                   " student_id VARCHAR(128), timestamp DATETIME, extension DATETIME)"),
    QStringLiteral("CREATE TABLE submitted_notebook (id VARCHAR(32) PRIMARY KEY, assignment_id VARCHAR(32),"
                   " notebook_id VARCHAR(32), flagged BOOLEAN, late_submission_penalty FLOAT)"),
    QStringLiteral("CREATE TABLE grade (id VARCHAR(32) PRIMARY KEY, notebook_id VARCHAR(32), cell_id VARCHAR(32),"
                   " auto_score FLOAT, manual_score FLOAT, extra_credit FLOAT, needs_manual_grade BOOLEAN)"),
    QStringLiteral("CREATE TABLE comment (id VARCHAR(32) PRIMARY KEY, notebook_id VARCHAR(32), cell_id VARCHAR(32),"
                   " auto_comment TEXT, manual_comment TEXT)"),
};

} // namespace

class NbgraderImportTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void importSource_course101_storesNotebooksCellsAndPoints();
    void importSource_checksumsMatchReleasedNotebooks();
    void importSource_twice_keepsIdsAndDueDate();
    void importSource_withoutSourceFolder_readsRelease();
    void importSource_badName_data();
    void importSource_badName();
    void importSource_duplicateGradeIds_storesNothing();
    void importDatabase_oldSchemaFixture_importsNothingAndLeavesFileAlone();
    void importDatabase_oldSchemaWithData_importsGradesAndComments();
    void importDatabase_currentSchema_importsTasksExtraCreditAndLmsIds();
    void importDatabase_notNbgrader_isUnsupported();
    void importDatabase_missingFile_isNotFound();

private:
    std::unique_ptr<Gradebook> m_gradebook;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void NbgraderImportTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void NbgraderImportTest::init()
{
    m_gradebook.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_gradebook = GradeDesk::Tests::openGradebook(m_dir->filePath(QStringLiteral("gd.sqlite")));
    QVERIFY(m_gradebook);
}

void NbgraderImportTest::importSource_course101_storesNotebooksCellsAndPoints()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const Result<NbgraderImportReport> report = importSourceAssignment(
        *m_gradebook, GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/course101")), QStringLiteral("ps1"));
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
    QCOMPARE(report.value().notebooks, 2);
    const AssignmentRecord assignment = m_gradebook->assignment(QStringLiteral("ps1")).value().value();
    const QList<NotebookRecord> notebooks = m_gradebook->notebooks(assignment.id).value();
    QCOMPARE(notebooks.size(), 2);
    QCOMPARE(notebooks.at(0).name, QStringLiteral("problem1"));
    QCOMPARE(notebooks.at(1).name, QStringLiteral("problem2"));

    QMap<QString, SourceCellRecord> p1;
    const QList<SourceCellRecord> p1Cells = m_gradebook->sourceCells(notebooks.at(0).id).value();
    for (const SourceCellRecord &cell : p1Cells) {
        p1.insert(cell.name, cell);
    }
    QCOMPARE(p1.size(), 10);
    const QMap<QString, double> gradePoints{
        {QStringLiteral("correct_squares"), 1.0},         {QStringLiteral("squares_invalid_input"), 1.0},
        {QStringLiteral("correct_sum_of_squares"), 0.5},  {QStringLiteral("sum_of_squares_uses_squares"), 0.5},
        {QStringLiteral("sum_of_squares_equation"), 1.0}, {QStringLiteral("sum_of_squares_application"), 2.0},
    };
    for (auto it = gradePoints.cbegin(); it != gradePoints.cend(); ++it) {
        QVERIFY2(p1.value(it.key()).isGrade, qPrintable(it.key()));
        QCOMPARE(p1.value(it.key()).maxScore, it.value());
    }
    QVERIFY(p1.value(QStringLiteral("squares")).isSolution);
    QVERIFY(!p1.value(QStringLiteral("squares")).isGrade);
    QVERIFY(p1.value(QStringLiteral("jupyter")).isLocked);
    QCOMPARE(p1.value(QStringLiteral("jupyter")).cellType, QStringLiteral("markdown"));
    const SourceCellRecord task = p1.value(QStringLiteral("cell-938593c4a215c6cc"));
    QVERIFY(task.isTask);
    QCOMPARE(task.maxScore, 4.0);
    QVERIFY(p1.value(QStringLiteral("correct_squares")).position < p1.value(QStringLiteral("sum_of_squares")).position);
    QVERIFY(p1.value(QStringLiteral("correct_squares")).source.contains(QLatin1String("squares")));

    const QList<SourceCellRecord> p2 = m_gradebook->sourceCells(notebooks.at(1).id).value();
    QCOMPARE(p2.size(), 2);
    QCOMPARE(p2.at(0).name, QStringLiteral("part-a"));
    QCOMPARE(p2.at(0).maxScore, 1.0);
    QCOMPARE(p2.at(1).name, QStringLiteral("part-b"));
    QCOMPARE(p2.at(1).maxScore, 2.0);
    QVERIFY(p2.at(1).isGrade && p2.at(1).isSolution);
}

void NbgraderImportTest::importSource_checksumsMatchReleasedNotebooks()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QVERIFY(importSourceAssignment(*m_gradebook,
                                   GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/course101")),
                                   QStringLiteral("ps1"))
                .ok());
    // nbgrader's generate step writes each cell's checksum into the released notebook.
    QFile released(GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/course101/release/ps1/problem1.ipynb")));
    QVERIFY(released.open(QIODevice::ReadOnly));
    QMap<QString, QString> expected;
    const QJsonArray cells =
        QJsonDocument::fromJson(released.readAll()).object().value(QLatin1String("cells")).toArray();
    for (const QJsonValue &cell : cells) {
        const QJsonObject meta =
            cell.toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("nbgrader")).toObject();
        if (meta.contains(QLatin1String("checksum"))) {
            expected.insert(meta.value(QLatin1String("grade_id")).toString(),
                            meta.value(QLatin1String("checksum")).toString());
        }
    }
    QCOMPARE(expected.size(), 10);
    const AssignmentRecord assignment = m_gradebook->assignment(QStringLiteral("ps1")).value().value();
    const qint64 notebookId = m_gradebook->notebooks(assignment.id).value().first().id;
    const QList<SourceCellRecord> stored = m_gradebook->sourceCells(notebookId).value();
    for (const SourceCellRecord &cell : stored) {
        QCOMPARE(cell.checksum, expected.value(cell.name));
    }
}

void NbgraderImportTest::importSource_twice_keepsIdsAndDueDate()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const QString course = GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/course101"));
    const QDateTime due(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
    const qint64 assignmentId = m_gradebook->upsertAssignment(QStringLiteral("ps1"), due).value();
    QVERIFY(importSourceAssignment(*m_gradebook, course, QStringLiteral("ps1")).ok());
    const QList<NotebookRecord> first = m_gradebook->notebooks(assignmentId).value();
    const QList<SourceCellRecord> firstCells = m_gradebook->sourceCells(first.first().id).value();
    QVERIFY(importSourceAssignment(*m_gradebook, course, QStringLiteral("ps1")).ok());
    QCOMPARE(m_gradebook->assignment(QStringLiteral("ps1")).value()->id, assignmentId);
    QCOMPARE(m_gradebook->assignment(QStringLiteral("ps1")).value()->due, due);
    QCOMPARE(m_gradebook->notebooks(assignmentId).value().first().id, first.first().id);
    QCOMPARE(m_gradebook->sourceCells(first.first().id).value().first().id, firstCells.first().id);
}

void NbgraderImportTest::importSource_withoutSourceFolder_readsRelease()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const QString course = m_dir->filePath(QStringLiteral("course"));
    QVERIFY(GradeDesk::Tests::copyRecursively(
        GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/course101/release")),
        course + QStringLiteral("/release")));
    const Result<NbgraderImportReport> report = importSourceAssignment(*m_gradebook, course, QStringLiteral("ps1"));
    QVERIFY(report.ok());
    QCOMPARE(report.value().notebooks, 2);
    QCOMPARE(report.value().sourceCells, 12);
}

void NbgraderImportTest::importSource_badName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::newRow("parent directory escape is refused") << QStringLiteral("../ps1") << ServiceError::Kind::Security;
    QTest::newRow("nested path is refused") << QStringLiteral("ps1/sub") << ServiceError::Kind::Security;
    QTest::newRow("dot-dot alone is refused") << QStringLiteral("..") << ServiceError::Kind::Security;
    QTest::newRow("hidden name is refused") << QStringLiteral(".ps1") << ServiceError::Kind::Security;
    QTest::newRow("empty name is refused") << QString() << ServiceError::Kind::Security;
    QTest::newRow("unknown assignment is not found") << QStringLiteral("ps99") << ServiceError::Kind::NotFound;
}

void NbgraderImportTest::importSource_badName()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QFETCH(QString, name);
    QFETCH(ServiceError::Kind, kind);
    const Result<NbgraderImportReport> report = importSourceAssignment(
        *m_gradebook, GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/course101/source/ps1")), name);
    QVERIFY(!report);
    QCOMPARE(report.error().kind, kind);
    QVERIFY(m_gradebook->assignments().value().isEmpty());
}

void NbgraderImportTest::importSource_duplicateGradeIds_storesNothing()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const QString course = m_dir->filePath(QStringLiteral("course"));
    QVERIFY(GradeDesk::Tests::copyRecursively(
        GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/tests-preprocessors/duplicate-grade-ids.ipynb")),
        course + QStringLiteral("/source/dup/dup.ipynb")));
    const Result<NbgraderImportReport> report = importSourceAssignment(*m_gradebook, course, QStringLiteral("dup"));
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ServiceError::Kind::Validation);
    QVERIFY(report.error().message.contains(QLatin1String("dup.ipynb")));
    QVERIFY(m_gradebook->assignments().value().isEmpty());
}

void NbgraderImportTest::importDatabase_oldSchemaFixture_importsNothingAndLeavesFileAlone()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const QString path = m_dir->filePath(QStringLiteral("gradebook.db"));
    QVERIFY(GradeDesk::Tests::copyRecursively(
        GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/tests-apps/gradebook.db")), path));
    const QByteArray before = fileHash(path);
    const Result<NbgraderImportReport> report = importNbgraderDatabase(*m_gradebook, path);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
    QCOMPARE(report.value().students, 0);
    QCOMPARE(report.value().grades, 0);
    QCOMPARE(fileHash(path), before);
}

void NbgraderImportTest::importDatabase_oldSchemaWithData_importsGradesAndComments()
{
    GRADEDESK_REQUIRE_FIXTURES();
    const QString path = m_dir->filePath(QStringLiteral("gradebook.db"));
    QVERIFY(GradeDesk::Tests::copyRecursively(
        GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/tests-apps/gradebook.db")), path));
    QVERIFY(runSql(
        path,
        {
            QStringLiteral("INSERT INTO student VALUES ('bitdiddle', 'Ben', 'Bitdiddle', NULL)"),
            QStringLiteral("INSERT INTO assignment VALUES ('a1', 'ps1', '2015-02-02 17:00:00.000000')"),
            QStringLiteral("INSERT INTO notebook VALUES ('n1', 'problem1', 'a1')"),
            QStringLiteral("INSERT INTO grade_cell VALUES ('g1', 'q1', 2.0, 'code', 'n1')"),
            QStringLiteral("INSERT INTO grade_cell VALUES ('g2', 'essay', 3.0, 'markdown', 'n1')"),
            QStringLiteral("INSERT INTO solution_cell VALUES ('s2', 'essay', 'n1')"),
            QStringLiteral("INSERT INTO source_cell VALUES ('c1', 'q1', 'code', 1, 'assert f(1) == 1', 'abc', 'n1')"),
            QStringLiteral(
                "INSERT INTO source_cell VALUES ('c2', 'essay', 'markdown', 0, 'YOUR ANSWER HERE', 'def', 'n1')"),
            QStringLiteral("INSERT INTO submitted_assignment VALUES ('sa1', 'a1', 'bitdiddle', '2015-02-02 "
                           "22:58:23.948203', NULL)"),
            QStringLiteral("INSERT INTO submitted_notebook VALUES ('sn1', 'sa1', 'n1', 0, 0.5)"),
            QStringLiteral("INSERT INTO grade VALUES ('gr1', 'sn1', 'g1', 2.0, NULL, 0)"),
            QStringLiteral("INSERT INTO grade VALUES ('gr2', 'sn1', 'g2', NULL, 1.5, 0)"),
            QStringLiteral("INSERT INTO comment VALUES ('cm1', 'sn1', 's2', 'No response.', 'Good start')"),
        }));
    const Result<NbgraderImportReport> report = importNbgraderDatabase(*m_gradebook, path);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
    QCOMPARE(report.value().students, 1);
    QCOMPARE(report.value().submissions, 1);
    QCOMPARE(report.value().grades, 2);
    QCOMPARE(report.value().comments, 1);

    QCOMPARE(m_gradebook->student(QStringLiteral("bitdiddle")).value()->lastName, QStringLiteral("Bitdiddle"));
    const AssignmentRecord assignment = m_gradebook->assignment(QStringLiteral("ps1")).value().value();
    QCOMPARE(assignment.due, QDateTime(QDate(2015, 2, 2), QTime(17, 0), QTimeZone::utc()));
    const SubmissionRecord submission =
        m_gradebook->submission(assignment.id, QStringLiteral("bitdiddle")).value().value();
    QCOMPARE(submission.timestamp.toNbgraderUtc(), QStringLiteral("2015-02-02 22:58:23.948203"));
    QCOMPARE(submission.latePenalty, 0.5);
    const QList<GradeRecord> grades = m_gradebook->grades(submission.id).value();
    QCOMPARE(grades.size(), 2);
    QMap<QString, GradeRecord> byName;
    for (const GradeRecord &grade : grades) {
        byName.insert(grade.cellName, grade);
    }
    QCOMPARE(byName.value(QStringLiteral("q1")).autoScore, std::optional<double>(2.0));
    QCOMPARE(byName.value(QStringLiteral("essay")).manualScore, std::optional<double>(1.5));
    QCOMPARE(byName.value(QStringLiteral("essay")).maxScore, 3.0);
    const QList<SourceCellRecord> cells =
        m_gradebook->sourceCells(m_gradebook->notebooks(assignment.id).value().first().id).value();
    QCOMPARE(cells.size(), 2);
    for (const SourceCellRecord &cell : cells) {
        if (cell.name == QLatin1String("essay")) {
            QVERIFY(cell.isGrade && cell.isSolution && !cell.isLocked);
        } else {
            QVERIFY(cell.isGrade && cell.isLocked);
            QCOMPARE(cell.checksum, QStringLiteral("abc"));
        }
    }
    const QList<CommentRecord> comments = m_gradebook->comments(submission.id).value();
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.first().comment(), QStringLiteral("Good start"));
    QCOMPARE(comments.first().autoComment, QStringLiteral("No response."));

    // Importing again changes nothing and duplicates nothing.
    QVERIFY(importNbgraderDatabase(*m_gradebook, path).ok());
    QCOMPARE(m_gradebook->grades(submission.id).value().size(), 2);
    QCOMPARE(m_gradebook->submissions(assignment.id).value().size(), 1);
}

void NbgraderImportTest::importDatabase_currentSchema_importsTasksExtraCreditAndLmsIds()
{
    const QString path = m_dir->filePath(QStringLiteral("current.db"));
    QStringList statements = CurrentSchema;
    statements
        << QStringLiteral("INSERT INTO student VALUES ('hacker', 'Alyssa', 'Hacker', 'alyssa@example.edu', 'lms-7')")
        << QStringLiteral("INSERT INTO assignment VALUES ('a1', 'ps1', NULL, 'default_course')")
        << QStringLiteral("INSERT INTO notebook VALUES ('n1', 'problem1', 'a1', NULL)")
        << QStringLiteral("INSERT INTO base_cell VALUES ('b1', 'q1', 'n1', 'GradeCell')")
        << QStringLiteral("INSERT INTO base_cell VALUES ('b2', 'task1', 'n1', 'TaskCell')")
        << QStringLiteral("INSERT INTO base_cell VALUES ('b3', 'q1', 'n1', 'SolutionCell')")
        << QStringLiteral("INSERT INTO grade_cells VALUES ('b1', 1.0, 'code')")
        << QStringLiteral("INSERT INTO task_cells VALUES ('b2', 4.0, 'markdown')")
        << QStringLiteral("INSERT INTO solution_cells VALUES ('b3')")
        << QStringLiteral("INSERT INTO source_cell VALUES ('s1', 'q1', 'code', 0, 'x = 1', 'c1', 'n1')")
        << QStringLiteral("INSERT INTO source_cell VALUES ('s2', 'task1', 'markdown', 1, 'Describe.', 'c2', 'n1')")
        << QStringLiteral(
               "INSERT INTO submitted_assignment VALUES ('sa1', 'a1', 'hacker', '2015-02-01 17:28:58.749302', NULL)")
        << QStringLiteral("INSERT INTO submitted_notebook VALUES ('sn1', 'sa1', 'n1', 0, 0.0)")
        << QStringLiteral("INSERT INTO grade VALUES ('g1', 'sn1', 'b1', 1.0, NULL, 0.5, 0)")
        << QStringLiteral("INSERT INTO grade VALUES ('g2', 'sn1', 'b2', NULL, NULL, NULL, 1)")
        << QStringLiteral("INSERT INTO comment VALUES ('c1', 'sn1', 'b3', NULL, NULL)");
    QVERIFY(runSql(path, statements));
    const Result<NbgraderImportReport> report = importNbgraderDatabase(*m_gradebook, path);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
    const StudentRecord student = m_gradebook->student(QStringLiteral("hacker")).value().value();
    QCOMPARE(student.lmsUserId, QStringLiteral("lms-7"));
    QCOMPARE(student.email, QStringLiteral("alyssa@example.edu"));
    const AssignmentRecord assignment = m_gradebook->assignment(QStringLiteral("ps1")).value().value();
    QVERIFY(!assignment.due.isValid());
    const SubmissionRecord submission =
        m_gradebook->submission(assignment.id, QStringLiteral("hacker")).value().value();
    const QList<GradeRecord> grades = m_gradebook->grades(submission.id).value();
    QCOMPARE(grades.size(), 2);
    QMap<QString, GradeRecord> byName;
    for (const GradeRecord &grade : grades) {
        byName.insert(grade.cellName, grade);
    }
    QCOMPARE(byName.value(QStringLiteral("q1")).score(), std::optional<double>(1.5));
    QVERIFY(byName.value(QStringLiteral("task1")).needsManualGrade);
    QCOMPARE(byName.value(QStringLiteral("task1")).maxScore, 4.0);
    const QList<SubmissionSummary> summaries = m_gradebook->submissionSummaries(assignment.id).value();
    QCOMPARE(summaries.first().maxScore, 5.0);
    QCOMPARE(summaries.first().needsManualCount, 1);
}

void NbgraderImportTest::importDatabase_notNbgrader_isUnsupported()
{
    const QString path = m_dir->filePath(QStringLiteral("other.db"));
    QVERIFY(runSql(path, {QStringLiteral("CREATE TABLE something (x INTEGER)")}));
    const Result<NbgraderImportReport> report = importNbgraderDatabase(*m_gradebook, path);
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ServiceError::Kind::Unsupported);
}

void NbgraderImportTest::importDatabase_missingFile_isNotFound()
{
    const QString path = m_dir->filePath(QStringLiteral("missing.db"));
    const Result<NbgraderImportReport> report = importNbgraderDatabase(*m_gradebook, path);
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ServiceError::Kind::NotFound);
    QVERIFY(!QFile::exists(path)); // opening read-only must not create it
}

QTEST_GUILESS_MAIN(NbgraderImportTest)
#include "nbgraderimport_test.moc"
