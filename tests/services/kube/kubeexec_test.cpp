// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubetesting.h"

#include <services/kube/kubeexec.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests::Kube;

namespace {

const QString v1 = QStringLiteral("client.authentication.k8s.io/v1");
const QString v1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");

KubeContext contextWithExec(const QString &command, const QString &apiVersion = v1)
{
    KubeContext context;
    context.contextName = QStringLiteral("ctx");
    context.userName = QStringLiteral("u");
    context.server = QUrl(QStringLiteral("https://127.0.0.1:6443"));
    KubeExecConfig exec;
    exec.apiVersion = apiVersion;
    exec.command = command;
    exec.interactiveMode = KubeExecConfig::InteractiveMode::Never;
    context.auth.exec = exec;
    return context;
}

Result<KubeExecCredential> runPlugin(KubeExecPlugin &plugin)
{
    QSignalSpy finished(&plugin, &KubeExecPlugin::finished);
    plugin.start();
    if (!finished.wait(120000)) {
        return ServiceError::make(ServiceError::Kind::Timeout, QStringLiteral("test: plugin never finished"));
    }
    return plugin.lastResult();
}

} // namespace

class KubeExecTest : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void execInfo_matchesClientGo_data();
    void execInfo_matchesClientGo();
    void parseOutput_checksTheCredential_data();
    void parseOutput_checksTheCredential();
    void plugin_getsEnvironmentArgsAndClosedStdin();
    void plugin_failuresAreExplained_data();
    void plugin_failuresAreExplained();
    void plugin_timeLimitStopsIt();
    void cache_lastsUntilShortlyBeforeExpiry();
    void realAwsPlugin_givesAToken_data();
    void realAwsPlugin_givesAToken();
    void realGkePlugin_givesTheAccessToken();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void KubeExecTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void KubeExecTest::execInfo_matchesClientGo_data()
{
    QTest::addColumn<bool>("provideClusterInfo");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("v1 without cluster info: only interactive=false")
        << false << v1
        << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential",)"
                      R"("spec":{"interactive":false}})");
    QTest::newRow("v1beta1 with cluster info: every set field, the exec extension as config")
        << true << v1beta1
        << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential",)"
                      R"("spec":{"cluster":{"certificate-authority-data":"UEVN","config":{"audience":"x"},)"
                      R"("proxy-url":"http://proxy:3128","server":"https://127.0.0.1:6443",)"
                      R"("tls-server-name":"api.internal"},"interactive":false}})");
}

void KubeExecTest::execInfo_matchesClientGo()
{
    QFETCH(bool, provideClusterInfo);
    QFETCH(QString, apiVersion);
    KubeContext context = contextWithExec(QStringLiteral("x"), apiVersion);
    context.caPem = "PEM";
    context.tlsServerName = QStringLiteral("api.internal");
    context.proxyUrl = QUrl(QStringLiteral("http://proxy:3128"));
    context.auth.exec->provideClusterInfo = provideClusterInfo;
    context.auth.exec->clusterConfig = QJsonObject{{QStringLiteral("audience"), QStringLiteral("x")}};
    QTEST(KubeExecPlugin::execInfo(context), "expected");
}

void KubeExecTest::parseOutput_checksTheCredential_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("detailPart");

    QTest::newRow("token with expiry")
        << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential",)"
                      R"("status":{"token":"t1","expirationTimestamp":"2026-11-22T23:36:36Z"}})")
        << true << "t1"
        << "";
    QTest::newRow("certificate and key")
        << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential",)"
                      R"("status":{"clientCertificateData":"C","clientKeyData":"K"}})")
        << true << ""
        << "";
    QTest::newRow("other apiVersion than configured (kubectl's message)")
        << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential",)"
                      R"("status":{"token":"t"}})")
        << false << ""
        << "exec plugin is configured to use API version client.authentication.k8s.io/v1, plugin returned version "
           "client.authentication.k8s.io/v1beta1";
    QTest::newRow("no status") << QByteArray(
                                      R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential"})")
                               << false << ""
                               << "didn't return a status field";
    QTest::newRow("certificate without key")
        << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential",)"
                      R"("status":{"clientCertificateData":"C"}})")
        << false << ""
        << "only certificate or key";
    QTest::newRow("empty status")
        << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{}})")
        << false << ""
        << "token or cert/key pair";
    QTest::newRow("not JSON") << QByteArray("Please log in at https://example.com/device") << false << ""
                              << "not a JSON object";
    QTest::newRow("wrong kind")
        << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"Status","status":{"token":"t"}})")
        << false << ""
        << "kind is Status";
    QTest::newRow("unreadable expiry")
        << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential",)"
                      R"("status":{"token":"t","expirationTimestamp":"tomorrow"}})")
        << false << ""
        << "bad expirationTimestamp";
}

