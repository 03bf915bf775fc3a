// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "clisupport.h"
#include "commands.h"
#include "courseopen.h"

#include <services/canvas/canvasclient.h>
#include <services/canvas/canvascourse.h>
#include <services/canvas/canvaspushplan.h>
#include <services/canvas/canvasregrades.h>
#include <services/config/courseconfig.h>
#include <services/gradebook/gradebook.h>
#include <services/gradebook/regradecsv.h>

#include <QEventLoop>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>
#include <variant>

// gradedesk-cli regrade list | add | import-csv | import-canvas | review | resolve | reopen.

namespace GradeDesk::Cli {

namespace {

using namespace GradeDesk::Services;

class RegradeCommands final
{
    Q_DECLARE_TR_FUNCTIONS(RegradeCommands)

public:
    static QString usage()
    {
        return tr("Usage: gradedesk-cli --course FILE regrade COMMAND [options]\n"
                  "\n"
                  "Commands:\n"
                  "  list ASSIGNMENT [--state STATE]      the assignment's requests, oldest first\n"
                  "  add ASSIGNMENT STUDENT [NOTEBOOK:GRADE_ID] --message TEXT\n"
                  "                                       enter a request (no question: the whole submission)\n"
                  "  import-csv FILE [--dry-run]          requests from CSV: student,assignment,question,message\n"
                  "  import-canvas ASSIGNMENT [--dry-run] requests from Canvas submission comments that start\n"
                  "                                       with the course's canvas.regrade_keyword (REGRADE)\n"
                  "  review ID                            mark a request as in review\n"
                  "  resolve ID --reply TEXT              resolve it; the reply says why (the student reads it)\n"
                  "  reopen ID [--message TEXT]           open a resolved request again\n"
                  "\n"
                  "Imports add each row or comment once: importing again adds only what is new.\n");
    }

    static QString score(const std::optional<double> &value)
    {
        return value ? CanvasGrades::postedGrade(*value) : QStringLiteral("-");
    }

    static QString stateText(const RegradeRequestRecord &request)
    {
        const QString outcome = regradeOutcomeName(request.outcome);
        return outcome.isEmpty() ? regradeStateName(request.state)
                                 : regradeStateName(request.state) + QStringLiteral(" (") + outcome + QLatin1Char(')');
    }

    /// One line per request, for messages after a change.
    static QString summary(const RegradeRequestRecord &request)
    {
        const QString question = request.questionName.isEmpty() ? tr("whole submission") : request.questionName;
        if (request.state == RegradeState::Resolved) {
            return tr("Request %1 (%2, %3): %4, score %5 -> %6.")
                .arg(request.id)
                .arg(request.studentId, question, stateText(request), score(request.scoreBefore),
                     score(request.scoreAfter));
        }
        return tr("Request %1 (%2, %3): %4, score %5.")
            .arg(request.id)
            .arg(request.studentId, question, stateText(request), score(request.scoreBefore));
    }

