// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "regraderecords.h"

namespace GradeDesk::Services {

QString regradeStateName(RegradeState state)
{
    switch (state) {
    case RegradeState::Open:
        return QStringLiteral("open");
    case RegradeState::InReview:
        return QStringLiteral("in_review");
    case RegradeState::Resolved:
        return QStringLiteral("resolved");
    case RegradeState::Reopened:
        return QStringLiteral("reopened");
    }
    return QStringLiteral("open");
}

std::optional<RegradeState> regradeStateFromName(const QString &name)
{
    for (const RegradeState state :
         {RegradeState::Open, RegradeState::InReview, RegradeState::Resolved, RegradeState::Reopened}) {
        if (regradeStateName(state) == name) {
            return state;
        }
    }
    return std::nullopt;
}

QString regradeOutcomeName(RegradeOutcome outcome)
{
    switch (outcome) {
    case RegradeOutcome::None:
        return QString();
    case RegradeOutcome::Changed:
        return QStringLiteral("changed");
    case RegradeOutcome::Unchanged:
        return QStringLiteral("unchanged");
    }
    return QString();
}

QString regradeSourceName(RegradeSource source)
{
    switch (source) {
    case RegradeSource::Staff:
        return QStringLiteral("staff");
    case RegradeSource::Csv:
        return QStringLiteral("csv");
    case RegradeSource::Canvas:
        return QStringLiteral("canvas");
    }
    return QStringLiteral("staff");
}

} // namespace GradeDesk::Services
