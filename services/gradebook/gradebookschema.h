// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gradebook.h"

#include <services/core/result.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace GradeDesk::Services {

/**
 * @brief The gradebook schema and its migrations (internal to services/gradebook and its tests).
 *
 * Version N of the schema is what the migrations 0->1, ..., (N-1)->N produce. Each step runs in one
 * transaction together with the `schema_version` update, so an interrupted step leaves the database
 * at the version before it. Steps never rewrite an earlier step: a change is a new step.
 *
 *  - v1: nbgrader's concepts (course, assignment, notebook, source_cell, student, submission,
 *        submitted_notebook, grade, comment).
 *  - v2: what GradeDesk adds (grader, rubric_item, rubric_application, append-only audit_event,
 *        regrade_request, canvas_mapping, autograde_run) and the summary-query indexes.
 *  - v3: grading by question (question_setting; grade's adjustment, flagged, rubric_graded and
 *        group_split; claim leases) and Canvas sections (student_section).
 *  - v4: regrades and team grading (regrade_request's outcome, source and unique source_key, scores,
 *        version, resolved_by, submitted_notebook_id; comment.version; canvas_push_mark).
 */
class GradebookSchema final
{
    Q_DECLARE_TR_FUNCTIONS(GradebookSchema)

public:
    GradebookSchema() = delete;

    static int currentVersion();
    /// The statements of the step fromVersion -> fromVersion + 1, for one SQL dialect.
    static QStringList migrationStatements(int fromVersion, Gradebook::Backend dialect);
    /// The stored version; 0 for an empty database. Unsupported for a database with tables but no
    /// `schema_version` (not a GradeDesk gradebook, e.g. nbgrader's own gradebook.db).
    static Result<int> version(const QSqlDatabase &db);
    /// Fails (without writing) when the database is not a GradeDesk gradebook or is newer than this
    /// build; run before anything that changes the file, such as switching it to WAL.
    static Result<void> checkOpenable(const QSqlDatabase &db);
    /// Brings the database to `targetVersion` step by step. Refuses (Unsupported) a database newer
    /// than this build knows, without touching it.
    static Result<void> migrate(const QSqlDatabase &db, Gradebook::Backend dialect,
                                int targetVersion = currentVersion());
};

} // namespace GradeDesk::Services
