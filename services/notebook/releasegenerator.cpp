// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "releasegenerator.h"

#include "checksum.h"
#include "jupyterjson.h"
#include "releaseregions.h"
#include "releasevalidation.h"

#include <services/core/logging.h>

#include <QFileInfo>
#include <QJsonArray>

namespace GradeDesk::Services {

namespace {

const QString kSource = QStringLiteral("source");

// A cell being released, and how to name it in messages.
struct WorkCell {
    Cell cell;
    QString where;
};

QString gradeIdSuffix(const Cell &cell)
{
    return cell.nbgrader.gradeId.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(cell.nbgrader.gradeId);
}

QString fileLabel(const Notebook &notebook, const QString &fallback)
{
    return notebook.path.isEmpty() ? fallback : QFileInfo(notebook.path).fileName();
}

void appendCells(QList<WorkCell> &cells, const Notebook &notebook, const QString &label)
{
    for (qsizetype i = 0; i < notebook.cells.size(); ++i) {
        const Cell &cell = notebook.cells.at(i);
        cells.append({cell, ReleaseGenerator::tr("%1, cell %2%3").arg(label).arg(i + 1).arg(gradeIdSuffix(cell))});
    }
}

ServiceError cellError(const WorkCell &work, const ServiceError &problem)
{
    ServiceError error = problem;
    error.message = ReleaseGenerator::tr("%1: %2").arg(work.where, problem.message);
    error.detail = work.where % QStringLiteral(": ") % problem.detail;
    return error;
}

ServiceError regionError(const WorkCell &work, const ReleaseRegionScan &scan, const QString &begin, const QString &end)
{
    if (scan.status == ReleaseRegionScan::Status::Nested) {
        return cellError(work, ServiceError::make(ServiceError::Kind::Validation,
                                                  ReleaseGenerator::tr("line %1 opens a \"%2\" region inside another "
                                                                       "one. Add the missing \"%3\" line above it.")
                                                      .arg(scan.line)
                                                      .arg(begin, end),
                                                  QStringLiteral("nested %1 at line %2").arg(begin).arg(scan.line)));
    }
    return cellError(work,
                     ServiceError::make(ServiceError::Kind::Validation,
                                        ReleaseGenerator::tr("the \"%1\" on line %2 has no matching \"%3\". Add "
                                                             "the \"%3\" line where the region ends.")
                                            .arg(begin)
                                            .arg(scan.line)
                                            .arg(end),
                                        QStringLiteral("no %1 after %2 at line %3").arg(end, begin).arg(scan.line)));
}

void noteStrayEnds(QStringList &warnings, const WorkCell &work, const ReleaseRegionScan &scan, const QString &end)
{
    if (scan.strayEnds > 0) {
        warnings.append(ReleaseGenerator::tr("%1: a \"%2\" line without a matching BEGIN was removed, as nbgrader "
                                             "removes it.")
                            .arg(work.where, end));
    }
}

// LockCells with nbgrader's defaults: students may edit but not delete solution cells, and may do
// neither to grade-only and read-only cells (nbgrader's is_locked covers both; task cells are read-only).
void lockCell(Cell &cell)
{
    const NbgraderCellMeta &meta = cell.nbgrader;
    if (meta.isSolutionCell()) {
        cell.metadata.insert(QStringLiteral("deletable"), false);
    } else if (meta.isLockedForChecksum()) {
        cell.metadata.insert(QStringLiteral("deletable"), false);
        cell.metadata.insert(QStringLiteral("editable"), false);
    }
}

// ClearOutput (nbconvert's ClearOutputPreprocessor), plus output-relative float spellings that no
// longer point anywhere.
void clearOutput(Cell &cell)
{
    if (cell.type != CellType::Code) {
        return;
    }
    cell.outputs.clear();
    cell.executionCount.reset();
    cell.metadata.remove(QStringLiteral("collapsed"));
    cell.metadata.remove(QStringLiteral("scrolled"));
    cell.floatNumberPaths.removeIf([](const QString &path) { return path.startsWith(QLatin1String("/outputs/")); });
}

void computeChecksum(Cell &cell)
{
    if (isChecksummedCell(cell)) {
        cell.nbgrader.checksum = nbgraderChecksum(cell);
        cell.nbgrader.cellType = cell.effectiveTypeName();
    }
}

ReleaseCellRecord gradebookRecord(const Cell &cell)
{
    const NbgraderCellMeta &meta = cell.nbgrader;
    ReleaseCellRecord record;
    record.gradeId = meta.gradeId;
    record.cellType = cell.effectiveTypeName();
    record.grade = meta.isGradeCell();
    record.solution = meta.isSolutionCell();
    record.locked = meta.isLockedForChecksum();
    record.task = meta.isTaskCell();
    record.points = meta.points;
    record.source = cell.source;
    record.checksum = meta.checksum;
    return record;
}

// nbformat writes every source as Python's str.splitlines(keepends=True), whatever the file had.
void normaliseSourceSpelling(Cell &cell)
{
    if (cell.raw.contains(kSource)) {
        cell.raw.insert(kSource, QJsonArray::fromStringList(splitLinesKeepEnds(cell.source)));
    }
}

std::optional<ServiceError> checkOptions(const ReleaseOptions &options)
{
    const QList<const QString *> delimiters = {&options.beginSolution,    &options.endSolution,
                                               &options.beginHiddenTests, &options.endHiddenTests,
                                               &options.beginMarkScheme,  &options.endMarkScheme};
    for (const QString *delimiter : delimiters) {
        if (delimiter->isEmpty()) {
            return ServiceError::make(ServiceError::Kind::Validation,
                                      ReleaseGenerator::tr("A release delimiter is empty, so every line would match "
                                                           "it. Set all six BEGIN/END delimiters."),
                                      QStringLiteral("empty delimiter in ReleaseOptions"));
        }
    }
    return std::nullopt;
}

class NotebookRelease final
{
    Q_DISABLE_COPY_MOVE(NotebookRelease)

public:
    NotebookRelease(const Notebook &source, const ReleaseOptions &options)
        : m_source(source)
        , m_options(options)
        , m_label(fileLabel(source, ReleaseGenerator::tr("the notebook")))
    {}

