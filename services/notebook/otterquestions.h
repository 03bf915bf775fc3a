// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "notebook.h"

#include <QList>
#include <QStringList>

namespace GradeDesk::Services {

/**
 * @brief The otter questions of a notebook, in cell order (questions known only from tests last).
 *
 * Sources, all optional:
 * - master notebooks: raw cells starting `# BEGIN QUESTION` with a YAML header (name, points as a
 *   number or a list to add up, manual) up to a raw `# END QUESTION`; code cells between raw
 *   `# BEGIN TESTS` / `# END TESTS` become test cases (their `""" # BEGIN TEST CONFIG` header gives
 *   name, points, hidden, success_message, failure_message). `cellIndexes` exclude the delimiter cells.
 * - generated notebooks: markdown `<!-- BEGIN QUESTION -->` / `<!-- END QUESTION -->`. Such a region is
 *   named after the `grader.check("name")` inside it; without one it is a manually graded question with
 *   an empty name. `cellIndexes` include the cell holding BEGIN (it carries the prompt).
 * - `metadata.otter.tests` (OK_FORMAT): doctest cases attached to the question of the same name, or to
 *   a new question made of the cells that call `grader.check("name")`.
 *
 * Problems (a BEGIN without END, an END without BEGIN, unreadable YAML) are appended to `warnings` as
 * translated text; parsing always goes on.
 */
QList<OtterQuestion> parseOtterQuestions(const Notebook &notebook, QStringList *warnings);

} // namespace GradeDesk::Services
