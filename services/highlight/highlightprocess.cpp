// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "highlightprocess.h"

#include <services/core/logging.h>

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace GradeDesk::Services {

namespace {

ServiceError processError(const QString &detail)
{
    return ServiceError::make(ServiceError::Kind::Process,
                              QCoreApplication::translate("GradeDesk::Services::SyntaxHighlighter",
                                                          "Syntax highlighting is not available (%1). Code is shown "
                                                          "without colours; install the package "
                                                          "libkf5syntaxhighlighting-tools to get them.")
                                  .arg(detail),
                              detail);
}

} // namespace

HighlightProcess::HighlightProcess(const QString &executable, const QString &definition, const QString &theme,
                                   const QStringList &codes, QObject *parent)
    : QObject(parent)
    , m_executable(executable)
    , m_definition(definition)
    , m_theme(theme)
    , m_batch(codes)
    , m_result(ServiceError::make(ServiceError::Kind::Cancelled, QString(), QStringLiteral("not finished")))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCWarning(lcHighlight) << "kate-syntax-highlighter timed out after" << timeoutMs << "ms";
        m_process.kill();
        finish(
            processError(QStringLiteral("kate-syntax-highlighter did not answer within %1 s").arg(timeoutMs / 1000)));
    });
    connect(&m_process, &QProcess::finished, this, &HighlightProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &HighlightProcess::onError);
}

HighlightProcess::~HighlightProcess()
{
    // QProcess's destructor kills and reaps a running process; nothing may be reported after this.
    m_process.disconnect(this);
}

void HighlightProcess::start()
{
    // Never "-u/--update": it downloads definitions from the network.
    const QStringList arguments = {
        QStringLiteral("--stdin"),         QStringLiteral("--syntax"), m_definition, QStringLiteral("--theme"), m_theme,
        QStringLiteral("--output-format"), QStringLiteral("html")};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_process.setProcessEnvironment(environment);
    m_timeout.start();
    m_process.start(m_executable, arguments);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.write(m_batch.input());
        m_process.closeWriteChannel();
    }
}

void HighlightProcess::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        finish(processError(QStringLiteral("%1 could not be started: %2").arg(m_executable, m_process.errorString())));
    }
    // Crashes and write errors also end in finished(), which reports them.
}

void HighlightProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const QByteArray output = m_process.readAllStandardOutput();
    const QString errors = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
    if (status != QProcess::NormalExit) {
        finish(processError(QStringLiteral("%1 crashed").arg(m_executable)));
        return;
    }
    if (exitCode != 0) {
        if (errors.contains(QLatin1String("Unknown syntax"))) {
            finish(ServiceError::make(ServiceError::Kind::Unsupported, QString(),
                                      QStringLiteral("unknown syntax definition '%1'").arg(m_definition)));
        } else {
            finish(
                processError(QStringLiteral("%1 exited with code %2: %3").arg(m_executable).arg(exitCode).arg(errors)));
        }
        return;
    }
    std::optional<QStringList> cells = m_batch.split(output);
    if (!cells) {
        finish(ServiceError::make(ServiceError::Kind::Parse, QString(),
                                  QStringLiteral("highlighter output did not split back into the cells")));
        return;
    }
    finish(*cells);
}

void HighlightProcess::finish(const Result<QStringList> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timeout.stop();
    m_result = result;
    // Always after start() has returned, even when QProcess reports a start failure synchronously.
    QMetaObject::invokeMethod(this, &HighlightProcess::finished, Qt::QueuedConnection);
}

} // namespace GradeDesk::Services
