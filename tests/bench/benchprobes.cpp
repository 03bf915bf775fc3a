// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "benchprobes.h"

#include <services/config/courseconfig.h>
#include <services/exchange/localexchange.h>
#include <services/gradebook/gradebook.h>
#include <services/notebook/notebookreader.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace GradeDesk::Bench {

using namespace GradeDesk::Services;

qint64 residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return -1;
    }
    // /proc files report size 0, so atEnd() is true at once: read the whole text instead.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.mid(6).simplified().split(' ');
            bool ok = false;
            const qint64 kib = parts.value(0).toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

Result<CollectFigures> collectCourse(const QString &configPath)
{
    QElapsedTimer timer;
    timer.start();
    const Result<LoadedCourseConfig> loaded = CourseConfigLoader::load(configPath);
    if (!loaded) {
        return loaded.error();
    }
    Result<std::unique_ptr<Gradebook>> gradebook = Gradebook::open(loaded.value().config.gradebook);
    if (!gradebook) {
        return gradebook.error();
    }
    LocalExchange exchange(loaded.value().config, *gradebook.value());
    CollectJob *job = exchange.collect(QString());
    std::optional<Result<CollectReport>> result;
    // The benchmark has no other work to do while the collect runs, so it simply waits in a local
    // event loop (the app itself stays asynchronous and reacts to finished()).
    QEventLoop loop;
    QObject::connect(job, &CollectJob::finished, &loop, [&] {
        result = job->result();
        loop.quit();
    });
    loop.exec();
    if (!result->ok()) {
        return result->error();
    }
    CollectFigures figures;
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;
    figures.added = result->value().added;
    figures.notebooksScored = result->value().notebooksScored;
    figures.skipped = int(result->value().skipped.size());
    return figures;
}

Result<OpenFigures> openCourseToFirstAnswer(const QString &configPath)
{
    QElapsedTimer timer;
    timer.start();
    const Result<LoadedCourseConfig> loaded = CourseConfigLoader::load(configPath);
    if (!loaded) {
        return loaded.error();
    }
    const CourseConfig &config = loaded.value().config;
    if (config.assignments.isEmpty()) {
        return ServiceError::make(ServiceError::Kind::NotFound, QStringLiteral("the course has no assignments"));
    }
    Result<std::unique_ptr<Gradebook>> gradebook = Gradebook::open(config.gradebook);
    if (!gradebook) {
        return gradebook.error();
    }
    const Result<std::optional<AssignmentRecord>> assignment =
        gradebook.value()->assignment(config.assignments.first().name);
    if (!assignment) {
        return assignment.error();
    }
    if (!assignment.value()) {
        return ServiceError::make(ServiceError::Kind::NotFound, QStringLiteral("assignment not in the gradebook"));
    }
    const Result<QList<SubmissionSummary>> summaries = gradebook.value()->submissionSummaries(assignment.value()->id);
    if (!summaries) {
        return summaries.error();
    }
    if (summaries.value().isEmpty()) {
        return ServiceError::make(ServiceError::Kind::NotFound, QStringLiteral("no submissions"));
    }
    const Result<QList<SubmittedNotebookRecord>> notebooks =
        gradebook.value()->submittedNotebooks(summaries.value().first().submissionId);
    if (!notebooks) {
        return notebooks.error();
    }
    if (notebooks.value().isEmpty()) {
        return ServiceError::make(ServiceError::Kind::NotFound, QStringLiteral("no submitted notebook"));
    }
    const Result<Notebook> notebook = NotebookReader::readFile(notebooks.value().first().path);
    if (!notebook) {
        return notebook.error();
    }
    OpenFigures figures;
    for (const Cell &cell : notebook.value().cells) {
        if (cell.nbgrader.isSolutionCell()) {
            figures.firstAnswerId = cell.nbgrader.gradeId;
            break;
        }
    }
    figures.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    figures.residentKib = residentKib();
    figures.submissions = int(summaries.value().size());
    return figures;
}

ParseFigures parseEveryNotebook(const QString &notebooksDir)
{
    QStringList paths;
    QDirIterator it(notebooksDir, {QStringLiteral("*.ipynb")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        paths.append(it.next());
    }
    paths.sort();
    ParseFigures figures;
    QElapsedTimer timer;
    timer.start();
    for (const QString &path : std::as_const(paths)) {
        const Result<Notebook> notebook = NotebookReader::readFile(path);
        ++figures.notebooks;
        if (!notebook) {
            ++figures.failed;
        }
    }
    figures.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    for (const QString &path : std::as_const(paths)) {
        figures.bytes += QFileInfo(path).size();
    }
    return figures;
}

} // namespace GradeDesk::Bench
