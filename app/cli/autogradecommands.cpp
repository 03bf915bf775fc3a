// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "commands.h"
#include "courseopen.h"

#include <services/grading/autogradeexecutors.h>
#include <services/grading/autogradeimport.h>
#include <services/grading/autogradeplanner.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QTextStream>

#include <unistd.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <variant>

// gradedesk-cli autograde ASSIGNMENT: run every submission through the grading harness (locally or
// on Kubernetes), show what would change in the gradebook, then store it.

namespace GradeDesk::Cli {

namespace {

using namespace GradeDesk::Services;

class AutogradeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(AutogradeCommand)

public:
    static QString stateName(AutogradeTaskState state)
    {
        switch (state) {
        case AutogradeTaskState::Queued:
            return tr("queued");
        case AutogradeTaskState::Running:
            return tr("running");
        case AutogradeTaskState::Passed:
            return tr("graded");
        case AutogradeTaskState::Failed:
            return tr("failed");
        case AutogradeTaskState::TimedOut:
            return tr("timed out");
        case AutogradeTaskState::Cancelled:
            return tr("cancelled");
        }
        return {};
    }

    static QString score(const std::optional<double> &value)
    {
        return value ? QLocale::c().toString(*value, 'g', 6) : QStringLiteral("-");
    }

    static QString seconds(const QDateTime &from, const QDateTime &to)
    {
        return from.isValid() && to.isValid() ? QString::number(double(from.msecsTo(to)) / 1000.0, 'f', 1)
                                              : QStringLiteral("?");
    }

    static QString note(const AutogradeCellChange &change)
    {
        if (change.overridden) {
            return tr("manual score %1 decides").arg(score(change.manualScore));
        }
        if (change.newNeedsManual) {
            return tr("needs manual grading");
        }
        return change.message.isEmpty() ? change.outcome : change.outcome + QStringLiteral(": ") + change.message;
    }

    static void printChanges(QTextStream &out, const AutogradeChanges &changes)
    {
        if (!changes.hasScoreChanges()) {
            out << tr("No scores change (%n cell(s) already up to date).", nullptr, changes.unchangedCells) << Qt::endl;
            return;
        }
        out << tr("Changes:") << Qt::endl;
        for (const AutogradeCellChange &change : changes.cells) {
            out << QStringLiteral("  %1  %2/%3  %4 -> %5 of %6  (%7)")
                       .arg(change.studentId, change.notebook, change.cell, score(change.oldAutoScore),
                            score(change.newAutoScore), score(change.maxScore), note(change))
                << Qt::endl;
        }
        out << tr("%n cell(s) change, %1 final score(s) change, %2 unchanged.", nullptr, int(changes.cells.size()))
                   .arg(changes.finalScoreChanges())
                   .arg(changes.unchangedCells)
            << Qt::endl;
    }

