// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasuitesting.h"

#include <models/canvas/canvasconnection.h>
#include <models/canvas/canvastokenstore.h>
#include <tests/models/canvas/canvastestcourse.h>
#include <ui/canvas/canvasconnectiondialog.h>
#include <ui/userprompt.h>

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace GradeDesk;
using namespace GradeDesk::Services;
using Models::CanvasConnection;
using Tests::CanvasSimulator;
using Tests::child;
using Ui::CanvasConnectionDialog;
using Verdict = CanvasConnectionReport::Verdict;

Q_DECLARE_METATYPE(GradeDesk::Services::CanvasConnectionReport::Verdict)

class CanvasConnectionDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opens_showsCourseFromConfigReadOnly();
    void saveToken_storesInTheTokenStoreOnly();
    void testConnection_explainsVerdict_data();
    void testConnection_explainsVerdict();
    void testConnection_withTypedToken_offersToSaveIt();
    void storeUnavailable_tokenStillUsedForThisSession();
    void forgetToken_removesItAfterConfirmation();
    void escapeWhileTesting_cancelsAndKeepsDialogOpen();
    void notConfigured_explainsHowAndDisablesToken();
    void dialogSize_isRestored();
    void realKeychain_tokenSurvivesANewConnection();

private:
    std::unique_ptr<CanvasConnection> makeConnection(const CourseConfig &config, Models::CanvasTokenStore *store);
    std::unique_ptr<CanvasConnectionDialog> openDialog();
    void typeToken(CanvasConnectionDialog *dialog, const QString &token);

    std::unique_ptr<Tests::CanvasTestCourse> m_canvas;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Models::CanvasMemoryTokenStore> m_store;
    std::unique_ptr<CanvasConnection> m_connection;
    CourseConfig m_config;
};

void CanvasConnectionDialogTest::init()
{
    QSettings().clear();
    m_canvas = std::make_unique<Tests::CanvasTestCourse>();
    QVERIFY(m_canvas->start());
    m_canvas->addStudent(QStringLiteral("ann"), QStringLiteral("Ann Li"));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<Models::CanvasMemoryTokenStore>();
    m_config = {};
    m_config.filePath = QStringLiteral("/courses/da101/course.yaml");
    m_config.grader = QStringLiteral("alice");
    m_config = m_canvas->configure(m_config);
    m_connection = makeConnection(m_config, m_store.get());
}

void CanvasConnectionDialogTest::cleanup()
{
    Ui::UserPrompt::setNextAnswer(std::nullopt);
    m_connection.reset();
    m_store.reset();
    m_network.reset();
    m_canvas.reset();
}

std::unique_ptr<CanvasConnection> CanvasConnectionDialogTest::makeConnection(const CourseConfig &config,
                                                                             Models::CanvasTokenStore *store)
{
    auto connection = std::make_unique<CanvasConnection>(config, m_network.get(), store);
    if (connection->client()) {
        connection->client()->setOptions(Tests::CanvasTestCourse::fastOptions());
    }
    return connection;
}

std::unique_ptr<CanvasConnectionDialog> CanvasConnectionDialogTest::openDialog()
{
    auto dialog = std::make_unique<CanvasConnectionDialog>(m_connection.get());
    dialog->show();
    return dialog;
}

void CanvasConnectionDialogTest::typeToken(CanvasConnectionDialog *dialog, const QString &token)
{
    auto *edit = child<QLineEdit>(dialog, QStringLiteral("tokenLineEdit"));
    QVERIFY(edit);
    edit->clear();
    edit->setFocus();
    QTest::keyClicks(edit, token);
}

void CanvasConnectionDialogTest::opens_showsCourseFromConfigReadOnly()
{
    auto dialog = openDialog();
    auto *url = child<QLineEdit>(dialog.get(), QStringLiteral("urlLineEdit"));
    auto *course = child<QLineEdit>(dialog.get(), QStringLiteral("courseIdLineEdit"));
    QVERIFY(url && course);
    QCOMPARE(url->text(), m_canvas->simulator->baseUrl().toDisplayString());
    QCOMPARE(course->text(), QStringLiteral("4001"));
    QVERIFY(url->isReadOnly());
    QVERIFY(course->isReadOnly());
    // Nothing stored yet: the dialog says how to get a token, and Test waits for one.
    auto *state = child<QLabel>(dialog.get(), QStringLiteral("tokenStateLabel"));
    QTRY_VERIFY(state->text().contains(QLatin1String("No token is stored")));
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("testConnectionButton"))->isEnabled());
    QVERIFY(child<QLineEdit>(dialog.get(), QStringLiteral("tokenLineEdit"))->hasFocus() || !dialog->isActiveWindow());
}

