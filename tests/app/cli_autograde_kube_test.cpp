// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// gradedesk-cli autograde --executor kubernetes end to end: the real CLI binary against the
// Kubernetes simulator running in this process (its pods run the real harness with a local Python),
// on a generated demo course of 4 students whose submissions carry a data/ subfolder. The scores must
// match a local run of a copy of the same course. Skipped where no Python with nbclient and
// ipykernel exists or the simulator cannot start (no openssl).

#include "tests/sim/kube/kubesimulator.h"

#include <services/config/courseconfig.h>
#include <services/gradebook/gradebook.h>
#include <tests/support/testsupport.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace GradeDesk::Services;
using GradeDesk::Tests::KubeSimulator;

namespace {

const QByteArray kToken = "cli-autograde-token";
const QString kNs = QStringLiteral("grading");
constexpr double kWrong = 0.125;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QString describe(const Run &run)
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(run.exitCode).arg(run.out, run.err);
}

/// A Python that can run the harness (PATH's python3 may be a bare pyenv one), or empty.
QString notebookPython()
{
    for (const QString &candidate :
         {QStringLiteral("/usr/bin/python3"), QStandardPaths::findExecutable(QStringLiteral("python3"))}) {
        if (candidate.isEmpty()) {
            continue;
        }
        QProcess check;
        check.start(candidate, {QStringLiteral("-c"), QStringLiteral("import nbformat, nbclient, ipykernel")});
        if (check.waitForFinished(60000) && check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0) {
            return candidate;
        }
    }
    return {};
}

/// (submitted notebook id, cell id) -> auto or manual score, over every submission of ps1.
using Scores = QMap<QPair<qint64, qint64>, std::optional<double>>;

} // namespace

class CliAutogradeKubeTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void kubernetes_storesSameScoresAsLocal();
    void kubernetes_oomKilledStudentFailsAndIsRetryable();

private:
    /// Starts gradedesk-cli and waits for it while this thread's event loop serves the simulator.
    /// `whileRunning` is polled until it returns true (a fault injected) or the process ends.
    Run runCli(const QStringList &arguments, const std::function<bool()> &whileRunning = {});
    /// A fresh copy of the collected demo course without its autograded/ps1 notebooks (the demo
    /// ships some), so a run has to place them; returns its course.yaml.
    QString copyCourse(const QString &name, const QString &executor);
    static std::unique_ptr<Gradebook> openGradebook(const QString &courseYaml);
    static Scores scores(Gradebook &gradebook, bool manual);

    QTemporaryDir m_dir;
    QString m_python;
    QString m_pristine; ///< The collected demo course, never graded.
    std::unique_ptr<KubeSimulator> m_sim;
    QByteArrayList m_manifests; ///< manifest.json of every input ConfigMap seen during a run.
};

