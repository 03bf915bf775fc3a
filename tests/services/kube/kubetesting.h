// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <optional>

namespace GradeDesk::Tests::Kube {

/// Writes `content` to `dir/name` (folders created); "$DIR" in the content becomes `dir`.
inline QString writeFile(const QString &dir, const QString &name, QByteArray content, bool executable = false)
{
    const QString path = QDir(dir).absoluteFilePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    content.replace("$DIR", dir.toUtf8());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    out.write(content);
    out.close();
    if (executable) {
        out.setPermissions(out.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    }
    return path;
}

/// Runs the openssl CLI in `dir`; the output on success.
inline std::optional<QByteArray> openssl(const QString &dir, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty()) {
        return std::nullopt;
    }
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

/// A self-signed certificate and its key in `keyFormat` ("rsa-pkcs1", "ec-sec1", "rsa-pkcs8",
/// "ec-pkcs8"), made with the openssl CLI in `dir`. Empty PEMs when openssl is missing or fails.
struct CertAndKey {
    QByteArray certPem;
    QByteArray keyPem;
};

inline CertAndKey makeCertificate(const QString &dir, const QString &keyFormat, const QString &commonName)
{
    const QString base = QDir(dir).absoluteFilePath(commonName + QLatin1Char('-') + keyFormat);
    const bool rsa = keyFormat.startsWith(QLatin1String("rsa"));
    const QString raw = base + QStringLiteral(".raw.pem");
    const bool made = rsa ? openssl(dir, {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                          QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                                          QStringLiteral("rsa_keygen_bits:2048"), QStringLiteral("-out"), raw})
                                .has_value()
                          : openssl(dir, {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                                          QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                                          QStringLiteral("-out"), raw})
                                .has_value();
    if (!made) {
        return {};
    }
    const QString key = base + QStringLiteral(".key");
    QStringList convert;
    if (keyFormat == QLatin1String("rsa-pkcs1")) {
        convert = {QStringLiteral("rsa"),  QStringLiteral("-traditional"),
                   QStringLiteral("-in"),  raw,
                   QStringLiteral("-out"), key};
    } else if (keyFormat == QLatin1String("ec-sec1")) {
        convert = {QStringLiteral("ec"), QStringLiteral("-in"), raw, QStringLiteral("-out"), key};
    } else {
        convert = {QStringLiteral("pkcs8"),
                   QStringLiteral("-topk8"),
                   QStringLiteral("-nocrypt"),
                   QStringLiteral("-in"),
                   raw,
                   QStringLiteral("-out"),
                   key};
    }
    const QString cert = base + QStringLiteral(".crt");
    if (!openssl(dir, convert) ||
        !openssl(dir, {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-x509"), QStringLiteral("-key"),
                       raw, QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName, QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-out"), cert})) {
        return {};
    }
    QFile certFile(cert);
    QFile keyFile(key);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        return {};
    }
    return {certFile.readAll(), keyFile.readAll()};
}

/// Sets or clears an environment variable for the lifetime of the object.
class ScopedEnv final
{
public:
    ScopedEnv(const char *name, const QByteArray &value, bool set = true)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (set) {
            qputenv(name, value);
        } else {
            qunsetenv(name);
        }
    }

    ~ScopedEnv()
    {
        if (m_had) {
            qputenv(m_name, m_old);
        } else {
            qunsetenv(m_name);
        }
    }

    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace GradeDesk::Tests::Kube
