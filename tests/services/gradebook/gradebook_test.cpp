// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebooktestutil.h"

#include <services/gradebook/gradebook.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

Q_DECLARE_METATYPE(std::optional<double>)

/// Gradebook records, transactions, grades and summaries; opening and migrating is in gradebookschema_test.
class GradebookTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void assignments_upsertUpdatesDueAndKeepsId();
    void replaceSourceCells_updatesInPlaceAndDeletesUnused();
    void replaceSourceCells_invalid_data();
    void replaceSourceCells_invalid();
    void replaceSourceCells_removingGradedCell_isConflict();
    void students_upsertAndSort();
    void submissions_upsertByAssignmentAndStudent();
    void submittedNotebook_fromOtherAssignment_isRefused();

    void transaction_failure_rollsBackEverything();
    void transaction_nestedFailure_rollsBackOnlyInnerWork();
    void transaction_signals_onlyAfterCommit();

    void score_data();
    void score();
    void setAutoGrade_keepsManualScoreAndComment();
    void setManualGrade_clearsNeedsManualAndIsAudited();
    void setManualGrade_nonGradeCell_isRefused();
    void auditEvents_areAppendOnly();
    void comments_manualOverridesAuto();
    void grades_listUngradedQuestionsToo();
    void submissionSummaries_aggregates();
    void submissionSummaries_2000x25_isComplete();

private:
    std::unique_ptr<Gradebook> openFresh() { return openGradebook(m_path); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void GradebookTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void GradebookTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("gradebook.sqlite"));
}

void GradebookTest::assignments_upsertUpdatesDueAndKeepsId()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const qint64 id = gradebook->upsertAssignment(QStringLiteral("ps1"), {}).value();
    const QDateTime due(QDate(2026, 2, 1), QTime(9, 30), QTimeZone::utc());
    QCOMPARE(gradebook->upsertAssignment(QStringLiteral("ps1"), due).value(), id);
    QVERIFY(gradebook->upsertAssignment(QStringLiteral("ps0"), {}).ok());
    const auto stored = gradebook->assignment(QStringLiteral("ps1")).value();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->due, due);
    QVERIFY(!gradebook->assignment(QStringLiteral("nope")).value().has_value());
    const QList<AssignmentRecord> all = gradebook->assignments().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().name, QStringLiteral("ps0")); // undated first, as nbgrader lists them
    QCOMPARE(gradebook->upsertAssignment(QStringLiteral("  "), {}).error().kind, ServiceError::Kind::Validation);
}

void GradebookTest::replaceSourceCells_updatesInPlaceAndDeletesUnused()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const Course course = makeCourse(*gradebook);
    SourceCellRecord q1 = cell(QStringLiteral("q1"), true, 5.0, 0);
    q1.checksum = QStringLiteral("abc");
    QVERIFY(gradebook->replaceSourceCells(course.notebookId, {q1, cell(QStringLiteral("q3"), true, 1.0, 1)}).ok());
    const QList<SourceCellRecord> cells = gradebook->sourceCells(course.notebookId).value();
    QCOMPARE(cells.size(), 2);
    QCOMPARE(cells.at(0).id, course.q1);
    QCOMPARE(cells.at(0).maxScore, 5.0);
    QCOMPARE(cells.at(0).checksum, QStringLiteral("abc"));
    QCOMPARE(cells.at(1).name, QStringLiteral("q3"));
}

void GradebookTest::replaceSourceCells_invalid_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::newRow("empty grade_id is refused") << QStringList{QStringLiteral("q1"), QString()};
    QTest::newRow("blank grade_id is refused") << QStringList{QStringLiteral("  ")};
    QTest::newRow("duplicate grade_id is refused") << QStringList{QStringLiteral("q1"), QStringLiteral("q1")};
}

void GradebookTest::replaceSourceCells_invalid()
{
    QFETCH(QStringList, names);
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const Course course = makeCourse(*gradebook);
    QList<SourceCellRecord> cells;
    for (const QString &name : names) {
        cells.append(cell(name, true, 1.0, int(cells.size())));
    }
    const Result<void> replaced = gradebook->replaceSourceCells(course.notebookId, cells);
    QVERIFY(!replaced);
    QCOMPARE(replaced.error().kind, ServiceError::Kind::Validation);
    QCOMPARE(gradebook->sourceCells(course.notebookId).value().size(), 3);
}

