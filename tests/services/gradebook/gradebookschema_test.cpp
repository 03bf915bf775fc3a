// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebooktestutil.h"

#include <services/config/courseconfig.h>
#include <services/gradebook/gradebook.h>
#include <services/gradebook/gradebookschema.h>
#include <tests/support/testsupport.h>

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

Q_DECLARE_METATYPE(GradeDesk::Services::ServiceError::Kind)

/// Opening, creating and migrating gradebook files; the data operations are in gradebook_test.
class GradebookSchemaTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void open_createsCurrentSchemaWithWalAndForeignKeys();
    void open_badLocation_data();
    void open_badLocation();
    void open_garbageFile_isDatabaseErrorAndFileUntouched();
    void open_fromCourseConfig();
    void open_nbgraderDatabase_isRefusedUnchanged();
    void open_newerSchema_isRefusedUnchanged_data();
    void open_newerSchema_isRefusedUnchanged();
    void migrate_fromVersion1_keepsData();
    void migrate_fromVersion2_keepsRubricWorkAndAddsGradingByQuestion();
    void migrate_version3_hasQuestionTablesAndIndexes();
    void migrate_fromVersion3_keepsRegradesAndAddsVersions();
    void migrate_interrupted_rollsBackToPreviousVersion();
    void reopen_keepsCommittedData();

private:
    std::unique_ptr<Gradebook> openFresh() { return openGradebook(m_path); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void GradebookSchemaTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void GradebookSchemaTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("gradebook.sqlite"));
}

void GradebookSchemaTest::open_createsCurrentSchemaWithWalAndForeignKeys()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    QCOMPARE(gradebook->schemaVersion(), Gradebook::currentSchemaVersion());
    QCOMPARE(gradebook->backend(), Gradebook::Backend::Sqlite);
    QVERIFY(QFile::exists(m_path));
    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    // Foreign keys are per connection; the gradebook's own connection must refuse a dangling row.
    const Result<qint64> orphan = gradebook->upsertNotebook(999, QStringLiteral("x"), 0);
    QVERIFY(!orphan);
    QCOMPARE(orphan.error().kind, ServiceError::Kind::NotFound);
    // Two gradebooks on the same file coexist (unique connection names).
    auto second = openFresh();
    QVERIFY(second);
}

void GradebookSchemaTest::open_badLocation_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::newRow("empty path is a validation error") << QString() << ServiceError::Kind::Validation;
    QTest::newRow("missing folder is not found")
        << QStringLiteral("no/such/folder/gb.sqlite") << ServiceError::Kind::NotFound;
    QTest::newRow("a folder is not a gradebook file") << QStringLiteral(".") << ServiceError::Kind::Io;
}

void GradebookSchemaTest::open_badLocation()
{
    QFETCH(QString, relative);
    QFETCH(ServiceError::Kind, kind);
    const QString path = relative.isEmpty() ? QString() : m_dir->filePath(relative);
    const Result<std::unique_ptr<Gradebook>> opened = Gradebook::openSqlite(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, kind);
    QVERIFY(!opened.error().message.isEmpty());
}

