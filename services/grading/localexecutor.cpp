// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "localexecutor.h"

#include "autogradeharness.h"

#include <services/core/logging.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace GradeDesk::Services {

namespace {

// What is kept of a harness's streams: stderr for the log (its tail), stdout for the result line
// when result.json is missing (the line holds the executed notebooks, so it may be large).
constexpr qsizetype StderrKeep = 64 * 1024;
constexpr qsizetype StdoutKeep = 64 * 1024 * 1024;
constexpr qsizetype LogTail = 8 * 1024;
constexpr qint64 MaxResultFileSize = 64 * 1024 * 1024;

void appendCapped(QByteArray &buffer, const QByteArray &data, qsizetype keep, bool keepTail)
{
    buffer += data;
    if (buffer.size() > keep) {
        buffer = keepTail ? buffer.right(keep) : QByteArray();
    }
}

QString tail(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes.size() > LogTail ? bytes.right(LogTail) : bytes).trimmed();
}

} // namespace

struct LocalExecutor::Slot {
    AutogradeTask task;
    AutogradeTaskResult result;
    QProcess *process = nullptr;
    QTimer *deadline = nullptr;
    bool timedOut = false;
    bool cancelled = false;
    QByteArray out;
    QByteArray err;
};

LocalExecutor::LocalExecutor(QObject *parent)
    : AutogradeExecutor(parent)
    , m_interpreter(QStringLiteral("python3"))
{}

LocalExecutor::~LocalExecutor()
{
    if (m_check) {
        m_check->disconnect(this);
        m_check->kill();
        m_check->waitForFinished(2000);
    }
    for (const std::shared_ptr<Slot> &slot : std::as_const(m_slots)) {
        if (slot->process) {
            slot->process->disconnect(this);
            slot->process->kill();
            slot->process->waitForFinished(2000);
        }
    }
}

QString LocalExecutor::name() const
{
    return QStringLiteral("local");
}

void LocalExecutor::setInterpreter(const QString &program)
{
    m_interpreter = program.isEmpty() ? QStringLiteral("python3") : program;
}

void LocalExecutor::setHarnessPath(const QString &scriptPath)
{
    m_harnessPath = scriptPath;
}

void LocalExecutor::setTempRoot(const QString &folder)
{
    m_tempRoot = folder;
}

void LocalExecutor::setKillGraceSeconds(int seconds)
{
    m_killGraceSeconds = qMax(0, seconds);
}

bool LocalExecutor::isRunning() const
{
    return m_running;
}

QString LocalExecutor::runDirectory() const
{
    return m_runDir ? m_runDir->path() : QString();
}

QList<AutogradeTaskResult> LocalExecutor::results() const
{
    QList<AutogradeTaskResult> list;
    list.reserve(m_slots.size());
    for (const std::shared_ptr<Slot> &slot : m_slots) {
        list.append(slot->result);
    }
    return list;
}

QString LocalExecutor::taskDirectory(int index) const
{
    return runDirectory() + QLatin1Char('/') + QString::number(index);
}

void LocalExecutor::failRun(const ServiceError &error)
{
    qCWarning(lcGrading) << "local autograde run" << m_plan.runId << "failed:" << error.detail;
    m_running = false;
    m_queue.clear();
    emit runFailed(error);
    emit finished();
}

