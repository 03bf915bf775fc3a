// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/config/courseconfig.h>
#include <services/core/timestamp.h>

#include <QDateTime>

namespace GradeDesk::Services {

/**
 * @brief The points deducted for a submission made at `submitted` against `due`.
 *
 * Zero when the policy is None, when there is no due date or no valid timestamp, or when the work
 * was on time (at the due instant counts as on time). Otherwise:
 *  - Zero: `maxScore`, so whatever is graded later the score ends at 0 (nbgrader's "zero" method
 *    deducts the score itself; deducting the maximum gives the same result and stays right when a
 *    manual grade changes the score after collection);
 *  - PerHour / PerDay: `points` per started hour / day late (one second late is one hour), capped
 *    at `maximum` when set.
 * Never negative.
 */
double latePenalty(const LatePenalty &policy, const QDateTime &due, const Timestamp &submitted, double maxScore);

} // namespace GradeDesk::Services
