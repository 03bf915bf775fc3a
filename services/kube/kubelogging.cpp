// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubelogging.h"

Q_LOGGING_CATEGORY(lcKube, "gradedesk.services.kube", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKubeWatch, "gradedesk.services.kube.watch", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKubeHttp, "gradedesk.net.http", QtInfoMsg)
