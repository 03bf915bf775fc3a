// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// gradedesk-cli exchange ... end to end: the real CLI binary against an ngshare simulator running in
// this process, on the demo course: create the course, enrol the roster, release (generated from
// source/), students submit, collect (with the demo's autograded results), feedback. A second chain
// lets the students fetch and submit over the simulator's API as nbgrader's ngshare exchange does,
// and autogrades with real Jupyter kernels between collect and feedback.

#include <services/config/courseconfig.h>
#include <services/core/timestamp.h>
#include <services/gradebook/gradebook.h>
#include <tests/app/clitesting.h>
#include <tests/sim/ngshare/ngsharesimulator.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <memory>
#include <utility>

using namespace GradeDesk;
using GradeDesk::Tests::NgshareSimulator;

namespace {

const QString InstructorToken = QStringLiteral("cli-instructor-token-8e2f61");
const QString AdminToken = QStringLiteral("cli-admin-token-40aa7c");
const QString Course = QStringLiteral("demo101");
const QString Ps1 = QStringLiteral("ps1");

using Run = GradeDesk::Tests::CliRun;

Run runCli(const QStringList &arguments, const QString &token = InstructorToken)
{
    QHash<QString, QString> set{{QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("gradedesk.*=true")}};
    if (!token.isEmpty()) {
        set.insert(QStringLiteral("GRADEDESK_NGSHARE_TOKEN"), token);
    }
    return GradeDesk::Tests::runCliAsync(
        arguments, GradeDesk::Tests::cliEnvironment(set, {QStringLiteral("GRADEDESK_NGSHARE_TOKEN")}), 240000);
}

QString describe(const Run &run)
{
    return GradeDesk::Tests::describeCliRun(run);
}

QList<NgshareSimulator::File> readSubmission(const QString &folder)
{
    QList<NgshareSimulator::File> files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(folder).relativeFilePath(path);
        QFile file(path);
        if (relative != QLatin1String("timestamp.txt") && file.open(QIODevice::ReadOnly)) {
            files.append({relative, file.readAll()});
        }
    }
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) { return a.path < b.path; });
    return files;
}

/// /usr/bin/python3 when it can run notebooks (nbclient, ipykernel); empty otherwise. PATH's python3
/// may be a bare pyenv one.
QString kernelPython()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import nbformat, nbclient, ipykernel")});
    if (probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0) {
        return python;
    }
    return {};
}

/// An encoded tree (spec §5.1) as the `files` form value.
QString encodeFiles(const QList<NgshareSimulator::File> &files)
{
    QJsonArray array;
    for (const NgshareSimulator::File &file : files) {
        array.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("content"), QString::fromLatin1(file.content.toBase64())}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// A downloaded tree, sorted by path.
QList<NgshareSimulator::File> decodeFiles(const QJsonValue &files)
{
    QList<NgshareSimulator::File> decoded;
    for (const QJsonValue &entry : files.toArray()) {
        decoded.append({entry[QLatin1String("path")].toString(),
                        QByteArray::fromBase64(entry[QLatin1String("content")].toString().toLatin1())});
    }
    std::sort(decoded.begin(), decoded.end(), [](const auto &a, const auto &b) { return a.path < b.path; });
    return decoded;
}

} // namespace

class CliExchangeTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void usage_exitCodes_data();
    void usage_exitCodes();
    void localCourse_saysItIsNotNgshare();
    void badToken_toldApartAndNeverPrinted();
    void demoCourse_releaseCollectFeedback_endToEnd();
    void demoCourse_studentsFetchSubmit_autogradeWithKernels_feedbackShowsScore();
    void collect_killedMidway_resumesWhereItStopped();

private:
    QString course() const { return m_dir->filePath(QStringLiteral("demo/course.yaml")); }

    QStringList exchange(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--course"), course(), QStringLiteral("exchange")} + args;
    }

    /// Points course.yaml at the simulator.
    void useNgshare();
    /// Every submission of `work/submitted/<student>/ps1` sent to the simulator with its recorded time.
    int submitStudentWork();
    /// Sets course.yaml's autograde interpreter.
    void useAutogradePython(const QString &python);
    /// One call to the simulator's ngshare API as a student's nbgrader makes it (form arguments,
    /// `Authorization: token`); the JSON reply, empty on failure.
    QJsonObject studentCall(const QByteArray &verb, const QString &path, const QString &token,
                            const QList<std::pair<QString, QString>> &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NgshareSimulator> m_sim;
    QNetworkAccessManager m_network;
};

void CliExchangeTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The chain with real kernels gets a small course, to keep the kernels' work short.
    const bool withKernels = QByteArray(QTest::currentTestFunction()).contains("Kernels");
    const Run run = runCli({QStringLiteral("demo"), m_dir->filePath(QStringLiteral("demo")),
                            QStringLiteral("--students"), withKernels ? QStringLiteral("3") : QStringLiteral("6"),
                            QStringLiteral("--seed"), QStringLiteral("11")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    m_sim = std::make_unique<NgshareSimulator>();
    QVERIFY(m_sim->start());
    m_sim->addToken(InstructorToken, QStringLiteral("instructor"));
    m_sim->addToken(AdminToken, QStringLiteral("root"), true);
}

void CliExchangeTest::cleanup()
{
    m_sim.reset();
    m_dir.reset();
}

void CliExchangeTest::useNgshare()
{
    QFile file(course());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString yaml = QString::fromUtf8(file.readAll());
    file.close();
    const QString local = QStringLiteral("exchange:\n  type: local\n  directory: .\n");
    QVERIFY2(yaml.contains(local), qPrintable(yaml));
    yaml.replace(local, QStringLiteral("exchange:\n  type: ngshare\n  url: %1\n  prefix: /services/ngshare\n  "
                                       "directory: .\n")
                            .arg(m_sim->serverUrl().toString()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(yaml.toUtf8());
}

int CliExchangeTest::submitStudentWork()
{
    const QDir work(m_dir->filePath(QStringLiteral("work/submitted")));
    int count = 0;
    for (const QString &student : work.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString folder = work.filePath(student + QStringLiteral("/ps1"));
        if (!QFileInfo::exists(folder)) {
            continue;
        }
        QFile stamp(folder + QStringLiteral("/timestamp.txt"));
        if (!stamp.open(QIODevice::ReadOnly)) {
            continue;
        }
        const auto time = Services::Timestamp::parse(QString::fromUtf8(stamp.readAll()).trimmed());
        if (!time) {
            continue;
        }
        m_sim->addSubmission(Course, Ps1, student, readSubmission(folder), time->toDateTime());
        ++count;
    }
    return count;
}

void CliExchangeTest::usage_exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no command") << QStringList{} << 2;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("bogus")} << 2;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
    QTest::newRow("release without assignment") << QStringList{QStringLiteral("release")} << 2;
    QTest::newRow("collect with a bad concurrency")
        << QStringList{QStringLiteral("collect"), Ps1, QStringLiteral("--concurrency"), QStringLiteral("0")} << 2;
    QTest::newRow("dry run without add") << QStringList{QStringLiteral("students"), QStringLiteral("--dry-run")} << 2;
}

void CliExchangeTest::usage_exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    useNgshare();
    const Run run = runCli(exchange(args));
    QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
}

void CliExchangeTest::localCourse_saysItIsNotNgshare()
{
    const Run run = runCli(exchange({QStringLiteral("test")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("type: ngshare")), qPrintable(describe(run)));
}

void CliExchangeTest::badToken_toldApartAndNeverPrinted()
{
    useNgshare();
    m_sim->addCourse(Course, {QStringLiteral("instructor")});
    const QString wrong = QStringLiteral("wrong-token-3c9d0e11");
    Run run = runCli(exchange({QStringLiteral("test")}), wrong);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("token")), qPrintable(describe(run)));
    QVERIFY(!run.out.contains(wrong) && !run.err.contains(wrong));

    // The token file path works as well, and its content never shows either.
    QFile tokenFile(m_dir->filePath(QStringLiteral("token")));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write(InstructorToken.toUtf8() + '\n');
    tokenFile.close();
    run = runCli(exchange({QStringLiteral("test"), QStringLiteral("--token-file"), tokenFile.fileName()}), QString());
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(!run.out.contains(InstructorToken) && !run.err.contains(InstructorToken));
}

