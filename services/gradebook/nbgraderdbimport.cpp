// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// NbgraderImport::importDatabase: copies an nbgrader gradebook.db, whatever its schema age.
#include "gradebook.h"
#include "gradebooksql.h"
#include "nbgraderimport.h"

#include <services/core/logging.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <atomic>

namespace GradeDesk::Services {

namespace {

const QString ImportActor = QStringLiteral("nbgrader-import");

/// nbgrader's database on a private, read-only connection, removed again on destruction.
class SourceDatabase final
{
public:
    explicit SourceDatabase(const QString &path)
    {
        static std::atomic<quint64> counter{0};
        m_name = QStringLiteral("gradedesk-nbgrader-import-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }

    ~SourceDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    Q_DISABLE_COPY_MOVE(SourceDatabase)

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /// Column names of `table` (PRAGMA table_info), to tell nbgrader's schema versions apart.
    QSet<QString> columns(const QString &table) const
    {
        QSet<QString> names;
        QSqlQuery query(db());
        if (query.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) {
            while (query.next()) {
                names.insert(query.value(1).toString());
            }
        }
        return names;
    }

    /// `column` when `table` has it, else a NULL placeholder.
    QString column(const QString &table, const QString &column) const
    {
        return columns(table).contains(column) ? column : QStringLiteral("NULL");
    }

private:
    QString m_name;
};

/// Where nbgrader's cell ids point: a (nbgrader notebook id, cell name) pair.
using CellKey = std::pair<QString, QString>;

struct Context {
    Gradebook &gradebook;
    const SourceDatabase &source;
    NbgraderImportReport &report;
    QHash<QString, qint64> assignments;        ///< nbgrader id -> GradeDesk id
    QHash<QString, qint64> notebooks;          ///< nbgrader id -> GradeDesk id
    QHash<QString, CellKey> cellKeys;          ///< nbgrader (base/grade/solution/task) cell id -> key
    QHash<CellKey, qint64> cells;              ///< key -> GradeDesk source cell id
    QHash<QString, qint64> submissions;        ///< nbgrader submitted_assignment id -> GradeDesk id
    QHash<QString, qint64> submittedNotebooks; ///< nbgrader submitted_notebook id -> GradeDesk id
};

Result<QSqlQuery> select(const SourceDatabase &source, const QString &sql)
{
    return GradebookSql::exec(source.db(), sql);
}

QString orKeep(const QVariant &imported, const QString &kept)
{
    const QString text = imported.toString();
    return imported.isNull() || text.isEmpty() ? kept : text;
}

Result<void> importStudents(Context &c)
{
    Result<QSqlQuery> q =
        select(c.source, QStringLiteral("SELECT id, first_name, last_name, email, %1 FROM student")
                             .arg(c.source.column(QStringLiteral("student"), QStringLiteral("lms_user_id"))));
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        Result<std::optional<StudentRecord>> existing = c.gradebook.student(row.value(0).toString());
        if (!existing) {
            return existing.error();
        }
        StudentRecord student = existing.value().value_or(StudentRecord{});
        student.id = row.value(0).toString();
        student.firstName = orKeep(row.value(1), student.firstName);
        student.lastName = orKeep(row.value(2), student.lastName);
        student.email = orKeep(row.value(3), student.email);
        student.lmsUserId = orKeep(row.value(4), student.lmsUserId);
        if (Result<void> stored = c.gradebook.upsertStudent(student); !stored) {
            return stored;
        }
        ++c.report.students;
    }
    return {};
}

Result<void> importAssignments(Context &c)
{
    Result<QSqlQuery> q =
        select(c.source, QStringLiteral("SELECT id, name, %1 FROM assignment")
                             .arg(c.source.column(QStringLiteral("assignment"), QStringLiteral("duedate"))));
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        const QString name = row.value(1).toString();
        Result<std::optional<AssignmentRecord>> existing = c.gradebook.assignment(name);
        if (!existing) {
            return existing.error();
        }
        QDateTime due = existing.value() ? existing.value()->due : QDateTime();
        if (!row.value(2).isNull()) {
            due = GradebookSql::toDateTime(row.value(2));
        }
        Result<qint64> id = c.gradebook.upsertAssignment(name, due);
        if (!id) {
            return id.error();
        }
        c.assignments.insert(row.value(0).toString(), id.value());
        ++c.report.assignments;
    }
    return {};
}

Result<void> importNotebooks(Context &c)
{
    Result<QSqlQuery> q =
        select(c.source, QStringLiteral("SELECT id, name, assignment_id FROM notebook ORDER BY name"));
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        const qint64 assignmentId = c.assignments.value(row.value(2).toString());
        if (assignmentId == 0) {
            c.report.warnings.append(NbgraderImport::tr("Skipped notebook \"%1\": it belongs to no assignment.")
                                         .arg(row.value(1).toString()));
            continue;
        }
        Result<QList<NotebookRecord>> existing = c.gradebook.notebooks(assignmentId);
        if (!existing) {
            return existing.error();
        }
        int position = int(existing.value().size());
        for (const NotebookRecord &notebook : existing.value()) {
            if (notebook.name == row.value(1).toString()) {
                position = notebook.position;
            }
        }
        Result<qint64> id = c.gradebook.upsertNotebook(assignmentId, row.value(1).toString(), position);
        if (!id) {
            return id.error();
        }
        c.notebooks.insert(row.value(0).toString(), id.value());
        ++c.report.notebooks;
    }
    return {};
}

/// Reads one of nbgrader's cell tables and merges what it says into `records`.
Result<void> readCells(Context &c, const QString &sql, QHash<CellKey, SourceCellRecord> &records,
                       const std::function<void(const QSqlQuery &, SourceCellRecord &)> &apply)
{
    Result<QSqlQuery> q = select(c.source, sql);
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        // Every query returns id, name, notebook_id first.
        const CellKey key{row.value(2).toString(), row.value(1).toString()};
        c.cellKeys.insert(row.value(0).toString(), key);
        SourceCellRecord &record = records[key];
        record.name = key.second;
        apply(row, record);
    }
    return {};
}

