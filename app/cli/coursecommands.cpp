// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "commands.h"
#include "courseopen.h"

#include <services/config/courseconfig.h>
#include <services/exchange/exchange.h>
#include <services/exchange/localexchange.h>
#include <services/gradebook/gradebook.h>
#include <services/gradebook/gradesexport.h>
#include <services/gradebook/nbgraderimport.h>
#include <services/gradebook/rosterimport.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

namespace GradeDesk::Cli {

namespace {

class CourseCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CourseCommands)

public:
    static Services::CourseConfig configFor(const QString &directory, const QStringList &assignments)
    {
        Services::CourseConfig config;
        const QString name = QFileInfo(directory).fileName();
        config.id = name;
        config.title = name;
        config.exchange.kind = Services::ExchangeConfig::Kind::Local;
        config.exchange.directory = directory;
        config.gradebook.kind = Services::GradebookConfig::Kind::Sqlite;
        config.gradebook.sqlitePath = QDir(directory).filePath(QStringLiteral("gradebook.sqlite"));
        for (const QString &assignment : assignments) {
            Services::AssignmentConfig entry;
            entry.name = assignment;
            for (const char *stage : {"source", "release"}) {
                const QDir dir(QDir(directory).filePath(QLatin1String(stage) + QLatin1Char('/') + assignment));
                if (dir.exists()) {
                    for (const QString &file : dir.entryList({QStringLiteral("*.ipynb")}, QDir::Files, QDir::Name)) {
                        entry.notebooks << QFileInfo(file).completeBaseName();
                    }
                    break;
                }
            }
            config.assignments << entry;
        }
        return config;
    }
};

} // namespace

int runInit(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CourseCommands::tr(
        "Write DIR/course.yaml for an existing nbgrader course folder (source/, release/, submitted/, "
        "autograded/), and import its nbgrader gradebook.db when there is one."));
    parser.addPositionalArgument(QStringLiteral("DIR"), CourseCommands::tr("The nbgrader course folder."));
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("init"), args, 1, 1)) {
        return *stop;
    }
    const QString directory = QDir(parser.positionalArguments().constFirst()).absolutePath();
    if (!QFileInfo(directory).isDir()) {
        return context.io.fail(CourseCommands::tr("%1 is not a folder.").arg(directory));
    }
    const QString coursePath = QDir(directory).filePath(QStringLiteral("course.yaml"));
    if (QFileInfo::exists(coursePath)) {
        return context.io.fail(
            CourseCommands::tr("%1 already exists; GradeDesk never overwrites it. Edit it, or remove it first.")
                .arg(coursePath));
    }

    const QStringList assignments = Services::LocalExchange::discoverAssignments(directory);
    const Services::CourseConfig config = CourseCommands::configFor(directory, assignments);
    if (const auto saved = Services::CourseConfigLoader::save(config, coursePath); !saved) {
        return context.io.fail(saved.error());
    }

    const QString nbgraderDb = QDir(directory).filePath(QStringLiteral("gradebook.db"));
    const QString roster = QDir(directory).filePath(QStringLiteral("students.csv"));
    if (QFileInfo::exists(nbgraderDb) || QFileInfo::exists(roster)) {
        auto gradebook = Services::Gradebook::open(config.gradebook);
        if (!gradebook) {
            return context.io.fail(gradebook.error());
        }
        if (QFileInfo::exists(nbgraderDb)) {
            const auto imported = Services::importNbgraderDatabase(*gradebook.value(), nbgraderDb);
            if (!imported) {
                return context.io.fail(imported.error());
            }
            context.io.info(CourseCommands::tr("Imported nbgrader's gradebook.db."));
        }
        if (QFileInfo::exists(roster)) {
            const auto imported = Services::importRosterCsv(*gradebook.value(), roster);
            if (!imported) {
                return context.io.fail(imported.error());
            }
            for (const QString &warning : imported.value().warnings) {
                context.io.warn(warning);
            }
        }
    }
    context.io.out() << CourseCommands::tr("Wrote %1 with %n assignment(s): %2", nullptr, int(assignments.size()))
                            .arg(coursePath, assignments.join(QStringLiteral(", ")))
                     << Qt::endl;
    return ExitOk;
}

