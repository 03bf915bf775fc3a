// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "userprompt.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace GradeDesk::Ui {

namespace {

std::optional<bool> &nextAnswer()
{
    static std::optional<bool> answer;
    return answer;
}

std::optional<QString> &nextFileName()
{
    static std::optional<QString> fileName;
    return fileName;
}

QString &lastQuestionText()
{
    static QString text;
    return text;
}

std::optional<QString> takeFileName()
{
    return std::exchange(nextFileName(), std::nullopt);
}

} // namespace

bool UserPrompt::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    lastQuestionText() = text;
    if (const auto answer = std::exchange(nextAnswer(), std::nullopt)) {
        return *answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

QString UserPrompt::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (const auto fileName = takeFileName()) {
        return *fileName;
    }
    return QFileDialog::getOpenFileName(parent, title, QDir::homePath(), filter);
}

QString UserPrompt::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (const auto fileName = takeFileName()) {
        return *fileName;
    }
    return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggested), filter);
}

QString UserPrompt::directory(QWidget *parent, const QString &title)
{
    if (const auto fileName = takeFileName()) {
        return *fileName;
    }
    return QFileDialog::getExistingDirectory(parent, title, QDir::homePath());
}

QString UserPrompt::lastQuestion()
{
    return lastQuestionText();
}

void UserPrompt::setNextAnswer(std::optional<bool> answer)
{
    nextAnswer() = answer;
}

void UserPrompt::setNextFileName(std::optional<QString> fileName)
{
    nextFileName() = std::move(fileName);
}

} // namespace GradeDesk::Ui
