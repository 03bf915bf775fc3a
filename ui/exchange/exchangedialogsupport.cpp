// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchangedialogsupport.h"

#include <services/exchange/ngshareerrors.h>
#include <ui/uisettings.h>

#include <QDialog>

namespace GradeDesk::Ui {

using Services::NgshareErrors;
using Services::ServiceError;

namespace {

QString settingsKey(const QString &key)
{
    return QStringLiteral("exchange/") + key;
}

} // namespace

void ExchangeDialogSupport::restoreSize(QDialog *dialog, const QString &key, const QSize &fallback)
{
    const QByteArray geometry = UiSettings::windowLayout(settingsKey(key));
    if (geometry.isEmpty() || !dialog->restoreGeometry(geometry)) {
        dialog->resize(fallback);
    }
}

void ExchangeDialogSupport::saveSize(const QDialog *dialog, const QString &key)
{
    UiSettings::setWindowLayout(settingsKey(key), dialog->saveGeometry());
}

QString ExchangeDialogSupport::errorText(const ServiceError &error)
{
    if (needsNewToken(error)) {
        return tr("%1\nUse Exchange \u25b8 Connect to ngshare\u2026 to enter a new token.").arg(error.message);
    }
    if (NgshareErrors::isPermissionProblem(error)) {
        return tr("%1\nExchange \u25b8 Connect to ngshare\u2026 \u25b8 Test Connection shows your role in the course.")
            .arg(error.message);
    }
    return error.message;
}

bool ExchangeDialogSupport::needsNewToken(const ServiceError &error)
{
    return NgshareErrors::isTokenProblem(error);
}

} // namespace GradeDesk::Ui
