// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "assignmentlistmodel.h"

#include "deferredrefresh.h"
#include "roles.h"

#include <services/gradebook/gradebook.h>

#include <QLocale>

namespace GradeDesk::Models {

using namespace Services;

AssignmentListModel::AssignmentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AssignmentListModel::~AssignmentListModel() = default;

Result<void> AssignmentListModel::setGradebook(Gradebook *gradebook)
{
    if (m_gradebook) {
        disconnect(m_gradebook, nullptr, this, nullptr);
    }
    m_gradebook = gradebook;
    Result<void> result;
    beginResetModel();
    m_rows.clear();
    if (m_gradebook) {
        connect(m_gradebook, &Gradebook::submissionChanged, this, &AssignmentListModel::queueRefresh);
        if (auto rows = fetch()) {
            m_rows = std::move(rows).value();
        } else {
            result = rows.error();
        }
    }
    endResetModel();
    emit countsChanged();
    return result;
}

Result<QList<AssignmentListModel::Row>> AssignmentListModel::fetch() const
{
    auto assignments = m_gradebook->assignments();
    if (!assignments) {
        return assignments.error();
    }
    QList<Row> rows;
    rows.reserve(assignments.value().size());
    for (const AssignmentRecord &assignment : assignments.value()) {
        auto summaries = m_gradebook->submissionSummaries(assignment.id);
        if (!summaries) {
            return summaries.error();
        }
        Row row{assignment, int(summaries.value().size()), 0};
        for (const SubmissionSummary &summary : summaries.value()) {
            row.needsGrading += summary.needsManualCount > 0 ? 1 : 0;
        }
        rows.append(row);
    }
    return rows;
}

Result<void> AssignmentListModel::refresh()
{
    m_refreshQueued = false;
    if (!m_gradebook) {
        return {};
    }
    auto fetched = fetch();
    if (!fetched) {
        return fetched.error();
    }
    QList<Row> fresh = std::move(fetched).value();
    bool sameAssignments = fresh.size() == m_rows.size();
    for (int i = 0; sameAssignments && i < fresh.size(); ++i) {
        sameAssignments = fresh.at(i).assignment.id == m_rows.at(i).assignment.id;
    }
    if (!sameAssignments) {
        beginResetModel();
        m_rows = std::move(fresh);
        endResetModel();
    } else {
        for (int i = 0; i < fresh.size(); ++i) {
            const Row &old = m_rows.at(i);
            const Row &now = fresh.at(i);
            if (old.submissions != now.submissions || old.needsGrading != now.needsGrading ||
                old.assignment.name != now.assignment.name || old.assignment.due != now.assignment.due) {
                m_rows[i] = now;
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
        }
    }
    emit countsChanged();
    return {};
}

const AssignmentListModel::Row &AssignmentListModel::row(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row);
}

int AssignmentListModel::rowOfAssignment(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).assignment.name == name) {
            return i;
        }
    }
    return -1;
}

int AssignmentListModel::totalSubmissions() const
{
    int total = 0;
    for (const Row &row : m_rows) {
        total += row.submissions;
    }
    return total;
}

int AssignmentListModel::totalNeedsGrading() const
{
    int total = 0;
    for (const Row &row : m_rows) {
        total += row.needsGrading;
    }
    return total;
}

int AssignmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssignmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssignmentListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.assignment.name;
        case SubmissionsColumn:
            return QString::number(row.submissions);
        case NeedsGradingColumn:
            return row.needsGrading > 0 ? QString::number(row.needsGrading) : QString();
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return row.assignment.name;
        case SubmissionsColumn:
            return row.submissions;
        case NeedsGradingColumn:
            return row.needsGrading;
        default:
            return {};
        }
    case NameRole:
        return row.assignment.name;
    case IdRole:
        return row.assignment.id;
    case Qt::ToolTipRole: {
        const QString due =
            row.assignment.due.isValid()
                ? tr("Due %1").arg(QLocale().toString(row.assignment.due.toLocalTime(), QLocale::ShortFormat))
                : tr("No due date");
        QString tip = tr("%1\n%2\n%n submission(s)", "", row.submissions).arg(row.assignment.name, due);
        if (row.needsGrading > 0) {
            tip += QLatin1Char('\n') + tr("%n need(s) manual grading", "", row.needsGrading);
        }
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AssignmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case NameColumn:
            return tr("Assignment");
        case SubmissionsColumn:
            return tr("Subm.");
        case NeedsGradingColumn:
            return tr("To grade");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (section) {
        case SubmissionsColumn:
            return tr("Collected submissions");
        case NeedsGradingColumn:
            return tr("Submissions with questions that need a manual grade");
        default:
            return {};
        }
    default:
        return {};
    }
}

void AssignmentListModel::queueRefresh()
{
    scheduleRefresh(this, m_refreshQueued, "assignments");
}

} // namespace GradeDesk::Models
