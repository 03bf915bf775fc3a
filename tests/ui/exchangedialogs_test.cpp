// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchangeuitesting.h"

#include <models/canvas/canvastokenstore.h>
#include <models/coursesession.h>
#include <models/exchange/exchangefeedbackmodel.h>
#include <models/exchange/exchangerostermodel.h>
#include <models/exchange/ngshareconnection.h>
#include <services/exchange/ngshareexchange.h>
#include <tests/services/exchange/ngsharetestcourse.h>
#include <ui/exchange/exchangeactions.h>
#include <ui/exchange/exchangefeedbackdialog.h>
#include <ui/exchange/exchangeinstructorspanel.h>
#include <ui/exchange/exchangereleasedialog.h>
#include <ui/exchange/exchangerosterdialog.h>
#include <ui/exchange/ngshareconnectiondialog.h>
#include <ui/userprompt.h>

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace GradeDesk;
using Models::ExchangeRosterModel;
using Tests::exchangeChild;
using Ui::ExchangeActions;
using Verdict = Services::NgshareConnectionReport::Verdict;

Q_DECLARE_METATYPE(Verdict)

class ExchangeDialogsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void localExchange_disablesNgshareEntriesWithReason();
    void connect_savesTokenOnlyInTheStore_andTestsIt();
    void connect_tellsProblemsApart_data();
    void connect_tellsProblemsApart();
    void connect_courseMissing_offersCreate_data();
    void connect_courseMissing_offersCreate();
    void roster_showsDifferenceFirst_thenAppliesOnConfirmation();
    void release_generatesAndUploads_thenRefusesReleasingAgain();
    void release_droppedConnection_saysWhatHappened();
    void feedback_uploadsForTheExactSubmissions();
    void badToken_saysSoAndOffersConnect();
    void instructors_listedAddedAndRemovedWithConfirmation();
    void instructors_notAdmin_refusalShownNothingChanged_data();
    void instructors_notAdmin_refusalShownNothingChanged();

private:
    bool openSession();
    /// Collects ps1 through the session's exchange (the token must be set).
    bool collect();

    std::unique_ptr<Tests::ExchangeUiCourse> m_course;
    std::unique_ptr<Models::CanvasMemoryTokenStore> m_store;
    std::unique_ptr<QWidget> m_window;
    ExchangeActions *m_actions = nullptr;
    std::unique_ptr<Models::CourseSession> m_session;
};

void ExchangeDialogsTest::init()
{
    m_course = std::make_unique<Tests::ExchangeUiCourse>();
    QVERIFY(m_course->setUp());
    m_store = std::make_unique<Models::CanvasMemoryTokenStore>();
    m_window = std::make_unique<QWidget>();
    m_window->resize(900, 600);
    m_window->show();
    m_actions = new ExchangeActions(m_window.get());
    m_actions->setTokenStore(m_store.get());
    Ui::UserPrompt::setNextAnswer(std::nullopt);
}

void ExchangeDialogsTest::cleanup()
{
    m_actions = nullptr;
    m_window.reset(); // closes the dialogs before the session goes
    m_session.reset();
    m_store.reset();
    m_course.reset();
}

bool ExchangeDialogsTest::openSession()
{
    auto session = Models::CourseSession::open(m_course->coursePath);
    if (!session) {
        qWarning() << session.error().message << session.error().detail;
        return false;
    }
    m_session = std::move(session).value();
    m_actions->setSession(m_session.get());
    return true;
}

bool ExchangeDialogsTest::collect()
{
    auto *exchange = m_actions->connection()->exchange();
    Services::CollectJob *job = exchange->collect(QStringLiteral("ps1"));
    std::optional<bool> ok;
    connect(job, &Services::ExchangeJob::finished, this, [&ok, job] {
        ok = job->result().ok();
        if (!job->result()) {
            qWarning() << job->result().error().detail;
        }
    });
    return QTest::qWaitFor([&ok] { return ok.has_value(); }, 120000) && *ok;
}

