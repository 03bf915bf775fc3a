// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradingfixture.h"

#include <models/answerfiltermodel.h>
#include <models/answerqueuemodel.h>
#include <models/gradingsession.h>
#include <models/roles.h>
#include <models/rubricmodel.h>
#include <services/gradebook/gradebook.h>
#include <ui/answerpane.h>
#include <ui/gradingqueuepanel.h>
#include <ui/gradingview.h>
#include <ui/mainwindow.h>
#include <ui/rubriceditordialog.h>
#include <ui/rubricpanel.h>
#include <ui/statisticsdialog.h>
#include <ui/userprompt.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace GradeDesk;
using Models::GradingSession;
using Services::AnswerRecord;
using Ui::MainWindow;

/// The grading page driven like a grader does: real widgets, key presses to the focused widget.
class GradingViewTest : public QObject, private GradingFixture
{
    Q_OBJECT

private slots:

    void initTestCase() { setUpSettings(QStringLiteral("gradingview_test")); }

    void init() { setUpCourse(); }

    void cleanup() { tearDown(); }

    void gradeManualQuestion_byKeyboardOnly_scoresMatchRubricArithmetic();
    void shiftKey_appliesItemToWholeAnswerGroup();
    void revealName_asksAndIsAudited();
    void anonymityOff_asksIsAuditedAndRemembered();
    void answerOpenByAnotherGrader_isMarked_andSkippedByNextUngraded();
    void typingComment_ignoresGradingKeys_andSavesOnEscape();
    void jumpToStudent_bySlash();
    void flagAndAdjustment_byKeyboard();
    void helpOverlay_togglesWithF1();
    void restart_restoresPageFiltersAndQuestion();
};

void GradingViewTest::gradeManualQuestion_byKeyboardOnly_scoresMatchRubricArithmetic()
{
    enterGrading();
    QVERIFY(view()->rubricPanel()->findChild<QLabel *>(QStringLiteral("rubricEmptyLabel"))->isVisible());

    // Write the rubric in the editor: E opens it, Insert adds an item and starts editing its title.
    press(Qt::Key_E);
    QTRY_VERIFY(view()->rubricEditor() && view()->rubricEditor()->isVisible());
    QTRY_VERIFY(view()->rubricEditor()->table()->hasFocus());
    for (const QString &title : {QStringLiteral("Names a city"), QStringLiteral("Explains the measure")}) {
        press(Qt::Key_Insert);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        press(Qt::Key_A, Qt::ControlModifier);
        typeText(title);
        press(Qt::Key_Return);
        QTRY_VERIFY(view()->rubricEditor()->table()->hasFocus());
    }
    // The second item is worth half a point: F2 edits the selected cell.
    QTableWidget *table = view()->rubricEditor()->table();
    table->setCurrentCell(1, Ui::RubricEditorDialog::TitleColumn);
    press(Qt::Key_Tab);
    QCOMPARE(table->currentColumn(), int(Ui::RubricEditorDialog::PointsColumn));
    press(Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    press(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("0.5"));
    press(Qt::Key_Return);
    QTRY_COMPARE(session()->rubric()->rowCount(), 2);
    QTRY_COMPARE(session()->rubric()->item(1).points, 0.5);
    QCOMPARE(session()->rubric()->item(0).title, QStringLiteral("Names a city"));
    QCOMPARE(session()->rubric()->item(0).shortcut, QStringLiteral("1"));
    QCOMPARE(session()->rubric()->item(1).shortcut, QStringLiteral("2"));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!view()->rubricEditor());
    QTRY_VERIFY(view()->queuePanel()->queueView()->hasFocus());

    // Grade every answer: a pattern of items per answer, Enter confirms and moves on.
    const qint64 first = session()->rubric()->item(0).id;
    const qint64 second = session()->rubric()->item(1).id;
    QHash<qint64, double> expected;
    int step = 0;
    const int total = int(storedAnswers().size());
    QVERIFY(total >= 6);
    bool checkedArithmetic = false;
    for (int guard = 0; guard < 3 * total; ++guard) {
        const QList<AnswerRecord> answers = storedAnswers();
        if (std::all_of(answers.cbegin(), answers.cend(), [](const AnswerRecord &a) { return a.isGraded(); })) {
            break;
        }
        const AnswerRecord answer = current();
        if (answer.isGraded()) {
            press(Qt::Key_N);
            QTRY_VERIFY(!current().isGraded() || current().key == answer.key);
            continue;
        }
        double score = 0.0;
        if (step % 2 == 0) {
            press(Qt::Key_1);
            score += 1.0;
        }
        if (step % 3 == 0) {
            press(Qt::Key_2);
            score += 0.5;
        }
        if (step == 0) {
            QCOMPARE(view()->rubricPanel()->arithmeticText(), QStringLiteral("1 + 0.5 = 1.5 / 2"));
            checkedArithmetic = true;
        }
        expected.insert(answer.key.submittedNotebookId, score);
        press(Qt::Key_Return);
        ++step;
    }
    QVERIFY(checkedArithmetic);
    const QList<AnswerRecord> answers = storedAnswers();
    QCOMPARE(answers.size(), total);
    int rubricGraded = 0;
    for (const AnswerRecord &answer : answers) {
        QVERIFY2(answer.isGraded(), qPrintable(answer.studentId));
        if (expected.contains(answer.key.submittedNotebookId)) {
            ++rubricGraded;
            QVERIFY(answer.rubricGraded);
            QCOMPARE(answer.manualScore.value_or(-1), expected.value(answer.key.submittedNotebookId));
            QCOMPARE(answer.appliedItemIds.contains(first), expected.value(answer.key.submittedNotebookId) >= 1.0);
            QCOMPARE(answer.appliedItemIds.contains(second),
                     std::fmod(expected.value(answer.key.submittedNotebookId), 1.0) > 0.0);
        }
    }
    QVERIFY(rubricGraded > 0);
    // The question list shows the progress.
    QTRY_COMPARE(session()->questionRecord()->answerCount, total);
    const QModelIndex row = view()->queuePanel()->questionView()->currentIndex();
    QTRY_COMPARE(row.data(Models::GradedCountRole).toInt(), total);
}

