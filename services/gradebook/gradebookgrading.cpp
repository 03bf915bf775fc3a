// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Gradebook: grades and comments of submitted notebooks.
#include "gradebook.h"
#include "gradebookrubricsql.h"
#include "gradebooksql.h"

#include <QSqlQuery>

namespace GradeDesk::Services {

namespace {

/// The grade row of one cell in one submitted notebook, as stored before a change.
struct StoredGrade {
    qint64 id = 0;
    std::optional<double> autoScore;
    std::optional<double> manualScore;
    std::optional<double> extraCredit;
    bool needsManualGrade = false;
    bool rubricGraded = false; ///< The manual score is the rubric's arithmetic (grading by question).
    int version = 0;           ///< 0: no row yet.
};

/// Checks that `cellId` is a cell of the submitted notebook's notebook (a grade cell if `gradeCell`).
Result<void> checkCell(const QSqlDatabase &db, qint64 submittedNotebookId, qint64 cellId, bool gradeCell)
{
    Result<QSqlQuery> query =
        GradebookSql::exec(db,
                           QStringLiteral("SELECT c.is_grade + c.is_task FROM submitted_notebook sn JOIN source_cell c "
                                          "ON c.notebook_id = sn.notebook_id"
                                          " WHERE sn.id = ? AND c.id = ?"),
                           {submittedNotebookId, cellId});
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return ServiceError::make(
            ServiceError::Kind::NotFound,
            Gradebook::tr("This question does not belong to the submitted notebook (the "
                          "assignment may have changed). Reload the submission and try again."),
            QStringLiteral("cell %1 not in submitted notebook %2").arg(cellId).arg(submittedNotebookId));
    }
    if (gradeCell && query.value().value(0).toInt() == 0) {
        return ServiceError::make(ServiceError::Kind::Validation,
                                  Gradebook::tr("This cell is not graded, so it cannot get a score."),
                                  QStringLiteral("cell %1 is not a grade cell").arg(cellId));
    }
    return {};
}

Result<StoredGrade> storedGrade(const QSqlDatabase &db, Gradebook::Backend backend, qint64 submittedNotebookId,
                                qint64 cellId)
{
    // PostgreSQL: lock the row so a concurrent TA's change cannot slip between read and write. A row
    // that does not exist yet cannot be locked, so it is created first (version 0, "nobody graded it"):
    // two graders giving the first score at once then queue on it instead of one failing on the
    // unique key. SQLite needs no row lock: the transaction already holds the database's write lock.
    const bool postgresql = backend == Gradebook::Backend::Postgresql;
    if (postgresql) {
        Result<QSqlQuery> created = GradebookSql::exec(
            db,
            QStringLiteral("INSERT INTO grade (submitted_notebook_id, cell_id, version)"
                           " VALUES (?, ?, 0) ON CONFLICT (submitted_notebook_id, cell_id) DO NOTHING"),
            {submittedNotebookId, cellId});
        if (!created) {
            return created.error();
        }
    }
    const QString lock = postgresql ? QStringLiteral(" FOR UPDATE") : QString();
    Result<QSqlQuery> query = GradebookSql::exec(
        db,
        QStringLiteral("SELECT id, auto_score, manual_score, extra_credit, needs_manual_grade, rubric_graded, version"
                       " FROM grade WHERE submitted_notebook_id = ? AND cell_id = ?") +
            lock,
        {submittedNotebookId, cellId});
    if (!query) {
        return query.error();
    }
    StoredGrade grade;
    if (query.value().next()) {
        const QSqlQuery &q = query.value();
        grade.id = q.value(0).toLongLong();
        grade.autoScore = GradebookSql::toNumber(q.value(1));
        grade.manualScore = GradebookSql::toNumber(q.value(2));
        grade.extraCredit = GradebookSql::toNumber(q.value(3));
        grade.needsManualGrade = q.value(4).toInt() != 0;
        grade.rubricGraded = q.value(5).toInt() != 0;
        grade.version = q.value(6).toInt();
    }
    return grade;
}

/// Writes the manual part of a grade (insert or update), bumping its version.
Result<void> writeManualPart(const QSqlDatabase &db, const StoredGrade &old, const StoredGrade &updated,
                             qint64 submittedNotebookId, qint64 cellId, const QString &actor)
{
    Result<QSqlQuery> written =
        old.id == 0
            ? GradebookSql::exec(db,
                                 QStringLiteral("INSERT INTO grade (submitted_notebook_id, cell_id, manual_score,"
                                                " extra_credit, needs_manual_grade, version, updated_by, updated_at)"
                                                " VALUES (?, ?, ?, ?, ?, 1, ?, ?)"),
                                 {submittedNotebookId, cellId, GradebookSql::number(updated.manualScore),
                                  GradebookSql::number(updated.extraCredit),
                                  GradebookSql::flag(updated.needsManualGrade), GradebookSql::text(actor),
                                  GradebookSql::nowUtc()})
            : GradebookSql::exec(db,
                                 QStringLiteral("UPDATE grade SET manual_score = ?, extra_credit = ?,"
                                                " needs_manual_grade = ?, rubric_graded = ?, version = version + 1,"
                                                " updated_by = ?, updated_at = ? WHERE id = ?"),
                                 {GradebookSql::number(updated.manualScore), GradebookSql::number(updated.extraCredit),
                                  GradebookSql::flag(updated.needsManualGrade),
                                  GradebookSql::flag(updated.rubricGraded), GradebookSql::text(actor),
                                  GradebookSql::nowUtc(), old.id});
    if (!written) {
        return written.error();
    }
    return {};
}

ServiceError notFound(const QString &detail)
{
    return ServiceError::make(ServiceError::Kind::NotFound,
                              Gradebook::tr("The gradebook has no such submission (it may have been removed). Reload "
                                            "the assignment and try again."),
                              detail);
}

ServiceError noActor()
{
    return ServiceError::make(ServiceError::Kind::Validation,
                              Gradebook::tr("No grader name is set, so the change cannot be recorded. Set grader in "
                                            "course.yaml."),
                              QStringLiteral("empty actor"));
}

} // namespace

