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

/// What the dialogs of the remote services (Canvas, ngshare) share: widgets, remembered sizes and
/// the wording of errors.
class RemoteDialogSupport
{
    Q_DECLARE_TR_FUNCTIONS(RemoteDialogSupport)

public:
    RemoteDialogSupport() = delete;

    /// Whose menu errorText() points to.
    enum class Service { Canvas, Ngshare };

    /// The error's message, plus what to do in the app when the token (or, on ngshare, the role)
    /// is the problem.
    static QString errorText(const Services::ServiceError &error, Service service);
    /// Whether a new token would fix `error` (the dialogs then offer "Connect…").
    static bool needsNewToken(const Services::ServiceError &error, Service service);

    /// A read-only table: whole rows selected, compact rows, no row numbers, last column stretched.
    static QTableView *tableView(const QString &objectName, QWidget *parent);
    /// A word-wrapped, selectable label for explanations.
    static QLabel *noteLabel(const QString &text, QWidget *parent);

    /// The size the dialog had when last closed (UiSettings "window/<key>"; keys are "<service>/<dialog>",
    /// e.g. "canvas/pushDialog"), else `fallback`.
    static void restoreSize(QDialog *dialog, const QString &key, const QSize &fallback);
    static void saveSize(const QDialog *dialog, const QString &key);
};

} // namespace GradeDesk::Ui
