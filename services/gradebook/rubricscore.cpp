// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "rubricscore.h"

#include <algorithm>
#include <cmath>

namespace GradeDesk::Services {

double RubricScore::compute(double maxPoints, const QuestionSettings &settings, const QList<double> &appliedPoints,
                            std::optional<double> adjustment)
{
    double score = settings.mode == ScoringMode::Negative ? maxPoints : 0.0;
    for (const double points : appliedPoints) {
        score += points;
    }
    score += adjustment.value_or(0.0);
    // Rubric points are short decimals (0.5, 0.25, 0.1): rounding to a millionth removes the binary
    // noise of their sum (0.1 + 0.2 = 0.30000000000000004), so exports print 0.3 and a retroactive
    // edit that restores a value is seen as "no change".
    score = std::round(score * 1e6) / 1e6;
    if (settings.ceilingAtMax) {
        score = std::min(score, maxPoints);
    }
    // After the ceiling, so that a question worth nothing (or a negative max) still never goes below 0.
    if (settings.floorAtZero) {
        score = std::max(score, 0.0);
    }
    // -0.0 would print as "-0.0" in an nbgrader-style export.
    return score == 0.0 ? 0.0 : score;
}

} // namespace GradeDesk::Services
