// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace GradeDesk::Services {
class ExchangeJob;
}

namespace GradeDesk::Ui {

/**
 * @brief An exchange job's progress inside a dialog: what is happening, a bar, and Cancel.
 *
 * Visible only while the tracked job runs. Cancel asks the job to stop; the job still finishes
 * (with a Cancelled error), and the dialog reports that like any other outcome.
 */
class ExchangeProgressPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeProgressPanel)

public:
    explicit ExchangeProgressPanel(QWidget *parent = nullptr);
    ~ExchangeProgressPanel() override;

    /// Follows `job` (not owned: it deletes itself after finishing). `text` names the work, e.g.
    /// "Uploading feedback"; `unit` the counted things ("submissions") once progress arrives.
    void track(Services::ExchangeJob *job, const QString &text);

    bool isRunning() const { return !m_job.isNull(); }

    /// Asks the running job, if any, to stop.
    void cancel();

    QString text() const;

private:
    void onProgress(int done, int total);

    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancelButton;
    QPointer<Services::ExchangeJob> m_job;
    QString m_text;
};

} // namespace GradeDesk::Ui
