// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <ui/remote/remotedialogsupport.h>

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace GradeDesk::Services {
class CanvasJob;
class ExchangeJob;
} // namespace GradeDesk::Services

namespace GradeDesk::Ui {

/**
 * @brief A remote job's progress inside a dialog: what is happening, a bar, and Cancel.
 *
 * Visible only while the tracked job runs. Cancel asks the job to stop; the job still finishes
 * (with a Cancelled error), and the dialog reports that like any other outcome.
 */
class RemoteProgressPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteProgressPanel)

public:
    using Service = RemoteDialogSupport::Service;

    /// `service` names the panel ("canvasProgressPanel", "exchangeProgressPanel") and words Cancel's tooltip.
    explicit RemoteProgressPanel(Service service, QWidget *parent = nullptr);
    ~RemoteProgressPanel() override;

    /// Follows a Canvas job (not owned: it deletes itself after finishing): `text` until it reports
    /// progress, then its own stages.
    void track(Services::CanvasJob *job, const QString &text);
    /// Follows an exchange job (not owned): `text` names the work, e.g. "Uploading feedback", and
    /// is shown with the count once progress arrives.
    void track(Services::ExchangeJob *job, const QString &text);

    bool isRunning() const { return !m_job.isNull(); }

    /// Asks the running job, if any, to stop.
    void cancel();

    QString text() const;

private:
    template <typename Job>
    void begin(Job *job, const QString &text);
    void finish();
    /// `done` of `total` (> 0) of `stage`.
    void showCount(int done, int total, const QString &stage);
    void showBusy(const QString &text);

    bool isCancelRequested() const { return m_job && m_isCancelRequested(); }

    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancelButton;
    QPointer<QObject> m_job;
    std::function<bool()> m_isCancelRequested; ///< Of m_job, while it is there.
    std::function<bool()> m_cancelJob;         ///< Asks m_job to stop unless it already finished; whether it asked.
};

} // namespace GradeDesk::Ui