void ExchangeDialogsTest::localExchange_disablesNgshareEntriesWithReason()
{
    QVERIFY(!m_actions->connectAction()->isEnabled());
    QVERIFY(m_actions->rosterAction()->toolTip().contains(QStringLiteral("Open a course")));

    m_course->config.exchange.kind = Services::ExchangeConfig::Kind::Local;
    QVERIFY(Services::CourseConfigLoader::save(m_course->config, m_course->coursePath));
    QVERIFY(openSession());
    QVERIFY(m_session->exchange());
    for (QAction *action : {m_actions->connectAction(), m_actions->rosterAction(), m_actions->releaseAction(),
                            m_actions->feedbackAction()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(action->toolTip().contains(QStringLiteral("local course folder")));
    }
    QVERIFY(!m_actions->needsToken());
    bool ran = false;
    m_actions->whenConnected(QString(), [&ran] { ran = true; });
    QVERIFY(ran); // a local collect needs no token
    m_actions->openRosterDialog();
    QVERIFY(!m_actions->connectionDialog());
}

void ExchangeDialogsTest::connect_savesTokenOnlyInTheStore_andTestsIt()
{
    QVERIFY(openSession());
    QVERIFY(m_actions->connectAction()->isEnabled());
    m_actions->connectAction()->trigger();
    Ui::NgshareConnectionDialog *dialog = m_actions->connectionDialog();
    QVERIFY(dialog);
    QCOMPARE(exchangeChild<QLineEdit>(dialog, QStringLiteral("hubUrlLineEdit"))->text(),
             m_course->sim.serverUrl().toDisplayString());
    QCOMPARE(exchangeChild<QLineEdit>(dialog, QStringLiteral("prefixLineEdit"))->text(),
             QStringLiteral("/services/ngshare"));
    auto *tokenEdit = exchangeChild<QLineEdit>(dialog, QStringLiteral("tokenLineEdit"));
    auto *save = exchangeChild<QPushButton>(dialog, QStringLiteral("saveTokenButton"));
    auto *test = exchangeChild<QPushButton>(dialog, QStringLiteral("testConnectionButton"));
    QTRY_VERIFY(tokenEdit->isEnabled());
    QVERIFY(!test->isEnabled()); // nothing stored, nothing typed
    QTest::keyClicks(tokenEdit, Tests::ExInstructorToken);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(m_store->token(m_course->tokenKey()), Tests::ExInstructorToken);
    QVERIFY(m_course->tokenKey().startsWith(QStringLiteral("hub:127.0.0.1:")));
    QTRY_COMPARE(m_actions->connection()->tokenSource(), Models::NgshareConnection::TokenSource::Stored);
    QVERIFY(tokenEdit->text().isEmpty());
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY(dialog->lastVerdict().has_value());
    QCOMPARE(*dialog->lastVerdict(), Verdict::Ok);
    QVERIFY2(dialog->verdictText().startsWith(QStringLiteral("Connected.")), qPrintable(dialog->verdictText()));
    Tests::screenshot(dialog, QStringLiteral("ngshare-connection"));

    // A new dialog finds the stored token; Forget removes it from the store.
    dialog->close();
    QTRY_VERIFY(!m_actions->connectionDialog());
    m_actions->openConnectionDialog();
    dialog = m_actions->connectionDialog();
    Ui::UserPrompt::setNextAnswer(true);
    auto *forget = exchangeChild<QPushButton>(dialog, QStringLiteral("forgetTokenButton"));
    QVERIFY(forget->isEnabled());
    QTest::mouseClick(forget, Qt::LeftButton);
    QTRY_VERIFY(m_store->token(m_course->tokenKey()).isEmpty());
    QVERIFY(!m_actions->connection()->hasToken());
}

void ExchangeDialogsTest::connect_tellsProblemsApart_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("says");
    QTest::newRow("a wrong token is a bad token")
        << QStringLiteral("wrong token") << Verdict::BadToken << QStringLiteral("refused the token");
    QTest::newRow("an expired token is a bad token")
        << QStringLiteral("expired") << Verdict::BadToken << QStringLiteral("refused the token");
    QTest::newRow("a student's token does not teach the course")
        << QStringLiteral("student") << Verdict::NotInstructor << QStringLiteral("not an instructor");
    QTest::newRow("a stopped server is unreachable")
        << QStringLiteral("stopped") << Verdict::Unreachable << QStringLiteral("could not be reached");
    QTest::newRow("plain text at an https address is a TLS failure")
        << QStringLiteral("tls") << Verdict::TlsFailure << QStringLiteral("TLS");
}

