// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "kubeconfig.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QSslKey>

namespace GradeDesk::Services {

/// TLS material of a kubeconfig context as Qt objects.
class KubeTls final
{
public:
    KubeTls() = delete;

    /// True when `pem` holds at least one PEM certificate and nothing unreadable.
    static bool checkCertificates(const QByteArray &pem);
    /// An RSA or EC private key in PEM: PKCS#1 ("RSA PRIVATE KEY"), SEC1 ("EC PRIVATE KEY") or
    /// unencrypted PKCS#8 ("PRIVATE KEY"). Null when none of them fits.
    static QSslKey privateKey(const QByteArray &pem);
    /// The configuration for requests to the context's server: its CA (else the system roots),
    /// the client certificate and key when given, verification off only when the context says
    /// insecure-skip-tls-verify. HTTP/2 is negotiated through ALPN.
    static QSslConfiguration configuration(const KubeContext &context, const QByteArray &clientCertPem,
                                           const QByteArray &clientKeyPem);
};

} // namespace GradeDesk::Services