void GradingViewTest::shiftKey_appliesItemToWholeAnswerGroup()
{
    enterGrading();
    // Code answers group: the first autograded question, grouped by identical code.
    const QString firstQuestion =
        view()->queuePanel()->questionView()->model()->index(0, 0).data(Models::NameRole).toString();
    QVERIFY(firstQuestion.endsWith(QStringLiteral("_tests")));
    QVERIFY(chooseQuestion(firstQuestion));
    auto *group = view()->queuePanel()->findChild<QComboBox *>(QStringLiteral("groupByComboBox"));
    group->setFocus();
    press(Qt::Key_Down);
    QCOMPARE(session()->groupBy(), GradingSession::GroupBy::Code);
    view()->queuePanel()->focusQueue();
    const QList<qint64> ids = addItems({{QStringLiteral("Idiomatic"), 0.0}});

    // Wait until every answer is read, then pick one that shares its code with others.
    const Models::AnswerQueueModel *queue = session()->answers();
    int groupRow = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < queue->rowCount(); ++row) {
                if (queue->index(row, 0).data(Models::GroupSizeRole).toInt() > 1) {
                    groupRow = row;
                    return true;
                }
            }
            return false;
        }(),
        20'000);
    const QList<int> members = queue->groupRows(groupRow);
    QVERIFY(members.size() > 1);
    QTableView *queueView = view()->queuePanel()->queueView();
    queueView->setCurrentIndex(session()->filteredAnswers()->mapFromSource(queue->index(groupRow, 0)));
    QTRY_COMPARE(current().key, queue->answer(groupRow).key);
    QTRY_VERIFY(view()->answerPane()->badges().contains(QStringLiteral("Group of %1").arg(members.size())));

    press(Qt::Key_Exclam, Qt::ShiftModifier); // Shift+1 as X11 reports it on a US layout
    QSet<qint64> groupIds;
    for (const int row : members) {
        groupIds.insert(queue->answer(row).key.submittedNotebookId);
    }
    for (const AnswerRecord &answer : storedAnswers()) {
        QCOMPARE(answer.appliedItemIds.contains(ids.at(0)), groupIds.contains(answer.key.submittedNotebookId));
    }
    // One undo step for the whole group.
    press(Qt::Key_Z, Qt::ControlModifier);
    for (const AnswerRecord &answer : storedAnswers()) {
        QVERIFY(!answer.appliedItemIds.contains(ids.at(0)));
    }
    // Shift+1 with the key itself (other layouts, tests) does the same.
    press(Qt::Key_1, Qt::ShiftModifier);
    int applied = 0;
    for (const AnswerRecord &answer : storedAnswers()) {
        applied += answer.appliedItemIds.contains(ids.at(0)) ? 1 : 0;
    }
    QCOMPARE(applied, int(members.size()));
    // Splitting takes the current answer out of the group (undoable like any action).
    view()->execute({Ui::GradingCommand::SplitFromGroup, QString(), false});
    QTRY_COMPARE(session()->currentGroup().size(), qsizetype(1));
    QTRY_VERIFY(!view()->answerPane()->badges().contains(QStringLiteral("Group of %1").arg(members.size())));
    press(Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(session()->currentGroup().size(), members.size());
}

