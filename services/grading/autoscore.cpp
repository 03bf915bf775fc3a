// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autoscore.h"

#include <services/core/logging.h>
#include <services/notebook/checksum.h>

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace GradeDesk::Services {

namespace {

/**
 * The cell as nbgrader scores it after OverwriteCells: cell type, locked flag, points and checksum
 * come from the gradebook, not from what the student's file says.
 */
Cell overwrittenCell(const Cell &cell, const GradeCellSpec &spec)
{
    Cell result = cell;
    if (result.type != spec.cellType && spec.cellType != CellType::Unknown) {
        result.type = spec.cellType;
        result.typeName = cellTypeName(spec.cellType);
        if (spec.cellType == CellType::Code) {
            // A cell turned back into code was never executed: nbgrader gives it no outputs.
            result.outputs.clear();
        }
    }
    result.nbgrader.locked = spec.locked;
    if (spec.grade) {
        result.nbgrader.points = spec.points;
    }
    if (!spec.checksum.isEmpty()) {
        result.nbgrader.checksum = spec.checksum;
    }
    return result;
}

/// The `text/plain` of an execute_result as nbgrader sees it: nullopt when it is a list of several lines.
std::optional<QString> singlePlainText(const Output &output)
{
    const QJsonValue rawValue = output.raw.value(QLatin1String("data")).toObject().value(QLatin1String("text/plain"));
    if (rawValue.isArray()) {
        const QJsonArray lines = rawValue.toArray();
        if (lines.size() != 1) {
            return std::nullopt;
        }
        return lines.first().toString();
    }
    if (rawValue.isString()) {
        return rawValue.toString();
    }
    const QJsonValue value = output.data.value(QLatin1String("text/plain"));
    if (value.isString()) {
        return value.toString();
    }
    return std::nullopt;
}

QString formatPoints(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

double NotebookScore::autoTotal() const
{
    double total = 0.0;
    for (const CellScore &score : cells) {
        total += score.autoScore.value_or(0.0);
    }
    return total;
}

double NotebookScore::maxTotal() const
{
    double total = 0.0;
    for (const CellScore &score : cells) {
        total += score.maxScore;
    }
    return total;
}

int NotebookScore::needsManualCount() const
{
    int count = 0;
    for (const CellScore &score : cells) {
        count += score.needsManualGrade ? 1 : 0;
    }
    return count;
}

const CellScore *NotebookScore::cell(const QString &gradeId) const
{
    for (const CellScore &score : cells) {
        if (score.gradeId == gradeId) {
            return &score;
        }
    }
    return nullptr;
}

GradeCellSpec AutoScorer::specFromCell(const Cell &cell)
{
    GradeCellSpec spec;
    spec.gradeId = cell.nbgrader.gradeId;
    spec.cellType = cell.type;
    spec.grade = cell.nbgrader.grade;
    spec.solution = cell.nbgrader.solution;
    spec.task = cell.nbgrader.task;
    spec.locked = cell.nbgrader.locked;
    spec.points = std::max(0.0, cell.nbgrader.points.value_or(0.0));
    spec.checksum = cell.nbgrader.checksum;
    return spec;
}

CellScore AutoScorer::scoreCell(const Cell &cell, const GradeCellSpec &spec, int cellIndex)
{
    CellScore score;
    score.gradeId = spec.gradeId;
    score.cellIndex = cellIndex;
    score.maxScore = spec.points;

    const auto manual = [&score](ScoreReason reason, const QString &explanation) {
        score.autoScore.reset();
        score.needsManualGrade = true;
        score.reason = reason;
        score.explanation = explanation;
        return score;
    };
    const auto automatic = [&score](double value, ScoreReason reason, const QString &explanation) {
        score.autoScore = value;
        score.needsManualGrade = false;
        score.reason = reason;
        score.explanation = explanation;
        return score;
    };

    if (!spec.grade) {
        if (spec.task) {
            return manual(ScoreReason::Task, tr("Task cell: grade it by hand."));
        }
        return manual(ScoreReason::NotAutogradable, tr("This cell is not a grade cell; grade it by hand."));
    }

    const Cell effective = overwrittenCell(cell, spec);
    if (spec.solution) {
        const QString recorded = effective.nbgrader.checksum;
        if (!recorded.isEmpty() && recorded == nbgraderChecksum(effective)) {
            return automatic(0.0, ScoreReason::NoResponse, tr("No response: the answer cell is unchanged."));
        }
        return manual(ScoreReason::Answered, tr("Written answer: grade it by hand."));
    }

    if (effective.type != CellType::Code) {
        return manual(ScoreReason::NotAutogradable,
                      tr("A grade cell that is not code cannot be scored automatically; grade it by hand."));
    }

    for (const Output &output : effective.outputs) {
        if (output.type == Output::Type::Error) {
            return automatic(
                0.0, ScoreReason::Error,
                tr("The test failed with %1.").arg(output.ename.isEmpty() ? tr("an error") : output.ename));
        }
        if (output.type == Output::Type::Stream && output.streamName == QLatin1String("stderr")) {
            return automatic(0.0, ScoreReason::Stderr, tr("The test wrote to standard error, which counts as failed."));
        }
        if (output.type != Output::Type::ExecuteResult) {
            continue;
        }
        const std::optional<QString> text = singlePlainText(output);
        bool isNumber = false;
        const double value = text ? text->trimmed().toDouble(&isNumber) : 0.0;
        if (!isNumber || !(value > 0.0)) {
            // nbgrader's rule, surprising as it is: a result that is not a positive number (text,
            // 0, a negative value, NaN) earns full points; it only logs a warning.
            qCDebug(lcGrading) << "cell" << spec.gradeId << "result is not partial credit, full points:"
                               << text.value_or(QStringLiteral("<several lines>")).left(80);
            return automatic(spec.points, ScoreReason::NotPartialCredit,
                             tr("The test returned a value that is not partial credit, which counts as passed."));
        }
        if (value > spec.points || std::isinf(value)) {
            return manual(ScoreReason::PartialCreditTooHigh,
                          tr("The test returned %1 points, more than the cell's %2; grade it by hand.")
                              .arg(formatPoints(value), formatPoints(spec.points)));
        }
        return automatic(value, ScoreReason::PartialCredit,
                         tr("Partial credit: %1 of %2 points.").arg(formatPoints(value), formatPoints(spec.points)));
    }
    return automatic(spec.points, ScoreReason::Passed, tr("The test passed."));
}

NotebookScore AutoScorer::scoreNotebook(const Notebook &notebook)
{
    NotebookScore result;
    QSet<QString> seen;
    for (int i = 0; i < notebook.cells.size(); ++i) {
        const Cell &cell = notebook.cells.at(i);
        if (!cell.nbgrader.isGradeCell() && !cell.nbgrader.isTaskCell()) {
            continue;
        }
        if (seen.contains(cell.nbgrader.gradeId)) {
            // nbgrader's DeduplicateIds keeps the first cell with an id and strips the others.
            result.warnings.append(
                tr("Cell %1 repeats the grade id '%2' and was ignored.").arg(i + 1).arg(cell.nbgrader.gradeId));
            continue;
        }
        seen.insert(cell.nbgrader.gradeId);
        result.cells.append(scoreCell(cell, specFromCell(cell), i));
    }
    return result;
}

NotebookScore AutoScorer::scoreNotebook(const Notebook &notebook, const QList<GradeCellSpec> &specs)
{
    NotebookScore result;
    QHash<QString, int> indexById;
    for (int i = 0; i < notebook.cells.size(); ++i) {
        const NbgraderCellMeta &meta = notebook.cells.at(i).nbgrader;
        if (meta.present && !meta.gradeId.isEmpty() && !indexById.contains(meta.gradeId)) {
            indexById.insert(meta.gradeId, i);
        }
    }

    QSet<QString> known;
    for (const GradeCellSpec &spec : specs) {
        known.insert(spec.gradeId);
        if (!spec.grade && !spec.task) {
            continue;
        }
        const auto found = indexById.constFind(spec.gradeId);
        if (found == indexById.constEnd()) {
            CellScore missing;
            missing.gradeId = spec.gradeId;
            missing.maxScore = spec.points;
            missing.needsManualGrade = true;
            missing.reason = ScoreReason::MissingCell;
            missing.explanation =
                tr("The cell '%1' is missing from the submission; grade it by hand.").arg(spec.gradeId);
            result.cells.append(missing);
            continue;
        }
        result.cells.append(scoreCell(notebook.cells.at(*found), spec, *found));
    }

    for (int i = 0; i < notebook.cells.size(); ++i) {
        const NbgraderCellMeta &meta = notebook.cells.at(i).nbgrader;
        if ((meta.grade || meta.task) && !known.contains(meta.gradeId)) {
            result.warnings.append(
                tr("Cell %1 claims to be graded ('%2') but the assignment has no such cell; it was ignored.")
                    .arg(i + 1)
                    .arg(meta.gradeId));
        }
    }
    return result;
}

} // namespace GradeDesk::Services
