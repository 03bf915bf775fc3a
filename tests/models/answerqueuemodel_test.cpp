// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "testgradebook.h"

#include <models/answerqueuemodel.h>
#include <models/roles.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk;
using Models::AnswerQueueModel;

class AnswerQueueModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void setQuestion_listsOneRowPerAnswerInStudentIdOrder();
    void data_formatsForPeopleAndKeepsRawValues_data();
    void data_formatsForPeopleAndKeepsRawValues();
    void shuffleKey_givesTheSameOrderForTheSameKeyOnly();
    void shuffleKey_keepsPersistentIndexesOnTheirAnswers();
    void newSubmission_insertsOneRowWhereTheShuffledOrderPutsIt();
    void gradeChange_emitsDataChangedForExactlyThatRow();
    void burstOfChanges_isCoalescedIntoOneRead();
    void anonymous_showsPseudonymsUntilRevealed();
    void groupKeys_countMembersAndIgnoreSplitAnswers();

private:
    QStringList studentOrder() const;
    qint64 notebookOf(const QString &studentId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Tests::TestGradebook> m_course;
    std::unique_ptr<AnswerQueueModel> m_model;
    const QStringList m_students{QStringLiteral("ben"),   QStringLiteral("cy"),    QStringLiteral("alyssa"),
                                 QStringLiteral("eva"),   QStringLiteral("dan"),   QStringLiteral("lem"),
                                 QStringLiteral("louis"), QStringLiteral("gerald")};
};

void AnswerQueueModelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void AnswerQueueModelTest::init()
{
    static int counter = 0;
    m_course = Tests::TestGradebook::create(m_dir.filePath(QStringLiteral("gb%1.sqlite").arg(++counter)));
    QVERIFY(m_course);
    for (int i = 0; i < m_students.size(); ++i) {
        // Every other student has the manual question pending; the others never answered it.
        QVERIFY(m_course->addSubmission(m_students.at(i), QStringLiteral("2026-01-15T10:00:00Z"), 1.0, i % 2 == 0) > 0);
    }
    m_model = std::make_unique<AnswerQueueModel>();
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    m_model->setAnonymous(false);
    QVERIFY(m_model->setQuestion(m_course->gradebook.get(), m_course->manualCellId).ok());
}

void AnswerQueueModelTest::cleanup()
{
    m_model.reset();
    m_course.reset();
}

QStringList AnswerQueueModelTest::studentOrder() const
{
    QStringList order;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        order.append(m_model->index(row, 0).data(Models::StudentIdRole).toString());
    }
    return order;
}

qint64 AnswerQueueModelTest::notebookOf(const QString &studentId) const
{
    return m_model->answer(m_model->rowOfStudent(studentId)).key.submittedNotebookId;
}

void AnswerQueueModelTest::setQuestion_listsOneRowPerAnswerInStudentIdOrder()
{
    QStringList sorted = m_students;
    sorted.sort();
    QCOMPARE(studentOrder(), sorted);
    QCOMPARE(m_model->columnCount(), int(AnswerQueueModel::ColumnCount));
    QCOMPARE(m_model->cellId(), m_course->manualCellId);
    const QModelIndex first = m_model->index(0, AnswerQueueModel::ScoreColumn);
    QCOMPARE(first.data(Models::CellIdRole).toLongLong(), m_course->manualCellId);
    QCOMPARE(first.data(Models::SubmittedNotebookIdRole).toLongLong(), notebookOf(QStringLiteral("alyssa")));
    QCOMPARE(m_model->headerData(AnswerQueueModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
}

void AnswerQueueModelTest::data_formatsForPeopleAndKeepsRawValues_data()
{
    QTest::addColumn<QString>("student");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("raw");

    // m_students index 0 (ben) has the manual grade pending; index 1 (cy) does not.
    QTest::newRow("pending manual grade")
        << QStringLiteral("ben") << int(AnswerQueueModel::StateColumn) << QStringLiteral("Needs manual grade")
        << QVariant(int(AnswerQueueModel::AnswerState::NeedsManual));
    QTest::newRow("never graded") << QStringLiteral("cy") << int(AnswerQueueModel::StateColumn)
                                  << QStringLiteral("Ungraded")
                                  << QVariant(int(AnswerQueueModel::AnswerState::Ungraded));
    QTest::newRow("no score yet shows a dash and no raw value")
        << QStringLiteral("cy") << int(AnswerQueueModel::ScoreColumn) << QStringLiteral("– / 3") << QVariant();
    QTest::newRow("not flagged is blank")
        << QStringLiteral("cy") << int(AnswerQueueModel::FlaggedColumn) << QString() << QVariant(false);
    QTest::newRow("alone in its group is blank, sorts as one")
        << QStringLiteral("cy") << int(AnswerQueueModel::GroupSizeColumn) << QString() << QVariant(1);
    QTest::newRow("a student without a name shows the id")
        << QStringLiteral("cy") << int(AnswerQueueModel::StudentColumn) << QStringLiteral("cy")
        << QVariant(QStringLiteral("cy"));
}

void AnswerQueueModelTest::data_formatsForPeopleAndKeepsRawValues()
{
    QFETCH(QString, student);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, raw);
    const QModelIndex index = m_model->index(m_model->rowOfStudent(student), column);
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(Models::RawValueRole), raw);
}

