// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradedetailpane.h"

#include <models/autogradesession.h>
#include <models/autogradetaskmodel.h>
#include <models/submissiontablemodel.h>

#include <QDir>
#include <QFontDatabase>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace GradeDesk::Ui {

using Services::AutogradeTaskState;

namespace {

enum CellColumn { CellNameColumn, CellOutcomeColumn, CellScoreColumn, CellMessageColumn };

QString seconds(double value)
{
    const int whole = int(std::lround(value));
    return whole >= 60 ? AutogradeDetailPane::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'))
                       : AutogradeDetailPane::tr("%1 s").arg(whole);
}

QString scoreText(const std::optional<double> &score, double maxScore)
{
    return score ? AutogradeDetailPane::tr("%1 / %2").arg(Models::formatScore(*score), Models::formatScore(maxScore))
                 : AutogradeDetailPane::tr("– / %1").arg(Models::formatScore(maxScore));
}

/// nbgrader's outcome words, as a grader reads them.
QString outcomeText(const QString &outcome)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("passed"), QT_TRANSLATE_NOOP("GradeDesk::Ui::AutogradeDetailPane", "Passed")},
        {QStringLiteral("error"), QT_TRANSLATE_NOOP("GradeDesk::Ui::AutogradeDetailPane", "Error")},
        {QStringLiteral("stderr"), QT_TRANSLATE_NOOP("GradeDesk::Ui::AutogradeDetailPane", "Wrote to stderr")},
        {QStringLiteral("partial"), QT_TRANSLATE_NOOP("GradeDesk::Ui::AutogradeDetailPane", "Partial credit")},
        {QStringLiteral("not_partial"), QT_TRANSLATE_NOOP("GradeDesk::Ui::AutogradeDetailPane", "Output not a score")},
        {QStringLiteral("too_high"), QT_TRANSLATE_NOOP("GradeDesk::Ui::AutogradeDetailPane", "Score above maximum")},
        {QStringLiteral("no_response"), QT_TRANSLATE_NOOP("GradeDesk::Ui::AutogradeDetailPane", "Left as released")},
        {QStringLiteral("answered"), QT_TRANSLATE_NOOP("GradeDesk::Ui::AutogradeDetailPane", "Answered (manual)")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("GradeDesk::Ui::AutogradeDetailPane", "Task (manual)")},
        {QStringLiteral("manual"), QT_TRANSLATE_NOOP("GradeDesk::Ui::AutogradeDetailPane", "Manual")},
        {QStringLiteral("missing"), QT_TRANSLATE_NOOP("GradeDesk::Ui::AutogradeDetailPane", "Missing")},
    };
    const auto found = texts.constFind(outcome);
    return found == texts.cend() ? outcome : AutogradeDetailPane::tr(found.value());
}

} // namespace

