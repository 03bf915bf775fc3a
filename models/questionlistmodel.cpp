// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "questionlistmodel.h"

#include "deferredrefresh.h"
#include "roles.h"
#include "submissiontablemodel.h"

#include <services/gradebook/gradebook.h>

namespace GradeDesk::Models {

using namespace Services;

namespace {

bool sameQuestion(const QuestionRecord &a, const QuestionRecord &b)
{
    return a.cellId == b.cellId && a.notebookId == b.notebookId && a.notebookName == b.notebookName &&
           a.name == b.name && a.cellType == b.cellType && a.isSolution == b.isSolution && a.isTask == b.isTask &&
           a.maxScore == b.maxScore && a.answerCount == b.answerCount && a.gradedCount == b.gradedCount &&
           a.needsManualCount == b.needsManualCount && a.flaggedCount == b.flaggedCount &&
           a.openRegradeCount == b.openRegradeCount;
}

QString countText(int count)
{
    return count > 0 ? QString::number(count) : QString();
}

} // namespace

QuestionListModel::QuestionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QuestionListModel::~QuestionListModel() = default;

Result<void> QuestionListModel::setAssignment(Gradebook *gradebook, qint64 assignmentId)
{
    if (m_gradebook) {
        disconnect(m_gradebook, nullptr, this, nullptr);
    }
    beginResetModel();
    m_gradebook = gradebook;
    m_assignmentId = gradebook ? assignmentId : 0;
    m_rows.clear();
    m_refreshQueued = false;
    Result<void> result;
    if (m_gradebook) {
        connect(m_gradebook, &Gradebook::gradeChanged, this, &QuestionListModel::onGradeChanged);
        connect(m_gradebook, &Gradebook::regradesChanged, this, &QuestionListModel::onRegradesChanged);
        auto questions = m_gradebook->questions(m_assignmentId);
        if (questions) {
            m_rows = std::move(questions).value();
        } else {
            result = questions.error();
        }
    }
    endResetModel();
    return result;
}

Result<void> QuestionListModel::refresh()
{
    m_refreshQueued = false;
    if (!m_gradebook) {
        return {};
    }
    auto fetched = m_gradebook->questions(m_assignmentId);
    if (!fetched) {
        return fetched.error();
    }
    QList<QuestionRecord> fresh = std::move(fetched).value();
    bool sameSet = fresh.size() == m_rows.size();
    for (int row = 0; sameSet && row < fresh.size(); ++row) {
        sameSet = fresh.at(row).cellId == m_rows.at(row).cellId;
    }
    if (!sameSet) {
        // Questions only change when the assignment's source cells do (a re-release): rare enough for a reset.
        beginResetModel();
        m_rows = std::move(fresh);
        endResetModel();
        return {};
    }
    for (int row = 0; row < fresh.size(); ++row) {
        if (!sameQuestion(m_rows.at(row), fresh.at(row))) {
            m_rows[row] = fresh.at(row);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    return {};
}

void QuestionListModel::setLiveQuestion(qint64 cellId)
{
    m_liveCellId = cellId;
}

void QuestionListModel::updateFromAnswers(qint64 cellId, const QList<AnswerRecord> &answers)
{
    const int row = rowOfQuestion(cellId);
    if (row < 0) {
        return;
    }
    QuestionRecord counted = m_rows.at(row);
    counted.answerCount = int(answers.size());
    counted.gradedCount = 0;
    counted.needsManualCount = 0;
    counted.flaggedCount = 0;
    counted.openRegradeCount = 0;
    for (const AnswerRecord &answer : answers) {
        counted.gradedCount += answer.isGraded() ? 1 : 0;
        counted.needsManualCount += answer.needsManualGrade && !answer.manualScore ? 1 : 0;
        counted.flaggedCount += answer.flagged ? 1 : 0;
        counted.openRegradeCount += answer.openRegradeCount;
    }
    if (!sameQuestion(counted, m_rows.at(row))) {
        m_rows[row] = counted;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

const QuestionRecord &QuestionListModel::question(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row);
}

int QuestionListModel::rowOfQuestion(qint64 cellId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).cellId == cellId) {
            return row;
        }
    }
    return -1;
}

QString QuestionListModel::labelOf(const QuestionRecord &question)
{
    return question.notebookName + QStringLiteral(": ") + question.name;
}

int QuestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuestionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const QuestionRecord &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case RawValueRole:
        return rawData(row, index.column());
    case IdRole:
    case CellIdRole:
        return row.cellId;
    case NameRole:
        return row.name;
    case MaxScoreRole:
        return row.maxScore;
    case AnswerCountRole:
        return row.answerCount;
    case GradedCountRole:
        return row.gradedCount;
    case NeedsManualCountRole:
        return row.needsManualCount;
    case FlaggedRole:
        return row.flaggedCount;
    case OpenRegradeCountRole:
        return row.openRegradeCount;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LabelColumn:
            return row.isTask ? tr("Task in notebook %1").arg(row.notebookName)
                              : tr("%1 cell in notebook %2")
                                    .arg(row.cellType == QLatin1String("code") ? tr("Code") : tr("Markdown"),
                                         row.notebookName);
        case ProgressColumn:
            return tr("%1 of %2 answers graded").arg(row.gradedCount).arg(row.answerCount);
        case RegradeColumn:
            return row.openRegradeCount > 0 ? tr("%n open regrade request(s)", nullptr, row.openRegradeCount)
                                            : QVariant();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case LabelColumn:
            return {};
        default:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
    default:
        return {};
    }
}