void LocalExecutor::start(const AutogradePlan &plan)
{
    if (m_running) {
        qCWarning(lcGrading) << "LocalExecutor::start ignored: a run is going";
        return;
    }
    m_plan = plan;
    m_slots.clear();
    m_queue.clear();
    m_active = 0;
    m_cancelling = false;
    m_running = true;
    for (const AutogradeTask &task : plan.tasks) {
        if (task.index != m_slots.size()) {
            failRun(
                ServiceError::make(ServiceError::Kind::Validation,
                                   tr("The autograde run could not start because its task list is inconsistent. "
                                      "Start it again."),
                                   QStringLiteral("task index %1 at position %2").arg(task.index).arg(m_slots.size())));
            return;
        }
        auto slot = std::make_shared<Slot>();
        slot->task = task;
        slot->result.index = task.index;
        m_slots.append(slot);
        m_queue.append(int(m_slots.size() - 1));
    }

    const bool isPath = m_interpreter.contains(QLatin1Char('/'));
    const QString program = isPath ? m_interpreter : QStandardPaths::findExecutable(m_interpreter);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        failRun(ServiceError::make(
            ServiceError::Kind::NotFound,
            tr("The Python interpreter '%1' was not found, so no notebook can be run. Install Python 3 with "
               "nbclient and ipykernel (Debian: python3-nbclient python3-ipykernel), or set autograde.python in "
               "course.yaml.")
                .arg(m_interpreter),
            QStringLiteral("interpreter '%1' not found").arg(m_interpreter)));
        return;
    }
    m_scriptPath = m_harnessPath;
    if (m_scriptPath.isEmpty()) {
        const Result<QString> installed = AutogradeHarness::installedPath();
        if (!installed.ok()) {
            failRun(installed.error());
            return;
        }
        m_scriptPath = installed.value();
    }

    const QString root = m_tempRoot.isEmpty() ? QDir::tempPath() : m_tempRoot;
    m_runDir = std::make_unique<QTemporaryDir>(root + QStringLiteral("/gradedesk-autograde-%1-XXXXXX").arg(plan.runId));
    m_specPath = m_runDir->filePath(QStringLiteral("spec.json"));
    QSaveFile spec(m_specPath);
    const QByteArray specJson = AutogradeHarness::specJson(plan);
    if (!m_runDir->isValid() || !spec.open(QIODevice::WriteOnly) || spec.write(specJson) != specJson.size() ||
        !spec.commit()) {
        failRun(ServiceError::make(ServiceError::Kind::Io,
                                   tr("The autograder could not write its working files in %1. Check that the folder "
                                      "exists, is writable and has free space.")
                                       .arg(root),
                                   QStringLiteral("run folder/spec in %1: %2").arg(root, spec.errorString())));
        return;
    }
    // The assignment's data files from source/ go under every submission; the harness leaves the
    // source notebooks (solutions) out, as nbgrader's autograde does.
    const QString source = plan.courseDir + QStringLiteral("/source/") + plan.assignment;
    m_assignmentFiles = !plan.courseDir.isEmpty() && QFileInfo(source).isDir() ? source : QString();

    const int wanted = plan.parallelism > 0 ? plan.parallelism : QThread::idealThreadCount();
    m_poolSize = qBound(1, wanted, qMax(1, int(plan.tasks.size())));
    qCInfo(lcGrading) << "local autograde run" << plan.runId << plan.tasks.size() << "tasks, pool" << m_poolSize << "in"
                      << m_runDir->path();
    if (m_harnessPath.isEmpty() && !plan.tasks.isEmpty()) {
        checkInterpreter();
        return;
    }
    launchMore();
    maybeFinish();
}

void LocalExecutor::checkInterpreter()
{
    // One quick import check instead of every submission failing the same way.
    auto *check = new QProcess(this);
    m_check = check;
    check->setProgram(m_interpreter);
    check->setArguments({QStringLiteral("-c"), QStringLiteral("import nbformat, nbclient, ipykernel")});
    check->setProcessChannelMode(QProcess::MergedChannels);
    const auto done = [this, check] {
        if (m_check != check) {
            return;
        }
        m_check = nullptr;
        check->deleteLater();
        const bool ok = check->error() != QProcess::FailedToStart && check->exitStatus() == QProcess::NormalExit &&
                        check->exitCode() == 0;
        if (!ok) {
            const QString output = QString::fromUtf8(check->readAll()).trimmed();
            failRun(ServiceError::make(
                ServiceError::Kind::NotFound,
                tr("The Python interpreter '%1' cannot run notebooks: it lacks nbformat, nbclient or ipykernel. "
                   "Install them (Debian: python3-nbclient python3-ipykernel) or set autograde.python in "
                   "course.yaml to a Python that has them.")
                    .arg(m_interpreter),
                QStringLiteral("interpreter check failed: %1").arg(output.right(2000))));
            return;
        }
        launchMore();
        maybeFinish();
    };
    connect(check, &QProcess::finished, this, done);
    connect(check, &QProcess::errorOccurred, this, [done](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            done();
        }
    });
    check->start();
}