AutogradeDetailPane::AutogradeDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_cellTree(new QTreeWidget(this))
    , m_logEdit(new QPlainTextEdit(this))
{
    m_titleLabel->setObjectName(QStringLiteral("detailTitleLabel"));
    m_summaryLabel->setObjectName(QStringLiteral("detailSummaryLabel"));
    m_tabs->setObjectName(QStringLiteral("detailTabWidget"));
    m_cellTree->setObjectName(QStringLiteral("cellTreeWidget"));
    m_logEdit->setObjectName(QStringLiteral("logPlainTextEdit"));

    QFont title = m_titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_titleLabel->setFont(title);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_cellTree->setHeaderLabels({tr("Cell"), tr("Outcome"), tr("Score"), tr("Message")});
    m_cellTree->setRootIsDecorated(true);
    m_cellTree->setUniformRowHeights(true);
    m_cellTree->setAlternatingRowColors(true);
    m_cellTree->header()->setStretchLastSection(true);
    m_logEdit->setReadOnly(true);
    m_logEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logEdit->setPlaceholderText(tr("No log for this submission yet."));
    m_tabs->addTab(m_cellTree, tr("Resul&t"));
    m_tabs->addTab(m_logEdit, tr("&Log"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_tabs, 1);
    showTask(nullptr, -1);
}

AutogradeDetailPane::~AutogradeDetailPane() = default;

void AutogradeDetailPane::showTask(Models::AutogradeSession *session, int index)
{
    m_session = session;
    m_index = session && index >= 0 && index < session->taskCount() ? index : -1;
    m_cellTree->clear();
    if (m_index < 0) {
        m_titleLabel->setText(tr("No submission selected"));
        m_summaryLabel->setText(tr("Select a submission in the table to see its scores, messages and log."));
        m_logEdit->clear();
        return;
    }
    const Services::AutogradeTask &task = session->task(m_index);
    const Services::AutogradeTaskResult &result = session->result(m_index);
    m_titleLabel->setText(tr("%1 \u2014 %2").arg(task.studentId, Models::AutogradeSession::stateName(result.state)));

    QStringList lines;
    const auto duration = session->durationSeconds(m_index);
    switch (result.state) {
    case AutogradeTaskState::Queued:
        lines.append(tr("Waiting for a free slot."));
        break;
    case AutogradeTaskState::Running:
        lines.append(tr("Running for %1 (attempt %2).").arg(seconds(duration.value_or(0.0))).arg(result.attempts));
        break;
    case AutogradeTaskState::Passed: {
        const Models::AutogradeScore score = Models::autogradeScore(*result.result);
        QString line = tr("Scored %1 / %2 in %3 (attempt %4).")
                           .arg(Models::formatScore(score.score), Models::formatScore(score.maxScore),
                                seconds(duration.value_or(result.result->seconds)))
                           .arg(result.attempts);
        if (score.manualCells > 0) {
            line += QLatin1Char(' ') + tr("%n cell(s) wait for a grader.", nullptr, score.manualCells);
        }
        lines.append(line);
        if (result.result->compact) {
            lines.append(tr("Cell messages are not available: the cluster only returned the short result."));
        }
        break;
    }
    case AutogradeTaskState::Failed:
    case AutogradeTaskState::TimedOut:
    case AutogradeTaskState::Cancelled:
        if (result.failure) {
            lines.append(tr("%1: %2").arg(result.failure->reason, result.failure->message));
            if (!result.failure->retryable) {
                lines.append(tr("Retrying will not help: fix the cause first."));
            }
        } else if (result.state == AutogradeTaskState::Cancelled) {
            lines.append(tr("Cancelled before it finished. Retry Failed runs it again."));
        }
        break;
    }
    if (result.result && !result.result->message.isEmpty()) {
        lines.append(result.result->message);
    }
    lines.append(tr("Submission: %1").arg(QDir::toNativeSeparators(task.submissionDir)));
    m_summaryLabel->setText(lines.join(QLatin1Char('\n')));
    m_logEdit->setPlainText(result.log);
    fillCells();
}

void AutogradeDetailPane::fillCells()
{
    const Services::AutogradeTaskResult &result = m_session->result(m_index);
    if (!result.result) {
        return;
    }
    for (const Services::HarnessNotebookResult &notebook : result.result->notebooks) {
        auto *top = new QTreeWidgetItem(m_cellTree);
        top->setText(CellNameColumn, notebook.name);
        top->setText(CellOutcomeColumn, notebook.status);
        top->setText(CellMessageColumn, notebook.message.isEmpty() ? seconds(notebook.seconds) : notebook.message);
        QFont bold = top->font(CellNameColumn);
        bold.setBold(true);
        top->setFont(CellNameColumn, bold);
        for (const Services::HarnessCellResult &cell : notebook.cells) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(CellNameColumn, cell.gradeId);
            item->setText(CellOutcomeColumn, outcomeText(cell.outcome));
            item->setText(CellScoreColumn, scoreText(cell.score, cell.maxScore));
            item->setText(CellMessageColumn, cell.message);
            item->setToolTip(CellMessageColumn, cell.message);
            item->setTextAlignment(CellScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
        }
        for (const Services::HarnessOtterQuestion &question : notebook.otter) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(CellNameColumn, question.name);
            item->setText(CellScoreColumn, scoreText(question.score, question.maxScore));
            item->setTextAlignment(CellScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
            for (const Services::HarnessOtterTest &test : question.tests) {
                auto *testItem = new QTreeWidgetItem(item);
                testItem->setText(CellNameColumn, test.hidden ? tr("%1 (hidden)").arg(test.name) : test.name);
                testItem->setText(CellOutcomeColumn, test.passed ? tr("Passed") : tr("Failed"));
                testItem->setText(CellScoreColumn, Models::formatScore(test.passed ? test.points : 0.0));
                testItem->setText(CellMessageColumn, test.message);
                testItem->setToolTip(CellMessageColumn, test.message);
            }
        }
    }
    m_cellTree->expandToDepth(0);
    for (int column = CellNameColumn; column < CellMessageColumn; ++column) {
        m_cellTree->resizeColumnToContents(column);
    }
}

} // namespace GradeDesk::Ui
