// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubetesting.h"
#include "tests/sim/http/simhttpserver.h"
#include "tests/sim/http/simhttpstream.h"
#include "tests/sim/http/simtestca.h"

#include <services/kube/kubeclient.h>
#include <services/kube/kubeconfig.h>
#include <services/kube/kubewatch.h>

#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;
using namespace GradeDesk::Tests::Kube;

namespace {

struct Outcome {
    bool finished = false;
    Result<QJsonObject> result = QJsonObject();
};

Outcome get(KubeClient &client, const QString &path = QStringLiteral("/version"))
{
    Outcome outcome;
    KubeReply *reply = client.request("GET", path);
    QObject::connect(reply, &KubeReply::finished, reply, [&outcome, reply] {
        outcome.finished = true;
        outcome.result = reply->result();
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, 30000)) {
        outcome.result = ServiceError::make(ServiceError::Kind::Timeout, QStringLiteral("test: reply never finished"));
    }
    return outcome;
}

} // namespace

/// The client against the HTTPS simulator server: CA verification, client certificates, SNI names
/// and insecure-skip-tls-verify, with certificates from a throw-away openssl CA.
class KubeTlsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void kubeconfigCa_verifiesTheServer();
    void wrongCa_isRefused();
    void noCa_usesSystemRootsAndRefusesTestCa();
    void insecureSkip_acceptsAnyServerAndIsFlagged();
    void clientCertificate_authenticates_data();
    void clientCertificate_authenticates();
    void clientCertificate_fromExecPlugin();
    void tlsServerName_isTheVerifiedName();
    void kubeconfigFile_endToEnd();
    void watch_streamsOverTls();

private:
    bool startServer(const SimTestCa::Issued &certificate, SimHttpTls::ClientCertificates clientCertificates);
    KubeContext context() const;

    std::unique_ptr<SimTestCa> m_ca;
    std::optional<SimTestCa::Issued> m_serverCert;
    std::unique_ptr<SimHttpServer> m_server;
    QList<SimHttpRequest> m_requests;
    QPointer<SimHttpStream> m_stream;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void KubeTlsTest::initTestCase()
{
    m_ca = std::make_unique<SimTestCa>();
    if (!m_ca->isValid()) {
        QSKIP(qPrintable(QStringLiteral("no test CA (openssl CLI): %1").arg(m_ca->errorString())));
    }
    m_serverCert = m_ca->issueLoopbackServer();
    QVERIFY2(m_serverCert.has_value(), qPrintable(m_ca->errorString()));
}

void KubeTlsTest::init()
{
    m_requests.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(startServer(*m_serverCert, SimHttpTls::ClientCertificates::Optional));
}

void KubeTlsTest::cleanup()
{
    m_server.reset();
}

bool KubeTlsTest::startServer(const SimTestCa::Issued &certificate, SimHttpTls::ClientCertificates clientCertificates)
{
    m_server = std::make_unique<SimHttpServer>([this](const SimHttpRequest &request) {
        m_requests.append(request);
        if (request.hasQueryItem(QStringLiteral("watch"))) {
            SimHttpResponse response = SimHttpResponse::streamed(200, "application/json");
            m_stream = response.stream;
            return response;
        }
        const QString user = request.peerCertificate.isNull()
                                 ? QString()
                                 : request.peerCertificate.subjectInfo(QSslCertificate::CommonName).value(0);
        return SimHttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("user"), user}}));
    });
    SimHttpTls tls;
    tls.certificate = certificate.certificate();
    tls.privateKey = certificate.key();
    tls.clientCaCertificates = {m_ca->caCertificate()};
    tls.clientCertificates = clientCertificates;
    return m_server->setTls(tls) && m_server->listen();
}

KubeContext KubeTlsTest::context() const
{
    KubeContext context;
    context.contextName = QStringLiteral("sim");
    context.ns = QStringLiteral("grading");
    context.server = m_server->baseUrl();
    context.caPem = m_ca->caPem();
    return context;
}

