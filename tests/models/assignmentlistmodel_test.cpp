// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "testgradebook.h"

#include <models/assignmentlistmodel.h>
#include <models/roles.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk;
using Models::AssignmentListModel;

class AssignmentListModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void setGradebook_listsAssignmentsWithCounts();
    void manualGrade_updatesCountsWithDataChangedOnly();
    void newAssignment_resetsOnce();
    void nullGradebook_clears();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Tests::TestGradebook> m_course;
    std::unique_ptr<AssignmentListModel> m_model;
    qint64 m_pending = 0;
};

void AssignmentListModelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void AssignmentListModelTest::init()
{
    static int counter = 0;
    m_course = Tests::TestGradebook::create(m_dir.filePath(QStringLiteral("gb%1.sqlite").arg(++counter)));
    QVERIFY(m_course);
    m_course->addSubmission(QStringLiteral("hacker"), QStringLiteral("2026-01-15T10:00:00Z"), 2.0, false);
    m_pending = m_course->addSubmission(QStringLiteral("bitdiddle"), QStringLiteral("2026-01-15T11:00:00Z"), 0.0, true);
    m_model = std::make_unique<AssignmentListModel>();
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    QVERIFY(m_model->setGradebook(m_course->gradebook.get()).ok());
}

void AssignmentListModelTest::cleanup()
{
    m_model.reset();
    m_course.reset();
}

void AssignmentListModelTest::setGradebook_listsAssignmentsWithCounts()
{
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, AssignmentListModel::NameColumn).data().toString(), QStringLiteral("ps1"));
    QCOMPARE(m_model->index(0, AssignmentListModel::NameColumn).data(Models::NameRole).toString(),
             QStringLiteral("ps1"));
    QCOMPARE(m_model->index(0, 0).data(Models::IdRole).toLongLong(), m_course->assignmentId);
    QCOMPARE(m_model->index(0, AssignmentListModel::SubmissionsColumn).data(Models::RawValueRole).toInt(), 2);
    QCOMPARE(m_model->index(0, AssignmentListModel::NeedsGradingColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(m_model->totalSubmissions(), 2);
    QCOMPARE(m_model->totalNeedsGrading(), 1);
    QCOMPARE(m_model->rowOfAssignment(QStringLiteral("ps1")), 0);
    QVERIFY(m_model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 submission")));
}

void AssignmentListModelTest::manualGrade_updatesCountsWithDataChangedOnly()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counts(m_model.get(), &AssignmentListModel::countsChanged);
    const qint64 notebook = m_course->submittedNotebookOf(m_pending);
    QVERIFY(m_course->gradebook->setManualGrade(notebook, m_course->manualCellId, 1.0, QStringLiteral("a")).ok());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(m_model->index(0, AssignmentListModel::NeedsGradingColumn).data(Models::RawValueRole).toInt(), 0);
    QCOMPARE(m_model->index(0, AssignmentListModel::NeedsGradingColumn).data().toString(), QString());
}

void AssignmentListModelTest::newAssignment_resetsOnce()
{
    QVERIFY(m_course->gradebook->upsertAssignment(QStringLiteral("ps0"), {}).ok());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->refresh().ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(m_model->rowOfAssignment(QStringLiteral("ps0")) >= 0);
    QCOMPARE(m_model->totalSubmissions(), 2);
}

void AssignmentListModelTest::nullGradebook_clears()
{
    QVERIFY(m_model->setGradebook(nullptr).ok());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalSubmissions(), 0);
}

QTEST_GUILESS_MAIN(AssignmentListModelTest)
#include "assignmentlistmodel_test.moc"
