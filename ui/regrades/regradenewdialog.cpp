// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "regradenewdialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using namespace Services;

RegradeNewDialog::RegradeNewDialog(const QString &assignment, const QList<StudentRecord> &students,
                                   const QList<QuestionRecord> &questions, QWidget *parent)
    : QDialog(parent)
    , m_studentCombo(new QComboBox(this))
    , m_questionCombo(new QComboBox(this))
    , m_messageEdit(new QPlainTextEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_addButton(m_buttons->addButton(tr("&Add Request"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("regradeNewDialog"));
    setWindowTitle(tr("New Regrade Request — %1").arg(assignment));
    m_studentCombo->setObjectName(QStringLiteral("studentComboBox"));
    m_questionCombo->setObjectName(QStringLiteral("questionComboBox"));
    m_messageEdit->setObjectName(QStringLiteral("messagePlainTextEdit"));
    m_addButton->setObjectName(QStringLiteral("addRequestPushButton"));

    m_studentCombo->setEditable(true);
    m_studentCombo->setInsertPolicy(QComboBox::NoInsert);
    m_studentCombo->lineEdit()->setPlaceholderText(tr("Name or id"));
    for (const StudentRecord &student : students) {
        const QString name = student.displayName();
        m_studentCombo->addItem(name == student.id ? name : tr("%1 (%2)").arg(name, student.id), student.id);
    }
    m_studentCombo->completer()->setFilterMode(Qt::MatchContains);
    m_studentCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_studentCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_studentCombo->setCurrentIndex(-1);

    m_questionCombo->addItem(tr("Whole submission"), qint64(0));
    for (const QuestionRecord &question : questions) {
        m_questionCombo->addItem(question.notebookName + QStringLiteral(": ") + question.name, question.cellId);
    }
    m_messageEdit->setTabChangesFocus(true);
    m_messageEdit->setPlaceholderText(tr("What the student asks, in their words"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    QPalette error = m_errorLabel->palette();
    error.setColor(QPalette::WindowText, QColor(QStringLiteral("#c53030")));
    m_errorLabel->setPalette(error);
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Student:"), m_studentCombo);
    form->addRow(tr("&Question:"), m_questionCombo);
    form->addRow(tr("&Message:"), m_messageEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_studentCombo, &QComboBox::currentTextChanged, this, &RegradeNewDialog::updateButton);
    connect(m_messageEdit, &QPlainTextEdit::textChanged, this, &RegradeNewDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (studentId().isEmpty()) {
            showError(tr("Pick a student from the list: “%1” matches nobody who submitted this assignment.")
                          .arg(m_studentCombo->currentText()));
            return;
        }
        if (!message().isEmpty()) {
            emit submitted(studentId(), cellId(), message());
        }
    });
    auto *submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(submit, &QShortcut::activated, m_addButton, &QPushButton::click);
    updateButton();
    m_studentCombo->setFocus();
    resize(500, 340);
}

RegradeNewDialog::~RegradeNewDialog() = default;

QString RegradeNewDialog::studentId() const
{
    const QString text = m_studentCombo->currentText().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    // The typed text may be the entry as listed, a bare id or a bare name.
    for (int row = 0; row < m_studentCombo->count(); ++row) {
        const QString id = m_studentCombo->itemData(row).toString();
        const QString entry = m_studentCombo->itemText(row);
        if (entry.compare(text, Qt::CaseInsensitive) == 0 || id.compare(text, Qt::CaseInsensitive) == 0 ||
            entry.startsWith(text + QStringLiteral(" ("), Qt::CaseInsensitive)) {
            return id;
        }
    }
    return {};
}

qint64 RegradeNewDialog::cellId() const
{
    return m_questionCombo->currentData().toLongLong();
}

QString RegradeNewDialog::message() const
{
    return m_messageEdit->toPlainText().trimmed();
}

void RegradeNewDialog::preselect(const QString &studentId, qint64 cellId)
{
    m_studentCombo->setCurrentIndex(m_studentCombo->findData(studentId));
    m_questionCombo->setCurrentIndex(std::max(0, m_questionCombo->findData(cellId)));
}

void RegradeNewDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

QString RegradeNewDialog::errorText() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void RegradeNewDialog::updateButton()
{
    const bool ready = !m_studentCombo->currentText().trimmed().isEmpty() && !message().isEmpty();
    m_addButton->setEnabled(ready);
    m_addButton->setToolTip(ready ? tr("Add the request (Ctrl+Return)") : tr("Pick a student and write the message"));
}

} // namespace GradeDesk::Ui