    Result<Notebook> run(QList<ReleaseCellRecord> *records);

private:
    std::optional<ServiceError> refuseAutotests() const;
    std::optional<ServiceError> clearSolutions(const QString &codeStub);
    std::optional<ServiceError> checkMetadata();
    std::optional<ServiceError> removeRegions(const QString &begin, const QString &end,
                                              bool (NbgraderCellMeta::*allowed)() const, const QString &cellKind);

    const Notebook &m_source;
    const ReleaseOptions &m_options;
    QString m_label;
    QList<WorkCell> m_cells;
    QStringList m_warnings;
};

Result<Notebook> NotebookRelease::run(QList<ReleaseCellRecord> *records)
{
    if (auto problem = checkOptions(m_options)) {
        return *problem;
    }
    if (m_options.header) {
        appendCells(m_cells, *m_options.header,
                    ReleaseGenerator::tr("%1 (header of %2)")
                        .arg(fileLabel(*m_options.header, ReleaseGenerator::tr("the header notebook")), m_label));
    }
    appendCells(m_cells, m_source, m_label);
    if (m_options.footer) {
        appendCells(m_cells, *m_options.footer,
                    ReleaseGenerator::tr("%1 (footer of %2)")
                        .arg(fileLabel(*m_options.footer, ReleaseGenerator::tr("the footer notebook")), m_label));
    }

    if (auto problem = refuseAutotests()) {
        return *problem;
    }
    // ClearSolutions picks the stub from the kernelspec only (not language_info), defaulting to python.
    const QString language = m_source.metadata.value(QStringLiteral("kernelspec"))
                                 .toObject()
                                 .value(QStringLiteral("language"))
                                 .toString(QStringLiteral("python"));
    const auto stub = m_options.codeStubs.constFind(language);
    if (stub == m_options.codeStubs.constEnd()) {
        return ServiceError::make(ServiceError::Kind::Unsupported,
                                  ReleaseGenerator::tr("%1 is written in %2, and there is no code stub for %2 to put "
                                                       "in place of its solutions. Add a code stub for %2 to the "
                                                       "release settings.")
                                      .arg(m_label, language),
                                  QStringLiteral("no code stub for kernelspec language '%1'").arg(language));
    }

    for (WorkCell &work : m_cells) {
        lockCell(work.cell);
    }
    if (auto problem = clearSolutions(stub.value())) {
        return *problem;
    }
    for (WorkCell &work : m_cells) {
        clearOutput(work.cell);
    }
    if (auto problem = checkMetadata()) {
        return *problem;
    }
    QList<ReleaseCellRecord> recorded;
    for (WorkCell &work : m_cells) {
        computeChecksum(work.cell);
        if (isChecksummedCell(work.cell)) {
            recorded.append(gradebookRecord(work.cell));
        }
    }
    if (auto problem =
            removeRegions(m_options.beginHiddenTests, m_options.endHiddenTests, &NbgraderCellMeta::isGradeCell,
                          ReleaseGenerator::tr("an autograder tests cell"))) {
        return *problem;
    }
    if (auto problem = removeRegions(m_options.beginMarkScheme, m_options.endMarkScheme, &NbgraderCellMeta::isTaskCell,
                                     ReleaseGenerator::tr("a manually graded task cell"))) {
        return *problem;
    }

    Notebook released = m_source;
    released.cells.clear();
    released.cells.reserve(m_cells.size());
    for (WorkCell &work : m_cells) {
        computeChecksum(work.cell);
        work.cell.metadata.remove(QStringLiteral("trusted"));
        normaliseSourceSpelling(work.cell);
        released.cells.append(std::move(work.cell));
    }
    // What ClearSolutions removes, and nbformat's transient keys.
    for (const QLatin1String key : {QLatin1String("celltoolbar"), QLatin1String("signature"),
                                    QLatin1String("orig_nbformat"), QLatin1String("orig_nbformat_minor")}) {
        released.metadata.remove(key);
    }
    released.otterQuestions.clear();
    released.warnings = m_warnings;
    if (records) {
        *records = recorded;
    }
    return released;
}

// nbgrader's InstantiateTests expands "# AUTOTEST expr" comment lines into generated tests by running
// each expression in a kernel. Without a kernel the directive would stay a comment, and a test cell
// made only of directives would give every student full points, so such notebooks are refused.
std::optional<ServiceError> NotebookRelease::refuseAutotests() const
{
    for (const WorkCell &work : m_cells) {
        if (work.cell.type != CellType::Code) {
            continue;
        }
        for (const QStringView line : QStringView(work.cell.source).split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1Char('#')) && line.contains(QLatin1String("AUTOTEST"))) {
                return cellError(work,
                                 ServiceError::make(ServiceError::Kind::Unsupported,
                                                    ReleaseGenerator::tr("it uses nbgrader's AUTOTEST directives, "
                                                                         "which need a running kernel to turn "
                                                                         "into tests. Release this assignment with "
                                                                         "\"nbgrader generate_assignment\", or "
                                                                         "write the tests out."),
                                                    QStringLiteral("AUTOTEST directive")));
            }
        }
    }
    return std::nullopt;
}

