// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace GradeDesk::Services {

/// Where a PostgreSQL gradebook lives. `host` may be a socket directory.
struct PostgresTarget {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< From the keychain or GRADEDESK_GRADEBOOK_PASSWORD, never from a file.
    QString sslMode;  ///< libpq's sslmode; empty means libpq's default.
};

/// One table as verify() sees it on one side.
struct TableSummary {
    QString table;
    qint64 rows = 0;
    QByteArray checksum; ///< SHA-256 (hex) of the rows in primary-key order, canonical text per value.
};

/// One table on both sides of a copy.
struct TableComparison {
    QString table;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    QByteArray sourceChecksum;
    QByteArray targetChecksum;

    bool matches() const { return sourceRows == targetRows && sourceChecksum == targetChecksum; }
};

struct GradebookCopyReport {
    QList<TableComparison> tables; ///< In foreign-key order (parents first).

    qint64 totalRows() const;
};

/**
 * @brief Copies an SQLite gradebook into an empty PostgreSQL gradebook and proves the copy equal.
 *
 * Generic over the schema: the tables, their columns, primary keys and foreign keys are read from
 * the databases, so a new schema version needs no change here. Both sides are first opened as
 * gradebooks (which migrates them to the current schema); the target must hold no rows in any table
 * but `schema_version`.
 *
 * The copy runs in one PostgreSQL transaction (all or nothing) from one read snapshot of the SQLite
 * file, so a gradebook in use by a running GradeDesk is copied as of one instant. Ids are preserved
 * and every identity sequence is moved past the largest id copied. The append-only audit trail is
 * copied as it is (inserts only).
 *
 * Verification reads every table on both sides in primary-key order (text keys in byte order on
 * both) and hashes a canonical text form of every value (NULL, integer, shortest round-trip double,
 * UTF-8 text, hex bytes) with SHA-256; row counts and checksums must agree for every table.
 */
class GradebookCopy final
{
    Q_DECLARE_TR_FUNCTIONS(GradebookCopy)

public:
    GradebookCopy() = delete;

    /// Called between batches: (table, rows of it copied so far, rows in it). Return false to cancel:
    /// the target transaction is rolled back and copy() fails with Kind::Cancelled.
    using Progress = std::function<bool(const QString &table, qint64 done, qint64 total)>;

    /**
     * Copies and then verifies. Fails with Conflict when the target already holds data (nothing is
     * written), with Database for a failed statement (the transaction is rolled back), and with
     * Conflict naming the tables when verification finds a difference.
     */
    static Result<GradebookCopyReport> copy(const QString &sqlitePath, const PostgresTarget &target,
                                            const Progress &progress = {});
    /// Compares the two gradebooks as they are now; fails (Conflict) naming every table that differs.
    static Result<GradebookCopyReport> verify(const QString &sqlitePath, const PostgresTarget &target);
    /// Every table of an open SQLite or PostgreSQL gradebook connection, with its count and checksum.
    static Result<QList<TableSummary>> summarize(const QSqlDatabase &db);
};

} // namespace GradeDesk::Services
