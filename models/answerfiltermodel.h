// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace GradeDesk::Models {

class AnswerQueueModel;

/**
 * @brief The answers the grading queue shows: an AnswerQueueModel filtered, kept in queue order.
 *
 * Filters combine (all must hold): the state filter, "has rubric item X", and a score range
 * (inclusive; an answer without score fails any range). Rows keep the source's queue order: the
 * proxy does not sort (sort() is not used by GradingSession navigation; a view may sort, but next/
 * previous then still follow the queue order).
 *
 * A pinned answer (the current one) stays visible even when it stops matching, so grading the
 * current answer under "Ungraded" does not pull it out from under the grader; it disappears when
 * the pin moves on.
 *
 * Columns and roles are the source's (see AnswerQueueModel).
 */
class AnswerFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerFilterModel)

public:
    enum class StateFilter {
        All,
        Ungraded,         ///< Not graded: no score yet or waiting for a manual grade.
        Graded,           ///< AnswerQueueModel::AnswerState::Graded.
        Flagged,          ///< Flagged for review.
        RegradeRequested, ///< With an open regrade request.
    };
    Q_ENUM(StateFilter)

    explicit AnswerFilterModel(QObject *parent = nullptr);
    ~AnswerFilterModel() override;

    /// The source must be an AnswerQueueModel (or null).
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    AnswerQueueModel *queue() const;

    void setStateFilter(StateFilter filter);

    StateFilter stateFilter() const { return m_state; }

    /// Only answers that have this rubric item applied; nullopt: no such filter.
    void setRubricItemFilter(std::optional<qint64> itemId);

    std::optional<qint64> rubricItemFilter() const { return m_itemId; }

    /// Inclusive bounds; nullopt on a side means unbounded. Both nullopt: no score filter.
    void setScoreRange(std::optional<double> minimum, std::optional<double> maximum);

    std::optional<double> scoreMinimum() const { return m_minimum; }

    std::optional<double> scoreMaximum() const { return m_maximum; }

    void clearFilters();
    bool hasFilters() const;

    /// Keeps the answer (a submitted notebook id; 0 for none) visible regardless of the filters.
    void setPinnedAnswer(qint64 submittedNotebookId);

    qint64 pinnedAnswer() const { return m_pinned; }

    /// The filters alone (ignoring the pin) applied to a source row.
    bool matchesFilters(int sourceRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StateFilter m_state = StateFilter::All;
    std::optional<qint64> m_itemId;
    std::optional<double> m_minimum;
    std::optional<double> m_maximum;
    qint64 m_pinned = 0;
};

} // namespace GradeDesk::Models