QVariant QuestionListModel::displayData(const QuestionRecord &question, int column) const
{
    switch (column) {
    case LabelColumn:
        return labelOf(question);
    case PointsColumn:
        return formatScore(question.maxScore);
    case ProgressColumn:
        return tr("%1 / %2").arg(question.gradedCount).arg(question.answerCount);
    case NeedsManualColumn:
        return countText(question.needsManualCount);
    case FlaggedColumn:
        return countText(question.flaggedCount);
    case RegradeColumn:
        return countText(question.openRegradeCount);
    default:
        return {};
    }
}

QVariant QuestionListModel::rawData(const QuestionRecord &question, int column) const
{
    switch (column) {
    case LabelColumn:
        return question.name;
    case PointsColumn:
        return question.maxScore;
    case ProgressColumn:
        return question.answerCount > 0 ? double(question.gradedCount) / question.answerCount : 0.0;
    case NeedsManualColumn:
        return question.needsManualCount;
    case FlaggedColumn:
        return question.flaggedCount;
    case RegradeColumn:
        return question.openRegradeCount;
    default:
        return {};
    }
}

QVariant QuestionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case LabelColumn:
            return tr("Question");
        case PointsColumn:
            return tr("Points");
        case ProgressColumn:
            return tr("Graded");
        case NeedsManualColumn:
            return tr("To grade");
        case FlaggedColumn:
            return tr("Flagged");
        case RegradeColumn:
            return tr("Regrades");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (section) {
        case ProgressColumn:
            return tr("Graded answers / all answers");
        case NeedsManualColumn:
            return tr("Answers that still need a manual grade");
        case RegradeColumn:
            return tr("Open regrade requests");
        default:
            return {};
        }
    default:
        return {};
    }
}

void QuestionListModel::onGradeChanged(qint64 submissionId, qint64 cellId)
{
    Q_UNUSED(submissionId)
    if (m_refreshQueued || cellId == m_liveCellId || rowOfQuestion(cellId) < 0) {
        return;
    }
    // A retroactive rubric edit changes thousands of grades at once: one aggregate query after the burst.
    scheduleRefresh(this, m_refreshQueued, "questions");
}

void QuestionListModel::onRegradesChanged(qint64 assignmentId)
{
    // Counted by the aggregate for every question, the live one included (its answers do not know).
    if (assignmentId == m_assignmentId || assignmentId == 0) {
        scheduleRefresh(this, m_refreshQueued, "questions");
    }
}

} // namespace GradeDesk::Models
