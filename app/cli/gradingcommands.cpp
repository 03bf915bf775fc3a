// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "commands.h"
#include "courseopen.h"

#include <services/config/courseconfig.h>
#include <services/gradebook/gradebook.h>
#include <services/grading/feedbackhtml.h>
#include <services/grading/rubricyaml.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <variant>

namespace GradeDesk::Cli {

namespace {

/// Rubric files are a few kilobytes; anything far bigger is not one.
constexpr qint64 kMaxRubricFileSize = 4 * 1024 * 1024;

class GradingCommands final
{
    Q_DECLARE_TR_FUNCTIONS(GradingCommands)

public:
    /// The question `NOTEBOOK:GRADE_ID` of the assignment; on failure prints why and returns the exit code.
    static std::variant<Services::QuestionRecord, int> question(CommandContext &context,
                                                                const Services::Gradebook &gradebook,
                                                                const QString &assignment, const QString &spec)
    {
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == spec.size() - 1) {
            return context.io.usage(tr("rubric: the question must be written NOTEBOOK:GRADE_ID, not '%1'").arg(spec));
        }
        const QString notebook = spec.left(colon);
        const QString gradeId = spec.mid(colon + 1);
        const auto record = gradebook.assignment(assignment);
        if (!record) {
            return context.io.fail(record.error());
        }
        if (!record.value()) {
            return context.io.fail(
                tr("The assignment '%1' is not in the gradebook. Check its name, or collect it first.")
                    .arg(assignment));
        }
        const auto questions = gradebook.questions(record.value()->id);
        if (!questions) {
            return context.io.fail(questions.error());
        }
        QStringList known;
        for (const Services::QuestionRecord &question : questions.value()) {
            if (question.notebookName == notebook && question.name == gradeId) {
                return question;
            }
            known.append(question.notebookName + QLatin1Char(':') + question.name);
        }
        return context.io.fail(
            tr("%1 has no graded question %2. Its questions: %3.")
                .arg(assignment, spec, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "))));
    }

    static int exportRubric(CommandContext &context, const QStringList &args);
    static int importRubric(CommandContext &context, const QStringList &args);
};

int GradingCommands::exportRubric(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a question's rubric (scoring settings and items) as YAML, to import it into another question or "
           "course."));
    parser.addPositionalArgument(QStringLiteral("ASSIGNMENT"), tr("The assignment."));
    parser.addPositionalArgument(QStringLiteral("NOTEBOOK:GRADE_ID"), tr("The question: notebook name and grade_id."));
    const QCommandLineOption out(QStringLiteral("out"), tr("Write to FILE instead of standard output."),
                                 QStringLiteral("FILE"));
    parser.addOption(out);
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("rubric export"), args, 2, 2)) {
        return *stop;
    }
    auto opened = openCourse(context, QStringLiteral("rubric export"));
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    const auto &course = std::get<OpenCourse>(opened);
    const QStringList positional = parser.positionalArguments();
    const auto found = question(context, *course.gradebook, positional.at(0), positional.at(1));
    if (const int *code = std::get_if<int>(&found)) {
        return *code;
    }
    const Services::QuestionRecord &target = std::get<Services::QuestionRecord>(found);

    Services::RubricDocument rubric;
    const auto settings = course.gradebook->questionSettings(target.cellId);
    if (!settings) {
        return context.io.fail(settings.error());
    }
    rubric.settings = settings.value();
    const auto items = course.gradebook->rubricItems(target.cellId);
    if (!items) {
        return context.io.fail(items.error());
    }
    rubric.items = items.value();
    const QByteArray yaml = Services::RubricYaml::serialize(rubric);

    if (!parser.isSet(out)) {
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(yaml) != yaml.size() || !stdOut.flush()) {
            return context.io.fail(tr("Cannot write to standard output."));
        }
        return ExitOk;
    }
    const QString path = QFileInfo(parser.value(out)).absoluteFilePath();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size() || !file.commit()) {
        return context.io.fail(tr("Cannot write %1: %2.").arg(path, file.errorString()));
    }
    context.io.out() << tr("Wrote %n rubric item(s) to %1", nullptr, int(rubric.items.size())).arg(path) << Qt::endl;
    return ExitOk;
}

