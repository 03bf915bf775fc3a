// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace GradeDesk::Models {
class AutogradeSession;
}

namespace GradeDesk::Ui {

/**
 * @brief The selected submission of an autograde run: what happened, its per-cell result (scores,
 * outcomes, messages; otter tests) and the harness or pod log.
 */
class AutogradeDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutogradeDetailPane)

public:
    explicit AutogradeDetailPane(QWidget *parent = nullptr);
    ~AutogradeDetailPane() override;

    /// Shows task `index` of `session` (not owned); -1 or a null session clears the pane.
    void showTask(Models::AutogradeSession *session, int index);

    int taskIndex() const { return m_index; }

    QTabWidget *tabs() const { return m_tabs; }

private:
    void fillCells();

    QPointer<Models::AutogradeSession> m_session;
    int m_index = -1;
    QLabel *m_titleLabel;
    QLabel *m_summaryLabel;
    QTabWidget *m_tabs;
    QTreeWidget *m_cellTree;
    QPlainTextEdit *m_logEdit;
};

} // namespace GradeDesk::Ui
