// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebooktestutil.h"

#include <services/gradebook/gradebook.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

/// Reading questions and answers for grading by question, and the per-answer actions besides rubric items.
class GradebookAnswersTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void questions_listGradedCellsWithProgress();
    void questions_withoutSubmissions_haveNoAnswers();
    void answers_carryEverythingGradersSet();
    void answers_matchAnswerForEachKey();
    void answers_badQuestion_isRefused();
    void setAdjustment_rescoresAndIsAudited();
    void markRubricGraded_negativeModeGivesFullMarks();
    void setFlaggedAndGroupSplit_areAuditedVersionedChanges();
    void actions_withoutActor_areRefused();
    void recordAudit_appendsEvent();

private:
    /// Inserts a regrade request row (the gradebook API for them belongs to another feature).
    void addRegrade(int student, qint64 cellId, const QString &state);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Gradebook> m_gradebook;
    Course m_course;
    qint64 m_essay = 0;
    qint64 m_notebook2 = 0;
    QStringList m_students;
    qint64 m_submission[3] = {};
    qint64 m_sn[3] = {};
};

void GradebookAnswersTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void GradebookAnswersTest::init()
{
    QVERIFY(openFreshGradebook(m_dir, m_path, m_gradebook));
    m_course = makeCourse(*m_gradebook);
    // A second notebook with a task cell, submitted by only two of the three students.
    m_notebook2 = m_gradebook->upsertNotebook(m_course.assignmentId, QStringLiteral("problem2"), 1).value();
    SourceCellRecord essay = cell(QStringLiteral("essay"), false, 4.0, 0);
    essay.isTask = true;
    essay.isSolution = false;
    essay.cellType = QStringLiteral("markdown");
    QVERIFY(m_gradebook->replaceSourceCells(m_notebook2, {essay}).ok());
    m_essay = m_gradebook->sourceCells(m_notebook2).value().at(0).id;
    // Submitted in an order that differs from the student id order.
    m_students = {QStringLiteral("reasoner"), QStringLiteral("bitdiddle"), QStringLiteral("hacker")};
    for (int i = 0; i < 3; ++i) {
        m_submission[i] = submit(*m_gradebook, m_course, m_students.at(i), &m_sn[i]);
    }
    for (int i = 0; i < 2; ++i) {
        QVERIFY(m_gradebook->upsertSubmittedNotebook(m_submission[i], m_notebook2, QStringLiteral("/p2.ipynb")).ok());
    }
}

void GradebookAnswersTest::addRegrade(int student, qint64 cellId, const QString &state)
{
    RawDb raw(m_path);
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO regrade_request (submission_id, student_id, cell_id, state,"
                                    " created_at, updated_at) VALUES (%1, '%2', %3, '%4', '2026-01-20T10:00:00Z',"
                                    " '2026-01-20T10:00:00Z')")
                         .arg(m_submission[student])
                         .arg(m_students.at(student))
                         .arg(cellId)
                         .arg(state)));
}

