// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebooktestutil.h"

#include <services/gradebook/gradebookcopy.h>
#include <tests/support/postgresserver.h>
#include <tests/support/testsupport.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

namespace {

/// A raw connection to one database of the test server (simulates another program, or damage).
class RawPostgres final
{
public:
    RawPostgres(const PostgresServer &server, const QString &database)
        : m_name(QStringLiteral("raw-pg-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setDatabaseName(database);
        db.setUserName(PostgresServer::user());
        db.open();
    }

    ~RawPostgres()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    RawPostgres(const RawPostgres &) = delete;
    RawPostgres &operator=(const RawPostgres &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        if (!ok) {
            qInfo() << "raw SQL refused:" << q.lastError().text();
        }
        return ok;
    }

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

} // namespace

class GradebookCopyTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void copy_populatedGradebook_countsAndChecksumsMatch();
    void copy_preservesIdsAndMovesSequencesPastThem();
    void copy_nonEmptyTarget_isRefusedAndUnchanged();
    void copy_cancelled_leavesTargetEmpty();
    void copy_notAGradebook_isRefused();
    void copy_unreachableServer_fails();
    void verify_changedTarget_namesTheTable_data();
    void verify_changedTarget_namesTheTable();

private:
    /// A new empty database on the server; its target (no password: trust authentication).
    PostgresTarget newTarget();
    /// Fills the SQLite gradebook at m_path with every kind of row the schema holds.
    void populate();

    PostgresServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    int m_databases = 0;
};

void GradebookCopyTest::initTestCase()
{
    if (const QString reason = PostgresServer::unavailableReason(); !reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void GradebookCopyTest::init()
{
    std::unique_ptr<Gradebook> gradebook;
    QVERIFY(openFreshGradebook(m_dir, m_path, gradebook));
    gradebook.reset();
    populate();
}

void GradebookCopyTest::cleanupTestCase()
{
    m_server.stop();
}

PostgresTarget GradebookCopyTest::newTarget()
{
    const QString name = QStringLiteral("copy%1").arg(++m_databases);
    QString error;
    if (!m_server.createDatabase(name, &error)) {
        qWarning() << "createDatabase failed:" << error;
    }
    PostgresTarget target;
    target.host = m_server.host();
    target.port = m_server.port();
    target.database = name;
    target.user = PostgresServer::user();
    return target;
}

void GradebookCopyTest::populate()
{
    std::unique_ptr<Gradebook> gradebook = openGradebook(m_path);
    QVERIFY(gradebook);
    Gradebook &gb = *gradebook;
    QVERIFY(gb.setCourse(QStringLiteral("demo101"), QStringLiteral("Données \u2013 101")).ok());
    const Course course = makeCourse(gb);
    const QString actor = QStringLiteral("alice");
    const qint64 partial = addItem(gb, rubricItem(course.q2, QStringLiteral("Partial"), 1.5, QStringLiteral("1")));
    const qint64 wrong = addItem(gb, rubricItem(course.q2, QStringLiteral("Wrong unit"), -0.25, QStringLiteral("2")));
    QVERIFY(partial && wrong);
    for (int i = 0; i < 12; ++i) {
        StudentRecord student;
        student.id = QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0'));
        student.firstName = i % 3 == 0 ? QStringLiteral("Zoë") : QStringLiteral("Ana");
        student.lastName = QStringLiteral("O'Brien \"%1\"").arg(i);
        student.email = student.id + QStringLiteral("@example.edu");
        student.active = i != 5;
        QVERIFY(gb.upsertStudent(student).ok());
        qint64 submitted = 0;
        submit(gb, course, student.id, &submitted);
        QVERIFY(gb.setAutoGrade(submitted, course.q1, i % 4 == 0 ? std::nullopt : std::optional<double>(0.1 * i),
                                i % 4 == 0, QStringLiteral("autograder"))
                    .ok());
        QVERIFY(gb.setAutoGrade(submitted, course.q2, 0.0, true, QStringLiteral("autograder")).ok());
        if (i % 2 == 0) {
            QVERIFY(gb.setManualGrade(submitted, course.q1, 0.1 + 0.2 * i, actor).ok());
        }
        const AnswerKey answer{submitted, course.q2};
        QVERIFY(gb.setRubricItemApplied({answer}, partial, true, actor).ok());
        if (i % 3 == 0) {
            QVERIFY(gb.setRubricItemApplied({answer}, wrong, true, actor).ok());
            QVERIFY(gb.setAdjustment(answer, -1.0 / 3.0, QStringLiteral("late \u2192 see note"), actor).ok());
        }
        QVERIFY(
            gb.setComment(submitted, course.q2, QStringLiteral("Line one\nline two, ünïcode \u2713 %1").arg(i), actor)
                .ok());
        QVERIFY(gb.setFlagged(answer, i % 5 == 0, actor).ok());
        if (i < 3) {
            QVERIFY(gb.claimAnswer(answer, QStringLiteral("bob"), 600).ok());
        }
        QVERIFY(gb.setStudentSections(student.id, {QStringLiteral("A"), QStringLiteral("B%1").arg(i % 2)}).ok());
    }
    QVERIFY(gb.setCanvasMapping(QStringLiteral("assignment"), QStringLiteral("ps1"), QStringLiteral("991")).ok());
    QVERIFY(gb.recordAudit(actor, QStringLiteral("reveal_name"), QStringLiteral("student"), QStringLiteral("s01"),
                           QString(), QStringLiteral("shown"))
                .ok());
}

void GradebookCopyTest::copy_populatedGradebook_countsAndChecksumsMatch()
{
    const PostgresTarget target = newTarget();
    QStringList progressTables;
    const Result<GradebookCopyReport> report =
        GradebookCopy::copy(m_path, target, [&](const QString &table, qint64 done, qint64 total) {
            if (done > total) {
                qWarning() << "progress past the total in" << table;
            }
            if (!progressTables.contains(table)) {
                progressTables.append(table);
            }
            return true;
        });
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message + report.error().detail));
    QStringList tables;
    for (const TableComparison &table : report.value().tables) {
        QVERIFY2(table.matches(), qPrintable(table.table));
        QVERIFY(!table.sourceChecksum.isEmpty());
        tables.append(table.table);
    }
    // Parents come before the tables that reference them.
    QVERIFY(tables.indexOf(QStringLiteral("student")) < tables.indexOf(QStringLiteral("submission")));
    QVERIFY(tables.indexOf(QStringLiteral("grade")) < tables.indexOf(QStringLiteral("rubric_application")));
    QVERIFY(progressTables.contains(QStringLiteral("audit_event")));
    const auto rowsOf = [&](const QString &name) {
        for (const TableComparison &table : report.value().tables) {
            if (table.table == name) {
                return table.targetRows;
            }
        }
        return qint64(-1);
    };
    QCOMPARE(rowsOf(QStringLiteral("student")), 12);
    QCOMPARE(rowsOf(QStringLiteral("claim")), 3);
    QVERIFY(rowsOf(QStringLiteral("audit_event")) > 40);
    QVERIFY(report.value().totalRows() > 100);

    // The checksums are the same computation on each side on its own, not only inside copy().
    RawDb sqlite(m_path);
    RawPostgres postgres(m_server, target.database);
    const Result<QList<TableSummary>> before = GradebookCopy::summarize(sqlite.db());
    const Result<QList<TableSummary>> after = GradebookCopy::summarize(postgres.db());
    QVERIFY(before.ok() && after.ok());
    QCOMPARE(before.value().size(), after.value().size());
    for (qsizetype i = 0; i < before.value().size(); ++i) {
        QCOMPARE(after.value().at(i).table, before.value().at(i).table);
        QCOMPARE(after.value().at(i).rows, before.value().at(i).rows);
        QCOMPARE(after.value().at(i).checksum, before.value().at(i).checksum);
    }
    const Result<GradebookCopyReport> again = GradebookCopy::verify(m_path, target);
    QVERIFY(again.ok());
}

void GradebookCopyTest::copy_preservesIdsAndMovesSequencesPastThem()
{
    const PostgresTarget target = newTarget();
    QVERIFY(GradebookCopy::copy(m_path, target).ok());
    std::unique_ptr<Gradebook> original = openGradebook(m_path);
    Result<std::unique_ptr<Gradebook>> opened =
        Gradebook::openPostgresql(target.host, target.port, target.database, target.user, QString(), target.sslMode);
    QVERIFY(original && opened.ok());
    Gradebook &copy = *opened.value();
    const qint64 assignment = copy.assignment(QStringLiteral("ps1")).value()->id;
    QCOMPARE(assignment, original->assignment(QStringLiteral("ps1")).value()->id);
    const QList<QuestionRecord> questions = copy.questions(assignment).value();
    QCOMPARE(questions.size(), 2);
    for (const QuestionRecord &question : questions) {
        const QList<AnswerRecord> copied = copy.answers(question.cellId).value();
        const QList<AnswerRecord> source = original->answers(question.cellId).value();
        QCOMPARE(copied.size(), source.size());
        for (qsizetype i = 0; i < copied.size(); ++i) {
            QCOMPARE(copied.at(i).gradeId, source.at(i).gradeId);
            QCOMPARE(copied.at(i).manualScore, source.at(i).manualScore);
            QCOMPARE(copied.at(i).adjustment, source.at(i).adjustment);
            QCOMPARE(copied.at(i).appliedItemIds, source.at(i).appliedItemIds);
            QCOMPARE(copied.at(i).comment, source.at(i).comment);
        }
    }
    // New rows continue after the copied ids instead of colliding with them.
    const qint64 q1 = questions.constFirst().cellId;
    const qint64 maxItem = original->rubricItems(questions.constLast().cellId).value().constLast().id;
    const Result<qint64> added = copy.addRubricItem(rubricItem(q1, QStringLiteral("New"), 1.0), QStringLiteral("bob"));
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().detail));
    QVERIFY(added.value() > maxItem);
    QVERIFY(copy.recordAudit(QStringLiteral("bob"), QStringLiteral("reveal_name"), QStringLiteral("student"),
                             QStringLiteral("s02"), QString(), QStringLiteral("shown"))
                .ok());
}

