// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "clicommands.h"

namespace GradeDesk::Cli {

int run(const QStringList &arguments)
{
    return arguments.isEmpty() ? 2 : 0;
}

} // namespace GradeDesk::Cli
