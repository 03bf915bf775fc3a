// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Running the real gradedesk-cli from the tests in tests/app. Needs GRADEDESK_CLI_PATH (set per test target by
// tests/app/CMakeLists.txt).
#pragma once

#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace GradeDesk::Tests {

// One finished gradedesk-cli run; exitCode is -1 when it crashed or timed out.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// The system environment with a C.UTF-8 locale, the variables in `remove` dropped and `set` applied.
inline QProcessEnvironment cliEnvironment(const QHash<QString, QString> &set = {}, const QStringList &remove = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &name : remove) {
        environment.remove(name);
    }
    for (auto it = set.cbegin(); it != set.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    return environment;
}

// Started asynchronously: an in-process simulator answers from this process's event loop while the CLI runs.
// Killed after timeoutMs.
inline CliRun runCliAsync(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(GRADEDESK_CLI_PATH));
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    CliRun run;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Exit code, stdout and stderr of a run, for failure messages.
inline QString describeCliRun(const CliRun &run)
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace GradeDesk::Tests