void GradebookTest::replaceSourceCells_removingGradedCell_isConflict()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const Course course = makeCourse(*gradebook);
    qint64 sn = 0;
    submit(*gradebook, course, QStringLiteral("bitdiddle"), &sn);
    QVERIFY(gradebook->setAutoGrade(sn, course.q2, 3.0, false, QStringLiteral("autograder")).ok());
    const Result<void> replaced =
        gradebook->replaceSourceCells(course.notebookId, {cell(QStringLiteral("q1"), true, 9.0, 0)});
    QVERIFY(!replaced);
    QCOMPARE(replaced.error().kind, ServiceError::Kind::Conflict);
    QVERIFY(replaced.error().message.contains(QLatin1String("q2")));
    const QList<SourceCellRecord> cells = gradebook->sourceCells(course.notebookId).value();
    QCOMPARE(cells.size(), 3); // nothing changed, not even q1's points
    QCOMPARE(cells.at(0).maxScore, 2.0);
}

void GradebookTest::students_upsertAndSort()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    StudentRecord hacker{QStringLiteral("hacker"), QStringLiteral("Alyssa"), QStringLiteral("Hacker"), {}, {}, true};
    StudentRecord bitdiddle{QStringLiteral("bitdiddle"),       QStringLiteral("Ben"), QStringLiteral("Bitdiddle"),
                            QStringLiteral("ben@example.edu"), QStringLiteral("42"),  true};
    QVERIFY(gradebook->upsertStudent(hacker).ok());
    QVERIFY(gradebook->upsertStudent(bitdiddle).ok());
    bitdiddle.active = false;
    QVERIFY(gradebook->upsertStudent(bitdiddle).ok());
    const QList<StudentRecord> students = gradebook->students().value();
    QCOMPARE(students.size(), 2);
    QCOMPARE(students.at(0).id, QStringLiteral("bitdiddle"));
    QCOMPARE(students.at(0).email, QStringLiteral("ben@example.edu"));
    QCOMPARE(students.at(0).lmsUserId, QStringLiteral("42"));
    QVERIFY(!students.at(0).active);
    QCOMPARE(students.at(1).displayName(), QStringLiteral("Alyssa Hacker"));
    StudentRecord bare;
    bare.id = QStringLiteral("x");
    QCOMPARE(bare.displayName(), QStringLiteral("x"));
    QCOMPARE(gradebook->upsertStudent(StudentRecord{}).error().kind, ServiceError::Kind::Validation);
}

void GradebookTest::submissions_upsertByAssignmentAndStudent()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const Course course = makeCourse(*gradebook);
    qint64 sn = 0;
    const qint64 first = submit(*gradebook, course, QStringLiteral("newcomer"), &sn);
    // The unknown student was added as a bare record.
    QVERIFY(gradebook->student(QStringLiteral("newcomer")).value().has_value());
    SubmissionRecord again = gradebook->submission(course.assignmentId, QStringLiteral("newcomer")).value().value();
    again.latePenalty = 1.5;
    QCOMPARE(gradebook->upsertSubmission(again).value(), first);
    QCOMPARE(gradebook->submissions(course.assignmentId).value().size(), 1);
    QCOMPARE(gradebook->submissions(course.assignmentId).value().first().latePenalty, 1.5);
    const QList<SubmittedNotebookRecord> notebooks = gradebook->submittedNotebooks(first).value();
    QCOMPARE(notebooks.size(), 1);
    QCOMPARE(notebooks.first().id, sn);
    QCOMPARE(notebooks.first().notebookName, QStringLiteral("problem1"));
    QVERIFY(notebooks.first().path.endsWith(QLatin1String("/problem1.ipynb")));
    SubmissionRecord bad = again;
    bad.assignmentId = 12345;
    QCOMPARE(gradebook->upsertSubmission(bad).error().kind, ServiceError::Kind::NotFound);
}

void GradebookTest::submittedNotebook_fromOtherAssignment_isRefused()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const Course course = makeCourse(*gradebook);
    const qint64 other = gradebook->upsertAssignment(QStringLiteral("ps2"), {}).value();
    const qint64 otherNotebook = gradebook->upsertNotebook(other, QStringLiteral("problem1"), 0).value();
    qint64 sn = 0;
    const qint64 submission = submit(*gradebook, course, QStringLiteral("bitdiddle"), &sn);
    const Result<qint64> wrong =
        gradebook->upsertSubmittedNotebook(submission, otherNotebook, QStringLiteral("/x.ipynb"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().kind, ServiceError::Kind::NotFound);
}

