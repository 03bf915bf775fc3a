// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// gradedesk-cli gradebook migrate: copy the course's SQLite gradebook to PostgreSQL, verified.
#include "clisupport.h"
#include "commands.h"
#include "courseopen.h"

#include <services/config/courseconfig.h>
#include <services/gradebook/gradebookcopy.h>
#include <services/secrets/secretstore.h>

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <variant>

namespace GradeDesk::Cli {

namespace {

class GradebookCommands final
{
    Q_DECLARE_TR_FUNCTIONS(GradebookCommands)

public:
    /// postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]; the host may be a percent-encoded socket folder.
    /// The parsed target (no password), or what is wrong with the URL (translated).
    static std::variant<Services::PostgresTarget, QString> parseUrl(const QString &url);
    static int migrate(CommandContext &context, const QStringList &args);
};

std::variant<Services::PostgresTarget, QString> GradebookCommands::parseUrl(const QString &url)
{
    const QString expected = tr("expected postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]");
    QString rest;
    for (const QLatin1String scheme : {QLatin1String("postgresql://"), QLatin1String("postgres://")}) {
        if (url.startsWith(scheme)) {
            rest = url.mid(scheme.size());
        }
    }
    if (rest.isEmpty()) {
        return expected;
    }
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        return tr("the URL names no database; %1").arg(expected);
    }
    const QString authority = rest.left(slash);
    const QString path = rest.mid(slash + 1);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        return tr("the URL names no user; %1").arg(expected);
    }
    const QString userInfo = authority.left(at);
    if (userInfo.contains(QLatin1Char(':'))) {
        return tr("the URL contains a password. Never put it on the command line: set GRADEDESK_GRADEBOOK_PASSWORD or "
                  "store it in the keychain");
    }
    Services::PostgresTarget target;
    target.user = QUrl::fromPercentEncoding(userInfo.toUtf8());
    QString hostPort = authority.mid(at + 1);
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return tr("the host's [ has no ]; %1").arg(expected);
        }
        portText = hostPort.mid(close + 1);
        hostPort = hostPort.mid(1, close - 1);
        if (!portText.isEmpty() && !portText.startsWith(QLatin1Char(':'))) {
            return expected;
        }
        portText = portText.mid(1);
    } else if (const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        portText = hostPort.mid(colon + 1);
        hostPort.truncate(colon);
    }
    target.host = QUrl::fromPercentEncoding(hostPort.toUtf8());
    if (!portText.isEmpty()) {
        bool ok = false;
        target.port = portText.toInt(&ok);
        if (!ok || target.port < 1 || target.port > 65535) {
            return tr("the port must be a number from 1 to 65535, not '%1'").arg(portText);
        }
    }
    target.database = QUrl::fromPercentEncoding(path.toUtf8());
    if (target.user.isEmpty() || target.host.isEmpty() || target.database.isEmpty() ||
        target.database.contains(QLatin1Char('/'))) {
        return expected;
    }
    const QUrlQuery parameters(query);
    for (const auto &[key, value] : parameters.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                           QStringLiteral("prefer"),    QStringLiteral("require"),
                                           QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value)) {
                return tr("sslmode must be one of %1, not '%2'").arg(modes.join(QStringLiteral(", ")), value);
            }
            target.sslMode = value;
        } else if (key == QLatin1String("password")) {
            return tr("the URL contains a password. Never put it on the command line: set "
                      "GRADEDESK_GRADEBOOK_PASSWORD or store it in the keychain");
        } else {
            return tr("unknown URL parameter '%1' (only sslmode is supported)").arg(key);
        }
    }
    return target;
}

/// The `gradebook:` section as the config writer writes it, for pasting into course.yaml.
QString gradebookSnippet(Services::CourseConfig config, const Services::GradebookConfig &gradebook)
{
    config.gradebook = gradebook;
    const QStringList lines =
        QString::fromUtf8(Services::CourseConfigLoader::serialize(config)).split(QLatin1Char('\n'));
    QStringList section;
    for (const QString &line : lines) {
        if (section.isEmpty() && line != QLatin1String("gradebook:")) {
            continue;
        }
        if (!section.isEmpty() && !line.startsWith(QLatin1Char(' '))) {
            break;
        }
        section.append(line);
    }
    return section.join(QLatin1Char('\n'));
}

