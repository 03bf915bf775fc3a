// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradeimport.h"

#include "autogradeplacement.h"
#include "autoscore.h"

#include <services/core/logging.h>
#include <services/exchange/localexchange.h>
#include <services/gradebook/gradebook.h>
#include <services/notebook/notebookreader.h>

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace GradeDesk::Services {

namespace {

const QString NoResponseComment = QStringLiteral("No response.");

using CellKey = std::pair<QString, QString>; ///< (notebook, grade_id)

bool sameScore(const std::optional<double> &a, const std::optional<double> &b)
{
    return a.has_value() == b.has_value() && (!a || std::abs(*a - *b) < 1e-9);
}

GradeCellSpec scorerSpec(const HarnessCellSpec &cell)
{
    GradeCellSpec spec;
    spec.gradeId = cell.gradeId;
    spec.cellType = cellTypeFromName(cell.cellType);
    spec.grade = cell.grade;
    spec.solution = cell.solution;
    spec.task = cell.task;
    spec.locked = cell.locked;
    spec.points = cell.points;
    spec.checksum = cell.checksum;
    return spec;
}

/// The last attempt of every task, by index.
QHash<int, AutogradeTaskResult> lastAttempts(const QList<AutogradeTaskResult> &results)
{
    QHash<int, AutogradeTaskResult> last;
    for (const AutogradeTaskResult &result : results) {
        last.insert(result.index, result);
    }
    return last;
}

struct SubmissionState {
    QHash<QString, qint64> submittedNotebooks; ///< name -> submitted notebook id
    QHash<CellKey, GradeRecord> grades;
    QHash<CellKey, QString> autoComments;
};

Result<SubmissionState> loadState(Gradebook &gradebook, qint64 submissionId)
{
    SubmissionState state;
    const Result<QList<SubmittedNotebookRecord>> notebooks = gradebook.submittedNotebooks(submissionId);
    if (!notebooks.ok()) {
        return notebooks.error();
    }
    for (const SubmittedNotebookRecord &notebook : notebooks.value()) {
        state.submittedNotebooks.insert(notebook.notebookName, notebook.id);
    }
    const Result<QList<GradeRecord>> grades = gradebook.grades(submissionId);
    if (!grades.ok()) {
        return grades.error();
    }
    for (const GradeRecord &grade : grades.value()) {
        state.grades.insert({grade.notebookName, grade.cellName}, grade);
    }
    const Result<QList<CommentRecord>> comments = gradebook.comments(submissionId);
    if (!comments.ok()) {
        return comments.error();
    }
    for (const CommentRecord &comment : comments.value()) {
        state.autoComments.insert({comment.notebookName, comment.cellName}, comment.autoComment);
    }
    return state;
}

/// Scores the executed notebook as a later collect would and reports cells where that differs. False when the
/// notebook cannot be read (it is then not placed).
bool crossCheck(const QString &path, const HarnessNotebookSpec &spec, const HarnessNotebookResult &result,
                const QString &studentId, QStringList &warnings)
{
    const Result<Notebook> executed = NotebookReader::readFile(path);
    if (!executed.ok()) {
        warnings.append(AutogradeImport::tr("%1/%2: the executed notebook cannot be read (%3); it is not placed in "
                                            "autograded/.")
                            .arg(studentId, spec.name, executed.error().message));
        return false;
    }
    QList<GradeCellSpec> specs;
    for (const HarnessCellSpec &cell : spec.cells) {
        specs.append(scorerSpec(cell));
    }
    const NotebookScore score = AutoScorer::scoreNotebook(executed.value(), specs);
    for (const HarnessCellResult &cell : result.cells) {
        const CellScore *other = score.cell(cell.gradeId);
        if (other && (!sameScore(other->autoScore, cell.score) || other->needsManualGrade != cell.needsManualGrade)) {
            warnings.append(AutogradeImport::tr("%1/%2/%3: the harness scored %4, but the executed notebook scores %5 "
                                                "by GradeDesk's rules; the harness's score is stored. Report this.")
                                .arg(studentId, spec.name, cell.gradeId,
                                     cell.score ? QString::number(*cell.score) : QStringLiteral("-"),
                                     other->autoScore ? QString::number(*other->autoScore) : QStringLiteral("-")));
        }
    }
    return true;
}

Result<void> previewTask(Gradebook &gradebook, const AutogradePlan &plan, const AutogradeTask &task,
                         const HarnessResult &result, AutogradeChanges &changes)
{
    const Result<std::optional<SubmissionRecord>> submission = gradebook.submissionById(task.submissionId);
    if (!submission.ok()) {
        return submission.error();
    }
    const auto skip = [&](const QString &why) {
        changes.ungradedTasks.append(task.index);
        changes.warnings.append(QStringLiteral("%1: %2").arg(task.studentId, why));
    };
    if (!submission.value() || submission.value()->studentId != task.studentId) {
        skip(AutogradeImport::tr("the submission is no longer in the gradebook; its results were not stored."));
        return {};
    }
    const Timestamp stored = submission.value()->timestamp;
    if (task.submittedAt.isValid() && stored.isValid() && task.submittedAt < stored.toDateTime()) {
        skip(AutogradeImport::tr("a newer submission was collected after this run started; autograde again to "
                                 "grade it."));
        return {};
    }
    const Result<SubmissionState> state = loadState(gradebook, task.submissionId);
    if (!state.ok()) {
        return state.error();
    }
    ++changes.gradedSubmissions;
    for (const HarnessNotebookResult &notebook : result.notebooks) {
        const auto spec = std::find_if(plan.notebooks.cbegin(), plan.notebooks.cend(),
                                       [&](const HarnessNotebookSpec &s) { return s.name == notebook.name; });
        const qint64 submittedId = state.value().submittedNotebooks.value(notebook.name);
        if (spec == plan.notebooks.cend() || submittedId == 0) {
            if (notebook.status != QLatin1String("missing")) {
                changes.warnings.append(AutogradeImport::tr("%1/%2: the notebook is not part of the submission in "
                                                            "the gradebook; collect again, then autograde.")
                                            .arg(task.studentId, notebook.name));
            }
            continue;
        }
        if (!notebook.executedPath.isEmpty() && QFileInfo(notebook.executedPath).isFile()) {
            if (crossCheck(notebook.executedPath, *spec, notebook, task.studentId, changes.warnings)) {
                changes.executed.append({task.index, task.studentId, notebook.name, notebook.executedPath});
            }
        }
        for (const HarnessCellResult &cell : notebook.cells) {
            const auto cellSpec = std::find_if(spec->cells.cbegin(), spec->cells.cend(),
                                               [&](const HarnessCellSpec &c) { return c.gradeId == cell.gradeId; });
            // Only grade cells hold scores; task cells are graded by hand (as in the collect).
            if (cellSpec == spec->cells.cend() || !cellSpec->grade) {
                continue;
            }
            const CellKey key{notebook.name, cell.gradeId};
            const auto grade = state.value().grades.constFind(key);
            if (grade == state.value().grades.cend()) {
                changes.warnings.append(AutogradeImport::tr("%1/%2/%3: the cell is not in the gradebook; collect "
                                                            "again, then autograde.")
                                            .arg(task.studentId, notebook.name, cell.gradeId));
                continue;
            }
            AutogradeCellChange change;
            change.taskIndex = task.index;
            change.studentId = task.studentId;
            change.submissionId = task.submissionId;
            change.submittedNotebookId = submittedId;
            change.cellId = grade->cellId;
            change.notebook = notebook.name;
            change.cell = cell.gradeId;
            change.maxScore = grade->maxScore;
            change.firstScore = grade->id == 0;
            change.oldAutoScore = grade->autoScore;
            change.newAutoScore = cell.score;
            change.oldNeedsManual = grade->needsManualGrade;
            change.manualScore = grade->manualScore;
            change.overridden = grade->manualScore.has_value();
            change.newNeedsManual = change.overridden ? false : cell.needsManualGrade;
            change.outcome = cell.outcome;
            change.message = cell.message;
            const QString oldComment = state.value().autoComments.value(key);
            if (cell.outcome == QLatin1String("no_response") && oldComment != NoResponseComment) {
                change.newAutoComment = NoResponseComment;
            } else if (cell.outcome != QLatin1String("no_response") && oldComment == NoResponseComment) {
                change.newAutoComment = QString();
            }
            const bool same = !change.firstScore && sameScore(change.oldAutoScore, change.newAutoScore) &&
                              change.oldNeedsManual == change.newNeedsManual && !change.newAutoComment;
            if (same) {
                ++changes.unchangedCells;
            } else {
                changes.cells.append(change);
            }
        }
    }
    return {};
}

QString auditSummary(const AutogradeChanges &changes, const QString &executorName, int placed)
{
    const QJsonObject summary{
        {QStringLiteral("run"), changes.runId},
        {QStringLiteral("executor"), executorName},
        {QStringLiteral("graded"), changes.gradedSubmissions},
        {QStringLiteral("ungraded"), int(changes.ungradedTasks.size())},
        {QStringLiteral("changed_cells"), int(changes.cells.size())},
        {QStringLiteral("final_score_changes"), changes.finalScoreChanges()},
        {QStringLiteral("notebooks_placed"), placed},
    };
    return QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact));
}

} // namespace

