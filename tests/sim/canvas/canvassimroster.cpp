// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/canvas/canvassimapi.h"

#include <QSet>

namespace GradeDesk::Tests {

namespace {

using Type = CanvasSimulator::EnrollmentType;
using EState = CanvasSimulator::EnrollmentState;

bool isStudentType(Type type)
{
    return type == Type::Student || type == Type::TestStudent;
}

bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

std::optional<EState> stateFromName(const QString &name)
{
    for (EState state :
         {EState::Active, EState::Invited, EState::Inactive, EState::Completed, EState::Rejected, EState::Deleted}) {
        if (enrollmentStateName(state) == name) {
            return state;
        }
    }
    return std::nullopt;
}

// `enrollment_state[]` / `state[]`: unknown values match nothing (Canvas ignores them too).
QList<EState> statesFrom(const QStringList &names, const QList<EState> &fallback)
{
    if (names.isEmpty()) {
        return fallback;
    }
    QList<EState> states;
    for (const QString &name : names) {
        if (const std::optional<EState> state = stateFromName(name)) {
            states.append(*state);
        }
    }
    return states;
}

QString coursePath(qint64 courseId, const QString &tail)
{
    return QStringLiteral("/api/v1/courses/") + QString::number(courseId) + tail;
}

} // namespace

SimAssignment *CanvasSimulator::Api::findAssignment(const QString &idText)
{
    if (!allDigits(idText)) {
        return nullptr;
    }
    const auto it = m_state.assignments.find(idText.toLongLong());
    return it == m_state.assignments.end() ? nullptr : &*it;
}

bool CanvasSimulator::Api::isStudentIn(qint64 userId, qint64 sectionId, const QList<EnrollmentState> &states) const
{
    return std::any_of(m_state.enrollments.cbegin(), m_state.enrollments.cend(), [&](const SimEnrollment &e) {
        return e.userId == userId && isStudentType(e.type) && (sectionId == 0 || e.sectionId == sectionId) &&
               states.contains(e.state);
    });
}

QList<qint64> CanvasSimulator::Api::studentIds(qint64 sectionId, const QList<EnrollmentState> &states) const
{
    QSet<qint64> seen;
    QList<qint64> ids;
    for (const SimEnrollment &e : m_state.enrollments) {
        if (isStudentType(e.type) && (sectionId == 0 || e.sectionId == sectionId) && states.contains(e.state) &&
            !seen.contains(e.userId)) {
            seen.insert(e.userId);
            ids.append(e.userId);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

const SimUser *CanvasSimulator::Api::resolveStudent(const Permissions &permissions, const QString &key,
                                                    qint64 sectionId, const QList<EnrollmentState> &states) const
{
    const SimUser *found = nullptr;
    if (allDigits(key)) {
        const auto it = m_state.users.constFind(key.toLongLong());
        found = it == m_state.users.cend() ? nullptr : &*it;
    } else {
        // SIS-style ids resolve only for tokens allowed to read SIS data.
        const bool bySis = key.startsWith(QStringLiteral("sis_user_id:"));
        const bool byLogin = key.startsWith(QStringLiteral("sis_login_id:"));
        if ((!bySis && !byLogin) || !permissions.seeSisIds) {
            return nullptr;
        }
        const QString wanted = key.mid(key.indexOf(u':') + 1);
        for (const SimUser &user : m_state.users) {
            const QString &candidate = bySis ? user.seed.sisUserId : user.seed.loginId;
            if (!candidate.isEmpty() && candidate == wanted) {
                found = &user;
                break;
            }
        }
    }
    return found && isStudentIn(found->id, sectionId, states) ? found : nullptr;
}

CanvasSimulator::SubmissionRecord &CanvasSimulator::Api::ensureSubmission(qint64 assignmentId, qint64 userId)
{
    const std::pair<qint64, qint64> key{assignmentId, userId};
    auto it = m_state.submissions.find(key);
    if (it == m_state.submissions.end()) {
        SubmissionRecord record;
        record.id = m_state.allocateId();
        record.assignmentId = assignmentId;
        record.userId = userId;
        it = m_state.submissions.insert(key, record);
    }
    return *it;
}

SimHttpResponse CanvasSimulator::Api::getSelf(SimCall &call)
{
    const SimUser user = m_state.users.value(call.token->userId);
    QJsonObject json = userJson(user, Permissions::forRole(Role::Teacher), true);
    json.insert(QStringLiteral("primary_email"), user.seed.email);
    json.insert(QStringLiteral("locale"), QJsonValue::Null);
    return jsonReply(call, 200, json);
}

SimHttpResponse CanvasSimulator::Api::getCourse(SimCall &call)
{
    return jsonReply(call, 200, courseJson(call.token->permissions));
}

SimHttpResponse CanvasSimulator::Api::listUsers(SimCall &call)
{
    if (call.token->role == Role::Student) {
        return canvasUnauthorized();
    }
    const SimHttpRequest &request = call.request;
    QSet<Type> types;
    for (const QString &name : request.queryValues(QStringLiteral("enrollment_type[]")) +
                                   request.queryValues(QStringLiteral("enrollment_type"))) {
        if (name == QLatin1String("student")) {
            types << Type::Student << Type::TestStudent;
        } else if (name == QLatin1String("student_view")) {
            types << Type::TestStudent;
        } else if (name == QLatin1String("ta")) {
            types << Type::Ta;
        } else if (name == QLatin1String("teacher")) {
            types << Type::Teacher;
        } else {
            types << static_cast<Type>(-1); // observer, designer, ...: nobody here has those.
        }
    }
    const QList<EState> states =
        statesFrom(request.queryValues(QStringLiteral("enrollment_state[]")), {EState::Active, EState::Invited});
    const QStringList includes = request.queryValues(QStringLiteral("include[]"));
    const bool withEnrollments = includes.contains(QStringLiteral("enrollments"));
    const bool withTestStudent = includes.contains(QStringLiteral("test_student"));
    const QStringList userIds = request.queryValues(QStringLiteral("user_ids[]"));

    QList<const SimUser *> users;
    for (const SimUser &user : m_state.users) {
        if (!userIds.isEmpty() && !userIds.contains(QString::number(user.id))) {
            continue;
        }
        const bool matches = std::any_of(m_state.enrollments.cbegin(), m_state.enrollments.cend(), [&](const auto &e) {
            return e.userId == user.id && e.state != EState::Deleted && (types.isEmpty() || types.contains(e.type)) &&
                   states.contains(e.state);
        });
        if (matches) {
            users.append(&user);
        }
    }
    std::sort(users.begin(), users.end(), [](const SimUser *a, const SimUser *b) {
        const int byName = QString::compare(a->seed.sortableName, b->seed.sortableName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a->id < b->id;
    });

    QJsonArray items;
    QList<bool> drop;
    for (const SimUser *user : std::as_const(users)) {
        QJsonObject json = userJson(*user, call.token->permissions, true);
        bool onlyTestStudent = true;
        QJsonArray enrollments;
        for (const SimEnrollment &e : m_state.enrollments) {
            if (e.userId == user->id && e.state != EState::Deleted && states.contains(e.state)) {
                onlyTestStudent = onlyTestStudent && e.type == Type::TestStudent;
                QJsonObject row = enrollmentJson(e, call.token->permissions);
                row.remove(QStringLiteral("user"));
                enrollments.append(row);
            }
        }
        if (withEnrollments) {
            json.insert(QStringLiteral("enrollments"), enrollments);
        }
        items.append(json);
        // Canvas removes the test student after paginating, so pages can come back short.
        drop.append(onlyTestStudent && !withTestStudent);
    }
    return pagedReply(call, coursePath(call.courseId, QStringLiteral("/users")), items, false, drop);
}

SimHttpResponse CanvasSimulator::Api::listEnrollments(SimCall &call)
{
    if (call.token->role == Role::Student) {
        return canvasUnauthorized();
    }
    const SimHttpRequest &request = call.request;
    const QStringList sisUsers = request.queryValues(QStringLiteral("sis_user_id[]"));
    const QStringList sisSections = request.queryValues(QStringLiteral("sis_section_id[]"));
    if ((!sisUsers.isEmpty() || !sisSections.isEmpty() || request.hasQueryItem(QStringLiteral("sis_course_id[]"))) &&
        !call.token->permissions.seeSisIds) {
        return canvasErrors(400, QStringLiteral("Insufficient permissions to filter by SIS fields"));
    }
    const QStringList typeNames = request.queryValues(QStringLiteral("type[]"));
    // Without state[], staff callers also get inactive rows: clients must ask explicitly.
    const QList<EState> states =
        statesFrom(request.queryValues(QStringLiteral("state[]")), {EState::Active, EState::Invited, EState::Inactive});
    const QString userFilter = request.queryValue(QStringLiteral("user_id"));

    QList<std::pair<qint64, QJsonObject>> rows;
    for (const SimEnrollment &e : m_state.enrollments) {
        if (e.state == EState::Deleted || !states.contains(e.state)) {
            continue;
        }
        if (!typeNames.isEmpty() && !typeNames.contains(enrollmentTypeName(e.type))) {
            continue;
        }
        if (call.sectionId != 0 && e.sectionId != call.sectionId) {
            continue;
        }
        const SimUser user = m_state.users.value(e.userId);
        if (!userFilter.isEmpty() && userFilter != QString::number(user.id) &&
            !(userFilter.startsWith(QStringLiteral("sis_user_id:")) && call.token->permissions.seeSisIds &&
              userFilter.mid(12) == user.seed.sisUserId)) {
            continue;
        }
        if (!sisUsers.isEmpty() && !sisUsers.contains(user.seed.sisUserId)) {
            continue;
        }
        if (!sisSections.isEmpty()) {
            const auto section = std::find_if(m_state.sections.cbegin(), m_state.sections.cend(),
                                              [&e](const SimSection &s) { return s.id == e.sectionId; });
            if (section == m_state.sections.cend() || !sisSections.contains(section->sisSectionId)) {
                continue;
            }
        }
        rows.append({e.id, enrollmentJson(e, call.token->permissions)});
    }
    const QString path = call.sectionId != 0 ? QStringLiteral("/api/v1/sections/") + QString::number(call.sectionId) +
                                                   QStringLiteral("/enrollments")
                                             : coursePath(call.courseId, QStringLiteral("/enrollments"));
    return bookmarkReply(call, path, rows);
}

SimHttpResponse CanvasSimulator::Api::listSections(SimCall &call)
{
    if (call.token->role == Role::Student) {
        return canvasUnauthorized();
    }
    const bool withStudents =
        call.request.queryValues(QStringLiteral("include[]")).contains(QStringLiteral("students"));
    QJsonArray items;
    for (const SimSection &section : std::as_const(m_state.sections)) {
        QJsonObject json = sectionJson(section, call.token->permissions);
        if (withStudents) {
            QJsonArray students;
            for (qint64 userId : studentIds(section.id, {EState::Active, EState::Invited})) {
                students.append(userJson(m_state.users.value(userId), call.token->permissions, false));
            }
            json.insert(QStringLiteral("students"), students.isEmpty() ? QJsonValue(QJsonValue::Null) : students);
        }
        items.append(json);
    }
    return pagedReply(call, coursePath(call.courseId, QStringLiteral("/sections")), items, true);
}

} // namespace GradeDesk::Tests
