// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "regradelistmodel.h"

#include "../deferredrefresh.h"
#include "../roles.h"

#include <services/gradebook/gradebook.h>

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace GradeDesk::Models {

using namespace Services;

namespace {

bool sameRequest(const RegradeRequestRecord &a, const RegradeRequestRecord &b)
{
    return a.id == b.id && a.version == b.version && a.state == b.state && a.outcome == b.outcome &&
           a.message == b.message && a.reply == b.reply && a.updatedAt == b.updatedAt &&
           a.scoreBefore == b.scoreBefore && a.scoreAfter == b.scoreAfter && a.resolvedBy == b.resolvedBy;
}

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(QLatin1Char('\n'));
    return end < 0 ? trimmed : trimmed.left(end).trimmed() + QStringLiteral(" …");
}

} // namespace

RegradeListModel::RegradeListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

RegradeListModel::~RegradeListModel() = default;

Result<void> RegradeListModel::setAssignment(Gradebook *gradebook, qint64 assignmentId)
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
        connect(m_gradebook, &Gradebook::regradesChanged, this, &RegradeListModel::onRegradesChanged);
        if (auto requests = m_gradebook->regradeRequests(m_assignmentId); requests) {
            m_rows = std::move(requests).value();
        } else {
            result = requests.error();
        }
    }
    endResetModel();
    emit requestsChanged();
    return result;
}

Result<void> RegradeListModel::refresh()
{
    m_refreshQueued = false;
    if (!m_gradebook) {
        return {};
    }
    auto fetched = m_gradebook->regradeRequests(m_assignmentId);
    if (!fetched) {
        return fetched.error();
    }
    const QList<RegradeRequestRecord> fresh = std::move(fetched).value();
    // Requests are never deleted and come oldest first: the old list is normally a prefix by id.
    bool prefix = fresh.size() >= m_rows.size();
    for (qsizetype row = 0; prefix && row < m_rows.size(); ++row) {
        prefix = fresh.at(row).id == m_rows.at(row).id;
    }
    if (!prefix) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        emit requestsChanged();
        return {};
    }
    bool changed = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!sameRequest(m_rows.at(row), fresh.at(row))) {
            m_rows[row] = fresh.at(row);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            changed = true;
        }
    }
    if (fresh.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(fresh.size()) - 1);
        m_rows = fresh;
        endInsertRows();
        changed = true;
    }
    if (changed) {
        emit requestsChanged();
    }
    return {};
}

void RegradeListModel::onRegradesChanged(qint64 assignmentId)
{
    // 0 stands for "reload everything" (a notification too large to say which assignment).
    if (assignmentId == m_assignmentId || assignmentId == 0) {
        scheduleRefresh(this, m_refreshQueued, "regrade requests");
    }
}

void RegradeListModel::setStudentNames(const QHash<QString, QString> &names, const QHash<QString, QString> &pseudonyms)
{
    m_names = names;
    m_pseudonyms = pseudonyms;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, StudentColumn), index(rowCount() - 1, StudentColumn));
    }
}

void RegradeListModel::setAnonymous(bool anonymous)
{
    if (anonymous == m_anonymous) {
        return;
    }
    m_anonymous = anonymous;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, StudentColumn), index(rowCount() - 1, StudentColumn));
    }
}

QString RegradeListModel::displayName(const QString &studentId) const
{
    if (m_anonymous) {
        // Never fall back to the id while anonymous: it is the name graders are not to see.
        return m_pseudonyms.value(studentId, tr("Unknown student"));
    }
    const QString name = m_names.value(studentId);
    return name.isEmpty() ? studentId : name;
}

void RegradeListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

const RegradeRequestRecord &RegradeListModel::request(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row);
}

int RegradeListModel::rowOfRequest(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int RegradeListModel::count(RegradeState state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [state](const RegradeRequestRecord &request) { return request.state == state; }));
}

QString RegradeListModel::stateText(RegradeState state)
{
    switch (state) {
    case RegradeState::Open:
        return tr("Open");
    case RegradeState::InReview:
        return tr("In review");
    case RegradeState::Resolved:
        return tr("Resolved");
    case RegradeState::Reopened:
        return tr("Reopened");
    }
    return {};
}

