// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "feedbackhtml.h"
#include "questionanswer.h"

#include <services/core/logging.h>
#include <services/exchange/pathguard.h>
#include <services/gradebook/gradebook.h>

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>

namespace GradeDesk::Services {

namespace {

/// The stored answer of a grade, when it is rubric-graded; nullopt otherwise.
using AnswerLookup = std::function<Result<std::optional<AnswerRecord>>(const AnswerKey &)>;

/// Rubric items per question, read once per question.
class RubricCache final
{
public:
    explicit RubricCache(const Gradebook &gradebook)
        : m_gradebook(gradebook)
    {}

    Result<QList<RubricItemRecord>> items(qint64 cellId)
    {
        const auto found = m_items.constFind(cellId);
        if (found != m_items.cend()) {
            return *found;
        }
        Result<QList<RubricItemRecord>> items = m_gradebook.rubricItems(cellId);
        if (items) {
            m_items.insert(cellId, items.value());
        }
        return items;
    }

private:
    const Gradebook &m_gradebook;
    QHash<qint64, QList<RubricItemRecord>> m_items;
};

Result<QList<NotebookFeedback>> loadSubmission(const Gradebook &gradebook, const QString &courseDirectory,
                                               const QString &assignment, const SubmissionRecord &submission,
                                               const QList<SubmittedNotebookRecord> &submitted,
                                               const AnswerLookup &lookup, RubricCache &rubrics)
{
    const Result<QList<GradeRecord>> grades = gradebook.grades(submission.id);
    if (!grades) {
        return grades.error();
    }
    const Result<QList<CommentRecord>> comments = gradebook.comments(submission.id);
    if (!comments) {
        return comments.error();
    }
    QList<NotebookFeedback> notebooks;
    for (const SubmittedNotebookRecord &record : submitted) {
        NotebookFeedback feedback;
        feedback.notebookName = record.notebookName;
        for (const GradeRecord &grade : grades.value()) {
            if (grade.submittedNotebookId == record.id) {
                feedback.grades.append(grade);
            }
        }
        for (const CommentRecord &comment : comments.value()) {
            if (comment.submittedNotebookId == record.id) {
                feedback.comments.append(comment);
            }
        }
        Result<Notebook> notebook =
            QuestionAnswers::readForGrading(courseDirectory, submission.studentId, assignment, record.path);
        if (notebook) {
            feedback.notebook = std::move(notebook).value();
        } else {
            qCWarning(lcGrading).noquote() << "feedback without cells:" << notebook.error().detail;
            feedback.problem = FeedbackHtml::tr("The notebook could not be read, so only the scores are shown (%1).")
                                   .arg(notebook.error().message);
        }
        for (const GradeRecord &grade : std::as_const(feedback.grades)) {
            if (grade.id == 0) {
                continue; // nobody graded it: no rubric either
            }
            const Result<std::optional<AnswerRecord>> answer = lookup(AnswerKey{record.id, grade.cellId});
            if (!answer) {
                return answer.error();
            }
            if (!answer.value()) {
                continue;
            }
            const AnswerRecord &stored = *answer.value();
            if (!stored.appliedItemIds.isEmpty()) {
                const Result<QList<RubricItemRecord>> items = rubrics.items(grade.cellId);
                if (!items) {
                    return items.error();
                }
                QList<RubricItemRecord> applied;
                for (const RubricItemRecord &item : items.value()) {
                    if (stored.appliedItemIds.contains(item.id)) {
                        applied.append(item);
                    }
                }
                feedback.appliedItems.insert(grade.cellId, applied);
            }
            if (stored.adjustment) {
                feedback.adjustments.insert(grade.cellId, {*stored.adjustment, stored.adjustmentReason});
            }
        }
        notebooks.append(std::move(feedback));
    }
    return notebooks;
}

Result<void> writeAtomically(const QString &path, const QString &html)
{
    QSaveFile file(path);
    const QByteArray bytes = html.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return ServiceError::make(
            ServiceError::Kind::Io,
            FeedbackHtml::tr("Cannot write the feedback file %1: %2. Check that the folder is writable "
                             "and the disk is not full, then generate the feedback again.")
                .arg(path, file.errorString()),
            QStringLiteral("write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

/// A name used as one component of a feedback path; refused (Security) when it is not a plain file name.
Result<void> checkName(const QString &name, const QString &what)
{
    const Result<void> checked = checkPathComponent(name, what);
    if (checked) {
        return {};
    }
    QString printable = name;
    for (QChar &c : printable) {
        if (c.category() == QChar::Other_Control) {
            c = QChar::ReplacementCharacter; // never send terminal escapes to the CLI's stderr
        }
    }
    return ServiceError::make(ServiceError::Kind::Security,
                              FeedbackHtml::tr("The %1 name “%2” cannot be used as a file name, so no feedback was "
                                               "written. Rename it in the gradebook and generate the feedback again.")
                                  .arg(what, printable),
                              checked.error().detail);
}

struct PlannedSubmission {
    SubmissionRecord submission;
    QList<SubmittedNotebookRecord> notebooks;
};

} // namespace

Result<QList<NotebookFeedback>> FeedbackHtml::load(const Gradebook &gradebook, const QString &courseDirectory,
                                                   const QString &assignment, const SubmissionRecord &submission)
{
    const Result<QList<SubmittedNotebookRecord>> submitted = gradebook.submittedNotebooks(submission.id);
    if (!submitted) {
        return submitted.error();
    }
    RubricCache rubrics(gradebook);
    const AnswerLookup lookup = [&gradebook](const AnswerKey &key) -> Result<std::optional<AnswerRecord>> {
        Result<AnswerRecord> answer = gradebook.answer(key);
        if (!answer) {
            return answer.error();
        }
        if (!answer.value().rubricGraded) {
            return std::optional<AnswerRecord>();
        }
        return std::optional<AnswerRecord>(std::move(answer).value());
    };
    return loadSubmission(gradebook, courseDirectory, assignment, submission, submitted.value(), lookup, rubrics);
}

Result<QStringList> FeedbackHtml::generate(const Gradebook &gradebook, const QString &courseDirectory,
                                           const QString &courseTitle, const QString &assignment,
                                           const QString &outputDir)
{
    const Result<std::optional<AssignmentRecord>> record = gradebook.assignment(assignment);
    if (!record) {
        return record.error();
    }
    if (!record.value()) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("The assignment \u201c%1\u201d is not in the gradebook. Check its name, or "
                                     "collect its submissions first.")
                                      .arg(assignment),
                                  QStringLiteral("no assignment '%1'").arg(assignment));
    }
    if (const Result<void> checked = checkName(assignment, tr("assignment")); !checked) {
        return checked.error();
    }
    const Result<QList<SubmissionRecord>> submissions = gradebook.submissions(record.value()->id);
    if (!submissions) {
        return submissions.error();
    }

    // Every name becomes a path component: check them all before the first file is written.
    QList<PlannedSubmission> plan;
    for (const SubmissionRecord &submission : submissions.value()) {
        if (const Result<void> checked = checkName(submission.studentId, tr("student")); !checked) {
            return checked.error();
        }
        Result<QList<SubmittedNotebookRecord>> notebooks = gradebook.submittedNotebooks(submission.id);
        if (!notebooks) {
            return notebooks.error();
        }
        for (const SubmittedNotebookRecord &notebook : notebooks.value()) {
            const Result<void> checked = checkName(notebook.notebookName + QStringLiteral(".html"), tr("notebook"));
            if (!checked) {
                return checked.error();
            }
        }
        plan.append({submission, std::move(notebooks).value()});
    }

    // The rubric-graded answers of every question, a fixed number of queries for the whole assignment.
    QHash<std::pair<qint64, qint64>, AnswerRecord> rubricAnswers;
    const Result<QList<QuestionRecord>> questions = gradebook.questions(record.value()->id);
    if (!questions) {
        return questions.error();
    }
    for (const QuestionRecord &question : questions.value()) {
        Result<QList<AnswerRecord>> answers = gradebook.answers(question.cellId);
        if (!answers) {
            return answers.error();
        }
        for (AnswerRecord &answer : answers.value()) {
            if (answer.rubricGraded) {
                rubricAnswers.insert({answer.key.submittedNotebookId, answer.key.cellId}, std::move(answer));
            }
        }
    }
    const AnswerLookup lookup = [&rubricAnswers](const AnswerKey &key) -> Result<std::optional<AnswerRecord>> {
        const auto found = rubricAnswers.constFind({key.submittedNotebookId, key.cellId});
        return found == rubricAnswers.cend() ? std::optional<AnswerRecord>() : std::optional<AnswerRecord>(*found);
    };

    if (!QDir().mkpath(outputDir)) {
        return ServiceError::make(
            ServiceError::Kind::Io,
            tr("Cannot create the feedback folder %1. Check that its parent folder is writable.").arg(outputDir),
            QStringLiteral("mkpath %1").arg(outputDir));
    }
    RubricCache rubrics(gradebook);
    QStringList written;
    for (const PlannedSubmission &planned : std::as_const(plan)) {
        const SubmissionRecord &submission = planned.submission;
        FeedbackHeader header{courseTitle, assignment, {}, submission};
        const Result<std::optional<StudentRecord>> student = gradebook.student(submission.studentId);
        if (!student) {
            return student.error();
        }
        header.student = student.value().value_or(StudentRecord{submission.studentId, {}, {}, {}, {}, true});
        const Result<QList<NotebookFeedback>> notebooks =
            loadSubmission(gradebook, courseDirectory, assignment, submission, planned.notebooks, lookup, rubrics);
        if (!notebooks) {
            return notebooks.error();
        }
        for (qsizetype i = 0; i < notebooks.value().size(); ++i) {
            const Result<QString> path = resolveInside(
                outputDir, QStringLiteral("%1/%2/%3.html")
                               .arg(submission.studentId, assignment, notebooks.value().at(i).notebookName));
            if (!path) {
                return path.error();
            }
            if (!QDir().mkpath(QFileInfo(path.value()).absolutePath())) {
                return ServiceError::make(ServiceError::Kind::Io,
                                          tr("Cannot create the feedback folder %1. Check that the folder is "
                                             "writable.")
                                              .arg(QFileInfo(path.value()).absolutePath()),
                                          QStringLiteral("mkpath %1").arg(QFileInfo(path.value()).absolutePath()));
            }
            if (const Result<void> saved = writeAtomically(path.value(), renderNotebook(header, notebooks.value(), i));
                !saved) {
                return saved.error();
            }
            written.append(path.value());
        }
    }
    qCInfo(lcGrading).noquote() << "feedback for" << assignment << ":" << written.size() << "files in" << outputDir;
    return written;
}

} // namespace GradeDesk::Services
