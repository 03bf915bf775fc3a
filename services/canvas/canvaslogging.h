// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// The Canvas module's categories (services/core/logging.h has none for Canvas yet). HTTP traffic goes
// to the house-wide "gradedesk.net.http" name; tokens never appear in either (Bearer [redacted]).
Q_DECLARE_LOGGING_CATEGORY(lcCanvas)
Q_DECLARE_LOGGING_CATEGORY(lcCanvasHttp)
