// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvaslogging.h"

Q_LOGGING_CATEGORY(lcCanvas, "gradedesk.services.canvas", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCanvasHttp, "gradedesk.net.http", QtInfoMsg)
