// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasregrades.h"

#include "canvaserrors.h"
#include "canvasjson.h"
#include "canvaslogging.h"

#include <services/gradebook/gradebook.h>

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

const QRegularExpression &qualifiedQuestion()
{
    // "nb:q3" or "nb:q3:" (notebook:grade_id, the trailing colon separating the message). Names have no
    // "/", so a link ("https://...") is never taken for a question.
    static const QRegularExpression pattern(QStringLiteral("^([^\\s:/]+:[^\\s:/]+):?$"));
    return pattern;
}

const QRegularExpression &labelledQuestion()
{
    static const QRegularExpression pattern(QStringLiteral("^([^\\s:/]+):$")); // "q3:"
    return pattern;
}

const QRegularExpression &plainWord()
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\s:/]+$"));
    return pattern;
}

} // namespace

int CanvasRegradePlan::count(RegradeIssue issue) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [issue](const CanvasRegradeCandidate &row) { return row.issue == issue; }));
}

std::optional<CanvasRegradeText> CanvasRegradePlan::parseText(const QString &comment, const QString &keyword)
{
    const QString word = keyword.trimmed();
    QString text = comment.trimmed();
    if (word.isEmpty() || !text.startsWith(word, Qt::CaseInsensitive)) {
        return std::nullopt;
    }
    text = text.mid(word.size());
    if (!text.isEmpty() && !text.front().isSpace() && text.front() != QLatin1Char(':')) {
        return std::nullopt; // "REGRADED ...": another word.
    }
    if (text.startsWith(QLatin1Char(':'))) {
        text.remove(0, 1);
    }
    CanvasRegradeText parts;
    parts.wholeMessage = text.trimmed();
    const qsizetype end = [&] {
        const auto space =
            std::find_if(parts.wholeMessage.cbegin(), parts.wholeMessage.cend(), [](QChar c) { return c.isSpace(); });
        return qsizetype(space - parts.wholeMessage.cbegin());
    }();
    const QString first = parts.wholeMessage.left(end);
    const QString rest = parts.wholeMessage.mid(end).trimmed();
    if (const QRegularExpressionMatch match = qualifiedQuestion().match(first); match.hasMatch()) {
        parts.question = match.captured(1);
        parts.questionExplicit = true;
    } else if (const QRegularExpressionMatch labelled = labelledQuestion().match(first); labelled.hasMatch()) {
        parts.question = labelled.captured(1);
        parts.questionExplicit = true;
    } else if (plainWord().match(first).hasMatch()) {
        parts.question = first;
    }
    parts.message = parts.question.isEmpty() ? parts.wholeMessage : rest;
    return parts;
}

Result<QList<CanvasSubmissionComments>> CanvasRegradePlan::parseSubmissions(const QJsonArray &items,
                                                                            const QString &request)
{
    QList<CanvasSubmissionComments> submissions;
    for (const QJsonValue &item : items) {
        if (!item.isObject()) {
            return CanvasErrors::badReply(request, QStringLiteral("a submission is not a JSON object"));
        }
        const QJsonObject object = item.toObject();
        CanvasSubmissionComments submission;
        submission.userId = CanvasJson::id(object.value(QLatin1String("user_id")));
        const QJsonValue comments = object.value(QLatin1String("submission_comments"));
        if (comments.isUndefined() || comments.isNull()) {
            if (!submission.userId.isEmpty()) {
                submissions.append(submission);
            }
            continue;
        }
        if (!comments.isArray()) {
            return CanvasErrors::badReply(request, QStringLiteral("submission_comments is not a list"));
        }
        if (submission.userId.isEmpty()) {
            return CanvasErrors::badReply(request, QStringLiteral("a submission with comments has no user_id"));
        }
        for (const QJsonValue &value : comments.toArray()) {
            if (!value.isObject()) {
                return CanvasErrors::badReply(request, QStringLiteral("a submission comment is not a JSON object"));
            }
            const QJsonObject json = value.toObject();
            CanvasSubmissionComment comment;
            comment.id = CanvasJson::id(json.value(QLatin1String("id")));
            comment.authorId = CanvasJson::id(json.value(QLatin1String("author_id")));
            comment.authorName = json.value(QLatin1String("author_name")).toString();
            comment.text = json.value(QLatin1String("comment")).toString();
            comment.createdAt = QDateTime::fromString(json.value(QLatin1String("created_at")).toString(), Qt::ISODate);
            if (comment.id.isEmpty()) {
                qCWarning(lcCanvas) << "submission comment without id left out, user" << submission.userId;
                continue;
            }
            submission.comments.append(comment);
        }
        submissions.append(submission);
    }
    return submissions;
}

