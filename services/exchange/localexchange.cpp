// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "localexchange.h"

#include "collectscan.h"
#include "pathguard.h"

#include <services/core/logging.h>
#include <services/gradebook/gradebook.h>
#include <services/gradebook/nbgraderimport.h>
#include <services/notebook/notebookreader.h>

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QSet>
#include <QtConcurrent>

#include <memory>

namespace GradeDesk::Services {

namespace {

GradeCellSpec specFromRecord(const SourceCellRecord &cell)
{
    GradeCellSpec spec;
    spec.gradeId = cell.name;
    spec.cellType = cellTypeFromName(cell.cellType);
    spec.grade = cell.isGrade;
    spec.solution = cell.isSolution;
    spec.task = cell.isTask;
    spec.locked = cell.isLocked;
    spec.points = cell.maxScore;
    spec.checksum = cell.checksum;
    return spec;
}

} // namespace

LocalExchange::LocalExchange(const CourseConfig &config, Gradebook &gradebook, QObject *parent)
    : Exchange(parent)
    , m_config(config)
    , m_gradebook(&gradebook)
{}

LocalExchange::~LocalExchange() = default;

QString LocalExchange::courseDirectory() const
{
    return m_config.courseDirectory();
}

QString LocalExchange::autogradeActor()
{
    return QStringLiteral("autograder");
}

CollectJob *LocalExchange::collect(const QString &assignment)
{
    auto *job = new CollectJob(this);
    const QPointer<CollectJob> guard(job);
    QMetaObject::invokeMethod(
        this,
        [this, guard, assignment] {
            if (guard) {
                startCollect(guard, assignment);
            }
        },
        Qt::QueuedConnection);
    return job;
}

AssignmentListJob *LocalExchange::listAssignments()
{
    auto *job = new AssignmentListJob(this);
    const QPointer<AssignmentListJob> guard(job);
    QMetaObject::invokeMethod(
        this,
        [this, guard] {
            if (!guard) {
                return;
            }
            const QString dir = courseDirectory();
            if (!QFileInfo(dir).isDir()) {
                guard->finish(ServiceError::make(
                    ServiceError::Kind::NotFound,
                    tr("The course folder '%1' does not exist. Check the exchange directory in the course settings.")
                        .arg(dir),
                    QStringLiteral("course directory '%1' missing").arg(dir)));
                return;
            }
            guard->finish(discoverAssignments(dir));
        },
        Qt::QueuedConnection);
    return job;
}

QStringList LocalExchange::discoverAssignments(const QString &courseDir)
{
    QSet<QString> names;
    const auto addFolders = [&names, &courseDir](const QString &relative) {
        const Result<QString> dir = resolveInside(courseDir, relative);
        if (!dir.ok()) {
            return;
        }
        const QFileInfoList entries = QDir(dir.value()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QFileInfo &entry : entries) {
            if (checkPathComponent(entry.fileName(), QStringLiteral("assignment")).ok()) {
                names.insert(entry.fileName());
            }
        }
    };
    addFolders(QStringLiteral("source"));
    addFolders(QStringLiteral("release"));
    const QStringList students = CollectScanner::studentEntries(courseDir);
    for (const QString &student : students) {
        if (checkPathComponent(student, QStringLiteral("student")).ok()) {
            addFolders(QStringLiteral("submitted/") + student);
        }
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

void LocalExchange::startCollect(CollectJob *job, const QString &assignment)
{
    if (job->isCancelRequested()) {
        job->finish(ServiceError::make(ServiceError::Kind::Cancelled, tr("Collecting was cancelled."),
                                       QStringLiteral("cancelled before start")));
        return;
    }
    if (!m_gradebook) {
        job->finish(ServiceError::make(ServiceError::Kind::Database,
                                       tr("The gradebook was closed before collecting started. Open the course again."),
                                       QStringLiteral("gradebook destroyed")));
        return;
    }
    const QString courseDir = courseDirectory();
    if (courseDir.isEmpty() || !QFileInfo(courseDir).isDir()) {
        job->finish(ServiceError::make(
            ServiceError::Kind::NotFound,
            tr("The course folder '%1' does not exist. Check the exchange directory in the course settings.")
                .arg(courseDir),
            QStringLiteral("course directory '%1' missing").arg(courseDir)));
        return;
    }

    auto report = std::make_shared<CollectReport>();
    QList<CollectInput> inputs;
    const QStringList names = assignment.isEmpty() ? discoverAssignments(courseDir) : QStringList{assignment};
    for (const QString &name : names) {
        Result<CollectInput> input = prepare(name, *report);
        if (!input.ok()) {
            if (!assignment.isEmpty()) {
                job->finish(input.error());
                return;
            }
            report->skipped.append({name, QString(), input.error()});
            continue;
        }
        report->assignments.append(name);
        inputs.append(std::move(input).value());
    }

    const int total = static_cast<int>(CollectScanner::studentEntries(courseDir).size() * inputs.size());
    emit job->progress(0, total);

    auto *watcher = new QFutureWatcher<CollectPlan>(job);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, job,
            [job, total](int done) { emit job->progress(done, total); });
    connect(job, &ExchangeJob::cancelRequested, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, job, [this, job, watcher, report, total] {
        if (watcher->future().isCanceled() || job->isCancelRequested() || watcher->future().resultCount() == 0) {
            qCInfo(lcExchange) << "collect cancelled; nothing stored";
            job->finish(ServiceError::make(ServiceError::Kind::Cancelled,
                                           tr("Collecting was cancelled. Nothing was changed in the gradebook."),
                                           QStringLiteral("cancelled during scan")));
            return;
        }
        if (!m_gradebook) {
            job->finish(ServiceError::make(ServiceError::Kind::Database,
                                           tr("The gradebook was closed while collecting. Nothing was stored."),
                                           QStringLiteral("gradebook destroyed during scan")));
            return;
        }
        store(watcher->result(), *report);
        emit job->progress(total, total);
        job->finish(*report);
    });

    watcher->setFuture(QtConcurrent::run([inputs, total](QPromise<CollectPlan> &promise) {
        promise.setProgressRange(0, total);
        int done = 0;
        CollectPlan plan = CollectScanner::scan(inputs, [&promise, &done] {
            promise.setProgressValue(++done);
            return !promise.isCanceled();
        });
        if (!promise.isCanceled()) {
            promise.addResult(std::move(plan));
        }
    }));
}

Result<CollectInput> LocalExchange::prepare(const QString &name, CollectReport &report)
{
    const Result<void> valid = checkPathComponent(name, tr("assignment"));
    if (!valid.ok()) {
        return valid.error();
    }
    Gradebook &gradebook = *m_gradebook;
    const QString courseDir = courseDirectory();

    const auto imported = importSourceAssignment(gradebook, courseDir, name);
    if (!imported.ok()) {
        const Result<std::optional<AssignmentRecord>> known = gradebook.assignment(name);
        if (!known.ok() || !known.value()) {
            return imported.error();
        }
        report.warnings.append(tr("%1: the assignment could not be read from source/ or release/ (%2); the "
                                  "gradebook's copy of its cells was used.")
                                   .arg(name, imported.error().message));
    }

    const AssignmentConfig *configured = m_config.assignment(name);
    if (configured && configured->due.isValid()) {
        const Result<qint64> updated = gradebook.upsertAssignment(name, configured->due);
        if (!updated.ok()) {
            return updated.error();
        }
    }
    const Result<std::optional<AssignmentRecord>> record = gradebook.assignment(name);
    if (!record.ok()) {
        return record.error();
    }
    if (!record.value()) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("The assignment '%1' is not in the gradebook.").arg(name),
                                  QStringLiteral("assignment '%1' missing after import").arg(name));
    }

