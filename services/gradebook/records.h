// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/timestamp.h>

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace GradeDesk::Services {

// Plain rows of the gradebook. Ids are the database's row ids (0 = not stored yet); names are the
// nbgrader names (assignment folder, notebook file name without .ipynb, grade_id). Times are UTC.

struct StudentRecord {
    QString id; ///< Hub username, nbgrader's student id.
    QString firstName;
    QString lastName;
    QString email;
    QString lmsUserId;
    bool active = true;

    /// "First Last", else whichever part is set, else the id.
    QString displayName() const;
};

struct AssignmentRecord {
    qint64 id = 0;
    QString name;
    QDateTime due; ///< UTC, or invalid when the assignment has no due date.
};

struct NotebookRecord {
    qint64 id = 0;
    qint64 assignmentId = 0;
    QString name;
    int position = 0;
};

struct SourceCellRecord {
    qint64 id = 0;
    qint64 notebookId = 0;
    QString name; ///< nbgrader grade_id, unique within the notebook. Grade and task cells carry points.
    QString cellType;
    bool isGrade = false;
    bool isSolution = false;
    bool isTask = false;
    bool isLocked = false;
    double maxScore = 0.0;
    QString source;
    QString checksum;
    int position = 0;
};

struct SubmissionRecord {
    qint64 id = 0;
    qint64 assignmentId = 0;
    QString studentId;
    Timestamp timestamp;
    QString directory; ///< Absolute.
    Timestamp collectedAt;
    double latePenalty = 0.0;
};

struct SubmittedNotebookRecord {
    qint64 id = 0;
    qint64 submissionId = 0;
    qint64 notebookId = 0;
    QString notebookName;
    QString path; ///< Absolute path of the submitted .ipynb.
};

/**
 * @brief One graded question of one submitted notebook.
 *
 * Gradebook::grades() lists every graded (grade or task) cell of every submitted notebook, also those nobody graded
 * yet: those have `id == 0`, no scores and `version == 0`.
 */
struct GradeRecord {
    qint64 id = 0;
    qint64 submittedNotebookId = 0;
    qint64 cellId = 0;
    QString cellName;
    QString notebookName;
    std::optional<double> autoScore;
    std::optional<double> manualScore;
    std::optional<double> extraCredit;
    double maxScore = 0.0;
    bool needsManualGrade = false;
    int version = 0; ///< Incremented by every change, for optimistic concurrency.
    QString updatedBy;
    QDateTime updatedAt;

    /// nbgrader's rule: the manual score if set, else the auto score, plus any extra credit;
    /// std::nullopt when neither score is set.
    std::optional<double> score() const;
};

/// The free-text feedback on one solution cell of one submitted notebook (nbgrader's Comment).
struct CommentRecord {
    qint64 id = 0;
    qint64 submittedNotebookId = 0;
    qint64 cellId = 0;
    QString cellName;
    QString notebookName;
    QString autoComment;
    QString manualComment;
    QString updatedBy;
    QDateTime updatedAt;

    /// The manual comment if one was written, else the auto comment (nbgrader's rule).
    QString comment() const;
};

/**
 * @brief One row of the per-assignment overview.
 *
 * `score` is the sum of the grade scores (before the late penalty), std::nullopt when no grade has a
 * score yet. `maxScore` is the assignment's total of graded-cell points. `gradedCount` counts the
 * grades that have a score and do not need a manual grade.
 */
struct SubmissionSummary {
    qint64 submissionId = 0;
    qint64 assignmentId = 0;
    QString studentId;
    QString studentName;
    Timestamp timestamp;
    std::optional<double> score;
    double maxScore = 0.0;
    int needsManualCount = 0;
    int gradeCount = 0;
    int gradedCount = 0;
    double latePenalty = 0.0;
};

/// An append-only record of a manual change; the database refuses updates and deletes.
struct AuditEvent {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; ///< e.g. "manual_score", "comment".
    QString entity; ///< e.g. "grade", "comment".
    QString entityId;
    QString oldValue; ///< Empty when there was no value.
    QString newValue;
};

} // namespace GradeDesk::Services