void CliExchangeTest::demoCourse_releaseCollectFeedback_endToEnd()
{
    // The students' work goes to the server through the simulator, not the course folder; release/ps1
    // is generated again from source/ps1 by the release command.
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("work"))));
    QVERIFY(QDir().rename(m_dir->filePath(QStringLiteral("demo/submitted")),
                          m_dir->filePath(QStringLiteral("work/submitted"))));
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("demo/release/ps1"))).removeRecursively());
    useNgshare();
    QStringList printed;

    Run run = runCli(exchange({QStringLiteral("test")}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("courses --create")), qPrintable(describe(run)));

    run = runCli(exchange({QStringLiteral("courses"), QStringLiteral("--create")}), AdminToken);
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(m_sim->courses(), QStringList{Course});

    run = runCli(exchange({QStringLiteral("test")}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("instructor")), qPrintable(describe(run)));

    run = runCli(
        exchange({QStringLiteral("students"), QStringLiteral("--add-from-gradebook"), QStringLiteral("--dry-run")}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("6 to add")), qPrintable(describe(run)));
    QVERIFY(m_sim->students(Course).isEmpty());
    run = runCli(exchange({QStringLiteral("students"), QStringLiteral("--add-from-gradebook")}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(m_sim->students(Course).size(), 6);
    QVERIFY(m_sim->students(Course).constFirst().lastName.has_value());

    run = runCli(exchange({QStringLiteral("release"), Ps1}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("Generated")), qPrintable(describe(run)));
    const auto released = m_sim->assignmentFiles(Course, Ps1);
    QVERIFY(released && released->size() == 1 && released->constFirst().path == QLatin1String("weather.ipynb"));
    QVERIFY2(!released->constFirst().content.contains("BEGIN SOLUTION"), "the student version has no solutions");

    run = runCli(exchange({QStringLiteral("release"), Ps1}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("--replace")), qPrintable(describe(run)));

    const int submitted = submitStudentWork();
    QVERIFY(submitted >= 3);
    run = runCli(exchange({QStringLiteral("release"), Ps1, QStringLiteral("--replace")}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("delete")), qPrintable(describe(run)));
    QCOMPARE(m_sim->submissions(Course, Ps1).size(), submitted);

    run = runCli(exchange({QStringLiteral("collect"), Ps1}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("%1 downloaded, 0 already here; %1 added").arg(submitted)),
             qPrintable(describe(run)));
    QVERIFY2(!run.out.contains(QStringLiteral("; 0 autograded notebooks scored")), qPrintable(describe(run)));
    run = runCli(exchange({QStringLiteral("collect"), Ps1}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("0 downloaded, %1 already here").arg(submitted)),
             qPrintable(describe(run)));

    run = runCli(exchange({QStringLiteral("feedback"), Ps1}));
    printed << run.out << run.err;
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    int withFeedback = 0;
    for (const NgshareSimulator::Submission &submission : m_sim->submissions(Course, Ps1)) {
        QVERIFY2(submission.feedback.size() == 1, qPrintable(submission.studentId));
        QCOMPARE(submission.feedback.constFirst().path, QStringLiteral("weather.html"));
        QVERIFY(!submission.feedback.constFirst().content.contains("<script"));
        ++withFeedback;
    }
    QCOMPARE(withFeedback, submitted);

    for (const QString &text : std::as_const(printed)) {
        QVERIFY2(!text.contains(InstructorToken) && !text.contains(AdminToken), qPrintable(text));
    }
}

void CliExchangeTest::useAutogradePython(const QString &python)
{
    Services::Result<Services::LoadedCourseConfig> loaded = Services::CourseConfigLoader::load(course());
    QVERIFY(loaded.ok());
    Services::CourseConfig config = loaded.value().config;
    config.autograde.python = python;
    config.autograde.cellTimeoutSeconds = 120;
    QVERIFY(Services::CourseConfigLoader::save(config, course()).ok());
}

QJsonObject CliExchangeTest::studentCall(const QByteArray &verb, const QString &path, const QString &token,
                                         const QList<std::pair<QString, QString>> &arguments)
{
    QByteArray form;
    for (const auto &[name, value] : arguments) {
        form += (form.isEmpty() ? QByteArray() : QByteArray("&")) + QUrl::toPercentEncoding(name) + '=' +
                QUrl::toPercentEncoding(value); // '+' in base64 must not become a space
    }
    QUrl url = m_sim->serverUrl();
    url.setPath(QStringLiteral("/services/ngshare/") + path);
    if (verb == "GET") {
        url.setQuery(QString::fromLatin1(form));
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "token " + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply *reply = verb == "GET" ? m_network.get(request) : m_network.post(request, form);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool done = reply->isFinished() || finished.wait(60000);
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (!done || status != 200 || !json.value(QLatin1String("success")).toBool()) {
        qWarning().noquote() << verb << path << status << QString::fromUtf8(body.left(300));
        return {};
    }
    return json;
}

void CliExchangeTest::demoCourse_studentsFetchSubmit_autogradeWithKernels_feedbackShowsScore()
{
    const QString python = kernelPython();
    if (python.isEmpty()) {
        QSKIP("/usr/bin/python3 cannot run notebooks: it lacks nbclient, nbformat or ipykernel (Debian: "
              "python3-nbclient python3-ipykernel)");
    }
    // The students' own work goes to the server through the API below; nothing of the demo's release,
    // submissions or autograded results stays in the course folder.
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("work"))));
    QVERIFY(QDir().rename(m_dir->filePath(QStringLiteral("demo/submitted")),
                          m_dir->filePath(QStringLiteral("work/submitted"))));
    for (const QString &folder :
         {QStringLiteral("demo/release/ps1"), QStringLiteral("demo/autograded"), QStringLiteral("demo/feedback")}) {
        QDir(m_dir->filePath(folder)).removeRecursively();
    }
    useNgshare();
    useAutogradePython(python);

    // The instructor side: course, roster, release (generated from source/ps1).
    Run run = runCli(exchange({QStringLiteral("courses"), QStringLiteral("--create")}), AdminToken);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    run = runCli(exchange({QStringLiteral("students"), QStringLiteral("--add-from-gradebook")}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    run = runCli(exchange({QStringLiteral("release"), Ps1}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QList<NgshareSimulator::File> generated = readSubmission(m_dir->filePath(QStringLiteral("demo/release/ps1")));
    QVERIFY(!generated.isEmpty());

    // The students: fetch the release (exactly the generated student version), submit their work.
    const QDir work(m_dir->filePath(QStringLiteral("work/submitted")));
    QMap<QString, QString> timestamps; // student -> the server's timestamp of their latest submission
    QMap<QString, QString> tokens;
    for (const QString &student : work.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QList<NgshareSimulator::File> files = readSubmission(work.filePath(student + QStringLiteral("/ps1")));
        if (files.isEmpty()) {
            continue;
        }
        const QString token = QStringLiteral("student-token-") + student;
        m_sim->addToken(token, student);
        tokens.insert(student, token);
        const QJsonObject fetched = studentCall("GET", QStringLiteral("assignment/%1/%2").arg(Course, Ps1), token, {});
        const QList<NgshareSimulator::File> release = decodeFiles(fetched.value(QLatin1String("files")));
        QCOMPARE(release.size(), generated.size());
        for (qsizetype i = 0; i < release.size(); ++i) {
            QCOMPARE(release.at(i).path, generated.at(i).path);
            QVERIFY2(release.at(i).content == generated.at(i).content, qPrintable(release.at(i).path));
        }
        // The first student submits twice: only the latest counts, and only it gets feedback.
        const int attempts = timestamps.isEmpty() ? 2 : 1;
        for (int attempt = 0; attempt < attempts; ++attempt) {
            const QJsonObject submitted = studentCall("POST", QStringLiteral("submission/%1/%2").arg(Course, Ps1),
                                                      token, {{QStringLiteral("files"), encodeFiles(files)}});
            QVERIFY(submitted.value(QLatin1String("timestamp")).isString());
            timestamps.insert(student, submitted.value(QLatin1String("timestamp")).toString());
        }
    }
    QVERIFY2(timestamps.size() >= 2, "the demo's students submitted");
    const QStringList fetchedBy = m_sim->fetchedBy(Course, Ps1);
    for (const QString &student : timestamps.keys()) {
        QVERIFY2(fetchedBy.contains(student), qPrintable(student));
    }
    QCOMPARE(m_sim->submissions(Course, Ps1).size(), timestamps.size() + 1);

    // Collect: the latest submission of each student, in nbgrader's layout with the server's timestamp.
    run = runCli(exchange({QStringLiteral("collect"), Ps1}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("%1 downloaded, 0 already here; %1 added").arg(timestamps.size())),
             qPrintable(describe(run)));
    const QDir submittedDir(m_dir->filePath(QStringLiteral("demo/submitted")));
    for (auto it = timestamps.cbegin(); it != timestamps.cend(); ++it) {
        QFile stamp(submittedDir.filePath(QStringLiteral("%1/ps1/timestamp.txt").arg(it.key())));
        QVERIFY2(stamp.open(QIODevice::ReadOnly), qPrintable(stamp.fileName()));
        QCOMPARE(QString::fromUtf8(stamp.readAll()).trimmed(), it.value());
        const QList<NgshareSimulator::File> collected =
            readSubmission(submittedDir.filePath(it.key() + QStringLiteral("/ps1")));
        const QList<NgshareSimulator::File> sent = readSubmission(work.filePath(it.key() + QStringLiteral("/ps1")));
        QCOMPARE(collected.size(), sent.size());
        for (qsizetype i = 0; i < sent.size(); ++i) {
            QCOMPARE(collected.at(i).path, sent.at(i).path);
            QVERIFY(collected.at(i).content == sent.at(i).content);
        }
    }

    // Autograde with real kernels: the scores land in the gradebook.
    run = runCli({QStringLiteral("--course"), course(), QStringLiteral("autograde"), Ps1, QStringLiteral("--executor"),
                  QStringLiteral("local"), QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("Autograded ps1 (local): %1 graded, 0 failed").arg(timestamps.size())),
             qPrintable(describe(run)));
    QMap<QString, std::pair<double, double>> totals; // student -> (score, max) as the feedback shows them
    {
        auto opened = Services::Gradebook::openSqlite(m_dir->filePath(QStringLiteral("demo/gradebook.sqlite")));
        QVERIFY(opened.ok());
        const std::unique_ptr<Services::Gradebook> gradebook = std::move(opened).value();
        const qint64 assignmentId = gradebook->assignment(Ps1).value()->id;
        const QList<Services::SubmissionRecord> submissions = gradebook->submissions(assignmentId).value();
        QCOMPARE(submissions.size(), timestamps.size());
        int autoScored = 0;
        for (const Services::SubmissionRecord &submission : submissions) {
            QCOMPARE(submission.timestamp.toNbgraderUtc(), timestamps.value(submission.studentId));
            auto &[score, max] = totals[submission.studentId];
            for (const Services::GradeRecord &grade : gradebook->grades(submission.id).value()) {
                autoScored += grade.autoScore.has_value() ? 1 : 0;
                score += grade.score().value_or(0.0);
                max += grade.maxScore;
            }
            QVERIFY2(QFile::exists(m_dir->filePath(
                         QStringLiteral("demo/autograded/%1/ps1/timestamp.txt").arg(submission.studentId))),
                     qPrintable(submission.studentId));
        }
        QVERIFY2(autoScored >= timestamps.size(), "every submission has autograded scores");
    }

    // Feedback: uploaded for each student's exact submission; the student reads the autograded score.
    run = runCli(exchange({QStringLiteral("feedback"), Ps1}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    for (const NgshareSimulator::Submission &submission : m_sim->submissions(Course, Ps1)) {
        const bool latest = timestamps.value(submission.studentId) == submission.timestamp;
        QCOMPARE(submission.feedback.isEmpty(), !latest);
    }
    for (auto it = timestamps.cbegin(); it != timestamps.cend(); ++it) {
        const QJsonObject fetched = studentCall(
            "GET", QStringLiteral("feedback/%1/%2/%3").arg(Course, Ps1, it.key()), tokens.value(it.key()),
            {{QStringLiteral("timestamp"), it.value()}, {QStringLiteral("list_only"), QStringLiteral("false")}});
        const QList<NgshareSimulator::File> feedback = decodeFiles(fetched.value(QLatin1String("files")));
        QCOMPARE(feedback.size(), 1);
        QCOMPARE(feedback.constFirst().path, QStringLiteral("weather.html"));
        const QString html = QString::fromUtf8(feedback.constFirst().content);
        QVERIFY(!html.contains(QLatin1String("<script")));
        const auto [score, max] = totals.value(it.key());
        const QString shown = QStringLiteral("score: %1 / %2")
                                  .arg(QLocale::c().toString(score, 'g', QLocale::FloatingPointShortest),
                                       QLocale::c().toString(max, 'g', QLocale::FloatingPointShortest));
        QVERIFY2(html.contains(shown), qPrintable(it.key() + QStringLiteral(": no \"") + shown + QLatin1Char('"')));
    }
}

void CliExchangeTest::collect_killedMidway_resumesWhereItStopped()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("work"))));
    QVERIFY(QDir().rename(m_dir->filePath(QStringLiteral("demo/submitted")),
                          m_dir->filePath(QStringLiteral("work/submitted"))));
    useNgshare();
    m_sim->addCourse(Course, {QStringLiteral("instructor")});
    m_sim->releaseAssignment(Course, Ps1, readSubmission(m_dir->filePath(QStringLiteral("demo/release/ps1"))));
    for (const QString &student :
         QDir(m_dir->filePath(QStringLiteral("work/submitted"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QVERIFY(m_sim->addStudent(Course, {student}));
    }
    const int submitted = submitStudentWork();
    QVERIFY(submitted >= 3);
    // Slow replies, one download at a time: the collect is killed after its first submission landed.
    m_sim->setLatency(std::chrono::milliseconds(300));
    const QDir submittedDir(m_dir->filePath(QStringLiteral("demo/submitted")));
    const auto collectedCount = [&submittedDir] {
        int count = 0;
        for (const QString &student : submittedDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            count += QFileInfo::exists(submittedDir.filePath(student + QStringLiteral("/ps1/timestamp.txt"))) ? 1 : 0;
        }
        return count;
    };
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GRADEDESK_NGSHARE_TOKEN"), InstructorToken);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GRADEDESK_CLI_PATH),
                  exchange({QStringLiteral("collect"), Ps1, QStringLiteral("--concurrency"), QStringLiteral("1")}));
    QVERIFY(process.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return collectedCount() >= 1 || process.state() == QProcess::NotRunning; }, 120000));
    process.kill();
    process.waitForFinished();
    const int before = collectedCount();
    QVERIFY2(before >= 1 && before < submitted,
             qPrintable(QStringLiteral("%1 of %2 collected when killed\n").arg(before).arg(submitted) +
                        QString::fromUtf8(process.readAllStandardError().right(2000))));

    // Every submission there is whole (each folder has its timestamp: written all or nothing).
    for (const QString &student : submittedDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QVERIFY2(QFileInfo::exists(submittedDir.filePath(student + QStringLiteral("/ps1/timestamp.txt"))),
                 qPrintable(student));
    }
    // The next collect downloads only what is missing and leaves no interrupted download behind.
    m_sim->setLatency(std::chrono::milliseconds(0));
    const Run run = runCli(exchange({QStringLiteral("collect"), Ps1}));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("%1 downloaded, %2 already here").arg(submitted - before).arg(before)),
             qPrintable(describe(run)));
    QCOMPARE(collectedCount(), submitted);
    const QDir staging(m_dir->filePath(QStringLiteral("demo/.gradedesk/staging")));
    QVERIFY2(staging.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             qPrintable(staging.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).join(u' ')));
}

QTEST_GUILESS_MAIN(CliExchangeTest)
#include "cli_exchange_test.moc"
