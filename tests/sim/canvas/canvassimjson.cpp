// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/canvas/canvassimapi.h"

#include <QJsonDocument>
#include <QUrl>

namespace GradeDesk::Tests {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timestamp(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(canvasTimestamp(time)) : QJsonValue(QJsonValue::Null);
}

// Ruby's String#to_i: leading blanks, optional sign, digits; anything else reads as 0.
qint64 rubyToInteger(const QString &text)
{
    const QString trimmed = text.trimmed();
    qsizetype end = 0;
    if (end < trimmed.size() && (trimmed[end] == u'-' || trimmed[end] == u'+')) {
        ++end;
    }
    while (end < trimmed.size() && trimmed[end].isDigit() && end < 18) {
        ++end;
    }
    bool ok = false;
    const qint64 value = trimmed.left(end).toLongLong(&ok);
    return ok ? value : 0;
}

bool isIdKey(const QString &key)
{
    return key == QLatin1String("id") || key.endsWith(QLatin1String("_id"));
}

QJsonValue stringifyIds(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue element : value.toArray()) {
            out.append(stringifyIds(element));
        }
        return out;
    }
    if (!value.isObject()) {
        return value;
    }
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue child = it.value();
        if (isIdKey(it.key()) && child.isDouble()) {
            it.value() = QString::number(child.toInteger());
        } else if (child.isObject() || child.isArray()) {
            it.value() = stringifyIds(child);
        }
    }
    return object;
}

int roleId(CanvasSimulator::EnrollmentType type)
{
    switch (type) {
    case CanvasSimulator::EnrollmentType::Student:
    case CanvasSimulator::EnrollmentType::TestStudent:
        return 3;
    case CanvasSimulator::EnrollmentType::Teacher:
        return 4;
    case CanvasSimulator::EnrollmentType::Ta:
        return 5;
    }
    return 0;
}

} // namespace

QString canvasTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString enrollmentTypeName(CanvasSimulator::EnrollmentType type)
{
    switch (type) {
    case CanvasSimulator::EnrollmentType::Student:
        return QStringLiteral("StudentEnrollment");
    case CanvasSimulator::EnrollmentType::Ta:
        return QStringLiteral("TaEnrollment");
    case CanvasSimulator::EnrollmentType::Teacher:
        return QStringLiteral("TeacherEnrollment");
    case CanvasSimulator::EnrollmentType::TestStudent:
        return QStringLiteral("StudentViewEnrollment");
    }
    return {};
}

QString enrollmentStateName(CanvasSimulator::EnrollmentState state)
{
    switch (state) {
    case CanvasSimulator::EnrollmentState::Active:
        return QStringLiteral("active");
    case CanvasSimulator::EnrollmentState::Invited:
        return QStringLiteral("invited");
    case CanvasSimulator::EnrollmentState::Inactive:
        return QStringLiteral("inactive");
    case CanvasSimulator::EnrollmentState::Completed:
        return QStringLiteral("completed");
    case CanvasSimulator::EnrollmentState::Rejected:
        return QStringLiteral("rejected");
    case CanvasSimulator::EnrollmentState::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

SimHttpResponse canvasErrors(int status, const QString &message)
{
    const QJsonObject error{{QStringLiteral("message"), message}};
    return SimHttpResponse::json(status, QJsonDocument(QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}}));
}

SimHttpResponse canvasNotFound()
{
    return canvasErrors(404, QStringLiteral("The specified resource does not exist."));
}

SimHttpResponse canvasUnauthorized()
{
    const QJsonObject error{{QStringLiteral("message"), QStringLiteral("user not authorized to perform that action")}};
    return SimHttpResponse::json(401,
                                 QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("unauthorized")},
                                                           {QStringLiteral("errors"), QJsonArray{error}}}));
}

SimHttpResponse canvasInternalError(int status, int errorReportId)
{
    const QJsonObject error{{QStringLiteral("message"), QStringLiteral("An error occurred.")},
                            {QStringLiteral("error_code"), QStringLiteral("internal_server_error")}};
    return SimHttpResponse::json(status,
                                 QJsonDocument(QJsonObject{{QStringLiteral("errors"), QJsonArray{error}},
                                                           {QStringLiteral("error_report_id"), errorReportId}}));
}

