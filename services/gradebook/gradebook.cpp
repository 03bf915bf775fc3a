// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebook.h"

#include "gradebooklink.h"
#include "gradebookrubricsql.h"
#include "gradebookschema.h"
#include "gradebooksql.h"

#include <services/config/courseconfig.h>
#include <services/core/logging.h>

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

#include <atomic>

namespace GradeDesk::Services {

namespace {

// SQLite waits this long for another writer (another GradeDesk, a backup tool) before giving up.
constexpr int BusyTimeoutMs = 5000;
// PostgreSQL resolves a deadlock (two graders locking the same answers in another order) by failing
// one transaction; it is run again this often before the failure is reported.
constexpr int DeadlockRetries = 3;

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("gradedesk-gradebook-%1").arg(++counter);
}

ServiceError openError(const QSqlDatabase &db, const QString &where)
{
    return ServiceError::make(ServiceError::Kind::Database,
                              Gradebook::tr("The gradebook could not be opened. Check that the file or database "
                                            "server is reachable and that you may use it, then try again."),
                              where + QStringLiteral(": ") + db.lastError().text());
}

} // namespace

Gradebook::Gradebook(Backend backend, const QString &connectionName)
    : m_backend(backend)
    , m_connectionName(connectionName)
    , m_link(std::make_unique<GradebookLink>(
          connectionName, backend == Backend::Postgresql, [this]() { return m_transactionDepth == 0; },
          [this]() { m_statements.clear(); }))
{
    connect(m_link.get(), &GradebookLink::connectionStateChanged, this, &Gradebook::connectionStateChanged);
    connect(m_link.get(), &GradebookLink::remoteChange, this, &Gradebook::applyRemoteChange);
}

Gradebook::~Gradebook()
{
    m_link.reset();
    m_statements.clear();
    {
        QSqlDatabase db = database();
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Gradebook>> Gradebook::openSqlite(const QString &path)
{
    if (path.trimmed().isEmpty()) {
        return ServiceError::make(ServiceError::Kind::Validation,
                                  tr("No gradebook file is set. Set gradebook.path in course.yaml."),
                                  QStringLiteral("empty sqlite path"));
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("The folder for the gradebook file %1 does not exist. Create it or correct "
                                     "gradebook.path in course.yaml.")
                                      .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                                  QStringLiteral("missing folder ") + info.absolutePath());
    }
    if (info.exists() && !info.isFile()) {
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("The gradebook path %1 is not a file. Correct gradebook.path in course.yaml.")
                                      .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                                  QStringLiteral("not a regular file: ") + info.absoluteFilePath());
    }
    const QString name = nextConnectionName();
    std::unique_ptr<Gradebook> gradebook(new Gradebook(Backend::Sqlite, name));
    // The handle must be gone before the gradebook (and with it the connection) may be destroyed.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open()) {
            return openError(db, QStringLiteral("open sqlite ") + info.absoluteFilePath());
        }
        // Refuse foreign or newer databases before the WAL switch below rewrites the file header.
        if (Result<void> openable = GradebookSchema::checkOpenable(db); !openable) {
            return openable.error();
        }
        // journal_mode answers with the mode it ended up in; WAL is refused e.g. on some network file
        // systems, and the gradebook still works (with rollback journaling), so only log it.
        Result<QSqlQuery> journal = GradebookSql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!journal) {
            return journal.error();
        }
        if (journal.value().next() &&
            journal.value().value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            qCWarning(lcGradebook) << "SQLite refused WAL for" << info.absoluteFilePath() << "using"
                                   << journal.value().value(0).toString();
        }
        journal.value().finish();
        // FULL rather than NORMAL: in WAL mode NORMAL may lose the last commits on power loss, and a
        // grade the TA saw saved must stay saved; grading writes are small and rare enough to pay the fsync.
        for (const QString &pragma :
             {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
              QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs)}) {
            if (Result<void> set = GradebookSql::execPlain(db, pragma); !set) {
                return set.error();
            }
        }
    }
    return finishOpen(std::move(gradebook));
}

