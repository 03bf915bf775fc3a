// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// HTTPS in the loopback server, through QNetworkAccessManager: the test CA, client certificates in
// the three modes, and a streamed reply over TLS.

#include "tests/sim/http/simhttpserver.h"
#include "tests/sim/http/simhttpstream.h"
#include "tests/sim/http/simtestca.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using GradeDesk::Tests::SimHttpRequest;
using GradeDesk::Tests::SimHttpResponse;
using GradeDesk::Tests::SimHttpServer;
using GradeDesk::Tests::SimHttpStream;
using GradeDesk::Tests::SimHttpTls;
using GradeDesk::Tests::SimTestCa;

Q_DECLARE_METATYPE(SimTestCa::KeyType)

class SimHttpTlsTest : public QObject
{
    Q_OBJECT

private:
    void startServer(SimHttpTls::ClientCertificates mode);
    // GET `path` trusting `ca`, optionally with a client certificate; returns the finished reply.
    QNetworkReply *get(const QString &path, const QList<QSslCertificate> &ca,
                       const std::optional<SimTestCa::Issued> &client = std::nullopt);

    std::unique_ptr<SimTestCa> m_ca;
    std::unique_ptr<SimTestCa> m_otherCa;
    std::optional<SimTestCa::Issued> m_serverCert;
    std::optional<SimTestCa::Issued> m_alice;
    std::optional<SimTestCa::Issued> m_mallory; // signed by the other CA
    std::unique_ptr<SimHttpServer> m_server;
    QList<SimHttpRequest> m_seen;
    QPointer<SimHttpStream> m_stream;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void issue_keyTypesLoadInQt_data();
    void issue_keyTypesLoadInQt();
    void https_trustedCa_reachesHandlerWithoutClientCert();
    void https_untrustedServer_failsHandshake();
    void optionalClientCert_identifiesUser();
    void optionalClientCert_foreignCaFailsHandshake();
    void requiredClientCert_missingFailsHandshake();
    void setTls_refusedWhileListening();
    void streamedReply_overTls_arrivesInChunks();
};

void SimHttpTlsTest::initTestCase()
{
    m_ca = std::make_unique<SimTestCa>();
    if (!m_ca->isValid()) {
        QSKIP(qPrintable(QStringLiteral("no test CA: ") + m_ca->errorString()));
    }
    m_otherCa = std::make_unique<SimTestCa>();
    QVERIFY2(m_otherCa->isValid(), qPrintable(m_otherCa->errorString()));
    m_serverCert = m_ca->issueLoopbackServer();
    QVERIFY2(m_serverCert, qPrintable(m_ca->errorString()));
    SimTestCa::Request alice;
    alice.commonName = QStringLiteral("alice");
    alice.organizations = {QStringLiteral("staff"), QStringLiteral("graders")};
    m_alice = m_ca->issue(alice);
    QVERIFY(m_alice);
    SimTestCa::Request mallory;
    mallory.commonName = QStringLiteral("alice");
    m_mallory = m_otherCa->issue(mallory);
    QVERIFY(m_mallory);
}

void SimHttpTlsTest::init()
{
    m_seen.clear();
    m_nam.clearConnectionCache();
    m_nam.clearAccessCache();
}

void SimHttpTlsTest::cleanup()
{
    m_server.reset();
}

void SimHttpTlsTest::startServer(SimHttpTls::ClientCertificates mode)
{
    m_server = std::make_unique<SimHttpServer>([this](const SimHttpRequest &request) {
        m_seen.append(request);
        if (request.path == QLatin1String("/stream")) {
            SimHttpResponse response = SimHttpResponse::streamed(200, "text/plain");
            m_stream = response.stream;
            return response;
        }
        return SimHttpResponse::text(
            200, "user=" + request.peerCertificate.subjectInfo(QSslCertificate::CommonName).join(u',').toUtf8());
    });
    SimHttpTls tls;
    tls.certificate = m_serverCert->certificate();
    tls.privateKey = m_serverCert->key();
    tls.clientCaCertificates = {m_ca->caCertificate()};
    tls.clientCertificates = mode;
    QVERIFY(m_server->setTls(tls));
    QVERIFY(m_server->listen());
    QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("https"));
}

QNetworkReply *SimHttpTlsTest::get(const QString &path, const QList<QSslCertificate> &ca,
                                   const std::optional<SimTestCa::Issued> &client)
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(ca);
    if (client) {
        config.setLocalCertificate(client->certificate());
        config.setPrivateKey(client->key());
    }
    request.setSslConfiguration(config);
    QNetworkReply *reply = m_nam.get(request);
    reply->setParent(this);
    return reply;
}

void SimHttpTlsTest::issue_keyTypesLoadInQt_data()
{
    QTest::addColumn<SimTestCa::KeyType>("type");
    QTest::addColumn<QByteArray>("pemHeader");
    QTest::newRow("EC PKCS#8") << SimTestCa::KeyType::EcPkcs8 << QByteArray("-----BEGIN PRIVATE KEY-----");
    QTest::newRow("EC SEC1") << SimTestCa::KeyType::EcSec1 << QByteArray("-----BEGIN EC PRIVATE KEY-----");
    QTest::newRow("RSA PKCS#8") << SimTestCa::KeyType::RsaPkcs8 << QByteArray("-----BEGIN PRIVATE KEY-----");
    QTest::newRow("RSA PKCS#1") << SimTestCa::KeyType::RsaPkcs1 << QByteArray("-----BEGIN RSA PRIVATE KEY-----");
}

