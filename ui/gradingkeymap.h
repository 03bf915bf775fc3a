// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QKeyEvent;

namespace GradeDesk::Ui {

/// What a key does in the grading view.
enum class GradingCommand {
    None,
    ToggleItem,      ///< A rubric item's shortcut: 1–9, 0, then letters no command uses.
    Confirm,         ///< Enter / Space: confirm the answer, go to the next ungraded one.
    Next,            ///< J / Down
    Previous,        ///< K / Up
    NextUngraded,    ///< N
    Flag,            ///< F
    FocusComment,    ///< C
    FocusAdjustment, ///< A
    RevealName,      ///< R
    JumpToStudent,   ///< /
    EditRubric,      ///< E
    Statistics,      ///< S
    Help,            ///< F1 / ?
    BackToQueue,     ///< Esc
    SplitFromGroup,  ///< No key (menu only): the current answer leaves its answer group.
};

struct GradingKeyPress {
    GradingCommand command = GradingCommand::None;
    QString itemShortcut;    ///< ToggleItem: "1".."9", "0" or a lower-case letter.
    bool wholeGroup = false; ///< Shift held: the action applies to the whole answer group.
};

/**
 * @brief The grading view's single-key map, in one place for dispatch, menus and the help overlay.
 *
 * Keys with Ctrl, Alt or Meta are never grading keys (they stay window shortcuts: Ctrl+Z undoes).
 * Shift+digit is read by the digit it is printed on (US symbols, or the key's position on X11), so
 * Shift+1 applies item 1 to the whole group whatever the keyboard layout.
 */
class GradingKeyMap final
{
    Q_DECLARE_TR_FUNCTIONS(GradingKeyMap)

public:
    GradingKeyMap() = delete;

    static GradingKeyPress interpret(const QKeyEvent *event);

    /// Letters commands use; a rubric item cannot have one of these as its shortcut.
    static bool isReserved(const QString &shortcut);
    /// A shortcut a rubric item may have: one digit, or one letter no command uses.
    static bool isValidItemShortcut(const QString &shortcut);
    /// The first of 1–9, 0, then free letters that is not in `used`; empty when all are taken.
    static QString nextFreeShortcut(const QStringList &used);

    struct HelpRow {
        QString keys;
        QString description;
    };

    /// What the help overlay lists, in reading order.
    static QList<HelpRow> helpRows();
    /// The key's label for a command (for button texts and tooltips), e.g. "E".
    static QString keyLabel(GradingCommand command);
};

} // namespace GradeDesk::Ui
