// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// The PostgreSQL smoke test: the same schema and code path as SQLite, against a private server.
#include <services/gradebook/gradebook.h>
#include <services/gradebook/gradesexport.h>
#include <tests/support/postgresserver.h>
#include <tests/support/testsupport.h>

#include <QBuffer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace GradeDesk::Services;
using GradeDesk::Tests::PostgresServer;

/// Runs against a private PostgreSQL 15 server (tests/support/postgresserver.h); skips when absent.
class GradebookPostgresTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void open_migratesToCurrentVersionAndReopens();
    void crud_gradesSummariesAndAudit();
    void auditEvents_areAppendOnly();
    void transaction_nestedFailure_rollsBackOnlyInnerWork();
    void export_worksOnPostgresql();
    void rubric_applyRetroactiveUpdateAndClaims();
    void canvas_sectionsAndMappings();

private:
    std::unique_ptr<Gradebook> open();

    PostgresServer m_server;
};

void GradebookPostgresTest::initTestCase()
{
    if (const QString reason = PostgresServer::unavailableReason(); !reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void GradebookPostgresTest::cleanupTestCase()
{
    m_server.stop();
}

std::unique_ptr<Gradebook> GradebookPostgresTest::open()
{
    Result<std::unique_ptr<Gradebook>> opened = Gradebook::openPostgresql(
        m_server.host(), m_server.port(), QStringLiteral("postgres"), PostgresServer::user(), QString());
    if (!opened) {
        qWarning() << opened.error().message << opened.error().detail;
        return nullptr;
    }
    return std::move(opened).value();
}

void GradebookPostgresTest::open_migratesToCurrentVersionAndReopens()
{
    auto first = open();
    QVERIFY(first);
    QCOMPARE(first->backend(), Gradebook::Backend::Postgresql);
    QCOMPARE(first->schemaVersion(), Gradebook::currentSchemaVersion());
    first.reset();
    auto second = open();
    QVERIFY(second);
    QCOMPARE(second->schemaVersion(), Gradebook::currentSchemaVersion());
}

void GradebookPostgresTest::crud_gradesSummariesAndAudit()
{
    auto gradebook = open();
    QVERIFY(gradebook);
    const QDateTime due(QDate(2026, 1, 15), QTime(17, 0), QTimeZone::utc());
    const qint64 assignment = gradebook->upsertAssignment(QStringLiteral("pg1"), due).value();
    QCOMPARE(gradebook->upsertAssignment(QStringLiteral("pg1"), due).value(), assignment);
    const qint64 notebook = gradebook->upsertNotebook(assignment, QStringLiteral("problem1"), 0).value();
    SourceCellRecord q1;
    q1.name = QStringLiteral("q1");
    q1.isGrade = true;
    q1.maxScore = 2.0;
    SourceCellRecord essay;
    essay.name = QStringLiteral("essay");
    essay.isTask = true;
    essay.maxScore = 3.0;
    essay.position = 1;
    QVERIFY(gradebook->replaceSourceCells(notebook, {q1, essay}).ok());
    const QList<SourceCellRecord> cells = gradebook->sourceCells(notebook).value();
    QCOMPARE(cells.size(), 2);
    QVERIFY(gradebook
                ->upsertStudent(
                    {QStringLiteral("hacker"), QStringLiteral("Alyssa"), QStringLiteral("Hacker"), {}, {}, true})
                .ok());

    SubmissionRecord submission;
    submission.assignmentId = assignment;
    submission.studentId = QStringLiteral("hacker");
    submission.timestamp = Timestamp::parse(QStringLiteral("2026-01-15 16:00:00.123456 UTC")).value();
    const qint64 submissionId = gradebook->upsertSubmission(submission).value();
    const qint64 sn = gradebook->upsertSubmittedNotebook(submissionId, notebook, QStringLiteral("/x.ipynb")).value();

    QSignalSpy spy(gradebook.get(), &Gradebook::gradeChanged);
    QVERIFY(gradebook->setAutoGrade(sn, cells.at(0).id, 2.0, false, QStringLiteral("autograder")).ok());
    QVERIFY(gradebook->setAutoGrade(sn, cells.at(1).id, std::nullopt, true, QStringLiteral("autograder")).ok());
    QVERIFY(gradebook->setManualGrade(sn, cells.at(1).id, 2.5, QStringLiteral("alice")).ok());
    QVERIFY(gradebook->setAutoGrade(sn, cells.at(1).id, 0.0, true, QStringLiteral("autograder")).ok());
    QVERIFY(gradebook->setComment(sn, cells.at(1).id, QStringLiteral("Well argued"), QStringLiteral("alice")).ok());
    QCOMPARE(spy.count(), 5);

    const QList<GradeRecord> grades = gradebook->grades(submissionId).value();
    QCOMPARE(grades.size(), 2);
    QCOMPARE(grades.at(1).manualScore, std::optional<double>(2.5));
    QVERIFY(!grades.at(1).needsManualGrade);
    const SubmissionSummary summary = gradebook->submissionSummaries(assignment).value().first();
    QCOMPARE(summary.score, std::optional<double>(4.5));
    QCOMPARE(summary.maxScore, 5.0);
    QCOMPARE(summary.gradedCount, 2);
    QCOMPARE(summary.studentName, QStringLiteral("Alyssa Hacker"));
    QCOMPARE(summary.timestamp.toNbgraderUtc(), QStringLiteral("2026-01-15 16:00:00.123456"));
    QCOMPARE(gradebook->assignment(QStringLiteral("pg1")).value()->due, due);
    QCOMPARE(gradebook->comments(submissionId).value().first().comment(), QStringLiteral("Well argued"));
    const QList<AuditEvent> events =
        gradebook->auditEvents(QStringLiteral("grade"), Gradebook::gradeEntityId(sn, cells.at(1).id)).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().newValue, QStringLiteral("2.5"));
}

void GradebookPostgresTest::auditEvents_areAppendOnly()
{
    auto gradebook = open();
    QVERIFY(gradebook);
    const QString name = QStringLiteral("raw-pg");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_server.host());
        db.setPort(m_server.port());
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(PostgresServer::user());
        QVERIFY(db.open());
        QSqlQuery insert(db);
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO audit_event (at, actor, action, entity, entity_id)"
                                           " VALUES ('2026-01-01T00:00:00.000000Z', 'x', 'test', 'raw', '1')")));
        QSqlQuery update(db);
        QVERIFY(!update.exec(QStringLiteral("UPDATE audit_event SET actor = 'y'")));
        QSqlQuery remove(db);
        QVERIFY(!remove.exec(QStringLiteral("DELETE FROM audit_event")));
        QSqlQuery truncate(db);
        QVERIFY(!truncate.exec(QStringLiteral("TRUNCATE audit_event")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(gradebook->auditEvents(QStringLiteral("raw"), QStringLiteral("1")).value().size(), 1);
}

void GradebookPostgresTest::transaction_nestedFailure_rollsBackOnlyInnerWork()
{
    auto gradebook = open();
    QVERIFY(gradebook);
    const Result<void> result = gradebook->transaction([&]() -> Result<void> {
        if (Result<qint64> outer = gradebook->upsertAssignment(QStringLiteral("outer"), {}); !outer) {
            return outer.error();
        }
        // A failing statement inside the savepoint: PostgreSQL aborts it until ROLLBACK TO.
        const Result<void> inner = gradebook->transaction([&]() -> Result<void> {
            const Result<qint64> bad = gradebook->upsertNotebook(987654, QStringLiteral("x"), 0);
            return bad ? Result<void>() : Result<void>(bad.error());
        });
        return inner ? ServiceError::make(ServiceError::Kind::Database, QStringLiteral("inner should fail"))
                     : Result<void>();
    });
    QVERIFY(result.ok());
    QVERIFY(gradebook->assignment(QStringLiteral("outer")).value().has_value());
    const Result<void> rolledBack = gradebook->transaction([&]() -> Result<void> {
        (void)gradebook->upsertAssignment(QStringLiteral("never"), {});
        return ServiceError::make(ServiceError::Kind::Cancelled, QStringLiteral("undo"));
    });
    QVERIFY(!rolledBack);
    QVERIFY(!gradebook->assignment(QStringLiteral("never")).value().has_value());
}

void GradebookPostgresTest::export_worksOnPostgresql()
{
    auto gradebook = open();
    QVERIFY(gradebook);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(exportGradesCsv(*gradebook, buffer, QStringLiteral("pg1"), true).ok());
    const QList<QByteArray> lines = buffer.data().split('\n');
    QVERIFY(lines.at(0).endsWith(",max_score,problem1:q1,problem1:essay"));
    QCOMPARE(lines.at(1), QByteArray("pg1,2026-01-15 17:00:00,2026-01-15 16:00:00.123456,hacker,Hacker,Alyssa,,4.5,0.0,"
                                     "4.5,5.0,2.0,2.5"));
}

void GradebookPostgresTest::rubric_applyRetroactiveUpdateAndClaims()
{
    auto gradebook = open();
    auto second = open(); // another grader's connection to the same database
    QVERIFY(gradebook && second);
    const qint64 assignment = gradebook->upsertAssignment(QStringLiteral("pg-rubric"), {}).value();
    const qint64 notebook = gradebook->upsertNotebook(assignment, QStringLiteral("problem1"), 0).value();
    SourceCellRecord q1;
    q1.name = QStringLiteral("q1");
    q1.isGrade = true;
    q1.isSolution = true;
    q1.maxScore = 4.0;
    QVERIFY(gradebook->replaceSourceCells(notebook, {q1}).ok());
    const qint64 cellId = gradebook->sourceCells(notebook).value().at(0).id;
    QList<AnswerKey> keys;
    for (const QString &student : {QStringLiteral("pg-a"), QStringLiteral("pg-b"), QStringLiteral("pg-c")}) {
        SubmissionRecord submission;
        submission.assignmentId = assignment;
        submission.studentId = student;
        const qint64 id = gradebook->upsertSubmission(submission).value();
        keys.append({gradebook->upsertSubmittedNotebook(id, notebook, QStringLiteral("/x.ipynb")).value(), cellId});
        QVERIFY(gradebook
                    ->setAutoGrade(keys.constLast().submittedNotebookId, cellId, std::nullopt, true,
                                   QStringLiteral("autograder"))
                    .ok());
    }
    RubricItemRecord item;
    item.cellId = cellId;
    item.title = QStringLiteral("Correct idea");
    item.points = 2.0;
    item.shortcut = QStringLiteral("1");
    item.position = -1;
    const qint64 itemId = gradebook->addRubricItem(item, QStringLiteral("alice")).value();
    item.title = QStringLiteral("Clash");
    QCOMPARE(gradebook->addRubricItem(item, QStringLiteral("alice")).error().kind, ServiceError::Kind::Validation);

    QSignalSpy spy(gradebook.get(), &Gradebook::gradeChanged);
    QVERIFY(gradebook->setRubricItemApplied({keys.at(0), keys.at(1)}, itemId, true, QStringLiteral("alice")).ok());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(gradebook->answer(keys.at(0)).value().manualScore, std::optional<double>(2.0));
    QVERIFY(gradebook->setAdjustment(keys.at(1), -0.5, QStringLiteral("typo"), QStringLiteral("alice")).ok());

    // Retroactive: the other connection edits the item; every rubric-graded answer having it follows.
    item = second->rubricItems(cellId).value().at(0);
    item.points = 3.0;
    QCOMPARE(second->updateRubricItem(item, QStringLiteral("bob")).value(), (QList<AnswerKey>{keys.at(0), keys.at(1)}));
    const QList<AnswerRecord> answers = gradebook->answers(cellId).value();
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers.at(0).manualScore, std::optional<double>(3.0));
    QCOMPARE(answers.at(1).manualScore, std::optional<double>(2.5));
    QCOMPARE(answers.at(1).appliedItemIds, QList<qint64>{itemId});
    QVERIFY(answers.at(2).needsManualGrade);
    QVERIFY(second->setQuestionSettings({cellId, ScoringMode::Negative, true, true}, QStringLiteral("bob")).ok());
    QCOMPARE(gradebook->answer(keys.at(0)).value().manualScore, std::optional<double>(4.0));
    const QuestionRecord question = gradebook->questions(assignment).value().at(0);
    QCOMPARE(question.answerCount, 3);
    QCOMPARE(question.gradedCount, 2);
    QCOMPARE(question.needsManualCount, 1);
    const QStringList actions = [&] {
        QStringList list;
        for (const AuditEvent &event : gradebook->auditEventsForQuestion(cellId).value()) {
            list.append(event.action);
        }
        return list;
    }();
    QVERIFY(actions.contains(QStringLiteral("rubric_add")));
    QVERIFY(actions.contains(QStringLiteral("rubric_apply")));
    QVERIFY(actions.contains(QStringLiteral("rubric_update")));
    QVERIFY(actions.contains(QStringLiteral("question_settings")));
    QCOMPARE(gradebook->deleteRubricItem(itemId, QStringLiteral("alice")).value(),
             (QList<AnswerKey>{keys.at(0), keys.at(1)}));
    QCOMPARE(gradebook->answer(keys.at(1)).value().manualScore, std::optional<double>(3.5));

    // Claims: one holder at a time across connections.
    QVERIFY(gradebook->claimAnswer(keys.at(2), QStringLiteral("alice"), 300).value());
    QVERIFY(!second->claimAnswer(keys.at(2), QStringLiteral("bob"), 300).value());
    QCOMPARE(second->answer(keys.at(2)).value().claimedBy, QStringLiteral("alice"));
    QVERIFY(gradebook->releaseClaims(QStringLiteral("alice")).ok());
    QVERIFY(second->claimAnswer(keys.at(2), QStringLiteral("bob"), 300).value());
    QVERIFY(second->releaseClaims(QStringLiteral("bob")).ok());
}

