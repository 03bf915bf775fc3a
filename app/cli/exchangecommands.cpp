// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "clisupport.h"
#include "commands.h"
#include "courseopen.h"

#include <services/config/courseconfig.h>
#include <services/exchange/ngshareexchange.h>
#include <services/gradebook/gradebook.h>
#include <services/grading/feedbackhtml.h>
#include <services/notebook/releasegenerator.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <algorithm>
#include <memory>
#include <optional>
#include <variant>

// gradedesk-cli exchange test | courses | students | instructors | release | collect | feedback: the ngshare
// exchange from the command line.

namespace GradeDesk::Cli {

namespace {

using namespace GradeDesk::Services;

class ExchangeCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCommands)

public:
    struct Session {
        CourseConfig config;
        std::unique_ptr<Gradebook> gradebook;
        std::unique_ptr<QNetworkAccessManager> network;
        std::unique_ptr<NgshareExchange> exchange;
    };

    static QString usage()
    {
        return tr("Usage: gradedesk-cli --course FILE exchange COMMAND [options]\n"
                  "\n"
                  "Commands:\n"
                  "  test                              check the hub address, the token and your role in the course\n"
                  "  courses [--create]                list your ngshare courses (--create: create this one; admins)\n"
                  "  students [--add-from-gradebook [--dry-run]] [--remove USER ...]\n"
                  "                                    list the course's students, or change them\n"
                  "  instructors [--add USER ...] [--remove USER ...]\n"
                  "                                    list the course's instructors, or change them (admins)\n"
                  "  release ASSIGNMENT [--replace]    generate the student version if needed and release it\n"
                  "  collect ASSIGNMENT [--concurrency N]\n"
                  "                                    download the latest submissions and import them\n"
                  "  feedback ASSIGNMENT               generate the feedback pages and upload them\n"
                  "\n"
                  "The hub token comes from --token-file FILE, else GRADEDESK_NGSHARE_TOKEN, else the keychain.\n"
                  "Run 'gradedesk-cli exchange COMMAND --help' for a command's options.\n");
    }

    static QCommandLineOption tokenFileOption()
    {
        return QCommandLineOption(QStringLiteral("token-file"),
                                  tr("Read the JupyterHub API token from FILE (keep it readable only by you)."),
                                  QStringLiteral("FILE"));
    }

