// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gradebook.h"
#include "rubricrecords.h"

#include <services/core/result.h>

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace GradeDesk::Services {

/// Runs one statement through the gradebook's statement cache (Gradebook::execCached); the caller
/// finish()es the query once it has read what it needs.
using CachedExec = std::function<Result<QSqlQuery *>(const QString &sql, const QVariantList &values)>;

/// What the rubric arithmetic of one question needs.
struct ScoringContext {
    qint64 cellId = 0;
    qint64 notebookId = 0;
    double maxScore = 0.0;
    QuestionSettings settings;
};

/// The grader-set part of one answer's grade row, read (and on PostgreSQL row-locked) inside a write.
struct GradeState {
    qint64 id = 0;
    qint64 submissionId = 0;
    AnswerKey key;
    std::optional<double> autoScore;
    std::optional<double> manualScore;
    bool needsManualGrade = false;
    bool rubricGraded = false;
    std::optional<double> adjustment;
    QString adjustmentReason;
    bool flagged = false;
    bool groupSplit = false;
    int version = 0;
};

struct AppliedItem {
    qint64 itemId = 0;
    QString title;
    double points = 0.0;
    QString group;
};

/// An answer a retroactive change rewrote.
struct RescoredAnswer {
    AnswerKey key;
    qint64 submissionId = 0;
    bool scoreChanged = false;
};

/**
 * @brief SQL shared by the grading-by-question parts of Gradebook (internal to services/gradebook).
 *
 * Every function runs inside the caller's transaction and goes through the statement cache, so the
 * per-answer paths prepare nothing after their first call.
 */
class GradebookRubricSql final
{
    Q_DECLARE_TR_FUNCTIONS(GradebookRubricSql)

public:
    GradebookRubricSql() = delete;

    static QString modeText(ScoringMode mode);
    static ScoringMode modeFromText(const QString &text);
    /// "Missing base case (-1)": how an item appears in a grade's audit trail.
    static QString itemLabel(const QString &title, double points);
    /// Every field of the item, for the rubric's audit trail.
    static QString itemDescription(const RubricItemRecord &item);
    /// "rubric_item" events use "<cellId>:<itemId>", so the question's events stay findable after a delete.
    static QString itemEntityId(qint64 cellId, qint64 itemId);

    static ServiceError noActor();
    /// Kind::Conflict: another grader changed the row (`what`: "grade", "comment", "regrade") after the
    /// caller read version `expected`; it is `stored` now.
    static ServiceError conflict(const QString &what, int stored, int expected);
    /// Conflict unless `expected` is unset or equals `stored`.
    static Result<void> checkVersion(const QString &what, int stored, std::optional<int> expected);
    static ServiceError validation(const QString &message, const QString &detail);

    /// The question's max score and settings. NotFound for an unknown cell, Validation for one that is not graded.
    static Result<ScoringContext> scoringContext(const CachedExec &exec, qint64 cellId);
    /**
     * The answer's grade row (row-locked on PostgreSQL). When `create`, a missing row is inserted first
     * (version 0, so the caller's write makes it 1); otherwise a missing row gives std::nullopt. NotFound
     * when the submitted notebook does not hold the question.
     */
    static Result<std::optional<GradeState>> gradeState(const CachedExec &exec, Gradebook::Backend backend,
                                                        const ScoringContext &question, const AnswerKey &key,
                                                        bool create);
    /// The items applied to the grade, in rubric order.
    static Result<QList<AppliedItem>> appliedItems(const CachedExec &exec, qint64 gradeId);
    static Result<void> appendAudit(const CachedExec &exec, const QString &actor, const QString &action,
                                    const QString &entity, const QString &entityId, const QString &oldValue,
                                    const QString &newValue);
    /// Stores the answer as rubric-graded with `score` (clearing needs_manual_grade, bumping the version)
    /// and audits a score change as "rubric_score".
    static Result<void> storeRubricScore(const CachedExec &exec, const GradeState &grade, double score,
                                         const QString &actor);
    /**
     * Recomputes the question's rubric-graded answers with the stored items and settings. Without
     * `touched`, only answers whose score changes are written. With it, exactly those grades are
     * rewritten (their version bumped even when the score stays, e.g. after an item they had was deleted).
     */
    static Result<QList<RescoredAnswer>> rescoreQuestion(const CachedExec &exec, Gradebook::Backend backend,
                                                         const ScoringContext &question, const QString &actor,
                                                         const std::optional<QSet<qint64>> &touched = std::nullopt);
};

} // namespace GradeDesk::Services
