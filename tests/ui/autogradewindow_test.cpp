// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// The Autograde window driven with keys and clicks against a scripted executor. With
// GRADEDESK_SCREENSHOT_DIR set, screenshot_ofLiveRun also writes autograde.png there.

#include <models/autogradechangemodel.h>
#include <models/autogradesession.h>
#include <models/autogradetaskmodel.h>
#include <models/roles.h>
#include <services/config/courseconfig.h>
#include <tests/models/autogradetesting.h>
#include <ui/autogradedetailpane.h>
#include <ui/autogradereviewdialog.h>
#include <ui/autogradestartpanel.h>
#include <ui/autogradewindow.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace GradeDesk;
using namespace GradeDesk::Ui;
using Models::AutogradeSession;
using Models::AutogradeStartOptions;
using Services::AutogradeTaskState;
using Tests::FakeAutogradeExecutor;

class AutogradeWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startPanel_keyboardStartsRunWithChosenOptions();
    void startFailure_staysOnPanelAndSaysWhy();
    void liveRun_showsCountsProgressAndSelectedResult();
    void stateToggle_filtersTable();
    void cancelAndRetry_buttonsDriveTheExecutor();
    void runFailure_isShownAboveTheTable();
    void reviewDialog_writesNothingBeforeCommit();
    void reviewDialog_commitFailureKeepsDialogOpen();
    void layout_isRestoredFromSettings();
    void tabOrder_followsThePage();
    void screenshot_ofLiveRun();

private:
    Services::CourseConfig courseConfig() const;
    void startFakeRun(const QStringList &students, int parallelism = 2);

    template <typename T>
    T *child(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found) {
            qWarning() << "no widget" << name;
        }
        return found;
    }

    std::unique_ptr<AutogradeSession> m_session;
    std::unique_ptr<AutogradeWindow> m_window;
    QPointer<FakeAutogradeExecutor> m_executor;
    QList<AutogradeStartOptions> m_planned;
    std::optional<Services::ServiceError> m_planError;
    QStringList m_students;
    int m_parallelism = 2;
    QDateTime m_now;
};

Services::CourseConfig AutogradeWindowTest::courseConfig() const
{
    Services::CourseConfig config;
    config.id = QStringLiteral("demo101");
    config.title = QStringLiteral("Data Analysis 101");
    for (const QString &name : {QStringLiteral("ps1"), QStringLiteral("ps2")}) {
        Services::AssignmentConfig assignment;
        assignment.name = name;
        config.assignments.append(assignment);
    }
    config.kubernetes.context = QStringLiteral("grading-cluster");
    config.kubernetes.ns = QStringLiteral("grading");
    return config;
}

void AutogradeWindowTest::init()
{
    m_now = QDateTime(QDate(2026, 2, 1), QTime(12, 0), QTimeZone::utc());
    m_planned.clear();
    m_planError.reset();
    m_students = {QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("cy")};
    m_session = std::make_unique<AutogradeSession>(nullptr);
    m_session->setClock([this] { return m_now; });
    m_session->setPlanner([this](const AutogradeStartOptions &options) -> Services::Result<Services::AutogradePlan> {
        m_planned.append(options);
        if (m_planError) {
            return *m_planError;
        }
        Services::AutogradePlan plan = Tests::fakePlan(m_students, m_parallelism);
        plan.assignment = options.assignment;
        return plan;
    });
    m_session->setExecutorFactory(
        [this](const AutogradeStartOptions &options) -> Services::Result<std::unique_ptr<Services::AutogradeExecutor>> {
            auto executor = std::make_unique<FakeAutogradeExecutor>();
            executor->setName(options.executor);
            executor->now = [this] { return m_now; };
            m_executor = executor.get();
            return std::unique_ptr<Services::AutogradeExecutor>(std::move(executor));
        });
    m_window = std::make_unique<AutogradeWindow>(m_session.get(), courseConfig());
    m_window->prepare(QStringLiteral("ps1"));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void AutogradeWindowTest::cleanup()
{
    m_window.reset();
    m_session.reset();
}

void AutogradeWindowTest::startFakeRun(const QStringList &students, int parallelism)
{
    m_students = students;
    m_parallelism = parallelism;
    m_window->startFromPanel();
    QVERIFY(m_executor);
    QVERIFY(m_window->isShowingRun());
}

void AutogradeWindowTest::startPanel_keyboardStartsRunWithChosenOptions()
{
    QVERIFY(!m_window->isShowingRun());
    auto *assignment = child<QComboBox>(QStringLiteral("assignmentComboBox"));
    auto *executor = child<QComboBox>(QStringLiteral("executorComboBox"));
    auto *parallelism = child<QSpinBox>(QStringLiteral("parallelismSpinBox"));
    QCOMPARE(assignment->currentText(), QStringLiteral("ps1"));
    assignment->setFocus();
    QTest::keyClick(assignment, Qt::Key_Down); // ps2
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), executor);
    QTest::keyClick(executor, Qt::Key_Down); // kubernetes
    QVERIFY(
        executor->itemData(executor->currentIndex(), Qt::ToolTipRole).toString().contains(QStringLiteral("grading")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), parallelism);
    parallelism->selectAll();
    QTest::keyClicks(parallelism, QStringLiteral("3"));
    QTest::keyClick(parallelism, Qt::Key_S, Qt::AltModifier); // &Start Autograde

    QTRY_COMPARE(m_planned.size(), 1);
    QCOMPARE(m_planned.at(0).assignment, QStringLiteral("ps2"));
    QCOMPARE(m_planned.at(0).executor, QStringLiteral("kubernetes"));
    QCOMPARE(m_planned.at(0).parallelism, 3);
    QVERIFY(m_window->isShowingRun());
    QCOMPARE(m_window->taskView()->model()->rowCount(), 3);
    QCOMPARE(m_executor->name(), QStringLiteral("kubernetes"));
    QCOMPARE(QApplication::focusWidget(), m_window->taskView());
}

