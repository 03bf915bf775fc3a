// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/core/timestamp.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace GradeDesk::Services {

/**
 * @brief The gradebook's small SQL toolbox (internal to services/gradebook).
 *
 * One place decides how values cross into the database so SQLite and PostgreSQL store the same
 * thing: times as ISO 8601 UTC text with microseconds (sortable, exact), booleans as 0/1 integers
 * (PostgreSQL refuses a boolean literal in an integer column), absent numbers as typed NULLs.
 */
class GradebookSql final
{
    Q_DECLARE_TR_FUNCTIONS(GradebookSql)

public:
    GradebookSql() = delete;

    /// Prepares `sql` (positional `?` placeholders), binds `values` in order and executes it.
    static Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

    /// Runs `sql` with `values` and turns each row into a Record with `read(const QSqlQuery &)`.
    template <typename Record, typename Read>
    static Result<QList<Record>> readRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                          Read read)
    {
        Result<QSqlQuery> query = exec(db, sql, values);
        if (!query) {
            return query.error();
        }
        QList<Record> result;
        while (query.value().next()) {
            result.append(read(query.value()));
        }
        return result;
    }

    /// Runs a statement that takes no parameters (DDL, pragmas, transaction control).
    static Result<void> execPlain(const QSqlDatabase &db, const QString &sql);
    /// Runs `sql` and returns the first column of its first row (e.g. an INSERT ... RETURNING id).
    static Result<qint64> execReturningId(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

    static ServiceError error(const QSqlError &sqlError, const QString &statement);

    static QVariant text(const QString &value); ///< Never NULL: a null QString becomes ''.

    static QVariant flag(bool value) { return value ? 1 : 0; }

    static QVariant number(std::optional<double> value);
    static QVariant time(const Timestamp &value); ///< NULL when invalid.
    static QVariant time(const QDateTime &value);
    static QVariant nowUtc();

    static std::optional<double> toNumber(const QVariant &value);
    static Timestamp toTimestamp(const QVariant &value);
    static QDateTime toDateTime(const QVariant &value);
    /// Shortest text that reads back as the same double (audit trail values).
    static QString numberText(std::optional<double> value);
};

} // namespace GradeDesk::Services
