// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasuitesting.h"

#include <models/canvas/canvasconnection.h>
#include <models/canvas/canvasidentitymodel.h>
#include <models/canvas/canvasrosterdiffmodel.h>
#include <models/canvas/canvasrosterreview.h>
#include <models/canvas/canvastokenstore.h>
#include <tests/models/canvas/canvastestcourse.h>
#include <ui/canvas/canvasrosterdialog.h>
#include <ui/userprompt.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace GradeDesk;
using namespace GradeDesk::Services;
using Models::CanvasIdentityModel;
using Tests::child;
using Ui::CanvasRosterDialog;
using Decision = CanvasIdentityModel::Decision;

/// Gradebook: ann (linked to her Canvas user), bob (not linked), cy (linked to a Canvas user who
/// left), dee (never linked). Canvas: ann renamed, bob in both sections, fay new, gil with a login
/// id that is no usable username, and two users whose login ids both give "hal".
class CanvasRosterDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fetch_showsChangesAndOpensTheReviewFirst();
    void review_decideByKeyboard_movesToTheNextStudent();
    void review_takenUsername_showsWhy();
    void apply_withUndecidedStudents_asksThenWritesAndRemembers();
    void apply_declined_changesNothing();
    void escapeWhileFetching_cancelsAndKeepsTheDialog();
    void refusedToken_offersConnect();
    void taToken_loginRuleCannotMatch_warns();

private:
    std::unique_ptr<CanvasRosterDialog> openDialog();
    void waitForReview(CanvasRosterDialog *dialog);
    QComboBox *usernameCombo(CanvasRosterDialog *dialog) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Gradebook> m_gradebook;
    std::unique_ptr<Tests::CanvasTestCourse> m_canvas;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Models::CanvasMemoryTokenStore> m_store;
    std::unique_ptr<Models::CanvasConnection> m_connection;
    qint64 m_gil = 0;
};

void CanvasRosterDialogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_canvas = std::make_unique<Tests::CanvasTestCourse>();
    QVERIFY(m_canvas->start());
    const qint64 ann = m_canvas->addStudent(QStringLiteral("ann"), QStringLiteral("Ann Li"));
    const qint64 bob = m_canvas->addStudent(QStringLiteral("bob"), QStringLiteral("Bob Ray"));
    m_canvas->simulator->enroll(bob, m_canvas->sectionB);
    m_canvas->addStudent(QStringLiteral("fay"), QStringLiteral("Fay Um"), true);
    m_gil = m_canvas->addStudent(QStringLiteral("gil/vo"), QStringLiteral("Gil Vo"), true);
    m_canvas->addStudent(QStringLiteral("hal"), QStringLiteral("Hal One"));
    m_canvas->addStudent(QStringLiteral("HAL"), QStringLiteral("Hal Two"), true);

    m_gradebook = Tests::gradedGradebook(m_dir->filePath(QStringLiteral("gradebook.sqlite")),
                                         {{QStringLiteral("ann"), QStringLiteral("Ann"), QStringLiteral("Lee"), 8.0},
                                          {QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("Ray"), 6.0},
                                          {QStringLiteral("cy"), QStringLiteral("Cy"), QStringLiteral("Sun"), 9.0},
                                          {QStringLiteral("dee"), QStringLiteral("Dee"), QStringLiteral("Tam"), {}}});
    QVERIFY(m_gradebook);
    StudentRecord annRecord = *m_gradebook->student(QStringLiteral("ann")).value();
    annRecord.lmsUserId = QString::number(ann);
    QVERIFY(m_gradebook->upsertStudent(annRecord).ok());
    StudentRecord cyRecord = *m_gradebook->student(QStringLiteral("cy")).value();
    cyRecord.lmsUserId = QStringLiteral("987654321");
    QVERIFY(m_gradebook->upsertStudent(cyRecord).ok());

    m_network = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<Models::CanvasMemoryTokenStore>();
    CourseConfig config;
    config.grader = QStringLiteral("alice");
    m_connection =
        std::make_unique<Models::CanvasConnection>(m_canvas->configure(config), m_network.get(), m_store.get());
    m_connection->client()->setOptions(Tests::CanvasTestCourse::fastOptions());
    m_connection->useToken(Tests::canvasTeacherToken);
}

void CanvasRosterDialogTest::cleanup()
{
    Ui::UserPrompt::setNextAnswer(std::nullopt);
    m_connection.reset();
    m_store.reset();
    m_network.reset();
    m_gradebook.reset();
    m_canvas.reset();
    m_dir.reset();
}