    template <typename Job>
    static auto wait(CommandContext &context, Job *job) -> std::decay_t<decltype(job->result())>
    {
        QEventLoop loop;
        QObject::connect(job, &CanvasJob::progress, &loop, [&context](int done, int total, const QString &stage) {
            context.io.progress(done, total, stage);
        });
        std::optional<std::decay_t<decltype(job->result())>> result;
        QObject::connect(job, &CanvasJob::finished, &loop, [&loop, &result, job] {
            result.emplace(job->result());
            loop.quit();
        });
        loop.exec();
        context.io.endProgress();
        return *result;
    }
};

using Tr = RegradeCommands;

std::optional<qint64> requestId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int runList(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RegradeCommands::tr("List the regrade requests of ASSIGNMENT, oldest first."));
    parser.addPositionalArgument(QStringLiteral("ASSIGNMENT"), RegradeCommands::tr("The assignment."));
    const QCommandLineOption state(
        QStringLiteral("state"), RegradeCommands::tr("Only requests in STATE: open, in_review, resolved or reopened."),
        QStringLiteral("STATE"));
    parser.addOption(state);
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("regrade list"), args, 1, 1)) {
        return *stop;
    }
    std::optional<RegradeState> wanted;
    if (parser.isSet(state)) {
        wanted = regradeStateFromName(parser.value(state).trimmed());
        if (!wanted) {
            return context.io.usage(
                RegradeCommands::tr("regrade list: unknown state '%1' (open, in_review, resolved or reopened)")
                    .arg(parser.value(state)));
        }
    }
    auto opened = openCourse(context, QStringLiteral("regrade list"));
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    Gradebook &gradebook = *std::get<OpenCourse>(opened).gradebook;
    const QString name = parser.positionalArguments().constFirst();
    const Result<std::optional<AssignmentRecord>> assignment = gradebook.assignment(name);
    if (!assignment) {
        return context.io.fail(assignment.error());
    }
    if (!assignment.value()) {
        return context.io.fail(RegradeCommands::tr("The gradebook has no assignment %1.").arg(name));
    }
    const Result<QList<RegradeRequestRecord>> requests = gradebook.regradeRequests(assignment.value()->id);
    if (!requests) {
        return context.io.fail(requests.error());
    }
    TextTable table({RegradeCommands::tr("Id"), RegradeCommands::tr("Student"), RegradeCommands::tr("Question"),
                     RegradeCommands::tr("State"), RegradeCommands::tr("Before"), RegradeCommands::tr("After"),
                     RegradeCommands::tr("Source"), RegradeCommands::tr("Entered by"), RegradeCommands::tr("Message")});
    int shown = 0;
    for (const RegradeRequestRecord &request : requests.value()) {
        if (wanted && request.state != *wanted) {
            continue;
        }
        QString message = request.message.simplified();
        if (message.size() > 60) {
            message = message.left(57) + QStringLiteral("...");
        }
        table.add({QString::number(request.id), request.studentId,
                   request.questionName.isEmpty() ? RegradeCommands::tr("(whole submission)") : request.questionName,
                   Tr::stateText(request), Tr::score(request.scoreBefore), Tr::score(request.scoreAfter),
                   regradeSourceName(request.source), request.enteredBy, message});
        ++shown;
    }
    table.print(context.io.out());
    context.io.out() << RegradeCommands::tr("Requests shown: %1").arg(shown) << Qt::endl;
    return ExitOk;
}

int runAdd(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RegradeCommands::tr(
        "Enter a regrade request of STUDENT on a question of ASSIGNMENT (NOTEBOOK:GRADE_ID, or the grade_id "
        "alone when only one notebook has it); without a question it is about the whole submission."));
    parser.addPositionalArgument(QStringLiteral("ASSIGNMENT"), RegradeCommands::tr("The assignment."));
    parser.addPositionalArgument(QStringLiteral("STUDENT"), RegradeCommands::tr("The student id."));
    parser.addPositionalArgument(QStringLiteral("QUESTION"), RegradeCommands::tr("The question (optional)."),
                                 QStringLiteral("[QUESTION]"));
    const QCommandLineOption message(QStringLiteral("message"),
                                     RegradeCommands::tr("What the student asks (required)."), QStringLiteral("TEXT"));
    parser.addOption(message);
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("regrade add"), args, 2, 3)) {
        return *stop;
    }
    if (parser.value(message).trimmed().isEmpty()) {
        return context.io.usage(RegradeCommands::tr("regrade add: --message TEXT is required (what the student asks)"));
    }
    auto opened = openCourse(context, QStringLiteral("regrade add"));
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    OpenCourse &course = std::get<OpenCourse>(opened);
    const QStringList positional = parser.positionalArguments();
    RegradeTargets targets(*course.gradebook);
    const Result<RegradeResolution> resolved = targets.resolve(positional.at(0), positional.at(1), positional.value(2));
    if (!resolved) {
        return context.io.fail(resolved.error());
    }
    if (resolved.value().issue != RegradeIssue::None) {
        return context.io.fail(RegradeCommands::tr("Not added: %1.").arg(resolved.value().problem));
    }
    NewRegradeRequest request;
    request.assignment = resolved.value().target.assignment;
    request.studentId = resolved.value().target.studentId;
    request.cellId = resolved.value().target.cellId;
    request.message = parser.value(message).trimmed();
    request.source = RegradeSource::Staff;
    const Result<RegradeAdded> added = course.gradebook->addRegradeRequest(request, auditActor(course.config));
    if (!added) {
        return context.io.fail(added.error());
    }
    context.io.out() << RegradeCommands::tr("Added regrade request %1.").arg(added.value().id) << Qt::endl;
    return ExitOk;
}

QString issueText(RegradeIssue issue, const QString &problem)
{
    switch (issue) {
    case RegradeIssue::None:
        return RegradeCommands::tr("add");
    case RegradeIssue::AlreadyImported:
        return RegradeCommands::tr("already imported");
    default:
        return RegradeCommands::tr("skip: %1").arg(problem);
    }
}

