// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubeconfigcases.h"
#include "kubetesting.h"

#include <services/kube/kubeconfig.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests::Kube;

namespace {

const QString kubectl = QStringLiteral("/usr/lib/google-cloud-sdk/bin/kubectl.1.33");

} // namespace

/// The real kubectl as the oracle for kubeconfig merging and context selection: for every row,
/// what GradeDesk selects must equal `kubectl config view --raw --minify [--context X] -o json`
/// with the same KUBECONFIG (kubernetes.md §5).
class KubeConfigOracleTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selection_matchesKubectl_data();
    void selection_matchesKubectl();

private:
    QTemporaryDir m_dir;
};

void KubeConfigOracleTest::initTestCase()
{
    if (!QFileInfo(kubectl).isExecutable()) {
        QSKIP("kubectl 1.33 is not installed at /usr/lib/google-cloud-sdk/bin: the kubeconfig oracle is skipped");
    }
    QVERIFY(m_dir.isValid());
    const auto documents = kubeconfigDocuments();
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        QVERIFY(!writeFile(m_dir.path(), it.key(), it.value()).isEmpty());
    }
}

void KubeConfigOracleTest::selection_matchesKubectl_data()
{
    QTest::addColumn<QString>("files");
    QTest::addColumn<QString>("context");
    const QStringList lists{QStringLiteral("a.yaml:b.yaml"),
                            QStringLiteral("b.yaml:a.yaml"),
                            QStringLiteral("nocurrent.yaml:a.yaml"),
                            QStringLiteral("current-only.yaml:nocurrent.yaml"),
                            QStringLiteral(":missing.yaml::empty.yaml:b.yaml"),
                            QStringLiteral("nocurrent.yaml")};
    const QStringList contexts{QString(),
                               QStringLiteral("ctx-a"),
                               QStringLiteral("ctx-b"),
                               QStringLiteral("ctx-b2"),
                               QStringLiteral("ctx-shared"),
                               QStringLiteral("ctx-c"),
                               QStringLiteral("nope")};
    for (const QString &files : lists) {
        for (const QString &context : contexts) {
            const QString name = QStringLiteral("KUBECONFIG=%1 --context=%2").arg(files, context);
            QTest::newRow(qPrintable(name)) << files << context;
        }
    }
}

void KubeConfigOracleTest::selection_matchesKubectl()
{
    QFETCH(QString, files);
    QFETCH(QString, context);
    QStringList paths;
    for (const QString &name : files.split(QLatin1Char(':'))) {
        paths.append(name.isEmpty() ? QString() : m_dir.filePath(name));
    }
    const QString kubeconfig = paths.join(QLatin1Char(':'));

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    process.setProcessEnvironment(environment);
    QStringList arguments{QStringLiteral("config"),   QStringLiteral("view"), QStringLiteral("--raw"),
                          QStringLiteral("--minify"), QStringLiteral("-o"),   QStringLiteral("json")};
    if (!context.isEmpty()) {
        arguments << QStringLiteral("--context") << context;
    }
    process.start(kubectl, arguments);
    QVERIFY(process.waitForFinished(60000));
    const bool kubectlOk = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;

    ScopedEnv env("KUBECONFIG", kubeconfig.toUtf8());
    const auto ours = KubeConfigLoader::load({}, context);
    QVERIFY2(ours.ok() == kubectlOk, qPrintable(QStringLiteral("kubectl %1 (%2), GradeDesk %3")
                                                    .arg(kubectlOk ? QStringLiteral("ok") : QStringLiteral("failed"),
                                                         QString::fromUtf8(process.readAllStandardError()).trimmed(),
                                                         ours.ok() ? QStringLiteral("ok") : ours.error().detail)));
    if (!kubectlOk) {
        return;
    }
    const QJsonObject view = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QJsonObject selected = view.value(QStringLiteral("contexts")).toArray().at(0).toObject();
    const QJsonObject contextBody = selected.value(QStringLiteral("context")).toObject();
    const QJsonObject cluster =
        view.value(QStringLiteral("clusters")).toArray().at(0).toObject().value(QStringLiteral("cluster")).toObject();
    const QJsonObject user =
        view.value(QStringLiteral("users")).toArray().at(0).toObject().value(QStringLiteral("user")).toObject();
    const KubeContext &c = ours.value();
    QCOMPARE(c.contextName, selected.value(QStringLiteral("name")).toString());
    QCOMPARE(c.clusterName, contextBody.value(QStringLiteral("cluster")).toString());
    QCOMPARE(c.userName, contextBody.value(QStringLiteral("user")).toString());
    const QString ns = contextBody.value(QStringLiteral("namespace")).toString();
    QCOMPARE(c.ns, ns.isEmpty() ? QStringLiteral("default") : ns);
    QCOMPARE(c.server.toString(), cluster.value(QStringLiteral("server")).toString());
    QCOMPARE(c.tlsServerName, cluster.value(QStringLiteral("tls-server-name")).toString());
    QCOMPARE(c.insecureSkipTlsVerify, cluster.value(QStringLiteral("insecure-skip-tls-verify")).toBool());
    QCOMPARE(c.auth.token, user.value(QStringLiteral("token")).toString());
    QCOMPARE(c.auth.username, user.value(QStringLiteral("username")).toString());
    QCOMPARE(c.auth.impersonateUser, user.value(QStringLiteral("as")).toString());
}

QTEST_GUILESS_MAIN(KubeConfigOracleTest)
#include "kubeconfigoracle_test.moc"
