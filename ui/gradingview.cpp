// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradingview.h"

#include "answerpane.h"
#include "gradingformat.h"
#include "gradinghelpoverlay.h"
#include "gradingqueuepanel.h"
#include "notebookview.h"
#include "regrades/audithistoryview.h"
#include "rubriceditordialog.h"
#include "rubricpanel.h"
#include "statisticsdialog.h"
#include "uisettings.h"

#include <models/answerfiltermodel.h>
#include <models/answerqueuemodel.h>
#include <models/gradingsession.h>
#include <models/questionlistmodel.h>
#include <models/rubricmodel.h>
#include <services/config/courseconfig.h>
#include <services/highlight/syntaxhighlighter.h>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using namespace Services;
using Models::GradingSession;

GradingView::GradingView(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_queue(new GradingQueuePanel(m_splitter))
    , m_answerPane(new AnswerPane(m_splitter))
    , m_rubricPanel(new RubricPanel(m_splitter))
    , m_hintLabel(new QLabel(this))
    , m_help(new GradingHelpOverlay(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_undoAction(m_undoGroup->createUndoAction(this, tr("&Undo")))
    , m_redoAction(m_undoGroup->createRedoAction(this, tr("&Redo")))
    , m_historyAction(new QAction(tr("&History…"), this))
{
    setObjectName(QStringLiteral("gradingView"));
    m_splitter->setObjectName(QStringLiteral("gradingSplitter"));
    m_hintLabel->setObjectName(QStringLiteral("gradingHintLabel"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setToolTip(tr("Who changed this answer, when, and from what to what (Ctrl+H)"));
    connect(m_historyAction, &QAction::triggered, this, &GradingView::openHistory);
    for (QAction *action : {m_undoAction, m_redoAction, m_historyAction}) {
        // Only here: in the comment field Ctrl+Z stays the text's own undo.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_queue);
    m_splitter->addWidget(m_answerPane);
    m_splitter->addWidget(m_rubricPanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({320, 620, 420});

    m_hintLabel->setTextFormat(Qt::PlainText);
    m_hintLabel->setText(tr("1–9 apply items · Enter confirm and next · J/K next/previous · N next ungraded · "
                            "F flag · C comment · / jump · Ctrl+Z undo · Ctrl+H history · F1 all keys"));
    QPalette muted = m_hintLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_hintLabel->setPalette(muted);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_hintLabel);

    connect(m_queue, &GradingQueuePanel::assignmentChosen, this, &GradingView::assignmentChosen);
    connect(m_queue, &GradingQueuePanel::questionChosen, this, &GradingView::chooseQuestion);
    connect(m_queue, &GradingQueuePanel::answerChosen, this, [this](int row) {
        if (m_session) {
            m_rubricPanel->commitEdits();
            m_session->setCurrentRow(row);
        }
    });
    connect(m_queue, &GradingQueuePanel::jumpFailed, this,
            [this](const QString &text) { emit statusMessage(tr("No student matches “%1”.").arg(text)); });
    connect(m_queue, &GradingQueuePanel::anonymousOffRequested, this, &GradingView::confirmAnonymousOff);
    connect(m_rubricPanel, &RubricPanel::editRubricRequested, this, &GradingView::openRubricEditor);
    connect(m_rubricPanel, &RubricPanel::statisticsRequested, this, &GradingView::openStatistics);
    connect(m_rubricPanel, &RubricPanel::confirmRequested, this, [this] { confirmAndNext(false); });
    connect(m_rubricPanel, &RubricPanel::flagRequested, this, [this] {
        execute({GradingCommand::Flag, QString(), false});
    });
    connect(m_rubricPanel, &RubricPanel::backToQueueRequested, m_queue, &GradingQueuePanel::focusQueue);
    connect(m_answerPane, &AnswerPane::promptCollapsedChanged, this,
            [](bool collapsed) { UiSettings::setGradingValue(QStringLiteral("promptCollapsed"), collapsed); });
    for (NotebookView *view : {m_answerPane->promptView(), m_answerPane->answerView()}) {
        connect(view, &NotebookView::externalLinkRequested, this, &GradingView::externalLinkRequested);
    }
    restoreState();
}

GradingView::~GradingView()
{
    clearCourse();
}

void GradingView::setCourse(Gradebook *gradebook, const CourseConfig &config, SyntaxHighlighter *highlighter)
{
    clearCourse();
    m_gradebook = gradebook;
    m_courseFile = config.filePath;
    m_session = std::make_unique<GradingSession>(gradebook, config);
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    m_highlighter = highlighter;
    if (highlighter) {
        m_session->setHighlighter(highlighter);
        for (NotebookView *view : {m_answerPane->promptView(), m_answerPane->answerView()}) {
            connect(view, &NotebookView::highlightRequested, highlighter, &SyntaxHighlighter::request);
            connect(highlighter, &SyntaxHighlighter::highlighted, view, &NotebookView::applyHighlighting);
        }
    }
    GradingSession *session = m_session.get();
    connect(session, &GradingSession::errorOccurred, this, &GradingView::errorOccurred);
    connect(session, &GradingSession::questionChanged, this, &GradingView::onQuestionChanged);
    connect(session, &GradingSession::currentAnswerChanged, this, &GradingView::onCurrentAnswerChanged);
    connect(session, &GradingSession::conflictDetected, this, &GradingView::showConflict);
    connect(session, &GradingSession::answerContentReady, this, &GradingView::showContent);
    connect(session, &GradingSession::groupsChanged, this, &GradingView::updateHeader);
    connect(session, &GradingSession::loadingProgress, m_queue, &GradingQueuePanel::setLoadingProgress);
    // Grading actions, undo and other graders change the current answer's row: keep the header right.
    // A retroactive edit changes thousands of rows: only the current one matters here.
    connect(session->answers(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const auto answer = m_session->currentAnswer();
                const int row = answer ? m_session->answers()->rowOfAnswer(answer->key.submittedNotebookId) : -1;
                if (row >= topLeft.row() && row <= bottomRight.row()) {
                    updateHeader();
                    m_rubricPanel->updateAnswer();
                }
            });
    connect(session->answers(), &Models::AnswerQueueModel::answersRefreshed, this, &GradingView::updateHeader);
    connect(session->answers(), &Models::AnswerQueueModel::answersRefreshed, m_rubricPanel, &RubricPanel::updateAnswer);
    connect(session->rubric(), &QAbstractItemModel::modelReset, m_queue, &GradingQueuePanel::updateFilterChoices);
    connect(session->rubric(), &QAbstractItemModel::dataChanged, m_queue, &GradingQueuePanel::updateFilterChoices);
    m_queue->setSession(session);
    m_rubricPanel->setSession(session);
    m_answerPane->showMessage(tr("No question selected"), tr("Choose a question on the left."));
}

void GradingView::clearCourse()
{
    if (!m_session) {
        return;
    }
    m_rubricPanel->commitEdits();
    saveState();
    delete m_rubricEditor;
    delete m_statistics;
    delete m_conflictDialog;
    delete m_historyDialog;
    if (m_highlighter) {
        for (NotebookView *view : {m_answerPane->promptView(), m_answerPane->answerView()}) {
            disconnect(view, nullptr, m_highlighter, nullptr);
            disconnect(m_highlighter, nullptr, view, nullptr);
        }
    }
    m_queue->setSession(nullptr);
    m_rubricPanel->setSession(nullptr);
    // The session's models still signal while it is destroyed (it releases its claims): nobody here
    // may listen any more.
    for (QObject *source : std::initializer_list<QObject *>{m_session.get(), m_session->answers(), m_session->rubric(),
                                                            m_session->questions(), m_session->filteredAnswers()}) {
        for (QObject *receiver : std::initializer_list<QObject *>{this, m_queue, m_rubricPanel, m_answerPane}) {
            disconnect(source, nullptr, receiver, nullptr);
        }
    }
    m_undoGroup->removeStack(m_session->undoStack());
    m_session.reset();
    m_gradebook = nullptr;
    m_courseFile.clear();
    m_pendingAssignment.clear();
    m_answerPane->showMessage(tr("No course open"));
}

void GradingView::setAssignmentModel(QAbstractItemModel *model)
{
    m_queue->setAssignmentModel(model);
}

void GradingView::setAssignment(const QString &assignment)
{
    m_pendingAssignment = assignment;
    m_queue->setCurrentAssignment(assignment);
    if (isVisible()) {
        loadPendingAssignment();
    }
}

void GradingView::loadPendingAssignment()
{
    if (!m_session || m_pendingAssignment.isEmpty() || m_pendingAssignment == m_session->assignment()) {
        return;
    }
    m_rubricPanel->commitEdits();
    const QString assignment = m_pendingAssignment;
    if (!m_session->setAssignment(assignment)) {
        m_answerPane->showMessage(tr("This assignment cannot be graded yet"), tr("See the message above the window."));
        return;
    }
    m_queue->applyStoredAnonymity();
    const Models::QuestionListModel *questions = m_session->questions();
    if (questions->rowCount() == 0) {
        m_answerPane->showMessage(tr("Nothing to grade in %1").arg(assignment),
                                  tr("The assignment has no graded cells, or no submissions were collected yet."));
        m_queue->syncQuestion();
        return;
    }
    // Back to where the grader was, else the first question that still needs hands.
    int row = questions->rowOfQuestion(UiSettings::lastQuestion(m_courseFile, assignment));
    for (int candidate = 0; row < 0 && candidate < questions->rowCount(); ++candidate) {
        if (questions->question(candidate).needsManualCount > 0) {
            row = candidate;
        }
    }
    chooseQuestion(questions->question(std::max(row, 0)).cellId);
}

void GradingView::chooseQuestion(qint64 cellId)
{
    if (!m_session) {
        return;
    }
    m_rubricPanel->commitEdits();
    const bool switched = m_session->question() != cellId;
    if (m_session->setQuestion(cellId)) {
        UiSettings::setLastQuestion(m_courseFile, m_session->assignment(), cellId);
        // Start where the work is: the first answer still to grade (the queue's first when all are).
        const auto answer = m_session->currentAnswer();
        if (switched && answer && answer->isGraded()) {
            m_session->nextUngraded();
        }
    }
    m_queue->syncQuestion();
}

void GradingView::onQuestionChanged()
{
    const auto question = m_session->questionRecord();
    if (question) {
        m_answerPane->setQuestionTitle(
            tr("%1 · %2 pt")
                .arg(Models::QuestionListModel::labelOf(*question), GradingFormat::number(question->maxScore)));
    }
    m_queue->syncQuestion();
    m_rubricPanel->updateAnswer();
    if (m_session->currentRow() < 0) {
        m_answerPane->showMessage(tr("No answers to show"),
                                  m_session->answers()->rowCount() == 0
                                      ? tr("Nobody has handed in this question yet.")
                                      : tr("No answer matches the filter. Choose “All answers” above the queue."));
    }
}

void GradingView::onCurrentAnswerChanged()
{
    m_queue->syncCurrentAnswer();
    updateHeader();
    m_rubricPanel->updateAnswer();
    updateHistory();
}

void GradingView::updateHeader()
{
    if (!m_session) {
        return;
    }
    const auto answer = m_session->currentAnswer();
    if (!answer) {
        if (m_session->questionRecord()) {
            m_answerPane->showMessage(tr("No answer selected"),
                                      m_session->filteredAnswers()->rowCount() == 0
                                          ? tr("No answer matches the filter. Choose “All answers” above the queue.")
                                          : tr("Choose an answer in the queue."));
        }
        return;
    }
    const Models::AnswerQueueModel *answers = m_session->answers();
    m_answerPane->setAnswer(*answer, m_session->displayName(answer->studentId),
                            answers->isAnonymous() && !answers->isRevealed(answer->studentId),
                            int(m_session->currentGroup().size()), m_session->grader());
    if (const auto content = m_session->currentContent()) {
        // Same answer again (a grade changed): the cells are on screen already unless it just became current.
        if (m_answerPane->answerView()->notebook().path != answer->notebookPath ||
            !m_answerPane->answerView()->hasNotebook()) {
            showContent();
        }
    }
}

void GradingView::showContent()
{
    if (!m_session) {
        return;
    }
    if (const auto content = m_session->currentContent()) {
        m_answerPane->setContent(*content, m_session->currentLanguage());
    }
}

RubricEditorDialog *GradingView::rubricEditor() const
{
    return m_rubricEditor.data();
}

StatisticsDialog *GradingView::statisticsDialog() const
{
    return m_statistics.data();
}

void GradingView::refresh()
{
    if (m_session && !m_session->assignment().isEmpty()) {
        m_session->refresh();
    }
}

void GradingView::focusQueue()
{
    m_queue->focusQueue();
}

void GradingView::openRubricEditor()
{
    if (!m_session || !m_session->questionRecord()) {
        return;
    }
    if (m_rubricEditor) {
        m_rubricEditor->raise();
        m_rubricEditor->activateWindow();
        return;
    }
    m_rubricPanel->commitEdits();
    m_rubricEditor = new RubricEditorDialog(m_session.get(), this);
    m_rubricEditor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_rubricEditor, &QDialog::finished, this, &GradingView::returnFromDialog);
    m_rubricEditor->open();
}

void GradingView::openStatistics()
{
    if (!m_session || !m_session->questionRecord()) {
        return;
    }
    delete m_statistics;
    m_statistics = new StatisticsDialog(m_session.get(), m_gradebook, this);
    m_statistics->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_statistics, &QDialog::finished, this, &GradingView::returnFromDialog);
    m_statistics->show();
}

void GradingView::returnFromDialog()
{
    // The window manager may leave the dialog's parent inactive; the keyboard belongs to the queue.
    activateWindow();
    m_queue->focusQueue();
}

void GradingView::toggleHelp()
{
    if (m_help->isVisible()) {
        m_help->hide();
        return;
    }
    m_help->reposition();
    m_help->raise();
    m_help->show();
}

bool GradingView::isHelpVisible() const
{
    return m_help->isVisible();
}

void GradingView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_filterInstalled) {
        qApp->installEventFilter(this);
        m_filterInstalled = true;
    }
    loadPendingAssignment();
}

void GradingView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_filterInstalled) {
        qApp->removeEventFilter(this);
        m_filterInstalled = false;
    }
    m_rubricPanel->commitEdits();
    m_help->hide();
}