int GradingCommands::importRubric(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Append the items of a rubric YAML file (from rubric export) to a question's rubric. An item whose "
           "shortcut the question already uses is added without a shortcut. The file's scoring settings apply "
           "only to a question that has no rubric items yet."));
    parser.addPositionalArgument(QStringLiteral("ASSIGNMENT"), tr("The assignment."));
    parser.addPositionalArgument(QStringLiteral("NOTEBOOK:GRADE_ID"), tr("The question: notebook name and grade_id."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The rubric YAML file."));
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("rubric import"), args, 3, 3)) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    const QString path = positional.at(2);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.io.fail(tr("Cannot read %1: %2.").arg(path, file.errorString()));
    }
    if (file.size() > kMaxRubricFileSize) {
        return context.io.fail(tr("%1 is too large to be a rubric file.").arg(path));
    }
    const auto parsed = Services::RubricYaml::parse(file.readAll(), path);
    if (!parsed) {
        return context.io.fail(parsed.error());
    }
    auto opened = openCourse(context, QStringLiteral("rubric import"));
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    auto &course = std::get<OpenCourse>(opened);
    const auto found = question(context, *course.gradebook, positional.at(0), positional.at(1));
    if (const int *code = std::get_if<int>(&found)) {
        return *code;
    }
    const Services::QuestionRecord &target = std::get<Services::QuestionRecord>(found);
    const QString actor = auditActor(course.config);

    QStringList notes;
    int added = 0;
    const Services::Result<void> stored = course.gradebook->transaction([&]() -> Services::Result<void> {
        const auto existing = course.gradebook->rubricItems(target.cellId);
        if (!existing) {
            return existing.error();
        }
        QHash<QString, QString> shortcutOwner; // shortcut -> title of the item holding it
        for (const Services::RubricItemRecord &item : existing.value()) {
            if (!item.shortcut.isEmpty()) {
                shortcutOwner.insert(item.shortcut, item.title);
            }
        }
        if (existing.value().isEmpty()) {
            Services::QuestionSettings settings = parsed.value().settings;
            settings.cellId = target.cellId;
            if (const auto applied = course.gradebook->setQuestionSettings(settings, actor); !applied) {
                return applied.error();
            }
        } else {
            const auto current = course.gradebook->questionSettings(target.cellId);
            if (!current) {
                return current.error();
            }
            Services::QuestionSettings fromFile = parsed.value().settings;
            fromFile.cellId = current.value().cellId;
            if (!(fromFile == current.value())) {
                notes.append(tr("The question already has a rubric, so its scoring settings were kept; the file's "
                                "were not applied."));
            }
        }
        for (Services::RubricItemRecord item : parsed.value().items) {
            item.cellId = target.cellId;
            if (!item.shortcut.isEmpty() && shortcutOwner.contains(item.shortcut)) {
                notes.append(tr("\u201c%1\u201d was added without its shortcut %2, which \u201c%3\u201d already uses.")
                                 .arg(item.title, item.shortcut, shortcutOwner.value(item.shortcut)));
                item.shortcut.clear();
            }
            item.position = -1; // append
            const auto id = course.gradebook->addRubricItem(item, actor);
            if (!id) {
                return id.error();
            }
            if (!item.shortcut.isEmpty()) {
                shortcutOwner.insert(item.shortcut, item.title);
            }
            ++added;
        }
        return {};
    });
    if (!stored) {
        return context.io.fail(stored.error());
    }
    for (const QString &note : std::as_const(notes)) {
        context.io.warn(note);
    }
    context.io.out() << tr("Added %n rubric item(s) to %1 %2", nullptr, added).arg(positional.at(0), positional.at(1))
                     << Qt::endl;
    return ExitOk;
}

} // namespace

int runRubric(CommandContext &context, const QStringList &args)
{
    const QString usage = GradingCommands::tr("Usage: gradedesk-cli --course FILE rubric export ASSIGNMENT "
                                              "NOTEBOOK:GRADE_ID [--out FILE]\n"
                                              "       gradedesk-cli --course FILE rubric import ASSIGNMENT "
                                              "NOTEBOOK:GRADE_ID FILE\n");
    if (args.isEmpty()) {
        return context.io.usage(GradingCommands::tr("rubric: missing subcommand"));
    }
    const QString subcommand = args.constFirst();
    if (subcommand == QLatin1String("-h") || subcommand == QLatin1String("--help")) {
        context.io.out() << usage << Qt::flush;
        return ExitOk;
    }
    if (subcommand == QLatin1String("export")) {
        return GradingCommands::exportRubric(context, args.mid(1));
    }
    if (subcommand == QLatin1String("import")) {
        return GradingCommands::importRubric(context, args.mid(1));
    }
    return context.io.usage(GradingCommands::tr("rubric: unknown subcommand '%1'").arg(subcommand));
}

int runFeedback(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(GradingCommands::tr(
        "Write each student's feedback for an assignment as HTML, one page per notebook, in nbgrader's layout "
        "DIR/<student>/<assignment>/<notebook>.html: scores, applied rubric items, adjustments, comments and the "
        "notebook with its outputs. The pages hold no scripts and load nothing from the network."));
    parser.addPositionalArgument(QStringLiteral("ASSIGNMENT"), GradingCommands::tr("The assignment."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 GradingCommands::tr("Write into DIR (default: the course folder's feedback/)."),
                                 QStringLiteral("DIR"));
    parser.addOption(out);
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("feedback"), args, 1, 1)) {
        return *stop;
    }
    auto opened = openCourse(context, QStringLiteral("feedback"));
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    const auto &course = std::get<OpenCourse>(opened);
    const QString courseDirectory = course.config.courseDirectory();
    const QString outputDir = parser.isSet(out) ? QDir(parser.value(out)).absolutePath()
                                                : QDir(courseDirectory).filePath(QStringLiteral("feedback"));
    const QString assignment = parser.positionalArguments().constFirst();
    const auto written = Services::FeedbackHtml::generate(*course.gradebook, courseDirectory, course.config.title,
                                                          assignment, outputDir);
    if (!written) {
        return context.io.fail(written.error());
    }
    context.io.out()
        << GradingCommands::tr("Wrote %n feedback file(s) to %1", nullptr, int(written.value().size())).arg(outputDir)
        << Qt::endl;
    return ExitOk;
}

} // namespace GradeDesk::Cli