Result<std::unique_ptr<Gradebook>> Gradebook::open(const GradebookConfig &config, const QString &password)
{
    switch (config.kind) {
    case GradebookConfig::Kind::Sqlite:
        return openSqlite(config.sqlitePath);
    case GradebookConfig::Kind::Postgresql:
        if (config.host.isEmpty() || config.database.isEmpty() || config.user.isEmpty()) {
            return ServiceError::make(ServiceError::Kind::Validation,
                                      tr("The PostgreSQL gradebook needs host, database and user. Set them under "
                                         "gradebook in course.yaml."),
                                      QStringLiteral("incomplete postgresql config"));
        }
        return openPostgresql(config.host, config.port, config.database, config.user, password, config.sslMode);
    }
    return ServiceError::make(ServiceError::Kind::Unsupported, tr("This kind of gradebook is not supported."),
                              QStringLiteral("unknown gradebook kind"));
}

Result<std::unique_ptr<Gradebook>> Gradebook::openPostgresql(const QString &host, int port, const QString &database,
                                                             const QString &user, const QString &password,
                                                             const QString &sslMode)
{
    const QString name = nextConnectionName();
    std::unique_ptr<Gradebook> gradebook(new Gradebook(Backend::Postgresql, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host);
        db.setPort(port);
        db.setDatabaseName(database);
        db.setUserName(user);
        db.setPassword(password);
        QStringList options{QStringLiteral("connect_timeout=10")};
        if (!sslMode.isEmpty()) {
            options << QStringLiteral("sslmode=") + sslMode;
        }
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            return openError(db, QStringLiteral("open postgresql %1@%2:%3/%4").arg(user, host).arg(port).arg(database));
        }
    }
    return finishOpen(std::move(gradebook));
}

Result<std::unique_ptr<Gradebook>> Gradebook::finishOpen(std::unique_ptr<Gradebook> gradebook)
{
    if (Result<void> migrated = GradebookSchema::migrate(gradebook->database(), gradebook->m_backend); !migrated) {
        return migrated.error();
    }
    gradebook->m_link->start();
    return gradebook;
}

QSqlDatabase Gradebook::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery *> Gradebook::execCached(const QString &sql, const QVariantList &values) const
{
    if (!m_link->isConnected()) {
        return classify(ServiceError::make(ServiceError::Kind::Database, QString(), QStringLiteral("not connected")));
    }
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = std::make_shared<QSqlQuery>(database());
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql)) {
            return classify(GradebookSql::error(prepared->lastError(), sql));
        }
        it = m_statements.insert(sql, prepared);
    }
    QSqlQuery &query = *it.value();
    query.finish();
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
    if (!query.exec()) {
        const ServiceError error = GradebookSql::error(query.lastError(), sql);
        query.finish();
        return classify(error);
    }
    return &query;
}

Result<void> Gradebook::execControl(const QString &sql)
{
    // PostgreSQL cannot PREPARE transaction control; SQLite can, and saves a parse per grade.
    if (m_backend == Backend::Postgresql) {
        return GradebookSql::execPlain(database(), sql);
    }
    Result<QSqlQuery *> done = execCached(sql);
    if (!done) {
        return done.error();
    }
    done.value()->finish();
    return {};
}

int Gradebook::schemaVersion() const
{
    const Result<int> version = GradebookSchema::version(database());
    return version ? version.value() : 0;
}

int Gradebook::currentSchemaVersion()
{
    return GradebookSchema::currentVersion();
}

Result<void> Gradebook::transaction(const std::function<Result<void>()> &work)
{
    if (m_transactionDepth > 0) {
        return runTransaction(work);
    }
    if (!m_link->isConnected()) {
        return classify(ServiceError::make(ServiceError::Kind::Database, QString(), QStringLiteral("not connected")));
    }
    for (int attempt = 0;; ++attempt) {
        Result<void> result = runTransaction(work);
        if (result || attempt >= DeadlockRetries || m_backend != Backend::Postgresql ||
            !result.error().detail.contains(QLatin1String("[native 40P01]"))) {
            return result ? result : Result<void>(classify(result.error()));
        }
        qCInfo(lcGradebook) << "Deadlock with another grader's transaction; running it again";
    }
}