void CanvasConnectionDialogTest::saveToken_storesInTheTokenStoreOnly()
{
    auto dialog = openDialog();
    typeToken(dialog.get(), Tests::canvasTeacherToken);
    auto *edit = child<QLineEdit>(dialog.get(), QStringLiteral("tokenLineEdit"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("saveTokenButton")), Qt::LeftButton);
    QTRY_COMPARE(m_store->token(m_connection->tokenKey()), Tests::canvasTeacherToken);
    QTRY_VERIFY(dialog->statusText().contains(QLatin1String("stored in the system keychain")));
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(m_connection->tokenSource(), CanvasConnection::TokenSource::Stored);
    dialog->close();
    // Settings hold no trace of the token.
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        QVERIFY2(!settings.value(key).toString().contains(Tests::canvasTeacherToken), qPrintable(key));
        QVERIFY(!QString::fromLatin1(settings.value(key).toByteArray().toHex())
                     .contains(QString::fromLatin1(Tests::canvasTeacherToken.toUtf8().toHex())));
    }
}

void CanvasConnectionDialogTest::testConnection_explainsVerdict_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("tokenState");
    QTest::addColumn<QString>("courseId");
    QTest::addColumn<bool>("serverUp");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("says");

    const int valid = int(CanvasSimulator::TokenState::Valid);
    QTest::newRow("teacher token: connected, with what it may do")
        << Tests::canvasTeacherToken << valid << QStringLiteral("4001") << true << Verdict::Ok
        << QStringLiteral("Connected.");
    QTest::newRow("unknown token: refused, paste a new one")
        << QStringLiteral("not-a-canvas-token") << valid << QStringLiteral("4001") << true << Verdict::BadToken
        << QStringLiteral("Paste a new token above");
    QTest::newRow("expired token: refused, says expired")
        << Tests::canvasTeacherToken << int(CanvasSimulator::TokenState::Expired) << QStringLiteral("4001") << true
        << Verdict::BadToken << QStringLiteral("expired");
    QTest::newRow("TA token without login ids: insufficient permission")
        << Tests::canvasTaToken << valid << QStringLiteral("4001") << true << Verdict::InsufficientPermission
        << QStringLiteral("login ids");
    QTest::newRow("course id that does not exist: wrong course")
        << Tests::canvasTeacherToken << valid << QStringLiteral("999") << true << Verdict::WrongCourse
        << QStringLiteral("course_id");
    QTest::newRow("nothing listening: unreachable")
        << Tests::canvasTeacherToken << valid << QStringLiteral("4001") << false << Verdict::Unreachable
        << QStringLiteral("could not be reached");
}

void CanvasConnectionDialogTest::testConnection_explainsVerdict()
{
    QFETCH(QString, token);
    QFETCH(int, tokenState);
    QFETCH(QString, courseId);
    QFETCH(bool, serverUp);
    QFETCH(Verdict, verdict);
    QFETCH(QString, says);

    m_canvas->simulator->setTokenState(token, CanvasSimulator::TokenState(tokenState));
    CourseConfig config = m_config;
    config.canvas.courseId = courseId;
    if (!serverUp) {
        // A port that was free a moment ago: connections are refused.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        config.canvas.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    }
    m_connection = makeConnection(config, m_store.get());
    m_connection->useToken(token);
    auto dialog = openDialog();
    auto *test = child<QPushButton>(dialog.get(), QStringLiteral("testConnectionButton"));
    QTRY_VERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->lastVerdict().has_value(), 15000);
    QCOMPARE(*dialog->lastVerdict(), verdict);
    QVERIFY2(dialog->verdictText().contains(says), qPrintable(dialog->verdictText()));
    QVERIFY(!dialog->verdictText().contains(token));
    QVERIFY(test->isEnabled());
    auto *details = dialog->findChild<QWidget *>(QStringLiteral("connectionDetails"));
    QCOMPARE(details->isVisible(),
             verdict == Verdict::Ok || verdict == Verdict::InsufficientPermission || verdict == Verdict::WrongCourse);
}