std::unique_ptr<CanvasRosterDialog> CanvasRosterDialogTest::openDialog()
{
    auto dialog = std::make_unique<CanvasRosterDialog>(m_connection.get(), m_gradebook.get());
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get())) {
        qWarning() << "the dialog did not become active: mnemonics will not work";
    }
    return dialog;
}

void CanvasRosterDialogTest::waitForReview(CanvasRosterDialog *dialog)
{
    QTRY_VERIFY_WITH_TIMEOUT(dialog->review()->hasPlan(), 15000);
    QVERIFY(!dialog->isBusy());
}

QComboBox *CanvasRosterDialogTest::usernameCombo(CanvasRosterDialog *dialog) const
{
    return child<QComboBox>(dialog, QStringLiteral("usernameComboBox"));
}

void CanvasRosterDialogTest::fetch_showsChangesAndOpensTheReviewFirst()
{
    auto dialog = openDialog();
    waitForReview(dialog.get());
    const auto *changes = dialog->review()->changesModel();
    QStringList students;
    for (int row = 0; row < changes->rowCount(); ++row) {
        students << changes->change(row).studentId;
    }
    QCOMPARE(students,
             (QStringList{QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cy"), QStringLiteral("fay")}));
    QCOMPARE(dialog->review()->identityModel()->rowCount(), 3);
    auto *tabs = child<QTabWidget>(dialog.get(), QStringLiteral("reviewTabWidget"));
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Chan&ges (4)"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("&Identity Review (3 to decide)"));
    QVERIFY2(dialog->summaryText().startsWith(QLatin1String("In Canvas: students 6, TAs 1, sections 2.")),
             qPrintable(dialog->summaryText()));
    QVERIFY(dialog->summaryText().contains(QLatin1String("Apply would add 1, drop 1")));
    QVERIFY(child<QLabel>(dialog.get(), QStringLiteral("notInCanvasLabel"))->text().contains(QLatin1String("dee")));
    // The changes table is sorted by username, and the review starts on the first student to decide.
    auto *view = child<QTableView>(dialog.get(), QStringLiteral("identityTableView"));
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(usernameCombo(dialog.get())->isEnabled());
    QCOMPARE(m_gradebook->student(QStringLiteral("fay")).value(), std::nullopt);
}

void CanvasRosterDialogTest::review_decideByKeyboard_movesToTheNextStudent()
{
    auto dialog = openDialog();
    waitForReview(dialog.get());
    CanvasIdentityModel *identity = dialog->review()->identityModel();
    auto *view = child<QTableView>(dialog.get(), QStringLiteral("identityTableView"));
    QCOMPARE(identity->match(0).person.name, QStringLiteral("Hal One"));
    QVERIFY(usernameCombo(dialog.get())->findText(QStringLiteral("hal")) >= 0);

    QComboBox *combo = usernameCombo(dialog.get());
    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("hal"));
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QCOMPARE(identity->decision(0), Decision::Linked);
    QCOMPARE(identity->username(0), QStringLiteral("hal"));
    QCOMPARE(view->currentIndex().row(), 1);

    QTest::keyClick(dialog.get(), Qt::Key_K, Qt::AltModifier); // S&kip Student (an animated click)
    QTRY_COMPARE(identity->decision(1), Decision::Skipped);
    QCOMPARE(view->currentIndex().row(), 2);
    QCOMPARE(identity->match(2).person.name, QStringLiteral("Gil Vo"));

    combo = usernameCombo(dialog.get());
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("dee"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("useUsernameButton")), Qt::LeftButton);
    QCOMPARE(identity->decision(2), Decision::Linked);
    QCOMPARE(dialog->review()->pendingCount(), 0);
    QCOMPARE(child<QTabWidget>(dialog.get(), QStringLiteral("reviewTabWidget"))->tabText(1),
             QStringLiteral("&Identity Review (all decided)"));
    // hal is a new student, dee gets linked: both appear among the changes.
    QCOMPARE(dialog->review()->changesModel()->rowCount(), 6);
}

void CanvasRosterDialogTest::review_takenUsername_showsWhy()
{
    auto dialog = openDialog();
    waitForReview(dialog.get());
    QComboBox *combo = usernameCombo(dialog.get());
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("fay"));
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QVERIFY2(dialog->statusText().contains(QLatin1String("already belongs")), qPrintable(dialog->statusText()));
    QCOMPARE(dialog->review()->identityModel()->decision(0), Decision::Pending);
}

