// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "regrades/audithistoryview.h"

#include <services/gradebook/records.h>

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Ui {

class NotebookView;

/**
 * @brief The selected submission: who, the score, a notebook selector and the read-only notebook.
 *
 * Notebooks are parsed in a worker thread; only the newest request is shown, so moving quickly
 * through students never shows a stale notebook. When the grader moves to another student the
 * same notebook name stays selected, so a question can be compared across students. History shows
 * the whole submission's audit trail (every answer, regrade requests, Canvas pushes).
 */
class SubmissionPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionPane)

public:
    explicit SubmissionPane(QWidget *parent = nullptr);
    ~SubmissionPane() override;

    /// Shows the submission's notebooks; `gradebook` is not owned.
    void showSubmission(Services::Gradebook *gradebook, const Services::SubmissionSummary &summary);
    void showMessage(const QString &title, const QString &text = {});
    /// Moves the notebook selector by `delta`, staying within the list.
    void stepNotebook(int delta);

    NotebookView *notebookView() const { return m_view; }

    QComboBox *notebookSelector() const { return m_selector; }

    QString currentStudent() const { return m_summary.studentId; }

    QString currentNotebookName() const;

    QPushButton *historyButton() const { return m_historyButton; }

    /// The open submission history (objectName "submissionHistoryDialog"), if any.
    QDialog *historyDialog() const { return m_historyDialog.data(); }

    /// Shows the current submission's history in a non-modal window (follows the selected submission).
    void openHistory();

    /// The notebook to prefer for the next submission (restored from settings by the window).
    void setPreferredNotebook(const QString &name) { m_preferredNotebook = name; }

signals:
    /// A notebook finished loading (or failed to) and is on screen.
    void notebookDisplayed(const QString &studentId, const QString &notebookName);

private:
    void loadSelectedNotebook();
    void updateHistory();

    QLabel *m_title;
    QLabel *m_details;
    QComboBox *m_selector;
    QPushButton *m_historyButton;
    NotebookView *m_view;
    QPointer<QDialog> m_historyDialog;
    QPointer<AuditHistoryView> m_historyView;
    QPointer<Services::Gradebook> m_gradebook;
    Services::SubmissionSummary m_summary;
    QList<Services::SubmittedNotebookRecord> m_notebooks;
    QString m_preferredNotebook;
    int m_loadGeneration = 0;
};

} // namespace GradeDesk::Ui
