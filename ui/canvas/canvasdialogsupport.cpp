// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasdialogsupport.h"

#include <services/core/serviceerror.h>
#include <ui/uisettings.h>

#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace GradeDesk::Ui {

using Services::ServiceError;

namespace {

QString settingsKey(const QString &key)
{
    return QStringLiteral("canvas/") + key;
}

} // namespace

void CanvasDialogSupport::restoreSize(QDialog *dialog, const QString &key, const QSize &fallback)
{
    const QByteArray geometry = UiSettings::windowLayout(settingsKey(key));
    if (geometry.isEmpty() || !dialog->restoreGeometry(geometry)) {
        dialog->resize(fallback);
    }
}

void CanvasDialogSupport::saveSize(const QDialog *dialog, const QString &key)
{
    UiSettings::setWindowLayout(settingsKey(key), dialog->saveGeometry());
}

QString CanvasDialogSupport::errorText(const ServiceError &error)
{
    if (needsNewToken(error)) {
        return tr("%1\nPress Connect\u2026 to enter a new token.").arg(error.message);
    }
    return error.message;
}

bool CanvasDialogSupport::needsNewToken(const ServiceError &error)
{
    return error.kind == ServiceError::Kind::Auth;
}

QTableView *CanvasDialogSupport::tableView(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QLabel *CanvasDialogSupport::noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace GradeDesk::Ui
