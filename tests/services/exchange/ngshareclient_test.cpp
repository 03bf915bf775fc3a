// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// NgshareClient against the ngshare simulator: URL building, how every kind of reply becomes a
// result or a typed error, retries, and that the token never reaches a log line.

#include "ngsharetestcourse.h"

#include <services/exchange/ngshareclient.h>
#include <services/exchange/ngshareerrors.h>

#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QTcpServer>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category) + QLatin1Char(' ') + message);
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}

} // namespace

class NgshareClientTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void endpointUrl_encodesIdsAsSegments_data();
    void endpointUrl_encodesIdsAsSegments();
    void serviceUrl_joinsWithOneSlash_data();
    void serviceUrl_joinsWithOneSlash();
    void checkUrl_tokenOnlyOverTlsOrLoopback_data();
    void checkUrl_tokenOnlyOverTlsOrLoopback();
    void get_sendsTokenHeaderAndParsesTextHtmlJson();
    void idWithSlashSpaceAndPlus_roundTrips();
    void replies_becomeTypedErrors_data();
    void replies_becomeTypedErrors();
    void get_retriedOn500_postNot();
    void post_retriedOn503();
    void noToken_refusedWithoutSending();
    void unreachable_isNetworkError();
    void httpsToPlainServer_isTlsFailure();
    void token_neverLogged();

private:
    std::unique_ptr<NgshareClient> makeClient(const QString &token = NgInstructorToken);
    Result<NgshareReply> run(NgshareCall *call);

    std::unique_ptr<NgshareSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void NgshareClientTest::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("gradedesk.*=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
}

void NgshareClientTest::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void NgshareClientTest::init()
{
    m_sim = std::make_unique<NgshareSimulator>();
    QVERIFY(m_sim->start());
    m_sim->addToken(NgInstructorToken, NgInstructor);
    m_sim->addToken(NgStudentToken, QStringLiteral("alice"));
    m_sim->addCourse(NgCourse, {NgInstructor});
    m_sim->addStudent(NgCourse, {QStringLiteral("alice"), QString(), QString(), QString()});
    m_sim->releaseAssignment(NgCourse, QStringLiteral("ps1"), {{QStringLiteral("ps1.ipynb"), QByteArray("{}")}});
    m_network = std::make_unique<QNetworkAccessManager>();
}

void NgshareClientTest::cleanup()
{
    m_network.reset();
    m_sim.reset();
}

std::unique_ptr<NgshareClient> NgshareClientTest::makeClient(const QString &token)
{
    auto client =
        std::make_unique<NgshareClient>(m_network.get(), m_sim->serverUrl(), QStringLiteral("/services/ngshare"));
    client->setToken(token);
    NgshareClient::Options options;
    options.backoffBase = std::chrono::milliseconds(5);
    options.backoffMax = std::chrono::milliseconds(20);
    client->setOptions(options);
    return client;
}

Result<NgshareReply> NgshareClientTest::run(NgshareCall *call)
{
    const auto result = NgshareTestCourse::wait(call, 30000);
    if (!result) {
        return ServiceError::make(ServiceError::Kind::Timeout, QStringLiteral("no result"));
    }
    return *result;
}

void NgshareClientTest::endpointUrl_encodesIdsAsSegments_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << QStringList{QStringLiteral("course101"), QStringLiteral("ps1")}
                           << "/services/ngshare/submission/course101/ps1";
    QTest::newRow("space is %20") << QStringList{QStringLiteral("NBG 101")} << "/services/ngshare/submission/NBG%20101";
    QTest::newRow("plus stays a plus") << QStringList{QStringLiteral("a+b")} << "/services/ngshare/submission/a%2Bb";
    QTest::newRow("slash inside an id") << QStringList{QStringLiteral("a/b")} << "/services/ngshare/submission/a%2Fb";
    QTest::newRow("dot-dot is just an id") << QStringList{QStringLiteral("..")} << "/services/ngshare/submission/..";
    QTest::newRow("non-ASCII as UTF-8") << QStringList{QStringLiteral("\u00e9")}
                                        << "/services/ngshare/submission/%C3%A9";
}

void NgshareClientTest::endpointUrl_encodesIdsAsSegments()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, path);
    const NgshareClient client(nullptr, QUrl(QStringLiteral("https://hub.example.edu/")),
                               QStringLiteral("/services/ngshare/"));
    QCOMPARE(client.endpointUrl(QStringLiteral("submission"), ids).path(QUrl::FullyEncoded), path);
}

