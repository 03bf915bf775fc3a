// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace GradeDesk::Cli {

int run(const QStringList &arguments);

} // namespace GradeDesk::Cli
