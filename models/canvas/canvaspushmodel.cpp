// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvaspushmodel.h"

#include <models/roles.h>
#include <models/submissiontablemodel.h>

#include <QColor>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

namespace GradeDesk::Models {

using namespace Services;

namespace {

QString scoreText(const std::optional<double> &score)
{
    return score ? formatScore(*score) : QStringLiteral("\u2013");
}

QVariant scoreValue(const std::optional<double> &score)
{
    return score ? QVariant(*score) : QVariant();
}

CanvasPushModel::State stateOf(CanvasGradeRow::Action action)
{
    switch (action) {
    case CanvasGradeRow::Action::Send:
        return CanvasPushModel::State::Send;
    case CanvasGradeRow::Action::Unchanged:
        return CanvasPushModel::State::Unchanged;
    case CanvasGradeRow::Action::Skip:
        return CanvasPushModel::State::Skip;
    }
    return CanvasPushModel::State::Skip;
}

CanvasPushModel::State stateOf(CanvasPushResult::Outcome outcome)
{
    switch (outcome) {
    case CanvasPushResult::Outcome::Pushed:
        return CanvasPushModel::State::Pushed;
    case CanvasPushResult::Outcome::Unchanged:
        return CanvasPushModel::State::Unchanged;
    case CanvasPushResult::Outcome::Failed:
        return CanvasPushModel::State::Failed;
    case CanvasPushResult::Outcome::Skipped:
        return CanvasPushModel::State::Skipped;
    }
    return CanvasPushModel::State::Skipped;
}

/// What a grader looks at first: failures, then what is about to change.
int sortRank(CanvasPushModel::State state)
{
    switch (state) {
    case CanvasPushModel::State::Failed:
        return 0;
    case CanvasPushModel::State::Send:
        return 1;
    case CanvasPushModel::State::Pushed:
        return 2;
    case CanvasPushModel::State::Unchanged:
        return 3;
    case CanvasPushModel::State::Skip:
    case CanvasPushModel::State::Skipped:
        return 4;
    }
    return 4;
}

} // namespace

CanvasPushModel::CanvasPushModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CanvasPushModel::~CanvasPushModel() = default;

void CanvasPushModel::setPlan(const CanvasPushPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_rows.clear();
    m_rows.reserve(plan.rows.size());
    for (const CanvasGradeRow &row : plan.rows) {
        m_rows.append({row, std::nullopt});
    }
    const bool hadResults = std::exchange(m_hasResults, false);
    endResetModel();
    if (hadResults) {
        emit headerDataChanged(Qt::Horizontal, CanvasColumn, StatusColumn);
    }
}

void CanvasPushModel::applyReport(const CanvasPushReport &report, const QStringList &onlyStudents)
{
    const QSet<QString> only(onlyStudents.cbegin(), onlyStudents.cend());
    // Results come in the plan's order; match by student id anyway, so a report of another plan
    // cannot put a grade on the wrong row.
    QHash<QString, const CanvasPushResult *> byStudent;
    for (const CanvasPushResult &result : report.results) {
        byStudent.insert(result.studentId, &result);
    }
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &entry = m_rows[row];
        if (!only.isEmpty() && !only.contains(entry.plan.studentId)) {
            continue;
        }
        const CanvasPushResult *result = byStudent.value(entry.plan.studentId);
        if (!result) {
            continue;
        }
        entry.result = *result;
        first = first < 0 ? row : first;
        last = row;
    }
    if (!std::exchange(m_hasResults, true)) {
        emit headerDataChanged(Qt::Horizontal, CanvasColumn, StatusColumn);
    }
    if (first >= 0) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

void CanvasPushModel::clear()
{
    setPlan(CanvasPushPlan());
}

CanvasPushModel::State CanvasPushModel::state(int row) const
{
    const Row &entry = m_rows.at(row);
    return entry.result ? stateOf(entry.result->outcome) : stateOf(entry.plan.action);
}

int CanvasPushModel::count(State wanted) const
{
    int n = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        n += state(row) == wanted ? 1 : 0;
    }
    return n;
}

QStringList CanvasPushModel::failedStudentIds() const
{
    QStringList ids;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (state(row) == State::Failed) {
            ids.append(m_rows.at(row).plan.studentId);
        }
    }
    return ids;
}