void CanvasConnectionDialogTest::testConnection_withTypedToken_offersToSaveIt()
{
    auto dialog = openDialog();
    typeToken(dialog.get(), Tests::canvasTeacherToken);
    // Return in the token field runs the test with the typed token, without storing it.
    QTest::keyClick(child<QLineEdit>(dialog.get(), QStringLiteral("tokenLineEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->lastVerdict().has_value(), 15000);
    QCOMPARE(*dialog->lastVerdict(), Verdict::Ok);
    QVERIFY(dialog->verdictText().contains(QLatin1String("press Save Token")));
    QVERIFY(m_store->token(m_connection->tokenKey()).isEmpty());
    QCOMPARE(m_connection->tokenSource(), CanvasConnection::TokenSource::Session);
    QVERIFY(dialog->isVisible());
    auto *save = child<QPushButton>(dialog.get(), QStringLiteral("saveTokenButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(m_store->token(m_connection->tokenKey()), Tests::canvasTeacherToken);
}

void CanvasConnectionDialogTest::storeUnavailable_tokenStillUsedForThisSession()
{
    m_store->setFailure(ServiceError::make(ServiceError::Kind::Io,
                                           QStringLiteral("No keychain is available (Secret Service is not running)."),
                                           QStringLiteral("no backend")));
    auto dialog = openDialog();
    QTRY_VERIFY(dialog->statusText().contains(QLatin1String("could not be read")));
    typeToken(dialog.get(), Tests::canvasTeacherToken);
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("saveTokenButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog->statusText().contains(QLatin1String("could not be stored")));
    QVERIFY(dialog->statusText().contains(QLatin1String("nothing was written anywhere else")));
    QVERIFY(m_connection->hasToken());
    QVERIFY(
        child<QLabel>(dialog.get(), QStringLiteral("tokenStateLabel"))->text().contains(QLatin1String("not stored")));
}

void CanvasConnectionDialogTest::forgetToken_removesItAfterConfirmation()
{
    auto dialog = openDialog();
    typeToken(dialog.get(), Tests::canvasTeacherToken);
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("saveTokenButton")), Qt::LeftButton);
    auto *forget = child<QPushButton>(dialog.get(), QStringLiteral("forgetTokenButton"));
    QTRY_VERIFY(forget->isEnabled());
    Ui::UserPrompt::setNextAnswer(false);
    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY(m_connection->hasToken());
    Ui::UserPrompt::setNextAnswer(true);
    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY(Ui::UserPrompt::lastQuestion().contains(QLatin1String("127.0.0.1")));
    QVERIFY(!m_connection->hasToken());
    QTRY_VERIFY(m_store->token(m_connection->tokenKey()).isEmpty());
    QTRY_VERIFY(dialog->statusText().contains(QLatin1String("removed")));
    QVERIFY(!forget->isEnabled());
}

void CanvasConnectionDialogTest::escapeWhileTesting_cancelsAndKeepsDialogOpen()
{
    m_canvas->simulator->hangOnNext(QByteArray(), QStringLiteral("/users/self"));
    m_connection->useToken(Tests::canvasTeacherToken);
    auto dialog = openDialog();
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QTRY_VERIFY(m_canvas->simulator->requestCount() >= 1);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QTRY_VERIFY(dialog->verdictText().contains(QLatin1String("Cancelled")));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->lastVerdict());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void CanvasConnectionDialogTest::notConfigured_explainsHowAndDisablesToken()
{
    CourseConfig config;
    config.filePath = QStringLiteral("/courses/da101/course.yaml");
    m_connection = makeConnection(config, m_store.get());
    auto dialog = openDialog();
    QVERIFY(dialog->statusText().contains(QLatin1String("canvas: {url:")));
    QVERIFY(dialog->statusText().contains(config.filePath));
    QVERIFY(!child<QLineEdit>(dialog.get(), QStringLiteral("tokenLineEdit"))->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("testConnectionButton"))->isEnabled());
}

void CanvasConnectionDialogTest::dialogSize_isRestored()
{
    {
        auto dialog = openDialog();
        dialog->resize(777, 555);
        dialog->close();
    }
    auto dialog = openDialog();
    QCOMPARE(dialog->size(), QSize(777, 555));
}

void CanvasConnectionDialogTest::realKeychain_tokenSurvivesANewConnection()
{
    if (qEnvironmentVariableIsSet("GRADEDESK_NO_KEYRING")) {
        QSKIP(qPrintable(qEnvironmentVariable("GRADEDESK_NO_KEYRING")));
    }
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("no session bus: run through tests/support/with-keyring.sh");
    }
    Models::CanvasKeychainTokenStore keychain;
    m_connection = makeConnection(m_config, &keychain);
    {
        auto dialog = openDialog();
        QTRY_VERIFY(
            child<QLabel>(dialog.get(), QStringLiteral("tokenStateLabel"))->text().contains(QLatin1String("No token")));
        typeToken(dialog.get(), Tests::canvasTeacherToken);
        QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("saveTokenButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->statusText().isEmpty(), 15000);
        QVERIFY2(dialog->statusText().contains(QLatin1String("stored in the system keychain")),
                 qPrintable(dialog->statusText()));
    }
    m_connection = makeConnection(m_config, &keychain);
    auto dialog = openDialog();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->hasToken(), 15000);
    QCOMPARE(m_connection->tokenSource(), CanvasConnection::TokenSource::Stored);
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->lastVerdict().has_value(), 15000);
    QCOMPARE(*dialog->lastVerdict(), Verdict::Ok);
    Ui::UserPrompt::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("forgetTokenButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(QLatin1String("removed")), 15000);
}

QTEST_MAIN(CanvasConnectionDialogTest)
#include "canvasconnectiondialog_test.moc"
