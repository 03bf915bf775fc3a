// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "regradedetailpane.h"

#include "../gradingformat.h"
#include "../notebookview.h"
#include "audithistoryview.h"

#include <models/regrades/regradelistmodel.h>
#include <services/gradebook/gradebook.h>
#include <services/grading/questionanswer.h>

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using namespace Services;
using Models::RegradeListModel;

namespace {

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString scoreChange(const RegradeRequestRecord &request, double maxScore)
{
    const QString before = GradingFormat::score(request.scoreBefore, maxScore);
    const QString after = GradingFormat::score(request.scoreAfter, maxScore);
    return request.outcome == RegradeOutcome::Changed ? RegradeDetailPane::tr("score %1 → %2").arg(before, after)
                                                      : RegradeDetailPane::tr("score stays %1").arg(after);
}

} // namespace

RegradeDetailPane::RegradeDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_titleLabel(wrappedLabel(QStringLiteral("regradeTitleLabel"), this))
    , m_metaLabel(wrappedLabel(QStringLiteral("regradeMetaLabel"), this))
    , m_messageLabel(wrappedLabel(QStringLiteral("regradeMessageLabel"), this))
    , m_replyLabel(wrappedLabel(QStringLiteral("regradeReplyLabel"), this))
    , m_tabs(new QTabWidget(this))
    , m_answerView(new NotebookView(this))
    , m_rubricTree(new QTreeWidget(this))
    , m_scoreLabel(wrappedLabel(QStringLiteral("regradeScoreLabel"), this))
    , m_history(new AuditHistoryView(this))
    , m_startButton(new QPushButton(tr("&Start Review"), this))
    , m_resolveButton(new QPushButton(tr("&Resolve…"), this))
    , m_reopenButton(new QPushButton(tr("Re&open"), this))
{
    setObjectName(QStringLiteral("regradeDetailPane"));
    m_tabs->setObjectName(QStringLiteral("regradeTabWidget"));
    m_answerView->setObjectName(QStringLiteral("regradeAnswerView"));
    m_rubricTree->setObjectName(QStringLiteral("regradeRubricTreeWidget"));
    m_startButton->setObjectName(QStringLiteral("startReviewPushButton"));
    m_resolveButton->setObjectName(QStringLiteral("resolvePushButton"));
    m_reopenButton->setObjectName(QStringLiteral("reopenPushButton"));
    m_emptyLabel->setObjectName(QStringLiteral("regradeEmptyLabel"));

    QFont title = m_titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_titleLabel->setFont(title);
    QPalette muted = m_metaLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_metaLabel->setPalette(muted);
    m_emptyLabel->setPalette(muted);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    for (QLabel *box : {m_messageLabel, m_replyLabel}) {
        box->setFrameShape(QFrame::StyledPanel);
        box->setMargin(8);
        box->setAutoFillBackground(true);
        box->setBackgroundRole(QPalette::Base);
    }
    m_messageLabel->setToolTip(tr("The student's message"));
    m_replyLabel->setToolTip(tr("The reply the student reads"));

    m_rubricTree->setColumnCount(2);
    m_rubricTree->setHeaderLabels({tr("Rubric item"), tr("Points")});
    m_rubricTree->setRootIsDecorated(false);
    m_rubricTree->setUniformRowHeights(true);
    m_rubricTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rubricTree->header()->setStretchLastSection(false);
    m_rubricTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rubricTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *rubricPage = new QWidget(this);
    auto *rubricLayout = new QVBoxLayout(rubricPage);
    rubricLayout->setContentsMargins(0, 0, 0, 0);
    rubricLayout->addWidget(m_rubricTree, 1);
    rubricLayout->addWidget(m_scoreLabel);

    m_tabs->addTab(m_answerView, tr("&Answer"));
    m_tabs->addTab(rubricPage, tr("R&ubric"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->setDocumentMode(true);

    m_startButton->setToolTip(tr("Tell other graders you are looking at this request"));
    m_resolveButton->setToolTip(tr("Record the decision with a reply to the student"));
    m_reopenButton->setToolTip(tr("Look at a resolved request again"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_resolveButton);
    buttons->addWidget(m_reopenButton);
    buttons->addStretch(1);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->setSpacing(6);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_metaLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_replyLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    m_stack->addWidget(page);
    m_stack->addWidget(m_emptyLabel);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_startButton, &QPushButton::clicked, this, &RegradeDetailPane::startReviewRequested);
    connect(m_resolveButton, &QPushButton::clicked, this, &RegradeDetailPane::resolveRequested);
    connect(m_reopenButton, &QPushButton::clicked, this, &RegradeDetailPane::reopenRequested);
    clear(tr("No request selected"));
}

RegradeDetailPane::~RegradeDetailPane() = default;

void RegradeDetailPane::setCourse(Gradebook *gradebook, const QString &courseDirectory)
{
    m_gradebook = gradebook;
    m_courseDirectory = courseDirectory;
    clear(tr("No request selected"));
}

void RegradeDetailPane::clear(const QString &message)
{
    m_request.reset();
    m_score.reset();
    m_maxScore = 0.0;
    m_emptyLabel->setText(message);
    m_stack->setCurrentWidget(m_emptyLabel);
    m_history->clear();
    m_answerView->showMessage(QString());
    m_rubricTree->clear();
    updateButtons();
}

void RegradeDetailPane::showRequest(const RegradeRequestRecord &request, const QString &studentName)
{
    const bool same = m_request && m_request->id == request.id;
    m_request = request;
    m_stack->setCurrentIndex(0);
    m_titleLabel->setText(tr("%1 · %2").arg(studentName, RegradeListModel::questionText(request.questionName)));
    m_messageLabel->setText(request.message.trimmed().isEmpty() ? tr("(no message)") : request.message.trimmed());

    if (!same) {
        showAnswer(request);
        if (!m_gradebook) {
            m_history->clear();
        } else if (request.cellId != 0) {
            m_history->setAnswer(m_gradebook, {request.submittedNotebookId, request.cellId}, request.submissionId);
        } else {
            m_history->setSubmission(m_gradebook, request.submissionId);
        }
    } else if (request.cellId != 0) {
        showQuestionRubric(request); // the score may have changed since
    } else {
        showSubmissionScores(request);
    }

    QStringList meta{RegradeListModel::stateWithOutcome(request)};
    meta.append(
        request.source == RegradeSource::Staff
            ? tr("entered by %1").arg(request.enteredBy)
            : tr("imported from %1 by %2").arg(RegradeListModel::sourceText(request.source), request.enteredBy));
    meta.append(QLocale().toString(request.createdAt.toLocalTime(), QLocale::ShortFormat));
    meta.append(tr("score when asked %1").arg(GradingFormat::score(request.scoreBefore, m_maxScore)));
    meta.append(tr("now %1").arg(GradingFormat::score(m_score, m_maxScore)));
    m_metaLabel->setText(meta.join(QStringLiteral(" · ")));

    m_replyLabel->setVisible(!request.reply.isEmpty());
    if (!request.reply.isEmpty()) {
        const QString who = request.resolvedBy.isEmpty() ? QString() : tr(" by %1").arg(request.resolvedBy);
        m_replyLabel->setText(request.state == RegradeState::Resolved
                                  ? tr("Resolved%1, %2:\n%3").arg(who, scoreChange(request, m_maxScore), request.reply)
                                  : tr("Earlier reply%1:\n%2").arg(who, request.reply));
    }
    updateButtons();
}

QString RegradeDetailPane::headerText() const
{
    QStringList lines{m_titleLabel->text(), m_metaLabel->text(), m_messageLabel->text()};
    if (m_replyLabel->isVisibleTo(this)) {
        lines.append(m_replyLabel->text());
    }
    return lines.join(QLatin1Char('\n'));
}

void RegradeDetailPane::showAnswer(const RegradeRequestRecord &request)
{
    m_answerView->showMessage(tr("Loading the answer…"));
    m_rubricTree->clear();
    m_score.reset();
    m_maxScore = 0.0;
    if (!m_gradebook) {
        return;
    }
    const Result<QList<SubmittedNotebookRecord>> notebooks = m_gradebook->submittedNotebooks(request.submissionId);
    if (!notebooks) {
        m_answerView->showMessage(tr("The submission could not be read"), notebooks.error().message);
        return;
    }
    if (request.cellId != 0) {
        showQuestionRubric(request);
        const QString gradeId = request.questionName.mid(request.questionName.indexOf(QLatin1Char(':')) + 1);
        for (const SubmittedNotebookRecord &notebook : notebooks.value()) {
            if (notebook.id == request.submittedNotebookId) {
                showNotebook(request, notebook.path, gradeId, notebook.notebookId);
                return;
            }
        }
        m_answerView->showMessage(tr("The student's notebook is not in the gradebook"));
        return;
    }
    showSubmissionScores(request);
    if (notebooks.value().isEmpty()) {
        m_answerView->showMessage(tr("The submission has no notebooks"));
        return;
    }
    // A whole-submission request: the first notebook in full (the others are a tab away in the grading view).
    showNotebook(request, notebooks.value().constFirst().path, QString(), notebooks.value().constFirst().notebookId);
}

void RegradeDetailPane::showNotebook(const RegradeRequestRecord &request, const QString &notebookPath,
                                     const QString &gradeId, qint64 notebookId)
{
    Result<Notebook> read =
        QuestionAnswers::readForGrading(m_courseDirectory, request.studentId, request.assignmentName, notebookPath);
    if (!read) {
        m_answerView->showMessage(tr("The student's notebook could not be read"), read.error().message);
        return;
    }
    Notebook notebook = std::move(read).value();
    const QString root = QFileInfo(notebookPath).absolutePath();
    if (gradeId.isEmpty()) {
        m_answerView->setNotebook(notebook, root);
        return;
    }
    const Result<QList<SourceCellRecord>> cells = m_gradebook->sourceCells(notebookId);
    const QuestionAnswer answer =
        QuestionAnswers::extract(notebook, gradeId, cells ? cells.value() : QList<SourceCellRecord>());
    if (!answer.found) {
        m_answerView->showMessage(tr("The notebook is missing the question's cell"),
                                  tr("The student may have deleted it."));
        return;
    }
    notebook.cells = answer.answer + answer.tests;
    if (notebook.cells.isEmpty()) {
        m_answerView->showMessage(tr("The student wrote nothing here."));
        return;
    }
    m_answerView->setNotebook(notebook, root);
}

void RegradeDetailPane::showQuestionRubric(const RegradeRequestRecord &request)
{
    m_rubricTree->clear();
    m_rubricTree->headerItem()->setText(0, tr("Rubric item"));
    const Result<AnswerRecord> answer = m_gradebook->answer({request.submittedNotebookId, request.cellId});
    if (!answer) {
        m_scoreLabel->setText(tr("The answer could not be read: %1").arg(answer.error().message));
        return;
    }
    m_score = answer.value().score();
    m_maxScore = answer.value().maxScore;
    const Result<QList<RubricItemRecord>> items = m_gradebook->rubricItems(request.cellId);
    for (const RubricItemRecord &item : items ? items.value() : QList<RubricItemRecord>()) {
        const bool applied = answer.value().appliedItemIds.contains(item.id);
        auto *row = new QTreeWidgetItem(m_rubricTree, {item.title, GradingFormat::number(item.points)});
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        row->setCheckState(0, applied ? Qt::Checked : Qt::Unchecked);
        row->setToolTip(0, item.description);
        row->setData(0, Qt::AccessibleDescriptionRole, applied ? tr("applied") : tr("not applied"));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (!applied) {
            row->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            row->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    if (answer.value().adjustment) {
        auto *row = new QTreeWidgetItem(m_rubricTree, {answer.value().adjustmentReason.isEmpty()
                                                           ? tr("Adjustment")
                                                           : tr("Adjustment: %1").arg(answer.value().adjustmentReason),
                                                       GradingFormat::number(*answer.value().adjustment)});
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    QString how;
    if (answer.value().rubricGraded) {
        const Result<QuestionSettings> settings = m_gradebook->questionSettings(request.cellId);
        QList<double> points;
        for (const RubricItemRecord &item : items ? items.value() : QList<RubricItemRecord>()) {
            if (answer.value().appliedItemIds.contains(item.id)) {
                points.append(item.points);
            }
        }
        how = tr("Graded with the rubric: %1")
                  .arg(GradingFormat::arithmetic(m_maxScore, settings ? settings.value() : QuestionSettings{}, points,
                                                 answer.value().adjustment));
    } else if (answer.value().manualScore) {
        how = tr("Score typed in by hand: %1").arg(GradingFormat::score(m_score, m_maxScore));
    } else if (answer.value().autoScore) {
        how = tr("Scored by the autograder: %1").arg(GradingFormat::score(m_score, m_maxScore));
    } else {
        how = tr("Not graded yet");
    }
    if (answer.value().extraCredit && *answer.value().extraCredit != 0.0) {
        how += tr(" · extra credit %1").arg(GradingFormat::number(*answer.value().extraCredit));
    }
    if (!answer.value().comment.isEmpty()) {
        how += QLatin1Char('\n') + tr("Comment: %1").arg(answer.value().comment);
    }
    m_scoreLabel->setText(how);
}

void RegradeDetailPane::showSubmissionScores(const RegradeRequestRecord &request)
{
    m_rubricTree->clear();
    const Result<QList<GradeRecord>> grades = m_gradebook->grades(request.submissionId);
    if (!grades) {
        m_scoreLabel->setText(tr("The grades could not be read: %1").arg(grades.error().message));
        return;
    }
    std::optional<double> total;
    double max = 0.0;
    for (const GradeRecord &grade : grades.value()) {
        const auto score = grade.score();
        auto *row = new QTreeWidgetItem(m_rubricTree, {grade.notebookName + QStringLiteral(": ") + grade.cellName,
                                                       GradingFormat::score(score, grade.maxScore)});
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (score) {
            total = total.value_or(0.0) + *score;
        }
        max += grade.maxScore;
    }
    m_score = total;
    m_maxScore = max;
    m_rubricTree->headerItem()->setText(0, tr("Question"));
    m_scoreLabel->setText(tr("Total: %1").arg(GradingFormat::score(total, max)));
}

void RegradeDetailPane::updateButtons()
{
    const std::optional<RegradeState> state = m_request ? std::optional(m_request->state) : std::nullopt;
    m_startButton->setEnabled(state == RegradeState::Open || state == RegradeState::Reopened);
    m_resolveButton->setEnabled(state && *state != RegradeState::Resolved);
    m_reopenButton->setEnabled(state == RegradeState::Resolved);
}

} // namespace GradeDesk::Ui