int AutogradeChanges::finalScoreChanges() const
{
    return int(std::count_if(cells.cbegin(), cells.cend(),
                             [](const AutogradeCellChange &change) { return change.changesFinalScore(); }));
}

Result<AutogradeChanges> AutogradeImport::preview(Gradebook &gradebook, const AutogradePlan &plan,
                                                  const QList<AutogradeTaskResult> &results)
{
    AutogradeChanges changes;
    changes.assignment = plan.assignment;
    changes.runId = plan.runId;
    const QHash<int, AutogradeTaskResult> last = lastAttempts(results);
    for (const AutogradeTask &task : plan.tasks) {
        const auto attempt = last.constFind(task.index);
        if (attempt == last.cend() || attempt->state != AutogradeTaskState::Passed || !attempt->result) {
            changes.ungradedTasks.append(task.index);
            continue;
        }
        if (const Result<void> done = previewTask(gradebook, plan, task, *attempt->result, changes); !done.ok()) {
            return done.error();
        }
    }
    return changes;
}

Result<AutogradeCommitReport> AutogradeImport::commit(Gradebook &gradebook, const AutogradePlan &plan,
                                                      const QList<AutogradeTaskResult> &results,
                                                      const QString &executorName, const QString &actor)
{
    Result<AutogradeChanges> previewed = preview(gradebook, plan, results);
    if (!previewed.ok()) {
        return previewed.error();
    }
    AutogradeCommitReport report;
    report.changes = std::move(previewed).value();
    const AutogradeChanges &changes = report.changes;

    QHash<int, QString> submissionDirs;
    for (const AutogradeTask &task : plan.tasks) {
        submissionDirs.insert(task.index, task.submissionDir);
    }
    AutogradePlacement placement(plan.courseDir, plan.assignment, plan.runId);
    for (const AutogradeExecutedNotebook &notebook : changes.executed) {
        if (const Result<void> staged = placement.stage(notebook.studentId, submissionDirs.value(notebook.taskIndex),
                                                        notebook.notebook, notebook.path);
            !staged.ok()) {
            return staged.error(); // The placement's destructor removes every staging folder.
        }
    }

    const QString autograder = LocalExchange::autogradeActor();
    const Result<void> stored = gradebook.transaction([&]() -> Result<void> {
        for (const AutogradeCellChange &change : changes.cells) {
            const Result<void> grade = gradebook.setAutoGrade(change.submittedNotebookId, change.cellId,
                                                              change.newAutoScore, change.newNeedsManual, autograder);
            if (!grade.ok()) {
                return grade.error();
            }
            if (change.newAutoComment) {
                const Result<void> comment =
                    gradebook.setAutoComment(change.submittedNotebookId, change.cellId, *change.newAutoComment);
                if (!comment.ok()) {
                    return comment.error();
                }
            }
        }
        return gradebook.recordAudit(actor, QStringLiteral("autograde"), QStringLiteral("assignment"), plan.assignment,
                                     QString(), auditSummary(changes, executorName, int(placement.stagedFolders())));
    });
    if (!stored.ok()) {
        qCWarning(lcGrading) << "autograde commit failed:" << stored.error().detail;
        return stored.error();
    }
    report.cellsWritten = int(changes.cells.size());
    report.notebooksPlaced = placement.commit(report.warnings);
    qCInfo(lcGrading) << "autograde run" << plan.runId << "committed:" << report.cellsWritten << "cells,"
                      << report.notebooksPlaced << "notebooks placed";
    return report;
}

} // namespace GradeDesk::Services