    CollectInput input;
    input.courseDir = courseDir;
    input.assignment = name;
    input.assignmentId = record.value()->id;
    input.due = record.value()->due;
    if (configured) {
        input.latePenalty = configured->latePenalty;
    }

    const Result<QList<NotebookRecord>> notebooks = gradebook.notebooks(input.assignmentId);
    if (!notebooks.ok()) {
        return notebooks.error();
    }
    if (notebooks.value().isEmpty()) {
        return ServiceError::make(
            ServiceError::Kind::NotFound,
            tr("The assignment '%1' has no notebooks. Put its notebooks in source/%1/ and collect again.").arg(name),
            QStringLiteral("assignment '%1' has no notebooks").arg(name));
    }
    for (const NotebookRecord &notebook : notebooks.value()) {
        const Result<QList<SourceCellRecord>> cells = gradebook.sourceCells(notebook.id);
        if (!cells.ok()) {
            return cells.error();
        }
        const QHash<QString, QString> released = releasedChecksums(name, notebook.name, report);
        CollectNotebookInput entry;
        entry.notebookId = notebook.id;
        entry.name = notebook.name;
        for (const SourceCellRecord &cell : cells.value()) {
            GradeCellSpec spec = specFromRecord(cell);
            spec.checksum = released.value(cell.name, spec.checksum);
            entry.specs.append(spec);
            entry.cellIds.insert(cell.name, cell.id);
            if (cell.isGrade || cell.isTask) {
                input.maxScore += cell.maxScore;
            }
        }
        input.notebooks.append(entry);
    }

