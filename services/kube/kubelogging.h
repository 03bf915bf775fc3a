// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// The Kubernetes module: kubeconfig and exec plugins (lcKube), watches (lcKubeWatch) and the HTTP
// traffic to the API server (lcKubeHttp, shared name "gradedesk.net.http"; credentials redacted).
Q_DECLARE_LOGGING_CATEGORY(lcKube)
Q_DECLARE_LOGGING_CATEGORY(lcKubeWatch)
Q_DECLARE_LOGGING_CATEGORY(lcKubeHttp)
