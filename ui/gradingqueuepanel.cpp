// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradingqueuepanel.h"

#include "regrades/regrademarkdelegate.h"
#include "uisettings.h"

#include <models/answerfiltermodel.h>
#include <models/answerqueuemodel.h>
#include <models/gradingsession.h>
#include <models/questionlistmodel.h>
#include <models/roles.h>
#include <models/rubricmodel.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using Models::AnswerFilterModel;
using Models::AnswerQueueModel;
using Models::GradingSession;
using Models::QuestionListModel;

namespace {

using StateFilter = AnswerFilterModel::StateFilter;

// Filter choices are stored by these names (item filters are per question and not stored).
const auto StatePrefix = QStringLiteral("state:");
const auto ScorePrefix = QStringLiteral("score:");
const auto ItemPrefix = QStringLiteral("item:");

/// Paints the question's grading progress as a bar behind the "graded / total" text.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const double fraction = std::clamp(index.data(Models::RawValueRole).toDouble(), 0.0, 1.0);
        QRect bar = option.rect.adjusted(3, 4, -3, -4);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(QStringLiteral("#e2e8f0")));
        painter->drawRoundedRect(bar, 3, 3);
        bar.setWidth(int(bar.width() * fraction));
        painter->setBrush(QColor(fraction >= 1.0 ? QStringLiteral("#9ae6b4") : QStringLiteral("#90cdf4")));
        painter->drawRoundedRect(bar, 3, 3);
        painter->restore();
        QStyleOptionViewItem text = option;
        text.displayAlignment = Qt::AlignCenter;
        text.backgroundBrush = Qt::NoBrush;
        QStyledItemDelegate::paint(painter, text, index);
    }
};

} // namespace

