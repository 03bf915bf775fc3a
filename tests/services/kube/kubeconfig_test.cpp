// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubeconfigcases.h"
#include "kubetesting.h"

#include <services/config/courseconfig.h>
#include <services/kube/kubeclienttls.h>
#include <services/kube/kubeconfig.h>

#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests::Kube;

class KubeConfigTest : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void selection_followsKubectlMergeRules_data();
    void selection_followsKubectlMergeRules();
    void badInput_reportsKindAndPosition_data();
    void badInput_reportsKindAndPosition();
    void clientKey_acceptsEveryPemEncoding_data();
    void clientKey_acceptsEveryPemEncoding();
    void relativePaths_resolveAgainstTheDefiningFile();
    void noKubeconfigEnv_readsHomeKubeConfig();
    void nothingFound_isNotFound();
    void exec_readsEveryField();
    void courseConfig_overridesContextAndNamespace();
    void contextNames_areMergedAndSorted();
    void keychainKey_namesServerAndUser();

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QString writeDocuments();
};

void KubeConfigTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString KubeConfigTest::writeDocuments()
{
    const auto documents = kubeconfigDocuments();
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        writeFile(m_dir->path(), it.key(), it.value());
    }
    return m_dir->path();
}

void KubeConfigTest::selection_followsKubectlMergeRules_data()
{
    QTest::addColumn<QString>("kubeconfigEnv"); // names joined by ':'; empty entries kept
    QTest::addColumn<QString>("explicitFile");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("expectedContext");
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("token");

    QTest::newRow("current-context of the first file wins") << "a.yaml:b.yaml"
                                                            << ""
                                                            << ""
                                                            << "ctx-a"
                                                            << "c1"
                                                            << "u1"
                                                            << "ns-a"
                                                            << "https://a.example:6443"
                                                            << "tok-a";
    QTest::newRow("order reversed: b's current-context") << "b.yaml:a.yaml"
                                                         << ""
                                                         << ""
                                                         << "ctx-b"
                                                         << "shared"
                                                         << "shared"
                                                         << "default"
                                                         << "https://shared-b"
                                                         << "";
    QTest::newRow("entries taken whole from the first file (a's shared cluster, no tls-server-name)")
        << "a.yaml:b.yaml"
        << ""
        << "ctx-shared"
        << "ctx-shared"
        << "shared"
        << "shared"
        << "default"
        << "https://shared-a"
        << "tok-shared-a";
    QTest::newRow("b first: b's shared user and cluster") << "b.yaml:a.yaml"
                                                          << ""
                                                          << "ctx-shared"
                                                          << "ctx-shared"
                                                          << "shared"
                                                          << "shared"
                                                          << "default"
                                                          << "https://shared-b"
                                                          << "";
    QTest::newRow("same context name in both: first file's context") << "b.yaml:a.yaml"
                                                                     << ""
                                                                     << "ctx-a"
                                                                     << "ctx-a"
                                                                     << "c2"
                                                                     << "u2"
                                                                     << "overridden"
                                                                     << "https://c2.example:443"
                                                                     << "";
    QTest::newRow("context from the second file, cluster name defined in the first") << "a.yaml:b.yaml"
                                                                                     << ""
                                                                                     << "ctx-b2"
                                                                                     << "ctx-b2"
                                                                                     << "c2"
                                                                                     << "u2"
                                                                                     << "ns-b2"
                                                                                     << "https://c2.example:443"
                                                                                     << "";
    QTest::newRow("empty and missing entries are skipped") << ":missing.yaml::empty.yaml:b.yaml"
                                                           << ""
                                                           << ""
                                                           << "ctx-b"
                                                           << "shared"
                                                           << "shared"
                                                           << "default"
                                                           << "https://shared-b"
                                                           << "";
    QTest::newRow("current-context from a file without entries") << "current-only.yaml:nocurrent.yaml"
                                                                 << ""
                                                                 << ""
                                                                 << "ctx-c"
                                                                 << "c3"
                                                                 << "u3"
                                                                 << "default"
                                                                 << "https://c3.example"
                                                                 << "tok-c3";
    QTest::newRow("a file listed twice counts once") << "nocurrent.yaml:nocurrent.yaml:a.yaml"
                                                     << ""
                                                     << ""
                                                     << "ctx-a"
                                                     << "c1"
                                                     << "u1"
                                                     << "ns-a"
                                                     << "https://a.example:6443"
                                                     << "tok-a";
    QTest::newRow("explicit file: KUBECONFIG ignored, no merge") << "a.yaml:b.yaml"
                                                                 << "nocurrent.yaml"
                                                                 << "ctx-c"
                                                                 << "ctx-c"
                                                                 << "c3"
                                                                 << "u3"
                                                                 << "default"
                                                                 << "https://c3.example"
                                                                 << "tok-c3";
}

