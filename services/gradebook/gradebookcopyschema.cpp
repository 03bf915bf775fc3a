// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebookcopyschema.h"

#include "gradebooksql.h"

#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

using ValueKind = GradebookCopySchema::ValueKind;
using ColumnInfo = GradebookCopySchema::ColumnInfo;
using TableInfo = GradebookCopySchema::TableInfo;

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// SQLite's type affinity rules (section 3.1 of its datatype documentation), in their order.
ValueKind sqliteKind(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT"))) {
        return ValueKind::Integer;
    }
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) ||
        type.contains(QLatin1String("TEXT"))) {
        return ValueKind::Text;
    }
    if (type.isEmpty() || type.contains(QLatin1String("BLOB"))) {
        return ValueKind::Blob;
    }
    return ValueKind::Real;
}

ValueKind postgresKind(const QString &dataType)
{
    if (dataType == QLatin1String("smallint") || dataType == QLatin1String("integer") ||
        dataType == QLatin1String("bigint")) {
        return ValueKind::Integer;
    }
    if (dataType == QLatin1String("double precision") || dataType == QLatin1String("real") ||
        dataType == QLatin1String("numeric")) {
        return ValueKind::Real;
    }
    if (dataType == QLatin1String("bytea")) {
        return ValueKind::Blob;
    }
    return ValueKind::Text;
}

Result<QList<QStringList>> rows(const QSqlDatabase &db, const QString &sql)
{
    Result<QSqlQuery> query = GradebookSql::exec(db, sql);
    if (!query) {
        return query.error();
    }
    QList<QStringList> result;
    const int columns = query.value().record().count();
    while (query.value().next()) {
        QStringList row;
        for (int i = 0; i < columns; ++i) {
            row.append(query.value().value(i).toString());
        }
        result.append(row);
    }
    return result;
}

Result<QHash<QString, TableInfo>> readSqliteTables(const QSqlDatabase &db)
{
    Result<QList<QStringList>> names =
        rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite~_%'"
                                " ESCAPE '~'"));
    if (!names) {
        return names.error();
    }
    QHash<QString, TableInfo> tables;
    for (const QStringList &name : names.value()) {
        TableInfo table;
        table.name = name.constFirst();
        Result<QList<QStringList>> columns =
            rows(db, QStringLiteral("PRAGMA table_info(%1)").arg(GradebookCopySchema::quoted(db, table.name)));
        if (!columns) {
            return columns.error();
        }
        QList<std::pair<int, QString>> key;
        for (const QStringList &column : columns.value()) { // cid, name, type, notnull, dflt_value, pk
            table.columns.append({column.at(1), sqliteKind(column.at(2))});
            if (const int position = column.at(5).toInt(); position > 0) {
                key.append({position, column.at(1)});
            }
        }
        std::sort(key.begin(), key.end());
        for (const auto &[position, column] : std::as_const(key)) {
            table.primaryKey.append(column);
        }
        Result<QList<QStringList>> foreignKeys =
            rows(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(GradebookCopySchema::quoted(db, table.name)));
        if (!foreignKeys) {
            return foreignKeys.error();
        }
        for (const QStringList &foreignKey : foreignKeys.value()) { // id, seq, table, from, to, ...
            table.parents.insert(foreignKey.at(2));
        }
        tables.insert(table.name, table);
    }
    return tables;
}

Result<QHash<QString, TableInfo>> readPostgresTables(const QSqlDatabase &db)
{
    Result<QList<QStringList>> columns =
        rows(db, QStringLiteral("SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c"
                                " JOIN information_schema.tables t ON t.table_schema = c.table_schema"
                                " AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
                                " WHERE c.table_schema = current_schema() ORDER BY c.table_name, c.ordinal_position"));
    if (!columns) {
        return columns.error();
    }
    QHash<QString, TableInfo> tables;
    for (const QStringList &column : columns.value()) {
        TableInfo &table = tables[column.at(0)];
        table.name = column.at(0);
        table.columns.append({column.at(1), postgresKind(column.at(2))});
    }
    Result<QList<QStringList>> keys =
        rows(db, QStringLiteral("SELECT c.relname, a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
                                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)"
                                " WHERE i.indisprimary AND n.nspname = current_schema()"
                                " ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)"));
    if (!keys) {
        return keys.error();
    }
    for (const QStringList &key : keys.value()) {
        if (tables.contains(key.at(0))) {
            tables[key.at(0)].primaryKey.append(key.at(1));
        }
    }
    Result<QList<QStringList>> foreignKeys =
        rows(db, QStringLiteral("SELECT c.relname, p.relname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
                                " JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                                " WHERE k.contype = 'f' AND n.nspname = current_schema()"));
    if (!foreignKeys) {
        return foreignKeys.error();
    }
    for (const QStringList &foreignKey : foreignKeys.value()) {
        if (tables.contains(foreignKey.at(0))) {
            tables[foreignKey.at(0)].parents.insert(foreignKey.at(1));
        }
    }
    return tables;
}

void addCanonical(QCryptographicHash &hash, const QVariant &value, ValueKind kind)
{
    QByteArray text;
    char tag = 'N';
    if (!value.isNull()) {
        switch (kind) {
        case ValueKind::Integer:
            tag = 'I';
            text = QByteArray::number(value.toLongLong());
            break;
        case ValueKind::Real:
            tag = 'R';
            text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest).toLatin1();
            break;
        case ValueKind::Text:
            tag = 'T';
            text = value.toString().toUtf8();
            break;
        case ValueKind::Blob:
            tag = 'B';
            text = value.toByteArray().toHex();
            break;
        }
    }
    // Length-prefixed, so no value can imitate a value boundary.
    hash.addData(QByteArrayView(&tag, 1));
    hash.addData(QByteArray(QByteArray::number(text.size()) + ':'));
    hash.addData(text);
}

} // namespace

