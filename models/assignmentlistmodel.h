// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/gradebook/records.h>

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Models {

/**
 * @brief The course's assignments with their submission counts, for the navigation pane.
 *
 * One row per gradebook assignment (ordered by due date, then name, as the gradebook returns
 * them). Columns: name, number of submissions, number of submissions that need manual grading.
 * NameRole and RawValueRole of NameColumn give the assignment name, IdRole its gradebook id.
 *
 * Gradebook::submissionChanged bursts are coalesced into one refresh() once the event loop runs;
 * a refresh reports changed counts with dataChanged and only resets when the set of assignments
 * itself changed.
 */
class AssignmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignmentListModel)

public:
    enum Column { NameColumn, SubmissionsColumn, NeedsGradingColumn, ColumnCount };

    struct Row {
        Services::AssignmentRecord assignment;
        int submissions = 0;
        int needsGrading = 0;
    };

    explicit AssignmentListModel(QObject *parent = nullptr);
    ~AssignmentListModel() override;

    /// Lists the assignments of `gradebook` (not owned; null clears the model).
    Services::Result<void> setGradebook(Services::Gradebook *gradebook);
    Services::Result<void> refresh();

    const Row &row(int row) const;
    int rowOfAssignment(const QString &name) const;
    int totalSubmissions() const;
    int totalNeedsGrading() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// Emitted after every refresh, whether or not anything changed (for status bar totals).
    void countsChanged();
    void refreshFailed(const Services::ServiceError &error);

private:
    Services::Result<QList<Row>> fetch() const;
    void queueRefresh();

    QPointer<Services::Gradebook> m_gradebook;
    QList<Row> m_rows;
    bool m_refreshQueued = false;
};

} // namespace GradeDesk::Models
