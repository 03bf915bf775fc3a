// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "../testgradebook.h"

#include <models/answerfiltermodel.h>
#include <models/answerqueuemodel.h>
#include <models/questionlistmodel.h>
#include <models/regrades/graderactivitymodel.h>
#include <models/regrades/regradefiltermodel.h>
#include <models/regrades/regradelistmodel.h>
#include <models/roles.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk;
using Models::RegradeFilterModel;
using Models::RegradeListModel;
using Services::RegradeSource;
using Services::RegradeState;
using StateFilter = RegradeFilterModel::StateFilter;

class RegradeListModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void setAssignment_listsRequestsOldestFirst();
    void data_formatsForPeopleAndKeepsRawValues();
    void names_arePseudonymsWhileAnonymous();
    void ageText_roundsDown_data();
    void ageText_roundsDown();
    void regradesChanged_insertsNewAndUpdatesMovedRows();
    void otherAssignments_areIgnored();
    void filter_byStateAndQuestion_data();
    void filter_byStateAndQuestion();
    void counts_followStateChanges();
    void questionList_countsOpenRequestsAndRefreshes();
    void answerFilter_showsOnlyAnswersWithOpenRequests();
    void graderActivity_countsPerGrader();

private:
    qint64 add(const QString &student, qint64 cellId, const QString &message,
               RegradeSource source = RegradeSource::Staff);

    QTemporaryDir m_dir;
    std::unique_ptr<Tests::TestGradebook> m_course;
    std::unique_ptr<RegradeListModel> m_model;
    QList<qint64> m_submissions;
    const QString m_grader = QStringLiteral("alice");
    const QDateTime m_now = QDateTime::currentDateTimeUtc();
};

void RegradeListModelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void RegradeListModelTest::init()
{
    static int counter = 0;
    m_course = Tests::TestGradebook::create(m_dir.filePath(QStringLiteral("gb%1.sqlite").arg(++counter)));
    QVERIFY(m_course);
    for (const char *student : {"ann", "bob", "cid"}) {
        m_submissions.append(
            m_course->addSubmission(QString::fromLatin1(student), QStringLiteral("2026-01-15T10:00:00Z"), 1.0, true));
    }
    m_model = std::make_unique<RegradeListModel>();
    m_model->setClock([this] { return m_now; });
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
}

void RegradeListModelTest::cleanup()
{
    m_model.reset();
    m_course.reset();
    m_submissions.clear();
}

qint64 RegradeListModelTest::add(const QString &student, qint64 cellId, const QString &message, RegradeSource source)
{
    Services::NewRegradeRequest request;
    request.assignment = QStringLiteral("ps1");
    request.studentId = student;
    request.cellId = cellId;
    request.message = message;
    request.source = source;
    if (source != RegradeSource::Staff) {
        request.sourceKey = QStringLiteral("test:") + student + message;
    }
    const auto added = m_course->gradebook->addRegradeRequest(request, m_grader);
    if (!added) {
        qWarning() << added.error().detail;
        return 0;
    }
    return added.value().id;
}

void RegradeListModelTest::setAssignment_listsRequestsOldestFirst()
{
    const qint64 first = add(QStringLiteral("bob"), m_course->manualCellId, QStringLiteral("Part b is right"));
    const qint64 second = add(QStringLiteral("ann"), 0, QStringLiteral("Whole thing please"));
    QVERIFY(first && second);
    QVERIFY(m_model->setAssignment(m_course->gradebook.get(), m_course->assignmentId).ok());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(RegradeListModel::ColumnCount));
    QCOMPARE(m_model->request(0).id, first);
    QCOMPARE(m_model->rowOfRequest(second), 1);
    QCOMPARE(m_model->rowOfRequest(-1), -1);
    QCOMPARE(m_model->index(0, 0).data(Models::IdRole).toLongLong(), first);
    QCOMPARE(m_model->index(0, 3).data(Models::StudentIdRole).toString(), QStringLiteral("bob"));
    QCOMPARE(m_model->index(0, 3).data(Models::CellIdRole).toLongLong(), m_course->manualCellId);
    QCOMPARE(m_model->headerData(RegradeListModel::AgeColumn, Qt::Horizontal).toString(), QStringLiteral("Age"));

    QVERIFY(m_model->setAssignment(nullptr, 0).ok());
    QCOMPARE(m_model->rowCount(), 0);
}