void KubeConfigTest::selection_followsKubectlMergeRules()
{
    QFETCH(QString, kubeconfigEnv);
    QFETCH(QString, explicitFile);
    QFETCH(QString, context);
    const QString dir = writeDocuments();
    QStringList entries;
    for (const QString &name : kubeconfigEnv.split(QLatin1Char(':'))) {
        entries.append(name.isEmpty() ? QString() : QDir(dir).filePath(name));
    }
    ScopedEnv env("KUBECONFIG", entries.join(QLatin1Char(':')).toUtf8());
    const auto loaded =
        KubeConfigLoader::load(explicitFile.isEmpty() ? QString() : QDir(dir).filePath(explicitFile), context);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    const KubeContext &c = loaded.value();
    QTEST(c.contextName, "expectedContext");
    QTEST(c.clusterName, "cluster");
    QTEST(c.userName, "user");
    QTEST(c.ns, "ns");
    QTEST(c.server.toString(), "server");
    QTEST(c.auth.token, "token");
}

void KubeConfigTest::badInput_reportsKindAndPosition_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("context");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<QString>("where"); // ":line:column" the message must start with after the file name

    const QByteArray head = "clusters:\n- name: c\n  cluster: {server: https://x}\ncontexts:\n"
                            "- name: ctx\n  context: {cluster: c, user: u}\ncurrent-context: ctx\nusers:\n- name: u\n";
    QTest::newRow("broken YAML") << QByteArray("clusters: [\n  {name: c\n") << "" << ServiceError::Kind::Parse
                                 << ":3:1";
    QTest::newRow("top level is a list") << QByteArray("- a\n- b\n") << "" << ServiceError::Kind::Validation << ":1:1";
    QTest::newRow("clusters is a mapping")
        << QByteArray("clusters: {a: b}\n") << "" << ServiceError::Kind::Validation << ":1:11";
    QTest::newRow("duplicate cluster name (kubectl refuses it)")
        << QByteArray("clusters:\n- name: c\n  cluster: {server: https://a}\n- name: c\n  cluster: {server: "
                      "https://b}\n")
        << "" << ServiceError::Kind::Validation << ":4:3";
    QTest::newRow("unknown context") << head + "  user: {token: t}\n"
                                     << "nope" << ServiceError::Kind::NotFound << "";
    QTest::newRow("no current context") << QByteArray("clusters: []\n") << "" << ServiceError::Kind::Validation << "";
    QTest::newRow("server missing")
        << QByteArray("clusters:\n- name: c\n  cluster: {insecure-skip-tls-verify: true}\ncontexts:\n- name: x\n"
                      "  context: {cluster: c}\ncurrent-context: x\n")
        << "" << ServiceError::Kind::Validation << ":3:12";
    QTest::newRow("context names an undefined cluster")
        << QByteArray("contexts:\n- name: x\n  context: {cluster: gone}\ncurrent-context: x\n") << ""
        << ServiceError::Kind::Validation << ":3:12";
    QTest::newRow("auth-provider is unsupported") << head + "  user:\n    auth-provider: {name: gcp}\n"
                                                  << "" << ServiceError::Kind::Unsupported << ":11:20";
    QTest::newRow("token is a list") << head + "  user: {token: [a]}\n"
                                     << "" << ServiceError::Kind::Validation << ":10:17";
    QTest::newRow("insecure flag not a boolean")
        << QByteArray("clusters:\n- name: c\n  cluster: {server: https://x, insecure-skip-tls-verify: maybe}\n"
                      "contexts:\n- name: x\n  context: {cluster: c}\ncurrent-context: x\n")
        << "" << ServiceError::Kind::Validation << ":3:58";
    QTest::newRow("bad base64 CA data")
        << QByteArray("clusters:\n- name: c\n  cluster: {server: https://x, certificate-authority-data: '!!notb64'}\n"
                      "contexts:\n- name: x\n  context: {cluster: c}\ncurrent-context: x\n")
        << "" << ServiceError::Kind::Validation << ":3:60";
    QTest::newRow("CA data that is not PEM")
        << QByteArray("clusters:\n- name: c\n  cluster: {server: https://x, certificate-authority-data: aGVsbG8=}\n"
                      "contexts:\n- name: x\n  context: {cluster: c}\ncurrent-context: x\n")
        << "" << ServiceError::Kind::Validation << ":3:12";
    QTest::newRow("CA file missing")
        << QByteArray("clusters:\n- name: c\n  cluster: {server: https://x, certificate-authority: nope/ca.crt}\n"
                      "contexts:\n- name: x\n  context: {cluster: c}\ncurrent-context: x\n")
        << "" << ServiceError::Kind::Io << ":3:55";
    QTest::newRow("server is not http(s)") << QByteArray("clusters:\n- name: c\n  cluster: {server: 'ftp://x'}\n"
                                                         "contexts:\n- name: x\n  context: {cluster: c}\n"
                                                         "current-context: x\n")
                                           << "" << ServiceError::Kind::Validation << ":3:21";
    QTest::newRow("token and basic auth together") << head + "  user: {token: t, username: a, password: b}\n"
                                                   << "" << ServiceError::Kind::Validation << ":10:9";
    QTest::newRow("certificate without key") << head + "  user: {client-certificate-data: aGVsbG8=}\n"
                                             << "" << ServiceError::Kind::Validation << ":10:9";
    QTest::newRow("exec v1alpha1 is unsupported")
        << head + "  user:\n    exec: {apiVersion: client.authentication.k8s.io/v1alpha1, command: x}\n"
        << "" << ServiceError::Kind::Unsupported << ":11:24";
    QTest::newRow("exec v1 without interactiveMode")
        << head + "  user:\n    exec: {apiVersion: client.authentication.k8s.io/v1, command: x}\n"
        << "" << ServiceError::Kind::Validation << ":11:11";
    QTest::newRow("exec without command")
        << head + "  user:\n    exec: {apiVersion: client.authentication.k8s.io/v1beta1}\n"
        << "" << ServiceError::Kind::Validation << ":11:11";
    QTest::newRow("exec interactiveMode unknown")
        << head + "  user:\n    exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: x, "
                  "interactiveMode: Sometimes}\n"
        << "" << ServiceError::Kind::Validation << ":11:91";
    QTest::newRow("token file missing") << head + "  user: {tokenFile: no-such-token}\n"
                                        << "" << ServiceError::Kind::Io << ":10:21";
    QTest::newRow("not UTF-8") << QByteArray("clusters: []\ncurrent-context: \xff\xfe\n") << ""
                               << ServiceError::Kind::Parse << ":2:1";
}

