// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "notebook.h"

#include <QString>

namespace GradeDesk::Services {

/**
 * @brief nbgrader's `compute_checksum(cell)`: lower-case md5 hex over the UTF-8 of
 * source + cell_type + str(is_grade) + str(is_solution) + str(is_locked) + grade_id, followed by
 * str(float(points)) for grade cells (Python spelling: "True"/"False", "1.0", "0.5", "1e-05").
 *
 * The result matches nbgrader only for cells it checksums (grade, solution or locked ones), but is
 * defined for every cell. A grade cell without points hashes as 0 points.
 */
QString nbgraderChecksum(const Cell &cell);

/// True when the cell has a recorded checksum and it differs from nbgraderChecksum(cell): the student
/// edited it (an answered solution cell, or a tampered locked/grade cell). False when nothing is recorded.
bool isCellChanged(const Cell &cell);

/// Whether nbgrader records a checksum for this cell (grade, solution or locked).
bool isChecksummedCell(const Cell &cell);

} // namespace GradeDesk::Services