Result<void> importCells(Context &c, const QSet<QString> &tables)
{
    QHash<CellKey, SourceCellRecord> records;
    const bool current = tables.contains(QLatin1String("base_cell"));
    const auto graded = [](const QSqlQuery &row, SourceCellRecord &record) {
        record.maxScore = row.value(3).toDouble();
        if (!row.value(4).isNull()) {
            record.cellType = row.value(4).toString();
        }
    };
    QList<std::pair<QString, std::function<void(const QSqlQuery &, SourceCellRecord &)>>> reads;
    if (current) {
        reads.append({QStringLiteral("SELECT b.id, b.name, b.notebook_id, g.max_score, g.cell_type FROM base_cell b"
                                     " JOIN grade_cells g ON g.id = b.id"),
                      [&](const QSqlQuery &row, SourceCellRecord &record) {
                          record.isGrade = true;
                          graded(row, record);
                      }});
        reads.append({QStringLiteral("SELECT b.id, b.name, b.notebook_id FROM base_cell b"
                                     " JOIN solution_cells s ON s.id = b.id"),
                      [](const QSqlQuery &, SourceCellRecord &record) { record.isSolution = true; }});
        if (tables.contains(QLatin1String("task_cells"))) {
            reads.append({QStringLiteral("SELECT b.id, b.name, b.notebook_id, t.max_score, %1 FROM base_cell b"
                                         " JOIN task_cells t ON t.id = b.id")
                              .arg(c.source.column(QStringLiteral("task_cells"), QStringLiteral("cell_type"))
                                       .replace(QLatin1String("cell_type"), QLatin1String("t.cell_type"))),
                          [&](const QSqlQuery &row, SourceCellRecord &record) {
                              record.isTask = true;
                              graded(row, record);
                          }});
        }
    } else {
        reads.append({QStringLiteral("SELECT id, name, notebook_id, max_score, cell_type FROM grade_cell"),
                      [&](const QSqlQuery &row, SourceCellRecord &record) {
                          record.isGrade = true;
                          graded(row, record);
                      }});
        reads.append({QStringLiteral("SELECT id, name, notebook_id FROM solution_cell"),
                      [](const QSqlQuery &, SourceCellRecord &record) { record.isSolution = true; }});
    }
    reads.append({QStringLiteral("SELECT id, name, notebook_id, cell_type, locked, source, checksum FROM source_cell"),
                  [](const QSqlQuery &row, SourceCellRecord &record) {
                      record.cellType = row.value(3).toString();
                      record.isLocked = row.value(4).toInt() != 0;
                      record.source = row.value(5).toString();
                      record.checksum = row.value(6).toString();
                  }});
    for (const auto &[sql, apply] : reads) {
        if (Result<void> read = readCells(c, sql, records, apply); !read) {
            return read;
        }
    }

    // Group by notebook and merge with what GradeDesk already knows (positions, cells nbgrader lacks).
    QMap<QString, QMap<QString, SourceCellRecord>> byNotebook;
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        byNotebook[it.key().first].insert(it.key().second, it.value());
    }
    for (auto it = byNotebook.cbegin(); it != byNotebook.cend(); ++it) {
        const qint64 notebookId = c.notebooks.value(it.key());
        if (notebookId == 0) {
            continue;
        }
        Result<QList<SourceCellRecord>> existing = c.gradebook.sourceCells(notebookId);
        if (!existing) {
            return existing.error();
        }
        QList<SourceCellRecord> merged;
        QSet<QString> known;
        int nextPosition = 0;
        for (const SourceCellRecord &old : existing.value()) {
            nextPosition = std::max(nextPosition, old.position + 1);
            SourceCellRecord cell = it.value().value(old.name, old);
            if (it.value().contains(old.name)) {
                cell.position = old.position;
                if (cell.source.isEmpty()) {
                    cell.source = old.source;
                }
                if (cell.checksum.isEmpty()) {
                    cell.checksum = old.checksum;
                }
            }
            merged.append(cell);
            known.insert(old.name);
        }
        for (SourceCellRecord cell : it.value()) {
            if (!known.contains(cell.name)) {
                cell.position = nextPosition++;
                merged.append(cell);
            }
        }
        if (Result<void> stored = c.gradebook.replaceSourceCells(notebookId, merged); !stored) {
            return stored;
        }
        Result<QList<SourceCellRecord>> storedCells = c.gradebook.sourceCells(notebookId);
        if (!storedCells) {
            return storedCells.error();
        }
        for (const SourceCellRecord &cell : storedCells.value()) {
            c.cells.insert({it.key(), cell.name}, cell.id);
        }
        c.report.sourceCells += int(it.value().size());
    }
    return {};
}