void ExchangeDialogsTest::connect_tellsProblemsApart()
{
    QFETCH(QString, problem);
    QFETCH(Verdict, verdict);
    QFETCH(QString, says);
    QString token = Tests::ExInstructorToken;
    std::unique_ptr<QTcpServer> plain;
    if (problem == QLatin1String("wrong token")) {
        token = QStringLiteral("not-a-token");
    } else if (problem == QLatin1String("expired")) {
        m_course->sim.setTokenState(Tests::ExInstructorToken, Tests::NgshareSimulator::TokenState::Expired);
    } else if (problem == QLatin1String("student")) {
        token = Tests::ExStudentToken;
    } else if (problem == QLatin1String("stopped")) {
        m_course->sim.stop();
    } else if (problem == QLatin1String("tls")) {
        plain = Tests::startPlainTextServer();
        QVERIFY(plain);
        QVERIFY(m_course->pointAt(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain->serverPort()))));
    }
    QVERIFY(openSession());
    m_actions->openConnectionDialog();
    Ui::NgshareConnectionDialog *dialog = m_actions->connectionDialog();
    QVERIFY(dialog);
    auto *tokenEdit = exchangeChild<QLineEdit>(dialog, QStringLiteral("tokenLineEdit"));
    QTRY_VERIFY(tokenEdit->isEnabled());
    QTest::keyClicks(tokenEdit, token);
    QTest::keyClick(tokenEdit, Qt::Key_Return); // Return tests the typed token
    QTRY_VERIFY_WITH_TIMEOUT(dialog->lastVerdict().has_value(), 60000);
    QCOMPARE(*dialog->lastVerdict(), verdict);
    QVERIFY2(dialog->verdictText().contains(says), qPrintable(dialog->verdictText()));
    QVERIFY(m_store->token(m_course->tokenKey()).isEmpty()); // tested, never saved
    if (verdict == Verdict::BadToken) {
        Tests::screenshot(dialog, QStringLiteral("ngshare-connection-bad-token"));
    }
}

void ExchangeDialogsTest::connect_courseMissing_offersCreate_data()
{
    QTest::addColumn<bool>("admin");
    QTest::newRow("an ngshare admin creates it, with the grader as instructor") << true;
    QTest::newRow("an instructor may not: ngshare's refusal is shown, nothing created") << false;
}

void ExchangeDialogsTest::connect_courseMissing_offersCreate()
{
    QFETCH(bool, admin);
    const QString adminToken = QStringLiteral("hub-token-admin-51d7");
    const QString course = QStringLiteral("demo202");
    m_course->sim.addToken(adminToken, QStringLiteral("root"), true);
    m_course->config.id = course;
    QVERIFY(Services::CourseConfigLoader::save(m_course->config, m_course->coursePath));
    QVERIFY(openSession());
    m_actions->openConnectionDialog();
    Ui::NgshareConnectionDialog *dialog = m_actions->connectionDialog();
    QVERIFY(dialog);
    auto *tokenEdit = exchangeChild<QLineEdit>(dialog, QStringLiteral("tokenLineEdit"));
    auto *create = exchangeChild<QPushButton>(dialog, QStringLiteral("createCourseButton"));
    QTRY_VERIFY(tokenEdit->isEnabled());
    QVERIFY(!create->isVisibleTo(dialog));
    QTest::keyClicks(tokenEdit, admin ? adminToken : Tests::ExInstructorToken);
    QTest::keyClick(tokenEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->lastVerdict().has_value(), 60000);
    QCOMPARE(*dialog->lastVerdict(), Verdict::CourseNotFound);
    QVERIFY2(dialog->verdictText().contains(QStringLiteral("Create Course")), qPrintable(dialog->verdictText()));
    QVERIFY(create->isVisibleTo(dialog));

    Ui::UserPrompt::setNextAnswer(false); // asked first; "no" changes nothing
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(Ui::UserPrompt::lastQuestion().contains(course));
    QVERIFY(!m_course->sim.courses().contains(course));

    Ui::UserPrompt::setNextAnswer(true);
    QTest::mouseClick(create, Qt::LeftButton);
    if (admin) {
        // Created, then tested again: the admin is connected to the new course.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->lastVerdict() == Verdict::Ok, 60000);
        QVERIFY(m_course->sim.courses().contains(course));
        const auto instructors = m_course->sim.instructors(course);
        QCOMPARE(instructors.size(), 1);
        QCOMPARE(instructors.constFirst().username, m_course->config.grader);
        QVERIFY(!create->isVisibleTo(dialog));
    } else {
        // ngshare's refusal replaces the verdict; Create Course stays, to try again with an admin's token.
        QTRY_VERIFY_WITH_TIMEOUT(create->isVisibleTo(dialog), 60000);
        QVERIFY(!dialog->lastVerdict());
        QVERIFY2(!dialog->verdictText().isEmpty() && !dialog->verdictText().contains(QStringLiteral("Create Course")),
                 qPrintable(dialog->verdictText()));
        QVERIFY(!m_course->sim.courses().contains(course));
    }
}

