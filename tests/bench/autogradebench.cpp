// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// autograde-bench: the local executor's throughput on a generated demo course, one process at a time
// against a pool as large as the machine's cores (issue 5's figure; goal: speed-up >= 0.9 x cores).
// Prints a markdown table. Not a test: run it by hand, on an otherwise idle machine.

#include <services/config/courseconfig.h>
#include <services/demo/demogenerator.h>
#include <services/exchange/localexchange.h>
#include <services/gradebook/gradebook.h>
#include <services/grading/autogradeplanner.h>
#include <services/grading/localexecutor.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <optional>

using namespace GradeDesk::Services;

namespace {

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

/// A Python that can run the harness: the given one, else python3 from PATH, else /usr/bin/python3.
QString notebookPython(const QString &wanted)
{
    const QStringList candidates =
        wanted.isEmpty()
            ? QStringList{QStandardPaths::findExecutable(QStringLiteral("python3")), QStringLiteral("/usr/bin/python3")}
            : QStringList{wanted};
    for (const QString &candidate : candidates) {
        QProcess check;
        check.start(candidate, {QStringLiteral("-c"), QStringLiteral("import nbformat, nbclient, ipykernel")});
        if (!candidate.isEmpty() && check.waitForFinished(60000) && check.exitCode() == 0) {
            return candidate;
        }
    }
    return {};
}

struct Timing {
    qint64 ms = 0;
    int graded = 0;
    int failed = 0;
};

std::optional<Timing> runPlan(const AutogradePlan &plan, const QString &python, int pool)
{
    LocalExecutor executor;
    executor.setInterpreter(python);
    AutogradePlan sized = plan;
    sized.parallelism = pool;
    Timing timing;
    std::optional<ServiceError> failure;
    QEventLoop loop;
    QObject::connect(&executor, &AutogradeExecutor::taskFinished, &loop, [&timing](const AutogradeTaskResult &r) {
        (r.state == AutogradeTaskState::Passed ? timing.graded : timing.failed) += 1;
    });
    QObject::connect(&executor, &AutogradeExecutor::runFailed, &loop,
                     [&failure](const ServiceError &error) { failure = error; });
    QObject::connect(&executor, &AutogradeExecutor::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    executor.start(sized);
    if (executor.isRunning()) {
        loop.exec();
    }
    timing.ms = timer.elapsed();
    if (failure) {
        err() << "run failed: " << failure->message << Qt::endl;
        return std::nullopt;
    }
    return timing;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local autograde throughput: pool of 1 against pool = cores."));
    parser.addHelpOption();
    const QCommandLineOption studentsOption(QStringLiteral("students"), QStringLiteral("Demo students (24)."),
                                            QStringLiteral("N"), QStringLiteral("24"));
    const QCommandLineOption poolOption(QStringLiteral("pool"), QStringLiteral("Pool to compare (cores)."),
                                        QStringLiteral("N"), QString::number(QThread::idealThreadCount()));
    const QCommandLineOption pythonOption(QStringLiteral("python"), QStringLiteral("Interpreter with nbclient."),
                                          QStringLiteral("PATH"));
    parser.addOptions({studentsOption, poolOption, pythonOption});
    parser.process(app);
    const int students = qMax(1, parser.value(studentsOption).toInt());
    const int pool = qMax(1, parser.value(poolOption).toInt());
    const QString python = notebookPython(parser.value(pythonOption));
    if (python.isEmpty()) {
        err() << "no Python with nbformat, nbclient and ipykernel; pass --python" << Qt::endl;
        return 1;
    }

    QTemporaryDir dir;
    DemoOptions options;
    options.directory = dir.filePath(QStringLiteral("demo"));
    options.students = students;
    const Result<DemoReport> demo = DemoGenerator::generate(options);
    if (!demo.ok()) {
        err() << demo.error().message << Qt::endl;
        return 1;
    }
    const Result<LoadedCourseConfig> config = CourseConfigLoader::load(demo.value().configPath);
    Result<std::unique_ptr<Gradebook>> gradebook = Gradebook::open(config.value().config.gradebook);
    if (!config.ok() || !gradebook.ok()) {
        err() << "cannot open the demo course" << Qt::endl;
        return 1;
    }
    LocalExchange exchange(config.value().config, *gradebook.value());
    CollectJob *collect = exchange.collect(QStringLiteral("ps1"));
    QEventLoop loop;
    QObject::connect(collect, &CollectJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const Result<AutogradePlan> plan =
        AutogradePlanner::plan(*gradebook.value(), config.value().config, QStringLiteral("ps1"));
    if (!plan.ok()) {
        err() << plan.error().message << Qt::endl;
        return 1;
    }

    // Warm-up (interpreter, modules, kernel spec in the page cache), not counted.
    AutogradePlan warmUp = plan.value();
    warmUp.tasks = warmUp.tasks.mid(0, 1);
    runPlan(warmUp, python, 1);

    const std::optional<Timing> serial = runPlan(plan.value(), python, 1);
    const std::optional<Timing> pooled = runPlan(plan.value(), python, pool);
    if (!serial || !pooled) {
        return 1;
    }
    const double ratio = double(serial->ms) / double(qMax<qint64>(1, pooled->ms));
    const int cores = QThread::idealThreadCount();
    out() << "Local autograde of ps1 (" << plan.value().tasks.size() << " submissions, " << cores << " cores, "
          << python << ")\n\n";
    out() << "| pool | wall time (s) | submissions/s | graded | failed |\n";
    out() << "|-----:|--------------:|--------------:|-------:|-------:|\n";
    for (const auto &[size, timing] : {std::pair{1, *serial}, std::pair{pool, *pooled}}) {
        out() << "| " << size << " | " << QString::number(double(timing.ms) / 1000.0, 'f', 1) << " | "
              << QString::number(double(timing.graded + timing.failed) * 1000.0 / double(qMax<qint64>(1, timing.ms)),
                                 'f', 2)
              << " | " << timing.graded << " | " << timing.failed << " |\n";
    }
    out() << "\nThroughput ratio (pool " << pool << " / pool 1): " << QString::number(ratio, 'f', 2)
          << " (goal >= " << QString::number(0.9 * cores, 'f', 1) << " = 0.9 x " << cores << " cores)" << Qt::endl;
    return 0;
}