void RegradeListModelTest::data_formatsForPeopleAndKeepsRawValues()
{
    QVERIFY(add(QStringLiteral("bob"), m_course->manualCellId, QStringLiteral("First line\nsecond line")));
    QVERIFY(add(QStringLiteral("ann"), 0, QStringLiteral("From Canvas"), RegradeSource::Canvas));
    QVERIFY(m_model->setAssignment(m_course->gradebook.get(), m_course->assignmentId).ok());
    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(0, RegradeListModel::StateColumn).toString(), QStringLiteral("Open"));
    QCOMPARE(cell(0, RegradeListModel::StateColumn, Models::RawValueRole).toInt(), int(RegradeState::Open));
    QCOMPARE(cell(0, RegradeListModel::QuestionColumn).toString(), QStringLiteral("problem1: q2"));
    QCOMPARE(cell(1, RegradeListModel::QuestionColumn).toString(), QStringLiteral("Whole submission"));
    QCOMPARE(cell(1, RegradeListModel::QuestionColumn, Models::RawValueRole).toLongLong(), 0);
    QCOMPARE(cell(0, RegradeListModel::MessageColumn).toString(), QStringLiteral("First line …"));
    QCOMPARE(cell(0, RegradeListModel::MessageColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("First line\nsecond line"));
    QCOMPARE(cell(0, RegradeListModel::EnteredByColumn).toString(), m_grader);
    QCOMPARE(cell(0, RegradeListModel::SourceColumn).toString(), QStringLiteral("Staff"));
    QCOMPARE(cell(1, RegradeListModel::SourceColumn).toString(), QStringLiteral("Canvas"));
    QCOMPARE(cell(0, RegradeListModel::AgeColumn, Models::RawValueRole).toDateTime(), m_model->request(0).createdAt);
    QVERIFY(cell(0, RegradeListModel::AgeColumn).toString().endsWith(QStringLiteral(" s")));
}

void RegradeListModelTest::names_arePseudonymsWhileAnonymous()
{
    QVERIFY(add(QStringLiteral("bob"), m_course->manualCellId, QStringLiteral("x")));
    QVERIFY(m_model->setAssignment(m_course->gradebook.get(), m_course->assignmentId).ok());
    m_model->setStudentNames({{QStringLiteral("bob"), QStringLiteral("Bob Builder")}},
                             {{QStringLiteral("bob"), QStringLiteral("Student K3Q9Z")}});
    QVERIFY(m_model->isAnonymous());
    const QModelIndex student = m_model->index(0, RegradeListModel::StudentColumn);
    QCOMPARE(student.data().toString(), QStringLiteral("Student K3Q9Z"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setAnonymous(false);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(student.data().toString(), QStringLiteral("Bob Builder"));
    QCOMPARE(m_model->displayName(QStringLiteral("nobody")), QStringLiteral("nobody"));
    m_model->setAnonymous(true);
    // Never the id while anonymous, even for a student without a pseudonym.
    QCOMPARE(m_model->displayName(QStringLiteral("nobody")), QStringLiteral("Unknown student"));
}

void RegradeListModelTest::ageText_roundsDown_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seconds") << 59 << "59 s";
    QTest::newRow("minutes") << 125 << "2 min";
    QTest::newRow("hours") << 3 * 3600 + 3599 << "3 h";
    QTest::newRow("days") << 2 * 86400 + 5 << "2 d";
    QTest::newRow("clock behind the entry is 0 s") << -30 << "0 s";
}

void RegradeListModelTest::ageText_roundsDown()
{
    QFETCH(int, seconds);
    QFETCH(QString, expected);
    QCOMPARE(RegradeListModel::ageText(m_now, m_now.addSecs(seconds)), expected);
}

void RegradeListModelTest::regradesChanged_insertsNewAndUpdatesMovedRows()
{
    const qint64 first = add(QStringLiteral("bob"), m_course->manualCellId, QStringLiteral("x"));
    QVERIFY(m_model->setAssignment(m_course->gradebook.get(), m_course->assignmentId).ok());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy requests(m_model.get(), &RegradeListModel::requestsChanged);
    QVERIFY(add(QStringLiteral("ann"), m_course->autoCellId, QStringLiteral("y")));
    QVERIFY(m_course->gradebook->setRegradeState(first, RegradeState::InReview, QString(), 1, m_grader).ok());
    QVERIFY(requests.wait());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), RegradeListModel::ColumnCount - 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->request(0).state, RegradeState::InReview);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("In review"));
}

