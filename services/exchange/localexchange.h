// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "exchange.h"

#include <services/config/courseconfig.h>

#include <QHash>
#include <QPointer>
#include <QStringList>

namespace GradeDesk::Services {

class Gradebook;
struct CollectInput;
struct CollectPlan;

/**
 * @brief The exchange of a local nbgrader course folder.
 *
 * Layout (nbgrader's CourseDirectory): `source/<assignment>/`, `release/<assignment>/`,
 * `submitted/<student>/<assignment>/` with `timestamp.txt`, `autograded/<student>/<assignment>/`,
 * `feedback/<student>/<assignment>/`.
 *
 * A collect runs in three steps: on the gradebook's thread it imports the assignment's structure
 * (importSourceAssignment) and copies what the scan needs; a worker thread scans the folders,
 * reads autograded notebooks and scores them (CollectScanner); back on the gradebook's thread the
 * plan is stored, one transaction per submission, so a failure loses only that submission and
 * reports it. Cancelling during the scan stores nothing.
 *
 * Names and paths from the folder are untrusted: every one goes through checkPathComponent and
 * resolveInside; a refused one is reported in CollectReport::skipped and the rest continue.
 */
class LocalExchange final : public Exchange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalExchange)

public:
    /// `gradebook` must live on this thread; if it is destroyed first, jobs fail cleanly.
    explicit LocalExchange(const CourseConfig &config, Gradebook &gradebook, QObject *parent = nullptr);
    ~LocalExchange() override;

    CollectJob *collect(const QString &assignment) override;
    AssignmentListJob *listAssignments() override;

    QString courseDirectory() const;

    /**
     * Assignment names found in `source/`, `release/` and `submitted/<student>/` (folders only,
     * names that pass checkPathComponent), sorted and unique. For `gradedesk-cli init DIR`.
     */
    static QStringList discoverAssignments(const QString &courseDir);

    /// The name nbgrader's autograde and the audit trail record for automatic scores.
    static QString autogradeActor();

private:
    void startCollect(CollectJob *job, const QString &assignment);
    Result<CollectInput> prepare(const QString &assignment, CollectReport &report);
    /**
     * grade_id -> checksum recorded in `release/<assignment>/<notebook>.ipynb`. nbgrader computes
     * the checksum it compares against after clearing the solutions, so the released copy, not the
     * instructor's source, tells whether a student left an answer cell untouched.
     */
    QHash<QString, QString> releasedChecksums(const QString &assignment, const QString &notebook,
                                              CollectReport &report) const;
    void store(const CollectPlan &plan, CollectReport &report);

    CourseConfig m_config;
    QPointer<Gradebook> m_gradebook;
};

} // namespace GradeDesk::Services
