// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "regradecsv.h"

#include "gradebook.h"

#include <services/core/csv.h>
#include <services/core/logging.h>

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>

namespace GradeDesk::Services {

QString regradeIssueName(RegradeIssue issue)
{
    switch (issue) {
    case RegradeIssue::None:
        return QStringLiteral("ready");
    case RegradeIssue::UnknownAssignment:
        return QStringLiteral("unknown_assignment");
    case RegradeIssue::UnknownStudent:
        return QStringLiteral("unknown_student");
    case RegradeIssue::UnknownQuestion:
        return QStringLiteral("unknown_question");
    case RegradeIssue::AmbiguousQuestion:
        return QStringLiteral("ambiguous_question");
    case RegradeIssue::NoSubmission:
        return QStringLiteral("no_submission");
    case RegradeIssue::EmptyMessage:
        return QStringLiteral("empty_message");
    case RegradeIssue::DuplicateRow:
        return QStringLiteral("duplicate_row");
    case RegradeIssue::AlreadyImported:
        return QStringLiteral("already_imported");
    case RegradeIssue::UnknownUser:
        return QStringLiteral("unknown_user");
    case RegradeIssue::NotByStudent:
        return QStringLiteral("not_by_student");
    }
    return QStringLiteral("unknown");
}

// --- RegradeTargets ------------------------------------------------------------------------------

RegradeTargets::RegradeTargets(const Gradebook &gradebook)
    : m_gradebook(gradebook)
{}

Result<RegradeTargets::AssignmentData *> RegradeTargets::assignmentData(const QString &name)
{
    if (!m_assignments.contains(name)) {
        const Result<std::optional<AssignmentRecord>> record = m_gradebook.assignment(name);
        if (!record) {
            return record.error();
        }
        std::optional<AssignmentData> data;
        if (record.value()) {
            data.emplace();
            data->record = *record.value();
            const Result<QList<QuestionRecord>> questions = m_gradebook.questions(data->record.id);
            if (!questions) {
                return questions.error();
            }
            data->questions = questions.value();
            const Result<QList<SubmissionRecord>> submissions = m_gradebook.submissions(data->record.id);
            if (!submissions) {
                return submissions.error();
            }
            for (const SubmissionRecord &submission : submissions.value()) {
                data->submissions.insert(submission.studentId, submission.id);
            }
        }
        m_assignments.insert(name, data);
    }
    std::optional<AssignmentData> &data = m_assignments[name];
    return data ? &*data : nullptr;
}

Result<RegradeResolution> RegradeTargets::resolveQuestion(const QString &assignment, const QString &question)
{
    RegradeResolution resolution;
    resolution.target.assignment = assignment.trimmed();
    const Result<AssignmentData *> data = assignmentData(resolution.target.assignment);
    if (!data) {
        return data.error();
    }
    if (!data.value()) {
        resolution.issue = RegradeIssue::UnknownAssignment;
        resolution.problem =
            resolution.target.assignment.isEmpty()
                ? tr("no assignment given")
                : tr("no assignment \u201c%1\u201d in the gradebook").arg(resolution.target.assignment);
        return resolution;
    }
    resolution.target.assignmentId = data.value()->record.id;
    const QString text = question.trimmed();
    if (text.isEmpty()) {
        return resolution; // The whole submission.
    }
    const QList<QuestionRecord> &questions = data.value()->questions;
    QList<const QuestionRecord *> found;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    for (const Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const QuestionRecord &record : questions) {
            const bool matches = colon >= 0
                                     ? record.notebookName.compare(text.left(colon).trimmed(), sensitivity) == 0 &&
                                           record.name.compare(text.mid(colon + 1).trimmed(), sensitivity) == 0
                                     : record.name.compare(text, sensitivity) == 0;
            if (matches) {
                found.append(&record);
            }
        }
        if (!found.isEmpty()) {
            break;
        }
    }
    if (found.isEmpty()) {
        resolution.issue = RegradeIssue::UnknownQuestion;
        resolution.problem = tr("assignment %1 has no question \u201c%2\u201d (write notebook:grade_id, e.g. %3)")
                                 .arg(resolution.target.assignment, text,
                                      questions.isEmpty() ? QStringLiteral("ps1:q1")
                                                          : questions.constFirst().notebookName + QLatin1Char(':') +
                                                                questions.constFirst().name);
        return resolution;
    }
    if (found.size() > 1) {
        QStringList names;
        for (const QuestionRecord *record : std::as_const(found)) {
            names.append(record->notebookName + QLatin1Char(':') + record->name);
        }
        resolution.issue = RegradeIssue::AmbiguousQuestion;
        resolution.problem = tr("\u201c%1\u201d is a question of several notebooks (%2); write notebook:grade_id")
                                 .arg(text, names.join(QStringLiteral(", ")));
        return resolution;
    }
    resolution.target.cellId = found.constFirst()->cellId;
    resolution.target.questionName = found.constFirst()->notebookName + QLatin1Char(':') + found.constFirst()->name;
    return resolution;
}

