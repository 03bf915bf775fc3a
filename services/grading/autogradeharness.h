// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "autogradetypes.h"

#include <services/core/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace GradeDesk::Services {

/// What the harness's last stdout line (or a pod log) carries: the full result and the executed notebooks.
struct HarnessLogResult {
    HarnessResult result;
    QHash<QString, QByteArray> executedNotebooks; ///< Notebook name (without ".ipynb") -> notebook JSON.
    bool executedOmitted = false;                 ///< The harness left the notebooks out (too large).
};

/**
 * @brief The grading harness (resources/harness/gradedesk_harness.py) and its data formats.
 *
 * The script is embedded in gradedesk_services as `:/gradedesk/harness/gradedesk_harness.py` and
 * is the same for every executor. Its command line, spec, result and exit codes are described in
 * the script's header; this class builds its input and parses its output so executors never
 * handle the JSON themselves. Parsing never trusts the input: every field is type checked and a
 * malformed result is a Parse error, never a crash.
 */
class AutogradeHarness final
{
    Q_DECLARE_TR_FUNCTIONS(AutogradeHarness)

public:
    AutogradeHarness() = delete;

    /// Exit codes of the harness. Student errors are results (ExitGraded); 137 = SIGKILL (executor's call).
    static constexpr int ExitGraded = 0;
    static constexpr int ExitBadInput = 3;
    static constexpr int ExitHarnessError = 4;
    /// The Kubernetes termination message limit the compact form stays under.
    static constexpr qsizetype CompactLimit = 4096;

    static QString scriptFileName(); ///< "gradedesk_harness.py"
    static QString resourcePath();   ///< ":/gradedesk/harness/gradedesk_harness.py"
    static QByteArray script();      ///< The script's bytes.

    /**
     * Writes the script once to `cacheDir` (default: the app's cache location + "/harness") under a
     * folder named by the script's hash, so different GradeDesk versions never overwrite each
     * other's copy, and returns the file's absolute path.
     */
    static Result<QString> installedPath(const QString &cacheDir = {});

    /// Arguments for a local run (after the interpreter): the script path first.
    static QStringList localArguments(const QString &scriptPath, const QString &specPath, const QString &submissionDir,
                                      const QString &outDir, const QString &assignmentFilesDir = {},
                                      const QString &terminationLog = {});

    /// The SPEC.json of a plan: assignment, limits and every notebook's recorded cells.
    static QByteArray specJson(const AutogradePlan &plan);
    static QByteArray specJson(const QString &assignment, const QList<HarnessNotebookSpec> &notebooks,
                               const AutogradeLimits &limits);

    /**
     * Parses a result: the full form (result.json) or the compact form (termination message; the
     * result has `compact` set and no messages). A compact `see_log` marker is a Validation error
     * whose detail is "see_log": the caller reads the log instead (parseLog()).
     */
    static Result<HarnessResult> parseResult(const QByteArray &json);

    /// True for the compact `{"v":1,...,"see_log":true}` marker.
    static bool isSeeLogMarker(const QByteArray &json);

    /**
     * Finds the last `GRADEDESK-RESULT-V1 <base64(gzip(json))>` line in a harness's stdout or a
     * pod's log and decodes it (result + executed notebooks).
     */
    static Result<HarnessLogResult> parseLog(const QByteArray &log);

    /// The compact form of a result (<= CompactLimit bytes; else the see_log marker).
    static QByteArray resultToCompact(const HarnessResult &result);
};

} // namespace GradeDesk::Services
