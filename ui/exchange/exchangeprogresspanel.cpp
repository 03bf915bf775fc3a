// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchangeprogresspanel.h"

#include <services/exchange/exchange.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace GradeDesk::Ui {

ExchangeProgressPanel::ExchangeProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("exchangeProgressPanel"));
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_cancelButton->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancelButton->setToolTip(tr("Stop after the requests under way (Esc)"));
    m_cancelButton->setAutoDefault(false);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(260);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExchangeProgressPanel::cancel);
    hide();
}

ExchangeProgressPanel::~ExchangeProgressPanel() = default;

void ExchangeProgressPanel::track(Services::ExchangeJob *job, const QString &text)
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
    }
    m_job = job;
    m_text = text;
    m_label->setText(text + QStringLiteral("\u2026"));
    m_bar->setRange(0, 0); // busy until the job says how much there is
    m_cancelButton->setEnabled(true);
    connect(job, &Services::ExchangeJob::progress, this, &ExchangeProgressPanel::onProgress);
    connect(job, &Services::ExchangeJob::finished, this, [this] {
        m_job.clear();
        hide();
    });
    show();
}

void ExchangeProgressPanel::cancel()
{
    if (m_job && !m_job->isFinished()) {
        m_label->setText(tr("Cancelling\u2026"));
        m_cancelButton->setEnabled(false);
        m_job->cancel();
    }
}

QString ExchangeProgressPanel::text() const
{
    return m_label->text();
}

void ExchangeProgressPanel::onProgress(int done, int total)
{
    if (m_job && m_job->isCancelRequested()) {
        return;
    }
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(std::clamp(done, 0, total));
        m_label->setText(tr("%1 (%2 of %3)\u2026").arg(m_text).arg(done).arg(total));
    }
}

} // namespace GradeDesk::Ui
