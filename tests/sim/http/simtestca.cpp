// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/http/simtestca.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace GradeDesk::Tests {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QStringList newKeyArguments(SimTestCa::KeyType type)
{
    switch (type) {
    case SimTestCa::KeyType::RsaPkcs8:
    case SimTestCa::KeyType::RsaPkcs1:
        return {QStringLiteral("-newkey"), QStringLiteral("rsa:2048")};
    case SimTestCa::KeyType::EcPkcs8:
    case SimTestCa::KeyType::EcSec1:
        break;
    }
    return {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1")};
}

// openssl's -subj syntax: "/O=a/O=b/CN=c" with '/' and '\' escaped.
QString subjectLine(const QString &commonName, const QStringList &organizations)
{
    auto escape = [](QString value) {
        value.replace(u'\\', QStringLiteral("\\\\"));
        value.replace(u'/', QStringLiteral("\\/"));
        return value;
    };
    QString subject;
    for (const QString &organization : organizations) {
        subject += QStringLiteral("/O=") + escape(organization);
    }
    return subject + QStringLiteral("/CN=") + escape(commonName);
}

} // namespace

QSslCertificate SimTestCa::Issued::certificate() const
{
    return QSslCertificate(certificatePem, QSsl::Pem);
}

QSslKey SimTestCa::Issued::key() const
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(keyPem, algorithm, QSsl::Pem);
        if (!key.isNull()) {
            return key;
        }
    }
    return {};
}

SimTestCa::SimTestCa()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: ") + m_dir.errorString();
        return;
    }
    const QStringList arguments = QStringList{QStringLiteral("req"), QStringLiteral("-x509")} +
                                  newKeyArguments(KeyType::EcPkcs8) +
                                  QStringList{QStringLiteral("-nodes"),
                                              QStringLiteral("-keyout"),
                                              m_dir.filePath(QStringLiteral("ca.key")),
                                              QStringLiteral("-out"),
                                              caFilePath(),
                                              QStringLiteral("-days"),
                                              QStringLiteral("2"),
                                              QStringLiteral("-subj"),
                                              QStringLiteral("/CN=gradedesk-sim-ca"),
                                              QStringLiteral("-addext"),
                                              QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                              QStringLiteral("-addext"),
                                              QStringLiteral("keyUsage=critical,keyCertSign,cRLSign,digitalSignature")};
    if (run(arguments)) {
        m_caPem = readAll(caFilePath());
        if (QSslCertificate(m_caPem, QSsl::Pem).isNull()) {
            m_error = QStringLiteral("openssl wrote no readable CA certificate");
            m_caPem.clear();
        }
    }
}

SimTestCa::~SimTestCa() = default;

bool SimTestCa::isValid() const
{
    return !m_caPem.isEmpty();
}

QString SimTestCa::errorString() const
{
    return m_error;
}

QByteArray SimTestCa::caPem() const
{
    return m_caPem;
}

QSslCertificate SimTestCa::caCertificate() const
{
    return QSslCertificate(m_caPem, QSsl::Pem);
}

QString SimTestCa::directory() const
{
    return m_dir.path();
}

QString SimTestCa::caFilePath() const
{
    return m_dir.filePath(QStringLiteral("ca.crt"));
}

std::optional<SimTestCa::Issued> SimTestCa::issue(const Request &request)
{
    if (!isValid()) {
        return std::nullopt;
    }
    const QString base = m_dir.filePath(QStringLiteral("leaf%1").arg(++m_serial));
    const QString keyPath = base + QStringLiteral(".key");
    const QString csrPath = base + QStringLiteral(".csr");
    const QString certPath = base + QStringLiteral(".crt");
    const QString extPath = base + QStringLiteral(".ext");

    QByteArray extensions = "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n";
    if (request.usage == Usage::Server) {
        QStringList names;
        for (const QString &dns : request.dnsNames) {
            names.append(QStringLiteral("DNS:") + dns);
        }
        for (const QString &ip : request.ipAddresses) {
            names.append(QStringLiteral("IP:") + ip);
        }
        extensions += "extendedKeyUsage=serverAuth\n";
        if (!names.isEmpty()) {
            extensions += "subjectAltName=" + names.join(u',').toUtf8() + '\n';
        }
    } else {
        extensions += "extendedKeyUsage=clientAuth\n";
    }
    if (!writeAll(extPath, extensions)) {
        m_error = QStringLiteral("cannot write ") + extPath;
        return std::nullopt;
    }
    const QStringList csr = QStringList{QStringLiteral("req"), QStringLiteral("-new")} +
                            newKeyArguments(request.keyType) +
                            QStringList{QStringLiteral("-nodes"),
                                        QStringLiteral("-keyout"),
                                        keyPath,
                                        QStringLiteral("-out"),
                                        csrPath,
                                        QStringLiteral("-subj"),
                                        subjectLine(request.commonName, request.organizations)};
    const QStringList sign{QStringLiteral("x509"),        QStringLiteral("-req"),
                           QStringLiteral("-in"),         csrPath,
                           QStringLiteral("-CA"),         caFilePath(),
                           QStringLiteral("-CAkey"),      m_dir.filePath(QStringLiteral("ca.key")),
                           QStringLiteral("-set_serial"), QString::number(1000 + m_serial),
                           QStringLiteral("-days"),       QString::number(request.validDays),
                           QStringLiteral("-extfile"),    extPath,
                           QStringLiteral("-out"),        certPath};
    if (!run(csr) || !run(sign)) {
        return std::nullopt;
    }
    QString finalKeyPath = keyPath;
    if (request.keyType == KeyType::EcSec1 || request.keyType == KeyType::RsaPkcs1) {
        // openssl 3 writes PKCS#8; -traditional gives SEC1 / PKCS#1.
        finalKeyPath = base + QStringLiteral(".traditional.key");
        if (!run({QStringLiteral("pkey"), QStringLiteral("-in"), keyPath, QStringLiteral("-traditional"),
                  QStringLiteral("-out"), finalKeyPath})) {
            return std::nullopt;
        }
    }
    Issued issued{readAll(certPath), readAll(finalKeyPath)};
    if (issued.certificate().isNull() || issued.keyPem.isEmpty()) {
        m_error = QStringLiteral("openssl wrote no readable certificate for ") + request.commonName;
        return std::nullopt;
    }
    return issued;
}

std::optional<SimTestCa::Issued> SimTestCa::issueLoopbackServer()
{
    Request request;
    request.commonName = QStringLiteral("gradedesk-sim-server");
    request.usage = Usage::Server;
    request.dnsNames = {QStringLiteral("localhost")};
    request.ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    return issue(request);
}

bool SimTestCa::run(const QStringList &arguments)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        m_error = QStringLiteral("the openssl command is not installed");
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2")
                      .arg(arguments.first(), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

} // namespace GradeDesk::Tests