    const Result<QList<SubmissionRecord>> submissions = gradebook.submissions(input.assignmentId);
    if (!submissions.ok()) {
        return submissions.error();
    }
    for (const SubmissionRecord &submission : submissions.value()) {
        input.existing.insert(submission.studentId, {submission.timestamp, submission.collectedAt});
    }
    return input;
}

QHash<QString, QString> LocalExchange::releasedChecksums(const QString &assignment, const QString &notebook,
                                                         CollectReport &report) const
{
    QHash<QString, QString> checksums;
    const Result<QString> path =
        resolveInside(courseDirectory(), QStringLiteral("release/%1/%2.ipynb").arg(assignment, notebook));
    if (!path.ok()) {
        report.warnings.append(path.error().message);
        return checksums;
    }
    if (!QFileInfo(path.value()).isFile()) {
        return checksums;
    }
    const Result<Notebook> released = NotebookReader::readFile(path.value());
    if (!released.ok()) {
        report.warnings.append(released.error().message);
        return checksums;
    }
    for (const Cell &cell : released.value().cells) {
        if (cell.nbgrader.present && !cell.nbgrader.gradeId.isEmpty() && !cell.nbgrader.checksum.isEmpty()) {
            checksums.insert(cell.nbgrader.gradeId, cell.nbgrader.checksum);
        }
    }
    return checksums;
}

void LocalExchange::store(const CollectPlan &plan, CollectReport &report)
{
    Gradebook &gradebook = *m_gradebook;
    report.unchanged += plan.unchanged;
    report.skipped.append(plan.skipped);
    report.warnings.append(plan.warnings);

    const Timestamp collectedAt = Timestamp::fromDateTime(QDateTime::currentDateTimeUtc());
    for (const CollectedSubmission &submission : plan.submissions) {
        int scored = 0;
        const Result<void> stored = gradebook.transaction([&]() -> Result<void> {
            SubmissionRecord record;
            record.assignmentId = submission.assignmentId;
            record.studentId = submission.studentId;
            record.timestamp = submission.timestamp;
            record.directory = submission.directory;
            record.collectedAt = collectedAt;
            record.latePenalty = submission.latePenalty;
            const Result<qint64> submissionId = gradebook.upsertSubmission(record);
            if (!submissionId.ok()) {
                return submissionId.error();
            }
            for (const CollectedNotebook &notebook : submission.notebooks) {
                const Result<qint64> submittedId =
                    gradebook.upsertSubmittedNotebook(submissionId.value(), notebook.notebookId, notebook.path);
                if (!submittedId.ok()) {
                    return submittedId.error();
                }
                if (!notebook.score) {
                    continue;
                }
                for (const CellScore &cell : notebook.score->cells) {
                    const qint64 cellId = notebook.cellIds.value(cell.gradeId);
                    // The gradebook keeps scores for grade cells only; task cells are graded by hand there.
                    if (cellId == 0 || cell.reason == ScoreReason::Task) {
                        continue;
                    }
                    const Result<void> grade = gradebook.setAutoGrade(submittedId.value(), cellId, cell.autoScore,
                                                                      cell.needsManualGrade, autogradeActor());
                    if (!grade.ok()) {
                        return grade.error();
                    }
                    if (cell.reason == ScoreReason::NoResponse) {
                        // nbgrader's autograde leaves the same note on unanswered cells.
                        const Result<void> comment =
                            gradebook.setAutoComment(submittedId.value(), cellId, QStringLiteral("No response."));
                        if (!comment.ok()) {
                            return comment.error();
                        }
                    }
                }
                ++scored;
            }
            return {};
        });
        if (!stored.ok()) {
            qCWarning(lcExchange) << "could not store submission" << submission.assignment << submission.studentId
                                  << stored.error().detail;
            report.skipped.append({submission.assignment, submission.studentId, stored.error()});
            continue;
        }
        report.notebooksScored += scored;
        switch (submission.kind) {
        case CollectedSubmission::Kind::Added:
            ++report.added;
            break;
        case CollectedSubmission::Kind::Updated:
            ++report.updated;
            break;
        case CollectedSubmission::Kind::Rescored:
            ++report.rescored;
            break;
        }
    }
    qCInfo(lcExchange) << "collect stored: added" << report.added << "updated" << report.updated << "unchanged"
                       << report.unchanged << "rescored" << report.rescored << "skipped" << report.skipped.size();
}

} // namespace GradeDesk::Services