QJsonObject CanvasSimulator::Api::userJson(const SimUser &user, const Permissions &permissions, bool withEmail) const
{
    QJsonObject json{{QStringLiteral("id"), user.id},
                     {QStringLiteral("name"), user.seed.name},
                     {QStringLiteral("sortable_name"), user.seed.sortableName},
                     {QStringLiteral("short_name"), user.seed.name},
                     {QStringLiteral("created_at"), timestamp(user.createdAt)}};
    // Keys the token may not see are absent, not null (as in Canvas).
    if (permissions.seeSisIds) {
        json.insert(QStringLiteral("sis_user_id"), nullable(user.seed.sisUserId));
        json.insert(QStringLiteral("integration_id"), QJsonValue::Null);
    }
    if (permissions.seeLoginId) {
        json.insert(QStringLiteral("login_id"), nullable(user.seed.loginId));
    }
    if (withEmail && permissions.seeEmail) {
        json.insert(QStringLiteral("email"), nullable(user.seed.email));
    }
    return json;
}

QJsonObject CanvasSimulator::Api::enrollmentJson(const SimEnrollment &enrollment, const Permissions &permissions) const
{
    const QString type = enrollmentTypeName(enrollment.type);
    QJsonObject json{{QStringLiteral("id"), enrollment.id},
                     {QStringLiteral("user_id"), enrollment.userId},
                     {QStringLiteral("course_id"), m_state.courseId()},
                     {QStringLiteral("course_section_id"), enrollment.sectionId},
                     {QStringLiteral("type"), type},
                     {QStringLiteral("role"), type},
                     {QStringLiteral("role_id"), roleId(enrollment.type)},
                     {QStringLiteral("enrollment_state"), enrollmentStateName(enrollment.state)},
                     {QStringLiteral("root_account_id"), 1},
                     {QStringLiteral("limit_privileges_to_course_section"), false},
                     {QStringLiteral("created_at"), timestamp(enrollment.createdAt)},
                     {QStringLiteral("updated_at"), timestamp(enrollment.updatedAt)},
                     {QStringLiteral("start_at"), QJsonValue::Null},
                     {QStringLiteral("end_at"), QJsonValue::Null},
                     {QStringLiteral("html_url"),
                      QString(baseUrl().toString() + QStringLiteral("/courses/") + QString::number(m_state.courseId()) +
                              QStringLiteral("/users/") + QString::number(enrollment.userId))}};
    const SimUser user = m_state.users.value(enrollment.userId);
    if (permissions.seeSisIds) {
        json.insert(QStringLiteral("sis_user_id"), nullable(user.seed.sisUserId));
        QString sisSection;
        for (const SimSection &section : m_state.sections) {
            if (section.id == enrollment.sectionId) {
                sisSection = section.sisSectionId;
            }
        }
        json.insert(QStringLiteral("sis_section_id"), nullable(sisSection));
    }
    json.insert(QStringLiteral("user"), userJson(user, permissions, false));
    return json;
}

QJsonObject CanvasSimulator::Api::sectionJson(const SimSection &section, const Permissions &permissions) const
{
    QJsonObject json{{QStringLiteral("id"), section.id},
                     {QStringLiteral("course_id"), m_state.courseId()},
                     {QStringLiteral("name"), section.name},
                     {QStringLiteral("start_at"), QJsonValue::Null},
                     {QStringLiteral("end_at"), QJsonValue::Null},
                     {QStringLiteral("restrict_enrollments_to_section_dates"), false},
                     {QStringLiteral("nonxlist_course_id"), QJsonValue::Null}};
    if (permissions.seeSisIds) {
        json.insert(QStringLiteral("sis_section_id"), nullable(section.sisSectionId));
        json.insert(QStringLiteral("integration_id"), QJsonValue::Null);
    }
    return json;
}

QJsonObject CanvasSimulator::Api::assignmentJson(const SimAssignment &assignment) const
{
    const QString courseUrl = baseUrl().toString() + QStringLiteral("/courses/") + QString::number(m_state.courseId());
    return QJsonObject{{QStringLiteral("id"), assignment.id},
                       {QStringLiteral("course_id"), m_state.courseId()},
                       {QStringLiteral("name"), assignment.seed.name},
                       {QStringLiteral("description"), QJsonValue::Null},
                       {QStringLiteral("points_possible"), assignment.seed.pointsPossible},
                       {QStringLiteral("grading_type"), assignment.seed.gradingType},
                       {QStringLiteral("submission_types"), QJsonArray::fromStringList(assignment.submissionTypes)},
                       {QStringLiteral("published"), assignment.seed.published},
                       {QStringLiteral("workflow_state"),
                        assignment.seed.published ? QStringLiteral("published") : QStringLiteral("unpublished")},
                       {QStringLiteral("post_manually"), assignment.seed.postManually},
                       {QStringLiteral("anonymous_grading"), false},
                       {QStringLiteral("moderated_grading"), false},
                       {QStringLiteral("omit_from_final_grade"), false},
                       {QStringLiteral("due_at"), nullable(assignment.dueAt)},
                       {QStringLiteral("position"), assignment.position},
                       {QStringLiteral("created_at"), timestamp(assignment.createdAt)},
                       {QStringLiteral("updated_at"), timestamp(assignment.updatedAt)},
                       {QStringLiteral("html_url"),
                        QString(courseUrl + QStringLiteral("/assignments/") + QString::number(assignment.id))}};
}

