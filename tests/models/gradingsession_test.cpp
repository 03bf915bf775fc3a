// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "democourse.h"

#include <models/answerfiltermodel.h>
#include <models/answerqueuemodel.h>
#include <models/gradingsession.h>
#include <models/questionlistmodel.h>
#include <models/roles.h>
#include <models/rubricmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace GradeDesk;
using Models::AnswerQueueModel;
using Models::GradingSession;
using Services::AnswerKey;
using Services::AnswerRecord;

class GradingSessionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void questionList_showsProgressOfEveryGradedCell();
    void setQuestion_makesTheFirstAnswerCurrentInStudentIdOrder();
    void setQuestion_unknownCell_reportsAnError();
    void shuffle_isStablePerGraderAndDiffersBetweenGraders();
    void filters_limitTheQueueAndNavigation();
    void nextUngraded_skipsGradedAnswersAndOtherGradersClaims();
    void toggleByShortcut_isDurableAndUndoRedoRestoresScores();
    void retroactiveEdit_updatesEveryAnswerAndUndoRestoresThem();
    void deleteItem_undoReCreatesItAndReappliesToTheSameAnswers();
    void groupApply_touchesExactlyTheGroupAndSplitLeavesIt();
    void anonymousMode_showsPseudonymsAndRevealIsAudited();
    void contentLoading_deliversTheCurrentAnswerThenPrefetched();
    void gradeChangedElsewhere_updatesTheRowWithoutReset();
    void actionOnADeletedItem_reportsAndKeepsWhatIsStored();
    void answerActions_adjustmentCommentScoreAndFlagUndo();
    void rubricEditing_moveSettingsAndImportAreUndoable();
    void importRubricYaml_badFile_reportsAndChangesNothing_data();
    void importRubricYaml_badFile_reportsAndChangesNothing();

private:
    std::unique_ptr<GradingSession> openSession(const QString &grader) const;
    void attachTesters(GradingSession &session);
    QStringList queueOrder(const GradingSession &session) const;
    AnswerRecord stored(int row) const;
    AnswerKey keyAt(int row) const;
    qint64 addItem(const QString &title, double points, const QString &shortcut);
    /// Grades every answer of the question except those in `rows`, which get a pending manual grade.
    void leaveUngraded(const QList<int> &rows);

    QTemporaryDir m_dir;
    std::unique_ptr<Tests::DemoCourse> m_course;
    QString m_gradebookPath;
    std::unique_ptr<Services::Gradebook> m_gradebook;
    std::unique_ptr<GradingSession> m_session;
    qint64 m_cell = 0;
    double m_max = 0;
};

void GradingSessionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_course = Tests::DemoCourse::create(m_dir.filePath(QStringLiteral("course")), 12);
    QVERIFY(m_course);
}

void GradingSessionTest::init()
{
    static int counter = 0;
    m_gradebookPath = m_dir.filePath(QStringLiteral("gb%1.sqlite").arg(++counter));
    m_gradebook = m_course->openCopy(m_gradebookPath);
    QVERIFY(m_gradebook);
    m_session = openSession(QStringLiteral("alice"));
    attachTesters(*m_session);
    QVERIFY(m_session->setAssignment(QStringLiteral("ps1")));
    QVERIFY(m_session->questions()->rowCount() > 0);
    m_cell = m_session->questions()->question(0).cellId;
    m_max = m_session->questions()->question(0).maxScore;
    QVERIFY(m_max > 0);
    QVERIFY(m_session->setQuestion(m_cell));
}

void GradingSessionTest::cleanup()
{
    m_session.reset();
    m_gradebook.reset();
}

std::unique_ptr<GradingSession> GradingSessionTest::openSession(const QString &grader) const
{
    Services::CourseConfig config = m_course->config;
    config.grader = grader;
    return std::make_unique<GradingSession>(m_gradebook.get(), config);
}

