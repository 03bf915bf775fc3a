// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace GradeDesk::Services {

class Gradebook;

/**
 * @brief Writes grades as CSV in the layout of `nbgrader export` (nbgrader's CsvExportPlugin).
 *
 * Columns: `assignment,duedate,timestamp,student_id,last_name,first_name,email,raw_score,
 * late_submission_penalty,score,max_score`. Like nbgrader, there is one row per assignment and per
 * student in the gradebook, submitted or not: a student without a submission gets an empty
 * timestamp and 0.0 scores. Assignments come in nbgrader's order (due date, then name), students by
 * last name, then first name. Times are printed as Python prints a naive UTC datetime
 * (`2015-02-02 22:58:23.948203`, no fraction when it is zero); numbers as Python's float repr
 * (`1.5`, `3.0`, `1e-05`); `score` is `max(0, raw_score - late_submission_penalty)`. Lines end in
 * `\n`, as nbgrader writes them; fields are quoted per RFC 4180 when they hold a comma, a quote or
 * a line break.
 *
 * `perQuestion` appends one column per graded cell, named `<notebook>:<grade_id>` in notebook and
 * cell order, holding that question's score (empty when it has none or nothing was submitted). When
 * several assignments are exported together the columns are named
 * `<assignment>/<notebook>:<grade_id>` so that equal notebook names cannot collide.
 *
 * CSV injection: a text field (assignment, ids, names, email) that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is written with a leading `'`, so a spreadsheet shows it as text
 * instead of evaluating it as a formula (OWASP's advice). Numbers are written unchanged: a negative
 * score is a number, not a formula, and prefixing it would break every importer.
 *
 * `assignment` empty exports all assignments; an unknown name is NotFound. `out` must be open for
 * writing; write failures are Io errors.
 */
class GradesExport final
{
    Q_DECLARE_TR_FUNCTIONS(GradesExport)

public:
    GradesExport() = delete;

    static Result<void> exportCsv(const Gradebook &gradebook, QIODevice &out, const QString &assignment,
                                  bool perQuestion);
    /// Python's repr() of a float: shortest round-trip digits, `.0` on whole numbers, exponent form
    /// below 1e-4 and from 1e16 on.
    static QString pythonFloat(double value);
    /// One CSV field: injection-guarded when `text`, then quoted if needed.
    static QString field(const QString &value, bool text);
};

/// The free-function form the brief names; same contract as GradesExport::exportCsv.
inline Result<void> exportGradesCsv(const Gradebook &gradebook, QIODevice &out, const QString &assignment,
                                    bool perQuestion)
{
    return GradesExport::exportCsv(gradebook, out, assignment, perQuestion);
}

} // namespace GradeDesk::Services
