// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchangefeedbackmodel.h"

#include <models/roles.h>
#include <services/exchange/exchange.h>
#include <services/gradebook/gradebook.h>

#include <QColor>
#include <QDir>
#include <QHash>

#include <algorithm>

namespace GradeDesk::Models {

using namespace Services;

ExchangeFeedbackModel::ExchangeFeedbackModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ExchangeFeedbackModel::~ExchangeFeedbackModel() = default;

Result<void> ExchangeFeedbackModel::load(const Gradebook &gradebook, const QString &assignment)
{
    const Result<std::optional<AssignmentRecord>> record = gradebook.assignment(assignment);
    if (!record) {
        return record.error();
    }
    if (!record.value()) {
        return ServiceError::make(
            ServiceError::Kind::NotFound,
            tr("The assignment \u201c%1\u201d is not in the gradebook. Collect it first.").arg(assignment),
            QStringLiteral("assignment '%1' not in gradebook").arg(assignment));
    }
    const Result<QList<SubmissionRecord>> submissions = gradebook.submissions(record.value()->id);
    if (!submissions) {
        return submissions.error();
    }
    const Result<QList<StudentRecord>> students = gradebook.students();
    if (!students) {
        return students.error();
    }
    QHash<QString, QString> names;
    for (const StudentRecord &student : students.value()) {
        names.insert(student.id, QStringList{student.firstName, student.lastName}.join(QLatin1Char(' ')).trimmed());
    }
    beginResetModel();
    m_assignment = assignment;
    m_rows.clear();
    for (const SubmissionRecord &submission : submissions.value()) {
        m_rows.append(
            {submission.studentId, names.value(submission.studentId), submission.timestamp, -1, State::Pending, {}});
    }
    endResetModel();
    return {};
}

void ExchangeFeedbackModel::clear()
{
    beginResetModel();
    m_assignment.clear();
    m_rows.clear();
    endResetModel();
}

void ExchangeFeedbackModel::setPageCounts(const QString &feedbackDir)
{
    const QDir root(feedbackDir);
    for (int row = 0; row < m_rows.size(); ++row) {
        const QDir folder(root.filePath(m_rows.at(row).student + QLatin1Char('/') + m_assignment));
        const int pages = int(folder.entryList({QStringLiteral("*.html")}, QDir::Files | QDir::NoSymLinks).size());
        if (pages != m_rows.at(row).pages) {
            m_rows[row].pages = pages;
            emit dataChanged(index(row, PagesColumn), index(row, PagesColumn));
        }
    }
}

void ExchangeFeedbackModel::resetResults()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state != State::Pending) {
            m_rows[row].state = State::Pending;
            m_rows[row].message.clear();
            emit dataChanged(index(row, ResultColumn), index(row, ResultColumn));
        }
    }
}

void ExchangeFeedbackModel::setReport(const ExchangeFeedbackReport &report)
{
    QHash<QString, QString> failed;
    for (const CollectSkip &skip : report.skipped) {
        failed.insert(skip.student, skip.error.message);
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &current = m_rows[row];
        const auto reason = failed.constFind(current.student);
        current.state = reason == failed.cend() ? State::Uploaded : State::Failed;
        current.message = reason == failed.cend() ? QString() : *reason;
        emit dataChanged(index(row, ResultColumn), index(row, ResultColumn));
    }
}

int ExchangeFeedbackModel::count(State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const Row &row) { return row.state == state; }));
}

int ExchangeFeedbackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExchangeFeedbackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeFeedbackModel::displayValue(const Row &row, int column) const
{
    switch (column) {
    case StudentColumn:
        return row.student;
    case NameColumn:
        return row.name;
    case SubmittedColumn:
        // The exact time ngshare knows the submission by (UTC), so a mismatch can be spotted.
        return row.submitted.isValid() ? row.submitted.toNbgraderUtc() : tr("(no time)");
    case PagesColumn:
        return row.pages < 0 ? QString() : QString::number(row.pages);
    case ResultColumn:
        switch (row.state) {
        case State::Pending:
            return QString();
        case State::Uploaded:
            return tr("Uploaded");
        case State::Failed:
            return tr("Failed: %1").arg(row.message);
        }
        return {};
    }
    return {};
}

QVariant ExchangeFeedbackModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case RawValueRole:
        switch (index.column()) {
        case SubmittedColumn:
            return row.submitted.toDateTime();
        case PagesColumn:
            return row.pages;
        }
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ResultColumn:
            return row.message.isEmpty() ? QVariant() : QVariant(row.message);
        }
        return {};
    case Qt::ForegroundRole:
        switch (index.column()) {
        case ResultColumn:
            return row.state == State::Failed ? QVariant(QColor(0xb0, 0x1e, 0x1e)) : QVariant();
        }
        return {};
    case StudentIdRole:
        return row.student;
    }
    return {};
}

QVariant ExchangeFeedbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case NameColumn:
        return tr("Name");
    case SubmittedColumn:
        return tr("Submission (UTC)");
    case PagesColumn:
        return tr("Pages");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

} // namespace GradeDesk::Models