Run CliAutogradeKubeTest::runCli(const QStringList &arguments, const std::function<bool()> &whileRunning)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    for (const QString &proxy : {QStringLiteral("http_proxy"), QStringLiteral("https_proxy"),
                                 QStringLiteral("HTTP_PROXY"), QStringLiteral("HTTPS_PROXY")}) {
        environment.remove(proxy);
    }
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(GRADEDESK_CLI_PATH));
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    process.closeWriteChannel(); // stdin is not a terminal: changes need --yes
    Run run;
    // QSignalSpy::wait runs this thread's event loop, so the simulator keeps answering meanwhile.
    while (whileRunning && finished.isEmpty() && !whileRunning()) {
        finished.wait(100);
    }
    if (finished.isEmpty() && !finished.wait(900000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString CliAutogradeKubeTest::copyCourse(const QString &name, const QString &executor)
{
    const QString root = m_dir.filePath(name);
    if (!GradeDesk::Tests::copyRecursively(m_pristine, root)) {
        return {};
    }
    const QDir autograded(root + QStringLiteral("/autograded"));
    for (const QString &student : autograded.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!QDir(autograded.filePath(student + QStringLiteral("/ps1"))).removeRecursively()) {
            return {};
        }
    }
    const QString yaml = root + QStringLiteral("/course.yaml");
    Result<LoadedCourseConfig> loaded = CourseConfigLoader::load(yaml);
    if (!loaded.ok()) {
        return {};
    }
    CourseConfig config = loaded.value().config;
    config.autograde.executor =
        executor == u"local" ? AutogradeConfig::Executor::Local : AutogradeConfig::Executor::Kubernetes;
    return CourseConfigLoader::save(config, yaml).ok() ? yaml : QString();
}

std::unique_ptr<Gradebook> CliAutogradeKubeTest::openGradebook(const QString &courseYaml)
{
    auto opened = Gradebook::openSqlite(QFileInfo(courseYaml).dir().filePath(QStringLiteral("gradebook.sqlite")));
    return opened.ok() ? std::move(opened).value() : nullptr;
}

Scores CliAutogradeKubeTest::scores(Gradebook &gradebook, bool manual)
{
    Scores scores;
    const qint64 assignmentId = gradebook.assignment(QStringLiteral("ps1")).value()->id;
    for (const SubmissionRecord &submission : gradebook.submissions(assignmentId).value()) {
        for (const GradeRecord &grade : gradebook.grades(submission.id).value()) {
            scores.insert({grade.submittedNotebookId, grade.cellId}, manual ? grade.manualScore : grade.autoScore);
        }
    }
    return scores;
}

void CliAutogradeKubeTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_python = notebookPython();
    if (m_python.isEmpty()) {
        QSKIP("no Python with nbformat, nbclient and ipykernel (Debian: python3-nbclient python3-ipykernel)");
    }
    m_pristine = m_dir.filePath(QStringLiteral("pristine"));
    const Run demo = runCli({QStringLiteral("demo"), m_pristine, QStringLiteral("--students"), QStringLiteral("4"),
                             QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
    const QString yaml = m_pristine + QStringLiteral("/course.yaml");
    Result<LoadedCourseConfig> loaded = CourseConfigLoader::load(yaml);
    QVERIFY(loaded.ok());
    CourseConfig config = loaded.value().config;
    config.autograde.python = m_python;
    config.autograde.cellTimeoutSeconds = 120;
    config.autograde.submissionTimeoutSeconds = 600;
    config.autograde.image = QStringLiteral("registry.example.edu/course/grader:2026");
    config.kubernetes.kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
    config.kubernetes.ns = kNs;
    QVERIFY(CourseConfigLoader::save(config, yaml).ok());
    const Run collect = runCli({QStringLiteral("--course"), yaml, QStringLiteral("collect"), QStringLiteral("ps1")});
    QVERIFY2(collect.exitCode == 0, qPrintable(describe(collect)));
    // Every submission gets a data file in a subfolder, as students hand in (issue 5: shipped to the pods).
    const QDir submitted(m_pristine + QStringLiteral("/submitted"));
    const QStringList students = submitted.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(students.size(), 4);
    for (const QString &student : students) {
        const QString folder = submitted.filePath(student + QStringLiteral("/ps1/data"));
        QVERIFY(QDir().mkpath(folder));
        QFile data(folder + QStringLiteral("/values.csv"));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("x\n1\n");
    }
}

void CliAutogradeKubeTest::init()
{
    m_manifests.clear();
    m_sim = std::make_unique<KubeSimulator>();
    if (!m_sim->start()) {
        QSKIP(qPrintable(QStringLiteral("the Kubernetes simulator does not start: ") + m_sim->errorString()));
    }
    m_sim->addToken(kToken, QStringLiteral("teacher"));
    m_sim->setPythonExecutable(m_python);
    m_sim->setMaxConcurrentPods(2);
    // Kubernetes seconds (deadlines, back-off) at a fifth: the 600 s pod deadline stays 120 s, well
    // above what a loaded 2-core machine needs to start a kernel.
    m_sim->setTimeScale(0.2);
    QFile file(m_dir.filePath(QStringLiteral("kubeconfig")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_sim->kubeconfig(kToken, kNs));
    file.close();
    connect(m_sim.get(), &KubeSimulator::requestHandled, this,
            [this](const QByteArray &verb, const QString &path, int status) {
                if (verb != "POST" || !path.endsWith(u"/configmaps") || status != 201) {
                    return;
                }
                for (const QJsonObject &map : m_sim->objects(QStringLiteral("configmaps"), kNs)) {
                    const QString manifest = map.value(u"data").toObject().value(u"manifest.json").toString();
                    if (!manifest.isEmpty() && !m_manifests.contains(manifest.toUtf8())) {
                        m_manifests.append(manifest.toUtf8());
                    }
                }
            });
}

void CliAutogradeKubeTest::cleanup()
{
    m_sim.reset();
}

void CliAutogradeKubeTest::kubernetes_storesSameScoresAsLocal()
{
    const QString local = copyCourse(QStringLiteral("local"), QStringLiteral("local"));
    const QString kube = copyCourse(QStringLiteral("kube"), QStringLiteral("kubernetes"));
    QVERIFY(!local.isEmpty() && !kube.isEmpty());

    // Wrong auto scores in both copies (the demo's collect already scored the notebooks), so both
    // runs have to write every one; and a grader's score that autograding must leave alone.
    for (const QString &yaml : {local, kube}) {
        const std::unique_ptr<Gradebook> gradebook = openGradebook(yaml);
        QVERIFY(gradebook);
        const Scores autos = scores(*gradebook, false);
        for (auto it = autos.cbegin(); it != autos.cend(); ++it) {
            if (it.value()) {
                QVERIFY(gradebook->setAutoGrade(it.key().first, it.key().second, kWrong, false, u"test"_qs).ok());
            }
        }
    }
    Scores manualBefore;
    {
        const std::unique_ptr<Gradebook> gradebook = openGradebook(kube);
        QVERIFY(gradebook);
        const qint64 assignmentId = gradebook->assignment(QStringLiteral("ps1")).value()->id;
        const QList<SubmissionRecord> submissions = gradebook->submissions(assignmentId).value();
        QCOMPARE(submissions.size(), 4);
        const GradeRecord first = gradebook->grades(submissions.front().id).value().front();
        QVERIFY(
            gradebook->setManualGrade(first.submittedNotebookId, first.cellId, 0.25, QStringLiteral("grader")).ok());
        manualBefore = scores(*gradebook, true);
    }

    const Run localRun = runCli({QStringLiteral("--course"), local, QStringLiteral("autograde"), QStringLiteral("ps1"),
                                 QStringLiteral("--executor"), QStringLiteral("local"), QStringLiteral("--yes")});
    QVERIFY2(localRun.exitCode == 0, qPrintable(describe(localRun)));
    const Run kubeRun = runCli({QStringLiteral("--course"), kube, QStringLiteral("autograde"), QStringLiteral("ps1"),
                                QStringLiteral("--executor"), QStringLiteral("kubernetes"), QStringLiteral("--yes")});
    QVERIFY2(kubeRun.exitCode == 0, qPrintable(describe(kubeRun)));
    QVERIFY2(kubeRun.out.contains(QStringLiteral("Autograded ps1 (kubernetes): 4 graded, 0 failed")),
             qPrintable(describe(kubeRun)));
    QVERIFY2(kubeRun.err.contains(QStringLiteral("[4/4]")), qPrintable(describe(kubeRun)));
    QVERIFY2(!kubeRun.out.contains(QStringLiteral("Stored 0 ")), qPrintable(describe(kubeRun)));

    // The data/ subfolder travelled to the pods under its relative path.
    QVERIFY(!m_manifests.isEmpty());
    const QJsonObject manifest = QJsonDocument::fromJson(m_manifests.constFirst()).object();
    const QJsonArray tasks = manifest.value(u"tasks").toArray();
    QCOMPARE(tasks.size(), 4);
    for (const QJsonValue &task : tasks) {
        QVERIFY2(task[u"files"].toObject().contains(u"data/values.csv"), m_manifests.constFirst().constData());
    }

    const std::unique_ptr<Gradebook> localBook = openGradebook(local);
    const std::unique_ptr<Gradebook> kubeBook = openGradebook(kube);
    QVERIFY(localBook && kubeBook);
    const Scores expected = scores(*localBook, false);
    QVERIFY(!expected.isEmpty());
    QVERIFY(!expected.values().contains(std::optional<double>(kWrong)));
    QCOMPARE(scores(*kubeBook, false), expected);
    QCOMPARE(scores(*kubeBook, true), manualBefore);
    QVERIFY(manualBefore.values().contains(std::optional<double>(0.25)));
    const qint64 assignmentId = kubeBook->assignment(QStringLiteral("ps1")).value()->id;
    for (const SubmissionRecord &submission : kubeBook->submissions(assignmentId).value()) {
        const QDir autograded(
            QFileInfo(kube).dir().filePath(QStringLiteral("autograded/%1/ps1").arg(submission.studentId)));
        QVERIFY2(!autograded.entryList({QStringLiteral("*.ipynb")}, QDir::Files).isEmpty(),
                 qPrintable(autograded.path()));
    }

    // The CLI deleted the Job; the garbage collector takes its pods and input ConfigMaps.
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->objects(QStringLiteral("jobs"), kNs).isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->objects(QStringLiteral("configmaps"), kNs).isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->objects(QStringLiteral("pods"), kNs).isEmpty(), 60000);
}

void CliAutogradeKubeTest::kubernetes_oomKilledStudentFailsAndIsRetryable()
{
    const QString kube = copyCourse(QStringLiteral("kube-oom"), QStringLiteral("kubernetes"));
    QVERIFY(!kube.isEmpty());
    QString killedStudent;
    // Kills the first pod seen running, as the OOM killer would.
    const auto oomKill = [this, &killedStudent] {
        for (const QJsonObject &pod : m_sim->objects(QStringLiteral("pods"), kNs)) {
            if (pod[u"status"][u"phase"].toString() != u"Running") {
                continue;
            }
            const QJsonObject labels = pod[u"metadata"][u"labels"].toObject();
            const int index = labels.value(u"batch.kubernetes.io/job-completion-index").toString().toInt();
            const QString job =
                labels.value(u"batch.kubernetes.io/job-name").toString(labels.value(u"job-name").toString());
            if (m_sim->oomKillIndex(kNs, job, index)) {
                const QJsonObject manifest = QJsonDocument::fromJson(m_manifests.value(0)).object();
                for (const QJsonValue &task : manifest.value(u"tasks").toArray()) {
                    if (task[u"index"].toInt() == index) {
                        killedStudent = task[u"student"].toString();
                    }
                }
                return true;
            }
        }
        return false;
    };
    const Run run = runCli({QStringLiteral("--course"), kube, QStringLiteral("autograde"), QStringLiteral("ps1"),
                            QStringLiteral("--executor"), QStringLiteral("kubernetes"), QStringLiteral("--yes")},
                           oomKill);
    QVERIFY2(!killedStudent.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("Autograded ps1 (kubernetes): 3 graded, 1 failed")),
             qPrintable(describe(run)));
    QVERIFY2(run.err.contains(killedStudent + QStringLiteral(": failed")), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("--student")), qPrintable(describe(run)));
    // The three graded students were stored; the killed one has no executed notebook.
    const QDir autograded(QFileInfo(kube).dir().filePath(QStringLiteral("autograded")));
    int placed = 0;
    for (const QString &student : autograded.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        placed += autograded.exists(student + QStringLiteral("/ps1")) ? 1 : 0;
    }
    QCOMPARE(placed, 3);
    QVERIFY(!autograded.exists(killedStudent + QStringLiteral("/ps1")));
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->objects(QStringLiteral("jobs"), kNs).isEmpty(), 60000);

    // Retryable: the same student graded alone succeeds.
    const Run retry = runCli({QStringLiteral("--course"), kube, QStringLiteral("autograde"), QStringLiteral("ps1"),
                              QStringLiteral("--executor"), QStringLiteral("kubernetes"), QStringLiteral("--student"),
                              killedStudent, QStringLiteral("--yes")});
    QVERIFY2(retry.exitCode == 0, qPrintable(describe(retry)));
    QVERIFY2(retry.out.contains(QStringLiteral("1 graded, 0 failed")), qPrintable(describe(retry)));
    QVERIFY(autograded.exists(killedStudent + QStringLiteral("/ps1")));
}

QTEST_GUILESS_MAIN(CliAutogradeKubeTest)
#include "cli_autograde_kube_test.moc"