void GradingSessionTest::attachTesters(GradingSession &session)
{
    using Tester = QAbstractItemModelTester;
    const auto mode = Tester::FailureReportingMode::QtTest;
    new Tester(session.questions(), mode, &session);
    new Tester(session.answers(), mode, &session);
    new Tester(session.filteredAnswers(), mode, &session);
    new Tester(session.rubric(), mode, &session);
}

QStringList GradingSessionTest::queueOrder(const GradingSession &session) const
{
    QStringList order;
    for (int row = 0; row < session.answers()->rowCount(); ++row) {
        order.append(session.answers()->answer(row).studentId);
    }
    return order;
}

AnswerKey GradingSessionTest::keyAt(int row) const
{
    return m_session->answers()->answer(row).key;
}

AnswerRecord GradingSessionTest::stored(int row) const
{
    auto answer = m_gradebook->answer(keyAt(row));
    return answer ? answer.value() : AnswerRecord();
}

qint64 GradingSessionTest::addItem(const QString &title, double points, const QString &shortcut)
{
    Services::RubricItemRecord item;
    item.title = title;
    item.points = points;
    item.shortcut = shortcut;
    item.position = -1;
    m_session->addRubricItem(item);
    const int row = m_session->rubric()->rowOfShortcut(shortcut);
    return row >= 0 ? m_session->rubric()->item(row).id : 0;
}

void GradingSessionTest::leaveUngraded(const QList<int> &rows)
{
    const QString test = QStringLiteral("test");
    for (int row = 0; row < m_session->answers()->rowCount(); ++row) {
        const AnswerKey key = keyAt(row);
        if (rows.contains(row)) {
            QVERIFY(m_gradebook->setAutoGrade(key.submittedNotebookId, key.cellId, std::nullopt, true, test).ok());
        } else if (!stored(row).isGraded()) {
            QVERIFY(m_gradebook->markRubricGraded({key}, test).ok());
        }
    }
    m_session->refresh();
}

void GradingSessionTest::questionList_showsProgressOfEveryGradedCell()
{
    const Models::QuestionListModel *questions = m_session->questions();
    const auto assignment = m_gradebook->assignment(QStringLiteral("ps1"));
    QVERIFY(assignment && assignment.value());
    const auto expected = m_gradebook->questions(assignment.value()->id);
    QVERIFY(expected.ok());
    QCOMPARE(questions->rowCount(), expected.value().size());
    for (int row = 0; row < questions->rowCount(); ++row) {
        const Services::QuestionRecord &question = expected.value().at(row);
        QCOMPARE(questions->index(row, 0).data().toString(),
                 question.notebookName + QStringLiteral(": ") + question.name);
        QCOMPARE(questions->index(row, 0).data(Models::AnswerCountRole).toInt(), 12);
        QCOMPARE(questions->index(row, Models::QuestionListModel::ProgressColumn).data().toString(),
                 QStringLiteral("%1 / 12").arg(question.gradedCount));
    }
    // A pending manual grade shows up in the counts after the event loop ran once.
    leaveUngraded({0, 1});
    QTRY_COMPARE(questions->index(0, 0).data(Models::NeedsManualCountRole).toInt(), 2);
    QCOMPARE(questions->index(0, Models::QuestionListModel::ProgressColumn).data().toString(),
             QStringLiteral("10 / 12"));
}

void GradingSessionTest::setQuestion_makesTheFirstAnswerCurrentInStudentIdOrder()
{
    QCOMPARE(m_session->question(), m_cell);
    QVERIFY(m_session->questionRecord());
    QCOMPARE(m_session->answers()->rowCount(), 12);
    QStringList sorted = queueOrder(*m_session);
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(queueOrder(*m_session), sorted);
    QCOMPARE(m_session->currentRow(), 0);
    QVERIFY(m_session->currentAnswer());
    QCOMPARE(m_session->currentAnswer()->studentId, sorted.constFirst());
    QCOMPARE(m_session->rubric()->rowCount(), 0);
}

