// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvaspushdialog.h"

#include "canvasassignmentbox.h"

#include <models/canvas/canvasconnection.h>
#include <models/canvas/canvaspushmodel.h>
#include <models/roles.h>
#include <services/canvas/canvasclient.h>
#include <services/canvas/canvascourse.h>
#include <services/gradebook/gradebook.h>
#include <ui/messagebanner.h>
#include <ui/remote/remotedialogsupport.h>
#include <ui/remote/remoteprogresspanel.h>
#include <ui/uisettings.h>
#include <ui/userprompt.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace GradeDesk::Ui {

using namespace Services;
using Models::CanvasPushModel;
using State = CanvasPushModel::State;

namespace {

const auto SizeKey = QStringLiteral("canvas/pushDialog");
const auto SelectionKey = QStringLiteral("canvasPushAssignment");
constexpr int MaxReasonsListed = 3;

} // namespace

CanvasPushDialog::CanvasPushDialog(Models::CanvasConnection *connection, Gradebook *gradebook,
                                   const QString &assignment, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_gradebook(gradebook)
    , m_model(new CanvasPushModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_assignmentCombo(new QComboBox(this))
    , m_commentEdit(new QLineEdit(this))
    , m_onlyRegradedCheck(new QCheckBox(this))
    , m_canvasBox(new CanvasAssignmentBox(this))
    , m_banner(new MessageBanner(this))
    , m_progress(new RemoteProgressPanel(RemoteProgressPanel::Service::Canvas, this))
{
    setObjectName(QStringLiteral("canvasPushDialog"));
    setWindowTitle(tr("Push Grades to Canvas"));
    m_assignmentCombo->setObjectName(QStringLiteral("assignmentComboBox"));
    m_commentEdit->setObjectName(QStringLiteral("commentLineEdit"));
    m_commentEdit->setPlaceholderText(tr("Optional: sent to every student with the grade"));
    m_commentEdit->setClearButtonEnabled(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&GradeDesk assignment:"), m_assignmentCombo);
    form->addRow(tr("Co&mment to students:"), m_commentEdit);
    m_onlyRegradedCheck->setObjectName(QStringLiteral("onlyRegradedCheckBox"));
    m_onlyRegradedCheck->setToolTip(tr("Send only the grades that resolved regrade requests changed since the "
                                       "last push; everyone else is skipped"));
    m_onlyRegradedCheck->hide();
    form->addRow(QString(), m_onlyRegradedCheck);
    connect(m_onlyRegradedCheck, &QCheckBox::toggled, this, [this] {
        if (!m_model->hasResults() && !m_fullPlan.localAssignment.isEmpty()) {
            showPlan(m_fullPlan);
        }
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pushButton = buttons->addButton(tr("&Push Grades"), QDialogButtonBox::AcceptRole);
    m_pushButton->setObjectName(QStringLiteral("pushButton"));
    m_retryButton = buttons->addButton(tr("&Retry Failed"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retryFailedButton"));
    m_retryButton->setToolTip(tr("Send only the grades that Canvas does not show yet"));
    m_refreshButton = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(tr("Read the Canvas assignment and its scores again"));
    m_connectButton = buttons->addButton(tr("&Connect\u2026"), QDialogButtonBox::ActionRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->hide();
    for (QPushButton *button : {m_pushButton, m_retryButton, m_refreshButton, m_connectButton}) {
        button->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &CanvasPushDialog::reject);
    connect(m_pushButton, &QPushButton::clicked, this, &CanvasPushDialog::push);
    connect(m_retryButton, &QPushButton::clicked, this, &CanvasPushDialog::retryFailed);
    connect(m_refreshButton, &QPushButton::clicked, this, &CanvasPushDialog::refresh);
    connect(m_connectButton, &QPushButton::clicked, this, &CanvasPushDialog::connectionRequested);
    connect(m_canvasBox, &CanvasAssignmentBox::createRequested, this, &CanvasPushDialog::createAssignment);
    connect(m_canvasBox, &CanvasAssignmentBox::publishRequested, this, &CanvasPushDialog::publishAssignment);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_canvasBox);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    layout->addWidget(createTableArea(), 1);
    layout->addWidget(buttons);
    RemoteDialogSupport::restoreSize(this, SizeKey, QSize(900, 640));

    const Result<QList<AssignmentRecord>> assignments = gradebook->assignments();
    if (!assignments) {
        m_banner->showMessage(MessageBanner::Kind::Error, assignments.error().message);
    } else {
        for (const AssignmentRecord &record : assignments.value()) {
            m_assignmentCombo->addItem(record.name);
        }
    }
    const QString courseFile = connection->config().filePath;
    const QString wanted = !assignment.isEmpty() ? assignment : UiSettings::lastSelection(courseFile, SelectionKey);
    if (m_assignmentCombo->findText(wanted) >= 0) {
        m_assignmentCombo->setCurrentText(wanted);
    }
    connect(m_assignmentCombo, &QComboBox::currentTextChanged, this, [this, courseFile](const QString &name) {
        UiSettings::setLastSelection(courseFile, SelectionKey, name);
        refresh();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CanvasPushDialog::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CanvasPushDialog::updateState);
    updateCanvasBox();
    updateState();
    if (m_assignmentCombo->count() == 0) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("The gradebook has no assignments yet. Collect and grade submissions first."));
    } else {
        QMetaObject::invokeMethod(this, &CanvasPushDialog::refresh, Qt::QueuedConnection);
    }
}

CanvasPushDialog::~CanvasPushDialog() = default;

QWidget *CanvasPushDialog::createTableArea()
{
    auto *area = new QWidget(this);
    m_filterCombo = new QComboBox(area);
    m_filterCombo->setObjectName(QStringLiteral("filterComboBox"));
    m_filterCombo->addItem(tr("All students"), QString());
    m_filterCombo->addItem(tr("Grades to send, or sent"), QStringLiteral("^(send|pushed|failed)$"));
    m_filterCombo->addItem(tr("Failed"), QStringLiteral("^failed$"));
    m_filterCombo->addItem(tr("Skipped"), QStringLiteral("^(skip|skipped)$"));
    auto *filterLabel = new QLabel(tr("Sho&w:"), area);
    filterLabel->setBuddy(m_filterCombo);
    m_countsLabel = new QLabel(area);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Models::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterRole(CanvasPushModel::StateKeyRole);
    m_view = RemoteDialogSupport::tableView(QStringLiteral("gradesTableView"), area);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CanvasPushModel::StudentColumn, Qt::AscendingOrder);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(CanvasPushModel::StudentColumn, 16 * digit);
    m_view->setColumnWidth(CanvasPushModel::NameColumn, 20 * digit);
    m_view->setColumnWidth(CanvasPushModel::CanvasColumn, 15 * digit);
    m_view->setColumnWidth(CanvasPushModel::GradeDeskColumn, 10 * digit);

    auto *row = new QHBoxLayout;
    row->addWidget(filterLabel);
    row->addWidget(m_filterCombo);
    row->addSpacing(12);
    row->addWidget(m_countsLabel, 1);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setFilterRegularExpression(m_filterCombo->currentData().toString()); });
    return area;
}

void CanvasPushDialog::selectAssignment(const QString &name)
{
    if (m_assignmentCombo->currentText() == name) {
        refresh();
    } else {
        m_assignmentCombo->setCurrentText(name);
    }
}

QString CanvasPushDialog::currentAssignment() const
{
    return m_assignmentCombo->currentText();
}

bool CanvasPushDialog::isBusy() const
{
    return m_progress->isRunning();
}

QString CanvasPushDialog::statusText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString CanvasPushDialog::canvasText() const
{
    return m_canvasBox->text();
}

QString CanvasPushDialog::countsText() const
{
    return m_countsLabel->text();
}

void CanvasPushDialog::refresh()
{
    const QString name = currentAssignment();
    if (isBusy() || name.isEmpty() || !m_connection) {
        return;
    }
    m_banner->hide();
    m_connectButton->hide();
    m_model->clear();
    m_fullPlan = {};
    m_assignment.reset();
    m_lookedUp = false;
    updateRegradedChoice();
    updateCanvasBox();
    if (!m_connection->course()) {
        m_banner->showMessage(MessageBanner::Kind::Error, m_connection->configurationProblem());
        return;
    }
    const Result<QList<CanvasLocalGrade>> grades = CanvasGrades::localGrades(*m_gradebook, name);
    const Result<double> points = CanvasGrades::pointsPossible(*m_gradebook, name);
    const Result<QHash<QString, QString>> mappings = m_gradebook->canvasMappings(QStringLiteral("assignment"));
    if (!grades || !mappings) {
        showError(!grades ? grades.error() : mappings.error(), tr("The grades could not be read."));
        return;
    }
    m_grades = grades.value();
    m_points = points ? std::optional<double>(points.value()) : std::nullopt;
    CanvasAssignmentLookupJob *job = m_connection->course()->findAssignment(name, mappings.value().value(name));
    m_progress->track(job, tr("Looking for \u201c%1\u201d in Canvas").arg(name));
    connect(job, &CanvasJob::finished, this, [this, job] {
        if (!job->result()) {
            showError(job->result().error(), tr("The Canvas assignment could not be looked up."));
        } else {
            onAssignmentFound(job->result().value());
        }
        updateState();
    });
    updateState();
}

void CanvasPushDialog::onAssignmentFound(const std::optional<CanvasAssignment> &assignment)
{
    m_lookedUp = true;
    m_assignment = assignment;
    updateCanvasBox();
    const QString name = currentAssignment();
    if (!assignment) {
        // The dry run against an empty Canvas assignment: everything with a score would be sent.
        CanvasAssignment planned;
        planned.name = name;
        planned.pointsPossible = m_points.value_or(0.0);
        planned.gradingType = QStringLiteral("points");
        showPlan(CanvasPushPlan::build(name, planned, m_grades, {}));
        return;
    }
    const Result<QHash<QString, QString>> mappings = m_gradebook->canvasMappings(QStringLiteral("assignment"));
    if (mappings && mappings.value().value(name) != assignment->id) {
        if (const Result<void> stored =
                m_gradebook->setCanvasMapping(QStringLiteral("assignment"), name, assignment->id);
            !stored) {
            m_banner->showMessage(MessageBanner::Kind::Warning, stored.error().message);
        }
    }
    plan();
}

void CanvasPushDialog::plan()
{
    if (!m_assignment || !m_connection || !m_connection->course()) {
        return;
    }
    const QString name = currentAssignment();
    CanvasPushPlanJob *job = m_connection->course()->planPush(name, *m_assignment, m_grades);
    m_progress->track(job, tr("Reading the scores Canvas has now"));
    connect(job, &CanvasJob::finished, this, [this, job] {
        if (!job->result()) {
            showError(job->result().error(), tr("Canvas' current scores could not be read."));
        } else {
            showPlan(job->result().value());
            m_view->setFocus();
        }
        updateState();
    });
    updateState();
}

void CanvasPushDialog::showPlan(const CanvasPushPlan &plan)
{
    m_fullPlan = plan;
    CanvasPushPlan shown = plan;
    if (onlyRegraded()) {
        if (const Result<int> kept = CanvasGrades::keepOnlyRegraded(*m_gradebook, shown); !kept) {
            // Pushing everyone instead would silently send more than the grader chose.
            m_model->clear();
            showError(kept.error(), tr("The regraded students could not be read."));
            return;
        }
    }
    m_model->setPlan(shown);
}

bool CanvasPushDialog::onlyRegraded() const
{
    return m_onlyRegradedCheck->isVisibleTo(this) && m_onlyRegradedCheck->isChecked();
}

void CanvasPushDialog::setOnlyRegraded(bool only)
{
    m_onlyRegradedCheck->setChecked(only);
}

void CanvasPushDialog::updateRegradedChoice()
{
    const QString name = currentAssignment();
    const Result<QStringList> marks =
        name.isEmpty() ? Result<QStringList>(QStringList()) : m_gradebook->canvasPushMarks(name);
    if (!marks) {
        m_banner->showMessage(MessageBanner::Kind::Warning, marks.error().message);
    }
    const qsizetype count = marks ? marks.value().size() : 0;
    const QSignalBlocker blocker(m_onlyRegradedCheck);
    m_onlyRegradedCheck->setText(tr("Only &regraded students (%1)").arg(count));
    m_onlyRegradedCheck->setChecked(count > 0);
    m_onlyRegradedCheck->setVisible(count > 0);
}

void CanvasPushDialog::createAssignment(bool publish)
{
    if (isBusy() || m_assignment || !m_lookedUp || !m_connection || !m_connection->course()) {
        return;
    }
    if (!m_points || *m_points <= 0.0) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("GradeDesk does not know the points of \u201c%1\u201d (no graded cells), so it "
                                 "cannot create it in Canvas. Create the assignment in Canvas, then press Refresh.")
                                  .arg(currentAssignment()));
        return;
    }
    CanvasAssignmentJob *job = m_connection->course()->createAssignment(currentAssignment(), *m_points, publish);
    m_progress->track(job, tr("Creating \u201c%1\u201d in Canvas").arg(currentAssignment()));
    connect(job, &CanvasJob::finished, this, [this, job] {
        if (!job->result()) {
            showError(job->result().error(), tr("The assignment was not created in Canvas."));
        } else {
            m_banner->showMessage(MessageBanner::Kind::Information,
                                  tr("Created \u201c%1\u201d in Canvas.").arg(job->result().value().name));
            onAssignmentFound(job->result().value());
        }
        updateState();
    });
    updateState();
}

void CanvasPushDialog::publishAssignment()
{
    if (isBusy() || !m_assignment || m_assignment->published || !m_connection || !m_connection->course()) {
        return;
    }
    CanvasAssignmentJob *job = m_connection->course()->publishAssignment(m_assignment->id);
    m_progress->track(job, tr("Publishing \u201c%1\u201d in Canvas").arg(m_assignment->name));
    connect(job, &CanvasJob::finished, this, [this, job] {
        if (!job->result()) {
            showError(job->result().error(), tr("The assignment was not published."));
        } else {
            m_banner->showMessage(MessageBanner::Kind::Information,
                                  tr("Published \u201c%1\u201d in Canvas.").arg(job->result().value().name));
            onAssignmentFound(job->result().value());
        }
        updateState();
    });
    updateState();
}

void CanvasPushDialog::push()
{
    const int sending = m_model->count(State::Send);
    if (isBusy() || !m_assignment || !m_assignment->published || m_model->hasResults() || sending == 0) {
        return;
    }
    if (!UserPrompt::confirm(
            this, tr("Push Grades"),
            tr("Send %n grade(s) of \u201c%1\u201d to Canvas?", nullptr, sending).arg(currentAssignment()) +
                QStringLiteral("\n\n") + CanvasGrades::postPolicyText(*m_assignment),
            tr("Push"))) {
        return;
    }
    CanvasPushOptions options;
    options.comment = m_commentEdit->text().trimmed();
    options.actor = m_connection->actor();
    runPush(options);
}

void CanvasPushDialog::retryFailed()
{
    const QStringList failed = m_model->failedStudentIds();
    if (isBusy() || failed.isEmpty() || !m_assignment) {
        return;
    }
    CanvasPushOptions options;
    options.comment = m_commentEdit->text().trimmed();
    options.actor = m_connection->actor();
    options.onlyStudents = failed;
    runPush(options);
}

void CanvasPushDialog::runPush(const CanvasPushOptions &options)
{
    if (!m_connection || !m_connection->course()) {
        return;
    }
    m_banner->hide();
    CanvasPushJob *job = m_connection->course()->push(m_model->plan(), m_gradebook, options);
    m_progress->track(job, options.onlyStudents.isEmpty()
                               ? tr("Sending grades")
                               : tr("Sending the failed grades again (%1)").arg(options.onlyStudents.size()));
    const QStringList only = options.onlyStudents;
    connect(job, &CanvasJob::finished, this, [this, job, only] {
        if (!job->result()) {
            const ServiceError &error = job->result().error();
            if (error.kind == ServiceError::Kind::Cancelled) {
                m_banner->showMessage(MessageBanner::Kind::Warning,
                                      tr("The push was cancelled. Grades Canvas already accepted stay there: press "
                                         "Refresh to compare again, then push the rest."));
            } else {
                showError(error, tr("The grades were not sent."));
            }
        } else {
            onPushed(job->result().value(), only);
        }
        updateState();
    });
    updateState();
}

void CanvasPushDialog::onPushed(const CanvasPushReport &report, const QStringList &onlyStudents)
{
    m_model->applyReport(report, onlyStudents);
    const int failed = m_model->count(State::Failed);
    const int graded = failed + m_model->count(State::Pushed) + m_model->count(State::Unchanged);
    QStringList lines;
    if (failed == 0) {
        lines << tr("Done: all %1 grades are in Canvas, each one checked by reading it back.").arg(graded);
    } else {
        lines << tr("%1 of %2 grades are in Canvas, each checked by reading it back. Not in Canvas: %3, because")
                     .arg(graded - failed)
                     .arg(graded)
                     .arg(failed);
        const QList<std::pair<QString, int>> reasons = m_model->failureReasons();
        for (qsizetype i = 0; i < std::min<qsizetype>(reasons.size(), MaxReasonsListed); ++i) {
            lines << QStringLiteral("  \u2022 %1 \u00d7 %2").arg(reasons.at(i).second).arg(reasons.at(i).first);
        }
        if (reasons.size() > MaxReasonsListed) {
            lines << tr("  \u2022 other reasons: see the Result column");
        }
        lines << tr("Fix what the reason names, if anything, then press Retry Failed: only those grades are sent "
                    "again.");
        // Failed rows first, so the grader sees them without scrolling.
        m_view->sortByColumn(CanvasPushModel::StatusColumn, Qt::AscendingOrder);
        m_view->scrollToTop();
    }
    for (const QString &message : report.canvasMessages) {
        lines << tr("Canvas reported: %1").arg(message);
    }
    if (!report.auditError.isEmpty()) {
        lines << tr("The push was not recorded in the audit log: %1").arg(report.auditError);
    }
    lines << tr("Requests: %1, time: %2 s.").arg(report.requests).arg(double(report.elapsedMs) / 1000.0, 0, 'f', 1);
    m_banner->showMessage(failed > 0 || !report.auditError.isEmpty() ? MessageBanner::Kind::Warning
                                                                     : MessageBanner::Kind::Information,
                          lines.join(QLatin1Char('\n')));
    if (failed > 0) {
        m_retryButton->setFocus();
    }
    emit pushed(currentAssignment());
}

void CanvasPushDialog::showError(const ServiceError &error, const QString &what)
{
    if (error.kind == ServiceError::Kind::Cancelled) {
        m_banner->showMessage(MessageBanner::Kind::Information, tr("Cancelled. Press Refresh to start again."));
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Error,
                          what + QLatin1Char('\n') +
                              RemoteDialogSupport::errorText(error, RemoteDialogSupport::Service::Canvas));
    m_connectButton->setVisible(RemoteDialogSupport::needsNewToken(error, RemoteDialogSupport::Service::Canvas));
}

void CanvasPushDialog::updateCanvasBox()
{
    if (m_lookedUp) {
        m_canvasBox->showResult(currentAssignment(), m_assignment, m_points);
    } else {
        m_canvasBox->showSearching(currentAssignment());
    }
}

void CanvasPushDialog::updateState()
{
    const bool busy = isBusy();
    const int sending = m_model->count(State::Send);
    const int failed = m_model->count(State::Failed);
    const bool ready = m_assignment && m_assignment->published && !m_model->hasResults();
    m_assignmentCombo->setEnabled(!busy);
    m_onlyRegradedCheck->setEnabled(!busy && !m_model->hasResults());
    m_refreshButton->setEnabled(!busy && !currentAssignment().isEmpty());
    m_canvasBox->setActionsEnabled(!busy);
    m_pushButton->setText(sending > 0 ? tr("&Push Grades (%1)").arg(sending) : tr("&Push Grades"));
    m_pushButton->setEnabled(!busy && ready && sending > 0);
    m_pushButton->setDefault(m_pushButton->isEnabled());
    m_retryButton->setText(failed > 0 ? tr("&Retry Failed (%1)").arg(failed) : tr("&Retry Failed"));
    m_retryButton->setEnabled(!busy && failed > 0);
    if (m_model->rowCount() == 0) {
        m_countsLabel->clear();
    } else if (m_model->hasResults()) {
        m_countsLabel->setText(tr("%1 pushed \u00b7 %2 unchanged \u00b7 %3 failed \u00b7 %4 skipped")
                                   .arg(m_model->count(State::Pushed))
                                   .arg(m_model->count(State::Unchanged))
                                   .arg(failed)
                                   .arg(m_model->count(State::Skipped) + m_model->count(State::Skip)));
    } else {
        m_countsLabel->setText(tr("Dry run, nothing sent yet: %1 to send \u00b7 %2 unchanged \u00b7 %3 skipped")
                                   .arg(sending)
                                   .arg(m_model->count(State::Unchanged))
                                   .arg(m_model->count(State::Skip)));
    }
}

void CanvasPushDialog::reject()
{
    if (isBusy()) {
        m_progress->cancel();
        return;
    }
    QDialog::reject();
}

void CanvasPushDialog::done(int result)
{
    RemoteDialogSupport::saveSize(this, SizeKey);
    QDialog::done(result);
}

} // namespace GradeDesk::Ui
