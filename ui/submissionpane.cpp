// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "submissionpane.h"

#include "notebookview.h"
#include "regrades/audithistoryview.h"
#include "uilogging.h"

#include <models/submissiontablemodel.h>
#include <services/gradebook/gradebook.h>
#include <services/notebook/notebookreader.h>

#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace GradeDesk::Ui {

using namespace Services;

namespace {

// QFuture needs a default-constructible value; Result<Notebook> has none.
using LoadedNotebook = std::shared_ptr<const Result<Notebook>>;

} // namespace

SubmissionPane::SubmissionPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_selector(new QComboBox(this))
    , m_historyButton(new QPushButton(tr("History…"), this))
    , m_view(new NotebookView(this))
{
    setObjectName(QStringLiteral("submissionPane"));
    m_title->setObjectName(QStringLiteral("submissionTitleLabel"));
    m_details->setObjectName(QStringLiteral("submissionDetailsLabel"));
    m_selector->setObjectName(QStringLiteral("notebookComboBox"));
    m_historyButton->setObjectName(QStringLiteral("submissionHistoryButton"));
    m_historyButton->setToolTip(tr("Every change to this submission's grades, comments and regrade requests"));
    m_historyButton->hide();
    connect(m_historyButton, &QPushButton::clicked, this, &SubmissionPane::openHistory);
    m_title->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QPalette muted = m_details->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_details->setPalette(muted);
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_selector->setToolTip(tr("Notebook of this submission (Ctrl+PgUp / Ctrl+PgDown)"));

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_details);
    header->addLayout(titles, 1);
    header->addWidget(m_selector, 0, Qt::AlignBottom);
    header->addWidget(m_historyButton, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    connect(m_selector, &QComboBox::activated, this, [this] {
        m_preferredNotebook = currentNotebookName();
        loadSelectedNotebook();
    });
    showMessage(tr("No submission selected"));
}

SubmissionPane::~SubmissionPane() = default;

void SubmissionPane::showSubmission(Gradebook *gradebook, const SubmissionSummary &summary)
{
    m_gradebook = gradebook;
    m_summary = summary;
    m_title->setText(summary.studentName == summary.studentId
                         ? summary.studentId
                         : tr("%1 (%2)").arg(summary.studentName, summary.studentId));
    QStringList details;
    details << tr("Score %1 / %2")
                   .arg(summary.score ? Models::formatScore(*summary.score) : QStringLiteral("–"),
                        Models::formatScore(summary.maxScore));
    if (summary.timestamp.isValid()) {
        details << tr("submitted %1").arg(Models::formatLocalTime(summary.timestamp.toDateTime()));
    }
    if (summary.latePenalty > 0) {
        details << tr("late penalty %1").arg(Models::formatScore(summary.latePenalty));
    }
    if (summary.needsManualCount > 0) {
        details << tr("%n question(s) to grade by hand", "", summary.needsManualCount);
    }
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_historyButton->setVisible(gradebook != nullptr);
    updateHistory();

    m_notebooks.clear();
    m_selector->clear();
    if (gradebook) {
        auto notebooks = gradebook->submittedNotebooks(summary.submissionId);
        if (!notebooks) {
            m_selector->hide();
            m_view->showMessage(tr("The submission's notebooks could not be listed"), notebooks.error().message);
            return;
        }
        m_notebooks = notebooks.value();
    }
    int preferred = 0;
    for (int i = 0; i < m_notebooks.size(); ++i) {
        m_selector->addItem(m_notebooks.at(i).notebookName);
        if (m_notebooks.at(i).notebookName == m_preferredNotebook) {
            preferred = i;
        }
    }
    m_selector->setVisible(m_notebooks.size() > 1);
    if (m_notebooks.isEmpty()) {
        m_view->showMessage(tr("This submission has no notebooks"),
                            tr("The student's folder held no notebook of this assignment."));
        emit notebookDisplayed(m_summary.studentId, QString());
        return;
    }
    m_selector->setCurrentIndex(preferred);
    loadSelectedNotebook();
}

void SubmissionPane::showMessage(const QString &title, const QString &text)
{
    ++m_loadGeneration;
    m_gradebook = nullptr;
    m_summary = {};
    m_notebooks.clear();
    m_selector->clear();
    m_selector->hide();
    m_title->clear();
    m_details->clear();
    m_historyButton->hide();
    updateHistory();
    m_view->showMessage(title, text);
}

void SubmissionPane::openHistory()
{
    if (!m_gradebook || m_summary.submissionId == 0) {
        return;
    }
    if (!m_historyDialog) {
        m_historyView =
            AuditHistoryView::createDialog(this, QStringLiteral("submissionHistoryDialog"), QSize(720, 460));
        m_historyDialog = qobject_cast<QDialog *>(m_historyView->window());
    }
    updateHistory();
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
}

void SubmissionPane::updateHistory()
{
    if (!m_historyDialog || !m_historyView) {
        return;
    }
    if (!m_gradebook || m_summary.submissionId == 0) {
        m_historyView->clear(tr("No submission selected"));
        m_historyDialog->setWindowTitle(tr("History"));
        return;
    }
    m_historyView->setSubmission(m_gradebook, m_summary.submissionId);
    m_historyDialog->setWindowTitle(tr("History of %1").arg(m_title->text()));
}

void SubmissionPane::stepNotebook(int delta)
{
    const int target = m_selector->currentIndex() + delta;
    if (target < 0 || target >= m_selector->count() || target == m_selector->currentIndex()) {
        return;
    }
    m_selector->setCurrentIndex(target);
    m_preferredNotebook = currentNotebookName();
    loadSelectedNotebook();
}

QString SubmissionPane::currentNotebookName() const
{
    const int index = m_selector->currentIndex();
    return index >= 0 && index < m_notebooks.size() ? m_notebooks.at(index).notebookName : QString();
}

void SubmissionPane::loadSelectedNotebook()
{
    const int index = m_selector->currentIndex();
    if (index < 0 || index >= m_notebooks.size()) {
        return;
    }
    const SubmittedNotebookRecord record = m_notebooks.at(index);
    const int generation = ++m_loadGeneration;
    const QString studentId = m_summary.studentId;
    auto *watcher = new QFutureWatcher<LoadedNotebook>(this);
    connect(watcher, &QFutureWatcher<LoadedNotebook>::finished, this, [this, watcher, generation, record, studentId] {
        watcher->deleteLater();
        if (generation != m_loadGeneration) {
            return; // the grader has moved on
        }
        const LoadedNotebook loaded = watcher->result();
        if (loaded->ok()) {
            m_view->setNotebook(loaded->value(), QFileInfo(record.path).absolutePath());
        } else {
            qCWarning(lcUi) << "cannot show notebook" << record.path << ":" << loaded->error().detail;
            m_view->showMessage(tr("This notebook cannot be shown"), loaded->error().message);
        }
        emit notebookDisplayed(studentId, record.notebookName);
    });
    watcher->setFuture(QtConcurrent::run([path = record.path] {
        return LoadedNotebook(std::make_shared<const Result<Notebook>>(NotebookReader::readFile(path)));
    }));
}

} // namespace GradeDesk::Ui
