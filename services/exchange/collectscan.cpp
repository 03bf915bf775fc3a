// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "collectscan.h"

#include "pathguard.h"

#include <services/core/logging.h>
#include <services/grading/latepenalty.h>
#include <services/notebook/notebookreader.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace GradeDesk::Services {

namespace {

// timestamp.txt holds one line; anything longer is not nbgrader's and is not read whole.
constexpr qint64 MaxTimestampFileSize = 1024;

const QString TimestampFile = QStringLiteral("timestamp.txt");
const QString NotebookSuffix = QStringLiteral(".ipynb");

QString join(const QString &a, const QString &b)
{
    return a + QLatin1Char('/') + b;
}

Timestamp modificationTime(const QString &path)
{
    return Timestamp::fromDateTime(QFileInfo(path).lastModified());
}

/// The modification time of the newest notebook in `directory`, else of the folder.
Timestamp newestNotebookTime(const QString &directory)
{
    Timestamp newest;
    const QFileInfoList notebooks =
        QDir(directory).entryInfoList({QStringLiteral("*.ipynb")}, QDir::Files | QDir::NoSymLinks);
    for (const QFileInfo &info : notebooks) {
        const Timestamp t = Timestamp::fromDateTime(info.lastModified());
        if (!newest.isValid() || newest < t) {
            newest = t;
        }
    }
    return newest.isValid() ? newest : modificationTime(directory);
}

/// timestamp.txt of a folder, when it exists, stays inside the course and parses.
std::optional<Timestamp> recordedTime(const QString &courseDir, const QString &relativeDirectory)
{
    const Result<QString> path = resolveInside(courseDir, join(relativeDirectory, TimestampFile));
    if (!path.ok()) {
        return std::nullopt;
    }
    QFile file(path.value());
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(file.read(MaxTimestampFileSize)).trimmed();
    return Timestamp::parse(text);
}

struct StudentContext {
    const CollectInput &input;
    const QString &student;
    CollectPlan &plan;

    QString submittedDir() const { return QStringLiteral("submitted/%1/%2").arg(student, input.assignment); }

    QString autogradedDir() const { return QStringLiteral("autograded/%1/%2").arg(student, input.assignment); }

    void skip(const ServiceError &error) const { plan.skipped.append({input.assignment, student, error}); }

