// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the Kubernetes simulator: one pod as the fake kubelet runs it.

#include "tests/sim/kube/kubesimcore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

namespace GradeDesk::Tests {

struct KubeSimKubelet::PodRun {
    QString ns;
    QString name;
    QString key;
    QJsonObject spec;
    QJsonObject meta;
    std::unique_ptr<QTemporaryDir> dir;
    QHash<QString, QString> volumes; // volume name -> local folder
    QList<QJsonObject> initContainers;
    QList<QJsonObject> containers;
    int nextInit = 0;
    QHash<QString, QProcess *> processes;
    QHash<QString, QJsonObject> states; // container -> state
    QHash<QString, QString> startedAt;
    QHash<QString, QString> terminationFiles;
    QString phase = QStringLiteral("Pending");
    QString podReason;
    QString podMessage;
    QString killReason; // OOMKilled, DeadlineExceeded, Error (deleted)
    bool queued = false;
    bool slot = false;
    bool running = false; // main containers started
    bool finished = false;
    int remaining = 0;
    QString startTime;
    std::unique_ptr<QTimer> deadline;
    std::unique_ptr<QTimer> pullBackOff;
};

/// Bytes of log kept per container (older output is dropped).
constexpr qsizetype KubeSimMaxLogBytes = 10 * 1024 * 1024;

} // namespace GradeDesk::Tests