Result<QList<TableInfo>> GradebookCopySchema::readTables(const QSqlDatabase &db)
{
    Result<QHash<QString, TableInfo>> found = isPostgres(db) ? readPostgresTables(db) : readSqliteTables(db);
    if (!found) {
        return found.error();
    }
    QHash<QString, TableInfo> pending = found.value();
    QList<TableInfo> ordered;
    QSet<QString> placed;
    while (!pending.isEmpty()) {
        QStringList ready;
        for (const TableInfo &table : std::as_const(pending)) {
            const bool parentsPlaced = std::all_of(table.parents.cbegin(), table.parents.cend(), [&](const QString &p) {
                return p == table.name || placed.contains(p) || !pending.contains(p);
            });
            if (parentsPlaced) {
                ready.append(table.name);
            }
        }
        if (ready.isEmpty()) {
            QStringList names = pending.keys();
            names.sort();
            return ServiceError::make(ServiceError::Kind::Unsupported,
                                      GradebookCopy::tr("The gradebook's tables reference each other in a cycle, so "
                                                        "they cannot be copied one after the other."),
                                      QStringLiteral("foreign-key cycle among ") + names.join(QLatin1String(", ")));
        }
        ready.sort();
        for (const QString &name : std::as_const(ready)) {
            TableInfo table = pending.take(name);
            std::sort(table.columns.begin(), table.columns.end(),
                      [](const ColumnInfo &a, const ColumnInfo &b) { return a.name < b.name; });
            placed.insert(name);
            ordered.append(table);
        }
    }
    return ordered;
}

QString GradebookCopySchema::quoted(const QSqlDatabase &db, const QString &identifier)
{
    return db.driver()->escapeIdentifier(identifier, QSqlDriver::FieldName);
}

QString GradebookCopySchema::columnList(const QSqlDatabase &db, const TableInfo &table)
{
    QStringList names;
    for (const ColumnInfo &column : table.columns) {
        names.append(quoted(db, column.name));
    }
    return names.join(QLatin1String(", "));
}

QString GradebookCopySchema::selectInOrder(const QSqlDatabase &db, const TableInfo &table)
{
    QStringList keyColumns = table.primaryKey;
    if (keyColumns.isEmpty()) {
        for (const ColumnInfo &column : table.columns) {
            keyColumns.append(column.name);
        }
    }
    QStringList order;
    for (const QString &name : std::as_const(keyColumns)) {
        QString term = quoted(db, name);
        if (isPostgres(db)) {
            const auto column = std::find_if(table.columns.cbegin(), table.columns.cend(),
                                             [&](const ColumnInfo &c) { return c.name == name; });
            if (column != table.columns.cend() && column->kind == ValueKind::Text) {
                term += QStringLiteral(" COLLATE \"C\"");
            }
            term += QStringLiteral(" NULLS FIRST");
        }
        order.append(term);
    }
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(columnList(db, table), quoted(db, table.name), order.join(QLatin1String(", ")));
}

Result<TableSummary> GradebookCopySchema::summarizeTable(const QSqlDatabase &db, const TableInfo &table)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql = selectInOrder(db, table);
    if (!query.exec(sql)) {
        return GradebookSql::error(query.lastError(), sql);
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    TableSummary summary;
    summary.table = table.name;
    while (query.next()) {
        for (int i = 0; i < table.columns.size(); ++i) {
            addCanonical(hash, query.value(i), table.columns.at(i).kind);
        }
        hash.addData(QByteArrayView("\n", 1));
        ++summary.rows;
    }
    if (query.lastError().isValid()) {
        return GradebookSql::error(query.lastError(), sql);
    }
    summary.checksum = hash.result().toHex();
    return summary;
}

} // namespace GradeDesk::Services