Result<void> Gradebook::setAutoGrade(qint64 submittedNotebookId, qint64 cellId, std::optional<double> score,
                                     bool needsManualGrade, const QString &actor)
{
    // The autograder calls this once per question and submission: one cached lookup and one cached
    // upsert keep it cheap (about 0.1 ms on SQLite).
    return transaction([&]() -> Result<void> {
        Result<QSqlQuery *> lookup = execCached(
            QStringLiteral("SELECT sn.submission_id, c.is_grade + c.is_task FROM submitted_notebook sn"
                           " LEFT JOIN source_cell c ON c.notebook_id = sn.notebook_id AND c.id = ? WHERE sn.id = ?"),
            {cellId, submittedNotebookId});
        if (!lookup) {
            return lookup.error();
        }
        QSqlQuery &q = *lookup.value();
        const bool found = q.next();
        const qint64 submissionId = found ? q.value(0).toLongLong() : 0;
        const QVariant isGrade = found ? q.value(1) : QVariant();
        q.finish();
        if (isGrade.isNull() || isGrade.toInt() == 0) {
            return found ? checkCell(database(), submittedNotebookId, cellId, true)
                         : notFound(QStringLiteral("no submitted notebook %1").arg(submittedNotebookId));
        }
        // A manual score already answers "needs a manual grade": re-running the autograder must not
        // put a graded question back into the grading queue.
        Result<QSqlQuery *> upserted = execCached(
            QStringLiteral(
                "INSERT INTO grade (submitted_notebook_id, cell_id, auto_score, needs_manual_grade, version,"
                " updated_by, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)"
                " ON CONFLICT (submitted_notebook_id, cell_id) DO UPDATE SET auto_score = excluded.auto_score,"
                " needs_manual_grade = CASE WHEN grade.manual_score IS NULL"
                " THEN excluded.needs_manual_grade ELSE 0 END,"
                " version = grade.version + 1, updated_by = excluded.updated_by,"
                " updated_at = excluded.updated_at"),
            {submittedNotebookId, cellId, GradebookSql::number(score), GradebookSql::flag(needsManualGrade),
             GradebookSql::text(actor), GradebookSql::nowUtc()});
        if (!upserted) {
            return upserted.error();
        }
        upserted.value()->finish();
        noteGradeChanged(submissionId, cellId);
        return {};
    });
}

Result<qint64> Gradebook::submissionOfCell(qint64 submittedNotebookId, qint64 cellId, bool gradeCell) const
{
    Result<qint64> submissionId = submissionOfSubmittedNotebook(submittedNotebookId);
    if (!submissionId) {
        return submissionId.error();
    }
    if (Result<void> cell = checkCell(database(), submittedNotebookId, cellId, gradeCell); !cell) {
        return cell.error();
    }
    return submissionId;
}

