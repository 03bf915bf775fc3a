// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "rubricrecords.h"

#include <QList>

#include <optional>

namespace GradeDesk::Services {

/**
 * @brief The rubric arithmetic of one answer.
 *
 * score = base + sum(applied item points) + adjustment, where base is 0 (positive mode) or the
 * question's max points (negative mode); then clamped to >= 0 when floorAtZero and to <= max when
 * ceilingAtMax. Extra credit is not part of it: nbgrader adds it on top of the manual score.
 */
class RubricScore final
{
public:
    RubricScore() = delete;

    static double compute(double maxPoints, const QuestionSettings &settings, const QList<double> &appliedPoints,
                          std::optional<double> adjustment);
};

} // namespace GradeDesk::Services
