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

Q_DECLARE_METATYPE(GradeDesk::Services::ServiceError::Kind)

/// Rubric items, applying them, retroactive edits, scoring settings, claims; answers() and questions() are in
/// gradebookanswers_test.
class GradebookRubricTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void items_addListUpdate_areOrderedAndAudited();
    void addRubricItem_atPosition_movesLaterItemsDown();
    void addRubricItem_invalid_data();
    void addRubricItem_invalid();
    void updateRubricItem_shortcutOfAnotherItem_isRefused();
    void apply_makesAnswerRubricGradedAndIsAudited();
    void exclusiveGroup_applyingOneRemovesTheOthers();
    void updateRubricItem_isRetroactiveForEveryAnswerHavingIt();
    void deleteRubricItem_returnsAnswersThatHadItAndRecomputes();
    void reorderRubricItems_setsOrderAndRefusesOtherSets();
    void setQuestionSettings_recomputesRubricGradedAnswers();
    void replaceSourceCells_newMaxRescoresRubricGradedAnswers();
    void clearRubricGrading_fallsBackToAutoScore();
    void setManualGrade_typedScoreOverridesRubric();
    void claims_leaseRenewAndTakeOverWhenExpired();
    void groupApplication_isOneTransaction();
    void rubricWork_isDurableAcrossReopen();

private:
    AnswerRecord answerOf(int student, qint64 cell) const { return m_gradebook->answer({m_sn[student], cell}).value(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Gradebook> m_gradebook;
    Course m_course;
    qint64 m_submission[4] = {};
    qint64 m_sn[4] = {};
};

void GradebookRubricTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void GradebookRubricTest::init()
{
    QVERIFY(openFreshGradebook(m_dir, m_path, m_gradebook));
    m_course = makeCourse(*m_gradebook);
    const QStringList students{QStringLiteral("bitdiddle"), QStringLiteral("hacker"), QStringLiteral("reasoner"),
                               QStringLiteral("ztudent")};
    for (int i = 0; i < 4; ++i) {
        m_submission[i] = submit(*m_gradebook, m_course, students.at(i), &m_sn[i]);
    }
}

void GradebookRubricTest::items_addListUpdate_areOrderedAndAudited()
{
    const qint64 a = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Correct"), 2, QStringLiteral("1")));
    RubricItemRecord offByOne = rubricItem(m_course.q1, QStringLiteral("Off by one"), -0.5, QStringLiteral("2"));
    offByOne.description = QStringLiteral("The loop stops one early.");
    const qint64 b = addItem(*m_gradebook, offByOne);
    QVERIFY(a > 0 && b > 0);
    QList<RubricItemRecord> items = m_gradebook->rubricItems(m_course.q1).value();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).id, a);
    QCOMPARE(items.at(0).position, 0);
    QCOMPARE(items.at(1).id, b);
    QCOMPARE(items.at(1).position, 1);
    QCOMPARE(items.at(1).points, -0.5);
    QCOMPARE(items.at(1).description, offByOne.description);
    QCOMPARE(items.at(1).shortcut, QStringLiteral("2"));
    QVERIFY(m_gradebook->rubricItems(m_course.q2).value().isEmpty());

    RubricItemRecord changed = items.at(1);
    changed.title = QStringLiteral("Off-by-one error");
    changed.group = QStringLiteral("loops");
    QCOMPARE(m_gradebook->updateRubricItem(changed, QStringLiteral("bob")).value(), QList<AnswerKey>());
    QCOMPARE(m_gradebook->rubricItems(m_course.q1).value().at(1), changed);
    // Storing the same item again changes (and audits) nothing.
    QVERIFY(m_gradebook->updateRubricItem(changed, QStringLiteral("bob")).ok());

    const QList<AuditEvent> events = m_gradebook->auditEventsForQuestion(m_course.q1).value();
    QCOMPARE(actionsOf(events), (QStringList{QStringLiteral("rubric_add"), QStringLiteral("rubric_add"),
                                             QStringLiteral("rubric_update")}));
    QCOMPARE(events.at(2).entity, QStringLiteral("rubric_item"));
    QCOMPARE(events.at(2).actor, QStringLiteral("bob"));
    QVERIFY(events.at(2).oldValue.contains(QLatin1String("Off by one")));
    QVERIFY(events.at(2).newValue.contains(QLatin1String("Off-by-one error")));
    QVERIFY(m_gradebook->auditEventsForQuestion(m_course.q2).value().isEmpty());
}

