// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasuitesting.h"

#include <models/canvas/canvasconnection.h>
#include <models/canvas/canvaspushmodel.h>
#include <models/canvas/canvastokenstore.h>
#include <services/gradebook/regraderecords.h>
#include <tests/models/canvas/canvastestcourse.h>
#include <ui/canvas/canvaspushdialog.h>
#include <ui/userprompt.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace GradeDesk;
using namespace GradeDesk::Services;
using Models::CanvasPushModel;
using Tests::CanvasSimulator;
using Tests::child;
using Ui::CanvasPushDialog;
using State = CanvasPushModel::State;

namespace {

const QString updateGradesRoute =
    QStringLiteral("POST /api/v1/courses/:course_id/assignments/:assignment_id/submissions/update_grades");

/// The Canvas user ids graded by the last update_grades request.
QSet<QString> lastGradedUsers(const CanvasSimulator &simulator)
{
    QSet<QString> users;
    const QList<CanvasSimulator::LoggedRequest> log = simulator.requestLog();
    for (auto it = log.crbegin(); it != log.crend(); ++it) {
        if (it->route != updateGradesRoute) {
            continue;
        }
        static const QRegularExpression key(QStringLiteral("grade_data%5B(\\d+)%5D%5Bposted_grade%5D"));
        auto match = key.globalMatch(QString::fromLatin1(it->body));
        while (match.hasNext()) {
            users.insert(match.next().captured(1));
        }
        break;
    }
    return users;
}

} // namespace

/// Gradebook ps1: ann 8, bob 6.5, cy 9.25, eve 7 (all linked to Canvas), dee without a submission.
class CanvasPushDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dryRun_showsBothScoresAndSendsNothing();
    void push_verifiesEveryGradeWithComment();
    void push_withFaults_endsVerifiedOrFailedWithReason_data();
    void push_withFaults_endsVerifiedOrFailedWithReason();
    void retryFailed_sendsOnlyTheFailedGrades();
    void unpublished_isRefusedWithHowToPublish_thenPublished();
    void missing_isCreatedWithThePoints();
    void escapeWhilePushing_cancelsAndSaysWhatHappened();
    void refusedToken_offersConnect();
    void noRegrades_choiceHiddenAndEveryoneSent();
    void regraded_choiceCheckedAndOnlyThemSent();
    void regradedChoice_untickedShowsEveryoneAgain();

private:
    std::unique_ptr<CanvasPushDialog> openDialog();
    void waitForDryRun(CanvasPushDialog *dialog);
    void pushAndWait(CanvasPushDialog *dialog);
    /// Resolves a regrade of `student`'s q1 that changes the score to `score` (marks them for the push).
    void regrade(const QString &student, double score);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Gradebook> m_gradebook;
    std::unique_ptr<Tests::CanvasTestCourse> m_canvas;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Models::CanvasMemoryTokenStore> m_store;
    std::unique_ptr<Models::CanvasConnection> m_connection;
    qint64 m_ps1 = 0;
};

void CanvasPushDialogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_gradebook = Tests::gradedGradebook(m_dir->filePath(QStringLiteral("gradebook.sqlite")),
                                         {{QStringLiteral("ann"), QStringLiteral("Ann"), QStringLiteral("Li"), 8.0},
                                          {QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("Ray"), 6.5},
                                          {QStringLiteral("cy"), QStringLiteral("Cy"), QStringLiteral("Sun"), 9.25},
                                          {QStringLiteral("dee"), QStringLiteral("Dee"), QStringLiteral("Tam"), {}},
                                          {QStringLiteral("eve"), QStringLiteral("Eve"), QStringLiteral("Wu"), 7.0}});
    QVERIFY(m_gradebook);
    m_canvas = std::make_unique<Tests::CanvasTestCourse>();
    QVERIFY(m_canvas->start());
    const QList<StudentRecord> students = m_gradebook->students().value();
    m_canvas->mirror(students);
    for (StudentRecord student : students) {
        student.lmsUserId = QString::number(m_canvas->userIds.value(student.id));
        QVERIFY(m_gradebook->upsertStudent(student).ok());
    }
    m_ps1 = m_canvas->simulator->addAssignment({QStringLiteral("ps1"), 10.0, true, QStringLiteral("points"), false});
    m_network = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<Models::CanvasMemoryTokenStore>();
    CourseConfig config;
    config.grader = QStringLiteral("alice");
    m_connection =
        std::make_unique<Models::CanvasConnection>(m_canvas->configure(config), m_network.get(), m_store.get());
    m_connection->client()->setOptions(Tests::CanvasTestCourse::fastOptions());
    m_connection->useToken(Tests::canvasTeacherToken);
}

