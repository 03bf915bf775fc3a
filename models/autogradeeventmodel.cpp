// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradeeventmodel.h"

#include "autogradesession.h"
#include "roles.h"

#include <QColor>
#include <QLocale>

namespace GradeDesk::Models {

AutogradeEventModel::AutogradeEventModel(AutogradeSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_rows(session ? int(session->events().size()) : 0)
{
    if (session) {
        connect(session, &AutogradeSession::runStarted, this, [this] {
            beginResetModel();
            m_rows = m_session ? int(m_session->events().size()) : 0;
            endResetModel();
        });
        connect(session, &AutogradeSession::eventAdded, this, &AutogradeEventModel::onEventAdded);
        connect(session, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows = 0;
            endResetModel();
        });
    }
}

AutogradeEventModel::~AutogradeEventModel() = default;

void AutogradeEventModel::onEventAdded(int row)
{
    // Events only ever append; a row past the end means the reset for a new run is still to come.
    const int total = m_session ? int(m_session->events().size()) : 0;
    if (row < m_rows || total <= m_rows) {
        return;
    }
    beginInsertRows({}, m_rows, total - 1);
    m_rows = total;
    endInsertRows();
}

int AutogradeEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant AutogradeEventModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    if (!m_session || index.row() >= m_session->events().size()) {
        return {};
    }
    const AutogradeRunEvent &event = m_session->events().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(QLocale().toString(event.at.toLocalTime().time(), QStringLiteral("HH:mm:ss")) +
                       QStringLiteral("  ") + event.message);
    case Qt::ToolTipRole:
        return event.message;
    case RawValueRole:
        return event.at;
    case Qt::DecorationRole:
        switch (event.kind) {
        case AutogradeRunEvent::Kind::Info:
            return QColor(0x75, 0x75, 0x75);
        case AutogradeRunEvent::Kind::Executor:
            return QColor(0xf9, 0xa8, 0x25);
        case AutogradeRunEvent::Kind::Error:
            return QColor(0xc6, 0x28, 0x28);
        }
        return {};
    default:
        return {};
    }
}

} // namespace GradeDesk::Models
