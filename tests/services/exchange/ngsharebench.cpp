// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// ngshare-bench: collect N submissions of a notebook assignment from the ngshare simulator with
// injected latency, once strictly one request at a time and once with the client's bounded
// concurrency, each into a fresh course folder and gradebook. Prints both times, the speed-up, and
// checks that every submission arrived whole (every file's MD5 verified by the client, and every
// byte compared with the server's copy here).
//
//   ngshare-bench [--students 500] [--notebooks 5] [--bytes 4096] [--latency-ms 40]
//                 [--service-ms 0] [--concurrency 6]

#include "ngsharetestcourse.h"

#include <services/exchange/ngshareexchange.h>
#include <services/exchange/ngsharetree.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace GradeDesk::Services;
using namespace GradeDesk::Tests;

namespace {

struct Settings {
    int students = 500;
    int notebooks = 5;
    int bytes = 4096;
    int latencyMs = 40;
    int serviceMs = 0;
    int concurrency = 6;
};

struct Run {
    bool ok = false;
    QString error;
    qint64 downloadMs = 0; ///< Until the last submission was on disk.
    qint64 totalMs = 0;    ///< Including the gradebook import.
    int downloaded = 0;
    int requests = 0;
    int peak = 0;
    int verifiedFiles = 0;
};

bool writeTree(const QString &root, const QList<NgshareSimulator::File> &files)
{
    for (const NgshareSimulator::File &file : files) {
        const QString path = root + QLatin1Char('/') + file.path;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size()) {
            return false;
        }
    }
    return true;
}

