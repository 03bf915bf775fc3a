// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "rubricmodel.h"

#include "roles.h"
#include "submissiontablemodel.h"

namespace GradeDesk::Models {

using namespace Services;

RubricModel::RubricModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

RubricModel::~RubricModel() = default;

void RubricModel::setItems(const QList<RubricItemRecord> &items)
{
    bool sameIds = items.size() == m_items.size();
    for (int row = 0; sameIds && row < items.size(); ++row) {
        sameIds = items.at(row).id == m_items.at(row).id;
    }
    if (!sameIds) {
        beginResetModel();
        m_items = items;
        endResetModel();
        return;
    }
    for (int row = 0; row < items.size(); ++row) {
        if (!(items.at(row) == m_items.at(row))) {
            m_items[row] = items.at(row);
            emitRowChanged(row);
        }
    }
}

void RubricModel::setUsageCounts(const QHash<qint64, int> &counts)
{
    const QHash<qint64, int> before = std::exchange(m_usage, counts);
    for (int row = 0; row < m_items.size(); ++row) {
        const qint64 id = m_items.at(row).id;
        if (before.value(id) != m_usage.value(id)) {
            emit dataChanged(index(row, UsageColumn), index(row, UsageColumn));
        }
    }
}

void RubricModel::setAppliedItems(const QList<qint64> &itemIds)
{
    const QSet<qint64> applied(itemIds.cbegin(), itemIds.cend());
    const QSet<qint64> before = std::exchange(m_applied, applied);
    for (int row = 0; row < m_items.size(); ++row) {
        const qint64 id = m_items.at(row).id;
        if (before.contains(id) != m_applied.contains(id)) {
            emitRowChanged(row);
        }
    }
}

const RubricItemRecord &RubricModel::item(int row) const
{
    Q_ASSERT(row >= 0 && row < m_items.size());
    return m_items.at(row);
}

int RubricModel::rowOfItem(qint64 itemId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == itemId) {
            return row;
        }
    }
    return -1;
}

int RubricModel::rowOfShortcut(const QString &shortcut) const
{
    if (shortcut.isEmpty()) {
        return -1;
    }
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).shortcut.compare(shortcut, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return -1;
}

QString RubricModel::formatPoints(double points)
{
    if (points > 0) {
        return QStringLiteral("+") + formatScore(points);
    }
    return formatScore(points);
}

int RubricModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RubricModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RubricModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const RubricItemRecord &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ShortcutColumn:
            return item.shortcut;
        case TitleColumn:
            return item.title;
        case PointsColumn:
            return formatPoints(item.points);
        case UsageColumn:
            return QString::number(m_usage.value(item.id));
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case ShortcutColumn:
            return item.shortcut;
        case TitleColumn:
            return item.title;
        case PointsColumn:
            return item.points;
        case UsageColumn:
            return m_usage.value(item.id);
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == TitleColumn) {
            return m_applied.contains(item.id) ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case Qt::ToolTipRole:
        return item.description.isEmpty() ? QVariant() : QVariant(item.description);
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case PointsColumn:
        case UsageColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case IdRole:
        return item.id;
    case CellIdRole:
        return item.cellId;
    case ShortcutRole:
        return item.shortcut;
    case PointsRole:
        return item.points;
    case UsageCountRole:
        return m_usage.value(item.id);
    case AppliedRole:
        return m_applied.contains(item.id);
    case DescriptionRole:
        return item.description;
    case ExclusiveGroupRole:
        return item.group;
    default:
        return {};
    }
}

bool RubricModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || index.column() != TitleColumn) {
        return false;
    }
    emit applyRequested(m_items.at(index.row()).id, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags RubricModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TitleColumn) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

QVariant RubricModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ShortcutColumn:
        return tr("Key");
    case TitleColumn:
        return tr("Rubric item");
    case PointsColumn:
        return tr("Points");
    case UsageColumn:
        return tr("Used");
    default:
        return {};
    }
}

void RubricModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace GradeDesk::Models
