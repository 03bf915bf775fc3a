// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "logging.h"

Q_LOGGING_CATEGORY(lcNotebook, "gradedesk.services.notebook", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "gradedesk.services.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGradebook, "gradedesk.services.gradebook", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGradebookSql, "gradedesk.services.gradebook.sql", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExchange, "gradedesk.services.exchange", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGrading, "gradedesk.services.grading", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "gradedesk.services.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHighlight, "gradedesk.services.highlight", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "gradedesk.services.secrets", QtInfoMsg)