Result<void> Gradebook::setManualPart(ManualPart part, qint64 submittedNotebookId, qint64 cellId,
                                      std::optional<double> value, const QString &actor,
                                      std::optional<int> expectedVersion)
{
    if (actor.trimmed().isEmpty()) {
        return noActor();
    }
    return transaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        Result<qint64> submissionId = submissionOfCell(submittedNotebookId, cellId, true);
        if (!submissionId) {
            return submissionId.error();
        }
        Result<StoredGrade> old = storedGrade(db, m_backend, submittedNotebookId, cellId);
        if (!old) {
            return old.error();
        }
        if (Result<void> current =
                GradebookRubricSql::checkVersion(QStringLiteral("grade"), old.value().version, expectedVersion);
            !current) {
            return current;
        }
        const bool score = part == ManualPart::Score;
        StoredGrade updated = old.value();
        if (score) {
            updated.manualScore = value;
            // A score settles the question; clearing it re-opens the question only when nothing else
            // (an auto score) grades it.
            updated.needsManualGrade = value ? false : (old.value().needsManualGrade || !old.value().autoScore);
            // A typed score overrides the rubric: later rubric edits must not recompute it. The applied
            // items stay, so applying one again returns to rubric grading with them.
            updated.rubricGraded = false;
        } else {
            updated.extraCredit = value;
        }
        if (old.value().id != 0 && updated.manualScore == old.value().manualScore &&
            updated.extraCredit == old.value().extraCredit &&
            updated.needsManualGrade == old.value().needsManualGrade &&
            updated.rubricGraded == old.value().rubricGraded) {
            return {};
        }
        if (Result<void> grader = ensureGrader(actor); !grader) {
            return grader;
        }
        if (Result<void> written = writeManualPart(db, old.value(), updated, submittedNotebookId, cellId, actor);
            !written) {
            return written;
        }
        const QString action = score ? QStringLiteral("manual_score") : QStringLiteral("extra_credit");
        const std::optional<double> oldValue = score ? old.value().manualScore : old.value().extraCredit;
        if (Result<void> audited =
                appendAudit(actor, action, QStringLiteral("grade"), gradeEntityId(submittedNotebookId, cellId),
                            GradebookSql::numberText(oldValue), GradebookSql::numberText(value));
            !audited) {
            return audited;
        }
        noteGradeChanged(submissionId.value(), cellId);
        return {};
    });
}

Result<void> Gradebook::setManualGrade(qint64 submittedNotebookId, qint64 cellId, std::optional<double> score,
                                       const QString &actor, std::optional<int> expectedVersion)
{
    return setManualPart(ManualPart::Score, submittedNotebookId, cellId, score, actor, expectedVersion);
}

Result<void> Gradebook::setExtraCredit(qint64 submittedNotebookId, qint64 cellId, std::optional<double> extraCredit,
                                       const QString &actor, std::optional<int> expectedVersion)
{
    return setManualPart(ManualPart::ExtraCredit, submittedNotebookId, cellId, extraCredit, actor, expectedVersion);
}

Result<void> Gradebook::setComment(qint64 submittedNotebookId, qint64 cellId, const QString &comment,
                                   const QString &actor, std::optional<int> expectedVersion)
{
    if (actor.trimmed().isEmpty()) {
        return noActor();
    }
    const QString lock = m_backend == Backend::Postgresql ? QStringLiteral(" FOR UPDATE") : QString();
    return transaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        Result<qint64> submissionId = submissionOfCell(submittedNotebookId, cellId, false);
        if (!submissionId) {
            return submissionId.error();
        }
        // Twice at most: when a concurrent grader inserts the first comment between our read and insert,
        // the insert does nothing and the (now existing, locked) row is read again.
        for (int attempt = 0; attempt < 2; ++attempt) {
            Result<QSqlQuery> old =
                GradebookSql::exec(db,
                                   QStringLiteral("SELECT id, manual_comment, version FROM comment"
                                                  " WHERE submitted_notebook_id = ? AND cell_id = ?") +
                                       lock,
                                   {submittedNotebookId, cellId});
            if (!old) {
                return old.error();
            }
            const bool exists = old.value().next();
            const qint64 rowId = exists ? old.value().value(0).toLongLong() : 0;
            const QString oldComment = exists ? old.value().value(1).toString() : QString();
            const int version = exists ? old.value().value(2).toInt() : 0;
            old.value().finish();
            if (Result<void> current =
                    GradebookRubricSql::checkVersion(QStringLiteral("comment"), version, expectedVersion);
                !current) {
                return current;
            }
            if (oldComment == comment) {
                return {};
            }
            if (Result<void> grader = ensureGrader(actor); !grader) {
                return grader;
            }
            Result<QSqlQuery> written =
                exists ? GradebookSql::exec(
                             db,
                             QStringLiteral("UPDATE comment SET manual_comment = ?, version = version + 1,"
                                            " updated_by = ?, updated_at = ? WHERE id = ? RETURNING id"),
                             {GradebookSql::text(comment), GradebookSql::text(actor), GradebookSql::nowUtc(), rowId})
                       : GradebookSql::exec(db,
                                            QStringLiteral("INSERT INTO comment (submitted_notebook_id, cell_id,"
                                                           " manual_comment, version, updated_by, updated_at)"
                                                           " VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT"
                                                           " (submitted_notebook_id, cell_id) DO NOTHING RETURNING id"),
                                            {submittedNotebookId, cellId, GradebookSql::text(comment),
                                             GradebookSql::text(actor), GradebookSql::nowUtc()});
            if (!written) {
                return written.error();
            }
            const bool stored = written.value().next();
            written.value().finish();
            if (!stored) {
                continue;
            }
            if (Result<void> audited = appendAudit(actor, QStringLiteral("comment"), QStringLiteral("comment"),
                                                   gradeEntityId(submittedNotebookId, cellId), oldComment, comment);
                !audited) {
                return audited;
            }
            noteGradeChanged(submissionId.value(), cellId);
            return {};
        }
        return ServiceError::make(ServiceError::Kind::Conflict,
                                  tr("Another grader changed this comment at the same moment, so yours was not "
                                     "saved. Look at their comment, then decide again."),
                                  QStringLiteral("comment row appeared twice during setComment"));
    });
}