    /// Course, gradebook and an ngshare exchange with its token; on failure prints why and returns the code.
    static std::variant<Session, int> open(CommandContext &context, const QString &command, const QString &tokenFile)
    {
        auto loaded = loadCourse(context, command);
        if (const int *code = std::get_if<int>(&loaded)) {
            return *code;
        }
        Session session;
        session.config = std::move(std::get<CourseConfig>(loaded));
        if (session.config.exchange.kind != ExchangeConfig::Kind::Ngshare) {
            return context.io.fail(tr("%1 uses a local course folder as its exchange. For ngshare, set 'exchange: "
                                      "{type: ngshare, url: https://hub.example.edu, prefix: /services/ngshare}'.")
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
        session.exchange = std::make_unique<NgshareExchange>(session.config, *session.gradebook, session.network.get());
        session.exchange->setToken(token.value());
        return session;
    }

    /// Runs `job` to its end, drawing progress on a terminal; returns its result.
    template <typename Job>
    static auto wait(CommandContext &context, Job *job, const QString &label) -> std::decay_t<decltype(job->result())>
    {
        QEventLoop loop;
        QObject::connect(job, &ExchangeJob::progress, &loop,
                         [&context, label](int done, int total) { context.io.progress(done, total, label); });
        std::optional<std::decay_t<decltype(job->result())>> result;
        QObject::connect(job, &ExchangeJob::finished, &loop, [&loop, &result, job] {
            result.emplace(job->result());
            loop.quit();
        });
        loop.exec();
        context.io.endProgress();
        return *result;
    }

    static QString fullName(const ExchangePerson &person)
    {
        return QStringList{person.firstName, person.lastName}.join(QLatin1Char(' ')).trimmed();
    }

    static QString skipText(const CollectSkip &skip)
    {
        return skip.student.isEmpty()
                   ? QStringLiteral("%1: %2").arg(skip.assignment, skip.error.message)
                   : QStringLiteral("%1/%2: %3").arg(skip.assignment, skip.student, skip.error.message);
    }

private:
    static Result<QString> readToken(const CourseConfig &config, const QString &tokenFile)
    {
        return CliToken::read({tokenFile, "GRADEDESK_NGSHARE_TOKEN",
                               NgshareClient::secretKey(config.exchange, config.grader), tr("JupyterHub API token"),
                               tr("No hub token: create one on the hub's token page (/hub/token), then pass "
                                  "--token-file FILE, set GRADEDESK_NGSHARE_TOKEN, or store it in the keychain from "
                                  "the GradeDesk app (%1).")});
    }
};

using Tr = ExchangeCommands;

/// Parses, then opens the session; returns the exit code when the command must stop.
std::variant<Tr::Session, int> prepare(QCommandLineParser &parser, CommandContext &context, const QString &command,
                                       const QStringList &args, qsizetype positional)
{
    const QCommandLineOption tokenFile = Tr::tokenFileOption();
    parser.addOption(tokenFile);
    if (const auto stop = parseSubcommand(parser, context, command, args, positional, positional)) {
        return *stop;
    }
    return Tr::open(context, command, parser.value(tokenFile));
}

int exchangeTest(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExchangeCommands::tr("Check the hub address and ngshare prefix, TLS, the token, and that you "
                             "teach the course on ngshare."));
    auto opened = prepare(parser, context, QStringLiteral("exchange test"), args, 0);
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    auto &session = std::get<Tr::Session>(opened);
    const auto result = Tr::wait(context, session.exchange->testConnection(), ExchangeCommands::tr("Testing"));
    if (!result) {
        return context.io.fail(result.error());
    }
    const NgshareConnectionReport &report = result.value();
    TextTable table({ExchangeCommands::tr("ngshare"), report.serviceUrl.toDisplayString()});
    table.add({ExchangeCommands::tr("Course"), session.config.id});
    table.add({ExchangeCommands::tr("Health check"),
               report.healthy ? ExchangeCommands::tr("ok")
                              : ExchangeCommands::tr("no answer (ngshare < 0.6 or wrong prefix)")});
    if (!report.userName.isEmpty()) {
        table.add({ExchangeCommands::tr("Signed in as"), report.userName});
    }
    if (!report.courses.isEmpty()) {
        table.add({ExchangeCommands::tr("Your courses"), report.courses.join(QStringLiteral(", "))});
    }
    if (report.verdict == NgshareConnectionReport::Verdict::Ok) {
        table.add({ExchangeCommands::tr("Role"), report.teaches ? ExchangeCommands::tr("instructor")
                                                                : ExchangeCommands::tr("ngshare administrator")});
        table.add({ExchangeCommands::tr("Students"), QString::number(report.students)});
        table.add({ExchangeCommands::tr("Released"), report.assignments.join(QStringLiteral(", "))});
    }
    table.print(context.io.out());
    if (report.verdict != NgshareConnectionReport::Verdict::Ok) {
        return context.io.fail(report.message);
    }
    context.io.out() << report.message << Qt::endl;
    return ExitOk;
}

int exchangeCourses(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExchangeCommands::tr("List the ngshare courses you teach or take (every course for an "
                             "ngshare administrator)."));
    const QCommandLineOption create(
        QStringLiteral("create"),
        ExchangeCommands::tr("Create the course of course.yaml (course.id) with the grader as its "
                             "instructor. Only ngshare administrators may."));
    parser.addOption(create);
    auto opened = prepare(parser, context, QStringLiteral("exchange courses"), args, 0);
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    auto &session = std::get<Tr::Session>(opened);
    if (parser.isSet(create)) {
        const QStringList instructors =
            session.config.grader.isEmpty() ? QStringList() : QStringList{session.config.grader};
        const auto created = Tr::wait(context, session.exchange->createCourse(session.config.id, instructors),
                                      ExchangeCommands::tr("Creating"));
        if (!created) {
            return context.io.fail(created.error());
        }
        context.io.out() << ExchangeCommands::tr("Created the ngshare course \u201c%1\u201d%2.")
                                .arg(session.config.id,
                                     instructors.isEmpty()
                                         ? QString()
                                         : ExchangeCommands::tr(" with instructor %1").arg(instructors.constFirst()))
                         << Qt::endl;
    }
    const auto courses = Tr::wait(context, session.exchange->listCourses(), ExchangeCommands::tr("Listing"));
    if (!courses) {
        return context.io.fail(courses.error());
    }
    for (const QString &course : courses.value()) {
        context.io.out() << course
                         << (course == session.config.id ? ExchangeCommands::tr("  (this course)") : QString())
                         << Qt::endl;
    }
    return ExitOk;
}