void GradingView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_help->isVisible()) {
        m_help->reposition();
    }
}

void GradingView::saveState() const
{
    UiSettings::setWindowLayout(QStringLiteral("gradingSplitter"), m_splitter->saveState());
    UiSettings::setWindowLayout(QStringLiteral("gradingQueueSplitter"), m_queue->saveSplitterState());
    UiSettings::setWindowLayout(QStringLiteral("gradingAnswerSplitter"), m_answerPane->saveSplitterState());
    m_queue->saveChoices();
}

void GradingView::restoreState()
{
    m_splitter->restoreState(UiSettings::windowLayout(QStringLiteral("gradingSplitter")));
    m_queue->restoreSplitterState(UiSettings::windowLayout(QStringLiteral("gradingQueueSplitter")));
    m_answerPane->restoreSplitterState(UiSettings::windowLayout(QStringLiteral("gradingAnswerSplitter")));
    m_answerPane->setPromptCollapsed(UiSettings::gradingValue(QStringLiteral("promptCollapsed"), false).toBool());
}

QMessageBox *GradingView::conflictDialog() const
{
    return m_conflictDialog.data();
}

QDialog *GradingView::historyDialog() const
{
    return m_historyDialog.data();
}

AuditHistoryView *GradingView::historyView() const
{
    return m_historyView.data();
}