void GradebookTest::transaction_failure_rollsBackEverything()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const Result<void> result = gradebook->transaction([&]() -> Result<void> {
        if (!gradebook->upsertAssignment(QStringLiteral("ps1"), {}).ok()) {
            return ServiceError::make(ServiceError::Kind::Database, QStringLiteral("unexpected"));
        }
        return ServiceError::make(ServiceError::Kind::Cancelled, QStringLiteral("stop"));
    });
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ServiceError::Kind::Cancelled);
    QVERIFY(gradebook->assignments().value().isEmpty());
    // The connection is usable again afterwards.
    QVERIFY(gradebook->upsertAssignment(QStringLiteral("ps2"), {}).ok());
}

void GradebookTest::transaction_nestedFailure_rollsBackOnlyInnerWork()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const Result<void> result = gradebook->transaction([&]() -> Result<void> {
        if (Result<qint64> outer = gradebook->upsertAssignment(QStringLiteral("outer"), {}); !outer) {
            return outer.error();
        }
        const Result<void> inner = gradebook->transaction([&]() -> Result<void> {
            (void)gradebook->upsertAssignment(QStringLiteral("inner"), {});
            return ServiceError::make(ServiceError::Kind::Validation, QStringLiteral("inner fails"));
        });
        return inner ? ServiceError::make(ServiceError::Kind::Database, QStringLiteral("inner should fail"))
                     : Result<void>();
    });
    QVERIFY(result.ok());
    const QList<AssignmentRecord> all = gradebook->assignments().value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().name, QStringLiteral("outer"));
}

void GradebookTest::transaction_signals_onlyAfterCommit()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const Course course = makeCourse(*gradebook);
    qint64 sn = 0;
    const qint64 submission = submit(*gradebook, course, QStringLiteral("bitdiddle"), &sn);
    QSignalSpy gradeSpy(gradebook.get(), &Gradebook::gradeChanged);
    QSignalSpy submissionSpy(gradebook.get(), &Gradebook::submissionChanged);

    const Result<void> rolledBack = gradebook->transaction([&]() -> Result<void> {
        (void)gradebook->setManualGrade(sn, course.q1, 1.0, QStringLiteral("alice"));
        return ServiceError::make(ServiceError::Kind::Cancelled, QStringLiteral("undo"));
    });
    QVERIFY(!rolledBack);
    QCOMPARE(gradeSpy.count(), 0);
    QVERIFY(!gradebook->grades(submission).value().first().manualScore.has_value());

    const Result<void> committed = gradebook->transaction([&]() -> Result<void> {
        if (Result<void> r = gradebook->setManualGrade(sn, course.q1, 1.0, QStringLiteral("alice")); !r) {
            return r;
        }
        if (Result<void> r = gradebook->setManualGrade(sn, course.q2, 2.0, QStringLiteral("alice")); !r) {
            return r;
        }
        return gradeSpy.isEmpty() ? Result<void>()
                                  : ServiceError::make(ServiceError::Kind::Database, QStringLiteral("early signal"));
    });
    QVERIFY(committed.ok());
    QCOMPARE(gradeSpy.count(), 2);
    QCOMPARE(gradeSpy.at(0).at(0).toLongLong(), submission);
    QCOMPARE(gradeSpy.at(0).at(1).toLongLong(), course.q1);
    QCOMPARE(submissionSpy.count(), 1); // coalesced per commit
}

void GradebookTest::score_data()
{
    QTest::addColumn<std::optional<double>>("autoScore");
    QTest::addColumn<std::optional<double>>("manualScore");
    QTest::addColumn<std::optional<double>>("extraCredit");
    QTest::addColumn<std::optional<double>>("expected");
    const std::optional<double> none;
    QTest::newRow("neither score: no score") << none << none << std::optional<double>(1.0) << none;
    QTest::newRow("auto only") << std::optional<double>(2.0) << none << none << std::optional<double>(2.0);
    QTest::newRow("manual overrides auto")
        << std::optional<double>(2.0) << std::optional<double>(0.5) << none << std::optional<double>(0.5);
    QTest::newRow("manual zero still overrides auto")
        << std::optional<double>(2.0) << std::optional<double>(0.0) << none << std::optional<double>(0.0);
    QTest::newRow("extra credit is added")
        << std::optional<double>(2.0) << none << std::optional<double>(1.0) << std::optional<double>(3.0);
}

