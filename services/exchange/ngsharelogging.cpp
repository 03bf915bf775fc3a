// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "ngsharelogging.h"

Q_LOGGING_CATEGORY(lcNgshare, "gradedesk.services.exchange.ngshare", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNgshareHttp, "gradedesk.net.http", QtInfoMsg)