void AutogradeWindowTest::startFailure_staysOnPanelAndSaysWhy()
{
    m_planError = Services::ServiceError::make(Services::ServiceError::Kind::NotFound,
                                               QStringLiteral("ps1 has no collected submissions. Collect first."));
    QTest::mouseClick(m_window->startPanel()->startButton(), Qt::LeftButton);
    QVERIFY(!m_window->isShowingRun());
    auto *error = child<QLabel>(QStringLiteral("startErrorLabel"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("ps1 has no collected submissions. Collect first."));
    m_planError.reset();
    QTest::mouseClick(m_window->startPanel()->startButton(), Qt::LeftButton);
    QVERIFY(m_window->isShowingRun());
    QVERIFY(!error->isVisible());
}

void AutogradeWindowTest::liveRun_showsCountsProgressAndSelectedResult()
{
    startFakeRun({QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("cy"), QStringLiteral("dee")});
    auto *graded = child<QToolButton>(QStringLiteral("state2ToolButton"));
    auto *queued = child<QToolButton>(QStringLiteral("state0ToolButton"));
    auto *progress = child<QProgressBar>(QStringLiteral("runProgressBar"));
    QCOMPARE(queued->text(), QStringLiteral("&Queued  4"));
    QCOMPARE(progress->value(), 0);
    QCOMPARE(progress->maximum(), 4);

    m_executor->run(0);
    m_now = m_now.addSecs(20);
    m_executor->pass(0,
                     Tests::fakeResult({{QStringLiteral("q1"), 1.0, 1.0},
                                        {QStringLiteral("q2"), 0.0, 2.0, QStringLiteral("error"),
                                         QStringLiteral("AssertionError: expected 4")}}),
                     QStringLiteral("harness log line"));
    m_executor->run(1);
    QCOMPARE(graded->text(), QStringLiteral("&Graded  1"));
    QCOMPARE(progress->value(), 1);
    QVERIFY(child<QLabel>(QStringLiteral("progressLabel"))->text().contains(QStringLiteral("left")));

    // The first row was selected when the run started: its detail follows its changes.
    AutogradeDetailPane *detail = m_window->detailPane();
    QCOMPARE(detail->taskIndex(), 0);
    auto *cells = detail->findChild<QTreeWidget *>(QStringLiteral("cellTreeWidget"));
    QCOMPARE(cells->topLevelItemCount(), 1);
    QCOMPARE(cells->topLevelItem(0)->childCount(), 2);
    QCOMPARE(cells->topLevelItem(0)->child(1)->text(1), QStringLiteral("Error"));
    QCOMPARE(cells->topLevelItem(0)->child(1)->text(2), QStringLiteral("0 / 2"));
    QCOMPARE(cells->topLevelItem(0)->child(1)->text(3), QStringLiteral("AssertionError: expected 4"));
    QVERIFY(
        detail->findChild<QLabel *>(QStringLiteral("detailSummaryLabel"))->text().contains(QStringLiteral("1 / 3")));

    // Down moves to bob (running); Alt+L shows the log tab.
    QTest::keyClick(m_window->taskView(), Qt::Key_Down);
    QCOMPARE(detail->taskIndex(), 1);
    QVERIFY(
        detail->findChild<QLabel *>(QStringLiteral("detailTitleLabel"))->text().contains(QStringLiteral("Running")));
    QTest::keyClick(m_window->taskView(), Qt::Key_Up);
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::AltModifier);
    QCOMPARE(detail->tabs()->currentIndex(), 1);
    QCOMPARE(detail->findChild<QPlainTextEdit *>(QStringLiteral("logPlainTextEdit"))->toPlainText(),
             QStringLiteral("harness log line"));

    m_executor->say(QStringLiteral("Pod ag-ps1-0a1b2c-2: Back-off pulling image \"grader:2026\""));
    auto *events = child<QListView>(QStringLiteral("eventListView"));
    QVERIFY(events->model()
                ->index(events->model()->rowCount() - 1, 0)
                .data()
                .toString()
                .contains(QStringLiteral("Back-off pulling image")));
}

