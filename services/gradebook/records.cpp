// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "records.h"

namespace GradeDesk::Services {

QString StudentRecord::displayName() const
{
    const QString first = firstName.trimmed();
    const QString last = lastName.trimmed();
    if (!first.isEmpty() && !last.isEmpty()) {
        return first + QLatin1Char(' ') + last;
    }
    if (!first.isEmpty()) {
        return first;
    }
    if (!last.isEmpty()) {
        return last;
    }
    return id;
}

std::optional<double> GradeRecord::score() const
{
    std::optional<double> base = manualScore ? manualScore : autoScore;
    if (!base) {
        return std::nullopt;
    }
    return *base + extraCredit.value_or(0.0);
}

QString CommentRecord::comment() const
{
    return manualComment.isNull() ? autoComment : manualComment;
}

} // namespace GradeDesk::Services