void GradebookRubricTest::addRubricItem_atPosition_movesLaterItemsDown()
{
    const qint64 a = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("A"), 1));
    const qint64 c = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("C"), 1));
    RubricItemRecord middle = rubricItem(m_course.q1, QStringLiteral("B"), 1);
    middle.position = 1;
    const qint64 b = addItem(*m_gradebook, middle);
    QList<qint64> order;
    for (const RubricItemRecord &item : m_gradebook->rubricItems(m_course.q1).value()) {
        order.append(item.id);
    }
    QCOMPARE(order, (QList<qint64>{a, b, c}));
}

void GradebookRubricTest::addRubricItem_invalid_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("shortcut");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::newRow("an empty title is refused") << QString() << QString() << "q1" << ServiceError::Kind::Validation;
    QTest::newRow("a blank title is refused")
        << QStringLiteral("  ") << QString() << "q1" << ServiceError::Kind::Validation;
    QTest::newRow("a shortcut used in the question is refused")
        << QStringLiteral("Other") << QStringLiteral("1") << "q1" << ServiceError::Kind::Validation;
    QTest::newRow("a cell that is not graded has no rubric")
        << QStringLiteral("Other") << QString() << "answer" << ServiceError::Kind::Validation;
    QTest::newRow("an unknown question is not found")
        << QStringLiteral("Other") << QString() << "unknown" << ServiceError::Kind::NotFound;
}

void GradebookRubricTest::addRubricItem_invalid()
{
    QFETCH(QString, title);
    QFETCH(QString, shortcut);
    QFETCH(QString, cell);
    QFETCH(ServiceError::Kind, kind);
    QVERIFY(addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Correct"), 2, QStringLiteral("1"))) > 0);
    const qint64 cellId = cell == QLatin1String("q1")       ? m_course.q1
                          : cell == QLatin1String("answer") ? m_course.answer
                                                            : 424242;
    const Result<qint64> added =
        m_gradebook->addRubricItem(rubricItem(cellId, title, 1, shortcut), QStringLiteral("a"));
    QVERIFY(!added);
    QCOMPARE(added.error().kind, kind);
    QVERIFY(!added.error().message.isEmpty());
    QCOMPARE(m_gradebook->rubricItems(m_course.q1).value().size(), 1);
    // The same shortcut in another question is fine.
    QVERIFY(addItem(*m_gradebook, rubricItem(m_course.q2, QStringLiteral("Correct"), 2, QStringLiteral("1"))) > 0);
}

void GradebookRubricTest::updateRubricItem_shortcutOfAnotherItem_isRefused()
{
    QVERIFY(addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("A"), 1, QStringLiteral("1"))) > 0);
    const qint64 b = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("B"), 1, QStringLiteral("2")));
    RubricItemRecord item = m_gradebook->rubricItems(m_course.q1).value().at(1);
    QCOMPARE(item.id, b);
    item.shortcut = QStringLiteral("1");
    const Result<QList<AnswerKey>> updated = m_gradebook->updateRubricItem(item, QStringLiteral("alice"));
    QVERIFY(!updated);
    QCOMPARE(updated.error().kind, ServiceError::Kind::Validation);
    QCOMPARE(m_gradebook->rubricItems(m_course.q1).value().at(1).shortcut, QStringLiteral("2"));
    item.id = 999;
    QCOMPARE(m_gradebook->updateRubricItem(item, QStringLiteral("alice")).error().kind, ServiceError::Kind::NotFound);
}