void GradingSessionTest::setQuestion_unknownCell_reportsAnError()
{
    QSignalSpy errors(m_session.get(), &GradingSession::errorOccurred);
    QVERIFY(!m_session->setQuestion(-42));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(1).value<Services::ServiceError>().kind, Services::ServiceError::Kind::NotFound);
    // The question that was open stays open.
    QCOMPARE(m_session->question(), m_cell);
    QVERIFY(!m_session->setAssignment(QStringLiteral("no-such-assignment")));
}

void GradingSessionTest::shuffle_isStablePerGraderAndDiffersBetweenGraders()
{
    const QStringList byId = queueOrder(*m_session);
    m_session->setShuffled(true);
    QVERIFY(m_session->isShuffled());
    const QStringList alice = queueOrder(*m_session);
    QVERIFY(alice != byId);

    auto again = openSession(QStringLiteral("alice"));
    QVERIFY(again->setAssignment(QStringLiteral("ps1")));
    again->setShuffled(true);
    QVERIFY(again->setQuestion(m_cell));
    QCOMPARE(queueOrder(*again), alice);

    auto bob = openSession(QStringLiteral("bob"));
    QVERIFY(bob->setAssignment(QStringLiteral("ps1")));
    QVERIFY(bob->setQuestion(m_cell));
    bob->setShuffled(true);
    QVERIFY(queueOrder(*bob) != alice);

    m_session->setShuffled(false);
    QCOMPARE(queueOrder(*m_session), byId);
}

void GradingSessionTest::filters_limitTheQueueAndNavigation()
{
    for (const int row : {2, 7}) {
        m_session->setCurrentRow(row);
        m_session->setFlagged(true);
        QVERIFY(stored(row).flagged);
    }
    Models::AnswerFilterModel *filter = m_session->filteredAnswers();
    filter->setStateFilter(Models::AnswerFilterModel::StateFilter::Flagged);
    m_session->setCurrentRow(0);
    QCOMPARE(m_session->currentAnswer()->key, keyAt(2));
    QVERIFY(m_session->next());
    QCOMPARE(m_session->currentAnswer()->key, keyAt(7));
    QVERIFY(!m_session->next());
    QVERIFY(m_session->previous());
    QCOMPARE(m_session->currentAnswer()->key, keyAt(2));
    QVERIFY(!m_session->previous());

    // Without a current answer nothing is pinned: graded and ungraded split the queue.
    m_session->setCurrentRow(-1);
    QVERIFY(!m_session->currentAnswer());
    filter->setStateFilter(Models::AnswerFilterModel::StateFilter::Graded);
    const int graded = filter->rowCount();
    filter->setStateFilter(Models::AnswerFilterModel::StateFilter::Ungraded);
    QCOMPARE(graded + filter->rowCount(), 12);

    filter->clearFilters();
    filter->setScoreRange(m_max, m_max);
    int fullMarks = 0;
    for (const AnswerRecord &answer : m_session->answers()->answers()) {
        fullMarks += answer.score() && *answer.score() == m_max ? 1 : 0;
    }
    QCOMPARE(filter->rowCount(), fullMarks);
    QCOMPARE(m_session->next(), fullMarks > 0);
}