void GradebookSchemaTest::open_garbageFile_isDatabaseErrorAndFileUntouched()
{
    const QByteArray garbage = QByteArray("this is not a database\n").repeated(200);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(garbage);
    file.close();
    const Result<std::unique_ptr<Gradebook>> opened = Gradebook::openSqlite(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ServiceError::Kind::Database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void GradebookSchemaTest::open_fromCourseConfig()
{
    GradebookConfig config;
    config.sqlitePath = m_path;
    Result<std::unique_ptr<Gradebook>> opened = Gradebook::open(config);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value()->backend(), Gradebook::Backend::Sqlite);
    GradebookConfig postgres;
    postgres.kind = GradebookConfig::Kind::Postgresql;
    postgres.database = QStringLiteral("grades");
    const Result<std::unique_ptr<Gradebook>> incomplete = Gradebook::open(postgres, QStringLiteral("secret"));
    QVERIFY(!incomplete);
    QCOMPARE(incomplete.error().kind, ServiceError::Kind::Validation);
    QVERIFY(!incomplete.error().detail.contains(QLatin1String("secret")));
}

void GradebookSchemaTest::open_nbgraderDatabase_isRefusedUnchanged()
{
    GRADEDESK_REQUIRE_FIXTURES();
    QVERIFY(QFile::copy(GradeDesk::Tests::notebookFixture(QStringLiteral("nbgrader/tests-apps/gradebook.db")), m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = [&] {
        QFile f(m_path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const Result<std::unique_ptr<Gradebook>> opened = Gradebook::openSqlite(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ServiceError::Kind::Unsupported);
    QFile after(m_path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void GradebookSchemaTest::open_newerSchema_isRefusedUnchanged_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("the next version is refused") << Gradebook::currentSchemaVersion() + 1;
    QTest::newRow("a far newer version is refused") << 99;
}

void GradebookSchemaTest::open_newerSchema_isRefusedUnchanged()
{
    QFETCH(int, version);
    {
        auto gradebook = openFresh();
        QVERIFY(gradebook);
    }
    {
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(version)));
    }
    const Result<std::unique_ptr<Gradebook>> opened = Gradebook::openSqlite(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ServiceError::Kind::Unsupported);
    QVERIFY(opened.error().message.contains(QString::number(version)));
    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), version);
}

void GradebookSchemaTest::migrate_fromVersion1_keepsData()
{
    {
        RawDb raw(m_path);
        QVERIFY(GradebookSchema::migrate(raw.db(), Gradebook::Backend::Sqlite, 1).ok());
        QCOMPARE(GradebookSchema::version(raw.db()).value(), 1);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO assignment (id, name) VALUES (7, 'ps1')")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO notebook (id, assignment_id, name) VALUES (3, 7, 'problem1')")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO source_cell (id, notebook_id, name, is_grade, max_score)"
                                        " VALUES (5, 3, 'q1', 1, 4)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO student (id, last_name) VALUES ('bitdiddle', 'Bitdiddle')")));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO submission (id, assignment_id, student_id) VALUES (11, 7, 'bitdiddle')")));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO submitted_notebook (id, submission_id, notebook_id) VALUES (13, 11, 3)")));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO grade (submitted_notebook_id, cell_id, auto_score) VALUES (13, 5, 2.5)")));
        QVERIFY(!raw.db().tables().contains(QLatin1String("audit_event")));
    }
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    QCOMPARE(gradebook->schemaVersion(), Gradebook::currentSchemaVersion());
    const QList<GradeRecord> grades = gradebook->grades(11).value();
    QCOMPARE(grades.size(), 1);
    QCOMPARE(grades.first().autoScore, std::optional<double>(2.5));
    QCOMPARE(grades.first().maxScore, 4.0);
    // The v2 tables work on the migrated data.
    QVERIFY(gradebook->setManualGrade(13, 5, 3.0, QStringLiteral("alice")).ok());
    QCOMPARE(gradebook->auditEvents(QStringLiteral("grade"), Gradebook::gradeEntityId(13, 5)).value().size(), 1);
}

void GradebookSchemaTest::migrate_fromVersion2_keepsRubricWorkAndAddsGradingByQuestion()
{
    {
        RawDb raw(m_path);
        QVERIFY(GradebookSchema::migrate(raw.db(), Gradebook::Backend::Sqlite, 2).ok());
        QCOMPARE(GradebookSchema::version(raw.db()).value(), 2);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO assignment (id, name) VALUES (7, 'ps1')")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO notebook (id, assignment_id, name) VALUES (3, 7, 'problem1')")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO source_cell (id, notebook_id, name, is_grade, max_score)"
                                        " VALUES (5, 3, 'q1', 1, 4)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO student (id) VALUES ('bitdiddle')")));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO submission (id, assignment_id, student_id) VALUES (11, 7, 'bitdiddle')")));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO submitted_notebook (id, submission_id, notebook_id) VALUES (13, 11, 3)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO grade (id, submitted_notebook_id, cell_id, manual_score)"
                                        " VALUES (17, 13, 5, 3)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO rubric_item (id, cell_id, title, points, shortcut)"
                                        " VALUES (19, 5, 'Correct', 3, '1')")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO rubric_application (grade_id, rubric_item_id, applied_by,"
                                        " applied_at) VALUES (17, 19, 'alice', '2026-01-16T10:00:00.000000Z')")));
        QVERIFY(!raw.db().tables().contains(QLatin1String("claim")));
    }
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    QCOMPARE(gradebook->schemaVersion(), Gradebook::currentSchemaVersion());
    // The stored score was typed in v2 (there was no rubric arithmetic yet): it stays a typed score.
    const AnswerRecord answer = gradebook->answer({13, 5}).value();
    QCOMPARE(answer.manualScore, std::optional<double>(3.0));
    QVERIFY(!answer.rubricGraded);
    QVERIFY(!answer.flagged);
    QVERIFY(!answer.groupSplit);
    QVERIFY(!answer.adjustment);
    QCOMPARE(answer.adjustmentReason, QString());
    QCOMPARE(answer.appliedItemIds, QList<qint64>{19});
    const QuestionSettings defaults{5, ScoringMode::Positive, true, true};
    QCOMPARE(gradebook->questionSettings(5).value(), defaults);
    QCOMPARE(gradebook->rubricItems(5).value().size(), 1);
    // The v3 tables work on the migrated data.
    QVERIFY(gradebook->claimAnswer({13, 5}, QStringLiteral("alice"), 60).value());
    QVERIFY(gradebook->setStudentSections(QStringLiteral("bitdiddle"), {QStringLiteral("L01")}).ok());
}

