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
#include <ui/messagebanner.h>
#include <ui/rubriceditordialog.h>
#include <ui/rubricpanel.h>
#include <ui/statisticsdialog.h>
#include <ui/userprompt.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
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

/// Rubric editing through the dialog (retroactive, undoable), the statistics dialog and the feedback export.
class RubricEditorTest : public QObject, private GradingFixture
{
    Q_OBJECT

private slots:

    void initTestCase() { setUpSettings(QStringLiteral("rubriceditor_test")); }

    void init() { setUpCourse(); }

    void cleanup() { tearDown(); }

    void retroactiveEdit_inDialog_rescoresEveryAnswer_andUndoRestores();
    void deleteItemInUse_asksWithCount_andUndoBringsItBack();
    void statistics_showsHistogramOfGradedAnswers();
    void exportFeedback_writesPagesIntoChosenFolder();
};

void RubricEditorTest::retroactiveEdit_inDialog_rescoresEveryAnswer_andUndoRestores()
{
    enterGrading();
    const QList<qint64> ids = addItems({{QStringLiteral("Names a city"), 1.0}, {QStringLiteral("Explains"), 1.0}});
    // Item 1 on three answers.
    QList<Services::AnswerKey> graded;
    for (int i = 0; i < 3; ++i) {
        graded.append(current().key);
        press(Qt::Key_1);
        QTRY_VERIFY(current().appliedItemIds.contains(ids.at(0)));
        press(Qt::Key_J);
    }
    for (const AnswerRecord &answer : storedAnswers()) {
        QCOMPARE(answer.manualScore.has_value() && answer.rubricGraded, graded.contains(answer.key));
        if (graded.contains(answer.key)) {
            QCOMPARE(*answer.manualScore, 1.0);
        }
    }

    press(Qt::Key_E);
    QTRY_VERIFY(view()->rubricEditor() && view()->rubricEditor()->isVisible());
    QTableWidget *table = view()->rubricEditor()->table();
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentCell(0, Ui::RubricEditorDialog::PointsColumn);
    press(Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    press(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("1.5"));
    press(Qt::Key_Return);
    QTRY_COMPARE(session()->rubric()->item(0).points, 1.5);
    for (const AnswerRecord &answer : storedAnswers()) {
        if (graded.contains(answer.key)) {
            QCOMPARE(answer.manualScore.value_or(-1), 1.5);
        } else {
            QVERIFY(!answer.rubricGraded);
        }
    }
    // A key that a grading command uses is refused with a reason.
    table->setCurrentCell(1, Ui::RubricEditorDialog::ShortcutColumn);
    press(Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    press(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("j"));
    press(Qt::Key_Return);
    QTRY_VERIFY(view()->rubricEditor()->problem().contains(QStringLiteral("J")));
    QCOMPARE(session()->rubric()->item(1).shortcut, QStringLiteral("2"));
    QCOMPARE(table->item(1, Ui::RubricEditorDialog::ShortcutColumn)->text(), QStringLiteral("2"));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!view()->rubricEditor());

    // Undo in the view takes the edit back on every answer; redo applies it again.
    QTRY_VERIFY(view()->queuePanel()->queueView()->hasFocus());
    press(Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(session()->rubric()->item(0).points, 1.0);
    for (const AnswerRecord &answer : storedAnswers()) {
        if (graded.contains(answer.key)) {
            QCOMPARE(answer.manualScore.value_or(-1), 1.0);
        }
    }
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(session()->rubric()->item(0).points, 1.5);
    for (const AnswerRecord &answer : storedAnswers()) {
        if (graded.contains(answer.key)) {
            QCOMPARE(answer.manualScore.value_or(-1), 1.5);
        }
    }
    // Undo also takes back grading actions: the last "apply" goes.
    press(Qt::Key_Z, Qt::ControlModifier);
    press(Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(session()->currentAnswer()->key, graded.constLast());
    QTRY_VERIFY(!current().appliedItemIds.contains(ids.at(0)));
}

void RubricEditorTest::deleteItemInUse_asksWithCount_andUndoBringsItBack()
{
    enterGrading();
    const QList<qint64> ids = addItems({{QStringLiteral("Names a city"), 2.0}});
    for (int i = 0; i < 2; ++i) {
        press(Qt::Key_1);
        press(Qt::Key_J);
    }
    press(Qt::Key_E);
    QTRY_VERIFY(view()->rubricEditor() && view()->rubricEditor()->isVisible());
    QTableWidget *table = view()->rubricEditor()->table();
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentCell(0, Ui::RubricEditorDialog::TitleColumn);
    // Refusing keeps it.
    Ui::UserPrompt::setNextAnswer(false);
    press(Qt::Key_Delete);
    QVERIFY(Ui::UserPrompt::lastQuestion().contains(QStringLiteral("Answers that have “Names a city”: 2.")));
    QCOMPARE(session()->rubric()->rowCount(), 1);
    Ui::UserPrompt::setNextAnswer(true);
    press(Qt::Key_Delete);
    QTRY_COMPARE(session()->rubric()->rowCount(), 0);
    QCOMPARE(table->rowCount(), 0);
    for (const AnswerRecord &answer : storedAnswers()) {
        QVERIFY(!answer.appliedItemIds.contains(ids.at(0)));
    }
    press(Qt::Key_Escape);
    QTRY_VERIFY(!view()->rubricEditor());
    press(Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(session()->rubric()->rowCount(), 1);
    int withItem = 0;
    const qint64 restored = session()->rubric()->item(0).id;
    for (const AnswerRecord &answer : storedAnswers()) {
        if (answer.appliedItemIds.contains(restored)) {
            ++withItem;
            QCOMPARE(answer.manualScore.value_or(-1), 2.0);
        }
    }
    QCOMPARE(withItem, 2);
}

void RubricEditorTest::statistics_showsHistogramOfGradedAnswers()
{
    enterGrading();
    addItems({{QStringLiteral("Names a city"), 2.0}});
    press(Qt::Key_1);
    press(Qt::Key_Return);
    press(Qt::Key_S);
    QTRY_VERIFY(view()->statisticsDialog() && view()->statisticsDialog()->isVisible());
    const Ui::StatisticsDialog *dialog = view()->statisticsDialog();
    int graded = 0;
    for (const AnswerRecord &answer : storedAnswers()) {
        graded += answer.isGraded() ? 1 : 0;
    }
    const QList<int> bins = dialog->questionHistogram();
    QCOMPARE(std::accumulate(bins.cbegin(), bins.cend(), 0), graded);
    QCOMPARE(bins.constLast(), 1); // the one answer with full marks
    QCOMPARE(dialog->summaries().size(), 3);
    QVERIFY(dialog->summaries().at(0).contains(QStringLiteral("%1 of").arg(graded)));
}

void RubricEditorTest::exportFeedback_writesPagesIntoChosenFolder()
{
    enterGrading();
    addItems({{QStringLiteral("Names a city"), 2.0}});
    press(Qt::Key_1);
    const AnswerRecord graded = current();
    QTemporaryDir out;
    QVERIFY(out.isValid());
    Ui::UserPrompt::setNextFileName(out.path());
    auto *action = window()->findChild<QAction *>(QStringLiteral("exportFeedbackAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QVERIFY2(window()->messageBanner()->kind() == Ui::MessageBanner::Kind::Information,
             qPrintable(window()->messageBanner()->text()));
    QVERIFY(window()->messageBanner()->text().contains(out.path()));
    const QString page = out.filePath(graded.studentId + QStringLiteral("/ps1"));
    QVERIFY2(QDir(page).exists(), qPrintable(page));
    QVERIFY(!QDir(page).entryList({QStringLiteral("*.html")}, QDir::Files).isEmpty());
    // A cancelled folder choice writes nothing.
    Ui::UserPrompt::setNextFileName(QString());
    window()->messageBanner()->hide();
    action->trigger();
    QVERIFY(!window()->messageBanner()->isVisible());
}

QTEST_MAIN(RubricEditorTest)
#include "rubriceditor_test.moc"
