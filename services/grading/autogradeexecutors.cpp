// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradeexecutors.h"

#include "localexecutor.h"

#include <services/kube/kubeexecutor.h>

namespace GradeDesk::Services {

QStringList AutogradeExecutors::names()
{
    return {AutogradeConfig::executorName(AutogradeConfig::Executor::Local),
            AutogradeConfig::executorName(AutogradeConfig::Executor::Kubernetes)};
}

Result<AutogradeExecutor *> AutogradeExecutors::create(const CourseConfig &config, const QString &executorName,
                                                       QObject *parent)
{
    const QString name =
        executorName.isEmpty() ? AutogradeConfig::executorName(config.autograde.executor) : executorName.toLower();
    if (name == AutogradeConfig::executorName(AutogradeConfig::Executor::Local)) {
        auto *executor = new LocalExecutor(parent);
        executor->setInterpreter(config.autograde.python);
        return static_cast<AutogradeExecutor *>(executor);
    }
    if (name == AutogradeConfig::executorName(AutogradeConfig::Executor::Kubernetes)) {
        Result<KubeExecutor *> executor = KubeExecutor::create(config, parent);
        if (!executor.ok()) {
            return executor.error();
        }
        return static_cast<AutogradeExecutor *>(executor.value());
    }
    return ServiceError::make(ServiceError::Kind::Validation,
                              tr("Unknown executor '%1'. Use one of: %2.").arg(executorName, names().join(u", ")),
                              QStringLiteral("unknown executor '%1'").arg(executorName));
}

} // namespace GradeDesk::Services
