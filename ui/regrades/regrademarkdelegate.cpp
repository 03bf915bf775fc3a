// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "regrademarkdelegate.h"

#include <models/roles.h>

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace GradeDesk::Ui {

namespace {

QRect markRect(const QStyleOptionViewItem &option)
{
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics metrics(small);
    const int width = metrics.horizontalAdvance(RegradeMarkDelegate::markText()) + 10;
    const int height = std::min(option.rect.height() - 4, metrics.height() + 2);
    return {option.rect.right() - width - 3, option.rect.center().y() - height / 2, width, height};
}

} // namespace

RegradeMarkDelegate::RegradeMarkDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

RegradeMarkDelegate::~RegradeMarkDelegate() = default;

QString RegradeMarkDelegate::markText()
{
    return tr("Regrade");
}

void RegradeMarkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(Models::OpenRegradeCountRole).toInt() <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QRect mark = markRect(option);
    // The whole cell (selection and focus included) as usual, with the text elided short of the mark.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const int room = mark.left() - option.rect.left() - 8;
    cell.text = cell.fontMetrics.elidedText(cell.text, Qt::ElideRight, std::max(0, room));
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(QStringLiteral("#b7791f")));
    painter->drawRoundedRect(mark, mark.height() / 2.0, mark.height() / 2.0);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    painter->setPen(Qt::white);
    painter->drawText(mark, Qt::AlignCenter, markText());
    painter->restore();
}

QSize RegradeMarkDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(Models::OpenRegradeCountRole).toInt() > 0) {
        size.rwidth() += markRect(option).width() + 6;
    }
    return size;
}

} // namespace GradeDesk::Ui
