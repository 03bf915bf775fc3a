// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QDialog;
class QLabel;
class QTableView;
class QWidget;

namespace GradeDesk::Services {
struct ServiceError;
}

namespace GradeDesk::Ui {

/// What the Canvas dialogs share: remembered sizes and the wording of errors.
class CanvasDialogSupport final
{
    Q_DECLARE_TR_FUNCTIONS(CanvasDialogSupport)

public:
    CanvasDialogSupport() = delete;

    /// The size the dialog had when last closed (UiSettings "window/canvas/<key>"), else `fallback`.
    static void restoreSize(QDialog *dialog, const QString &key, const QSize &fallback);
    static void saveSize(const QDialog *dialog, const QString &key);

    /// The error's message, plus what to do in the app when the token is the problem.
    static QString errorText(const Services::ServiceError &error);
    /// Whether a new token would fix `error` (the dialogs then offer "Connect…").
    static bool needsNewToken(const Services::ServiceError &error);

    /// A read-only table: whole rows selected, compact rows, no row numbers, last column stretched.
    static QTableView *tableView(const QString &objectName, QWidget *parent);
    /// A word-wrapped, selectable label for explanations.
    static QLabel *noteLabel(const QString &text, QWidget *parent);
};

} // namespace GradeDesk::Ui
