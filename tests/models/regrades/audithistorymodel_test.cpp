// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "../testgradebook.h"

#include <models/regrades/audithistorymodel.h>
#include <models/roles.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk;
using Models::AuditHistoryModel;
using Services::AnswerKey;
using Services::RegradeState;

class AuditHistoryModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void answer_showsItsStepsNewestFirstInWords();
    void newEvents_areInsertedNotReset();
    void otherAnswersChanges_areIgnored();
    void paused_reloadsOnlyWhenResumed();
    void submission_includesAllOfItsAnswers();
    void setEvents_followsNothing();
    void unknownAnswer_isEmptyNotAnError();

private:
    QString what(int row) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Tests::TestGradebook> m_course;
    std::unique_ptr<AuditHistoryModel> m_model;
    qint64 m_submission = 0;
    AnswerKey m_key;
    const QString m_grader = QStringLiteral("alice");
};

void AuditHistoryModelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void AuditHistoryModelTest::init()
{
    static int counter = 0;
    m_course = Tests::TestGradebook::create(m_dir.filePath(QStringLiteral("gb%1.sqlite").arg(++counter)));
    QVERIFY(m_course);
    m_submission = m_course->addSubmission(QStringLiteral("ann"), QStringLiteral("2026-01-15T10:00:00Z"), 2.0, true);
    m_course->addSubmission(QStringLiteral("bob"), QStringLiteral("2026-01-15T10:00:00Z"), 1.0, true);
    m_key = {m_course->submittedNotebookOf(m_submission), m_course->manualCellId};
    m_model = std::make_unique<AuditHistoryModel>();
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
}

void AuditHistoryModelTest::cleanup()
{
    m_model.reset();
    m_course.reset();
}

QString AuditHistoryModelTest::what(int row) const
{
    return m_model->index(row, AuditHistoryModel::WhatColumn).data().toString();
}

void AuditHistoryModelTest::answer_showsItsStepsNewestFirstInWords()
{
    Services::Gradebook &gradebook = *m_course->gradebook;
    QVERIFY(gradebook.setManualGrade(m_key.submittedNotebookId, m_key.cellId, 2.0, m_grader).ok());
    QVERIFY(gradebook.setComment(m_key.submittedNotebookId, m_key.cellId, QStringLiteral("Good"), m_grader).ok());
    Services::NewRegradeRequest request;
    request.assignment = QStringLiteral("ps1");
    request.studentId = QStringLiteral("ann");
    request.cellId = m_key.cellId;
    request.message = QStringLiteral("Please look at part b");
    const auto added = gradebook.addRegradeRequest(request, QStringLiteral("bob"));
    QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().detail));
    const auto moved = gradebook.setRegradeState(added.value().id, RegradeState::InReview, QString(), 1, m_grader);
    QVERIFY2(moved.ok(), qPrintable(moved ? QString() : moved.error().detail));

    QVERIFY(m_model->setAnswer(&gradebook, m_key, m_submission).ok());
    QVERIFY(m_model->isFollowing());
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(what(0), QStringLiteral("Regrade: open → in review"));
    QCOMPARE(what(1), QStringLiteral("Regrade requested"));
    QCOMPARE(what(2), QStringLiteral("Comment added"));
    QCOMPARE(what(3), QStringLiteral("Score set to 2"));
    QCOMPARE(m_model->index(3, AuditHistoryModel::WhoColumn).data().toString(), m_grader);
    QCOMPARE(m_model->index(1, AuditHistoryModel::WhoColumn).data().toString(), QStringLiteral("bob"));
    QCOMPARE(m_model->index(2, AuditHistoryModel::WhatColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("After: Good"));
    QCOMPARE(m_model->index(3, AuditHistoryModel::WhatColumn).data(Models::RawValueRole).toString(),
             QStringLiteral("manual_score"));
    QVERIFY(m_model->index(0, AuditHistoryModel::WhenColumn).data(Models::RawValueRole).toDateTime().isValid());
    QVERIFY(!m_model->index(0, AuditHistoryModel::WhenColumn).data().toString().isEmpty());

    m_model->setNewestFirst(false);
    QCOMPARE(what(0), QStringLiteral("Score set to 2"));
    QCOMPARE(m_model->event(3).action, QStringLiteral("regrade_state"));
}

