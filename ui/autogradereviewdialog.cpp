// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradereviewdialog.h"

#include "uisettings.h"

#include <models/autogradechangemodel.h>
#include <models/autogradesession.h>
#include <models/roles.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

namespace {

const auto HeaderKey = QStringLiteral("autogradeReviewHeader");
const auto GeometryKey = QStringLiteral("autogradeReviewGeometry");

} // namespace

AutogradeReviewDialog::AutogradeReviewDialog(Models::AutogradeSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_changeModel(new Models::AutogradeChangeModel(this))
    , m_summaryLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_changeView(new QTableView(this))
    , m_commitButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("autogradeReviewDialog"));
    setWindowTitle(tr("Review Score Changes"));
    m_summaryLabel->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_errorLabel->setObjectName(QStringLiteral("reviewErrorLabel"));
    m_changeView->setObjectName(QStringLiteral("changeTableView"));
    m_commitButton->setObjectName(QStringLiteral("commitPushButton"));

    m_summaryLabel->setWordWrap(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->hide();

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_changeModel);
    proxy->setSortRole(Models::RawValueRole);
    m_changeView->setModel(proxy);
    m_changeView->setSortingEnabled(true);
    m_changeView->sortByColumn(Models::AutogradeChangeModel::StudentColumn, Qt::AscendingOrder);
    m_changeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changeView->setAlternatingRowColors(true);
    m_changeView->setWordWrap(false);
    m_changeView->verticalHeader()->hide();
    m_changeView->horizontalHeader()->setStretchLastSection(true);
    m_changeView->horizontalHeader()->restoreState(UiSettings::windowLayout(HeaderKey));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_commitButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_commitButton->setDefault(true);
    connect(m_commitButton, &QPushButton::clicked, this, &AutogradeReviewDialog::commit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_changeView, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    if (!restoreGeometry(UiSettings::windowLayout(GeometryKey))) {
        resize(820, 520);
    }
    refresh();
    m_changeView->setFocus();
}

AutogradeReviewDialog::~AutogradeReviewDialog()
{
    UiSettings::setWindowLayout(HeaderKey, m_changeView->horizontalHeader()->saveState());
    UiSettings::setWindowLayout(GeometryKey, saveGeometry());
}

void AutogradeReviewDialog::refresh()
{
    m_errorLabel->hide();
    if (!m_session) {
        m_changeModel->setChanges({});
        m_commitButton->setEnabled(false);
        return;
    }
    const auto preview = m_session->previewChanges();
    if (!preview) {
        m_changeModel->setChanges({});
        m_summaryLabel->setText(tr("The changes could not be computed."));
        m_commitButton->setText(tr("&Commit"));
        m_commitButton->setEnabled(false);
        showError(preview.error().message);
        return;
    }
    const Services::AutogradeChanges &changes = preview.value();
    m_changeModel->setChanges(changes);
    QSet<QString> students;
    for (const Services::AutogradeCellChange &change : changes.cells) {
        students.insert(change.studentId);
    }
    const int total = int(changes.cells.size());
    const int overridden = total - changes.finalScoreChanges();
    const QString assignment = m_session->plan().assignment;
    setWindowTitle(tr("Review Score Changes \u2014 %1").arg(assignment));
    QStringList text;
    if (total == 0) {
        text.append(
            tr("This run changes no auto scores of %1: the gradebook already holds these results.").arg(assignment));
    } else {
        QString line = tr("Committing writes %n auto score(s)", nullptr, total) + QLatin1Char(' ') +
                       tr("for %n student(s).", nullptr, int(students.size()));
        if (overridden > 0) {
            line += QLatin1Char(' ') + tr("%n of them do not change the final grade because a manual score "
                                          "decides it.",
                                          nullptr, overridden);
        }
        text.append(line);
    }
    if (!changes.ungradedTasks.isEmpty()) {
        text.append(tr("%n submission(s) have no result and keep their scores: retry them first.", nullptr,
                       int(changes.ungradedTasks.size())));
    }
    if (!changes.executed.isEmpty()) {
        text.append(tr("The executed notebooks go to autograded/, where feedback is generated from."));
    }
    text.append(tr("Manual scores, comments and rubric items stay as they are."));
    m_summaryLabel->setText(text.join(QLatin1Char('\n')));
    if (!changes.warnings.isEmpty()) {
        showError(changes.warnings.join(QLatin1Char('\n')));
    }
    // Placing executed notebooks is worth a commit even when no score moves.
    const bool anything = total > 0 || !changes.executed.isEmpty();
    m_commitButton->setText(total > 0 ? tr("&Commit %n Change(s)", nullptr, total) : tr("&Commit"));
    m_commitButton->setEnabled(anything);
    for (int column = 0; column < Models::AutogradeChangeModel::NoteColumn; ++column) {
        m_changeView->resizeColumnToContents(column);
    }
}

void AutogradeReviewDialog::commit()
{
    if (!m_session) {
        return;
    }
    const auto committed = m_session->commitChanges();
    if (!committed) {
        showError(committed.error().message);
        return;
    }
    emit this->committed(m_session->plan().assignment, committed.value().cellsWritten);
    accept();
}

void AutogradeReviewDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace GradeDesk::Ui
