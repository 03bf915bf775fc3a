// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace GradeDesk::Ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_label->setObjectName(QStringLiteral("messageBannerLabel"));
    m_closeButton->setObjectName(QStringLiteral("messageBannerCloseButton"));
    m_actionButton->setObjectName(QStringLiteral("messageBannerActionButton"));
    m_actionButton->hide();
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeButton->setText(QStringLiteral("✕"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_actionButton, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    QString background;
    QString border;
    switch (kind) {
    case Kind::Information:
        background = QStringLiteral("#ebf8ff");
        border = QStringLiteral("#90cdf4");
        break;
    case Kind::Warning:
        background = QStringLiteral("#fffbea");
        border = QStringLiteral("#f6e05e");
        break;
    case Kind::Error:
        background = QStringLiteral("#fff5f5");
        border = QStringLiteral("#feb2b2");
        break;
    }
    setStyleSheet(QStringLiteral("#messageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "#messageBanner QLabel { color: #1a202c; }")
                      .arg(background, border));
    m_label->setText(text);
    show();
}

void MessageBanner::setDismissible(bool dismissible)
{
    m_closeButton->setVisible(dismissible);
}

void MessageBanner::setActionText(const QString &text)
{
    m_actionButton->setText(text);
    m_actionButton->setVisible(!text.isEmpty());
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace GradeDesk::Ui
