// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Gradebook: course, assignments, notebooks, source cells and students.
#include "gradebook.h"
#include "gradebookrubricsql.h"
#include "gradebooksql.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

ServiceError emptyName(const QString &message, const QString &what)
{
    return ServiceError::make(ServiceError::Kind::Validation, message, QStringLiteral("empty name for ") + what);
}

ServiceError unknownId(const QString &table, qint64 id)
{
    return ServiceError::make(ServiceError::Kind::NotFound,
                              Gradebook::tr("The gradebook has no such entry (it may have been removed). Reload the "
                                            "course and try again."),
                              QStringLiteral("no %1 with id %2").arg(table).arg(id));
}

Result<bool> rowExists(const QSqlDatabase &db, const QString &table, qint64 id)
{
    Result<QSqlQuery> query =
        GradebookSql::exec(db, QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    if (!query) {
        return query.error();
    }
    return query.value().next();
}

SourceCellRecord readSourceCell(const QSqlQuery &q)
{
    SourceCellRecord cell;
    cell.id = q.value(0).toLongLong();
    cell.notebookId = q.value(1).toLongLong();
    cell.name = q.value(2).toString();
    cell.cellType = q.value(3).toString();
    cell.isGrade = q.value(4).toInt() != 0;
    cell.isSolution = q.value(5).toInt() != 0;
    cell.isTask = q.value(6).toInt() != 0;
    cell.isLocked = q.value(7).toInt() != 0;
    cell.maxScore = q.value(8).toDouble();
    cell.source = q.value(9).toString();
    cell.checksum = q.value(10).toString();
    cell.position = q.value(11).toInt();
    return cell;
}

StudentRecord readStudent(const QSqlQuery &q)
{
    StudentRecord student;
    student.id = q.value(0).toString();
    student.firstName = q.value(1).toString();
    student.lastName = q.value(2).toString();
    student.email = q.value(3).toString();
    student.lmsUserId = q.value(4).toString();
    student.active = q.value(5).toInt() != 0;
    return student;
}

const QString StudentColumns = QStringLiteral("id, first_name, last_name, email, lms_user_id, active");

} // namespace

Result<void> Gradebook::setCourse(const QString &id, const QString &title)
{
    if (id.trimmed().isEmpty()) {
        return emptyName(tr("The course needs an id. Set course.id in course.yaml."), QStringLiteral("course"));
    }
    return transaction([&]() -> Result<void> {
        if (Result<void> cleared = GradebookSql::execPlain(database(), QStringLiteral("DELETE FROM course"));
            !cleared) {
            return cleared;
        }
        Result<QSqlQuery> inserted =
            GradebookSql::exec(database(), QStringLiteral("INSERT INTO course (id, title) VALUES (?, ?)"),
                               {GradebookSql::text(id), GradebookSql::text(title)});
        if (!inserted) {
            return inserted.error();
        }
        return {};
    });
}

Result<std::optional<std::pair<QString, QString>>> Gradebook::course() const
{
    Result<QSqlQuery> query = GradebookSql::exec(database(), QStringLiteral("SELECT id, title FROM course"));
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return std::optional<std::pair<QString, QString>>();
    }
    return std::optional<std::pair<QString, QString>>(
        std::pair{query.value().value(0).toString(), query.value().value(1).toString()});
}

