// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace GradeDesk::Models {
class AutogradeChangeModel;
class AutogradeSession;
} // namespace GradeDesk::Models

namespace GradeDesk::Ui {

/**
 * @brief Review Changes: every auto score the run would change (old -> new, and where a manual
 * score overrides it anyway), then Commit. Nothing is written to the gradebook before Commit.
 *
 * The preview is computed when the dialog opens. A failed commit keeps the dialog open with what
 * happened and what to do; a successful one closes it and emits committed().
 */
class AutogradeReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutogradeReviewDialog)

public:
    AutogradeReviewDialog(Models::AutogradeSession *session, QWidget *parent = nullptr);
    ~AutogradeReviewDialog() override;

    Models::AutogradeChangeModel *changeModel() const { return m_changeModel; }

    QPushButton *commitButton() const { return m_commitButton; }

    /// Computes the preview again (e.g. after a retry finished).
    void refresh();

signals:
    void committed(const QString &assignment, int changed);

private:
    void commit();
    void showError(const QString &message);

    QPointer<Models::AutogradeSession> m_session;
    Models::AutogradeChangeModel *m_changeModel;
    QLabel *m_summaryLabel;
    QLabel *m_errorLabel;
    QTableView *m_changeView;
    QPushButton *m_commitButton;
};

} // namespace GradeDesk::Ui