void GradebookCopyTest::copy_nonEmptyTarget_isRefusedAndUnchanged()
{
    const PostgresTarget target = newTarget();
    QVERIFY(GradebookCopy::copy(m_path, target).ok());
    RawPostgres postgres(m_server, target.database);
    const qint64 auditRows = postgres.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_event")).toLongLong();
    const Result<GradebookCopyReport> second = GradebookCopy::copy(m_path, target);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, ServiceError::Kind::Conflict);
    QVERIFY2(second.error().message.contains(QLatin1String("already holds")), qPrintable(second.error().message));
    QVERIFY(second.error().message.contains(target.database));
    QCOMPARE(postgres.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_event")).toLongLong(), auditRows);
}

void GradebookCopyTest::copy_cancelled_leavesTargetEmpty()
{
    const PostgresTarget target = newTarget();
    const Result<GradebookCopyReport> cancelled = GradebookCopy::copy(
        m_path, target, [](const QString &table, qint64, qint64) { return table != QLatin1String("grade"); });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().kind, ServiceError::Kind::Cancelled);
    RawPostgres postgres(m_server, target.database);
    QCOMPARE(postgres.scalar(QStringLiteral("SELECT COUNT(*) FROM student")).toLongLong(), 0);
    QVERIFY(GradebookCopy::copy(m_path, target).ok());
}

void GradebookCopyTest::copy_notAGradebook_isRefused()
{
    const QString foreign = m_dir->filePath(QStringLiteral("other.sqlite"));
    {
        RawDb raw(foreign);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
    }
    const PostgresTarget target = newTarget();
    const Result<GradebookCopyReport> report = GradebookCopy::copy(foreign, target);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ServiceError::Kind::Unsupported);
}

void GradebookCopyTest::copy_unreachableServer_fails()
{
    PostgresTarget target = newTarget();
    target.port = 1; // nobody's socket
    const Result<GradebookCopyReport> report = GradebookCopy::copy(m_path, target);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ServiceError::Kind::Database);
}

void GradebookCopyTest::verify_changedTarget_namesTheTable_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("table");

    QTest::newRow("a changed score is found in grade")
        << QStringLiteral("UPDATE grade SET manual_score = manual_score + 0.000001 WHERE id = (SELECT MIN(id) FROM "
                          "grade WHERE manual_score IS NOT NULL)")
        << QStringLiteral("grade");
    QTest::newRow("a deleted row is found in rubric_application")
        << QStringLiteral("DELETE FROM rubric_application WHERE id = (SELECT MAX(id) FROM rubric_application)")
        << QStringLiteral("rubric_application");
    QTest::newRow("one changed character of a comment is found")
        << QStringLiteral("UPDATE comment SET manual_comment = replace(manual_comment, 'ü', 'u') WHERE id = "
                          "(SELECT MIN(id) FROM comment)")
        << QStringLiteral("comment");
    QTest::newRow("an extra audit event is found")
        << QStringLiteral(
               "INSERT INTO audit_event (at, actor, action, entity, entity_id) VALUES ('x', 'mallory', 'x', 'x', 'x')")
        << QStringLiteral("audit_event");
    QTest::newRow("a NULL that became empty text is found")
        << QStringLiteral("UPDATE audit_event SET old_value = '' WHERE id = (SELECT MIN(id) FROM audit_event WHERE "
                          "old_value IS NULL)")
        << QStringLiteral("audit_event");
}

void GradebookCopyTest::verify_changedTarget_namesTheTable()
{
    QFETCH(QString, damage);
    QFETCH(QString, table);
    const PostgresTarget target = newTarget();
    QVERIFY(GradebookCopy::copy(m_path, target).ok());
    {
        RawPostgres postgres(m_server, target.database);
        // The audit trail refuses changes by trigger; damage has to go around it.
        QVERIFY(postgres.exec(QStringLiteral("ALTER TABLE audit_event DISABLE TRIGGER USER")));
        QVERIFY(postgres.exec(damage));
    }
    const Result<GradebookCopyReport> report = GradebookCopy::verify(m_path, target);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ServiceError::Kind::Conflict);
    QVERIFY2(report.error().message.contains(table + QLatin1String(" (")), qPrintable(report.error().message));
    // Only the damaged table is named.
    QCOMPARE(report.error().message.count(QLatin1String(" rows")), 1);
}

QTEST_GUILESS_MAIN(GradebookCopyTest)
#include "gradebookcopy_test.moc"