Result<void> Gradebook::setAutoComment(qint64 submittedNotebookId, qint64 cellId, const QString &comment)
{
    return transaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        Result<qint64> submissionId = submissionOfCell(submittedNotebookId, cellId, false);
        if (!submissionId) {
            return submissionId.error();
        }
        Result<QSqlQuery> upserted = GradebookSql::exec(
            db,
            QStringLiteral("INSERT INTO comment (submitted_notebook_id, cell_id, auto_comment, updated_at)"
                           " VALUES (?, ?, ?, ?) ON CONFLICT (submitted_notebook_id, cell_id) DO UPDATE SET"
                           " auto_comment = excluded.auto_comment"),
            {submittedNotebookId, cellId, GradebookSql::text(comment), GradebookSql::nowUtc()});
        if (!upserted) {
            return upserted.error();
        }
        noteGradeChanged(submissionId.value(), cellId);
        return {};
    });
}

Result<void> Gradebook::importGrade(qint64 submittedNotebookId, qint64 cellId, std::optional<double> autoScore,
                                    std::optional<double> manualScore, std::optional<double> extraCredit,
                                    bool needsManualGrade, const QString &actor)
{
    return transaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        Result<qint64> submissionId = submissionOfCell(submittedNotebookId, cellId, true);
        if (!submissionId) {
            return submissionId.error();
        }
        Result<StoredGrade> old = storedGrade(db, m_backend, submittedNotebookId, cellId);
        if (!old) {
            return old.error();
        }
        // An imported manual score is a typed one, unless it is the rubric score already stored.
        const bool keepRubric = old.value().rubricGraded && old.value().manualScore == manualScore;
        Result<QSqlQuery> upserted = GradebookSql::exec(
            db,
            QStringLiteral(
                "INSERT INTO grade (submitted_notebook_id, cell_id, auto_score, manual_score, extra_credit,"
                " needs_manual_grade, rubric_graded, version, updated_by, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"
                " ON CONFLICT (submitted_notebook_id, cell_id) DO UPDATE SET auto_score = excluded.auto_score,"
                " manual_score = excluded.manual_score, extra_credit = excluded.extra_credit,"
                " needs_manual_grade = excluded.needs_manual_grade, rubric_graded = excluded.rubric_graded,"
                " version = grade.version + 1, updated_by = excluded.updated_by, updated_at = excluded.updated_at"),
            {submittedNotebookId, cellId, GradebookSql::number(autoScore), GradebookSql::number(manualScore),
             GradebookSql::number(extraCredit), GradebookSql::flag(needsManualGrade), GradebookSql::flag(keepRubric),
             GradebookSql::text(actor), GradebookSql::nowUtc()});
        if (!upserted) {
            return upserted.error();
        }
        if (old.value().manualScore != manualScore) {
            if (Result<void> audited = appendAudit(actor, QStringLiteral("import"), QStringLiteral("grade"),
                                                   gradeEntityId(submittedNotebookId, cellId),
                                                   GradebookSql::numberText(old.value().manualScore),
                                                   GradebookSql::numberText(manualScore));
                !audited) {
                return audited;
            }
        }
        noteGradeChanged(submissionId.value(), cellId);
        return {};
    });
}