void AutogradeWindowTest::stateToggle_filtersTable()
{
    startFakeRun({QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("cy")});
    m_executor->run(0);
    m_executor->fail(0, QStringLiteral("OOMKilled"), QStringLiteral("Ran out of memory: raise autograde.memory."));
    m_executor->run(1);
    m_executor->pass(1, Tests::fakeResult({{QStringLiteral("q1"), 1.0}}));
    // Mnemonics click after a short animation: wait for them.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::AltModifier); // &Failed
    QTRY_VERIFY(child<QToolButton>(QStringLiteral("state3ToolButton"))->isChecked());
    QTableView *view = m_window->taskView();
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("ada"));
    QCOMPARE(view->model()->index(0, Models::AutogradeTaskModel::ReasonColumn).data().toString(),
             QStringLiteral("OOMKilled"));
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::AltModifier); // &Graded as well
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(!child<QToolButton>(QStringLiteral("state3ToolButton"))->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::AltModifier);
    QTRY_COMPARE(view->model()->rowCount(), 3);
}

void AutogradeWindowTest::cancelAndRetry_buttonsDriveTheExecutor()
{
    startFakeRun({QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("cy")});
    auto *cancel = child<QPushButton>(QStringLiteral("cancelPushButton"));
    auto *retry = child<QPushButton>(QStringLiteral("retryPushButton"));
    auto *newRun = child<QPushButton>(QStringLiteral("newRunPushButton"));
    QVERIFY(cancel->isEnabled());
    QVERIFY(!retry->isEnabled());
    QVERIFY(!newRun->isEnabled());
    m_executor->run(0);
    m_executor->pass(0, Tests::fakeResult({{QStringLiteral("q1"), 1.0}}));
    m_executor->run(1);
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::AltModifier); // &Cancel Run
    QTRY_COMPARE(m_executor->cancelCount, 1);
    QCOMPARE(m_session->count(AutogradeTaskState::Cancelled), 2);
    QVERIFY(child<QToolButton>(QStringLiteral("state5ToolButton"))->isVisible());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(retry->isEnabled());
    QCOMPARE(retry->text(), QStringLiteral("&Retry Failed (2)"));
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(m_executor->retried, (QList<int>{1, 2}));
    QVERIFY(cancel->isEnabled());
    QVERIFY(!retry->isEnabled());
    m_executor->run(1);
    m_executor->pass(1, Tests::fakeResult({{QStringLiteral("q1"), 1.0}}));
    m_executor->run(2);
    m_executor->fail(2, QStringLiteral("BadInput"), QStringLiteral("The notebook is not valid JSON."), false);
    QVERIFY(!retry->isEnabled()); // retrying cannot help a bad notebook
    QVERIFY(newRun->isEnabled());
    QTest::mouseClick(newRun, Qt::LeftButton);
    QVERIFY(!m_window->isShowingRun());
}

