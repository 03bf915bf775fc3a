// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/gradebook/rubricrecords.h>

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Models {

/**
 * @brief The graded questions of one assignment with their grading progress (Gradebook::questions()).
 *
 * One row per graded cell, in notebook order then cell order. Columns (DisplayRole / RawValueRole):
 *  - LabelColumn: "notebook: grade_id" / grade_id (also NameRole);
 *  - PointsColumn: "10" / double max points;
 *  - ProgressColumn: "graded / total" / double fraction graded (0 when there are no answers);
 *  - NeedsManualColumn: count, "" when 0 / int;
 *  - FlaggedColumn: count, "" when 0 / int;
 *  - RegradeColumn: open regrade requests, "" when 0 / int (ToolTipRole: "2 open regrade requests").
 * Every column also answers IdRole and CellIdRole (cell id), MaxScoreRole, AnswerCountRole,
 * GradedCountRole, NeedsManualCountRole, FlaggedRole (flagged count) and OpenRegradeCountRole.
 * ToolTipRole of LabelColumn: the notebook and cell type.
 *
 * Gradebook::gradeChanged for the assignment's cells is coalesced until the event loop runs, then
 * refresh() re-reads the aggregate once and emits dataChanged for the rows that differ. The live
 * question (the one being graded, whose answers are in memory anyway) is counted from those answers
 * instead (updateFromAnswers): the aggregate over every answer of the assignment is too slow to run
 * after each keystroke. Gradebook::regradesChanged for the assignment (a request added or moved, here
 * or by another grader) is coalesced into a refresh() too, live question included.
 */
class QuestionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionListModel)

public:
    enum Column {
        LabelColumn,
        PointsColumn,
        ProgressColumn,
        NeedsManualColumn,
        FlaggedColumn,
        RegradeColumn,
        ColumnCount
    };

    explicit QuestionListModel(QObject *parent = nullptr);
    ~QuestionListModel() override;

    /// Shows the questions of the assignment (`gradebook` not owned; null clears). On error the model is empty.
    Services::Result<void> setAssignment(Services::Gradebook *gradebook, qint64 assignmentId);
    /// Re-reads the progress counts; dataChanged for changed rows, a reset only if the question set changed.
    Services::Result<void> refresh();
    /// Grade changes of this question (0: none) no longer trigger refresh(); updateFromAnswers() keeps it right.
    void setLiveQuestion(qint64 cellId);
    /// Recounts the question's progress from all of its answers, as Gradebook::questions() counts them.
    void updateFromAnswers(qint64 cellId, const QList<Services::AnswerRecord> &answers);

    qint64 assignmentId() const { return m_assignmentId; }

    /// `row` must be valid.
    const Services::QuestionRecord &question(int row) const;
    /// -1 when the cell is not a question of the assignment.
    int rowOfQuestion(qint64 cellId) const;
    /// "notebook: grade_id".
    static QString labelOf(const Services::QuestionRecord &question);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A refresh triggered by a gradebook signal failed (explicit calls return their error instead).
    void refreshFailed(const Services::ServiceError &error);

private:
    void onGradeChanged(qint64 submissionId, qint64 cellId);
    void onRegradesChanged(qint64 assignmentId);
    QVariant displayData(const Services::QuestionRecord &question, int column) const;
    QVariant rawData(const Services::QuestionRecord &question, int column) const;

    QPointer<Services::Gradebook> m_gradebook;
    qint64 m_assignmentId = 0;
    qint64 m_liveCellId = 0;
    QList<Services::QuestionRecord> m_rows;
    bool m_refreshQueued = false;
};

} // namespace GradeDesk::Models
