// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// GradingView's keyboard: which key presses are grading keys, and what each grading command does
// (gradingview.cpp holds layout, wiring and state).
#include "answerpane.h"
#include "gradinghelpoverlay.h"
#include "gradingqueuepanel.h"
#include "gradingview.h"
#include "rubricpanel.h"
#include "userprompt.h"

#include <models/answerqueuemodel.h>
#include <models/gradingsession.h>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace GradeDesk::Ui {

using Models::GradingSession;

namespace {

enum class FocusKind { Typing, Control, Other };

/// What the focused widget does with plain keys: text fields take them all, buttons and combo
/// boxes keep Space, Enter and the arrows, anything else leaves them to the grading keys.
FocusKind focusKind(const QWidget *widget)
{
    if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)) {
        return FocusKind::Typing;
    }
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget)) {
        return edit->isReadOnly() ? FocusKind::Other : FocusKind::Typing;
    }
    if (const auto *edit = qobject_cast<const QTextEdit *>(widget)) {
        return edit->isReadOnly() ? FocusKind::Other : FocusKind::Typing;
    }
    if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
        return combo->isEditable() ? FocusKind::Typing : FocusKind::Control;
    }
    if (qobject_cast<const QAbstractButton *>(widget)) {
        return FocusKind::Control;
    }
    return FocusKind::Other;
}

bool isControlKey(const QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Up:
    case Qt::Key_Down:
        return true;
    default:
        return false;
    }
}

} // namespace

void GradingView::execute(const GradingKeyPress &press)
{
    if (!m_session) {
        return;
    }
    const auto answer = m_session->currentAnswer();
    switch (press.command) {
    case GradingCommand::None:
        return;
    case GradingCommand::ToggleItem:
        if (answer && !m_session->toggleItemByShortcut(press.itemShortcut, press.wholeGroup)) {
            emit statusMessage(
                tr("No rubric item has the key %1. Press E to edit the rubric.").arg(press.itemShortcut.toUpper()));
        }
        return;
    case GradingCommand::Confirm:
        confirmAndNext(press.wholeGroup);
        return;
    case GradingCommand::Next:
        navigate(&GradingSession::next, tr("This is the last answer in the queue."));
        return;
    case GradingCommand::Previous:
        navigate(&GradingSession::previous, tr("This is the first answer in the queue."));
        return;
    case GradingCommand::NextUngraded:
        navigate(&GradingSession::nextUngraded, tr("Every answer in the queue is graded (or open by another grader)."));
        return;
    case GradingCommand::Flag:
        if (answer) {
            m_session->setFlagged(!answer->flagged);
        }
        return;
    case GradingCommand::FocusComment:
        m_rubricPanel->focusComment();
        return;
    case GradingCommand::FocusAdjustment:
        m_rubricPanel->focusAdjustment();
        return;
    case GradingCommand::RevealName:
        revealName();
        return;
    case GradingCommand::JumpToStudent:
        m_queue->focusJump();
        return;
    case GradingCommand::EditRubric:
        openRubricEditor();
        return;
    case GradingCommand::Statistics:
        openStatistics();
        return;
    case GradingCommand::Help:
        toggleHelp();
        return;
    case GradingCommand::SplitFromGroup:
        if (m_session->currentGroup().size() < 2) {
            emit statusMessage(tr("This answer is not in a group. Group answers above the queue first."));
        }
        m_session->splitCurrentFromGroup();
        return;
    case GradingCommand::BackToQueue:
        if (m_help->isVisible()) {
            m_help->hide();
        }
        m_queue->focusQueue();
        return;
    }
}

void GradingView::navigate(bool (GradingSession::*step)(), const QString &atEnd)
{
    m_rubricPanel->commitEdits();
    if (!(m_session.get()->*step)()) {
        emit statusMessage(atEnd);
    }
}

void GradingView::confirmAndNext(bool wholeGroup)
{
    const auto answer = m_session ? m_session->currentAnswer() : std::nullopt;
    if (!answer) {
        return;
    }
    m_rubricPanel->commitEdits();
    // An answer that already has its score (the autograder's, a typed one, or the rubric's) keeps
    // it: Enter only moves on. Confirming would replace it with the rubric arithmetic.
    if (!answer->isGraded() || wholeGroup) {
        m_session->confirmGraded(wholeGroup);
    }
    if (!m_session->nextUngraded()) {
        emit statusMessage(tr("Every answer of this question is graded."));
    }
}

void GradingView::revealName()
{
    const auto answer = m_session ? m_session->currentAnswer() : std::nullopt;
    if (!answer || !m_session->isAnonymous() || m_session->answers()->isRevealed(answer->studentId)) {
        return;
    }
    if (!UserPrompt::confirm(this, tr("Reveal Name"),
                             tr("Show the real name of %1?\n\nAnonymous grading keeps grading fair. Revealing "
                                "is recorded in the course's audit log with your name.")
                                 .arg(m_session->displayName(answer->studentId)),
                             tr("Reveal"))) {
        return;
    }
    m_session->revealCurrentName();
    updateHeader();
}

void GradingView::confirmAnonymousOff()
{
    if (UserPrompt::confirm(this, tr("Show All Names"),
                            tr("Show every student's real name for this assignment?\n\nThis is recorded in the "
                               "course's audit log with your name."),
                            tr("Show Names"))) {
        m_session->setAnonymous(false);
    }
    m_queue->syncCurrentAnswer();
    m_queue->saveAnonymity();
    updateHeader();
}

bool GradingView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !m_session) {
        return false;
    }
    // A key the focused widget ignores comes back here for each parent: judge by the focus widget
    // (inside this view, not in a dialog or popup), never by the receiver.
    QWidget *focus = QApplication::focusWidget();
    auto *receiver = qobject_cast<QWidget *>(watched);
    if (!focus || !receiver || !isAncestorOf(focus) || (receiver != focus && !receiver->isAncestorOf(focus))) {
        return false;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    switch (focusKind(focus)) {
    case FocusKind::Typing:
        if (focus == m_queue->jumpEdit() && key->key() == Qt::Key_Escape) {
            m_queue->jumpEdit()->clear();
            m_queue->focusQueue();
            return true;
        }
        return false;
    case FocusKind::Control:
        if (isControlKey(key)) {
            return false;
        }
        break;
    case FocusKind::Other:
        break;
    }
    const GradingKeyPress press = GradingKeyMap::interpret(key);
    if (press.command == GradingCommand::None) {
        return false;
    }
    execute(press);
    return true;
}

} // namespace GradeDesk::Ui