void LocalExecutor::retry(const QList<int> &indexes)
{
    if (!m_runDir || m_specPath.isEmpty()) {
        qCWarning(lcGrading) << "LocalExecutor::retry ignored: no run was started";
        return;
    }
    QList<int> added;
    for (const int index : indexes) {
        if (index < 0 || index >= m_slots.size() || m_queue.contains(index)) {
            continue;
        }
        Slot &slot = *m_slots.at(index);
        const AutogradeTaskState state = slot.result.state;
        if (state != AutogradeTaskState::Failed && state != AutogradeTaskState::TimedOut &&
            state != AutogradeTaskState::Cancelled) {
            continue;
        }
        const int attempts = slot.result.attempts;
        slot.result = {};
        slot.result.index = index;
        slot.result.attempts = attempts;
        added.append(index);
    }
    if (added.isEmpty()) {
        return;
    }
    m_running = true;
    m_cancelling = false;
    for (const int index : std::as_const(added)) {
        m_queue.append(index);
        emit taskStateChanged(index, AutogradeTaskState::Queued);
    }
    launchMore();
}

void LocalExecutor::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelling = true;
    if (m_check) {
        m_check->disconnect(this);
        m_check->kill();
        m_check->deleteLater();
        m_check = nullptr;
    }
    const QList<int> queued = m_queue;
    m_queue.clear();
    for (const int index : queued) {
        finishTask(*m_slots.at(index), AutogradeTaskState::Cancelled);
    }
    for (const std::shared_ptr<Slot> &slot : std::as_const(m_slots)) {
        if (slot->process) {
            slot->cancelled = true;
            stopProcess(*slot);
        }
    }
    maybeFinish();
}

void LocalExecutor::launchMore()
{
    while (!m_cancelling && m_active < m_poolSize && !m_queue.isEmpty()) {
        launch(*m_slots.at(m_queue.takeFirst()));
    }
}

void LocalExecutor::launch(Slot &slot)
{
    const int index = slot.task.index;
    const QString dir = taskDirectory(index);
    const QString outDir = dir + QStringLiteral("/out");
    QDir(dir).removeRecursively();
    const QString home = dir + QStringLiteral("/home");
    const QString tmp = dir + QStringLiteral("/tmp");
    for (const QString &folder : {outDir, home, tmp}) {
        QDir().mkpath(folder);
    }

    slot.timedOut = false;
    slot.cancelled = false;
    slot.out.clear();
    slot.err.clear();
    slot.result.state = AutogradeTaskState::Running;
    slot.result.failure.reset();
    slot.result.result.reset();
    slot.result.log.clear();
    slot.result.startedAt = QDateTime::currentDateTimeUtc();
    slot.result.finishedAt = {};
    ++slot.result.attempts;
    ++m_active;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("PYTHONUSERBASE"))) {
        // A new HOME would hide packages installed with "pip install --user".
        env.insert(QStringLiteral("PYTHONUSERBASE"), QDir::homePath() + QStringLiteral("/.local"));
    }
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("TMPDIR"), tmp);
    env.insert(QStringLiteral("JUPYTER_RUNTIME_DIR"), home + QStringLiteral("/.jupyter-runtime"));
    env.insert(QStringLiteral("IPYTHONDIR"), home + QStringLiteral("/.ipython"));
    env.insert(QStringLiteral("MPLBACKEND"), QStringLiteral("Agg"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));

    auto *process = new QProcess(this);
    slot.process = process;
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(dir);
    process->setProgram(m_interpreter);
    process->setArguments(
        AutogradeHarness::localArguments(m_scriptPath, m_specPath, slot.task.submissionDir, outDir, m_assignmentFiles));
    Slot *raw = &slot;
    connect(process, &QProcess::readyReadStandardOutput, this,
            [raw, process] { appendCapped(raw->out, process->readAllStandardOutput(), StdoutKeep, false); });
    connect(process, &QProcess::readyReadStandardError, this,
            [raw, process] { appendCapped(raw->err, process->readAllStandardError(), StderrKeep, true); });
    connect(process, &QProcess::finished, this, [this, index] { onProcessFinished(index); });
    connect(process, &QProcess::errorOccurred, this, [this, index](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            onProcessFinished(index);
        }
    });

    slot.deadline = new QTimer(process);
    slot.deadline->setSingleShot(true);
    slot.deadline->setInterval(std::chrono::seconds(qMax(1, m_plan.limits.submissionTimeoutSeconds)));
    connect(slot.deadline, &QTimer::timeout, this, [this, raw] {
        qCInfo(lcGrading) << "autograde task" << raw->task.index << raw->task.studentId << "timed out";
        raw->timedOut = true;
        stopProcess(*raw);
    });

    emit taskStateChanged(index, AutogradeTaskState::Running);
    process->start();
    slot.deadline->start();
}

