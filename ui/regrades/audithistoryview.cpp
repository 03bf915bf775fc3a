// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "audithistoryview.h"

#include <models/regrades/audithistorymodel.h>

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using Models::AuditHistoryModel;

AuditHistoryView *AuditHistoryView::createDialog(QWidget *parent, const QString &objectName, const QSize &size)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(size);
    auto *view = new AuditHistoryView(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    return view;
}

AuditHistoryView::AuditHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new AuditHistoryModel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(this))
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("auditHistoryView"));
    m_view->setObjectName(QStringLiteral("auditHistoryTreeView"));
    m_placeholder->setObjectName(QStringLiteral("auditHistoryPlaceholderLabel"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(AuditHistoryModel::WhenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditHistoryModel::WhoColumn, QHeaderView::ResizeToContents);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    QPalette muted = m_placeholder->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_placeholder->setPalette(muted);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_placeholder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setFocusProxy(m_view);

    const auto loaded = [this] {
        m_failed = false;
        updatePlaceholder();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, loaded);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, loaded);
    connect(m_model, &AuditHistoryModel::refreshFailed, this,
            [this](const Services::ServiceError &error) { showResult(error); });
    clear();
}

AuditHistoryView::~AuditHistoryView() = default;

void AuditHistoryView::setAnswer(Services::Gradebook *gradebook, const Services::AnswerKey &key, qint64 submissionId)
{
    m_emptyText = tr("Nothing has been recorded for this answer yet.");
    showResult(m_model->setAnswer(gradebook, key, submissionId));
}

void AuditHistoryView::setSubmission(Services::Gradebook *gradebook, qint64 submissionId)
{
    m_emptyText = tr("Nothing has been recorded for this submission yet.");
    showResult(m_model->setSubmission(gradebook, submissionId));
}

void AuditHistoryView::setEvents(const QList<Services::AuditEvent> &events)
{
    m_emptyText = tr("Nothing has been recorded yet.");
    m_model->setEvents(events);
    showResult({});
}

void AuditHistoryView::clear(const QString &message)
{
    m_emptyText = message.isEmpty() ? tr("No answer selected") : message;
    m_model->clear();
    showResult({});
}

void AuditHistoryView::reload()
{
    showResult(m_model->refresh());
}

QStringList AuditHistoryView::whatTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        texts.append(m_model->index(row, AuditHistoryModel::WhatColumn).data().toString());
    }
    return texts;
}

void AuditHistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setPaused(false);
}

void AuditHistoryView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setPaused(true);
}

void AuditHistoryView::showResult(const Services::Result<void> &result)
{
    m_failed = !result.ok();
    if (m_failed) {
        m_placeholder->setText(tr("The history could not be read: %1").arg(result.error().message));
        emit loadFailed(result.error());
    }
    updatePlaceholder();
}

void AuditHistoryView::updatePlaceholder()
{
    if (!m_failed) {
        m_placeholder->setText(m_emptyText);
    }
    const bool empty = m_failed || m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_placeholder) : m_view);
    setFocusProxy(empty ? nullptr : m_view);
}

} // namespace GradeDesk::Ui
