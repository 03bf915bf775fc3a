// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebooktestutil.h"

#include <services/gradebook/gradebook.h>

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

/// The audit history (per answer, per submission), grader activity, claims and version conflicts on SQLite.
class GradebookHistoryTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void answerHistory_hasGradeCommentAndRegradeEventsInOrder();
    void submissionHistory_coversAllAnswersRegradesAndMarks();
    void graderActivity_countsAnswersAndActionsPerGrader();
    void claims_listsUnexpiredClaimsOfTheAssignment();
    void staleVersion_isConflictAndNothingChanges_data();
    void staleVersion_isConflictAndNothingChanges();
    void currentVersion_isAccepted_data();
    void currentVersion_isAccepted();
    void commentVersion_countsManualCommentChanges();
    void rubricChanges_emitRubricChanged();

private:
    using Action = std::function<Result<void>(Gradebook &, const AnswerKey &, std::optional<int>)>;
    static void addConflictRows();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Gradebook> m_gradebook;
    Course m_course;
    qint64 m_snA = 0;
    qint64 m_snB = 0;
    qint64 m_submissionA = 0;
};

Q_DECLARE_METATYPE(std::function<GradeDesk::Services::Result<void>(
                       GradeDesk::Services::Gradebook &, const GradeDesk::Services::AnswerKey &, std::optional<int>)>)

void GradebookHistoryTest::init()
{
    QVERIFY(openFreshGradebook(m_dir, m_path, m_gradebook));
    m_course = makeCourse(*m_gradebook);
    m_submissionA = submit(*m_gradebook, m_course, QStringLiteral("alyssa"), &m_snA);
    submit(*m_gradebook, m_course, QStringLiteral("ben"), &m_snB);
    QVERIFY(m_gradebook->setAutoGrade(m_snA, m_course.q1, 1.0, false, QStringLiteral("autograder")).ok());
}