void AnswerQueueModelTest::shuffleKey_givesTheSameOrderForTheSameKeyOnly()
{
    const QStringList byId = studentOrder();
    m_model->setShuffleKey(QStringLiteral("demo101/alice"));
    const QStringList alice = studentOrder();
    QVERIFY(alice != byId);
    QCOMPARE(QSet<QString>(alice.cbegin(), alice.cend()), QSet<QString>(byId.cbegin(), byId.cend()));

    AnswerQueueModel other;
    other.setShuffleKey(QStringLiteral("demo101/alice"));
    QVERIFY(other.setQuestion(m_course->gradebook.get(), m_course->manualCellId).ok());
    QStringList otherOrder;
    for (int row = 0; row < other.rowCount(); ++row) {
        otherOrder.append(other.answer(row).studentId);
    }
    QCOMPARE(otherOrder, alice);

    m_model->setShuffleKey(QStringLiteral("demo101/bob"));
    QVERIFY(studentOrder() != alice);
    m_model->setShuffleKey(QString());
    QCOMPARE(studentOrder(), byId);
}

void AnswerQueueModelTest::shuffleKey_keepsPersistentIndexesOnTheirAnswers()
{
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QPersistentModelIndex eva(m_model->index(m_model->rowOfStudent(QStringLiteral("eva")), 2));
    m_model->setShuffleKey(QStringLiteral("x"));
    QCOMPARE(layout.count(), 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(eva.isValid());
    QCOMPARE(eva.data(Models::StudentIdRole).toString(), QStringLiteral("eva"));
    QCOMPARE(eva.column(), 2);
}

void AnswerQueueModelTest::newSubmission_insertsOneRowWhereTheShuffledOrderPutsIt()
{
    m_model->setShuffleKey(QStringLiteral("demo101/alice"));
    const QStringList before = studentOrder();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_course->addSubmission(QStringLiteral("zed"), QStringLiteral("2026-01-15T11:00:00Z"), 1.0, true) > 0);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QStringList after = studentOrder();
    QCOMPARE(after.size(), before.size() + 1);
    // A new answer never moves the others: stable for a grader half-way through the queue.
    after.removeAll(QStringLiteral("zed"));
    QCOMPARE(after, before);

    AnswerQueueModel fresh;
    fresh.setShuffleKey(QStringLiteral("demo101/alice"));
    QVERIFY(fresh.setQuestion(m_course->gradebook.get(), m_course->manualCellId).ok());
    QCOMPARE(fresh.rowOfStudent(QStringLiteral("zed")), m_model->rowOfStudent(QStringLiteral("zed")));
}

void AnswerQueueModelTest::gradeChange_emitsDataChangedForExactlyThatRow()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy refreshed(m_model.get(), &AnswerQueueModel::answersRefreshed);
    const int row = m_model->rowOfStudent(QStringLiteral("dan"));
    QVERIFY(
        m_course->gradebook
            ->setManualGrade(notebookOf(QStringLiteral("dan")), m_course->manualCellId, 2.5, QStringLiteral("alice"))
            .ok());
    // Another question's grade is not this model's business.
    QVERIFY(m_course->gradebook
                ->setManualGrade(notebookOf(QStringLiteral("eva")), m_course->autoCellId, 0.0, QStringLiteral("alice"))
                .ok());
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), row);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), row);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), AnswerQueueModel::ColumnCount - 1);
    QCOMPARE(m_model->index(row, AnswerQueueModel::ScoreColumn).data().toString(), QStringLiteral("2.5 / 3"));
    QCOMPARE(m_model->index(row, AnswerQueueModel::ScoreColumn).data(Models::ScoreRole).toDouble(), 2.5);
    QCOMPARE(m_model->index(row, 0).data(Models::AnswerStateRole).toInt(), int(AnswerQueueModel::AnswerState::Graded));
}