void GradingViewTest::revealName_asksAndIsAudited()
{
    enterGrading();
    const AnswerRecord answer = current();
    const QString pseudonym = view()->answerPane()->nameText();
    QVERIFY(pseudonym.startsWith(QStringLiteral("Student ")));
    QVERIFY(!pseudonym.contains(answer.studentId));
    QVERIFY(view()->queuePanel()->anonymousCheck()->isChecked());

    Ui::UserPrompt::setNextAnswer(false);
    press(Qt::Key_R);
    QCOMPARE(view()->answerPane()->nameText(), pseudonym);
    auto audit = gradebook()->auditEvents(QStringLiteral("student"), answer.studentId);
    QVERIFY(audit.ok());
    QVERIFY(audit.value().isEmpty());

    Ui::UserPrompt::setNextAnswer(true);
    press(Qt::Key_R);
    QTRY_VERIFY(view()->answerPane()->nameText() != pseudonym);
    QVERIFY(Ui::UserPrompt::lastQuestion().contains(pseudonym));
    audit = gradebook()->auditEvents(QStringLiteral("student"), answer.studentId);
    QVERIFY(audit.ok());
    QCOMPARE(audit.value().size(), 1);
    QCOMPARE(audit.value().constFirst().action, QStringLiteral("reveal_name"));
    QCOMPARE(audit.value().constFirst().actor, session()->grader());
    // Only that student: the next one is still anonymous.
    press(Qt::Key_J);
    QTRY_VERIFY(view()->answerPane()->nameText().startsWith(QStringLiteral("Student ")));
}

