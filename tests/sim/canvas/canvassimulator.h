// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace GradeDesk::Tests {

class SimHttpServer;

/// A loopback Canvas LMS (REST API v1) for tests, benchmarks and manual runs, following
/// /work/shared/specs/canvas-api.md. One course; every id is a 64-bit integer.
///
/// Served (all under /api/v1; `:course_id` also accepts `sis_course_id:<x>`):
///   GET  /users/self                                     token owner
///   GET  /courses/:course_id                             {id, name, course_code, sis_course_id}
///   GET  /courses/:course_id/users                       page numbers, no rel="last"
///   GET  /courses/:course_id/enrollments                 bookmark pages, no rel="last"
///   GET  /sections/:section_id/enrollments               same
///   GET  /courses/:course_id/sections                    page numbers with rel="last"
///   GET  /courses/:course_id/assignments[/:id]           search_term filter, rel="last"
///   POST /courses/:course_id/assignments                 201, starts unpublished unless told
///   PUT  /courses/:course_id/assignments/:id             201 (as Canvas does), e.g. publish
///   GET  /courses/:course_id/assignments/:id/submissions[/:user_id]   include[]=submission_comments:
///        {id, author_id, author_name, author {id, display_name}, comment, created_at, edited_at}; numbered pages
///   PUT  /courses/:course_id/assignments/:id/submissions/:user_id   synchronous single grade
///   POST /courses/:course_id/assignments/:id/submissions/update_grades   -> Progress
///   POST /sections/:section_id/assignments/:id/submissions/update_grades -> Progress
///   GET  /progress/:id,  POST /progress/:id/cancel
/// Authentication, permissions, pagination, throttling and the error bodies are as in the spec:
/// 401 + `WWW-Authenticate` for a missing/invalid/expired/revoked token, 401 `"unauthorized"`
/// without it for a missing permission (including bulk grading an unpublished assignment), 404
/// `The specified resource does not exist.` for a wrong course/assignment/section/progress id, 400
/// for update_grades without grade_data, `per_page` clamped silently to 1..maxPerPage (default 100),
/// Link rels comma-joined without spaces and never carrying `access_token`, past the end `200 []`,
/// `X-Request-Cost` and `X-Rate-Limit-Remaining` on every authenticated reply, and throttling as
/// 403 `403 Forbidden (Rate Limit Exceeded)\n` (or 429, see setThrottleStatus()).
/// `Accept: application/json+canvas-string-ids` makes every id a JSON string. Request bodies may
/// be form-encoded, multipart (`curl -F`) or JSON. Enrollment rows embed a `user` without `email`
/// (only /users has it). Without state[], /enrollments also lists inactive rows. Bulk grading
/// runs as a job (see ProgressMode): unknown, concluded or deleted students are skipped and the
/// Progress ends "failed" with "Couldn't find User(s) with API ids '…'" after grading the rest; an
/// assignment unpublished before the job runs fails it. `sis_user_id:`/`sis_login_id:` keys
/// resolve only for tokens with SIS rights (a TA token's become unknown). Unparseable grades
/// clear the grade silently. Choices where the spec is silent: a single-submission PUT on an
/// unpublished assignment is refused like bulk grading (401); Student tokens get 401
/// "unauthorized" everywhere except /users/self, /courses/:id and the published assignments;
/// unknown routes answer 404 before authentication.
///
/// Leaves out: everything not listed above (accounts, groups, rubrics, quizzes, files, GraphQL,
/// the multi-assignment /courses/:id/submissions/update_grades), OAuth2 (tokens are seeded),
/// grading schemes (letter grades are never parsed: they clear the grade, as an unparseable
/// posted_grade does), moderated grading, group assignments and group_comment, rubric_assessment,
/// media comments and file_ids, late policies, post policies beyond the `post_manually` flag (and
/// comment hiding under it), course-total recomputation, custom roles and `role[]`, observers,
/// `search_term`/`sort` on users, avatar/uuid includes, `sis_*` ids other than
/// sis_user_id/sis_login_id/sis_course_id/sis_section_id, multiple shards, and Canvas' real
/// per-request cost accounting (each route has a fixed simulated cost instead).
class CanvasSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasSimulator)

