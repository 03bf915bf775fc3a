// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradinghelpoverlay.h"

#include "gradingkeymap.h"

#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>

namespace GradeDesk::Ui {

GradingHelpOverlay::GradingHelpOverlay(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("gradingHelpOverlay"));
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#gradingHelpOverlay { background: #1a202c; border-radius: 8px; }"
                                 "#gradingHelpOverlay QLabel { color: #f7fafc; }"
                                 "#gradingHelpOverlay QLabel[role=\"key\"] { color: #90cdf4; font-weight: bold; }"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setHorizontalSpacing(24);
    layout->setVerticalSpacing(6);
    auto *title = new QLabel(tr("Grading keys"), this);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title->setFont(big);
    layout->addWidget(title, 0, 0, 1, 2);
    int row = 1;
    for (const GradingKeyMap::HelpRow &help : GradingKeyMap::helpRows()) {
        auto *keys = new QLabel(help.keys, this);
        keys->setProperty("role", QStringLiteral("key"));
        keys->setTextFormat(Qt::PlainText);
        auto *text = new QLabel(help.description, this);
        text->setTextFormat(Qt::PlainText);
        layout->addWidget(keys, row, 0, Qt::AlignRight);
        layout->addWidget(text, row, 1);
        ++row;
    }
    auto *footer =
        new QLabel(tr("Keys do nothing while you type in a text field. F1, ? or Esc closes this list."), this);
    footer->setTextFormat(Qt::PlainText);
    layout->addWidget(footer, row, 0, 1, 2);
    hide();
}

GradingHelpOverlay::~GradingHelpOverlay() = default;

void GradingHelpOverlay::reposition()
{
    adjustSize();
    if (const QWidget *owner = parentWidget()) {
        move((owner->width() - width()) / 2, std::max(0, (owner->height() - height()) / 3));
    }
}

void GradingHelpOverlay::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    hide();
}

} // namespace GradeDesk::Ui