void GradebookTest::score()
{
    QFETCH(std::optional<double>, autoScore);
    QFETCH(std::optional<double>, manualScore);
    QFETCH(std::optional<double>, extraCredit);
    QFETCH(std::optional<double>, expected);
    GradeRecord grade;
    grade.autoScore = autoScore;
    grade.manualScore = manualScore;
    grade.extraCredit = extraCredit;
    QCOMPARE(grade.score(), expected);
}

void GradebookTest::setAutoGrade_keepsManualScoreAndComment()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const Course course = makeCourse(*gradebook);
    qint64 sn = 0;
    const qint64 submission = submit(*gradebook, course, QStringLiteral("bitdiddle"), &sn);
    QVERIFY(gradebook->setAutoGrade(sn, course.q1, 0.0, true, QStringLiteral("autograder")).ok());
    QVERIFY(gradebook->setManualGrade(sn, course.q1, 1.5, QStringLiteral("alice")).ok());
    QVERIFY(gradebook->setExtraCredit(sn, course.q1, 0.5, QStringLiteral("alice")).ok());
    QVERIFY(gradebook->setComment(sn, course.answer, QStringLiteral("Nice work"), QStringLiteral("alice")).ok());
    QVERIFY(gradebook->setAutoGrade(sn, course.q1, 2.0, true, QStringLiteral("autograder")).ok());
    QVERIFY(gradebook->setAutoComment(sn, course.answer, QStringLiteral("No response.")).ok());

    const GradeRecord grade = gradebook->grades(submission).value().first();
    QCOMPARE(grade.autoScore, std::optional<double>(2.0));
    QCOMPARE(grade.manualScore, std::optional<double>(1.5));
    QCOMPARE(grade.extraCredit, std::optional<double>(0.5));
    QCOMPARE(grade.score(), std::optional<double>(2.0));
    QVERIFY(!grade.needsManualGrade); // the manual score already settled it
    QCOMPARE(grade.version, 4);
    const CommentRecord comment = gradebook->comments(submission).value().first();
    QCOMPARE(comment.manualComment, QStringLiteral("Nice work"));
    QCOMPARE(comment.comment(), QStringLiteral("Nice work"));
}

void GradebookTest::setManualGrade_clearsNeedsManualAndIsAudited()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const Course course = makeCourse(*gradebook);
    qint64 sn = 0;
    const qint64 submission = submit(*gradebook, course, QStringLiteral("bitdiddle"), &sn);
    QVERIFY(gradebook->setAutoGrade(sn, course.q2, std::nullopt, true, QStringLiteral("autograder")).ok());
    QVERIFY(gradebook->grades(submission).value().at(1).needsManualGrade);
    QVERIFY(gradebook->setManualGrade(sn, course.q2, 2.5, QStringLiteral("alice")).ok());
    QVERIFY(!gradebook->grades(submission).value().at(1).needsManualGrade);
    QVERIFY(gradebook->setManualGrade(sn, course.q2, 2.5, QStringLiteral("alice")).ok()); // no change, no event
    QVERIFY(gradebook->setManualGrade(sn, course.q2, 3.0, QStringLiteral("bob")).ok());
    QVERIFY(gradebook->setManualGrade(sn, course.q2, std::nullopt, QStringLiteral("bob")).ok());
    QVERIFY(gradebook->grades(submission).value().at(1).needsManualGrade); // no auto score to fall back on

    const QList<AuditEvent> events =
        gradebook->auditEvents(QStringLiteral("grade"), Gradebook::gradeEntityId(sn, course.q2)).value();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).actor, QStringLiteral("alice"));
    QCOMPARE(events.at(0).action, QStringLiteral("manual_score"));
    QCOMPARE(events.at(0).oldValue, QString());
    QCOMPARE(events.at(0).newValue, QStringLiteral("2.5"));
    QCOMPARE(events.at(1).oldValue, QStringLiteral("2.5"));
    QCOMPARE(events.at(1).newValue, QStringLiteral("3"));
    QCOMPARE(events.at(2).actor, QStringLiteral("bob"));
    QCOMPARE(events.at(2).newValue, QString());
    QVERIFY(events.at(0).at.isValid());
    QCOMPARE(gradebook->setManualGrade(sn, course.q2, 1.0, QString()).error().kind, ServiceError::Kind::Validation);
}