void GradebookRubricTest::apply_makesAnswerRubricGradedAndIsAudited()
{
    QVERIFY(m_gradebook->setAutoGrade(m_sn[0], m_course.q1, std::nullopt, true, QStringLiteral("autograder")).ok());
    const qint64 correct = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Correct"), 2));
    QSignalSpy grades(m_gradebook.get(), &Gradebook::gradeChanged);
    QSignalSpy submissions(m_gradebook.get(), &Gradebook::submissionChanged);
    QVERIFY(m_gradebook->setRubricItemApplied({{m_sn[0], m_course.q1}}, correct, true, QStringLiteral("alice")).ok());
    AnswerRecord answer = answerOf(0, m_course.q1);
    QCOMPARE(answer.manualScore, std::optional<double>(2.0));
    QVERIFY(answer.rubricGraded);
    QVERIFY(!answer.needsManualGrade);
    QCOMPARE(answer.appliedItemIds, QList<qint64>{correct});
    QCOMPARE(answer.version, 2);
    QCOMPARE(answer.updatedBy, QStringLiteral("alice"));
    QCOMPARE(grades.count(), 1);
    QCOMPARE(grades.at(0).at(0).toLongLong(), m_submission[0]);
    QCOMPARE(grades.at(0).at(1).toLongLong(), m_course.q1);
    QCOMPARE(submissions.count(), 1);
    const QList<AuditEvent> events =
        m_gradebook->auditEvents(QStringLiteral("grade"), Gradebook::gradeEntityId(m_sn[0], m_course.q1)).value();
    QCOMPARE(actionsOf(events), (QStringList{QStringLiteral("rubric_apply"), QStringLiteral("rubric_score")}));
    QCOMPARE(events.at(0).newValue, QStringLiteral("Correct (+2)"));
    QCOMPARE(events.at(1).newValue, QStringLiteral("2"));

    // Already applied: nothing changes, nothing is emitted.
    QVERIFY(m_gradebook->setRubricItemApplied({{m_sn[0], m_course.q1}}, correct, true, QStringLiteral("alice")).ok());
    QCOMPARE(answerOf(0, m_course.q1).version, 2);
    QCOMPARE(grades.count(), 1);

    QVERIFY(m_gradebook->setRubricItemApplied({{m_sn[0], m_course.q1}}, correct, false, QStringLiteral("bob")).ok());
    answer = answerOf(0, m_course.q1);
    QCOMPARE(answer.manualScore, std::optional<double>(0.0));
    QVERIFY(answer.rubricGraded);
    QVERIFY(answer.appliedItemIds.isEmpty());
    QCOMPARE(grades.count(), 2);
    // Removing from an answer nobody graded leaves it alone (no grade row appears).
    QVERIFY(m_gradebook->setRubricItemApplied({{m_sn[1], m_course.q1}}, correct, false, QStringLiteral("bob")).ok());
    QCOMPARE(answerOf(1, m_course.q1).gradeId, 0);
    QCOMPARE(grades.count(), 2);
}

void GradebookRubricTest::exclusiveGroup_applyingOneRemovesTheOthers()
{
    const qint64 full =
        addItem(*m_gradebook, rubricItem(m_course.q2, QStringLiteral("Full"), 2, {}, QStringLiteral("s")));
    const qint64 half =
        addItem(*m_gradebook, rubricItem(m_course.q2, QStringLiteral("Half"), 1, {}, QStringLiteral("s")));
    const qint64 style = addItem(*m_gradebook, rubricItem(m_course.q2, QStringLiteral("Style"), 0.5));
    const AnswerKey key{m_sn[0], m_course.q2};
    QVERIFY(m_gradebook->setRubricItemApplied({key}, full, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setRubricItemApplied({key}, style, true, QStringLiteral("alice")).ok());
    QCOMPARE(answerOf(0, m_course.q2).manualScore, std::optional<double>(2.5));
    QVERIFY(m_gradebook->setRubricItemApplied({key}, half, true, QStringLiteral("alice")).ok());
    const AnswerRecord answer = answerOf(0, m_course.q2);
    QCOMPARE(answer.appliedItemIds, (QList<qint64>{half, style}));
    QCOMPARE(answer.manualScore, std::optional<double>(1.5));
    const QList<AuditEvent> events =
        m_gradebook->auditEvents(QStringLiteral("grade"), Gradebook::gradeEntityId(m_sn[0], m_course.q2)).value();
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const AuditEvent &e) {
        return e.action == QLatin1String("rubric_remove") && e.oldValue == QLatin1String("Full (+2)");
    }));
}

