// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// The hub's user API and ngshare's shared lookups and permission checks, in its words.

#include "tests/sim/ngshare/ngsharesimapi.h"

#include <QRegularExpression>

namespace GradeDesk::Tests {

using namespace NgshareSim;

SimHttpResponse NgshareSimulator::Api::hubUser(const NgCall &call) const
{
    if (!m_state.hubReachable) {
        return faultPage(503);
    }
    const auto hubJson = [](int status, const QByteArray &body) {
        SimHttpResponse response;
        response.status = status;
        response.body = body;
        response.setHeader("Content-Type", "application/json");
        return response;
    };
    if (call.request.method != "GET") {
        return hubJson(405,
                       jsonObject({{"status", "405"}, {"message", jsonString(QStringLiteral("Method Not Allowed"))}}));
    }
    static const QRegularExpression scheme(QStringLiteral("^(?:token|bearer)\\s+(\\S+)\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString token = call.queryArgument(QStringLiteral("token")).value_or(QString());
    const QRegularExpressionMatch match = scheme.match(QString::fromUtf8(call.request.header("Authorization")));
    if (match.hasMatch()) {
        token = match.captured(1);
    }
    const auto it = m_state.tokens.constFind(token);
    if (token.isEmpty() || it == m_state.tokens.constEnd() || it->state != TokenState::Valid) {
        return hubJson(403, jsonObject({{"status", "403"}, {"message", jsonString(QStringLiteral("Forbidden"))}}));
    }
    return hubJson(200, jsonObject({{"kind", jsonString(QStringLiteral("user"))},
                                    {"name", jsonString(it->username)},
                                    {"admin", "false"},
                                    {"groups", "[]"},
                                    {"server", "null"},
                                    {"pending", "null"},
                                    {"scopes", jsonStringArray({QStringLiteral("read:users:name!user"),
                                                                QStringLiteral("access:servers!user")})}}));
}

bool NgshareSimulator::Api::isAdmin(const NgCall &call) const
{
    return call.user && m_state.admins.contains(*call.user);
}

NgshareSimulator::Api::Check NgshareSimulator::Api::findCourse(const QString &courseId, SimNgCourse *&course)
{
    course = m_state.course(courseId);
    if (!course) {
        return failure(404, QStringLiteral("Course not found"));
    }
    return std::nullopt;
}

NgshareSimulator::Api::Check NgshareSimulator::Api::checkAdmin(const NgCall &call) const
{
    if (!call.user) {
        return tornadoPage(500);
    }
    if (!isAdmin(call)) {
        return failure(403, m_state.debug ? QStringLiteral("Permission denied (not admin)")
                                          : QStringLiteral("Permission denied"));
    }
    return std::nullopt;
}

NgshareSimulator::Api::Check NgshareSimulator::Api::checkCourseInstructor(const NgCall &call,
                                                                          const SimNgCourse &course) const
{
    if (!call.user) {
        return tornadoPage(500);
    }
    if (!isAdmin(call) && !course.teaches(*call.user)) {
        return failure(403, m_state.debug ? QStringLiteral("Permission denied (not course instructor)")
                                          : QStringLiteral("Permission denied"));
    }
    return std::nullopt;
}

NgshareSimulator::Api::Check NgshareSimulator::Api::checkCourseUser(const NgCall &call, const SimNgCourse &course) const
{
    if (!call.user) {
        return tornadoPage(500);
    }
    if (!isAdmin(call) && !course.teaches(*call.user) && !course.takes(*call.user)) {
        return failure(403, m_state.debug ? QStringLiteral("Permission denied (not related to course)")
                                          : QStringLiteral("Permission denied"));
    }
    return std::nullopt;
}

NgshareSimulator::Api::Check NgshareSimulator::Api::checkSelfOrInstructor(const NgCall &call, const SimNgCourse &course,
                                                                          const QString &studentId) const
{
    if (!call.user) {
        return tornadoPage(500);
    }
    if (*call.user == studentId) {
        return std::nullopt;
    }
    return checkCourseInstructor(call, course);
}

NgshareSimulator::Api::Check NgshareSimulator::Api::findAssignment(SimNgCourse &course, const QString &assignmentId,
                                                                   SimNgAssignment *&assignment)
{
    assignment = course.assignment(assignmentId);
    if (!assignment) {
        return failure(404, QStringLiteral("Assignment not found"));
    }
    return std::nullopt;
}

NgshareSimulator::Api::Check NgshareSimulator::Api::findCourseUser(const SimNgCourse &course, const QString &userId)
{
    if (!course.takes(userId) && !course.teaches(userId)) {
        return failure(404, QStringLiteral("Student not found"));
    }
    return std::nullopt;
}

SimHttpResponse NgshareSimulator::Api::treeFailure(TreeError error)
{
    switch (error) {
    case TreeError::MissingFiles:
        return failure(400, QStringLiteral("Please supply files"));
    case TreeError::NotJson:
        return failure(400, QStringLiteral("Files cannot be JSON decoded"));
    case TreeError::IllegalPath:
        return failure(400, QStringLiteral("Illegal path"));
    case TreeError::BadBase64:
        return failure(400, QStringLiteral("Content cannot be base64 decoded"));
    case TreeError::Malformed:
    case TreeError::None:
        break;
    }
    return tornadoPage(500);
}

} // namespace GradeDesk::Tests
