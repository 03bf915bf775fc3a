// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradetaskmodel.h"

#include "autogradesession.h"
#include "roles.h"
#include "submissiontablemodel.h"

#include <QColor>

#include <cmath>

namespace GradeDesk::Models {

using Services::AutogradeTaskResult;
using Services::AutogradeTaskState;

AutogradeScore autogradeScore(const Services::HarnessResult &result)
{
    AutogradeScore total;
    for (const Services::HarnessNotebookResult &notebook : result.notebooks) {
        if (notebook.cells.isEmpty()) {
            for (const Services::HarnessOtterQuestion &question : notebook.otter) {
                total.score += question.score;
                total.maxScore += question.maxScore;
            }
            continue;
        }
        for (const Services::HarnessCellResult &cell : notebook.cells) {
            total.maxScore += cell.maxScore;
            if (cell.score) {
                total.score += *cell.score;
            }
            if (cell.needsManualGrade || !cell.score) {
                ++total.manualCells;
            }
        }
    }
    return total;
}

QColor autogradeStateColor(AutogradeTaskState state)
{
    switch (state) {
    case AutogradeTaskState::Queued:
        return QColor(0x9e, 0x9e, 0x9e);
    case AutogradeTaskState::Running:
        return QColor(0x1e, 0x88, 0xe5);
    case AutogradeTaskState::Passed:
        return QColor(0x2e, 0x7d, 0x32);
    case AutogradeTaskState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case AutogradeTaskState::TimedOut:
        return QColor(0xef, 0x6c, 0x00);
    case AutogradeTaskState::Cancelled:
        return QColor(0x61, 0x61, 0x61);
    }
    return {};
}

AutogradeTaskModel::AutogradeTaskModel(AutogradeSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_rows(session ? session->taskCount() : 0)
{
    if (session) {
        connect(session, &AutogradeSession::runStarted, this, &AutogradeTaskModel::onRunStarted);
        connect(session, &AutogradeSession::taskChanged, this, &AutogradeTaskModel::onTaskChanged);
        connect(session, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows = 0;
            endResetModel();
        });
    }
}

AutogradeTaskModel::~AutogradeTaskModel() = default;

void AutogradeTaskModel::onRunStarted()
{
    beginResetModel();
    m_rows = m_session ? m_session->taskCount() : 0;
    endResetModel();
}

void AutogradeTaskModel::onTaskChanged(int index)
{
    if (index < 0 || index >= m_rows) {
        return;
    }
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

void AutogradeTaskModel::refreshDurations()
{
    if (!m_session) {
        return;
    }
    for (int row = 0; row < m_rows; ++row) {
        if (m_session->result(row).state == AutogradeTaskState::Running) {
            const QModelIndex cell = index(row, DurationColumn);
            emit dataChanged(cell, cell, {Qt::DisplayRole, RawValueRole});
        }
    }
}

int AutogradeTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int AutogradeTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AutogradeTaskModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    if (!m_session || index.row() >= m_session->taskCount()) {
        return {};
    }
    const int row = index.row();
    const AutogradeTaskResult &result = m_session->result(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case RawValueRole:
        return rawData(row, index.column());
    case IdRole:
        return row;
    case StudentIdRole:
        return m_session->task(row).studentId;
    case Qt::DecorationRole:
        switch (index.column()) {
        case StateColumn:
            return autogradeStateColor(result.state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case ScoreColumn:
        case AttemptsColumn:
        case DurationColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case ScoreRole:
        switch (index.column()) {
        case ScoreColumn:
            return result.result ? QVariant(autogradeScore(*result.result).score) : QVariant();
        default:
            return {};
        }
    case MaxScoreRole:
        switch (index.column()) {
        case ScoreColumn:
            return result.result ? QVariant(autogradeScore(*result.result).maxScore) : QVariant();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AutogradeTaskModel::displayData(int row, int column) const
{
    const AutogradeTaskResult &result = m_session->result(row);
    switch (column) {
    case StudentColumn:
        return m_session->task(row).studentId;
    case StateColumn:
        return AutogradeSession::stateName(result.state);
    case ScoreColumn: {
        if (!result.result) {
            return QString();
        }
        const AutogradeScore score = autogradeScore(*result.result);
        return tr("%1 / %2").arg(formatScore(score.score), formatScore(score.maxScore));
    }
    case AttemptsColumn:
        return result.attempts > 0 ? QString::number(result.attempts) : QString();
    case DurationColumn: {
        const auto seconds = m_session->durationSeconds(row);
        if (!seconds) {
            return QString();
        }
        const int whole = int(std::lround(*seconds));
        return whole >= 60 ? tr("%1 min %2 s").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'))
                           : tr("%1 s").arg(whole);
    }
    case ReasonColumn:
        return reasonText(row);
    default:
        return {};
    }
}

QVariant AutogradeTaskModel::rawData(int row, int column) const
{
    const AutogradeTaskResult &result = m_session->result(row);
    switch (column) {
    case StudentColumn:
        return m_session->task(row).studentId;
    case StateColumn:
        return int(result.state);
    case ScoreColumn:
        return result.result ? QVariant(autogradeScore(*result.result).score) : QVariant();
    case AttemptsColumn:
        return result.attempts;
    case DurationColumn: {
        const auto seconds = m_session->durationSeconds(row);
        return seconds ? QVariant(*seconds) : QVariant();
    }
    case ReasonColumn:
        return result.failure ? result.failure->reason : QString();
    default:
        return {};
    }
}

QString AutogradeTaskModel::reasonText(int row) const
{
    const AutogradeTaskResult &result = m_session->result(row);
    if (result.failure) {
        return result.failure->reason;
    }
    if (!result.result) {
        return QString();
    }
    QStringList notes;
    for (const Services::HarnessNotebookResult &notebook : result.result->notebooks) {
        if (notebook.status != QLatin1String("executed")) {
            notes.append(tr("%1: %2").arg(notebook.name, notebook.status));
        }
    }
    const int manual = autogradeScore(*result.result).manualCells;
    if (manual > 0) {
        notes.append(tr("%n cell(s) for a grader", nullptr, manual));
    }
    return notes.join(QStringLiteral("; "));
}

QString AutogradeTaskModel::toolTip(int row) const
{
    const AutogradeTaskResult &result = m_session->result(row);
    if (result.failure) {
        return result.failure->message;
    }
    if (result.result && !result.result->message.isEmpty()) {
        return result.result->message;
    }
    return m_session->task(row).submissionDir;
}

QVariant AutogradeTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case StateColumn:
        return tr("State");
    case ScoreColumn:
        return tr("Score");
    case AttemptsColumn:
        return tr("Attempts");
    case DurationColumn:
        return tr("Duration");
    case ReasonColumn:
        return tr("Notes");
    default:
        return {};
    }
}

AutogradeTaskFilterModel::AutogradeTaskFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setDynamicSortFilter(true);
}

AutogradeTaskFilterModel::~AutogradeTaskFilterModel() = default;

void AutogradeTaskFilterModel::setStates(const QList<AutogradeTaskState> &states)
{
    QSet<int> values;
    for (AutogradeTaskState state : states) {
        values.insert(int(state));
    }
    if (values == m_states) {
        return;
    }
    m_states = values;
    invalidateRowsFilter();
}

bool AutogradeTaskFilterModel::acceptsState(AutogradeTaskState state) const
{
    return m_states.isEmpty() || m_states.contains(int(state));
}

void AutogradeTaskFilterModel::setStudentFilter(const QString &text)
{
    if (text == m_student) {
        return;
    }
    m_student = text;
    invalidateRowsFilter();
}

bool AutogradeTaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex state = sourceModel()->index(sourceRow, AutogradeTaskModel::StateColumn, sourceParent);
    if (!acceptsState(AutogradeTaskState(state.data(RawValueRole).toInt()))) {
        return false;
    }
    return m_student.isEmpty() || state.data(StudentIdRole).toString().contains(m_student, Qt::CaseInsensitive);
}

} // namespace GradeDesk::Models