void RegradeListModelTest::otherAssignments_areIgnored()
{
    QVERIFY(m_model->setAssignment(m_course->gradebook.get(), m_course->assignmentId + 1000).ok());
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy requests(m_model.get(), &RegradeListModel::requestsChanged);
    QVERIFY(add(QStringLiteral("ann"), m_course->autoCellId, QStringLiteral("y")));
    QCoreApplication::processEvents();
    QCOMPARE(requests.size(), 0);
    QCOMPARE(m_model->rowCount(), 0);
}

void RegradeListModelTest::filter_byStateAndQuestion_data()
{
    QTest::addColumn<StateFilter>("state");
    QTest::addColumn<qint64>("question"); // -1: all questions, -2: q2
    QTest::addColumn<int>("rows");
    QTest::newRow("all") << StateFilter::All << qint64(-1) << 4;
    QTest::newRow("unresolved") << StateFilter::Unresolved << qint64(-1) << 3;
    QTest::newRow("open (reopened counts)") << StateFilter::Open << qint64(-1) << 2;
    QTest::newRow("in review") << StateFilter::InReview << qint64(-1) << 1;
    QTest::newRow("resolved") << StateFilter::Resolved << qint64(-1) << 1;
    QTest::newRow("question q2") << StateFilter::All << qint64(-2) << 2;
    QTest::newRow("whole submission") << StateFilter::All << qint64(0) << 1;
    QTest::newRow("q2 and resolved") << StateFilter::Resolved << qint64(-2) << 1;
    QTest::newRow("q2 and in review") << StateFilter::InReview << qint64(-2) << 0;
}

void RegradeListModelTest::filter_byStateAndQuestion()
{
    QFETCH(StateFilter, state);
    QFETCH(qint64, question);
    QFETCH(int, rows);
    const qint64 q2 = m_course->manualCellId;
    const qint64 resolved = add(QStringLiteral("ann"), q2, QStringLiteral("a"));
    const qint64 review = add(QStringLiteral("bob"), m_course->autoCellId, QStringLiteral("b"));
    const qint64 reopened = add(QStringLiteral("cid"), q2, QStringLiteral("c"));
    QVERIFY(add(QStringLiteral("cid"), 0, QStringLiteral("d")));
    Services::Gradebook &gradebook = *m_course->gradebook;
    QVERIFY(gradebook.setRegradeState(resolved, RegradeState::Resolved, QStringLiteral("ok"), 1, m_grader).ok());
    QVERIFY(gradebook.setRegradeState(review, RegradeState::InReview, QString(), 1, m_grader).ok());
    QVERIFY(gradebook.setRegradeState(reopened, RegradeState::Resolved, QStringLiteral("no"), 1, m_grader).ok());
    QVERIFY(gradebook.setRegradeState(reopened, RegradeState::Reopened, QString(), 2, m_grader).ok());
    QVERIFY(m_model->setAssignment(&gradebook, m_course->assignmentId).ok());

    RegradeFilterModel filter;
    new QAbstractItemModelTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest, &filter);
    filter.setSourceModel(m_model.get());
    filter.setStateFilter(state);
    filter.setQuestionFilter(question == -1 ? std::nullopt : std::optional<qint64>(question == -2 ? q2 : question));
    QCOMPARE(filter.rowCount(), rows);
}