Result<RegradeResolution> RegradeTargets::resolve(const QString &assignment, const QString &studentId,
                                                  const QString &question)
{
    Result<RegradeResolution> resolved = resolveQuestion(assignment, question);
    if (!resolved) {
        return resolved;
    }
    RegradeResolution &resolution = resolved.value();
    resolution.target.studentId = studentId.trimmed();
    if (resolution.issue == RegradeIssue::UnknownAssignment) {
        return resolved;
    }
    if (!m_students) {
        const Result<QList<StudentRecord>> students = m_gradebook.students();
        if (!students) {
            return students.error();
        }
        m_students.emplace();
        for (const StudentRecord &student : students.value()) {
            m_students->insert(student.id);
        }
    }
    if (!m_students->contains(resolution.target.studentId)) {
        resolution.issue = RegradeIssue::UnknownStudent;
        resolution.problem = resolution.target.studentId.isEmpty()
                                 ? tr("no student given")
                                 : tr("no student \u201c%1\u201d in the gradebook").arg(resolution.target.studentId);
        return resolved;
    }
    if (resolution.issue != RegradeIssue::None) {
        return resolved;
    }
    const Result<AssignmentData *> data = assignmentData(resolution.target.assignment);
    if (!data) {
        return data.error();
    }
    const auto submission = data.value()->submissions.constFind(resolution.target.studentId);
    if (submission == data.value()->submissions.cend()) {
        resolution.issue = RegradeIssue::NoSubmission;
        resolution.problem =
            tr("%1 has no submission of %2").arg(resolution.target.studentId, resolution.target.assignment);
        return resolved;
    }
    if (resolution.target.cellId == 0) {
        return resolved;
    }
    QHash<qint64, QSet<qint64>> &notebooks = data.value()->submittedNotebooks;
    if (!notebooks.contains(*submission)) {
        const Result<QList<SubmittedNotebookRecord>> submitted = m_gradebook.submittedNotebooks(*submission);
        if (!submitted) {
            return submitted.error();
        }
        QSet<qint64> ids;
        for (const SubmittedNotebookRecord &record : submitted.value()) {
            ids.insert(record.notebookId);
        }
        notebooks.insert(*submission, ids);
    }
    const auto record = std::find_if(data.value()->questions.cbegin(), data.value()->questions.cend(),
                                     [&](const QuestionRecord &q) { return q.cellId == resolution.target.cellId; });
    if (!notebooks.value(*submission).contains(record->notebookId)) {
        resolution.issue = RegradeIssue::NoSubmission;
        resolution.problem = tr("%1 did not submit the notebook %2 of %3")
                                 .arg(resolution.target.studentId, record->notebookName, resolution.target.assignment);
    }
    return resolved;
}

Result<bool> RegradeTargets::isImported(const QString &assignment, const QString &sourceKey)
{
    const Result<AssignmentData *> data = assignmentData(assignment.trimmed());
    if (!data) {
        return data.error();
    }
    if (!data.value()) {
        return false;
    }
    std::optional<QSet<QString>> &keys = data.value()->sourceKeys;
    if (!keys) {
        const Result<QList<RegradeRequestRecord>> requests = m_gradebook.regradeRequests(data.value()->record.id);
        if (!requests) {
            return requests.error();
        }
        keys.emplace();
        for (const RegradeRequestRecord &request : requests.value()) {
            if (!request.sourceKey.isEmpty()) {
                keys->insert(request.sourceKey);
            }
        }
    }
    return keys->contains(sourceKey);
}

// --- RegradeCsv ----------------------------------------------------------------------------------

int RegradeCsvPreview::count(RegradeIssue issue) const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [issue](const RegradeCsvRow &row) { return row.issue == issue; }));
}

int RegradeCsvPreview::errorCount() const
{
    return int(rows.size()) - count(RegradeIssue::None) - count(RegradeIssue::AlreadyImported);
}

QString RegradeCsv::sourceKey(const QString &student, const QString &assignment, const QString &questionName,
                              const QString &message)
{
    const QString joined = student.trimmed() + QLatin1Char('|') + assignment.trimmed() + QLatin1Char('|') +
                           questionName.trimmed() + QLatin1Char('|') + message.trimmed();
    return QStringLiteral("csv:") +
           QString::fromLatin1(QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<RegradeCsvPreview> RegradeCsv::previewFile(const Gradebook &gradebook, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("Cannot read the regrade requests %1: %2.").arg(path, file.errorString()),
                                  QStringLiteral("open '%1': %2").arg(path, file.errorString()));
    }
    return preview(gradebook, file.readAll(), path);
}