void SimHttpTlsTest::issue_keyTypesLoadInQt()
{
    QFETCH(SimTestCa::KeyType, type);
    QFETCH(QByteArray, pemHeader);
    SimTestCa::Request request;
    request.commonName = QStringLiteral("bob/with slash");
    request.keyType = type;
    const auto issued = m_ca->issue(request);
    QVERIFY2(issued, qPrintable(m_ca->errorString()));
    QVERIFY(issued->keyPem.startsWith(pemHeader));
    QVERIFY(!issued->key().isNull());
    QCOMPARE(issued->certificate().subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("bob/with slash")});
    QCOMPARE(issued->certificate().issuerInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("gradedesk-sim-ca")});
}

void SimHttpTlsTest::https_trustedCa_reachesHandlerWithoutClientCert()
{
    startServer(SimHttpTls::ClientCertificates::Optional);
    QNetworkReply *reply = get(QStringLiteral("/hello"), {m_ca->caCertificate()});
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArray("user="));
    QCOMPARE(m_seen.size(), 1);
    QVERIFY(m_seen.first().secure);
    QVERIFY(m_seen.first().peerCertificate.isNull());
}

void SimHttpTlsTest::https_untrustedServer_failsHandshake()
{
    startServer(SimHttpTls::ClientCertificates::Ignore);
    QNetworkReply *reply = get(QStringLiteral("/hello"), {m_otherCa->caCertificate()});
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    QVERIFY(m_seen.isEmpty());
}

void SimHttpTlsTest::optionalClientCert_identifiesUser()
{
    startServer(SimHttpTls::ClientCertificates::Optional);
    QNetworkReply *reply = get(QStringLiteral("/me"), {m_ca->caCertificate()}, m_alice);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArray("user=alice"));
    QStringList groups = m_seen.first().peerCertificate.subjectInfo(QSslCertificate::Organization);
    groups.sort();
    QCOMPARE(groups, (QStringList{QStringLiteral("graders"), QStringLiteral("staff")}));
}

void SimHttpTlsTest::optionalClientCert_foreignCaFailsHandshake()
{
    startServer(SimHttpTls::ClientCertificates::Optional);
    QSignalSpy failed(m_server.get(), &SimHttpServer::tlsHandshakeFailed);
    QNetworkReply *reply = get(QStringLiteral("/me"), {m_ca->caCertificate()}, m_mallory);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QVERIFY(m_seen.isEmpty());
    QTRY_VERIFY(!failed.isEmpty());
}

void SimHttpTlsTest::requiredClientCert_missingFailsHandshake()
{
    startServer(SimHttpTls::ClientCertificates::Require);
    QNetworkReply *with = get(QStringLiteral("/me"), {m_ca->caCertificate()}, m_alice);
    QTRY_VERIFY(with->isFinished());
    QCOMPARE(with->error(), QNetworkReply::NoError);
    QCOMPARE(with->readAll(), QByteArray("user=alice"));
    m_nam.clearConnectionCache();
    QNetworkReply *without = get(QStringLiteral("/me"), {m_ca->caCertificate()});
    QTRY_VERIFY(without->isFinished());
    QVERIFY(without->error() != QNetworkReply::NoError);
    QCOMPARE(m_seen.size(), 1);
}

void SimHttpTlsTest::setTls_refusedWhileListening()
{
    SimHttpServer server([](const SimHttpRequest &) { return SimHttpResponse::empty(204); });
    SimHttpTls tls;
    QVERIFY(!server.setTls(tls)); // null certificate and key
    QVERIFY(server.listen());
    tls.certificate = m_serverCert->certificate();
    tls.privateKey = m_serverCert->key();
    QVERIFY(!server.setTls(tls));
    QVERIFY(!server.isTls());
    QCOMPARE(server.baseUrl().scheme(), QStringLiteral("http"));
}

void SimHttpTlsTest::streamedReply_overTls_arrivesInChunks()
{
    startServer(SimHttpTls::ClientCertificates::Optional);
    QNetworkReply *reply = get(QStringLiteral("/stream"), {m_ca->caCertificate()});
    QByteArray received;
    connect(reply, &QNetworkReply::readyRead, this, [&received, reply] { received += reply->readAll(); });
    QTRY_VERIFY(!m_stream.isNull());
    m_stream->write("line one\n");
    QTRY_COMPARE(received, QByteArray("line one\n"));
    QVERIFY(!reply->isFinished());
    m_stream->write("line two\n");
    m_stream->end();
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    received += reply->readAll();
    QCOMPARE(received, QByteArray("line one\nline two\n"));
}

QTEST_GUILESS_MAIN(SimHttpTlsTest)
#include "simhttptls_test.moc"