void CanvasPushDialogTest::cleanup()
{
    Ui::UserPrompt::setNextAnswer(std::nullopt);
    m_connection.reset();
    m_store.reset();
    m_network.reset();
    m_canvas.reset();
    m_gradebook.reset();
    m_dir.reset();
}

std::unique_ptr<CanvasPushDialog> CanvasPushDialogTest::openDialog()
{
    auto dialog = std::make_unique<CanvasPushDialog>(m_connection.get(), m_gradebook.get(), QStringLiteral("ps1"));
    dialog->show();
    return dialog;
}

void CanvasPushDialogTest::waitForDryRun(CanvasPushDialog *dialog)
{
    QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->rowCount() > 0 && !dialog->isBusy(), 15000);
}

void CanvasPushDialogTest::pushAndWait(CanvasPushDialog *dialog)
{
    auto *push = child<QPushButton>(dialog, QStringLiteral("pushButton"));
    QVERIFY(push->isEnabled());
    Ui::UserPrompt::setNextAnswer(true);
    QTest::mouseClick(push, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->hasResults() && !dialog->isBusy(), 30000);
}

void CanvasPushDialogTest::dryRun_showsBothScoresAndSendsNothing()
{
    m_canvas->simulator->setScore(m_ps1, m_canvas->userIds.value(QStringLiteral("bob")), 6.5);
    m_canvas->simulator->setScore(m_ps1, m_canvas->userIds.value(QStringLiteral("cy")), 4.0);
    auto dialog = openDialog();
    waitForDryRun(dialog.get());
    const CanvasPushModel *model = dialog->model();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->count(State::Send), 3);
    QCOMPARE(model->count(State::Unchanged), 1);
    QCOMPARE(model->count(State::Skip), 1);
    QCOMPARE(dialog->countsText(),
             QStringLiteral("Dry run, nothing sent yet: 3 to send \u00b7 1 unchanged \u00b7 1 skipped"));
    QCOMPARE(child<QPushButton>(dialog.get(), QStringLiteral("pushButton"))->text(),
             QStringLiteral("&Push Grades (3)"));
    const int cy = 2;
    QCOMPARE(model->index(cy, CanvasPushModel::CanvasColumn).data().toString(), QStringLiteral("4"));
    QCOMPARE(model->index(cy, CanvasPushModel::GradeDeskColumn).data().toString(), QStringLiteral("9.25"));
    QCOMPARE(model->index(cy, CanvasPushModel::StatusColumn).data().toString(), QStringLiteral("will change"));
    QVERIFY(model->index(3, CanvasPushModel::StatusColumn).data().toString().contains(QLatin1String("no submission")));
    QVERIFY(dialog->canvasText().contains(QLatin1String("published")));
    QVERIFY(dialog->canvasText().contains(QLatin1String("posts grades automatically")));
    QCOMPARE(m_canvas->simulator->requestCount(updateGradesRoute), 0);
    QCOMPARE(m_canvas->simulator->gradeWriteCount(), 0);
    // The Canvas assignment is remembered for the next push.
    QCOMPARE(m_gradebook->canvasMappings(QStringLiteral("assignment")).value().value(QStringLiteral("ps1")),
             QString::number(m_ps1));
}