Result<void> Gradebook::runTransaction(const std::function<Result<void>()> &work)
{
    const int depth = m_transactionDepth;
    const QString savepoint = QStringLiteral("gradedesk_%1").arg(depth);
    const bool sqlite = m_backend == Backend::Sqlite;
    // IMMEDIATE: take SQLite's write lock at the start, so a concurrent writer waits (busy timeout)
    // instead of failing half-way when a read transaction tries to become a write transaction.
    const QString begin = depth > 0 ? QStringLiteral("SAVEPOINT ") + savepoint
                                    : (sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (Result<void> begun = execControl(begin); !begun) {
        return begun;
    }
    const qsizetype pendingSubmissions = m_pendingSubmissions.size();
    const qsizetype pendingGrades = m_pendingGrades.size();
    const qsizetype pendingRubrics = m_pendingRubrics.size();
    const qsizetype pendingClaims = m_pendingClaims.size();
    const qsizetype pendingRegrades = m_pendingRegrades.size();

    ++m_transactionDepth;
    Result<void> result = work();
    --m_transactionDepth;

    // The other graders hear of the change in the same transaction: PostgreSQL delivers the
    // notification exactly when (and only if) the transaction commits.
    if (result && depth == 0) {
        result = notifyPending();
    }
    if (result) {
        // A COMMIT that fails (or whose reply is lost with the connection) is reported as not saved.
        const QString commit = depth > 0 ? QStringLiteral("RELEASE SAVEPOINT ") + savepoint : QStringLiteral("COMMIT");
        result = execControl(commit);
    }
    if (!result) {
        const QStringList rollback = depth > 0 ? QStringList{QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint,
                                                             QStringLiteral("RELEASE SAVEPOINT ") + savepoint}
                                               : QStringList{QStringLiteral("ROLLBACK")};
        for (const QString &statement : rollback) {
            if (Result<void> undone = execControl(statement); !undone) {
                qCWarning(lcGradebook) << "Rollback failed:" << undone.error().detail;
            }
        }
        dropPending(pendingSubmissions, pendingGrades, pendingRubrics, pendingClaims, pendingRegrades);
        return result;
    }
    if (depth == 0) {
        // Emit only now: listeners must never see a change that could still be rolled back.
        emitPending();
    }
    return {};
}

void Gradebook::noteSubmissionChanged(qint64 submissionId)
{
    m_pendingSubmissions.append(submissionId);
}

void Gradebook::noteGradeChanged(qint64 submissionId, qint64 cellId)
{
    m_pendingGrades.append({submissionId, cellId});
    m_pendingSubmissions.append(submissionId);
}

Result<void> Gradebook::appendAudit(const QString &actor, const QString &action, const QString &entity,
                                    const QString &entityId, const QString &oldValue, const QString &newValue)
{
    const CachedExec exec = [this](const QString &sql, const QVariantList &values) { return execCached(sql, values); };
    return GradebookRubricSql::appendAudit(exec, actor, action, entity, entityId, oldValue, newValue);
}

Result<void> Gradebook::ensureGrader(const QString &actor)
{
    Result<QSqlQuery *> inserted =
        execCached(QStringLiteral("INSERT INTO grader (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING"),
                   {GradebookSql::text(actor), GradebookSql::nowUtc()});
    if (!inserted) {
        return inserted.error();
    }
    inserted.value()->finish();
    return {};
}

QString Gradebook::gradeEntityId(qint64 submittedNotebookId, qint64 cellId)
{
    return QString::number(submittedNotebookId) + QLatin1Char(':') + QString::number(cellId);
}

Result<QList<AuditEvent>> Gradebook::auditEvents(const QString &entity, const QString &entityId) const
{
    return GradebookSql::readRows<AuditEvent>(
        database(),
        QStringLiteral("SELECT id, at, actor, action, entity, entity_id, old_value, new_value FROM audit_event"
                       " WHERE entity = ? AND entity_id = ? ORDER BY id"),
        {GradebookSql::text(entity), GradebookSql::text(entityId)}, [&](const QSqlQuery &q) {
            return AuditEvent{q.value(0).toLongLong(), GradebookSql::toDateTime(q.value(1)),
                              q.value(2).toString(),   q.value(3).toString(),
                              q.value(4).toString(),   q.value(5).toString(),
                              q.value(6).toString(),   q.value(7).toString()};
        });
}

} // namespace GradeDesk::Services