void RegradeListModelTest::counts_followStateChanges()
{
    const qint64 id = add(QStringLiteral("ann"), m_course->manualCellId, QStringLiteral("a"));
    QVERIFY(m_model->setAssignment(m_course->gradebook.get(), m_course->assignmentId).ok());
    RegradeFilterModel filter;
    filter.setSourceModel(m_model.get());
    filter.setStateFilter(StateFilter::Unresolved);
    QCOMPARE(m_model->count(RegradeState::Open), 1);
    QCOMPARE(filter.rowCount(), 1);
    QVERIFY(m_course->gradebook->setRegradeState(id, RegradeState::Resolved, QStringLiteral("ok"), 1, m_grader).ok());
    QVERIFY(m_model->refresh().ok());
    QCOMPARE(m_model->count(RegradeState::Open), 0);
    QCOMPARE(m_model->count(RegradeState::Resolved), 1);
    QCOMPARE(filter.rowCount(), 0); // a resolved request leaves the "unresolved" list by itself
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Resolved: unchanged"));
    QCOMPARE(m_model->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Reply: ok"));
}

void RegradeListModelTest::questionList_countsOpenRequestsAndRefreshes()
{
    Models::QuestionListModel questions;
    new QAbstractItemModelTester(&questions, QAbstractItemModelTester::FailureReportingMode::QtTest, &questions);
    QVERIFY(questions.setAssignment(m_course->gradebook.get(), m_course->assignmentId).ok());
    const int row = questions.rowOfQuestion(m_course->manualCellId);
    const QModelIndex count = questions.index(row, Models::QuestionListModel::RegradeColumn);
    QCOMPARE(count.data().toString(), QString());
    QSignalSpy changed(&questions, &QAbstractItemModel::dataChanged);
    const qint64 id = add(QStringLiteral("ann"), m_course->manualCellId, QStringLiteral("a"));
    QVERIFY(add(QStringLiteral("bob"), m_course->manualCellId, QStringLiteral("b")));
    QVERIFY(changed.wait());
    QCOMPARE(changed.size(), 1); // both additions: one refresh, one row
    QCOMPARE(count.data().toString(), QStringLiteral("2"));
    QCOMPARE(count.data(Models::OpenRegradeCountRole).toInt(), 2);
    QCOMPARE(count.data(Qt::ToolTipRole).toString(), QStringLiteral("2 open regrade request(s)"));
    QVERIFY(m_course->gradebook->setRegradeState(id, RegradeState::Resolved, QStringLiteral("ok"), 1, m_grader).ok());
    QTRY_COMPARE(count.data(Models::OpenRegradeCountRole).toInt(), 1);
}

void RegradeListModelTest::answerFilter_showsOnlyAnswersWithOpenRequests()
{
    QVERIFY(add(QStringLiteral("bob"), m_course->manualCellId, QStringLiteral("b")));
    Models::AnswerQueueModel queue;
    QVERIFY(queue.setQuestion(m_course->gradebook.get(), m_course->manualCellId).ok());
    Models::AnswerFilterModel filter;
    filter.setSourceModel(&queue);
    QCOMPARE(filter.rowCount(), 3);
    filter.setStateFilter(Models::AnswerFilterModel::StateFilter::RegradeRequested);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(Models::StudentIdRole).toString(), QStringLiteral("bob"));
    QCOMPARE(filter.index(0, 0).data(Models::OpenRegradeCountRole).toInt(), 1);
}

void RegradeListModelTest::graderActivity_countsPerGrader()
{
    Services::Gradebook &gradebook = *m_course->gradebook;
    const qint64 ann = m_course->submittedNotebookOf(m_submissions.at(0));
    const qint64 bob = m_course->submittedNotebookOf(m_submissions.at(1));
    QVERIFY(gradebook.setManualGrade(ann, m_course->manualCellId, 1.0, QStringLiteral("zoe")).ok());
    QVERIFY(gradebook.setManualGrade(ann, m_course->manualCellId, 2.0, QStringLiteral("zoe")).ok());
    QVERIFY(gradebook.setManualGrade(bob, m_course->manualCellId, 3.0, m_grader).ok());
    Models::GraderActivityModel activity;
    new QAbstractItemModelTester(&activity, QAbstractItemModelTester::FailureReportingMode::QtTest, &activity);
    QVERIFY(activity.load(gradebook, m_course->assignmentId).ok());
    QCOMPARE(activity.rowCount(), 2);
    QCOMPARE(activity.index(0, Models::GraderActivityModel::GraderColumn).data().toString(), m_grader);
    QCOMPARE(activity.index(1, Models::GraderActivityModel::GraderColumn).data().toString(), QStringLiteral("zoe"));
    QCOMPARE(activity.index(1, Models::GraderActivityModel::AnswersColumn).data(Models::RawValueRole).toInt(), 1);
    QCOMPARE(activity.index(1, Models::GraderActivityModel::ActionsColumn).data(Models::RawValueRole).toInt(), 2);
    QVERIFY(activity.index(1, Models::GraderActivityModel::LastActionColumn)
                .data(Models::RawValueRole)
                .toDateTime()
                .isValid());
    QCOMPARE(activity.totalAnswers(), 2);
    QCOMPARE(activity.totalActions(), 3);
}

QTEST_GUILESS_MAIN(RegradeListModelTest)
#include "regradelistmodel_test.moc"