void GradebookAnswersTest::questions_listGradedCellsWithProgress()
{
    const QString autograder = QStringLiteral("autograder");
    QVERIFY(m_gradebook->setAutoGrade(m_sn[0], m_course.q1, 2.0, false, autograder).ok());         // graded
    QVERIFY(m_gradebook->setAutoGrade(m_sn[1], m_course.q1, std::nullopt, true, autograder).ok()); // needs manual
    QVERIFY(m_gradebook->setAutoGrade(m_sn[2], m_course.q1, std::nullopt, true, autograder).ok());
    QVERIFY(m_gradebook->setManualGrade(m_sn[2], m_course.q1, 1.0, QStringLiteral("alice")).ok()); // graded
    QVERIFY(m_gradebook->setFlagged({m_sn[0], m_course.q2}, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setFlagged({m_sn[1], m_course.q2}, true, QStringLiteral("alice")).ok());
    addRegrade(1, m_course.q1, QStringLiteral("open"));
    addRegrade(2, m_course.q1, QStringLiteral("in_review"));
    addRegrade(0, m_course.q1, QStringLiteral("resolved_accepted"));
    addRegrade(0, m_course.q2, QStringLiteral("resolved"));

    const QList<QuestionRecord> questions = m_gradebook->questions(m_course.assignmentId).value();
    QCOMPARE(questions.size(), 3);
    const QuestionRecord &q1 = questions.at(0);
    QCOMPARE(q1.cellId, m_course.q1);
    QCOMPARE(q1.name, QStringLiteral("q1"));
    QCOMPARE(q1.notebookId, m_course.notebookId);
    QCOMPARE(q1.notebookName, QStringLiteral("problem1"));
    QCOMPARE(q1.cellType, QStringLiteral("code"));
    QCOMPARE(q1.maxScore, 2.0);
    QCOMPARE(q1.answerCount, 3);
    QCOMPARE(q1.gradedCount, 2);
    QCOMPARE(q1.needsManualCount, 1);
    QCOMPARE(q1.flaggedCount, 0);
    QCOMPARE(q1.openRegradeCount, 2);
    const QuestionRecord &q2 = questions.at(1);
    QCOMPARE(q2.cellId, m_course.q2);
    QCOMPARE(q2.cellPosition, 2);
    QCOMPARE(q2.answerCount, 3);
    QCOMPARE(q2.gradedCount, 0);
    QCOMPARE(q2.flaggedCount, 2);
    QCOMPARE(q2.openRegradeCount, 0);
    const QuestionRecord &essay = questions.at(2);
    QCOMPARE(essay.cellId, m_essay);
    QCOMPARE(essay.notebookName, QStringLiteral("problem2"));
    QCOMPARE(essay.notebookPosition, 1);
    QVERIFY(essay.isTask);
    QVERIFY(!essay.isSolution);
    QCOMPARE(essay.maxScore, 4.0);
    QCOMPARE(essay.answerCount, 2);
    QCOMPARE(essay.gradedCount, 0);
}

void GradebookAnswersTest::questions_withoutSubmissions_haveNoAnswers()
{
    const qint64 other = m_gradebook->upsertAssignment(QStringLiteral("ps2"), {}).value();
    const qint64 notebook = m_gradebook->upsertNotebook(other, QStringLiteral("problem1"), 0).value();
    QVERIFY(m_gradebook->replaceSourceCells(notebook, {cell(QStringLiteral("q1"), true, 1.0, 0)}).ok());
    const QList<QuestionRecord> questions = m_gradebook->questions(other).value();
    QCOMPARE(questions.size(), 1);
    QCOMPARE(questions.at(0).answerCount, 0);
    QCOMPARE(questions.at(0).gradedCount, 0);
    QVERIFY(m_gradebook->answers(questions.at(0).cellId).value().isEmpty());
    QVERIFY(m_gradebook->questions(424242).value().isEmpty());
}

void GradebookAnswersTest::answers_carryEverythingGradersSet()
{
    const qint64 style = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Style"), 0.5));
    const qint64 correct = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Correct"), 1));
    QVERIFY(m_gradebook->reorderRubricItems(m_course.q1, {correct, style}, QStringLiteral("alice")).ok());
    const AnswerKey reasoner{m_sn[0], m_course.q1};
    QVERIFY(m_gradebook->setAutoGrade(m_sn[0], m_course.q1, 0.0, false, QStringLiteral("autograder")).ok());
    QVERIFY(m_gradebook->setRubricItemApplied({reasoner}, style, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setRubricItemApplied({reasoner}, correct, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setExtraCredit(m_sn[0], m_course.q1, 0.5, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setComment(m_sn[0], m_course.q1, QStringLiteral("Neat"), QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->claimAnswer(reasoner, QStringLiteral("bob"), 120).value());
    addRegrade(0, m_course.q1, QStringLiteral("open"));
    addRegrade(0, m_course.q1, QStringLiteral("resolved_rejected"));
    addRegrade(1, m_course.q2, QStringLiteral("open"));

    const QList<AnswerRecord> answers = m_gradebook->answers(m_course.q1).value();
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers.at(0).studentId, QStringLiteral("bitdiddle"));
    QCOMPARE(answers.at(1).studentId, QStringLiteral("hacker"));
    const AnswerRecord &graded = answers.at(2);
    QCOMPARE(graded.studentId, QStringLiteral("reasoner"));
    QCOMPARE(graded.key, reasoner);
    QCOMPARE(graded.submissionId, m_submission[0]);
    QCOMPARE(graded.notebookPath, QStringLiteral("/course/submitted/reasoner/ps1/problem1.ipynb"));
    QVERIFY(graded.gradeId > 0);
    QCOMPARE(graded.autoScore, std::optional<double>(0.0));
    QCOMPARE(graded.manualScore, std::optional<double>(1.5));
    QCOMPARE(graded.extraCredit, std::optional<double>(0.5));
    QCOMPARE(graded.score(), std::optional<double>(2.0));
    QCOMPARE(graded.maxScore, 2.0);
    QVERIFY(graded.rubricGraded);
    QVERIFY(graded.isGraded());
    QCOMPARE(graded.appliedItemIds, (QList<qint64>{correct, style})); // rubric order, not application order
    QCOMPARE(graded.comment, QStringLiteral("Neat"));
    QCOMPARE(graded.claimedBy, QStringLiteral("bob"));
    QVERIFY(graded.claimExpiresAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(graded.openRegradeCount, 1);
    QCOMPARE(graded.version, 4);
    QCOMPARE(graded.updatedBy, QStringLiteral("alice"));
    QVERIFY(graded.updatedAt.isValid());

    const AnswerRecord &untouched = answers.at(0);
    QCOMPARE(untouched.gradeId, 0);
    QCOMPARE(untouched.version, 0);
    QVERIFY(!untouched.score());
    QVERIFY(!untouched.isGraded());
    QVERIFY(untouched.appliedItemIds.isEmpty());
    QVERIFY(untouched.comment.isEmpty());
    QVERIFY(untouched.claimedBy.isEmpty());
    QCOMPARE(untouched.openRegradeCount, 0);
    QCOMPARE(untouched.maxScore, 2.0);
    QCOMPARE(m_gradebook->answers(m_essay).value().size(), 2);
}

void GradebookAnswersTest::answers_matchAnswerForEachKey()
{
    const qint64 item = addItem(*m_gradebook, rubricItem(m_course.q2, QStringLiteral("Partial"), 1.5));
    QVERIFY(m_gradebook
                ->setRubricItemApplied({{m_sn[1], m_course.q2}, {m_sn[2], m_course.q2}}, item, true,
                                       QStringLiteral("alice"))
                .ok());
    QVERIFY(m_gradebook->setAdjustment({m_sn[2], m_course.q2}, -1, QStringLiteral("late"), QStringLiteral("al")).ok());
    addRegrade(2, m_course.q2, QStringLiteral("open"));
    for (const AnswerRecord &listed : m_gradebook->answers(m_course.q2).value()) {
        const AnswerRecord single = m_gradebook->answer(listed.key).value();
        QCOMPARE(single.studentId, listed.studentId);
        QCOMPARE(single.gradeId, listed.gradeId);
        QCOMPARE(single.manualScore, listed.manualScore);
        QCOMPARE(single.adjustment, listed.adjustment);
        QCOMPARE(single.adjustmentReason, listed.adjustmentReason);
        QCOMPARE(single.appliedItemIds, listed.appliedItemIds);
        QCOMPARE(single.openRegradeCount, listed.openRegradeCount);
        QCOMPARE(single.version, listed.version);
    }
    QCOMPARE(m_gradebook->answer({m_sn[2], m_course.q2}).value().manualScore, std::optional<double>(0.5));
    QCOMPARE(m_gradebook->answer({m_sn[2], m_course.q2}).value().openRegradeCount, 1);
    // The third student did not submit problem2.
    QCOMPARE(m_gradebook->answer({m_sn[2], m_essay}).error().kind, ServiceError::Kind::NotFound);
}

void GradebookAnswersTest::answers_badQuestion_isRefused()
{
    QCOMPARE(m_gradebook->answers(m_course.answer).error().kind, ServiceError::Kind::Validation);
    QCOMPARE(m_gradebook->answers(424242).error().kind, ServiceError::Kind::NotFound);
    QCOMPARE(m_gradebook->answer({999, m_course.q1}).error().kind, ServiceError::Kind::NotFound);
}

void GradebookAnswersTest::setAdjustment_rescoresAndIsAudited()
{
    const AnswerKey key{m_sn[0], m_course.q2};
    QSignalSpy grades(m_gradebook.get(), &Gradebook::gradeChanged);
    QVERIFY(m_gradebook->setAdjustment(key, 1.25, QStringLiteral(" clever trick "), QStringLiteral("alice")).ok());
    AnswerRecord answer = m_gradebook->answer(key).value();
    QCOMPARE(answer.adjustment, std::optional<double>(1.25));
    QCOMPARE(answer.adjustmentReason, QStringLiteral("clever trick"));
    QVERIFY(answer.rubricGraded);
    QCOMPARE(answer.manualScore, std::optional<double>(1.25));
    QCOMPARE(answer.version, 1);
    QCOMPARE(grades.count(), 1);
    QVERIFY(m_gradebook->setAdjustment(key, 1.25, QStringLiteral("clever trick"), QStringLiteral("alice")).ok());
    QCOMPARE(grades.count(), 1);

    QVERIFY(m_gradebook->setAdjustment(key, std::nullopt, QStringLiteral("ignored"), QStringLiteral("bob")).ok());
    answer = m_gradebook->answer(key).value();
    QVERIFY(!answer.adjustment);
    QVERIFY(answer.adjustmentReason.isEmpty());
    QCOMPARE(answer.manualScore, std::optional<double>(0.0));
    const QList<AuditEvent> events =
        m_gradebook->auditEvents(QStringLiteral("grade"), Gradebook::gradeEntityId(key.submittedNotebookId, key.cellId))
            .value();
    QCOMPARE(actionsOf(events), (QStringList{QStringLiteral("adjustment"), QStringLiteral("rubric_score"),
                                             QStringLiteral("adjustment"), QStringLiteral("rubric_score")}));
    QCOMPARE(events.at(0).newValue, QStringLiteral("1.25: clever trick"));
    QCOMPARE(events.at(2).oldValue, QStringLiteral("1.25: clever trick"));
    QVERIFY(events.at(2).newValue.isEmpty());
}

void GradebookAnswersTest::markRubricGraded_negativeModeGivesFullMarks()
{
    QVERIFY(
        m_gradebook->setQuestionSettings({m_course.q2, ScoringMode::Negative, true, true}, QStringLiteral("a")).ok());
    QVERIFY(m_gradebook->setAutoGrade(m_sn[0], m_course.q2, std::nullopt, true, QStringLiteral("autograder")).ok());
    const QList<AnswerKey> keys{{m_sn[0], m_course.q2}, {m_sn[1], m_course.q2}};
    QVERIFY(m_gradebook->markRubricGraded(keys, QStringLiteral("alice")).ok());
    for (const AnswerKey &key : keys) {
        const AnswerRecord answer = m_gradebook->answer(key).value();
        QCOMPARE(answer.manualScore, std::optional<double>(3.0));
        QVERIFY(answer.rubricGraded);
        QVERIFY(!answer.needsManualGrade);
    }
    const int version = m_gradebook->answer(keys.at(0)).value().version;
    QVERIFY(m_gradebook->markRubricGraded(keys, QStringLiteral("alice")).ok());
    QCOMPARE(m_gradebook->answer(keys.at(0)).value().version, version);
    const QuestionRecord q2 = m_gradebook->questions(m_course.assignmentId).value().at(1);
    QCOMPARE(q2.gradedCount, 2);
    QCOMPARE(q2.needsManualCount, 0);
}

void GradebookAnswersTest::setFlaggedAndGroupSplit_areAuditedVersionedChanges()
{
    const AnswerKey key{m_sn[1], m_course.q1};
    QSignalSpy grades(m_gradebook.get(), &Gradebook::gradeChanged);
    QVERIFY(m_gradebook->setFlagged(key, false, QStringLiteral("alice")).ok()); // already unflagged
    QCOMPARE(grades.count(), 0);
    QCOMPARE(m_gradebook->answer(key).value().gradeId, 0);
    QVERIFY(m_gradebook->setFlagged(key, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setGroupSplit(key, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setGroupSplit(key, true, QStringLiteral("alice")).ok());
    AnswerRecord answer = m_gradebook->answer(key).value();
    QVERIFY(answer.flagged);
    QVERIFY(answer.groupSplit);
    QVERIFY(!answer.rubricGraded);
    QVERIFY(!answer.score());
    QCOMPARE(answer.version, 2);
    QCOMPARE(grades.count(), 2);
    QVERIFY(m_gradebook->setFlagged(key, false, QStringLiteral("bob")).ok());
    answer = m_gradebook->answer(key).value();
    QVERIFY(!answer.flagged);
    QCOMPARE(answer.updatedBy, QStringLiteral("bob"));
    const QList<AuditEvent> events =
        m_gradebook->auditEvents(QStringLiteral("grade"), Gradebook::gradeEntityId(key.submittedNotebookId, key.cellId))
            .value();
    QCOMPARE(actionsOf(events),
             (QStringList{QStringLiteral("flag"), QStringLiteral("group_split"), QStringLiteral("flag")}));
    QCOMPARE(events.at(2).oldValue, QStringLiteral("1"));
    QCOMPARE(events.at(2).newValue, QStringLiteral("0"));
}

void GradebookAnswersTest::actions_withoutActor_areRefused()
{
    const AnswerKey key{m_sn[0], m_course.q1};
    const qint64 item = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Correct"), 2));
    const QList<ServiceError::Kind> kinds{
        m_gradebook->setRubricItemApplied({key}, item, true, QString()).error().kind,
        m_gradebook->setAdjustment(key, 1, {}, QStringLiteral(" ")).error().kind,
        m_gradebook->markRubricGraded({key}, QString()).error().kind,
        m_gradebook->clearRubricGrading(key, QString()).error().kind,
        m_gradebook->setFlagged(key, true, QString()).error().kind,
        m_gradebook->setGroupSplit(key, true, QString()).error().kind,
        m_gradebook->addRubricItem(rubricItem(m_course.q1, QStringLiteral("X"), 1), QString()).error().kind,
        m_gradebook->deleteRubricItem(item, QString()).error().kind,
    };
    for (const ServiceError::Kind kind : kinds) {
        QCOMPARE(kind, ServiceError::Kind::Validation);
    }
    QCOMPARE(m_gradebook->answer(key).value().gradeId, 0);
}

void GradebookAnswersTest::recordAudit_appendsEvent()
{
    QVERIFY(m_gradebook
                ->recordAudit(QStringLiteral("alice"), QStringLiteral("reveal_name"), QStringLiteral("student"),
                              QStringLiteral("hacker"), QString(), QStringLiteral("Alyssa P. Hacker"))
                .ok());
    const QList<AuditEvent> events =
        m_gradebook->auditEvents(QStringLiteral("student"), QStringLiteral("hacker")).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).action, QStringLiteral("reveal_name"));
    QCOMPARE(events.at(0).actor, QStringLiteral("alice"));
    QVERIFY(events.at(0).oldValue.isEmpty());
    QVERIFY(events.at(0).at.isValid());
    QCOMPARE(m_gradebook->recordAudit(QString(), QStringLiteral("x"), QStringLiteral("y"), {}, {}, {}).error().kind,
             ServiceError::Kind::Validation);
}

QTEST_GUILESS_MAIN(GradebookAnswersTest)
#include "gradebookanswers_test.moc"
