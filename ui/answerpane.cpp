// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "answerpane.h"

#include "gradingformat.h"
#include "notebookview.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using namespace Services;

namespace {

Notebook notebookOf(const QList<Cell> &cells, const QString &path, const QString &language)
{
    Notebook notebook;
    notebook.path = path;
    // NotebookView asks the highlighter in the notebook's language: the session warmed its cache with it.
    notebook.metadata.insert(QStringLiteral("language_info"), QJsonObject{{QStringLiteral("name"), language}});
    notebook.cells = cells;
    return notebook;
}

} // namespace

AnswerPane::AnswerPane(QWidget *parent)
    : QWidget(parent)
    , m_nameLabel(new QLabel(this))
    , m_scoreLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_badgeBox(new QWidget(this))
    , m_badgeLayout(new QHBoxLayout(m_badgeBox))
    , m_promptToggle(new QToolButton(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_promptView(new NotebookView(m_splitter))
    , m_answerView(new NotebookView(m_splitter))
{
    setObjectName(QStringLiteral("answerPane"));
    m_nameLabel->setObjectName(QStringLiteral("answerNameLabel"));
    m_scoreLabel->setObjectName(QStringLiteral("answerScoreLabel"));
    m_stateLabel->setObjectName(QStringLiteral("answerStateLabel"));
    m_promptToggle->setObjectName(QStringLiteral("promptToggleButton"));
    m_splitter->setObjectName(QStringLiteral("answerSplitter"));
    m_promptView->setObjectName(QStringLiteral("promptNotebookView"));
    m_answerView->setObjectName(QStringLiteral("answerNotebookView"));

    for (QLabel *label : {m_nameLabel, m_scoreLabel, m_stateLabel}) {
        label->setTextFormat(Qt::PlainText);
    }
    QFont big = m_nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_nameLabel->setFont(big);
    m_scoreLabel->setFont(big);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_stateLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_stateLabel->setPalette(muted);

    m_badgeLayout->setContentsMargins(0, 0, 0, 0);
    m_badgeLayout->setSpacing(6);
    m_badgeLayout->addStretch(1);

    m_promptToggle->setCheckable(true);
    m_promptToggle->setChecked(true);
    m_promptToggle->setAutoRaise(true);
    m_promptToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_promptToggle->setFocusPolicy(Qt::TabFocus);
    m_promptToggle->setToolTip(tr("Show or hide the question's text"));
    QFont bold = m_promptToggle->font();
    bold.setBold(true);
    m_promptToggle->setFont(bold);
    connect(m_promptToggle, &QToolButton::toggled, this, [this](bool shown) {
        updatePromptToggle();
        emit promptCollapsedChanged(!shown);
    });

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_promptView);
    m_splitter->addWidget(m_answerView);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_promptView->setMinimumHeight(60);

    auto *title = new QHBoxLayout;
    title->setSpacing(12);
    title->addWidget(m_nameLabel);
    title->addStretch(1);
    title->addWidget(m_scoreLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    layout->addLayout(title);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_badgeBox);
    layout->addWidget(m_promptToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_splitter, 1);

    updatePromptToggle();
    showMessage(tr("No question selected"), tr("Choose a question on the left."));
}

AnswerPane::~AnswerPane() = default;

void AnswerPane::setQuestionTitle(const QString &title)
{
    m_questionTitle = title;
    updatePromptToggle();
}

void AnswerPane::setAnswer(const AnswerRecord &answer, const QString &name, bool anonymous, int groupSize,
                           const QString &grader)
{
    const bool sameAnswer = m_notebookPath == answer.notebookPath && !m_notebookPath.isEmpty();
    m_notebookPath = answer.notebookPath;
    m_nameLabel->setText(name);
    m_nameLabel->setToolTip(anonymous ? tr("Anonymous grading: R reveals the name (recorded in the audit log).")
                                      : QString());
    m_scoreLabel->setText(GradingFormat::score(answer.score(), answer.maxScore));

    QString state;
    if (answer.rubricGraded) {
        state = tr("Graded with the rubric");
    } else if (answer.manualScore) {
        state = tr("Score typed in by hand");
    } else if (answer.needsManualGrade) {
        state = tr("Waiting for a manual grade");
    } else if (answer.autoScore) {
        state = tr("Scored by the autograder");
    } else {
        state = tr("Not graded yet");
    }
    if (answer.extraCredit && *answer.extraCredit != 0.0) {
        state += tr(" · extra credit %1").arg(GradingFormat::number(*answer.extraCredit));
    }
    if (!answer.updatedBy.isEmpty() && answer.updatedAt.isValid()) {
        state += tr(" · last change by %1, %2")
                     .arg(answer.updatedBy, QLocale().toString(answer.updatedAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_stateLabel->setText(state);

    const bool hadUnchanged = sameAnswer && m_unchangedBadge;
    clearBadges();
    if (hadUnchanged) {
        addBadge(tr("Left unchanged"), QStringLiteral("#c05621"),
                 tr("The student left the answer exactly as it was released."));
        m_unchangedBadge = m_badges.constLast();
    }
    if (answer.needsManualGrade) {
        addBadge(tr("Needs manual grade"), QStringLiteral("#6b46c1"), tr("No grader has scored this answer yet."));
    }
    if (answer.flagged) {
        addBadge(tr("Flagged"), QStringLiteral("#c53030"), tr("Flagged for review (F toggles)."));
    }
    if (answer.openRegradeCount > 0) {
        addBadge(tr("Regrade requested"), QStringLiteral("#b7791f"),
                 tr("The student asked for this question to be regraded."));
    }
    if (!answer.claimedBy.isEmpty() && answer.claimedBy != grader) {
        addBadge(tr("Open by %1").arg(answer.claimedBy), QStringLiteral("#4a5568"),
                 tr("Another grader has this answer open; grading it too may overwrite their work."));
    }
    if (groupSize > 1) {
        addBadge(tr("Group of %1").arg(groupSize), QStringLiteral("#2c7a7b"),
                 tr("%1 answers are the same; Shift+key grades all of them.").arg(groupSize));
    }
    m_badgeBox->setVisible(!m_badges.isEmpty());
    if (!sameAnswer) {
        m_answerView->showMessage(tr("Loading the answer…"));
    }
}

void AnswerPane::setContent(const QuestionAnswer &content, const QString &language)
{
    const QString root = QFileInfo(m_notebookPath).absolutePath();
    if (!content.found) {
        m_promptCells = 0;
        m_promptView->showMessage(tr("No question text"));
        m_answerView->showMessage(tr("This answer could not be read"),
                                  tr("The notebook is missing the question's cell or could not be opened."));
        updatePromptToggle();
        return;
    }
    if (content.unchanged && !m_unchangedBadge) {
        addBadge(tr("Left unchanged"), QStringLiteral("#c05621"),
                 tr("The student left the answer exactly as it was released."));
        m_unchangedBadge = m_badges.constLast();
        m_badgeBox->setVisible(true);
    }
    m_promptCells = int(content.prompt.size());
    if (content.prompt.isEmpty()) {
        m_promptView->showMessage(tr("This question has no text above the answer."));
    } else {
        m_promptView->setNotebook(notebookOf(content.prompt, m_notebookPath, language), root);
    }
    QList<Cell> cells = content.answer;
    cells += content.tests;
    if (cells.isEmpty()) {
        m_answerView->showMessage(tr("The student wrote nothing here."));
    } else {
        m_answerView->setNotebook(notebookOf(cells, m_notebookPath, language), root);
    }
    updatePromptToggle();
}

void AnswerPane::showMessage(const QString &title, const QString &text)
{
    m_notebookPath.clear();
    m_nameLabel->setText(title);
    m_nameLabel->setToolTip({});
    m_scoreLabel->clear();
    m_stateLabel->setText(text);
    clearBadges();
    m_badgeBox->hide();
    m_promptCells = 0;
    m_promptView->showMessage(QString());
    m_answerView->showMessage(QString());
    updatePromptToggle();
}

void AnswerPane::setPromptCollapsed(bool collapsed)
{
    m_promptToggle->setChecked(!collapsed);
    updatePromptToggle();
}

bool AnswerPane::isPromptCollapsed() const
{
    return !m_promptToggle->isChecked();
}

QByteArray AnswerPane::saveSplitterState() const
{
    return m_splitter->saveState();
}

void AnswerPane::restoreSplitterState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

QStringList AnswerPane::badges() const
{
    QStringList texts;
    for (const QLabel *badge : m_badges) {
        texts << badge->text();
    }
    return texts;
}

QString AnswerPane::nameText() const
{
    return m_nameLabel->text();
}

QString AnswerPane::scoreText() const
{
    return m_scoreLabel->text();
}

void AnswerPane::addBadge(const QString &text, const QString &color, const QString &toolTip)
{
    auto *badge = new QLabel(text, m_badgeBox);
    badge->setObjectName(QStringLiteral("answerBadgeLabel"));
    badge->setTextFormat(Qt::PlainText);
    badge->setToolTip(toolTip);
    badge->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; border-radius: 8px; padding: 2px 8px; }").arg(color));
    m_badgeLayout->insertWidget(m_badgeLayout->count() - 1, badge);
    m_badges.append(badge);
}

void AnswerPane::clearBadges()
{
    qDeleteAll(m_badges);
    m_badges.clear();
    m_unchangedBadge = nullptr;
}

void AnswerPane::updatePromptToggle()
{
    const bool shown = m_promptToggle->isChecked();
    m_promptToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    QString text = m_questionTitle.isEmpty() ? tr("Question") : m_questionTitle;
    if (!shown) {
        text += tr("  (text hidden)");
    }
    m_promptToggle->setText(text);
    m_promptView->setVisible(shown);
}

} // namespace GradeDesk::Ui
