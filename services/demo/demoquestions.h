// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "democontent.h"

namespace GradeDesk::Services::DemoQuestions {

/// How many different question templates there are; question kinds cycle through them.
constexpr int templateCount = 8;

/**
 * Question `number` (1-based) built from template `kind` (0 to templateCount - 1) about one city
 * of `data`. `occurrence` counts earlier questions of the same kind and makes the function name
 * unique (`warmest_day`, `warmest_day_2`, ...).
 *
 * Every template is written so that its `wrong` answer fails the first visible assert and its
 * `erroring` answer raises on any non-empty input; the expected outputs are computed here with
 * the same arithmetic Python does (checked against Python 3.11 when the templates were written).
 */
DemoQuestion make(int kind, int number, int occurrence, const DemoDataset &data);

} // namespace GradeDesk::Services::DemoQuestions
