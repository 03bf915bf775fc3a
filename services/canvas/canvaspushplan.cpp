// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvaspushplan.h"

#include <services/gradebook/gradebook.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace GradeDesk::Services {

namespace {

// Canvas keeps scores as floats; two decimals is what its gradebook shows and what GradeDesk sends.
constexpr double scoreTolerance = 0.005;

QString outcomeName(CanvasPushResult::Outcome outcome)
{
    switch (outcome) {
    case CanvasPushResult::Outcome::Pushed:
        return QStringLiteral("pushed");
    case CanvasPushResult::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case CanvasPushResult::Outcome::Failed:
        return QStringLiteral("failed");
    case CanvasPushResult::Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("unknown");
}

// Canvas user ids are decimal numbers; lms_user_id imported from elsewhere may be anything.
bool isCanvasId(const QString &id)
{
    return !id.isEmpty() && std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QJsonValue scoreValue(const std::optional<double> &score)
{
    return score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null);
}

} // namespace

int CanvasPushPlan::count(CanvasGradeRow::Action action) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [action](const CanvasGradeRow &row) { return row.action == action; }));
}

CanvasPushPlan CanvasPushPlan::build(const QString &localAssignment, const CanvasAssignment &assignment,
                                     const QList<CanvasLocalGrade> &grades,
                                     const QHash<QString, std::optional<double>> &canvasScores)
{
    CanvasPushPlan plan;
    plan.localAssignment = localAssignment;
    plan.assignment = assignment;
    for (const CanvasLocalGrade &grade : grades) {
        CanvasGradeRow row;
        row.studentId = grade.studentId;
        row.studentName = grade.studentName;
        row.canvasUserId = grade.canvasUserId;
        row.canvasScore = canvasScores.value(grade.canvasUserId);
        if (grade.score) {
            row.score = CanvasGrades::rounded(*grade.score);
        }
        if (!grade.skipReason.isEmpty() || !row.score) {
            row.reason = grade.skipReason.isEmpty() ? CanvasGrades::tr("no score in GradeDesk") : grade.skipReason;
        } else if (assignment.gradingType == QLatin1String("not_graded")) {
            row.reason = CanvasGrades::tr("the Canvas assignment is not graded; change its grading type in Canvas");
        } else if (assignment.gradingType == QLatin1String("pass_fail") && *row.score != 0.0 &&
                   std::abs(*row.score - assignment.pointsPossible) > scoreTolerance) {
            row.reason = CanvasGrades::tr("a pass/fail assignment takes only 0 or full points (%1); Canvas would clear "
                                          "this score")
                             .arg(assignment.pointsPossible);
        } else {
            row.action = CanvasGrades::sameScore(row.canvasScore, row.score) ? CanvasGradeRow::Action::Unchanged
                                                                             : CanvasGradeRow::Action::Send;
        }
        plan.rows.append(row);
    }
    std::sort(plan.rows.begin(), plan.rows.end(),
              [](const CanvasGradeRow &a, const CanvasGradeRow &b) { return a.studentId < b.studentId; });
    return plan;
}

int CanvasPushReport::count(CanvasPushResult::Outcome outcome) const
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [outcome](const CanvasPushResult &result) { return result.outcome == outcome; }));
}

QStringList CanvasPushReport::failedStudentIds() const
{
    QStringList ids;
    for (const CanvasPushResult &result : results) {
        if (result.outcome == CanvasPushResult::Outcome::Failed) {
            ids.append(result.studentId);
        }
    }
    return ids;
}