void GradebookPostgresTest::canvas_sectionsAndMappings()
{
    auto gradebook = open();
    QVERIFY(gradebook);
    QVERIFY(gradebook->upsertStudent({QStringLiteral("pg-canvas"), {}, {}, {}, {}, true}).ok());
    QVERIFY(gradebook->setStudentSections(QStringLiteral("pg-canvas"), {QStringLiteral("L02"), QStringLiteral("L01")})
                .ok());
    QCOMPARE(gradebook->studentSections().value().value(QStringLiteral("pg-canvas")),
             (QStringList{QStringLiteral("L01"), QStringLiteral("L02")}));
    QVERIFY(
        gradebook->setCanvasMapping(QStringLiteral("user"), QStringLiteral("pg-canvas"), QStringLiteral("77")).ok());
    QVERIFY(
        gradebook->setCanvasMapping(QStringLiteral("user"), QStringLiteral("pg-canvas"), QStringLiteral("78")).ok());
    QCOMPARE(gradebook->canvasMappings(QStringLiteral("user")).value().value(QStringLiteral("pg-canvas")),
             QStringLiteral("78"));
    QVERIFY(gradebook->removeCanvasMapping(QStringLiteral("user"), QStringLiteral("pg-canvas")).ok());
    QVERIFY(!gradebook->canvasMappings(QStringLiteral("user")).value().contains(QStringLiteral("pg-canvas")));
}

QTEST_GUILESS_MAIN(GradebookPostgresTest)
#include "gradebookpostgres_test.moc"