void KubeExecTest::parseOutput_checksTheCredential()
{
    QFETCH(QByteArray, output);
    QFETCH(bool, ok);
    QFETCH(QString, detailPart);
    const auto result = KubeExecPlugin::parseOutput(output, v1);
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QTEST(result.value().token, "token");
    } else {
        QVERIFY2(result.error().detail.contains(detailPart), qPrintable(result.error().detail));
        QVERIFY(!result.error().message.isEmpty());
    }
}

void KubeExecTest::plugin_getsEnvironmentArgsAndClosedStdin()
{
    // `cat` only ends because stdin is closed; the plugin records what it got.
    writeFile(m_dir->path(), QStringLiteral("bin/plugin"),
              "#!/bin/sh\ncat > /dev/null\nprintf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$DIR/info.json\"\n"
              "printf '%s|%s|%s' \"$FOO\" \"$1\" \"$2\" > \"$DIR/args.txt\"\n"
              "echo '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":\"ExecCredential\","
              "\"status\":{\"token\":\"secret-token\",\"expirationTimestamp\":\"2099-01-01T00:00:00Z\"}}'\n",
              true);
    KubeContext context = contextWithExec(QStringLiteral("./bin/plugin"), v1beta1);
    context.auth.exec->baseDir = m_dir->path();
    context.auth.exec->args = {QStringLiteral("get-token"), QStringLiteral("two words")};
    context.auth.exec->env = {{QStringLiteral("FOO"), QStringLiteral("bar")}};
    context.auth.exec->provideClusterInfo = true;
    KubeExecPlugin plugin(context);
    const auto result = runPlugin(plugin);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result.value().token, QStringLiteral("secret-token"));
    QCOMPARE(result.value().expiry, QDateTime(QDate(2099, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QFile info(m_dir->filePath(QStringLiteral("info.json")));
    QVERIFY(info.open(QIODevice::ReadOnly));
    QCOMPARE(info.readAll(), KubeExecPlugin::execInfo(context));
    QFile args(m_dir->filePath(QStringLiteral("args.txt")));
    QVERIFY(args.open(QIODevice::ReadOnly));
    QCOMPARE(args.readAll(), QByteArray("bar|get-token|two words"));
    QCOMPARE(plugin.runCount(), 1);
    QVERIFY(plugin.cached().has_value());
}

void KubeExecTest::plugin_failuresAreExplained_data()
{
    QTest::addColumn<QByteArray>("script"); // empty: no plugin file at all
    QTest::addColumn<int>("mode");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("runs");

    const int never = int(KubeExecConfig::InteractiveMode::Never);
    QTest::newRow("missing command shows the installHint") << QByteArray() << never << ServiceError::Kind::Process
                                                           << "Install gradedesk-test-plugin from example.edu" << 0;
    QTest::newRow("exit code and stderr are shown")
        << QByteArray("#!/bin/sh\necho 'To sign in, open https://example.com/device and enter ABCD' >&2\nexit 3\n")
        << never << ServiceError::Kind::Process << "enter ABCD" << 1;
    QTest::newRow("interactiveMode Always is refused before running")
        << QByteArray("#!/bin/sh\nexit 0\n") << int(KubeExecConfig::InteractiveMode::Always)
        << ServiceError::Kind::Unsupported << "terminal" << 0;
    QTest::newRow("garbage on stdout") << QByteArray("#!/bin/sh\necho hello\n") << never << ServiceError::Kind::Parse
                                       << "ExecCredential" << 1;
}

void KubeExecTest::plugin_failuresAreExplained()
{
    QFETCH(QByteArray, script);
    QFETCH(int, mode);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(QString, messagePart);
    QFETCH(int, runs);
    QString command = QStringLiteral("gradedesk-test-plugin-that-does-not-exist");
    if (!script.isEmpty()) {
        command = writeFile(m_dir->path(), QStringLiteral("plugin"), script, true);
    }
    KubeContext context = contextWithExec(command);
    context.auth.exec->installHint = QStringLiteral("Install gradedesk-test-plugin from example.edu");
    context.auth.exec->interactiveMode = KubeExecConfig::InteractiveMode(mode);
    KubeExecPlugin plugin(context);
    const auto result = runPlugin(plugin);
    QVERIFY(!result.ok());
    QCOMPARE(kindName(result.error().kind), kindName(kind));
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    QCOMPARE(plugin.runCount(), runs);
    QVERIFY(!plugin.cached().has_value());
}

void KubeExecTest::plugin_timeLimitStopsIt()
{
    const QString command = writeFile(m_dir->path(), QStringLiteral("plugin"),
                                      "#!/bin/sh\necho 'waiting for you' >&2\nexec sleep 600\n", true);
    KubeExecPlugin plugin(contextWithExec(command));
    plugin.setTimeLimit(300);
    const auto result = runPlugin(plugin);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ServiceError::Kind::Timeout);
    QVERIFY(!plugin.isRunning());
}

void KubeExecTest::cache_lastsUntilShortlyBeforeExpiry()
{
    const QString command =
        writeFile(m_dir->path(), QStringLiteral("plugin"),
                  "#!/bin/sh\necho '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                  "\"status\":{\"token\":\"t\",\"expirationTimestamp\":\"2030-01-01T12:00:00Z\"}}'\n",
                  true);
    KubeExecPlugin plugin(contextWithExec(command));
    QDateTime now(QDate(2030, 1, 1), QTime(11, 0), QTimeZone::utc());
    plugin.setClock([&now] { return now; });
    plugin.setRefreshMargin(60);
    QVERIFY(runPlugin(plugin).ok());
    QVERIFY(plugin.cached().has_value());
    now = QDateTime(QDate(2030, 1, 1), QTime(11, 58, 59), QTimeZone::utc());
    QVERIFY(plugin.cached().has_value());
    now = QDateTime(QDate(2030, 1, 1), QTime(11, 59, 0), QTimeZone::utc());
    QVERIFY(!plugin.cached().has_value()); // refreshed a minute early
    now = QDateTime(QDate(2030, 1, 1), QTime(11, 0), QTimeZone::utc());
    QVERIFY(plugin.cached().has_value());
    plugin.invalidate(); // a 401
    QVERIFY(!plugin.cached().has_value());
}

void KubeExecTest::realAwsPlugin_givesAToken_data()
{
    QTest::addColumn<QString>("apiVersion");
    QTest::newRow("v1") << v1;
    QTest::newRow("v1beta1") << v1beta1;
}

void KubeExecTest::realAwsPlugin_givesAToken()
{
    QFETCH(QString, apiVersion);
    if (QStandardPaths::findExecutable(QStringLiteral("aws")).isEmpty()) {
        QSKIP("aws CLI not installed: the EKS exec-plugin oracle is skipped");
    }
    // What `aws eks update-kubeconfig` writes; the dummy keys let it presign offline.
    KubeContext context = contextWithExec(QStringLiteral("aws"), apiVersion);
    context.auth.exec->args = {QStringLiteral("--region"),
                               QStringLiteral("us-east-1"),
                               QStringLiteral("eks"),
                               QStringLiteral("get-token"),
                               QStringLiteral("--cluster-name"),
                               QStringLiteral("demo"),
                               QStringLiteral("--output"),
                               QStringLiteral("json")};
    context.auth.exec->env = {{QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAIOSFODNN7EXAMPLE")},
                              {QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("gradedesk-dummy-secret")},
                              {QStringLiteral("AWS_CONFIG_FILE"), m_dir->filePath(QStringLiteral("aws-config"))},
                              {QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir->filePath(QStringLiteral("c"))}};
    KubeExecPlugin plugin(context);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto result = runPlugin(plugin);
    QVERIFY2(result.ok(),
             result.ok() ? "" : qPrintable(result.error().message + QLatin1Char(' ') + result.error().detail));
    QVERIFY(result.value().token.startsWith(QLatin1String("k8s-aws-v1.")));
    QVERIFY(result.value().expiry > before);
    QVERIFY(plugin.cached().has_value());
}

void KubeExecTest::realGkePlugin_givesTheAccessToken()
{
    if (QStandardPaths::findExecutable(QStringLiteral("gke-gcloud-auth-plugin")).isEmpty()) {
        QSKIP("gke-gcloud-auth-plugin not installed: the GKE exec-plugin oracle is skipped");
    }
    const QString tokenFile = writeFile(m_dir->path(), QStringLiteral("access-token"), "ya29.gradedesk-test\n");
    QDir(m_dir->path()).mkpath(QStringLiteral("gcloud"));
    // What `gcloud container clusters get-credentials` writes (v1beta1, provideClusterInfo).
    KubeContext context = contextWithExec(QStringLiteral("gke-gcloud-auth-plugin"), v1beta1);
    context.auth.exec->provideClusterInfo = true;
    context.auth.exec->interactiveMode = KubeExecConfig::InteractiveMode::IfAvailable;
    context.auth.exec->env = {{QStringLiteral("CLOUDSDK_CONFIG"), m_dir->filePath(QStringLiteral("gcloud"))},
                              {QStringLiteral("CLOUDSDK_AUTH_ACCESS_TOKEN_FILE"), tokenFile}};
    KubeExecPlugin plugin(context);
    const auto result = runPlugin(plugin);
    QVERIFY2(result.ok(),
             result.ok() ? "" : qPrintable(result.error().message + QLatin1Char(' ') + result.error().detail));
    QCOMPARE(result.value().token, QStringLiteral("ya29.gradedesk-test"));
}

QTEST_GUILESS_MAIN(KubeExecTest)
#include "kubeexec_test.moc"