void GradebookTest::setManualGrade_nonGradeCell_isRefused()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const Course course = makeCourse(*gradebook);
    qint64 sn = 0;
    submit(*gradebook, course, QStringLiteral("bitdiddle"), &sn);
    QCOMPARE(gradebook->setManualGrade(sn, course.answer, 1.0, QStringLiteral("alice")).error().kind,
             ServiceError::Kind::Validation);
    QCOMPARE(gradebook->setManualGrade(sn, 98765, 1.0, QStringLiteral("alice")).error().kind,
             ServiceError::Kind::NotFound);
    QCOMPARE(gradebook->setAutoGrade(98765, course.q1, 1.0, false, QStringLiteral("a")).error().kind,
             ServiceError::Kind::NotFound);
}

void GradebookTest::auditEvents_areAppendOnly()
{
    {
        auto gradebook = openFresh();
        QVERIFY(gradebook);
        const Course course = makeCourse(*gradebook);
        qint64 sn = 0;
        submit(*gradebook, course, QStringLiteral("bitdiddle"), &sn);
        QVERIFY(gradebook->setManualGrade(sn, course.q1, 1.0, QStringLiteral("alice")).ok());
    }
    RawDb raw(m_path);
    QVERIFY(!raw.exec(QStringLiteral("UPDATE audit_event SET new_value = '2'")));
    QVERIFY(!raw.exec(QStringLiteral("DELETE FROM audit_event")));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT new_value FROM audit_event")).toString(), QStringLiteral("1"));
}

void GradebookTest::comments_manualOverridesAuto()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const Course course = makeCourse(*gradebook);
    qint64 sn = 0;
    const qint64 submission = submit(*gradebook, course, QStringLiteral("bitdiddle"), &sn);
    QVERIFY(gradebook->setAutoComment(sn, course.answer, QStringLiteral("No response.")).ok());
    QCOMPARE(gradebook->comments(submission).value().first().comment(), QStringLiteral("No response."));
    QVERIFY(gradebook
                ->setComment(sn, course.answer, QStringLiteral("Partly right, \"see\" line 3"), QStringLiteral("alice"))
                .ok());
    const CommentRecord comment = gradebook->comments(submission).value().first();
    QCOMPARE(comment.comment(), QStringLiteral("Partly right, \"see\" line 3"));
    QCOMPARE(comment.autoComment, QStringLiteral("No response."));
    QCOMPARE(comment.cellName, QStringLiteral("answer1"));
    const QList<AuditEvent> events =
        gradebook->auditEvents(QStringLiteral("comment"), Gradebook::gradeEntityId(sn, course.answer)).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().newValue, QStringLiteral("Partly right, \"see\" line 3"));
}

void GradebookTest::grades_listUngradedQuestionsToo()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const Course course = makeCourse(*gradebook);
    qint64 sn = 0;
    const qint64 submission = submit(*gradebook, course, QStringLiteral("bitdiddle"), &sn);
    QVERIFY(gradebook->setAutoGrade(sn, course.q2, 3.0, false, QStringLiteral("autograder")).ok());
    const QList<GradeRecord> grades = gradebook->grades(submission).value();
    QCOMPARE(grades.size(), 2);
    QCOMPARE(grades.at(0).cellName, QStringLiteral("q1"));
    QCOMPARE(grades.at(0).id, qint64(0));
    QVERIFY(!grades.at(0).score().has_value());
    QCOMPARE(grades.at(0).maxScore, 2.0);
    QCOMPARE(grades.at(1).notebookName, QStringLiteral("problem1"));
    QCOMPARE(grades.at(1).score(), std::optional<double>(3.0));
    QCOMPARE(grades.at(1).version, 1);
}

