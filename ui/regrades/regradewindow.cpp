// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "regradewindow.h"

#include "../messagebanner.h"
#include "../uisettings.h"
#include "../userprompt.h"
#include "regradedetailpane.h"

#include <models/regrades/regradefiltermodel.h>
#include <models/regrades/regradelistmodel.h>
#include <models/roles.h>
#include <services/gradebook/gradebook.h>
#include <services/grading/pseudonym.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using namespace Services;
using Models::RegradeFilterModel;
using Models::RegradeListModel;
using StateFilter = RegradeFilterModel::StateFilter;

namespace {

constexpr qint64 AllQuestions = -1;

} // namespace

RegradeWindow::RegradeWindow(Gradebook *gradebook, const CourseConfig &config, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_gradebook(gradebook)
    , m_config(config)
    , m_model(new RegradeListModel(this))
    , m_filter(new RegradeFilterModel(this))
    , m_banner(new MessageBanner(this))
    , m_assignmentCombo(new QComboBox(this))
    , m_stateCombo(new QComboBox(this))
    , m_questionCombo(new QComboBox(this))
    , m_anonymousCheck(new QCheckBox(tr("Anon&ymous"), this))
    , m_newButton(new QPushButton(tr("&New Request…"), this))
    , m_importButton(new QPushButton(tr("&Import CSV…"), this))
    , m_gradeButton(new QPushButton(tr("Open in &Grading View"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_requestView(new QTableView(this))
    , m_detail(new RegradeDetailPane(this))
    , m_countsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("regradeWindow"));
    setWindowTitle(tr("Regrades — %1").arg(config.title.isEmpty() ? config.id : config.title));
    m_filter->setSourceModel(m_model);
    buildLayout();

    m_detail->setCourse(gradebook, config.courseDirectory());
    m_anonymousCheck->setChecked(UiSettings::gradingValue(QStringLiteral("anonymous"), true).toBool());
    m_model->setAnonymous(m_anonymousCheck->isChecked());

    connect(m_assignmentCombo, &QComboBox::activated, this,
            [this] { setAssignment(m_assignmentCombo->currentText()); });
    connect(m_stateCombo, &QComboBox::activated, this, &RegradeWindow::applyFilters);
    connect(m_questionCombo, &QComboBox::activated, this, &RegradeWindow::applyFilters);
    connect(m_anonymousCheck, &QCheckBox::toggled, this, &RegradeWindow::onAnonymousToggled);
    connect(m_newButton, &QPushButton::clicked, this, &RegradeWindow::openNewRequestDialog);
    connect(m_importButton, &QPushButton::clicked, this, &RegradeWindow::openImportDialog);
    connect(m_gradeButton, &QPushButton::clicked, this, [this] {
        if (const auto request = currentRequest()) {
            emit gradeAnswerRequested(request->assignmentName, request->cellId, request->studentId);
        }
    });
    connect(m_detail, &RegradeDetailPane::startReviewRequested, this, &RegradeWindow::startReview);
    connect(m_detail, &RegradeDetailPane::resolveRequested, this, &RegradeWindow::openResolveDialog);
    connect(m_detail, &RegradeDetailPane::reopenRequested, this, &RegradeWindow::reopen);
    connect(m_requestView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_syncing) {
            showCurrent();
        }
    });
    connect(m_model, &RegradeListModel::requestsChanged, this, [this] {
        updateStateChoices();
        updateQuestionChoices();
        showCurrent();
    });
    connect(m_model, &RegradeListModel::refreshFailed, this,
            [this](const ServiceError &error) { reportFailure(error, tr("Reading the regrade requests failed")); });

    auto *closeAction = new QAction(this);
    closeAction->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    auto *reloadAction = new QAction(this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    connect(reloadAction, &QAction::triggered, this, &RegradeWindow::reload);
    addActions({closeAction, reloadAction});

    loadStudents();
    loadAssignments();
    resize(1200, 760);
}

RegradeWindow::~RegradeWindow() = default;

void RegradeWindow::buildLayout()
{
    m_assignmentCombo->setObjectName(QStringLiteral("assignmentComboBox"));
    m_stateCombo->setObjectName(QStringLiteral("stateFilterComboBox"));
    m_questionCombo->setObjectName(QStringLiteral("questionFilterComboBox"));
    m_anonymousCheck->setObjectName(QStringLiteral("anonymousCheckBox"));
    m_newButton->setObjectName(QStringLiteral("newRequestPushButton"));
    m_importButton->setObjectName(QStringLiteral("importCsvPushButton"));
    m_gradeButton->setObjectName(QStringLiteral("gradeAnswerPushButton"));
    m_requestView->setObjectName(QStringLiteral("regradeRequestTableView"));
    m_countsLabel->setObjectName(QStringLiteral("regradeCountsLabel"));
    m_banner->hide();

    m_stateCombo->setToolTip(tr("Which requests the list shows"));
    m_questionCombo->setToolTip(tr("Requests on one question (with its open requests)"));
    m_anonymousCheck->setToolTip(tr("Show pseudonyms instead of names, as in the grading view. Turning this off "
                                    "is recorded in the audit log."));
    m_newButton->setToolTip(tr("Enter a request a student made by mail or in person"));
    m_importButton->setToolTip(tr("Add requests from a CSV file: student, assignment, question, message"));
    m_gradeButton->setToolTip(tr("Change the grade of this answer in the grading view"));
    m_questionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_questionCombo->setMinimumContentsLength(16);

    m_requestView->setModel(m_filter);
    m_requestView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requestView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requestView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requestView->setAlternatingRowColors(true);
    m_requestView->setWordWrap(false);
    m_requestView->setTabKeyNavigation(false);
    m_requestView->verticalHeader()->hide();
    m_requestView->verticalHeader()->setDefaultSectionSize(m_requestView->fontMetrics().height() + 8);
    QHeaderView *header = m_requestView->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(RegradeListModel::MessageColumn, QHeaderView::Stretch);
    for (const int column : {int(RegradeListModel::SourceColumn), int(RegradeListModel::AgeColumn)}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    // Wide enough for the longest state, so "Resolved: unchanged" is never cut.
    const QFontMetrics metrics = m_requestView->fontMetrics();
    RegradeRequestRecord longest;
    longest.state = RegradeState::Resolved;
    longest.outcome = RegradeOutcome::Unchanged;
    header->resizeSection(RegradeListModel::StateColumn,
                          metrics.horizontalAdvance(RegradeListModel::stateWithOutcome(longest)) + 24);
    // The message gets what is left; long student and question names are elided.
    header->resizeSection(RegradeListModel::StudentColumn,
                          metrics.horizontalAdvance(QStringLiteral("Student 0000000")));
    header->resizeSection(RegradeListModel::QuestionColumn,
                          metrics.horizontalAdvance(QStringLiteral("notebook: question_00")));
    header->resizeSection(RegradeListModel::EnteredByColumn,
                          metrics.horizontalAdvance(QStringLiteral("Entered by")) + 16);
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("Age")) + 16);
    // Oldest first until the grader sorts by a column.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_requestView->setSortingEnabled(true);

    const auto labelled = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *filters = new QHBoxLayout;
    filters->addWidget(labelled(tr("&Assignment:"), m_assignmentCombo));
    filters->addWidget(m_assignmentCombo);
    filters->addSpacing(12);
    filters->addWidget(labelled(tr("Sho&w:"), m_stateCombo));
    filters->addWidget(m_stateCombo);
    filters->addSpacing(12);
    filters->addWidget(labelled(tr("&Question:"), m_questionCombo));
    filters->addWidget(m_questionCombo);
    filters->addSpacing(12);
    filters->addWidget(m_anonymousCheck);
    filters->addStretch(1);
    filters->addWidget(m_newButton);
    filters->addWidget(m_importButton);

    auto *listSide = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_requestView, 1);
    auto *below = new QHBoxLayout;
    below->addWidget(m_countsLabel, 1);
    below->addWidget(m_gradeButton);
    listLayout->addLayout(below);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({720, 560});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_assignmentCombo, m_stateCombo);
    setTabOrder(m_stateCombo, m_questionCombo);
    setTabOrder(m_questionCombo, m_anonymousCheck);
    setTabOrder(m_anonymousCheck, m_newButton);
    setTabOrder(m_newButton, m_importButton);
    setTabOrder(m_importButton, m_requestView);
    setTabOrder(m_requestView, m_gradeButton);
    setTabOrder(m_gradeButton, m_detail->startReviewButton());
}

