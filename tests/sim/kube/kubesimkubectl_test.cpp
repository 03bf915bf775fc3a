// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// The real kubectl (1.33, when installed) as the oracle of the simulator's protocol: discovery,
// HTTPS with the test CA, token auth, list, create and logs.

#include "tests/sim/kube/kubesimtestbase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GradeDesk::Tests;
using namespace Qt::StringLiterals;

namespace {

const QString Kubectl = u"/usr/lib/google-cloud-sdk/bin/kubectl.1.33"_s;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class KubeSimKubectlTest : public QObject
{
    Q_OBJECT

private:
    Run kubectl(const QStringList &arguments);

    std::unique_ptr<KubeSimulator> m_sim;
    std::unique_ptr<KubeSimClient> m_client;
    QTemporaryDir m_home;
    QString m_kubeconfig;

private Q_SLOTS:
    void initTestCase();

    void getJobs_listsTheJob();
    void getRaw_returnsPodList();
    void createFromYaml_storesTheJob();
    void logs_printsTheContainerLog();
    void clientCertificateKubeconfig_works();
};

Run KubeSimKubectlTest::kubectl(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KUBECONFIG"_s, m_kubeconfig);
    env.insert(u"HOME"_s, m_home.path());
    process.setProcessEnvironment(env);
    process.start(Kubectl, arguments + QStringList{u"--request-timeout=20s"_s});
    // kubectl runs while this thread serves it: wait without blocking the event loop.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void KubeSimKubectlTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QFileInfo(Kubectl).isExecutable()) {
        QSKIP("kubectl 1.33 is not installed here");
    }
    m_sim = std::make_unique<KubeSimulator>();
    if (!m_sim->start()) {
        QSKIP(qPrintable(u"simulator cannot start: "_s + m_sim->errorString()));
    }
    m_sim->addToken("kubectl-token", u"instructor"_s);
    m_sim->setTimeScale(0.01);
    m_client = std::make_unique<KubeSimClient>(*m_sim, "kubectl-token");
    QVERIFY(m_home.isValid());
    m_kubeconfig = m_home.filePath(u"kubeconfig"_s);
    QFile file(m_kubeconfig);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_sim->kubeconfig("kubectl-token", u"grading"_s));
}

void KubeSimKubectlTest::getJobs_listsTheJob()
{
    QCOMPARE(m_client
                 ->call("POST", u"/apis/batch/v1/namespaces/grading/jobs"_s,
                        kubeSimTestJob(u"listed"_s, {u"python3"_s, u"-c"_s, u"pass"_s}))
                 .status,
             201);
    const Run run = kubectl({u"get"_s, u"jobs"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("listed"), run.out.constData());
    const Run json = kubectl({u"get"_s, u"jobs"_s, u"-o"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonArray items = QJsonDocument::fromJson(json.out).object().value("items"_L1).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()["metadata"_L1]["name"_L1].toString(), u"listed"_s);
}

void KubeSimKubectlTest::getRaw_returnsPodList()
{
    const Run run = kubectl({u"get"_s, u"--raw"_s, u"/api/v1/namespaces/x/pods"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value("kind"_L1).toString(), u"PodList"_s);
}

void KubeSimKubectlTest::createFromYaml_storesTheJob()
{
    const QString yaml = m_home.filePath(u"job.yaml"_s);
    QFile file(yaml);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: from-yaml\nspec:\n  completionMode: Indexed\n"
               "  completions: 2\n  parallelism: 2\n  template:\n    spec:\n      restartPolicy: Never\n"
               "      containers:\n      - name: grader\n        image: registry.example.edu/grader:1\n"
               "        command: [python3, -c, \"print('hello from kubectl')\"]\n");
    file.close();
    const Run run = kubectl({u"create"_s, u"-f"_s, yaml, u"--validate=false"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(), QByteArray("job.batch/from-yaml created"));
    QVERIFY(m_sim->object(u"jobs"_s, u"grading"_s, u"from-yaml"_s));
    const Run again = kubectl({u"create"_s, u"-f"_s, yaml, u"--validate=false"_s});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains("AlreadyExists") || again.err.contains("already exists"), again.err.constData());
}

void KubeSimKubectlTest::logs_printsTheContainerLog()
{
    QCOMPARE(m_client
                 ->call("POST", u"/apis/batch/v1/namespaces/grading/jobs"_s,
                        kubeSimTestJob(u"talk"_s, {u"python3"_s, u"-c"_s, u"print('from the pod')"_s}))
                 .status,
             201);
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            for (const QJsonObject &pod : m_sim->objects(u"pods"_s, u"grading"_s)) {
                if (pod["metadata"_L1]["labels"_L1]["job-name"_L1].toString() == "talk"_L1 &&
                    pod["status"_L1]["phase"_L1].toString() == "Succeeded"_L1) {
                    return true;
                }
            }
            return false;
        }(),
        30000);
    QString pod;
    for (const QJsonObject &p : m_sim->objects(u"pods"_s, u"grading"_s)) {
        if (p["metadata"_L1]["labels"_L1]["job-name"_L1].toString() == "talk"_L1) {
            pod = p["metadata"_L1]["name"_L1].toString();
        }
    }
    const Run run = kubectl({u"logs"_s, pod});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("from the pod\n"));
}

void KubeSimKubectlTest::clientCertificateKubeconfig_works()
{
    const auto cert = m_sim->issueClientCertificate(u"cert-user"_s, {u"graders"_s}, SimTestCa::KeyType::RsaPkcs1);
    QVERIFY(cert);
    const QString path = m_home.filePath(u"cert-kubeconfig"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_sim->kubeconfig(QByteArray(), u"grading"_s, cert));
    file.close();
    const QString saved = m_kubeconfig;
    m_kubeconfig = path;
    const Run run = kubectl({u"auth"_s, u"whoami"_s, u"-o"_s, u"json"_s});
    m_kubeconfig = saved;
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object()["status"_L1]["userInfo"_L1]["username"_L1].toString(),
             u"cert-user"_s);
}

QTEST_GUILESS_MAIN(KubeSimKubectlTest)
#include "kubesimkubectl_test.moc"