GradingQueuePanel::GradingQueuePanel(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_assignmentCombo(new QComboBox(this))
    , m_questionView(new QTreeView(this))
    , m_questionProgressLabel(new QLabel(this))
    , m_filterCombo(new QComboBox(this))
    , m_groupCombo(new QComboBox(this))
    , m_anonymousCheck(new QCheckBox(tr("Anonymous"), this))
    , m_shuffleCheck(new QCheckBox(tr("Shuffle"), this))
    , m_jumpEdit(new QLineEdit(this))
    , m_queueView(new QTableView(this))
    , m_queueLabel(new QLabel(this))
    , m_loadingLabel(new QLabel(this))
    , m_regradeMark(new RegradeMarkDelegate(this))
{
    setObjectName(QStringLiteral("gradingQueuePanel"));
    m_splitter->setObjectName(QStringLiteral("queueSplitter"));
    m_assignmentCombo->setObjectName(QStringLiteral("assignmentComboBox"));
    m_assignmentCombo->setFocusPolicy(Qt::TabFocus);
    m_assignmentCombo->setToolTip(tr("The assignment to grade"));
    m_questionView->setObjectName(QStringLiteral("questionTreeView"));
    m_questionProgressLabel->setObjectName(QStringLiteral("questionProgressLabel"));
    m_filterCombo->setObjectName(QStringLiteral("answerFilterComboBox"));
    m_groupCombo->setObjectName(QStringLiteral("groupByComboBox"));
    m_anonymousCheck->setObjectName(QStringLiteral("anonymousCheckBox"));
    m_shuffleCheck->setObjectName(QStringLiteral("shuffleCheckBox"));
    m_jumpEdit->setObjectName(QStringLiteral("jumpToStudentLineEdit"));
    m_queueView->setObjectName(QStringLiteral("answerQueueTableView"));
    m_queueLabel->setObjectName(QStringLiteral("queueSummaryLabel"));
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));

    m_questionView->setRootIsDecorated(false);
    m_questionView->setUniformRowHeights(true);
    m_questionView->setAllColumnsShowFocus(true);
    m_questionView->setItemDelegateForColumn(QuestionListModel::ProgressColumn, new ProgressDelegate(m_questionView));

    for (QLabel *label : {m_questionProgressLabel, m_queueLabel, m_loadingLabel}) {
        label->setTextFormat(Qt::PlainText);
        QPalette muted = label->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        label->setPalette(muted);
    }
    m_loadingLabel->hide();

    m_groupCombo->addItem(tr("No groups"), int(GradingSession::GroupBy::None));
    m_groupCombo->addItem(tr("Group same code"), int(GradingSession::GroupBy::Code));
    m_groupCombo->addItem(tr("Group same output"), int(GradingSession::GroupBy::Output));
    m_groupCombo->setToolTip(tr("Answers with the same code (comments and spacing ignored) or the same output form "
                                "a group; Shift+key grades the whole group"));
    m_filterCombo->setToolTip(tr("Which answers the queue shows"));
    m_anonymousCheck->setToolTip(tr("Show pseudonyms instead of names. Turning this off is recorded in the audit "
                                    "log; R reveals one name."));
    m_shuffleCheck->setToolTip(tr("Grade in an order of your own (the same every time), so graders sharing a "
                                  "question do not meet"));
    m_jumpEdit->setPlaceholderText(tr("Jump to student ( / )"));
    m_jumpEdit->setClearButtonEnabled(true);
    auto *completer = new QCompleter(new QStringListModel(m_jumpEdit), m_jumpEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_jumpEdit->setCompleter(completer);
    for (QWidget *widget : {static_cast<QWidget *>(m_filterCombo), static_cast<QWidget *>(m_groupCombo),
                            static_cast<QWidget *>(m_anonymousCheck), static_cast<QWidget *>(m_shuffleCheck)}) {
        widget->setFocusPolicy(Qt::TabFocus);
    }

    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->setWordWrap(false);
    m_queueView->setTabKeyNavigation(false);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->verticalHeader()->hide();
    m_queueView->verticalHeader()->setDefaultSectionSize(m_queueView->fontMetrics().height() + 8);
    m_queueView->horizontalHeader()->setHighlightSections(false);

    auto *questions = new QWidget(m_splitter);
    auto *questionsLayout = new QVBoxLayout(questions);
    questionsLayout->setContentsMargins(0, 6, 0, 0);
    questionsLayout->setSpacing(4);
    auto *questionTitle = new QLabel(tr("Questions"), questions);
    QFont bold = questionTitle->font();
    bold.setBold(true);
    questionTitle->setFont(bold);
    auto *assignmentRow = new QHBoxLayout;
    auto *assignmentLabel = new QLabel(tr("Assignment:"), questions);
    assignmentLabel->setFont(bold);
    assignmentRow->addWidget(assignmentLabel);
    assignmentRow->addWidget(m_assignmentCombo, 1);
    questionsLayout->addLayout(assignmentRow);
    questionsLayout->addWidget(questionTitle);
    questionsLayout->addWidget(m_questionView, 1);
    questionsLayout->addWidget(m_questionProgressLabel);

    auto *queue = new QWidget(m_splitter);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 6, 0, 0);
    queueLayout->setSpacing(4);
    auto *queueTitle = new QLabel(tr("Answers"), queue);
    queueTitle->setFont(bold);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterCombo, 1);
    filters->addWidget(m_groupCombo, 1);
    auto *toggles = new QHBoxLayout;
    toggles->addWidget(m_anonymousCheck);
    toggles->addWidget(m_shuffleCheck);
    toggles->addStretch(1);
    queueLayout->addWidget(queueTitle);
    queueLayout->addLayout(filters);
    queueLayout->addLayout(toggles);
    queueLayout->addWidget(m_jumpEdit);
    queueLayout->addWidget(m_queueView, 1);
    queueLayout->addWidget(m_queueLabel);
    queueLayout->addWidget(m_loadingLabel);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(questions);
    m_splitter->addWidget(queue);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({250, 550});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_assignmentCombo, &QComboBox::activated, this, [this](int row) {
        emit assignmentChosen(m_assignmentCombo->model()->index(row, 0).data(Models::NameRole).toString());
    });
    connect(m_filterCombo, &QComboBox::activated, this, &GradingQueuePanel::applyFilter);
    connect(m_groupCombo, &QComboBox::activated, this, [this] {
        if (m_session) {
            m_session->setGroupBy(GradingSession::GroupBy(m_groupCombo->currentData().toInt()));
            saveChoices();
        }
    });
    connect(m_shuffleCheck, &QCheckBox::toggled, this, [this](bool shuffled) {
        if (m_session && !m_syncing) {
            m_session->setShuffled(shuffled);
            saveChoices();
        }
    });
    connect(m_anonymousCheck, &QCheckBox::toggled, this, [this](bool anonymous) {
        if (!m_session || m_syncing || anonymous == m_session->isAnonymous()) {
            return;
        }
        if (anonymous) {
            m_session->setAnonymous(true);
            saveAnonymity();
        } else {
            emit anonymousOffRequested();
        }
    });
    connect(m_jumpEdit, &QLineEdit::returnPressed, this, &GradingQueuePanel::onJump);
    updateFilterChoices();
}

