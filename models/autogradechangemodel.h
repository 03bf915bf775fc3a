// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/grading/autogradeimport.h>

#include <QAbstractTableModel>

namespace GradeDesk::Models {

/**
 * @brief The score changes of an autograde run before they are committed (AutogradeImport's
 * preview): student, notebook, cell, old -> new, and whether a manual score overrides the auto
 * score anyway.
 *
 * RawValueRole carries sortable values (names as strings, scores as doubles or an invalid QVariant
 * when there is none, the note column as bool "overridden"); StudentIdRole is the student on every
 * column. Rows whose final score does not move because a manual score decides it are muted.
 */
class AutogradeChangeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutogradeChangeModel)

public:
    enum Column { StudentColumn, NotebookColumn, CellColumn, OldColumn, NewColumn, NoteColumn, ColumnCount };

    explicit AutogradeChangeModel(QObject *parent = nullptr);
    ~AutogradeChangeModel() override;

    /// Replaces every row (a new preview).
    void setChanges(const Services::AutogradeChanges &changes);

    const Services::AutogradeChanges &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Services::AutogradeCellChange &change, int column) const;
    QVariant rawData(const Services::AutogradeCellChange &change, int column) const;

    Services::AutogradeChanges m_changes;
};

} // namespace GradeDesk::Models
