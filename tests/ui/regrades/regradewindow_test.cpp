// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "../../models/democourse.h"

#include <models/answerfiltermodel.h>
#include <models/gradingsession.h>
#include <models/questionlistmodel.h>
#include <models/regrades/regradefiltermodel.h>
#include <models/regrades/regradelistmodel.h>
#include <models/roles.h>
#include <ui/gradingqueuepanel.h>
#include <ui/messagebanner.h>
#include <ui/notebookview.h>
#include <ui/regrades/audithistoryview.h>
#include <ui/regrades/regradedetailpane.h>
#include <ui/regrades/regradenewdialog.h>
#include <ui/regrades/regraderesolvedialog.h>
#include <ui/regrades/regradewindow.h>
#include <ui/statisticsdialog.h>
#include <ui/userprompt.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace GradeDesk;
using Models::RegradeListModel;
using Services::RegradeOutcome;
using Services::RegradeState;
using Ui::RegradeWindow;

class RegradeWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addReviewResolve_storesStateOutcomeAndHistory();
    void resolveWithoutReply_isRefused();
    void conflict_saysAnotherGraderMovedItAndReloads();
    void reopen_andStateFilterCounts();
    void newRequest_unknownStudentIsRefusedInTheDialog();
    void wholeSubmission_showsScoresAndNotebook();
    void anonymous_showsPseudonymsAndNamesOnlyWhenConfirmed();
    void queuePanel_filtersAndCountsRegradeRequests();
    void historyView_followsAnAnswerAndSaysWhenEmpty();
    void statistics_listGraderActivity();
    void grab_showsAFilledWindow();

private:
    qint64 addRequest(const QString &student, qint64 cellId, const QString &message);
    void openWindow();

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Tests::DemoCourse> m_demo;
    Services::CourseConfig m_config;
    std::unique_ptr<Services::Gradebook> m_gradebook;
    std::unique_ptr<RegradeWindow> m_window;
    Services::QuestionRecord m_question; ///< The demo's first question of ps1.
    QStringList m_students;              ///< Those who submitted ps1, sorted.
    QString m_gradebookPath;
};

void RegradeWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("GradeDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("regradewindow_test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    m_demo = Tests::DemoCourse::create(m_dir.filePath(QStringLiteral("course")), 4);
    QVERIFY(m_demo);
    m_config = m_demo->config;
    m_config.grader = QStringLiteral("alice");
}

void RegradeWindowTest::init()
{
    static int counter = 0;
    QSettings().clear();
    Ui::UserPrompt::setNextAnswer(std::nullopt);
    m_gradebookPath = m_dir.filePath(QStringLiteral("gb%1.sqlite").arg(++counter));
    m_gradebook = m_demo->openCopy(m_gradebookPath);
    QVERIFY(m_gradebook);
    const auto assignment = m_gradebook->assignment(QStringLiteral("ps1"));
    QVERIFY(assignment && assignment.value());
    const auto questions = m_gradebook->questions(assignment.value()->id);
    QVERIFY(questions && !questions.value().isEmpty());
    m_question = questions.value().constFirst();
    const auto submissions = m_gradebook->submissions(assignment.value()->id);
    QVERIFY(submissions && submissions.value().size() >= 3);
    m_students.clear();
    for (const Services::SubmissionRecord &submission : submissions.value()) {
        m_students.append(submission.studentId);
    }
}

void RegradeWindowTest::cleanup()
{
    m_window.reset();
    m_gradebook.reset();
}