void ExchangeDialogsTest::roster_showsDifferenceFirst_thenAppliesOnConfirmation()
{
    m_store->write(m_course->tokenKey(), Tests::ExInstructorToken, this, [](const Services::Result<void> &) {});
    QVERIFY(openSession());
    const auto studentsBefore = m_course->sim.students(Tests::ExCourse);
    m_actions->rosterAction()->trigger();
    QTRY_VERIFY(m_actions->rosterDialog());
    Ui::ExchangeRosterDialog *dialog = m_actions->rosterDialog();
    ExchangeRosterModel *model = dialog->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(model->kind(0), ExchangeRosterModel::Kind::Add);
    QCOMPARE(model->username(0), m_course->roster.at(0));
    QCOMPARE(model->kind(1), ExchangeRosterModel::Kind::Update);
    QCOMPARE(model->username(1), m_course->roster.at(1));
    QCOMPARE(model->kind(2), ExchangeRosterModel::Kind::RemoveUnknown);
    QCOMPARE(model->username(2), Tests::ExStranger);
    QVERIFY(model->isChecked(0) && model->isChecked(1) && !model->isChecked(2));
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("1 to add, 1 to update, 1 only on ngshare")),
             qPrintable(dialog->summaryText()));
    QCOMPARE(m_course->sim.students(Tests::ExCourse).size(), studentsBefore.size()); // nothing changed yet

    // Keyboard: down to the stranger, Space ticks the removal.
    auto *view = exchangeChild<QTableView>(dialog, QStringLiteral("rosterTableView"));
    view->setFocus();
    view->setCurrentIndex(model->index(0, ExchangeRosterModel::ChangeColumn));
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 2);
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(model->isChecked(2));
    Tests::screenshot(dialog, QStringLiteral("ngshare-roster"));

    auto *apply = exchangeChild<QPushButton>(dialog, QStringLiteral("applyButton"));
    QVERIFY(apply->text().contains(QLatin1Char('3')));
    Ui::UserPrompt::setNextAnswer(false);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(Ui::UserPrompt::lastQuestion().contains(Tests::ExStranger));
    QVERIFY(!dialog->isBusy());
    QCOMPARE(m_course->sim.students(Tests::ExCourse).size(), studentsBefore.size());

    Ui::UserPrompt::setNextAnswer(true);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy());
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model->resultText(row), QStringLiteral("Done"));
    }
    QStringList onExchange;
    QString updatedLastName;
    for (const auto &person : m_course->sim.students(Tests::ExCourse)) {
        onExchange << person.username;
        if (person.username == m_course->roster.at(1)) {
            updatedLastName = person.lastName.value_or(QString());
        }
    }
    onExchange.sort();
    QCOMPARE(onExchange, m_course->roster);
    QCOMPARE(updatedLastName, m_course->rosterRecords.at(1).lastName);
    QVERIFY(dialog->statusText().contains(QStringLiteral("Applied 3")));

    // Comparing again finds nothing left to do.
    QTest::mouseClick(exchangeChild<QPushButton>(dialog, QStringLiteral("compareButton")), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 0);
    QTRY_VERIFY(dialog->summaryText().contains(QStringLiteral("matches the gradebook")));
}

