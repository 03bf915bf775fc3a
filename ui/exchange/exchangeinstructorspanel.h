// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/exchange/exchange.h>

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace GradeDesk::Models {
class NgshareConnection;
} // namespace GradeDesk::Models

namespace GradeDesk::Ui {

class MessageBanner;
class RemoteProgressPanel;

/**
 * @brief The Instructors tab of Exchange ▸ Roster: the course's instructors on ngshare, with add and
 * remove.
 *
 * Only ngshare administrators may add or remove instructors (an instructor may only add themselves
 * again); ngshare's refusal is shown as it comes. Adding someone already listed sends nothing,
 * because ngshare would blank their names. Removing asks for confirmation; the instructor's own
 * submissions stay. An administrator keeps every course, so removing yourself cannot lock you out.
 */
class ExchangeInstructorsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeInstructorsPanel)

public:
    /// `connection` is not owned.
    explicit ExchangeInstructorsPanel(Models::NgshareConnection *connection, QWidget *parent = nullptr);
    ~ExchangeInstructorsPanel() override;

    /// Reads the instructors from ngshare.
    void reload();
    /// Adds `username` (trimmed) as an instructor, then lists again.
    void addInstructor(const QString &username);
    /// Removes the selected instructor after confirmation, then lists again.
    void removeSelected();

    bool isBusy() const;
    /// Usernames as listed, in ngshare's order.
    QStringList instructors() const;
    /// The banner's text when shown, else "".
    QString statusText() const;

signals:
    /// A token problem: the caller offers a new token.
    void connectionRequested();

private:
    void showError(const QString &what, const Services::ServiceError &error);
    void showPeople(const QList<Services::ExchangePerson> &people);
    void updateState();

    QPointer<Models::NgshareConnection> m_connection;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLineEdit *m_userEdit;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    MessageBanner *m_banner;
    RemoteProgressPanel *m_progress;
};

} // namespace GradeDesk::Ui
