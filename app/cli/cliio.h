// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/serviceerror.h>

#include <QCoreApplication>
#include <QTextStream>

namespace GradeDesk::Cli {

/// The CLI's exit codes: the contract scripts rely on.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
};

/**
 * @brief Where a command writes: results to stdout, one-line errors and progress to stderr.
 *
 * Progress is drawn only when stderr is a terminal, so logs and pipes stay clean.
 */
class CliIo final
{
    Q_DECLARE_TR_FUNCTIONS(CliIo)

public:
    CliIo(FILE *out, FILE *err);

    QTextStream &out() { return m_out; }

    /// Prints `gradedesk-cli: <message>` on one line and returns ExitFailure.
    int fail(const QString &message);
    int fail(const Services::ServiceError &error);
    /// Prints `gradedesk-cli: <message>` plus a hint to use --help, and returns ExitUsage.
    int usage(const QString &message);
    void warn(const QString &message);
    void info(const QString &message);
    void progress(qint64 done, qint64 total, const QString &label);
    void endProgress();

private:
    void line(const QString &prefix, const QString &message);

    QTextStream m_out;
    QTextStream m_err;
    bool m_errIsTerminal = false;
    bool m_progressShown = false;
};

} // namespace GradeDesk::Cli