void GradingViewTest::typingComment_ignoresGradingKeys_andSavesOnEscape()
{
    enterGrading();
    const QList<qint64> ids = addItems({{QStringLiteral("Names a city"), 1.0}});
    const AnswerRecord answer = current();
    press(Qt::Key_C);
    QPlainTextEdit *comment = view()->rubricPanel()->commentEdit();
    QTRY_VERIFY(comment->hasFocus());
    const QString text = QStringLiteral("Good, 1 city named. J K N F E S R / ?");
    typeText(text);
    press(Qt::Key_Return);
    typeText(QStringLiteral("2"));
    QCOMPARE(comment->toPlainText(), text + QStringLiteral("\n2"));
    QCOMPARE(current().key, answer.key);
    QVERIFY(!current().appliedItemIds.contains(ids.at(0)));
    QVERIFY(!current().flagged);
    QVERIFY(!view()->rubricEditor());
    QVERIFY(!view()->isHelpVisible());
    // Esc gives the keyboard back to the queue and saves.
    press(Qt::Key_Escape);
    QTRY_VERIFY(view()->queuePanel()->queueView()->hasFocus());
    QTRY_COMPARE(current().comment, text + QStringLiteral("\n2"));
    // Keys work again.
    press(Qt::Key_1);
    QTRY_VERIFY(current().appliedItemIds.contains(ids.at(0)));

    // Ctrl+Enter saves too; moving on keeps each comment with its answer.
    press(Qt::Key_J);
    const AnswerRecord second = current();
    QVERIFY(second.key != answer.key);
    press(Qt::Key_C);
    QTRY_VERIFY(comment->hasFocus());
    QCOMPARE(comment->toPlainText(), QString());
    typeText(QStringLiteral("Second"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(view()->queuePanel()->queueView()->hasFocus());
    for (const AnswerRecord &stored : storedAnswers()) {
        if (stored.key == second.key) {
            QCOMPARE(stored.comment, QStringLiteral("Second"));
        } else if (stored.key == answer.key) {
            QCOMPARE(stored.comment, text + QStringLiteral("\n2"));
        }
    }
    // Ctrl+Z while typing is the text's own undo, not a grading undo.
    press(Qt::Key_C);
    QTRY_VERIFY(comment->hasFocus());
    const int undoIndex = session()->undoStack()->index();
    typeText(QStringLiteral("x"));
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session()->undoStack()->index(), undoIndex);
    QVERIFY(!comment->toPlainText().contains(QLatin1Char('x')));
    QCOMPARE(current().comment, QStringLiteral("Second"));
}

void GradingViewTest::jumpToStudent_bySlash()
{
    enterGrading();
    const Models::AnswerQueueModel *queue = session()->answers();
    const int row = queue->rowCount() - 1;
    const QString target = queue->index(row, Models::AnswerQueueModel::StudentColumn).data().toString();
    QVERIFY(target.startsWith(QStringLiteral("Student ")));
    press(Qt::Key_Slash);
    QLineEdit *jump = view()->queuePanel()->jumpEdit();
    QTRY_VERIFY(jump->hasFocus());
    typeText(target.toLower());
    // Enter in the field jumps; it does not confirm an answer.
    const int undoIndex = session()->undoStack()->index();
    pressReturnInJumpField();
    QTRY_COMPARE(current().key, queue->answer(row).key);
    QCOMPARE(session()->undoStack()->index(), undoIndex);
    QTRY_VERIFY(view()->queuePanel()->queueView()->hasFocus());
    QCOMPARE(view()->answerPane()->nameText(), target);

    press(Qt::Key_Slash);
    QTRY_VERIFY(jump->hasFocus());
    typeText(QStringLiteral("nobody"));
    pressReturnInJumpField();
    QCOMPARE(current().key, queue->answer(row).key);
    QVERIFY(jump->hasFocus());
    press(Qt::Key_Escape);
    QTRY_VERIFY(view()->queuePanel()->queueView()->hasFocus());
}

void GradingViewTest::flagAndAdjustment_byKeyboard()
{
    enterGrading();
    addItems({{QStringLiteral("Names a city"), 1.0}});
    press(Qt::Key_F);
    QTRY_VERIFY(current().flagged);
    QTRY_VERIFY(view()->answerPane()->badges().contains(QStringLiteral("Flagged")));
    press(Qt::Key_1);
    press(Qt::Key_A);
    QTRY_VERIFY(view()->rubricPanel()->adjustmentEdit()->hasFocus());
    typeText(QStringLiteral("-0.5"));
    press(Qt::Key_Return); // on to the reason
    QTRY_VERIFY(view()->rubricPanel()->reasonEdit()->hasFocus());
    typeText(QStringLiteral("No units"));
    press(Qt::Key_Return);
    QTRY_VERIFY(view()->queuePanel()->queueView()->hasFocus());
    QTRY_COMPARE(current().adjustment.value_or(0), -0.5);
    QCOMPARE(current().adjustmentReason, QStringLiteral("No units"));
    QCOMPARE(current().manualScore.value_or(-1), 0.5);
    QCOMPARE(view()->rubricPanel()->arithmeticText(), QStringLiteral("1 \u2212 0.5 = 0.5 / 2"));
    QCOMPARE(view()->answerPane()->scoreText(), QStringLiteral("0.5 / 2"));
    // The flag filter shows just this answer.
    auto *filter = view()->queuePanel()->filterCombo();
    filter->setCurrentIndex(filter->findData(QStringLiteral("state:flagged")));
    emit filter->activated(filter->currentIndex());
    QCOMPARE(session()->filteredAnswers()->rowCount(), 1);
}

void GradingViewTest::helpOverlay_togglesWithF1()
{
    enterGrading();
    QVERIFY(!view()->isHelpVisible());
    press(Qt::Key_F1);
    QTRY_VERIFY(view()->isHelpVisible());
    press(Qt::Key_Escape);
    QTRY_VERIFY(!view()->isHelpVisible());
    press(Qt::Key_Question, Qt::ShiftModifier);
    QTRY_VERIFY(view()->isHelpVisible());
    press(Qt::Key_F1);
    QTRY_VERIFY(!view()->isHelpVisible());
}

void GradingViewTest::restart_restoresPageFiltersAndQuestion()
{
    enterGrading();
    QVERIFY(chooseQuestion(QStringLiteral("misleading_answer")));
    auto *filter = view()->queuePanel()->filterCombo();
    filter->setCurrentIndex(filter->findData(QStringLiteral("state:ungraded")));
    emit filter->activated(filter->currentIndex());
    view()->queuePanel()->findChild<QCheckBox *>(QStringLiteral("shuffleCheckBox"))->setChecked(true);
    QVERIFY(session()->isShuffled());
    view()->answerPane()->setPromptCollapsed(true);
    window()->close();
    resetWindow();

    openWindow();
    QVERIFY(window()->openMostRecentCourse());
    QCOMPARE(window()->page(), MainWindow::Page::Grading);
    QTRY_VERIFY(session()->questionRecord().has_value());
    QCOMPARE(session()->questionRecord()->name, QStringLiteral("misleading_answer"));
    QCOMPARE(view()->queuePanel()->filterCombo()->currentData().toString(), QStringLiteral("state:ungraded"));
    QCOMPARE(session()->filteredAnswers()->stateFilter(), Models::AnswerFilterModel::StateFilter::Ungraded);
    QVERIFY(session()->isShuffled());
    QVERIFY(session()->isAnonymous());
    QVERIFY(view()->answerPane()->isPromptCollapsed());
    // Ctrl+G goes back to the submissions.
    press(Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(window()->page(), MainWindow::Page::Submissions);
}

void GradingViewTest::anonymityOff_asksIsAuditedAndRemembered()
{
    enterGrading();
    QCheckBox *anonymous = view()->queuePanel()->anonymousCheck();
    const QString pseudonym = view()->answerPane()->nameText();
    const auto revealsOfPs1 = [this] {
        auto events = gradebook()->auditEvents(QStringLiteral("assignment"), QStringLiteral("ps1"));
        return events ? int(std::count_if(events.value().cbegin(), events.value().cend(),
                                          [](const Services::AuditEvent &event) {
                                              return event.action == QLatin1String("reveal_all_names");
                                          }))
                      : -1;
    };
    // Refused: still anonymous, nothing recorded.
    Ui::UserPrompt::setNextAnswer(false);
    anonymous->click();
    QVERIFY(anonymous->isChecked());
    QVERIFY(session()->isAnonymous());
    QCOMPARE(revealsOfPs1(), 0);
    // Confirmed: names everywhere, recorded once.
    Ui::UserPrompt::setNextAnswer(true);
    anonymous->click();
    QVERIFY(!anonymous->isChecked());
    QVERIFY(!session()->isAnonymous());
    QTRY_VERIFY(view()->answerPane()->nameText() != pseudonym);
    QCOMPARE(revealsOfPs1(), 1);
    // The choice survives a restart, and showing the names again is recorded again.
    window()->close();
    resetWindow();
    openWindow();
    QVERIFY(window()->openMostRecentCourse());
    QTRY_VERIFY(session()->questionRecord().has_value());
    QVERIFY(!session()->isAnonymous());
    QVERIFY(!view()->queuePanel()->anonymousCheck()->isChecked());
    QCOMPARE(revealsOfPs1(), 2);
    // Back on: no question asked.
    view()->queuePanel()->anonymousCheck()->click();
    QVERIFY(session()->isAnonymous());
    QTRY_VERIFY(view()->answerPane()->nameText().startsWith(QStringLiteral("Student ")));
}

void GradingViewTest::answerOpenByAnotherGrader_isMarked_andSkippedByNextUngraded()
{
    enterGrading();
    // The next ungraded answer after the current one is open in another grader's window.
    const Models::AnswerQueueModel *queue = session()->answers();
    const int currentRow = queue->rowOfAnswer(current().key.submittedNotebookId);
    int otherRow = -1;
    for (int step = 1; step < queue->rowCount() && otherRow < 0; ++step) {
        const int row = (currentRow + step) % queue->rowCount();
        if (!queue->answer(row).isGraded()) {
            otherRow = row;
        }
    }
    QVERIFY(otherRow >= 0);
    const Services::AnswerKey taken = queue->answer(otherRow).key;
    auto claimed = gradebook()->claimAnswer(taken, QStringLiteral("bob"), 120);
    QVERIFY(claimed.ok() && claimed.value());
    session()->refresh();
    press(Qt::Key_N);
    QTRY_VERIFY(current().key != taken);
    QVERIFY(!current().isGraded());
    // Choosing it anyway shows who has it open.
    view()->queuePanel()->queueView()->setCurrentIndex(
        session()->filteredAnswers()->mapFromSource(queue->index(otherRow, 0)));
    QTRY_COMPARE(current().key, taken);
    QTRY_VERIFY(view()->answerPane()->badges().contains(QStringLiteral("Open by bob")));
}

QTEST_MAIN(GradingViewTest)
#include "gradingview_test.moc"
