// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasprogresspanel.h"

#include <services/canvas/canvasjob.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace GradeDesk::Ui {

CanvasProgressPanel::CanvasProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("canvasProgressPanel"));
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_cancelButton->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancelButton->setToolTip(tr("Stop after the current request (Esc)"));
    m_cancelButton->setAutoDefault(false);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(260);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &CanvasProgressPanel::cancel);
    hide();
}

CanvasProgressPanel::~CanvasProgressPanel() = default;

void CanvasProgressPanel::track(Services::CanvasJob *job, const QString &text)
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
    }
    m_job = job;
    m_label->setText(text);
    m_bar->setRange(0, 0);
    m_cancelButton->setEnabled(true);
    connect(job, &Services::CanvasJob::progress, this, &CanvasProgressPanel::onProgress);
    connect(job, &Services::CanvasJob::finished, this, [this] {
        m_job.clear();
        hide();
    });
    show();
}

void CanvasProgressPanel::cancel()
{
    if (m_job && !m_job->isFinished()) {
        m_label->setText(tr("Cancelling\u2026"));
        m_cancelButton->setEnabled(false);
        m_job->cancel();
    }
}

QString CanvasProgressPanel::text() const
{
    return m_label->text();
}

void CanvasProgressPanel::onProgress(int done, int total, const QString &stage)
{
    if (m_job && m_job->isCancelRequested()) {
        return;
    }
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(std::min(done, total));
        m_label->setText(tr("%1 (%2 of %3)\u2026").arg(stage).arg(done).arg(total));
    } else {
        m_bar->setRange(0, 0);
        m_label->setText(done > 0 ? tr("%1 (%2 so far)\u2026").arg(stage).arg(done) : tr("%1\u2026").arg(stage));
    }
}

} // namespace GradeDesk::Ui
