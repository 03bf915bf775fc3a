// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// The model layer's category ("gradedesk.models", default level Info). Log text is never translated.
Q_DECLARE_LOGGING_CATEGORY(lcModels)
