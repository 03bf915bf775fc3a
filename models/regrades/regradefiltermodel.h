// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/regraderecords.h>

#include <QSortFilterProxyModel>

#include <optional>

namespace GradeDesk::Models {

class RegradeListModel;

/**
 * @brief The regrade requests a list shows: a RegradeListModel filtered by state and question.
 *
 * Both filters combine. Sorting (a view's header click) uses RawValueRole, so states sort by
 * their order in the workflow and ages by time. Columns and roles are the source's.
 */
class RegradeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegradeFilterModel)

public:
    enum class StateFilter {
        All,
        Unresolved, ///< Open, in review or reopened: what still needs a grader.
        Open,       ///< Open or reopened: nobody is looking at it yet.
        InReview,
        Resolved,
    };
    Q_ENUM(StateFilter)

    explicit RegradeFilterModel(QObject *parent = nullptr);
    ~RegradeFilterModel() override;

    /// The source must be a RegradeListModel (or null).
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    RegradeListModel *requests() const;

    void setStateFilter(StateFilter filter);

    StateFilter stateFilter() const { return m_state; }

    /// Only requests on this question (a cell id; 0: requests on the whole submission); nullopt: all.
    void setQuestionFilter(std::optional<qint64> cellId);

    std::optional<qint64> questionFilter() const { return m_cellId; }

    static bool matches(StateFilter filter, Services::RegradeState state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StateFilter m_state = StateFilter::All;
    std::optional<qint64> m_cellId;
};

} // namespace GradeDesk::Models
