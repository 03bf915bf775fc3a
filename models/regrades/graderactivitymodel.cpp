// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "graderactivitymodel.h"

#include "../roles.h"

#include <services/gradebook/gradebook.h>

#include <QLocale>

namespace GradeDesk::Models {

using namespace Services;

GraderActivityModel::GraderActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

GraderActivityModel::~GraderActivityModel() = default;

Result<void> GraderActivityModel::load(const Gradebook &gradebook, qint64 assignmentId)
{
    auto activity = gradebook.graderActivity(assignmentId);
    setActivity(activity ? activity.value() : QList<GraderActivity>());
    if (!activity) {
        return activity.error();
    }
    return {};
}

void GraderActivityModel::setActivity(const QList<GraderActivity> &activity)
{
    beginResetModel();
    m_rows = activity;
    endResetModel();
}

int GraderActivityModel::totalAnswers() const
{
    int total = 0;
    for (const GraderActivity &row : m_rows) {
        total += row.answersGraded;
    }
    return total;
}

int GraderActivityModel::totalActions() const
{
    int total = 0;
    for (const GraderActivity &row : m_rows) {
        total += row.actions;
    }
    return total;
}

int GraderActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GraderActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GraderActivityModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const GraderActivity &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case GraderColumn:
            return row.grader;
        case AnswersColumn:
            return QLocale().toString(row.answersGraded);
        case ActionsColumn:
            return QLocale().toString(row.actions);
        case LastActionColumn:
            return row.lastAction.isValid() ? QLocale().toString(row.lastAction.toLocalTime(), QLocale::ShortFormat)
                                            : QString();
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case GraderColumn:
            return row.grader;
        case AnswersColumn:
            return row.answersGraded;
        case ActionsColumn:
            return row.actions;
        case LastActionColumn:
            return row.lastAction;
        default:
            return {};
        }
    case NameRole:
        return row.grader;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case AnswersColumn:
        case ActionsColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant GraderActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case GraderColumn:
            return tr("Grader");
        case AnswersColumn:
            return tr("Answers graded");
        case ActionsColumn:
            return tr("Actions");
        case LastActionColumn:
            return tr("Last action");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (section) {
        case AnswersColumn:
            return tr("Answers on which the grader changed the score");
        case ActionsColumn:
            return tr("Every recorded change: scores, rubric items, comments, regrades");
        default:
            return {};
        }
    default:
        return {};
    }
}

} // namespace GradeDesk::Models
