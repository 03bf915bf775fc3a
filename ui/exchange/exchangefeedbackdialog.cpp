// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchangefeedbackdialog.h"

#include "exchangedialogsupport.h"

#include <models/exchange/exchangefeedbackmodel.h>
#include <models/exchange/ngshareconnection.h>
#include <services/exchange/ngshareexchange.h>
#include <services/gradebook/gradebook.h>
#include <services/grading/feedbackhtml.h>
#include <ui/messagebanner.h>
#include <ui/remote/remoteprogresspanel.h>
#include <ui/uilogging.h>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using namespace Services;
using Models::ExchangeFeedbackModel;

namespace {

const auto SizeKey = QStringLiteral("exchange/feedbackDialog");

} // namespace

ExchangeFeedbackDialog::ExchangeFeedbackDialog(Models::NgshareConnection *connection, Gradebook *gradebook,
                                               const QString &courseTitle, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_gradebook(gradebook)
    , m_courseTitle(courseTitle)
    , m_model(new ExchangeFeedbackModel(this))
    , m_banner(new MessageBanner(this))
    , m_assignmentBox(new QComboBox(this))
    , m_view(ExchangeDialogSupport::tableView(QStringLiteral("feedbackTableView"), this))
    , m_summary(ExchangeDialogSupport::noteLabel(QString(), this))
    , m_progress(new RemoteProgressPanel(RemoteProgressPanel::Service::Ngshare, this))
    , m_uploadButton(new QPushButton(tr("&Generate and Upload"), this))
    , m_connectButton(new QPushButton(tr("C&onnect\u2026"), this))
{
    setObjectName(QStringLiteral("exchangeFeedbackDialog"));
    setWindowTitle(tr("Release Feedback on ngshare"));
    m_assignmentBox->setObjectName(QStringLiteral("assignmentComboBox"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_uploadButton->setObjectName(QStringLiteral("uploadButton"));
    m_uploadButton->setToolTip(tr("Write the feedback pages into feedback/ and upload each student's pages for "
                                  "the submission that was graded"));
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setAutoDefault(false);
    m_connectButton->hide();
    m_view->setModel(m_model);
    m_view->setTabKeyNavigation(false);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->horizontalHeader()->resizeSection(ExchangeFeedbackModel::StudentColumn, 14 * digit);
    m_view->horizontalHeader()->resizeSection(ExchangeFeedbackModel::NameColumn, 20 * digit);
    m_view->horizontalHeader()->resizeSection(ExchangeFeedbackModel::SubmittedColumn, 28 * digit);
    m_view->horizontalHeader()->resizeSection(ExchangeFeedbackModel::PagesColumn, 7 * digit);

    const Result<QList<AssignmentRecord>> assignments = gradebook->assignments();
    if (assignments) {
        for (const AssignmentRecord &assignment : assignments.value()) {
            m_assignmentBox->addItem(assignment.name);
        }
    } else {
        showError(tr("The gradebook's assignments could not be read."), assignments.error());
    }

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Assignment:"), this);
    label->setBuddy(m_assignmentBox);
    row->addWidget(label);
    row->addWidget(m_assignmentBox);
    row->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_connectButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_uploadButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExchangeFeedbackDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(ExchangeDialogSupport::noteLabel(
        tr("Each student gets the graded notebooks as HTML pages with scores, rubric items and comments, for the "
           "exact submission below. Uploading again replaces the earlier feedback."),
        this));
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    ExchangeDialogSupport::restoreSize(this, SizeKey, QSize(860, 520));

    setAssignment(current);
    connect(m_assignmentBox, &QComboBox::currentIndexChanged, this, &ExchangeFeedbackDialog::loadAssignment);
    connect(m_uploadButton, &QPushButton::clicked, this, &ExchangeFeedbackDialog::generateAndUpload);
    connect(m_connectButton, &QPushButton::clicked, this, &ExchangeFeedbackDialog::connectionRequested);
    loadAssignment();
    m_assignmentBox->setFocus();
}

ExchangeFeedbackDialog::~ExchangeFeedbackDialog() = default;

QString ExchangeFeedbackDialog::assignment() const
{
    return m_assignmentBox->currentText();
}

void ExchangeFeedbackDialog::setAssignment(const QString &name)
{
    const int index = m_assignmentBox->findText(name);
    if (index >= 0) {
        m_assignmentBox->setCurrentIndex(index);
    }
}

bool ExchangeFeedbackDialog::isBusy() const
{
    return m_progress->isRunning();
}

QString ExchangeFeedbackDialog::statusText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void ExchangeFeedbackDialog::loadAssignment()
{
    m_summary->clear();
    if (assignment().isEmpty()) {
        m_model->clear();
        m_summary->setText(tr("The gradebook has no assignment yet: collect submissions first."));
        updateState();
        return;
    }
    if (const Result<void> loaded = m_model->load(*m_gradebook, assignment()); !loaded) {
        showError(tr("The submissions of %1 could not be read.").arg(assignment()), loaded.error());
    } else {
        m_model->setPageCounts(QDir(m_connection->config().courseDirectory()).filePath(QStringLiteral("feedback")));
        m_summary->setText(m_model->rowCount() == 0
                               ? tr("Nobody has submitted %1 yet.").arg(assignment())
                               : tr("%n submission(s) in the gradebook.", nullptr, m_model->rowCount()));
    }
    updateState();
}

void ExchangeFeedbackDialog::generateAndUpload()
{
    const QString name = assignment();
    if (name.isEmpty() || isBusy() || !m_connection || !m_connection->exchange() || m_model->rowCount() == 0) {
        return;
    }
    m_banner->hide();
    m_connectButton->hide();
    m_model->resetResults();
    const QString courseDir = m_connection->config().courseDirectory();
    const QString outputDir = QDir(courseDir).filePath(QStringLiteral("feedback"));
    // The gradebook's connection belongs to this thread: the pages are written here, behind a wait cursor.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QStringList> written = FeedbackHtml::generate(*m_gradebook, courseDir, m_courseTitle, name, outputDir);
    QApplication::restoreOverrideCursor();
    if (!written) {
        showError(tr("The feedback pages of %1 could not be written; nothing was uploaded.").arg(name),
                  written.error());
        return;
    }
    m_model->setPageCounts(outputDir);
    auto *job = m_connection->exchange()->releaseFeedback(name, outputDir);
    m_progress->track(job, tr("Uploading feedback"));
    connect(job, &ExchangeJob::finished, this, [this, job, name] {
        const Result<ExchangeFeedbackReport> &result = job->result();
        if (!result) {
            if (result.error().kind == ServiceError::Kind::Cancelled) {
                m_banner->showMessage(MessageBanner::Kind::Information,
                                      tr("Upload cancelled. Some students may already have their feedback; press "
                                         "Generate and Upload again to send it to everyone."));
            } else {
                showError(tr("The feedback of %1 was not uploaded.").arg(name), result.error());
            }
            updateState();
            return;
        }
        const ExchangeFeedbackReport &report = result.value();
        m_model->setReport(report);
        QStringList lines{tr("Uploaded the feedback of %n submission(s)", nullptr, report.submissions) +
                          tr(" (%n page(s)).", nullptr, report.files)};
        lines << report.warnings;
        if (!report.skipped.isEmpty()) {
            lines << tr("%n student(s) got no feedback: the Result column says why.", nullptr,
                        int(report.skipped.size()));
        }
        m_banner->showMessage(report.skipped.isEmpty() && report.warnings.isEmpty() ? MessageBanner::Kind::Information
                                                                                    : MessageBanner::Kind::Warning,
                              lines.join(QLatin1Char('\n')));
        if (report.submissions > 0) {
            emit uploaded(name);
        }
        updateState();
    });
    updateState();
}

void ExchangeFeedbackDialog::showError(const QString &what, const ServiceError &error)
{
    qCWarning(lcUi) << what << "-" << kindName(error.kind) << error.detail;
    m_banner->showMessage(MessageBanner::Kind::Error,
                          what + QLatin1Char('\n') + ExchangeDialogSupport::errorText(error));
    m_connectButton->setVisible(ExchangeDialogSupport::needsNewToken(error));
}

void ExchangeFeedbackDialog::updateState()
{
    const bool busy = isBusy();
    m_assignmentBox->setEnabled(!busy);
    m_uploadButton->setEnabled(!busy && m_model->rowCount() > 0);
}

void ExchangeFeedbackDialog::reject()
{
    if (m_progress->isRunning()) {
        m_progress->cancel();
        return;
    }
    QDialog::reject();
}

void ExchangeFeedbackDialog::done(int result)
{
    ExchangeDialogSupport::saveSize(this, SizeKey);
    QDialog::done(result);
}

} // namespace GradeDesk::Ui
