// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// NbgraderImport::importSourceAssignment: the course structure from the instructor's notebooks.
#include "nbgraderimport.h"

#include "gradebook.h"

#include <services/core/logging.h>
#include <services/notebook/checksum.h>
#include <services/notebook/notebookreader.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace GradeDesk::Services {

namespace {

struct SourceNotebook {
    QString name;
    QList<SourceCellRecord> cells;
};

/// The released version's solution cells by grade_id; empty when the assignment is not released.
QHash<QString, Cell> releasedSolutionCells(const QString &releasedPath)
{
    QHash<QString, Cell> cells;
    if (!QFileInfo::exists(releasedPath)) {
        return cells;
    }
    Result<Notebook> released = NotebookReader::readFile(releasedPath);
    if (!released) {
        qCWarning(lcGradebook) << "Ignoring unreadable released notebook" << releasedPath << released.error().detail;
        return cells;
    }
    for (const Cell &cell : released.value().cells) {
        if (cell.nbgrader.isSolutionCell() && !cell.nbgrader.gradeId.isEmpty()) {
            cells.insert(cell.nbgrader.gradeId, cell);
        }
    }
    return cells;
}

bool isStoredCell(const NbgraderCellMeta &meta)
{
    return meta.present && (meta.grade || meta.solution || meta.locked || meta.task);
}

} // namespace