int runImportCsv(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RegradeCommands::tr(
        "Import regrade requests from a CSV file with the columns student,assignment,question,message (any order; "
        "question empty for the whole submission). Rows with a problem are listed and left out; the others are "
        "added together. Rows imported before are not added again."));
    parser.addPositionalArgument(QStringLiteral("FILE"), RegradeCommands::tr("The CSV file (UTF-8)."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    RegradeCommands::tr("Show what would be added; add nothing."));
    parser.addOption(dryRun);
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("regrade import-csv"), args, 1, 1)) {
        return *stop;
    }
    auto opened = openCourse(context, QStringLiteral("regrade import-csv"));
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    OpenCourse &course = std::get<OpenCourse>(opened);
    const Result<RegradeCsvPreview> preview =
        RegradeCsv::previewFile(*course.gradebook, parser.positionalArguments().constFirst());
    if (!preview) {
        return context.io.fail(preview.error());
    }
    QTextStream &out = context.io.out();
    TextTable table({RegradeCommands::tr("Row"), RegradeCommands::tr("Student"), RegradeCommands::tr("Assignment"),
                     RegradeCommands::tr("Question"), RegradeCommands::tr("Result")});
    for (const RegradeCsvRow &row : preview.value().rows) {
        const QString question = row.target.questionName.isEmpty() ? row.question : row.target.questionName;
        table.add({QString::number(row.rowNumber), row.student, row.assignment,
                   question.isEmpty() ? RegradeCommands::tr("(whole submission)") : question,
                   issueText(row.issue, row.problem)});
    }
    table.print(out);
    const int errors = preview.value().errorCount();
    const int ready = preview.value().count(RegradeIssue::None);
    const int before = preview.value().count(RegradeIssue::AlreadyImported);
    if (parser.isSet(dryRun)) {
        out << RegradeCommands::tr("%1 to add, %2 already imported, %3 with problems. Dry run: nothing was added.")
                   .arg(ready)
                   .arg(before)
                   .arg(errors)
            << Qt::endl;
        return ExitOk;
    }
    const Result<RegradeCsvResult> result =
        RegradeCsv::commit(*course.gradebook, preview.value(), auditActor(course.config));
    if (!result) {
        return context.io.fail(result.error());
    }
    out << RegradeCommands::tr("%1 added, %2 already imported, %3 left out.")
               .arg(result.value().added)
               .arg(result.value().alreadyImported)
               .arg(result.value().rejected)
        << Qt::endl;
    if (result.value().added == 0 && result.value().rejected == 0) {
        out << RegradeCommands::tr("Nothing new: every request of this file was imported before.") << Qt::endl;
    }
    if (errors > 0) {
        return context.io.fail(
            RegradeCommands::tr("%n row(s) were left out (listed above). Fix them and import the file again: "
                                "rows already imported are not added twice.",
                                nullptr, errors));
    }
    return ExitOk;
}

/// Reads the assignment's submission comments from Canvas; on failure prints why and returns the code.
std::variant<QList<CanvasSubmissionComments>, int> readCanvasComments(CommandContext &context,
                                                                      const CourseConfig &config, Gradebook &gradebook,
                                                                      const QString &name, const QString &tokenFile)
{
    if (config.canvas.url.isEmpty() || config.canvas.courseId.isEmpty()) {
        return context.io.fail(RegradeCommands::tr("%1 has no Canvas section. Add one such as 'canvas: {url: "
                                                   "https://canvas.example.edu, course_id: \"12345\"}' and try again.")
                                   .arg(context.coursePath));
    }
    const Result<QString> token = CliToken::read(
        {tokenFile, "GRADEDESK_CANVAS_TOKEN", CanvasClient::secretKey(config.canvas, config.grader),
         RegradeCommands::tr("Canvas access token"),
         RegradeCommands::tr(
             "No Canvas access token: pass --token-file FILE, set GRADEDESK_CANVAS_TOKEN, or store the token in "
             "the keychain from the GradeDesk app (%1).")});
    if (!token) {
        return context.io.fail(token.error());
    }
    const Result<QHash<QString, QString>> mappings = gradebook.canvasMappings(QStringLiteral("assignment"));
    if (!mappings) {
        return context.io.fail(mappings.error());
    }
    QNetworkAccessManager network;
    CanvasClient client(&network, config.canvas.url);
    client.setToken(token.value());
    CanvasCourse course(&client, config.canvas.courseId);
    const auto found = Tr::wait(context, course.findAssignment(name, mappings.value().value(name)));
    if (!found) {
        return context.io.fail(found.error());
    }
    if (!found.value()) {
        return context.io.fail(
            RegradeCommands::tr(
                "Canvas has no assignment \u201c%1\u201d, so it has no comments to import. Push the grades first "
                "(gradedesk-cli canvas push %1).")
                .arg(name));
    }
    const auto comments = Tr::wait(context, course.readSubmissionComments(found.value()->id));
    if (!comments) {
        return context.io.fail(comments.error());
    }
    return comments.value();
}

