// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvastestcourse.h"

#include <models/canvas/canvasconnection.h>
#include <models/canvas/canvastokenstore.h>
#include <services/canvas/canvascourse.h>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace GradeDesk;
using namespace GradeDesk::Services;
using Models::CanvasConnection;
using Models::CanvasMemoryTokenStore;

Q_DECLARE_METATYPE(GradeDesk::Services::Result<void>)

namespace {

/// The Result<void> carried by the spy's only emission.
Result<void> onlyResult(const QSignalSpy &spy)
{
    return spy.at(0).at(0).value<Result<void>>();
}

} // namespace

class CanvasConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void notConfigured_explainsHowToAddCanvas();
    void loadToken_nothingStored_reportsNotFound();
    void saveToken_storesUnderTheCourseKeyAndConnects();
    void saveToken_storeFails_keepsTokenForThisSession();
    void loadToken_readsStoredToken();
    void forgetToken_clearsClientAndStore();
    void actor_isTheGrader();

private:
    std::unique_ptr<Tests::CanvasTestCourse> m_canvas;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CanvasMemoryTokenStore> m_store;
    std::unique_ptr<CanvasConnection> m_connection;
};

void CanvasConnectionTest::initTestCase()
{
    qRegisterMetaType<Result<void>>();
}

void CanvasConnectionTest::init()
{
    m_canvas = std::make_unique<Tests::CanvasTestCourse>();
    QVERIFY(m_canvas->start());
    m_canvas->addStudent(QStringLiteral("ann"), QStringLiteral("Ann Li"));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<CanvasMemoryTokenStore>();
    CourseConfig config;
    config.grader = QStringLiteral("alice");
    m_connection = std::make_unique<CanvasConnection>(m_canvas->configure(config), m_network.get(), m_store.get());
}

void CanvasConnectionTest::cleanup()
{
    m_connection.reset();
    m_store.reset();
    m_network.reset();
    m_canvas.reset();
}

void CanvasConnectionTest::notConfigured_explainsHowToAddCanvas()
{
    CourseConfig config;
    config.filePath = QStringLiteral("/courses/demo/course.yaml");
    CanvasConnection connection(config, m_network.get(), m_store.get());
    QVERIFY(!connection.isConfigured());
    QVERIFY(!connection.client());
    QVERIFY(!connection.course());
    QVERIFY(connection.configurationProblem().contains(QLatin1String("canvas: {url:")));
    QVERIFY(connection.configurationProblem().contains(config.filePath));
    QSignalSpy loaded(&connection, &CanvasConnection::tokenLoaded);
    connection.loadToken();
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!onlyResult(loaded).ok());
    QVERIFY(m_connection->configurationProblem().isEmpty());
}

void CanvasConnectionTest::loadToken_nothingStored_reportsNotFound()
{
    QSignalSpy loaded(m_connection.get(), &CanvasConnection::tokenLoaded);
    m_connection->loadToken();
    QCOMPARE(loaded.count(), 0); // asynchronous, like the keychain
    QVERIFY(loaded.wait(5000));
    QCOMPARE(onlyResult(loaded).error().kind, ServiceError::Kind::NotFound);
    QVERIFY(!m_connection->hasToken());
}

void CanvasConnectionTest::saveToken_storesUnderTheCourseKeyAndConnects()
{
    QVERIFY(m_connection->tokenKey().startsWith(QLatin1String("canvas:127.0.0.1:alice")));
    QSignalSpy saved(m_connection.get(), &CanvasConnection::tokenSaved);
    QSignalSpy changed(m_connection.get(), &CanvasConnection::tokenChanged);
    m_connection->saveToken(QStringLiteral("  ") + Tests::canvasTeacherToken + QStringLiteral("\n"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_connection->hasToken());
    QVERIFY(saved.wait(5000));
    QVERIFY(onlyResult(saved).ok());
    QCOMPARE(m_store->token(m_connection->tokenKey()), Tests::canvasTeacherToken);

    m_connection->client()->setOptions(Tests::CanvasTestCourse::fastOptions());
    CanvasConnectionJob *job = m_connection->course()->testConnection(CanvasConfig::IdentityRule::LoginId);
    std::optional<CanvasConnectionReport> report;
    connect(job, &CanvasJob::finished, this, [job, &report] {
        if (job->result()) {
            report = job->result().value();
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 10000);
    QCOMPARE(report->verdict, CanvasConnectionReport::Verdict::Ok);
    QCOMPARE(report->courseName, QStringLiteral("Data Analysis 101"));
}

void CanvasConnectionTest::saveToken_storeFails_keepsTokenForThisSession()
{
    m_store->setFailure(ServiceError::make(ServiceError::Kind::Io, QStringLiteral("The keychain is locked."),
                                           QStringLiteral("locked")));
    QSignalSpy saved(m_connection.get(), &CanvasConnection::tokenSaved);
    m_connection->saveToken(Tests::canvasTeacherToken);
    QVERIFY(saved.wait(5000));
    QCOMPARE(onlyResult(saved).error().kind, ServiceError::Kind::Io);
    QVERIFY(m_connection->hasToken());
    m_store->setFailure(std::nullopt);
    QVERIFY(m_store->token(m_connection->tokenKey()).isEmpty());

    QSignalSpy empty(m_connection.get(), &CanvasConnection::tokenSaved);
    m_connection->saveToken(QStringLiteral("   "));
    QCOMPARE(empty.count(), 1);
    QCOMPARE(onlyResult(empty).error().kind, ServiceError::Kind::Validation);
}

void CanvasConnectionTest::loadToken_readsStoredToken()
{
    QSignalSpy written(m_connection.get(), &CanvasConnection::tokenSaved);
    m_connection->saveToken(Tests::canvasTeacherToken);
    QVERIFY(written.wait(5000));
    CourseConfig config;
    config.grader = QStringLiteral("alice");
    CanvasConnection again(m_canvas->configure(config), m_network.get(), m_store.get());
    QSignalSpy loaded(&again, &CanvasConnection::tokenLoaded);
    again.loadToken();
    QVERIFY(loaded.wait(5000));
    QVERIFY(onlyResult(loaded).ok());
    QVERIFY(again.hasToken());
}

void CanvasConnectionTest::forgetToken_clearsClientAndStore()
{
    QSignalSpy written(m_connection.get(), &CanvasConnection::tokenSaved);
    m_connection->saveToken(Tests::canvasTeacherToken);
    QVERIFY(written.wait(5000));
    QSignalSpy forgotten(m_connection.get(), &CanvasConnection::tokenForgotten);
    m_connection->forgetToken();
    QVERIFY(!m_connection->hasToken());
    QVERIFY(forgotten.wait(5000));
    QVERIFY(onlyResult(forgotten).ok());
    QVERIFY(m_store->token(m_connection->tokenKey()).isEmpty());
}

void CanvasConnectionTest::actor_isTheGrader()
{
    QCOMPARE(m_connection->actor(), QStringLiteral("alice"));
}

QTEST_GUILESS_MAIN(CanvasConnectionTest)
#include "canvasconnection_test.moc"