GradingQueuePanel::~GradingQueuePanel() = default;

void GradingQueuePanel::setSession(GradingSession *session)
{
    if (m_session) {
        disconnect(m_session->questions(), nullptr, this, nullptr);
        disconnect(m_session->filteredAnswers(), nullptr, this, nullptr);
    }
    m_session = session;
    m_questionView->setModel(session ? session->questions() : nullptr);
    m_queueView->setModel(session ? session->filteredAnswers() : nullptr);
    if (!session) {
        return;
    }
    QHeaderView *questionHeader = m_questionView->header();
    questionHeader->setStretchLastSection(false);
    questionHeader->setSectionResizeMode(QuestionListModel::LabelColumn, QHeaderView::Stretch);
    questionHeader->setSectionResizeMode(QuestionListModel::ProgressColumn, QHeaderView::Fixed);
    questionHeader->resizeSection(QuestionListModel::ProgressColumn,
                                  m_questionView->fontMetrics().horizontalAdvance(QStringLiteral("0000 / 0000")));
    questionHeader->setSectionResizeMode(QuestionListModel::NeedsManualColumn, QHeaderView::ResizeToContents);
    // Open regrade requests per question: a count, empty when there are none.
    questionHeader->setSectionResizeMode(QuestionListModel::RegradeColumn, QHeaderView::ResizeToContents);
    for (const int hidden : {int(QuestionListModel::PointsColumn), int(QuestionListModel::FlaggedColumn)}) {
        m_questionView->setColumnHidden(hidden, true);
    }
    QHeaderView *queueHeader = m_queueView->horizontalHeader();
    queueHeader->setStretchLastSection(false);
    queueHeader->setSectionResizeMode(AnswerQueueModel::StudentColumn, QHeaderView::Stretch);
    for (const int column : {int(AnswerQueueModel::ScoreColumn), int(AnswerQueueModel::StateColumn),
                             int(AnswerQueueModel::FlaggedColumn), int(AnswerQueueModel::GroupSizeColumn)}) {
        queueHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_queueView->setColumnHidden(AnswerQueueModel::ClaimedByColumn, true);
    // Answers with an open regrade request carry a mark next to the student.
    m_queueView->setItemDelegateForColumn(AnswerQueueModel::StudentColumn, m_regradeMark);

    connect(m_questionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing && current.isValid()) {
                    emit questionChosen(current.data(Models::CellIdRole).toLongLong());
                }
            });
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing && current.isValid()) {
                    emit answerChosen(current.row());
                }
            });
    connect(session->questions(), &QAbstractItemModel::dataChanged, this, &GradingQueuePanel::updateProgress);
    connect(session->questions(), &QAbstractItemModel::modelReset, this, &GradingQueuePanel::updateProgress);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(session->filteredAnswers(), signal, this, [this] {
            syncCurrentAnswer();
            updateProgress();
        });
    }
    connect(session->filteredAnswers(), &QAbstractItemModel::modelReset, this, [this] {
        syncCurrentAnswer();
        updateProgress();
        updateJumpCompleter();
    });
    connect(session->filteredAnswers(), &QAbstractItemModel::layoutChanged, this,
            &GradingQueuePanel::syncCurrentAnswer);
    connect(session->filteredAnswers(), &QAbstractItemModel::dataChanged, this, [this] {
        // Once per event-loop turn: a retroactive edit changes every row, one signal each.
        if (!m_progressQueued) {
            m_progressQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_progressQueued = false;
                updateProgress();
            });
        }
    });
    restoreChoices();
}