void RegradeWindowTest::openWindow()
{
    m_window = std::make_unique<RegradeWindow>(m_gradebook.get(), m_config);
    m_window->setAssignment(QStringLiteral("ps1"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

qint64 RegradeWindowTest::addRequest(const QString &student, qint64 cellId, const QString &message)
{
    Services::NewRegradeRequest request;
    request.assignment = QStringLiteral("ps1");
    request.studentId = student;
    request.cellId = cellId;
    request.message = message;
    const auto added = m_gradebook->addRegradeRequest(request, QStringLiteral("bob"));
    return added ? added.value().id : 0;
}

void RegradeWindowTest::addReviewResolve_storesStateOutcomeAndHistory()
{
    openWindow();
    QCOMPARE(m_window->listModel()->rowCount(), 0);
    QVERIFY(m_window->countsText().contains(QStringLiteral("No regrade requests")));

    // New Request… : student by id, the first question, a message; Ctrl+Return adds it.
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("newRequestPushButton")), Qt::LeftButton);
    Ui::RegradeNewDialog *dialog = m_window->newRequestDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QVERIFY(!dialog->addButton()->isEnabled());
    QTest::keyClicks(dialog->studentCombo()->lineEdit(), m_students.at(1));
    dialog->questionCombo()->setFocus();
    QTest::keyClick(dialog->questionCombo(), Qt::Key_Down); // "Whole submission" -> the first question
    QCOMPARE(dialog->cellId(), m_question.cellId);
    QTest::keyClicks(dialog->messageEdit(), QStringLiteral("My loop is right, see the output"));
    QVERIFY(dialog->addButton()->isEnabled());
    QTest::keyClick(dialog->messageEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->newRequestDialog());

    const auto stored = m_gradebook->regradeRequests(m_window->listModel()->assignmentId());
    QVERIFY(stored && stored.value().size() == 1);
    const Services::RegradeRequestRecord request = stored.value().constFirst();
    QCOMPARE(request.studentId, m_students.at(1));
    QCOMPARE(request.cellId, m_question.cellId);
    QCOMPARE(request.enteredBy, QStringLiteral("alice"));
    QCOMPARE(request.state, RegradeState::Open);
    QCOMPARE(m_window->currentRequest()->id, request.id);
    QVERIFY(m_window->stateCombo()->currentText().startsWith(QStringLiteral("Unresolved (1)")));
    QVERIFY(m_window->detailPane()->headerText().contains(QStringLiteral("My loop is right")));

    // Start Review.
    Ui::RegradeDetailPane *detail = m_window->detailPane();
    QVERIFY(detail->startReviewButton()->isEnabled());
    QVERIFY(!detail->reopenButton()->isEnabled());
    QTest::mouseClick(detail->startReviewButton(), Qt::LeftButton);
    QCOMPARE(m_gradebook->regradeRequest(request.id).value()->state, RegradeState::InReview);
    QCOMPARE(m_window->currentRequest()->state, RegradeState::InReview);
    QVERIFY(!detail->startReviewButton()->isEnabled());

    // The grader changes the score (in the grading view), then resolves with a reply.
    const auto answer = m_gradebook->answer({request.submittedNotebookId, request.cellId});
    QVERIFY(answer.ok());
    const double newScore = answer.value().score().value_or(0.0) > 0.0 ? 0.0 : m_question.maxScore;
    QVERIFY(m_gradebook->setManualGrade(request.submittedNotebookId, request.cellId, newScore, QStringLiteral("alice"))
                .ok());
    QTest::mouseClick(detail->resolveButton(), Qt::LeftButton);
    Ui::RegradeResolveDialog *resolve = m_window->resolveDialog();
    QVERIFY(resolve);
    QVERIFY(QTest::qWaitForWindowActive(resolve));
    QCOMPARE(resolve->outcome(), RegradeOutcome::Changed);
    QVERIFY2(resolve->outcomeText().contains(QStringLiteral("→")), qPrintable(resolve->outcomeText()));
    QTest::keyClicks(resolve->replyEdit(), QStringLiteral("You are right, the test was too strict."));
    QTest::keyClick(resolve->replyEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->resolveDialog());

    const auto resolved = m_gradebook->regradeRequest(request.id);
    QVERIFY(resolved && resolved.value());
    QCOMPARE(resolved.value()->state, RegradeState::Resolved);
    QCOMPARE(resolved.value()->outcome, RegradeOutcome::Changed);
    QCOMPARE(resolved.value()->reply, QStringLiteral("You are right, the test was too strict."));
    QCOMPARE(resolved.value()->resolvedBy, QStringLiteral("alice"));
    QVERIFY(m_gradebook->canvasPushMarks(QStringLiteral("ps1")).value().contains(m_students.at(1)));
    QCOMPARE(m_window->banner()->kind(), Ui::MessageBanner::Kind::Information);

    // The resolved request left the "Unresolved" list; "All" shows it with its history.
    m_window->stateCombo()->setFocus();
    QTest::keyClick(m_window->stateCombo(), Qt::Key_End);
    QVERIFY(m_window->stateCombo()->currentText().startsWith(QStringLiteral("All (1)")));
    QVERIFY(m_window->selectRequest(request.id));
    QCOMPARE(m_window->requestView()->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("Resolved: changed"));
    QVERIFY(detail->reopenButton()->isEnabled());
    const QStringList history = detail->history()->whatTexts();
    QVERIFY2(history.size() >= 4, qPrintable(history.join(QLatin1Char('|'))));
    QVERIFY2(history.contains(QStringLiteral("Regrade: in review → resolved (grade changed)")),
             qPrintable(history.join(QLatin1Char('|'))));
    QVERIFY(history.contains(QStringLiteral("Regrade: open → in review")));
    QVERIFY(history.contains(QStringLiteral("Regrade requested")));
    QVERIFY(detail->headerText().contains(QStringLiteral("You are right")));
}

void RegradeWindowTest::resolveWithoutReply_isRefused()
{
    const qint64 id = addRequest(m_students.at(0), m_question.cellId, QStringLiteral("Please check"));
    QVERIFY(id);
    openWindow();
    QVERIFY(m_window->selectRequest(id));
    QTest::mouseClick(m_window->detailPane()->resolveButton(), Qt::LeftButton);
    Ui::RegradeResolveDialog *resolve = m_window->resolveDialog();
    QVERIFY(resolve);
    QVERIFY(QTest::qWaitForWindowActive(resolve));
    QCOMPARE(resolve->outcome(), RegradeOutcome::Unchanged);
    QVERIFY(!resolve->resolveButton()->isEnabled());
    QTest::keyClicks(resolve->replyEdit(), QStringLiteral("   "));
    QVERIFY(!resolve->resolveButton()->isEnabled());
    QTest::keyClick(resolve->replyEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_window->resolveDialog());
    QCOMPARE(m_gradebook->regradeRequest(id).value()->state, RegradeState::Open);
    // The service refuses an empty reply too.
    const auto refused = m_gradebook->setRegradeState(id, RegradeState::Resolved, QString(), 1, QStringLiteral("x"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Services::ServiceError::Kind::Validation);
    QTest::keyClick(resolve, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->resolveDialog());
    QCOMPARE(m_gradebook->regradeRequest(id).value()->state, RegradeState::Open);
}

void RegradeWindowTest::conflict_saysAnotherGraderMovedItAndReloads()
{
    const qint64 id = addRequest(m_students.at(0), m_question.cellId, QStringLiteral("Please check"));
    QVERIFY(id);
    openWindow();
    QVERIFY(m_window->selectRequest(id));
    // Another grader (another connection to the same gradebook) starts reviewing it first.
    {
        auto other = Services::Gradebook::openSqlite(m_gradebookPath);
        QVERIFY(other);
        QVERIFY(other.value()->setRegradeState(id, RegradeState::InReview, QString(), 1, QStringLiteral("zoe")).ok());
    }
    QCOMPARE(m_window->currentRequest()->state, RegradeState::Open); // SQLite: no live notice from others
    QTest::mouseClick(m_window->detailPane()->startReviewButton(), Qt::LeftButton);
    QVERIFY(m_window->banner()->isVisible());
    QCOMPARE(m_window->banner()->kind(), Ui::MessageBanner::Kind::Warning);
    QVERIFY2(m_window->banner()->text().contains(QStringLiteral("Another grader")),
             qPrintable(m_window->banner()->text()));
    QCOMPARE(m_window->currentRequest()->id, id);
    QCOMPARE(m_window->currentRequest()->state, RegradeState::InReview);
    QCOMPARE(m_gradebook->regradeRequest(id).value()->version, 2);
}

void RegradeWindowTest::reopen_andStateFilterCounts()
{
    const qint64 first = addRequest(m_students.at(0), m_question.cellId, QStringLiteral("a"));
    const qint64 second = addRequest(m_students.at(1), m_question.cellId, QStringLiteral("b"));
    QVERIFY(first && second);
    QVERIFY(
        m_gradebook->setRegradeState(first, RegradeState::Resolved, QStringLiteral("no"), 1, QStringLiteral("x")).ok());
    openWindow();
    QCOMPARE(m_window->countsText(), QStringLiteral("1 open · 0 in review · 1 resolved"));
    QCOMPARE(m_window->requestView()->model()->rowCount(), 1); // "Unresolved" by default
    const int resolvedRow = m_window->stateCombo()->findData(int(Models::RegradeFilterModel::StateFilter::Resolved));
    m_window->stateCombo()->setFocus();
    QTest::keyClick(m_window->stateCombo(), Qt::Key_Home);
    for (int row = 0; row < resolvedRow; ++row) {
        QTest::keyClick(m_window->stateCombo(), Qt::Key_Down);
    }
    QCOMPARE(m_window->requestView()->model()->rowCount(), 1);
    QCOMPARE(m_window->currentRequest()->id, first);
    QTest::mouseClick(m_window->detailPane()->reopenButton(), Qt::LeftButton);
    QCOMPARE(m_gradebook->regradeRequest(first).value()->state, RegradeState::Reopened);
    QCOMPARE(m_window->countsText(), QStringLiteral("2 open · 0 in review · 0 resolved"));
    QVERIFY(m_window->stateCombo()->currentText().startsWith(QStringLiteral("Resolved (0)")));
    QCOMPARE(m_window->requestView()->model()->rowCount(), 0);
    // The question filter names each question with its open requests.
    const int question = m_window->questionCombo()->findData(m_question.cellId);
    QVERIFY(question > 0);
    QVERIFY2(m_window->questionCombo()->itemText(question).endsWith(QStringLiteral("(2 open)")),
             qPrintable(m_window->questionCombo()->itemText(question)));
}

void RegradeWindowTest::newRequest_unknownStudentIsRefusedInTheDialog()
{
    openWindow();
    m_window->openNewRequestDialog();
    Ui::RegradeNewDialog *dialog = m_window->newRequestDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->studentCombo()->lineEdit(), QStringLiteral("../nobody"));
    QTest::keyClicks(dialog->messageEdit(), QStringLiteral("x"));
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QVERIFY(m_window->newRequestDialog());
    QCOMPARE(m_window->listModel()->rowCount(), 0);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("../nobody")), qPrintable(dialog->errorText()));
    dialog->reject();
    QTRY_VERIFY(!m_window->newRequestDialog());
}

