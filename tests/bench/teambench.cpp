// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// team-bench: team grading on PostgreSQL (issue 8). Graders on threads, each with its own Gradebook
// connection, toggle rubric items on overlapping answers; the figures are the latency of one rubric
// action (p50/p99, goal p99 < 15 ms on loopback) and the time until another grader's Gradebook
// reports the change through gradeChanged (LISTEN/NOTIFY). Runs its own private PostgreSQL server.
#include <services/gradebook/gradebook.h>
#include <tests/support/postgresserver.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QMutex>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>

using namespace GradeDesk::Services;
using GradeDesk::Tests::PostgresServer;
using Clock = std::chrono::steady_clock;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Setup {
    QList<AnswerKey> answers;
    QHash<qint64, QList<qint64>> items; ///< cell id -> item ids (one per grader, by grader index)
};

std::unique_ptr<Gradebook> open(const PostgresServer &server, const QString &database)
{
    auto opened = Gradebook::openPostgresql(server.host(), server.port(), database, PostgresServer::user(), {});
    if (!opened) {
        out() << "open failed: " << opened.error().message << " " << opened.error().detail << Qt::endl;
        return nullptr;
    }
    return std::move(opened).value();
}

/// One assignment, `questions` graded cells, `students` submissions with auto grades, and one rubric
/// item per grader on every question.
std::optional<Setup> populate(Gradebook &gradebook, int students, int questions, int graders)
{
    Setup setup;
    const qint64 assignment =
        gradebook.upsertAssignment(QStringLiteral("ps1"), QDateTime(QDate(2026, 1, 15), QTime(17, 0), QTimeZone::utc()))
            .value();
    const qint64 notebook = gradebook.upsertNotebook(assignment, QStringLiteral("problem1"), 0).value();
    QList<SourceCellRecord> cells;
    for (int q = 0; q < questions; ++q) {
        SourceCellRecord cell;
        cell.name = QStringLiteral("q%1").arg(q + 1);
        cell.cellType = QStringLiteral("code");
        cell.isGrade = true;
        cell.maxScore = 5;
        cell.position = q;
        cells.append(cell);
    }
    if (!gradebook.replaceSourceCells(notebook, cells)) {
        return std::nullopt;
    }
    const QList<SourceCellRecord> stored = gradebook.sourceCells(notebook).value();
    for (const SourceCellRecord &cell : stored) {
        for (int grader = 0; grader < graders; ++grader) {
            RubricItemRecord item;
            item.cellId = cell.id;
            item.title = QStringLiteral("Item %1").arg(grader + 1);
            item.points = 1;
            item.position = -1;
            setup.items[cell.id].append(gradebook.addRubricItem(item, QStringLiteral("lead")).value());
        }
    }
    const Result<void> filled = gradebook.transaction([&]() -> Result<void> {
        for (int s = 0; s < students; ++s) {
            SubmissionRecord submission;
            submission.assignmentId = assignment;
            submission.studentId = QStringLiteral("s%1").arg(s, 4, 10, QLatin1Char('0'));
            const Result<qint64> id = gradebook.upsertSubmission(submission);
            if (!id) {
                return id.error();
            }
            const Result<qint64> submitted = gradebook.upsertSubmittedNotebook(id.value(), notebook, QString());
            if (!submitted) {
                return submitted.error();
            }
            for (const SourceCellRecord &cell : stored) {
                if (Result<void> graded =
                        gradebook.setAutoGrade(submitted.value(), cell.id, 0.0, true, QStringLiteral("autograder"));
                    !graded) {
                    return graded;
                }
                setup.answers.append({submitted.value(), cell.id});
            }
        }
        return {};
    });
    if (!filled) {
        out() << "populate failed: " << filled.error().detail << Qt::endl;
        return std::nullopt;
    }
    return setup;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Team grading on PostgreSQL: rubric action latency with "
                                                    "concurrent graders and the time for a change to reach another "
                                                    "grader."));
    parser.addHelpOption();
    const QCommandLineOption gradersOption(QStringLiteral("graders"), QStringLiteral("Concurrent graders (4)."),
                                           QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption actionsOption(QStringLiteral("actions"),
                                           QStringLiteral("Rubric actions per grader (500)."), QStringLiteral("N"),
                                           QStringLiteral("500"));
    const QCommandLineOption studentsOption(QStringLiteral("students"), QStringLiteral("Submissions (50)."),
                                            QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption probesOption(QStringLiteral("probes"),
                                          QStringLiteral("Changes timed until another grader sees them (100)."),
                                          QStringLiteral("N"), QStringLiteral("100"));
    parser.addOptions({gradersOption, actionsOption, studentsOption, probesOption});
    parser.process(app);
    const int graders = std::max(1, parser.value(gradersOption).toInt());
    const int actions = std::max(1, parser.value(actionsOption).toInt());
    const int students = std::max(2, parser.value(studentsOption).toInt());
    const int probes = std::max(1, parser.value(probesOption).toInt());
    const int questions = 4;

    if (const QString reason = PostgresServer::unavailableReason(); !reason.isEmpty()) {
        out() << "team-bench needs PostgreSQL 15: " << reason << Qt::endl;
        return 1;
    }
    PostgresServer server;
    QString error;
    if (!server.start(&error) || !server.createDatabase(QStringLiteral("bench"), &error)) {
        out() << "cannot start PostgreSQL: " << error << Qt::endl;
        return 1;
    }
    std::unique_ptr<Gradebook> observer = open(server, QStringLiteral("bench"));
    if (!observer) {
        return 1;
    }
    const std::optional<Setup> setup = populate(*observer, students, questions, graders);
    if (!setup) {
        return 1;
    }

    // Part 1: every grader toggles its own item on random answers (all graders share the answers).
    QMutex mutex;
    QList<double> latencies;
    std::atomic_int failures{0};
    QList<QThread *> threads;
    const auto started = Clock::now();
    for (int grader = 0; grader < graders; ++grader) {
        threads.append(QThread::create([&, grader]() {
            std::unique_ptr<Gradebook> gradebook = open(server, QStringLiteral("bench"));
            if (!gradebook) {
                failures += actions;
                return;
            }
            QRandomGenerator random(quint32(grader + 1));
            QSet<qsizetype> applied;
            QList<double> mine;
            const QString actor = QStringLiteral("grader%1").arg(grader + 1);
            for (int i = 0; i < actions; ++i) {
                const qsizetype answer = random.bounded(setup->answers.size());
                const AnswerKey key = setup->answers.at(answer);
                const bool apply = !applied.contains(answer);
                const auto begin = Clock::now();
                const Result<void> done =
                    gradebook->setRubricItemApplied({key}, setup->items.value(key.cellId).at(grader), apply, actor);
                mine.append(msSince(begin));
                if (!done) {
                    ++failures;
                    continue;
                }
                if (apply) {
                    applied.insert(answer);
                } else {
                    applied.remove(answer);
                }
            }
            QMutexLocker locker(&mutex);
            latencies += mine;
        }));
        threads.constLast()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    const double seconds = msSince(started) / 1000.0;

    // Part 2: one grader changes an answer; the observer (main thread, event loop running) times
    // how long until its gradeChanged names that answer.
    QList<double> delays;
    int missed = 0;
    {
        qint64 pendingSubmission = 0;
        Clock::time_point sentAt;
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(observer.get(), &Gradebook::gradeChanged, &loop, [&](qint64 submissionId, qint64) {
            if (submissionId == pendingSubmission) {
                delays.append(msSince(sentAt));
                pendingSubmission = 0;
                loop.quit();
            }
        });
        std::unique_ptr<Gradebook> writer = open(server, QStringLiteral("bench"));
        if (!writer) {
            return 1;
        }
        const Result<QList<AnswerRecord>> answers = writer->answers(setup->answers.constFirst().cellId);
        QHash<qint64, qint64> submissionOf; // submitted notebook -> submission
        for (const AnswerRecord &answer : answers.value()) {
            submissionOf.insert(answer.key.submittedNotebookId, answer.submissionId);
        }
        for (int i = 0; i < probes; ++i) {
            const AnswerKey key = setup->answers.at((i * 7) % setup->answers.size());
            pendingSubmission = submissionOf.value(key.submittedNotebookId);
            sentAt = Clock::now();
            // The writer runs on this thread too, but in its own connection: only NOTIFY can tell the observer.
            if (!writer->setComment(key.submittedNotebookId, key.cellId, QStringLiteral("probe %1").arg(i),
                                    QStringLiteral("writer"))) {
                ++missed;
                continue;
            }
            timeout.start(2000);
            if (pendingSubmission != 0) {
                loop.exec();
            }
            timeout.stop();
            if (pendingSubmission != 0) {
                ++missed;
                if (delays.isEmpty() && missed >= 3) {
                    break; // no live updates at all: do not wait 2 s per probe
                }
            }
        }
    }

    out() << "\n## Team grading on PostgreSQL 15 (private server, Unix socket)\n\n"
          << "| Figure | Value |\n|---|---|\n"
          << "| Graders (threads, one connection each) | " << graders << " |\n"
          << "| Rubric actions | " << latencies.size() << " (" << failures.load() << " failed) on "
          << setup->answers.size() << " shared answers |\n"
          << "| Throughput | " << QString::number(double(latencies.size()) / seconds, 'f', 0) << " actions/s |\n"
          << "| Rubric action latency p50 | " << QString::number(percentile(latencies, 0.50), 'f', 2) << " ms |\n"
          << "| Rubric action latency p99 | " << QString::number(percentile(latencies, 0.99), 'f', 2) << " ms |\n"
          << "| Rubric action latency max | " << QString::number(percentile(latencies, 1.0), 'f', 2) << " ms |\n";
    if (delays.isEmpty()) {
        out() << "| Change seen by another grader | not seen within 2 s (" << missed << " of " << probes
              << " probes): no LISTEN/NOTIFY |\n";
    } else {
        out() << "| Change seen by another grader p50 | " << QString::number(percentile(delays, 0.50), 'f', 2)
              << " ms (action start to gradeChanged) |\n"
              << "| Change seen by another grader p99 | " << QString::number(percentile(delays, 0.99), 'f', 2)
              << " ms (" << delays.size() << " probes, " << missed << " missed) |\n";
    }
    out() << Qt::flush;
    return failures.load() == 0 ? 0 : 1;
}