void GradingSessionTest::nextUngraded_skipsGradedAnswersAndOtherGradersClaims()
{
    leaveUngraded({3, 4, 5});
    auto opened = Services::Gradebook::openSqlite(m_gradebookPath);
    QVERIFY(opened);
    std::unique_ptr<Services::Gradebook> bob = std::move(opened).value();
    const auto bobClaim = bob->claimAnswer(keyAt(3), QStringLiteral("bob"), 120);
    QVERIFY(bobClaim.ok() && bobClaim.value());

    QCOMPARE(m_session->currentRow(), 0);
    QVERIFY(m_session->nextUngraded());
    QCOMPARE(m_session->currentAnswer()->key, keyAt(4));
    QCOMPARE(m_session->answers()->answer(3).claimedBy, QStringLiteral("bob"));
    // Alice holds the answer now: bob's next-ungraded would skip it.
    const auto taken = bob->claimAnswer(keyAt(4), QStringLiteral("bob"), 120);
    QVERIFY(taken.ok() && !taken.value());
    QVERIFY(m_session->nextUngraded());
    QCOMPARE(m_session->currentAnswer()->key, keyAt(5));
    // Wrapping around: 3 is bob's, 4 is ungraded and free again (alice moved on).
    QVERIFY(m_session->nextUngraded());
    QCOMPARE(m_session->currentAnswer()->key, keyAt(4));

    QVERIFY(m_session->previous());
    QCOMPARE(m_session->currentRow(), 3);
    m_session->setCurrentRow(0);
    QVERIFY(!m_session->previous());
    m_session->setCurrentRow(11);
    QVERIFY(!m_session->next());

    // Closing the session gives the answer back.
    m_session->setCurrentRow(4);
    QTRY_COMPARE(m_session->answers()->answer(4).claimedBy, QStringLiteral("alice"));
    const AnswerKey aliceHad = keyAt(4);
    m_session.reset();
    const auto free = bob->claimAnswer(aliceHad, QStringLiteral("bob"), 120);
    QVERIFY(free.ok() && free.value());
}