void GradingView::showConflict(const Models::GradingConflict &conflict)
{
    if (m_conflictDialog) {
        // The session kept only the newest conflict: an unanswered older question is moot.
        m_conflictDialog->disconnect(this);
        m_conflictDialog->deleteLater();
    }
    const QString who = conflict.otherGrader.isEmpty() ? tr("Another grader") : conflict.otherGrader;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Another Grader Changed This Answer"),
                                tr("%1 changed this answer while you were working on it. Nothing was overwritten: "
                                   "the answer shows their change now.")
                                    .arg(who),
                                QMessageBox::NoButton, this);
    m_conflictDialog = box;
    box->setObjectName(QStringLiteral("conflictDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    const QString theirsLabel = conflict.otherGrader.isEmpty() ? tr("Theirs") : tr("Theirs (%1)").arg(who);
    box->setInformativeText(tr("Changed: %1\n\n%2:  %3\nYours:  %4\n\nKeep their value, or replace it with yours?")
                                .arg(conflict.what, theirsLabel, conflict.theirs, conflict.mine));
    QPushButton *keep = box->addButton(tr("Keep Theirs"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepTheirsButton"));
    QPushButton *mine = box->addButton(tr("Use Mine"), QMessageBox::AcceptRole);
    mine->setObjectName(QStringLiteral("useMineButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QDialog::finished, this, [this, box, mine] {
        const bool useMine = box->clickedButton() == mine;
        m_conflictDialog = nullptr; // resolving may raise the next conflict
        if (!m_session) {
            return;
        }
        m_session->resolveConflict(useMine);
        if (useMine) {
            m_rubricPanel->updateAnswer();
        } else {
            m_rubricPanel->revertUnsaved();
        }
        updateHeader();
        emit statusMessage(useMine ? tr("Your value replaced the other grader's.")
                                   : tr("Kept the other grader's value."));
        if (!m_conflictDialog) {
            returnFromDialog();
        }
    });
    box->open();
}

void GradingView::openHistory()
{
    if (!m_session || !m_gradebook) {
        return;
    }
    if (!m_historyDialog) {
        m_historyView = AuditHistoryView::createDialog(this, QStringLiteral("answerHistoryDialog"), QSize(680, 420));
        auto *dialog = qobject_cast<QDialog *>(m_historyView->window());
        connect(m_historyView, &AuditHistoryView::loadFailed, this,
                [this](const ServiceError &error) { emit errorOccurred(tr("Reading the history failed"), error); });
        connect(dialog, &QDialog::finished, this, &GradingView::returnFromDialog);
        m_historyDialog = dialog;
    }
    updateHistory();
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
}

void GradingView::updateHistory()
{
    if (!m_historyDialog || !m_historyView) {
        return;
    }
    const auto answer = m_session ? m_session->currentAnswer() : std::nullopt;
    const auto question = m_session ? m_session->questionRecord() : std::nullopt;
    if (!answer || !question) {
        m_historyView->clear();
        m_historyDialog->setWindowTitle(tr("History"));
        return;
    }
    // The history follows the current answer, like the rest of the view.
    m_historyView->setAnswer(m_gradebook, answer->key, answer->submissionId);
    m_historyDialog->setWindowTitle(
        tr("History of %1 · %2")
            .arg(m_session->displayName(answer->studentId), Models::QuestionListModel::labelOf(*question)));
}

} // namespace GradeDesk::Ui
