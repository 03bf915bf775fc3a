// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "notebook.h"

#include <QJsonObject>

namespace GradeDesk::Services {

/**
 * @brief The report `gradedesk-cli notebook inspect FILE --json` prints. Stable: keys are only added.
 *
 * @code
 * {
 *   "path": "ps1/problem1.ipynb",      // as read; "" for in-memory notebooks
 *   "nbformat": "4.5",                  // "major.minor", a string
 *   "nbformat_major": 4, "nbformat_minor": 5,
 *   "language": "python",               // Notebook::language()
 *   "has_nbgrader": true, "is_otter": false,
 *   "warnings": ["..."],                // Notebook::warnings, translated
 *   "cells": [{
 *     "index": 0, "id": "a1b2" | "",
 *     "cell_type": "code",              // as written; unknown types too
 *     "tags": ["..."],
 *     "execution_count": 3 | null,
 *     "output_count": 2, "output_types": ["stream", "error"],
 *     "nbgrader": null | {              // null when the cell has no nbgrader metadata
 *       "schema_version": 3, "grade": bool, "solution": bool, "locked": bool, "task": bool,
 *       "locked_for_checksum": bool,    // nbgrader's is_locked()
 *       "grade_id": "...", "points": 1.5 | null,
 *       "checksum": "..." | null, "cell_type": "code" | null   // recorded values
 *     },
 *     "recorded_checksum": "..." | null,
 *     "computed_checksum": "..." | null, // for grade/solution/locked cells and any cell with a recorded one
 *     "changed": true | false | null    // null when nothing was recorded
 *   }],
 *   "otter_questions": [{
 *     "name": "q1", "points": 2 | null, "manual": bool, "cells": [3, 4],
 *     "tests": [{"name": "q1 - 1", "hidden": bool, "points": 1 | null}]
 *   }]
 * }
 * @endcode
 */
QJsonObject inspectNotebook(const Notebook &notebook);

} // namespace GradeDesk::Services
