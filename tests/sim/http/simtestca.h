// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

namespace GradeDesk::Tests {

/// A throw-away certificate authority made with the `openssl` CLI (blocking, ~50 ms per
/// certificate), for HTTPS simulators and the clients that talk to them.
///
/// Contract:
/// - The constructor creates a self-signed CA (EC P-256, valid from now for 2 days, CN
///   "gradedesk-sim-ca") in a private temporary folder that lives as long as the object.
///   isValid() is false (errorString() says why) when `openssl` is missing or fails.
/// - issue() makes a leaf certificate signed by the CA with the given subject: `commonName` (the
///   Kubernetes user of a client certificate), `organizations` (its groups), and for server
///   certificates the DNS and IP subjectAltNames (Go clients such as kubectl ignore the CN).
/// - Keys come in the encoding asked for, so a client can test every form kubeconfigs carry.
class SimTestCa final
{
    Q_DISABLE_COPY_MOVE(SimTestCa)

public:
    enum class KeyType {
        EcPkcs8,  ///< "BEGIN PRIVATE KEY", EC P-256.
        EcSec1,   ///< "BEGIN EC PRIVATE KEY" (k3s style).
        RsaPkcs8, ///< "BEGIN PRIVATE KEY", RSA 2048.
        RsaPkcs1, ///< "BEGIN RSA PRIVATE KEY" (kind/minikube style).
    };
    enum class Usage { Server, Client };

    struct Issued {
        QByteArray certificatePem;
        QByteArray keyPem;
        QSslCertificate certificate() const;
        /// Null for a key type Qt cannot read.
        QSslKey key() const;
    };

    struct Request {
        QString commonName;
        QStringList organizations;
        Usage usage = Usage::Client;
        QStringList dnsNames;    ///< Server: subjectAltName DNS entries.
        QStringList ipAddresses; ///< Server: subjectAltName IP entries.
        KeyType keyType = KeyType::EcPkcs8;
        int validDays = 2;
    };

    SimTestCa();
    ~SimTestCa();

    bool isValid() const;
    QString errorString() const;

    QByteArray caPem() const;
    QSslCertificate caCertificate() const;
    /// The folder holding ca.crt (and the CA key); issued certificates are written here too.
    QString directory() const;
    /// Path of the CA certificate file (for kubeconfig `certificate-authority`).
    QString caFilePath() const;

    /// A new certificate; nullopt (errorString() says why) when openssl fails or the CA is invalid.
    std::optional<Issued> issue(const Request &request);
    /// Shorthand: a server certificate for 127.0.0.1, ::1 and localhost.
    std::optional<Issued> issueLoopbackServer();

private:
    bool run(const QStringList &arguments);

    QTemporaryDir m_dir;
    QByteArray m_caPem;
    QString m_error;
    int m_serial = 0;
};

} // namespace GradeDesk::Tests
