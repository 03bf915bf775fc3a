// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// canvas-bench: pushes N grades (default 2,000) through the Canvas simulator with injected latency,
// once with GradeDesk's client (update_grades in batches, Progress polls, read-back of every
// submission) and once like a naive client (one PUT per student, no verification), and prints
// requests and time for both. Not a test: run it by hand (`canvas-bench --help`).

#include <services/canvas/canvasclient.h>
#include <services/canvas/canvascourse.h>
#include <services/canvas/canvaspushplan.h>
#include <tests/sim/canvas/canvassimulator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>

#include <optional>

using namespace GradeDesk;
using namespace GradeDesk::Services;
using GradeDesk::Tests::CanvasSimulator;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

template <typename Job>
auto wait(Job *job) -> std::decay_t<decltype(job->result())>
{
    QEventLoop loop;
    std::optional<std::decay_t<decltype(job->result())>> result;
    QObject::connect(job, &CanvasJob::finished, &loop, [&] {
        result.emplace(job->result());
        loop.quit();
    });
    loop.exec();
    return *result;
}

double scoreFor(int i)
{
    return double((i * 37) % 201) / 10.0; // 0.0 .. 20.0 in tenths
}

struct Phase {
    int requests = 0;
    qint64 ms = 0;
};

/// The naive client: one synchronous-style PUT per student, in order, no verification (what
/// Pandas-Grader and okpy do).
Phase naivePush(QNetworkAccessManager &network, const CanvasSimulator &sim, qint64 assignment,
                const QList<qint64> &students, const QString &token)
{
    Phase phase;
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < students.size(); ++i) {
        for (int attempt = 0; attempt < 20; ++attempt) {
            QUrl url = sim.baseUrl();
            url.setPath(QStringLiteral("/api/v1/courses/%1/assignments/%2/submissions/%3")
                            .arg(sim.courseId())
                            .arg(assignment)
                            .arg(students.at(i)));
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
            QNetworkReply *reply = network.put(request, "submission%5Bposted_grade%5D=" +
                                                            CanvasGrades::postedGrade(scoreFor(int(i))).toLatin1());
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            ++phase.requests;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            if (status != 403 && status != 429) {
                break;
            }
            QEventLoop pause; // throttled: wait a second, as such scripts do
            QTimer::singleShot(1000, &pause, &QEventLoop::quit);
            pause.exec();
        }
    }
    phase.ms = clock.elapsed();
    return phase;
}