void CanvasPushDialogTest::push_verifiesEveryGradeWithComment()
{
    auto dialog = openDialog();
    waitForDryRun(dialog.get());
    QTest::keyClicks(child<QLineEdit>(dialog.get(), QStringLiteral("commentLineEdit")), QStringLiteral("Well done"));
    QSignalSpy pushed(dialog.get(), &CanvasPushDialog::pushed);
    pushAndWait(dialog.get());
    QVERIFY(Ui::UserPrompt::lastQuestion().contains(QLatin1String("Send 4 grade")));
    QCOMPARE(pushed.count(), 1);
    QCOMPARE(dialog->model()->count(State::Pushed), 4);
    QCOMPARE(dialog->model()->count(State::Failed), 0);
    QVERIFY2(dialog->statusText().contains(QLatin1String("Done: all 4 grades are in Canvas")),
             qPrintable(dialog->statusText()));
    const QMap<qint64, double> scores = m_canvas->simulator->scores(m_ps1);
    QCOMPARE(scores.value(m_canvas->userIds.value(QStringLiteral("cy"))), 9.25);
    QCOMPARE(scores.value(m_canvas->userIds.value(QStringLiteral("eve"))), 7.0);
    const auto submission = m_canvas->simulator->submission(m_ps1, m_canvas->userIds.value(QStringLiteral("ann")));
    QVERIFY(submission && submission->comments.contains(QStringLiteral("Well done")));
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("pushButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("retryFailedButton"))->isEnabled());
    QCOMPARE(dialog->model()->headerData(CanvasPushModel::StatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("Result"));
    const auto audit = m_gradebook->auditEvents(QStringLiteral("canvas_grade"), QStringLiteral("ps1/ann"));
    QVERIFY(audit.ok());
    QCOMPARE(audit.value().size(), 1);
    QCOMPARE(audit.value().constFirst().actor, QStringLiteral("alice"));
}

void CanvasPushDialogTest::push_withFaults_endsVerifiedOrFailedWithReason_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("pushedCount");
    QTest::addColumn<int>("failedCount");
    QTest::addColumn<QString>("reason");
    QTest::newRow("throttled, then retried by the client") << QStringLiteral("throttle") << 4 << 0 << QString();
    QTest::newRow("Canvas job fails after writing one grade") << QStringLiteral("progress") << 1 << 3 << QString();
    QTest::newRow("connection dropped after Canvas stored the grades: read-back decides")
        << QStringLiteral("drop") << 4 << 0 << QString();
    QTest::newRow("a student Canvas does not know") << QStringLiteral("unknown") << 3 << 1 << QStringLiteral("eve");
}

void CanvasPushDialogTest::push_withFaults_endsVerifiedOrFailedWithReason()
{
    QFETCH(QString, fault);
    QFETCH(int, pushedCount);
    QFETCH(int, failedCount);
    QFETCH(QString, reason);
    CanvasSimulator &simulator = *m_canvas->simulator;
    if (fault == QLatin1String("unknown")) {
        StudentRecord eve = *m_gradebook->student(QStringLiteral("eve")).value();
        eve.lmsUserId = QStringLiteral("424242424242");
        QVERIFY(m_gradebook->upsertStudent(eve).ok());
    }
    auto dialog = openDialog();
    waitForDryRun(dialog.get());
    if (fault == QLatin1String("throttle")) {
        simulator.throttleNextRequests(2);
    } else if (fault == QLatin1String("progress")) {
        simulator.failNextProgressAfter(1);
    } else if (fault == QLatin1String("drop")) {
        simulator.dropConnectionOnNext("POST", QStringLiteral("update_grades"), true);
    }
    pushAndWait(dialog.get());
    const CanvasPushModel *model = dialog->model();
    QCOMPARE(model->count(State::Pushed), pushedCount);
    QCOMPARE(model->count(State::Failed), failedCount);
    // Every student with a grade is verified or failed with a reason; nothing is left unknown.
    QCOMPARE(model->count(State::Pushed) + model->count(State::Failed) + model->count(State::Unchanged), 4);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->state(row) == State::Failed) {
            QVERIFY(model->index(row, CanvasPushModel::StatusColumn)
                        .data()
                        .toString()
                        .startsWith(QLatin1String("failed: ")));
            QVERIFY(model->index(row, CanvasPushModel::StatusColumn).data().toString().size() > 10);
        }
    }
    if (!reason.isEmpty()) {
        QCOMPARE(model->failedStudentIds(), QStringList{reason});
    }
    if (failedCount > 0) {
        QVERIFY(dialog->statusText().contains(QLatin1String("Retry Failed")));
        QVERIFY(dialog->statusText().contains(QStringLiteral("%1 \u00d7 ").arg(failedCount)));
        // Failed rows come first.
        const QAbstractItemModel *shown = child<QTableView>(dialog.get(), QStringLiteral("gradesTableView"))->model();
        QCOMPARE(shown->index(0, 0).data(CanvasPushModel::StateRole).toInt(), int(State::Failed));
        QCOMPARE(child<QPushButton>(dialog.get(), QStringLiteral("retryFailedButton"))->text(),
                 QStringLiteral("&Retry Failed (%1)").arg(failedCount));
        QVERIFY(child<QPushButton>(dialog.get(), QStringLiteral("retryFailedButton"))->isEnabled());
    }
}

