// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradebooksql.h"

#include <services/core/logging.h>

#include <QLocale>

namespace GradeDesk::Services {

Result<QSqlQuery> GradebookSql::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return error(query.lastError(), sql);
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return error(query.lastError(), sql);
    }
    return query;
}

Result<void> GradebookSql::execPlain(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return error(query.lastError(), sql);
    }
    return {};
}

Result<qint64> GradebookSql::execReturningId(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = exec(db, sql, values);
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return ServiceError::make(ServiceError::Kind::Database,
                                  tr("The gradebook did not confirm a change. Try again; if it keeps failing, "
                                     "check the database server's log."),
                                  QStringLiteral("no row returned by: ") + sql);
    }
    const qint64 id = query.value().value(0).toLongLong();
    query.value().finish();
    return id;
}

ServiceError GradebookSql::error(const QSqlError &sqlError, const QString &statement)
{
    const QString detail = sqlError.text() + QStringLiteral(" [native ") + sqlError.nativeErrorCode() +
                           QStringLiteral("] in: ") + statement.simplified();
    qCWarning(lcGradebookSql) << "SQL failed:" << detail;
    const QString native = sqlError.nativeErrorCode();
    const QString lowered = sqlError.text().toLower();
    // SQLite 5/6 (busy/locked) and PostgreSQL lock timeouts mean another program holds the database.
    if (native == QLatin1String("5") || native == QLatin1String("6") || native == QLatin1String("55P03") ||
        lowered.contains(QLatin1String("database is locked"))) {
        return ServiceError::make(ServiceError::Kind::Database,
                                  tr("The gradebook is busy: another program is writing to it. Wait a moment and "
                                     "try again, or close the other program."),
                                  detail);
    }
    if (lowered.contains(QLatin1String("readonly")) || lowered.contains(QLatin1String("read-only"))) {
        return ServiceError::make(ServiceError::Kind::Database,
                                  tr("The gradebook cannot be changed because its file is read-only. Make the file "
                                     "and its folder writable and try again."),
                                  detail);
    }
    if (lowered.contains(QLatin1String("not a database")) || lowered.contains(QLatin1String("malformed"))) {
        return ServiceError::make(ServiceError::Kind::Database,
                                  tr("The gradebook file is damaged or is not a database. Restore it from a backup "
                                     "or choose another gradebook file."),
                                  detail);
    }
    return ServiceError::make(ServiceError::Kind::Database,
                              tr("The gradebook database reported an error and nothing was changed. Try again; if "
                                 "it keeps failing, check the log for details."),
                              detail);
}

QVariant GradebookSql::text(const QString &value)
{
    // A null QString binds as SQL NULL; the columns using this are NOT NULL.
    return value.isNull() ? QVariant(QString(0, QChar())) : QVariant(value);
}

QVariant GradebookSql::number(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant GradebookSql::time(const Timestamp &value)
{
    return value.isValid() ? QVariant(value.toIso()) : QVariant(QMetaType::fromType<QString>());
}

QVariant GradebookSql::time(const QDateTime &value)
{
    return time(Timestamp::fromDateTime(value));
}

QVariant GradebookSql::nowUtc()
{
    return time(QDateTime::currentDateTimeUtc());
}

std::optional<double> GradebookSql::toNumber(const QVariant &value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toDouble();
}

Timestamp GradebookSql::toTimestamp(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    return Timestamp::parse(value.toString()).value_or(Timestamp());
}

QDateTime GradebookSql::toDateTime(const QVariant &value)
{
    const Timestamp t = toTimestamp(value);
    return t.isValid() ? t.toDateTime() : QDateTime();
}

QString GradebookSql::numberText(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

} // namespace GradeDesk::Services