void KubeConfigTest::badInput_reportsKindAndPosition()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, context);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(QString, where);
    const QString file = writeFile(m_dir->path(), QStringLiteral("config"), document);
    const auto loaded = KubeConfigLoader::load(file, context);
    QVERIFY(!loaded.ok());
    QCOMPARE(kindName(loaded.error().kind), kindName(kind));
    QVERIFY(!loaded.error().message.isEmpty());
    if (!where.isEmpty()) {
        QVERIFY2(loaded.error().message.startsWith(file + where), qPrintable(loaded.error().message));
    }
}

void KubeConfigTest::clientKey_acceptsEveryPemEncoding_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("embedded");
    QTest::newRow("RSA PKCS#1 (kind, minikube), inline data") << "rsa-pkcs1" << true;
    QTest::newRow("EC SEC1 (k3s), inline data") << "ec-sec1" << true;
    QTest::newRow("RSA PKCS#8, inline data") << "rsa-pkcs8" << true;
    QTest::newRow("EC PKCS#8, files") << "ec-pkcs8" << false;
    QTest::newRow("RSA PKCS#1, files") << "rsa-pkcs1" << false;
}

void KubeConfigTest::clientKey_acceptsEveryPemEncoding()
{
    QFETCH(QString, format);
    QFETCH(bool, embedded);
    const CertAndKey pair = makeCertificate(m_dir->path(), format, QStringLiteral("alice"));
    if (pair.certPem.isEmpty()) {
        QSKIP("the openssl CLI is not available to make test keys");
    }
    QByteArray user;
    if (embedded) {
        user = "  user: {client-certificate-data: " + pair.certPem.toBase64() +
               ", client-key-data: " + pair.keyPem.toBase64() + "}\n";
    } else {
        writeFile(m_dir->path(), QStringLiteral("pki/client.crt"), pair.certPem);
        writeFile(m_dir->path(), QStringLiteral("pki/client.key"), pair.keyPem);
        user = "  user: {client-certificate: pki/client.crt, client-key: pki/client.key}\n";
    }
    const QString file = writeFile(m_dir->path(), QStringLiteral("config"),
                                   "clusters:\n- name: c\n  cluster: {server: https://127.0.0.1:6443}\n"
                                   "contexts:\n- name: x\n  context: {cluster: c, user: u}\ncurrent-context: x\n"
                                   "users:\n- name: u\n" +
                                       user);
    const auto loaded = KubeConfigLoader::load(file, {});
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded.value().auth.clientCertPem, pair.certPem);
    QCOMPARE(loaded.value().auth.clientKeyPem, pair.keyPem);
    const QSslKey key = KubeTls::privateKey(pair.keyPem);
    QVERIFY(!key.isNull());
    QCOMPARE(key.algorithm(), format.startsWith(QLatin1String("rsa")) ? QSsl::Rsa : QSsl::Ec);

    // A key that does not parse is refused at load time, not at the first request.
    const QString broken =
        writeFile(m_dir->path(), QStringLiteral("broken"),
                  "clusters:\n- name: c\n  cluster: {server: https://127.0.0.1:6443}\n"
                  "contexts:\n- name: x\n  context: {cluster: c, user: u}\ncurrent-context: x\n"
                  "users:\n- name: u\n  user: {client-certificate-data: " +
                      pair.certPem.toBase64() + ", client-key-data: " +
                      QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n").toBase64() + "}\n");
    const auto refused = KubeConfigLoader::load(broken, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ServiceError::Kind::Validation);
}

