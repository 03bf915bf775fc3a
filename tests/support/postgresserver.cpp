// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "postgresserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace GradeDesk::Tests {

namespace {

QString binary(const char *name)
{
    return QStringLiteral("/usr/lib/postgresql/15/bin/") + QLatin1String(name);
}

bool runProcess(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    const QString text = QString::fromUtf8(process.readAll()).trimmed();
    if (output) {
        *output = text;
    }
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (output && output->isEmpty()) {
            *output = process.errorString();
        }
        return false;
    }
    return true;
}

// The server refuses to run as root; tests often do (containers), so it runs as postgres then.
bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::unavailableReason()
{
    if (!QFileInfo::exists(binary("initdb")) || !QFileInfo::exists(binary("pg_ctl"))) {
        return QStringLiteral("PostgreSQL 15 server binaries are not installed (/usr/lib/postgresql/15/bin)");
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return QStringLiteral("Qt's QPSQL driver is not installed");
    }
    if (runningAsRoot() && !::getpwnam("postgres")) {
        return QStringLiteral("running as root and there is no postgres user to run the server as");
    }
    return {};
}

bool PostgresServer::runAsServerUser(const QString &program, const QStringList &arguments, QString *output)
{
    if (runningAsRoot()) {
        return runProcess(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                              arguments,
                          output);
    }
    return runProcess(program, arguments, output);
}

bool PostgresServer::start(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (m_running) {
        return true;
    }
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        return fail(reason);
    }
    QString output;
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            return fail(QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString());
        }
        if (runningAsRoot()) {
            const passwd *postgres = ::getpwnam("postgres");
            if (::chown(QFile::encodeName(m_dir->path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
                return fail(QStringLiteral("cannot hand the temporary directory to user postgres"));
            }
        }
        m_dataDir = m_dir->filePath(QStringLiteral("data"));
        m_socketDir = m_dir->path();
        {
            // A port nobody listens on now; the server only uses it to name its socket file.
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0)) {
                return fail(QStringLiteral("cannot find a free port: ") + probe.errorString());
            }
            m_port = probe.serverPort();
        }
        if (!runAsServerUser(binary("initdb"),
                             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), user(), QStringLiteral("-A"),
                              QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                              QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                             &output)) {
            return fail(QStringLiteral("initdb failed: ") + output);
        }
    }
    if (!runAsServerUser(binary("pg_ctl"),
                         {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"), logPath(), QStringLiteral("-w"),
                          QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                          QStringLiteral("-p %1 -k %2 -c listen_addresses= -c fsync=off -c max_connections=100")
                              .arg(m_port)
                              .arg(m_socketDir),
                          QStringLiteral("start")},
                         &output)) {
        QFile log(logPath());
        const QString logText = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
        return fail(QStringLiteral("pg_ctl start failed: ") + output + QLatin1Char('\n') + logText);
    }
    m_running = true;
    return true;
}

bool PostgresServer::stop()
{
    if (!m_running) {
        return true;
    }
    QString output;
    const bool stopped =
        runAsServerUser(binary("pg_ctl"),
                        {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("fast"),
                         QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("stop")},
                        &output);
    if (stopped) {
        m_running = false;
    } else {
        qWarning().noquote() << "pg_ctl stop failed:" << output;
    }
    return stopped;
}

bool PostgresServer::createDatabase(const QString &name, QString *error)
{
    QString output;
    if (!runProcess(binary("createdb"),
                    {QStringLiteral("-h"), m_socketDir, QStringLiteral("-p"), QString::number(m_port),
                     QStringLiteral("-U"), user(), QStringLiteral("-O"), user(), QStringLiteral("--"), name},
                    &output)) {
        if (error) {
            *error = QStringLiteral("createdb failed: ") + output;
        }
        return false;
    }
    return true;
}

QString PostgresServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://") + user() + QLatin1Char('@') +
           QString::fromLatin1(QUrl::toPercentEncoding(m_socketDir)) + QLatin1Char(':') + QString::number(m_port) +
           QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(database));
}

QString PostgresServer::logPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString();
}

} // namespace GradeDesk::Tests
