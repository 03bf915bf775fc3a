// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/notebook/notebook.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace GradeDesk::Services {

/**
 * @brief What the gradebook knows about one grade or task cell (nbgrader's "source cell").
 *
 * Independent of the gradebook module so scoring can run on any notebook; the exchange converts
 * gradebook source cells into these.
 */
struct GradeCellSpec {
    QString gradeId;
    CellType cellType = CellType::Code;
    bool grade = false;
    bool solution = false;
    bool task = false;
    bool locked = false;
    double points = 0.0;
    QString checksum; ///< The released cell's checksum; empty to use the one recorded in the notebook.
};

/// Why a cell got the score it got. Stable: the UI and the CLI map it to icons and filters.
enum class ScoreReason {
    Passed,               ///< Code test cell ran without error or stderr: full points.
    Error,                ///< An `error` output (failed assert, exception, timeout): 0.
    Stderr,               ///< Output on stderr: 0, as nbgrader does.
    PartialCredit,        ///< `execute_result` holding a number in (0, points]: that number.
    NotPartialCredit,     ///< `execute_result` that is not a single positive number: full points.
    PartialCreditTooHigh, ///< `execute_result` above the cell's points: no auto score, needs a person.
    NoResponse,           ///< Solution cell left as released (checksum unchanged): 0.
    Answered,             ///< Solution cell with an answer: needs manual grading.
    Task,                 ///< Task cell: always graded by hand.
    NotAutogradable,      ///< A grade cell that is neither code nor a solution: needs manual grading.
    MissingCell,          ///< The grade cell is not in the submission: needs manual grading.
};

struct CellScore {
    QString gradeId;
    int cellIndex = -1; ///< Index in the scored notebook; -1 when the cell is missing.
    double maxScore = 0.0;
    std::optional<double> autoScore; ///< nullopt when a person has to grade it.
    bool needsManualGrade = false;
    ScoreReason reason = ScoreReason::Passed;
    QString explanation; ///< Translated, one sentence, for the grading view.
};

struct NotebookScore {
    QList<CellScore> cells;   ///< Grade cells and task cells, in notebook (or gradebook) order.
    QStringList warnings;     ///< Translated: ignored cells, unknown grade ids.
    double autoTotal() const; ///< Sum of auto scores; cells without one count 0, as nbgrader's raw score.
    double maxTotal() const;  ///< Sum of max scores, task cells included (nbgrader's notebook max_score).
    int needsManualCount() const;
    const CellScore *cell(const QString &gradeId) const;
};

/**
 * @brief nbgrader's autograde scoring (utils.determine_grade) of an executed notebook.
 *
 * Pure functions on data already in memory: no files, no database. Rules:
 *  - code grade cell that is not a solution: the first `error` output or `stderr` stream scores 0;
 *    else the first `execute_result` decides: a single `text/plain` value that parses as a float
 *    in (0, points] is partial credit, anything else (text, 0, negative, NaN, several lines) full
 *    points, exactly as nbgrader (which warns); a value above points makes nbgrader abort the
 *    notebook, here the cell goes to a person instead; no such output: full points;
 *  - solution grade cell: checksum unchanged -> 0 ("no response"); else needs manual grading;
 *  - task cell: needs manual grading; other grade cells (markdown, not a solution): manual.
 * The checksum compared is the gradebook's (as nbgrader's OverwriteCells writes it into the
 * autograded notebook), falling back to the one recorded in the cell.
 */
class AutoScorer final
{
    Q_DECLARE_TR_FUNCTIONS(AutoScorer)

public:
    AutoScorer() = delete;

    /// The spec a cell's own nbgrader metadata describes (points default to 0).
    static GradeCellSpec specFromCell(const Cell &cell);

    /// Scores one cell against its spec. The cell's grade id is not checked against the spec.
    static CellScore scoreCell(const Cell &cell, const GradeCellSpec &spec, int cellIndex = -1);

    /// Scores every grade and task cell using only the notebook's own metadata.
    static NotebookScore scoreNotebook(const Notebook &notebook);

    /**
     * Scores the notebook against the gradebook's cells: one CellScore per grade or task spec, in
     * spec order; a spec whose cell is missing gets MissingCell. Cells in the notebook claiming
     * grade metadata the gradebook does not know are ignored with a warning (a student cannot add
     * points by pasting a grade cell).
     */
    static NotebookScore scoreNotebook(const Notebook &notebook, const QList<GradeCellSpec> &specs);
};

} // namespace GradeDesk::Services
