// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "exchange.h"

#include <services/config/courseconfig.h>
#include <services/core/timestamp.h>
#include <services/grading/autoscore.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace GradeDesk::Services {

// The file-system half of a local collect. It runs on a worker thread, so it sees only copies of
// what it needs from the gradebook (taken on the gradebook's thread) and returns a plan that the
// gradebook's thread then stores. It never writes anything.

struct CollectNotebookInput {
    qint64 notebookId = 0;
    QString name; ///< Without ".ipynb".
    QList<GradeCellSpec> specs;
    QHash<QString, qint64> cellIds; ///< grade_id -> source cell id.
};

struct ExistingSubmission {
    Timestamp timestamp;
    Timestamp collectedAt;
};

struct CollectInput {
    QString courseDir;
    QString assignment;
    qint64 assignmentId = 0;
    QList<CollectNotebookInput> notebooks;
    QHash<QString, ExistingSubmission> existing; ///< By student id.
    QDateTime due;                               ///< UTC; invalid when none.
    LatePenalty latePenalty;
    double maxScore = 0.0; ///< Grade and task points of the whole assignment.
};

struct CollectedNotebook {
    qint64 notebookId = 0;
    QString name;
    QString path;                       ///< Absolute, checked to be inside the course folder.
    std::optional<NotebookScore> score; ///< Set when an autograded copy at least as new was scored.
    QHash<QString, qint64> cellIds;     ///< grade_id -> source cell id, for storing `score`.
};

struct CollectedSubmission {
    enum class Kind { Added, Updated, Rescored };

    Kind kind = Kind::Added;
    qint64 assignmentId = 0;
    QString assignment;
    QString studentId;
    Timestamp timestamp;
    QString directory;
    double latePenalty = 0.0;
    QList<CollectedNotebook> notebooks;
};

struct CollectPlan {
    QList<CollectedSubmission> submissions;
    int unchanged = 0;
    QList<CollectSkip> skipped;
    QStringList warnings;
};

class CollectScanner final
{
    Q_DECLARE_TR_FUNCTIONS(CollectScanner)

public:
    CollectScanner() = delete;

    /// Entries under `submitted/` that may be students (folders and links, hidden ones included
    /// so they can be reported), sorted. For progress totals.
    static QStringList studentEntries(const QString &courseDir);

    /**
     * Scans `submitted/<student>/<assignment>/` for every input. `studentDone` is called after
     * each student entry of each input and returns false to stop early (cancel): the plan is then
     * incomplete and must be discarded.
     */
    static CollectPlan scan(const QList<CollectInput> &inputs, const std::function<bool()> &studentDone);

    /**
     * The submission time of the folder `relativeDirectory` under `courseDir`: its `timestamp.txt`
     * parsed with Timestamp::parse; if that is missing, invalid or a link leading outside the
     * course, the modification time of timestamp.txt or else of the newest notebook (else of the
     * folder), and a translated warning in `warning`.
     */
    static Timestamp submissionTime(const QString &courseDir, const QString &relativeDirectory, QString *warning);
};

} // namespace GradeDesk::Services