void GradebookTest::submissionSummaries_aggregates()
{
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const Course course = makeCourse(*gradebook);
    QVERIFY(gradebook
                ->upsertStudent(
                    {QStringLiteral("bitdiddle"), QStringLiteral("Ben"), QStringLiteral("Bitdiddle"), {}, {}, true})
                .ok());
    qint64 snBen = 0;
    qint64 snAlyssa = 0;
    submit(*gradebook, course, QStringLiteral("bitdiddle"), &snBen);
    submit(*gradebook, course, QStringLiteral("hacker"), &snAlyssa);
    QVERIFY(gradebook->setAutoGrade(snBen, course.q1, 2.0, false, QStringLiteral("autograder")).ok());
    QVERIFY(gradebook->setAutoGrade(snBen, course.q2, 0.0, true, QStringLiteral("autograder")).ok());
    QVERIFY(gradebook->setExtraCredit(snBen, course.q1, 1.0, QStringLiteral("alice")).ok());

    const QList<SubmissionSummary> rows = gradebook->submissionSummaries(course.assignmentId).value();
    QCOMPARE(rows.size(), 2);
    const SubmissionSummary &ben = rows.at(0);
    QCOMPARE(ben.studentId, QStringLiteral("bitdiddle"));
    QCOMPARE(ben.studentName, QStringLiteral("Ben Bitdiddle"));
    QCOMPARE(ben.score, std::optional<double>(3.0));
    QCOMPARE(ben.maxScore, 5.0);
    QCOMPARE(ben.gradeCount, 2);
    QCOMPARE(ben.gradedCount, 1);
    QCOMPARE(ben.needsManualCount, 1);
    QCOMPARE(ben.timestamp.toNbgraderUtc(), QStringLiteral("2026-01-15 16:58:23.948203"));
    const SubmissionSummary &alyssa = rows.at(1);
    QVERIFY(!alyssa.score.has_value());
    QCOMPARE(alyssa.maxScore, 5.0);
    QCOMPARE(alyssa.gradeCount, 2);
    QCOMPARE(alyssa.gradedCount, 0);
}

void GradebookTest::submissionSummaries_2000x25_isComplete()
{
    constexpr int Students = 2000;
    constexpr int Questions = 25;
    auto gradebook = openFresh();
    QVERIFY(gradebook);
    const qint64 assignment = gradebook->upsertAssignment(QStringLiteral("big"), {}).value();
    const qint64 notebook = gradebook->upsertNotebook(assignment, QStringLiteral("nb"), 0).value();
    QList<SourceCellRecord> cells;
    for (int q = 0; q < Questions; ++q) {
        cells.append(cell(QStringLiteral("q%1").arg(q), true, 1.0, q));
    }
    QVERIFY(gradebook->replaceSourceCells(notebook, cells).ok());
    QList<qint64> cellIds;
    const QList<SourceCellRecord> stored = gradebook->sourceCells(notebook).value();
    for (const SourceCellRecord &c : stored) {
        cellIds.append(c.id);
    }
    QElapsedTimer fill;
    fill.start();
    const Result<void> filled = gradebook->transaction([&]() -> Result<void> {
        for (int s = 0; s < Students; ++s) {
            SubmissionRecord record;
            record.assignmentId = assignment;
            record.studentId = QStringLiteral("student%1").arg(s, 4, 10, QLatin1Char('0'));
            Result<qint64> submission = gradebook->upsertSubmission(record);
            if (!submission) {
                return submission.error();
            }
            Result<qint64> sn = gradebook->upsertSubmittedNotebook(submission.value(), notebook, QStringLiteral("/x"));
            if (!sn) {
                return sn.error();
            }
            for (const qint64 cellId : cellIds) {
                if (Result<void> r = gradebook->setAutoGrade(sn.value(), cellId, double((s + cellId) % 2), false,
                                                             QStringLiteral("autograder"));
                    !r) {
                    return r;
                }
            }
        }
        return {};
    });
    QVERIFY(filled.ok());
    const qint64 fillMs = fill.elapsed();
    QElapsedTimer timer;
    timer.start();
    const Result<QList<SubmissionSummary>> rows = gradebook->submissionSummaries(assignment);
    const qint64 summaryMs = timer.elapsed();
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), Students);
    QCOMPARE(rows.value().first().gradeCount, Questions);
    QCOMPARE(rows.value().first().maxScore, double(Questions));
    qInfo() << "filled" << Students * Questions << "grades in" << fillMs << "ms; summary of" << Students
            << "submissions in" << summaryMs << "ms";
}

QTEST_GUILESS_MAIN(GradebookTest)
#include "gradebook_test.moc"