std::optional<ServiceError> NotebookRelease::clearSolutions(const QString &codeStub)
{
    const QStringList codeStubLines = codeStub.split(QLatin1Char('\n'));
    const QStringList textStubLines = m_options.textStub.split(QLatin1Char('\n'));
    for (WorkCell &work : m_cells) {
        Cell &cell = work.cell;
        const bool code = cell.type == CellType::Code;
        const ReleaseRegionScan scan = scanReleaseRegions(cell.source, m_options.beginSolution, m_options.endSolution,
                                                          code ? codeStubLines : textStubLines);
        if (scan.status != ReleaseRegionScan::Status::Ok) {
            return regionError(work, scan, m_options.beginSolution, m_options.endSolution);
        }
        const bool solution = cell.nbgrader.isSolutionCell();
        if (scan.regions > 0 && !solution && m_options.enforceMetadata) {
            return cellError(
                work, ServiceError::make(ServiceError::Kind::Validation,
                                         ReleaseGenerator::tr("it holds a \"%1\" region but is not a solution cell. "
                                                              "Make it an answer cell in the Create Assignment view, "
                                                              "or remove the delimiters.")
                                             .arg(m_options.beginSolution),
                                         QStringLiteral("solution region in a non-solution cell")));
        }
        noteStrayEnds(m_warnings, work, scan, m_options.endSolution);
        cell.source = scan.text;
        if (solution && scan.regions == 0) {
            cell.source = code ? codeStub : m_options.textStub;
        }
    }
    return std::nullopt;
}

