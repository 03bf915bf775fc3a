// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "clisupport.h"
#include "commands.h"
#include "courseopen.h"

#include <services/canvas/canvasclient.h>
#include <services/canvas/canvascourse.h>
#include <services/canvas/canvaspushplan.h>
#include <services/canvas/canvasrosterplan.h>
#include <services/config/courseconfig.h>
#include <services/gradebook/gradebook.h>

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>
#include <variant>

// gradedesk-cli canvas test | roster | push: the Canvas services from the command line.

namespace GradeDesk::Cli {

namespace {

using namespace GradeDesk::Services;

class CanvasCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CanvasCommands)

public:
    struct Session {
        CourseConfig config;
        std::unique_ptr<Gradebook> gradebook;
        std::unique_ptr<QNetworkAccessManager> network;
        std::unique_ptr<CanvasClient> client;
        std::unique_ptr<CanvasCourse> course;
    };

    static QString usage()
    {
        return tr("Usage: gradedesk-cli --course FILE canvas COMMAND [options]\n"
                  "\n"
                  "Commands:\n"
                  "  test                      check the connection, the token and its permissions\n"
                  "  roster [--dry-run] [--map CANVAS_USER_ID=USERNAME ...]\n"
                  "                            import students and sections from Canvas\n"
                  "  push ASSIGNMENT [--dry-run] [--only-regraded] [--comment TEXT] [--publish] [--batch-size N]\n"
                  "                            send the assignment's grades to Canvas and verify them\n"
                  "\n"
                  "The token comes from --token-file FILE, else GRADEDESK_CANVAS_TOKEN, else the keychain.\n"
                  "Run 'gradedesk-cli canvas COMMAND --help' for a command's options.\n");
    }

    static QCommandLineOption tokenFileOption()
    {
        return QCommandLineOption(QStringLiteral("token-file"),
                                  tr("Read the Canvas access token from FILE (keep it readable only by you)."),
                                  QStringLiteral("FILE"));
    }

    /// Course, gradebook and a Canvas client with its token; on failure prints why and returns the code.
    static std::variant<Session, int> open(CommandContext &context, const QString &command, const QString &tokenFile)
    {
        auto loaded = loadCourse(context, command);
        if (const int *code = std::get_if<int>(&loaded)) {
            return *code;
        }
        Session session;
        session.config = std::move(std::get<CourseConfig>(loaded));
        if (session.config.canvas.url.isEmpty() || session.config.canvas.courseId.isEmpty()) {
            return context.io.fail(tr("%1 has no Canvas section. Add one such as 'canvas: {url: "
                                      "https://canvas.example.edu, course_id: \"12345\"}' and try again.")
                                       .arg(context.coursePath));
        }
        auto token = readToken(session.config, tokenFile);
        if (!token) {
            return context.io.fail(token.error());
        }
        auto gradebook = openGradebook(context, session.config);
        if (const int *code = std::get_if<int>(&gradebook)) {
            return *code;
        }
        session.gradebook = std::move(std::get<std::unique_ptr<Gradebook>>(gradebook));
        session.network = std::make_unique<QNetworkAccessManager>();
        session.client = std::make_unique<CanvasClient>(session.network.get(), session.config.canvas.url);
        session.client->setToken(token.value());
        session.course = std::make_unique<CanvasCourse>(session.client.get(), session.config.canvas.courseId);
        return session;
    }

    /// Runs `job` to its end, drawing progress on a terminal; returns its result.
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

    static QString score(const std::optional<double> &value)
    {
        return value ? CanvasGrades::postedGrade(*value) : QStringLiteral("-");
    }

private:
    static Result<QString> readToken(const CourseConfig &config, const QString &tokenFile)
    {
        return CliToken::read({tokenFile, "GRADEDESK_CANVAS_TOKEN",
                               CanvasClient::secretKey(config.canvas, config.grader), tr("Canvas access token"),
                               tr("No Canvas access token: pass --token-file FILE, set GRADEDESK_CANVAS_TOKEN, or "
                                  "store the token in the keychain from the GradeDesk app (%1).")});
    }
};

