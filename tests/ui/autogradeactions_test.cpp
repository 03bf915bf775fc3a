// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// Assignment → Autograde All… end to end: a generated demo course (3 students), the real local
// executor running the harness with a Python that has nbclient and ipykernel, the review dialog
// and the commit into the course's gradebook. Skipped where no such Python is installed. With
// GRADEDESK_SCREENSHOT_DIR set, also writes autograde-e2e.png there.

#include <models/autogradechangemodel.h>
#include <models/autogradesession.h>
#include <models/coursesession.h>
#include <services/gradebook/gradebook.h>
#include <tests/models/democourse.h>
#include <ui/autogradeactions.h>
#include <ui/autogradereviewdialog.h>
#include <ui/autogradestartpanel.h>
#include <ui/autogradewindow.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace GradeDesk;
using Services::AutogradeTaskState;

namespace {

/// The first interpreter that can run the harness, else empty.
QString harnessPython()
{
    for (const QString &candidate : {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")}) {
        QProcess probe;
        probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import nbclient, nbformat, ipykernel")});
        if (probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0) {
            return candidate;
        }
    }
    return {};
}

} // namespace

class AutogradeActionsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void withoutCourse_actionIsDisabled();
    void autogradeAll_localExecutor_commitsOnlyAfterReview();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Models::CourseSession> m_course;
};

void AutogradeActionsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString python = harnessPython();
    if (python.isEmpty()) {
        QSKIP("No python3 with nbclient, nbformat and ipykernel (Debian: python3-nbclient python3-ipykernel)");
    }
    const QString courseDir = m_dir.filePath(QStringLiteral("course"));
    const auto demo = Tests::DemoCourse::create(courseDir, 3);
    QVERIFY(demo);
    // The course runs the harness with the Python found above, two submissions at a time.
    QFile yaml(demo->config.filePath);
    QVERIFY(yaml.open(QIODevice::Append));
    yaml.write(QStringLiteral("autograde: {python: %1, parallelism: 2}\n").arg(python).toUtf8());
    yaml.close();
    auto opened = Models::CourseSession::open(demo->config.filePath);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().detail));
    m_course = std::move(opened).value();
}

void AutogradeActionsTest::cleanupTestCase()
{
    m_course.reset();
}

void AutogradeActionsTest::withoutCourse_actionIsDisabled()
{
    QWidget main;
    Ui::AutogradeActions actions(&main);
    QVERIFY(!actions.autogradeAction()->isEnabled());
    QCOMPARE(actions.autogradeAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    actions.autogradeAction()->trigger();
    QVERIFY(!actions.autogradeWindow());
    actions.setSession(m_course.get());
    QVERIFY(actions.autogradeAction()->isEnabled());
    actions.setSession(nullptr);
    QVERIFY(!actions.autogradeAction()->isEnabled());
    QVERIFY(!actions.autogradeSession());
}

void AutogradeActionsTest::autogradeAll_localExecutor_commitsOnlyAfterReview()
{
    Services::Gradebook &gradebook = *m_course->gradebook();
    const auto assignments = gradebook.assignments();
    QVERIFY(assignments);
    qint64 assignmentId = 0;
    for (const Services::AssignmentRecord &assignment : assignments.value()) {
        if (assignment.name == QLatin1String("ps1")) {
            assignmentId = assignment.id;
        }
    }
    QVERIFY(assignmentId > 0);
    // Spoil one auto score: the run must put it back, but only once the change is committed.
    std::optional<Services::AnswerRecord> spoiled;
    const auto questions = gradebook.questions(assignmentId);
    QVERIFY(questions);
    for (const Services::QuestionRecord &question : questions.value()) {
        const auto answers = gradebook.answers(question.cellId);
        QVERIFY(answers);
        for (const Services::AnswerRecord &answer : answers.value()) {
            if (!spoiled && answer.autoScore && !answer.manualScore && !answer.needsManualGrade &&
                question.maxScore > 0) {
                spoiled = answer;
            }
        }
    }
    QVERIFY(spoiled);
    const double right = *spoiled->autoScore;
    const double wrong = right > 0 ? 0.0 : spoiled->maxScore;
    QVERIFY(gradebook.setAutoGrade(spoiled->key.submittedNotebookId, spoiled->key.cellId, wrong, false,
                                   QStringLiteral("test")));
    const auto autoScoreNow = [&]() -> std::optional<double> {
        const auto answers = gradebook.answers(spoiled->key.cellId);
        for (const Services::AnswerRecord &answer : answers ? answers.value() : QList<Services::AnswerRecord>()) {
            if (answer.key == spoiled->key) {
                return answer.autoScore;
            }
        }
        return std::nullopt;
    };

    QWidget main;
    main.resize(400, 300);
    Ui::AutogradeActions actions(&main);
    QSignalSpy committed(&actions, &Ui::AutogradeActions::gradesCommitted);
    actions.setSession(m_course.get());
    actions.setCurrentAssignment(QStringLiteral("ps1"));
    main.show();
    actions.autogradeAction()->trigger();
    Ui::AutogradeWindow *window = actions.autogradeWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(!window->isShowingRun());
    QTest::mouseClick(window->startPanel()->startButton(), Qt::LeftButton);
    QVERIFY(window->isShowingRun());
    Models::AutogradeSession *session = actions.autogradeSession();
    QCOMPARE(session->executorName(), QStringLiteral("local"));
    QCOMPARE(session->taskCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(!session->isRunning(), 600000);
    for (int i = 0; i < session->taskCount(); ++i) {
        const Services::AutogradeTaskResult &result = session->result(i);
        QVERIFY2(result.state == AutogradeTaskState::Passed,
                 qPrintable(session->task(i).studentId + QStringLiteral(": ") +
                            (result.failure ? result.failure->message : QString()) + QLatin1Char('\n') + result.log));
    }
    QCOMPARE(autoScoreNow(), std::optional<double>(wrong)); // nothing written by the run

    auto *review = window->findChild<QPushButton *>(QStringLiteral("reviewPushButton"));
    QVERIFY(review->isEnabled());
    QTest::mouseClick(review, Qt::LeftButton);
    Ui::AutogradeReviewDialog *dialog = actions.reviewDialog();
    QVERIFY(dialog);
    bool listed = false;
    const Services::AutogradeChanges &changes = dialog->changeModel()->changes();
    for (const Services::AutogradeCellChange &change : changes.cells) {
        if (change.submittedNotebookId == spoiled->key.submittedNotebookId && change.cellId == spoiled->key.cellId) {
            listed = change.oldAutoScore == std::optional<double>(wrong) &&
                     change.newAutoScore == std::optional<double>(right);
        }
    }
    QVERIFY2(listed, "the spoiled score is not in the preview as wrong -> right");
    QCOMPARE(autoScoreNow(), std::optional<double>(wrong));

    const QByteArray shots = qgetenv("GRADEDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(window->grab().save(QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("autograde-e2e.png"))));
        QVERIFY(
            dialog->grab().save(QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("autograde-review.png"))));
    }

    QTest::mouseClick(dialog->commitButton(), Qt::LeftButton);
    QTRY_COMPARE(committed.size(), 1);
    QCOMPARE(committed.at(0).at(0).toString(), QStringLiteral("ps1"));
    QCOMPARE(autoScoreNow(), std::optional<double>(right));
    // Committed: a second review has nothing left to write.
    const auto again = session->previewChanges();
    QVERIFY(again);
    QCOMPARE(again.value().cells.size(), 0);
}

QTEST_MAIN(AutogradeActionsTest)
#include "autogradeactions_test.moc"
