// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/rubricrecords.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace GradeDesk::Models {

/**
 * @brief The rubric items of the current question and which of them the current answer has.
 *
 * Filled by GradingSession (it owns the gradebook access); rows in item position order.
 * Columns (DisplayRole / RawValueRole):
 *  - ShortcutColumn: "1", "a", "" / the same;
 *  - TitleColumn: title / the same; Qt::CheckStateRole = applied to the current answer (user
 *    checkable, see below); ToolTipRole = description;
 *  - PointsColumn: "+2", "-1.5" / double;
 *  - UsageColumn: answers having the item / int.
 * Every column also answers IdRole (item id), CellIdRole, ShortcutRole, PointsRole, UsageCountRole,
 * AppliedRole (bool), DescriptionRole and ExclusiveGroupRole. Qt::CheckStateRole is answered on
 * TitleColumn only.
 *
 * setData(Qt::CheckStateRole) changes nothing itself: it emits applyRequested(itemId, applied) and
 * the session performs the (durable, undoable) action, then calls setAppliedItems().
 */
class RubricModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RubricModel)

public:
    enum Column { ShortcutColumn, TitleColumn, PointsColumn, UsageColumn, ColumnCount };

    explicit RubricModel(QObject *parent = nullptr);
    ~RubricModel() override;

    /// Replaces the items (a reset when the item set changed, else dataChanged for changed rows).
    void setItems(const QList<Services::RubricItemRecord> &items);
    /// item id -> answers that have it; missing ids count 0. dataChanged(UsageColumn) for changed rows.
    void setUsageCounts(const QHash<qint64, int> &counts);
    /// The current answer's applied items (empty when no answer). dataChanged for changed rows.
    void setAppliedItems(const QList<qint64> &itemIds);

    const QList<Services::RubricItemRecord> &items() const { return m_items; }

    /// `row` must be valid.
    const Services::RubricItemRecord &item(int row) const;
    int rowOfItem(qint64 itemId) const;
    /// -1 when no item has this shortcut (case-insensitive for letters).
    int rowOfShortcut(const QString &shortcut) const;

    bool isApplied(qint64 itemId) const { return m_applied.contains(itemId); }

    int usageCount(qint64 itemId) const { return m_usage.value(itemId); }

    /// "+2", "-1.5", "0".
    static QString formatPoints(double points);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The user (un)checked an item in a view; GradingSession connects this to setItemApplied.
    void applyRequested(qint64 itemId, bool applied);

private:
    void emitRowChanged(int row);

    QList<Services::RubricItemRecord> m_items;
    QHash<qint64, int> m_usage;
    QSet<qint64> m_applied;
};

} // namespace GradeDesk::Models
