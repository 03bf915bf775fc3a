// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradeexecutor.h"

namespace GradeDesk::Services {

AutogradeExecutor::AutogradeExecutor(QObject *parent)
    : QObject(parent)
{}

AutogradeExecutor::~AutogradeExecutor() = default;

} // namespace GradeDesk::Services