void AutogradeWindowTest::runFailure_isShownAboveTheTable()
{
    m_session->setExecutorFactory(
        [this](const AutogradeStartOptions &) -> Services::Result<std::unique_ptr<Services::AutogradeExecutor>> {
            auto executor = std::make_unique<FakeAutogradeExecutor>();
            executor->runError = Services::ServiceError::make(
                Services::ServiceError::Kind::Auth,
                QStringLiteral("The cluster refused the credentials of context grading-cluster. Log in again."));
            m_executor = executor.get();
            return std::unique_ptr<Services::AutogradeExecutor>(std::move(executor));
        });
    m_window->startFromPanel();
    auto *error = child<QLabel>(QStringLiteral("runErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("Log in again")));
    QVERIFY(!child<QPushButton>(QStringLiteral("cancelPushButton"))->isEnabled());
    QVERIFY(child<QPushButton>(QStringLiteral("retryPushButton"))->isEnabled() == false);
}

namespace {

Services::AutogradeChanges twoChanges()
{
    Services::AutogradeChanges changes;
    changes.assignment = QStringLiteral("ps1");
    Services::AutogradeCellChange first;
    first.studentId = QStringLiteral("ada");
    first.notebook = QStringLiteral("ps1");
    first.cell = QStringLiteral("q1");
    first.maxScore = 2.0;
    first.oldAutoScore = 0.0;
    first.newAutoScore = 2.0;
    Services::AutogradeCellChange second = first;
    second.studentId = QStringLiteral("bob");
    second.manualScore = 1.5;
    second.overridden = true;
    changes.cells = {first, second};
    return changes;
}

} // namespace

void AutogradeWindowTest::reviewDialog_writesNothingBeforeCommit()
{
    int previews = 0;
    int commits = 0;
    m_session->setChangeImport(
        [&previews](const Services::AutogradePlan &,
                    const QList<Services::AutogradeTaskResult> &) -> Services::Result<Services::AutogradeChanges> {
            ++previews;
            return twoChanges();
        },
        [&commits](const Services::AutogradePlan &, const QList<Services::AutogradeTaskResult> &,
                   const QString &) -> Services::Result<Services::AutogradeCommitReport> {
            ++commits;
            Services::AutogradeCommitReport report;
            report.cellsWritten = 2;
            return report;
        });
    startFakeRun({QStringLiteral("ada"), QStringLiteral("bob")});
    auto *review = child<QPushButton>(QStringLiteral("reviewPushButton"));
    QVERIFY(!review->isEnabled()); // not while running
    m_executor->run(0);
    m_executor->pass(0, Tests::fakeResult({{QStringLiteral("q1"), 2.0, 2.0}}));
    m_executor->run(1);
    m_executor->pass(1, Tests::fakeResult({{QStringLiteral("q1"), 2.0, 2.0}}));
    QVERIFY(review->isEnabled());

    QSignalSpy requested(m_window.get(), &AutogradeWindow::reviewRequested);
    QTest::keyClick(m_window.get(), Qt::Key_V, Qt::AltModifier);
    QTRY_COMPARE(requested.size(), 1);

    AutogradeReviewDialog dialog(m_session.get(), m_window.get());
    dialog.show();
    QCOMPARE(previews, 1);
    QCOMPARE(commits, 0);
    QCOMPARE(dialog.changeModel()->rowCount(), 2);
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("reviewSummaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("2 auto score(s)")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 of them")), qPrintable(summary));
    QCOMPARE(dialog.changeModel()->index(1, Models::AutogradeChangeModel::NoteColumn).data().toString(),
             QStringLiteral("Manual score 1.5 overrides it"));
    QSignalSpy committed(m_session.get(), &AutogradeSession::committed);
    QCOMPARE(dialog.commitButton()->text(), QStringLiteral("&Commit 2 Change(s)"));
    QTest::keyClick(&dialog, Qt::Key_Return); // Commit is the default button
    QCOMPARE(commits, 1);
    QCOMPARE(committed.size(), 1);
    QCOMPARE(committed.at(0).at(1).toInt(), 2);
    QVERIFY(!dialog.isVisible());
}