void ExchangeDialogsTest::release_generatesAndUploads_thenRefusesReleasingAgain()
{
    m_store->write(m_course->tokenKey(), Tests::ExInstructorToken, this, [](const Services::Result<void> &) {});
    QVERIFY(openSession());
    m_actions->setCurrentAssignment(QStringLiteral("ps2"));
    m_actions->releaseAction()->trigger();
    QTRY_VERIFY(m_actions->releaseDialog());
    Ui::ExchangeReleaseDialog *dialog = m_actions->releaseDialog();
    QCOMPARE(dialog->assignment(), QStringLiteral("ps2"));
    QTRY_VERIFY(dialog->releaseState().has_value());
    QVERIFY(!dialog->releaseState()->released);
    const QString releaseDir = QDir(m_course->courseDir).filePath(QStringLiteral("release/ps2"));
    QVERIFY(!QFileInfo::exists(releaseDir));
    auto *release = exchangeChild<QPushButton>(dialog, QStringLiteral("releaseButton"));
    auto *replace = exchangeChild<QPushButton>(dialog, QStringLiteral("replaceButton"));
    QVERIFY(release->isEnabled());
    QVERIFY(!replace->isVisible());
    QTest::mouseClick(release, Qt::LeftButton);
    QTRY_VERIFY(m_course->sim.assignments(Tests::ExCourse).contains(QStringLiteral("ps2")));
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(QFileInfo(releaseDir).isDir()); // generated from source/ps2 first
    QVERIFY2(dialog->statusText().contains(QStringLiteral("Generated release/ps2")), qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(QStringLiteral("Released ps2 on ngshare")));
    const auto files = m_course->sim.assignmentFiles(Tests::ExCourse, QStringLiteral("ps2"));
    QVERIFY(files && !files->isEmpty());

    // Nobody submitted: releasing again is refused, replacing is offered.
    QTRY_VERIFY(dialog->releaseState() && dialog->releaseState()->released);
    QVERIFY(replace->isVisible());
    QTest::mouseClick(release, Qt::LeftButton);
    QTRY_VERIFY(dialog->statusText().contains(QStringLiteral("already released")));
    QTRY_VERIFY(replace->isVisible() && replace->isEnabled());
    Tests::screenshot(dialog, QStringLiteral("ngshare-release"));
    Ui::UserPrompt::setNextAnswer(true);
    QTest::mouseClick(replace, Qt::LeftButton);
    QTRY_VERIFY2(dialog->statusText().contains(QStringLiteral("replacing the earlier release")),
                 qPrintable(dialog->statusText()));

    // ps1 has submissions: no replacing.
    dialog->setAssignment(QStringLiteral("ps1"));
    QTRY_VERIFY(dialog->releaseState() && dialog->releaseState()->submissions > 0);
    QVERIFY(dialog->stateText().contains(QStringLiteral("cannot update")));
    QVERIFY(!replace->isVisible());
    QTest::mouseClick(release, Qt::LeftButton);
    QTRY_VERIFY(dialog->statusText().contains(QStringLiteral("ps1 is already released")));
    QVERIFY(!dialog->statusText().contains(QStringLiteral("Replace Release removes")) || !replace->isVisible());
}

