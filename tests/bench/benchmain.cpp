// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "benchgrading.h"
#include "benchprobes.h"

#include <services/demo/demogenerator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>

using namespace GradeDesk;
using namespace GradeDesk::Services;

namespace {

constexpr int probeRuns = 3;
constexpr int probeTimeoutMs = 120000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// The child side of the open figure: one line of key=value pairs on stdout.
int runOpenProbe(const QString &configPath)
{
    const Result<Bench::OpenFigures> figures = Bench::openCourseToFirstAnswer(configPath);
    if (!figures) {
        err() << "open failed: " << figures.error().message << " (" << figures.error().detail << ")\n";
        return 1;
    }
    out() << "open_ms=" << figures.value().milliseconds << " rss_kib=" << figures.value().residentKib
          << " submissions=" << figures.value().submissions << " answer=" << figures.value().firstAnswerId << '\n';
    return 0;
}

constexpr int gradingNextCount = 200;
constexpr int gradingToggleCount = 300;

// The child side of the grading figures: one line of key=value pairs on stdout.
int runGradingProbe(const QString &configPath)
{
    const Result<Bench::GradingFigures> figures =
        Bench::runGradingProbes(configPath, gradingNextCount, gradingToggleCount);
    if (!figures) {
        err() << "grading probe failed: " << figures.error().message << " (" << figures.error().detail << ")\n";
        return 1;
    }
    const Bench::GradingFigures &f = figures.value();
    out() << "question=" << QString(f.question).remove(QLatin1Char(' ')) << " answers=" << f.answers
          << " open_ms=" << f.openMs << " all_loaded_ms=" << f.allLoadedMs << " next_n=" << f.next.samples
          << " next_p50=" << f.next.p50 << " next_p99=" << f.next.p99 << " next_max=" << f.next.max
          << " next_highlighter_calls=" << f.nextHighlighterCalls << " apply_n=" << f.apply.samples
          << " apply_p50=" << f.apply.p50 << " apply_p99=" << f.apply.p99 << " apply_max=" << f.apply.max
          << " applygb_p50=" << f.applyGradebook.p50 << " applygb_p99=" << f.applyGradebook.p99
          << " applygb_max=" << f.applyGradebook.max << " applysettled_p50=" << f.applySettled.p50
          << " applysettled_p99=" << f.applySettled.p99 << " retro_ms=" << f.retroactiveMs
          << " retro_answers=" << f.retroactiveAnswers << " rss_open_kib=" << f.residentAfterOpenKib
          << " rss_end_kib=" << f.residentEndKib << '\n';
    return 0;
}

/// Runs the grading probe in a fresh process; key -> value, empty on failure.
QHash<QString, QString> runGradingProcess(const QString &configPath)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--grading-probe"), configPath});
    QHash<QString, QString> values;
    if (!process.waitForFinished(10 * probeTimeoutMs) || process.exitCode() != 0) {
        err() << "grading probe failed\n";
        return values;
    }
    const QStringList pairs = QString::fromUtf8(process.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
    for (const QString &pair : pairs) {
        values.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    }
    return values;
}

QString milliseconds(const QString &value)
{
    return QString::number(value.toDouble(), 'f', value.toDouble() < 10 ? 2 : 1) + QStringLiteral(" ms");
}

QString kibToMegabytes(const QString &value)
{
    return value.toLongLong() < 0
               ? QStringLiteral("n/a")
               : QString::number(double(value.toLongLong()) / 1024.0, 'f', 1) + QStringLiteral(" MB");
}

struct ProbeRun {
    double milliseconds = -1.0;
    qint64 residentKib = -1;
    int submissions = 0;
    QString answer;
};

ProbeRun runProbeProcess(const QString &configPath)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--open-probe"), configPath});
    ProbeRun run;
    if (!process.waitForFinished(probeTimeoutMs) || process.exitCode() != 0) {
        err() << "open probe failed: " << QString::fromUtf8(process.readAllStandardError()) << '\n';
        return run;
    }
    const QStringList pairs = QString::fromUtf8(process.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
    for (const QString &pair : pairs) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        const QString value = pair.section(QLatin1Char('='), 1);
        if (key == QLatin1String("open_ms")) {
            run.milliseconds = value.toDouble();
        } else if (key == QLatin1String("rss_kib")) {
            run.residentKib = value.toLongLong();
        } else if (key == QLatin1String("submissions")) {
            run.submissions = value.toInt();
        } else if (key == QLatin1String("answer")) {
            run.answer = value;
        }
    }
    return run;
}

