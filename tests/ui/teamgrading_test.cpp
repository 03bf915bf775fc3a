// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Team grading in the window: the conflict dialog, the connection banner, the history windows and the
// PostgreSQL password question, driven like a grader would.
#include "gradingfixture.h"

#include <models/answerqueuemodel.h>
#include <models/canvas/canvastokenstore.h>
#include <models/coursesession.h>
#include <models/gradingsession.h>
#include <models/rubricmodel.h>
#include <services/config/courseconfig.h>
#include <services/demo/demogenerator.h>
#include <services/gradebook/gradebook.h>
#include <tests/support/postgresserver.h>
#include <ui/gradingview.h>
#include <ui/mainwindow.h>
#include <ui/messagebanner.h>
#include <ui/regrades/audithistoryview.h>
#include <ui/rubricpanel.h>
#include <ui/submissionpane.h>

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace GradeDesk;
using Services::Gradebook;

class TeamGradingViewTest : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { m_fixture.setUpSettings(QStringLiteral("teamgradingview_test")); }

    void cleanup() { m_fixture.tearDown(); }

    void staleComment_dialogNamesTheOtherGrader_keepTheirsShowsTheirs();
    void staleComment_useMine_savesMineAsAnUndoableAction();
    void connectionLost_bannerStaysUntilTheServerIsBack();
    void historyAction_showsTheCurrentAnswersHistory();
    void submissionHistory_showsTheWholeSubmission();
    void postgresPassword_isAskedWhenRefusedAndKeptOnlyInTheKeychain();
    /// Not a check: with GRADEDESK_TEAM_SCREENSHOT=file.png, grabs two graders' windows side by side.
    void screenshot_twoGradersSideBySide();

private:
    /// Bob changes the current answer's comment behind the window's back (SQLite sends no notification).
    void bobComments(const QString &comment);
    /// Types a comment in the rubric panel; Bob comments meanwhile; Ctrl+Enter saves Alice's.
    void aliceCommentsWhileBobDoes(const QString &alice, const QString &bob);
    QMessageBox *waitForConflictDialog();

    GradingFixture m_fixture;
};

void TeamGradingViewTest::bobComments(const QString &comment)
{
    const QString path = m_fixture.window()->session()->config().gradebook.sqlitePath;
    auto bob = Gradebook::openSqlite(path);
    QVERIFY(bob.ok());
    const Services::AnswerKey key = m_fixture.current().key;
    QVERIFY(bob.value()->setComment(key.submittedNotebookId, key.cellId, comment, QStringLiteral("bob")).ok());
}

void TeamGradingViewTest::aliceCommentsWhileBobDoes(const QString &alice, const QString &bob)
{
    m_fixture.press(Qt::Key_C);
    QTRY_VERIFY(m_fixture.view()->rubricPanel()->commentEdit()->hasFocus());
    m_fixture.typeText(alice);
    bobComments(bob);
    m_fixture.press(Qt::Key_Return, Qt::ControlModifier);
}

QMessageBox *TeamGradingViewTest::waitForConflictDialog()
{
    QMessageBox *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_fixture.view()->conflictDialog()) && dialog->isVisible()); }();
    return dialog;
}

void TeamGradingViewTest::staleComment_dialogNamesTheOtherGrader_keepTheirsShowsTheirs()
{
    m_fixture.setUpCourse();
    m_fixture.enterGrading();
    const int steps = m_fixture.session()->undoStack()->count();
    aliceCommentsWhileBobDoes(QStringLiteral("Alice's note"), QStringLiteral("Bob's note"));
    QMessageBox *dialog = waitForConflictDialog();
    QVERIFY(dialog);
    QVERIFY2(dialog->text().contains(QStringLiteral("bob")), qPrintable(dialog->text()));
    const QString values = dialog->informativeText();
    QVERIFY2(values.contains(QStringLiteral("Theirs (bob):  Bob's note")), qPrintable(values));
    QVERIFY2(values.contains(QStringLiteral("Yours:  Alice's note")), qPrintable(values));
    // Nothing overwritten while the grader decides; the field says it is not saved.
    QCOMPARE(m_fixture.current().comment, QStringLiteral("Bob's note"));
    QPlainTextEdit *comment = m_fixture.view()->rubricPanel()->commentEdit();
    QVERIFY(m_fixture.view()->rubricPanel()->hasUnsavedEdits());
    QVERIFY(!comment->toolTip().isEmpty());

    auto *keep = dialog->findChild<QPushButton *>(QStringLiteral("keepTheirsButton"));
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_VERIFY(!m_fixture.view()->conflictDialog());
    QCOMPARE(comment->toPlainText(), QStringLiteral("Bob's note"));
    QVERIFY(!m_fixture.view()->rubricPanel()->hasUnsavedEdits());
    QCOMPARE(m_fixture.current().comment, QStringLiteral("Bob's note"));
    QCOMPARE(m_fixture.session()->undoStack()->count(), steps);
}

