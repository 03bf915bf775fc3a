// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "questionstats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace GradeDesk::Services {

namespace {

// Scores are sums of decimal points (0.1 + 0.2); a score on a bin edge must not fall into the bin
// below because of the last bit.
constexpr double kEdgeTolerance = 1e-9;

int binOf(double score, double maxScore, int binCount)
{
    if (maxScore <= 0.0) {
        return score >= maxScore ? binCount - 1 : 0;
    }
    const double position = score / maxScore * binCount + kEdgeTolerance;
    return std::clamp(int(std::floor(position)), 0, binCount - 1);
}

} // namespace

QuestionStats QuestionStats::compute(const QList<AnswerRecord> &answers, double maxScore, int binCount)
{
    QuestionStats stats;
    stats.answerCount = int(answers.size());
    stats.histogram.fill(0, std::max(binCount, 0));
    QList<double> scores;
    scores.reserve(answers.size());
    for (const AnswerRecord &answer : answers) {
        for (const qint64 itemId : answer.appliedItemIds) {
            ++stats.itemUsage[itemId];
        }
        const std::optional<double> score = answer.score();
        if (!answer.isGraded() || !score) {
            continue;
        }
        scores.append(*score);
        if (binCount > 0) {
            ++stats.histogram[binOf(*score, maxScore, binCount)];
        }
    }
    stats.gradedCount = int(scores.size());
    if (scores.isEmpty()) {
        return stats;
    }
    stats.mean = std::accumulate(scores.cbegin(), scores.cend(), 0.0) / double(scores.size());
    std::sort(scores.begin(), scores.end());
    const qsizetype middle = scores.size() / 2;
    stats.median = scores.size() % 2 == 1 ? scores.at(middle) : (scores.at(middle - 1) + scores.at(middle)) / 2.0;
    return stats;
}

} // namespace GradeDesk::Services
