// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace GradeDesk::Services {

struct KubernetesConfig;

/// A user's `exec` credential plugin (client.authentication.k8s.io v1 or v1beta1).
struct KubeExecConfig {
    enum class InteractiveMode { Never, IfAvailable, Always };

    QString apiVersion; ///< "client.authentication.k8s.io/v1" or ".../v1beta1", checked at load.
    QString command;    ///< As written; a command with a "/" is resolved against `baseDir`.
    QStringList args;
    QList<QPair<QString, QString>> env; ///< Added to GradeDesk's environment, in file order.
    QString installHint;
    bool provideClusterInfo = false;
    InteractiveMode interactiveMode = InteractiveMode::IfAvailable;
    QString baseDir;           ///< Folder of the kubeconfig file that defined the user.
    QJsonObject clusterConfig; ///< The cluster's `client.authentication.k8s.io/exec` extension, if any.

    friend bool operator==(const KubeExecConfig &, const KubeExecConfig &) = default;
};

/// How GradeDesk authenticates as the context's user. At most one of token / client cert / basic /
/// exec is used (kubectl's rule: one auth method per user); impersonation combines with any.
struct KubeAuth {
    QString token;            ///< Bearer token (from `token`, or read from `tokenFile` at load).
    QString tokenFile;        ///< Absolute; re-read by the client when the server says 401.
    QByteArray clientCertPem; ///< PEM from `client-certificate(-data)`.
    QByteArray clientKeyPem;  ///< PEM from `client-key(-data)`: PKCS#1 RSA, SEC1 EC or PKCS#8.
    QString username;         ///< Basic auth (obsolete, still honoured).
    QString password;
    QString impersonateUser;                     ///< `as` -> Impersonate-User
    QString impersonateUid;                      ///< `as-uid` -> Impersonate-Uid
    QStringList impersonateGroups;               ///< `as-groups` -> Impersonate-Group (repeated)
    QMap<QString, QStringList> impersonateExtra; ///< `as-user-extra` -> Impersonate-Extra-<key>
    std::optional<KubeExecConfig> exec;

    bool hasCredentials() const
    {
        return !token.isEmpty() || !tokenFile.isEmpty() || !clientCertPem.isEmpty() || !username.isEmpty() ||
               exec.has_value();
    }

    friend bool operator==(const KubeAuth &, const KubeAuth &) = default;
};

/**
 * @brief Everything GradeDesk needs to talk to one cluster as one user, resolved from a kubeconfig.
 *
 * Secret material (token, password, key) lives only in memory: a KubeContext is never written to a
 * file or logged. A token the user types into GradeDesk (for a kubeconfig without credentials) is
 * kept in the keychain under keychainKey() and set with KubeClient::setBearerToken().
 */
struct KubeContext {
    QString contextName;
    QString clusterName;
    QString userName;
    QString ns; ///< Course config namespace, else the context's, else "default".
    QUrl server;
    QByteArray caPem; ///< Empty: the system roots.
    bool insecureSkipTlsVerify = false;
    QString tlsServerName; ///< SNI and verification name when not empty.
    QUrl proxyUrl;
    bool disableCompression = false;
    KubeAuth auth;
    QString sourceFile; ///< The kubeconfig file that defined the context (for messages).

    /// `kube:<server host>:<user name>`, the SecretStore key of a token given to GradeDesk.
    QString keychainKey() const;

    friend bool operator==(const KubeContext &, const KubeContext &) = default;
};

/**
 * @brief Reads kubeconfig files exactly as kubectl does (spec kubernetes.md §4.2).
 *
 * Files: `explicitFile` alone when given; else every existing entry of $KUBECONFIG (':'-separated,
 * empty and missing entries skipped), merged so that the first file to set a value or map key wins
 * and clusters/users/contexts are taken whole from the first file that names them; else
 * ~/.kube/config. A file that exists but cannot be parsed is an error.
 *
 * Errors are positioned ("file:line:column: ...") like course.yaml errors: Io (unreadable file),
 * Parse (bad YAML), Validation (wrong types, missing context/cluster/user/server, bad base64 or
 * PEM), Unsupported (auth-provider, unknown exec apiVersion), NotFound (no kubeconfig at all, or
 * the named context does not exist).
 */
class KubeConfigLoader final
{
    Q_DECLARE_TR_FUNCTIONS(KubeConfigLoader)

public:
    KubeConfigLoader() = delete;

    /// `contextName` empty: the merged current-context. `ns` empty: the context's namespace.
    static Result<KubeContext> load(const QString &explicitFile, const QString &contextName, const QString &ns = {});
    /// With the course config's kubernetes section (kubeconfig, context, namespace).
    static Result<KubeContext> load(const KubernetesConfig &config);

    /// The files load() reads, in merge order (existing files only).
    static QStringList files(const QString &explicitFile);
    /// Context names of the merged configuration, sorted (for a picker).
    static Result<QStringList> contextNames(const QString &explicitFile);
};

} // namespace GradeDesk::Services
