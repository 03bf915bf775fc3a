// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "remotedialogsupport.h"

#include <services/core/serviceerror.h>
#include <services/exchange/ngshareerrors.h>
#include <ui/uisettings.h>

#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace GradeDesk::Ui {

using Services::NgshareErrors;
using Services::ServiceError;

QString RemoteDialogSupport::errorText(const ServiceError &error, Service service)
{
    switch (service) {
    case Service::Canvas:
        if (needsNewToken(error, service)) {
            return tr("%1\nPress Connect\u2026 to enter a new token.").arg(error.message);
        }
        break;
    case Service::Ngshare:
        if (needsNewToken(error, service)) {
            return tr("%1\nUse Exchange \u25b8 Connect to ngshare\u2026 to enter a new token.").arg(error.message);
        }
        if (NgshareErrors::isPermissionProblem(error)) {
            return tr("%1\nExchange \u25b8 Connect to ngshare\u2026 \u25b8 Test Connection shows your role in the "
                      "course.")
                .arg(error.message);
        }
        break;
    }
    return error.message;
}

bool RemoteDialogSupport::needsNewToken(const ServiceError &error, Service service)
{
    return service == Service::Canvas ? error.kind == ServiceError::Kind::Auth : NgshareErrors::isTokenProblem(error);
}

void RemoteDialogSupport::restoreSize(QDialog *dialog, const QString &key, const QSize &fallback)
{
    const QByteArray geometry = UiSettings::windowLayout(key);
    if (geometry.isEmpty() || !dialog->restoreGeometry(geometry)) {
        dialog->resize(fallback);
    }
}

void RemoteDialogSupport::saveSize(const QDialog *dialog, const QString &key)
{
    UiSettings::setWindowLayout(key, dialog->saveGeometry());
}

QTableView *RemoteDialogSupport::tableView(const QString &objectName, QWidget *parent)
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

QLabel *RemoteDialogSupport::noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace GradeDesk::Ui