void ExchangeDialogsTest::release_droppedConnection_saysWhatHappened()
{
    m_store->write(m_course->tokenKey(), Tests::ExInstructorToken, this, [](const Services::Result<void> &) {});
    QVERIFY(openSession());
    m_actions->setCurrentAssignment(QStringLiteral("ps2"));
    m_actions->openReleaseDialog();
    QTRY_VERIFY(m_actions->releaseDialog());
    Ui::ExchangeReleaseDialog *dialog = m_actions->releaseDialog();
    QTRY_VERIFY(dialog->releaseState().has_value());
    m_course->sim.dropConnectionOnNext("POST", QStringLiteral("/assignment/"), Tests::NgshareSimulator::DropAtHalfBody);
    QTest::mouseClick(exchangeChild<QPushButton>(dialog, QStringLiteral("releaseButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isBusy() && !dialog->statusText().isEmpty());
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("ps2 was not released.")),
             qPrintable(dialog->statusText()));
    // The state is read again, so the user sees whether the upload arrived after all.
    QTRY_VERIFY(dialog->releaseState().has_value());
}

void ExchangeDialogsTest::feedback_uploadsForTheExactSubmissions()
{
    m_store->write(m_course->tokenKey(), Tests::ExInstructorToken, this, [](const Services::Result<void> &) {});
    QVERIFY(openSession());
    m_actions->connection()->useToken(Tests::ExInstructorToken);
    QVERIFY(collect());
    m_actions->setCurrentAssignment(QStringLiteral("ps1"));
    m_actions->feedbackAction()->trigger();
    QTRY_VERIFY(m_actions->feedbackDialog());
    Ui::ExchangeFeedbackDialog *dialog = m_actions->feedbackDialog();
    QCOMPARE(dialog->assignment(), QStringLiteral("ps1"));
    Models::ExchangeFeedbackModel *model = dialog->model();
    const auto submissions = m_course->sim.submissions(Tests::ExCourse, QStringLiteral("ps1"));
    QCOMPARE(model->rowCount(), int(submissions.size()));
    QVERIFY(model->rowCount() >= 3);
    auto *upload = exchangeChild<QPushButton>(dialog, QStringLiteral("uploadButton"));
    QTest::mouseClick(upload, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && model->count(Models::ExchangeFeedbackModel::State::Pending) == 0,
                             60000);
    QCOMPARE(model->count(Models::ExchangeFeedbackModel::State::Uploaded), model->rowCount());
    QVERIFY2(
        dialog->statusText().contains(QStringLiteral("Uploaded the feedback of %1 submission").arg(model->rowCount())),
        qPrintable(dialog->statusText()));
    for (const auto &submission : submissions) {
        const auto feedback =
            m_course->sim.feedback(Tests::ExCourse, QStringLiteral("ps1"), submission.studentId, submission.timestamp);
        QVERIFY2(feedback && !feedback->isEmpty(), qPrintable(submission.studentId));
        QVERIFY(feedback->constFirst().path.endsWith(QStringLiteral(".html")));
        QVERIFY(!feedback->constFirst().content.contains("<script"));
    }
    Tests::screenshot(dialog, QStringLiteral("ngshare-feedback"));
}

void ExchangeDialogsTest::badToken_saysSoAndOffersConnect()
{
    m_store->write(m_course->tokenKey(), QStringLiteral("stale-token"), this, [](const Services::Result<void> &) {});
    QVERIFY(openSession());
    m_actions->openRosterDialog();
    QTRY_VERIFY(m_actions->rosterDialog());
    Ui::ExchangeRosterDialog *dialog = m_actions->rosterDialog();
    QTRY_VERIFY(!dialog->isBusy() && !dialog->statusText().isEmpty());
    QVERIFY2(dialog->statusText().contains(QStringLiteral("Connect to ngshare")), qPrintable(dialog->statusText()));
    auto *connectButton = exchangeChild<QPushButton>(dialog, QStringLiteral("connectButton"));
    QVERIFY(connectButton->isVisible());
    QCOMPARE(dialog->model()->rowCount(), 0);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_VERIFY(m_actions->connectionDialog());
    QVERIFY(m_actions->connectionDialog()->statusText().contains(QStringLiteral("refused the token")));
}

namespace {

QStringList simInstructors(const Tests::NgshareSimulator &sim)
{
    QStringList names;
    for (const auto &person : sim.instructors(Tests::ExCourse)) {
        names.append(person.username);
    }
    names.sort();
    return names;
}

} // namespace

void ExchangeDialogsTest::instructors_listedAddedAndRemovedWithConfirmation()
{
    const QString adminToken = QStringLiteral("hub-token-admin-51be");
    m_course->sim.addToken(adminToken, QStringLiteral("root"), true);
    m_store->write(m_course->tokenKey(), adminToken, this, [](const Services::Result<void> &) {});
    QVERIFY(openSession());
    m_actions->openRosterDialog();
    QTRY_VERIFY(m_actions->rosterDialog());
    Ui::ExchangeRosterDialog *dialog = m_actions->rosterDialog();
    QTRY_VERIFY(!dialog->isBusy());
    auto *tabs = exchangeChild<QTabWidget>(dialog, QStringLiteral("rosterTabWidget"));
    tabs->setCurrentIndex(1);
    Ui::ExchangeInstructorsPanel *panel = dialog->instructorsPanel();
    QVERIFY(!exchangeChild<QPushButton>(dialog, QStringLiteral("applyButton"))->isVisible());
    QTRY_COMPARE(panel->instructors(), QStringList{Tests::ExInstructor});
    QTRY_VERIFY(!panel->isBusy());

    // Typed and added with Return.
    auto *edit = exchangeChild<QLineEdit>(panel, QStringLiteral("instructorLineEdit"));
    QTest::keyClicks(edit, QStringLiteral("ta1"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(panel->instructors(), (QStringList{Tests::ExInstructor, QStringLiteral("ta1")}));
    QTRY_VERIFY(!panel->isBusy());
    QCOMPARE(simInstructors(m_course->sim), (QStringList{Tests::ExInstructor, QStringLiteral("ta1")}));
    QVERIFY(edit->text().isEmpty());

    // Someone already listed: nothing is sent (ngshare would blank their names).
    panel->addInstructor(Tests::ExInstructor);
    QVERIFY2(panel->statusText().contains(QStringLiteral("already teaches")), qPrintable(panel->statusText()));
    QVERIFY(!panel->isBusy());

    auto *view = exchangeChild<QTableView>(panel, QStringLiteral("instructorsTableView"));
    auto *remove = exchangeChild<QPushButton>(panel, QStringLiteral("removeInstructorButton"));
    QVERIFY(!remove->isEnabled());
    view->selectRow(1);
    QVERIFY(remove->isEnabled());
    Ui::UserPrompt::setNextAnswer(false);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(Ui::UserPrompt::lastQuestion().contains(QStringLiteral("ta1")));
    QVERIFY(!panel->isBusy());
    QCOMPARE(simInstructors(m_course->sim).size(), 2);
    Ui::UserPrompt::setNextAnswer(true);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(panel->instructors(), QStringList{Tests::ExInstructor});
    QCOMPARE(simInstructors(m_course->sim), QStringList{Tests::ExInstructor});
    QTRY_VERIFY(!panel->isBusy());
    QVERIFY2(panel->statusText().contains(QStringLiteral("Removed ta1")), qPrintable(panel->statusText()));
}

void ExchangeDialogsTest::instructors_notAdmin_refusalShownNothingChanged_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("sent");
    QTest::newRow("an instructor cannot add someone else") << QStringLiteral("ta2") << true;
    QTest::newRow("a slash is no hub username") << QStringLiteral("../x") << false;
}

void ExchangeDialogsTest::instructors_notAdmin_refusalShownNothingChanged()
{
    QFETCH(QString, user);
    QFETCH(bool, sent);
    m_store->write(m_course->tokenKey(), Tests::ExInstructorToken, this, [](const Services::Result<void> &) {});
    QVERIFY(openSession());
    m_actions->openRosterDialog();
    QTRY_VERIFY(m_actions->rosterDialog());
    Ui::ExchangeRosterDialog *dialog = m_actions->rosterDialog();
    dialog->showInstructors();
    Ui::ExchangeInstructorsPanel *panel = dialog->instructorsPanel();
    QTRY_COMPARE(panel->instructors(), QStringList{Tests::ExInstructor});
    QTRY_VERIFY(!panel->isBusy());
    const int requests = m_course->sim.requestLog().size();
    panel->addInstructor(user);
    QTRY_VERIFY(!panel->isBusy() && !panel->statusText().isEmpty());
    QVERIFY2(panel->statusText().contains(sent ? QStringLiteral("was not added") : QStringLiteral("not a hub")),
             qPrintable(panel->statusText()));
    QCOMPARE(m_course->sim.requestLog().size() > requests, sent);
    QCOMPARE(simInstructors(m_course->sim), QStringList{Tests::ExInstructor});
    QCOMPARE(panel->instructors(), QStringList{Tests::ExInstructor});
}

QTEST_MAIN(ExchangeDialogsTest)
#include "exchangedialogs_test.moc"