void CanvasRosterDialogTest::apply_withUndecidedStudents_asksThenWritesAndRemembers()
{
    {
        auto dialog = openDialog();
        waitForReview(dialog.get());
        QVERIFY(dialog->review()->decide(QString::number(m_gil), QStringLiteral("dee")).ok());
        QSignalSpy applied(dialog.get(), &CanvasRosterDialog::applied);
        auto *apply = child<QPushButton>(dialog.get(), QStringLiteral("applyButton"));
        QVERIFY(apply->isEnabled());
        Ui::UserPrompt::setNextAnswer(true);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(Ui::UserPrompt::lastQuestion().contains(QLatin1String("have no hub username yet")));
        QCOMPARE(applied.count(), 1);
        QVERIFY2(dialog->statusText().contains(QLatin1String("Roster applied: 1 added")),
                 qPrintable(dialog->statusText()));
        QVERIFY(!apply->isEnabled());
    }
    QVERIFY(!m_gradebook->student(QStringLiteral("cy")).value()->active);
    QVERIFY(m_gradebook->student(QStringLiteral("fay")).value().has_value());
    QCOMPARE(m_gradebook->student(QStringLiteral("ann")).value()->lastName, QStringLiteral("Li"));
    QCOMPARE(m_gradebook->canvasMappings(QStringLiteral("user")).value().value(QStringLiteral("dee")),
             QString::number(m_gil));
    QCOMPARE(m_gradebook->studentSections().value().value(QStringLiteral("bob")),
             (QStringList{QStringLiteral("Lecture A"), QStringLiteral("Lecture B")}));

    // The next import remembers Gil: only the Hal users are left to decide, and nothing else changes.
    auto again = openDialog();
    waitForReview(again.get());
    QCOMPARE(again->review()->identityModel()->rowCount(), 2);
    QCOMPARE(again->review()->changesModel()->rowCount(), 0);
    QVERIFY(again->summaryText().contains(QLatin1String("up to date")));
}

void CanvasRosterDialogTest::apply_declined_changesNothing()
{
    auto dialog = openDialog();
    waitForReview(dialog.get());
    QSignalSpy applied(dialog.get(), &CanvasRosterDialog::applied);
    Ui::UserPrompt::setNextAnswer(false);
    dialog->apply();
    QCOMPARE(applied.count(), 0);
    QVERIFY(!m_gradebook->student(QStringLiteral("fay")).value().has_value());
    QVERIFY(m_gradebook->student(QStringLiteral("cy")).value()->active);
}

void CanvasRosterDialogTest::escapeWhileFetching_cancelsAndKeepsTheDialog()
{
    m_canvas->simulator->setLatency(std::chrono::milliseconds(3000));
    auto dialog = openDialog();
    QTRY_VERIFY(dialog->isBusy());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QTRY_VERIFY(dialog->statusText().contains(QLatin1String("cancelled")));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->review()->hasPlan());
    QVERIFY(child<QPushButton>(dialog.get(), QStringLiteral("fetchButton"))->isEnabled());
    m_canvas->simulator->setLatency(std::chrono::milliseconds(0));
}

void CanvasRosterDialogTest::refusedToken_offersConnect()
{
    m_canvas->simulator->setTokenState(Tests::canvasTeacherToken, Tests::CanvasSimulator::TokenState::Revoked);
    auto dialog = openDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->statusText().isEmpty(), 15000);
    QVERIFY2(dialog->statusText().contains(QLatin1String("Press Connect")), qPrintable(dialog->statusText()));
    QVERIFY(!dialog->statusText().contains(Tests::canvasTeacherToken));
    auto *connect = child<QPushButton>(dialog.get(), QStringLiteral("connectButton"));
    QVERIFY(connect->isVisible());
    QSignalSpy requested(dialog.get(), &CanvasRosterDialog::connectionRequested);
    QTest::mouseClick(connect, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

void CanvasRosterDialogTest::taToken_loginRuleCannotMatch_warns()
{
    m_connection->useToken(Tests::canvasTaToken);
    auto dialog = openDialog();
    waitForReview(dialog.get());
    QVERIFY2(dialog->statusText().contains(QLatin1String("cannot see the field")), qPrintable(dialog->statusText()));
    // ann is still linked by her Canvas user id, so she is not dropped.
    QVERIFY(dialog->review()->diff().changes.isEmpty() ||
            dialog->review()->diff().count(&CanvasRosterChange::dropped) <= 1);
}

QTEST_MAIN(CanvasRosterDialogTest)
#include "canvasrosterdialog_test.moc"
