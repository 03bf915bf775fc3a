// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// kube-sim: the Kubernetes simulator on its own, for manual runs with kubectl or GradeDesk.
//   kube-sim --port 6443 --token secret --kubeconfig /tmp/sim.kubeconfig --namespace grading

#include "tests/sim/kube/kubesimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using GradeDesk::Tests::KubeSimulator;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Loopback HTTPS Kubernetes API simulator (tests/sim/kube)."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 = any)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("Bearer token accepted for user \"sim\"."),
                                   QStringLiteral("token"), QStringLiteral("sim-token"));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"), QStringLiteral("Write a kubeconfig here."),
                                        QStringLiteral("file"));
    const QCommandLineOption ns(QStringLiteral("namespace"), QStringLiteral("Namespace of the kubeconfig context."),
                                QStringLiteral("name"), QStringLiteral("default"));
    const QCommandLineOption timeScale(QStringLiteral("time-scale"),
                                       QStringLiteral("Factor for controller delays (back-off, TTL, deadlines)."),
                                       QStringLiteral("factor"), QStringLiteral("0.1"));
    const QCommandLineOption restricted(QStringLiteral("restricted"),
                                        QStringLiteral("Label the namespace to enforce Pod Security \"restricted\"."));
    parser.addOptions({port, token, kubeconfig, ns, timeScale, restricted});
    parser.process(app);

    KubeSimulator simulator;
    simulator.setTimeScale(parser.value(timeScale).toDouble());
    if (!simulator.start(quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "kube-sim: %s\n", qPrintable(simulator.errorString()));
        return 1;
    }
    simulator.addToken(parser.value(token).toUtf8(), QStringLiteral("sim"), {QStringLiteral("system:masters")});
    if (parser.isSet(restricted)) {
        simulator.setNamespaceLabels(
            parser.value(ns), {{QStringLiteral("pod-security.kubernetes.io/enforce"), QStringLiteral("restricted")}});
    }
    if (parser.isSet(kubeconfig)) {
        QFile file(parser.value(kubeconfig));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(simulator.kubeconfig(parser.value(token).toUtf8(), parser.value(ns))) < 0) {
            std::fprintf(stderr, "kube-sim: cannot write %s\n", qPrintable(parser.value(kubeconfig)));
            return 1;
        }
    }
    std::printf("kube-sim listening on %s (CA %s)\n", qPrintable(simulator.baseUrl().toString()),
                qPrintable(simulator.caFilePath()));
    std::fflush(stdout);
    return app.exec();
}
