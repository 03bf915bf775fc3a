// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "cliio.h"

#include <unistd.h>

namespace GradeDesk::Cli {

CliIo::CliIo(FILE *out, FILE *err)
    : m_out(out)
    , m_err(err)
    , m_errIsTerminal(isatty(fileno(err)) != 0)
{}

void CliIo::line(const QString &prefix, const QString &message)
{
    endProgress();
    // One line per message, whatever the service put in it.
    QString text = message.simplified();
    m_err << QStringLiteral("gradedesk-cli: ") << prefix << text << Qt::endl;
}

int CliIo::fail(const QString &message)
{
    line(QString(), message);
    return ExitFailure;
}

int CliIo::fail(const Services::ServiceError &error)
{
    return fail(error.message);
}

int CliIo::usage(const QString &message)
{
    line(QString(), message + QLatin1Char(' ') + tr("(see --help)"));
    return ExitUsage;
}

void CliIo::warn(const QString &message)
{
    line(tr("warning: "), message);
}

void CliIo::info(const QString &message)
{
    line(QString(), message);
}

void CliIo::progress(qint64 done, qint64 total, const QString &label)
{
    if (!m_errIsTerminal) {
        return;
    }
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    m_err << QLatin1Char('\r') << label << QStringLiteral(": ") << done << QLatin1Char('/') << total
          << QStringLiteral(" (") << percent << QStringLiteral("%)\x1b[K") << Qt::flush;
    m_progressShown = true;
}

void CliIo::endProgress()
{
    if (m_progressShown) {
        m_err << QLatin1Char('\n') << Qt::flush;
        m_progressShown = false;
    }
}

} // namespace GradeDesk::Cli