using Tr = CanvasCommands;

QString yesNo(const std::optional<bool> &value, const QString &yes, const QString &no)
{
    return !value ? CanvasCommands::tr("unknown (no student to look at)") : *value ? yes : no;
}

int runTest(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CanvasCommands::tr("Check the Canvas address, the token, the course id and what the token "
                           "may see and do."));
    const QCommandLineOption tokenFile = Tr::tokenFileOption();
    parser.addOption(tokenFile);
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("canvas test"), args, 0, 0)) {
        return *stop;
    }
    auto opened = Tr::open(context, QStringLiteral("canvas test"), parser.value(tokenFile));
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    auto &session = std::get<Tr::Session>(opened);
    const auto result = Tr::wait(context, session.course->testConnection(session.config.canvas.identity));
    if (!result) {
        return context.io.fail(result.error());
    }
    const CanvasConnectionReport &report = result.value();
    QTextStream &out = context.io.out();
    TextTable table({CanvasCommands::tr("Canvas"), session.config.canvas.url.toDisplayString()});
    table.add({CanvasCommands::tr("Course id"), session.config.canvas.courseId});
    if (!report.userName.isEmpty()) {
        table.add({CanvasCommands::tr("Signed in as"), report.userName});
    }
    if (!report.courseName.isEmpty()) {
        table.add({CanvasCommands::tr("Course"), report.courseName});
        table.add({CanvasCommands::tr("Role"), report.role.isEmpty() ? CanvasCommands::tr("unknown") : report.role});
        table.add({CanvasCommands::tr("Login ids"),
                   yesNo(report.canSeeLoginIds, CanvasCommands::tr("visible"), CanvasCommands::tr("hidden"))});
        table.add({CanvasCommands::tr("SIS ids"),
                   yesNo(report.canSeeSisIds, CanvasCommands::tr("visible"), CanvasCommands::tr("hidden"))});
        table.add({CanvasCommands::tr("E-mail"),
                   yesNo(report.canSeeEmails, CanvasCommands::tr("visible"), CanvasCommands::tr("hidden"))});
        table.add({CanvasCommands::tr("Grades"),
                   report.canManageGrades == std::optional<bool>(true)    ? CanvasCommands::tr("can manage")
                   : report.canManageGrades == std::optional<bool>(false) ? CanvasCommands::tr("cannot manage")
                                                                          : CanvasCommands::tr("unknown")});
    }
    table.print(out);
    if (report.verdict != CanvasConnectionReport::Verdict::Ok) {
        return context.io.fail(report.message);
    }
    out << report.message << Qt::endl;
    return ExitOk;
}

QString changeText(const CanvasRosterChange &change)
{
    QStringList parts;
    if (change.sectionsChanged && !change.added) {
        parts << CanvasCommands::tr("sections: %1 -> %2")
                     .arg(change.sectionsBefore.join(QStringLiteral(", ")),
                          change.sectionsAfter.join(QStringLiteral(", ")));
    }
    if (change.nameChanged) {
        parts << CanvasCommands::tr("name: %1 -> %2").arg(change.before->displayName(), change.after.displayName());
    }
    if (change.emailChanged) {
        parts << CanvasCommands::tr("e-mail: %1 -> %2").arg(change.before->email, change.after.email);
    }
    if (change.linkChanged) {
        parts << CanvasCommands::tr("Canvas id: %1").arg(change.after.lmsUserId);
    }
    return parts.join(QStringLiteral("; "));
}