void RegradeWindow::loadStudents()
{
    if (!m_gradebook) {
        return;
    }
    const Result<QList<StudentRecord>> students = m_gradebook->students();
    if (!students) {
        reportFailure(students.error(), tr("Reading the students failed"));
        return;
    }
    QHash<QString, QString> names;
    QStringList ids;
    for (const StudentRecord &student : students.value()) {
        names.insert(student.id, student.displayName());
        ids.append(student.id);
    }
    // The same pseudonyms as the grading view: the same course id and the same set of students.
    m_model->setStudentNames(names, Pseudonyms::assign(m_config.id, ids));
}

void RegradeWindow::loadAssignments()
{
    const QString current = m_assignmentCombo->currentText();
    const QSignalBlocker blocker(m_assignmentCombo);
    m_assignmentCombo->clear();
    if (!m_gradebook) {
        return;
    }
    const Result<QList<AssignmentRecord>> assignments = m_gradebook->assignments();
    if (!assignments) {
        reportFailure(assignments.error(), tr("Reading the assignments failed"));
        return;
    }
    for (const AssignmentRecord &assignment : assignments.value()) {
        m_assignmentCombo->addItem(assignment.name, assignment.id);
    }
    m_assignmentCombo->setCurrentIndex(std::max(0, m_assignmentCombo->findText(current)));
}