Result<void> Gradebook::importComment(qint64 submittedNotebookId, qint64 cellId, const QString &autoComment,
                                      const QString &manualComment, const QString &actor)
{
    return transaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        Result<qint64> submissionId = submissionOfCell(submittedNotebookId, cellId, false);
        if (!submissionId) {
            return submissionId.error();
        }
        const auto nullable = [](const QString &text) {
            return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
        };
        Result<QSqlQuery> upserted = GradebookSql::exec(
            db,
            QStringLiteral("INSERT INTO comment (submitted_notebook_id, cell_id, auto_comment, manual_comment,"
                           " updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (submitted_notebook_id,"
                           " cell_id) DO UPDATE SET auto_comment = excluded.auto_comment,"
                           " manual_comment = excluded.manual_comment, version = comment.version + 1,"
                           " updated_by = excluded.updated_by, updated_at = excluded.updated_at"),
            {submittedNotebookId, cellId, nullable(autoComment), nullable(manualComment), GradebookSql::text(actor),
             GradebookSql::nowUtc()});
        if (!upserted) {
            return upserted.error();
        }
        if (!manualComment.isNull()) {
            if (Result<void> audited =
                    appendAudit(actor, QStringLiteral("import"), QStringLiteral("comment"),
                                gradeEntityId(submittedNotebookId, cellId), QString(), manualComment);
                !audited) {
                return audited;
            }
        }
        noteGradeChanged(submissionId.value(), cellId);
        return {};
    });
}

Result<QList<GradeRecord>> Gradebook::grades(qint64 submissionId) const
{
    return GradebookSql::readRows<GradeRecord>(
        database(),
        QStringLiteral("SELECT g.id, sn.id, c.id, c.name, n.name, g.auto_score, g.manual_score, g.extra_credit,"
                       " c.max_score, g.needs_manual_grade, g.version, g.updated_by, g.updated_at"
                       " FROM submitted_notebook sn JOIN notebook n ON n.id = sn.notebook_id"
                       " JOIN source_cell c ON c.notebook_id = sn.notebook_id AND (c.is_grade = 1 OR c.is_task = 1)"
                       " LEFT JOIN grade g ON g.submitted_notebook_id = sn.id AND g.cell_id = c.id"
                       " WHERE sn.submission_id = ? ORDER BY n.position, n.name, c.position, c.id"),
        {submissionId}, [&](const QSqlQuery &q) {
            GradeRecord g;
            g.id = q.value(0).toLongLong();
            g.submittedNotebookId = q.value(1).toLongLong();
            g.cellId = q.value(2).toLongLong();
            g.cellName = q.value(3).toString();
            g.notebookName = q.value(4).toString();
            g.autoScore = GradebookSql::toNumber(q.value(5));
            g.manualScore = GradebookSql::toNumber(q.value(6));
            g.extraCredit = GradebookSql::toNumber(q.value(7));
            g.maxScore = q.value(8).toDouble();
            g.needsManualGrade = q.value(9).toInt() != 0;
            g.version = q.value(10).toInt();
            g.updatedBy = q.value(11).toString();
            g.updatedAt = GradebookSql::toDateTime(q.value(12));
            return g;
        });
}

Result<QList<CommentRecord>> Gradebook::comments(qint64 submissionId) const
{
    return GradebookSql::readRows<CommentRecord>(
        database(),
        QStringLiteral("SELECT cm.id, sn.id, c.id, c.name, n.name, cm.auto_comment, cm.manual_comment, cm.updated_by,"
                       " cm.updated_at FROM comment cm JOIN submitted_notebook sn ON sn.id = cm.submitted_notebook_id"
                       " JOIN notebook n ON n.id = sn.notebook_id JOIN source_cell c ON c.id = cm.cell_id"
                       " WHERE sn.submission_id = ? ORDER BY n.position, n.name, c.position, c.id"),
        {submissionId}, [&](const QSqlQuery &q) {
            CommentRecord c;
            c.id = q.value(0).toLongLong();
            c.submittedNotebookId = q.value(1).toLongLong();
            c.cellId = q.value(2).toLongLong();
            c.cellName = q.value(3).toString();
            c.notebookName = q.value(4).toString();
            // NULL stays a null QString: CommentRecord::comment() falls back to the auto comment then.
            c.autoComment = q.value(5).isNull() ? QString() : q.value(5).toString();
            c.manualComment = q.value(6).isNull() ? QString() : q.value(6).toString();
            c.updatedBy = q.value(7).toString();
            c.updatedAt = GradebookSql::toDateTime(q.value(8));
            return c;
        });
}

} // namespace GradeDesk::Services