void TeamGradingViewTest::staleComment_useMine_savesMineAsAnUndoableAction()
{
    m_fixture.setUpCourse();
    m_fixture.enterGrading();
    const Services::AnswerKey key = m_fixture.current().key;
    const int steps = m_fixture.session()->undoStack()->count();
    aliceCommentsWhileBobDoes(QStringLiteral("Alice's note"), QStringLiteral("Bob's note"));
    QMessageBox *dialog = waitForConflictDialog();
    QVERIFY(dialog);
    auto *mine = dialog->findChild<QPushButton *>(QStringLiteral("useMineButton"));
    QVERIFY(mine);
    QTest::mouseClick(mine, Qt::LeftButton);
    QTRY_VERIFY(!m_fixture.view()->conflictDialog());
    auto stored = m_fixture.gradebook()->answer(key);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().comment, QStringLiteral("Alice's note"));
    QVERIFY(!m_fixture.view()->rubricPanel()->hasUnsavedEdits());
    QCOMPARE(m_fixture.session()->undoStack()->count(), steps + 1);
    QCOMPARE(m_fixture.session()->undoStack()->undoText(), QStringLiteral("Edit comment"));
    // Undo goes back to what Alice saw when she chose: Bob's note.
    m_fixture.view()->undoAction()->trigger();
    stored = m_fixture.gradebook()->answer(key);
    QCOMPARE(stored.value().comment, QStringLiteral("Bob's note"));
}

void TeamGradingViewTest::connectionLost_bannerStaysUntilTheServerIsBack()
{
    m_fixture.setUpCourse();
    m_fixture.enterGrading();
    Ui::MessageBanner *banner = m_fixture.window()->connectionBanner();
    QVERIFY(!banner->isVisible());
    QSignalSpy sessionState(m_fixture.session(), &Models::GradingSession::connectionStateChanged);
    emit m_fixture.gradebook()->connectionStateChanged(false);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("Lost the connection to the gradebook server")));
    QVERIFY(banner->text().contains(QStringLiteral("not saved")));
    // It ends by itself, not by a click; "Reconnect Now" is offered.
    QVERIFY(!banner->findChild<QWidget *>(QStringLiteral("messageBannerCloseButton"))->isVisible());
    QVERIFY(banner->actionButton()->isVisible());
    QCOMPARE(sessionState.count(), 1);
    // Other errors still have their own banner.
    QVERIFY(!m_fixture.window()->messageBanner()->isVisible());

    emit m_fixture.gradebook()->connectionStateChanged(true);
    QVERIFY(!banner->isVisible());
    QCOMPARE(sessionState.count(), 2);
    QVERIFY(m_fixture.window()->statusBar()->currentMessage().contains(QStringLiteral("back")));
    QVERIFY(m_fixture.session()->currentAnswer());
}