QJsonObject CanvasSimulator::Api::submissionJson(const SimAssignment &assignment, const SubmissionRecord &submission,
                                                 bool withComments) const
{
    const bool graded = submission.score.has_value() || submission.excused;
    QJsonObject json{
        {QStringLiteral("id"), submission.id},
        {QStringLiteral("user_id"), submission.userId},
        {QStringLiteral("assignment_id"), assignment.id},
        {QStringLiteral("score"), submission.score ? QJsonValue(*submission.score) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("grade"), nullable(submission.grade)},
        {QStringLiteral("entered_score"),
         submission.score ? QJsonValue(*submission.score) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("entered_grade"), nullable(submission.grade)},
        {QStringLiteral("excused"), submission.excused},
        {QStringLiteral("grade_matches_current_submission"), true},
        {QStringLiteral("workflow_state"), graded ? QStringLiteral("graded") : QStringLiteral("unsubmitted")},
        {QStringLiteral("submitted_at"), QJsonValue::Null},
        {QStringLiteral("graded_at"), timestamp(submission.gradedAt)},
        {QStringLiteral("posted_at"),
         graded && !assignment.seed.postManually ? timestamp(submission.gradedAt) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("attempt"), QJsonValue::Null},
        {QStringLiteral("late"), false},
        {QStringLiteral("missing"), false},
        {QStringLiteral("submission_type"), QJsonValue::Null}};
    if (withComments) {
        QJsonArray comments;
        for (const CommentRecord &comment : submission.commentRecords) {
            const QString author = m_state.users.value(comment.authorId).seed.name;
            comments.append(
                QJsonObject{{QStringLiteral("id"), comment.id},
                            {QStringLiteral("author_id"), comment.authorId},
                            {QStringLiteral("author_name"), author},
                            {QStringLiteral("author"), QJsonObject{{QStringLiteral("id"), comment.authorId},
                                                                   {QStringLiteral("display_name"), author}}},
                            {QStringLiteral("comment"), comment.text},
                            {QStringLiteral("created_at"), timestamp(comment.createdAt)},
                            {QStringLiteral("edited_at"), QJsonValue::Null}});
        }
        json.insert(QStringLiteral("submission_comments"), comments);
    }
    return json;
}

QJsonObject CanvasSimulator::Api::progressJson(const SimProgress &progress) const
{
    const ProgressRecord &record = progress.record;
    return QJsonObject{{QStringLiteral("id"), record.id},
                       {QStringLiteral("context_id"), m_state.courseId()},
                       {QStringLiteral("context_type"), QStringLiteral("Course")},
                       {QStringLiteral("user_id"), progress.userId},
                       {QStringLiteral("tag"), QStringLiteral("submissions_update")},
                       {QStringLiteral("completion"),
                        record.completion ? QJsonValue(*record.completion) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("workflow_state"), record.workflowState},
                       {QStringLiteral("message"), nullable(record.message)},
                       {QStringLiteral("created_at"), timestamp(progress.createdAt)},
                       {QStringLiteral("updated_at"), timestamp(progress.updatedAt)},
                       {QStringLiteral("url"), QString(baseUrl().toString() + QStringLiteral("/api/v1/progress/") +
                                                       QString::number(record.id))}};
}

QJsonObject CanvasSimulator::Api::courseJson(const Permissions &permissions) const
{
    QJsonObject json{{QStringLiteral("id"), m_state.courseId()},
                     {QStringLiteral("name"), m_state.course.name},
                     {QStringLiteral("course_code"), m_state.course.courseCode},
                     {QStringLiteral("workflow_state"), QStringLiteral("available")},
                     {QStringLiteral("account_id"), 1},
                     {QStringLiteral("enrollment_term_id"), 1},
                     {QStringLiteral("default_view"), QStringLiteral("modules")},
                     {QStringLiteral("time_zone"), QStringLiteral("Etc/UTC")},
                     {QStringLiteral("start_at"), QJsonValue::Null},
                     {QStringLiteral("end_at"), QJsonValue::Null}};
    if (permissions.seeSisIds) {
        json.insert(QStringLiteral("sis_course_id"), nullable(m_state.course.sisCourseId));
    }
    return json;
}

