// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// A minimal synchronous client for the simulator's own tests (the product's client is
// services/kube; these tests must not depend on it).

#include "tests/sim/kube/kubesimulator.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace GradeDesk::Tests {

struct KubeSimReply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QList<QByteArray> warnings;
    QByteArray contentType;
    QByteArray retryAfter;
};

/// One watch in progress: events as they arrive.
class KubeSimWatchClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeSimWatchClient)

public:
    explicit KubeSimWatchClient(QNetworkReply *reply);
    ~KubeSimWatchClient() override;

    QList<QJsonObject> events;
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;

    /// Types of the events so far ("ADDED", "MODIFIED", ...), optionally of one object name.
    QStringList types(const QString &name = {}) const;
    void abort();

private:
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
};

class KubeSimClient final
{
public:
    explicit KubeSimClient(KubeSimulator &simulator, QByteArray token = QByteArrayLiteral("test-token"));

    /// A synchronous request (fails the wait after 20 s).
    KubeSimReply call(const QByteArray &verb, const QString &pathAndQuery, const QJsonObject &body = {},
                      const QByteArray &contentType = "application/json");
    KubeSimReply callRaw(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                         const QByteArray &contentType);
    std::unique_ptr<KubeSimWatchClient> watch(const QString &pathAndQuery);

    void setToken(const QByteArray &token) { m_token = token; }

    void setClientCertificate(const std::optional<SimTestCa::Issued> &certificate) { m_certificate = certificate; }

private:
    QNetworkRequest request(const QString &pathAndQuery) const;

    KubeSimulator &m_simulator;
    QByteArray m_token;
    std::optional<SimTestCa::Issued> m_certificate;
    QNetworkAccessManager m_nam;
};

/// A batch/v1 Job whose single container runs `command`; Indexed with `completions`.
QJsonObject kubeSimTestJob(const QString &name, const QStringList &command, int completions = 1, int parallelism = 1);

} // namespace GradeDesk::Tests