void KubeTlsTest::kubeconfigCa_verifiesTheServer()
{
    QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("https"));
    KubeClient client(context());
    const Outcome outcome = get(client);
    QVERIFY2(outcome.result.ok(), outcome.result.ok() ? "" : qPrintable(outcome.result.error().detail));
    QVERIFY(m_requests.first().secure);
    QVERIFY(!client.insecureTls());
}

void KubeTlsTest::wrongCa_isRefused()
{
    SimTestCa other;
    QVERIFY(other.isValid());
    KubeContext c = context();
    c.caPem = other.caPem();
    c.auth.token = QStringLiteral("must-not-leak");
    KubeClient client(c);
    const Outcome outcome = get(client);
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.error().kind, ServiceError::Kind::Security);
    QVERIFY(m_requests.isEmpty()); // nothing, and so no token, went over the untrusted connection
}

void KubeTlsTest::noCa_usesSystemRootsAndRefusesTestCa()
{
    KubeContext c = context();
    c.caPem.clear();
    KubeClient client(c);
    const Outcome outcome = get(client);
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.error().kind, ServiceError::Kind::Security);
}

void KubeTlsTest::insecureSkip_acceptsAnyServerAndIsFlagged()
{
    KubeContext c = context();
    c.caPem.clear();
    c.insecureSkipTlsVerify = true;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("TLS verification of .* is OFF")));
    KubeClient client(c);
    QVERIFY(client.insecureTls());
    const Outcome outcome = get(client);
    QVERIFY2(outcome.result.ok(), outcome.result.ok() ? "" : qPrintable(outcome.result.error().detail));
}

void KubeTlsTest::clientCertificate_authenticates_data()
{
    QTest::addColumn<int>("keyType");
    QTest::newRow("EC PKCS#8") << int(SimTestCa::KeyType::EcPkcs8);
    QTest::newRow("EC SEC1 (k3s)") << int(SimTestCa::KeyType::EcSec1);
    QTest::newRow("RSA PKCS#8") << int(SimTestCa::KeyType::RsaPkcs8);
    QTest::newRow("RSA PKCS#1 (kind, minikube)") << int(SimTestCa::KeyType::RsaPkcs1);
}

void KubeTlsTest::clientCertificate_authenticates()
{
    QFETCH(int, keyType);
    QVERIFY(startServer(*m_serverCert, SimHttpTls::ClientCertificates::Require));
    SimTestCa::Request request;
    request.commonName = QStringLiteral("alice");
    request.organizations = {QStringLiteral("graders")};
    request.keyType = SimTestCa::KeyType(keyType);
    const auto issued = m_ca->issue(request);
    QVERIFY2(issued.has_value(), qPrintable(m_ca->errorString()));
    KubeContext c = context();
    c.auth.clientCertPem = issued->certificatePem;
    c.auth.clientKeyPem = issued->keyPem;
    KubeClient client(c);
    const Outcome outcome = get(client);
    QVERIFY2(outcome.result.ok(), outcome.result.ok() ? "" : qPrintable(outcome.result.error().detail));
    QCOMPARE(outcome.result.value().value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
}

void KubeTlsTest::clientCertificate_fromExecPlugin()
{
    QVERIFY(startServer(*m_serverCert, SimHttpTls::ClientCertificates::Require));
    SimTestCa::Request request;
    request.commonName = QStringLiteral("bob");
    const auto issued = m_ca->issue(request);
    QVERIFY(issued.has_value());
    const QJsonObject credential{
        {QStringLiteral("apiVersion"), QStringLiteral("client.authentication.k8s.io/v1beta1")},
        {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("clientCertificateData"), QString::fromLatin1(issued->certificatePem)},
                     {QStringLiteral("clientKeyData"), QString::fromLatin1(issued->keyPem)}}}};
    writeFile(m_dir->path(), QStringLiteral("credential.json"), QJsonDocument(credential).toJson());
    const QString plugin =
        writeFile(m_dir->path(), QStringLiteral("plugin"), "#!/bin/sh\ncat \"$DIR/credential.json\"\n", true);
    KubeContext c = context();
    KubeExecConfig exec;
    exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1beta1");
    exec.command = plugin;
    c.auth.exec = exec;
    KubeClient client(c);
    const Outcome outcome = get(client);
    QVERIFY2(outcome.result.ok(), outcome.result.ok() ? "" : qPrintable(outcome.result.error().detail));
    QCOMPARE(outcome.result.value().value(QStringLiteral("user")).toString(), QStringLiteral("bob"));
}

