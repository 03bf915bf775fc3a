// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QStringList>

namespace GradeDesk::Services {

class Gradebook;

struct RosterImportReport {
    int imported = 0;     ///< Students added or updated.
    QStringList warnings; ///< Rows left out, with their line and why (translated).
};

/**
 * Imports a roster CSV in nbgrader's `nbgrader db student import` layout: a header row with an `id`
 * column and optionally `first_name`, `last_name`, `email` and `lms_user_id`, in any order; other
 * columns are ignored. Rows with an empty or unsafe id (a path separator, a leading dot) are left
 * out with a warning. All rows are stored in one transaction, so a failure leaves the gradebook as
 * it was. Existing students keep their grades; their names and e-mail are updated.
 */
Result<RosterImportReport> importRosterCsv(Gradebook &gradebook, const QString &path);

} // namespace GradeDesk::Services
