// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace GradeDesk::Ui {

/**
 * @brief Paints a small "Regrade" mark at the right end of a cell whose row has open regrade requests
 * (Models::OpenRegradeCountRole > 0), e.g. the student column of the grading queue.
 *
 * The cell's own text is elided to leave room for the mark; rows without requests paint as usual.
 */
class RegradeMarkDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegradeMarkDelegate)

public:
    explicit RegradeMarkDelegate(QObject *parent = nullptr);
    ~RegradeMarkDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The mark's text ("Regrade").
    static QString markText();
};

} // namespace GradeDesk::Ui
