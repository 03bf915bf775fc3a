// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "canvasjob.h"
#include "canvaspushplan.h"
#include "canvastypes.h"

#include <services/config/courseconfig.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace GradeDesk::Services {

class CanvasClient;
class Gradebook;

/// What a connection test found. `verdict` is Ok only when everything the course needs works.
struct CanvasConnectionReport {
    enum class Verdict {
        Ok,
        Insecure,               ///< Plain http to a remote host: nothing was sent.
        Unreachable,            ///< No answer, or not a Canvas API at that address.
        BadToken,               ///< 401 with WWW-Authenticate: missing, invalid, expired or revoked token.
        WrongCourse,            ///< The course id does not exist or this token cannot open it.
        InsufficientPermission, ///< Cannot see what the identity rule needs, or cannot manage grades.
    };

    Verdict verdict = Verdict::Ok;
    QString message;    ///< Translated: what is wrong and what to do; a short summary when Ok.
    ServiceError error; ///< The failure behind the verdict (kind Io when Ok).
    QString userName;   ///< The token's owner, as Canvas names them.
    QString courseName;
    QString role; ///< The owner's enrollment in the course: "TeacherEnrollment", "TaEnrollment", ...
    /// nullopt when the course has no student to look at.
    std::optional<bool> canSeeLoginIds;
    std::optional<bool> canSeeSisIds;
    std::optional<bool> canSeeEmails;
    std::optional<bool> canManageGrades;
};

using CanvasConnectionJob = CanvasTask<CanvasConnectionReport>;
using CanvasRosterJob = CanvasTask<CanvasRoster>;
/// nullopt: no Canvas assignment has that name.
using CanvasAssignmentLookupJob = CanvasTask<std::optional<CanvasAssignment>>;
using CanvasAssignmentJob = CanvasTask<CanvasAssignment>;
/// Canvas user id -> current score (nullopt: no grade) for every submission of an assignment.
using CanvasScoresJob = CanvasTask<QHash<QString, std::optional<double>>>;
using CanvasPushPlanJob = CanvasTask<CanvasPushPlan>;
/// Every submission of an assignment with its comments.
using CanvasCommentsJob = CanvasTask<QList<CanvasSubmissionComments>>;
using CanvasPushJob = CanvasTask<CanvasPushReport>;

struct CanvasPushOptions {
    QString comment; ///< Sent as text_comment with every grade (empty: none).
    /// Gradebook student ids to send (a retry: CanvasPushReport::failedStudentIds()); empty: every row
    /// to send. With a selection, every other row comes back Skipped ("not part of this retry").
    QStringList onlyStudents;
    int batchSize = 500;                         ///< Grades per update_grades call.
    std::chrono::milliseconds pollInterval{500}; ///< First Progress poll; later polls back off to 5 s.
    std::chrono::milliseconds progressTimeout{std::chrono::minutes(10)};
    QString actor; ///< Who pushes, for the audit log (the grader's name; empty: "gradedesk").
};

/**
 * @brief The Canvas operations of one course: connection test, roster, assignments, grade push.
 *
 * Every call returns a job at once (see CanvasJob: finished once, then deleted; cancellable); the
 * jobs are children of this object. Requests go through the CanvasClient's queue.
 */
class CanvasCourse final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasCourse)

public:
    /// `client` must outlive this object. `courseId` may be an alternate id ("sis_course_id:...").
    CanvasCourse(CanvasClient *client, const QString &courseId, QObject *parent = nullptr);
    ~CanvasCourse() override;

    CanvasClient *client() const { return m_client; }

    const QString &courseId() const { return m_courseId; }

    /// The path of the course below /api/v1 ("/courses/<encoded id>").
    QString coursePath() const;

    /**
     * Tells apart: unreachable, bad token, wrong course, insufficient permission (the fields
     * `rule` needs hidden, or no manage_grades). The job's result is always a report (an error
     * only when cancelled).
     */
    CanvasConnectionJob *testConnection(CanvasConfig::IdentityRule rule);

    /// Active and invited students and TAs of all sections, one entry per person (see CanvasRoster).
    CanvasRosterJob *fetchRoster();

    /// The assignment with `rememberedId` if it still exists, else the one named `name` (exactly,
    /// else without case if only one matches). Several with the name: Conflict.
    CanvasAssignmentLookupJob *findAssignment(const QString &name, const QString &rememberedId = {});
    /// Creates a points assignment (submission type "none"); unpublished unless `publish`.
    CanvasAssignmentJob *createAssignment(const QString &name, double pointsPossible, bool publish);
    CanvasAssignmentJob *publishAssignment(const QString &assignmentId);

    /// Every submission's score (follows pagination).
    CanvasScoresJob *readScores(const QString &assignmentId);

    /// Every submission's comments (include[]=submission_comments; follows pagination). A reply of
    /// the wrong shape is a Parse error (see CanvasRegradePlan::parseSubmissions).
    CanvasCommentsJob *readSubmissionComments(const QString &assignmentId);

    /// Reads Canvas' current scores and compares them with `grades` (see CanvasPushPlan::build).
    CanvasPushPlanJob *planPush(const QString &localAssignment, const CanvasAssignment &assignment,
                                const QList<CanvasLocalGrade> &grades);

    /**
     * Sends the plan's rows to send: update_grades in batches, polls each Progress, then reads every
     * submission back and decides per student (a "failed" Progress may still have written grades).
     * Records every sent grade in `gradebook`'s audit log (action "canvas_push"), `gradebook` may be
     * null in tests. Refuses an unpublished assignment (Validation, saying how to publish it). The
     * result is a report unless cancelled or refused up front.
     */
    CanvasPushJob *push(const CanvasPushPlan &plan, Gradebook *gradebook, const CanvasPushOptions &options);

private:
    QPointer<CanvasClient> m_client;
    QString m_courseId;
};

} // namespace GradeDesk::Services
