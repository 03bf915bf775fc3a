// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace GradeDesk::Ui {

/**
 * @brief The modal questions the grading view asks (a confirmation, a file name), with test seams.
 *
 * Widget tests queue the next answer with setNextAnswer() / setNextFileName(); a queued answer is
 * used once instead of opening the dialog, so tests never block on a modal loop.
 */
class UserPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(UserPrompt)

public:
    UserPrompt() = delete;

    /// Asks a yes/no question; `acceptText` labels the button that confirms ("Delete", "Reveal").
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText);
    /// An existing file to read; empty when the user cancels.
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    /// A file to write; empty when the user cancels.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    /// A folder; empty when the user cancels.
    static QString directory(QWidget *parent, const QString &title);

    static void setNextAnswer(std::optional<bool> answer);
    /// The text of the last confirm() question, asked or answered by a seam (what tests check).
    static QString lastQuestion();
    static void setNextFileName(std::optional<QString> fileName);
};

} // namespace GradeDesk::Ui
