// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/rubricrecords.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace GradeDesk::Models {
class GradingSession;
}

namespace GradeDesk::Ui {

/**
 * @brief The right side of the grading view: the question's rubric applied to the current answer.
 *
 * Items with their keys, points and how many answers have them; clicking an item toggles it. Below:
 * the score arithmetic ("10 − 2 − 1 = 7 / 10"), the point adjustment with its reason, extra credit
 * and the comment. Text fields save when they lose focus (and on Enter; Ctrl+Enter in the comment),
 * each as one undoable action; Esc in any of them goes back to the answer queue.
 */
class RubricPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RubricPanel)

public:
    explicit RubricPanel(QWidget *parent = nullptr);
    ~RubricPanel() override;

    /// `session` is not owned; null detaches.
    void setSession(Models::GradingSession *session);
    /// Re-reads the current answer (fields being edited keep what the grader typed).
    void updateAnswer();

    void focusComment();
    void focusAdjustment();
    /// Saves what the grader typed in the text fields (before moving to another answer).
    void commitEdits();
    /// Drops what the grader typed but could not save (a conflict they settled with "Keep theirs"):
    /// the fields show what is stored again.
    void revertUnsaved();
    /// Whether a text field holds a value that could not be saved (marked red, kept for a retry).
    bool hasUnsavedEdits() const;

    QTreeView *itemView() const { return m_itemView; }

    QPlainTextEdit *commentEdit() const { return m_commentEdit; }

    QLineEdit *adjustmentEdit() const { return m_adjustmentEdit; }

    QLineEdit *reasonEdit() const { return m_reasonEdit; }

    QString arithmeticText() const;

signals:
    void editRubricRequested();
    void statisticsRequested();
    void confirmRequested();
    void flagRequested();
    /// Esc (or Ctrl+Enter in the comment): give the keyboard back to the queue.
    void backToQueueRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitItemView();
    void commitComment();
    void commitAdjustment();
    void commitExtraCredit();
    void updateArithmetic();
    void updateDescription();
    void updateEnabled();
    /// Marks a text field whose value is not in the gradebook (or clears the mark).
    void markUnsaved(QWidget *field, bool unsaved);

    QPointer<Models::GradingSession> m_session;
    QLabel *m_modeLabel;
    QTreeView *m_itemView;
    QLabel *m_emptyLabel;
    QLabel *m_descriptionLabel;
    QLabel *m_arithmeticLabel;
    QLabel *m_arithmeticCaption;
    QLineEdit *m_adjustmentEdit;
    QLineEdit *m_reasonEdit;
    QLineEdit *m_extraCreditEdit;
    QPlainTextEdit *m_commentEdit;
    QPushButton *m_confirmButton;
    QPushButton *m_flagButton;
    QPushButton *m_editButton;
    QPushButton *m_statisticsButton;
    /// The answer the text fields were filled from (submitted notebook id), so a save never lands on another.
    qint64 m_fieldsAnswer = 0;
};

} // namespace GradeDesk::Ui
