// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Gradebook: what the Canvas integration stores (student sections, local id -> Canvas id mappings).
#include "gradebook.h"
#include "gradebooksql.h"

#include <QSet>
#include <QSqlQuery>

namespace GradeDesk::Services {

namespace {

Result<void> checkKind(const QString &kind)
{
    if (kind == QLatin1String("user") || kind == QLatin1String("assignment")) {
        return {};
    }
    return ServiceError::make(ServiceError::Kind::Validation,
                              Gradebook::tr("GradeDesk cannot store a Canvas link of this kind."),
                              QStringLiteral("unknown canvas mapping kind \"%1\"").arg(kind));
}

} // namespace

Result<void> Gradebook::setStudentSections(const QString &studentId, const QStringList &sections)
{
    return transaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        Result<QSqlQuery> student = GradebookSql::exec(db, QStringLiteral("SELECT 1 FROM student WHERE id = ?"),
                                                       {GradebookSql::text(studentId)});
        if (!student) {
            return student.error();
        }
        if (!student.value().next()) {
            return ServiceError::make(
                ServiceError::Kind::NotFound,
                tr("The student %1 is not in the gradebook. Import the roster first.").arg(studentId),
                QStringLiteral("no student %1").arg(studentId));
        }
        Result<QSqlQuery> cleared = GradebookSql::exec(
            db, QStringLiteral("DELETE FROM student_section WHERE student_id = ?"), {GradebookSql::text(studentId)});
        if (!cleared) {
            return cleared.error();
        }
        QSet<QString> stored;
        for (const QString &section : sections) {
            const QString name = section.trimmed();
            if (name.isEmpty() || stored.contains(name)) {
                continue;
            }
            stored.insert(name);
            Result<QSqlQuery> inserted = GradebookSql::exec(
                db, QStringLiteral("INSERT INTO student_section (student_id, section) VALUES (?, ?)"),
                {GradebookSql::text(studentId), GradebookSql::text(name)});
            if (!inserted) {
                return inserted.error();
            }
        }
        return {};
    });
}

Result<QHash<QString, QStringList>> Gradebook::studentSections() const
{
    Result<QSqlQuery> query = GradebookSql::exec(
        database(), QStringLiteral("SELECT student_id, section FROM student_section ORDER BY student_id, section"));
    if (!query) {
        return query.error();
    }
    QHash<QString, QStringList> sections;
    while (query.value().next()) {
        sections[query.value().value(0).toString()].append(query.value().value(1).toString());
    }
    return sections;
}

Result<void> Gradebook::setCanvasMapping(const QString &kind, const QString &localId, const QString &canvasId)
{
    if (Result<void> valid = checkKind(kind); !valid) {
        return valid;
    }
    if (localId.isEmpty() || canvasId.trimmed().isEmpty()) {
        return ServiceError::make(
            ServiceError::Kind::Validation, tr("A Canvas link needs both the local id and the Canvas id."),
            QStringLiteral("empty id in canvas mapping %1 \"%2\" -> \"%3\"").arg(kind, localId, canvasId));
    }
    return transaction([&]() -> Result<void> {
        Result<QSqlQuery> upserted = GradebookSql::exec(
            database(),
            QStringLiteral("INSERT INTO canvas_mapping (kind, local_id, canvas_id) VALUES (?, ?, ?)"
                           " ON CONFLICT (kind, local_id) DO UPDATE SET canvas_id = excluded.canvas_id"),
            {GradebookSql::text(kind), GradebookSql::text(localId), GradebookSql::text(canvasId.trimmed())});
        if (!upserted) {
            return upserted.error();
        }
        return {};
    });
}

Result<void> Gradebook::removeCanvasMapping(const QString &kind, const QString &localId)
{
    if (Result<void> valid = checkKind(kind); !valid) {
        return valid;
    }
    return transaction([&]() -> Result<void> {
        Result<QSqlQuery> deleted =
            GradebookSql::exec(database(), QStringLiteral("DELETE FROM canvas_mapping WHERE kind = ? AND local_id = ?"),
                               {GradebookSql::text(kind), GradebookSql::text(localId)});
        if (!deleted) {
            return deleted.error();
        }
        return {};
    });
}

Result<QHash<QString, QString>> Gradebook::canvasMappings(const QString &kind) const
{
    if (Result<void> valid = checkKind(kind); !valid) {
        return valid.error();
    }
    Result<QSqlQuery> query =
        GradebookSql::exec(database(), QStringLiteral("SELECT local_id, canvas_id FROM canvas_mapping WHERE kind = ?"),
                           {GradebookSql::text(kind)});
    if (!query) {
        return query.error();
    }
    QHash<QString, QString> mappings;
    while (query.value().next()) {
        mappings.insert(query.value().value(0).toString(), query.value().value(1).toString());
    }
    return mappings;
}

} // namespace GradeDesk::Services
