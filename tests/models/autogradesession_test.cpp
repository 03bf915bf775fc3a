// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradetesting.h"

#include <models/autogradeeventmodel.h>
#include <models/autogradesession.h>
#include <models/autogradetaskmodel.h>
#include <models/roles.h>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace GradeDesk;
using namespace GradeDesk::Models;
using Services::AutogradeTaskState;
using Tests::FakeAutogradeExecutor;

Q_DECLARE_METATYPE(AutogradeTaskState)

class AutogradeSessionTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startPlan_queuesEveryTaskAndResetsModels();
    void taskMoves_updateCountsAndOneRow();
    void passedTask_showsScoreAndManualCells();
    void failedTask_showsReasonAndMessage();
    void retryFailed_sendsOnlyRetryableTasks();
    void cancel_endsQueuedAndRunningAsCancelled();
    void runFailed_isReportedAndFinishes();
    void startWhileRunning_isRefused();
    void start_withoutPlannerOrSubmissions_fails();
    void unknownTaskIndex_isIgnored();
    void eta_data();
    void eta();
    void filterModel_showsChosenStatesAndStudents();
    void eventModel_appendsRows();
    void taskModel_sortsByRawValues();

private:
    FakeAutogradeExecutor *startRun(const QStringList &students, int parallelism = 2);

    std::unique_ptr<AutogradeSession> m_session;
    std::unique_ptr<AutogradeTaskModel> m_tasks;
    std::unique_ptr<AutogradeEventModel> m_events;
    QDateTime m_now;
};

void AutogradeSessionTest::init()
{
    m_now = QDateTime(QDate(2026, 2, 1), QTime(12, 0), QTimeZone::utc());
    m_session = std::make_unique<AutogradeSession>(nullptr);
    m_session->setClock([this] { return m_now; });
    m_tasks = std::make_unique<AutogradeTaskModel>(m_session.get());
    m_events = std::make_unique<AutogradeEventModel>(m_session.get());
    new QAbstractItemModelTester(m_tasks.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_tasks.get());
    new QAbstractItemModelTester(m_events.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_events.get());
}

void AutogradeSessionTest::cleanup()
{
    m_tasks.reset();
    m_events.reset();
    m_session.reset();
}

FakeAutogradeExecutor *AutogradeSessionTest::startRun(const QStringList &students, int parallelism)
{
    auto executor = std::make_unique<FakeAutogradeExecutor>();
    executor->now = [this] { return m_now; };
    FakeAutogradeExecutor *raw = executor.get();
    if (!m_session->startPlan(Tests::fakePlan(students, parallelism), std::move(executor))) {
        return nullptr;
    }
    return raw;
}

void AutogradeSessionTest::startPlan_queuesEveryTaskAndResetsModels()
{
    QSignalSpy reset(m_tasks.get(), &QAbstractItemModel::modelReset);
    QSignalSpy running(m_session.get(), &AutogradeSession::runningChanged);
    FakeAutogradeExecutor *executor = startRun({QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("cy")});
    QVERIFY(executor);
    QCOMPARE(executor->startCount, 1);
    QCOMPARE(executor->plan().tasks.size(), 3);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(running.size(), 1);
    QVERIFY(m_session->isRunning());
    QCOMPARE(m_session->count(AutogradeTaskState::Queued), 3);
    QCOMPARE(m_session->finishedCount(), 0);
    QCOMPARE(m_tasks->rowCount(), 3);
    QCOMPARE(m_tasks->index(1, AutogradeTaskModel::StudentColumn).data().toString(), QStringLiteral("bob"));
    QCOMPARE(m_tasks->index(1, AutogradeTaskModel::StateColumn).data().toString(), QStringLiteral("Queued"));
    QCOMPARE(m_tasks->index(1, AutogradeTaskModel::StateColumn).data(Qt::DecorationRole).value<QColor>(),
             autogradeStateColor(AutogradeTaskState::Queued));
    QCOMPARE(m_session->executorName(), QStringLiteral("local"));
    QCOMPARE(m_events->rowCount(), 1); // "Started ps1: ..."
    QVERIFY(m_events->index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("ps1")));
}