std::optional<ServiceError> NotebookRelease::checkMetadata()
{
    QHash<QString, QString> firstWithId;
    for (const WorkCell &work : std::as_const(m_cells)) {
        if (auto problem = checkReleaseCellMetadata(work.cell)) {
            return cellError(work, *problem);
        }
        const NbgraderCellMeta &meta = work.cell.nbgrader;
        if (!meta.present) {
            continue;
        }
        if (!meta.cellType.isEmpty() && meta.cellType != work.cell.effectiveTypeName()) {
            m_warnings.append(ReleaseGenerator::tr("%1: its metadata says it was a %2 cell; it is released as the %3 "
                                                   "cell it is now.")
                                  .arg(work.where, meta.cellType, work.cell.effectiveTypeName()));
        }
        if (!meta.grade && !meta.solution && !meta.locked) {
            continue;
        }
        const auto first = firstWithId.constFind(meta.gradeId);
        if (first != firstWithId.constEnd()) {
            return ServiceError::make(ServiceError::Kind::Validation,
                                      ReleaseGenerator::tr("%1 and %2 share the grade_id \"%3\". Give each nbgrader "
                                                           "cell its own id in the Create Assignment view.")
                                          .arg(first.value(), work.where, meta.gradeId),
                                      QStringLiteral("duplicate grade id %1").arg(meta.gradeId));
        }
        firstWithId.insert(meta.gradeId, work.where);
    }
    return std::nullopt;
}

std::optional<ServiceError> NotebookRelease::removeRegions(const QString &begin, const QString &end,
                                                           bool (NbgraderCellMeta::*allowed)() const,
                                                           const QString &cellKind)
{
    for (WorkCell &work : m_cells) {
        Cell &cell = work.cell;
        const ReleaseRegionScan scan = scanReleaseRegions(cell.source, begin, end, std::nullopt);
        if (scan.status != ReleaseRegionScan::Status::Ok) {
            return regionError(work, scan, begin, end);
        }
        if (scan.regions > 0 && !(cell.nbgrader.*allowed)() && m_options.enforceMetadata) {
            return cellError(work,
                             ServiceError::make(ServiceError::Kind::Validation,
                                                ReleaseGenerator::tr("it holds a \"%1\" region but is not %2. "
                                                                     "Change the cell type in the Create "
                                                                     "Assignment view, or remove the delimiters.")
                                                    .arg(begin, cellKind),
                                                QStringLiteral("%1 region in a cell of the wrong kind").arg(begin)));
        }
        noteStrayEnds(m_warnings, work, scan, end);
        cell.source = scan.text;
    }
    return std::nullopt;
}

} // namespace

QHash<QString, QString> ReleaseOptions::defaultCodeStubs()
{
    return {
        {QStringLiteral("python"), QStringLiteral("# YOUR CODE HERE\nraise NotImplementedError()")},
        {QStringLiteral("R"), QStringLiteral("# YOUR CODE HERE\nfail()")},
        {QStringLiteral("matlab"), QStringLiteral("% YOUR CODE HERE\nerror('No Answer Given!')")},
        {QStringLiteral("octave"), QStringLiteral("% YOUR CODE HERE\nerror('No Answer Given!')")},
        {QStringLiteral("sas"), QStringLiteral("/* YOUR CODE HERE */\n %notImplemented;")},
        {QStringLiteral("java"), QStringLiteral("// YOUR CODE HERE")},
    };
}

Result<Notebook> ReleaseGenerator::generateNotebook(const Notebook &source, const ReleaseOptions &options,
                                                    QList<ReleaseCellRecord> *gradebookCells)
{
    NotebookRelease release(source, options);
    auto released = release.run(gradebookCells);
    if (!released) {
        qCWarning(lcNotebook) << "release of" << source.path << "refused:" << released.error().detail;
    }
    return released;
}

} // namespace GradeDesk::Services