void LocalExecutor::stopProcess(Slot &slot)
{
    QProcess *process = slot.process;
    if (!process || process->state() == QProcess::NotRunning) {
        return;
    }
    slot.deadline->stop();
    if (m_killGraceSeconds == 0) {
        process->kill();
        return;
    }
    process->terminate();
    QTimer::singleShot(std::chrono::seconds(m_killGraceSeconds), process, [process] { process->kill(); });
}

void LocalExecutor::onProcessFinished(int index)
{
    Slot &slot = *m_slots.at(index);
    QProcess *process = slot.process;
    if (!process) {
        return; // errorOccurred and finished both report a process that never started.
    }
    appendCapped(slot.out, process->readAllStandardOutput(), StdoutKeep, false);
    appendCapped(slot.err, process->readAllStandardError(), StderrKeep, true);
    slot.result.log = tail(slot.err);
    const bool started = process->error() != QProcess::FailedToStart;
    const bool crashed = process->exitStatus() == QProcess::CrashExit;
    const int exitCode = process->exitCode();
    slot.deadline->stop();
    process->disconnect(this);
    process->deleteLater();
    slot.process = nullptr;
    slot.deadline = nullptr;
    --m_active;

    if (slot.cancelled) {
        finishTask(slot, AutogradeTaskState::Cancelled);
    } else if (slot.timedOut) {
        slot.result.failure = AutogradeFailure{
            QStringLiteral("TimedOut"),
            tr("Grading this submission took longer than %1 seconds and was stopped. Look for an endless loop or a "
               "very slow cell, or raise autograde.submission_timeout in course.yaml, then retry.")
                .arg(m_plan.limits.submissionTimeoutSeconds),
            true};
        finishTask(slot, AutogradeTaskState::TimedOut);
    } else if (!started) {
        fail(slot, QStringLiteral("StartFailed"),
             tr("The grading process could not be started (%1). Check that '%2' runs, then retry.")
                 .arg(process->errorString(), m_interpreter));
    } else if (crashed) {
        fail(slot, QStringLiteral("HarnessCrashed"),
             tr("The grading process stopped unexpectedly (it may have run out of memory or been killed). See the "
                "log below, then retry."));
    } else if (exitCode == AutogradeHarness::ExitBadInput) {
        fail(slot, QStringLiteral("BadInput"),
             tr("The grader could not read this submission or the assignment's spec. See the log below; fix the "
                "files, collect again and retry."),
             false);
    } else if (exitCode != AutogradeHarness::ExitGraded) {
        fail(slot, QStringLiteral("HarnessError"),
             tr("The grading harness failed (exit code %1). See the log below; check the Python installation "
                "(nbclient, ipykernel), then retry.")
                 .arg(exitCode));
    } else {
        readResult(slot);
    }
    slot.out.clear();
    slot.err.clear();
    launchMore();
    maybeFinish();
}

