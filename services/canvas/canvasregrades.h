// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "canvastypes.h"

#include <services/core/result.h>
#include <services/gradebook/regradecsv.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace GradeDesk::Services {

class Gradebook;

/// The parts of a comment that starts with the regrade keyword (no gradebook involved).
struct CanvasRegradeText {
    /// The word after the keyword that may name a question ("nb:q3", "q3"); empty when there is none.
    QString question;
    /// The word is certainly meant as a question: written "notebook:grade_id" or followed by ":".
    /// A plain word ("q3 ...") names a question only when one has that grade_id.
    bool questionExplicit = false;
    QString message;      ///< The text after the question word.
    QString wholeMessage; ///< The text after the keyword: the message when the word is no question.
};

/// One keyword comment of a Canvas import preview, and what the import does with it.
struct CanvasRegradeCandidate {
    CanvasSubmissionComment comment;
    QString canvasUserId; ///< The submission's student in Canvas.
    QString sourceKey;    ///< "canvas:<comment id>".
    QString message;      ///< The request's message (the comment without keyword and question).
    RegradeTarget target; ///< The gradebook student and question, when resolved.
    RegradeIssue issue = RegradeIssue::None;
    QString problem; ///< Translated reason it is skipped; empty when it would be added.
};

struct CanvasRegradeImportResult {
    int added = 0;
    int alreadyImported = 0;
    int skipped = 0;
    QList<qint64> addedIds;
};

/**
 * @brief Regrade requests read from Canvas submission comments.
 *
 * A comment counts when its text starts with the course's keyword (canvas.regrade_keyword, any
 * case, followed by a space, ":" or the end): "REGRADE nb:q3: message", "REGRADE q3 message" (a
 * plain word is the question only if it is a grade_id of the assignment) or "REGRADE message" (the
 * whole submission). Only comments of the submission's own student count; the Canvas user becomes
 * a gradebook student through the "user" canvas_mapping, else the student's lms_user_id. The key
 * "canvas:<comment id>" makes every comment import once.
 */
class CanvasRegradePlan final
{
    Q_DECLARE_TR_FUNCTIONS(CanvasRegradePlan)

public:
    QString localAssignment;
    QList<CanvasRegradeCandidate> rows; ///< Keyword comments in Canvas' order (by student, then time).
    int commentsRead = 0;               ///< Every comment Canvas returned, keyword or not.

    int count(RegradeIssue issue) const;

    /// The comment split after `keyword`; nullopt when it does not start with the keyword.
    static std::optional<CanvasRegradeText> parseText(const QString &comment, const QString &keyword);
    /// A submissions list (include[]=submission_comments). Items that are not objects, or
    /// submission_comments that is not a list, are a Parse error naming `request`; comments without
    /// an id are left out (they cannot be imported once).
    static Result<QList<CanvasSubmissionComments>> parseSubmissions(const QJsonArray &items, const QString &request);

    /// Resolves every keyword comment against the gradebook; changes nothing.
    static Result<CanvasRegradePlan> build(const Gradebook &gradebook, const QString &localAssignment,
                                           const QList<CanvasSubmissionComments> &submissions, const QString &keyword);
    /// Adds the rows without issue in one transaction (all or nothing), source Canvas, as `actor`.
    Result<CanvasRegradeImportResult> apply(Gradebook &gradebook, const QString &actor) const;
};

} // namespace GradeDesk::Services