int countRoute(const QMap<QString, int> &routes, const QString &contains)
{
    int count = 0;
    for (auto it = routes.cbegin(); it != routes.cend(); ++it) {
        if (it.key().contains(contains)) {
            count += it.value();
        }
    }
    return count;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("canvas-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Push grades through the Canvas simulator: GradeDesk's bulk "
                                                    "push with read-back against one PUT per student."));
    parser.addHelpOption();
    const QCommandLineOption students(QStringLiteral("students"), QStringLiteral("Grades to push (default 2000)."),
                                      QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Injected delay of every reply in ms (default 25)."),
                                     QStringLiteral("ms"), QStringLiteral("25"));
    const QCommandLineOption jobStep(QStringLiteral("job-step"),
                                     QStringLiteral("Time per step of a bulk-grading job in ms (default 250)."),
                                     QStringLiteral("ms"), QStringLiteral("250"));
    const QCommandLineOption perPage(QStringLiteral("max-per-page"),
                                     QStringLiteral("The server's per_page clamp (default 100)."), QStringLiteral("n"),
                                     QStringLiteral("100"));
    const QCommandLineOption throttle(QStringLiteral("throttle"),
                                      QStringLiteral("Keep the simulator's rate limiting on for both clients."));
    const QCommandLineOption skipNaive(QStringLiteral("skip-naive"), QStringLiteral("Only run GradeDesk's push."));
    parser.addOptions({students, latency, jobStep, perPage, throttle, skipNaive});
    parser.process(app);
    QLoggingCategory::setFilterRules(QStringLiteral("gradedesk.*.info=false"));
    const int count = std::max(1, parser.value(students).toInt());
    const int latencyMs = std::max(0, parser.value(latency).toInt());

    CanvasSimulator sim;
    sim.setCourse(9001, QStringLiteral("Benchmark 101"));
    const QList<qint64> sections = {sim.addSection(QStringLiteral("A")), sim.addSection(QStringLiteral("B"))};
    QList<qint64> users;
    for (int i = 0; i < count; ++i) {
        const QString login = QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0'));
        users.append(sim.addUser({login, QString(), login, QString(), login + QStringLiteral("@example.edu")}));
        sim.enroll(users.back(), sections.at(i % 2));
    }
    const qint64 bulk = sim.addAssignment({QStringLiteral("bulk"), 20.0, true, QStringLiteral("points"), false});
    const qint64 naive = sim.addAssignment({QStringLiteral("naive"), 20.0, true, QStringLiteral("points"), false});
    const QString token = QStringLiteral("bench-token");
    sim.addToken(token);
    CanvasSimulator::Throttle limits = sim.throttle();
    limits.enabled = parser.isSet(throttle);
    sim.setThrottle(limits);
    sim.setMaxPerPage(parser.value(perPage).toInt());
    sim.setProgressMode(CanvasSimulator::ProgressMode::AdvanceOnTimer,
                        std::chrono::milliseconds(parser.value(jobStep).toInt()));
    if (!sim.start()) {
        QTextStream(stderr) << "canvas-bench: the simulator could not listen" << Qt::endl;
        return 1;
    }
    sim.setLatency(std::chrono::milliseconds(latencyMs));

    QNetworkAccessManager network;
    CanvasClient client(&network, sim.baseUrl());
    client.setToken(token);
    CanvasCourse course(&client, QString::number(sim.courseId()));
    QList<CanvasLocalGrade> grades;
    for (int i = 0; i < count; ++i) {
        CanvasLocalGrade grade;
        grade.studentId = QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0'));
        grade.canvasUserId = QString::number(users.at(i));
        grade.score = scoreFor(i);
        grades.append(grade);
    }

    // GradeDesk: find the assignment and read Canvas' scores (the dry run), then push.
    QElapsedTimer clock;
    clock.start();
    sim.clearRequestLog();
    const auto found = wait(course.findAssignment(QStringLiteral("bulk")));
    if (!found || !found.value()) {
        QTextStream(stderr) << "canvas-bench: assignment not found" << Qt::endl;
        return 1;
    }
    const auto plan = wait(course.planPush(QStringLiteral("bulk"), *found.value(), grades));
    if (!plan) {
        QTextStream(stderr) << "canvas-bench: " << plan.error().detail << Qt::endl;
        return 1;
    }
    const Phase planning{sim.requestCount(), clock.elapsed()};
    sim.clearRequestLog();
    clock.restart();
    const auto pushed = wait(course.push(plan.value(), nullptr, CanvasPushOptions()));
    if (!pushed) {
        QTextStream(stderr) << "canvas-bench: " << pushed.error().detail << Qt::endl;
        return 1;
    }
    const Phase pushing{sim.requestCount(), clock.elapsed()};
    const QMap<QString, int> routes = sim.requestCountsByRoute();
    const CanvasPushReport &report = pushed.value();
    int verified = 0;
    const QMap<qint64, double> bulkScores = sim.scores(bulk);
    for (const CanvasPushResult &result : report.results) {
        const bool inCanvas = CanvasGrades::sameScore(bulkScores.value(result.canvasUserId.toLongLong()), result.sent);
        verified += result.outcome == CanvasPushResult::Outcome::Pushed && inCanvas ? 1 : 0;
    }

    std::optional<Phase> naivePhase;
    int naiveCorrect = 0;
    if (!parser.isSet(skipNaive)) {
        sim.clearRequestLog();
        naivePhase = naivePush(network, sim, naive, users, token);
        const QMap<qint64, double> naiveScores = sim.scores(naive);
        for (int i = 0; i < count; ++i) {
            naiveCorrect +=
                CanvasGrades::sameScore(naiveScores.value(users.at(i)), CanvasGrades::rounded(scoreFor(i))) ? 1 : 0;
        }
    }

    const int total = planning.requests + pushing.requests;
    out() << QStringLiteral("canvas-bench: %1 grades, %2 ms latency per reply, per_page clamp %3, job step %4 ms, "
                            "throttling %5")
                 .arg(count)
                 .arg(latencyMs)
                 .arg(parser.value(perPage), parser.value(jobStep),
                      parser.isSet(throttle) ? QStringLiteral("on") : QStringLiteral("off"))
          << Qt::endl
          << Qt::endl;
    out() << "| Client | Requests | Time (s) | Verified in Canvas |" << Qt::endl;
    out() << "|---|---:|---:|---|" << Qt::endl;
    out() << QStringLiteral("| GradeDesk: dry run (find assignment, read %1 scores) | %2 | %3 | - |")
                 .arg(count)
                 .arg(planning.requests)
                 .arg(double(planning.ms) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("| GradeDesk: push (%1 update_grades, %2 Progress polls, %3 read-back pages) | %4 | %5 | "
                            "%6 of %7 by read-back |")
                 .arg(countRoute(routes, QStringLiteral("update_grades")))
                 .arg(countRoute(routes, QStringLiteral("/progress/")))
                 .arg(countRoute(routes, QStringLiteral("submissions")) -
                      countRoute(routes, QStringLiteral("update_grades")))
                 .arg(pushing.requests)
                 .arg(double(pushing.ms) / 1000.0, 0, 'f', 1)
                 .arg(verified)
                 .arg(count)
          << Qt::endl;
    out() << QStringLiteral("| GradeDesk: total | %1 | %2 | |")
                 .arg(total)
                 .arg(double(planning.ms + pushing.ms) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    if (naivePhase) {
        out() << QStringLiteral("| Naive: one PUT per student | %1 | %2 | not checked (%3 of %4 correct) |")
                     .arg(naivePhase->requests)
                     .arg(double(naivePhase->ms) / 1000.0, 0, 'f', 1)
                     .arg(naiveCorrect)
                     .arg(count)
              << Qt::endl
              << Qt::endl;
        out() << QStringLiteral("GradeDesk made %1x fewer requests (%2x counting only the push) and took %3x less "
                                "time.")
                     .arg(double(naivePhase->requests) / total, 0, 'f', 1)
                     .arg(double(naivePhase->requests) / pushing.requests, 0, 'f', 1)
                     .arg(double(naivePhase->ms) / double(planning.ms + pushing.ms), 0, 'f', 1)
              << Qt::endl;
    }
    return verified == count ? 0 : 1;
}