void KubeConfigTest::relativePaths_resolveAgainstTheDefiningFile()
{
    const CertAndKey ca = makeCertificate(m_dir->path(), QStringLiteral("ec-sec1"), QStringLiteral("ca"));
    if (ca.certPem.isEmpty()) {
        QSKIP("the openssl CLI is not available to make a test CA");
    }
    writeFile(m_dir->path(), QStringLiteral("sub/certs/ca.crt"), ca.certPem);
    writeFile(m_dir->path(), QStringLiteral("sub/token"), "tok-from-file\n");
    const QString second = writeFile(m_dir->path(), QStringLiteral("sub/second.yaml"),
                                     "clusters:\n- name: c\n  cluster: {server: https://x, certificate-authority: "
                                     "certs/ca.crt}\nusers:\n- name: u\n  user:\n    tokenFile: token\n"
                                     "    token: inline-loses\n    exec: {apiVersion: "
                                     "client.authentication.k8s.io/v1beta1, command: ./bin/plugin}\n");
    const QString first = writeFile(m_dir->path(), QStringLiteral("first.yaml"),
                                    "contexts:\n- name: x\n  context: {cluster: c, user: u}\ncurrent-context: x\n");
    ScopedEnv env("KUBECONFIG", (first + QLatin1Char(':') + second).toUtf8());
    const auto loaded = KubeConfigLoader::load({}, {});
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded.value().caPem, ca.certPem);
    QCOMPARE(loaded.value().auth.tokenFile, m_dir->filePath(QStringLiteral("sub/token")));
    QCOMPARE(loaded.value().auth.token, QStringLiteral("tok-from-file"));
    QVERIFY(loaded.value().auth.exec.has_value());
    QCOMPARE(loaded.value().auth.exec->baseDir, m_dir->filePath(QStringLiteral("sub")));
    QCOMPARE(loaded.value().sourceFile, first);
}

