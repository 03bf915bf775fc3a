// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "remoteprogresspanel.h"

#include <services/canvas/canvasjob.h>
#include <services/exchange/exchange.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace GradeDesk::Ui {

using Services::CanvasJob;
using Services::ExchangeJob;

RemoteProgressPanel::RemoteProgressPanel(Service service, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    const bool canvas = service == Service::Canvas;
    setObjectName(canvas ? QStringLiteral("canvasProgressPanel") : QStringLiteral("exchangeProgressPanel"));
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_cancelButton->setObjectName(QStringLiteral("cancelJobButton"));
    // Canvas jobs run one request at a time; a collect or an upload has several under way.
    m_cancelButton->setToolTip(canvas ? tr("Stop after the current request (Esc)")
                                      : tr("Stop after the requests under way (Esc)"));
    m_cancelButton->setAutoDefault(false);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(260);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &RemoteProgressPanel::cancel);
    hide();
}

RemoteProgressPanel::~RemoteProgressPanel() = default;

template <typename Job>
void RemoteProgressPanel::begin(Job *job, const QString &text)
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
    }
    m_job = job;
    const QPointer<Job> typed(job);
    m_isCancelRequested = [typed] { return typed && typed->isCancelRequested(); };
    m_cancelJob = [typed] {
        if (!typed || typed->isFinished()) {
            return false;
        }
        typed->cancel();
        return true;
    };
    connect(job, &Job::finished, this, &RemoteProgressPanel::finish);
    m_label->setText(text);
    m_bar->setRange(0, 0); // busy until the job says how much there is
    m_cancelButton->setEnabled(true);
    show();
}

void RemoteProgressPanel::track(CanvasJob *job, const QString &text)
{
    begin(job, text);
    connect(job, &CanvasJob::progress, this, [this](int done, int total, const QString &stage) {
        if (total > 0) {
            showCount(done, total, stage);
        } else {
            showBusy(done > 0 ? tr("%1 (%2 so far)\u2026").arg(stage).arg(done) : tr("%1\u2026").arg(stage));
        }
    });
}

void RemoteProgressPanel::track(ExchangeJob *job, const QString &text)
{
    begin(job, text + QStringLiteral("\u2026"));
    connect(job, &ExchangeJob::progress, this, [this, text](int done, int total) {
        if (total > 0) {
            showCount(done, total, text);
        }
    });
}

void RemoteProgressPanel::finish()
{
    m_job.clear();
    hide();
}

void RemoteProgressPanel::cancel()
{
    if (m_job && m_cancelJob()) {
        m_label->setText(tr("Cancelling\u2026"));
        m_cancelButton->setEnabled(false);
    }
}

QString RemoteProgressPanel::text() const
{
    return m_label->text();
}

void RemoteProgressPanel::showCount(int done, int total, const QString &stage)
{
    if (isCancelRequested()) {
        return;
    }
    m_bar->setRange(0, total);
    m_bar->setValue(std::clamp(done, 0, total));
    m_label->setText(tr("%1 (%2 of %3)\u2026").arg(stage).arg(done).arg(total));
}

void RemoteProgressPanel::showBusy(const QString &text)
{
    if (isCancelRequested()) {
        return;
    }
    m_bar->setRange(0, 0);
    m_label->setText(text);
}

} // namespace GradeDesk::Ui
