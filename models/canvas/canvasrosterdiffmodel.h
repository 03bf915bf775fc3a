// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/canvas/canvasrosterplan.h>

#include <QAbstractTableModel>
#include <QList>

namespace GradeDesk::Models {

/**
 * @brief What a roster import would change in the gradebook, one row per student.
 *
 * Rows are CanvasRosterPlan::Diff::changes in their order (by student id). setChanges() reports
 * exactly what differs from the rows shown (inserts, removals, dataChanged per row), so a
 * reviewer's selection survives an identity decision. KindRole holds the row's Kind;
 * StudentIdRole the hub username; RawValueRole the sortable value of each column.
 */
class CanvasRosterDiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasRosterDiffModel)

public:
    enum Column { ChangeColumn, StudentColumn, NameColumn, SectionsColumn, DetailsColumn, ColumnCount };

    /// The main change of a row; a row may also carry section, name and e-mail changes.
    enum class Kind { Added, Dropped, Rejoined, Updated };
    Q_ENUM(Kind)

    static constexpr int KindRole = Qt::UserRole + 0x100;

    explicit CanvasRosterDiffModel(QObject *parent = nullptr);
    ~CanvasRosterDiffModel() override;

    void setChanges(const QList<Services::CanvasRosterChange> &changes);

    const Services::CanvasRosterChange &change(int row) const { return m_changes.at(row); }

    static Kind kindOf(const Services::CanvasRosterChange &change);
    /// Everything the row changes besides its kind, e.g. "Name: Ann Lee → Ann Li" (translated).
    static QStringList details(const Services::CanvasRosterChange &change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Services::CanvasRosterChange> m_changes;
};

} // namespace GradeDesk::Models