void CanvasPushDialogTest::retryFailed_sendsOnlyTheFailedGrades()
{
    auto dialog = openDialog();
    waitForDryRun(dialog.get());
    m_canvas->simulator->failNextProgressAfter(1);
    pushAndWait(dialog.get());
    const QStringList failed = dialog->model()->failedStudentIds();
    QCOMPARE(failed.size(), 3);
    auto *filter = child<QComboBox>(dialog.get(), QStringLiteral("filterComboBox"));
    filter->setCurrentIndex(filter->findText(QStringLiteral("Failed")));
    QCOMPARE(child<QTableView>(dialog.get(), QStringLiteral("gradesTableView"))->model()->rowCount(), 3);

    auto *retry = child<QPushButton>(dialog.get(), QStringLiteral("retryFailedButton"));
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->count(State::Failed) == 0 && !dialog->isBusy(), 30000);
    QSet<QString> expected;
    for (const QString &student : failed) {
        expected.insert(QString::number(m_canvas->userIds.value(student)));
    }
    QCOMPARE(lastGradedUsers(*m_canvas->simulator), expected);
    QCOMPARE(dialog->model()->count(State::Pushed), 4);
    QCOMPARE(child<QTableView>(dialog.get(), QStringLiteral("gradesTableView"))->model()->rowCount(), 0);
    QVERIFY(!retry->isEnabled());
}

void CanvasPushDialogTest::unpublished_isRefusedWithHowToPublish_thenPublished()
{
    m_canvas->simulator->setAssignmentPublished(m_ps1, false);
    auto dialog = openDialog();
    waitForDryRun(dialog.get());
    QVERIFY2(dialog->canvasText().contains(QLatin1String("not published")), qPrintable(dialog->canvasText()));
    QVERIFY(dialog->canvasText().contains(QLatin1String("Publish it in Canvas")));
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("pushButton"))->isEnabled());
    auto *publish = child<QPushButton>(dialog.get(), QStringLiteral("publishAssignmentButton"));
    QVERIFY(publish->isVisible());
    QTest::mouseClick(publish, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->canvasAssignment() && dialog->canvasAssignment()->published && !dialog->isBusy(),
                             15000);
    QVERIFY(!publish->isVisible());
    QTRY_VERIFY(child<QPushButton>(dialog.get(), QStringLiteral("pushButton"))->isEnabled());
}

