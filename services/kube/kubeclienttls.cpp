// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubeclienttls.h"

#include <QList>
#include <QSslCertificate>
#include <QSslSocket>

#include <algorithm>

namespace GradeDesk::Services {

bool KubeTls::checkCertificates(const QByteArray &pem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        return false;
    }
    return std::none_of(certificates.cbegin(), certificates.cend(),
                        [](const QSslCertificate &certificate) { return certificate.isNull(); });
}

QSslKey KubeTls::privateKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull()) {
            return key;
        }
    }
    return {};
}

QSslConfiguration KubeTls::configuration(const KubeContext &context, const QByteArray &clientCertPem,
                                         const QByteArray &clientKeyPem)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!context.caPem.isEmpty()) {
        // The kubeconfig's CA replaces the system roots, as in client-go.
        ssl.setCaCertificates(QSslCertificate::fromData(context.caPem, QSsl::Pem));
    }
    if (context.insecureSkipTlsVerify) {
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    if (!clientCertPem.isEmpty() && !clientKeyPem.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromData(clientCertPem, QSsl::Pem);
        if (!chain.isEmpty()) {
            ssl.setLocalCertificateChain(chain);
            ssl.setPrivateKey(privateKey(clientKeyPem));
        }
    }
    ssl.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
    return ssl;
}

} // namespace GradeDesk::Services