int GradebookCommands::migrate(CommandContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copy the course's SQLite gradebook into an empty PostgreSQL database (created beforehand by the "
           "database administrator), then verify every table by row count and checksum. The password comes from "
           "GRADEDESK_GRADEBOOK_PASSWORD, else the keychain, never from the URL. Afterwards the gradebook section "
           "for course.yaml is printed; --update-config writes it into course.yaml instead."));
    parser.addPositionalArgument(QStringLiteral("migrate"), tr("The subcommand."));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]; a socket folder as "
                                   "HOST is percent-encoded (%2Fvar%2Frun%2Fpostgresql)."),
                                QStringLiteral("URL"));
    const QCommandLineOption updateConfig(
        QStringLiteral("update-config"),
        tr("Switch course.yaml to the PostgreSQL gradebook after a verified copy (its other settings are kept; "
           "comments are rewritten)."));
    parser.addOptions({to, updateConfig});
    if (const auto stop = parseSubcommand(parser, context, QStringLiteral("gradebook migrate"), args, 1, 1)) {
        return *stop;
    }
    if (!parser.isSet(to)) {
        return context.io.usage(tr("gradebook migrate needs --to postgresql://USER@HOST/DATABASE"));
    }
    auto parsed = parseUrl(parser.value(to));
    if (const QString *problem = std::get_if<QString>(&parsed)) {
        return context.io.usage(tr("gradebook migrate: %1").arg(*problem));
    }
    Services::PostgresTarget target = std::get<Services::PostgresTarget>(parsed);

    auto loaded = loadCourse(context, QStringLiteral("gradebook migrate"));
    if (const int *code = std::get_if<int>(&loaded)) {
        return *code;
    }
    Services::CourseConfig config = std::get<Services::CourseConfig>(std::move(loaded));
    if (config.gradebook.kind != Services::GradebookConfig::Kind::Sqlite) {
        return context.io.fail(
            tr("The course's gradebook is already on PostgreSQL; migrate copies an SQLite gradebook."));
    }

    if (!QFileInfo(config.gradebook.sqlitePath).isFile()) {
        return context.io.fail(tr("There is no gradebook file at %1 to migrate. Check gradebook.path in %2.")
                                   .arg(config.gradebook.sqlitePath, config.filePath));
    }

    // No password at all is fine for servers that trust the socket's user (peer, trust, .pgpass).
    QString keychainProblem;
    const auto password = CliToken::read(
        TokenSource{{},
                    "GRADEDESK_GRADEBOOK_PASSWORD",
                    Services::SecretStore::keyFor(Services::SecretStore::Kind::Postgres, target.host, target.user),
                    tr("PostgreSQL password"),
                    tr("No PostgreSQL password was found (%1).")});
    if (password) {
        target.password = password.value();
    } else {
        keychainProblem = password.error().message;
    }

    const auto report = Services::GradebookCopy::copy(config.gradebook.sqlitePath, target,
                                                      [&context](const QString &table, qint64 done, qint64 total) {
                                                          context.io.progress(done, total, table);
                                                          return true;
                                                      });
    context.io.endProgress();
    if (!report) {
        if (!keychainProblem.isEmpty() && report.error().kind == Services::ServiceError::Kind::Database) {
            context.io.warn(keychainProblem);
        }
        return context.io.fail(report.error());
    }
    TextTable table({tr("table"), tr("rows"), tr("sha256")});
    for (const Services::TableComparison &copied : report.value().tables) {
        table.add(
            {copied.table, QString::number(copied.targetRows), QString::fromLatin1(copied.targetChecksum.left(16))});
    }
    table.print(context.io.out());
    context.io.out() << tr("verified: %n row(s) in %1 tables, counts and checksums equal", nullptr,
                           int(report.value().totalRows()))
                            .arg(report.value().tables.size())
                     << Qt::endl;

    Services::GradebookConfig postgres;
    postgres.kind = Services::GradebookConfig::Kind::Postgresql;
    postgres.host = target.host;
    postgres.port = target.port;
    postgres.database = target.database;
    postgres.user = target.user;
    postgres.sslMode = target.sslMode;
    if (parser.isSet(updateConfig)) {
        Services::CourseConfig updated = config;
        updated.gradebook = postgres;
        if (const auto saved = Services::CourseConfigLoader::save(updated, config.filePath); !saved) {
            return context.io.fail(saved.error());
        }
        context.io.out() << tr("%1 now uses the PostgreSQL gradebook; the SQLite file %2 was left as it was.")
                                .arg(config.filePath, config.gradebook.sqlitePath)
                         << Qt::endl;
        return ExitOk;
    }
    context.io.out() << tr("To switch the course, replace the gradebook section of %1 with:").arg(config.filePath)
                     << Qt::endl
                     << gradebookSnippet(config, postgres) << Qt::endl;
    return ExitOk;
}

} // namespace

int runGradebook(CommandContext &context, const QStringList &args)
{
    if (args.isEmpty() || args.constFirst() == QLatin1String("--help") || args.constFirst() == QLatin1String("-h")) {
        if (!args.isEmpty()) {
            context.io.out() << GradebookCommands::tr("Usage: gradedesk-cli --course FILE gradebook migrate --to URL")
                             << Qt::endl;
            return ExitOk;
        }
        return context.io.usage(GradebookCommands::tr("gradebook needs a subcommand: migrate"));
    }
    if (args.constFirst() == QLatin1String("migrate")) {
        return GradebookCommands::migrate(context, args);
    }
    return context.io.usage(GradebookCommands::tr("gradebook: unknown subcommand '%1'").arg(args.constFirst()));
}

} // namespace GradeDesk::Cli
