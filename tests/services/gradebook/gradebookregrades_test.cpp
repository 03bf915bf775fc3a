// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebooktestutil.h"

#include <services/gradebook/gradebook.h>

#include <QSignalSpy>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

Q_DECLARE_METATYPE(GradeDesk::Services::RegradeState)
Q_DECLARE_METATYPE(GradeDesk::Services::ServiceError::Kind)

/// Regrade requests on SQLite: adding and importing once, the state machine, outcomes and push marks.
class GradebookRegradesTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void add_storesRequestWithScoreBefore();
    void add_badInput_isRefused_data();
    void add_badInput_isRefused();
    void add_sameSourceKey_isImportedOnce();
    void setState_transitions_data();
    void setState_transitions();
    void resolve_withoutReply_isRefused();
    void resolve_changedScore_marksForCanvasPush();
    void resolve_sameScore_isUnchangedWithoutMark();
    void reopen_takesScoreNowAsBaseline();
    void setState_staleVersion_isConflictAndNothingChanges();
    void setState_unknownRequest_isNotFound();
    void requests_areListedPerAssignmentAndAnswer();
    void states_areAudited();
    void pushMarks_clearOnlyTheGivenStudents();

private:
    /// Adds a staff request of `student` on q1 and returns its id.
    qint64 addOnQ1(const QString &student, const QString &message = QStringLiteral("Please look again"));
    RegradeRequestRecord move(qint64 id, RegradeState state, const QString &reply = QStringLiteral("Looked again"));

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Gradebook> m_gradebook;
    Course m_course;
    qint64 m_snA = 0;
    qint64 m_snB = 0;
    qint64 m_submissionA = 0;
    qint64 m_submissionB = 0;
};

void GradebookRegradesTest::init()
{
    QVERIFY(openFreshGradebook(m_dir, m_path, m_gradebook));
    m_course = makeCourse(*m_gradebook);
    m_submissionA = submit(*m_gradebook, m_course, QStringLiteral("alyssa"), &m_snA);
    m_submissionB = submit(*m_gradebook, m_course, QStringLiteral("ben"), &m_snB);
    QVERIFY(m_gradebook->setAutoGrade(m_snA, m_course.q1, 1.0, false, QStringLiteral("autograder")).ok());
    QVERIFY(m_gradebook->setAutoGrade(m_snA, m_course.q2, 2.0, false, QStringLiteral("autograder")).ok());
}

qint64 GradebookRegradesTest::addOnQ1(const QString &student, const QString &message)
{
    NewRegradeRequest request;
    request.assignment = QStringLiteral("ps1");
    request.studentId = student;
    request.cellId = m_course.q1;
    request.message = message;
    const Result<RegradeAdded> added = m_gradebook->addRegradeRequest(request, QStringLiteral("alice"));
    if (!added) {
        qWarning() << added.error().message << added.error().detail;
        return 0;
    }
    return added.value().id;
}

RegradeRequestRecord GradebookRegradesTest::move(qint64 id, RegradeState state, const QString &reply)
{
    const RegradeRequestRecord current = m_gradebook->regradeRequest(id).value().value();
    const Result<RegradeRequestRecord> moved =
        m_gradebook->setRegradeState(id, state, reply, current.version, QStringLiteral("bob"));
    if (!moved) {
        qWarning() << moved.error().message << moved.error().detail;
        return {};
    }
    return moved.value();
}

void GradebookRegradesTest::add_storesRequestWithScoreBefore()
{
    QSignalSpy spy(m_gradebook.get(), &Gradebook::regradesChanged);
    const qint64 id = addOnQ1(QStringLiteral("alyssa"), QStringLiteral("  My loop is right  "));
    QVERIFY(id > 0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_course.assignmentId);
    const RegradeRequestRecord request = m_gradebook->regradeRequest(id).value().value();
    QCOMPARE(request.message, QStringLiteral("My loop is right"));
    QCOMPARE(request.state, RegradeState::Open);
    QCOMPARE(request.outcome, RegradeOutcome::None);
    QCOMPARE(request.scoreBefore, std::optional<double>(1.0));
    QCOMPARE(request.submittedNotebookId, m_snA);
    QCOMPARE(request.submissionId, m_submissionA);
    QCOMPARE(request.assignmentName, QStringLiteral("ps1"));
    QCOMPARE(request.questionName, QStringLiteral("problem1:q1"));
    QCOMPARE(request.enteredBy, QStringLiteral("alice"));
    QCOMPARE(request.version, 1);
    QVERIFY(request.isOpen());
    QCOMPARE(m_gradebook->answer({m_snA, m_course.q1}).value().openRegradeCount, 1);

    // The whole submission: the total of its scores.
    NewRegradeRequest whole;
    whole.assignment = QStringLiteral("ps1");
    whole.studentId = QStringLiteral("alyssa");
    whole.message = QStringLiteral("Everything");
    const qint64 wholeId = m_gradebook->addRegradeRequest(whole, QStringLiteral("alice")).value().id;
    const RegradeRequestRecord stored = m_gradebook->regradeRequest(wholeId).value().value();
    QCOMPARE(stored.cellId, qint64(0));
    QCOMPARE(stored.submittedNotebookId, qint64(0));
    QCOMPARE(stored.questionName, QString());
    QCOMPARE(stored.scoreBefore, std::optional<double>(3.0));
}