void KubeConfigTest::noKubeconfigEnv_readsHomeKubeConfig()
{
    writeFile(m_dir->path(), QStringLiteral(".kube/config"), kubeconfigDocuments().value(QStringLiteral("a.yaml")));
    ScopedEnv home("HOME", m_dir->path().toUtf8());
    ScopedEnv kubeconfig("KUBECONFIG", {}, false);
    QCOMPARE(KubeConfigLoader::files({}), QStringList{m_dir->filePath(QStringLiteral(".kube/config"))});
    const auto loaded = KubeConfigLoader::load({}, {});
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().contextName, QStringLiteral("ctx-a"));
    QVERIFY(loaded.value().insecureSkipTlsVerify);
}

void KubeConfigTest::nothingFound_isNotFound()
{
    ScopedEnv home("HOME", m_dir->path().toUtf8());
    ScopedEnv kubeconfig("KUBECONFIG", m_dir->filePath(QStringLiteral("missing")).toUtf8());
    const auto loaded = KubeConfigLoader::load({}, {});
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ServiceError::Kind::NotFound);
    const auto explicitMissing = KubeConfigLoader::load(m_dir->filePath(QStringLiteral("missing")), {});
    QVERIFY(!explicitMissing.ok());
    QCOMPARE(explicitMissing.error().kind, ServiceError::Kind::Io);
}

