// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/rubricrecords.h>
#include <services/grading/questionanswer.h>

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QSplitter;
class QToolButton;

namespace GradeDesk::Ui {

class NotebookView;

/**
 * @brief The centre of the grading view: whose answer it is, its score and state, the question's
 * prompt (collapsible) and the answer cells with the question's tests and their outputs.
 *
 * The header comes from the gradebook at once (setAnswer); the cells arrive later from the
 * session's background reader (setContent). Both views are NotebookViews, so code is highlighted
 * through the window's highlighter and hostile output stays inert.
 */
class AnswerPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerPane)

public:
    explicit AnswerPane(QWidget *parent = nullptr);
    ~AnswerPane() override;

    /// Shows the answer's header. `name` is the pseudonym or the name; `anonymous` says which.
    void setAnswer(const Services::AnswerRecord &answer, const QString &name, bool anonymous, int groupSize,
                   const QString &grader);
    /// Shows the answer's cells (the header must be set first). `language` names the code's language.
    void setContent(const Services::QuestionAnswer &content, const QString &language);
    /// No answer: a centred message instead of header and cells.
    void showMessage(const QString &title, const QString &text = {});
    /// The question's label and points, shown above the prompt.
    void setQuestionTitle(const QString &title);

    void setPromptCollapsed(bool collapsed);
    bool isPromptCollapsed() const;

    QByteArray saveSplitterState() const;
    void restoreSplitterState(const QByteArray &state);

    NotebookView *promptView() const { return m_promptView; }

    NotebookView *answerView() const { return m_answerView; }

    /// The badges on screen, for tests and accessibility ("Flagged", "Group of 3", …).
    QStringList badges() const;

    QString nameText() const;
    QString scoreText() const;

signals:
    void promptCollapsedChanged(bool collapsed);

private:
    void addBadge(const QString &text, const QString &color, const QString &toolTip);
    void clearBadges();
    void updatePromptToggle();

    QLabel *m_nameLabel;
    QLabel *m_scoreLabel;
    QLabel *m_stateLabel;
    QWidget *m_badgeBox;
    QHBoxLayout *m_badgeLayout;
    QToolButton *m_promptToggle;
    QSplitter *m_splitter;
    NotebookView *m_promptView;
    NotebookView *m_answerView;
    QString m_questionTitle;
    QString m_notebookPath;
    int m_promptCells = 0;
    QList<QLabel *> m_badges;
    QLabel *m_unchangedBadge = nullptr;
};

} // namespace GradeDesk::Ui
