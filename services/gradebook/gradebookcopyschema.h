// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gradebookcopy.h"

#include <services/core/result.h>

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace GradeDesk::Services {

/**
 * @brief What GradebookCopy needs to know about a gradebook's tables, read from the database's own
 * catalogs (SQLite's sqlite_master and pragmas, PostgreSQL's information_schema and pg_catalog), and
 * the per-table checksum that verification compares.
 *
 * Internal to services/gradebook. Works on any open SQLite (QSQLITE) or PostgreSQL (QPSQL) connection;
 * the caller owns transactions and snapshots.
 */
class GradebookCopySchema final
{
public:
    GradebookCopySchema() = delete;

    /// A column's storage class, read the same way on both sides: it picks the value's canonical form in
    /// the checksum and, for text, the byte-order collation in selectInOrder().
    enum class ValueKind { Integer, Real, Text, Blob };

    struct ColumnInfo {
        QString name;
        ValueKind kind = ValueKind::Text;
    };

    struct TableInfo {
        QString name;
        QList<ColumnInfo> columns; ///< Sorted by name: the canonical order on both sides.
        QStringList primaryKey;    ///< In key order; empty when the table has none.
        QSet<QString> parents;     ///< Tables its foreign keys reference.
    };

    /// The tables with canonical column order, parents before children (ties by name). Fails
    /// (Unsupported) when foreign keys form a cycle between tables.
    static Result<QList<TableInfo>> readTables(const QSqlDatabase &db);

    /// `identifier` quoted for `db`'s SQL dialect.
    static QString quoted(const QSqlDatabase &db, const QString &identifier);
    /// The table's quoted column names, comma-separated, in canonical order.
    static QString columnList(const QSqlDatabase &db, const TableInfo &table);
    /// A SELECT of every column in canonical order and every row in primary-key order, the same on
    /// both sides: text in byte order (PostgreSQL's "C" collation is SQLite's BINARY on UTF-8), NULLs
    /// first. Without a key, every column orders.
    static QString selectInOrder(const QSqlDatabase &db, const TableInfo &table);
    /// Row count and SHA-256 checksum of the table, read with selectInOrder(); see GradebookCopy for
    /// the canonical value form.
    static Result<TableSummary> summarizeTable(const QSqlDatabase &db, const TableInfo &table);
};

} // namespace GradeDesk::Services
