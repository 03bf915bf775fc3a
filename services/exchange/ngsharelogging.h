// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// The ngshare client's categories: the module's own, below lcExchange's name, and the house-wide
// HTTP traffic name. The hub token appears in neither ("token [redacted]").
Q_DECLARE_LOGGING_CATEGORY(lcNgshare)
Q_DECLARE_LOGGING_CATEGORY(lcNgshareHttp)
