// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "answerfiltermodel.h"

#include "answerqueuemodel.h"

namespace GradeDesk::Models {

using namespace Services;

AnswerFilterModel::AnswerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Grading an answer changes whether it matches; the proxy must follow without a manual refilter.
    setDynamicSortFilter(true);
}

AnswerFilterModel::~AnswerFilterModel() = default;

void AnswerFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    Q_ASSERT(!sourceModel || qobject_cast<AnswerQueueModel *>(sourceModel));
    QSortFilterProxyModel::setSourceModel(qobject_cast<AnswerQueueModel *>(sourceModel));
}

AnswerQueueModel *AnswerFilterModel::queue() const
{
    return static_cast<AnswerQueueModel *>(sourceModel());
}

void AnswerFilterModel::setStateFilter(StateFilter filter)
{
    if (filter != m_state) {
        m_state = filter;
        invalidateFilter();
    }
}

void AnswerFilterModel::setRubricItemFilter(std::optional<qint64> itemId)
{
    if (itemId != m_itemId) {
        m_itemId = itemId;
        invalidateFilter();
    }
}

void AnswerFilterModel::setScoreRange(std::optional<double> minimum, std::optional<double> maximum)
{
    if (minimum != m_minimum || maximum != m_maximum) {
        m_minimum = minimum;
        m_maximum = maximum;
        invalidateFilter();
    }
}

void AnswerFilterModel::clearFilters()
{
    if (hasFilters()) {
        m_state = StateFilter::All;
        m_itemId.reset();
        m_minimum.reset();
        m_maximum.reset();
        invalidateFilter();
    }
}

bool AnswerFilterModel::hasFilters() const
{
    return m_state != StateFilter::All || m_itemId || m_minimum || m_maximum;
}

void AnswerFilterModel::setPinnedAnswer(qint64 submittedNotebookId)
{
    if (submittedNotebookId == m_pinned) {
        return;
    }
    const AnswerQueueModel *source = queue();
    // Re-filtering costs a pass over every row: only when the pin actually decides a row's visibility.
    const auto pinMatters = [&](qint64 notebookId) {
        if (!source || notebookId == 0) {
            return false;
        }
        const int row = source->rowOfAnswer(notebookId);
        return row >= 0 && !matchesFilters(row);
    };
    const bool refilterNeeded = pinMatters(m_pinned) || pinMatters(submittedNotebookId);
    m_pinned = submittedNotebookId;
    if (refilterNeeded) {
        invalidateFilter();
    }
}

bool AnswerFilterModel::matchesFilters(int sourceRow) const
{
    const AnswerQueueModel *source = queue();
    if (!source || sourceRow < 0 || sourceRow >= source->rowCount()) {
        return false;
    }
    const AnswerRecord &answer = source->answer(sourceRow);
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::Ungraded:
        if (answer.isGraded()) {
            return false;
        }
        break;
    case StateFilter::Graded:
        if (!answer.isGraded()) {
            return false;
        }
        break;
    case StateFilter::Flagged:
        if (!answer.flagged) {
            return false;
        }
        break;
    case StateFilter::RegradeRequested:
        if (answer.openRegradeCount <= 0) {
            return false;
        }
        break;
    }
    if (m_itemId && !answer.appliedItemIds.contains(*m_itemId)) {
        return false;
    }
    if (m_minimum || m_maximum) {
        const auto score = answer.score();
        if (!score || (m_minimum && *score < *m_minimum) || (m_maximum && *score > *m_maximum)) {
            return false;
        }
    }
    return true;
}

bool AnswerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid()) {
        return false;
    }
    if (m_pinned != 0 && queue() && sourceRow < queue()->rowCount() &&
        queue()->answer(sourceRow).key.submittedNotebookId == m_pinned) {
        return true;
    }
    return matchesFilters(sourceRow);
}

} // namespace GradeDesk::Models
