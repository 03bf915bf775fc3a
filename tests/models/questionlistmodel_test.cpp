// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "testgradebook.h"

#include <models/questionlistmodel.h>
#include <models/roles.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk;
using Models::QuestionListModel;

class QuestionListModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void setAssignment_listsGradedCellsWithProgress();
    void data_formatsForPeopleAndKeepsRawValues_data();
    void data_formatsForPeopleAndKeepsRawValues();
    void gradeChanges_areCoalescedIntoOneRowUpdate();
    void unknownAssignment_isEmpty();
    void liveQuestion_isCountedFromItsAnswersLikeTheGradebook();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Tests::TestGradebook> m_course;
    std::unique_ptr<QuestionListModel> m_model;
    QList<qint64> m_submissions;
};

void QuestionListModelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void QuestionListModelTest::init()
{
    static int counter = 0;
    m_course = Tests::TestGradebook::create(m_dir.filePath(QStringLiteral("gb%1.sqlite").arg(++counter)));
    QVERIFY(m_course);
    // Three answers to each question: q1 autograded for all; q2 pending for two of them.
    m_submissions = {
        m_course->addSubmission(QStringLiteral("ann"), QStringLiteral("2026-01-15T10:00:00Z"), 2.0, true),
        m_course->addSubmission(QStringLiteral("bob"), QStringLiteral("2026-01-15T10:00:00Z"), 1.0, true),
        m_course->addSubmission(QStringLiteral("cid"), QStringLiteral("2026-01-15T10:00:00Z"), 0.0, false),
    };
    m_model = std::make_unique<QuestionListModel>();
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    QVERIFY(m_model->setAssignment(m_course->gradebook.get(), m_course->assignmentId).ok());
}

void QuestionListModelTest::cleanup()
{
    m_model.reset();
    m_course.reset();
}

void QuestionListModelTest::setAssignment_listsGradedCellsWithProgress()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(QuestionListModel::ColumnCount));
    QCOMPARE(m_model->rowOfQuestion(m_course->autoCellId), 0);
    QCOMPARE(m_model->rowOfQuestion(m_course->manualCellId), 1);
    QCOMPARE(m_model->rowOfQuestion(-5), -1);
    QCOMPARE(m_model->question(1).name, QStringLiteral("q2"));
    QCOMPARE(m_model->index(1, 0).data(Models::CellIdRole).toLongLong(), m_course->manualCellId);
    QCOMPARE(m_model->index(1, 3).data(Models::NameRole).toString(), QStringLiteral("q2"));
    QCOMPARE(m_model->headerData(QuestionListModel::ProgressColumn, Qt::Horizontal).toString(),
             QStringLiteral("Graded"));
}

void QuestionListModelTest::data_formatsForPeopleAndKeepsRawValues_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("raw");

    QTest::newRow("label is notebook: grade_id")
        << 0 << int(QuestionListModel::LabelColumn) << QStringLiteral("problem1: q1") << QVariant(QStringLiteral("q1"));
    QTest::newRow("points") << 1 << int(QuestionListModel::PointsColumn) << QStringLiteral("3") << QVariant(3.0);
    QTest::newRow("autograded question is fully graded")
        << 0 << int(QuestionListModel::ProgressColumn) << QStringLiteral("3 / 3") << QVariant(1.0);
    QTest::newRow("manual question: nothing graded yet")
        << 1 << int(QuestionListModel::ProgressColumn) << QStringLiteral("0 / 3") << QVariant(0.0);
    QTest::newRow("needs-manual count") << 1 << int(QuestionListModel::NeedsManualColumn) << QStringLiteral("2")
                                        << QVariant(2);
    QTest::newRow("zero counts are blank")
        << 0 << int(QuestionListModel::NeedsManualColumn) << QString() << QVariant(0);
    QTest::newRow("no flags") << 1 << int(QuestionListModel::FlaggedColumn) << QString() << QVariant(0);
}

void QuestionListModelTest::data_formatsForPeopleAndKeepsRawValues()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, raw);
    const QModelIndex index = m_model->index(row, column);
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(Models::RawValueRole), raw);
}

void QuestionListModelTest::gradeChanges_areCoalescedIntoOneRowUpdate()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QString alice = QStringLiteral("alice");
    for (int i = 0; i < 2; ++i) {
        const qint64 notebook = m_course->submittedNotebookOf(m_submissions.at(i));
        QVERIFY(m_course->gradebook->setManualGrade(notebook, m_course->manualCellId, 1.5, alice).ok());
    }
    const Services::AnswerKey flagged{m_course->submittedNotebookOf(m_submissions.at(2)), m_course->manualCellId};
    QVERIFY(m_course->gradebook->setFlagged(flagged, true, alice).ok());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
    QCOMPARE(m_model->index(1, QuestionListModel::ProgressColumn).data().toString(), QStringLiteral("2 / 3"));
    QCOMPARE(m_model->index(1, QuestionListModel::NeedsManualColumn).data(Models::RawValueRole).toInt(), 0);
    QCOMPARE(m_model->index(1, QuestionListModel::FlaggedColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(m_model->index(1, 0).data(Models::GradedCountRole).toInt(), 2);
}

void QuestionListModelTest::unknownAssignment_isEmpty()
{
    QVERIFY(m_model->setAssignment(m_course->gradebook.get(), 9999).ok());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->setAssignment(nullptr, 0).ok());
    QCOMPARE(m_model->rowCount(), 0);
}

void QuestionListModelTest::liveQuestion_isCountedFromItsAnswersLikeTheGradebook()
{
    m_model->setLiveQuestion(m_course->manualCellId);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QString alice = QStringLiteral("alice");
    const qint64 notebook = m_course->submittedNotebookOf(m_submissions.at(0));
    QVERIFY(m_course->gradebook->setManualGrade(notebook, m_course->manualCellId, 1.5, alice).ok());
    QVERIFY(m_course->gradebook->setFlagged({notebook, m_course->manualCellId}, true, alice).ok());
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 0); // no aggregate query for the live question

    const auto answers = m_course->gradebook->answers(m_course->manualCellId);
    QVERIFY(answers.ok());
    m_model->updateFromAnswers(m_course->manualCellId, answers.value());
    QCOMPARE(changed.count(), 1);
    const auto stored = m_course->gradebook->questions(m_course->assignmentId);
    QVERIFY(stored.ok());
    const Services::QuestionRecord &expected = stored.value().at(1);
    const Services::QuestionRecord &counted = m_model->question(1);
    QCOMPARE(counted.answerCount, expected.answerCount);
    QCOMPARE(counted.gradedCount, expected.gradedCount);
    QCOMPARE(counted.needsManualCount, expected.needsManualCount);
    QCOMPARE(counted.flaggedCount, expected.flaggedCount);
    QCOMPARE(counted.openRegradeCount, expected.openRegradeCount);
    QCOMPARE(counted.gradedCount, 1);
    QCOMPARE(counted.flaggedCount, 1);
    m_model->updateFromAnswers(m_course->manualCellId, answers.value());
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(QuestionListModelTest)
#include "questionlistmodel_test.moc"
