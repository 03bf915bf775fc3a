// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace GradeDesk::Tests::Kube {

/// Kubeconfig documents shared by the loader test and the kubectl oracle test. Rows name them
/// ("a.yaml"); "$DIR" is the folder they are written to.
inline QMap<QString, QByteArray> kubeconfigDocuments()
{
    QMap<QString, QByteArray> documents;
    documents.insert(QStringLiteral("a.yaml"),
                     "apiVersion: v1\n"
                     "kind: Config\n"
                     "current-context: ctx-a\n"
                     "clusters:\n"
                     "- name: c1\n"
                     "  cluster: {server: \"https://a.example:6443\", insecure-skip-tls-verify: true}\n"
                     "- name: shared\n"
                     "  cluster: {server: \"https://shared-a\"}\n"
                     "users:\n"
                     "- name: u1\n"
                     "  user: {token: tok-a}\n"
                     "- name: shared\n"
                     "  user: {token: tok-shared-a}\n"
                     "contexts:\n"
                     "- name: ctx-a\n"
                     "  context: {cluster: c1, user: u1, namespace: ns-a}\n"
                     "- name: ctx-shared\n"
                     "  context: {cluster: shared, user: shared}\n");
    documents.insert(QStringLiteral("b.yaml"), "apiVersion: v1\n"
                                               "kind: Config\n"
                                               "current-context: ctx-b\n"
                                               "clusters:\n"
                                               "- name: shared\n"
                                               "  cluster: {server: \"https://shared-b\", tls-server-name: from-b}\n"
                                               "- name: c1\n"
                                               "  cluster: {server: \"https://b.example\"}\n"
                                               "- name: c2\n"
                                               "  cluster: {server: \"https://c2.example:443\"}\n"
                                               "users:\n"
                                               "- name: shared\n"
                                               "  user: {as: imp-b}\n"
                                               "- name: u2\n"
                                               "  user: {username: admin, password: pw-b}\n"
                                               "contexts:\n"
                                               "- name: ctx-b\n"
                                               "  context: {cluster: shared, user: shared}\n"
                                               "- name: ctx-b2\n"
                                               "  context: {cluster: c2, user: u2, namespace: ns-b2}\n"
                                               "- name: ctx-a\n"
                                               "  context: {cluster: c2, user: u2, namespace: overridden}\n");
    documents.insert(QStringLiteral("nocurrent.yaml"), "apiVersion: v1\n"
                                                       "kind: Config\n"
                                                       "clusters:\n"
                                                       "- name: c3\n"
                                                       "  cluster:\n"
                                                       "    server: https://c3.example\n"
                                                       "users:\n"
                                                       "- name: u3\n"
                                                       "  user:\n"
                                                       "    token: tok-c3\n"
                                                       "contexts:\n"
                                                       "- name: ctx-c\n"
                                                       "  context:\n"
                                                       "    cluster: c3\n"
                                                       "    user: u3\n");
    documents.insert(QStringLiteral("current-only.yaml"), "apiVersion: v1\n"
                                                          "kind: Config\n"
                                                          "current-context: ctx-c\n");
    documents.insert(QStringLiteral("empty.yaml"), "");
    return documents;
}

} // namespace GradeDesk::Tests::Kube