void CanvasPushDialogTest::missing_isCreatedWithThePoints()
{
    m_canvas->simulator.reset(); // a Canvas course without ps1
    m_canvas = std::make_unique<Tests::CanvasTestCourse>();
    QVERIFY(m_canvas->start());
    m_canvas->mirror(m_gradebook->students().value());
    for (StudentRecord student : m_gradebook->students().value()) {
        student.lmsUserId = QString::number(m_canvas->userIds.value(student.id));
        QVERIFY(m_gradebook->upsertStudent(student).ok());
    }
    CourseConfig config;
    m_connection =
        std::make_unique<Models::CanvasConnection>(m_canvas->configure(config), m_network.get(), m_store.get());
    m_connection->client()->setOptions(Tests::CanvasTestCourse::fastOptions());
    m_connection->useToken(Tests::canvasTeacherToken);

    auto dialog = openDialog();
    waitForDryRun(dialog.get());
    QVERIFY2(dialog->canvasText().contains(QLatin1String("Canvas has no assignment")),
             qPrintable(dialog->canvasText()));
    QVERIFY(dialog->canvasText().contains(QLatin1String("10 points")));
    QCOMPARE(dialog->model()->count(State::Send), 4);
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("pushButton"))->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("createAssignmentButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->canvasAssignment().has_value() && !dialog->isBusy(), 15000);
    const auto created = m_canvas->simulator->assignmentIdByName(QStringLiteral("ps1"));
    QVERIFY(created);
    QCOMPARE(dialog->canvasAssignment()->pointsPossible, 10.0);
    QVERIFY(dialog->canvasAssignment()->published);
    QCOMPARE(m_gradebook->canvasMappings(QStringLiteral("assignment")).value().value(QStringLiteral("ps1")),
             QString::number(*created));
    QTRY_VERIFY(child<QPushButton>(dialog.get(), QStringLiteral("pushButton"))->isEnabled());
}

void CanvasPushDialogTest::escapeWhilePushing_cancelsAndSaysWhatHappened()
{
    auto dialog = openDialog();
    waitForDryRun(dialog.get());
    m_canvas->simulator->setProgressMode(CanvasSimulator::ProgressMode::AdvanceOnTimer, std::chrono::seconds(30));
    Ui::UserPrompt::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("pushButton")), Qt::LeftButton);
    QTRY_VERIFY(m_canvas->simulator->requestCount(updateGradesRoute) == 1);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY2(dialog->statusText().contains(QLatin1String("cancelled")), qPrintable(dialog->statusText()));
    QVERIFY(dialog->isVisible());
}

void CanvasPushDialogTest::refusedToken_offersConnect()
{
    m_connection->useToken(QStringLiteral("wrong-token"));
    auto dialog = openDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->statusText().isEmpty() && !dialog->isBusy(), 15000);
    QVERIFY2(dialog->statusText().contains(QLatin1String("Press Connect")), qPrintable(dialog->statusText()));
    QVERIFY(child<QPushButton>(dialog.get(), QStringLiteral("connectButton"))->isVisible());
}

void CanvasPushDialogTest::regrade(const QString &student, double score)
{
    const qint64 assignment = m_gradebook->assignments().value().constFirst().id;
    const qint64 notebook = m_gradebook->notebooks(assignment).value().constFirst().id;
    const qint64 cell = m_gradebook->sourceCells(notebook).value().constFirst().id;
    qint64 submitted = 0;
    for (const SubmissionRecord &submission : m_gradebook->submissions(assignment).value()) {
        if (submission.studentId == student) {
            submitted = m_gradebook->submittedNotebooks(submission.id).value().constFirst().id;
        }
    }
    QVERIFY(submitted > 0);
    NewRegradeRequest request;
    request.assignment = QStringLiteral("ps1");
    request.studentId = student;
    request.cellId = cell;
    request.message = QStringLiteral("Please look again");
    const Result<RegradeAdded> added = m_gradebook->addRegradeRequest(request, QStringLiteral("alice"));
    QVERIFY(added.ok());
    QVERIFY(m_gradebook->setManualGrade(submitted, cell, score, QStringLiteral("alice")).ok());
    const RegradeRequestRecord open = m_gradebook->regradeRequest(added.value().id).value().value();
    QVERIFY(m_gradebook
                ->setRegradeState(open.id, RegradeState::Resolved, QStringLiteral("Right"), open.version,
                                  QStringLiteral("alice"))
                .ok());
}