void RegradeWindowTest::wholeSubmission_showsScoresAndNotebook()
{
    const qint64 id = addRequest(m_students.at(2), 0, QStringLiteral("Everything please"));
    QVERIFY(id);
    openWindow();
    QVERIFY(m_window->selectRequest(id));
    Ui::RegradeDetailPane *detail = m_window->detailPane();
    QVERIFY(detail->headerText().contains(QStringLiteral("Whole submission")));
    QVERIFY(detail->rubricTree()->topLevelItemCount() >= 1);
    QVERIFY(detail->answerView()->hasNotebook());
    QVERIFY(detail->currentScore().has_value() || detail->maxScore() > 0.0);
}

void RegradeWindowTest::anonymous_showsPseudonymsAndNamesOnlyWhenConfirmed()
{
    const qint64 id = addRequest(m_students.at(0), m_question.cellId, QStringLiteral("a"));
    QVERIFY(id);
    openWindow();
    QVERIFY(m_window->anonymousCheck()->isChecked());
    const QModelIndex student = m_window->listModel()->index(0, RegradeListModel::StudentColumn);
    QVERIFY(student.data().toString().startsWith(QStringLiteral("Student ")));
    const auto assignmentEvents = [this] {
        return m_gradebook->auditEvents(QStringLiteral("assignment"), QStringLiteral("ps1")).value().size();
    };
    const auto before = assignmentEvents();
    Ui::UserPrompt::setNextAnswer(false);
    QTest::mouseClick(m_window->anonymousCheck(), Qt::LeftButton);
    QVERIFY(m_window->anonymousCheck()->isChecked());
    QCOMPARE(assignmentEvents(), before);
    Ui::UserPrompt::setNextAnswer(true);
    QTest::mouseClick(m_window->anonymousCheck(), Qt::LeftButton);
    QVERIFY(!m_window->anonymousCheck()->isChecked());
    QVERIFY(!student.data().toString().startsWith(QStringLiteral("Student ")));
    QCOMPARE(assignmentEvents(), before + 1);
}

