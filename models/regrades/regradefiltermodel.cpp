// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "regradefiltermodel.h"

#include "../roles.h"
#include "regradelistmodel.h"

namespace GradeDesk::Models {

using namespace Services;

RegradeFilterModel::RegradeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A request moving to another state must leave or enter the list without a manual refilter.
    setDynamicSortFilter(true);
    setSortRole(RawValueRole);
}

RegradeFilterModel::~RegradeFilterModel() = default;

void RegradeFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    Q_ASSERT(!sourceModel || qobject_cast<RegradeListModel *>(sourceModel));
    QSortFilterProxyModel::setSourceModel(qobject_cast<RegradeListModel *>(sourceModel));
}

RegradeListModel *RegradeFilterModel::requests() const
{
    return static_cast<RegradeListModel *>(sourceModel());
}

void RegradeFilterModel::setStateFilter(StateFilter filter)
{
    if (filter != m_state) {
        m_state = filter;
        invalidateFilter();
    }
}

void RegradeFilterModel::setQuestionFilter(std::optional<qint64> cellId)
{
    if (cellId != m_cellId) {
        m_cellId = cellId;
        invalidateFilter();
    }
}

bool RegradeFilterModel::matches(StateFilter filter, RegradeState state)
{
    switch (filter) {
    case StateFilter::All:
        return true;
    case StateFilter::Unresolved:
        return state != RegradeState::Resolved;
    case StateFilter::Open:
        return state == RegradeState::Open || state == RegradeState::Reopened;
    case StateFilter::InReview:
        return state == RegradeState::InReview;
    case StateFilter::Resolved:
        return state == RegradeState::Resolved;
    }
    return true;
}

bool RegradeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const RegradeListModel *source = requests();
    if (sourceParent.isValid() || !source || sourceRow < 0 || sourceRow >= source->rowCount()) {
        return false;
    }
    const RegradeRequestRecord &request = source->request(sourceRow);
    if (!matches(m_state, request.state)) {
        return false;
    }
    return !m_cellId || request.cellId == *m_cellId;
}

} // namespace GradeDesk::Models