public:
    enum class Role { Teacher, Ta, Student };
    /// TestStudent is Canvas' "Test Student" (StudentViewEnrollment): hidden from /users unless
    /// include[]=test_student, after pagination (so a page can come back short with rel="next").
    enum class EnrollmentType { Student, Ta, Teacher, TestStudent };
    /// `Deleted` rows are never listed; bulk grading treats Completed/Deleted students as unknown.
    enum class EnrollmentState { Active, Invited, Inactive, Completed, Rejected, Deleted };
    enum class TokenState { Valid, Expired, Revoked };
    /// When a Progress moves on: one step per `GET /progress/:id` (default), on a timer, or at once
    /// (the POST still answers "queued"; the first poll already sees the end state).
    enum class ProgressMode { AdvanceOnPoll, AdvanceOnTimer, Immediate };

    /// What a token may see and do. Defaults per role: Teacher everything; Ta no login_id and no
    /// sis_user_id (email visible), may grade; Student sees nothing and may not grade.
    struct Permissions {
        bool seeLoginId = true;
        bool seeSisIds = true; ///< Also needed to filter by sis_user_id[] & co (else 400).
        bool seeEmail = true;
        bool manageGrades = true;
        static Permissions forRole(Role role);
    };

    struct UserSeed {
        QString name;
        QString sortableName; ///< Empty: derived "Last, First" from name.
        QString loginId;
        QString sisUserId;
        QString email;
    };

    struct AssignmentSeed {
        QString name;
        double pointsPossible = 10.0;
        bool published = true;
        QString gradingType = QStringLiteral("points"); ///< points|percent|pass_fail|letter_grade|...
        bool postManually = false;
    };

    struct Throttle {
        double bucketMaximum = 800.0;
        double highWaterMark = 600.0; ///< Throttled at or above; X-Rate-Limit-Remaining = hwm - level.
        double outflowPerSecond = 10.0;
        double upFrontCost = 50.0;  ///< Charged while a request is in flight, refunded after.
        double requestCost = 1.0;   ///< Charged per finished request (X-Request-Cost)...
        double costPerGrade = 0.05; ///< ...plus this per grade_data entry of update_grades.
        bool enabled = true;        ///< false: no bucket, no X-Rate-Limit-Remaining (X-Request-Cost stays).
    };

    struct LoggedRequest {
        QByteArray method;
        QString path;    ///< As requested, without the query.
        QString query;   ///< Encoded query ("" if none), access_token removed.
        QString route;   ///< The endpoint template, e.g. "GET /api/v1/courses/:course_id/users".
        int status = 0;  ///< 0 when the connection was dropped or hung instead of answered.
        QByteArray body; ///< Request body as received (tokens never appear in bodies).
        QDateTime receivedAt;
    };

    /// A submission comment (the student's own, or staff's: a grader's text_comment included).
    struct CommentRecord {
        qint64 id = 0;
        qint64 authorId = 0;
        QString text;
        QDateTime createdAt;
    };

    struct SubmissionRecord {
        qint64 id = 0;
        qint64 userId = 0;
        qint64 assignmentId = 0;
        std::optional<double> score; ///< nullopt: ungraded (or cleared by an unparseable grade).
        QString grade;
        bool excused = false;
        QStringList comments; ///< The text of every comment, oldest first (as in commentRecords).
        QList<CommentRecord> commentRecords;
        int gradeWrites = 0; ///< How many times a grade was written (bulk or single).
        QDateTime gradedAt;
    };

    struct ProgressRecord {
        qint64 id = 0;
        QString workflowState; ///< queued|running|completed|failed|canceled
        std::optional<int> completion;
        QString message;
        int gradesWritten = 0;
    };

    explicit CanvasSimulator(QObject *parent = nullptr);
    ~CanvasSimulator() override;

    // --- Server -----------------------------------------------------------------------------
    /// Listens on 127.0.0.1:`port` (0 = free port).
    bool start(quint16 port = 0);
    void stop();
    quint16 port() const;
    /// `http://127.0.0.1:<port>`: what a user types as the Canvas URL (the API is under /api/v1).
    QUrl baseUrl() const;
    /// The underlying server (connection counts, `responseSent`); owned by the simulator.
    SimHttpServer *httpServer() const;

    // --- Seeding (call before or between requests; all ids are returned) ---------------------
    /// Ids handed out start above this (default 1); set e.g. 10000000000000001 (> 2^53) before
    /// seeding to prove clients never read ids through double.
    void setIdBase(qint64 base);
    void setCourse(qint64 id, const QString &name, const QString &courseCode = {}, const QString &sisCourseId = {});
    qint64 courseId() const;
    /// Adds a token owned by a new staff user (enrolled as Teacher or TA in the first section) or
    /// by `ownerUserId` when given. Permissions default to Permissions::forRole(role).
    qint64 addToken(const QString &token, Role role = Role::Teacher, qint64 ownerUserId = 0);
    void setTokenPermissions(const QString &token, const Permissions &permissions);
    void setTokenState(const QString &token, TokenState state);
    qint64 addSection(const QString &name, const QString &sisSectionId = {});
    qint64 addUser(const UserSeed &user);
    /// One enrollment row; call twice for a person in two sections.
    qint64 enroll(qint64 userId, qint64 sectionId, EnrollmentType type = EnrollmentType::Student,
                  EnrollmentState state = EnrollmentState::Active);
    void setEnrollmentState(qint64 enrollmentId, EnrollmentState state);
    qint64 addAssignment(const AssignmentSeed &assignment);
    void setAssignmentPublished(qint64 assignmentId, bool published);
    /// Sets a grade directly (no request, no log entry), e.g. to test "unchanged" detection.
    void setScore(qint64 assignmentId, qint64 userId, std::optional<double> score);
    /// Adds a comment to the student's submission (created if needed) as `authorId` (0: the student
    /// themself) at `createdAt` (invalid: now), as a student typing it in Canvas would. Returns its id.
    qint64 addSubmissionComment(qint64 assignmentId, qint64 userId, const QString &text, qint64 authorId = 0,
                                const QDateTime &createdAt = {});
    /// Demo course: `students` students `student001`.. (login_id, sis_user_id "S0001".., email
    /// `student001@example.edu`) spread over `sections` sections, the 1st of every 10 also in a
    /// second section, plus two TAs and assignments "ps1" (published) and "ps2" (unpublished).
    /// Returns the student user ids in order.
    QList<qint64> seedDemoCourse(int students, int sections = 2);

    // --- Behaviour ------------------------------------------------------------------------------
    /// Upper clamp for per_page (100 today; 50 on older installs).
    void setMaxPerPage(int maxPerPage);
    void setProgressMode(ProgressMode mode, std::chrono::milliseconds timerStep = std::chrono::milliseconds(50));
    void setThrottle(const Throttle &throttle);
    Throttle throttle() const;
    /// 403 (classic, default) or 429 for throttled requests; the body is the same.
    void setThrottleStatus(int status);

    // --- Fault injection --------------------------------------------------------------------------
    /// Every reply waits this long (the socket stays responsive; concurrent requests overlap).
    void setLatency(std::chrono::milliseconds latency);
    /// Fills every token's bucket to the maximum: requests are throttled until it leaks below.
    void throttleNow();
    /// The next `count` authenticated requests are throttled whatever the bucket says.
    void throttleNextRequests(int count);
    /// The next `count` requests (any route) answer 500 with Canvas' error body, unprocessed.
    void failNextRequests(int count = 1, int status = 500);
    /// The next update_grades job writes `grades` grades, then ends "failed" with
    /// "Unexpected error, ID: <n>" (the written grades stay, as in Canvas). A job with no more
    /// than `grades` entries completes normally (the fault is still used up).
    void failNextProgressAfter(int grades);
    /// The next request whose method equals `method` (empty = any) and whose path contains
    /// `pathContains` loses its connection. `processFirst`: the request takes effect (grades are
    /// written, a Progress is created) before the drop. `afterBodyBytes` < 0: close without any
    /// reply; >= 0: status line and headers are sent, then that many body bytes, then the close.
    void dropConnectionOnNext(const QByteArray &method, const QString &pathContains, bool processFirst = false,
                              qsizetype afterBodyBytes = -1);
    /// The next matching request is never answered (for client timeouts). Unprocessed.
    void hangOnNext(const QByteArray &method, const QString &pathContains);
    void clearFaults();

    // --- Inspection ---------------------------------------------------------------------------------
    QList<LoggedRequest> requestLog() const;
    void clearRequestLog();
    int requestCount() const;
    /// Requests for one route template, e.g. "POST
    /// /api/v1/courses/:course_id/assignments/:assignment_id/submissions/update_grades".
    int requestCount(const QString &route) const;
    QMap<QString, int> requestCountsByRoute() const;
    /// Throttled replies (403/429 Rate Limit Exceeded) so far.
    int throttledCount() const;
    std::optional<qint64> assignmentIdByName(const QString &name) const;
    std::optional<qint64> userIdBySisId(const QString &sisUserId) const;
    std::optional<SubmissionRecord> submission(qint64 assignmentId, qint64 userId) const;
    /// Every graded (score set) student of the assignment: user id -> score.
    QMap<qint64, double> scores(qint64 assignmentId) const;
    QList<ProgressRecord> progresses() const;
    /// Total grades written by update_grades jobs and single PUTs.
    int gradeWriteCount() const;

Q_SIGNALS:
    /// Emitted once per request when its reply is decided (the bytes may still wait out
    /// setLatency()); status 0 when the connection is dropped or the request hangs.
    void requestHandled(const QByteArray &method, const QString &path, int status);
    /// A Progress reached completed, failed or canceled.
    void progressFinished(qint64 progressId, const QString &workflowState);

private:
    struct State;
    class Api;
    std::unique_ptr<State> m_state;
    std::unique_ptr<Api> m_api;
    SimHttpServer *m_server = nullptr;
};

} // namespace GradeDesk::Tests