void NgshareClientTest::serviceUrl_joinsWithOneSlash_data()
{
    QTest::addColumn<QString>("hub");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("courses");
    QTest::newRow("plain") << "https://hub.example.edu"
                           << "/services/ngshare"
                           << "https://hub.example.edu/services/ngshare/courses";
    QTest::newRow("trailing slashes") << "https://hub.example.edu/"
                                      << "/services/ngshare/"
                                      << "https://hub.example.edu/services/ngshare/courses";
    QTest::newRow("hub below a path") << "https://example.edu/jhub/"
                                      << "/services/ngshare"
                                      << "https://example.edu/jhub/services/ngshare/courses";
    QTest::newRow("mock mode prefix") << "http://127.0.0.1:8080"
                                      << "/api/"
                                      << "http://127.0.0.1:8080/api/courses";
}

void NgshareClientTest::serviceUrl_joinsWithOneSlash()
{
    QFETCH(QString, hub);
    QFETCH(QString, prefix);
    QFETCH(QString, courses);
    const NgshareClient client(nullptr, QUrl(hub), prefix);
    QCOMPARE(client.endpointUrl(QStringLiteral("courses")).toString(QUrl::FullyEncoded), courses);
    ExchangeConfig config;
    config.url = QUrl(hub);
    config.prefix = prefix;
    QCOMPARE(NgshareClient::serviceUrl(config).toString() + QStringLiteral("/courses"), courses);
}

void NgshareClientTest::checkUrl_tokenOnlyOverTlsOrLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://hub.example.edu/services/ngshare" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:9000/services/ngshare" << true;
    QTest::newRow("http localhost") << "http://localhost/services/ngshare" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:9000/x" << true;
    QTest::newRow("http remote") << "http://hub.example.edu/services/ngshare" << false;
    QTest::newRow("http proxy-public inside k8s is still refused") << "http://proxy-public/services/ngshare" << false;
    QTest::newRow("no host") << "https:///x" << false;
    QTest::newRow("ftp") << "ftp://hub.example.edu/" << false;
}

void NgshareClientTest::checkUrl_tokenOnlyOverTlsOrLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const Result<void> checked = NgshareClient::checkUrl(QUrl(url));
    QCOMPARE(checked.ok(), allowed);
    if (!allowed) {
        QCOMPARE(checked.error().kind, ServiceError::Kind::Security);
    }
}

void NgshareClientTest::get_sendsTokenHeaderAndParsesTextHtmlJson()
{
    auto client = makeClient();
    const Result<NgshareReply> reply = run(client->get(QStringLiteral("courses")));
    QVERIFY2(reply.ok(), reply.ok() ? "" : qPrintable(reply.error().detail));
    QCOMPARE(reply.value().json.value(QStringLiteral("courses")).toArray(), QJsonArray{NgCourse});
    const NgshareSimulator::LoggedRequest logged = m_sim->requestLog().constLast();
    QCOMPARE(logged.user, NgInstructor);
    bool sawHeader = false;
    for (const auto &[name, value] : logged.headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            QCOMPARE(value, "token " + NgInstructorToken.toUtf8());
            sawHeader = true;
        }
    }
    QVERIFY(sawHeader);
}

void NgshareClientTest::idWithSlashSpaceAndPlus_roundTrips()
{
    const QString odd = QStringLiteral("NBG 101/a+b");
    m_sim->addCourse(odd, {NgInstructor});
    auto client = makeClient();
    const Result<NgshareReply> reply = run(client->get(QStringLiteral("instructors"), {odd}));
    QVERIFY2(reply.ok(), reply.ok() ? "" : qPrintable(reply.error().detail));
    QCOMPARE(reply.value().json.value(QStringLiteral("instructors")).toArray().size(), 1);
}

void NgshareClientTest::replies_becomeTypedErrors_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");

    QTest::newRow("302 on GET with a bad token: Auth")
        << "wrong" << QByteArray("GET") << "courses" << QStringList{} << int(ServiceError::Kind::Auth) << 302;
    QTest::newRow("403 HTML on POST with a bad token: Auth")
        << "wrong" << QByteArray("POST") << "students" << QStringList{NgCourse} << int(ServiceError::Kind::Auth) << 403;
    QTest::newRow("403 JSON for a student: a permission, not the token")
        << NgStudentToken << QByteArray("GET") << "students" << QStringList{NgCourse} << int(ServiceError::Kind::Http)
        << 403;
    QTest::newRow("404 JSON: NotFound") << NgInstructorToken << QByteArray("GET") << "assignments"
                                        << QStringList{QStringLiteral("nope")} << int(ServiceError::Kind::NotFound)
                                        << 404;
    QTest::newRow("404 HTML for an unknown path: not ngshare here")
        << NgInstructorToken << QByteArray("GET") << "no-such-endpoint" << QStringList{}
        << int(ServiceError::Kind::Parse) << 404;
    QTest::newRow("400 JSON: Validation")
        << NgInstructorToken << QByteArray("POST") << "student" << QStringList{NgCourse, NgInstructor}
        << int(ServiceError::Kind::Validation) << 400;
    QTest::newRow("409 JSON: Conflict") << NgInstructorToken << QByteArray("POST") << "assignment"
                                        << QStringList{NgCourse, QStringLiteral("ps1")}
                                        << int(ServiceError::Kind::Conflict) << 409;
}

