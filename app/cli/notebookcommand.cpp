// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "commands.h"

#include <services/notebook/notebookinspector.h>
#include <services/notebook/notebookreader.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace GradeDesk::Cli {

namespace {

class NotebookCommand final
{
    Q_DECLARE_TR_FUNCTIONS(NotebookCommand)

public:
    static int inspect(CommandContext &context, const QStringList &args)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Show a notebook's cells with their parsed nbgrader metadata and the "
                                            "checksum nbgrader would compute now."));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
        parser.addOption(json);
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .ipynb file."));
        if (const auto stop = parseSubcommand(parser, context, QStringLiteral("notebook inspect"), args, 1, 1)) {
            return *stop;
        }

        const auto notebook = Services::NotebookReader::readFile(parser.positionalArguments().constFirst());
        if (!notebook) {
            return context.io.fail(notebook.error());
        }
        const QJsonObject report = Services::inspectNotebook(notebook.value());
        if (parser.isSet(json)) {
            context.io.out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)) << Qt::flush;
            return ExitOk;
        }
        printTable(context, report);
        return ExitOk;
    }

private:
    static void printTable(CommandContext &context, const QJsonObject &report)
    {
        QTextStream &out = context.io.out();
        out << tr("nbformat %1, language %2")
                   .arg(report.value(QStringLiteral("nbformat")).toString(),
                        report.value(QStringLiteral("language")).toString())
            << Qt::endl;
        for (const QJsonValue &warning : report.value(QStringLiteral("warnings")).toArray()) {
            context.io.warn(warning.toString());
        }
        for (const QJsonValue &value : report.value(QStringLiteral("cells")).toArray()) {
            const QJsonObject cell = value.toObject();
            const QJsonObject nbgrader = cell.value(QStringLiteral("nbgrader")).toObject();
            QStringList flags;
            for (const char *flag : {"grade", "solution", "locked", "task"}) {
                if (nbgrader.value(QLatin1String(flag)).toBool()) {
                    flags << QLatin1String(flag);
                }
            }
            const QJsonValue changed = cell.value(QStringLiteral("changed"));
            const QString state = changed.isBool() ? (changed.toBool() ? tr("changed") : tr("unchanged")) : QString();
            out << QStringLiteral("%1  %2  %3  %4  %5")
                       .arg(cell.value(QStringLiteral("index")).toInt(), 3)
                       .arg(cell.value(QStringLiteral("cell_type")).toString(), -8)
                       .arg(nbgrader.value(QStringLiteral("grade_id")).toString(), -24)
                       .arg(flags.join(QLatin1Char(',')), -22)
                       .arg(state)
                       .trimmed()
                << Qt::endl;
        }
    }
};

} // namespace

int runNotebook(CommandContext &context, const QStringList &args)
{
    if (args.isEmpty()) {
        return context.io.usage(NotebookCommand::tr("notebook: missing subcommand"));
    }
    if (args.constFirst() == QLatin1String("-h") || args.constFirst() == QLatin1String("--help")) {
        context.io.out() << NotebookCommand::tr("Usage: gradedesk-cli notebook inspect FILE [--json]\n") << Qt::flush;
        return ExitOk;
    }
    if (args.constFirst() == QLatin1String("inspect")) {
        return NotebookCommand::inspect(context, args.mid(1));
    }
    return context.io.usage(NotebookCommand::tr("notebook: unknown subcommand '%1'").arg(args.constFirst()));
}

} // namespace GradeDesk::Cli
