// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

namespace GradeDesk::Models {

// Roles for every GradeDesk model, declared once. Unscoped because Qt's model API takes int.
enum ItemDataRole {
    RawValueRole = Qt::UserRole, ///< The unformatted value behind DisplayRole (a score as double, a time as QDateTime).
    IdRole,                      ///< The gradebook id of the row's entity.
    StudentIdRole,               ///< The hub username of the row's student (submission rows).
    NameRole,                    ///< The entity's name as stored (an assignment folder name).

    // Grading by question (QuestionListModel, AnswerQueueModel, RubricModel). Same value on every
    // column of a row, so a proxy or delegate can read them from any index.
    CellIdRole,              ///< qint64: the question's graded source cell id.
    SubmittedNotebookIdRole, ///< qint64: the answer's submitted notebook (with CellIdRole: the AnswerKey).
    AnswerStateRole,         ///< int: AnswerQueueModel::AnswerState of the answer.
    ScoreRole,               ///< double, or an invalid QVariant when there is no score yet.
    MaxScoreRole,            ///< double: the question's points.
    FlaggedRole,             ///< bool (answers); int count of flagged answers (questions).
    OpenRegradeCountRole,    ///< int: regrade requests not resolved yet.
    AppliedItemIdsRole,      ///< QList<qint64>: rubric items applied to the answer.
    GroupSizeRole,           ///< int: answers in the answer's group (1 when alone or not grouped yet).
    ClaimedByRole,           ///< QString: grader holding an unexpired claim on the answer, else empty.
    AnswerCountRole,         ///< int: answers to the question.
    GradedCountRole,         ///< int: graded answers of the question.
    NeedsManualCountRole,    ///< int: answers of the question still waiting for a manual grade.
    ShortcutRole,            ///< QString: a rubric item's keyboard shortcut ("" when none).
    PointsRole,              ///< double: a rubric item's points (negative for deductions).
    UsageCountRole,          ///< int: answers of the question that have the rubric item applied.
    AppliedRole,             ///< bool: the rubric item is applied to the current answer.
    DescriptionRole,         ///< QString: a rubric item's description (shown to students).
    ExclusiveGroupRole,      ///< QString: a rubric item's exclusive group ("" when none).
};

} // namespace GradeDesk::Models