void TeamGradingViewTest::historyAction_showsTheCurrentAnswersHistory()
{
    m_fixture.setUpCourse();
    m_fixture.enterGrading();
    m_fixture.addItems({{QStringLiteral("Names the trade-off"), 1}});
    m_fixture.press(Qt::Key_1);
    QTRY_VERIFY(!m_fixture.current().appliedItemIds.isEmpty());
    m_fixture.press(Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(m_fixture.view()->historyDialog() && m_fixture.view()->historyDialog()->isVisible());
    Ui::AuditHistoryView *history = m_fixture.view()->historyView();
    QVERIFY(history);
    QTRY_VERIFY(!history->whatTexts().isEmpty());
    QVERIFY2(history->whatTexts().join(QLatin1Char('\n')).contains(QStringLiteral("Names the trade-off")),
             qPrintable(history->whatTexts().join(QLatin1Char('\n'))));
    // The history follows the current answer.
    const QString title = m_fixture.view()->historyDialog()->windowTitle();
    m_fixture.view()->historyDialog()->close();
    m_fixture.view()->activateWindow();
    m_fixture.view()->focusQueue();
    m_fixture.press(Qt::Key_J);
    m_fixture.press(Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(m_fixture.view()->historyDialog() && m_fixture.view()->historyDialog()->isVisible());
    QVERIFY(m_fixture.view()->historyDialog()->windowTitle() != title);
}

void TeamGradingViewTest::submissionHistory_showsTheWholeSubmission()
{
    m_fixture.setUpCourse();
    auto *table = m_fixture.window()->findChild<QTableView *>(QStringLiteral("submissionTableView"));
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    table->setCurrentIndex(table->model()->index(0, 0));
    Ui::SubmissionPane *pane = m_fixture.window()->findChild<Ui::SubmissionPane *>(QStringLiteral("submissionPane"));
    QVERIFY(pane);
    QTRY_VERIFY(pane->historyButton()->isVisible());
    QTest::mouseClick(pane->historyButton(), Qt::LeftButton);
    QTRY_VERIFY(pane->historyDialog() && pane->historyDialog()->isVisible());
    QVERIFY(pane->historyDialog()->findChild<Ui::AuditHistoryView *>());
}

void TeamGradingViewTest::postgresPassword_isAskedWhenRefusedAndKeptOnlyInTheKeychain()
{
    if (const QString reason = Tests::PostgresServer::unavailableReason(); !reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    Tests::PostgresServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setHostName(server.host());
        admin.setPort(server.port());
        admin.setDatabaseName(QStringLiteral("postgres"));
        admin.setUserName(Tests::PostgresServer::user());
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery query(admin);
        for (const QString &sql : {QStringLiteral("CREATE ROLE ta LOGIN PASSWORD 'secret-pw'"),
                                   QStringLiteral("CREATE DATABASE tadb OWNER ta")}) {
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        // The grader's role needs its password; the test's superuser keeps trust.
        QFile hba(server.host() + QStringLiteral("/data/pg_hba.conf"));
        QVERIFY(hba.open(QIODevice::ReadOnly));
        const QByteArray rules = "local all ta scram-sha-256\n" + hba.readAll();
        hba.close();
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(hba.write(rules) == rules.size());
        hba.close();
        QVERIFY2(query.exec(QStringLiteral("SELECT pg_reload_conf()")), qPrintable(query.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));

    QTemporaryDir dir;
    Services::DemoOptions options;
    options.directory = dir.filePath(QStringLiteral("course"));
    options.students = 2;
    options.questions = 1;
    const auto report = Services::generateDemoCourse(options);
    QVERIFY(report.ok());
    auto loaded = Services::CourseConfigLoader::load(report.value().configPath);
    QVERIFY(loaded.ok());
    Services::CourseConfig config = loaded.value().config;
    config.gradebook.kind = Services::GradebookConfig::Kind::Postgresql;
    config.gradebook.host = server.host();
    config.gradebook.port = server.port();
    config.gradebook.database = QStringLiteral("tadb");
    config.gradebook.user = QStringLiteral("ta");
    QVERIFY(Services::CourseConfigLoader::save(config, report.value().configPath).ok());

    Models::CanvasMemoryTokenStore keychain;
    m_fixture.openWindow();
    Ui::MainWindow *window = m_fixture.window();
    window->setPasswordStore(&keychain);
    QVERIFY(window->openCourse(report.value().configPath));
    const auto answerDialog = [&](const QString &password, bool save) {
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->passwordDialog()) && dialog->isVisible());
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
        auto *keep = dialog->findChild<QCheckBox *>(QStringLiteral("savePasswordCheckBox"));
        QVERIFY(edit && keep);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(keep->isChecked()); // saving is the default
        keep->setChecked(save);
        QTest::keyClicks(edit, password);
        QTest::keyClick(edit, Qt::Key_Return);
    };
    // Nothing in the keychain and no password: the server refuses, the window asks.
    answerDialog(QStringLiteral("wrong"), true);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_VERIFY(window->passwordDialog() && window->passwordDialog()->isVisible());
    auto *reason = window->passwordDialog()->findChild<QLabel *>(QStringLiteral("passwordReasonLabel"));
    QVERIFY(reason && reason->text().contains(QStringLiteral("refused")));
    QVERIFY(!window->session());
    answerDialog(QStringLiteral("secret-pw"), true);
    QTRY_VERIFY(window->session());
    const QString key = Models::CourseSession::passwordKey(config);
    QTRY_COMPARE(keychain.token(key), QStringLiteral("secret-pw"));

    // Next time the keychain answers and nobody is asked.
    window->closeCourse();
    QVERIFY(!window->session());
    QVERIFY(window->openCourse(report.value().configPath));
    QTRY_VERIFY(window->session());
    QVERIFY(!window->passwordDialog());

    // The password is in no file and no setting.
    QFile course(report.value().configPath);
    QVERIFY(course.open(QIODevice::ReadOnly));
    QVERIFY(!course.readAll().contains("secret-pw"));
    QSettings settings;
    for (const QString &name : settings.allKeys()) {
        QVERIFY2(!settings.value(name).toString().contains(QStringLiteral("secret-pw")), qPrintable(name));
    }
    m_fixture.tearDown();
}

void TeamGradingViewTest::screenshot_twoGradersSideBySide()
{
    const QString target = qEnvironmentVariable("GRADEDESK_TEAM_SCREENSHOT");
    if (target.isEmpty()) {
        QSKIP("set GRADEDESK_TEAM_SCREENSHOT=file.png to take the screenshot");
    }
    if (const QString reason = Tests::PostgresServer::unavailableReason(); !reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    Tests::PostgresServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY2(server.createDatabase(QStringLiteral("shot"), &error), qPrintable(error));
    QTemporaryDir dir;
    Services::DemoOptions options;
    options.directory = dir.filePath(QStringLiteral("course"));
    options.students = 8;
    options.questions = 2;
    const auto report = Services::generateDemoCourse(options);
    QVERIFY(report.ok());
    auto loaded = Services::CourseConfigLoader::load(report.value().configPath);
    QVERIFY(loaded.ok());
    // Each grader has their own course file naming the same gradebook.
    QStringList files;
    for (const QString &grader : {QStringLiteral("alice"), QStringLiteral("bob")}) {
        Services::CourseConfig config = loaded.value().config;
        config.grader = grader;
        config.gradebook.kind = Services::GradebookConfig::Kind::Postgresql;
        config.gradebook.host = server.host();
        config.gradebook.port = server.port();
        config.gradebook.database = QStringLiteral("shot");
        config.gradebook.user = Tests::PostgresServer::user();
        const QString file = dir.filePath(QStringLiteral("course/%1.yaml").arg(grader));
        QVERIFY(Services::CourseConfigLoader::save(config, file).ok());
        files << file;
    }
    Models::CanvasMemoryTokenStore keychain;
    std::vector<std::unique_ptr<Ui::MainWindow>> windows;
    for (const QString &file : std::as_const(files)) {
        auto window = std::make_unique<Ui::MainWindow>();
        window->setPasswordStore(&keychain);
        window->resize(1180, 760);
        window->show();
        QVERIFY(window->openCourse(file));
        QTRY_VERIFY(window->session());
        windows.push_back(std::move(window));
    }
    Ui::MainWindow *alice = windows.front().get();
    Ui::MainWindow *bob = windows.back().get();
    alice->collect();
    QTRY_VERIFY_WITH_TIMEOUT(!alice->isCollecting(), 120'000);
    // Bob's window opened before anything was collected: he opens the course again.
    QVERIFY(bob->openCourse(files.back()));
    QTRY_VERIFY(bob->session());
    for (Ui::MainWindow *window : {alice, bob}) {
        window->setPage(Ui::MainWindow::Page::Grading);
        QTRY_VERIFY_WITH_TIMEOUT(window->gradingView()->session()->currentAnswer(), 60'000);
    }
    Models::GradingSession *aliceSession = alice->gradingView()->session();
    Models::GradingSession *bobSession = bob->gradingView()->session();
    QTRY_COMPARE(bobSession->question(), aliceSession->question());
    const QList<std::pair<QString, double>> items = {{QStringLiteral("Names the trade-off"), 2},
                                                     {QStringLiteral("Gives an example"), 1},
                                                     {QStringLiteral("Explains the cost"), 1}};
    int shortcut = 1;
    for (const auto &[title, points] : items) {
        Services::RubricItemRecord item;
        item.title = title;
        item.points = points;
        item.shortcut = QString::number(shortcut++);
        item.position = -1;
        aliceSession->addRubricItem(item);
    }
    QTRY_COMPARE_WITH_TIMEOUT(bobSession->rubric()->rowCount(), int(items.size()), 10'000);
    const QString student = aliceSession->currentAnswer()->studentId;
    QVERIFY(aliceSession->toggleItemByShortcut(QStringLiteral("1")));
    QVERIFY(aliceSession->toggleItemByShortcut(QStringLiteral("2")));
    aliceSession->setComment(QStringLiteral("Good comparison; the example could be more concrete."));
    // Bob looks at the answer Alice is grading: her work is there, and so is her name.
    QVERIFY(bobSession->jumpToStudent(student));
    QTRY_VERIFY_WITH_TIMEOUT(bobSession->currentAnswer()->appliedItemIds.size() == 2, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(bobSession->currentAnswer()->claimedBy, QStringLiteral("alice"), 10'000);
    QTRY_VERIFY(bobSession->currentContent());
    QTRY_VERIFY(aliceSession->currentContent());
    QVERIFY(QTest::qWaitForWindowExposed(bob));

    const QPixmap left = alice->grab();
    const QPixmap right = bob->grab();
    QImage image(left.width() + right.width() + 12, std::max(left.height(), right.height()), QImage::Format_RGB32);
    image.fill(QColor(QStringLiteral("#4a5568")));
    QPainter painter(&image);
    painter.drawPixmap(0, 0, left);
    painter.drawPixmap(left.width() + 12, 0, right);
    painter.end();
    QVERIFY(image.save(target));
    for (auto &window : windows) {
        window->close();
    }
    windows.clear();
}

QTEST_MAIN(TeamGradingViewTest)

#include "teamgrading_test.moc"