void GradebookRubricTest::updateRubricItem_isRetroactiveForEveryAnswerHavingIt()
{
    const qint64 a = addItem(*m_gradebook, rubricItem(m_course.q2, QStringLiteral("A"), 1));
    const qint64 b = addItem(*m_gradebook, rubricItem(m_course.q2, QStringLiteral("B"), 0.5));
    const auto key = [&](int i) { return AnswerKey{m_sn[i], m_course.q2}; };
    QVERIFY(m_gradebook->setRubricItemApplied({key(0), key(1), key(3)}, a, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setRubricItemApplied({key(1), key(2)}, b, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setManualGrade(m_sn[3], m_course.q2, 2.75, QStringLiteral("alice")).ok()); // typed
    QSignalSpy grades(m_gradebook.get(), &Gradebook::gradeChanged);

    RubricItemRecord item = m_gradebook->rubricItems(m_course.q2).value().at(0);
    QCOMPARE(item.id, a);
    item.points = 1.5;
    const QList<AnswerKey> changed = m_gradebook->updateRubricItem(item, QStringLiteral("bob")).value();
    QCOMPARE(changed, (QList<AnswerKey>{key(0), key(1)}));
    QCOMPARE(answerOf(0, m_course.q2).manualScore, std::optional<double>(1.5));
    QCOMPARE(answerOf(1, m_course.q2).manualScore, std::optional<double>(2.0));
    QCOMPARE(answerOf(2, m_course.q2).manualScore, std::optional<double>(0.5));
    QCOMPARE(answerOf(3, m_course.q2).manualScore, std::optional<double>(2.75));
    QCOMPARE(answerOf(0, m_course.q2).updatedBy, QStringLiteral("bob"));
    QCOMPARE(grades.count(), 2);
    const QList<AuditEvent> events =
        m_gradebook->auditEvents(QStringLiteral("grade"), Gradebook::gradeEntityId(m_sn[1], m_course.q2)).value();
    QCOMPARE(events.constLast().action, QStringLiteral("rubric_score"));
    QCOMPARE(events.constLast().oldValue, QStringLiteral("1.5"));
    QCOMPARE(events.constLast().newValue, QStringLiteral("2"));
    QCOMPARE(actionsOf(m_gradebook->auditEventsForQuestion(m_course.q2).value()).count(QStringLiteral("rubric_update")),
             1);

    // A change that does not touch the points recomputes nothing.
    item.points = 1.5;
    item.title = QStringLiteral("A, renamed");
    QVERIFY(m_gradebook->updateRubricItem(item, QStringLiteral("bob")).value().isEmpty());
    QCOMPARE(grades.count(), 2);
    item.points = 2.5;
    QCOMPARE(m_gradebook->updateRubricItem(item, QStringLiteral("bob")).value(), (QList<AnswerKey>{key(0), key(1)}));
    // Points the ceiling hides change no score: answer 1 stays at the max, 3, either way.
    item.points = 4;
    QCOMPARE(m_gradebook->updateRubricItem(item, QStringLiteral("bob")).value(), QList<AnswerKey>{key(0)});
    QCOMPARE(answerOf(1, m_course.q2).manualScore, std::optional<double>(3.0));
}

void GradebookRubricTest::deleteRubricItem_returnsAnswersThatHadItAndRecomputes()
{
    const qint64 a = addItem(*m_gradebook, rubricItem(m_course.q2, QStringLiteral("A"), 1));
    const qint64 b = addItem(*m_gradebook, rubricItem(m_course.q2, QStringLiteral("B"), 0.5));
    const auto key = [&](int i) { return AnswerKey{m_sn[i], m_course.q2}; };
    QVERIFY(m_gradebook->setRubricItemApplied({key(0), key(1), key(3)}, a, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setRubricItemApplied({key(1)}, b, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setManualGrade(m_sn[3], m_course.q2, 2.75, QStringLiteral("alice")).ok()); // typed
    QCOMPARE(m_gradebook->rubricItemUsage(a).value(), 3);
    const int typedVersion = answerOf(3, m_course.q2).version;
    QSignalSpy grades(m_gradebook.get(), &Gradebook::gradeChanged);

    const QList<AnswerKey> had = m_gradebook->deleteRubricItem(a, QStringLiteral("bob")).value();
    QCOMPARE(had, (QList<AnswerKey>{key(0), key(1), key(3)}));
    QCOMPARE(grades.count(), 3);
    QCOMPARE(m_gradebook->rubricItems(m_course.q2).value().size(), 1);
    QCOMPARE(m_gradebook->rubricItemUsage(a).value(), 0);
    QCOMPARE(answerOf(0, m_course.q2).manualScore, std::optional<double>(0.0));
    QCOMPARE(answerOf(1, m_course.q2).manualScore, std::optional<double>(0.5));
    QCOMPARE(answerOf(1, m_course.q2).appliedItemIds, QList<qint64>{b});
    // The typed score stays; the answer still changed (it lost the item), so its version moved.
    QCOMPARE(answerOf(3, m_course.q2).manualScore, std::optional<double>(2.75));
    QVERIFY(answerOf(3, m_course.q2).appliedItemIds.isEmpty());
    QCOMPARE(answerOf(3, m_course.q2).version, typedVersion + 1);
    const QStringList actions = actionsOf(m_gradebook->auditEventsForQuestion(m_course.q2).value());
    QCOMPARE(actions.count(QStringLiteral("rubric_delete")), 1);
    QVERIFY(actions.count(QStringLiteral("rubric_remove")) >= 3);

    // Undo: re-create the item where it was and re-apply it to exactly those answers.
    RubricItemRecord again = rubricItem(m_course.q2, QStringLiteral("A"), 1);
    again.position = 0;
    const qint64 restored = addItem(*m_gradebook, again);
    QVERIFY(m_gradebook->setRubricItemApplied(had, restored, true, QStringLiteral("bob")).ok());
    QCOMPARE(answerOf(1, m_course.q2).manualScore, std::optional<double>(1.5));
    QCOMPARE(answerOf(1, m_course.q2).appliedItemIds, (QList<qint64>{restored, b}));
    QCOMPARE(m_gradebook->deleteRubricItem(a, QStringLiteral("bob")).error().kind, ServiceError::Kind::NotFound);
}

void GradebookRubricTest::reorderRubricItems_setsOrderAndRefusesOtherSets()
{
    const qint64 a = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("A"), 1));
    const qint64 b = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("B"), 1));
    const qint64 c = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("C"), 1));
    QVERIFY(m_gradebook->reorderRubricItems(m_course.q1, {c, a, b}, QStringLiteral("alice")).ok());
    const QList<RubricItemRecord> items = m_gradebook->rubricItems(m_course.q1).value();
    QCOMPARE(items.at(0).id, c);
    QCOMPARE(items.at(1).id, a);
    QCOMPARE(items.at(2).id, b);
    QCOMPARE(items.at(2).position, 2);
    for (const QList<qint64> &wrong : {QList<qint64>{c, a}, QList<qint64>{c, a, a}, QList<qint64>{c, a, b, 999}}) {
        const Result<void> refused = m_gradebook->reorderRubricItems(m_course.q1, wrong, QStringLiteral("alice"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ServiceError::Kind::Validation);
    }
    QCOMPARE(m_gradebook->rubricItems(m_course.q1).value().at(0).id, c);
    QVERIFY(
        actionsOf(m_gradebook->auditEventsForQuestion(m_course.q1).value()).contains(QStringLiteral("rubric_reorder")));
}