int runImportCanvas(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RegradeCommands::tr(
        "Import regrade requests from the submission comments of ASSIGNMENT in Canvas: comments of the student that "
        "start with the course's keyword (canvas.regrade_keyword, default REGRADE), e.g. \"REGRADE nb:q3: please "
        "look at part b\", \"REGRADE q3 ...\" or \"REGRADE ...\" for the whole submission. Each comment is imported "
        "once."));
    parser.addPositionalArgument(QStringLiteral("ASSIGNMENT"), RegradeCommands::tr("The GradeDesk assignment."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    RegradeCommands::tr("Show what would be added; add nothing."));
    const QCommandLineOption tokenFile(
        QStringLiteral("token-file"),
        RegradeCommands::tr("Read the Canvas access token from FILE (keep it readable only by you)."),
        QStringLiteral("FILE"));
    parser.addOptions({dryRun, tokenFile});
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("regrade import-canvas"), args, 1, 1)) {
        return *stop;
    }
    auto opened = openCourse(context, QStringLiteral("regrade import-canvas"));
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    OpenCourse &course = std::get<OpenCourse>(opened);
    const QString name = parser.positionalArguments().constFirst();
    if (const Result<std::optional<AssignmentRecord>> known = course.gradebook->assignment(name); !known) {
        return context.io.fail(known.error());
    } else if (!known.value()) {
        return context.io.fail(RegradeCommands::tr("The gradebook has no assignment %1.").arg(name));
    }
    auto comments = readCanvasComments(context, course.config, *course.gradebook, name, parser.value(tokenFile));
    if (const int *code = std::get_if<int>(&comments)) {
        return *code;
    }
    const Result<CanvasRegradePlan> plan =
        CanvasRegradePlan::build(*course.gradebook, name, std::get<QList<CanvasSubmissionComments>>(comments),
                                 course.config.canvas.regradeKeyword);
    if (!plan) {
        return context.io.fail(plan.error());
    }
    QTextStream &out = context.io.out();
    TextTable table({RegradeCommands::tr("Comment"), RegradeCommands::tr("Canvas user"), RegradeCommands::tr("Student"),
                     RegradeCommands::tr("Question"), RegradeCommands::tr("Message"), RegradeCommands::tr("Result")});
    for (const CanvasRegradeCandidate &row : plan.value().rows) {
        QString message = row.message.simplified();
        if (message.size() > 40) {
            message = message.left(37) + QStringLiteral("...");
        }
        table.add(
            {row.comment.id, row.canvasUserId, row.target.studentId,
             row.target.questionName.isEmpty() ? RegradeCommands::tr("(whole submission)") : row.target.questionName,
             message, issueText(row.issue, row.problem)});
    }
    table.print(out);
    const int ready = plan.value().count(RegradeIssue::None);
    const int before = plan.value().count(RegradeIssue::AlreadyImported);
    const int skipped = int(plan.value().rows.size()) - ready - before;
    out << RegradeCommands::tr("%1 comments read, %2 start with %3: %4 to add, %5 already imported, %6 skipped.")
               .arg(plan.value().commentsRead)
               .arg(plan.value().rows.size())
               .arg(course.config.canvas.regradeKeyword)
               .arg(ready)
               .arg(before)
               .arg(skipped)
        << Qt::endl;
    if (parser.isSet(dryRun)) {
        out << RegradeCommands::tr("Dry run: nothing was added.") << Qt::endl;
        return ExitOk;
    }
    const Result<CanvasRegradeImportResult> result = plan.value().apply(*course.gradebook, auditActor(course.config));
    if (!result) {
        return context.io.fail(result.error());
    }
    out << RegradeCommands::tr("%1 added, %2 already imported, %3 skipped.")
               .arg(result.value().added)
               .arg(result.value().alreadyImported)
               .arg(result.value().skipped)
        << Qt::endl;
    if (result.value().added == 0) {
        out << RegradeCommands::tr("Nothing new to import.") << Qt::endl;
    }
    return ExitOk;
}