void RegradeWindowTest::queuePanel_filtersAndCountsRegradeRequests()
{
    QVERIFY(addRequest(m_students.at(1), m_question.cellId, QStringLiteral("a")));
    Models::GradingSession session(m_gradebook.get(), m_config);
    QVERIFY(session.setAssignment(QStringLiteral("ps1")));
    QVERIFY(session.setQuestion(m_question.cellId));
    Ui::GradingQueuePanel panel;
    panel.setSession(&session);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // The picker counts the question's open request in a visible column.
    QVERIFY(!panel.questionView()->isColumnHidden(Models::QuestionListModel::RegradeColumn));
    const int row = session.questions()->rowOfQuestion(m_question.cellId);
    QCOMPARE(session.questions()->index(row, Models::QuestionListModel::RegradeColumn).data().toString(),
             QStringLiteral("1"));
    // "Regrade requests only" leaves the one answer with a request.
    QComboBox *filter = panel.filterCombo();
    const int choice = filter->findText(QStringLiteral("Regrade requests only"));
    QVERIFY(choice > 0);
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Home);
    for (int step = 0; step < choice; ++step) {
        QTest::keyClick(filter, Qt::Key_Down);
    }
    QCOMPARE(session.filteredAnswers()->stateFilter(), Models::AnswerFilterModel::StateFilter::RegradeRequested);
    // The current answer stays pinned in the queue; every other row shown has an open request.
    Models::AnswerFilterModel *answers = session.filteredAnswers();
    QStringList withRequests;
    for (int row = 0; row < answers->rowCount(); ++row) {
        if (answers->index(row, 0).data(Models::OpenRegradeCountRole).toInt() > 0) {
            withRequests.append(answers->index(row, 0).data(Models::StudentIdRole).toString());
        }
    }
    QCOMPARE(withRequests, QStringList{m_students.at(1)});
    QVERIFY(answers->rowCount() <= 2);
    // A second request on another student's answer appears in the count by itself.
    QVERIFY(addRequest(m_students.at(2), m_question.cellId, QStringLiteral("b")));
    QTRY_COMPARE(session.questions()->index(row, Models::QuestionListModel::RegradeColumn).data().toString(),
                 QStringLiteral("2"));
}

