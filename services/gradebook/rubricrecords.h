// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace GradeDesk::Services {

// Rows of grading by question: rubric items, per-question scoring settings and one student's answer
// to one question with everything a grader set on it.

/// One rubric item of one question (a graded source cell).
struct RubricItemRecord {
    qint64 id = 0;
    qint64 cellId = 0;
    QString title;
    double points = 0.0; ///< Positive (credit) or negative (deduction).
    QString description; ///< Shown to students in their feedback.
    QString shortcut;    ///< "1".."9", "0", then letters; empty for none. Unique within the question.
    QString group;       ///< Items sharing a non-empty group are exclusive: at most one applies.
    int position = 0;    ///< Display order within the question.

    friend bool operator==(const RubricItemRecord &, const RubricItemRecord &) = default;
};

enum class ScoringMode {
    Positive, ///< Score starts at 0; items add their points.
    Negative, ///< Score starts at the question's max; items (usually negative) add their points.
};

/// Per-question scoring rules; a question without stored settings uses these defaults.
struct QuestionSettings {
    qint64 cellId = 0;
    ScoringMode mode = ScoringMode::Positive;
    bool floorAtZero = true;  ///< Never below 0.
    bool ceilingAtMax = true; ///< Never above the question's max points (extra credit is separate).

    friend bool operator==(const QuestionSettings &, const QuestionSettings &) = default;
};

/// Identifies one answer: one graded cell in one submitted notebook.
struct AnswerKey {
    qint64 submittedNotebookId = 0;
    qint64 cellId = 0;

    friend bool operator==(const AnswerKey &, const AnswerKey &) = default;
};

/// A graded question of an assignment with its grading progress (Gradebook::questions()).
struct QuestionRecord {
    qint64 cellId = 0;
    qint64 notebookId = 0;
    QString notebookName;
    QString name;     ///< grade_id
    QString cellType; ///< "code" or "markdown"
    bool isSolution = false;
    bool isTask = false;
    double maxScore = 0.0;
    int notebookPosition = 0;
    int cellPosition = 0;
    int answerCount = 0;      ///< Submitted notebooks that hold this question.
    int gradedCount = 0;      ///< Answers with a score that need no manual grade.
    int needsManualCount = 0; ///< Answers flagged needs_manual_grade without a manual score.
    int flaggedCount = 0;
    int openRegradeCount = 0; ///< Regrade requests on this question not resolved yet.
};

/**
 * @brief One student's answer to one question, with everything graders set on it.
 *
 * `grade*` fields mirror GradeRecord; an answer nobody touched yet has gradeId 0 and version 0.
 * `rubricGraded` says the manual score is the rubric arithmetic (RubricScore) of the applied
 * items and adjustment; otherwise a manual score (if any) was typed in directly.
 */
struct AnswerRecord {
    AnswerKey key;
    qint64 submissionId = 0;
    QString studentId;
    QString notebookPath; ///< Absolute path of the submitted .ipynb.
    qint64 gradeId = 0;
    std::optional<double> autoScore;
    std::optional<double> manualScore;
    std::optional<double> extraCredit;
    double maxScore = 0.0;
    bool needsManualGrade = false;
    bool rubricGraded = false;
    std::optional<double> adjustment;
    QString adjustmentReason;
    bool flagged = false;
    bool groupSplit = false; ///< The grader split this answer out of its answer group.
    QList<qint64> appliedItemIds;
    QString comment;        ///< Manual comment on the question's cell (empty when none).
    int commentVersion = 0; ///< comment.version (0: no comment row yet), for setComment's conflict check.
    int version = 0;        ///< grade.version: bumped by every change.
    QString updatedBy;
    QDateTime updatedAt;
    QString claimedBy;        ///< Grader holding an unexpired claim, else empty.
    QDateTime claimExpiresAt; ///< UTC; invalid when unclaimed.
    int openRegradeCount = 0;

    /// nbgrader's rule (manual, else auto, plus extra credit); nullopt when neither score is set.
    std::optional<double> score() const;

    /// Graded: a score is set and no manual grade is pending.
    bool isGraded() const { return !needsManualGrade && (manualScore || autoScore); }
};

} // namespace GradeDesk::Services
