// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace GradeDesk::Services {
class CanvasJob;
}

namespace GradeDesk::Ui {

/**
 * @brief A Canvas job's progress inside a dialog: what is happening, a bar, and Cancel.
 *
 * Visible only while the tracked job runs. Cancel asks the job to stop; the job still finishes
 * (with a Cancelled error), and the dialog reports that like any other outcome.
 */
class CanvasProgressPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasProgressPanel)

public:
    explicit CanvasProgressPanel(QWidget *parent = nullptr);
    ~CanvasProgressPanel() override;

    /// Follows `job` (not owned: it deletes itself after finishing); `text` until it reports progress.
    void track(Services::CanvasJob *job, const QString &text);

    bool isRunning() const { return !m_job.isNull(); }

    /// Asks the running job, if any, to stop.
    void cancel();

    QString text() const;

private:
    void onProgress(int done, int total, const QString &stage);

    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancelButton;
    QPointer<Services::CanvasJob> m_job;
};

} // namespace GradeDesk::Ui