void GradingQueuePanel::setAssignmentModel(QAbstractItemModel *model)
{
    m_assignmentCombo->setModel(model);
}

void GradingQueuePanel::setCurrentAssignment(const QString &name)
{
    const QAbstractItemModel *model = m_assignmentCombo->model();
    for (int row = 0; model && row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Models::NameRole).toString() == name) {
            m_assignmentCombo->setCurrentIndex(row);
            return;
        }
    }
    m_assignmentCombo->setCurrentIndex(-1);
}

void GradingQueuePanel::restoreChoices()
{
    if (!m_session) {
        return;
    }
    const QScopedValueRollback guard(m_syncing, true);
    const bool shuffled = UiSettings::gradingValue(QStringLiteral("shuffle"), false).toBool();
    const int groupBy = UiSettings::gradingValue(QStringLiteral("groupBy"), 0).toInt();
    m_anonymousCheck->setChecked(m_session->isAnonymous());
    m_shuffleCheck->setChecked(shuffled);
    m_groupCombo->setCurrentIndex(std::max(0, m_groupCombo->findData(groupBy)));
    m_session->setShuffled(shuffled);
    m_session->setGroupBy(GradingSession::GroupBy(m_groupCombo->currentData().toInt()));
    const QString filter = UiSettings::gradingValue(QStringLiteral("filter"), QString()).toString();
    m_filterCombo->setCurrentIndex(std::max(0, m_filterCombo->findData(filter)));
    applyFilter();
}

void GradingQueuePanel::applyStoredAnonymity()
{
    if (!m_session) {
        return;
    }
    // Names are shown per assignment: showing them is recorded in the audit log for each one, so a
    // grader who turned anonymity off starts anonymous again and the session records the reveal.
    const QScopedValueRollback guard(m_syncing, true);
    m_session->setAnonymous(true);
    if (!UiSettings::gradingValue(QStringLiteral("anonymous"), true).toBool()) {
        m_session->setAnonymous(false);
    }
    m_anonymousCheck->setChecked(m_session->isAnonymous());
}

void GradingQueuePanel::saveAnonymity() const
{
    if (m_session) {
        UiSettings::setGradingValue(QStringLiteral("anonymous"), m_session->isAnonymous());
    }
}

void GradingQueuePanel::saveChoices() const
{
    if (!m_session) {
        return;
    }
    UiSettings::setGradingValue(QStringLiteral("shuffle"), m_shuffleCheck->isChecked());
    UiSettings::setGradingValue(QStringLiteral("groupBy"), m_groupCombo->currentData().toInt());
    const QString filter = m_filterCombo->currentData().toString();
    if (!filter.startsWith(ItemPrefix)) {
        UiSettings::setGradingValue(QStringLiteral("filter"), filter);
    }
}

