// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/rubricrecords.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace GradeDesk::Ui {

/// How the grading view writes numbers, scores and the rubric arithmetic.
class GradingFormat final
{
    Q_DECLARE_TR_FUNCTIONS(GradingFormat)

public:
    GradingFormat() = delete;

    /// "2", "1.5", "0.25" (at most two decimals, no trailing zeros), with a real minus sign.
    static QString number(double value);
    /// "1.5 / 2", or "– / 2" without a score.
    static QString score(std::optional<double> score, double maxScore);
    /// Parses what a grader types as points ("-1", "+0.5", "1,5", "−2"); nullopt when not a number.
    static std::optional<double> parsePoints(const QString &text);

    /**
     * The rubric arithmetic of an answer, e.g. "10 − 2 − 1 = 7 / 10" (negative mode starts at the
     * maximum, positive mode at 0 and leaves the 0 out when something follows). A clamped result
     * says so: "2 − 3 = −1 → 0 / 2".
     */
    static QString arithmetic(double maxScore, const Services::QuestionSettings &settings,
                              const QList<double> &appliedPoints, std::optional<double> adjustment);
};

} // namespace GradeDesk::Ui
