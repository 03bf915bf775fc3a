// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "collectprogress.h"

#include <services/exchange/exchange.h>

#include <QAction>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

namespace GradeDesk::Ui {

using namespace Services;

namespace {

constexpr qsizetype MaxProblemsShown = 8;

} // namespace

CollectProgress::CollectProgress(QAction *cancelAction, QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("collectProgress"));
    m_bar->setObjectName(QStringLiteral("collectProgressBar"));
    m_bar->setMaximumWidth(220);
    m_bar->setFormat(tr("Collecting %v / %m"));
    m_cancelButton->setObjectName(QStringLiteral("cancelCollectButton"));
    m_cancelButton->setDefaultAction(cancelAction);
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    hide();
}

CollectProgress::~CollectProgress() = default;

void CollectProgress::track(CollectJob *job)
{
    m_job = job;
    connect(job, &ExchangeJob::progress, this, &CollectProgress::onProgress);
    connect(job, &ExchangeJob::finished, this, &CollectProgress::onFinished);
    m_bar->setRange(0, 0); // busy until the first progress report says how much there is
    show();
}

void CollectProgress::cancel()
{
    if (m_job) {
        m_job->cancel();
    }
}

void CollectProgress::onProgress(int done, int total)
{
    m_bar->setRange(0, std::max(total, 0));
    m_bar->setValue(std::clamp(done, 0, std::max(total, 0)));
}

void CollectProgress::onFinished()
{
    auto *job = qobject_cast<CollectJob *>(sender());
    m_job = nullptr;
    hide();
    if (!job) {
        emit stopped();
        return;
    }
    const Result<CollectReport> &result = job->result();
    if (!result) {
        if (result.error().kind == ServiceError::Kind::Cancelled) {
            emit finishedWithMessage(MessageBanner::Kind::Information,
                                     tr("Collect cancelled. Nothing was changed; press Ctrl+R to start again."));
        } else {
            emit failed(result.error());
        }
        emit stopped();
        return;
    }
    const CollectReport &report = result.value();
    QString text = tr("Collected: %1 new, %2 updated, %3 unchanged, %4 rescored.")
                       .arg(report.added)
                       .arg(report.updated)
                       .arg(report.unchanged)
                       .arg(report.rescored);
    // Server exchanges download first: say what came over the network (each file's checksum was
    // verified, else the submission is among the problems) and what was already here unchanged.
    if (report.downloaded > 0 || report.upToDate > 0) {
        text += QLatin1Char(' ') +
                tr("Downloaded %n submission(s), every file's checksum verified;", "", report.downloaded) +
                QLatin1Char(' ') + tr("%n already here and unchanged on the server.", "", report.upToDate);
    }
    QStringList problems;
    for (const CollectSkip &skip : report.skipped) {
        const QString where =
            skip.student.isEmpty() ? skip.assignment : skip.assignment + QLatin1Char('/') + skip.student;
        problems << where + QStringLiteral(": ") + skip.error.message;
    }
    problems << report.warnings;
    if (problems.isEmpty()) {
        emit succeeded(text);
    } else {
        text += QLatin1Char('\n') +
                tr("%n problem(s) — fix the files named below and collect again:", "", int(problems.size()));
        const qsizetype shown = std::min(problems.size(), MaxProblemsShown);
        text += QLatin1Char('\n') + problems.mid(0, shown).join(QLatin1Char('\n'));
        if (problems.size() > shown) {
            text += QLatin1Char('\n') + tr("… and %n more (see the log).", "", int(problems.size() - shown));
        }
        emit finishedWithMessage(MessageBanner::Kind::Warning, text);
    }
    emit stopped();
}

} // namespace GradeDesk::Ui