Result<CanvasRegradePlan> CanvasRegradePlan::build(const Gradebook &gradebook, const QString &localAssignment,
                                                   const QList<CanvasSubmissionComments> &submissions,
                                                   const QString &keyword)
{
    const Result<QList<StudentRecord>> students = gradebook.students();
    if (!students) {
        return students.error();
    }
    const Result<QHash<QString, QString>> mapping = gradebook.canvasMappings(QStringLiteral("user"));
    if (!mapping) {
        return mapping.error();
    }
    // Canvas user id -> student ids linked to it (more than one: the link is ambiguous).
    QHash<QString, QStringList> linked;
    for (const StudentRecord &student : students.value()) {
        const QString canvasId = mapping.value().value(student.id, student.lmsUserId).trimmed();
        if (!canvasId.isEmpty()) {
            linked[canvasId].append(student.id);
        }
    }

    CanvasRegradePlan plan;
    plan.localAssignment = localAssignment;
    RegradeTargets targets(gradebook);
    for (const CanvasSubmissionComments &submission : submissions) {
        plan.commentsRead += int(submission.comments.size());
        for (const CanvasSubmissionComment &comment : submission.comments) {
            const std::optional<CanvasRegradeText> parts = parseText(comment.text, keyword);
            if (!parts) {
                continue;
            }
            CanvasRegradeCandidate row;
            row.comment = comment;
            row.canvasUserId = submission.userId;
            row.sourceKey = QStringLiteral("canvas:") + comment.id;
            row.target.assignment = localAssignment;
            const QStringList studentIds = linked.value(submission.userId);
            if (comment.authorId != submission.userId) {
                row.issue = RegradeIssue::NotByStudent;
                row.problem = tr("written by %1, not by the student")
                                  .arg(comment.authorName.isEmpty() ? tr("Canvas user %1").arg(comment.authorId)
                                                                    : comment.authorName);
            } else if (studentIds.size() != 1) {
                row.issue = RegradeIssue::UnknownUser;
                row.problem = studentIds.isEmpty()
                                  ? tr("Canvas user %1 is not linked to a gradebook student; import the Canvas roster "
                                       "first")
                                        .arg(submission.userId)
                                  : tr("Canvas user %1 is linked to several students (%2); fix the links with "
                                       "canvas roster --map")
                                        .arg(submission.userId, studentIds.join(QStringLiteral(", ")));
            } else {
                const Result<bool> imported = targets.isImported(localAssignment, row.sourceKey);
                if (!imported) {
                    return imported.error();
                }
                QString question = parts->question;
                row.message = parts->message;
                if (!question.isEmpty() && !parts->questionExplicit) {
                    const Result<RegradeResolution> named = targets.resolveQuestion(localAssignment, question);
                    if (!named) {
                        return named.error();
                    }
                    if (named.value().issue != RegradeIssue::None) {
                        question.clear(); // A plain first word of the message, not a question.
                        row.message = parts->wholeMessage;
                    }
                }
                const Result<RegradeResolution> resolved =
                    targets.resolve(localAssignment, studentIds.constFirst(), question);
                if (!resolved) {
                    return resolved.error();
                }
                row.target = resolved.value().target;
                if (imported.value()) {
                    row.issue = RegradeIssue::AlreadyImported;
                    row.problem = tr("imported before");
                } else if (resolved.value().issue != RegradeIssue::None) {
                    row.issue = resolved.value().issue;
                    row.problem = resolved.value().problem;
                } else if (row.message.isEmpty()) {
                    row.issue = RegradeIssue::EmptyMessage;
                    row.problem = tr("no message after the keyword");
                }
            }
            plan.rows.append(row);
        }
    }
    return plan;
}

Result<CanvasRegradeImportResult> CanvasRegradePlan::apply(Gradebook &gradebook, const QString &actor) const
{
    CanvasRegradeImportResult result;
    const Result<void> stored = gradebook.transaction([&]() -> Result<void> {
        result = {};
        for (const CanvasRegradeCandidate &row : rows) {
            if (row.issue == RegradeIssue::AlreadyImported) {
                ++result.alreadyImported;
                continue;
            }
            if (row.issue != RegradeIssue::None) {
                ++result.skipped;
                continue;
            }
            NewRegradeRequest request;
            request.assignment = row.target.assignment;
            request.studentId = row.target.studentId;
            request.cellId = row.target.cellId;
            request.message = row.message;
            request.source = RegradeSource::Canvas;
            request.sourceKey = row.sourceKey;
            const Result<RegradeAdded> added = gradebook.addRegradeRequest(request, actor);
            if (!added) {
                return added.error();
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
    qCInfo(lcCanvas).noquote() << "regrade import" << localAssignment << ":" << result.added << "added,"
                               << result.alreadyImported << "already imported," << result.skipped << "skipped";
    return result;
}

} // namespace GradeDesk::Services
