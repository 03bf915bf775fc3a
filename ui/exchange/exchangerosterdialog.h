// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/exchange/exchangeroster.h>

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace GradeDesk::Models {
class ExchangeRosterModel;
class NgshareConnection;
} // namespace GradeDesk::Models

namespace GradeDesk::Ui {

class ExchangeInstructorsPanel;
class RemoteProgressPanel;
class MessageBanner;

/**
 * @brief Exchange ▸ Roster: the gradebook's students against ngshare's, shown before anything
 * changes, then applied in bulk on confirmation.
 *
 * Opening the dialog compares at once. Adds and updates are checked, removals are offered but
 * unchecked (removing a student is deliberate; their submissions stay on ngshare). Space toggles
 * the current row's check box. Apply asks for confirmation, sends the additions in one bulk
 * request and the removals one by one, then shows each row's result. The Instructors tab lists,
 * adds and removes the course's instructors (ExchangeInstructorsPanel), read when first shown.
 */
class ExchangeRosterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeRosterDialog)

public:
    /// `connection` is not owned and must have a token.
    explicit ExchangeRosterDialog(Models::NgshareConnection *connection, QWidget *parent = nullptr);
    ~ExchangeRosterDialog() override;

    /// Asks ngshare for its roster and compares it with the gradebook's.
    void compare();
    /// Applies the checked rows after confirmation.
    void apply();

    Models::ExchangeRosterModel *model() const { return m_model; }

    ExchangeInstructorsPanel *instructorsPanel() const { return m_instructors; }

    /// Switches to the Instructors tab (reading them from ngshare the first time).
    void showInstructors();

    bool isBusy() const;

    QString statusText() const;
    QString summaryText() const;

    void reject() override;

signals:
    /// ngshare's roster changed.
    void applied();
    /// A token problem: the caller opens the connection dialog.
    void connectionRequested();

protected:
    void done(int result) override;

private:
    void showError(const QString &what, const Services::ServiceError &error);
    void onCompared(const Services::ExchangeRosterDiff &diff);
    void removeNext(QStringList remaining, int total);
    void finishApply(bool cancelled);
    void updateState();

    QPointer<Models::NgshareConnection> m_connection;
    Models::ExchangeRosterModel *m_model;
    QTabWidget *m_tabs;
    ExchangeInstructorsPanel *m_instructors;
    bool m_instructorsRead = false;
    MessageBanner *m_banner;
    QLabel *m_summary;
    QTableView *m_view;
    RemoteProgressPanel *m_progress;
    QPushButton *m_compareButton;
    QPushButton *m_applyButton;
    QPushButton *m_connectButton;
    int m_applyFailures = 0;
    int m_applyDone = 0;
    bool m_applying = false;
};

} // namespace GradeDesk::Ui