void RegradeWindow::setAssignment(const QString &name)
{
    if (m_gradebook && name != assignment()) {
        loadAssignments();
    }
    m_assignmentCombo->setCurrentIndex(name.isEmpty() ? 0 : m_assignmentCombo->findText(name));
    const int index = m_assignmentCombo->currentIndex();
    m_questions.clear();
    if (m_gradebook && index >= 0) {
        if (Result<QList<QuestionRecord>> questions = m_gradebook->questions(assignmentId()); questions) {
            m_questions = std::move(questions).value();
        } else {
            reportFailure(questions.error(), tr("Reading the questions failed"));
        }
    }
    {
        const QScopedValueRollback guard(m_syncing, true);
        if (Result<void> loaded = m_model->setAssignment(index >= 0 ? m_gradebook.data() : nullptr, assignmentId());
            !loaded) {
            reportFailure(loaded.error(), tr("Reading the regrade requests failed"));
        }
    }
    const QString title = m_config.title.isEmpty() ? m_config.id : m_config.title;
    setWindowTitle(index >= 0 ? tr("Regrades — %1 — %2").arg(assignment(), title) : tr("Regrades — %1").arg(title));
    applyFilters();
    if (m_filter->rowCount() > 0 && !m_requestView->currentIndex().isValid()) {
        m_requestView->setCurrentIndex(m_filter->index(0, 0));
    }
    showCurrent();
}

QString RegradeWindow::assignment() const
{
    return m_assignmentCombo->currentIndex() >= 0 ? m_assignmentCombo->currentText() : QString();
}

qint64 RegradeWindow::assignmentId() const
{
    return m_assignmentCombo->currentIndex() >= 0 ? m_assignmentCombo->currentData().toLongLong() : 0;
}

void RegradeWindow::reload()
{
    const auto selected = currentRequest();
    loadStudents();
    setAssignment(assignment());
    if (selected) {
        selectRequest(selected->id);
    }
}

bool RegradeWindow::selectRequest(qint64 id)
{
    const int sourceRow = m_model->rowOfRequest(id);
    const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        return false;
    }
    m_requestView->setCurrentIndex(index);
    m_requestView->scrollTo(index);
    return true;
}

std::optional<RegradeRequestRecord> RegradeWindow::currentRequest() const
{
    const QModelIndex index = m_requestView->currentIndex();
    if (!index.isValid()) {
        return std::nullopt;
    }
    return m_model->request(m_filter->mapToSource(index).row());
}

void RegradeWindow::updateStateChoices()
{
    const int open = m_model->count(RegradeState::Open) + m_model->count(RegradeState::Reopened);
    const int review = m_model->count(RegradeState::InReview);
    const int resolved = m_model->count(RegradeState::Resolved);
    const QList<std::pair<StateFilter, QString>> choices{
        {StateFilter::Unresolved, tr("Unresolved (%1)").arg(open + review)},
        {StateFilter::Open, tr("Open (%1)").arg(open)},
        {StateFilter::InReview, tr("In review (%1)").arg(review)},
        {StateFilter::Resolved, tr("Resolved (%1)").arg(resolved)},
        {StateFilter::All, tr("All (%1)").arg(m_model->rowCount())}};
    const int current =
        m_stateCombo->currentIndex() >= 0
            ? m_stateCombo->currentData().toInt()
            : UiSettings::gradingValue(QStringLiteral("regradeState"), int(StateFilter::Unresolved)).toInt();
    const QSignalBlocker blocker(m_stateCombo);
    if (m_stateCombo->count() != choices.size()) {
        m_stateCombo->clear();
        for (const auto &[filter, text] : choices) {
            m_stateCombo->addItem(text, int(filter));
        }
    } else {
        for (int row = 0; row < choices.size(); ++row) {
            m_stateCombo->setItemText(row, choices.at(row).second);
        }
    }
    m_stateCombo->setCurrentIndex(std::max(0, m_stateCombo->findData(current)));
    m_countsLabel->setText(countsText());
}

