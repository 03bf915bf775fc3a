// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/grading/autogradetypes.h>

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

namespace GradeDesk::Models {

class AutogradeSession;

/// The points a harness result gives: what was scored, out of what, and cells left to a person.
struct AutogradeScore {
    double score = 0.0;
    double maxScore = 0.0;
    int manualCells = 0; ///< Cells whose score waits for a grader (not in `score`).
};

/// Sums the result's grade cells; an otter notebook without nbgrader cells counts its questions.
AutogradeScore autogradeScore(const Services::HarnessResult &result);
/// The colour the dashboard shows for a state (the state column's decoration).
QColor autogradeStateColor(Services::AutogradeTaskState state);

/**
 * @brief The tasks of the current autograde run, one row per submission in plan order.
 *
 * Staff dashboard: rows show the real student id even when the course grades anonymously.
 * DisplayRole is for people ("7 / 10", "12 s"); RawValueRole carries what to sort by (student id,
 * the state as int, the score as double or invalid before a result, attempts, seconds, the
 * failure reason). IdRole is the task index, StudentIdRole the student on every column, ScoreRole
 * and MaxScoreRole the score on the score column. The state column's DecorationRole is a QColor.
 *
 * A new run resets the model; every task change is one dataChanged over its row.
 * refreshDurations() re-announces the duration cells of running tasks (call it from a timer).
 */
class AutogradeTaskModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutogradeTaskModel)

public:
    enum Column { StudentColumn, StateColumn, ScoreColumn, AttemptsColumn, DurationColumn, ReasonColumn, ColumnCount };

    explicit AutogradeTaskModel(AutogradeSession *session, QObject *parent = nullptr);
    ~AutogradeTaskModel() override;

    void refreshDurations();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onRunStarted();
    void onTaskChanged(int index);
    QVariant displayData(int row, int column) const;
    QVariant rawData(int row, int column) const;
    QString reasonText(int row) const;
    QString toolTip(int row) const;

    QPointer<AutogradeSession> m_session;
    int m_rows = 0;
};

/**
 * @brief Sorts the task table by raw values and shows only the chosen states.
 *
 * An empty state set shows every task. The filter text matches the student id (case-insensitive).
 */
class AutogradeTaskFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutogradeTaskFilterModel)

public:
    explicit AutogradeTaskFilterModel(QObject *parent = nullptr);
    ~AutogradeTaskFilterModel() override;

    void setStates(const QList<Services::AutogradeTaskState> &states);
    bool acceptsState(Services::AutogradeTaskState state) const;

    void setStudentFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<int> m_states; ///< AutogradeTaskState values (enum classes have no qHash in Qt 6.4).
    QString m_student;
};

} // namespace GradeDesk::Models