void RegradeWindowTest::historyView_followsAnAnswerAndSaysWhenEmpty()
{
    Ui::AuditHistoryView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *placeholder = view.findChild<QLabel *>(QStringLiteral("auditHistoryPlaceholderLabel"));
    QVERIFY(placeholder);
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("No answer selected"));

    const auto answers = m_gradebook->answers(m_question.cellId);
    QVERIFY(answers && !answers.value().isEmpty());
    const Services::AnswerRecord answer = answers.value().constFirst();
    view.setAnswer(m_gradebook.get(), answer.key, answer.submissionId);
    const qsizetype before = view.whatTexts().size();
    QCOMPARE(placeholder->isVisible(), before == 0);
    QVERIFY(m_gradebook
                ->setComment(answer.key.submittedNotebookId, answer.key.cellId, QStringLiteral("Well done"),
                             QStringLiteral("alice"))
                .ok());
    QTRY_COMPARE(view.whatTexts().size(), before + 1);
    QCOMPARE(view.whatTexts().constFirst(), QStringLiteral("Comment added"));
    QVERIFY(view.view()->isVisible());

    // Hidden: nothing is read until it is shown again.
    view.hide();
    QVERIFY(m_gradebook->setFlagged(answer.key, true, QStringLiteral("alice")).ok());
    QCoreApplication::processEvents();
    QCOMPARE(view.whatTexts().size(), before + 1);
    view.show();
    QTRY_COMPARE(view.whatTexts().size(), before + 2);
    QCOMPARE(view.whatTexts().constFirst(), QStringLiteral("Flagged for review"));

    // Keyboard: the list takes focus and moves with the arrows.
    QCOMPARE(view.focusProxy(), view.view());
    QTest::keyClick(view.view(), Qt::Key_Down);
    QVERIFY(view.view()->currentIndex().isValid());
}

