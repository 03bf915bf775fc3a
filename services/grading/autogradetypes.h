// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/serviceerror.h>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace GradeDesk::Services {

// The data an autograde run passes between the planner (gradebook side), the executors (local
// processes or Kubernetes) and the import back into the gradebook. Plain values: copied across
// threads and serialised into the harness's input.

/// Limits every executor enforces the same way (the harness gets the per-cell ones).
struct AutogradeLimits {
    int cellTimeoutSeconds = 60;        ///< One cell's execution; the harness interrupts the kernel.
    int submissionTimeoutSeconds = 600; ///< The whole submission; the executor kills the harness.
    qint64 maxOutputBytes = 1 << 20;    ///< Per cell; longer outputs are cut with a marker.
    int memoryMiB = 2048;               ///< Kubernetes limit; locally informational.
    QString cpu = QStringLiteral("1");  ///< Kubernetes limit as a quantity string.
};

/// One graded cell as nbgrader's gradebook records it (what OverwriteCells restores).
struct HarnessCellSpec {
    QString gradeId;
    QString cellType; ///< "code" or "markdown".
    bool grade = false;
    bool solution = false;
    bool task = false;
    bool locked = false;
    double points = 0.0;
    QString source;   ///< The released source of locked cells and of tests, hidden tests included.
    QString checksum; ///< nbgrader's checksum of the released cell ("left as released" test).
};

struct HarnessNotebookSpec {
    QString name; ///< Without ".ipynb".
    QList<HarnessCellSpec> cells;
};

/// One submission to execute: index i of the run (stable; the Kubernetes completion index).
struct AutogradeTask {
    int index = -1;
    QString studentId;
    qint64 submissionId = 0;
    QString submissionDir; ///< Absolute: submitted/<student>/<assignment>.
    QDateTime submittedAt; ///< UTC; recorded with the result.
};

struct AutogradePlan {
    QString runId; ///< Short, lowercase hex; names temp folders, the Job and labels.
    QString courseDir;
    QString assignment;
    qint64 assignmentId = 0;
    QList<HarnessNotebookSpec> notebooks; ///< The assignment's notebooks, as the gradebook knows them.
    QList<AutogradeTask> tasks;           ///< Sorted by student id; task.index == position.
    AutogradeLimits limits;
    int parallelism = 0; ///< Submissions at once; 0 = the executor's default (local: cores).
    QString image;       ///< Kubernetes: the container image (assignment's, else the course's).
    /// Kubernetes: a PersistentVolumeClaim with the assignment's large data, mounted read-only at
    /// `datasetMountPath`; both empty when the assignment has none.
    QString datasetClaim;
    QString datasetMountPath;
};

/// Outcome of one graded cell, as the harness decided it (same rules as AutoScorer).
struct HarnessCellResult {
    QString gradeId;
    std::optional<double> score; ///< nullopt: a person has to grade it.
    double maxScore = 0.0;
    bool needsManualGrade = false;
    QString outcome; ///< passed, error, stderr, partial, not_partial, too_high, no_response, answered, task, manual,
                     ///< missing
    QString message; ///< Short, e.g. the exception line; may be empty.
};

/// One otter test case outcome.
struct HarnessOtterTest {
    QString name;
    bool passed = false;
    bool hidden = false;
    double points = 0.0;
    QString message;
};

struct HarnessOtterQuestion {
    QString name;
    double score = 0.0;
    double maxScore = 0.0;
    QList<HarnessOtterTest> tests;
};

struct HarnessNotebookResult {
    QString name;
    QString status;  ///< executed, missing, invalid, timeout, kernel_died
    QString message; ///< Why, when status is not "executed".
    double seconds = 0.0;
    QList<HarnessCellResult> cells;
    QList<HarnessOtterQuestion> otter;
    QString executedPath; ///< Local file of the executed notebook; empty when not available.
};

/// What the harness reports for one submission (its JSON result, parsed).
struct HarnessResult {
    int version = 1;
    QString status;  ///< graded, bad_input, error
    QString message; ///< Harness-level problem, empty when graded.
    double seconds = 0.0;
    QList<HarnessNotebookResult> notebooks;
    /// True when the result came from a compact form (termination message) that left out messages.
    bool compact = false;
};

/// The state of one submission in a run, as the dashboard shows it.
enum class AutogradeTaskState {
    Queued,
    Running,
    Passed,   ///< Graded: the harness produced a result (student errors are part of the result).
    Failed,   ///< No result: harness crash, bad input, image pull failure, OOM, eviction...
    TimedOut, ///< Killed at the submission timeout (or the pod's deadline).
    Cancelled,
};

/// Why a task failed, for the dashboard and the CLI; stable strings for tests and filters.
struct AutogradeFailure {
    QString reason; ///< e.g. "HarnessError", "BadInput", "OOMKilled", "ImagePullBackOff", "Evicted", "DeadlineExceeded"
    QString message; ///< Translated, says what to do.
    bool retryable = true;
};

struct AutogradeTaskResult {
    int index = -1;
    AutogradeTaskState state = AutogradeTaskState::Queued;
    std::optional<HarnessResult> result; ///< With Passed.
    std::optional<AutogradeFailure> failure;
    QString log; ///< The harness's stderr / the pod's log (tail), for the dashboard.
    int attempts = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
};

} // namespace GradeDesk::Services