void AutogradeSessionTest::taskMoves_updateCountsAndOneRow()
{
    FakeAutogradeExecutor *executor = startRun({QStringLiteral("ada"), QStringLiteral("bob")});
    QSignalSpy changed(m_tasks.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy counts(m_session.get(), &AutogradeSession::countsChanged);
    executor->run(1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_tasks->index(1, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_tasks->index(1, AutogradeTaskModel::ColumnCount - 1));
    QCOMPARE(counts.size(), 1);
    QCOMPARE(m_session->count(AutogradeTaskState::Running), 1);
    QCOMPARE(m_session->result(1).attempts, 1);
    m_now = m_now.addSecs(75);
    QCOMPARE(m_tasks->index(1, AutogradeTaskModel::DurationColumn).data().toString(), QStringLiteral("1 min 15 s"));
    changed.clear();
    m_tasks->refreshDurations();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_tasks->index(1, AutogradeTaskModel::DurationColumn));
}

void AutogradeSessionTest::passedTask_showsScoreAndManualCells()
{
    FakeAutogradeExecutor *executor = startRun({QStringLiteral("ada")});
    QSignalSpy finished(m_session.get(), &AutogradeSession::finished);
    executor->run(0);
    m_now = m_now.addSecs(12);
    executor->pass(0, Tests::fakeResult({{QStringLiteral("q1"), 1.0, 1.0},
                                         {QStringLiteral("q2"), 0.5, 2.0, QStringLiteral("partial")},
                                         {QStringLiteral("q3"), std::nullopt, 3.0, QStringLiteral("answered")}}));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_session->isRunning());
    QCOMPARE(m_session->count(AutogradeTaskState::Passed), 1);
    const QModelIndex score = m_tasks->index(0, AutogradeTaskModel::ScoreColumn);
    QCOMPARE(score.data().toString(), QStringLiteral("1.5 / 6"));
    QCOMPARE(score.data(ScoreRole).toDouble(), 1.5);
    QCOMPARE(score.data(MaxScoreRole).toDouble(), 6.0);
    QCOMPARE(m_tasks->index(0, AutogradeTaskModel::DurationColumn).data().toString(), QStringLiteral("12 s"));
    QCOMPARE(m_tasks->index(0, AutogradeTaskModel::DurationColumn).data(RawValueRole).toDouble(), 12.0);
    QCOMPARE(m_tasks->index(0, AutogradeTaskModel::AttemptsColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(m_tasks->index(0, AutogradeTaskModel::ReasonColumn).data().toString(),
             QStringLiteral("1 cell(s) for a grader"));
    QCOMPARE(m_session->events().constLast().kind, AutogradeRunEvent::Kind::Info);
    QVERIFY(m_session->events().constLast().message.contains(QStringLiteral("1 graded")));
}

void AutogradeSessionTest::failedTask_showsReasonAndMessage()
{
    FakeAutogradeExecutor *executor = startRun({QStringLiteral("ada")});
    executor->run(0);
    executor->fail(0, QStringLiteral("OOMKilled"), QStringLiteral("The submission ran out of memory."), true,
                   QStringLiteral("Killed"));
    QCOMPARE(m_session->count(AutogradeTaskState::Failed), 1);
    QCOMPARE(m_tasks->index(0, AutogradeTaskModel::ReasonColumn).data().toString(), QStringLiteral("OOMKilled"));
    QCOMPARE(m_tasks->index(0, AutogradeTaskModel::ReasonColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("The submission ran out of memory."));
    QVERIFY(!m_tasks->index(0, AutogradeTaskModel::ScoreColumn).data(ScoreRole).isValid());
    QCOMPARE(m_session->result(0).log, QStringLiteral("Killed"));
}

void AutogradeSessionTest::retryFailed_sendsOnlyRetryableTasks()
{
    FakeAutogradeExecutor *executor =
        startRun({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
    QCOMPARE(m_session->retryFailed(), 0); // running: nothing to retry yet
    for (int i = 0; i < 4; ++i) {
        executor->run(i);
    }
    executor->pass(0, Tests::fakeResult({{QStringLiteral("q1"), 1.0}}));
    executor->fail(1, QStringLiteral("HarnessError"), QStringLiteral("crashed"), true);
    executor->fail(2, QStringLiteral("BadInput"), QStringLiteral("bad notebook"), false);
    executor->timeOut(3);
    QVERIFY(!m_session->isRunning());
    QCOMPARE(m_session->retryableIndexes(), (QList<int>{1, 3}));
    QCOMPARE(m_session->retryFailed(), 2);
    QCOMPARE(executor->retried, (QList<int>{1, 3}));
    QVERIFY(m_session->isRunning());
    QCOMPARE(m_session->count(AutogradeTaskState::Queued), 2);
    QVERIFY(!m_session->result(1).failure);
    QVERIFY(!m_session->durationSeconds(1)); // queued again: no duration until it runs
    executor->run(1);
    QCOMPARE(m_session->result(1).attempts, 2);
    executor->pass(1, Tests::fakeResult({{QStringLiteral("q1"), 1.0}}));
    executor->run(3);
    executor->pass(3, Tests::fakeResult({{QStringLiteral("q1"), 0.0}}));
    QVERIFY(!m_session->isRunning());
    QCOMPARE(m_session->count(AutogradeTaskState::Passed), 3);
    QCOMPARE(m_session->count(AutogradeTaskState::Failed), 1);
    QCOMPARE(m_tasks->index(1, AutogradeTaskModel::AttemptsColumn).data(RawValueRole).toInt(), 2);
}

void AutogradeSessionTest::cancel_endsQueuedAndRunningAsCancelled()
{
    FakeAutogradeExecutor *executor = startRun({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    executor->run(0);
    executor->pass(0, Tests::fakeResult({{QStringLiteral("q1"), 1.0}}));
    executor->run(1);
    QSignalSpy finished(m_session.get(), &AutogradeSession::finished);
    m_session->cancel();
    QCOMPARE(executor->cancelCount, 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_session->count(AutogradeTaskState::Cancelled), 2);
    QCOMPARE(m_session->count(AutogradeTaskState::Passed), 1);
    QCOMPARE(m_session->retryableIndexes(), (QList<int>{1, 2}));
    m_session->cancel(); // idle: nothing happens
    QCOMPARE(executor->cancelCount, 1);
}

void AutogradeSessionTest::runFailed_isReportedAndFinishes()
{
    auto executor = std::make_unique<FakeAutogradeExecutor>();
    executor->runError = Services::ServiceError::make(Services::ServiceError::Kind::Auth,
                                                      QStringLiteral("The cluster refused the credentials."));
    QSignalSpy failed(m_session.get(), &AutogradeSession::runFailed);
    QSignalSpy finished(m_session.get(), &AutogradeSession::finished);
    QVERIFY(m_session->startPlan(Tests::fakePlan({QStringLiteral("a")}), std::move(executor)));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_session->isRunning());
    QVERIFY(m_session->runError());
    QCOMPARE(m_session->events().at(1).kind, AutogradeRunEvent::Kind::Error);
    QCOMPARE(m_events->index(1).data(Qt::DecorationRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
}

void AutogradeSessionTest::startWhileRunning_isRefused()
{
    QVERIFY(startRun({QStringLiteral("a")}));
    QVERIFY(!startRun({QStringLiteral("b")}));
    QCOMPARE(m_session->task(0).studentId, QStringLiteral("a"));
    QVERIFY(!m_session->startPlan(Tests::fakePlan({}), nullptr));
    const auto started = m_session->start({});
    QVERIFY(!started);
    QCOMPARE(started.error().kind, Services::ServiceError::Kind::Conflict);
}

void AutogradeSessionTest::start_withoutPlannerOrSubmissions_fails()
{
    auto started = m_session->start({});
    QVERIFY(!started);
    QCOMPARE(started.error().kind, Services::ServiceError::Kind::Unsupported);

    int executorsMade = 0;
    m_session->setPlanner([](const AutogradeStartOptions &options) -> Services::Result<Services::AutogradePlan> {
        if (options.assignment == QLatin1String("missing")) {
            return Services::ServiceError::make(Services::ServiceError::Kind::NotFound, QStringLiteral("no such"));
        }
        return Tests::fakePlan({});
    });
    m_session->setExecutorFactory([&executorsMade](const AutogradeStartOptions &)
                                      -> Services::Result<std::unique_ptr<Services::AutogradeExecutor>> {
        ++executorsMade;
        return std::unique_ptr<Services::AutogradeExecutor>(std::make_unique<FakeAutogradeExecutor>());
    });
    AutogradeStartOptions options;
    options.assignment = QStringLiteral("missing");
    started = m_session->start(options);
    QVERIFY(!started);
    QCOMPARE(started.error().kind, Services::ServiceError::Kind::NotFound);
    options.assignment = QStringLiteral("ps1");
    started = m_session->start(options);
    QVERIFY(!started);
    QVERIFY(started.error().message.contains(QStringLiteral("no submissions")));
    QCOMPARE(executorsMade, 0);
    QVERIFY(!m_session->hasPlan());
}

void AutogradeSessionTest::unknownTaskIndex_isIgnored()
{
    FakeAutogradeExecutor *executor = startRun({QStringLiteral("a")});
    QSignalSpy changed(m_session.get(), &AutogradeSession::taskChanged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown task")));
    emit executor->taskStateChanged(7, AutogradeTaskState::Running);
    Services::AutogradeTaskResult bogus;
    bogus.index = -1;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown task")));
    emit executor->taskFinished(bogus);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_session->count(AutogradeTaskState::Queued), 1);
}

void AutogradeSessionTest::eta_data()
{
    QTest::addColumn<int>("parallelism");
    QTest::addColumn<int>("tasks");
    QTest::addColumn<QList<int>>("finishedSeconds"); // tasks 0.. finished with these durations
    QTest::addColumn<int>("runningFor");             // the next task runs for this long (-1: none)
    QTest::addColumn<int>("expected");               // -1: no estimate

    QTest::newRow("nothing finished yet: no estimate") << 2 << 4 << QList<int>{} << 5 << -1;
    QTest::newRow("serial: queued tasks at the mean") << 1 << 4 << QList<int>{10, 20} << -1 << 30;
    QTest::newRow("two at a time halves the work") << 2 << 6 << QList<int>{10, 10} << -1 << 20;
    QTest::newRow("running task counts what it still needs") << 2 << 3 << QList<int>{10} << 4 << 8;
    QTest::newRow("running longer than the mean adds nothing") << 4 << 2 << QList<int>{10} << 30 << 0;
    QTest::newRow("fewer tasks left than slots") << 8 << 3 << QList<int>{12} << -1 << 12;
}

void AutogradeSessionTest::eta()
{
    QFETCH(int, parallelism);
    QFETCH(int, tasks);
    QFETCH(QList<int>, finishedSeconds);
    QFETCH(int, runningFor);
    QFETCH(int, expected);

    QStringList students;
    for (int i = 0; i < tasks; ++i) {
        students.append(QStringLiteral("s%1").arg(i));
    }
    FakeAutogradeExecutor *executor = startRun(students, parallelism);
    int next = 0;
    for (int seconds : finishedSeconds) {
        executor->run(next);
        m_now = m_now.addSecs(seconds);
        executor->pass(next++, Tests::fakeResult({{QStringLiteral("q1"), 1.0}}));
    }
    if (runningFor >= 0) {
        executor->run(next);
        m_now = m_now.addSecs(runningFor);
    }
    const std::optional<int> eta = m_session->etaSeconds();
    QCOMPARE(eta.value_or(-1), expected);
}

void AutogradeSessionTest::filterModel_showsChosenStatesAndStudents()
{
    FakeAutogradeExecutor *executor =
        startRun({QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("carl"), QStringLiteral("adam")});
    AutogradeTaskFilterModel filter;
    new QAbstractItemModelTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest, &filter);
    filter.setSourceModel(m_tasks.get());
    QCOMPARE(filter.rowCount(), 4);
    executor->run(0);
    executor->fail(0, QStringLiteral("HarnessError"), QStringLiteral("x"));
    executor->run(1);
    executor->timeOut(1);
    filter.setStates({AutogradeTaskState::Failed, AutogradeTaskState::TimedOut});
    QCOMPARE(filter.rowCount(), 2);
    executor->run(2);
    executor->fail(2, QStringLiteral("OOMKilled"), QStringLiteral("y"));
    QCOMPARE(filter.rowCount(), 3); // dynamic: a task that fails appears
    filter.setStudentFilter(QStringLiteral("AD"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(StudentIdRole).toString(), QStringLiteral("ada"));
    filter.setStates({});
    QCOMPARE(filter.rowCount(), 2); // ada and adam
}

void AutogradeSessionTest::eventModel_appendsRows()
{
    FakeAutogradeExecutor *executor = startRun({QStringLiteral("a")});
    QSignalSpy inserted(m_events.get(), &QAbstractItemModel::rowsInserted);
    executor->say(QStringLiteral("0/3 nodes are available: Insufficient memory."));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(m_events->rowCount(), 2);
    const QModelIndex event = m_events->index(1);
    QCOMPARE(event.data(Qt::ToolTipRole).toString(), QStringLiteral("0/3 nodes are available: Insufficient memory."));
    QVERIFY(event.data().toString().endsWith(QStringLiteral("Insufficient memory.")));
    QCOMPARE(event.data(RawValueRole).toDateTime(), m_now);
    QCOMPARE(m_session->events().at(1).kind, AutogradeRunEvent::Kind::Executor);
}

void AutogradeSessionTest::taskModel_sortsByRawValues()
{
    FakeAutogradeExecutor *executor = startRun({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    const QList<double> scores = {10.0, 2.0, 9.5};
    for (int i = 0; i < 3; ++i) {
        executor->run(i);
        executor->pass(i, Tests::fakeResult({{QStringLiteral("q1"), scores.at(i), 10.0}}));
    }
    AutogradeTaskFilterModel filter;
    filter.setSourceModel(m_tasks.get());
    filter.sort(AutogradeTaskModel::ScoreColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("b"));
    QCOMPARE(filter.index(1, 0).data().toString(), QStringLiteral("c")); // 9.5 before 10 (not as text)
    QCOMPARE(filter.index(2, 0).data().toString(), QStringLiteral("a"));
    QCOMPARE(m_tasks->headerData(AutogradeTaskModel::ScoreColumn, Qt::Horizontal).toString(), QStringLiteral("Score"));
}

QTEST_GUILESS_MAIN(AutogradeSessionTest)
#include "autogradesession_test.moc"
