// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "notebook.h"

#include <services/core/serviceerror.h>

#include <optional>

namespace GradeDesk::Services {

/**
 * @brief What nbgrader's CheckCellMetadata refuses in one cell of a notebook being released.
 *
 * Stricter than NotebookReader, which reads any schema and falls back on bad fields: releasing runs
 * nbgrader's version 3 JSON schema over the cell's raw `metadata.nbgrader` (required `schema_version`,
 * `grade`, `locked`, `solution`; field types; `grade_id` of letters, digits, `_` and `-`; `points` a
 * number >= 0; a 32-character `checksum`; no other keys) and its cell rules (a grade, solution or
 * locked cell has a non-empty `grade_id`; a grade cell has `points`; a markdown cell is graded and a
 * solution, or neither, unless it is a task cell; a task cell is markdown).
 *
 * Returns nullopt for a cell without `metadata.nbgrader` or one that passes. The error's message is
 * translated and says what to change, but names no cell: the caller prefixes the location. Kinds:
 * Unsupported for a schema version other than 3 (nbgrader refuses older ones until `nbgrader update`
 * has run), Validation for the rest. Duplicate grade ids span cells; the caller checks those.
 */
std::optional<ServiceError> checkReleaseCellMetadata(const Cell &cell);

} // namespace GradeDesk::Services