int exchangeStudents(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExchangeCommands::tr(
        "List the course's students on ngshare. --add-from-gradebook shows the difference between the "
        "gradebook's roster and ngshare's, then adds the missing students and updates changed names "
        "(nobody is removed); --remove removes students by username."));
    const QCommandLineOption fromGradebook(
        QStringLiteral("add-from-gradebook"),
        ExchangeCommands::tr("Add the gradebook's active students that ngshare lacks."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), ExchangeCommands::tr("Only show what would change."));
    const QCommandLineOption remove(
        QStringLiteral("remove"),
        ExchangeCommands::tr("Remove USER from the course (their submissions stay on ngshare)."),
        QStringLiteral("USER"));
    parser.addOptions({fromGradebook, dryRun, remove});
    auto opened = prepare(parser, context, QStringLiteral("exchange students"), args, 0);
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    auto &session = std::get<Tr::Session>(opened);
    QTextStream &out = context.io.out();
    if (parser.isSet(dryRun) && !parser.isSet(fromGradebook)) {
        return context.io.usage(ExchangeCommands::tr("exchange students: --dry-run goes with --add-from-gradebook"));
    }

    if (parser.isSet(remove)) {
        int failed = 0;
        for (const QString &user : parser.values(remove)) {
            const auto removed =
                Tr::wait(context, session.exchange->removeStudent(user), ExchangeCommands::tr("Removing"));
            if (!removed) {
                context.io.warn(QStringLiteral("%1: %2").arg(user, removed.error().message));
                ++failed;
            } else {
                out << ExchangeCommands::tr("Removed %1 (their submissions stay on ngshare).").arg(user) << Qt::endl;
            }
        }
        return failed > 0
                   ? context.io.fail(ExchangeCommands::tr("%n student(s) could not be removed.", nullptr, failed))
                   : ExitOk;
    }

    if (!parser.isSet(fromGradebook)) {
        const auto students = Tr::wait(context, session.exchange->listStudents(), ExchangeCommands::tr("Listing"));
        if (!students) {
            return context.io.fail(students.error());
        }
        TextTable table(
            {ExchangeCommands::tr("Student"), ExchangeCommands::tr("Name"), ExchangeCommands::tr("E-mail")});
        for (const ExchangePerson &person : students.value()) {
            table.add({person.username, Tr::fullName(person), person.email});
        }
        table.print(out);
        out << ExchangeCommands::tr("%n student(s) on ngshare.", nullptr, int(students.value().size())) << Qt::endl;
        return ExitOk;
    }

    const auto planned = Tr::wait(context, session.exchange->planRoster(), ExchangeCommands::tr("Comparing"));
    if (!planned) {
        return context.io.fail(planned.error());
    }
    const ExchangeRosterDiff &diff = planned.value();
    if (!diff.isEmpty()) {
        TextTable table({ExchangeCommands::tr("Change"), ExchangeCommands::tr("Student"), ExchangeCommands::tr("Name"),
                         ExchangeCommands::tr("E-mail"), ExchangeCommands::tr("Was")});
        for (const ExchangePerson &person : diff.toAdd) {
            table.add({ExchangeCommands::tr("add"), person.username, Tr::fullName(person), person.email, QString()});
        }
        for (const ExchangeRosterUpdate &update : diff.toUpdate) {
            table.add({ExchangeCommands::tr("update"), update.after.username, Tr::fullName(update.after),
                       update.after.email,
                       QStringLiteral("%1 <%2>").arg(Tr::fullName(update.before), update.before.email)});
        }
        table.print(out);
    }
    const auto list = [](const QList<ExchangePerson> &people) {
        QStringList names;
        for (const ExchangePerson &person : people) {
            names.append(person.username);
        }
        return names.join(QStringLiteral(", "));
    };
    if (!diff.onlyOnExchange.isEmpty()) {
        out << ExchangeCommands::tr("On ngshare but not in the gradebook, left as they are: %1")
                   .arg(list(diff.onlyOnExchange))
            << Qt::endl;
    }
    if (!diff.inactiveOnExchange.isEmpty()) {
        out << ExchangeCommands::tr(
                   "Dropped in the gradebook but still on ngshare (remove them with --remove USER): %1")
                   .arg(list(diff.inactiveOnExchange))
            << Qt::endl;
    }
    for (const QString &instructor : diff.instructors) {
        context.io.warn(
            ExchangeCommands::tr("%1 teaches the course on ngshare, so ngshare cannot enrol them as a student.")
                .arg(instructor));
    }
    out << ExchangeCommands::tr("%1 to add, %2 to update, %3 unchanged.")
               .arg(diff.toAdd.size())
               .arg(diff.toUpdate.size())
               .arg(diff.unchanged)
        << Qt::endl;
    if (parser.isSet(dryRun) || diff.isEmpty()) {
        if (parser.isSet(dryRun)) {
            out << ExchangeCommands::tr("Dry run: ngshare was not changed.") << Qt::endl;
        }
        return ExitOk;
    }
    const auto applied =
        Tr::wait(context, session.exchange->addStudents(diff.toSend()), ExchangeCommands::tr("Adding"));
    if (!applied) {
        return context.io.fail(applied.error());
    }
    int failed = 0;
    for (const ExchangePersonStatus &status : applied.value()) {
        if (!status.ok) {
            context.io.warn(QStringLiteral("%1: %2").arg(status.username, status.message));
            ++failed;
        }
    }
    out << ExchangeCommands::tr("Applied to ngshare: %1 of %2 succeeded.")
               .arg(applied.value().size() - failed)
               .arg(applied.value().size())
        << Qt::endl;
    return failed > 0 ? context.io.fail(
                            ExchangeCommands::tr("%n student(s) were refused by ngshare (see above).", nullptr, failed))
                      : ExitOk;
}

