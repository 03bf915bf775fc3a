// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// AnswerQueueModel: what the rows show (roles and header).
#include "answerqueuemodel.h"
#include "roles.h"
#include "submissiontablemodel.h"

#include <QColor>

namespace GradeDesk::Models {

using namespace Services;

QVariant AnswerQueueModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int row = index.row();
    const AnswerRecord &answer = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(answer, row, index.column());
    case RawValueRole:
        return rawData(answer, row, index.column());
    case StudentIdRole:
        return answer.studentId;
    case IdRole:
    case SubmittedNotebookIdRole:
        return answer.key.submittedNotebookId;
    case CellIdRole:
        return answer.key.cellId;
    case AnswerStateRole:
        return int(stateOf(answer));
    case ScoreRole: {
        const auto score = answer.score();
        return score ? QVariant(*score) : QVariant();
    }
    case MaxScoreRole:
        return answer.maxScore;
    case FlaggedRole:
        return answer.flagged;
    case OpenRegradeCountRole:
        return answer.openRegradeCount;
    case AppliedItemIdsRole:
        return QVariant::fromValue(answer.appliedItemIds);
    case GroupSizeRole:
        return m_groupSizes.value(row, 1);
    case ClaimedByRole:
        return answer.claimedBy;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StudentColumn:
            return isOpenByOther(answer) ? tr("%1 has this answer open").arg(answer.claimedBy) : QVariant();
        case ScoreColumn:
            if (answer.adjustment) {
                return tr("Includes an adjustment of %1 points: %2")
                    .arg(formatScore(*answer.adjustment), answer.adjustmentReason);
            }
            return {};
        case StateColumn:
            return answer.openRegradeCount > 0 ? tr("Regrade requested") : QVariant();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case ScoreColumn:
        case GroupSizeColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        switch (index.column()) {
        case StateColumn:
            switch (stateOf(answer)) {
            case AnswerState::Ungraded:
                return QColor(QStringLiteral("#718096"));
            case AnswerState::NeedsManual:
                return QColor(QStringLiteral("#b7791f"));
            case AnswerState::Graded:
                return QColor(QStringLiteral("#2f855a"));
            }
            return {};
        case FlaggedColumn:
            return QColor(QStringLiteral("#c53030"));
        case StudentColumn:
            return isOpenByOther(answer) ? QVariant(QColor(QStringLiteral("#718096"))) : QVariant();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AnswerQueueModel::displayData(const AnswerRecord &answer, int row, int column) const
{
    switch (column) {
    case StudentColumn:
        return isOpenByOther(answer) ? tr("%1 · open by %2").arg(displayName(answer.studentId), answer.claimedBy)
                                     : displayName(answer.studentId);
    case ScoreColumn: {
        const auto score = answer.score();
        return tr("%1 / %2").arg(score ? formatScore(*score) : QStringLiteral("–"), formatScore(answer.maxScore));
    }
    case StateColumn:
        switch (stateOf(answer)) {
        case AnswerState::Ungraded:
            return tr("Ungraded");
        case AnswerState::NeedsManual:
            return tr("Needs manual grade");
        case AnswerState::Graded:
            return tr("Graded");
        }
        return {};
    case FlaggedColumn:
        return answer.flagged ? tr("Flagged") : QString();
    case GroupSizeColumn: {
        const int size = m_groupSizes.value(row, 1);
        return size > 1 ? QString::number(size) : QString();
    }
    case ClaimedByColumn:
        return answer.claimedBy;
    default:
        return {};
    }
}

QVariant AnswerQueueModel::rawData(const AnswerRecord &answer, int row, int column) const
{
    switch (column) {
    case StudentColumn:
        return displayName(answer.studentId);
    case ScoreColumn: {
        const auto score = answer.score();
        return score ? QVariant(*score) : QVariant();
    }
    case StateColumn:
        return int(stateOf(answer));
    case FlaggedColumn:
        return answer.flagged;
    case GroupSizeColumn:
        return m_groupSizes.value(row, 1);
    case ClaimedByColumn:
        return answer.claimedBy;
    default:
        return {};
    }
}

QVariant AnswerQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case ScoreColumn:
        return tr("Score");
    case StateColumn:
        return tr("State");
    case FlaggedColumn:
        return tr("Flag");
    case GroupSizeColumn:
        return tr("Group");
    case ClaimedByColumn:
        return tr("Open by");
    default:
        return {};
    }
}

} // namespace GradeDesk::Models
