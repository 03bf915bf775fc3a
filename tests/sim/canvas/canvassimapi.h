// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Private to gradedesk_canvassim: request pipeline (faults, auth, throttling, routing) and the
// endpoint handlers. Handlers are split by area: canvassimroster.cpp (course, users, enrollments,
// sections), canvassimgrading.cpp (assignments, submissions, update_grades, progress),
// canvassimjson.cpp (JSON shapes, error bodies, pagination).

#include "tests/sim/canvas/canvassimstate.h"
#include "tests/sim/http/simhttpmessage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace GradeDesk::Tests {

/// Everything one request carries through the handlers.
struct SimCall {
    const SimHttpRequest &request;
    SimToken *token = nullptr;
    QHash<QString, QString> params;          ///< Route parameters (":course_id" -> "course_id").
    QList<std::pair<QString, QString>> form; ///< Body as form items (JSON bodies are flattened).
    double extraCost = 0.0;
    qint64 courseId = 0;  ///< Resolved :course_id (or the section's course).
    qint64 sectionId = 0; ///< Resolved :section_id, 0 when the route has none.

    QString formValue(const QString &key) const;
    bool hasForm(const QString &key) const;
};

class CanvasSimulator::Api final
{
    Q_DISABLE_COPY_MOVE(Api)

public:
    Api(CanvasSimulator *simulator, State &state);
    ~Api();

    SimHttpResponse handle(const SimHttpRequest &request);
    /// Moves a Progress one step on (queued -> running -> completed/failed).
    void advanceProgress(qint64 progressId);
    QUrl baseUrl() const;

private:
    using Handler = SimHttpResponse (Api::*)(SimCall &);

    struct Route {
        QByteArray method;
        QStringList segments; ///< Below /api/v1; ":name" segments capture.
        QString name;         ///< "GET /api/v1/courses/:course_id/users"
        Handler handler;
        bool needsCourse; ///< Resolve :course_id / :section_id before the handler.
    };

    const Route *match(const SimHttpRequest &request, QHash<QString, QString> &params) const;
    SimHttpResponse process(SimCall &call, const Route &route);
    std::optional<SimHttpResponse> authenticate(SimCall &call);
    bool chargeAndCheckThrottle(SimToken &token);
    void finishCharge(SimToken &token, SimHttpResponse &response, double cost);
    void leak(SimBucket &bucket, qint64 nowNs) const;
    bool resolveContext(SimCall &call);

    // canvassimroster.cpp
    SimHttpResponse getSelf(SimCall &call);
    SimHttpResponse getCourse(SimCall &call);
    SimHttpResponse listUsers(SimCall &call);
    SimHttpResponse listEnrollments(SimCall &call);
    SimHttpResponse listSections(SimCall &call);

    // canvassimgrading.cpp
    SimHttpResponse listAssignments(SimCall &call);
    SimHttpResponse getAssignment(SimCall &call);
    SimHttpResponse createAssignment(SimCall &call);
    SimHttpResponse updateAssignment(SimCall &call);
    SimHttpResponse listSubmissions(SimCall &call);
    SimHttpResponse getSubmission(SimCall &call);
    SimHttpResponse putSubmission(SimCall &call);
    SimHttpResponse updateGrades(SimCall &call);
    SimHttpResponse getProgress(SimCall &call);
    SimHttpResponse cancelProgress(SimCall &call);
    void runJob(SimProgress &progress);
    void applyGradeEntry(SubmissionRecord &submission, const SimAssignment &assignment, const SimGradeEntry &entry);
    void finishProgress(SimProgress &progress, const QString &state, const QString &message);
    std::optional<QString> applyAssignmentFields(SimCall &call, SimAssignment &assignment);

    // Shared lookups (canvassimroster.cpp).
    SimAssignment *findAssignment(const QString &idText);
    /// A student (Student/TestStudent enrollment) of the course, or of the section when given,
    /// in one of `states`; nullptr when the key does not resolve (or needs SIS rights it lacks).
    const SimUser *resolveStudent(const Permissions &permissions, const QString &key, qint64 sectionId,
                                  const QList<EnrollmentState> &states) const;
    bool isStudentIn(qint64 userId, qint64 sectionId, const QList<EnrollmentState> &states) const;
    /// Student user ids (Student enrollments in the section, or the course when 0) in `states`.
    QList<qint64> studentIds(qint64 sectionId, const QList<EnrollmentState> &states) const;
    SubmissionRecord &ensureSubmission(qint64 assignmentId, qint64 userId);

    // canvassimjson.cpp
    QJsonObject userJson(const SimUser &user, const Permissions &permissions, bool withEmail) const;
    QJsonObject enrollmentJson(const SimEnrollment &enrollment, const Permissions &permissions) const;
    QJsonObject sectionJson(const SimSection &section, const Permissions &permissions) const;
    QJsonObject assignmentJson(const SimAssignment &assignment) const;
    QJsonObject submissionJson(const SimAssignment &assignment, const SubmissionRecord &submission,
                               bool withComments) const;
    QJsonObject progressJson(const SimProgress &progress) const;
    QJsonObject courseJson(const Permissions &permissions) const;
    SimHttpResponse jsonReply(const SimCall &call, int status, const QJsonValue &value) const;
    /// Numbered pages (`page=N`); rel="last" only when `withLast`. Items whose `dropAfterPaging`
    /// flag is set count for paging but are left out of the page (Canvas' test-student filter).
    SimHttpResponse pagedReply(const SimCall &call, const QString &canonicalPath, const QJsonArray &items,
                               bool withLast, const QList<bool> &dropAfterPaging = {}) const;
    /// Bookmark pages (`page=bookmark:...`, first page `page=first`), keyed by a strictly
    /// increasing id per item; no rel="last".
    SimHttpResponse bookmarkReply(const SimCall &call, const QString &canonicalPath,
                                  const QList<std::pair<qint64, QJsonObject>> &items) const;
    int perPage(const SimCall &call) const;
    QByteArray pageUrl(const SimCall &call, const QString &canonicalPath, const QString &page, int perPage) const;

    CanvasSimulator *m_simulator;
    State &m_state;
    QList<Route> m_routes;
};

// Canvas' error bodies (canvassimjson.cpp).
SimHttpResponse canvasErrors(int status, const QString &message);
SimHttpResponse canvasNotFound();
SimHttpResponse canvasUnauthorized();
SimHttpResponse canvasInternalError(int status, int errorReportId);
QString canvasTimestamp(const QDateTime &time);
QString enrollmentTypeName(CanvasSimulator::EnrollmentType type);
QString enrollmentStateName(CanvasSimulator::EnrollmentState state);

} // namespace GradeDesk::Tests
