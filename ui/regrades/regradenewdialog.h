// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/records.h>
#include <services/gradebook/rubricrecords.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace GradeDesk::Ui {

/**
 * @brief New Request… in the Regrades window: a request a student made by mail or in person.
 *
 * The student is picked by name or id (type to search: staff entering a request know who asked),
 * the question from the assignment's questions or "Whole submission". Add emits submitted(); the
 * window stores it and closes the dialog, or shows the error here.
 */
class RegradeNewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegradeNewDialog)

public:
    /// `students`: those who submitted the assignment; `questions`: its graded cells.
    RegradeNewDialog(const QString &assignment, const QList<Services::StudentRecord> &students,
                     const QList<Services::QuestionRecord> &questions, QWidget *parent = nullptr);
    ~RegradeNewDialog() override;

    /// Empty when the typed text matches no student.
    QString studentId() const;
    /// 0: the whole submission.
    qint64 cellId() const;
    QString message() const;

    /// Preselects the student (id) and question (cell id; 0 whole submission).
    void preselect(const QString &studentId, qint64 cellId);
    void showError(const QString &message);
    /// The error shown, "" when none.
    QString errorText() const;

    QComboBox *studentCombo() const { return m_studentCombo; }

    QComboBox *questionCombo() const { return m_questionCombo; }

    QPlainTextEdit *messageEdit() const { return m_messageEdit; }

    QPushButton *addButton() const { return m_addButton; }

signals:
    void submitted(const QString &studentId, qint64 cellId, const QString &message);

private:
    void updateButton();

    QComboBox *m_studentCombo;
    QComboBox *m_questionCombo;
    QPlainTextEdit *m_messageEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_addButton;
};

} // namespace GradeDesk::Ui