/// review / resolve / reopen: one state change of one request.
int runStateChange(CommandContext &context, const QStringList &args, RegradeState target)
{
    const QString command =
        QStringLiteral("regrade ") + (target == RegradeState::InReview   ? QStringLiteral("review")
                                      : target == RegradeState::Resolved ? QStringLiteral("resolve")
                                                                         : QStringLiteral("reopen"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        target == RegradeState::InReview ? RegradeCommands::tr("Mark regrade request ID as in review.")
        : target == RegradeState::Resolved
            ? RegradeCommands::tr("Resolve regrade request ID with a reply saying why. The outcome is "
                                  "\"changed\" when the answer's score differs from when the request "
                                  "was entered; changed grades are marked for the next Canvas push "
                                  "(gradedesk-cli canvas push ASSIGNMENT --only-regraded).")
            : RegradeCommands::tr("Open resolved regrade request ID again."));
    parser.addPositionalArgument(QStringLiteral("ID"), RegradeCommands::tr("The request id (regrade list shows it)."));
    const QCommandLineOption reply(QStringLiteral("reply"), RegradeCommands::tr("The resolution's reason (required)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption message(QStringLiteral("message"), RegradeCommands::tr("Why it is opened again."),
                                     QStringLiteral("TEXT"));
    if (target == RegradeState::Resolved) {
        parser.addOption(reply);
    } else if (target == RegradeState::Reopened) {
        parser.addOption(message);
    }
    if (const auto stop = parseSubcommand(parser, context, command, args, 1, 1)) {
        return *stop;
    }
    const std::optional<qint64> id = requestId(parser.positionalArguments().constFirst());
    if (!id) {
        return context.io.usage(RegradeCommands::tr("%1: '%2' is not a request id")
                                    .arg(command, parser.positionalArguments().constFirst()));
    }
    QString text;
    if (target == RegradeState::Resolved) {
        text = parser.value(reply).trimmed();
        if (text.isEmpty()) {
            return context.io.usage(
                RegradeCommands::tr("regrade resolve: --reply TEXT is required (the student reads it)"));
        }
    } else if (target == RegradeState::Reopened) {
        text = parser.value(message).trimmed();
    }
    auto opened = openCourse(context, command);
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    OpenCourse &course = std::get<OpenCourse>(opened);
    const Result<std::optional<RegradeRequestRecord>> current = course.gradebook->regradeRequest(*id);
    if (!current) {
        return context.io.fail(current.error());
    }
    if (!current.value()) {
        return context.io.fail(
            RegradeCommands::tr("There is no regrade request %1 (regrade list ASSIGNMENT shows them).").arg(*id));
    }
    const Result<RegradeRequestRecord> moved =
        course.gradebook->setRegradeState(*id, target, text, current.value()->version, auditActor(course.config));
    if (!moved) {
        return context.io.fail(moved.error());
    }
    context.io.out() << Tr::summary(moved.value()) << Qt::endl;
    if (moved.value().outcome == RegradeOutcome::Changed && target == RegradeState::Resolved) {
        context.io.out() << RegradeCommands::tr(
                                "The grade changed: it is marked for the next Canvas push (gradedesk-cli canvas "
                                "push %1 --only-regraded).")
                                .arg(moved.value().assignmentName)
                         << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int runRegrade(CommandContext &context, const QStringList &args)
{
    if (args.isEmpty()) {
        return context.io.usage(RegradeCommands::tr(
            "regrade: missing command (list, add, import-csv, import-canvas, review, resolve or reopen)"));
    }
    const QString command = args.constFirst();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help")) {
        context.io.out() << Tr::usage() << Qt::flush;
        return ExitOk;
    }
    if (command == QLatin1String("list")) {
        return runList(context, rest);
    }
    if (command == QLatin1String("add")) {
        return runAdd(context, rest);
    }
    if (command == QLatin1String("import-csv")) {
        return runImportCsv(context, rest);
    }
    if (command == QLatin1String("import-canvas")) {
        return runImportCanvas(context, rest);
    }
    if (command == QLatin1String("review")) {
        return runStateChange(context, rest, RegradeState::InReview);
    }
    if (command == QLatin1String("resolve")) {
        return runStateChange(context, rest, RegradeState::Resolved);
    }
    if (command == QLatin1String("reopen")) {
        return runStateChange(context, rest, RegradeState::Reopened);
    }
    return context.io.usage(RegradeCommands::tr("regrade: unknown command '%1'").arg(command));
}

} // namespace GradeDesk::Cli
