// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace GradeDesk::Services {

/**
 * @brief Puts executed notebooks into autograded/<student>/<assignment>/ without half-written folders
 * (AutogradeImport internal).
 *
 * stage() builds the new folder next to the old one, hidden (".<assignment>.gradedesk-<run>"): the
 * submission's files except its notebooks (links are not followed), then the executed notebooks.
 * commit() swaps each staged folder in with two renames (old aside, new in) and then deletes the old
 * one; if the second rename fails the old folder is put back. Folders still staged when the object
 * is destroyed are removed, so an aborted import leaves autograded/ as it was.
 */
class AutogradePlacement final
{
    Q_DECLARE_TR_FUNCTIONS(AutogradePlacement)
    Q_DISABLE_COPY_MOVE(AutogradePlacement)

public:
    AutogradePlacement(const QString &courseDir, const QString &assignment, const QString &runId);
    ~AutogradePlacement();

    /// Adds `executedPath` as `<notebook>.ipynb` to the student's staging folder (created on first use).
    Result<void> stage(const QString &studentId, const QString &submissionDir, const QString &notebook,
                       const QString &executedPath);

    qsizetype stagedFolders() const { return m_staged.size(); }

    /// Swaps every staged folder in; returns the notebooks placed. Problems become translated warnings.
    int commit(QStringList &warnings);

private:
    struct Staged {
        QString studentId;
        QString staging;
        QString destination;
        int notebooks = 0;
    };

    Result<Staged *> folderFor(const QString &studentId, const QString &submissionDir);

    QString m_courseDir;
    QString m_assignment;
    QString m_runId;
    QList<Staged> m_staged;
};

} // namespace GradeDesk::Services
