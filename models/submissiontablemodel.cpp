// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "submissiontablemodel.h"

#include "deferredrefresh.h"
#include "roles.h"

#include <services/gradebook/gradebook.h>

#include <QColor>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace GradeDesk::Models {

using namespace Services;

namespace {

bool sameSummary(const SubmissionSummary &a, const SubmissionSummary &b)
{
    return a.submissionId == b.submissionId && a.assignmentId == b.assignmentId && a.studentId == b.studentId &&
           a.studentName == b.studentName && a.timestamp == b.timestamp && a.score == b.score &&
           a.maxScore == b.maxScore && a.needsManualCount == b.needsManualCount && a.gradeCount == b.gradeCount &&
           a.gradedCount == b.gradedCount && a.latePenalty == b.latePenalty;
}

} // namespace

QString formatScore(double value)
{
    return QLocale().toString(value, 'f', 2).remove(QRegularExpression(QStringLiteral("[.,]?0+$")));
}

QString formatLocalTime(const QDateTime &dateTime)
{
    return dateTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

SubmissionTableModel::SubmissionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SubmissionTableModel::~SubmissionTableModel() = default;

Result<void> SubmissionTableModel::setAssignment(Gradebook *gradebook, const AssignmentRecord &assignment)
{
    if (m_gradebook) {
        disconnect(m_gradebook, nullptr, this, nullptr);
    }
    beginResetModel();
    m_gradebook = gradebook;
    m_assignment = assignment;
    m_rows.clear();
    Result<void> result;
    if (m_gradebook) {
        connect(m_gradebook, &Gradebook::submissionChanged, this, &SubmissionTableModel::onSubmissionChanged);
        auto summaries = m_gradebook->submissionSummaries(m_assignment.id);
        if (summaries) {
            m_rows = std::move(summaries).value();
        } else {
            result = summaries.error();
        }
    }
    endResetModel();
    return result;
}

void SubmissionTableModel::clear()
{
    std::ignore = setAssignment(nullptr, {});
}

Result<void> SubmissionTableModel::refresh()
{
    m_refreshQueued = false;
    if (!m_gradebook) {
        return {};
    }
    auto fetched = m_gradebook->submissionSummaries(m_assignment.id);
    if (!fetched) {
        return fetched.error();
    }
    const QList<SubmissionSummary> &fresh = fetched.value();
    QHash<qint64, int> freshIndex;
    for (int i = 0; i < fresh.size(); ++i) {
        freshIndex.insert(fresh.at(i).submissionId, i);
    }

    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!freshIndex.contains(m_rows.at(row).submissionId)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    QSet<qint64> known;
    for (int row = 0; row < m_rows.size(); ++row) {
        const SubmissionSummary &updated = fresh.at(freshIndex.value(m_rows.at(row).submissionId));
        known.insert(updated.submissionId);
        if (!sameSummary(m_rows.at(row), updated)) {
            m_rows[row] = updated;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    for (const SubmissionSummary &summary : fresh) {
        if (known.contains(summary.submissionId)) {
            continue;
        }
        const auto position =
            std::lower_bound(m_rows.cbegin(), m_rows.cend(), summary.studentId,
                             [](const SubmissionSummary &s, const QString &id) { return s.studentId < id; });
        const int row = int(position - m_rows.cbegin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, summary);
        endInsertRows();
    }
    return {};
}

const SubmissionSummary &SubmissionTableModel::summary(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row);
}

int SubmissionTableModel::rowOfSubmission(qint64 submissionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).submissionId == submissionId) {
            return row;
        }
    }
    return -1;
}

int SubmissionTableModel::rowOfStudent(const QString &studentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).studentId == studentId) {
            return row;
        }
    }
    return -1;
}

SubmissionTableModel::Status SubmissionTableModel::statusOf(const SubmissionSummary &summary)
{
    if (summary.needsManualCount > 0) {
        return Status::NeedsManualGrading;
    }
    if (summary.gradedCount == 0 && summary.gradeCount > 0) {
        return Status::NotAutograded;
    }
    if (summary.gradedCount < summary.gradeCount) {
        return Status::PartlyGraded;
    }
    return Status::Graded;
}

int SubmissionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubmissionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const SubmissionSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case RawValueRole:
        return rawData(row, index.column());
    case IdRole:
        return row.submissionId;
    case StudentIdRole:
        return row.studentId;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SubmittedColumn:
            if (m_assignment.due.isValid() && row.timestamp.isValid() &&
                row.timestamp.toDateTime() > m_assignment.due) {
                const qint64 minutes = m_assignment.due.secsTo(row.timestamp.toDateTime()) / 60;
                return tr("Submitted %1 h %2 min after the due date")
                    .arg(minutes / 60)
                    .arg(minutes % 60, 2, 10, QLatin1Char('0'));
            }
            return {};
        case ScoreColumn:
            return tr("%1 of %2 questions graded").arg(row.gradedCount).arg(row.gradeCount);
        case StatusColumn:
            return statusText(statusOf(row));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case ScoreColumn:
        case NeedsManualColumn:
        case LatePenaltyColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        switch (index.column()) {
        case StatusColumn:
            switch (statusOf(row)) {
            case Status::NeedsManualGrading:
                return QColor(QStringLiteral("#b7791f"));
            case Status::NotAutograded:
            case Status::PartlyGraded:
                return QColor(QStringLiteral("#718096"));
            case Status::Graded:
                return QColor(QStringLiteral("#2f855a"));
            }
            return {};
        case LatePenaltyColumn:
            return row.latePenalty > 0 ? QVariant(QColor(QStringLiteral("#c53030"))) : QVariant();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SubmissionTableModel::displayData(const SubmissionSummary &row, int column) const
{
    switch (column) {
    case StudentColumn:
        return row.studentId;
    case NameColumn:
        return row.studentName == row.studentId ? QString() : row.studentName;
    case SubmittedColumn:
        return row.timestamp.isValid() ? formatLocalTime(row.timestamp.toDateTime()) : tr("unknown");
    case ScoreColumn:
        return tr("%1 / %2").arg(row.score ? formatScore(*row.score) : QStringLiteral("–"), formatScore(row.maxScore));
    case NeedsManualColumn:
        return row.needsManualCount > 0 ? QString::number(row.needsManualCount) : QString();
    case LatePenaltyColumn:
        return row.latePenalty > 0 ? QStringLiteral("−") + formatScore(row.latePenalty) : QString();
    case StatusColumn:
        return statusText(statusOf(row));
    default:
        return {};
    }
}

QVariant SubmissionTableModel::rawData(const SubmissionSummary &row, int column) const
{
    switch (column) {
    case StudentColumn:
        return row.studentId;
    case NameColumn:
        return row.studentName;
    case SubmittedColumn:
        return row.timestamp.isValid() ? QVariant(row.timestamp.toDateTime()) : QVariant();
    case ScoreColumn:
        return row.score ? QVariant(*row.score) : QVariant();
    case NeedsManualColumn:
        return row.needsManualCount;
    case LatePenaltyColumn:
        return row.latePenalty;
    case StatusColumn:
        return int(statusOf(row));
    default:
        return {};
    }
}

QVariant SubmissionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case StudentColumn:
            return tr("Student");
        case NameColumn:
            return tr("Name");
        case SubmittedColumn:
            return tr("Submitted");
        case ScoreColumn:
            return tr("Score");
        case NeedsManualColumn:
            return tr("To grade");
        case LatePenaltyColumn:
            return tr("Late");
        case StatusColumn:
            return tr("Status");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (section) {
        case NeedsManualColumn:
            return tr("Questions that need a manual grade");
        case LatePenaltyColumn:
            return tr("Late penalty in points");
        case ScoreColumn:
            return tr("Score before the late penalty");
        default:
            return {};
        }
    default:
        return {};
    }
}

QString SubmissionTableModel::statusText(Status status) const
{
    switch (status) {
    case Status::NeedsManualGrading:
        return tr("Needs grading");
    case Status::NotAutograded:
        return tr("Not autograded");
    case Status::PartlyGraded:
        return tr("Partly graded");
    case Status::Graded:
        return tr("Graded");
    }
    return {};
}

void SubmissionTableModel::onSubmissionChanged(qint64 submissionId)
{
    Q_UNUSED(submissionId)
    // A collect changes hundreds of submissions in one go: one query after the burst, not one each.
    scheduleRefresh(this, m_refreshQueued, "submissions");
}

} // namespace GradeDesk::Models
