// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "demogenerator.h"

#include "democontent.h"
#include "demoroster.h"
#include "demosubmission.h"

#include <services/config/courseconfig.h>
#include <services/core/logging.h>
#include <services/notebook/notebookwriter.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

namespace GradeDesk::Services {

namespace {

constexpr int maxStudents = 100000;
constexpr int maxQuestions = 200;
constexpr int batchSize = 64;

// Top-level entries the generator creates; on failure exactly these are removed again.
const QStringList createdEntries = {QStringLiteral("course.yaml"), QStringLiteral("students.csv"),
                                    QStringLiteral("source"),      QStringLiteral("release"),
                                    QStringLiteral("submitted"),   QStringLiteral("autograded")};

struct Written {
    int notebooks = 0;
    int submissions = 0;
    qint64 bytes = 0;
    QString error;  ///< Translated; empty on success.
    QString detail; ///< Technical.
};

struct AssignmentPlan {
    DemoAssignment content;
    DemoAssets assets;
    int submitPercent = 100;
};

bool isCancelled(const DemoOptions &options)
{
    return options.cancelled && options.cancelled->load(std::memory_order_relaxed);
}

} // namespace

Result<DemoReport> generateDemoCourse(const DemoOptions &options)
{
    return DemoGenerator::generate(options);
}

Result<DemoReport> DemoGenerator::generate(const DemoOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (options.directory.trimmed().isEmpty()) {
        return ServiceError::make(ServiceError::Kind::Validation,
                                  tr("No folder was given for the demo course. Name a new or empty folder."));
    }
    if (options.students < 1 || options.students > maxStudents) {
        return ServiceError::make(ServiceError::Kind::Validation,
                                  tr("The demo course needs between 1 and %1 students; %2 was asked for.")
                                      .arg(maxStudents)
                                      .arg(options.students));
    }
    if (options.questions < 1 || options.questions > maxQuestions) {
        return ServiceError::make(ServiceError::Kind::Validation,
                                  tr("The demo course needs between 1 and %1 questions; %2 was asked for.")
                                      .arg(maxQuestions)
                                      .arg(options.questions));
    }

    const QString root = QDir::cleanPath(QFileInfo(options.directory).absoluteFilePath());
    const QFileInfo rootInfo(root);
    bool createdRoot = false;
    if (rootInfo.exists()) {
        if (!rootInfo.isDir()) {
            return ServiceError::make(ServiceError::Kind::Conflict,
                                      tr("'%1' is a file, not a folder. Choose a new or empty folder for the demo "
                                         "course.")
                                          .arg(root));
        }
        if (!QDir(root).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            return ServiceError::make(ServiceError::Kind::Conflict,
                                      tr("The folder '%1' is not empty. The demo course is only written into a new "
                                         "or empty folder, so that no existing files are overwritten.")
                                          .arg(root));
        }
    } else {
        if (!QDir().mkpath(root)) {
            return ServiceError::make(ServiceError::Kind::Io,
                                      tr("Could not create the folder '%1'. Check that the parent folder exists and "
                                         "is writable.")
                                          .arg(root));
        }
        createdRoot = true;
    }

    const auto cleanUp = [&]() {
        for (const QString &entry : createdEntries) {
            const QString path = root + QLatin1Char('/') + entry;
            const QFileInfo info(path);
            if (info.isDir() && !info.isSymLink()) {
                QDir(path).removeRecursively();
            } else if (info.exists() || info.isSymLink()) {
                QFile::remove(path);
            }
        }
        if (createdRoot) {
            QDir().rmdir(root);
        }
    };
    const auto fail = [&](const ServiceError &error) -> Result<DemoReport> {
        if (error.kind == ServiceError::Kind::Cancelled) {
            qCInfo(lcDemo) << "demo course generation cancelled:" << error.detail;
        } else {
            qCWarning(lcDemo) << "demo course generation failed:" << error.detail << error.message;
        }
        cleanUp();
        return error;
    };
    const auto writeFile = [](const QString &path, const QByteArray &bytes, Written &written) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() ||
            !file.flush()) {
            written.error = tr("Could not write '%1': %2. Check the free disk space and the folder's permissions.")
                                .arg(path, file.errorString());
            written.detail = QStringLiteral("write failed: %1: %2").arg(path, file.errorString());
            return false;
        }
        written.bytes += bytes.size();
        return true;
    };
    const auto makeDir = [](const QString &path, Written &written) {
        if (!QDir().mkpath(path)) {
            written.error = tr("Could not create the folder '%1'. Check the folder's permissions.").arg(path);
            written.detail = QStringLiteral("mkpath failed: %1").arg(path);
            return false;
        }
        return true;
    };

    QList<AssignmentPlan> assignments;
    assignments.append(AssignmentPlan{DemoContent::problemSet1(options.questions, options.seed), {}, 100});
    assignments.append(AssignmentPlan{DemoContent::problemSet2(options.seed), {}, 75});
    for (AssignmentPlan &plan : assignments) {
        plan.assets = DemoAssets::make(plan.content);
    }

    DemoReport report;
    report.directory = root;
    report.configPath = root + QStringLiteral("/course.yaml");
    report.rosterPath = root + QStringLiteral("/students.csv");
    report.students = options.students;

    CourseConfig config;
    config.filePath = report.configPath;
    config.id = QStringLiteral("demo101");
    config.title = QStringLiteral("Data Analysis 101 (demo)");
    config.grader = QStringLiteral("instructor");
    config.exchange.kind = ExchangeConfig::Kind::Local;
    config.exchange.directory = root;
    config.gradebook.kind = GradebookConfig::Kind::Sqlite;
    config.gradebook.sqlitePath = root + QStringLiteral("/gradebook.sqlite");
    for (const AssignmentPlan &plan : std::as_const(assignments)) {
        AssignmentConfig assignment;
        assignment.name = plan.content.name;
        assignment.due = plan.content.due;
        assignment.notebooks = {plan.content.notebook};
        if (plan.content.name == QLatin1String("ps1")) {
            assignment.latePenalty = LatePenalty{LatePenalty::Kind::PerHour, 1.0, 5.0};
        } else {
            assignment.latePenalty = LatePenalty{LatePenalty::Kind::PerDay, 2.0, 6.0};
        }
        config.assignments.append(assignment);
        report.assignments.append(assignment.name);
    }
    if (const Result<void> saved = CourseConfigLoader::save(config, report.configPath); !saved) {
        return fail(saved.error());
    }

    const QList<DemoStudent> students = DemoRoster::generate(options.students, options.seed);
    Written shared;
    if (!writeFile(report.rosterPath, DemoRoster::toCsv(students), shared)) {
        return fail(ServiceError::make(ServiceError::Kind::Io, shared.error, shared.detail));
    }
    for (const AssignmentPlan &plan : std::as_const(assignments)) {
        const QString file = plan.content.notebook + QStringLiteral(".ipynb");
        const QString source = root + QStringLiteral("/source/") + plan.content.name;
        const QString release = root + QStringLiteral("/release/") + plan.content.name;
        if (!makeDir(source, shared) || !makeDir(release, shared) ||
            !writeFile(source + QLatin1Char('/') + file, NotebookWriter::serialize(plan.content.source), shared) ||
            !writeFile(release + QLatin1Char('/') + file, NotebookWriter::serialize(plan.content.release), shared)) {
            return fail(ServiceError::make(ServiceError::Kind::Io, shared.error, shared.detail));
        }
        shared.notebooks += 2;
    }

    // Workers only read the plans; a const view keeps QList from ever detaching across threads.
    const QList<AssignmentPlan> &plans = assignments;
    // One task per student; every task writes only below its own student folders, so tasks never
    // touch the same file. Plans come from per-student random streams, so the files do not depend
    // on which thread ran which student.
    const auto writeStudent = [&](int index) -> Written {
        Written written;
        if (isCancelled(options)) {
            return written;
        }
        const DemoStudent &student = students[index];
        for (int a = 0; a < plans.size(); ++a) {
            const AssignmentPlan &plan = plans[a];
            const DemoStudentPlan studentPlan =
                DemoStudentPlan::make(plan.content, options.seed, a, index, plan.submitPercent);
            if (!studentPlan.submitted) {
                continue;
            }
            const QString file = plan.content.notebook + QStringLiteral(".ipynb");
            const QByteArray timestamp = DemoSubmission::timestampFile(studentPlan);
            const QString submitted =
                root + QStringLiteral("/submitted/") + student.id + QLatin1Char('/') + plan.content.name;
            const QString autograded =
                root + QStringLiteral("/autograded/") + student.id + QLatin1Char('/') + plan.content.name;
            if (!makeDir(submitted, written) || !makeDir(autograded, written) ||
                !writeFile(submitted + QLatin1Char('/') + file,
                           NotebookWriter::serialize(
                               DemoSubmission::submitted(plan.content, student, studentPlan, plan.assets)),
                           written) ||
                !writeFile(submitted + QStringLiteral("/timestamp.txt"), timestamp, written) ||
                !writeFile(autograded + QLatin1Char('/') + file,
                           NotebookWriter::serialize(
                               DemoSubmission::autograded(plan.content, student, studentPlan, plan.assets)),
                           written) ||
                !writeFile(autograded + QStringLiteral("/timestamp.txt"), timestamp, written)) {
                return written;
            }
            written.notebooks += 2;
            written.submissions += 1;
        }
        return written;
    };

    report.notebooksWritten = shared.notebooks;
    report.bytesWritten = shared.bytes;
    for (int start = 0; start < students.size(); start += batchSize) {
        if (isCancelled(options)) {
            return fail(ServiceError::make(ServiceError::Kind::Cancelled,
                                           tr("Generating the demo course was "
                                              "cancelled; nothing was kept."),
                                           QStringLiteral("cancelled after %1 students").arg(start)));
        }
        QList<int> batch;
        for (int i = start; i < std::min<qsizetype>(start + batchSize, students.size()); ++i) {
            batch.append(i);
        }
        const QList<Written> results = QtConcurrent::blockingMapped(batch, writeStudent);
        for (const Written &written : results) {
            if (!written.error.isEmpty()) {
                return fail(ServiceError::make(ServiceError::Kind::Io, written.error, written.detail));
            }
            report.notebooksWritten += written.notebooks;
            report.submissions += written.submissions;
            report.bytesWritten += written.bytes;
        }
        if (options.progress) {
            options.progress(int(start + batch.size()), int(students.size()));
        }
    }
    if (isCancelled(options)) {
        return fail(ServiceError::make(ServiceError::Kind::Cancelled,
                                       tr("Generating the demo course was cancelled; nothing was kept."),
                                       QStringLiteral("cancelled at the end")));
    }
    report.elapsedMs = timer.elapsed();
    qCInfo(lcDemo) << "demo course written to" << root << "students" << report.students << "submissions"
                   << report.submissions << "notebooks" << report.notebooksWritten << "bytes" << report.bytesWritten
                   << "ms" << report.elapsedMs;
    return report;
}

} // namespace GradeDesk::Services