int exchangeInstructors(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExchangeCommands::tr(
        "List the course's instructors on ngshare, after adding and removing the ones named. Only ngshare "
        "administrators may add or remove instructors; an administrator keeps access to every course, so "
        "removing yourself does not lock you out."));
    const QCommandLineOption add(QStringLiteral("add"),
                                 ExchangeCommands::tr("Make USER an instructor (a student of the course stops "
                                                      "being one)."),
                                 QStringLiteral("USER"));
    const QCommandLineOption remove(QStringLiteral("remove"),
                                    ExchangeCommands::tr("Remove USER as an instructor (their submissions stay)."),
                                    QStringLiteral("USER"));
    parser.addOptions({add, remove});
    auto opened = prepare(parser, context, QStringLiteral("exchange instructors"), args, 0);
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    auto &session = std::get<Tr::Session>(opened);
    QTextStream &out = context.io.out();
    const auto listed = [&] {
        return Tr::wait(context, session.exchange->listInstructors(), ExchangeCommands::tr("Listing"));
    };
    auto before = listed();
    if (!before) {
        return context.io.fail(before.error());
    }
    QStringList teaching;
    for (const ExchangePerson &person : before.value()) {
        teaching.append(person.username);
    }
    int failed = 0;
    const auto refuse = [&](const QString &user, const QString &why) {
        context.io.warn(QStringLiteral("%1: %2").arg(user, why));
        ++failed;
    };
    // ngshare's POST replaces the names of an existing instructor, so someone already listed is left
    // alone instead of having their names blanked.
    for (const QString &user : parser.values(add)) {
        // ngshare takes any id, but one with a slash or stray spaces is a typo that cannot be a hub user.
        const bool control =
            std::any_of(user.cbegin(), user.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
        if (user.trimmed() != user || user.isEmpty() || user.contains(QLatin1Char('/')) ||
            user.contains(QLatin1Char('\\')) || control) {
            refuse(user, ExchangeCommands::tr("not a hub username (no slashes, control characters or spaces at either "
                                              "end); nothing was sent."));
            continue;
        }
        if (teaching.contains(user)) {
            out << ExchangeCommands::tr("%1 already teaches the course: left as is.").arg(user) << Qt::endl;
            continue;
        }
        const auto added =
            Tr::wait(context, session.exchange->addInstructor({user, {}, {}, {}}), ExchangeCommands::tr("Adding"));
        if (!added) {
            refuse(user, added.error().message);
            continue;
        }
        teaching.append(user);
        out << ExchangeCommands::tr("Added %1 as an instructor.").arg(user) << Qt::endl;
    }
    for (const QString &user : parser.values(remove)) {
        if (!teaching.contains(user)) {
            refuse(user, ExchangeCommands::tr("not an instructor of the course on ngshare; nothing to remove."));
            continue;
        }
        const auto removed =
            Tr::wait(context, session.exchange->removeInstructor(user), ExchangeCommands::tr("Removing"));
        if (!removed) {
            refuse(user, removed.error().message);
            continue;
        }
        teaching.removeAll(user);
        out << ExchangeCommands::tr("Removed %1 as an instructor (their submissions stay on ngshare).").arg(user)
            << Qt::endl;
    }
    const auto after = parser.isSet(add) || parser.isSet(remove) ? listed() : before;
    if (!after) {
        return context.io.fail(after.error());
    }
    TextTable table({ExchangeCommands::tr("Instructor"), ExchangeCommands::tr("Name"), ExchangeCommands::tr("E-mail")});
    for (const ExchangePerson &person : after.value()) {
        table.add({person.username, Tr::fullName(person), person.email});
    }
    table.print(out);
    out << ExchangeCommands::tr("%n instructor(s) on ngshare.", nullptr, int(after.value().size())) << Qt::endl;
    return failed > 0
               ? context.io.fail(ExchangeCommands::tr("%n change(s) were not made (see above).", nullptr, failed))
               : ExitOk;
}