void GradebookRegradesTest::add_badInput_isRefused_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("student");
    QTest::addColumn<bool>("otherQuestion");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<ServiceError::Kind>("kind");
    const QString ok = QStringLiteral("Please");
    const QString alice = QStringLiteral("alice");
    const QString ps1 = QStringLiteral("ps1");
    const QString alyssa = QStringLiteral("alyssa");
    QTest::newRow("empty message") << ps1 << alyssa << false << QStringLiteral("   ") << 0 << alice
                                   << ServiceError::Kind::Validation;
    QTest::newRow("no actor") << ps1 << alyssa << false << ok << 0 << QString() << ServiceError::Kind::Validation;
    QTest::newRow("import without key") << ps1 << alyssa << false << ok << 1 << alice << ServiceError::Kind::Validation;
    QTest::newRow("unknown assignment") << QStringLiteral("ps9") << alyssa << false << ok << 0 << alice
                                        << ServiceError::Kind::NotFound;
    QTest::newRow("student without submission")
        << ps1 << QStringLiteral("nobody") << false << ok << 0 << alice << ServiceError::Kind::NotFound;
    QTest::newRow("cell that is not a graded question")
        << ps1 << alyssa << true << ok << 0 << alice << ServiceError::Kind::NotFound;
}

void GradebookRegradesTest::add_badInput_isRefused()
{
    QFETCH(QString, assignment);
    QFETCH(QString, student);
    QFETCH(bool, otherQuestion);
    QFETCH(QString, message);
    QFETCH(int, source);
    QFETCH(QString, actor);
    QFETCH(ServiceError::Kind, kind);
    NewRegradeRequest request;
    request.assignment = assignment;
    request.studentId = student;
    request.cellId = otherQuestion ? m_course.answer : m_course.q1;
    request.message = message;
    request.source = RegradeSource(source);
    const Result<RegradeAdded> added = m_gradebook->addRegradeRequest(request, actor);
    QVERIFY(!added);
    QCOMPARE(added.error().kind, kind);
    QVERIFY(!added.error().message.isEmpty());
    QVERIFY(m_gradebook->regradeRequests(m_course.assignmentId).value().isEmpty());
}

void GradebookRegradesTest::add_sameSourceKey_isImportedOnce()
{
    NewRegradeRequest request;
    request.assignment = QStringLiteral("ps1");
    request.studentId = QStringLiteral("ben");
    request.cellId = m_course.q2;
    request.message = QStringLiteral("REGRADE q2: why?");
    request.source = RegradeSource::Canvas;
    request.sourceKey = QStringLiteral("canvas:4711");
    const RegradeAdded first = m_gradebook->addRegradeRequest(request, QStringLiteral("importer")).value();
    QVERIFY(first.created);
    QSignalSpy spy(m_gradebook.get(), &Gradebook::regradesChanged);
    request.message = QStringLiteral("edited on Canvas later");
    const RegradeAdded second = m_gradebook->addRegradeRequest(request, QStringLiteral("importer")).value();
    QVERIFY(!second.created);
    QCOMPARE(second.id, first.id);
    QCOMPARE(spy.count(), 0);
    const QList<RegradeRequestRecord> all = m_gradebook->regradeRequests(m_course.assignmentId).value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().source, RegradeSource::Canvas);
    QCOMPARE(all.first().sourceKey, QStringLiteral("canvas:4711"));
    QCOMPARE(all.first().message, QStringLiteral("REGRADE q2: why?"));
    QCOMPARE(all.first().scoreBefore, std::optional<double>()); // ben has no score yet
    // Staff entries carry no key and never collide.
    QVERIFY(addOnQ1(QStringLiteral("ben")) > 0);
    QVERIFY(addOnQ1(QStringLiteral("ben")) > 0);
    QCOMPARE(m_gradebook->regradeRequests(m_course.assignmentId).value().size(), 3);
}