void AnswerQueueModelTest::burstOfChanges_isCoalescedIntoOneRead()
{
    QSignalSpy refreshed(m_model.get(), &AnswerQueueModel::answersRefreshed);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_course->gradebook
                ->transaction([&]() -> Services::Result<void> {
                    for (const QString &student : m_students) {
                        if (auto done = m_course->gradebook->setManualGrade(notebookOf(student), m_course->manualCellId,
                                                                            1.0, QStringLiteral("alice"));
                            !done) {
                            return done;
                        }
                    }
                    return {};
                })
                .ok());
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(reset.count(), 0);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->index(row, 0).data(Models::ScoreRole).toDouble(), 1.0);
    }
}

void AnswerQueueModelTest::anonymous_showsPseudonymsUntilRevealed()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setStudentNames({{QStringLiteral("ben"), QStringLiteral("Ben Bitdiddle")}},
                             {{QStringLiteral("ben"), QStringLiteral("Student K3M9Q")}});
    const int row = m_model->rowOfStudent(QStringLiteral("ben"));
    QCOMPARE(m_model->index(row, 0).data().toString(), QStringLiteral("Ben Bitdiddle"));
    m_model->setAnonymous(true);
    QCOMPARE(m_model->index(row, 0).data().toString(), QStringLiteral("Student K3M9Q"));
    // Without a pseudonym the id must not leak either.
    QCOMPARE(m_model->displayName(QStringLiteral("cy")), QStringLiteral("Anonymous student"));
    changed.clear();
    m_model->revealName(QStringLiteral("ben"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(row, AnswerQueueModel::StudentColumn));
    QCOMPARE(m_model->index(row, 0).data().toString(), QStringLiteral("Ben Bitdiddle"));
    QVERIFY(m_model->isRevealed(QStringLiteral("ben")));
    m_model->setAnonymous(true);
    QVERIFY(!m_model->isRevealed(QStringLiteral("ben")));
}

void AnswerQueueModelTest::groupKeys_countMembersAndIgnoreSplitAnswers()
{
    QSignalSpy groups(m_model.get(), &AnswerQueueModel::groupsChanged);
    const QString same = QStringLiteral("code:abc");
    QVERIFY(m_model->addGroupKeys({{notebookOf(QStringLiteral("ben")), same},
                                   {notebookOf(QStringLiteral("cy")), same},
                                   {notebookOf(QStringLiteral("dan")), same},
                                   {notebookOf(QStringLiteral("eva")), QString()}}));
    QCOMPARE(groups.count(), 1);
    const int ben = m_model->rowOfStudent(QStringLiteral("ben"));
    QCOMPARE(m_model->index(ben, AnswerQueueModel::GroupSizeColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(m_model->groupRows(ben).size(), 3);
    QCOMPARE(m_model->groupRows(m_model->rowOfStudent(QStringLiteral("eva"))).size(), 1);
    QVERIFY(!m_model->addGroupKeys({{notebookOf(QStringLiteral("ben")), same}}));

    const Services::AnswerKey cy{notebookOf(QStringLiteral("cy")), m_course->manualCellId};
    QVERIFY(m_course->gradebook->setGroupSplit(cy, true, QStringLiteral("alice")).ok());
    QVERIFY(m_model->refreshAnswers({cy}).ok());
    QCOMPARE(m_model->index(ben, AnswerQueueModel::GroupSizeColumn).data(Models::GroupSizeRole).toInt(), 2);
    QCOMPARE(m_model->groupRows(m_model->rowOfStudent(QStringLiteral("cy"))).size(), 1);
    QCOMPARE(groups.count(), 2);

    m_model->clearGroupKeys();
    QCOMPARE(m_model->index(ben, AnswerQueueModel::GroupSizeColumn).data(Models::GroupSizeRole).toInt(), 1);
}

QTEST_GUILESS_MAIN(AnswerQueueModelTest)
#include "answerqueuemodel_test.moc"
