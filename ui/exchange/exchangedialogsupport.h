// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QDialog;

namespace GradeDesk::Services {
struct ServiceError;
}

namespace GradeDesk::Ui {

/// What the Exchange dialogs share (tables and notes come from CanvasDialogSupport).
class ExchangeDialogSupport final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeDialogSupport)

public:
    ExchangeDialogSupport() = delete;

    /// The size the dialog had when last closed (UiSettings "window/exchange/<key>"), else `fallback`.
    static void restoreSize(QDialog *dialog, const QString &key, const QSize &fallback);
    static void saveSize(const QDialog *dialog, const QString &key);

    /// The error's message, plus what to do in the app when the token or the role is the problem.
    static QString errorText(const Services::ServiceError &error);
    /// Whether a new token would fix `error` (the dialogs then offer "Connect…").
    static bool needsNewToken(const Services::ServiceError &error);
};

} // namespace GradeDesk::Ui
