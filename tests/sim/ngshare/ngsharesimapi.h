// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Private to gradedesk_ngsharesim: the request pipeline (body limit, faults, routing, Tornado's
// method handling, hub authentication) and the endpoint handlers, split by area:
// ngsharesimapi.cpp (pipeline, routing, replies), ngsharesimchecks.cpp (hub user API, lookups and
// permission checks), ngsharesimroster.cpp (courses, instructors, students), ngsharesimexchange.cpp
// (assignments, submissions, feedback, initialize-Data6ase).

#include "tests/sim/http/simhttpmessage.h"
#include "tests/sim/ngshare/ngsharesimformat.h"
#include "tests/sim/ngshare/ngsharesimstate.h"

namespace GradeDesk::Tests {

/// The handler classes of ngshare's Tornado application (plus the hub's user API).
enum class NgEndpoint {
    Home,
    Courses,
    Course,
    Instructor,
    Instructors,
    Student,
    Students,
    Assignments,
    Assignment,
    Submissions,
    StudentSubmissions,
    Submit,
    DownloadSubmission,
    Feedback,
    InitDatabase,
    Healthz,
    HubUser,
    HubLogin, ///< Another /services/<name>/ path: the hub sends the browser to its login page.
    NotFound,
};

/// Everything one request carries through the handlers.
struct NgCall {
    const SimHttpRequest &request;
    NgEndpoint endpoint = NgEndpoint::NotFound;
    QStringList ids;                              ///< Decoded path parameters, in order.
    QList<std::pair<QString, QString>> queryArgs; ///< Cleaned (trimmed, control characters replaced).
    QList<std::pair<QString, QString>> bodyArgs;  ///< Form or multipart fields, cleaned.
    std::optional<QString> user;                  ///< The authenticated caller; nullopt: none.

    /// Tornado's get_argument (query + body, the last value wins), get_body_argument and
    /// get_query_argument; nullopt when absent.
    std::optional<QString> argument(const QString &name) const;
    std::optional<QString> bodyArgument(const QString &name) const;
    std::optional<QString> queryArgument(const QString &name) const;
    bool listOnly() const;
};

class NgshareSimulator::Api final
{
    Q_DISABLE_COPY_MOVE(Api)

public:
    Api(NgshareSimulator *simulator, State &state);
    ~Api();

    SimHttpResponse handle(const SimHttpRequest &request);

    // Replies (ngsharesimapi.cpp).
    static SimHttpResponse jsonReply(int status, const QByteArray &body);
    static SimHttpResponse success(const QList<std::pair<QByteArray, QByteArray>> &fields = {});
    static SimHttpResponse failure(int status, const QString &message);
    /// Tornado's default error page, `<html><title>403: Forbidden</title>...`.
    static SimHttpResponse tornadoPage(int status);

private:
    using Check = std::optional<SimHttpResponse>;

    void route(NgCall &call, QString &routeName) const;
    SimHttpResponse process(NgCall &call);
    /// Tornado's prepare(): sets call.user (mock `user` argument, or the hub token's owner).
    Check prepare(NgCall &call) const;
    SimHttpResponse dispatch(NgCall &call);
    SimHttpResponse hubUser(const NgCall &call) const;
    SimHttpResponse faultPage(int status) const;
    void finishConditional(const NgCall &call, SimHttpResponse &response) const;

    // Permission checks in ngshare's words; an unauthenticated caller makes them fail with 500,
    // as the Python code dereferences the missing user.
    bool isAdmin(const NgCall &call) const;
    Check findCourse(const QString &courseId, SimNgCourse *&course);
    Check checkAdmin(const NgCall &call) const;
    Check checkCourseInstructor(const NgCall &call, const SimNgCourse &course) const;
    Check checkCourseUser(const NgCall &call, const SimNgCourse &course) const;
    /// Endpoints 18 and 22: the caller may act on themselves; otherwise an instructor check.
    Check checkSelfOrInstructor(const NgCall &call, const SimNgCourse &course, const QString &studentId) const;
    static Check findAssignment(SimNgCourse &course, const QString &assignmentId, SimNgAssignment *&assignment);
    /// find_course_user: a current student *or* instructor, else 404 "Student not found".
    static Check findCourseUser(const SimNgCourse &course, const QString &userId);
    static SimHttpResponse treeFailure(NgshareSim::TreeError error);

    // ngsharesimroster.cpp
    SimHttpResponse listCourses(NgCall &call);
    SimHttpResponse addCourse(NgCall &call);
    SimHttpResponse deleteCourse(NgCall &call);
    SimHttpResponse postInstructor(NgCall &call);
    SimHttpResponse getInstructor(NgCall &call);
    SimHttpResponse deleteInstructor(NgCall &call);
    SimHttpResponse listInstructors(NgCall &call);
    SimHttpResponse postStudent(NgCall &call);
    SimHttpResponse getStudent(NgCall &call);
    SimHttpResponse deleteStudent(NgCall &call);
    SimHttpResponse postStudents(NgCall &call);
    SimHttpResponse listStudents(NgCall &call);

    // ngsharesimexchange.cpp
    SimHttpResponse listAssignments(NgCall &call);
    SimHttpResponse getAssignment(NgCall &call);
    SimHttpResponse releaseAssignment(NgCall &call);
    SimHttpResponse deleteAssignment(NgCall &call);
    SimHttpResponse listSubmissions(NgCall &call);
    SimHttpResponse listStudentSubmissions(NgCall &call);
    SimHttpResponse submit(NgCall &call);
    SimHttpResponse downloadSubmission(NgCall &call);
    SimHttpResponse uploadFeedback(NgCall &call);
    SimHttpResponse downloadFeedback(NgCall &call);
    SimHttpResponse initDatabase(NgCall &call);

    NgshareSimulator *m_simulator;
    State &m_state;
};

/// `{"username": …, "first_name": …, "last_name": …, "email": …}` fields of a person record.
QList<std::pair<QByteArray, QByteArray>> ngPersonFields(const NgshareSimulator::Person &person);

} // namespace GradeDesk::Tests
