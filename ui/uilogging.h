// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// The widget layer's category ("gradedesk.ui", default level Info). Log text is never translated.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