void GradingQueuePanel::updateFilterChoices()
{
    const QString current = m_filterCombo->currentData().toString();
    const QSignalBlocker blocker(m_filterCombo);
    m_filterCombo->clear();
    m_filterCombo->addItem(tr("All answers"), QString(StatePrefix + QStringLiteral("all")));
    m_filterCombo->addItem(tr("Not graded yet"), QString(StatePrefix + QStringLiteral("ungraded")));
    m_filterCombo->addItem(tr("Graded"), QString(StatePrefix + QStringLiteral("graded")));
    m_filterCombo->addItem(tr("Flagged for review"), QString(StatePrefix + QStringLiteral("flagged")));
    m_filterCombo->addItem(tr("Regrade requests only"), QString(StatePrefix + QStringLiteral("regrade")));
    m_filterCombo->insertSeparator(m_filterCombo->count());
    m_filterCombo->addItem(tr("Full marks"), QString(ScorePrefix + QStringLiteral("full")));
    m_filterCombo->addItem(tr("Partial credit"), QString(ScorePrefix + QStringLiteral("partial")));
    m_filterCombo->addItem(tr("Zero points"), QString(ScorePrefix + QStringLiteral("zero")));
    if (m_session && m_session->rubric()->rowCount() > 0) {
        m_filterCombo->insertSeparator(m_filterCombo->count());
        for (const Services::RubricItemRecord &item : m_session->rubric()->items()) {
            m_filterCombo->addItem(tr("With “%1”").arg(item.title), QString(ItemPrefix + QString::number(item.id)));
        }
    }
    const int index = m_filterCombo->findData(current);
    m_filterCombo->setCurrentIndex(std::max(0, index));
    if (index < 0 && !current.isEmpty()) {
        applyFilter(); // the item filtered on is gone
    }
}

void GradingQueuePanel::applyFilter()
{
    if (!m_session) {
        return;
    }
    AnswerFilterModel *filter = m_session->filteredAnswers();
    const QString choice = m_filterCombo->currentData().toString();
    filter->clearFilters();
    if (choice.startsWith(StatePrefix)) {
        static const QHash<QString, StateFilter> states = {{QStringLiteral("all"), StateFilter::All},
                                                           {QStringLiteral("ungraded"), StateFilter::Ungraded},
                                                           {QStringLiteral("graded"), StateFilter::Graded},
                                                           {QStringLiteral("flagged"), StateFilter::Flagged},
                                                           {QStringLiteral("regrade"), StateFilter::RegradeRequested}};
        filter->setStateFilter(states.value(choice.mid(StatePrefix.size()), StateFilter::All));
    } else if (choice.startsWith(ScorePrefix)) {
        const double max = m_session->questionRecord() ? m_session->questionRecord()->maxScore : 0.0;
        const QString which = choice.mid(ScorePrefix.size());
        // Scores are stored to a few decimals: a small margin keeps "partial" off the end points.
        constexpr double margin = 1e-6;
        if (which == QLatin1String("full")) {
            filter->setScoreRange(max - margin, std::nullopt);
        } else if (which == QLatin1String("zero")) {
            filter->setScoreRange(std::nullopt, margin);
        } else {
            filter->setScoreRange(margin, max - margin);
        }
    } else if (choice.startsWith(ItemPrefix)) {
        filter->setRubricItemFilter(choice.mid(ItemPrefix.size()).toLongLong());
    }
    saveChoices();
    syncCurrentAnswer();
    updateProgress();
}

void GradingQueuePanel::syncQuestion()
{
    if (!m_session) {
        return;
    }
    const QScopedValueRollback guard(m_syncing, true);
    const int row = m_session->questions()->rowOfQuestion(m_session->question());
    const QModelIndex index = row >= 0 ? m_session->questions()->index(row, 0) : QModelIndex();
    m_questionView->setCurrentIndex(index);
    if (index.isValid()) {
        m_questionView->scrollTo(index);
    }
    updateFilterChoices();
    if (m_filterCombo->currentData().toString().startsWith(ScorePrefix)) {
        applyFilter(); // score ranges depend on the question's points
    }
    updateJumpCompleter();
    updateProgress();
}

void GradingQueuePanel::syncCurrentAnswer()
{
    if (!m_session) {
        return;
    }
    const QScopedValueRollback guard(m_syncing, true);
    const int row = m_session->currentRow();
    const QModelIndex index = row >= 0 ? m_session->filteredAnswers()->index(row, 0) : QModelIndex();
    if (index.isValid()) {
        m_queueView->setCurrentIndex(index);
        // Keep rows after the current one in sight: they are what the grader does next.
        const QRect row = m_queueView->visualRect(index);
        const QRect visible = m_queueView->viewport()->rect();
        if (row.top() < 0 || row.bottom() + 2 * row.height() > visible.bottom()) {
            m_queueView->scrollTo(index, QAbstractItemView::PositionAtCenter);
        }
    } else {
        m_queueView->selectionModel()->clearCurrentIndex();
        m_queueView->clearSelection();
    }
    if (m_anonymousCheck->isChecked() != m_session->isAnonymous()) {
        m_anonymousCheck->setChecked(m_session->isAnonymous());
    }
}

