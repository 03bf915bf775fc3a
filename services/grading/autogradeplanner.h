// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "autogradetypes.h"

#include <services/config/courseconfig.h>
#include <services/core/result.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace GradeDesk::Services {

class Gradebook;

/**
 * @brief Builds the AutogradePlan of one assignment from the gradebook and the course config.
 *
 * Tasks are the assignment's collected submissions (Gradebook::submissions, sorted by student id;
 * task.index is the position). Notebook specs are the gradebook's source cells; the checksum each
 * cell is compared against is the one in `release/<assignment>/<notebook>.ipynb` when that file has
 * one, exactly as the collect does (LocalExchange), so autograde and collect score alike. Limits,
 * parallelism, the image (assignment's, else the course's) and the dataset come from the config.
 *
 * Errors: NotFound when the assignment, its notebooks or submissions (or a requested student's
 * submission) are not in the gradebook (collect first); Validation for a name that is not a
 * usable folder name. Must run on the gradebook's thread; reads, never writes.
 */
class AutogradePlanner final
{
    Q_DECLARE_TR_FUNCTIONS(AutogradePlanner)

public:
    AutogradePlanner() = delete;

    /// `onlyStudents` limits the tasks to those students (empty: every submission).
    static Result<AutogradePlan> plan(Gradebook &gradebook, const CourseConfig &config, const QString &assignment,
                                      const QStringList &onlyStudents = {});

    /// The limits the course config asks for.
    static AutogradeLimits limits(const AutogradeConfig &config);

    /// 8 random lowercase hex digits.
    static QString newRunId();
};

} // namespace GradeDesk::Services