QString RegradeListModel::stateWithOutcome(const RegradeRequestRecord &request)
{
    if (request.state == RegradeState::Resolved) {
        switch (request.outcome) {
        case RegradeOutcome::Changed:
            return tr("Resolved: changed");
        case RegradeOutcome::Unchanged:
            return tr("Resolved: unchanged");
        case RegradeOutcome::None:
            break;
        }
    }
    return stateText(request.state);
}

QString RegradeListModel::sourceText(RegradeSource source)
{
    switch (source) {
    case RegradeSource::Staff:
        return tr("Staff");
    case RegradeSource::Csv:
        return tr("CSV");
    case RegradeSource::Canvas:
        return tr("Canvas");
    }
    return {};
}

QString RegradeListModel::questionText(const QString &questionName)
{
    if (questionName.isEmpty()) {
        return tr("Whole submission");
    }
    const qsizetype colon = questionName.indexOf(QLatin1Char(':'));
    return colon < 0 ? questionName : questionName.left(colon) + QStringLiteral(": ") + questionName.mid(colon + 1);
}

QString RegradeListModel::ageText(const QDateTime &from, const QDateTime &to)
{
    const qint64 seconds = std::max<qint64>(0, from.secsTo(to));
    if (seconds < 60) {
        return tr("%1 s").arg(seconds);
    }
    if (seconds < 3600) {
        return tr("%1 min").arg(seconds / 60);
    }
    if (seconds < 86400) {
        return tr("%1 h").arg(seconds / 3600);
    }
    return tr("%1 d").arg(seconds / 86400);
}

int RegradeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegradeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegradeListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const RegradeRequestRecord &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case RawValueRole:
        return rawData(row, index.column());
    case IdRole:
        return row.id;
    case StudentIdRole:
        return row.studentId;
    case CellIdRole:
        return row.cellId;
    case SubmittedNotebookIdRole:
        return row.submittedNotebookId;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case MessageColumn:
            return row.message;
        case AgeColumn:
            return QLocale().toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
        case StateColumn:
            return row.reply.isEmpty() ? QVariant() : QVariant(tr("Reply: %1").arg(row.reply));
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() != StateColumn) {
            return {};
        }
        switch (row.state) {
        case RegradeState::Open:
        case RegradeState::Reopened:
            return QColor(QStringLiteral("#b7791f"));
        case RegradeState::InReview:
            return QColor(QStringLiteral("#2b6cb0"));
        case RegradeState::Resolved:
            return QColor(QStringLiteral("#2f855a"));
        }
        return {};
    default:
        return {};
    }
}

QVariant RegradeListModel::displayData(const RegradeRequestRecord &request, int column) const
{
    switch (column) {
    case StateColumn:
        return stateWithOutcome(request);
    case StudentColumn:
        return displayName(request.studentId);
    case QuestionColumn:
        return questionText(request.questionName);
    case MessageColumn:
        return firstLine(request.message);
    case EnteredByColumn:
        return request.enteredBy;
    case SourceColumn:
        return sourceText(request.source);
    case AgeColumn:
        return ageText(request.createdAt, m_clock());
    default:
        return {};
    }
}

QVariant RegradeListModel::rawData(const RegradeRequestRecord &request, int column) const
{
    switch (column) {
    case StateColumn:
        return int(request.state);
    case StudentColumn:
        return request.studentId;
    case QuestionColumn:
        return request.cellId;
    case MessageColumn:
        return request.message;
    case EnteredByColumn:
        return request.enteredBy;
    case SourceColumn:
        return int(request.source);
    case AgeColumn:
        return request.createdAt;
    default:
        return {};
    }
}

QVariant RegradeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StateColumn:
        return tr("State");
    case StudentColumn:
        return tr("Student");
    case QuestionColumn:
        return tr("Question");
    case MessageColumn:
        return tr("Message");
    case EnteredByColumn:
        return tr("Entered by");
    case SourceColumn:
        return tr("Source");
    case AgeColumn:
        return tr("Age");
    default:
        return {};
    }
}

} // namespace GradeDesk::Models