Result<RegradeCsvPreview> RegradeCsv::preview(const Gradebook &gradebook, const QByteArray &data,
                                              const QString &pathForMessages)
{
    const Result<QList<QStringList>> parsed = parseCsv(data, pathForMessages);
    if (!parsed) {
        return parsed.error();
    }
    const QList<QStringList> &table = parsed.value();
    QStringList header;
    for (const QString &name : table.value(0)) {
        header.append(name.trimmed().toLower());
    }
    static const QStringList required{QStringLiteral("student"), QStringLiteral("assignment"),
                                      QStringLiteral("question"), QStringLiteral("message")};
    QList<qsizetype> columns;
    QStringList missing;
    for (const QString &name : required) {
        columns.append(header.indexOf(name));
        if (columns.constLast() < 0) {
            missing.append(name);
        }
    }
    if (!missing.isEmpty()) {
        return ServiceError::make(
            ServiceError::Kind::Validation,
            tr("%1 has no column %2. Its first row must name the columns student,assignment,question,message "
               "(in any order).")
                .arg(pathForMessages, missing.join(QStringLiteral(", "))),
            QStringLiteral("missing columns: %1").arg(missing.join(QLatin1Char(','))));
    }

    RegradeCsvPreview preview;
    preview.path = pathForMessages;
    RegradeTargets targets(gradebook);
    QHash<QString, int> seen; // source key -> its first row
    for (qsizetype i = 1; i < table.size(); ++i) {
        const QStringList &fields = table.at(i);
        RegradeCsvRow row;
        row.rowNumber = int(i) + 1;
        row.student = fields.value(columns.at(0)).trimmed();
        row.assignment = fields.value(columns.at(1)).trimmed();
        row.question = fields.value(columns.at(2)).trimmed();
        row.message = fields.value(columns.at(3)).trimmed();
        const Result<RegradeResolution> resolved = targets.resolve(row.assignment, row.student, row.question);
        if (!resolved) {
            return resolved.error();
        }
        row.target = resolved.value().target;
        row.issue = resolved.value().issue;
        row.problem = resolved.value().problem;
        if (row.issue == RegradeIssue::None && row.message.isEmpty()) {
            row.issue = RegradeIssue::EmptyMessage;
            row.problem = tr("the message is empty: say what the student asks for");
        }
        if (row.issue == RegradeIssue::None) {
            row.sourceKey = sourceKey(row.student, row.assignment, row.target.questionName, row.message);
            if (seen.contains(row.sourceKey)) {
                row.issue = RegradeIssue::DuplicateRow;
                row.problem = tr("the same request as row %1").arg(seen.value(row.sourceKey));
            } else {
                seen.insert(row.sourceKey, row.rowNumber);
                const Result<bool> imported = targets.isImported(row.assignment, row.sourceKey);
                if (!imported) {
                    return imported.error();
                }
                if (imported.value()) {
                    row.issue = RegradeIssue::AlreadyImported;
                    row.problem = tr("imported before");
                }
            }
        }
        preview.rows.append(row);
    }
    return preview;
}

Result<RegradeCsvResult> RegradeCsv::commit(Gradebook &gradebook, const RegradeCsvPreview &preview,
                                            const QString &actor)
{
    RegradeCsvResult result;
    const Result<void> stored = gradebook.transaction([&]() -> Result<void> {
        result = {};
        for (const RegradeCsvRow &row : preview.rows) {
            if (row.issue == RegradeIssue::AlreadyImported) {
                ++result.alreadyImported;
                continue;
            }
            if (row.issue != RegradeIssue::None) {
                ++result.rejected;
                continue;
            }
            NewRegradeRequest request;
            request.assignment = row.target.assignment;
            request.studentId = row.target.studentId;
            request.cellId = row.target.cellId;
            request.message = row.message;
            request.source = RegradeSource::Csv;
            request.sourceKey = row.sourceKey;
            const Result<RegradeAdded> added = gradebook.addRegradeRequest(request, actor);
            if (!added) {
                return ServiceError::make(added.error().kind,
                                          tr("%1, row %2: %3 Nothing was imported.")
                                              .arg(preview.path)
                                              .arg(row.rowNumber)
                                              .arg(added.error().message),
                                          added.error().detail);
            }
            if (added.value().created) {
                ++result.added;
                result.addedIds.append(added.value().id);
            } else {
                ++result.alreadyImported;
            }
        }
        return {};
    });
    if (!stored) {
        return stored.error();
    }
    qCInfo(lcGradebook).noquote() << "regrade CSV" << preview.path << ":" << result.added << "added,"
                                  << result.alreadyImported << "already imported," << result.rejected << "rejected";
    return result;
}

} // namespace GradeDesk::Services
