// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "testgradebook.h"

#include <models/roles.h>
#include <models/submissiontablemodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk;
using Models::SubmissionTableModel;

class SubmissionTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void setAssignment_listsOneRowPerStudentInIdOrder();
    void data_formatsForPeopleAndKeepsRawValues();
    void data_formatsForPeopleAndKeepsRawValues_data();
    void proxy_sortsScoresNumericallyWithRawValueRole();
    void gradeChange_emitsDataChangedForExactlyThatRow();
    void newSubmission_insertsOneRowWithoutReset();
    void burstOfChanges_isCoalescedIntoOneRefresh();
    void clear_emptiesTheModel();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Tests::TestGradebook> m_course;
    std::unique_ptr<SubmissionTableModel> m_model;
    qint64 m_bitdiddle = 0;
    qint64 m_hacker = 0;
};

void SubmissionTableModelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void SubmissionTableModelTest::init()
{
    static int counter = 0;
    m_course = Tests::TestGradebook::create(m_dir.filePath(QStringLiteral("gb%1.sqlite").arg(++counter)));
    QVERIFY(m_course);
    // hacker: full auto score, on time; bitdiddle: zero auto score, late, one manual question open.
    m_hacker = m_course->addSubmission(QStringLiteral("hacker"), QStringLiteral("2026-01-15T10:00:00Z"), 2.0, false);
    m_bitdiddle =
        m_course->addSubmission(QStringLiteral("bitdiddle"), QStringLiteral("2026-01-15T19:30:00Z"), 0.5, true);
    QVERIFY(m_hacker > 0 && m_bitdiddle > 0);
    m_model = std::make_unique<SubmissionTableModel>();
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    auto assignment = m_course->gradebook->assignment(QStringLiteral("ps1"));
    QVERIFY(assignment && assignment.value());
    QVERIFY(m_model->setAssignment(m_course->gradebook.get(), *assignment.value()).ok());
}

void SubmissionTableModelTest::cleanup()
{
    m_model.reset();
    m_course.reset();
}

void SubmissionTableModelTest::setAssignment_listsOneRowPerStudentInIdOrder()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(SubmissionTableModel::ColumnCount));
    QCOMPARE(m_model->index(0, SubmissionTableModel::StudentColumn).data().toString(), QStringLiteral("bitdiddle"));
    QCOMPARE(m_model->index(1, SubmissionTableModel::StudentColumn).data().toString(), QStringLiteral("hacker"));
    QCOMPARE(m_model->index(1, 0).data(Models::IdRole).toLongLong(), m_hacker);
    QCOMPARE(m_model->index(1, 3).data(Models::StudentIdRole).toString(), QStringLiteral("hacker"));
    QCOMPARE(m_model->rowOfSubmission(m_bitdiddle), 0);
    QCOMPARE(m_model->rowOfStudent(QStringLiteral("hacker")), 1);
    QCOMPARE(m_model->rowOfStudent(QStringLiteral("nobody")), -1);
    QCOMPARE(m_model->headerData(SubmissionTableModel::ScoreColumn, Qt::Horizontal).toString(),
             QStringLiteral("Score"));
}

void SubmissionTableModelTest::data_formatsForPeopleAndKeepsRawValues_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("raw");

    QTest::newRow("score shows x / y without trailing zeros")
        << 1 << int(SubmissionTableModel::ScoreColumn) << QStringLiteral("2 / 5") << QVariant(2.0);
    QTest::newRow("fractional score keeps its decimals")
        << 0 << int(SubmissionTableModel::ScoreColumn) << QStringLiteral("0.5 / 5") << QVariant(0.5);
    QTest::newRow("open manual question is counted")
        << 0 << int(SubmissionTableModel::NeedsManualColumn) << QStringLiteral("1") << QVariant(1);
    QTest::newRow("nothing to grade shows empty, sorts as zero")
        << 1 << int(SubmissionTableModel::NeedsManualColumn) << QString() << QVariant(0);
    QTest::newRow("status of a submission with a manual question")
        << 0 << int(SubmissionTableModel::StatusColumn) << QStringLiteral("Needs grading")
        << QVariant(int(SubmissionTableModel::Status::NeedsManualGrading));
    QTest::newRow("student without a name shows no name")
        << 1 << int(SubmissionTableModel::NameColumn) << QString() << QVariant(QStringLiteral("hacker"));
}

void SubmissionTableModelTest::data_formatsForPeopleAndKeepsRawValues()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, raw);
    const QModelIndex index = m_model->index(row, column);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(index.data(Models::RawValueRole), raw);
}

void SubmissionTableModelTest::proxy_sortsScoresNumericallyWithRawValueRole()
{
    // "10 / 12" sorts before "9 / 12" as text; the raw role must sort by value.
    m_course->addSubmission(QStringLiteral("alyssa"), QStringLiteral("2026-01-14T10:00:00Z"), 1.0, false);
    QVERIFY(m_model->refresh().ok());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(Models::RawValueRole);
    proxy.sort(SubmissionTableModel::ScoreColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, SubmissionTableModel::StudentColumn).data().toString(), QStringLiteral("hacker"));
    QCOMPARE(proxy.index(1, SubmissionTableModel::StudentColumn).data().toString(), QStringLiteral("alyssa"));
    QCOMPARE(proxy.index(2, SubmissionTableModel::StudentColumn).data().toString(), QStringLiteral("bitdiddle"));
    proxy.sort(SubmissionTableModel::SubmittedColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, SubmissionTableModel::StudentColumn).data().toString(), QStringLiteral("alyssa"));
    QCOMPARE(m_model->index(0, SubmissionTableModel::SubmittedColumn).data(Models::RawValueRole).typeId(),
             QMetaType::QDateTime);
}

void SubmissionTableModelTest::gradeChange_emitsDataChangedForExactlyThatRow()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const qint64 notebook = m_course->submittedNotebookOf(m_bitdiddle);
    QVERIFY(m_course->gradebook->setManualGrade(notebook, m_course->manualCellId, 3.0, QStringLiteral("alice")).ok());
    QTRY_COMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 0);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), SubmissionTableModel::ColumnCount - 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->index(0, SubmissionTableModel::ScoreColumn).data().toString(), QStringLiteral("3.5 / 5"));
    QCOMPARE(m_model->index(0, SubmissionTableModel::StatusColumn).data(Models::RawValueRole).toInt(),
             int(SubmissionTableModel::Status::Graded));
}

void SubmissionTableModelTest::newSubmission_insertsOneRowWithoutReset()
{
    QSignalSpy aboutToInsert(m_model.get(), &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_course->addSubmission(QStringLiteral("eve"), QStringLiteral("2026-01-15T12:00:00Z"), 1.0, false);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(aboutToInsert.count(), 1);
    // Kept in student-id order: bitdiddle, eve, hacker.
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(m_model->index(1, SubmissionTableModel::StudentColumn).data().toString(), QStringLiteral("eve"));
    QCOMPARE(reset.count(), 0);
}

void SubmissionTableModelTest::burstOfChanges_isCoalescedIntoOneRefresh()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const qint64 notebook = m_course->submittedNotebookOf(m_hacker);
    for (double score : {0.0, 1.0, 1.5}) {
        QVERIFY(m_course->gradebook->setManualGrade(notebook, m_course->autoCellId, score, QStringLiteral("a")).ok());
    }
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(m_model->index(1, SubmissionTableModel::ScoreColumn).data(Models::RawValueRole).toDouble(), 1.5);
}

void SubmissionTableModelTest::clear_emptiesTheModel()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(SubmissionTableModelTest)
#include "submissiontablemodel_test.moc"
