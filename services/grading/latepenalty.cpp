// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "latepenalty.h"

#include <algorithm>

namespace GradeDesk::Services {

double latePenalty(const LatePenalty &policy, const QDateTime &due, const Timestamp &submitted, double maxScore)
{
    if (policy.kind == LatePenalty::Kind::None || !due.isValid() || !submitted.isValid()) {
        return 0.0;
    }
    const qint64 lateUsecs = submitted.usecsSinceEpoch() - due.toMSecsSinceEpoch() * 1000;
    if (lateUsecs <= 0) {
        return 0.0;
    }
    double penalty = 0.0;
    switch (policy.kind) {
    case LatePenalty::Kind::None:
        return 0.0;
    case LatePenalty::Kind::Zero:
        return std::max(0.0, maxScore);
    case LatePenalty::Kind::PerHour:
    case LatePenalty::Kind::PerDay: {
        const qint64 unit = (policy.kind == LatePenalty::Kind::PerHour ? 3600LL : 86400LL) * 1000 * 1000;
        const qint64 startedUnits = (lateUsecs + unit - 1) / unit;
        penalty = static_cast<double>(startedUnits) * policy.points;
        break;
    }
    }
    if (policy.maximum) {
        penalty = std::min(penalty, *policy.maximum);
    }
    return std::max(0.0, penalty);
}

} // namespace GradeDesk::Services
