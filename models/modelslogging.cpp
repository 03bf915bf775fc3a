// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "modelslogging.h"

Q_LOGGING_CATEGORY(lcModels, "gradedesk.models", QtInfoMsg)
