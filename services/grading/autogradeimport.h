// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "autogradetypes.h"

#include <services/core/result.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace GradeDesk::Services {

class Gradebook;

/// One graded cell of one submission whose stored auto score or "needs manual grade" flag would change.
struct AutogradeCellChange {
    int taskIndex = -1;
    QString studentId;
    qint64 submissionId = 0;
    qint64 submittedNotebookId = 0;
    qint64 cellId = 0;
    QString notebook;
    QString cell; ///< grade_id
    double maxScore = 0.0;
    bool firstScore = false; ///< Nothing was stored for the cell before.
    std::optional<double> oldAutoScore;
    std::optional<double> newAutoScore;
    bool oldNeedsManual = false;
    bool newNeedsManual = false; ///< As it will be stored: a manual score already answers the question.
    std::optional<double> manualScore;
    /// A manual score (typed, or computed from rubric items) decides the cell's score, so the
    /// student's final score does not change with the auto score.
    bool overridden = false;
    QString outcome;                       ///< The harness's outcome (passed, error, no_response, ...).
    QString message;                       ///< The harness's short explanation, e.g. the exception line.
    std::optional<QString> newAutoComment; ///< Set when the auto comment changes ("No response." or cleared).

    bool changesFinalScore() const { return !overridden && oldAutoScore != newAutoScore; }
};

/// An executed notebook to place into autograded/<student>/<assignment>/.
struct AutogradeExecutedNotebook {
    int taskIndex = -1;
    QString studentId;
    QString notebook;
    QString path; ///< Where the executor left it.
};

/// What committing a run would change (AutogradeImport::preview).
struct AutogradeChanges {
    QString assignment;
    QString runId;
    QList<AutogradeCellChange> cells; ///< By task index, then notebook and cell order.
    int unchangedCells = 0;
    int gradedSubmissions = 0; ///< Passed tasks whose results can be stored.
    QList<int> ungradedTasks;  ///< Indexes without a usable result; nothing is stored for them.
    QList<AutogradeExecutedNotebook> executed;
    QStringList warnings; ///< Translated: disagreements, notebooks that cannot be stored, changed submissions.

    bool hasScoreChanges() const { return !cells.isEmpty(); }

    int finalScoreChanges() const;
};

struct AutogradeCommitReport {
    AutogradeChanges changes;
    int cellsWritten = 0;
    int notebooksPlaced = 0;
    QStringList warnings; ///< Translated: folders that could not be replaced (the scores are stored).
};

/**
 * @brief Brings an autograde run's results into the gradebook.
 *
 * Scores are the harness's; where an executed notebook is available it is also scored with
 * AutoScorer (what a later collect does with autograded/ notebooks) and any disagreement is a
 * warning. Task cells are not stored (graded by hand), as the collect does; an untouched solution
 * cell gets the auto comment "No response.", as nbgrader and the collect do.
 *
 * commit() stores auto scores with Gradebook::setAutoGrade only for cells that change, so manual
 * scores, comments, rubric applications and extra credit are never touched, and records one audit
 * event (action "autograde", entity "assignment") for the run, all in one transaction. Executed
 * notebooks are first copied, with the submission's other files and its timestamp.txt (as
 * nbgrader's autograde does), into a hidden staging folder next to autograded/<student>/<assignment>
 * and swapped in by rename only after the scores are stored: a failure before that leaves every
 * folder as it was, and a failed swap leaves the previous folder in place (reported as a warning).
 * Results of submissions collected again after the run was planned are skipped with a warning.
 */
class AutogradeImport final
{
    Q_DECLARE_TR_FUNCTIONS(AutogradeImport)

public:
    AutogradeImport() = delete;

    /// `results` may hold several attempts of a task: the last one in the list counts.
    static Result<AutogradeChanges> preview(Gradebook &gradebook, const AutogradePlan &plan,
                                            const QList<AutogradeTaskResult> &results);
    /// `actor` names the person in the audit event; auto scores are stored as LocalExchange::autogradeActor().
    static Result<AutogradeCommitReport> commit(Gradebook &gradebook, const AutogradePlan &plan,
                                                const QList<AutogradeTaskResult> &results, const QString &executorName,
                                                const QString &actor);
};

} // namespace GradeDesk::Services