void AuditHistoryModelTest::newEvents_areInsertedNotReset()
{
    Services::Gradebook &gradebook = *m_course->gradebook;
    QVERIFY(gradebook.setManualGrade(m_key.submittedNotebookId, m_key.cellId, 1.0, m_grader).ok());
    QVERIFY(m_model->setAnswer(&gradebook, m_key, m_submission).ok());
    QCOMPARE(m_model->rowCount(), 1);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // Two changes in one event-loop turn: one reload.
    QVERIFY(gradebook.setManualGrade(m_key.submittedNotebookId, m_key.cellId, 3.0, m_grader).ok());
    QVERIFY(gradebook.setFlagged(m_key, true, m_grader).ok());
    QVERIFY(inserted.wait());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0); // newest first: at the top
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(what(0), QStringLiteral("Flagged for review"));
    QCOMPARE(what(1), QStringLiteral("Score 1 → 3"));
}

void AuditHistoryModelTest::otherAnswersChanges_areIgnored()
{
    Services::Gradebook &gradebook = *m_course->gradebook;
    QVERIFY(m_model->setAnswer(&gradebook, m_key, m_submission).ok());
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    // Same submission, other question; then this question, other student.
    QVERIFY(gradebook.setManualGrade(m_key.submittedNotebookId, m_course->autoCellId, 1.0, m_grader).ok());
    const qint64 bob = m_course->submittedNotebookOf(m_submission + 1);
    QVERIFY(gradebook.setManualGrade(bob, m_key.cellId, 1.0, m_grader).ok());
    QVERIFY(gradebook.setComment(m_key.submittedNotebookId, m_key.cellId, QStringLiteral("x"), m_grader).ok());
    QVERIFY(inserted.wait());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(what(0), QStringLiteral("Comment added"));
}

void AuditHistoryModelTest::paused_reloadsOnlyWhenResumed()
{
    Services::Gradebook &gradebook = *m_course->gradebook;
    QVERIFY(m_model->setAnswer(&gradebook, m_key, m_submission).ok());
    m_model->setPaused(true);
    QVERIFY(gradebook.setManualGrade(m_key.submittedNotebookId, m_key.cellId, 1.0, m_grader).ok());
    QCoreApplication::processEvents();
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setPaused(false);
    QVERIFY(inserted.wait());
    QCOMPARE(m_model->rowCount(), 1);
}

void AuditHistoryModelTest::submission_includesAllOfItsAnswers()
{
    Services::Gradebook &gradebook = *m_course->gradebook;
    QVERIFY(gradebook.setManualGrade(m_key.submittedNotebookId, m_course->autoCellId, 1.0, m_grader).ok());
    QVERIFY(gradebook.setManualGrade(m_key.submittedNotebookId, m_key.cellId, 2.0, m_grader).ok());
    const qint64 bob = m_course->submittedNotebookOf(m_submission + 1);
    QVERIFY(gradebook.setManualGrade(bob, m_key.cellId, 1.0, m_grader).ok());
    QVERIFY(m_model->setSubmission(&gradebook, m_submission).ok());
    QCOMPARE(m_model->rowCount(), 2);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(gradebook.setFlagged({m_key.submittedNotebookId, m_course->autoCellId}, true, m_grader).ok());
    QVERIFY(inserted.wait());
    QCOMPARE(m_model->rowCount(), 3);
}

void AuditHistoryModelTest::setEvents_followsNothing()
{
    Services::AuditEvent event;
    event.id = 7;
    event.at = QDateTime::currentDateTimeUtc();
    event.actor = m_grader;
    event.action = QStringLiteral("reveal_name");
    event.entity = QStringLiteral("student");
    m_model->setEvents({event});
    QVERIFY(!m_model->isFollowing());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(what(0), QStringLiteral("Name revealed"));
    QCOMPARE(m_model->index(0, 0).data(Models::IdRole).toLongLong(), 7);
    QVERIFY(m_model->refresh().ok());
    QCOMPARE(m_model->rowCount(), 1);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

void AuditHistoryModelTest::unknownAnswer_isEmptyNotAnError()
{
    const auto result = m_model->setAnswer(m_course->gradebook.get(), {999999, 999999}, 999999);
    QVERIFY(result.ok());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->setAnswer(nullptr, m_key, m_submission).ok());
    QVERIFY(!m_model->isFollowing());
}

QTEST_GUILESS_MAIN(AuditHistoryModelTest)
#include "audithistorymodel_test.moc"
