// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "testgradebook.h"

#include <models/answerfiltermodel.h>
#include <models/answerqueuemodel.h>
#include <models/roles.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk;
using Models::AnswerFilterModel;
using Models::AnswerQueueModel;
using StateFilter = Models::AnswerFilterModel::StateFilter;

class AnswerFilterModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filters_selectTheMatchingAnswers_data();
    void filters_selectTheMatchingAnswers();
    void gradingAnAnswer_movesItOutOfTheUngradedFilter();
    void pinnedAnswer_staysVisibleUntilThePinMoves();
    void clearFilters_showsEverything();

private:
    QStringList visibleStudents() const;
    Services::AnswerKey keyOf(const QString &studentId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Tests::TestGradebook> m_course;
    std::unique_ptr<AnswerQueueModel> m_queue;
    std::unique_ptr<AnswerFilterModel> m_filter;
    qint64 m_itemId = 0;
};

void AnswerFilterModelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void AnswerFilterModelTest::init()
{
    static int counter = 0;
    m_course = Tests::TestGradebook::create(m_dir.filePath(QStringLiteral("gb%1.sqlite").arg(++counter)));
    QVERIFY(m_course);
    for (const QString &student : {QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cid"),
                                   QStringLiteral("dee"), QStringLiteral("eli")}) {
        QVERIFY(m_course->addSubmission(student, QStringLiteral("2026-01-15T10:00:00Z"), 1.0, true) > 0);
    }
    m_queue = std::make_unique<AnswerQueueModel>();
    QVERIFY(m_queue->setQuestion(m_course->gradebook.get(), m_course->manualCellId).ok());
    m_filter = std::make_unique<AnswerFilterModel>();
    m_filter->setSourceModel(m_queue.get());
    new QAbstractItemModelTester(m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_filter.get());

    // ann: item applied (2 of 3); bob: typed 3 of 3 and flagged; cid: regrade-free, pending;
    // dee: flagged only; eli: pending.
    Services::Gradebook &gb = *m_course->gradebook;
    const QString alice = QStringLiteral("alice");
    Services::RubricItemRecord item;
    item.cellId = m_course->manualCellId;
    item.title = QStringLiteral("Explains the idea");
    item.points = 2;
    m_itemId = gb.addRubricItem(item, alice).value();
    QVERIFY(gb.setRubricItemApplied({keyOf(QStringLiteral("ann"))}, m_itemId, true, alice).ok());
    const Services::AnswerKey bob = keyOf(QStringLiteral("bob"));
    QVERIFY(gb.setManualGrade(bob.submittedNotebookId, bob.cellId, 3.0, alice).ok());
    QVERIFY(gb.setFlagged(bob, true, alice).ok());
    QVERIFY(gb.setFlagged(keyOf(QStringLiteral("dee")), true, alice).ok());
    QVERIFY(m_queue->refresh().ok());
}

void AnswerFilterModelTest::cleanup()
{
    m_filter.reset();
    m_queue.reset();
    m_course.reset();
}

QStringList AnswerFilterModelTest::visibleStudents() const
{
    QStringList students;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        students.append(m_filter->index(row, 0).data(Models::StudentIdRole).toString());
    }
    return students;
}

Services::AnswerKey AnswerFilterModelTest::keyOf(const QString &studentId) const
{
    return m_queue->answer(m_queue->rowOfStudent(studentId)).key;
}

