// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace GradeDesk::Services {

// Rows of regrade requests, the audit history and team grading.

/// open -> in_review -> resolved -> reopened -> in_review -> resolved ...; open and reopened may also
/// be resolved directly.
enum class RegradeState { Open, InReview, Resolved, Reopened };

/// Set when a request is resolved: whether the answer's score differs from when the request was
/// entered (or last reopened).
enum class RegradeOutcome { None, Changed, Unchanged };

/// Where a request came from. Imported ones carry a source key so each is imported once.
enum class RegradeSource { Staff, Csv, Canvas };

/// A student's request to look at one question (or the whole submission) again.
struct RegradeRequestRecord {
    qint64 id = 0;
    qint64 submissionId = 0;
    qint64 assignmentId = 0;
    QString assignmentName;
    QString studentId;
    qint64 cellId = 0;              ///< The question (a graded source cell); 0: the whole submission.
    QString questionName;           ///< "notebook:grade_id", empty for the whole submission.
    qint64 submittedNotebookId = 0; ///< With cellId: the answer's key (0 for the whole submission).
    QString message;                ///< The student's words.
    RegradeState state = RegradeState::Open;
    RegradeOutcome outcome = RegradeOutcome::None;
    QString reply;     ///< The resolution's reason, as the student will read it.
    QString enteredBy; ///< The grader who entered or imported it.
    QString resolvedBy;
    RegradeSource source = RegradeSource::Staff;
    QString sourceKey;                 ///< "canvas:<comment id>", "csv:<hash>"; empty for staff entries.
    std::optional<double> scoreBefore; ///< The answer's (or submission's) score when entered or reopened.
    std::optional<double> scoreAfter;  ///< The score when resolved.
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1; ///< Bumped by every state change, for optimistic concurrency.

    bool isOpen() const { return state != RegradeState::Resolved; }
};

/// What addRegradeRequest needs. `cellId` 0 is the whole submission.
struct NewRegradeRequest {
    QString assignment;
    QString studentId;
    qint64 cellId = 0;
    QString message;
    RegradeSource source = RegradeSource::Staff;
    QString sourceKey; ///< Required for Csv and Canvas: a request with a stored key is not added again.
};

struct RegradeAdded {
    qint64 id = 0;
    bool created = false; ///< false: the source key was already imported; `id` is that request.
};

/// Grading activity of one grader in one assignment (Gradebook::graderActivity()).
struct GraderActivity {
    QString grader;
    int answersGraded = 0; ///< Distinct answers on which the grader made a scoring change.
    int actions = 0;       ///< Every audited action of the grader in the assignment.
    QDateTime lastAction;  ///< UTC.
};

/// An answer another grader holds (Gradebook::claims()).
struct ClaimRecord {
    qint64 submittedNotebookId = 0;
    qint64 cellId = 0;
    QString studentId;
    QString grader;
    QDateTime expiresAt; ///< UTC.
};

QString regradeStateName(RegradeState state); ///< "open", "in_review", "resolved", "reopened"
std::optional<RegradeState> regradeStateFromName(const QString &name);
QString regradeOutcomeName(RegradeOutcome outcome); ///< "", "changed", "unchanged"
QString regradeSourceName(RegradeSource source);    ///< "staff", "csv", "canvas"

} // namespace GradeDesk::Services