void KubeTlsTest::tlsServerName_isTheVerifiedName()
{
    SimTestCa::Request request;
    request.commonName = QStringLiteral("api.internal");
    request.usage = SimTestCa::Usage::Server;
    request.dnsNames = {QStringLiteral("api.internal")};
    const auto named = m_ca->issue(request);
    QVERIFY(named.has_value());
    QVERIFY(startServer(*named, SimHttpTls::ClientCertificates::Ignore));

    KubeClient plain(context()); // 127.0.0.1 is not in the certificate
    const Outcome refused = get(plain);
    QVERIFY(!refused.result.ok());
    QCOMPARE(refused.result.error().kind, ServiceError::Kind::Security);

    KubeContext c = context();
    c.tlsServerName = QStringLiteral("api.internal");
    KubeClient withName(c);
    const Outcome outcome = get(withName);
    QVERIFY2(outcome.result.ok(), outcome.result.ok() ? "" : qPrintable(outcome.result.error().detail));
}

void KubeTlsTest::kubeconfigFile_endToEnd()
{
    QVERIFY(startServer(*m_serverCert, SimHttpTls::ClientCertificates::Require));
    SimTestCa::Request request;
    request.commonName = QStringLiteral("carol");
    request.keyType = SimTestCa::KeyType::RsaPkcs1;
    const auto issued = m_ca->issue(request);
    QVERIFY(issued.has_value());
    const QString file = writeFile(
        m_dir->path(), QStringLiteral("kubeconfig"),
        "apiVersion: v1\nkind: Config\ncurrent-context: sim\nclusters:\n- name: sim\n"
        "  cluster:\n    server: " +
            m_server->baseUrl().toString().toUtf8() + "\n    certificate-authority: " + m_ca->caFilePath().toUtf8() +
            "\nusers:\n- name: carol\n  user:\n"
            "    client-certificate-data: " +
            issued->certificatePem.toBase64() + "\n    client-key-data: " + issued->keyPem.toBase64() +
            "\ncontexts:\n- name: sim\n  context: {cluster: sim, user: carol, namespace: "
            "grading}\n");
    const auto loaded = KubeConfigLoader::load(file, {});
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    KubeClient client(loaded.value());
    const Outcome outcome = get(client, QStringLiteral("/api/v1/namespaces/grading/pods"));
    QVERIFY2(outcome.result.ok(), outcome.result.ok() ? "" : qPrintable(outcome.result.error().detail));
    QCOMPARE(outcome.result.value().value(QStringLiteral("user")).toString(), QStringLiteral("carol"));
}

void KubeTlsTest::watch_streamsOverTls()
{
    KubeContext c = context();
    c.auth.token = QStringLiteral("tok");
    KubeClient client(c);
    KubeWatch *watch = client.watch(QStringLiteral("/api/v1/namespaces/grading/pods"));
    QSignalSpy events(watch, &KubeWatch::event);
    QSignalSpy closed(watch, &KubeWatch::closed);
    QTRY_VERIFY(m_stream);
    QCOMPARE(m_requests.first().header("Authorization"), QByteArray("Bearer tok"));
    m_stream->write("{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"resourceVersion\":\"5\"}}}\n{\"type\":");
    QTRY_COMPARE(events.size(), 1);
    m_stream->write("\"DELETED\",\"object\":{\"metadata\":{\"resourceVersion\":\"6\"}}}\n");
    QTRY_COMPARE(events.size(), 2);
    m_stream->end();
    QTRY_COMPARE(closed.size(), 1);
}

QTEST_GUILESS_MAIN(KubeTlsTest)
#include "kubetls_test.moc"