void GradebookRegradesTest::setState_transitions_data()
{
    QTest::addColumn<QList<RegradeState>>("path");
    QTest::addColumn<RegradeState>("target");
    QTest::addColumn<bool>("allowed");
    using S = RegradeState;
    QTest::newRow("open -> in_review") << QList<S>{} << S::InReview << true;
    QTest::newRow("open -> resolved") << QList<S>{} << S::Resolved << true;
    QTest::newRow("in_review -> resolved") << QList<S>{S::InReview} << S::Resolved << true;
    QTest::newRow("resolved -> reopened") << QList<S>{S::Resolved} << S::Reopened << true;
    QTest::newRow("reopened -> in_review") << QList<S>{S::Resolved, S::Reopened} << S::InReview << true;
    QTest::newRow("reopened -> resolved") << QList<S>{S::Resolved, S::Reopened} << S::Resolved << true;
    QTest::newRow("open -> open refused") << QList<S>{} << S::Open << false;
    QTest::newRow("open -> reopened refused") << QList<S>{} << S::Reopened << false;
    QTest::newRow("in_review -> in_review refused") << QList<S>{S::InReview} << S::InReview << false;
    QTest::newRow("in_review -> reopened refused") << QList<S>{S::InReview} << S::Reopened << false;
    QTest::newRow("resolved -> resolved refused") << QList<S>{S::Resolved} << S::Resolved << false;
    QTest::newRow("resolved -> in_review refused") << QList<S>{S::Resolved} << S::InReview << false;
    QTest::newRow("resolved -> open refused") << QList<S>{S::Resolved} << S::Open << false;
}

void GradebookRegradesTest::setState_transitions()
{
    QFETCH(QList<RegradeState>, path);
    QFETCH(RegradeState, target);
    QFETCH(bool, allowed);
    const qint64 id = addOnQ1(QStringLiteral("alyssa"));
    for (const RegradeState step : path) {
        QCOMPARE(move(id, step).state, step);
    }
    const RegradeRequestRecord before = m_gradebook->regradeRequest(id).value().value();
    const Result<RegradeRequestRecord> moved =
        m_gradebook->setRegradeState(id, target, QStringLiteral("Reason"), before.version, QStringLiteral("bob"));
    QCOMPARE(moved.ok(), allowed);
    const RegradeRequestRecord after = m_gradebook->regradeRequest(id).value().value();
    if (allowed) {
        QCOMPARE(after.state, target);
        QCOMPARE(after.version, before.version + 1);
    } else {
        QCOMPARE(moved.error().kind, ServiceError::Kind::Validation);
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.version, before.version);
    }
}

void GradebookRegradesTest::resolve_withoutReply_isRefused()
{
    const qint64 id = addOnQ1(QStringLiteral("alyssa"));
    const Result<RegradeRequestRecord> moved =
        m_gradebook->setRegradeState(id, RegradeState::Resolved, QStringLiteral("  "), 1, QStringLiteral("bob"));
    QVERIFY(!moved);
    QCOMPARE(moved.error().kind, ServiceError::Kind::Validation);
    QCOMPARE(m_gradebook->regradeRequest(id).value()->state, RegradeState::Open);
}

