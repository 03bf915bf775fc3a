// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QPointer>

namespace GradeDesk::Models {

class AutogradeSession;

/**
 * @brief The run's event list (AutogradeSession::events()): what the session did and what the
 * executor or the cluster reported, oldest first.
 *
 * DisplayRole is "12:03:04  message" in local time, RawValueRole the QDateTime (UTC), ToolTipRole
 * the message alone, DecorationRole a QColor for the kind (errors red, cluster events amber).
 * New events are row inserts at the end; a new run resets the list.
 */
class AutogradeEventModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutogradeEventModel)

public:
    explicit AutogradeEventModel(AutogradeSession *session, QObject *parent = nullptr);
    ~AutogradeEventModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void onEventAdded(int row);

    QPointer<AutogradeSession> m_session;
    int m_rows = 0;
};

} // namespace GradeDesk::Models