void KubeConfigTest::exec_readsEveryField()
{
    const QString file = writeFile(m_dir->path(), QStringLiteral("config"),
                                   "clusters:\n"
                                   "- name: c\n"
                                   "  cluster:\n"
                                   "    server: https://x:6443\n"
                                   "    tls-server-name: api.internal\n"
                                   "    proxy-url: socks5://127.0.0.1:1080\n"
                                   "    extensions:\n"
                                   "    - name: client.authentication.k8s.io/exec\n"
                                   "      extension: {audience: grading, retries: 2}\n"
                                   "    - name: other\n"
                                   "      extension: {ignored: true}\n"
                                   "contexts:\n"
                                   "- name: x\n"
                                   "  context: {cluster: c, user: u}\n"
                                   "current-context: x\n"
                                   "users:\n"
                                   "- name: u\n"
                                   "  user:\n"
                                   "    as: alice\n"
                                   "    as-uid: \"1234\"\n"
                                   "    as-groups: [staff, graders]\n"
                                   "    as-user-extra: {scopes: [view, edit], reason: grading}\n"
                                   "    exec:\n"
                                   "      apiVersion: client.authentication.k8s.io/v1\n"
                                   "      command: gke-gcloud-auth-plugin\n"
                                   "      args: [--flag, \"two words\"]\n"
                                   "      env: [{name: FOO, value: bar}, {name: EMPTY, value: \"\"}]\n"
                                   "      installHint: install it\n"
                                   "      provideClusterInfo: true\n"
                                   "      interactiveMode: Never\n");
    const auto loaded = KubeConfigLoader::load(file, {});
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    const KubeContext &c = loaded.value();
    QCOMPARE(c.tlsServerName, QStringLiteral("api.internal"));
    QCOMPARE(c.proxyUrl.toString(), QStringLiteral("socks5://127.0.0.1:1080"));
    QCOMPARE(c.auth.impersonateUser, QStringLiteral("alice"));
    QCOMPARE(c.auth.impersonateUid, QStringLiteral("1234"));
    QCOMPARE(c.auth.impersonateGroups, (QStringList{QStringLiteral("staff"), QStringLiteral("graders")}));
    QCOMPARE(c.auth.impersonateExtra.value(QStringLiteral("scopes")),
             (QStringList{QStringLiteral("view"), QStringLiteral("edit")}));
    QCOMPARE(c.auth.impersonateExtra.value(QStringLiteral("reason")), QStringList{QStringLiteral("grading")});
    QVERIFY(c.auth.exec.has_value());
    const KubeExecConfig &exec = *c.auth.exec;
    QCOMPARE(exec.command, QStringLiteral("gke-gcloud-auth-plugin"));
    QCOMPARE(exec.args, (QStringList{QStringLiteral("--flag"), QStringLiteral("two words")}));
    QCOMPARE(exec.env.size(), 2);
    QCOMPARE(exec.env.at(1).first, QStringLiteral("EMPTY"));
    QCOMPARE(exec.installHint, QStringLiteral("install it"));
    QVERIFY(exec.provideClusterInfo);
    QCOMPARE(exec.interactiveMode, KubeExecConfig::InteractiveMode::Never);
    QCOMPARE(exec.clusterConfig.value(QStringLiteral("audience")).toString(), QStringLiteral("grading"));
    QCOMPARE(exec.clusterConfig.value(QStringLiteral("retries")).toInt(), 2);
}

void KubeConfigTest::courseConfig_overridesContextAndNamespace()
{
    const QString dir = writeDocuments();
    KubernetesConfig config;
    config.kubeconfig = QDir(dir).filePath(QStringLiteral("b.yaml"));
    config.context = QStringLiteral("ctx-b2");
    config.ns = QStringLiteral("grading");
    const auto loaded = KubeConfigLoader::load(config);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().contextName, QStringLiteral("ctx-b2"));
    QCOMPARE(loaded.value().ns, QStringLiteral("grading"));
    QCOMPARE(loaded.value().auth.username, QStringLiteral("admin"));
    QCOMPARE(loaded.value().auth.password, QStringLiteral("pw-b"));
}

void KubeConfigTest::contextNames_areMergedAndSorted()
{
    const QString dir = writeDocuments();
    ScopedEnv env("KUBECONFIG", (QDir(dir).filePath(QStringLiteral("b.yaml")) + QLatin1Char(':') +
                                 QDir(dir).filePath(QStringLiteral("a.yaml")))
                                    .toUtf8());
    const auto names = KubeConfigLoader::contextNames({});
    QVERIFY(names.ok());
    QCOMPARE(names.value(), (QStringList{QStringLiteral("ctx-a"), QStringLiteral("ctx-b"), QStringLiteral("ctx-b2"),
                                         QStringLiteral("ctx-shared")}));
}

void KubeConfigTest::keychainKey_namesServerAndUser()
{
    KubeContext context;
    context.server = QUrl(QStringLiteral("https://api.example.edu:6443"));
    context.userName = QStringLiteral("teacher");
    QCOMPARE(context.keychainKey(), QStringLiteral("kube:api.example.edu:teacher"));
}

QTEST_GUILESS_MAIN(KubeConfigTest)
#include "kubeconfig_test.moc"
