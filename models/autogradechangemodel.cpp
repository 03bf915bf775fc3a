// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradechangemodel.h"

#include "roles.h"
#include "submissiontablemodel.h"

#include <QColor>

namespace GradeDesk::Models {

namespace {

QString scoreText(const std::optional<double> &score)
{
    return score ? formatScore(*score) : AutogradeChangeModel::tr("none");
}

} // namespace

AutogradeChangeModel::AutogradeChangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AutogradeChangeModel::~AutogradeChangeModel() = default;

void AutogradeChangeModel::setChanges(const Services::AutogradeChanges &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int AutogradeChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.cells.size());
}

int AutogradeChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AutogradeChangeModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Services::AutogradeCellChange &change = m_changes.cells.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(change, index.column());
    case RawValueRole:
        return rawData(change, index.column());
    case StudentIdRole:
        return change.studentId;
    case Qt::ForegroundRole:
        return change.overridden ? QVariant(QColor(0x75, 0x75, 0x75)) : QVariant();
    case Qt::ToolTipRole:
        return change.message.isEmpty() ? QVariant() : QVariant(change.message);
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case OldColumn:
        case NewColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AutogradeChangeModel::displayData(const Services::AutogradeCellChange &change, int column) const
{
    switch (column) {
    case StudentColumn:
        return change.studentId;
    case NotebookColumn:
        return change.notebook;
    case CellColumn:
        return change.cell;
    case OldColumn:
        return scoreText(change.oldAutoScore);
    case NewColumn:
        return tr("%1 / %2").arg(scoreText(change.newAutoScore), formatScore(change.maxScore));
    case NoteColumn:
        if (change.overridden) {
            return change.manualScore ? tr("Manual score %1 overrides it").arg(formatScore(*change.manualScore))
                                      : tr("A manual grade overrides it");
        }
        if (change.newNeedsManual && !change.oldNeedsManual) {
            return tr("Now waits for a grader");
        }
        return change.firstScore ? tr("First score") : QString();
    default:
        return {};
    }
}

QVariant AutogradeChangeModel::rawData(const Services::AutogradeCellChange &change, int column) const
{
    switch (column) {
    case StudentColumn:
        return change.studentId;
    case NotebookColumn:
        return change.notebook;
    case CellColumn:
        return change.cell;
    case OldColumn:
        return change.oldAutoScore ? QVariant(*change.oldAutoScore) : QVariant();
    case NewColumn:
        return change.newAutoScore ? QVariant(*change.newAutoScore) : QVariant();
    case NoteColumn:
        return change.overridden;
    default:
        return {};
    }
}

QVariant AutogradeChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case NotebookColumn:
        return tr("Notebook");
    case CellColumn:
        return tr("Cell");
    case OldColumn:
        return tr("Old");
    case NewColumn:
        return tr("New");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace GradeDesk::Models