SimHttpResponse CanvasSimulator::Api::jsonReply(const SimCall &call, int status, const QJsonValue &value) const
{
    const bool stringIds = call.request.header("Accept").contains("application/json+canvas-string-ids");
    const QJsonValue shaped = stringIds ? stringifyIds(value) : value;
    return SimHttpResponse::json(status,
                                 shaped.isArray() ? QJsonDocument(shaped.toArray()) : QJsonDocument(shaped.toObject()));
}

int CanvasSimulator::Api::perPage(const SimCall &call) const
{
    if (!call.request.hasQueryItem(QStringLiteral("per_page"))) {
        return 10;
    }
    const qint64 requested = rubyToInteger(call.request.queryValue(QStringLiteral("per_page")));
    return static_cast<int>(std::clamp<qint64>(requested, 1, m_state.maxPerPage));
}

QByteArray CanvasSimulator::Api::pageUrl(const SimCall &call, const QString &canonicalPath, const QString &page,
                                         int perPage) const
{
    QByteArray query;
    for (const auto &[key, value] : call.request.query) {
        if (key == QLatin1String("page") || key == QLatin1String("per_page") || key == QLatin1String("access_token")) {
            continue;
        }
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value) + '&';
    }
    query += "page=" + QUrl::toPercentEncoding(page, ":") + "&per_page=" + QByteArray::number(perPage);
    return baseUrl().toEncoded() + canonicalPath.toUtf8() + '?' + query;
}

SimHttpResponse CanvasSimulator::Api::pagedReply(const SimCall &call, const QString &canonicalPath,
                                                 const QJsonArray &items, bool withLast,
                                                 const QList<bool> &dropAfterPaging) const
{
    const int size = perPage(call);
    const qint64 page = std::max<qint64>(1, rubyToInteger(call.request.queryValue(QStringLiteral("page"))));
    const qint64 lastPage = std::max<qint64>(1, (items.size() + size - 1) / size);
    QJsonArray slice;
    const qint64 first = (page - 1) * size;
    for (qint64 i = first; i < std::min<qint64>(first + size, items.size()); ++i) {
        if (i < dropAfterPaging.size() && dropAfterPaging[i]) {
            continue;
        }
        slice.append(items[i]);
    }
    QList<QByteArray> links;
    const auto link = [&](qint64 number, const char *rel) {
        links.append('<' + pageUrl(call, canonicalPath, QString::number(number), size) + ">; rel=\"" + rel + '"');
    };
    link(page, "current");
    if (page < lastPage) {
        link(page + 1, "next");
    }
    if (page > 1) {
        link(page - 1, "prev");
    }
    link(1, "first");
    if (withLast) {
        link(lastPage, "last");
    }
    SimHttpResponse response = jsonReply(call, 200, slice);
    response.setHeader("Link", links.join(','));
    return response;
}

SimHttpResponse CanvasSimulator::Api::bookmarkReply(const SimCall &call, const QString &canonicalPath,
                                                    const QList<std::pair<qint64, QJsonObject>> &items) const
{
    const int size = perPage(call);
    const QString pageText = call.request.queryValue(QStringLiteral("page"));
    // An unreadable bookmark (or a page number a client made up) restarts at the beginning, as
    // Canvas' bookmarker does: only the Link header leads forward.
    std::optional<qint64> after;
    if (pageText.startsWith(QStringLiteral("bookmark:"))) {
        const QByteArray decoded = QByteArray::fromBase64(pageText.mid(9).toLatin1(), QByteArray::Base64UrlEncoding);
        const QJsonDocument document = QJsonDocument::fromJson(decoded);
        if (document.isArray() && document.array().size() == 1 && document.array().at(0).isDouble()) {
            after = document.array().at(0).toInteger();
        }
    }
    QJsonArray slice;
    qint64 lastKey = 0;
    bool more = false;
    for (const auto &[key, object] : items) {
        if (after && key <= *after) {
            continue;
        }
        if (slice.size() == size) {
            more = true;
            break;
        }
        slice.append(object);
        lastKey = key;
    }
    const auto bookmark = [](qint64 key) -> QString {
        const QByteArray json = QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact);
        return QStringLiteral("bookmark:") +
               QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    QList<QByteArray> links;
    const auto link = [&](const QString &page, const char *rel) {
        links.append('<' + pageUrl(call, canonicalPath, page, size) + ">; rel=\"" + rel + '"');
    };
    link(after ? pageText : QStringLiteral("first"), "current");
    if (more) {
        link(bookmark(lastKey), "next");
    }
    link(QStringLiteral("first"), "first");
    SimHttpResponse response = jsonReply(call, 200, slice);
    response.setHeader("Link", links.join(','));
    return response;
}

} // namespace GradeDesk::Tests
