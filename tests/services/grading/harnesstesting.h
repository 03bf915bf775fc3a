// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// What the harness tests share: the interpreter they run it with, and the check that the harness
// scores a notebook as AutoScorer does.

#include <services/grading/autogradetypes.h>
#include <services/grading/autoscore.h>
#include <services/notebook/notebookreader.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

namespace GradeDesk::Tests {

using namespace GradeDesk::Services;

/// A python3 that can run the harness (nbclient + ipykernel), or empty: the tests then skip.
inline QString harnessPython()
{
    static const QString python = [] {
        QStringList candidates{qEnvironmentVariable("GRADEDESK_PYTHON"), QStringLiteral("/usr/bin/python3"),
                               QStandardPaths::findExecutable(QStringLiteral("python3"))};
        for (const QString &candidate : candidates) {
            if (candidate.isEmpty() || !QFile::exists(candidate)) {
                continue;
            }
            QProcess probe;
            probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import nbclient, nbformat, ipykernel")});
            if (probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0) {
                return candidate;
            }
        }
        return QString();
    }();
    return python;
}

#define REQUIRE_HARNESS_PYTHON()                                                                                       \
    do {                                                                                                               \
        if (harnessPython().isEmpty()) {                                                                               \
            QSKIP("No python3 with nbclient and ipykernel (Debian: python3-nbclient python3-ipykernel).");             \
        }                                                                                                              \
    } while (false)

inline QString outcomeOf(ScoreReason reason)
{
    switch (reason) {
    case ScoreReason::Passed:
        return QStringLiteral("passed");
    case ScoreReason::Error:
        return QStringLiteral("error");
    case ScoreReason::Stderr:
        return QStringLiteral("stderr");
    case ScoreReason::PartialCredit:
        return QStringLiteral("partial");
    case ScoreReason::NotPartialCredit:
        return QStringLiteral("not_partial");
    case ScoreReason::PartialCreditTooHigh:
        return QStringLiteral("too_high");
    case ScoreReason::NoResponse:
        return QStringLiteral("no_response");
    case ScoreReason::Answered:
        return QStringLiteral("answered");
    case ScoreReason::Task:
        return QStringLiteral("task");
    case ScoreReason::NotAutogradable:
        return QStringLiteral("manual");
    case ScoreReason::MissingCell:
        return QStringLiteral("missing");
    }
    return {};
}

/// Scores a notebook (nbgrader's autograded one, or the harness's executed one) with AutoScorer
/// and compares every grade cell with the harness's result.
inline void verifySameAsAutoScorer(const QString &path, const HarnessNotebookResult &notebook)
{
    const Result<Notebook> read = NotebookReader::readFile(path);
    QVERIFY2(read.ok(), qPrintable(path));
    const NotebookScore scores = AutoScorer::scoreNotebook(read.value());
    QCOMPARE(notebook.cells.size(), scores.cells.size());
    for (const CellScore &score : scores.cells) {
        const auto found =
            std::find_if(notebook.cells.cbegin(), notebook.cells.cend(),
                         [&score](const HarnessCellResult &cell) { return cell.gradeId == score.gradeId; });
        QVERIFY2(found != notebook.cells.cend(), qPrintable(score.gradeId));
        QVERIFY2(found->outcome == outcomeOf(score.reason),
                 qPrintable(score.gradeId + u' ' + found->outcome + u' ' + outcomeOf(score.reason)));
        QCOMPARE(found->score, score.autoScore);
        QCOMPARE(found->maxScore, score.maxScore);
    }
}

} // namespace GradeDesk::Tests
