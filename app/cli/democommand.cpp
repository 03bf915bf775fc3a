// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "commands.h"

#include <services/config/courseconfig.h>
#include <services/demo/demogenerator.h>
#include <services/gradebook/gradebook.h>
#include <services/gradebook/rosterimport.h>

#include <QDir>

namespace GradeDesk::Cli {

namespace {

class DemoCommand final
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

std::optional<int> positiveNumber(const QString &text, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > maximum) {
        return std::nullopt;
    }
    return value;
}

} // namespace

int runDemo(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DemoCommand::tr(
        "Generate a complete demo course in DIR: a data-analysis assignment with autograded and manual questions, "
        "and N students' submissions and autograded results. Open it with gradedesk --course DIR/course.yaml "
        "after gradedesk-cli --course DIR/course.yaml collect."));
    const QCommandLineOption students(QStringLiteral("students"), DemoCommand::tr("Number of students (default 40)."),
                                      QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption seed(QStringLiteral("seed"), DemoCommand::tr("Random seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption questions(QStringLiteral("questions"),
                                       DemoCommand::tr("Autograded questions in the first assignment (default 7)."),
                                       QStringLiteral("Q"), QStringLiteral("7"));
    parser.addOptions({students, seed, questions});
    parser.addPositionalArgument(QStringLiteral("DIR"), DemoCommand::tr("Folder for the course: new, or empty."));
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("demo"), args, 1, 1)) {
        return *stop;
    }

    Services::DemoOptions options;
    options.directory = QDir(parser.positionalArguments().constFirst()).absolutePath();
    const auto studentCount = positiveNumber(parser.value(students), 100000);
    if (!studentCount) {
        return context.io.usage(DemoCommand::tr("demo: --students must be a number from 1 to 100000"));
    }
    const auto questionCount = positiveNumber(parser.value(questions), 200);
    if (!questionCount) {
        return context.io.usage(DemoCommand::tr("demo: --questions must be a number from 1 to 200"));
    }
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk) {
        return context.io.usage(DemoCommand::tr("demo: --seed must be a non-negative number"));
    }
    options.students = *studentCount;
    options.questions = *questionCount;
    options.progress = [&context](int done, int total) {
        context.io.progress(done, total, DemoCommand::tr("Writing students"));
    };

    const auto report = Services::generateDemoCourse(options);
    context.io.endProgress();
    if (!report) {
        return context.io.fail(report.error());
    }
    // The roster gives the gradebook names and e-mail addresses, which submissions alone do not carry.
    const auto config = Services::CourseConfigLoader::load(report.value().configPath);
    if (!config) {
        return context.io.fail(config.error());
    }
    auto gradebook = Services::Gradebook::open(config.value().config.gradebook);
    if (!gradebook) {
        return context.io.fail(gradebook.error());
    }
    const auto roster = Services::importRosterCsv(*gradebook.value(), report.value().rosterPath);
    if (!roster) {
        return context.io.fail(roster.error());
    }
    context.io.out() << DemoCommand::tr("Wrote %1: %2 students, %3 submissions, %4 notebooks in %5 ms.")
                            .arg(report.value().configPath)
                            .arg(report.value().students)
                            .arg(report.value().submissions)
                            .arg(report.value().notebooksWritten)
                            .arg(report.value().elapsedMs)
                     << Qt::endl;
    return ExitOk;
}

} // namespace GradeDesk::Cli