QString RegradeWindow::countsText() const
{
    if (m_model->rowCount() == 0) {
        return tr("No regrade requests for this assignment");
    }
    return tr("%1 open · %2 in review · %3 resolved")
        .arg(m_model->count(RegradeState::Open) + m_model->count(RegradeState::Reopened))
        .arg(m_model->count(RegradeState::InReview))
        .arg(m_model->count(RegradeState::Resolved));
}

void RegradeWindow::updateQuestionChoices()
{
    QHash<qint64, int> open;
    for (const RegradeRequestRecord &request : m_model->requests()) {
        open[request.cellId] += request.isOpen() ? 1 : 0;
    }
    const qint64 current =
        m_questionCombo->currentIndex() >= 0 ? m_questionCombo->currentData().toLongLong() : AllQuestions;
    const auto withCount = [&open](const QString &label, qint64 cellId) {
        const int count = open.value(cellId);
        return count > 0 ? tr("%1 (%2 open)").arg(label).arg(count) : label;
    };
    const QSignalBlocker blocker(m_questionCombo);
    m_questionCombo->clear();
    m_questionCombo->addItem(tr("All questions"), AllQuestions);
    m_questionCombo->addItem(withCount(tr("Whole submission"), 0), qint64(0));
    for (const QuestionRecord &question : std::as_const(m_questions)) {
        m_questionCombo->addItem(
            withCount(question.notebookName + QStringLiteral(": ") + question.name, question.cellId), question.cellId);
    }
    m_questionCombo->setCurrentIndex(std::max(0, m_questionCombo->findData(current)));
}

void RegradeWindow::applyFilters()
{
    if (m_stateCombo->count() == 0) {
        updateStateChoices();
        updateQuestionChoices();
    }
    const StateFilter state = StateFilter(m_stateCombo->currentData().toInt());
    UiSettings::setGradingValue(QStringLiteral("regradeState"), int(state));
    const qint64 cellId = m_questionCombo->currentData().toLongLong();
    m_filter->setStateFilter(state);
    m_filter->setQuestionFilter(cellId == AllQuestions ? std::nullopt : std::optional<qint64>(cellId));
    if (!m_requestView->currentIndex().isValid() && m_filter->rowCount() > 0) {
        m_requestView->setCurrentIndex(m_filter->index(0, 0));
    }
    showCurrent();
}

void RegradeWindow::showCurrent()
{
    const auto request = currentRequest();
    m_gradeButton->setEnabled(request.has_value());
    if (!request) {
        m_detail->clear(
            m_model->rowCount() == 0
                ? tr("No regrade requests for this assignment yet.\nNew Request… enters one.")
                : (m_filter->rowCount() == 0 ? tr("No request matches the filters.") : tr("No request selected")));
        return;
    }
    m_detail->showRequest(*request, m_model->displayName(request->studentId));
}

void RegradeWindow::onAnonymousToggled(bool anonymous)
{
    if (m_syncing || anonymous == m_model->isAnonymous()) {
        return;
    }
    if (!anonymous) {
        const bool confirmed =
            UserPrompt::confirm(this, tr("Show Student Names"),
                                tr("Show the names of the students who asked for a regrade? This is recorded in the "
                                   "audit log."),
                                tr("Show Names"));
        Result<void> audited =
            confirmed && m_gradebook
                ? m_gradebook->recordAudit(m_config.grader, QStringLiteral("reveal_all_names"),
                                           QStringLiteral("assignment"), assignment(), QString(), QString())
                : Result<void>();
        if (!confirmed || !audited) {
            if (!audited) {
                reportFailure(audited.error(), tr("Showing student names failed"));
            }
            const QScopedValueRollback guard(m_syncing, true);
            m_anonymousCheck->setChecked(true);
            return;
        }
    }
    m_model->setAnonymous(anonymous);
    UiSettings::setGradingValue(QStringLiteral("anonymous"), anonymous);
    showCurrent();
}

bool RegradeWindow::reportFailure(const ServiceError &error, const QString &what)
{
    m_banner->showMessage(error.kind == ServiceError::Kind::Conflict ? MessageBanner::Kind::Warning
                                                                     : MessageBanner::Kind::Error,
                          what.isEmpty() ? error.message : tr("%1: %2").arg(what, error.message));
    return false;
}

} // namespace GradeDesk::Ui