void NgshareClientTest::replies_becomeTypedErrors()
{
    QFETCH(QString, token);
    QFETCH(QByteArray, verb);
    QFETCH(QString, endpoint);
    QFETCH(QStringList, ids);
    QFETCH(int, kind);
    QFETCH(int, status);
    auto client = makeClient(token);
    NgshareCall *call = verb == "GET" ? client->get(endpoint, ids) : client->post(endpoint, ids, {});
    const Result<NgshareReply> reply = run(call);
    QVERIFY(!reply.ok());
    QCOMPARE(int(reply.error().kind), kind);
    QCOMPARE(reply.error().httpStatus, status);
    QVERIFY(!reply.error().message.isEmpty());
    QVERIFY(!reply.error().message.contains(token) || token.size() < 6);
}

void NgshareClientTest::get_retriedOn500_postNot()
{
    auto client = makeClient();
    m_sim->failNextRequests(2, 500);
    const Result<NgshareReply> reply = run(client->get(QStringLiteral("courses")));
    QVERIFY2(reply.ok(), reply.ok() ? "" : qPrintable(reply.error().detail));
    QCOMPARE(client->stats().retries, 2);

    m_sim->failNextRequests(1, 500);
    const Result<NgshareReply> posted = run(client->post(QStringLiteral("student"), {NgCourse, QStringLiteral("bob")},
                                                         {{QStringLiteral("first_name"), QString()},
                                                          {QStringLiteral("last_name"), QString()},
                                                          {QStringLiteral("email"), QString()}}));
    QVERIFY(!posted.ok());
    QCOMPARE(posted.error().httpStatus, 500);
    QCOMPARE(client->stats().retries, 2);
}

void NgshareClientTest::post_retriedOn503()
{
    auto client = makeClient();
    m_sim->failNextRequests(1, 503);
    const Result<NgshareReply> posted = run(client->post(QStringLiteral("student"), {NgCourse, QStringLiteral("bob")},
                                                         {{QStringLiteral("first_name"), QStringLiteral("Bob")},
                                                          {QStringLiteral("last_name"), QString()},
                                                          {QStringLiteral("email"), QString()}}));
    QVERIFY2(posted.ok(), posted.ok() ? "" : qPrintable(posted.error().detail));
    QCOMPARE(client->stats().retries, 1);
    QCOMPARE(m_sim->students(NgCourse).size(), 2);
}

void NgshareClientTest::noToken_refusedWithoutSending()
{
    auto client = makeClient(QString());
    const Result<NgshareReply> reply = run(client->get(QStringLiteral("courses")));
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().kind, ServiceError::Kind::Auth);
    QCOMPARE(m_sim->requestCount(), 0);
}

void NgshareClientTest::unreachable_isNetworkError()
{
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const quint16 port = reserve.serverPort();
    reserve.close();
    NgshareClient client(m_network.get(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                         QStringLiteral("/services/ngshare"));
    client.setToken(NgInstructorToken);
    const Result<NgshareReply> reply = run(client.get(QStringLiteral("courses")));
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().kind, ServiceError::Kind::Network);
}

void NgshareClientTest::httpsToPlainServer_isTlsFailure()
{
    const std::unique_ptr<QTcpServer> plain = startPlainTextServer();
    QVERIFY(plain);
    NgshareClient client(m_network.get(), QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain->serverPort())),
                         QStringLiteral("/services/ngshare"));
    client.setToken(NgInstructorToken);
    const Result<NgshareReply> reply = run(client.health());
    QVERIFY(!reply.ok());
    QVERIFY2(reply.error().kind == ServiceError::Kind::Security, qPrintable(reply.error().detail));
}

void NgshareClientTest::token_neverLogged()
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.clear();
    }
    auto client = makeClient();
    QVERIFY(run(client->get(QStringLiteral("courses"))).ok());
    m_sim->failNextRequests(1, 500);
    QVERIFY(run(client->get(QStringLiteral("students"), {NgCourse})).ok());
    auto bad = makeClient(QStringLiteral("also-a-secret-value-123"));
    QVERIFY(!run(bad->get(QStringLiteral("courses"))).ok());
    QMutexLocker lock(&logMutex);
    QVERIFY(!capturedLog.filter(QStringLiteral("gradedesk.net.http")).isEmpty());
    QVERIFY(!capturedLog.filter(QStringLiteral("token [redacted]")).isEmpty());
    for (const QString &line : std::as_const(capturedLog)) {
        QVERIFY2(!line.contains(NgInstructorToken), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("also-a-secret-value-123")), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(NgshareClientTest)
#include "ngshareclient_test.moc"