Result<NbgraderImportReport> NbgraderImport::importSourceAssignment(Gradebook &gradebook, const QString &courseDir,
                                                                    const QString &assignment)
{
    // The name becomes a path component: refuse anything that could point elsewhere.
    if (assignment.isEmpty() || assignment.startsWith(QLatin1Char('.')) || assignment.contains(QLatin1Char('/')) ||
        assignment.contains(QLatin1Char('\\')) || assignment.contains(QChar(0))) {
        return ServiceError::make(ServiceError::Kind::Security,
                                  tr("\"%1\" is not a valid assignment name. Use the assignment's folder name, "
                                     "without slashes or a leading dot.")
                                      .arg(assignment),
                                  QStringLiteral("rejected assignment name: ") + assignment);
    }
    const QDir course(courseDir);
    QString folder = course.filePath(QStringLiteral("source/") + assignment);
    if (!QFileInfo(folder).isDir()) {
        folder = course.filePath(QStringLiteral("release/") + assignment);
    }
    if (!QFileInfo(folder).isDir()) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("The assignment \"%1\" has no folder source/%1 or release/%1 in the course "
                                     "directory %2. Check the assignment name and the course directory.")
                                      .arg(assignment, QDir::toNativeSeparators(course.absolutePath())),
                                  QStringLiteral("no source or release folder for ") + assignment);
    }
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.ipynb")}, QDir::Files | QDir::Readable, QDir::Name);
    if (files.isEmpty()) {
        return ServiceError::make(ServiceError::Kind::Validation,
                                  tr("The folder %1 holds no notebooks. Put the assignment's .ipynb files there "
                                     "and import again.")
                                      .arg(QDir::toNativeSeparators(folder)),
                                  QStringLiteral("no notebooks in ") + folder);
    }

    // Parse everything before touching the database, so the write transaction stays short.
    const bool fromSource = QFileInfo(folder).dir().dirName() == QLatin1String("source");
    const QDir releaseFolder(course.filePath(QStringLiteral("release/") + assignment));
    bool solutionsFromSource = false;
    NbgraderImportReport report;
    QList<SourceNotebook> notebooks;
    for (const QFileInfo &file : files) {
        Result<Notebook> notebook = NotebookReader::readFile(file.absoluteFilePath());
        if (!notebook) {
            return notebook.error();
        }
        for (const QString &warning : notebook.value().warnings) {
            report.warnings.append(file.fileName() + QStringLiteral(": ") + warning);
        }
        // nbgrader records solution cells as released (solutions cleared, then checksummed), and
        // student copies are checked against that; other cells keep the instructor's source (hidden
        // tests included). So solution cells come from the released notebook when there is one.
        const QHash<QString, Cell> released =
            fromSource ? releasedSolutionCells(releaseFolder.filePath(file.fileName())) : QHash<QString, Cell>();
        SourceNotebook source{file.completeBaseName(), {}};
        QSet<QString> seen;
        const QList<Cell> &cells = notebook.value().cells;
        for (qsizetype index = 0; index < cells.size(); ++index) {
            const Cell &cell = cells.at(index);
            const NbgraderCellMeta &meta = cell.nbgrader;
            if (!isStoredCell(meta)) {
                continue;
            }
            if (meta.gradeId.trimmed().isEmpty() || seen.contains(meta.gradeId)) {
                return ServiceError::make(
                    ServiceError::Kind::Validation,
                    tr("Cell %1 of %2 has %3 grade_id. Give every nbgrader cell its own id (Create Assignment "
                       "toolbar in Jupyter) and import again.")
                        .arg(index + 1)
                        .arg(file.fileName(), meta.gradeId.trimmed().isEmpty()
                                                  ? tr("no")
                                                  : tr("a duplicate (\"%1\")").arg(meta.gradeId)),
                    QStringLiteral("bad grade_id at cell %1 of %2").arg(index).arg(file.absoluteFilePath()));
            }
            seen.insert(meta.gradeId);
            SourceCellRecord record;
            record.name = meta.gradeId;
            record.cellType = cell.typeName;
            record.isGrade = meta.isGradeCell();
            record.isSolution = meta.isSolutionCell();
            record.isTask = meta.isTaskCell();
            record.isLocked = meta.isLockedForChecksum();
            record.maxScore = (record.isGrade || record.isTask) ? meta.points.value_or(0.0) : 0.0;
            record.source = cell.source;
            record.checksum = nbgraderChecksum(cell);
            if (record.isSolution && released.contains(meta.gradeId)) {
                const Cell &releasedCell = released.value(meta.gradeId);
                record.source = releasedCell.source;
                record.checksum = releasedCell.nbgrader.checksum.isEmpty() ? nbgraderChecksum(releasedCell)
                                                                           : releasedCell.nbgrader.checksum;
            } else if (record.isSolution && fromSource) {
                solutionsFromSource = true;
            }
            record.position = int(index);
            source.cells.append(record);
        }
        notebooks.append(source);
    }

    if (solutionsFromSource) {
        report.warnings.append(tr("The assignment \"%1\" is not released yet, so its answer cells were recorded "
                                  "with the instructor's solutions. Import it again after releasing it.")
                                   .arg(assignment));
    }

    const Result<void> stored = gradebook.transaction([&]() -> Result<void> {
        Result<std::optional<AssignmentRecord>> existing = gradebook.assignment(assignment);
        if (!existing) {
            return existing.error();
        }
        Result<qint64> assignmentId =
            gradebook.upsertAssignment(assignment, existing.value() ? existing.value()->due : QDateTime());
        if (!assignmentId) {
            return assignmentId.error();
        }
        ++report.assignments;
        QSet<QString> imported;
        for (qsizetype position = 0; position < notebooks.size(); ++position) {
            const SourceNotebook &source = notebooks.at(position);
            Result<qint64> notebookId = gradebook.upsertNotebook(assignmentId.value(), source.name, int(position));
            if (!notebookId) {
                return notebookId.error();
            }
            if (Result<void> cells = gradebook.replaceSourceCells(notebookId.value(), source.cells); !cells) {
                return cells;
            }
            imported.insert(source.name);
            ++report.notebooks;
            report.sourceCells += int(source.cells.size());
        }
        Result<QList<NotebookRecord>> all = gradebook.notebooks(assignmentId.value());
        if (!all) {
            return all.error();
        }
        for (const NotebookRecord &notebook : all.value()) {
            if (!imported.contains(notebook.name)) {
                report.warnings.append(tr("The notebook \"%1\" is no longer in the assignment folder; it stays in "
                                          "the gradebook with its grades.")
                                           .arg(notebook.name));
            }
        }
        return {};
    });
    if (!stored) {
        return stored.error();
    }
    qCInfo(lcGradebook) << "Imported" << report.notebooks << "notebooks with" << report.sourceCells
                        << "source cells for" << assignment;
    return report;
}

} // namespace GradeDesk::Services
