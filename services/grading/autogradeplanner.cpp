// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradeplanner.h"

#include <services/core/logging.h>
#include <services/exchange/pathguard.h>
#include <services/gradebook/gradebook.h>
#include <services/notebook/notebookreader.h>

#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <limits>

namespace GradeDesk::Services {

namespace {

/// grade_id -> checksum recorded in the released notebook; empty when there is none (or it is unreadable).
QHash<QString, QString> releasedChecksums(const QString &courseDir, const QString &assignment, const QString &notebook)
{
    QHash<QString, QString> checksums;
    const Result<QString> path =
        resolveInside(courseDir, QStringLiteral("release/%1/%2.ipynb").arg(assignment, notebook));
    if (!path.ok() || !QFileInfo(path.value()).isFile()) {
        return checksums;
    }
    const Result<Notebook> released = NotebookReader::readFile(path.value());
    if (!released.ok()) {
        qCWarning(lcGrading) << "released notebook unreadable, using the gradebook's checksums:"
                             << released.error().detail;
        return checksums;
    }
    for (const Cell &cell : released.value().cells) {
        if (cell.nbgrader.present && !cell.nbgrader.gradeId.isEmpty() && !cell.nbgrader.checksum.isEmpty()) {
            checksums.insert(cell.nbgrader.gradeId, cell.nbgrader.checksum);
        }
    }
    return checksums;
}

HarnessCellSpec cellSpec(const SourceCellRecord &cell, const QHash<QString, QString> &released)
{
    HarnessCellSpec spec;
    spec.gradeId = cell.name;
    spec.cellType = cell.cellType;
    spec.grade = cell.isGrade;
    spec.solution = cell.isSolution;
    spec.task = cell.isTask;
    spec.locked = cell.isLocked;
    spec.points = cell.maxScore;
    spec.source = cell.source;
    spec.checksum = released.value(cell.name, cell.checksum);
    return spec;
}

ServiceError notFound(const QString &message, const QString &detail)
{
    return ServiceError::make(ServiceError::Kind::NotFound, message, detail);
}

} // namespace

AutogradeLimits AutogradePlanner::limits(const AutogradeConfig &config)
{
    AutogradeLimits limits;
    limits.cellTimeoutSeconds = config.cellTimeoutSeconds;
    limits.submissionTimeoutSeconds = config.submissionTimeoutSeconds;
    limits.maxOutputBytes = config.maxOutputBytes;
    constexpr qint64 mebibyte = 1024 * 1024;
    if (const std::optional<qint64> bytes = AutogradeConfig::memoryBytes(config.memory)) {
        limits.memoryMiB =
            int(std::clamp<qint64>((*bytes + mebibyte - 1) / mebibyte, 1, std::numeric_limits<int>::max()));
    }
    limits.cpu = config.cpu;
    return limits;
}

QString AutogradePlanner::newRunId()
{
    return QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

Result<AutogradePlan> AutogradePlanner::plan(Gradebook &gradebook, const CourseConfig &config,
                                             const QString &assignment, const QStringList &onlyStudents)
{
    if (const Result<void> valid = checkPathComponent(assignment, tr("assignment")); !valid.ok()) {
        return valid.error();
    }
    const Result<std::optional<AssignmentRecord>> record = gradebook.assignment(assignment);
    if (!record.ok()) {
        return record.error();
    }
    if (!record.value()) {
        return notFound(
            tr("The assignment '%1' is not in the gradebook. Collect it first, then autograde.").arg(assignment),
            QStringLiteral("assignment '%1' not in gradebook").arg(assignment));
    }

    AutogradePlan plan;
    plan.runId = newRunId();
    plan.courseDir = config.courseDirectory();
    plan.assignment = assignment;
    plan.assignmentId = record.value()->id;
    plan.limits = limits(config.autograde);
    plan.parallelism = config.autograde.parallelism;
    plan.image = config.autograde.image;
    if (const AssignmentConfig *configured = config.assignment(assignment)) {
        if (!configured->image.isEmpty()) {
            plan.image = configured->image;
        }
        plan.datasetClaim = configured->dataset.claim;
        plan.datasetMountPath = configured->dataset.claim.isEmpty() ? QString() : configured->dataset.path;
    }

    const Result<QList<NotebookRecord>> notebooks = gradebook.notebooks(plan.assignmentId);
    if (!notebooks.ok()) {
        return notebooks.error();
    }
    if (notebooks.value().isEmpty()) {
        return notFound(tr("The assignment '%1' has no notebooks in the gradebook. Put its notebooks in source/%1/ "
                           "and collect again.")
                            .arg(assignment),
                        QStringLiteral("assignment '%1' has no notebooks").arg(assignment));
    }
    for (const NotebookRecord &notebook : notebooks.value()) {
        const Result<QList<SourceCellRecord>> cells = gradebook.sourceCells(notebook.id);
        if (!cells.ok()) {
            return cells.error();
        }
        const QHash<QString, QString> released = releasedChecksums(plan.courseDir, assignment, notebook.name);
        HarnessNotebookSpec spec;
        spec.name = notebook.name;
        for (const SourceCellRecord &cell : cells.value()) {
            spec.cells.append(cellSpec(cell, released));
        }
        plan.notebooks.append(spec);
    }

    const Result<QList<SubmissionRecord>> submissions = gradebook.submissions(plan.assignmentId);
    if (!submissions.ok()) {
        return submissions.error();
    }
    QSet<QString> wanted(onlyStudents.cbegin(), onlyStudents.cend());
    const bool filtered = !wanted.isEmpty();
    QList<SubmissionRecord> chosen;
    for (const SubmissionRecord &submission : submissions.value()) {
        if (!filtered || wanted.remove(submission.studentId)) {
            chosen.append(submission);
        }
    }
    if (!wanted.isEmpty()) {
        QStringList missing(wanted.cbegin(), wanted.cend());
        missing.sort();
        return notFound(tr("No submission of %1 for '%2' is in the gradebook. Check the student ids, or collect "
                           "first.")
                            .arg(missing.join(QStringLiteral(", ")), assignment),
                        QStringLiteral("no submission for %1").arg(missing.join(QLatin1Char(','))));
    }
    if (chosen.isEmpty()) {
        return notFound(
            tr("The gradebook has no submissions of '%1'. Collect them first, then autograde.").arg(assignment),
            QStringLiteral("assignment '%1' has no submissions").arg(assignment));
    }
    // The gradebook sorts by student id already; sort again so the index contract does not depend on it.
    std::sort(chosen.begin(), chosen.end(),
              [](const SubmissionRecord &a, const SubmissionRecord &b) { return a.studentId < b.studentId; });
    for (const SubmissionRecord &submission : std::as_const(chosen)) {
        AutogradeTask task;
        task.index = int(plan.tasks.size());
        task.studentId = submission.studentId;
        task.submissionId = submission.id;
        task.submissionDir =
            submission.directory.isEmpty()
                ? plan.courseDir + QStringLiteral("/submitted/%1/%2").arg(submission.studentId, assignment)
                : submission.directory;
        task.submittedAt = submission.timestamp.isValid() ? submission.timestamp.toDateTime().toUTC() : QDateTime();
        plan.tasks.append(task);
    }
    qCInfo(lcGrading) << "autograde plan" << plan.runId << assignment << plan.tasks.size() << "submissions"
                      << plan.notebooks.size() << "notebooks";
    return plan;
}

} // namespace GradeDesk::Services