QString fixturesNotebooksDir(const QString &option)
{
    QString dir = option;
    if (dir.isEmpty()) {
        dir = qEnvironmentVariable("GRADEDESK_FIXTURES_DIR");
    }
    if (dir.isEmpty()) {
        dir = QStringLiteral(GRADEDESK_BENCH_FIXTURES_DIR);
    }
    const QString notebooks = QDir::cleanPath(dir + QStringLiteral("/notebooks"));
    return QFileInfo(notebooks).isDir() ? notebooks : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gradedesk-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures GradeDesk on a generated course and prints a markdown "
                                                    "table. Use a Release build for figures worth quoting."));
    parser.addHelpOption();
    const QCommandLineOption students(QStringLiteral("students"), QStringLiteral("Students in the course."),
                                      QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption questions(QStringLiteral("questions"), QStringLiteral("Autograded questions in ps1."),
                                       QStringLiteral("N"), QStringLiteral("25"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the demo course."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Write the course here (new or empty folder) and keep it."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption fixtures(QStringLiteral("fixtures"),
                                      QStringLiteral("Shared fixtures folder (default: $GRADEDESK_FIXTURES_DIR, then "
                                                     "the one CMake was configured with)."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption probe(QStringLiteral("open-probe"),
                                   QStringLiteral("Internal: open the course and print the open figures."),
                                   QStringLiteral("COURSE_YAML"));
    const QCommandLineOption gradingProbe(QStringLiteral("grading-probe"),
                                          QStringLiteral("Internal: grade by question and print the grading figures."),
                                          QStringLiteral("COURSE_YAML"));
    parser.addOptions({students, questions, seed, dir, fixtures, probe, gradingProbe});
    parser.process(app);

    if (parser.isSet(probe)) {
        return runOpenProbe(parser.value(probe));
    }
    if (parser.isSet(gradingProbe)) {
        return runGradingProbe(parser.value(gradingProbe));
    }

    QTemporaryDir temporary;
    const QString courseDir = parser.isSet(dir) ? parser.value(dir) : temporary.filePath(QStringLiteral("course"));
    DemoOptions options;
    options.directory = courseDir;
    options.students = parser.value(students).toInt();
    options.questions = parser.value(questions).toInt();
    options.seed = parser.value(seed).toULongLong();

    err() << "generating " << options.students << " students x " << options.questions << " questions in " << courseDir
          << " ...\n";
    err().flush();
    QElapsedTimer timer;
    timer.start();
    const Result<DemoReport> generated = generateDemoCourse(options);
    if (!generated) {
        err() << "generation failed: " << generated.error().message << '\n';
        return 1;
    }
    const double generateSeconds = double(timer.nsecsElapsed()) / 1e9;

    err() << "collecting ...\n";
    err().flush();
    const Result<Bench::CollectFigures> collected = Bench::collectCourse(generated.value().configPath);
    if (!collected) {
        err() << "collect failed: " << collected.error().message << " (" << collected.error().detail << ")\n";
        return 1;
    }

    err() << "opening the course " << probeRuns << " times in fresh processes ...\n";
    err().flush();
    QList<ProbeRun> runs;
    for (int i = 0; i < probeRuns; ++i) {
        runs.append(runProbeProcess(generated.value().configPath));
    }
    QList<ProbeRun> sorted = runs;
    std::sort(sorted.begin(), sorted.end(),
              [](const ProbeRun &a, const ProbeRun &b) { return a.milliseconds < b.milliseconds; });
    const ProbeRun &median = sorted[sorted.size() / 2];

    err() << "grading by question in a fresh process ...\n";
    err().flush();
    const QHash<QString, QString> grading = runGradingProcess(generated.value().configPath);

    const QString notebooksDir = fixturesNotebooksDir(parser.value(fixtures));
    std::optional<Bench::ParseFigures> parsed;
    if (!notebooksDir.isEmpty()) {
        parsed = Bench::parseEveryNotebook(notebooksDir);
    }

    const DemoReport &report = generated.value();
    out() << "| Figure | Value |\n|---|---|\n";
    out() << "| Generate demo course: " << report.students << " students x " << options.questions << " questions ("
          << report.submissions << " submissions, " << report.notebooksWritten << " notebooks, "
          << megabytes(report.bytesWritten) << " MB) | " << QString::number(generateSeconds, 'f', 2) << " s |\n";
    out() << "| Collect into SQLite (" << collected.value().added << " submissions, "
          << collected.value().notebooksScored << " autograded notebooks scored, " << collected.value().skipped
          << " skipped) | " << QString::number(collected.value().seconds, 'f', 2) << " s |\n";
    out() << "| Open course to first answer (config + gradebook + " << median.submissions
          << " submission summaries + first notebook + answer cell `" << median.answer << "`; median of " << probeRuns
          << " fresh processes, first run " << QString::number(runs.first().milliseconds, 'f', 1) << " ms) | "
          << QString::number(median.milliseconds, 'f', 1) << " ms |\n";
    out() << "| Resident memory after opening (VmRSS) | "
          << (median.residentKib < 0
                  ? QStringLiteral("n/a")
                  : QString::number(double(median.residentKib) / 1024.0, 'f', 1) + QStringLiteral(" MB"))
          << " |\n";
    if (grading.isEmpty()) {
        out() << "| Grading by question | failed (see stderr) |\n";
    } else {
        const QString answers = grading.value(QStringLiteral("answers"));
        out() << "| Grading: open question `" << grading.value(QStringLiteral("question"))
              << "` to first answer (setAssignment + setQuestion over " << answers
              << " answers until answerContentReady) | " << milliseconds(grading.value(QStringLiteral("open_ms")))
              << " |\n";
        out() << "| Grading: next answer warm, content + highlighted code (p50 / p99 / max of "
              << grading.value(QStringLiteral("next_n")) << ", 100 ms between answers, "
              << grading.value(QStringLiteral("next_highlighter_calls"))
              << " highlighter processes inside measured spans) | "
              << milliseconds(grading.value(QStringLiteral("next_p50"))) << " / "
              << milliseconds(grading.value(QStringLiteral("next_p99"))) << " / "
              << milliseconds(grading.value(QStringLiteral("next_max"))) << " |\n";
        out() << "| Grading: apply a rubric item durably on SQLite, models updated (p50 / p99 / max of "
              << grading.value(QStringLiteral("apply_n")) << " toggles) | "
              << milliseconds(grading.value(QStringLiteral("apply_p50"))) << " / "
              << milliseconds(grading.value(QStringLiteral("apply_p99"))) << " / "
              << milliseconds(grading.value(QStringLiteral("apply_max"))) << " |\n";
        out() << "| Grading: the same toggle including the event-loop turn after it (question progress; p50 / p99) | "
              << milliseconds(grading.value(QStringLiteral("applysettled_p50"))) << " / "
              << milliseconds(grading.value(QStringLiteral("applysettled_p99"))) << " |\n";
        out() << "| Grading: the same toggle as a bare Gradebook::setRubricItemApplied (p50 / p99 / max) | "
              << milliseconds(grading.value(QStringLiteral("applygb_p50"))) << " / "
              << milliseconds(grading.value(QStringLiteral("applygb_p99"))) << " / "
              << milliseconds(grading.value(QStringLiteral("applygb_max"))) << " |\n";
        out() << "| Grading: retroactive point change over " << grading.value(QStringLiteral("retro_answers"))
              << " answers (durable + models) | " << milliseconds(grading.value(QStringLiteral("retro_ms"))) << " |\n";
        out() << "| Grading: every answer read and grouped in the background | "
              << milliseconds(grading.value(QStringLiteral("all_loaded_ms"))) << " |\n";
        out() << "| Grading: resident memory after opening / at the end (VmRSS) | "
              << kibToMegabytes(grading.value(QStringLiteral("rss_open_kib"))) << " / "
              << kibToMegabytes(grading.value(QStringLiteral("rss_end_kib"))) << " |\n";
    }
    if (parsed) {
        out() << "| Parse every fixture notebook (" << parsed->notebooks << " files, " << megabytes(parsed->bytes)
              << " MB, " << parsed->failed << " refused with an error as intended) | "
              << QString::number(parsed->milliseconds, 'f', 1) << " ms |\n";
    } else {
        out() << "| Parse every fixture notebook | skipped: fixtures not found (set GRADEDESK_FIXTURES_DIR or "
                 "--fixtures) |\n";
    }
    out().flush();
    return 0;
}