void GradingSessionTest::toggleByShortcut_isDurableAndUndoRedoRestoresScores()
{
    const qint64 item = addItem(QStringLiteral("Works"), m_max / 2, QStringLiteral("1"));
    QVERIFY(item > 0);
    const AnswerRecord before = stored(0);
    QVERIFY(!m_session->toggleItemByShortcut(QStringLiteral("9")));
    QVERIFY(m_session->toggleItemByShortcut(QStringLiteral("1")));
    // Durable when the call returns: read back through the gradebook, not the models.
    AnswerRecord after = stored(0);
    QVERIFY(after.rubricGraded);
    QCOMPARE(after.appliedItemIds, QList<qint64>{item});
    QCOMPARE(after.manualScore, std::optional<double>(m_max / 2));
    QVERIFY(after.isGraded());
    const QModelIndex title = m_session->rubric()->index(0, Models::RubricModel::TitleColumn);
    QCOMPARE(title.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(title.data(Models::UsageCountRole).toInt(), 1);
    QCOMPARE(m_session->answers()->index(0, 0).data(Models::ScoreRole).toDouble(), *after.score());
    QCOMPARE(m_session->undoStack()->count(), 2);

    m_session->undoStack()->undo();
    const AnswerRecord undone = stored(0);
    QVERIFY(!undone.rubricGraded);
    QVERIFY(undone.appliedItemIds.isEmpty());
    QCOMPARE(undone.manualScore, before.manualScore);
    QCOMPARE(undone.score(), before.score());
    QCOMPARE(undone.needsManualGrade, before.needsManualGrade);
    QCOMPARE(title.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    m_session->undoStack()->redo();
    QCOMPARE(stored(0).manualScore, std::optional<double>(m_max / 2));
    QCOMPARE(title.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    // Undo shows what it undoes: it brings the answer back when the grader moved on.
    QVERIFY(m_session->next());
    m_session->undoStack()->undo();
    QCOMPARE(m_session->currentRow(), 0);
    QVERIFY(stored(0).appliedItemIds.isEmpty());
}

void GradingSessionTest::retroactiveEdit_updatesEveryAnswerAndUndoRestoresThem()
{
    const qint64 item = addItem(QStringLiteral("Partly right"), m_max / 4, QStringLiteral("1"));
    QVERIFY(item > 0);
    for (const int row : {0, 1, 2}) {
        m_session->setCurrentRow(row);
        QVERIFY(m_session->toggleItemByShortcut(QStringLiteral("1")));
    }
    Services::RubricItemRecord changed = m_session->rubric()->item(0);
    changed.points = m_max / 2;
    m_session->updateRubricItem(changed);
    for (const int row : {0, 1, 2}) {
        QCOMPARE(stored(row).manualScore, std::optional<double>(m_max / 2));
        QCOMPARE(m_session->answers()->index(row, 0).data(Models::ScoreRole).toDouble(), *stored(row).score());
    }
    QCOMPARE(m_session->rubric()->item(0).points, m_max / 2);
    QVERIFY(!stored(3).rubricGraded);

    m_session->undoStack()->undo();
    for (const int row : {0, 1, 2}) {
        QCOMPARE(stored(row).manualScore, std::optional<double>(m_max / 4));
    }
    QCOMPARE(m_session->rubric()->item(0).points, m_max / 4);
    m_session->undoStack()->redo();
    QCOMPARE(stored(2).manualScore, std::optional<double>(m_max / 2));
}

void GradingSessionTest::deleteItem_undoReCreatesItAndReappliesToTheSameAnswers()
{
    addItem(QStringLiteral("Base"), m_max / 4, QStringLiteral("1"));
    const qint64 item = addItem(QStringLiteral("Bonus"), m_max / 4, QStringLiteral("2"));
    QVERIFY(item > 0);
    for (const int row : {0, 1}) {
        m_session->setCurrentRow(row);
        QVERIFY(m_session->toggleItemByShortcut(QStringLiteral("1")));
        QVERIFY(m_session->toggleItemByShortcut(QStringLiteral("2")));
    }
    QCOMPARE(m_session->rubricItemUsage(item), 2);
    QCOMPARE(stored(1).manualScore, std::optional<double>(m_max / 2));

    m_session->deleteRubricItem(item);
    QCOMPARE(m_session->rubric()->rowCount(), 1);
    QCOMPARE(stored(0).manualScore, std::optional<double>(m_max / 4));
    QCOMPARE(stored(1).appliedItemIds.size(), 1);

    m_session->undoStack()->undo();
    QCOMPARE(m_session->rubric()->rowCount(), 2);
    QCOMPARE(m_session->rubric()->item(1).title, QStringLiteral("Bonus"));
    const qint64 recreated = m_session->rubric()->item(1).id;
    for (const int row : {0, 1}) {
        QVERIFY(stored(row).appliedItemIds.contains(recreated));
        QCOMPARE(stored(row).manualScore, std::optional<double>(m_max / 2));
    }
    QVERIFY(!stored(2).appliedItemIds.contains(recreated));

    // Earlier commands follow the item to its new id: undoing row 1's "Bonus" removes the re-created item.
    m_session->undoStack()->undo();
    QVERIFY(!stored(1).appliedItemIds.contains(recreated));
    QCOMPARE(stored(1).manualScore, std::optional<double>(m_max / 4));
    m_session->undoStack()->redo();
    m_session->undoStack()->redo();
    QCOMPARE(m_session->rubric()->rowCount(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->rubricItemUsage(m_session->rubric()->item(1).id), 2);
}

void GradingSessionTest::groupApply_touchesExactlyTheGroupAndSplitLeavesIt()
{
    QSignalSpy progress(m_session.get(), &GradingSession::loadingProgress);
    m_session->setGroupBy(GradingSession::GroupBy::Code);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() == 12, 30000);
    int grouped = -1;
    for (int row = 0; row < 12 && grouped < 0; ++row) {
        if (m_session->answers()->index(row, 0).data(Models::GroupSizeRole).toInt() > 1) {
            grouped = row;
        }
    }
    QVERIFY2(grouped >= 0, "the demo course should have identical answers");
    const qint64 item = addItem(QStringLiteral("Same as the others"), m_max / 2, QStringLiteral("1"));
    m_session->setCurrentRow(grouped);
    const QList<AnswerKey> group = m_session->currentGroup();
    QCOMPARE(group.size(), m_session->answers()->index(grouped, 0).data(Models::GroupSizeRole).toInt());
    QVERIFY(m_session->toggleItemByShortcut(QStringLiteral("1"), true));
    for (int row = 0; row < 12; ++row) {
        QCOMPARE(stored(row).appliedItemIds.contains(item), group.contains(keyAt(row)));
    }
    m_session->undoStack()->undo();
    for (int row = 0; row < 12; ++row) {
        QVERIFY(!stored(row).appliedItemIds.contains(item));
    }

    QSignalSpy groups(m_session.get(), &GradingSession::groupsChanged);
    m_session->splitCurrentFromGroup();
    QVERIFY(stored(grouped).groupSplit);
    QCOMPARE(m_session->currentGroup().size(), 1);
    QVERIFY(!groups.isEmpty());
    const AnswerKey other = group.constFirst() == keyAt(grouped) ? group.at(1) : group.constFirst();
    const int otherRow = m_session->answers()->rowOfAnswer(other.submittedNotebookId);
    QCOMPARE(m_session->answers()->index(otherRow, 0).data(Models::GroupSizeRole).toInt(), int(group.size()) - 1);
    // A group action now leaves the split answer alone.
    m_session->setCurrentRow(otherRow);
    QVERIFY(m_session->toggleItemByShortcut(QStringLiteral("1"), true));
    QVERIFY(!stored(grouped).appliedItemIds.contains(item));
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QVERIFY(!stored(grouped).groupSplit);
    QCOMPARE(m_session->currentGroup().size(), group.size());
}

void GradingSessionTest::anonymousMode_showsPseudonymsAndRevealIsAudited()
{
    QVERIFY(m_session->isAnonymous());
    const AnswerRecord current = *m_session->currentAnswer();
    const auto student = m_gradebook->student(current.studentId);
    QVERIFY(student && student.value());
    const QString shown = m_session->answers()->index(0, AnswerQueueModel::StudentColumn).data().toString();
    QVERIFY(shown.startsWith(QStringLiteral("Student ")));
    QVERIFY(!shown.contains(current.studentId));
    QVERIFY(shown != student.value()->displayName());
    QCOMPARE(m_session->displayName(current.studentId), shown);

    m_session->revealCurrentName();
    QCOMPARE(m_session->answers()->index(0, AnswerQueueModel::StudentColumn).data().toString(),
             student.value()->displayName());
    const auto events = m_gradebook->auditEvents(QStringLiteral("student"), current.studentId);
    QVERIFY(events.ok());
    QCOMPARE(events.value().size(), 1);
    QCOMPARE(events.value().constFirst().action, QStringLiteral("reveal_name"));
    QCOMPARE(events.value().constFirst().actor, QStringLiteral("alice"));
    // Other students stay hidden.
    QVERIFY(m_session->answers()->index(1, 0).data().toString().startsWith(QStringLiteral("Student ")));

    const QString pseudonym = m_session->answers()->index(5, AnswerQueueModel::StudentColumn).data().toString();
    QVERIFY(m_session->jumpToStudent(pseudonym.toLower()));
    QCOMPARE(m_session->currentRow(), 5);
    QVERIFY(m_session->jumpToStudent(m_session->answers()->answer(7).studentId));
    QCOMPARE(m_session->currentRow(), 7);
    QVERIFY(!m_session->jumpToStudent(QStringLiteral("nobody")));

    // Showing every name is a reveal too.
    m_session->setAnonymous(false);
    QVERIFY(!m_session->isAnonymous());
    QCOMPARE(m_session->answers()->index(1, 0).data().toString(),
             m_gradebook->student(m_session->answers()->answer(1).studentId).value()->displayName());
    const auto all = m_gradebook->auditEvents(QStringLiteral("assignment"), QStringLiteral("ps1"));
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 1);
    QCOMPARE(all.value().constFirst().action, QStringLiteral("reveal_all_names"));
}

void GradingSessionTest::contentLoading_deliversTheCurrentAnswerThenPrefetched()
{
    QVERIFY(m_session->questions()->rowCount() > 1);
    QSignalSpy ready(m_session.get(), &GradingSession::answerContentReady);
    QSignalSpy current(m_session.get(), &GradingSession::currentAnswerChanged);
    QSignalSpy progress(m_session.get(), &GradingSession::loadingProgress);
    QVERIFY(m_session->setQuestion(m_session->questions()->question(1).cellId));
    QCOMPARE(current.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
    auto content = m_session->currentContent();
    QVERIFY(content);
    QVERIFY(content->found);
    QVERIFY(!content->answer.isEmpty());
    QCOMPARE(m_session->currentLanguage(), QStringLiteral("python"));

    // The next answers are read while the grader looks at this one: moving on is instant.
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() == 12, 30000);
    ready.clear();
    QVERIFY(m_session->next());
    QCOMPARE(ready.count(), 1); // delivered within next(): prefetched
    QVERIFY(m_session->currentContent() && m_session->currentContent()->found);
}

void GradingSessionTest::gradeChangedElsewhere_updatesTheRowWithoutReset()
{
    // The session's own claim on the current answer (row 0) lands first.
    QTRY_COMPARE(m_session->answers()->answer(0).claimedBy, QStringLiteral("alice"));
    QSignalSpy reset(m_session->answers(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_session->answers(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_gradebook->setFlagged(keyAt(2), true, QStringLiteral("carol")).ok());
    QTRY_VERIFY(m_session->answers()->index(2, 0).data(Models::FlaggedRole).toBool());
    QCOMPARE(reset.count(), 0);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(changed)) {
        QCOMPARE(arguments.at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(arguments.at(1).value<QModelIndex>().row(), 2);
    }
}

void GradingSessionTest::actionOnADeletedItem_reportsAndKeepsWhatIsStored()
{
    const qint64 item = addItem(QStringLiteral("Gone soon"), m_max / 2, QStringLiteral("1"));
    auto opened = Services::Gradebook::openSqlite(m_gradebookPath);
    QVERIFY(opened);
    QVERIFY(opened.value()->deleteRubricItem(item, QStringLiteral("bob")).ok());
    const AnswerRecord before = stored(0);
    QSignalSpy errors(m_session.get(), &GradingSession::errorOccurred);
    QVERIFY(m_session->toggleItemByShortcut(QStringLiteral("1")));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!errors.at(0).at(0).toString().isEmpty());
    QVERIFY(!errors.at(0).at(1).value<Services::ServiceError>().message.isEmpty());
    QCOMPARE(stored(0).score(), before.score());
    QCOMPARE(m_session->answers()->answer(0).appliedItemIds, QList<qint64>());
    QCOMPARE(m_session->undoStack()->count(), 1); // only the add: nothing to undo for a failed action
}

void GradingSessionTest::answerActions_adjustmentCommentScoreAndFlagUndo()
{
    addItem(QStringLiteral("Base"), m_max / 2, QStringLiteral("1"));
    QVERIFY(m_session->toggleItemByShortcut(QStringLiteral("1")));
    m_session->setAdjustment(-m_max / 4, QStringLiteral("late fix"));
    QCOMPARE(stored(0).manualScore, std::optional<double>(m_max / 4));
    QCOMPARE(stored(0).adjustmentReason, QStringLiteral("late fix"));
    m_session->setComment(QStringLiteral("Check the edge case."));
    QCOMPARE(stored(0).comment, QStringLiteral("Check the edge case."));
    m_session->setFlagged(true);
    m_session->setExtraCredit(1.0);
    QCOMPARE(stored(0).extraCredit, std::optional<double>(1.0));

    // A typed score replaces the rubric arithmetic; undo brings the rubric grading back.
    m_session->setManualScore(m_max);
    QVERIFY(!stored(0).rubricGraded);
    QCOMPARE(stored(0).manualScore, std::optional<double>(m_max));
    QUndoStack *undo = m_session->undoStack();
    undo->undo();
    QVERIFY(stored(0).rubricGraded);
    QCOMPARE(stored(0).manualScore, std::optional<double>(m_max / 4));
    undo->undo();
    QCOMPARE(stored(0).extraCredit, std::nullopt);
    undo->undo();
    QVERIFY(!stored(0).flagged);
    undo->undo();
    QVERIFY(stored(0).comment.isEmpty());
    undo->undo();
    QCOMPARE(stored(0).adjustment, std::nullopt);
    QCOMPARE(stored(0).manualScore, std::optional<double>(m_max / 2));
    for (int i = 0; i < 5; ++i) {
        undo->redo();
    }
    QCOMPARE(stored(0).manualScore, std::optional<double>(m_max));
    QCOMPARE(stored(0).comment, QStringLiteral("Check the edge case."));
}

void GradingSessionTest::rubricEditing_moveSettingsAndImportAreUndoable()
{
    const qint64 first = addItem(QStringLiteral("First"), -m_max / 4, QStringLiteral("1"));
    const qint64 second = addItem(QStringLiteral("Second"), -m_max / 4, QStringLiteral("2"));
    m_session->moveRubricItem(second, 0);
    QCOMPARE(m_session->rubric()->item(0).id, second);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->rubric()->item(0).id, first);

    // Negative mode: full marks minus deductions, for every rubric-graded answer at once.
    QVERIFY(m_session->toggleItemByShortcut(QStringLiteral("1")));
    QCOMPARE(stored(0).manualScore, std::optional<double>(0.0)); // positive mode, floored at 0
    Services::QuestionSettings negative = m_session->questionSettings();
    negative.mode = Services::ScoringMode::Negative;
    m_session->setQuestionSettings(negative);
    QCOMPARE(m_session->questionSettings().mode, Services::ScoringMode::Negative);
    QCOMPARE(stored(0).manualScore, std::optional<double>(m_max * 3 / 4));
    m_session->undoStack()->undo();
    QCOMPARE(m_session->questionSettings().mode, Services::ScoringMode::Positive);
    QCOMPARE(stored(0).manualScore, std::optional<double>(0.0));

    // Export, then import into another question: items appended in one undo step.
    const QString yaml = m_dir.filePath(QStringLiteral("rubric-%1.yaml").arg(m_cell));
    QVERIFY(m_session->exportRubricYaml(yaml));
    const qint64 other = m_session->questions()->question(1).cellId;
    QVERIFY(m_session->setQuestion(other));
    addItem(QStringLiteral("Already here"), 1, QStringLiteral("1"));
    const int steps = m_session->undoStack()->count();
    QVERIFY(m_session->importRubricYaml(yaml));
    QCOMPARE(m_session->undoStack()->count(), steps + 1);
    QCOMPARE(m_session->rubric()->rowCount(), 3);
    QCOMPARE(m_session->rubric()->item(1).title, QStringLiteral("First"));
    QVERIFY(m_session->rubric()->item(1).shortcut.isEmpty()); // "1" is taken here
    QCOMPARE(m_session->rubric()->item(2).shortcut, QStringLiteral("2"));
    m_session->undoStack()->undo();
    QCOMPARE(m_session->rubric()->rowCount(), 1);

    m_session->importRubricFrom(m_cell);
    QCOMPARE(m_session->rubric()->rowCount(), 3);
    QCOMPARE(m_session->undoStack()->count(), steps + 1);
}

void GradingSessionTest::importRubricYaml_badFile_reportsAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("create");
    QTest::newRow("missing file") << QByteArray() << false;
    QTest::newRow("not YAML") << QByteArray("items: [unclosed\n") << true;
    QTest::newRow("items of the wrong type") << QByteArray("version: 1\nitems: 7\n") << true;
}

void GradingSessionTest::importRubricYaml_badFile_reportsAndChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, create);
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.yaml").arg(++counter));
    if (create) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QSignalSpy errors(m_session.get(), &GradingSession::errorOccurred);
    QVERIFY(!m_session->importRubricYaml(path));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!errors.at(0).at(1).value<Services::ServiceError>().message.isEmpty());
    QCOMPARE(m_session->rubric()->rowCount(), 0);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(GradingSessionTest)
#include "gradingsession_test.moc"