Result<QList<CanvasLocalGrade>> CanvasGrades::localGrades(const Gradebook &gradebook, const QString &assignment)
{
    const Result<std::optional<AssignmentRecord>> record = gradebook.assignment(assignment);
    if (!record) {
        return record.error();
    }
    if (!record.value()) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("The gradebook has no assignment %1. Check the name (gradedesk-cli grades export "
                                     "lists them).")
                                      .arg(assignment),
                                  QStringLiteral("no assignment '%1'").arg(assignment));
    }
    const Result<QList<StudentRecord>> students = gradebook.students();
    if (!students) {
        return students.error();
    }
    const Result<QList<SubmissionSummary>> summaries = gradebook.submissionSummaries(record.value()->id);
    if (!summaries) {
        return summaries.error();
    }
    const Result<QHash<QString, QString>> mapping = gradebook.canvasMappings(QStringLiteral("user"));
    if (!mapping) {
        return mapping.error();
    }
    QHash<QString, const SubmissionSummary *> byStudent;
    for (const SubmissionSummary &summary : summaries.value()) {
        byStudent.insert(summary.studentId, &summary);
    }
    QList<CanvasLocalGrade> grades;
    for (const StudentRecord &student : students.value()) {
        CanvasLocalGrade grade;
        grade.studentId = student.id;
        grade.studentName = student.displayName();
        grade.canvasUserId = mapping.value().value(student.id, student.lmsUserId);
        const SubmissionSummary *summary = byStudent.value(student.id);
        if (!student.active) {
            grade.skipReason = tr("dropped (inactive in the gradebook)");
        } else if (grade.canvasUserId.isEmpty()) {
            grade.skipReason = tr("not linked to a Canvas user; import the Canvas roster first");
        } else if (!isCanvasId(grade.canvasUserId)) {
            grade.skipReason = tr("the linked Canvas user id \u201c%1\u201d is not a Canvas id; import the Canvas "
                                  "roster to link the student again")
                                   .arg(grade.canvasUserId);
        } else if (!summary) {
            grade.skipReason = tr("no submission");
        } else if (summary->needsManualCount > 0) {
            grade.skipReason = tr("%n answer(s) still need manual grading", nullptr, summary->needsManualCount);
        } else if (!summary->score) {
            grade.skipReason = tr("not graded yet");
        } else {
            grade.score = std::max(0.0, *summary->score - summary->latePenalty);
        }
        grades.append(grade);
    }
    return grades;
}

Result<double> CanvasGrades::pointsPossible(const Gradebook &gradebook, const QString &assignment)
{
    const Result<std::optional<AssignmentRecord>> record = gradebook.assignment(assignment);
    if (!record) {
        return record.error();
    }
    if (!record.value()) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("The gradebook has no assignment %1.").arg(assignment),
                                  QStringLiteral("no assignment '%1'").arg(assignment));
    }
    const Result<QList<NotebookRecord>> notebooks = gradebook.notebooks(record.value()->id);
    if (!notebooks) {
        return notebooks.error();
    }
    double points = 0.0;
    for (const NotebookRecord &notebook : notebooks.value()) {
        const Result<QList<SourceCellRecord>> cells = gradebook.sourceCells(notebook.id);
        if (!cells) {
            return cells.error();
        }
        for (const SourceCellRecord &cell : cells.value()) {
            if (cell.isGrade || cell.isTask) {
                points += cell.maxScore;
            }
        }
    }
    return points;
}

double CanvasGrades::rounded(double score)
{
    return std::round(score * 100.0) / 100.0;
}

QString CanvasGrades::postedGrade(double score)
{
    // 'f' with two decimals, then trailing zeros dropped: "13.5", "10", "7.33". Never exponents.
    QString text = QString::number(rounded(score), 'f', 2);
    while (text.endsWith(QLatin1Char('0'))) {
        text.chop(1);
    }
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

bool CanvasGrades::sameScore(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b) {
        return a.has_value() == b.has_value();
    }
    return std::abs(*a - *b) < scoreTolerance;
}

QString CanvasGrades::postPolicyText(const CanvasAssignment &assignment)
{
    if (!assignment.postManually) {
        return tr("Canvas does not report the post policy of \u201c%1\u201d: check in Canvas whether students see "
                  "grades at once.")
            .arg(assignment.name);
    }
    return *assignment.postManually
               ? tr("\u201c%1\u201d posts grades manually: students see the pushed grades (and comments) only after "
                    "you post them in Canvas.")
                     .arg(assignment.name)
               : tr("\u201c%1\u201d posts grades automatically: students see each pushed grade at once.")
                     .arg(assignment.name);
}

