// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// Endpoints 13-22 and 24: assignments, submissions, feedback and initialize-Data6ase, with their
// checks in ngshare's order.

#include "tests/sim/ngshare/ngsharesimapi.h"

namespace GradeDesk::Tests {

using namespace NgshareSim;

namespace {

QList<QByteArray> submissionEntries(const QList<SimNgSubmission> &submissions, const QString &onlyStudent = {})
{
    QList<QByteArray> entries;
    for (const SimNgSubmission &submission : submissions) {
        if (!onlyStudent.isNull() && submission.studentId != onlyStudent) {
            continue;
        }
        entries.append(jsonObject({{"student_id", jsonString(submission.studentId)},
                                   {"timestamp", jsonString(NgshareSim::formatTimestamp(submission.micros))}}));
    }
    return entries;
}

/// The student's submission with this exact key, or nullptr.
SimNgSubmission *findSubmission(SimNgAssignment &assignment, const QString &studentId, qint64 micros)
{
    for (SimNgSubmission &submission : assignment.submissions) {
        if (submission.studentId == studentId && submission.micros == micros) {
            return &submission;
        }
    }
    return nullptr;
}

} // namespace

SimHttpResponse NgshareSimulator::Api::listAssignments(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    if (Check refused = checkCourseUser(call, *course)) {
        return *refused;
    }
    QStringList ids;
    for (const SimNgAssignment &assignment : std::as_const(course->assignments)) {
        ids.append(assignment.id);
    }
    return success({{"assignments", jsonStringArray(ids)}});
}

SimHttpResponse NgshareSimulator::Api::getAssignment(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    if (Check refused = checkCourseUser(call, *course)) {
        return *refused;
    }
    SimNgAssignment *assignment = nullptr;
    if (Check refused = findAssignment(*course, call.ids.at(1), assignment)) {
        return *refused;
    }
    const bool listOnly = call.listOnly();
    if (!listOnly && !assignment->fetchedBy.contains(*call.user)) {
        assignment->fetchedBy.append(*call.user);
    }
    return success({{"files", packTree(assignment->files, listOnly, m_state.corruptNext)}});
}

SimHttpResponse NgshareSimulator::Api::releaseAssignment(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    if (Check refused = checkCourseInstructor(call, *course)) {
        return *refused;
    }
    const QString assignmentId = call.ids.at(1);
    // Checked before the files: there is no re-release.
    if (course->assignment(assignmentId)) {
        return failure(409, QStringLiteral("Assignment already exists"));
    }
    TreeResult tree = unpackTree(call.argument(QStringLiteral("files")));
    if (tree.error != TreeError::None) {
        return treeFailure(tree.error);
    }
    SimNgAssignment assignment;
    assignment.id = assignmentId;
    assignment.files = std::move(tree.files);
    course->assignments.append(assignment);
    return success();
}

SimHttpResponse NgshareSimulator::Api::deleteAssignment(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    if (Check refused = checkCourseInstructor(call, *course)) {
        return *refused;
    }
    SimNgAssignment *assignment = nullptr;
    const QString assignmentId = call.ids.at(1);
    if (Check refused = findAssignment(*course, assignmentId, assignment)) {
        return *refused;
    }
    // Submissions and feedback go with it.
    course->assignments.removeIf([&assignmentId](const SimNgAssignment &a) { return a.id == assignmentId; });
    return success();
}

SimHttpResponse NgshareSimulator::Api::listSubmissions(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    if (Check refused = checkCourseInstructor(call, *course)) {
        return *refused;
    }
    SimNgAssignment *assignment = nullptr;
    if (Check refused = findAssignment(*course, call.ids.at(1), assignment)) {
        return *refused;
    }
    return success({{"submissions", jsonArray(submissionEntries(assignment->submissions))}});
}

SimHttpResponse NgshareSimulator::Api::listStudentSubmissions(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    const QString studentId = call.ids.at(2);
    if (Check refused = checkSelfOrInstructor(call, *course, studentId)) {
        return *refused;
    }
    SimNgAssignment *assignment = nullptr;
    if (Check refused = findAssignment(*course, call.ids.at(1), assignment)) {
        return *refused;
    }
    if (Check refused = findCourseUser(*course, studentId)) {
        return *refused;
    }
    return success({{"submissions", jsonArray(submissionEntries(assignment->submissions, studentId))}});
}

SimHttpResponse NgshareSimulator::Api::submit(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    if (Check refused = checkCourseUser(call, *course)) {
        return *refused;
    }
    SimNgAssignment *assignment = nullptr;
    if (Check refused = findAssignment(*course, call.ids.at(1), assignment)) {
        return *refused;
    }
    TreeResult tree = unpackTree(call.bodyArgument(QStringLiteral("files")));
    if (tree.error != TreeError::None) {
        return treeFailure(tree.error);
    }
    SimNgSubmission submission;
    submission.studentId = *call.user;
    submission.micros = m_state.nextMicros();
    submission.files = std::move(tree.files);
    assignment->submissions.append(submission);
    return success({{"timestamp", jsonString(NgshareSim::formatTimestamp(submission.micros))}});
}

SimHttpResponse NgshareSimulator::Api::downloadSubmission(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    // Instructors only: a student cannot download even their own submission.
    if (Check refused = checkCourseInstructor(call, *course)) {
        return *refused;
    }
    SimNgAssignment *assignment = nullptr;
    if (Check refused = findAssignment(*course, call.ids.at(1), assignment)) {
        return *refused;
    }
    const QString studentId = call.ids.at(2);
    if (Check refused = findCourseUser(*course, studentId)) {
        return *refused;
    }
    const QString timestamp = call.argument(QStringLiteral("timestamp")).value_or(QString());
    const SimNgSubmission *found = nullptr;
    for (const SimNgSubmission &submission : std::as_const(assignment->submissions)) {
        if (submission.studentId != studentId) {
            continue;
        }
        if (timestamp.isEmpty()) {
            if (!found || submission.micros > found->micros) {
                found = &submission;
            }
        } else if (NgshareSim::formatTimestamp(submission.micros) == timestamp) {
            // A string comparison with the stored form: " UTC", a "T" or fewer digits never match.
            found = &submission;
            break;
        }
    }
    if (!found) {
        return failure(404, QStringLiteral("Submission not found"));
    }
    return success({{"files", packTree(found->files, call.listOnly(), m_state.corruptNext)},
                    {"timestamp", jsonString(NgshareSim::formatTimestamp(found->micros))}});
}

SimHttpResponse NgshareSimulator::Api::uploadFeedback(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    if (Check refused = checkCourseInstructor(call, *course)) {
        return *refused;
    }
    SimNgAssignment *assignment = nullptr;
    if (Check refused = findAssignment(*course, call.ids.at(1), assignment)) {
        return *refused;
    }
    const QString studentId = call.ids.at(2);
    if (Check refused = findCourseUser(*course, studentId)) {
        return *refused;
    }
    const std::optional<QString> timestampText = call.bodyArgument(QStringLiteral("timestamp"));
    if (!timestampText) {
        return failure(400, QStringLiteral("Please supply timestamp"));
    }
    const std::optional<qint64> micros = parseTimestamp(*timestampText);
    if (!micros) {
        return failure(400, QStringLiteral("Time format incorrect"));
    }
    SimNgSubmission *submission = findSubmission(*assignment, studentId, *micros);
    if (!submission) {
        return failure(404, QStringLiteral("Submission not found"));
    }
    TreeResult tree = unpackTree(call.bodyArgument(QStringLiteral("files")));
    if (tree.error != TreeError::None) {
        return treeFailure(tree.error);
    }
    submission->feedback = std::move(tree.files);
    return success();
}

SimHttpResponse NgshareSimulator::Api::downloadFeedback(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    const QString studentId = call.ids.at(2);
    if (Check refused = checkSelfOrInstructor(call, *course, studentId)) {
        return *refused;
    }
    SimNgAssignment *assignment = nullptr;
    if (Check refused = findAssignment(*course, call.ids.at(1), assignment)) {
        return *refused;
    }
    if (Check refused = findCourseUser(*course, studentId)) {
        return *refused;
    }
    const std::optional<QString> timestampText = call.queryArgument(QStringLiteral("timestamp"));
    if (!timestampText) {
        return failure(400, QStringLiteral("Please supply timestamp"));
    }
    const std::optional<qint64> micros = parseTimestamp(*timestampText);
    if (!micros) {
        return failure(400, QStringLiteral("Time format incorrect"));
    }
    const SimNgSubmission *submission = findSubmission(*assignment, studentId, *micros);
    if (!submission) {
        return failure(404, QStringLiteral("Submission not found"));
    }
    return success({{"files", packTree(submission->feedback, call.listOnly(), m_state.corruptNext)},
                    {"timestamp", jsonString(NgshareSim::formatTimestamp(submission->micros))}});
}

SimHttpResponse NgshareSimulator::Api::initDatabase(NgCall &call)
{
    const std::optional<QString> action = call.argument(QStringLiteral("action"));
    if (!m_state.debug && (!isAdmin(call) || action != QLatin1String("dump"))) {
        return failure(403, QStringLiteral("Debug mode is off"));
    }
    if (action == QLatin1String("clear")) {
        m_simulator->clearData();
        return success({{"message", jsonString(QStringLiteral("done"))}});
    }
    if (action == QLatin1String("init")) {
        m_simulator->seedUpstreamFixture();
        return success({{"message", jsonString(QStringLiteral("done"))}});
    }
    if (action == QLatin1String("dump")) {
        return success();
    }
    return failure(400, QStringLiteral("action should be clear, init, or dump"));
}

} // namespace GradeDesk::Tests
