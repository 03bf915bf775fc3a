// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/gradebook/regraderecords.h>

#include <QAbstractTableModel>
#include <QList>

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Models {

/**
 * @brief Who graded how much of one assignment (Gradebook::graderActivity), as of load().
 *
 * One row per grader, sorted by grader. Columns (DisplayRole / RawValueRole):
 *  - GraderColumn: the grader identity;
 *  - AnswersColumn: answers the grader scored / int;
 *  - ActionsColumn: audited actions / int;
 *  - LastActionColumn: local date and time / QDateTime (UTC).
 */
class GraderActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraderActivityModel)

public:
    enum Column { GraderColumn, AnswersColumn, ActionsColumn, LastActionColumn, ColumnCount };

    explicit GraderActivityModel(QObject *parent = nullptr);
    ~GraderActivityModel() override;

    /// Reads the activity of the assignment (`gradebook` not owned); empty on error.
    Services::Result<void> load(const Services::Gradebook &gradebook, qint64 assignmentId);
    void setActivity(const QList<Services::GraderActivity> &activity);

    const QList<Services::GraderActivity> &activity() const { return m_rows; }

    int totalAnswers() const;
    int totalActions() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Services::GraderActivity> m_rows;
};

} // namespace GradeDesk::Models
