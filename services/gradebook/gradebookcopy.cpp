// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebookcopy.h"

#include "gradebook.h"
#include "gradebookcopyschema.h"
#include "gradebooksql.h"

#include <services/core/logging.h>

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace GradeDesk::Services {

namespace {

using ValueKind = GradebookCopySchema::ValueKind;
using ColumnInfo = GradebookCopySchema::ColumnInfo;
using TableInfo = GradebookCopySchema::TableInfo;

// Rows per multi-row INSERT are limited by bound values, so wide and narrow tables both batch well.
constexpr int MaxValuesPerInsert = 2000;
constexpr int MaxRowsPerInsert = 500;

/// A connection of our own, removed again when this goes out of scope.
class Connection final
{
public:
    explicit Connection(const QString &driver)
        : m_name(QStringLiteral("gradedesk-copy-%1").arg(++s_counter))
    {
        QSqlDatabase::addDatabase(driver, m_name);
    }

    ~Connection()
    {
        {
            QSqlDatabase db = database();
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline std::atomic<quint64> s_counter{0};
    QString m_name;
};

ServiceError openFailed(const QSqlDatabase &db, const QString &what)
{
    return ServiceError::make(
        ServiceError::Kind::Database,
        GradebookCopy::tr("The gradebook %1 could not be opened: %2").arg(what, db.lastError().text()),
        QStringLiteral("open %1: %2").arg(what, db.lastError().text()));
}

Result<void> openSqlite(Connection &connection, const QString &path)
{
    QSqlDatabase db = connection.database();
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return openFailed(db, path);
    }
    return {};
}

Result<void> openPostgres(Connection &connection, const PostgresTarget &target)
{
    QSqlDatabase db = connection.database();
    db.setHostName(target.host);
    db.setPort(target.port);
    db.setDatabaseName(target.database);
    db.setUserName(target.user);
    db.setPassword(target.password);
    QStringList options{QStringLiteral("connect_timeout=10")};
    if (!target.sslMode.isEmpty()) {
        options << QStringLiteral("sslmode=") + target.sslMode;
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        return openFailed(db, target.database);
    }
    return {};
}

ServiceError schemaDiffers(const QString &detail)
{
    return ServiceError::make(ServiceError::Kind::Unsupported,
                              GradebookCopy::tr("The two gradebooks have different tables or columns, so they cannot "
                                                "be copied or compared. Open both with the same GradeDesk version."),
                              detail);
}

/// The source's tables, once the target is checked to have the same tables and columns.
Result<QList<TableInfo>> matchingTables(const QSqlDatabase &source, const QSqlDatabase &target)
{
    Result<QList<TableInfo>> sourceTables = GradebookCopySchema::readTables(source);
    if (!sourceTables) {
        return sourceTables.error();
    }
    Result<QList<TableInfo>> targetTables = GradebookCopySchema::readTables(target);
    if (!targetTables) {
        return targetTables.error();
    }
    QHash<QString, QStringList> targetColumns;
    for (const TableInfo &table : targetTables.value()) {
        for (const ColumnInfo &column : table.columns) {
            targetColumns[table.name].append(column.name);
        }
    }
    if (targetColumns.size() != sourceTables.value().size()) {
        return schemaDiffers(QStringLiteral("%1 tables in the source, %2 in the target")
                                 .arg(sourceTables.value().size())
                                 .arg(targetColumns.size()));
    }
    for (const TableInfo &table : sourceTables.value()) {
        QStringList columns;
        for (const ColumnInfo &column : table.columns) {
            columns.append(column.name);
        }
        if (targetColumns.value(table.name) != columns) {
            return schemaDiffers(QStringLiteral("table %1: source columns %2, target columns %3")
                                     .arg(table.name, columns.join(QLatin1Char(',')),
                                          targetColumns.value(table.name).join(QLatin1Char(','))));
        }
    }
    return sourceTables;
}

Result<GradebookCopyReport> compare(const QSqlDatabase &source, const QSqlDatabase &target)
{
    Result<QList<TableInfo>> tables = matchingTables(source, target);
    if (!tables) {
        return tables.error();
    }
    Result<QList<TableInfo>> targetTables = GradebookCopySchema::readTables(target);
    if (!targetTables) {
        return targetTables.error();
    }
    GradebookCopyReport report;
    QStringList differing;
    for (const TableInfo &table : tables.value()) {
        const auto targetTable = std::find_if(targetTables.value().cbegin(), targetTables.value().cend(),
                                              [&](const TableInfo &t) { return t.name == table.name; });
        Result<TableSummary> before = GradebookCopySchema::summarizeTable(source, table);
        if (!before) {
            return before.error();
        }
        Result<TableSummary> after = GradebookCopySchema::summarizeTable(target, *targetTable);
        if (!after) {
            return after.error();
        }
        const TableComparison comparison{table.name, before.value().rows, after.value().rows, before.value().checksum,
                                         after.value().checksum};
        if (!comparison.matches()) {
            differing.append(comparison.sourceRows == comparison.targetRows
                                 ? GradebookCopy::tr("%1 (same %2 rows, different content)")
                                       .arg(table.name)
                                       .arg(comparison.sourceRows)
                                 : GradebookCopy::tr("%1 (%2 rows in the original, %3 in the copy)")
                                       .arg(table.name)
                                       .arg(comparison.sourceRows)
                                       .arg(comparison.targetRows));
        }
        report.tables.append(comparison);
    }
    if (!differing.isEmpty()) {
        return ServiceError::make(ServiceError::Kind::Conflict,
                                  GradebookCopy::tr("The copy differs from the original in: %1. Do not switch to the "
                                                    "copy; empty the target database and migrate again.")
                                      .arg(differing.join(QLatin1String("; "))),
                                  QStringLiteral("verify mismatch: ") + differing.join(QLatin1String("; ")));
    }
    return report;
}

Result<void> refuseNonEmpty(const QSqlDatabase &target, const QList<TableInfo> &tables, const QString &database)
{
    for (const TableInfo &table : tables) {
        if (table.name == QLatin1String("schema_version")) {
            continue;
        }
        Result<QSqlQuery> any = GradebookSql::exec(
            target, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(GradebookCopySchema::quoted(target, table.name)));
        if (!any) {
            return any.error();
        }
        if (any.value().next()) {
            return ServiceError::make(
                ServiceError::Kind::Conflict,
                GradebookCopy::tr("The PostgreSQL database %1 already holds gradebook data (table %2 has rows), so "
                                  "nothing was copied. Migrate into a new, empty database.")
                    .arg(database, table.name),
                QStringLiteral("target table %1 is not empty").arg(table.name));
        }
    }
    return {};
}

Result<qint64> countRows(const QSqlDatabase &db, const QString &table)
{
    Result<QSqlQuery> query =
        GradebookSql::exec(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(GradebookCopySchema::quoted(db, table)));
    if (!query) {
        return query.error();
    }
    return query.value().next() ? query.value().value(0).toLongLong() : 0;
}

Result<void> insertBatch(const QSqlDatabase &target, const TableInfo &table, const QList<QVariantList> &batch)
{
    if (batch.isEmpty()) {
        return {};
    }
    const QString placeholders = QLatin1Char('(') +
                                 QStringList(table.columns.size(), QStringLiteral("?")).join(QLatin1String(", ")) +
                                 QLatin1Char(')');
    QVariantList values;
    values.reserve(batch.size() * table.columns.size());
    for (const QVariantList &row : batch) {
        values.append(row);
    }
    // OVERRIDING SYSTEM VALUE keeps the source's ids even for GENERATED ALWAYS identity columns.
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) OVERRIDING SYSTEM VALUE VALUES %3")
            .arg(GradebookCopySchema::quoted(target, table.name), GradebookCopySchema::columnList(target, table),
                 QStringList(batch.size(), placeholders).join(QLatin1String(", ")));
    Result<QSqlQuery> inserted = GradebookSql::exec(target, sql, values);
    if (!inserted) {
        return inserted.error();
    }
    return {};
}

Result<void> copyTable(const QSqlDatabase &source, const QSqlDatabase &target, const TableInfo &table,
                       const GradebookCopy::Progress &progress)
{
    Result<qint64> total = countRows(source, table.name);
    if (!total) {
        return total.error();
    }
    QSqlQuery query(source);
    query.setForwardOnly(true);
    const QString sql = GradebookCopySchema::selectInOrder(source, table);
    if (!query.exec(sql)) {
        return GradebookSql::error(query.lastError(), sql);
    }
    const qsizetype rowsPerBatch =
        std::clamp<qsizetype>(MaxValuesPerInsert / std::max<qsizetype>(1, table.columns.size()), 1, MaxRowsPerInsert);
    QList<QVariantList> batch;
    qint64 done = 0;
    const auto flush = [&]() -> Result<void> {
        if (Result<void> inserted = insertBatch(target, table, batch); !inserted) {
            return inserted;
        }
        done += batch.size();
        batch.clear();
        if (progress && !progress(table.name, done, total.value())) {
            return ServiceError::make(ServiceError::Kind::Cancelled,
                                      GradebookCopy::tr("The copy was cancelled; the target database was not changed."),
                                      QStringLiteral("cancelled while copying ") + table.name);
        }
        return {};
    };
    while (query.next()) {
        QVariantList row;
        row.reserve(table.columns.size());
        for (int i = 0; i < table.columns.size(); ++i) {
            row.append(query.value(i));
        }
        batch.append(row);
        if (batch.size() >= rowsPerBatch) {
            if (Result<void> flushed = flush(); !flushed) {
                return flushed;
            }
        }
    }
    if (query.lastError().isValid()) {
        return GradebookSql::error(query.lastError(), sql);
    }
    return flush();
}

/// Moves every sequence that numbers a column of `table` (identity or serial) past its largest value.
Result<void> advanceSequences(const QSqlDatabase &target, const TableInfo &table)
{
    for (const ColumnInfo &column : table.columns) {
        if (column.kind != ValueKind::Integer) {
            continue;
        }
        Result<QSqlQuery> sequence = GradebookSql::exec(target, QStringLiteral("SELECT pg_get_serial_sequence(?, ?)"),
                                                        {GradebookCopySchema::quoted(target, table.name), column.name});
        if (!sequence) {
            return sequence.error();
        }
        const QString name = sequence.value().next() ? sequence.value().value(0).toString() : QString();
        if (name.isEmpty()) {
            continue;
        }
        Result<QSqlQuery> moved = GradebookSql::exec(
            target,
            QStringLiteral("SELECT setval(?, COALESCE((SELECT MAX(%1) FROM %2), 0) + 1, false)")
                .arg(GradebookCopySchema::quoted(target, column.name), GradebookCopySchema::quoted(target, table.name)),
            {name});
        if (!moved) {
            return moved.error();
        }
    }
    return {};
}

/// Copies every table in one target transaction (the caller holds the source's read snapshot), then
/// compares both sides.
Result<GradebookCopyReport> copyAll(const QSqlDatabase &source, QSqlDatabase target, const QString &database,
                                    const GradebookCopy::Progress &progress)
{
    Result<QList<TableInfo>> tables = matchingTables(source, target);
    if (!tables) {
        return tables.error();
    }
    if (!target.transaction()) {
        return GradebookSql::error(target.lastError(), QStringLiteral("BEGIN"));
    }
    const auto work = [&]() -> Result<void> {
        // Two migrations at once would both see an empty target: the lock makes the second wait and
        // then find the first one's rows.
        if (Result<void> locked =
                GradebookSql::execPlain(target, QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE"));
            !locked) {
            return locked;
        }
        if (Result<void> empty = refuseNonEmpty(target, tables.value(), database); !empty) {
            return empty;
        }
        for (const TableInfo &table : tables.value()) {
            if (table.name == QLatin1String("schema_version")) {
                continue; // both sides were migrated to the same version on open
            }
            if (Result<void> copied = copyTable(source, target, table, progress); !copied) {
                return copied;
            }
            if (Result<void> advanced = advanceSequences(target, table); !advanced) {
                return advanced;
            }
        }
        return {};
    };
    if (Result<void> copied = work(); !copied) {
        if (!target.rollback()) {
            qCWarning(lcGradebook) << "Rolling back the failed gradebook copy failed too:" << target.lastError().text();
        }
        return copied.error();
    }
    if (!target.commit()) {
        return GradebookSql::error(target.lastError(), QStringLiteral("COMMIT"));
    }
    return compare(source, target);
}

} // namespace

qint64 GradebookCopyReport::totalRows() const
{
    qint64 total = 0;
    for (const TableComparison &table : tables) {
        total += table.targetRows;
    }
    return total;
}

Result<GradebookCopyReport> GradebookCopy::copy(const QString &sqlitePath, const PostgresTarget &target,
                                                const Progress &progress)
{
    // Opening as gradebooks refuses foreign databases and brings both to the current schema.
    {
        Result<std::unique_ptr<Gradebook>> opened = Gradebook::openSqlite(sqlitePath);
        if (!opened) {
            return opened.error();
        }
    }
    {
        Result<std::unique_ptr<Gradebook>> opened = Gradebook::openPostgresql(
            target.host, target.port, target.database, target.user, target.password, target.sslMode);
        if (!opened) {
            return opened.error();
        }
    }
    Connection source(QStringLiteral("QSQLITE"));
    if (Result<void> opened = openSqlite(source, sqlitePath); !opened) {
        return opened.error();
    }
    Connection destination(QStringLiteral("QPSQL"));
    if (Result<void> opened = openPostgres(destination, target); !opened) {
        return opened.error();
    }
    QSqlDatabase sourceDb = source.database();
    // One read snapshot (WAL) for the copy and its verification, even while others write.
    if (Result<void> begun = GradebookSql::execPlain(sourceDb, QStringLiteral("BEGIN")); !begun) {
        return begun.error();
    }
    Result<GradebookCopyReport> report = copyAll(sourceDb, destination.database(), target.database, progress);
    if (Result<void> ended = GradebookSql::execPlain(sourceDb, QStringLiteral("ROLLBACK")); !ended) {
        qCWarning(lcGradebook) << "Ending the read snapshot of" << sqlitePath << "failed";
    }
    return report;
}

Result<GradebookCopyReport> GradebookCopy::verify(const QString &sqlitePath, const PostgresTarget &target)
{
    Connection source(QStringLiteral("QSQLITE"));
    if (Result<void> opened = openSqlite(source, sqlitePath); !opened) {
        return opened.error();
    }
    Connection destination(QStringLiteral("QPSQL"));
    if (Result<void> opened = openPostgres(destination, target); !opened) {
        return opened.error();
    }
    QSqlDatabase sourceDb = source.database();
    QSqlDatabase targetDb = destination.database();
    // Each side as of one instant, so a table is never compared against a later state of another.
    if (Result<void> begun = GradebookSql::execPlain(sourceDb, QStringLiteral("BEGIN")); !begun) {
        return begun.error();
    }
    if (Result<void> begun = GradebookSql::execPlain(
            targetDb, QStringLiteral("START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        !begun) {
        return begun.error();
    }
    Result<GradebookCopyReport> report = compare(sourceDb, targetDb);
    for (QSqlDatabase *db : {&sourceDb, &targetDb}) {
        if (Result<void> ended = GradebookSql::execPlain(*db, QStringLiteral("ROLLBACK")); !ended) {
            qCWarning(lcGradebook) << "Ending a verification snapshot failed";
        }
    }
    return report;
}

Result<QList<TableSummary>> GradebookCopy::summarize(const QSqlDatabase &db)
{
    Result<QList<TableInfo>> tables = GradebookCopySchema::readTables(db);
    if (!tables) {
        return tables.error();
    }
    QList<TableSummary> summaries;
    for (const TableInfo &table : tables.value()) {
        Result<TableSummary> summary = GradebookCopySchema::summarizeTable(db, table);
        if (!summary) {
            return summary.error();
        }
        summaries.append(summary.value());
    }
    return summaries;
}

} // namespace GradeDesk::Services