int runCollect(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CourseCommands::tr(
        "Collect new or newer submissions from the course's exchange into its gradebook, with the scores of "
        "any autograded notebooks."));
    parser.addPositionalArgument(QStringLiteral("ASSIGNMENT"),
                                 CourseCommands::tr("Collect only this assignment (default: all)."),
                                 QStringLiteral("[ASSIGNMENT]"));
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("collect"), args, 0, 1)) {
        return *stop;
    }
    auto opened = openCourse(context, QStringLiteral("collect"));
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    auto &course = std::get<OpenCourse>(opened);
    auto exchange = Services::createExchange(course.config, *course.gradebook);
    if (!exchange) {
        return context.io.fail(exchange.error());
    }

    Services::CollectJob *job = exchange.value()->collect(parser.positionalArguments().value(0));
    QEventLoop loop;
    QObject::connect(job, &Services::CollectJob::progress, &loop, [&context](int done, int total) {
        context.io.progress(done, total, CourseCommands::tr("Collecting"));
    });
    std::optional<Services::Result<Services::CollectReport>> result;
    QObject::connect(job, &Services::CollectJob::finished, &loop, [&loop, &result, job] {
        result = job->result();
        loop.quit();
    });
    loop.exec();
    context.io.endProgress();

    if (!result->ok()) {
        return context.io.fail(result->error());
    }
    const Services::CollectReport &report = result->value();
    for (const QString &warning : report.warnings) {
        context.io.warn(warning);
    }
    for (const Services::CollectSkip &skip : report.skipped) {
        context.io.warn(skip.student.isEmpty()
                            ? QStringLiteral("%1: %2").arg(skip.assignment, skip.error.message)
                            : QStringLiteral("%1/%2: %3").arg(skip.assignment, skip.student, skip.error.message));
    }
    context.io.out() << CourseCommands::tr("%1: %2 added, %3 updated, %4 unchanged, %5 rescored; %6 autograded "
                                           "notebooks scored")
                            .arg(report.assignments.join(QStringLiteral(", ")))
                            .arg(report.added)
                            .arg(report.updated)
                            .arg(report.unchanged)
                            .arg(report.rescored)
                            .arg(report.notebooksScored)
                     << Qt::endl;
    if (!report.skipped.isEmpty()) {
        return context.io.fail(CourseCommands::tr("%n submission(s) could not be collected (see the warnings above).",
                                                  nullptr, int(report.skipped.size())));
    }
    return ExitOk;
}

int runGrades(CommandContext &context, const QStringList &args)
{
    if (args.isEmpty()) {
        return context.io.usage(CourseCommands::tr("grades: missing subcommand"));
    }
    if (args.constFirst() == QLatin1String("-h") || args.constFirst() == QLatin1String("--help")) {
        context.io.out() << CourseCommands::tr(
                                "Usage: gradedesk-cli --course FILE grades export [--assignment A] [--per-question]\n")
                         << Qt::flush;
        return ExitOk;
    }
    if (args.constFirst() != QLatin1String("export")) {
        return context.io.usage(CourseCommands::tr("grades: unknown subcommand '%1'").arg(args.constFirst()));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(CourseCommands::tr(
        "Write grades as CSV to stdout, in nbgrader's export columns (one row per student and assignment)."));
    const QCommandLineOption assignment(QStringLiteral("assignment"), CourseCommands::tr("Only this assignment."),
                                        QStringLiteral("A"));
    const QCommandLineOption perQuestion(QStringLiteral("per-question"),
                                         CourseCommands::tr("Add one column per question after max_score."));
    parser.addOption(assignment);
    parser.addOption(perQuestion);
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("grades export"), args.mid(1), 0, 0)) {
        return *stop;
    }
    auto opened = openCourse(context, QStringLiteral("grades export"));
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    auto &course = std::get<OpenCourse>(opened);

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return context.io.fail(CourseCommands::tr("Cannot write to standard output."));
    }
    const auto exported =
        Services::exportGradesCsv(*course.gradebook, out, parser.value(assignment), parser.isSet(perQuestion));
    if (!exported) {
        return context.io.fail(exported.error());
    }
    return ExitOk;
}

} // namespace GradeDesk::Cli
