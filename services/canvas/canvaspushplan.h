// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "canvastypes.h"

#include <services/core/result.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace GradeDesk::Services {

class Gradebook;

/// GradeDesk's side of one student in a grade push.
struct CanvasLocalGrade {
    QString studentId;
    QString studentName;
    QString canvasUserId;        ///< Empty: the student is not linked to a Canvas user.
    std::optional<double> score; ///< The final score (after late penalty); nullopt: nothing to push.
    QString skipReason;          ///< Why there is nothing to push (translated); empty when there is.
};

/// One line of the dry run: what Canvas has, what GradeDesk has, and what a push would do.
struct CanvasGradeRow {
    enum class Action { Send, Unchanged, Skip };

    QString studentId;
    QString studentName;
    QString canvasUserId;
    std::optional<double> canvasScore; ///< In Canvas now; nullopt: no grade.
    std::optional<double> score;       ///< GradeDesk's score as it would be sent (2 decimals).
    Action action = Action::Skip;
    QString reason; ///< Skip: why (translated).
};

/// A dry run: nothing is sent. Rows are sorted by student id.
struct CanvasPushPlan {
    QString localAssignment; ///< The GradeDesk assignment name.
    CanvasAssignment assignment;
    QList<CanvasGradeRow> rows;

    int count(CanvasGradeRow::Action action) const;

    /**
     * Compares GradeDesk's grades with Canvas' scores (Canvas user id -> score). A grade equal to
     * Canvas' (within half a hundredth) is Unchanged; unlinked students and students without a
     * score are Skip with their reason; so are in-between scores on a pass/fail assignment (Canvas
     * would clear them) and every row of a not_graded assignment.
     */
    static CanvasPushPlan build(const QString &localAssignment, const CanvasAssignment &assignment,
                                const QList<CanvasLocalGrade> &grades,
                                const QHash<QString, std::optional<double>> &canvasScores);
};

/// What happened to one student in a push, decided by reading Canvas back.
struct CanvasPushResult {
    enum class Outcome {
        Pushed,    ///< Sent, and Canvas now shows it.
        Unchanged, ///< Canvas already had it; not sent.
        Failed,    ///< Sent (or meant to be) but Canvas does not show it: `reason` says why.
        Skipped,   ///< Not part of this push (see the plan's reason).
    };

    QString studentId;
    QString studentName;
    QString canvasUserId;
    std::optional<double> before; ///< Canvas' score before the push.
    std::optional<double> sent;   ///< GradeDesk's score.
    std::optional<double> after;  ///< Canvas' score read back after the push.
    Outcome outcome = Outcome::Skipped;
    QString reason; ///< Failed / Skipped: why (translated).
};

struct CanvasPushReport {
    QString localAssignment;
    CanvasAssignment assignment;
    QList<CanvasPushResult> results; ///< Same order as the plan's rows.
    int batches = 0;                 ///< update_grades calls made.
    int requests = 0;                ///< HTTP requests of the whole push (retries, polls and read-back pages included).
    int throttled = 0;               ///< Throttled replies Canvas sent during the push.
    qint64 elapsedMs = 0;
    QStringList canvasMessages; ///< Messages of failed Progress jobs, as Canvas wrote them.
    QString auditError;         ///< Empty when the push was recorded in the audit log.
    /// Students whose regrade push mark (Gradebook::canvasPushMarks) this push cleared: Canvas shows
    /// their grade now.
    QStringList marksCleared;
    QString marksError; ///< Empty unless clearing those marks failed (translated); they stay marked then.

    int count(CanvasPushResult::Outcome outcome) const;
    /// Student ids whose grade is not verified in Canvas: what a retry sends.
    QStringList failedStudentIds() const;
};

/// GradeDesk-side helpers of the grade push (no network).
class CanvasGrades final
{
    Q_DECLARE_TR_FUNCTIONS(CanvasGrades)

public:
    CanvasGrades() = delete;

    /**
     * Every gradebook student with the final score of `assignment` as `gradedesk-cli grades export`
     * computes it (max(0, raw - late penalty)), the Canvas user id (canvas_mapping "user", else
     * lms_user_id) and, when there is nothing to push, why: inactive (dropped), not linked, no
     * submission, or answers still waiting for manual grading. NotFound for an unknown assignment.
     */
    static Result<QList<CanvasLocalGrade>> localGrades(const Gradebook &gradebook, const QString &assignment);
    /// The assignment's possible points in GradeDesk (graded cells), for creating it in Canvas.
    static Result<double> pointsPossible(const Gradebook &gradebook, const QString &assignment);

    /// Scores are sent with at most two decimals.
    static double rounded(double score);
    /// The posted_grade text: a plain number such as "13.5" (Canvas reads it as points).
    static QString postedGrade(double score);
    static bool sameScore(const std::optional<double> &a, const std::optional<double> &b);
    /// Whether students see pushed grades at once (translated sentence for the dry run).
    static QString postPolicyText(const CanvasAssignment &assignment);
    /// What to do about an unpublished assignment (translated).
    static QString publishAdvice(const CanvasAssignment &assignment);

    /**
     * Appends the push to the audit log in one transaction: one "canvas_push" event per student
     * whose grade was sent (entity "canvas_grade", id "<assignment>/<student>", old = Canvas' score
     * before, new = JSON with the score, the outcome and the Canvas ids), and one summary event
     * (entity "canvas_assignment", id = the GradeDesk assignment name). An empty `actor` is recorded
     * as "gradedesk".
     */
    static Result<void> recordAudit(Gradebook &gradebook, const CanvasPushReport &report, const QString &actor);

    /**
     * For a push of regraded grades only: keeps the rows of students whose grade a resolved regrade
     * changed (Gradebook::canvasPushMarks of the plan's assignment); every other row becomes Skip
     * "not regraded". Returns how many marked students the plan has.
     */
    static Result<int> keepOnlyRegraded(const Gradebook &gradebook, CanvasPushPlan &plan);
    /// Clears the push marks of the report's students whose grade Canvas shows (Pushed or
    /// Unchanged); returns their ids. CanvasCourse::push calls it after every push.
    static Result<QStringList> clearVerifiedMarks(Gradebook &gradebook, const CanvasPushReport &report,
                                                  const QString &actor);
};

} // namespace GradeDesk::Services
