// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "regradeimportdialog.h"

#include "../userprompt.h"

#include <services/gradebook/gradebook.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using namespace Services;

namespace {

enum Column { RowColumn, StudentColumn, AssignmentColumn, QuestionColumn, MessageColumn, StatusColumn, ColumnCount };

} // namespace

RegradeImportDialog::RegradeImportDialog(Gradebook *gradebook, const QString &grader, QWidget *parent)
    : QDialog(parent)
    , m_gradebook(gradebook)
    , m_grader(grader)
    , m_pathEdit(new QLineEdit(this))
    , m_chooseButton(new QPushButton(tr("&Choose File…"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summaryLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_importButton(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("regradeImportDialog"));
    setWindowTitle(tr("Import Regrade Requests"));
    m_pathEdit->setObjectName(QStringLiteral("csvPathLineEdit"));
    m_chooseButton->setObjectName(QStringLiteral("chooseCsvPushButton"));
    m_table->setObjectName(QStringLiteral("csvPreviewTableWidget"));
    m_summaryLabel->setObjectName(QStringLiteral("csvSummaryLabel"));
    m_importButton->setObjectName(QStringLiteral("importPushButton"));

    m_pathEdit->setReadOnly(true);
    m_pathEdit->setPlaceholderText(tr("A CSV file with the columns student, assignment, question, message"));
    m_table->setHorizontalHeaderLabels(
        {tr("Row"), tr("Student"), tr("Assignment"), tr("Question"), tr("Message"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(MessageColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(MessageColumn, 220);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setText(tr("Choose a CSV file: nothing is stored before you press Import."));

    auto *file = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("File:"), this);
    fileLabel->setBuddy(m_chooseButton);
    file->addWidget(fileLabel);
    file->addWidget(m_pathEdit, 1);
    file->addWidget(m_chooseButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(file);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_buttons);

    connect(m_chooseButton, &QPushButton::clicked, this, &RegradeImportDialog::choose);
    connect(m_importButton, &QPushButton::clicked, this, &RegradeImportDialog::commit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_importButton->setEnabled(false);
    m_chooseButton->setDefault(true);
    resize(860, 480);
}

RegradeImportDialog::~RegradeImportDialog() = default;

void RegradeImportDialog::choose()
{
    const QString path =
        UserPrompt::openFileName(this, tr("Import Regrade Requests"), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        loadFile(path);
    }
}

void RegradeImportDialog::loadFile(const QString &path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    m_preview.reset();
    if (!m_gradebook) {
        return;
    }
    Result<RegradeCsvPreview> read = RegradeCsv::previewFile(*m_gradebook, path);
    if (!read) {
        m_table->setRowCount(0);
        m_importButton->setEnabled(false);
        m_summaryLabel->setText(tr("The file could not be imported: %1").arg(read.error().message));
        return;
    }
    m_preview = std::move(read).value();
    showPreview();
}

QString RegradeImportDialog::summaryText() const
{
    return m_summaryLabel->text();
}

void RegradeImportDialog::showPreview()
{
    const QList<RegradeCsvRow> &rows = m_preview->rows;
    m_table->setRowCount(int(rows.size()));
    const QColor bad(QStringLiteral("#c53030"));
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < rows.size(); ++row) {
        const RegradeCsvRow &csv = rows.at(row);
        QString status;
        switch (csv.issue) {
        case RegradeIssue::None:
            status = tr("Ready");
            break;
        case RegradeIssue::AlreadyImported:
            status = tr("Imported before: skipped");
            break;
        default:
            status = csv.problem;
            break;
        }
        const QStringList cells{QString::number(csv.rowNumber),
                                csv.student,
                                csv.assignment,
                                csv.question.isEmpty() ? tr("(whole submission)") : csv.question,
                                csv.message.simplified(),
                                status};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == MessageColumn) {
                item->setToolTip(csv.message);
            }
            if (csv.issue == RegradeIssue::AlreadyImported) {
                item->setForeground(muted);
            } else if (csv.issue != RegradeIssue::None && column == StatusColumn) {
                item->setForeground(bad);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(RowColumn);
    m_table->resizeColumnToContents(StudentColumn);
    m_table->resizeColumnToContents(AssignmentColumn);
    m_table->resizeColumnToContents(QuestionColumn);
    const int ready = m_preview->count(RegradeIssue::None);
    const int before = m_preview->count(RegradeIssue::AlreadyImported);
    const int errors = m_preview->errorCount();
    m_summaryLabel->setText(rows.isEmpty() ? tr("The file has no requests.")
                                           : tr("%n row(s): ", nullptr, int(rows.size())) +
                                                 tr("%1 ready, %2 imported before, %3 with errors "
                                                    "(left out).")
                                                     .arg(ready)
                                                     .arg(before)
                                                     .arg(errors));
    m_importButton->setEnabled(ready > 0);
    m_importButton->setText(ready > 0 ? tr("&Import %n Request(s)", nullptr, ready) : tr("&Import"));
    if (ready > 0) {
        m_importButton->setDefault(true);
    }
}

void RegradeImportDialog::commit()
{
    if (!m_gradebook || !m_preview || m_preview->count(RegradeIssue::None) == 0) {
        return;
    }
    const Result<RegradeCsvResult> result = RegradeCsv::commit(*m_gradebook, *m_preview, m_grader);
    if (!result) {
        m_summaryLabel->setText(tr("Nothing was imported: %1").arg(result.error().message));
        return;
    }
    emit imported(result.value());
    accept();
}

} // namespace GradeDesk::Ui