Result<qint64> Gradebook::upsertAssignment(const QString &name, const QDateTime &due)
{
    if (name.trimmed().isEmpty()) {
        return emptyName(tr("An assignment needs a name. Use the assignment's folder name."),
                         QStringLiteral("assignment"));
    }
    qint64 id = 0;
    const Result<void> done = transaction([&]() -> Result<void> {
        Result<qint64> upserted = GradebookSql::execReturningId(
            database(),
            QStringLiteral("INSERT INTO assignment (name, due) VALUES (?, ?)"
                           " ON CONFLICT (name) DO UPDATE SET due = excluded.due RETURNING id"),
            {GradebookSql::text(name), GradebookSql::time(due)});
        if (!upserted) {
            return upserted.error();
        }
        id = upserted.value();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Result<qint64> Gradebook::upsertNotebook(qint64 assignmentId, const QString &name, int position)
{
    if (name.trimmed().isEmpty()) {
        return emptyName(tr("A notebook needs a name. Use the notebook's file name without .ipynb."),
                         QStringLiteral("notebook"));
    }
    qint64 id = 0;
    const Result<void> done = transaction([&]() -> Result<void> {
        Result<bool> exists = rowExists(database(), QStringLiteral("assignment"), assignmentId);
        if (!exists) {
            return exists.error();
        }
        if (!exists.value()) {
            return unknownId(QStringLiteral("assignment"), assignmentId);
        }
        Result<qint64> upserted = GradebookSql::execReturningId(
            database(),
            QStringLiteral(
                "INSERT INTO notebook (assignment_id, name, position) VALUES (?, ?, ?)"
                " ON CONFLICT (assignment_id, name) DO UPDATE SET position = excluded.position RETURNING id"),
            {assignmentId, GradebookSql::text(name), position});
        if (!upserted) {
            return upserted.error();
        }
        id = upserted.value();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Result<void> Gradebook::replaceSourceCells(qint64 notebookId, const QList<SourceCellRecord> &cells)
{
    QSet<QString> names;
    for (const SourceCellRecord &cell : cells) {
        if (cell.name.trimmed().isEmpty()) {
            return ServiceError::make(ServiceError::Kind::Validation,
                                      tr("A graded or locked cell has no grade_id. Give every nbgrader cell a unique "
                                         "id in the source notebook and import it again."),
                                      QStringLiteral("empty source cell name in notebook %1").arg(notebookId));
        }
        if (names.contains(cell.name)) {
            return ServiceError::make(
                ServiceError::Kind::Validation,
                tr("The grade_id \"%1\" is used by more than one cell. Make the ids unique in "
                   "the source notebook and import it again.")
                    .arg(cell.name),
                QStringLiteral("duplicate source cell name %1 in notebook %2").arg(cell.name).arg(notebookId));
        }
        names.insert(cell.name);
    }
    return transaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        Result<bool> exists = rowExists(db, QStringLiteral("notebook"), notebookId);
        if (!exists) {
            return exists.error();
        }
        if (!exists.value()) {
            return unknownId(QStringLiteral("notebook"), notebookId);
        }
        Result<QList<SourceCellRecord>> existing = sourceCells(notebookId);
        if (!existing) {
            return existing.error();
        }
        for (const SourceCellRecord &old : existing.value()) {
            if (names.contains(old.name)) {
                continue;
            }
            // Removing a cell must not silently drop grades, feedback or rubric work attached to it.
            Result<QSqlQuery> used =
                GradebookSql::exec(db,
                                   QStringLiteral("SELECT (SELECT COUNT(*) FROM grade WHERE cell_id = ?)"
                                                  " + (SELECT COUNT(*) FROM comment WHERE cell_id = ?)"
                                                  " + (SELECT COUNT(*) FROM rubric_item WHERE cell_id = ?)"
                                                  " + (SELECT COUNT(*) FROM regrade_request WHERE cell_id = ?)"),
                                   {old.id, old.id, old.id, old.id});
            if (!used) {
                return used.error();
            }
            if (used.value().next() && used.value().value(0).toLongLong() > 0) {
                return ServiceError::make(
                    ServiceError::Kind::Conflict,
                    tr("The cell \"%1\" was removed from the notebook, but students already "
                       "have grades or comments for it. Put the cell back, or keep the old "
                       "version of the assignment.")
                        .arg(old.name),
                    QStringLiteral("source cell %1 (id %2) is referenced").arg(old.name).arg(old.id));
            }
            // Scoring settings and claims are no grading work: they go with the cell.
            for (const QString &statement : {QStringLiteral("DELETE FROM question_setting WHERE cell_id = ?"),
                                             QStringLiteral("DELETE FROM claim WHERE cell_id = ?"),
                                             QStringLiteral("DELETE FROM source_cell WHERE id = ?")}) {
                Result<QSqlQuery> deleted = GradebookSql::exec(db, statement, {old.id});
                if (!deleted) {
                    return deleted.error();
                }
            }
        }
        for (const SourceCellRecord &cell : cells) {
            Result<QSqlQuery> upserted = GradebookSql::exec(
                db,
                QStringLiteral(
                    "INSERT INTO source_cell (notebook_id, name, cell_type, is_grade, is_solution, is_task,"
                    " is_locked, max_score, source, checksum, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (notebook_id, name) DO UPDATE SET cell_type = excluded.cell_type,"
                    " is_grade = excluded.is_grade, is_solution = excluded.is_solution,"
                    " is_task = excluded.is_task, is_locked = excluded.is_locked,"
                    " max_score = excluded.max_score, source = excluded.source,"
                    " checksum = excluded.checksum, position = excluded.position"),
                {notebookId, GradebookSql::text(cell.name), GradebookSql::text(cell.cellType),
                 GradebookSql::flag(cell.isGrade), GradebookSql::flag(cell.isSolution), GradebookSql::flag(cell.isTask),
                 GradebookSql::flag(cell.isLocked), cell.maxScore, GradebookSql::text(cell.source),
                 GradebookSql::text(cell.checksum), cell.position});
            if (!upserted) {
                return upserted.error();
            }
        }
        // A question whose points changed keeps its rubric-graded answers right (negative mode and the
        // ceiling depend on the max). The change comes from the assignment, not from a grader.
        const CachedExec exec = [this](const QString &sql, const QVariantList &values) {
            return execCached(sql, values);
        };
        for (const SourceCellRecord &old : existing.value()) {
            const auto updated = std::find_if(cells.cbegin(), cells.cend(),
                                              [&](const SourceCellRecord &cell) { return cell.name == old.name; });
            if (updated == cells.cend() || updated->maxScore == old.maxScore ||
                !(updated->isGrade || updated->isTask)) {
                continue;
            }
            Result<ScoringContext> question = GradebookRubricSql::scoringContext(exec, old.id);
            if (!question) {
                return question.error();
            }
            Result<QList<RescoredAnswer>> rescored =
                GradebookRubricSql::rescoreQuestion(exec, m_backend, question.value(), QStringLiteral("gradedesk"));
            if (!rescored) {
                return rescored.error();
            }
            for (const RescoredAnswer &answer : rescored.value()) {
                noteGradeChanged(answer.submissionId, answer.key.cellId);
            }
        }
        return {};
    });
}

Result<QList<AssignmentRecord>> Gradebook::assignments() const
{
    // nbgrader's order (due date, then name; undated first as SQLite sorts NULL), in both dialects.
    return GradebookSql::readRows<AssignmentRecord>(
        database(),
        QStringLiteral("SELECT id, name, due FROM assignment ORDER BY CASE WHEN due IS NULL THEN 0 ELSE 1 END,"
                       " due, name"),
        {}, [](const QSqlQuery &q) {
            return AssignmentRecord{q.value(0).toLongLong(), q.value(1).toString(),
                                    GradebookSql::toDateTime(q.value(2))};
        });
}

Result<std::optional<AssignmentRecord>> Gradebook::assignment(const QString &name) const
{
    Result<QSqlQuery> query = GradebookSql::exec(
        database(), QStringLiteral("SELECT id, name, due FROM assignment WHERE name = ?"), {GradebookSql::text(name)});
    if (!query) {
        return query.error();
    }
    const QSqlQuery &q = query.value();
    if (!query.value().next()) {
        return std::optional<AssignmentRecord>();
    }
    return std::optional<AssignmentRecord>(
        AssignmentRecord{q.value(0).toLongLong(), q.value(1).toString(), GradebookSql::toDateTime(q.value(2))});
}

Result<QList<NotebookRecord>> Gradebook::notebooks(qint64 assignmentId) const
{
    return GradebookSql::readRows<NotebookRecord>(
        database(),
        QStringLiteral("SELECT id, assignment_id, name, position FROM notebook WHERE assignment_id = ?"
                       " ORDER BY position, name"),
        {assignmentId}, [](const QSqlQuery &q) {
            return NotebookRecord{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                  q.value(3).toInt()};
        });
}

Result<QList<SourceCellRecord>> Gradebook::sourceCells(qint64 notebookId) const
{
    return GradebookSql::readRows<SourceCellRecord>(
        database(),
        QStringLiteral("SELECT id, notebook_id, name, cell_type, is_grade, is_solution, is_task, is_locked, max_score,"
                       " source, checksum, position FROM source_cell WHERE notebook_id = ? ORDER BY position, id"),
        {notebookId}, readSourceCell);
}

Result<void> Gradebook::upsertStudent(const StudentRecord &student)
{
    if (student.id.trimmed().isEmpty()) {
        return emptyName(tr("A student needs an id. Use the student's hub username."), QStringLiteral("student"));
    }
    return transaction([&]() -> Result<void> {
        Result<QSqlQuery> upserted = GradebookSql::exec(
            database(),
            QStringLiteral("INSERT INTO student (id, first_name, last_name, email, lms_user_id, active)"
                           " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET first_name = excluded.first_name,"
                           " last_name = excluded.last_name, email = excluded.email,"
                           " lms_user_id = excluded.lms_user_id, active = excluded.active"),
            {GradebookSql::text(student.id), GradebookSql::text(student.firstName),
             GradebookSql::text(student.lastName), GradebookSql::text(student.email),
             GradebookSql::text(student.lmsUserId), GradebookSql::flag(student.active)});
        if (!upserted) {
            return upserted.error();
        }
        return {};
    });
}

Result<QList<StudentRecord>> Gradebook::students() const
{
    return GradebookSql::readRows<StudentRecord>(database(),
                                                 QStringLiteral("SELECT ") + StudentColumns +
                                                     QStringLiteral(" FROM student ORDER BY last_name, first_name, id"),
                                                 {}, readStudent);
}

Result<std::optional<StudentRecord>> Gradebook::student(const QString &id) const
{
    Result<QSqlQuery> query = GradebookSql::exec(
        database(), QStringLiteral("SELECT ") + StudentColumns + QStringLiteral(" FROM student WHERE id = ?"),
        {GradebookSql::text(id)});
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return std::optional<StudentRecord>();
    }
    return std::optional<StudentRecord>(readStudent(query.value()));
}

} // namespace GradeDesk::Services