void AnswerFilterModelTest::filters_selectTheMatchingAnswers_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("byItem");
    QTest::addColumn<QVariant>("minimum");
    QTest::addColumn<QVariant>("maximum");
    QTest::addColumn<QStringList>("visible");

    const QVariant none;
    QTest::newRow("all, in queue order") << int(StateFilter::All) << false << none << none
                                         << QStringList{"ann", "bob", "cid", "dee", "eli"};
    QTest::newRow("ungraded: pending manual grades")
        << int(StateFilter::Ungraded) << false << none << none << QStringList{"cid", "dee", "eli"};
    QTest::newRow("graded: by rubric or typed score")
        << int(StateFilter::Graded) << false << none << none << QStringList{"ann", "bob"};
    QTest::newRow("flagged") << int(StateFilter::Flagged) << false << none << none << QStringList{"bob", "dee"};
    QTest::newRow("regrade requested: none open")
        << int(StateFilter::RegradeRequested) << false << none << none << QStringList{};
    QTest::newRow("has the rubric item") << int(StateFilter::All) << true << none << none << QStringList{"ann"};
    QTest::newRow("score range is inclusive, answers without score fail it")
        << int(StateFilter::All) << false << QVariant(2.0) << QVariant(3.0) << QStringList{"ann", "bob"};
    QTest::newRow("open-ended range") << int(StateFilter::All) << false << QVariant(2.5) << none << QStringList{"bob"};
    QTest::newRow("filters combine") << int(StateFilter::Flagged) << false << QVariant(0.0) << none
                                     << QStringList{"bob"};
}

void AnswerFilterModelTest::filters_selectTheMatchingAnswers()
{
    QFETCH(int, state);
    QFETCH(bool, byItem);
    QFETCH(QVariant, minimum);
    QFETCH(QVariant, maximum);
    QFETCH(QStringList, visible);
    m_filter->setStateFilter(StateFilter(state));
    m_filter->setRubricItemFilter(byItem ? std::optional<qint64>(m_itemId) : std::nullopt);
    m_filter->setScoreRange(minimum.isValid() ? std::optional(minimum.toDouble()) : std::nullopt,
                            maximum.isValid() ? std::optional(maximum.toDouble()) : std::nullopt);
    QCOMPARE(visibleStudents(), visible);
    QCOMPARE(m_filter->hasFilters(),
             state != int(StateFilter::All) || byItem || minimum.isValid() || maximum.isValid());
}

void AnswerFilterModelTest::gradingAnAnswer_movesItOutOfTheUngradedFilter()
{
    m_filter->setStateFilter(StateFilter::Ungraded);
    QSignalSpy removed(m_filter.get(), &QAbstractItemModel::rowsRemoved);
    const Services::AnswerKey cid = keyOf(QStringLiteral("cid"));
    QVERIFY(m_course->gradebook->markRubricGraded({cid}, QStringLiteral("alice")).ok());
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(visibleStudents(), (QStringList{"dee", "eli"}));
}

void AnswerFilterModelTest::pinnedAnswer_staysVisibleUntilThePinMoves()
{
    m_filter->setStateFilter(StateFilter::Ungraded);
    const Services::AnswerKey cid = keyOf(QStringLiteral("cid"));
    m_filter->setPinnedAnswer(cid.submittedNotebookId);
    QVERIFY(m_course->gradebook->markRubricGraded({cid}, QStringLiteral("alice")).ok());
    QVERIFY(m_queue->refreshAnswers({cid}).ok());
    // The grader just graded it: it stays on screen while it is current.
    QCOMPARE(visibleStudents(), (QStringList{"cid", "dee", "eli"}));
    QVERIFY(!m_filter->matchesFilters(m_queue->rowOfStudent(QStringLiteral("cid"))));
    m_filter->setPinnedAnswer(keyOf(QStringLiteral("dee")).submittedNotebookId);
    QCOMPARE(visibleStudents(), (QStringList{"dee", "eli"}));
}

void AnswerFilterModelTest::clearFilters_showsEverything()
{
    m_filter->setStateFilter(StateFilter::Flagged);
    m_filter->setRubricItemFilter(m_itemId);
    QCOMPARE(m_filter->rowCount(), 0);
    m_filter->clearFilters();
    QVERIFY(!m_filter->hasFilters());
    QCOMPARE(m_filter->rowCount(), 5);
}

QTEST_GUILESS_MAIN(AnswerFilterModelTest)
#include "answerfiltermodel_test.moc"
