// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/canvas/canvastypes.h>
#include <services/core/result.h>

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace GradeDesk::Models {
class CanvasConnection;
class CanvasRosterReview;
} // namespace GradeDesk::Models

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Ui {

class RemoteProgressPanel;
class MessageBanner;

/**
 * @brief Canvas ▸ Import Roster: fetch the Canvas roster, review it, then apply it to the gradebook.
 *
 * Fetching starts as soon as the dialog opens (with progress and Cancel). Two tabs show the
 * review: "Changes" (added, dropped: kept with their grades and marked inactive, rejoined, section,
 * name and e-mail changes) and "Identity review" (Canvas students the identity rule could not
 * match to one hub username: pick one, type a new one, or skip the student). Nothing is written
 * before Apply; Apply stores the changes and every decision, so the next import remembers them.
 */
class CanvasRosterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasRosterDialog)

public:
    /// `connection` and `gradebook` are not owned and must outlive the dialog.
    CanvasRosterDialog(Models::CanvasConnection *connection, Services::Gradebook *gradebook, QWidget *parent = nullptr);
    ~CanvasRosterDialog() override;

    /// Fetches the roster (again); the review is rebuilt from the gradebook as it is now.
    void fetch();
    void apply();

    bool isBusy() const;

    Models::CanvasRosterReview *review() const { return m_review; }

    /// The banner's text when shown, else "" (for tests).
    QString statusText() const;
    QString summaryText() const;

    void reject() override;

signals:
    /// The gradebook's students changed (the window's lists should reload).
    void applied();
    /// The token was refused: the grader should enter a new one.
    void connectionRequested();

protected:
    void done(int result) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createChangesTab();
    QWidget *createReviewTab();
    void onFetched(const Services::Result<Services::CanvasRoster> &roster);
    void showError(const Services::ServiceError &error);
    void updateSummary();
    void updateDecisionPanel();
    void decideCurrent(const QString &username);
    int currentReviewRow() const;

    QPointer<Models::CanvasConnection> m_connection;
    Services::Gradebook *m_gradebook;
    Models::CanvasRosterReview *m_review;
    Services::CanvasRoster m_roster;
    bool m_applied = false;

    MessageBanner *m_banner;
    RemoteProgressPanel *m_progress;
    QLabel *m_summary;
    QLabel *m_notInCanvas;
    QTabWidget *m_tabs;
    QTableView *m_changesView = nullptr;
    QTableView *m_reviewView = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_decisionLabel = nullptr;
    QComboBox *m_usernameCombo = nullptr;
    QPushButton *m_useButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    QPushButton *m_fetchButton;
    QPushButton *m_connectButton;
    QPushButton *m_applyButton;
};

} // namespace GradeDesk::Ui