QString CanvasGrades::publishAdvice(const CanvasAssignment &assignment)
{
    return tr("The Canvas assignment \u201c%1\u201d is not published, and Canvas refuses grades for unpublished "
              "assignments. Publish it in Canvas (Assignments, then the publish button next to it), or run the push "
              "again with --publish.")
        .arg(assignment.name);
}

Result<void> CanvasGrades::recordAudit(Gradebook &gradebook, const CanvasPushReport &report, const QString &who)
{
    const QString actor = who.trimmed().isEmpty() ? QStringLiteral("gradedesk") : who.trimmed();
    return gradebook.transaction([&]() -> Result<void> {
        for (const CanvasPushResult &result : report.results) {
            if (result.outcome != CanvasPushResult::Outcome::Pushed &&
                result.outcome != CanvasPushResult::Outcome::Failed) {
                continue;
            }
            const QJsonObject value{{QStringLiteral("score"), scoreValue(result.sent)},
                                    {QStringLiteral("outcome"), outcomeName(result.outcome)},
                                    {QStringLiteral("read_back"), scoreValue(result.after)},
                                    {QStringLiteral("reason"), result.reason},
                                    {QStringLiteral("canvas_assignment_id"), report.assignment.id},
                                    {QStringLiteral("canvas_user_id"), result.canvasUserId}};
            const QString before = result.before ? postedGrade(*result.before) : QString();
            if (const Result<void> recorded =
                    gradebook.recordAudit(actor, QStringLiteral("canvas_push"), QStringLiteral("canvas_grade"),
                                          report.localAssignment + QLatin1Char('/') + result.studentId, before,
                                          QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
                !recorded) {
                return recorded;
            }
        }
        const QJsonObject summary{{QStringLiteral("canvas_assignment_id"), report.assignment.id},
                                  {QStringLiteral("pushed"), report.count(CanvasPushResult::Outcome::Pushed)},
                                  {QStringLiteral("unchanged"), report.count(CanvasPushResult::Outcome::Unchanged)},
                                  {QStringLiteral("failed"), report.count(CanvasPushResult::Outcome::Failed)},
                                  {QStringLiteral("skipped"), report.count(CanvasPushResult::Outcome::Skipped)},
                                  {QStringLiteral("requests"), report.requests}};
        return gradebook.recordAudit(actor, QStringLiteral("canvas_push"), QStringLiteral("canvas_assignment"),
                                     report.localAssignment, QString(),
                                     QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    });
}

Result<int> CanvasGrades::keepOnlyRegraded(const Gradebook &gradebook, CanvasPushPlan &plan)
{
    const Result<QStringList> marks = gradebook.canvasPushMarks(plan.localAssignment);
    if (!marks) {
        return marks.error();
    }
    int kept = 0;
    for (CanvasGradeRow &row : plan.rows) {
        if (marks.value().contains(row.studentId)) {
            ++kept;
        } else {
            row.action = CanvasGradeRow::Action::Skip;
            row.reason = tr("not regraded");
        }
    }
    return kept;
}

Result<QStringList> CanvasGrades::clearVerifiedMarks(Gradebook &gradebook, const CanvasPushReport &report,
                                                     const QString &who)
{
    const Result<QStringList> marks = gradebook.canvasPushMarks(report.localAssignment);
    if (!marks) {
        return marks.error();
    }
    QStringList verified;
    for (const CanvasPushResult &result : report.results) {
        if ((result.outcome == CanvasPushResult::Outcome::Pushed ||
             result.outcome == CanvasPushResult::Outcome::Unchanged) &&
            marks.value().contains(result.studentId)) {
            verified.append(result.studentId);
        }
    }
    if (verified.isEmpty()) {
        return verified;
    }
    const QString actor = who.trimmed().isEmpty() ? QStringLiteral("gradedesk") : who.trimmed();
    if (const Result<void> cleared = gradebook.clearCanvasPushMarks(report.localAssignment, verified, actor);
        !cleared) {
        return cleared.error();
    }
    return verified;
}

} // namespace GradeDesk::Services
