// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/rubricrecords.h>

#include <QHash>
#include <QList>

#include <optional>

namespace GradeDesk::Services {

/// Statistics of one question over its graded answers (AnswerRecord::isGraded()).
struct QuestionStats {
    int answerCount = 0;
    int gradedCount = 0;
    std::optional<double> mean;   ///< Of graded answers' scores; nullopt when none is graded.
    std::optional<double> median; ///< Of graded answers' scores; mean of the middle two for an even count.
    /// `binCount` equal bins over [0, maxScore] of graded scores; the last bin is closed. Scores below 0
    /// count in the first bin, above maxScore (extra credit) in the last; with maxScore <= 0 every score
    /// counts in the last bin. Empty when binCount <= 0.
    QList<int> histogram;
    /// Rubric item id -> answers that have it applied (graded or not, as Gradebook::rubricItemUsage).
    QHash<qint64, int> itemUsage;

    static QuestionStats compute(const QList<AnswerRecord> &answers, double maxScore, int binCount = 10);
};

} // namespace GradeDesk::Services
