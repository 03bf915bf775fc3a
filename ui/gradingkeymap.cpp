// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "gradingkeymap.h"

#include <QKeyEvent>

namespace GradeDesk::Ui {

namespace {

const auto ReservedLetters = QStringLiteral("acefjknrs");
const auto ItemShortcutOrder = QStringLiteral("1234567890bdghilmopqtuvwxyz");

/// The digit printed on the key of a shifted digit-row symbol; empty when it is not one.
QString shiftedDigit(const QKeyEvent *event)
{
    // US layout symbols first (what X11 and macOS report as key()), then the physical position:
    // xcb scan codes 10..19 are the digit row 1..9, 0 on every layout.
    static const QList<int> usSymbols = {Qt::Key_ParenRight, Qt::Key_Exclam,   Qt::Key_At,          Qt::Key_NumberSign,
                                         Qt::Key_Dollar,     Qt::Key_Percent,  Qt::Key_AsciiCircum, Qt::Key_Ampersand,
                                         Qt::Key_Asterisk,   Qt::Key_ParenLeft};
    if (const qsizetype digit = usSymbols.indexOf(event->key()); digit >= 0) {
        return QString::number(digit);
    }
    const quint32 scanCode = event->nativeScanCode();
    if (scanCode >= 10 && scanCode <= 19) {
        return QString::number((scanCode - 9) % 10);
    }
    return {};
}

} // namespace

GradingKeyPress GradingKeyMap::interpret(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        return {};
    }
    const bool shift = modifiers & Qt::ShiftModifier;
    const int key = event->key();
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        return {GradingCommand::Confirm, {}, shift};
    case Qt::Key_Down:
    case Qt::Key_J:
        return {GradingCommand::Next, {}, false};
    case Qt::Key_Up:
    case Qt::Key_K:
        return {GradingCommand::Previous, {}, false};
    case Qt::Key_N:
        return {GradingCommand::NextUngraded, {}, false};
    case Qt::Key_F:
        return {GradingCommand::Flag, {}, false};
    case Qt::Key_C:
        return {GradingCommand::FocusComment, {}, false};
    case Qt::Key_A:
        return {GradingCommand::FocusAdjustment, {}, false};
    case Qt::Key_R:
        return {GradingCommand::RevealName, {}, false};
    case Qt::Key_E:
        return {GradingCommand::EditRubric, {}, false};
    case Qt::Key_S:
        return {GradingCommand::Statistics, {}, false};
    case Qt::Key_Slash:
        return {GradingCommand::JumpToStudent, {}, false};
    case Qt::Key_F1:
    case Qt::Key_Question:
        return {GradingCommand::Help, {}, false};
    case Qt::Key_Escape:
        return {GradingCommand::BackToQueue, {}, false};
    default:
        break;
    }
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        return {GradingCommand::ToggleItem, QString::number(key - Qt::Key_0), shift};
    }
    if (key >= Qt::Key_A && key <= Qt::Key_Z) {
        return {GradingCommand::ToggleItem, QString(QChar(u'a' + (key - Qt::Key_A))), shift};
    }
    if (shift) {
        if (const QString digit = shiftedDigit(event); !digit.isEmpty()) {
            return {GradingCommand::ToggleItem, digit, true};
        }
    }
    return {};
}

bool GradingKeyMap::isReserved(const QString &shortcut)
{
    return shortcut.size() == 1 && ReservedLetters.contains(shortcut.at(0).toLower());
}

bool GradingKeyMap::isValidItemShortcut(const QString &shortcut)
{
    return shortcut.size() == 1 && ItemShortcutOrder.contains(shortcut.at(0).toLower());
}

QString GradingKeyMap::nextFreeShortcut(const QStringList &used)
{
    for (const QChar c : ItemShortcutOrder) {
        if (!used.contains(QString(c), Qt::CaseInsensitive)) {
            return QString(c);
        }
    }
    return {};
}

QList<GradingKeyMap::HelpRow> GradingKeyMap::helpRows()
{
    return {
        {tr("1 … 9, 0, letters"), tr("Apply or remove the rubric item with that key")},
        {tr("Shift + item key"), tr("Apply or remove it on the whole answer group")},
        {tr("Enter, Space"), tr("Confirm the answer and go to the next ungraded one")},
        {tr("Shift + Enter"), tr("Confirm the whole answer group")},
        {tr("J, ↓ / K, ↑"), tr("Next / previous answer")},
        {tr("N"), tr("Next ungraded answer (skips answers another grader has open)")},
        {tr("F"), tr("Flag or unflag for review")},
        {tr("C"), tr("Write a comment (Ctrl+Enter saves, Esc returns to the queue)")},
        {tr("A"), tr("Adjust the points, with a reason")},
        {tr("R"), tr("Reveal the student's name (recorded in the audit log)")},
        {tr("/"), tr("Jump to a student")},
        {tr("Ctrl+Z / Ctrl+Shift+Z"), tr("Undo / redo")},
        {tr("E"), tr("Edit the rubric")},
        {tr("S"), tr("Statistics")},
        {tr("Ctrl+G"), tr("Switch between Submissions and Grade by question")},
        {tr("F1, ?"), tr("Show or hide this list")},
    };
}

QString GradingKeyMap::keyLabel(GradingCommand command)
{
    switch (command) {
    case GradingCommand::Confirm:
        return tr("Enter");
    case GradingCommand::Next:
        return QStringLiteral("J");
    case GradingCommand::Previous:
        return QStringLiteral("K");
    case GradingCommand::NextUngraded:
        return QStringLiteral("N");
    case GradingCommand::Flag:
        return QStringLiteral("F");
    case GradingCommand::FocusComment:
        return QStringLiteral("C");
    case GradingCommand::FocusAdjustment:
        return QStringLiteral("A");
    case GradingCommand::RevealName:
        return QStringLiteral("R");
    case GradingCommand::JumpToStudent:
        return QStringLiteral("/");
    case GradingCommand::EditRubric:
        return QStringLiteral("E");
    case GradingCommand::Statistics:
        return QStringLiteral("S");
    case GradingCommand::Help:
        return QStringLiteral("F1");
    case GradingCommand::BackToQueue:
        return tr("Esc");
    case GradingCommand::None:
    case GradingCommand::ToggleItem:
    case GradingCommand::SplitFromGroup:
        break;
    }
    return {};
}

} // namespace GradeDesk::Ui