void GradingQueuePanel::updateProgress()
{
    const auto question = m_session ? m_session->questionRecord() : std::nullopt;
    if (!m_session) {
        m_questionProgressLabel->clear();
        m_queueLabel->clear();
        return;
    }
    int graded = 0;
    int answers = 0;
    int needsManual = 0;
    const QuestionListModel *questions = m_session->questions();
    for (int row = 0; row < questions->rowCount(); ++row) {
        const Services::QuestionRecord &record = questions->question(row);
        graded += record.gradedCount;
        answers += record.answerCount;
        needsManual += record.needsManualCount;
    }
    m_questionProgressLabel->setText(
        tr("Assignment: %1 of %2 answers graded").arg(graded).arg(answers) +
        (needsManual > 0 ? tr(" · waiting for a manual grade: %1").arg(needsManual) : QString()));
    if (!question) {
        m_queueLabel->clear();
        return;
    }
    const AnswerQueueModel *queue = m_session->answers();
    int questionGraded = 0;
    for (const Services::AnswerRecord &answer : queue->answers()) {
        questionGraded += answer.isGraded() ? 1 : 0;
    }
    QString text = tr("%1 of %2 graded").arg(questionGraded).arg(queue->rowCount());
    const int shown = m_session->filteredAnswers()->rowCount();
    if (shown != queue->rowCount()) {
        text += tr(" · shown: %1").arg(shown);
    }
    m_queueLabel->setText(text);
}

void GradingQueuePanel::setLoadingProgress(int loaded, int total)
{
    m_loadingLabel->setVisible(loaded < total);
    m_loadingLabel->setText(tr("Reading answers for grouping: %1 of %2").arg(loaded).arg(total));
}

void GradingQueuePanel::focusQueue()
{
    m_queueView->setFocus(Qt::ShortcutFocusReason);
}

void GradingQueuePanel::focusJump()
{
    updateJumpCompleter();
    m_jumpEdit->setFocus(Qt::ShortcutFocusReason);
    m_jumpEdit->selectAll();
}

void GradingQueuePanel::onJump()
{
    const QString text = m_jumpEdit->text().trimmed();
    if (!m_session || text.isEmpty()) {
        focusQueue();
        return;
    }
    // The completer offers what the queue shows (pseudonyms or names); the session matches ids and
    // pseudonyms, so a shown name is matched here first.
    const AnswerQueueModel *queue = m_session->answers();
    QString wanted = text;
    for (const Services::AnswerRecord &answer : queue->answers()) {
        if (queue->displayName(answer.studentId).compare(text, Qt::CaseInsensitive) == 0) {
            wanted = answer.studentId;
            break;
        }
    }
    if (!m_session->jumpToStudent(wanted)) {
        emit jumpFailed(text);
        return;
    }
    m_jumpEdit->clear();
    if (!m_session->filteredAnswers()->hasFilters()) {
        const QSignalBlocker blocker(m_filterCombo);
        m_filterCombo->setCurrentIndex(0);
    }
    focusQueue();
}

void GradingQueuePanel::updateJumpCompleter()
{
    if (!m_session) {
        return;
    }
    QStringList names;
    const AnswerQueueModel *queue = m_session->answers();
    for (const Services::AnswerRecord &answer : queue->answers()) {
        names.append(queue->displayName(answer.studentId));
    }
    names.sort(Qt::CaseInsensitive);
    static_cast<QStringListModel *>(m_jumpEdit->completer()->model())->setStringList(names);
}

QByteArray GradingQueuePanel::saveSplitterState() const
{
    return m_splitter->saveState();
}

void GradingQueuePanel::restoreSplitterState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

} // namespace GradeDesk::Ui
