// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "autogradeexecutor.h"

#include <services/config/courseconfig.h>
#include <services/core/result.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace GradeDesk::Services {

class AutogradeExecutors final
{
    Q_DECLARE_TR_FUNCTIONS(AutogradeExecutors)

public:
    AutogradeExecutors() = delete;

    /// "local", "kubernetes".
    static QStringList names();
    /**
     * The executor called `executorName` (case-insensitive; empty: the course's autograde.executor),
     * configured from the course: the local one runs autograde.python; the Kubernetes one connects
     * with the course's kubeconfig, context and namespace. The caller owns the result (also through
     * `parent`). Validation for an unknown name; the Kubernetes executor's errors when its cluster
     * cannot be reached from the kubeconfig.
     */
    static Result<AutogradeExecutor *> create(const CourseConfig &config, const QString &executorName, QObject *parent);
};

/// The free-function form the brief names.
inline Result<AutogradeExecutor *> createAutogradeExecutor(const CourseConfig &config, const QString &executorName,
                                                           QObject *parent)
{
    return AutogradeExecutors::create(config, executorName, parent);
}

} // namespace GradeDesk::Services
