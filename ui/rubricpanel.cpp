// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "rubricpanel.h"

#include "gradingformat.h"

#include <models/gradingsession.h>
#include <models/roles.h>
#include <models/rubricmodel.h>

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using namespace Services;
using Models::GradingSession;
using Models::RubricModel;

namespace {

QLabel *mutedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
    return label;
}

QString pointsText(std::optional<double> points)
{
    return points ? GradingFormat::number(*points) : QString();
}

/// Applied items stand out: a tinted row in bold, so the grader sees the answer's rubric at a glance.
class AppliedItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(Models::AppliedRole).toBool()) {
            option->font.setBold(true);
            option->backgroundBrush = QColor(QStringLiteral("#e6f0fa"));
        }
    }
};

} // namespace

RubricPanel::RubricPanel(QWidget *parent)
    : QWidget(parent)
    , m_modeLabel(mutedLabel(this))
    , m_itemView(new QTreeView(this))
    , m_emptyLabel(mutedLabel(this))
    , m_descriptionLabel(mutedLabel(this))
    , m_arithmeticLabel(new QLabel(this))
    , m_arithmeticCaption(mutedLabel(this))
    , m_adjustmentEdit(new QLineEdit(this))
    , m_reasonEdit(new QLineEdit(this))
    , m_extraCreditEdit(new QLineEdit(this))
    , m_commentEdit(new QPlainTextEdit(this))
    , m_confirmButton(new QPushButton(tr("Confirm and next (Enter)"), this))
    , m_flagButton(new QPushButton(tr("Flag (F)"), this))
    , m_editButton(new QPushButton(tr("Edit rubric… (E)"), this))
    , m_statisticsButton(new QPushButton(tr("Statistics… (S)"), this))
{
    setObjectName(QStringLiteral("rubricPanel"));
    m_modeLabel->setObjectName(QStringLiteral("rubricModeLabel"));
    m_itemView->setObjectName(QStringLiteral("rubricItemTreeView"));
    m_emptyLabel->setObjectName(QStringLiteral("rubricEmptyLabel"));
    m_descriptionLabel->setObjectName(QStringLiteral("rubricDescriptionLabel"));
    m_arithmeticLabel->setObjectName(QStringLiteral("scoreArithmeticLabel"));
    m_arithmeticCaption->setObjectName(QStringLiteral("scoreCaptionLabel"));
    m_adjustmentEdit->setObjectName(QStringLiteral("adjustmentLineEdit"));
    m_reasonEdit->setObjectName(QStringLiteral("adjustmentReasonLineEdit"));
    m_extraCreditEdit->setObjectName(QStringLiteral("extraCreditLineEdit"));
    m_commentEdit->setObjectName(QStringLiteral("commentPlainTextEdit"));
    m_confirmButton->setObjectName(QStringLiteral("confirmPushButton"));
    m_flagButton->setObjectName(QStringLiteral("flagPushButton"));
    m_editButton->setObjectName(QStringLiteral("editRubricPushButton"));
    m_statisticsButton->setObjectName(QStringLiteral("statisticsPushButton"));

    auto *title = new QLabel(tr("Rubric"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    title->setFont(bold);

    // Clicks toggle items (see eventFilter); the keyboard stays with the queue.
    m_itemView->setFocusPolicy(Qt::NoFocus);
    m_itemView->setRootIsDecorated(false);
    m_itemView->setWordWrap(true);
    m_itemView->setTextElideMode(Qt::ElideNone);
    m_itemView->setAllColumnsShowFocus(true);
    m_itemView->setMouseTracking(true);
    m_itemView->setSelectionMode(QAbstractItemView::NoSelection);
    m_itemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemView->viewport()->installEventFilter(this);
    m_itemView->setItemDelegate(new AppliedItemDelegate(m_itemView));
    connect(m_itemView, &QTreeView::entered, this, [this](const QModelIndex &index) {
        m_descriptionLabel->setText(index.data(Models::DescriptionRole).toString());
    });

    m_emptyLabel->setText(tr("This question has no rubric items yet.\nPress E to write the rubric."));
    m_emptyLabel->setAlignment(Qt::AlignCenter);

    QFont big = m_arithmeticLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_arithmeticLabel->setFont(big);
    m_arithmeticLabel->setTextFormat(Qt::PlainText);
    m_arithmeticLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_adjustmentEdit->setPlaceholderText(tr("±points"));
    m_adjustmentEdit->setToolTip(tr("Points added to (or, negative, taken from) the rubric score (A)"));
    m_adjustmentEdit->setMaximumWidth(m_adjustmentEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    m_reasonEdit->setPlaceholderText(tr("Reason (the student sees it)"));
    m_extraCreditEdit->setPlaceholderText(tr("points"));
    m_extraCreditEdit->setToolTip(tr("Extra credit is added on top of the question's score, as nbgrader does"));
    m_extraCreditEdit->setMaximumWidth(m_adjustmentEdit->maximumWidth());
    m_commentEdit->setPlaceholderText(tr("Comment for the student (C). Saved when you leave the field or press "
                                         "Ctrl+Enter; Esc goes back to the answers."));
    m_commentEdit->setTabChangesFocus(true);
    m_commentEdit->setMinimumHeight(m_commentEdit->fontMetrics().lineSpacing() * 4);
    for (QObject *field : {static_cast<QObject *>(m_adjustmentEdit), static_cast<QObject *>(m_reasonEdit),
                           static_cast<QObject *>(m_extraCreditEdit), static_cast<QObject *>(m_commentEdit)}) {
        field->installEventFilter(this);
    }

    for (QPushButton *button : {m_confirmButton, m_flagButton, m_editButton, m_statisticsButton}) {
        button->setFocusPolicy(Qt::TabFocus);
        button->setAutoDefault(false);
    }
    connect(m_confirmButton, &QPushButton::clicked, this, &RubricPanel::confirmRequested);
    connect(m_flagButton, &QPushButton::clicked, this, &RubricPanel::flagRequested);
    connect(m_editButton, &QPushButton::clicked, this, &RubricPanel::editRubricRequested);
    connect(m_statisticsButton, &QPushButton::clicked, this, &RubricPanel::statisticsRequested);

    auto *adjustment = new QHBoxLayout;
    adjustment->addWidget(m_adjustmentEdit);
    adjustment->addWidget(m_reasonEdit, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *adjustmentLabel = new QLabel(tr("Adjustment:"), this);
    adjustmentLabel->setBuddy(m_adjustmentEdit);
    form->addRow(adjustmentLabel, adjustment);
    form->addRow(tr("Extra credit:"), m_extraCreditEdit);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_confirmButton, 1);
    actions->addWidget(m_flagButton);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_editButton, 1);
    tools->addWidget(m_statisticsButton, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_modeLabel);
    layout->addWidget(m_itemView, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_arithmeticLabel);
    layout->addWidget(m_arithmeticCaption);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Comment:"), this));
    layout->addWidget(m_commentEdit, 1);
    layout->addLayout(actions);
    layout->addLayout(tools);

    updateAnswer();
}

RubricPanel::~RubricPanel() = default;

void RubricPanel::setSession(GradingSession *session)
{
    if (m_session) {
        disconnect(m_session->rubric(), nullptr, this, nullptr);
    }
    m_session = session;
    m_itemView->setModel(session ? session->rubric() : nullptr);
    if (session) {
        QHeaderView *header = m_itemView->header();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(RubricModel::ShortcutColumn, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(RubricModel::TitleColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(RubricModel::PointsColumn, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(RubricModel::UsageColumn, QHeaderView::ResizeToContents);
        RubricModel *rubric = session->rubric();
        connect(rubric, &QAbstractItemModel::modelReset, this, &RubricPanel::updateAnswer);
        connect(rubric, &QAbstractItemModel::dataChanged, this, &RubricPanel::updateAnswer);
        connect(rubric, &QAbstractItemModel::rowsInserted, this, &RubricPanel::updateAnswer);
        connect(rubric, &QAbstractItemModel::rowsRemoved, this, &RubricPanel::updateAnswer);
    }
    updateAnswer();
}

void RubricPanel::updateAnswer()
{
    const auto answer = m_session ? m_session->currentAnswer() : std::nullopt;
    const qint64 id = answer ? answer->key.submittedNotebookId : 0;
    const bool sameAnswer = id == m_fieldsAnswer;
    if (!sameAnswer) {
        for (QWidget *field : {static_cast<QWidget *>(m_adjustmentEdit), static_cast<QWidget *>(m_reasonEdit),
                               static_cast<QWidget *>(m_extraCreditEdit), static_cast<QWidget *>(m_commentEdit)}) {
            markUnsaved(field, false);
        }
    }
    // A field being edited, or holding what could not be saved (kept for the next try), is not refilled.
    const auto refill = [sameAnswer](QWidget *field) {
        return !sameAnswer || (!field->hasFocus() && !field->property("unsaved").toBool());
    };
    if (refill(m_adjustmentEdit) && refill(m_reasonEdit)) {
        m_adjustmentEdit->setText(answer ? pointsText(answer->adjustment) : QString());
        m_reasonEdit->setText(answer ? answer->adjustmentReason : QString());
    }
    if (refill(m_extraCreditEdit)) {
        m_extraCreditEdit->setText(answer ? pointsText(answer->extraCredit) : QString());
    }
    if (refill(m_commentEdit) && (!answer || m_commentEdit->toPlainText() != answer->comment)) {
        m_commentEdit->setPlainText(answer ? answer->comment : QString());
    }
    if (answer && m_commentEdit->toPlainText() == answer->comment) {
        markUnsaved(m_commentEdit, false);
    }
    m_fieldsAnswer = id;
    m_flagButton->setText(answer && answer->flagged ? tr("Unflag (F)") : tr("Flag (F)"));
    updateArithmetic();
    updateDescription();
    updateEnabled();
}

void RubricPanel::markUnsaved(QWidget *field, bool unsaved)
{
    if (!unsaved && !field->property("unsaved").toBool()) {
        return; // keeps the "not a number" mark of the points fields
    }
    field->setProperty("unsaved", unsaved);
    field->setStyleSheet(unsaved ? QStringLiteral("%1 { border: 1px solid #e53e3e; }")
                                       .arg(QString::fromLatin1(field->metaObject()->className()))
                                 : QString());
    field->setToolTip(unsaved ? tr("Not saved: the message above the window says why. GradeDesk tries again when "
                                   "you leave the field or move to another answer.")
                              : QString());
}

void RubricPanel::revertUnsaved()
{
    for (QWidget *field : {static_cast<QWidget *>(m_adjustmentEdit), static_cast<QWidget *>(m_reasonEdit),
                           static_cast<QWidget *>(m_extraCreditEdit), static_cast<QWidget *>(m_commentEdit)}) {
        markUnsaved(field, false);
    }
    m_fieldsAnswer = 0; // refill everything from what is stored
    updateAnswer();
}

bool RubricPanel::hasUnsavedEdits() const
{
    for (const QWidget *field :
         {static_cast<const QWidget *>(m_adjustmentEdit), static_cast<const QWidget *>(m_reasonEdit),
          static_cast<const QWidget *>(m_extraCreditEdit), static_cast<const QWidget *>(m_commentEdit)}) {
        if (field->property("unsaved").toBool()) {
            return true;
        }
    }
    return false;
}

void RubricPanel::updateArithmetic()
{
    const auto question = m_session ? m_session->questionRecord() : std::nullopt;
    const auto answer = m_session ? m_session->currentAnswer() : std::nullopt;
    if (!question) {
        m_modeLabel->clear();
        m_arithmeticLabel->clear();
        m_arithmeticCaption->clear();
        return;
    }
    const QuestionSettings settings = m_session->questionSettings();
    QString mode = settings.mode == ScoringMode::Negative
                       ? tr("Deductions from %1 points").arg(GradingFormat::number(question->maxScore))
                       : tr("Points earned, out of %1").arg(GradingFormat::number(question->maxScore));
    if (settings.floorAtZero) {
        mode += tr(" · never below 0");
    }
    if (settings.ceilingAtMax) {
        mode += tr(" · never above %1").arg(GradingFormat::number(question->maxScore));
    }
    m_modeLabel->setText(mode);
    if (!answer) {
        m_arithmeticLabel->clear();
        m_arithmeticCaption->clear();
        return;
    }
    QList<double> points;
    for (const RubricItemRecord &item : m_session->rubric()->items()) {
        if (answer->appliedItemIds.contains(item.id)) {
            points.append(item.points);
        }
    }
    QString text = GradingFormat::arithmetic(question->maxScore, settings, points, answer->adjustment);
    if (answer->extraCredit && *answer->extraCredit != 0.0) {
        text += tr("  + %1 extra").arg(GradingFormat::number(*answer->extraCredit));
    }
    m_arithmeticLabel->setText(text);
    QString caption;
    if (answer->rubricGraded) {
        caption = tr("Saved: graded with the rubric.");
    } else if (answer->manualScore) {
        caption = tr("The typed score %1 counts now. An item, an adjustment or Enter grades with the rubric instead.")
                      .arg(GradingFormat::number(*answer->manualScore));
    } else if (answer->isGraded()) {
        caption = tr("The autograder's %1 counts now. An item or an adjustment grades with the rubric instead.")
                      .arg(GradingFormat::number(answer->autoScore.value_or(0.0)));
    } else {
        caption = tr("Not graded yet: Enter saves this score.");
    }
    m_arithmeticCaption->setText(caption);
}

void RubricPanel::fitItemView()
{
    // As tall as its items (titles wrap), so the comment gets the room a short rubric leaves.
    int height = m_itemView->header()->sizeHint().height() + 2 * m_itemView->frameWidth() + 2;
    const QAbstractItemModel *model = m_itemView->model();
    for (int row = 0; model && row < model->rowCount(); ++row) {
        height += std::max(m_itemView->sizeHintForRow(row), m_itemView->fontMetrics().height() + 6);
    }
    m_itemView->setMaximumHeight(std::max(height, 4 * m_itemView->fontMetrics().height()));
}

void RubricPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitItemView();
}

void RubricPanel::updateDescription()
{
    fitItemView();
    const bool hasItems = m_session && m_session->rubric()->rowCount() > 0;
    m_itemView->setVisible(hasItems);
    m_emptyLabel->setVisible(!hasItems && m_session && m_session->questionRecord());
    if (!hasItems) {
        m_descriptionLabel->clear();
    }
}

void RubricPanel::updateEnabled()
{
    const bool hasAnswer = m_session && m_session->currentAnswer();
    const bool hasQuestion = m_session && m_session->questionRecord();
    for (QWidget *widget : {static_cast<QWidget *>(m_adjustmentEdit), static_cast<QWidget *>(m_reasonEdit),
                            static_cast<QWidget *>(m_extraCreditEdit), static_cast<QWidget *>(m_commentEdit),
                            static_cast<QWidget *>(m_confirmButton), static_cast<QWidget *>(m_flagButton)}) {
        widget->setEnabled(hasAnswer);
    }
    m_editButton->setEnabled(hasQuestion);
    m_statisticsButton->setEnabled(hasQuestion);
}

QString RubricPanel::arithmeticText() const
{
    return m_arithmeticLabel->text();
}

void RubricPanel::focusComment()
{
    m_commentEdit->setFocus(Qt::ShortcutFocusReason);
    m_commentEdit->moveCursor(QTextCursor::End);
}

void RubricPanel::focusAdjustment()
{
    m_adjustmentEdit->setFocus(Qt::ShortcutFocusReason);
    m_adjustmentEdit->selectAll();
}

void RubricPanel::commitEdits()
{
    // While the grader decides a conflict, what they typed waits (leaving the field must not save it).
    if (m_session && m_session->pendingConflict()) {
        return;
    }
    commitComment();
    commitAdjustment();
    commitExtraCredit();
}

void RubricPanel::commitComment()
{
    const auto answer = m_session ? m_session->currentAnswer() : std::nullopt;
    if (!answer || answer->key.submittedNotebookId != m_fieldsAnswer || m_session->pendingConflict()) {
        return;
    }
    const QString text = m_commentEdit->toPlainText();
    if (text != answer->comment) {
        m_session->setComment(text);
        const auto stored = m_session->currentAnswer();
        markUnsaved(m_commentEdit, !stored || stored->comment != text);
    }
}

void RubricPanel::commitAdjustment()
{
    const auto answer = m_session ? m_session->currentAnswer() : std::nullopt;
    if (!answer || answer->key.submittedNotebookId != m_fieldsAnswer || m_session->pendingConflict()) {
        return;
    }
    const QString typed = m_adjustmentEdit->text().trimmed();
    const std::optional<double> points = GradingFormat::parsePoints(typed);
    if (!typed.isEmpty() && !points) {
        m_adjustmentEdit->setToolTip(tr("“%1” is not a number of points; nothing was saved.").arg(typed));
        m_adjustmentEdit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #e53e3e; }"));
        return;
    }
    m_adjustmentEdit->setStyleSheet({});
    const std::optional<double> wanted = points && *points != 0.0 ? points : std::nullopt;
    const QString reason = wanted ? m_reasonEdit->text().trimmed() : QString();
    if (wanted == answer->adjustment && reason == answer->adjustmentReason) {
        markUnsaved(m_adjustmentEdit, false);
        markUnsaved(m_reasonEdit, false);
        return;
    }
    m_session->setAdjustment(wanted, reason);
    const auto stored = m_session->currentAnswer();
    const bool saved = stored && stored->adjustment == wanted && stored->adjustmentReason == reason;
    markUnsaved(m_adjustmentEdit, !saved);
    markUnsaved(m_reasonEdit, !saved);
}

void RubricPanel::commitExtraCredit()
{
    const auto answer = m_session ? m_session->currentAnswer() : std::nullopt;
    if (!answer || answer->key.submittedNotebookId != m_fieldsAnswer || m_session->pendingConflict()) {
        return;
    }
    const QString typed = m_extraCreditEdit->text().trimmed();
    const std::optional<double> points = GradingFormat::parsePoints(typed);
    if (!typed.isEmpty() && !points) {
        m_extraCreditEdit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #e53e3e; }"));
        return;
    }
    m_extraCreditEdit->setStyleSheet({});
    const std::optional<double> wanted = points && *points != 0.0 ? points : std::nullopt;
    if (wanted != answer->extraCredit) {
        m_session->setExtraCredit(wanted);
        const auto stored = m_session->currentAnswer();
        markUnsaved(m_extraCreditEdit, !stored || stored->extraCredit != wanted);
    } else {
        markUnsaved(m_extraCreditEdit, false);
    }
}

bool RubricPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_itemView->viewport()) {
        if (event->type() == QEvent::MouseButtonDblClick) {
            return true;
        }
        if (event->type() == QEvent::MouseButtonRelease && m_session) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const QModelIndex index = m_itemView->indexAt(mouse->position().toPoint());
            if (index.isValid() && mouse->button() == Qt::LeftButton) {
                m_session->setItemApplied(index.data(Models::IdRole).toLongLong(),
                                          !index.data(Models::AppliedRole).toBool());
            }
            return true;
        }
        if (event->type() == QEvent::Leave) {
            m_descriptionLabel->clear();
        }
        return false;
    }
    const bool adjustmentField = watched == m_adjustmentEdit || watched == m_reasonEdit;
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_commentEdit) {
            commitComment();
        } else if (watched == m_extraCreditEdit) {
            commitExtraCredit();
        } else if (adjustmentField) {
            // Points and reason are one action: save once the keyboard leaves both fields (Qt has
            // moved the focus already), before anything refills them.
            const QWidget *next = QApplication::focusWidget();
            if (next != m_adjustmentEdit && next != m_reasonEdit) {
                commitAdjustment();
            }
        }
        return false;
    }
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (key->key() == Qt::Key_Escape) {
        emit backToQueueRequested();
        return true;
    }
    if (watched == m_commentEdit && enter && (key->modifiers() & Qt::ControlModifier)) {
        commitComment();
        emit backToQueueRequested();
        return true;
    }
    if (watched == m_adjustmentEdit && enter) {
        m_reasonEdit->setFocus(Qt::TabFocusReason);
        m_reasonEdit->selectAll();
        return true;
    }
    if ((watched == m_reasonEdit || watched == m_extraCreditEdit) && enter) {
        emit backToQueueRequested();
        return true;
    }
    return false;
}

} // namespace GradeDesk::Ui