void LocalExecutor::readResult(Slot &slot)
{
    const QString outDir = taskDirectory(slot.task.index) + QStringLiteral("/out");
    QFile file(outDir + QStringLiteral("/result.json"));
    Result<HarnessResult> parsed = ServiceError::make(ServiceError::Kind::NotFound, QString(), QString());
    if (file.size() <= MaxResultFileSize && file.open(QIODevice::ReadOnly)) {
        parsed = AutogradeHarness::parseResult(file.readAll());
    }
    if (!parsed.ok()) {
        // The result line on stdout carries the same result (and the notebooks) when the file is missing.
        const Result<HarnessLogResult> fromLog = AutogradeHarness::parseLog(slot.out);
        if (!fromLog.ok()) {
            fail(slot, QStringLiteral("NoResult"),
                 tr("The grading harness ended without a result. See the log below; check the Python installation "
                    "(nbclient, ipykernel) and free disk space, then retry."));
            return;
        }
        parsed = fromLog.value().result;
        for (auto it = fromLog.value().executedNotebooks.cbegin(); it != fromLog.value().executedNotebooks.cend();
             ++it) {
            QSaveFile executed(outDir + QLatin1Char('/') + it.key() + QStringLiteral(".ipynb"));
            if (executed.open(QIODevice::WriteOnly) && executed.write(it.value()) == it.value().size()) {
                executed.commit();
            }
        }
    }
    HarnessResult result = std::move(parsed).value();
    if (result.status != QLatin1String("graded")) {
        const bool badInput = result.status == QLatin1String("bad_input");
        fail(slot, badInput ? QStringLiteral("BadInput") : QStringLiteral("HarnessError"),
             tr("The grader could not grade this submission: %1. Fix the cause, then retry.").arg(result.message),
             !badInput);
        return;
    }
    for (HarnessNotebookResult &notebook : result.notebooks) {
        const QString path = outDir + QLatin1Char('/') + notebook.name + QStringLiteral(".ipynb");
        // Names come from the spec, but a result is still input: only files inside the out folder count.
        const bool inside = QFileInfo(path).absolutePath() == QFileInfo(outDir).absoluteFilePath();
        if (notebook.executedPath.isEmpty() && inside && QFileInfo(path).isFile()) {
            notebook.executedPath = path;
        }
    }
    slot.result.result = std::move(result);
    finishTask(slot, AutogradeTaskState::Passed);
}

void LocalExecutor::fail(Slot &slot, const QString &reason, const QString &message, bool retryable)
{
    qCInfo(lcGrading) << "autograde task" << slot.task.index << slot.task.studentId << "failed:" << reason;
    slot.result.failure = AutogradeFailure{reason, message, retryable};
    finishTask(slot, AutogradeTaskState::Failed);
}

void LocalExecutor::finishTask(Slot &slot, AutogradeTaskState state)
{
    slot.result.state = state;
    slot.result.finishedAt = QDateTime::currentDateTimeUtc();
    if (state == AutogradeTaskState::Cancelled && !slot.result.failure) {
        slot.result.failure = AutogradeFailure{QStringLiteral("Cancelled"),
                                               tr("Grading was cancelled. Retry to grade this submission."), true};
    }
    if (m_runDir) {
        cleanUpTask(slot, state == AutogradeTaskState::Passed);
    }
    emit taskStateChanged(slot.task.index, state);
    emit taskFinished(slot.result);
}

void LocalExecutor::cleanUpTask(const Slot &slot, bool keepOutput) const
{
    const QString dir = taskDirectory(slot.task.index);
    if (!keepOutput) {
        QDir(dir).removeRecursively();
        return;
    }
    for (const QString &scratch : {QStringLiteral("home"), QStringLiteral("tmp")}) {
        QDir(dir + QLatin1Char('/') + scratch).removeRecursively();
    }
}

void LocalExecutor::maybeFinish()
{
    if (!m_running || m_active > 0 || (!m_queue.isEmpty() && !m_cancelling)) {
        return;
    }
    m_running = false;
    m_cancelling = false;
    qCInfo(lcGrading) << "local autograde run" << m_plan.runId << "finished";
    emit finished();
}

} // namespace GradeDesk::Services
