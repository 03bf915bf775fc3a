// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "messagebanner.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QProgressBar;
class QToolButton;

namespace GradeDesk::Services {
class CollectJob;
struct ServiceError;
} // namespace GradeDesk::Services

namespace GradeDesk::Ui {

/**
 * @brief The status bar's collect indicator: a progress bar and a Cancel button for one job.
 *
 * Visible only while a job runs. When the job finishes it reports the outcome in words a grader
 * can act on, through exactly one of succeeded(), finishedWithMessage() or failed(), then stopped().
 */
class CollectProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectProgress)

public:
    /// `cancelAction` is shown as the Cancel button (it carries the Escape shortcut).
    explicit CollectProgress(QAction *cancelAction, QWidget *parent = nullptr);
    ~CollectProgress() override;

    /// Follows `job` (not owned: it deletes itself after finishing).
    void track(Services::CollectJob *job);

    bool isRunning() const { return !m_job.isNull(); }

    void cancel();

signals:
    /// A clean run: a one-line summary for the status bar.
    void succeeded(const QString &summary);
    /// Cancelled, or done with problems the grader should fix (files named).
    void finishedWithMessage(GradeDesk::Ui::MessageBanner::Kind kind, const QString &text);
    void failed(const GradeDesk::Services::ServiceError &error);
    /// After any of the above.
    void stopped();

private:
    void onProgress(int done, int total);
    void onFinished();

    QProgressBar *m_bar;
    QToolButton *m_cancelButton;
    QPointer<Services::CollectJob> m_job;
};

} // namespace GradeDesk::Ui