void GradebookRubricTest::setQuestionSettings_recomputesRubricGradedAnswers()
{
    const qint64 d1 = addItem(*m_gradebook, rubricItem(m_course.q2, QStringLiteral("Wrong sign"), -1));
    const qint64 d2 = addItem(*m_gradebook, rubricItem(m_course.q2, QStringLiteral("No units"), -2.5));
    const auto key = [&](int i) { return AnswerKey{m_sn[i], m_course.q2}; };
    QVERIFY(m_gradebook->setRubricItemApplied({key(0), key(2)}, d1, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setRubricItemApplied({key(2)}, d2, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->markRubricGraded({key(1)}, QStringLiteral("alice")).ok());
    QCOMPARE(answerOf(0, m_course.q2).manualScore, std::optional<double>(0.0)); // positive mode, floored

    QuestionSettings negative{m_course.q2, ScoringMode::Negative, true, true};
    // Answer 2 (3 - 1 - 2.5) stays floored at 0: only the others change.
    QCOMPARE(m_gradebook->setQuestionSettings(negative, QStringLiteral("bob")).value(),
             (QList<AnswerKey>{key(0), key(1)}));
    QCOMPARE(m_gradebook->questionSettings(m_course.q2).value(), negative);
    QCOMPARE(answerOf(0, m_course.q2).manualScore, std::optional<double>(2.0));
    QCOMPARE(answerOf(1, m_course.q2).manualScore, std::optional<double>(3.0));
    QCOMPARE(answerOf(2, m_course.q2).manualScore, std::optional<double>(0.0));
    QVERIFY(m_gradebook->setQuestionSettings(negative, QStringLiteral("bob")).value().isEmpty());

    negative.floorAtZero = false;
    QCOMPARE(m_gradebook->setQuestionSettings(negative, QStringLiteral("bob")).value(), QList<AnswerKey>{key(2)});
    QCOMPARE(answerOf(2, m_course.q2).manualScore, std::optional<double>(-0.5));
    QCOMPARE(m_gradebook->questionSettings(m_course.q1).value().mode, ScoringMode::Positive);
    const QList<AuditEvent> events = m_gradebook->auditEventsForQuestion(m_course.q2).value();
    QCOMPARE(actionsOf(events).count(QStringLiteral("question_settings")), 2);
    const QuestionSettings ungraded{m_course.answer, ScoringMode::Negative, true, true};
    QCOMPARE(m_gradebook->setQuestionSettings(ungraded, QStringLiteral("bob")).error().kind,
             ServiceError::Kind::Validation);
}

void GradebookRubricTest::replaceSourceCells_newMaxRescoresRubricGradedAnswers()
{
    const qint64 typo = addItem(*m_gradebook, rubricItem(m_course.q2, QStringLiteral("Typo"), -1));
    QVERIFY(
        m_gradebook->setQuestionSettings({m_course.q2, ScoringMode::Negative, true, true}, QStringLiteral("a")).ok());
    QVERIFY(m_gradebook->setRubricItemApplied({{m_sn[0], m_course.q2}}, typo, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->markRubricGraded({{m_sn[1], m_course.q2}}, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setManualGrade(m_sn[2], m_course.q2, 1.0, QStringLiteral("alice")).ok());
    QCOMPARE(answerOf(0, m_course.q2).manualScore, std::optional<double>(2.0));
    QSignalSpy grades(m_gradebook.get(), &Gradebook::gradeChanged);
    // The assignment is regenerated with q2 worth 5 points.
    QVERIFY(m_gradebook
                ->replaceSourceCells(m_course.notebookId, {cell(QStringLiteral("q1"), true, 2.0, 0),
                                                           cell(QStringLiteral("answer1"), false, 0, 1),
                                                           cell(QStringLiteral("q2"), true, 5.0, 2)})
                .ok());
    QCOMPARE(answerOf(0, m_course.q2).manualScore, std::optional<double>(4.0));
    QCOMPARE(answerOf(1, m_course.q2).manualScore, std::optional<double>(5.0));
    QCOMPARE(answerOf(2, m_course.q2).manualScore, std::optional<double>(1.0)); // typed: unchanged
    QCOMPARE(answerOf(0, m_course.q2).maxScore, 5.0);
    QCOMPARE(grades.count(), 2);
}

void GradebookRubricTest::clearRubricGrading_fallsBackToAutoScore()
{
    const qint64 correct = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Correct"), 2));
    QVERIFY(m_gradebook->setAutoGrade(m_sn[0], m_course.q1, 1.0, false, QStringLiteral("autograder")).ok());
    const AnswerKey autoScored{m_sn[0], m_course.q1};
    const AnswerKey manualOnly{m_sn[1], m_course.q1};
    QVERIFY(m_gradebook->setRubricItemApplied({autoScored, manualOnly}, correct, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setAdjustment(autoScored, -0.5, QStringLiteral("late"), QStringLiteral("alice")).ok());
    QCOMPARE(answerOf(0, m_course.q1).score(), std::optional<double>(1.5));

    QVERIFY(m_gradebook->clearRubricGrading(autoScored, QStringLiteral("alice")).ok());
    AnswerRecord answer = answerOf(0, m_course.q1);
    QVERIFY(!answer.rubricGraded);
    QVERIFY(!answer.manualScore);
    QVERIFY(!answer.adjustment);
    QVERIFY(answer.adjustmentReason.isEmpty());
    QVERIFY(answer.appliedItemIds.isEmpty());
    QCOMPARE(answer.score(), std::optional<double>(1.0));
    QVERIFY(!answer.needsManualGrade);
    QVERIFY(answer.isGraded());

    // Without an auto score the question needs a manual grade again.
    QVERIFY(m_gradebook->clearRubricGrading(manualOnly, QStringLiteral("alice")).ok());
    answer = answerOf(1, m_course.q1);
    QVERIFY(!answer.score());
    QVERIFY(answer.needsManualGrade);
    const int version = answer.version;
    QVERIFY(m_gradebook->clearRubricGrading(manualOnly, QStringLiteral("alice")).ok());
    QCOMPARE(answerOf(1, m_course.q1).version, version);
}

void GradebookRubricTest::setManualGrade_typedScoreOverridesRubric()
{
    const qint64 correct = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Correct"), 2));
    const AnswerKey key{m_sn[0], m_course.q1};
    QVERIFY(m_gradebook->setRubricItemApplied({key}, correct, true, QStringLiteral("alice")).ok());
    const int version = answerOf(0, m_course.q1).version;
    // Typing the score the rubric gave still makes it a typed score.
    QVERIFY(m_gradebook->setManualGrade(m_sn[0], m_course.q1, 2.0, QStringLiteral("bob")).ok());
    AnswerRecord answer = answerOf(0, m_course.q1);
    QVERIFY(!answer.rubricGraded);
    QCOMPARE(answer.version, version + 1);
    QCOMPARE(answer.appliedItemIds, QList<qint64>{correct});
    QVERIFY(m_gradebook->setManualGrade(m_sn[0], m_course.q1, 1.25, QStringLiteral("bob")).ok());
    RubricItemRecord item = m_gradebook->rubricItems(m_course.q1).value().at(0);
    item.points = 1;
    QVERIFY(m_gradebook->updateRubricItem(item, QStringLiteral("bob")).value().isEmpty());
    QCOMPARE(answerOf(0, m_course.q1).manualScore, std::optional<double>(1.25));
    // Applying an item again returns to rubric grading with the items it has.
    const qint64 style = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Style"), 0.5));
    QVERIFY(m_gradebook->setRubricItemApplied({key}, style, true, QStringLiteral("bob")).ok());
    answer = answerOf(0, m_course.q1);
    QVERIFY(answer.rubricGraded);
    QCOMPARE(answer.manualScore, std::optional<double>(1.5));
}

void GradebookRubricTest::claims_leaseRenewAndTakeOverWhenExpired()
{
    const AnswerKey key{m_sn[0], m_course.q1};
    QCOMPARE(m_gradebook->claimAnswer(key, QStringLiteral("alice"), 300).value(), true);
    QCOMPARE(m_gradebook->claimAnswer(key, QStringLiteral("bob"), 300).value(), false);
    QCOMPARE(m_gradebook->claimAnswer(key, QStringLiteral("alice"), 600).value(), true);
    AnswerRecord answer = answerOf(0, m_course.q1);
    QCOMPARE(answer.claimedBy, QStringLiteral("alice"));
    QCOMPARE(answer.claimExpiresAt.offsetFromUtc(), 0);
    QVERIFY(answer.claimExpiresAt > QDateTime::currentDateTimeUtc().addSecs(500));
    QVERIFY(answerOf(1, m_course.q1).claimedBy.isEmpty());

    {
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE claim SET expires_at = '2000-01-01T00:00:00.000000Z'")));
    }
    answer = answerOf(0, m_course.q1);
    QVERIFY(answer.claimedBy.isEmpty());
    QVERIFY(!answer.claimExpiresAt.isValid());
    QCOMPARE(m_gradebook->claimAnswer(key, QStringLiteral("bob"), 300).value(), true);
    QCOMPARE(m_gradebook->claimAnswer(key, QStringLiteral("alice"), 300).value(), false);
    QCOMPARE(answerOf(0, m_course.q1).claimedBy, QStringLiteral("bob"));

    QVERIFY(m_gradebook->releaseClaims(QStringLiteral("bob")).ok());
    QVERIFY(answerOf(0, m_course.q1).claimedBy.isEmpty());
    QCOMPARE(m_gradebook->claimAnswer(key, QStringLiteral("alice"), 0).error().kind, ServiceError::Kind::Validation);
    QCOMPARE(m_gradebook->claimAnswer(key, QString(), 60).error().kind, ServiceError::Kind::Validation);
    QCOMPARE(m_gradebook->claimAnswer({999, m_course.q1}, QStringLiteral("alice"), 60).error().kind,
             ServiceError::Kind::NotFound);
}

void GradebookRubricTest::groupApplication_isOneTransaction()
{
    const qint64 correct = addItem(*m_gradebook, rubricItem(m_course.q1, QStringLiteral("Correct"), 2));
    QSignalSpy grades(m_gradebook.get(), &Gradebook::gradeChanged);
    const QList<AnswerKey> withUnknown{{m_sn[0], m_course.q1}, {m_sn[1], m_course.q1}, {999, m_course.q1}};
    const Result<void> failed = m_gradebook->setRubricItemApplied(withUnknown, correct, true, QStringLiteral("a"));
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind, ServiceError::Kind::NotFound);
    const QList<AnswerKey> otherQuestion{{m_sn[0], m_course.q1}, {m_sn[1], m_course.q2}};
    QCOMPARE(m_gradebook->setRubricItemApplied(otherQuestion, correct, true, QStringLiteral("a")).error().kind,
             ServiceError::Kind::Validation);
    QCOMPARE(grades.count(), 0);
    QCOMPARE(answerOf(0, m_course.q1).gradeId, 0);
    QCOMPARE(m_gradebook->rubricItemUsage(correct).value(), 0);

    const QList<AnswerKey> group{{m_sn[0], m_course.q1}, {m_sn[1], m_course.q1}, {m_sn[2], m_course.q1}};
    QVERIFY(m_gradebook->setRubricItemApplied(group, correct, true, QStringLiteral("alice")).ok());
    QCOMPARE(grades.count(), 3);
    QCOMPARE(m_gradebook->rubricItemUsage(correct).value(), 3);
    QCOMPARE(answerOf(2, m_course.q1).manualScore, std::optional<double>(2.0));
    QVERIFY(answerOf(3, m_course.q1).appliedItemIds.isEmpty());
}

void GradebookRubricTest::rubricWork_isDurableAcrossReopen()
{
    const qint64 deduction = addItem(*m_gradebook, rubricItem(m_course.q2, QStringLiteral("Typo"), -0.5));
    const AnswerKey key{m_sn[0], m_course.q2};
    QVERIFY(
        m_gradebook->setQuestionSettings({m_course.q2, ScoringMode::Negative, true, true}, QStringLiteral("a")).ok());
    QVERIFY(m_gradebook->setRubricItemApplied({key}, deduction, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setAdjustment(key, 0.25, QStringLiteral("nice plot"), QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setFlagged(key, true, QStringLiteral("alice")).ok());
    QVERIFY(m_gradebook->setGroupSplit(key, true, QStringLiteral("alice")).ok());
    m_gradebook.reset();

    auto reopened = openGradebook(m_path);
    QVERIFY(reopened);
    const AnswerRecord answer = reopened->answer(key).value();
    QCOMPARE(answer.manualScore, std::optional<double>(2.75));
    QVERIFY(answer.rubricGraded);
    QCOMPARE(answer.appliedItemIds, QList<qint64>{deduction});
    QCOMPARE(answer.adjustment, std::optional<double>(0.25));
    QCOMPARE(answer.adjustmentReason, QStringLiteral("nice plot"));
    QVERIFY(answer.flagged);
    QVERIFY(answer.groupSplit);
    QCOMPARE(reopened->questionSettings(m_course.q2).value().mode, ScoringMode::Negative);
    const QList<GradeRecord> grades = reopened->grades(m_submission[0]).value();
    QCOMPARE(grades.at(1).score(), std::optional<double>(2.75));
}

QTEST_GUILESS_MAIN(GradebookRubricTest)
#include "gradebookrubric_test.moc"
