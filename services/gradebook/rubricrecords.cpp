// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "rubricrecords.h"

namespace GradeDesk::Services {

std::optional<double> AnswerRecord::score() const
{
    const std::optional<double> base = manualScore ? manualScore : autoScore;
    if (!base) {
        return std::nullopt;
    }
    return *base + extraCredit.value_or(0.0);
}

} // namespace GradeDesk::Services