void GradebookRegradesTest::resolve_changedScore_marksForCanvasPush()
{
    const qint64 id = addOnQ1(QStringLiteral("alyssa"));
    QVERIFY(m_gradebook->setManualGrade(m_snA, m_course.q1, 2.0, QStringLiteral("bob")).ok());
    QSignalSpy spy(m_gradebook.get(), &Gradebook::regradesChanged);
    const RegradeRequestRecord resolved = move(id, RegradeState::Resolved, QStringLiteral("Full marks after all"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(resolved.state, RegradeState::Resolved);
    QCOMPARE(resolved.outcome, RegradeOutcome::Changed);
    QCOMPARE(resolved.scoreBefore, std::optional<double>(1.0));
    QCOMPARE(resolved.scoreAfter, std::optional<double>(2.0));
    QCOMPARE(resolved.reply, QStringLiteral("Full marks after all"));
    QCOMPARE(resolved.resolvedBy, QStringLiteral("bob"));
    QVERIFY(!resolved.isOpen());
    QCOMPARE(m_gradebook->canvasPushMarks(QStringLiteral("ps1")).value(), QStringList{QStringLiteral("alyssa")});
    QCOMPARE(m_gradebook->answer({m_snA, m_course.q1}).value().openRegradeCount, 0);
    const QList<AuditEvent> events =
        m_gradebook->auditEvents(QStringLiteral("submission"), QString::number(m_submissionA)).value();
    QCOMPARE(actionsOf(events), QStringList{QStringLiteral("canvas_push_mark")});
    QCOMPARE(events.first().newValue, QStringLiteral("regrade %1").arg(id));
}

void GradebookRegradesTest::resolve_sameScore_isUnchangedWithoutMark()
{
    const qint64 id = addOnQ1(QStringLiteral("alyssa"));
    const RegradeRequestRecord resolved = move(id, RegradeState::Resolved, QStringLiteral("The grade stands"));
    QCOMPARE(resolved.outcome, RegradeOutcome::Unchanged);
    QCOMPARE(resolved.scoreAfter, std::optional<double>(1.0));
    QVERIFY(m_gradebook->canvasPushMarks(QStringLiteral("ps1")).value().isEmpty());
}

void GradebookRegradesTest::reopen_takesScoreNowAsBaseline()
{
    const qint64 id = addOnQ1(QStringLiteral("alyssa"));
    QVERIFY(m_gradebook->setManualGrade(m_snA, m_course.q1, 1.5, QStringLiteral("bob")).ok());
    QCOMPARE(move(id, RegradeState::Resolved).outcome, RegradeOutcome::Changed);
    const RegradeRequestRecord reopened = move(id, RegradeState::Reopened, QStringLiteral("Student disagrees"));
    QCOMPARE(reopened.state, RegradeState::Reopened);
    QCOMPARE(reopened.outcome, RegradeOutcome::None);
    QCOMPARE(reopened.scoreBefore, std::optional<double>(1.5));
    QCOMPARE(reopened.scoreAfter, std::optional<double>());
    QCOMPARE(reopened.reply, QString());
    QVERIFY(reopened.isOpen());
    // Nothing changed in this round: unchanged, although the first round changed the score.
    QCOMPARE(move(id, RegradeState::Resolved).outcome, RegradeOutcome::Unchanged);
}

void GradebookRegradesTest::setState_staleVersion_isConflictAndNothingChanges()
{
    const qint64 id = addOnQ1(QStringLiteral("alyssa"));
    QVERIFY(m_gradebook->setRegradeState(id, RegradeState::InReview, QString(), 1, QStringLiteral("carol")).ok());
    // Bob still sees version 1.
    const Result<RegradeRequestRecord> stale =
        m_gradebook->setRegradeState(id, RegradeState::Resolved, QStringLiteral("No"), 1, QStringLiteral("bob"));
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ServiceError::Kind::Conflict);
    QVERIFY(stale.error().detail.contains(QLatin1String("version is 2, expected 1")));
    const RegradeRequestRecord current = m_gradebook->regradeRequest(id).value().value();
    QCOMPARE(current.state, RegradeState::InReview);
    QCOMPARE(current.version, 2);
    QCOMPARE(current.reply, QString());
    QCOMPARE(m_gradebook->auditEvents(QStringLiteral("regrade"), QString::number(id)).value().size(), 2);
}

void GradebookRegradesTest::setState_unknownRequest_isNotFound()
{
    const Result<RegradeRequestRecord> moved =
        m_gradebook->setRegradeState(999, RegradeState::InReview, QString(), 1, QStringLiteral("bob"));
    QVERIFY(!moved);
    QCOMPARE(moved.error().kind, ServiceError::Kind::NotFound);
    QVERIFY(!m_gradebook->regradeRequest(999).value().has_value());
}

void GradebookRegradesTest::requests_areListedPerAssignmentAndAnswer()
{
    const qint64 first = addOnQ1(QStringLiteral("alyssa"));
    const qint64 second = addOnQ1(QStringLiteral("ben"));
    const qint64 third = addOnQ1(QStringLiteral("alyssa"), QStringLiteral("And another thing"));
    QList<qint64> ids;
    for (const RegradeRequestRecord &r : m_gradebook->regradeRequests(m_course.assignmentId).value()) {
        ids.append(r.id);
    }
    QCOMPARE(ids, (QList<qint64>{first, second, third}));
    ids.clear();
    for (const RegradeRequestRecord &r : m_gradebook->regradeRequestsForAnswer({m_snA, m_course.q1}).value()) {
        ids.append(r.id);
    }
    QCOMPARE(ids, (QList<qint64>{first, third}));
    QVERIFY(m_gradebook->regradeRequestsForAnswer({m_snA, m_course.q2}).value().isEmpty());
    QCOMPARE(m_gradebook->questions(m_course.assignmentId).value().first().openRegradeCount, 3);
}

void GradebookRegradesTest::states_areAudited()
{
    const qint64 id = addOnQ1(QStringLiteral("alyssa"), QStringLiteral("Look at line 3"));
    move(id, RegradeState::InReview, QString());
    QVERIFY(m_gradebook->setManualGrade(m_snA, m_course.q1, 2.0, QStringLiteral("bob")).ok());
    move(id, RegradeState::Resolved, QStringLiteral("You were right"));
    move(id, RegradeState::Reopened, QStringLiteral("Student asks again"));
    const QList<AuditEvent> events = m_gradebook->auditEvents(QStringLiteral("regrade"), QString::number(id)).value();
    QCOMPARE(actionsOf(events), (QStringList{QStringLiteral("regrade_add"), QStringLiteral("regrade_state"),
                                             QStringLiteral("regrade_state"), QStringLiteral("regrade_state")}));
    QCOMPARE(events.at(0).actor, QStringLiteral("alice"));
    QCOMPARE(events.at(0).newValue, QStringLiteral("Look at line 3"));
    QCOMPARE(events.at(1).oldValue, QStringLiteral("open"));
    QCOMPARE(events.at(1).newValue, QStringLiteral("in_review"));
    QCOMPARE(events.at(2).oldValue, QStringLiteral("in_review"));
    QCOMPARE(events.at(2).newValue, QStringLiteral("resolved (changed): You were right"));
    QCOMPARE(events.at(3).newValue, QStringLiteral("reopened: Student asks again"));
    QCOMPARE(events.at(3).actor, QStringLiteral("bob"));
}

void GradebookRegradesTest::pushMarks_clearOnlyTheGivenStudents()
{
    QVERIFY(m_gradebook->setAutoGrade(m_snB, m_course.q1, 0.0, false, QStringLiteral("autograder")).ok());
    const qint64 a = addOnQ1(QStringLiteral("alyssa"));
    const qint64 b = addOnQ1(QStringLiteral("ben"));
    QVERIFY(m_gradebook->setManualGrade(m_snA, m_course.q1, 2.0, QStringLiteral("bob")).ok());
    QVERIFY(m_gradebook->setManualGrade(m_snB, m_course.q1, 1.0, QStringLiteral("bob")).ok());
    move(a, RegradeState::Resolved);
    move(b, RegradeState::Resolved);
    QCOMPARE(m_gradebook->canvasPushMarks(QStringLiteral("ps1")).value(),
             (QStringList{QStringLiteral("alyssa"), QStringLiteral("ben")}));
    QVERIFY(m_gradebook->canvasPushMarks(QStringLiteral("ps9")).value().isEmpty());
    QVERIFY(m_gradebook
                ->clearCanvasPushMarks(QStringLiteral("ps1"), {QStringLiteral("ben"), QStringLiteral("nobody")},
                                       QStringLiteral("pusher"))
                .ok());
    QCOMPARE(m_gradebook->canvasPushMarks(QStringLiteral("ps1")).value(), QStringList{QStringLiteral("alyssa")});
    const QList<AuditEvent> events =
        m_gradebook->auditEvents(QStringLiteral("submission"), QString::number(m_submissionB)).value();
    QCOMPARE(actionsOf(events), (QStringList{QStringLiteral("canvas_push_mark"), QStringLiteral("canvas_push_clear")}));
    QCOMPARE(events.at(1).actor, QStringLiteral("pusher"));
    QCOMPARE(events.at(1).oldValue, QStringLiteral("regrade %1").arg(b));
    QVERIFY(!m_gradebook->clearCanvasPushMarks(QStringLiteral("ps1"), {QStringLiteral("alyssa")}, QString()));
}

QTEST_GUILESS_MAIN(GradebookRegradesTest)
#include "gradebookregrades_test.moc"
