// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// One category per service module, dotted names, default level Info. Log text is never translated.
Q_DECLARE_LOGGING_CATEGORY(lcNotebook)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcGradebook)
Q_DECLARE_LOGGING_CATEGORY(lcGradebookSql)
Q_DECLARE_LOGGING_CATEGORY(lcExchange)
Q_DECLARE_LOGGING_CATEGORY(lcGrading)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcHighlight)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