Run collectOnce(const Settings &settings, int concurrency)
{
    Run run;
    QTemporaryDir dir;
    NgshareSimulator sim;
    if (!dir.isValid() || !sim.start()) {
        run.error = QStringLiteral("could not start");
        return run;
    }
    NgshareSimulator::SyntheticCourse shape;
    shape.courseId = NgCourse;
    shape.instructor = NgInstructor;
    shape.instructorToken = NgInstructorToken;
    shape.students = settings.students;
    shape.notebooksPerAssignment = settings.notebooks;
    shape.notebookBytes = settings.bytes;
    sim.seedSyntheticCourse(shape);
    const QString course = dir.filePath(QStringLiteral("course"));
    const auto released = sim.assignmentFiles(NgCourse, QStringLiteral("ps1"));
    if (!released || !writeTree(course + QStringLiteral("/source/ps1"), *released) ||
        !writeTree(course + QStringLiteral("/release/ps1"), *released)) {
        run.error = QStringLiteral("could not write the source folder");
        return run;
    }

    auto gradebook = Gradebook::openSqlite(dir.filePath(QStringLiteral("gradebook.sqlite")));
    if (!gradebook.ok()) {
        run.error = gradebook.error().message;
        return run;
    }
    CourseConfig config;
    config.id = NgCourse;
    config.grader = NgInstructor;
    config.exchange.kind = ExchangeConfig::Kind::Ngshare;
    config.exchange.url = sim.serverUrl();
    config.exchange.prefix = QStringLiteral("/services/ngshare");
    config.exchange.directory = course;
    QNetworkAccessManager network;
    NgshareExchange exchange(config, *gradebook.value(), &network);
    exchange.setToken(NgInstructorToken);
    exchange.setConcurrency(concurrency);

    sim.setLatency(std::chrono::milliseconds(settings.latencyMs));
    sim.setServiceTime(std::chrono::milliseconds(settings.serviceMs));
    sim.resetPeakConcurrency();
    const int before = sim.requestCount();

    QElapsedTimer timer;
    timer.start();
    CollectJob *job = exchange.collect(QStringLiteral("ps1"));
    QObject::connect(job, &ExchangeJob::progress, job, [&run, &timer, &settings](int done, int total) {
        if (total == settings.students && done == total && run.downloadMs == 0) {
            run.downloadMs = timer.elapsed();
        }
    });
    const auto result = NgshareTestCourse::wait(job, 3600 * 1000);
    run.totalMs = timer.elapsed();
    run.requests = sim.requestCount() - before;
    run.peak = sim.peakConcurrentRequests();
    if (!result || !result->ok()) {
        run.error = result ? result->error().message : QStringLiteral("timed out");
        return run;
    }
    run.downloaded = result->value().downloaded;
    if (!result->value().skipped.isEmpty()) {
        run.error = QStringLiteral("%1 submissions skipped, first: %2")
                        .arg(result->value().skipped.size())
                        .arg(result->value().skipped.constFirst().error.detail);
        return run;
    }
    // Independent of the client's own check: every byte on disk equals the server's copy.
    for (const NgshareSimulator::Submission &submission : sim.submissions(NgCourse, QStringLiteral("ps1"))) {
        for (const NgshareSimulator::File &file : submission.files) {
            QFile written(QStringLiteral("%1/submitted/%2/ps1/%3").arg(course, submission.studentId, file.path));
            if (!written.open(QIODevice::ReadOnly) ||
                NgshareTree::md5Hex(written.readAll()) != NgshareTree::md5Hex(file.content)) {
                run.error = QStringLiteral("%1/%2 differs from the server's copy").arg(submission.studentId, file.path);
                return run;
            }
            ++run.verifiedFiles;
        }
    }
    run.ok = run.downloaded == settings.students;
    if (!run.ok) {
        run.error = QStringLiteral("downloaded %1 of %2").arg(run.downloaded).arg(settings.students);
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Collect from the ngshare simulator: sequential vs concurrent."));
    parser.addHelpOption();
    const QCommandLineOption students(QStringLiteral("students"), QStringLiteral("Submissions (one per student)."),
                                      QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption notebooks(QStringLiteral("notebooks"), QStringLiteral("Notebooks per submission."),
                                       QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption bytes(QStringLiteral("bytes"), QStringLiteral("Approximate bytes per notebook."),
                                   QStringLiteral("N"), QStringLiteral("4096"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Network round trip added to every reply (overlaps)."),
                                     QStringLiteral("MS"), QStringLiteral("40"));
    const QCommandLineOption service(QStringLiteral("service-ms"),
                                     QStringLiteral("Server time per request (single-threaded, does not overlap)."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Concurrent downloads."),
                                         QStringLiteral("N"), QStringLiteral("6"));
    parser.addOptions({students, notebooks, bytes, latency, service, concurrency});
    parser.process(app);

    Settings settings;
    settings.students = parser.value(students).toInt();
    settings.notebooks = parser.value(notebooks).toInt();
    settings.bytes = parser.value(bytes).toInt();
    settings.latencyMs = parser.value(latency).toInt();
    settings.serviceMs = parser.value(service).toInt();
    settings.concurrency = parser.value(concurrency).toInt();

    QTextStream out(stdout);
    out << QStringLiteral("ngshare collect: %1 submissions x %2 notebooks (~%3 bytes each), latency %4 ms, service "
                          "time %5 ms per request")
               .arg(settings.students)
               .arg(settings.notebooks)
               .arg(settings.bytes)
               .arg(settings.latencyMs)
               .arg(settings.serviceMs)
        << Qt::endl;
    const Run sequential = collectOnce(settings, 1);
    const Run concurrent = collectOnce(settings, settings.concurrency);
    const auto line = [&out](const QString &name, const Run &run) {
        out << QStringLiteral("%1  download %2 ms  total (with import) %3 ms  requests %4  peak in flight %5  files "
                              "verified %6%7")
                   .arg(name.leftJustified(16))
                   .arg(run.downloadMs, 7)
                   .arg(run.totalMs, 7)
                   .arg(run.requests)
                   .arg(run.peak)
                   .arg(run.verifiedFiles)
                   .arg(run.ok ? QString() : QStringLiteral("  FAILED: ") + run.error)
            << Qt::endl;
    };
    line(QStringLiteral("sequential (1)"), sequential);
    line(QStringLiteral("concurrent (%1)").arg(settings.concurrency), concurrent);
    if (!sequential.ok || !concurrent.ok) {
        return 1;
    }
    const double speedup = double(sequential.downloadMs) / double(std::max<qint64>(1, concurrent.downloadMs));
    const double totalSpeedup = double(sequential.totalMs) / double(std::max<qint64>(1, concurrent.totalMs));
    out << QStringLiteral("speed-up: download %1x, total %2x (goal >= 4x)")
               .arg(speedup, 0, 'f', 2)
               .arg(totalSpeedup, 0, 'f', 2)
        << Qt::endl;
    return speedup >= 4.0 ? 0 : 2;
}