void AutogradeWindowTest::reviewDialog_commitFailureKeepsDialogOpen()
{
    m_session->setChangeImport(
        [](const Services::AutogradePlan &, const QList<Services::AutogradeTaskResult> &)
            -> Services::Result<Services::AutogradeChanges> { return twoChanges(); },
        [](const Services::AutogradePlan &, const QList<Services::AutogradeTaskResult> &,
           const QString &) -> Services::Result<Services::AutogradeCommitReport> {
            return Services::ServiceError::make(
                Services::ServiceError::Kind::Database,
                QStringLiteral("The gradebook is locked by another program. Close it and commit again."));
        });
    startFakeRun({QStringLiteral("ada")});
    m_executor->run(0);
    m_executor->pass(0, Tests::fakeResult({{QStringLiteral("q1"), 2.0, 2.0}}));
    AutogradeReviewDialog dialog(m_session.get(), m_window.get());
    dialog.show();
    QTest::mouseClick(dialog.commitButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("reviewErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("commit again")));
    QCOMPARE(m_session->events().constLast().kind, Models::AutogradeRunEvent::Kind::Error);
}

void AutogradeWindowTest::layout_isRestoredFromSettings()
{
    startFakeRun({QStringLiteral("ada")});
    auto *splitter = child<QSplitter>(QStringLiteral("tableSplitter"));
    splitter->setSizes({700, 300});
    const QList<int> sizes = splitter->sizes();
    auto *executor = child<QComboBox>(QStringLiteral("executorComboBox"));
    QCOMPARE(executor->currentData().toString(), QStringLiteral("local"));
    m_window.reset();

    m_window = std::make_unique<AutogradeWindow>(m_session.get(), courseConfig());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->isShowingRun()); // the session still has its run
    QCOMPARE(child<QSplitter>(QStringLiteral("tableSplitter"))->sizes(), sizes);
}

void AutogradeWindowTest::tabOrder_followsThePage()
{
    startFakeRun({QStringLiteral("ada")});
    QCOMPARE(QApplication::focusWidget(), m_window->taskView());
    QTest::keyClick(m_window->taskView(), Qt::Key_Tab);
    QVERIFY(m_window->detailPane()->tabs()->isAncestorOf(QApplication::focusWidget())); // the tab bar
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("studentFilterLineEdit"));
    // Escape hides the window; the run goes on.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!m_window->isVisible());
    QVERIFY(m_session->isRunning());
}

void AutogradeWindowTest::screenshot_ofLiveRun()
{
    const QStringList students = {QStringLiteral("abarnes"), QStringLiteral("bchen"),     QStringLiteral("cdiaz"),
                                  QStringLiteral("dokafor"), QStringLiteral("eschmidt"),  QStringLiteral("fnguyen"),
                                  QStringLiteral("gpatel"),  QStringLiteral("hrossi"),    QStringLiteral("ikowalski"),
                                  QStringLiteral("jmartin"), QStringLiteral("kyamamoto"), QStringLiteral("lsilva")};
    m_window->resize(1280, 800);
    auto *executor = child<QComboBox>(QStringLiteral("executorComboBox"));
    QVERIFY(executor);
    executor->setCurrentIndex(1); // Kubernetes: the events below are a cluster's
    startFakeRun(students, 4);
    m_executor->say(QStringLiteral("Job ag-ps1-0a1b2c created (suspended) with 12 completions, 4 at a time"));
    const QList<double> scores = {7.0, 10.0, 4.5, 9.0, 6.0, 10.0};
    for (int i = 0; i < 6; ++i) {
        m_executor->run(i);
        m_now = m_now.addSecs(14 + i * 3);
        const double score = scores.at(i);
        m_executor->pass(
            i,
            Tests::fakeResult(
                {{QStringLiteral("mean_temperature"), std::min(score, 3.0), 3.0},
                 {QStringLiteral("hottest_day"), score >= 7 ? 3.0 : 0.0, 3.0,
                  score >= 7 ? QStringLiteral("passed") : QStringLiteral("error"),
                  score >= 7 ? QString() : QStringLiteral("AssertionError: expected '2026-07-14'")},
                 {QStringLiteral("plot_monthly"), std::max(0.0, score - 6.0), 4.0, QStringLiteral("partial")},
                 {QStringLiteral("explain_trend"), std::nullopt, 2.0, QStringLiteral("answered")}}),
            QStringLiteral("[harness] executed ps1.ipynb in 11.8 s\n[harness] 4 grade cells scored"));
    }
    m_executor->run(6);
    m_executor->fail(6, QStringLiteral("OOMKilled"),
                     QStringLiteral("The submission used more than 2 GiB of memory. Raise autograde.memory in "
                                    "course.yaml, or look at the log for a runaway cell."),
                     true, QStringLiteral("Killed"));
    m_executor->run(7);
    m_executor->timeOut(7);
    m_executor->run(8);
    m_executor->run(9);
    m_executor->say(QStringLiteral("Pod ag-ps1-0a1b2c-9: 0/3 nodes are available: 3 Insufficient memory."));
    m_now = m_now.addSecs(9);
    m_window->taskView()->setCurrentIndex(m_window->taskView()->model()->index(2, 0));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    const QByteArray dir = qgetenv("GRADEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        QSKIP("Set GRADEDESK_SCREENSHOT_DIR to write autograde.png");
    }
    const QString path = QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("autograde.png"));
    QVERIFY(m_window->grab().save(path));
}

QTEST_MAIN(AutogradeWindowTest)
#include "autogradewindow_test.moc"