Result<void> importSubmissions(Context &c)
{
    QHash<QString, double> penalties;
    if (c.source.columns(QStringLiteral("submitted_notebook")).contains(QLatin1String("late_submission_penalty"))) {
        Result<QSqlQuery> q =
            select(c.source, QStringLiteral("SELECT assignment_id, SUM(COALESCE(late_submission_penalty,"
                                            " 0)) FROM submitted_notebook GROUP BY assignment_id"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            penalties.insert(q.value().value(0).toString(), q.value().value(1).toDouble());
        }
    }
    Result<QSqlQuery> q = select(
        c.source, QStringLiteral("SELECT id, assignment_id, student_id, %1 FROM submitted_assignment")
                      .arg(c.source.column(QStringLiteral("submitted_assignment"), QStringLiteral("timestamp"))));
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        const qint64 assignmentId = c.assignments.value(row.value(1).toString());
        if (assignmentId == 0) {
            continue;
        }
        Result<std::optional<SubmissionRecord>> existing =
            c.gradebook.submission(assignmentId, row.value(2).toString());
        if (!existing) {
            return existing.error();
        }
        SubmissionRecord submission = existing.value().value_or(SubmissionRecord{});
        submission.assignmentId = assignmentId;
        submission.studentId = row.value(2).toString();
        submission.timestamp = GradebookSql::toTimestamp(row.value(3));
        if (!row.value(3).isNull() && !submission.timestamp.isValid()) {
            c.report.warnings.append(NbgraderImport::tr("The submission time \"%1\" of %2 could not be read.")
                                         .arg(row.value(3).toString(), submission.studentId));
        }
        submission.latePenalty = penalties.value(row.value(0).toString(), 0.0);
        Result<qint64> id = c.gradebook.upsertSubmission(submission);
        if (!id) {
            return id.error();
        }
        c.submissions.insert(row.value(0).toString(), id.value());
        ++c.report.submissions;
    }

    Result<QSqlQuery> notebooks =
        select(c.source, QStringLiteral("SELECT id, assignment_id, notebook_id FROM submitted_notebook"));
    if (!notebooks) {
        return notebooks.error();
    }
    while (notebooks.value().next()) {
        const QSqlQuery &row = notebooks.value();
        const qint64 submissionId = c.submissions.value(row.value(1).toString());
        const qint64 notebookId = c.notebooks.value(row.value(2).toString());
        if (submissionId == 0 || notebookId == 0) {
            continue;
        }
        Result<QList<SubmittedNotebookRecord>> existing = c.gradebook.submittedNotebooks(submissionId);
        if (!existing) {
            return existing.error();
        }
        QString path;
        for (const SubmittedNotebookRecord &notebook : existing.value()) {
            if (notebook.notebookId == notebookId) {
                path = notebook.path;
            }
        }
        Result<qint64> id = c.gradebook.upsertSubmittedNotebook(submissionId, notebookId, path);
        if (!id) {
            return id.error();
        }
        c.submittedNotebooks.insert(row.value(0).toString(), id.value());
        ++c.report.submittedNotebooks;
    }
    return {};
}