void GradebookSchemaTest::migrate_version3_hasQuestionTablesAndIndexes()
{
    {
        auto gradebook = openFresh();
        QVERIFY(gradebook);
    }
    RawDb raw(m_path);
    const QStringList tables = raw.db().tables();
    for (const char *table : {"question_setting", "claim", "student_section"}) {
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
    const auto hasIndex = [&](const QString &name) {
        return raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'")
                              .arg(name))
                   .toInt() == 1;
    };
    QVERIFY(hasIndex(QStringLiteral("submitted_notebook_notebook_idx")));
    QVERIFY(hasIndex(QStringLiteral("grade_question_idx")));
    QVERIFY(hasIndex(QStringLiteral("claim_grader_idx")));
    QVERIFY(!hasIndex(QStringLiteral("grade_cell_idx")));
    // The scoring mode is checked by the database too.
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO assignment (id, name) VALUES (1, 'a')")));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO notebook (id, assignment_id, name) VALUES (1, 1, 'n')")));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO source_cell (id, notebook_id, name) VALUES (1, 1, 'q')")));
    QVERIFY(!raw.exec(QStringLiteral("INSERT INTO question_setting (cell_id, scoring_mode) VALUES (1, 'sideways')")));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO question_setting (cell_id, scoring_mode) VALUES (1, 'negative')")));
}

void GradebookSchemaTest::migrate_fromVersion3_keepsRegradesAndAddsVersions()
{
    {
        RawDb raw(m_path);
        QVERIFY(GradebookSchema::migrate(raw.db(), Gradebook::Backend::Sqlite, 3).ok());
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO assignment (id, name) VALUES (7, 'ps1')")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO notebook (id, assignment_id, name) VALUES (3, 7, 'problem1')")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO source_cell (id, notebook_id, name, is_grade, max_score)"
                                        " VALUES (5, 3, 'q1', 1, 4)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO student (id) VALUES ('bitdiddle')")));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO submission (id, assignment_id, student_id) VALUES (11, 7, 'bitdiddle')")));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO submitted_notebook (id, submission_id, notebook_id) VALUES (13, 11, 3)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO comment (submitted_notebook_id, cell_id, manual_comment)"
                                        " VALUES (13, 5, 'Good')")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO regrade_request (id, submission_id, student_id, cell_id, message, state, created_at,"
            " updated_at) VALUES (21, 11, 'bitdiddle', 5, 'Please look again', 'open', '2026-01-16T10:00:00.000000Z',"
            " '2026-01-16T10:00:00.000000Z')")));
        QVERIFY(!raw.db().tables().contains(QLatin1String("canvas_push_mark")));
    }
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    QCOMPARE(gradebook->schemaVersion(), 4);
    const RegradeRequestRecord request = gradebook->regradeRequest(21).value().value();
    QCOMPARE(request.state, RegradeState::Open);
    QCOMPARE(request.source, RegradeSource::Staff);
    QCOMPARE(request.version, 1);
    QCOMPARE(request.submittedNotebookId, qint64(13)); // derived for rows written before v4
    QCOMPARE(request.questionName, QStringLiteral("problem1:q1"));
    QCOMPARE(gradebook->answer({13, 5}).value().commentVersion, 1);
    QVERIFY(gradebook->canvasPushMarks(QStringLiteral("ps1")).value().isEmpty());
}

void GradebookSchemaTest::migrate_interrupted_rollsBackToPreviousVersion()
{
    {
        RawDb raw(m_path);
        QVERIFY(GradebookSchema::migrate(raw.db(), Gradebook::Backend::Sqlite, 1).ok());
        // A stray table makes the v1->v2 step fail half-way (after it created `grader`).
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE audit_event (x TEXT)")));
    }
    const Result<std::unique_ptr<Gradebook>> opened = Gradebook::openSqlite(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ServiceError::Kind::Database);
    RawDb raw(m_path);
    QCOMPARE(GradebookSchema::version(raw.db()).value(), 1);
    QVERIFY(!raw.db().tables().contains(QLatin1String("grader")));
}

void GradebookSchemaTest::reopen_keepsCommittedData()
{
    Course course;
    qint64 submissionId = 0;
    qint64 sn = 0;
    {
        auto gradebook = openFresh();
        QVERIFY(gradebook);
        course = makeCourse(*gradebook);
        submissionId = submit(*gradebook, course, QStringLiteral("bitdiddle"), &sn);
        QVERIFY(gradebook->setManualGrade(sn, course.q1, 1.5, QStringLiteral("alice")).ok());
    }
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const QList<GradeRecord> grades = gradebook->grades(submissionId).value();
    QCOMPARE(grades.size(), 2);
    QCOMPARE(grades.at(0).manualScore, std::optional<double>(1.5));
    QCOMPARE(grades.at(0).updatedBy, QStringLiteral("alice"));
    QVERIFY(grades.at(0).updatedAt.isValid());
    const SubmissionRecord stored = gradebook->submissionById(submissionId).value().value();
    QCOMPARE(stored.timestamp.toNbgraderUtc(), QStringLiteral("2026-01-15 16:58:23.948203"));
}

QTEST_GUILESS_MAIN(GradebookSchemaTest)
#include "gradebookschema_test.moc"