int exchangeRelease(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExchangeCommands::tr(
        "Release ASSIGNMENT on ngshare: release/ASSIGNMENT is generated from source/ASSIGNMENT as nbgrader "
        "does when it does not exist yet, then every file in it is uploaded. ngshare cannot update a released "
        "assignment; --replace removes and releases it again, and only while nobody has submitted it."));
    parser.addPositionalArgument(QStringLiteral("ASSIGNMENT"), ExchangeCommands::tr("The assignment."));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     ExchangeCommands::tr("Replace an earlier release that nobody has submitted yet."));
    parser.addOption(replace);
    auto opened = prepare(parser, context, QStringLiteral("exchange release"), args, 1);
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    auto &session = std::get<Tr::Session>(opened);
    const QString assignment = parser.positionalArguments().constFirst();
    const QDir course(session.config.courseDirectory());
    const QString releaseDir = course.filePath(QStringLiteral("release/") + assignment);
    QTextStream &out = context.io.out();
    if (QFileInfo::exists(releaseDir)) {
        out << ExchangeCommands::tr("Using the existing %1 (delete it to generate it again from source/%2).")
                   .arg(releaseDir, assignment)
            << Qt::endl;
    } else {
        const auto generated =
            ReleaseGenerator::generateAssignment(course.filePath(QStringLiteral("source/") + assignment), releaseDir);
        if (!generated) {
            return context.io.fail(generated.error());
        }
        for (const QString &warning : generated.value().warnings) {
            context.io.warn(warning);
        }
        out << ExchangeCommands::tr("Generated %1 from source/%2: %3.")
                   .arg(releaseDir, assignment, generated.value().notebooks.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    const ReleaseMode mode = parser.isSet(replace) ? ReleaseMode::ReplaceIfNothingSubmitted : ReleaseMode::Refuse;
    const auto released =
        Tr::wait(context, session.exchange->release(assignment, releaseDir, mode), ExchangeCommands::tr("Releasing"));
    if (!released) {
        if (released.error().kind == ServiceError::Kind::Conflict && mode == ReleaseMode::Refuse) {
            const auto state =
                Tr::wait(context, session.exchange->releaseState(assignment), ExchangeCommands::tr("Checking"));
            if (state && state.value().canReplace()) {
                context.io.warn(ExchangeCommands::tr("To replace it, run the same command with --replace."));
            }
        }
        return context.io.fail(released.error());
    }
    out << ExchangeCommands::tr("Released \u201c%1\u201d on ngshare%2: %n file(s), %3 KiB.", nullptr,
                                int(released.value().files.size()))
               .arg(assignment,
                    released.value().replaced ? ExchangeCommands::tr(" (replacing the earlier release)") : QString())
               .arg((released.value().bytes + 1023) / 1024)
        << Qt::endl;
    return ExitOk;
}

int exchangeCollect(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExchangeCommands::tr(
        "Download the latest submission of every student of ASSIGNMENT from ngshare into submitted/ (every "
        "file's checksum verified, each submission written whole or not at all, those already there "
        "skipped), then import them into the gradebook."));
    parser.addPositionalArgument(QStringLiteral("ASSIGNMENT"), ExchangeCommands::tr("The assignment."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         ExchangeCommands::tr("Downloads under way at once (default 6)."),
                                         QStringLiteral("N"), QStringLiteral("6"));
    parser.addOption(concurrency);
    auto opened = prepare(parser, context, QStringLiteral("exchange collect"), args, 1);
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    auto &session = std::get<Tr::Session>(opened);
    bool numeric = false;
    const int parallel = parser.value(concurrency).toInt(&numeric);
    if (!numeric || parallel < 1 || parallel > 32) {
        return context.io.usage(
            ExchangeCommands::tr("exchange collect: --concurrency needs a whole number from 1 to 32"));
    }
    session.exchange->setConcurrency(parallel);
    const auto result = Tr::wait(context, session.exchange->collect(parser.positionalArguments().constFirst()),
                                 ExchangeCommands::tr("Collecting"));
    if (!result) {
        return context.io.fail(result.error());
    }
    const CollectReport &report = result.value();
    for (const QString &warning : report.warnings) {
        context.io.warn(warning);
    }
    for (const CollectSkip &skip : report.skipped) {
        context.io.warn(Tr::skipText(skip));
    }
    context.io.out() << ExchangeCommands::tr(
                            "%1: %2 downloaded, %3 already here; %4 added, %5 updated, %6 unchanged in the "
                            "gradebook; %7 autograded notebooks scored")
                            .arg(report.assignments.join(QStringLiteral(", ")))
                            .arg(report.downloaded)
                            .arg(report.upToDate)
                            .arg(report.added)
                            .arg(report.updated)
                            .arg(report.unchanged)
                            .arg(report.notebooksScored)
                     << Qt::endl;
    if (!report.skipped.isEmpty()) {
        return context.io.fail(
            ExchangeCommands::tr("%n submission(s) could not be collected (see the warnings above); run the "
                                 "same command again to retry them.",
                                 nullptr, int(report.skipped.size())));
    }
    return ExitOk;
}

int exchangeFeedback(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExchangeCommands::tr(
        "Generate each student's feedback pages for ASSIGNMENT into feedback/ (as 'gradedesk-cli feedback' "
        "does) and upload them to ngshare, each for the exact submission that was graded."));
    parser.addPositionalArgument(QStringLiteral("ASSIGNMENT"), ExchangeCommands::tr("The assignment."));
    auto opened = prepare(parser, context, QStringLiteral("exchange feedback"), args, 1);
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    auto &session = std::get<Tr::Session>(opened);
    const QString assignment = parser.positionalArguments().constFirst();
    const QString courseDir = session.config.courseDirectory();
    const QString outputDir = QDir(courseDir).filePath(QStringLiteral("feedback"));
    const auto written =
        FeedbackHtml::generate(*session.gradebook, courseDir, session.config.title, assignment, outputDir);
    if (!written) {
        return context.io.fail(written.error());
    }
    QTextStream &out = context.io.out();
    out << ExchangeCommands::tr("Wrote %n feedback page(s) to %1", nullptr, int(written.value().size())).arg(outputDir)
        << Qt::endl;
    const auto released =
        Tr::wait(context, session.exchange->releaseFeedback(assignment, outputDir), ExchangeCommands::tr("Uploading"));
    if (!released) {
        return context.io.fail(released.error());
    }
    for (const QString &warning : released.value().warnings) {
        context.io.warn(warning);
    }
    for (const CollectSkip &skip : released.value().skipped) {
        context.io.warn(Tr::skipText(skip));
    }
    out << ExchangeCommands::tr("Uploaded the feedback of %n submission(s)", nullptr, released.value().submissions)
        << ExchangeCommands::tr(" (%n page(s)).", nullptr, released.value().files) << Qt::endl;
    if (!released.value().skipped.isEmpty()) {
        return context.io.fail(ExchangeCommands::tr("%n student(s) got no feedback (see the warnings above).", nullptr,
                                                    int(released.value().skipped.size())));
    }
    return ExitOk;
}

} // namespace

int runExchange(CommandContext &context, const QStringList &args)
{
    if (args.isEmpty()) {
        return context.io.usage(ExchangeCommands::tr(
            "exchange: missing command (test, courses, students, instructors, release, collect or feedback)"));
    }
    const QString command = args.constFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help")) {
        context.io.out() << Tr::usage() << Qt::flush;
        return ExitOk;
    }
    using Runner = int (*)(CommandContext &, const QStringList &);
    const std::pair<const char *, Runner> commands[] = {
        {"test", &exchangeTest},         {"courses", &exchangeCourses},
        {"students", &exchangeStudents}, {"instructors", &exchangeInstructors},
        {"release", &exchangeRelease},   {"collect", &exchangeCollect},
        {"feedback", &exchangeFeedback},
    };
    for (const auto &[name, run] : commands) {
        if (command == QLatin1String(name)) {
            return run(context, args.mid(1));
        }
    }
    return context.io.usage(ExchangeCommands::tr("exchange: unknown command '%1'").arg(command));
}

} // namespace GradeDesk::Cli