void GradebookHistoryTest::answerHistory_hasGradeCommentAndRegradeEventsInOrder()
{
    const AnswerKey key{m_snA, m_course.q1};
    QVERIFY(m_gradebook->setManualGrade(m_snA, m_course.q1, 1.5, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setComment(m_snA, m_course.q1, QStringLiteral("Close"), QStringLiteral("alice")).ok());
    NewRegradeRequest request{QStringLiteral("ps1"),  QStringLiteral("alyssa"), m_course.q1,
                              QStringLiteral("Why?"), RegradeSource::Staff,     QString()};
    const qint64 regrade = m_gradebook->addRegradeRequest(request, QStringLiteral("bob")).value().id;
    QVERIFY(m_gradebook->setManualGrade(m_snA, m_course.q1, 2.0, QStringLiteral("bob")).ok());
    QVERIFY(
        m_gradebook->setRegradeState(regrade, RegradeState::Resolved, QStringLiteral("Fixed"), 1, QStringLiteral("bob"))
            .ok());
    // Another answer's events stay out.
    QVERIFY(m_gradebook->setManualGrade(m_snA, m_course.q2, 1.0, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setManualGrade(m_snB, m_course.q1, 1.0, QStringLiteral("alice")).ok());

    const QList<AuditEvent> events = m_gradebook->auditEventsForAnswer(key).value();
    QCOMPARE(actionsOf(events),
             (QStringList{QStringLiteral("manual_score"), QStringLiteral("comment"), QStringLiteral("regrade_add"),
                          QStringLiteral("manual_score"), QStringLiteral("regrade_state")}));
    for (qsizetype i = 1; i < events.size(); ++i) {
        QVERIFY(events.at(i - 1).id < events.at(i).id);
    }
    QCOMPARE(events.at(3).oldValue, QStringLiteral("1.5"));
    QCOMPARE(events.at(3).newValue, QStringLiteral("2"));
    QVERIFY(m_gradebook->auditEventsForAnswer({m_snB, m_course.q2}).value().isEmpty());
}

void GradebookHistoryTest::submissionHistory_coversAllAnswersRegradesAndMarks()
{
    NewRegradeRequest request{QStringLiteral("ps1"),       QStringLiteral("alyssa"), 0,
                              QStringLiteral("All of it"), RegradeSource::Staff,     QString()};
    const qint64 regrade = m_gradebook->addRegradeRequest(request, QStringLiteral("bob")).value().id;
    QVERIFY(m_gradebook->setManualGrade(m_snA, m_course.q2, 3.0, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setComment(m_snA, m_course.answer, QStringLiteral("Nice"), QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook
                ->setRegradeState(regrade, RegradeState::Resolved, QStringLiteral("q2 fixed"), 1, QStringLiteral("bob"))
                .ok());
    QVERIFY(m_gradebook
                ->recordAudit(QStringLiteral("pusher"), QStringLiteral("canvas_push"), QStringLiteral("canvas_grade"),
                              QStringLiteral("ps1/alyssa"), QString(), QStringLiteral("{}"))
                .ok());
    QVERIFY(m_gradebook->setManualGrade(m_snB, m_course.q2, 1.0, QStringLiteral("alice")).ok());

    const QList<AuditEvent> events = m_gradebook->auditEventsForSubmission(m_submissionA).value();
    QCOMPARE(actionsOf(events), (QStringList{QStringLiteral("regrade_add"), QStringLiteral("manual_score"),
                                             QStringLiteral("comment"), QStringLiteral("regrade_state"),
                                             QStringLiteral("canvas_push_mark"), QStringLiteral("canvas_push")}));
    QVERIFY(m_gradebook->auditEventsForSubmission(999).value().isEmpty());
}

void GradebookHistoryTest::graderActivity_countsAnswersAndActionsPerGrader()
{
    const qint64 item = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Right"), 2.0));
    QVERIFY(m_gradebook
                ->setRubricItemApplied({{m_snA, m_course.q1}, {m_snB, m_course.q1}}, item, true, QStringLiteral("bob"))
                .ok());
    QVERIFY(m_gradebook->setManualGrade(m_snA, m_course.q2, 3.0, QStringLiteral("carol")).ok());
    QVERIFY(m_gradebook->setManualGrade(m_snA, m_course.q2, 2.5, QStringLiteral("carol")).ok());
    QVERIFY(m_gradebook->setComment(m_snB, m_course.q2, QStringLiteral("Hm"), QStringLiteral("carol")).ok());
    QVERIFY(m_gradebook->setFlagged({m_snB, m_course.q2}, true, QStringLiteral("carol")).ok());

    const QList<GraderActivity> activity = m_gradebook->graderActivity(m_course.assignmentId).value();
    QCOMPARE(activity.size(), 3);
    QCOMPARE(activity.at(0).grader, QStringLiteral("alice")); // added the rubric item
    QCOMPARE(activity.at(0).answersGraded, 0);
    QCOMPARE(activity.at(0).actions, 1);
    QCOMPARE(activity.at(1).grader, QStringLiteral("bob"));
    QCOMPARE(activity.at(1).answersGraded, 2);
    QCOMPARE(activity.at(1).actions, 4); // two rubric_apply, two rubric_score
    QCOMPARE(activity.at(2).grader, QStringLiteral("carol"));
    QCOMPARE(activity.at(2).answersGraded, 1); // comments and flags are no scoring
    QCOMPARE(activity.at(2).actions, 4);
    QVERIFY(activity.at(2).lastAction.isValid());
    QCOMPARE(activity.at(2).lastAction.offsetFromUtc(), 0);
    QVERIFY(m_gradebook->graderActivity(999).value().isEmpty());
}

void GradebookHistoryTest::claims_listsUnexpiredClaimsOfTheAssignment()
{
    QVERIFY(m_gradebook->claimAnswer({m_snB, m_course.q2}, QStringLiteral("bob"), 300).value());
    QVERIFY(m_gradebook->claimAnswer({m_snA, m_course.q1}, QStringLiteral("alice"), 300).value());
    QVERIFY(m_gradebook->claimAnswer({m_snB, m_course.q1}, QStringLiteral("carol"), 300).value());
    const QList<ClaimRecord> claims = m_gradebook->claims(m_course.assignmentId).value();
    QCOMPARE(claims.size(), 3);
    QCOMPARE(claims.at(0).cellId, m_course.q1);
    QCOMPARE(claims.at(0).studentId, QStringLiteral("alyssa"));
    QCOMPARE(claims.at(0).grader, QStringLiteral("alice"));
    QCOMPARE(claims.at(0).submittedNotebookId, m_snA);
    QVERIFY(claims.at(0).expiresAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(claims.at(1).grader, QStringLiteral("carol"));
    QCOMPARE(claims.at(2).cellId, m_course.q2);
    QVERIFY(m_gradebook->releaseClaims(QStringLiteral("carol")).ok());
    QCOMPARE(m_gradebook->claims(m_course.assignmentId).value().size(), 2);
    // Expired claims are not listed.
    {
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE claim SET expires_at = '2020-01-01T00:00:00.000000Z'")));
    }
    QVERIFY(m_gradebook->claims(m_course.assignmentId).value().isEmpty());
}

void GradebookHistoryTest::addConflictRows()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("commentVersion");
    const QString who = QStringLiteral("bob");
    QTest::newRow("setManualGrade") << Action([who](Gradebook &g, const AnswerKey &k, std::optional<int> v) {
        return g.setManualGrade(k.submittedNotebookId, k.cellId, 0.5, who, v);
    }) << false;
    QTest::newRow("setExtraCredit") << Action([who](Gradebook &g, const AnswerKey &k, std::optional<int> v) {
        return g.setExtraCredit(k.submittedNotebookId, k.cellId, 1.0, who, v);
    }) << false;
    QTest::newRow("setComment") << Action([who](Gradebook &g, const AnswerKey &k, std::optional<int> v) {
        return g.setComment(k.submittedNotebookId, k.cellId, QStringLiteral("Mine"), who, v);
    }) << true;
    QTest::newRow("setAdjustment") << Action([who](Gradebook &g, const AnswerKey &k, std::optional<int> v) {
        return g.setAdjustment(k, -0.5, QStringLiteral("style"), who, v);
    }) << false;
    QTest::newRow("clearRubricGrading") << Action([who](Gradebook &g, const AnswerKey &k, std::optional<int> v) {
        return g.clearRubricGrading(k, who, v);
    }) << false;
}

void GradebookHistoryTest::staleVersion_isConflictAndNothingChanges_data()
{
    addConflictRows();
}

void GradebookHistoryTest::staleVersion_isConflictAndNothingChanges()
{
    QFETCH(Action, action);
    QFETCH(bool, commentVersion);
    const AnswerKey key{m_snA, m_course.q1};
    const qint64 item = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Right"), 2.0));
    QVERIFY(m_gradebook->setRubricItemApplied({key}, item, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setComment(m_snA, m_course.q1, QStringLiteral("Theirs"), QStringLiteral("alice")).ok());
    const AnswerRecord seen = m_gradebook->answer(key).value();
    // Another grader changes the answer after Bob read it.
    QVERIFY(m_gradebook->setAdjustment(key, -1.0, QStringLiteral("late"), QStringLiteral("alice")).ok());
    QVERIFY(
        m_gradebook->setComment(m_snA, m_course.q1, QStringLiteral("Theirs, edited"), QStringLiteral("alice")).ok());
    const AnswerRecord before = m_gradebook->answer(key).value();
    const qsizetype events = m_gradebook->auditEventsForAnswer(key).value().size();
    QSignalSpy spy(m_gradebook.get(), &Gradebook::gradeChanged);

    const Result<void> result = action(*m_gradebook, key, commentVersion ? seen.commentVersion : seen.version);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ServiceError::Kind::Conflict);
    QVERIFY(result.error().message.contains(QLatin1String("Another grader")));
    const AnswerRecord after = m_gradebook->answer(key).value();
    QCOMPARE(after.manualScore, before.manualScore);
    QCOMPARE(after.extraCredit, before.extraCredit);
    QCOMPARE(after.adjustment, before.adjustment);
    QCOMPARE(after.comment, before.comment);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.commentVersion, before.commentVersion);
    QCOMPARE(after.appliedItemIds, before.appliedItemIds);
    QCOMPARE(m_gradebook->auditEventsForAnswer(key).value().size(), events);
    QCOMPARE(spy.count(), 0);
}

void GradebookHistoryTest::currentVersion_isAccepted_data()
{
    addConflictRows();
}

void GradebookHistoryTest::currentVersion_isAccepted()
{
    QFETCH(Action, action);
    QFETCH(bool, commentVersion);
    const AnswerKey key{m_snA, m_course.q1};
    const qint64 item = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Right"), 2.0));
    QVERIFY(m_gradebook->setRubricItemApplied({key}, item, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setComment(m_snA, m_course.q1, QStringLiteral("Theirs"), QStringLiteral("alice")).ok());
    const AnswerRecord seen = m_gradebook->answer(key).value();
    QSignalSpy spy(m_gradebook.get(), &Gradebook::gradeChanged);
    const Result<void> result = action(*m_gradebook, key, commentVersion ? seen.commentVersion : seen.version);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().detail));
    QCOMPARE(spy.count(), 1);
    const AnswerRecord after = m_gradebook->answer(key).value();
    QVERIFY(commentVersion ? after.commentVersion == seen.commentVersion + 1 : after.version > seen.version);
    // Without a version the action never conflicts (e.g. the autograder, imports).
    QVERIFY(m_gradebook->setManualGrade(m_snA, m_course.q1, 1.0, QStringLiteral("alice")).ok());
    // An answer nobody touched has version 0.
    QCOMPARE(m_gradebook->answer({m_snB, m_course.q2}).value().version, 0);
    QVERIFY(m_gradebook->setManualGrade(m_snB, m_course.q2, 1.0, QStringLiteral("bob"), 0).ok());
    QVERIFY(!m_gradebook->setManualGrade(m_snB, m_course.q1, 1.0, QStringLiteral("bob"), 3));
}

void GradebookHistoryTest::commentVersion_countsManualCommentChanges()
{
    const AnswerKey key{m_snB, m_course.q2};
    QCOMPARE(m_gradebook->answer(key).value().commentVersion, 0);
    QVERIFY(m_gradebook->setComment(m_snB, m_course.q2, QStringLiteral("One"), QStringLiteral("alice"), 0).ok());
    QCOMPARE(m_gradebook->answer(key).value().commentVersion, 1);
    // The same text again changes nothing.
    QVERIFY(m_gradebook->setComment(m_snB, m_course.q2, QStringLiteral("One"), QStringLiteral("alice"), 1).ok());
    QCOMPARE(m_gradebook->answer(key).value().commentVersion, 1);
    QVERIFY(m_gradebook->setComment(m_snB, m_course.q2, QStringLiteral("Two"), QStringLiteral("alice"), 1).ok());
    QCOMPARE(m_gradebook->answer(key).value().commentVersion, 2);
    QCOMPARE(m_gradebook->answer(key).value().comment, QStringLiteral("Two"));
    const Result<void> stale =
        m_gradebook->setComment(m_snB, m_course.q2, QStringLiteral("Three"), QStringLiteral("bob"), 1);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ServiceError::Kind::Conflict);
    QVERIFY(stale.error().detail.contains(QLatin1String("comment version is 2, expected 1")));
}

void GradebookHistoryTest::rubricChanges_emitRubricChanged()
{
    QSignalSpy spy(m_gradebook.get(), &Gradebook::rubricChanged);
    const qint64 item = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Right"), 2.0));
    const qint64 other = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Wrong"), -1.0));
    RubricItemRecord changed = m_gradebook->rubricItems(m_course.q1).value().first();
    changed.points = 1.5;
    QVERIFY(m_gradebook->updateRubricItem(changed, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->reorderRubricItems(m_course.q1, {other, item}, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setQuestionSettings({m_course.q1, ScoringMode::Negative, true, true}, QStringLiteral("alice"))
                .ok());
    QVERIFY(m_gradebook->deleteRubricItem(other, QStringLiteral("alice")).ok());
    QCOMPARE(spy.count(), 6);
    for (const QList<QVariant> &arguments : std::as_const(spy)) {
        QCOMPARE(arguments.at(0).toLongLong(), m_course.q1);
    }
    // A failed change emits nothing.
    QVERIFY(!m_gradebook->addRubricItem(rubricItem(m_course.q1, QString(), 1.0), QStringLiteral("alice")));
    QCOMPARE(spy.count(), 6);
}

QTEST_GUILESS_MAIN(GradebookHistoryTest)
#include "gradebookhistory_test.moc"
