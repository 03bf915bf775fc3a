// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "audithistorymodel.h"

#include "../deferredrefresh.h"
#include "../roles.h"
#include "auditwording.h"

#include <services/gradebook/gradebook.h>

#include <QLocale>

namespace GradeDesk::Models {

using namespace Services;

AuditHistoryModel::AuditHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AuditHistoryModel::~AuditHistoryModel() = default;

void AuditHistoryModel::setEvents(const QList<AuditEvent> &events)
{
    std::ignore = follow(nullptr, Scope::None, {}, 0);
    beginResetModel();
    m_events = events;
    endResetModel();
}

Result<void> AuditHistoryModel::setAnswer(Gradebook *gradebook, const AnswerKey &key, qint64 submissionId)
{
    return follow(gradebook, gradebook ? Scope::Answer : Scope::None, key, submissionId);
}

Result<void> AuditHistoryModel::setSubmission(Gradebook *gradebook, qint64 submissionId)
{
    return follow(gradebook, gradebook ? Scope::Submission : Scope::None, {}, submissionId);
}

void AuditHistoryModel::clear()
{
    std::ignore = follow(nullptr, Scope::None, {}, 0);
}

Result<void> AuditHistoryModel::follow(Gradebook *gradebook, Scope scope, const AnswerKey &key, qint64 submissionId)
{
    if (m_gradebook) {
        disconnect(m_gradebook, nullptr, this, nullptr);
    }
    m_gradebook = gradebook;
    m_scope = scope;
    m_key = key;
    m_submissionId = submissionId;
    m_stale = false;
    m_refreshQueued = false;
    Result<void> result;
    QList<AuditEvent> events;
    if (m_gradebook) {
        if (scope == Scope::Answer) {
            connect(m_gradebook, &Gradebook::gradeChanged, this, [this](qint64 submission, qint64 cellId) {
                if (submission == m_submissionId && cellId == m_key.cellId) {
                    onChanged();
                }
            });
        } else {
            connect(m_gradebook, &Gradebook::submissionChanged, this, [this](qint64 submission) {
                if (submission == m_submissionId) {
                    onChanged();
                }
            });
        }
        // A request has no assignment-independent key here; one small query per change is cheap.
        connect(m_gradebook, &Gradebook::regradesChanged, this, &AuditHistoryModel::onChanged);
        if (auto fetched = fetch(); fetched) {
            events = std::move(fetched).value();
        } else {
            result = fetched.error();
        }
    }
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
    return result;
}

Result<QList<AuditEvent>> AuditHistoryModel::fetch() const
{
    switch (m_scope) {
    case Scope::None:
        return QList<AuditEvent>();
    case Scope::Answer:
        return m_gradebook->auditEventsForAnswer(m_key);
    case Scope::Submission:
        return m_gradebook->auditEventsForSubmission(m_submissionId);
    }
    return QList<AuditEvent>();
}

Result<void> AuditHistoryModel::refresh()
{
    m_refreshQueued = false;
    m_stale = false;
    if (!m_gradebook || m_scope == Scope::None) {
        return {};
    }
    auto fetched = fetch();
    if (!fetched) {
        return fetched.error();
    }
    showEvents(fetched.value());
    return {};
}

void AuditHistoryModel::showEvents(const QList<AuditEvent> &events)
{
    // The ledger is append-only: usually the old events are a prefix of the new list.
    bool prefix = events.size() >= m_events.size();
    for (qsizetype i = 0; prefix && i < m_events.size(); ++i) {
        prefix = events.at(i).id == m_events.at(i).id;
    }
    if (!prefix) {
        beginResetModel();
        m_events = events;
        endResetModel();
        return;
    }
    const int added = int(events.size() - m_events.size());
    if (added == 0) {
        return;
    }
    const int first = m_newestFirst ? 0 : int(m_events.size());
    beginInsertRows({}, first, first + added - 1);
    m_events = events;
    endInsertRows();
}

void AuditHistoryModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst) {
        return;
    }
    beginResetModel();
    m_newestFirst = newestFirst;
    endResetModel();
}

void AuditHistoryModel::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_stale) {
        scheduleRefresh(this, m_refreshQueued, "history");
    }
}

void AuditHistoryModel::onChanged()
{
    if (m_paused) {
        m_stale = true;
        return;
    }
    scheduleRefresh(this, m_refreshQueued, "history");
}

int AuditHistoryModel::eventIndex(int row) const
{
    return m_newestFirst ? int(m_events.size()) - 1 - row : row;
}

const AuditEvent &AuditHistoryModel::event(int row) const
{
    Q_ASSERT(row >= 0 && row < m_events.size());
    return m_events.at(eventIndex(row));
}

int AuditHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditHistoryModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const AuditEvent &row = event(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(row.at.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn:
            return row.actor;
        case WhatColumn:
            return AuditWording::what(row);
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case WhenColumn:
            return row.at;
        case WhoColumn:
            return row.actor;
        case WhatColumn:
            return row.action;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(row.at.toLocalTime(), QLocale::LongFormat);
        case WhatColumn: {
            const QString details = AuditWording::details(row);
            return details.isEmpty() ? QVariant() : QVariant(details);
        }
        default:
            return {};
        }
    case IdRole:
        return row.id;
    case NameRole:
        return row.action;
    default:
        return {};
    }
}

QVariant AuditHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    default:
        return {};
    }
}

} // namespace GradeDesk::Models
