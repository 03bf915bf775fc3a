// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "clicommands.h"

#include "commands.h"

#include <QCoreApplication>

#include <cstdio>

namespace GradeDesk::Cli {

namespace {

class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static QString usage()
    {
        return tr(
            "Usage: gradedesk-cli [--course FILE] COMMAND [options]\n"
            "\n"
            "Commands:\n"
            "  demo DIR [--students N] [--seed S]   generate a demo course with DIR/course.yaml\n"
            "  init DIR                             write course.yaml for an existing nbgrader course\n"
            "  collect [ASSIGNMENT]                 collect submissions into the gradebook (needs --course)\n"
            "  grades export [--assignment A] [--per-question]\n"
            "                                       write grades as CSV to stdout (needs --course)\n"
            "  notebook inspect FILE [--json]       show a notebook's cells, nbgrader metadata and checksums\n"
            "  rubric export ASSIGNMENT NOTEBOOK:GRADE_ID [--out FILE]\n"
            "                                       write a question's rubric as YAML (needs --course)\n"
            "  rubric import ASSIGNMENT NOTEBOOK:GRADE_ID FILE\n"
            "                                       add a YAML rubric's items to a question (needs --course)\n"
            "  feedback ASSIGNMENT [--out DIR]      write per-student feedback HTML (needs --course)\n"
            "  canvas test                          check the Canvas connection (needs --course)\n"
            "  canvas roster [--dry-run]            import the Canvas roster (needs --course)\n"
            "  canvas push ASSIGNMENT [--dry-run]   push grades to Canvas and verify them (needs --course)\n"
            "  exchange test|courses|students|release|collect|feedback ...\n"
            "                                       work with an ngshare exchange (needs --course)\n"
            "  autograde ASSIGNMENT [--executor local|kubernetes] [--jobs N] [--student ID]...\n"
            "            [--dry-run] [--yes]        run and score every submission (needs --course)\n"
            "  gradebook migrate --to URL           copy the gradebook to PostgreSQL and verify it (needs --course)\n"
            "  grade ASSIGNMENT --actions FILE      apply grading actions (JSON lines, - for stdin) (needs --course)\n"
            "  regrade list|add|import-csv|import-canvas|resolve ...\n"
            "                                       regrade requests (needs --course)\n"
            "\n"
            "Global options:\n"
            "  --course FILE   the course.yaml to work on\n"
            "  -h, --help      show this help, or a command's help after the command\n"
            "  -v, --version   show the version\n"
            "\n"
            "Exit status: 0 on success, 1 on failure, 2 on bad usage.\n");
    }
};

using Handler = int (*)(CommandContext &, const QStringList &);

struct Command {
    const char *name;
    Handler handler;
};

constexpr Command commands[] = {
    {"demo", &runDemo},         {"init", &runInit},           {"collect", &runCollect},     {"grades", &runGrades},
    {"notebook", &runNotebook}, {"rubric", &runRubric},       {"feedback", &runFeedback},   {"canvas", &runCanvas},
    {"exchange", &runExchange}, {"autograde", &runAutograde}, {"gradebook", &runGradebook}, {"grade", &runGrade},
    {"regrade", &runRegrade},
};

} // namespace

std::optional<int> parseSubcommand(QCommandLineParser &parser, CommandContext &context, const QString &command,
                                   const QStringList &args, qsizetype minPositional, qsizetype maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("gradedesk-cli")} + args)) {
        return context.io.usage(QStringLiteral("%1: %2").arg(command, parser.errorText()));
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QStringLiteral("gradedesk-cli [options]"),
                     QStringLiteral("gradedesk-cli %1 [options]").arg(command));
        context.io.out() << text << Qt::flush;
        return ExitOk;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional) {
        return context.io.usage(Cli::tr("%1: missing argument").arg(command));
    }
    if (count > maxPositional) {
        return context.io.usage(
            Cli::tr("%1: unexpected argument '%2'").arg(command, parser.positionalArguments().at(maxPositional)));
    }
    return std::nullopt;
}

int run(const QStringList &arguments)
{
    CliIo io(stdout, stderr);
    CommandContext context{io, {}};

    QStringList rest = arguments.mid(1);
    while (!rest.isEmpty() && rest.front().startsWith(QLatin1Char('-'))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            io.out() << Cli::usage() << Qt::flush;
            return ExitOk;
        }
        if (option == QLatin1String("-v") || option == QLatin1String("--version")) {
            io.out() << QStringLiteral("gradedesk-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        }
        if (option == QLatin1String("--course")) {
            if (rest.isEmpty()) {
                return io.usage(Cli::tr("--course needs a file"));
            }
            context.coursePath = rest.takeFirst();
        } else if (option.startsWith(QLatin1String("--course="))) {
            context.coursePath = option.mid(9);
        } else {
            return io.usage(Cli::tr("unknown option '%1'").arg(option));
        }
    }
    if (rest.isEmpty()) {
        return io.usage(Cli::tr("missing command"));
    }

    const QString name = rest.takeFirst();
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name)) {
            return command.handler(context, rest);
        }
    }
    return io.usage(Cli::tr("unknown command '%1'").arg(name));
}

} // namespace GradeDesk::Cli
