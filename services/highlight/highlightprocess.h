// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "highlightbatch.h"

#include <services/core/result.h>

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace GradeDesk::Services {

/**
 * @brief One asynchronous kate-syntax-highlighter call for a batch of cells of one definition.
 *
 * `start()` never blocks; `finished()` is emitted exactly once (also when the program cannot be
 * started), after which `result()` holds one HTML fragment per cell or the failure:
 *  - Process: the program is missing, crashed, exited with an error or timed out;
 *  - Unsupported: the highlighter does not know the definition;
 *  - Parse: the output did not split back into the cells (see HighlightBatch).
 * The owner deletes the object after `finished()`; deleting it earlier kills the process.
 */
class HighlightProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightProcess)

public:
    HighlightProcess(const QString &executable, const QString &definition, const QString &theme,
                     const QStringList &codes, QObject *parent = nullptr);
    ~HighlightProcess() override;

    void start();

    const Result<QStringList> &result() const { return m_result; }

    /// How long the call may take before it is killed.
    static constexpr int timeoutMs = 15000;

signals:
    void finished();

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void finish(const Result<QStringList> &result);

    QString m_executable;
    QString m_definition;
    QString m_theme;
    HighlightBatch m_batch;
    QProcess m_process;
    QTimer m_timeout;
    Result<QStringList> m_result;
    bool m_done = false;
};

} // namespace GradeDesk::Services
