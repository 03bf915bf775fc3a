// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/gradebook/records.h>
#include <services/gradebook/rubricrecords.h>
#include <services/notebook/notebook.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace GradeDesk::Services {

class Gradebook;

/// What one student's feedback shows for one notebook.
struct NotebookFeedback {
    QString notebookName;
    Notebook notebook;             ///< The graded (autograded if available) notebook.
    QString problem;               ///< Translated: why the cells are missing (unreadable file); empty normally.
    QList<GradeRecord> grades;     ///< This notebook's grades.
    QList<CommentRecord> comments; ///< This notebook's comments.
    /// cell id -> applied rubric items, in rubric order. Only for rubric-graded answers: once a grader
    /// typed a score, the items no longer make it.
    QHash<qint64, QList<RubricItemRecord>> appliedItems;
    QHash<qint64, std::pair<double, QString>> adjustments; ///< cell id -> (points, reason); rubric-graded only.
};

/// Who and what a feedback page is for.
struct FeedbackHeader {
    QString courseTitle;
    QString assignment;
    StudentRecord student;
    SubmissionRecord submission; ///< Its timestamp and late penalty are shown.
};

/**
 * @brief Per-student feedback as self-contained HTML pages, safe to open in a browser.
 *
 * nbgrader's layout: one page per notebook, with the notebook's score and a table of its questions at
 * the top, then the notebook's cells and outputs. Each graded cell shows its score, the applied rubric
 * items with their descriptions, the adjustment with its reason, extra credit and the comment. The
 * assignment's total over all notebooks (raw, late penalty, final, floored at 0 like nbgrader's
 * export) is on every page. Questions that are not graded yet say so.
 *
 * No script, no event handler attribute, no remote resource: output HTML goes through sanitizeHtml(),
 * images are inlined as data: URLs (SVG too, as an image, so it cannot run anything), markdown and
 * LaTeX are shown as preformatted text, long outputs are cut like nbgrader's LimitOutput, and a
 * Content-Security-Policy meta tag forbids scripts and fetching anything even if something slipped
 * through. Links inside sanitized output stay (they are followed only when a student clicks them).
 */
class FeedbackHtml final
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackHtml)

public:
    FeedbackHtml() = delete;

    /// The page of `notebooks[index]`; the assignment total counts all of `notebooks`.
    static QString renderNotebook(const FeedbackHeader &header, const QList<NotebookFeedback> &notebooks,
                                  qsizetype index);
    /// One page holding every notebook (a preview of everything a student gets).
    static QString render(const FeedbackHeader &header, const QList<NotebookFeedback> &notebooks);

    /**
     * Everything the feedback of one submission shows, from the gradebook and the notebooks on disk
     * (QuestionAnswers::readForGrading). A notebook that cannot be read keeps its scores and gets
     * `problem` set instead of failing the whole submission. Errors are gradebook errors.
     */
    static Result<QList<NotebookFeedback>> load(const Gradebook &gradebook, const QString &courseDirectory,
                                                const QString &assignment, const SubmissionRecord &submission);

    /**
     * Writes `<outputDir>/<student>/<assignment>/<notebook>.html` for every submission of the
     * assignment (nbgrader's feedback layout), each file atomically, and returns the files written.
     * Student, assignment and notebook names that are not safe file names, or a path that would leave
     * `outputDir`, are refused (Security) before anything is written. NotFound for an unknown
     * assignment; Io when a file cannot be written (files already written stay).
     */
    static Result<QStringList> generate(const Gradebook &gradebook, const QString &courseDirectory,
                                        const QString &courseTitle, const QString &assignment,
                                        const QString &outputDir);
};

} // namespace GradeDesk::Services