void CanvasPushDialogTest::noRegrades_choiceHiddenAndEveryoneSent()
{
    auto dialog = openDialog();
    waitForDryRun(dialog.get());
    QVERIFY(!child<QCheckBox>(dialog.get(), QStringLiteral("onlyRegradedCheckBox"))->isVisible());
    QVERIFY(!dialog->onlyRegraded());
    QCOMPARE(dialog->model()->count(State::Send), 4);
}

void CanvasPushDialogTest::regraded_choiceCheckedAndOnlyThemSent()
{
    regrade(QStringLiteral("bob"), 9.0);
    if (QTest::currentTestFailed()) {
        return;
    }
    // Canvas differs from GradeDesk for everyone, yet only bob is sent.
    auto dialog = openDialog();
    waitForDryRun(dialog.get());
    auto *only = child<QCheckBox>(dialog.get(), QStringLiteral("onlyRegradedCheckBox"));
    QVERIFY(only->isVisible() && only->isChecked() && only->isEnabled());
    QCOMPARE(only->text(), QStringLiteral("Only &regraded students (1)"));
    QCOMPARE(dialog->model()->count(State::Send), 1);
    QCOMPARE(dialog->model()->count(State::Skip), 4);
    pushAndWait(dialog.get());
    QVERIFY(Ui::UserPrompt::lastQuestion().contains(QLatin1String("Send 1 grade")));
    QCOMPARE(lastGradedUsers(*m_canvas->simulator),
             QSet<QString>{QString::number(m_canvas->userIds.value(QStringLiteral("bob")))});
    QCOMPARE(m_canvas->simulator->scores(m_ps1).value(m_canvas->userIds.value(QStringLiteral("bob"))), 9.0);
    QVERIFY(!only->isEnabled());
    // Verified in Canvas: the mark is gone, so the next push offers no regrade-only choice.
    QCOMPARE(m_gradebook->canvasPushMarks(QStringLiteral("ps1")).value(), QStringList());
    dialog->refresh();
    waitForDryRun(dialog.get());
    QVERIFY(!only->isVisible());
    QCOMPARE(dialog->model()->count(State::Send), 3);
}

void CanvasPushDialogTest::regradedChoice_untickedShowsEveryoneAgain()
{
    regrade(QStringLiteral("cy"), 10.0);
    regrade(QStringLiteral("eve"), 8.0);
    if (QTest::currentTestFailed()) {
        return;
    }
    auto dialog = openDialog();
    waitForDryRun(dialog.get());
    auto *only = child<QCheckBox>(dialog.get(), QStringLiteral("onlyRegradedCheckBox"));
    QCOMPARE(only->text(), QStringLiteral("Only &regraded students (2)"));
    QCOMPARE(dialog->model()->count(State::Send), 2);
    QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(4, only->height() / 2));
    QVERIFY(!dialog->onlyRegraded());
    QCOMPARE(dialog->model()->count(State::Send), 4);
    dialog->setOnlyRegraded(true);
    QCOMPARE(dialog->model()->count(State::Send), 2);
    QCOMPARE(child<QPushButton>(dialog.get(), QStringLiteral("pushButton"))->text(),
             QStringLiteral("&Push Grades (2)"));
}

QTEST_MAIN(CanvasPushDialogTest)
#include "canvaspushdialog_test.moc"