int runRoster(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CanvasCommands::tr(
        "Import the students and sections of the Canvas course into the gradebook. Students who left Canvas "
        "are kept with their grades and marked inactive. The changes are shown first; --dry-run stops there."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), CanvasCommands::tr("Show the changes, change nothing."));
    const QCommandLineOption map(
        QStringLiteral("map"),
        CanvasCommands::tr("Decide an unmatched or ambiguous student: Canvas user id = hub username "
                           "(remembered for later imports). Repeat as needed."),
        QStringLiteral("CANVAS_USER_ID=USERNAME"));
    const QCommandLineOption tokenFile = Tr::tokenFileOption();
    parser.addOptions({dryRun, map, tokenFile});
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("canvas roster"), args, 0, 0)) {
        return *stop;
    }
    QList<std::pair<QString, QString>> decisions;
    for (const QString &value : parser.values(map)) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return context.io.usage(
                CanvasCommands::tr("canvas roster: --map needs CANVAS_USER_ID=USERNAME, not '%1'").arg(value));
        }
        decisions.append({value.left(equals).trimmed(), value.mid(equals + 1).trimmed()});
    }
    auto opened = Tr::open(context, QStringLiteral("canvas roster"), parser.value(tokenFile));
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    auto &session = std::get<Tr::Session>(opened);
    const auto roster = Tr::wait(context, session.course->fetchRoster());
    if (!roster) {
        return context.io.fail(roster.error());
    }
    Result<CanvasRosterPlan> plan = CanvasRosterPlan::build(roster.value(), *session.gradebook, session.config.canvas);
    if (!plan) {
        return context.io.fail(plan.error());
    }
    for (const auto &[canvasUser, username] : decisions) {
        if (const Result<void> decided = plan.value().decide(canvasUser, username); !decided) {
            return context.io.fail(decided.error());
        }
    }
    const CanvasRosterPlan::Diff diff = plan.value().diff();
    QTextStream &out = context.io.out();
    out << CanvasCommands::tr("Canvas roster: %1 students, %2 TAs, %3 sections")
               .arg(roster.value().students.size())
               .arg(roster.value().teachingAssistants.size())
               .arg(roster.value().sections.size())
        << Qt::endl;
    if (!diff.changes.isEmpty()) {
        TextTable table({CanvasCommands::tr("Change"), CanvasCommands::tr("Student"), CanvasCommands::tr("Name"),
                         CanvasCommands::tr("Sections"), CanvasCommands::tr("Details")});
        for (const CanvasRosterChange &change : diff.changes) {
            const QString kind = change.added         ? CanvasCommands::tr("added")
                                 : change.dropped     ? CanvasCommands::tr("dropped")
                                 : change.reactivated ? CanvasCommands::tr("rejoined")
                                                      : CanvasCommands::tr("changed");
            table.add({kind, change.studentId, change.after.displayName(),
                       change.sectionsAfter.join(QStringLiteral(", ")),
                       change.dropped ? CanvasCommands::tr("kept with grades, marked inactive") : changeText(change)});
        }
        table.print(out);
    }
    for (const CanvasIdentityMatch &match : diff.unresolved) {
        context.io.warn(CanvasCommands::tr("Canvas user %1 (%2) is %3: %4")
                            .arg(match.person.userId, match.person.name,
                                 match.status == CanvasIdentityMatch::Status::Ambiguous
                                     ? CanvasCommands::tr("ambiguous")
                                     : CanvasCommands::tr("not matched"),
                                 match.reason));
    }
    if (!diff.notInCanvas.isEmpty()) {
        out << CanvasCommands::tr("Not in Canvas and never linked, left as they are: %1")
                   .arg(diff.notInCanvas.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    out << CanvasCommands::tr(
               "%1 added, %2 dropped, %3 rejoined, %4 section changes, %5 name or e-mail changes, %6 unchanged, "
               "%7 unresolved")
               .arg(diff.count(&CanvasRosterChange::added))
               .arg(diff.count(&CanvasRosterChange::dropped))
               .arg(diff.count(&CanvasRosterChange::reactivated))
               .arg(diff.count(&CanvasRosterChange::sectionsChanged))
               .arg(int(std::count_if(diff.changes.cbegin(), diff.changes.cend(),
                                      [](const CanvasRosterChange &c) { return c.nameChanged || c.emailChanged; })))
               .arg(diff.unchanged)
               .arg(diff.unresolved.size())
        << Qt::endl;
    if (parser.isSet(dryRun)) {
        out << CanvasCommands::tr("Dry run: the gradebook was not changed.") << Qt::endl;
        return ExitOk;
    }
    const Result<CanvasRosterPlan::Applied> applied =
        plan.value().apply(*session.gradebook, auditActor(session.config));
    if (!applied) {
        return context.io.fail(applied.error());
    }
    out << CanvasCommands::tr("Applied to the gradebook.") << Qt::endl;
    if (!diff.unresolved.isEmpty()) {
        context.io.warn(
            CanvasCommands::tr("%n Canvas student(s) were left out; decide them with --map CANVAS_USER_ID=USERNAME.",
                               nullptr, int(diff.unresolved.size())));
    }
    return ExitOk;
}

QString actionText(const CanvasGradeRow &row)
{
    switch (row.action) {
    case CanvasGradeRow::Action::Send:
        return row.canvasScore ? CanvasCommands::tr("change") : CanvasCommands::tr("new");
    case CanvasGradeRow::Action::Unchanged:
        return CanvasCommands::tr("unchanged");
    case CanvasGradeRow::Action::Skip:
        return CanvasCommands::tr("skip: %1").arg(row.reason);
    }
    return {};
}

QString outcomeText(const CanvasPushResult &result)
{
    switch (result.outcome) {
    case CanvasPushResult::Outcome::Pushed:
        return CanvasCommands::tr("pushed");
    case CanvasPushResult::Outcome::Unchanged:
        return CanvasCommands::tr("unchanged");
    case CanvasPushResult::Outcome::Failed:
        return CanvasCommands::tr("FAILED: %1").arg(result.reason);
    case CanvasPushResult::Outcome::Skipped:
        return CanvasCommands::tr("skipped: %1").arg(result.reason);
    }
    return {};
}

/// The Canvas assignment for `name`: remembered, found, or (not in a dry run) created; published
/// with --publish. In a dry run a missing assignment comes back without id. Prints why and returns
/// the exit code when there is nothing to push into.
std::variant<CanvasAssignment, int> canvasAssignment(CommandContext &context, Tr::Session &session, const QString &name,
                                                     bool dryRun, bool publish)
{
    const Result<QHash<QString, QString>> mappings = session.gradebook->canvasMappings(QStringLiteral("assignment"));
    if (!mappings) {
        return context.io.fail(mappings.error());
    }
    const QString remembered = mappings.value().value(name);
    const auto found = Tr::wait(context, session.course->findAssignment(name, remembered));
    if (!found) {
        return context.io.fail(found.error());
    }
    std::optional<CanvasAssignment> assignment = found.value();
    QTextStream &out = context.io.out();
    if (!assignment) {
        const Result<double> points = CanvasGrades::pointsPossible(*session.gradebook, name);
        if (!points) {
            return context.io.fail(points.error());
        }
        if (dryRun) {
            out << CanvasCommands::tr(
                       "Canvas has no assignment \u201c%1\u201d: the push will create it with %2 points (%3).")
                       .arg(name, CanvasGrades::postedGrade(points.value()),
                            publish ? CanvasCommands::tr("published")
                                    : CanvasCommands::tr("unpublished: add --publish to publish it"))
                << Qt::endl;
            CanvasAssignment planned;
            planned.name = name;
            planned.pointsPossible = points.value();
            planned.published = publish;
            planned.gradingType = QStringLiteral("points");
            return planned;
        }
        const auto created = Tr::wait(context, session.course->createAssignment(name, points.value(), publish));
        if (!created) {
            return context.io.fail(created.error());
        }
        assignment = created.value();
        out << CanvasCommands::tr("Created the Canvas assignment \u201c%1\u201d (id %2, %3 points).")
                   .arg(assignment->name, assignment->id, CanvasGrades::postedGrade(assignment->pointsPossible))
            << Qt::endl;
    } else if (!assignment->published && publish && !dryRun) {
        const auto published = Tr::wait(context, session.course->publishAssignment(assignment->id));
        if (!published) {
            return context.io.fail(published.error());
        }
        assignment = published.value();
        out << CanvasCommands::tr("Published the Canvas assignment \u201c%1\u201d.").arg(assignment->name) << Qt::endl;
    }
    if (const Result<double> points = CanvasGrades::pointsPossible(*session.gradebook, name);
        points && !CanvasGrades::sameScore(points.value(), assignment->pointsPossible)) {
        context.io.warn(
            CanvasCommands::tr("The Canvas assignment is worth %1 points, GradeDesk's %2; scores are sent as "
                               "GradeDesk's points.")
                .arg(CanvasGrades::postedGrade(assignment->pointsPossible), CanvasGrades::postedGrade(points.value())));
    }
    if (!dryRun && remembered != assignment->id) {
        if (const Result<void> stored =
                session.gradebook->setCanvasMapping(QStringLiteral("assignment"), name, assignment->id);
            !stored) {
            context.io.warn(stored.error().message);
        }
    }
    if (!assignment->published) {
        if (!dryRun) {
            return context.io.fail(CanvasGrades::publishAdvice(*assignment));
        }
        context.io.warn(CanvasGrades::publishAdvice(*assignment));
    }
    return *assignment;
}

int runPush(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CanvasCommands::tr(
        "Send the grades of ASSIGNMENT to the Canvas assignment of the same name (created with the "
        "assignment's points when missing), then read every grade back. Only grades that differ from "
        "Canvas are sent, so running it again retries exactly the ones that failed."));
    parser.addPositionalArgument(QStringLiteral("ASSIGNMENT"), CanvasCommands::tr("The GradeDesk assignment."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        CanvasCommands::tr("Show Canvas' and GradeDesk's scores and what would change; send nothing."));
    const QCommandLineOption comment(QStringLiteral("comment"),
                                     CanvasCommands::tr("Add TEXT as a comment to every grade sent."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption publish(
        QStringLiteral("publish"),
        CanvasCommands::tr("Publish the Canvas assignment if it is not (Canvas refuses grades for "
                           "unpublished assignments)."));
    const QCommandLineOption batchSize(QStringLiteral("batch-size"),
                                       CanvasCommands::tr("Grades per Canvas update_grades call (default 500)."),
                                       QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption tokenFile = Tr::tokenFileOption();
    const QCommandLineOption onlyRegraded(
        QStringLiteral("only-regraded"),
        CanvasCommands::tr("Send only the grades that resolved regrades changed since their last push; skip everyone "
                           "else."));
    parser.addOptions({dryRun, comment, publish, batchSize, onlyRegraded, tokenFile});
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("canvas push"), args, 1, 1)) {
        return *stop;
    }
    bool numeric = false;
    const int batch = parser.value(batchSize).toInt(&numeric);
    if (!numeric || batch < 1) {
        return context.io.usage(CanvasCommands::tr("canvas push: --batch-size needs a whole number of 1 or more"));
    }
    const QString name = parser.positionalArguments().constFirst();
    auto opened = Tr::open(context, QStringLiteral("canvas push"), parser.value(tokenFile));
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    auto &session = std::get<Tr::Session>(opened);
    const Result<QList<CanvasLocalGrade>> grades = CanvasGrades::localGrades(*session.gradebook, name);
    if (!grades) {
        return context.io.fail(grades.error());
    }
    auto target = canvasAssignment(context, session, name, parser.isSet(dryRun), parser.isSet(publish));
    if (const int *code = std::get_if<int>(&target)) {
        return *code;
    }
    const CanvasAssignment &assignment = std::get<CanvasAssignment>(target);
    QTextStream &out = context.io.out();
    out << CanvasGrades::postPolicyText(assignment) << Qt::endl;

    CanvasPushPlan plan;
    if (assignment.id.isEmpty()) {
        plan = CanvasPushPlan::build(name, assignment, grades.value(), {});
    } else {
        const auto planned = Tr::wait(context, session.course->planPush(name, assignment, grades.value()));
        if (!planned) {
            return context.io.fail(planned.error());
        }
        plan = planned.value();
    }
    if (parser.isSet(onlyRegraded)) {
        if (const Result<int> kept = CanvasGrades::keepOnlyRegraded(*session.gradebook, plan); !kept) {
            return context.io.fail(kept.error());
        }
    }

    if (parser.isSet(dryRun)) {
        TextTable table({CanvasCommands::tr("Student"), CanvasCommands::tr("Name"), CanvasCommands::tr("Canvas"),
                         CanvasCommands::tr("GradeDesk"), CanvasCommands::tr("Change")});
        for (const CanvasGradeRow &row : std::as_const(plan.rows)) {
            table.add(
                {row.studentId, row.studentName, Tr::score(row.canvasScore), Tr::score(row.score), actionText(row)});
        }
        table.print(out);
        out << CanvasCommands::tr("%1 to send, %2 unchanged, %3 skipped. Dry run: nothing was sent to Canvas.")
                   .arg(plan.count(CanvasGradeRow::Action::Send))
                   .arg(plan.count(CanvasGradeRow::Action::Unchanged))
                   .arg(plan.count(CanvasGradeRow::Action::Skip))
            << Qt::endl;
        return ExitOk;
    }

    CanvasPushOptions options;
    options.comment = parser.value(comment);
    options.batchSize = batch;
    options.actor = auditActor(session.config);
    const auto pushed = Tr::wait(context, session.course->push(plan, session.gradebook.get(), options));
    if (!pushed) {
        return context.io.fail(pushed.error());
    }
    const CanvasPushReport &report = pushed.value();
    TextTable table({CanvasCommands::tr("Student"), CanvasCommands::tr("Name"), CanvasCommands::tr("Before"),
                     CanvasCommands::tr("GradeDesk"), CanvasCommands::tr("Canvas now"), CanvasCommands::tr("Result")});
    for (const CanvasPushResult &result : report.results) {
        table.add({result.studentId, result.studentName, Tr::score(result.before), Tr::score(result.sent),
                   Tr::score(result.after), outcomeText(result)});
    }
    table.print(out);
    for (const QString &message : report.canvasMessages) {
        context.io.warn(CanvasCommands::tr("Canvas reported: %1").arg(message));
    }
    if (!report.auditError.isEmpty()) {
        context.io.warn(CanvasCommands::tr("The push was not recorded in the audit log: %1").arg(report.auditError));
    }
    if (!report.marksError.isEmpty()) {
        context.io.warn(CanvasCommands::tr("The regrade push marks were not cleared: %1").arg(report.marksError));
    }
    const int failed = report.count(CanvasPushResult::Outcome::Failed);
    out << CanvasCommands::tr("%1 pushed, %2 unchanged, %3 failed, %4 skipped; %5 requests in %6 s.")
               .arg(report.count(CanvasPushResult::Outcome::Pushed))
               .arg(report.count(CanvasPushResult::Outcome::Unchanged))
               .arg(failed)
               .arg(report.count(CanvasPushResult::Outcome::Skipped))
               .arg(report.requests)
               .arg(double(report.elapsedMs) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    if (failed > 0) {
        return context.io.fail(
            CanvasCommands::tr("%n grade(s) are not in Canvas (marked FAILED above, with the reason). Run the "
                               "same push again to retry only those.",
                               nullptr, failed));
    }
    return ExitOk;
}

} // namespace

int runCanvas(CommandContext &context, const QStringList &args)
{
    if (args.isEmpty()) {
        return context.io.usage(CanvasCommands::tr("canvas: missing command (test, roster or push)"));
    }
    const QString command = args.constFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help")) {
        context.io.out() << Tr::usage() << Qt::flush;
        return ExitOk;
    }
    if (command == QLatin1String("test")) {
        return runTest(context, args.mid(1));
    }
    if (command == QLatin1String("roster")) {
        return runRoster(context, args.mid(1));
    }
    if (command == QLatin1String("push")) {
        return runPush(context, args.mid(1));
    }
    return context.io.usage(CanvasCommands::tr("canvas: unknown command '%1'").arg(command));
}

} // namespace GradeDesk::Cli