void RegradeWindowTest::statistics_listGraderActivity()
{
    const auto answers = m_gradebook->answers(m_question.cellId);
    QVERIFY(answers && answers.value().size() >= 2);
    const Services::AnswerKey first = answers.value().at(0).key;
    const Services::AnswerKey second = answers.value().at(1).key;
    QVERIFY(m_gradebook->setManualGrade(first.submittedNotebookId, first.cellId, 1.0, QStringLiteral("zoe")).ok());
    QVERIFY(m_gradebook->setManualGrade(second.submittedNotebookId, second.cellId, 1.0, QStringLiteral("zoe")).ok());
    QVERIFY(m_gradebook->setFlagged(first, true, QStringLiteral("alice")).ok());
    Models::GradingSession session(m_gradebook.get(), m_config);
    QVERIFY(session.setAssignment(QStringLiteral("ps1")));
    QVERIFY(session.setQuestion(m_question.cellId));
    Ui::StatisticsDialog dialog(&session, m_gradebook.get());
    QCOMPARE(dialog.summaries().size(), 3);
    QVERIFY2(dialog.graderSummary().startsWith(QStringLiteral("2 grader(s) on ps1")),
             qPrintable(dialog.graderSummary()));
    QAbstractItemModel *model = dialog.graderTable()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("zoe"));
    QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("2"));
    QVERIFY(!model->index(1, 3).data().toString().isEmpty());
}

void RegradeWindowTest::grab_showsAFilledWindow()
{
    // Requests in every state, then the window as a grader sees it (GRADEDESK_SCREENSHOT=file.png saves it).
    const qint64 review = addRequest(m_students.at(0), m_question.cellId,
                                     QStringLiteral("I think my loop handles the empty list: the output shows []."));
    const qint64 resolved = addRequest(m_students.at(1), m_question.cellId, QStringLiteral("Part b was right"));
    QVERIFY(addRequest(m_students.at(2), 0, QStringLiteral("Could you look at the whole notebook again?")));
    QVERIFY(review && resolved);
    QVERIFY(m_gradebook
                ->setRegradeState(resolved, RegradeState::Resolved, QStringLiteral("The test expects a list."), 1,
                                  QStringLiteral("bob"))
                .ok());
    QVERIFY(m_gradebook
                ->setManualGrade(m_gradebook->regradeRequest(review).value()->submittedNotebookId, m_question.cellId,
                                 m_question.maxScore, QStringLiteral("alice"))
                .ok());
    QVERIFY(m_gradebook->setRegradeState(review, RegradeState::InReview, QString(), 1, QStringLiteral("alice")).ok());
    openWindow();
    m_window->resize(1280, 760);
    m_window->stateCombo()->setFocus();
    QTest::keyClick(m_window->stateCombo(), Qt::Key_End); // "All"
    QVERIFY(m_window->selectRequest(review));
    QTRY_VERIFY(m_window->detailPane()->answerView()->hasNotebook());
    const QPixmap shot = m_window->grab();
    QVERIFY(!shot.isNull());
    const QString path = qEnvironmentVariable("GRADEDESK_SCREENSHOT");
    if (!path.isEmpty()) {
        QVERIFY(shot.save(path));
    }
}

QTEST_MAIN(RegradeWindowTest)
#include "regradewindow_test.moc"