    void warn(const QString &message) const
    {
        plan.warnings.append(QStringLiteral("%1/%2: %3").arg(input.assignment, student, message));
    }
};

/// Autograded copies that may be scored: present, inside the course and at least as new as the submission.
QHash<QString, QString> freshAutogradedNotebooks(const StudentContext &ctx, const Timestamp &submitted,
                                                 const QHash<QString, QString> &submittedPaths)
{
    QHash<QString, QString> fresh;
    const QString courseDir = ctx.input.courseDir;
    const Result<QString> dir = resolveInside(courseDir, ctx.autogradedDir());
    if (!dir.ok()) {
        ctx.warn(dir.error().message);
        return fresh;
    }
    if (!QFileInfo(dir.value()).isDir()) {
        return fresh;
    }
    // nbgrader copies the submission's timestamp.txt into the autograded folder: when present it
    // says which submission was graded. Without it, compare file times.
    const std::optional<Timestamp> gradedTime = recordedTime(courseDir, ctx.autogradedDir());
    bool warnedStale = false;
    for (const CollectNotebookInput &notebook : ctx.input.notebooks) {
        if (!submittedPaths.contains(notebook.name)) {
            continue;
        }
        const Result<QString> path =
            resolveInside(courseDir, join(ctx.autogradedDir(), notebook.name + NotebookSuffix));
        if (!path.ok()) {
            ctx.warn(path.error().message);
            continue;
        }
        if (!QFileInfo(path.value()).isFile()) {
            continue;
        }
        const bool isFresh =
            gradedTime ? !(*gradedTime < submitted)
                       : !(modificationTime(path.value()) < modificationTime(submittedPaths.value(notebook.name)));
        if (isFresh) {
            fresh.insert(notebook.name, path.value());
        } else if (!warnedStale) {
            warnedStale = true;
            ctx.warn(CollectScanner::tr("The autograded notebooks are older than the submission, so their scores were "
                                        "not used. Run autograding again."));
        }
    }
    return fresh;
}

void scanStudent(const CollectInput &input, const QString &student, CollectPlan &plan)
{
    const StudentContext ctx{input, student, plan};
    const Result<void> name = checkPathComponent(student, CollectScanner::tr("student folder"));
    if (!name.ok()) {
        ctx.skip(name.error());
        return;
    }
    const Result<QString> dir = resolveInside(input.courseDir, ctx.submittedDir());
    if (!dir.ok()) {
        ctx.skip(dir.error());
        return;
    }
    if (!QFileInfo(dir.value()).isDir()) {
        return; // This student did not submit this assignment.
    }

    // Every path is checked before anything is read: one escaping notebook refuses the submission.
    QHash<QString, QString> submittedPaths;
    for (const CollectNotebookInput &notebook : input.notebooks) {
        const Result<QString> path =
            resolveInside(input.courseDir, join(ctx.submittedDir(), notebook.name + NotebookSuffix));
        if (!path.ok()) {
            ctx.skip(path.error());
            return;
        }
        if (QFileInfo(path.value()).isFile()) {
            submittedPaths.insert(notebook.name, path.value());
        } else {
            ctx.warn(CollectScanner::tr("The notebook '%1' is missing from the submission.").arg(notebook.name));
        }
    }
    const QStringList files = QDir(dir.value()).entryList({QStringLiteral("*.ipynb")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString notebookName = file.chopped(NotebookSuffix.size());
        if (!submittedPaths.contains(notebookName)) {
            ctx.warn(CollectScanner::tr("The notebook '%1' is not part of the assignment and was ignored.").arg(file));
        }
    }

    QString timeWarning;
    const Timestamp timestamp = CollectScanner::submissionTime(input.courseDir, ctx.submittedDir(), &timeWarning);
    if (!timeWarning.isEmpty()) {
        ctx.warn(timeWarning);
    }

    CollectedSubmission submission;
    submission.assignmentId = input.assignmentId;
    submission.assignment = input.assignment;
    submission.studentId = student;
    submission.timestamp = timestamp;
    submission.directory = dir.value();
    submission.latePenalty = latePenalty(input.latePenalty, input.due, timestamp, input.maxScore);

    const QHash<QString, QString> autograded = freshAutogradedNotebooks(ctx, timestamp, submittedPaths);
    const auto existing = input.existing.constFind(student);
    if (existing == input.existing.constEnd()) {
        submission.kind = CollectedSubmission::Kind::Added;
    } else if (existing->timestamp < timestamp) {
        submission.kind = CollectedSubmission::Kind::Updated;
    } else {
        if (timestamp < existing->timestamp) {
            ctx.warn(CollectScanner::tr("The submission is older (%1) than the one in the gradebook (%2); the "
                                        "gradebook keeps the newer one.")
                         .arg(timestamp.toNbgraderUtc(), existing->timestamp.toNbgraderUtc()));
        }
        bool newerScores = false;
        for (const QString &path : autograded) {
            newerScores = newerScores || existing->collectedAt < modificationTime(path);
        }
        if (!newerScores) {
            ++plan.unchanged;
            return;
        }
        submission.kind = CollectedSubmission::Kind::Rescored;
        submission.timestamp = existing->timestamp;
        submission.latePenalty = latePenalty(input.latePenalty, input.due, existing->timestamp, input.maxScore);
    }

    for (const CollectNotebookInput &notebook : input.notebooks) {
        if (!submittedPaths.contains(notebook.name)) {
            continue;
        }
        CollectedNotebook collected;
        collected.notebookId = notebook.notebookId;
        collected.name = notebook.name;
        collected.path = submittedPaths.value(notebook.name);
        collected.cellIds = notebook.cellIds;
        if (autograded.contains(notebook.name)) {
            const Result<Notebook> graded = NotebookReader::readFile(autograded.value(notebook.name));
            if (!graded.ok()) {
                ctx.warn(graded.error().message);
            } else {
                NotebookScore score = AutoScorer::scoreNotebook(graded.value(), notebook.specs);
                for (const QString &warning : std::as_const(score.warnings)) {
                    ctx.warn(warning);
                }
                collected.score = std::move(score);
            }
        }
        submission.notebooks.append(collected);
    }
    plan.submissions.append(submission);
}

} // namespace

QStringList CollectScanner::studentEntries(const QString &courseDir)
{
    const Result<QString> submitted = resolveInside(courseDir, QStringLiteral("submitted"));
    if (!submitted.ok()) {
        return {};
    }
    QStringList names;
    const QFileInfoList entries =
        QDir(submitted.value())
            .entryInfoList(QDir::Dirs | QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        // Plain files are not students; links (even broken ones) are reported by the scan.
        if (entry.isSymLink() || entry.isDir()) {
            names.append(entry.fileName());
        }
    }
    return names;
}

CollectPlan CollectScanner::scan(const QList<CollectInput> &inputs, const std::function<bool()> &studentDone)
{
    CollectPlan plan;
    for (const CollectInput &input : inputs) {
        const QStringList students = studentEntries(input.courseDir);
        for (const QString &student : students) {
            scanStudent(input, student, plan);
            if (!studentDone()) {
                return plan;
            }
        }
    }
    return plan;
}

Timestamp CollectScanner::submissionTime(const QString &courseDir, const QString &relativeDirectory, QString *warning)
{
    if (const std::optional<Timestamp> recorded = recordedTime(courseDir, relativeDirectory)) {
        return *recorded;
    }
    const Result<QString> dir = resolveInside(courseDir, relativeDirectory);
    const QString directory = dir.ok() ? dir.value() : join(courseDir, relativeDirectory);
    const QString timestampPath = join(directory, TimestampFile);
    const QFileInfo timestampInfo(timestampPath);
    Timestamp fallback;
    if (timestampInfo.isFile() && !timestampInfo.isSymLink()) {
        fallback = modificationTime(timestampPath);
        if (warning) {
            *warning = tr("timestamp.txt does not hold a valid time; the file's modification time (%1 UTC) was used.")
                           .arg(fallback.toNbgraderUtc());
        }
    } else {
        fallback = newestNotebookTime(directory);
        if (warning) {
            *warning = tr("timestamp.txt is missing; the notebooks' modification time (%1 UTC) was used.")
                           .arg(fallback.toNbgraderUtc());
        }
    }
    qCInfo(lcExchange) << "no usable timestamp.txt in" << directory << "- using" << fallback.toIso();
    return fallback;
}

} // namespace GradeDesk::Services