Result<void> importGradesAndComments(Context &c)
{
    Result<QSqlQuery> grades = select(
        c.source,
        QStringLiteral("SELECT notebook_id, cell_id, auto_score, manual_score, %1, needs_manual_grade FROM grade")
            .arg(c.source.column(QStringLiteral("grade"), QStringLiteral("extra_credit"))));
    if (!grades) {
        return grades.error();
    }
    int skipped = 0;
    while (grades.value().next()) {
        const QSqlQuery &row = grades.value();
        const qint64 submittedNotebookId = c.submittedNotebooks.value(row.value(0).toString());
        const qint64 cellId = c.cells.value(c.cellKeys.value(row.value(1).toString()));
        if (submittedNotebookId == 0 || cellId == 0) {
            ++skipped;
            continue;
        }
        if (Result<void> stored = c.gradebook.importGrade(
                submittedNotebookId, cellId, GradebookSql::toNumber(row.value(2)), GradebookSql::toNumber(row.value(3)),
                GradebookSql::toNumber(row.value(4)), row.value(5).toInt() != 0, ImportActor);
            !stored) {
            return stored;
        }
        ++c.report.grades;
    }
    Result<QSqlQuery> comments =
        select(c.source, QStringLiteral("SELECT notebook_id, cell_id, auto_comment, manual_comment FROM comment"));
    if (!comments) {
        return comments.error();
    }
    while (comments.value().next()) {
        const QSqlQuery &row = comments.value();
        const qint64 submittedNotebookId = c.submittedNotebooks.value(row.value(0).toString());
        const qint64 cellId = c.cells.value(c.cellKeys.value(row.value(1).toString()));
        if (submittedNotebookId == 0 || cellId == 0) {
            ++skipped;
            continue;
        }
        const QString autoComment = row.value(2).isNull() ? QString() : row.value(2).toString();
        const QString manualComment = row.value(3).isNull() ? QString() : row.value(3).toString();
        if (Result<void> stored =
                c.gradebook.importComment(submittedNotebookId, cellId, autoComment, manualComment, ImportActor);
            !stored) {
            return stored;
        }
        ++c.report.comments;
    }
    if (skipped > 0) {
        c.report.warnings.append(
            NbgraderImport::tr("%n grade(s) or comment(s) pointed at notebooks or cells that do not exist and were "
                               "skipped.",
                               nullptr, skipped));
    }
    return {};
}

} // namespace

Result<NbgraderImportReport> NbgraderImport::importDatabase(Gradebook &gradebook, const QString &gradebookDbPath)
{
    const QFileInfo info(gradebookDbPath);
    if (!info.isFile()) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("The nbgrader gradebook %1 does not exist. Choose the gradebook.db file of "
                                     "the nbgrader course.")
                                      .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                                  QStringLiteral("missing ") + info.absoluteFilePath());
    }
    const SourceDatabase source(info.absoluteFilePath());
    if (!source.db().isOpen()) {
        return GradebookSql::error(source.db().lastError(), QStringLiteral("open ") + info.absoluteFilePath());
    }
    const QStringList tableList = source.db().tables(QSql::Tables);
    const QSet<QString> tables(tableList.cbegin(), tableList.cend());
    const bool hasCells = tables.contains(QLatin1String("base_cell")) || tables.contains(QLatin1String("grade_cell"));
    for (const QString &required :
         {QStringLiteral("student"), QStringLiteral("assignment"), QStringLiteral("notebook"),
          QStringLiteral("source_cell"), QStringLiteral("submitted_assignment"), QStringLiteral("submitted_notebook"),
          QStringLiteral("grade"), QStringLiteral("comment")}) {
        if (!tables.contains(required) || !hasCells) {
            return ServiceError::make(ServiceError::Kind::Unsupported,
                                      tr("%1 is not an nbgrader gradebook (or it is damaged). Choose the "
                                         "gradebook.db file of the nbgrader course.")
                                          .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                                      QStringLiteral("tables: ") + tableList.join(QLatin1String(", ")));
        }
    }

    NbgraderImportReport report;
    Context context{gradebook, source, report, {}, {}, {}, {}, {}, {}};
    const Result<void> imported = gradebook.transaction([&]() -> Result<void> {
        for (const auto &step : {importStudents, importAssignments, importNotebooks}) {
            if (Result<void> done = step(context); !done) {
                return done;
            }
        }
        if (Result<void> done = importCells(context, tables); !done) {
            return done;
        }
        if (Result<void> done = importSubmissions(context); !done) {
            return done;
        }
        return importGradesAndComments(context);
    });
    if (!imported) {
        return imported.error();
    }
    qCInfo(lcGradebook) << "Imported nbgrader gradebook" << info.absoluteFilePath() << ":" << report.students
                        << "students," << report.assignments << "assignments," << report.submissions << "submissions,"
                        << report.grades << "grades," << report.comments << "comments";
    return report;
}

} // namespace GradeDesk::Services
