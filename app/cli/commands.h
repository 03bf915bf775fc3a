// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "cliio.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace GradeDesk::Cli {

struct CommandContext {
    CliIo &io;
    QString coursePath; ///< From the global `--course FILE`; empty when not given.
};

/**
 * Parses one subcommand's arguments (`args` holds the words after the command name).
 * Returns an exit code when the command must stop here: ExitOk after `--help`, ExitUsage on a bad
 * option or a wrong number of positional arguments (outside [minPositional, maxPositional]).
 */
std::optional<int> parseSubcommand(QCommandLineParser &parser, CommandContext &context, const QString &command,
                                   const QStringList &args, qsizetype minPositional, qsizetype maxPositional);

int runDemo(CommandContext &context, const QStringList &args);
int runInit(CommandContext &context, const QStringList &args);
int runCollect(CommandContext &context, const QStringList &args);
int runGrades(CommandContext &context, const QStringList &args);
int runNotebook(CommandContext &context, const QStringList &args);
int runRubric(CommandContext &context, const QStringList &args);    // gradingcommands.cpp
int runFeedback(CommandContext &context, const QStringList &args);  // gradingcommands.cpp
int runCanvas(CommandContext &context, const QStringList &args);    // canvascommands.cpp
int runExchange(CommandContext &context, const QStringList &args);  // exchangecommands.cpp
int runAutograde(CommandContext &context, const QStringList &args); // autogradecommands.cpp
int runGradebook(CommandContext &context, const QStringList &args); // gradebookcommands.cpp
int runGrade(CommandContext &context, const QStringList &args);     // gradecommands.cpp
int runRegrade(CommandContext &context, const QStringList &args);   // regradecommands.cpp

} // namespace GradeDesk::Cli