QList<std::pair<QString, int>> CanvasPushModel::failureReasons() const
{
    QList<std::pair<QString, int>> reasons;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (state(row) != State::Failed) {
            continue;
        }
        const QString &reason = m_rows.at(row).result->reason;
        const auto known =
            std::find_if(reasons.begin(), reasons.end(),
                         [&reason](const std::pair<QString, int> &entry) { return entry.first == reason; });
        if (known == reasons.end()) {
            reasons.append({reason, 1});
        } else {
            ++known->second;
        }
    }
    std::stable_sort(
        reasons.begin(), reasons.end(),
        [](const std::pair<QString, int> &a, const std::pair<QString, int> &b) { return a.second > b.second; });
    return reasons;
}

QString CanvasPushModel::stateKey(State state)
{
    switch (state) {
    case State::Send:
        return QStringLiteral("send");
    case State::Unchanged:
        return QStringLiteral("unchanged");
    case State::Skip:
        return QStringLiteral("skip");
    case State::Pushed:
        return QStringLiteral("pushed");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

int CanvasPushModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CanvasPushModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CanvasPushModel::statusText(const Row &row) const
{
    if (row.result) {
        const CanvasPushResult &result = *row.result;
        switch (result.outcome) {
        case CanvasPushResult::Outcome::Pushed:
            return tr("pushed and verified");
        case CanvasPushResult::Outcome::Unchanged:
            return tr("unchanged");
        case CanvasPushResult::Outcome::Failed:
            return tr("failed: %1").arg(result.reason);
        case CanvasPushResult::Outcome::Skipped:
            return tr("skipped: %1").arg(result.reason);
        }
        return {};
    }
    switch (row.plan.action) {
    case CanvasGradeRow::Action::Send:
        return row.plan.canvasScore ? tr("will change") : tr("new grade");
    case CanvasGradeRow::Action::Unchanged:
        return tr("unchanged: Canvas has it");
    case CanvasGradeRow::Action::Skip:
        return tr("skipped: %1").arg(row.plan.reason);
    }
    return {};
}

QString CanvasPushModel::statusToolTip(const Row &row) const
{
    if (!row.result) {
        return statusText(row);
    }
    return tr("%1\nIn Canvas before the push: %2\nSent: %3\nRead back from Canvas: %4")
        .arg(statusText(row), scoreText(row.result->before), scoreText(row.result->sent), scoreText(row.result->after));
}

QVariant CanvasPushModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const State rowState = state(index.row());
    const std::optional<double> canvas = row.result ? row.result->after : row.plan.canvasScore;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StudentColumn:
            return row.plan.studentId;
        case NameColumn:
            return row.plan.studentName;
        case CanvasColumn:
            return scoreText(canvas);
        case GradeDeskColumn:
            return scoreText(row.plan.score);
        case StatusColumn:
            return statusText(row);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn || index.column() == CanvasColumn) {
            return statusToolTip(row);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CanvasColumn || index.column() == GradeDeskColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn) {
            return {};
        }
        switch (rowState) {
        case State::Failed:
            return QColor(0xb3, 0x1b, 0x1b);
        case State::Pushed:
            return QColor(0x1d, 0x6b, 0x2e);
        case State::Skip:
        case State::Skipped:
        case State::Unchanged:
            return QColor(0x6a, 0x6a, 0x6a);
        case State::Send:
            return {};
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case StudentColumn:
            return row.plan.studentId;
        case NameColumn:
            return row.plan.studentName;
        case CanvasColumn:
            return scoreValue(canvas);
        case GradeDeskColumn:
            return scoreValue(row.plan.score);
        case StatusColumn:
            return sortRank(rowState);
        }
        return {};
    case StudentIdRole:
        return row.plan.studentId;
    case StateRole:
        return int(rowState);
    case StateKeyRole:
        return stateKey(rowState);
    default:
        return {};
    }
}

QVariant CanvasPushModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case NameColumn:
        return tr("Name");
    case CanvasColumn:
        return m_hasResults ? tr("Canvas (read back)") : tr("Canvas now");
    case GradeDeskColumn:
        return tr("GradeDesk");
    case StatusColumn:
        return m_hasResults ? tr("Result") : tr("Change");
    }
    return {};
}

} // namespace GradeDesk::Models