    static bool confirm(CliIo &io)
    {
        io.info(tr("Store these scores in the gradebook? [y/N] "));
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        return answer == QLatin1String("y") || answer == QLatin1String("yes");
    }
};

struct RunOutcome {
    QList<AutogradeTaskResult> results;
    std::optional<ServiceError> runError;
    qint64 elapsedMs = 0;
};

RunOutcome execute(CommandContext &context, AutogradeExecutor &executor, const AutogradePlan &plan)
{
    RunOutcome outcome;
    const qsizetype total = plan.tasks.size();
    int done = 0;
    QEventLoop loop;
    QObject::connect(&executor, &AutogradeExecutor::taskFinished, &loop, [&](const AutogradeTaskResult &result) {
        outcome.results.append(result);
        ++done;
        const AutogradeTask &task = plan.tasks.at(result.index);
        QString line = QStringLiteral("[%1/%2] %3: %4 (%5 s)")
                           .arg(done)
                           .arg(total)
                           .arg(task.studentId, AutogradeCommand::stateName(result.state),
                                AutogradeCommand::seconds(result.startedAt, result.finishedAt));
        if (result.failure) {
            line += QStringLiteral(" - ") + result.failure->message;
        }
        context.io.info(line);
    });
    QObject::connect(&executor, &AutogradeExecutor::runEvent, &loop,
                     [&context](const QString &message) { context.io.info(message); });
    QObject::connect(&executor, &AutogradeExecutor::runFailed, &loop,
                     [&outcome](const ServiceError &error) { outcome.runError = error; });
    QObject::connect(&executor, &AutogradeExecutor::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    executor.start(plan);
    if (executor.isRunning()) {
        loop.exec();
    }
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

void printSummary(CommandContext &context, const AutogradePlan &plan, const QString &executorName,
                  const RunOutcome &outcome)
{
    QHash<AutogradeTaskState, int> counts;
    for (const AutogradeTaskResult &result : outcome.results) {
        ++counts[result.state];
    }
    QTextStream &out = context.io.out();
    out << AutogradeCommand::tr("Autograded %1 (%2): %3 graded, %4 failed, %5 timed out, %6 cancelled of %7 in %8 s")
               .arg(plan.assignment, executorName)
               .arg(counts.value(AutogradeTaskState::Passed))
               .arg(counts.value(AutogradeTaskState::Failed))
               .arg(counts.value(AutogradeTaskState::TimedOut))
               .arg(counts.value(AutogradeTaskState::Cancelled))
               .arg(plan.tasks.size())
               .arg(QString::number(double(outcome.elapsedMs) / 1000.0, 'f', 1))
        << Qt::endl;
    for (const AutogradeTaskResult &result : outcome.results) {
        if (result.state == AutogradeTaskState::Passed || result.log.isEmpty()) {
            continue;
        }
        const QStringList lines = result.log.split(QLatin1Char('\n'));
        out << AutogradeCommand::tr("Log of %1 (last lines):").arg(plan.tasks.at(result.index).studentId) << Qt::endl;
        for (const QString &line : lines.mid(qMax<qsizetype>(0, lines.size() - 5))) {
            out << QStringLiteral("    ") << line << Qt::endl;
        }
    }
}

} // namespace

int runAutograde(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AutogradeCommand::tr(
        "Run every collected submission of ASSIGNMENT through the grading harness, show which scores would "
        "change, and store the auto scores (manual scores, comments and rubric grading stay as they are)."));
    parser.addPositionalArgument(QStringLiteral("ASSIGNMENT"), AutogradeCommand::tr("The assignment to autograde."));
    const QCommandLineOption executorOption(
        QStringLiteral("executor"),
        AutogradeCommand::tr("local or kubernetes (default: the course's autograde.executor)."),
        QStringLiteral("NAME"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
                                        AutogradeCommand::tr("Submissions graded at once (default: the course's "
                                                             "autograde.parallelism)."),
                                        QStringLiteral("N"));
    const QCommandLineOption studentOption(
        QStringLiteral("student"), AutogradeCommand::tr("Grade only this student (repeatable)."), QStringLiteral("ID"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          AutogradeCommand::tr("Grade and show the changes, but store nothing."));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       AutogradeCommand::tr("Store changed scores without asking."));
    parser.addOptions({executorOption, jobsOption, studentOption, dryRunOption, yesOption});
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("autograde"), args, 1, 1)) {
        return *stop;
    }
    std::optional<int> jobs;
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || *jobs < 1) {
            return context.io.usage(AutogradeCommand::tr("autograde: --jobs needs a whole number of 1 or more"));
        }
    }
    const QString executorName = parser.value(executorOption).toLower();
    if (!executorName.isEmpty() && !AutogradeExecutors::names().contains(executorName)) {
        return context.io.usage(AutogradeCommand::tr("autograde: unknown executor '%1' (use %2)")
                                    .arg(executorName, AutogradeExecutors::names().join(QStringLiteral(" or "))));
    }

    auto opened = openCourse(context, QStringLiteral("autograde"));
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    auto &course = std::get<OpenCourse>(opened);
    const QString assignment = parser.positionalArguments().constFirst();
    Result<AutogradePlan> planned =
        AutogradePlanner::plan(*course.gradebook, course.config, assignment, parser.values(studentOption));
    if (!planned.ok()) {
        return context.io.fail(planned.error());
    }
    AutogradePlan plan = std::move(planned).value();
    if (jobs) {
        plan.parallelism = *jobs;
    }
    const Result<AutogradeExecutor *> created = createAutogradeExecutor(course.config, executorName, nullptr);
    if (!created.ok()) {
        return context.io.fail(created.error());
    }
    const std::unique_ptr<AutogradeExecutor> executor(created.value());
    context.io.info(AutogradeCommand::tr("Autograding %n submission(s) of %1 with the %2 executor (run %3)...", nullptr,
                                         int(plan.tasks.size()))
                        .arg(assignment, executor->name(), plan.runId));

    const RunOutcome outcome = execute(context, *executor, plan);
    if (outcome.runError) {
        return context.io.fail(*outcome.runError);
    }
    printSummary(context, plan, executor->name(), outcome);
    const bool allGraded = std::all_of(outcome.results.cbegin(), outcome.results.cend(),
                                       [](const auto &result) { return result.state == AutogradeTaskState::Passed; });

    const Result<AutogradeChanges> changes = AutogradeImport::preview(*course.gradebook, plan, outcome.results);
    if (!changes.ok()) {
        return context.io.fail(changes.error());
    }
    for (const QString &warning : changes.value().warnings) {
        context.io.warn(warning);
    }
    AutogradeCommand::printChanges(context.io.out(), changes.value());
    if (parser.isSet(dryRunOption)) {
        context.io.out() << AutogradeCommand::tr("Dry run: nothing was stored.") << Qt::endl;
        return allGraded ? ExitOk : ExitFailure;
    }
    if (changes.value().hasScoreChanges() && !parser.isSet(yesOption)) {
        if (isatty(fileno(stdin)) == 0) {
            return context.io.fail(AutogradeCommand::tr(
                "Scores would change, so nothing was stored. Run again with --yes to store them, or with --dry-run "
                "to only look."));
        }
        context.io.out() << Qt::flush;
        if (!AutogradeCommand::confirm(context.io)) {
            context.io.out() << AutogradeCommand::tr("Nothing was stored.") << Qt::endl;
            return ExitFailure;
        }
    }
    const Result<AutogradeCommitReport> committed =
        AutogradeImport::commit(*course.gradebook, plan, outcome.results, executor->name(), auditActor(course.config));
    if (!committed.ok()) {
        return context.io.fail(committed.error());
    }
    for (const QString &warning : committed.value().warnings) {
        context.io.warn(warning);
    }
    context.io.out() << AutogradeCommand::tr("Stored %n auto score(s); placed %1 executed notebook(s) in autograded/.",
                                             nullptr, committed.value().cellsWritten)
                            .arg(committed.value().notebooksPlaced)
                     << Qt::endl;
    if (!allGraded) {
        return context.io.fail(AutogradeCommand::tr("Some submissions were not graded (see above). Fix the cause and "
                                                    "run autograde again with --student for them."));
    }
    return ExitOk;
}

} // namespace GradeDesk::Cli
