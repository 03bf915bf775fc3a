// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubeconfig.h"

#include "kubeclienttls.h"
#include "kubeconfigfile.h"
#include "kubelogging.h"

#include <services/config/courseconfig.h>
#include <services/secrets/secretstore.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

const QString execApiV1 = QStringLiteral("client.authentication.k8s.io/v1");
const QString execApiV1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");
const char *const execExtensionName = "client.authentication.k8s.io/exec";

/// The merged view of several files: kubectl's "first file to set a value or name wins".
struct Merged {
    QString currentContext;
    QHash<QString, KubeConfigEntry> clusters;
    QHash<QString, KubeConfigEntry> users;
    QHash<QString, KubeConfigEntry> contexts;
    QStringList files;
};

void mergeEntries(QHash<QString, KubeConfigEntry> &into, const QList<KubeConfigEntry> &entries)
{
    for (const KubeConfigEntry &entry : entries) {
        if (!into.contains(entry.name)) {
            into.insert(entry.name, entry);
        }
    }
}

QString resolvePath(const QString &path, const QString &file)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path)) {
        return path;
    }
    return QDir::cleanPath(QFileInfo(file).absoluteDir().absoluteFilePath(path));
}

} // namespace

class KubeContextBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(KubeConfigLoader)

public:
    static Result<Merged> merge(const QString &explicitFile);
    static Result<KubeContext> select(const Merged &merged, const QString &contextName, const QString &ns);

private:
    static Result<void> readCluster(const KubeConfigEntry &entry, KubeContext &context);
    static Result<void> readUser(const KubeConfigEntry &entry, KubeContext &context);
    static Result<void> readExec(KubeFieldReader &reader, const KubeConfigEntry &entry, const YAML::Node &exec,
                                 KubeExecConfig &config);
    static Result<QByteArray> readFile(KubeFieldReader &reader, const YAML::Node &map, const char *key,
                                       const QString &file, const QString &what);
};

QString KubeContext::keychainKey() const
{
    return SecretStore::keyFor(SecretStore::Kind::Kube, server.host(), userName.isEmpty() ? contextName : userName);
}

QStringList KubeConfigLoader::files(const QString &explicitFile)
{
    if (!explicitFile.isEmpty()) {
        return {QFileInfo(explicitFile).absoluteFilePath()};
    }
    const QString list = qEnvironmentVariable("KUBECONFIG");
    if (!list.isEmpty()) {
        QStringList files;
        for (const QString &entry : list.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
            const QString path = QFileInfo(entry).absoluteFilePath();
            if (!files.contains(path) && QFileInfo(path).isFile()) {
                files.append(path);
            }
        }
        return files;
    }
    const QString home = QDir::home().absoluteFilePath(QStringLiteral(".kube/config"));
    return QFileInfo(home).isFile() ? QStringList{home} : QStringList{};
}

Result<Merged> KubeContextBuilder::merge(const QString &explicitFile)
{
    Merged merged;
    merged.files = KubeConfigLoader::files(explicitFile);
    if (merged.files.isEmpty()) {
        return ServiceError::make(
            ServiceError::Kind::NotFound,
            tr("No kubeconfig file was found. Set the kubeconfig file in the course settings, or set "
               "KUBECONFIG, or create ~/.kube/config (your cluster provider's tools write it)."),
            QStringLiteral("no kubeconfig: KUBECONFIG=%1").arg(qEnvironmentVariable("KUBECONFIG")));
    }
    for (const QString &path : std::as_const(merged.files)) {
        auto file = KubeConfigFile::read(path);
        if (!file) {
            return file.error();
        }
        if (merged.currentContext.isEmpty()) {
            merged.currentContext = file.value().currentContext;
        }
        mergeEntries(merged.clusters, file.value().clusters);
        mergeEntries(merged.users, file.value().users);
        mergeEntries(merged.contexts, file.value().contexts);
    }
    return merged;
}

Result<KubeContext> KubeContextBuilder::select(const Merged &merged, const QString &contextName, const QString &ns)
{
    const QString files = merged.files.join(QStringLiteral(", "));
    KubeContext context;
    context.contextName = contextName.isEmpty() ? merged.currentContext : contextName;
    if (context.contextName.isEmpty()) {
        return ServiceError::make(ServiceError::Kind::Validation,
                                  tr("The kubeconfig (%1) has no current context. Choose a context in the "
                                     "course settings, or run \u201ckubectl config use-context NAME\u201d.")
                                      .arg(files),
                                  QStringLiteral("current-context is not set in %1").arg(files));
    }
    const auto contextEntry = merged.contexts.constFind(context.contextName);
    if (contextEntry == merged.contexts.cend()) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("The kubeconfig (%1) has no context \u201c%2\u201d. Choose one of its "
                                     "contexts in the course settings.")
                                      .arg(files, context.contextName),
                                  QStringLiteral("context %1 not found in %2").arg(context.contextName, files));
    }
    context.sourceFile = contextEntry->file;
    KubeFieldReader reader(contextEntry->file, contextEntry->at);
    const YAML::Node body = contextEntry->body;
    QString contextNs;
    if (body.IsMap() &&
        (!reader.string(body, "cluster", context.clusterName) || !reader.string(body, "user", context.userName) ||
         !reader.string(body, "namespace", contextNs))) {
        return reader.error();
    }
    context.ns = !ns.isEmpty() ? ns : !contextNs.isEmpty() ? contextNs : QStringLiteral("default");

    const auto clusterEntry = merged.clusters.constFind(context.clusterName);
    if (context.clusterName.isEmpty() || clusterEntry == merged.clusters.cend()) {
        reader.fail(ServiceError::Kind::Validation, body,
                    tr("The context \u201c%1\u201d names the cluster \u201c%2\u201d, which is not defined in the "
                       "kubeconfig.")
                        .arg(context.contextName, context.clusterName),
                    QStringLiteral("cluster %1 not found").arg(context.clusterName));
        return reader.error();
    }
    if (auto cluster = readCluster(*clusterEntry, context); !cluster) {
        return cluster.error();
    }
    if (!context.userName.isEmpty()) {
        const auto userEntry = merged.users.constFind(context.userName);
        if (userEntry == merged.users.cend()) {
            reader.fail(ServiceError::Kind::Validation, body,
                        tr("The context \u201c%1\u201d names the user \u201c%2\u201d, which is not defined in the "
                           "kubeconfig.")
                            .arg(context.contextName, context.userName),
                        QStringLiteral("user %1 not found").arg(context.userName));
            return reader.error();
        }
        if (auto user = readUser(*userEntry, context); !user) {
            return user.error();
        }
    }
    if (context.auth.exec && context.auth.exec->provideClusterInfo) {
        const YAML::Node extensions = clusterEntry->body.IsMap() ? clusterEntry->body["extensions"] : YAML::Node();
        if (extensions.IsSequence()) {
            for (const YAML::Node &extension : extensions) {
                if (extension.IsMap() && extension["name"].IsScalar() &&
                    extension["name"].Scalar() == execExtensionName) {
                    context.auth.exec->clusterConfig = KubeFieldReader::toJson(extension["extension"]).toObject();
                }
            }
        }
    }
    qCInfo(lcKube).noquote() << QStringLiteral("kubeconfig %1: context %2, cluster %3 (%4), user %5, namespace %6")
                                    .arg(files, context.contextName, context.clusterName,
                                         context.server.toDisplayString(), context.userName, context.ns);
    return context;
}

Result<QByteArray> KubeContextBuilder::readFile(KubeFieldReader &reader, const YAML::Node &map, const char *key,
                                                const QString &file, const QString &what)
{
    QString path;
    if (!reader.string(map, key, path)) {
        return reader.error();
    }
    if (path.isEmpty()) {
        return QByteArray();
    }
    path = resolvePath(path, file);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        reader.fail(ServiceError::Kind::Io, map[key],
                    tr("The %1 file %2 cannot be read (%3).").arg(what, path, in.errorString()),
                    QStringLiteral("open %1: %2").arg(path, in.errorString()));
        return reader.error();
    }
    return in.readAll();
}

Result<void> KubeContextBuilder::readCluster(const KubeConfigEntry &entry, KubeContext &context)
{
    KubeFieldReader reader(entry.file, entry.at);
    const YAML::Node body = entry.body;
    QString server;
    QString proxy;
    QByteArray caData;
    if (body.IsMap() &&
        (!reader.string(body, "server", server) || !reader.base64(body, "certificate-authority-data", caData) ||
         !reader.boolean(body, "insecure-skip-tls-verify", context.insecureSkipTlsVerify) ||
         !reader.string(body, "tls-server-name", context.tlsServerName) || !reader.string(body, "proxy-url", proxy) ||
         !reader.boolean(body, "disable-compression", context.disableCompression))) {
        return reader.error();
    }
    if (server.isEmpty()) {
        reader.fail(ServiceError::Kind::Validation, body,
                    tr("The cluster \u201c%1\u201d has no server address.").arg(entry.name),
                    QStringLiteral("no server found for cluster %1").arg(entry.name));
        return reader.error();
    }
    if (!server.contains(QLatin1String("://"))) {
        server.prepend(QStringLiteral("https://")); // client-go's default scheme for a bare host:port
    }
    context.server = QUrl(server, QUrl::StrictMode);
    const QString scheme = context.server.scheme().toLower();
    if (!context.server.isValid() || context.server.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        reader.fail(ServiceError::Kind::Validation, body["server"],
                    tr("The server address \u201c%1\u201d of the cluster \u201c%2\u201d is not an http(s) URL.")
                        .arg(server, entry.name),
                    QStringLiteral("bad server URL %1").arg(server));
        return reader.error();
    }
    if (!proxy.isEmpty()) {
        context.proxyUrl = QUrl(proxy, QUrl::StrictMode);
        const QString proxyScheme = context.proxyUrl.scheme().toLower();
        if (!context.proxyUrl.isValid() ||
            (proxyScheme != QLatin1String("http") && proxyScheme != QLatin1String("https") &&
             proxyScheme != QLatin1String("socks5"))) {
            reader.fail(ServiceError::Kind::Validation, body["proxy-url"],
                        tr("The proxy-url \u201c%1\u201d must be an http, https or socks5 URL.").arg(proxy),
                        QStringLiteral("bad proxy-url %1").arg(proxy));
            return reader.error();
        }
    }
    // client-go prefers the inline data over the file when both are given.
    if (caData.isEmpty()) {
        auto file = readFile(reader, body, "certificate-authority", entry.file, tr("certificate authority"));
        if (!file) {
            return file.error();
        }
        caData = file.value();
    }
    if (!caData.isEmpty()) {
        if (context.insecureSkipTlsVerify) {
            reader.fail(ServiceError::Kind::Validation, body["insecure-skip-tls-verify"],
                        tr("The cluster \u201c%1\u201d has both a certificate authority and insecure-skip-tls-verify; "
                           "remove one of them.")
                            .arg(entry.name),
                        QStringLiteral("specifying a root certificates file with the insecure flag is not allowed"));
            return reader.error();
        }
        if (!KubeTls::checkCertificates(caData)) {
            reader.fail(
                ServiceError::Kind::Validation, body,
                tr("The certificate authority of the cluster \u201c%1\u201d is not a PEM certificate.").arg(entry.name),
                QStringLiteral("certificate authority: no PEM certificate"));
            return reader.error();
        }
    }
    context.caPem = caData;
    return {};
}

Result<void> KubeContextBuilder::readUser(const KubeConfigEntry &entry, KubeContext &context)
{
    KubeFieldReader reader(entry.file, entry.at);
    const YAML::Node body = entry.body;
    if (!body.IsMap()) {
        return {};
    }
    KubeAuth &auth = context.auth;
    if (!reader.string(body, "token", auth.token) || !reader.string(body, "tokenFile", auth.tokenFile) ||
        !reader.base64(body, "client-certificate-data", auth.clientCertPem) ||
        !reader.base64(body, "client-key-data", auth.clientKeyPem) || !reader.string(body, "username", auth.username) ||
        !reader.string(body, "password", auth.password) || !reader.string(body, "as", auth.impersonateUser) ||
        !reader.string(body, "as-uid", auth.impersonateUid) ||
        !reader.stringList(body, "as-groups", auth.impersonateGroups) ||
        !reader.stringListMap(body, "as-user-extra", auth.impersonateExtra)) {
        return reader.error();
    }
    if (const YAML::Node provider = body["auth-provider"]; provider.IsDefined() && !provider.IsNull()) {
        QString name;
        if (provider.IsMap()) {
            reader.string(provider, "name", name);
        }
        reader.fail(ServiceError::Kind::Unsupported, provider,
                    tr("The user \u201c%1\u201d logs in with the auth-provider \u201c%2\u201d, which Kubernetes "
                       "clients no longer support. Update the kubeconfig with your provider's tools (they now "
                       "write an exec plugin).")
                        .arg(entry.name, name),
                    QStringLiteral("auth-provider %1 unsupported").arg(name));
        return reader.error();
    }
    if (auth.clientCertPem.isEmpty()) {
        auto cert = readFile(reader, body, "client-certificate", entry.file, tr("client certificate"));
        if (!cert) {
            return cert.error();
        }
        auth.clientCertPem = cert.value();
    }
    if (auth.clientKeyPem.isEmpty()) {
        auto key = readFile(reader, body, "client-key", entry.file, tr("client key"));
        if (!key) {
            return key.error();
        }
        auth.clientKeyPem = key.value();
    }
    if (auth.clientCertPem.isEmpty() != auth.clientKeyPem.isEmpty()) {
        reader.fail(ServiceError::Kind::Validation, body,
                    tr("The user \u201c%1\u201d has a client certificate without a key, or a key without a "
                       "certificate; both are needed.")
                        .arg(entry.name),
                    QStringLiteral("client certificate and key must both be set"));
        return reader.error();
    }
    if (!auth.clientCertPem.isEmpty()) {
        if (!KubeTls::checkCertificates(auth.clientCertPem)) {
            reader.fail(
                ServiceError::Kind::Validation, body,
                tr("The client certificate of the user \u201c%1\u201d is not a PEM certificate.").arg(entry.name),
                QStringLiteral("client certificate: no PEM certificate"));
            return reader.error();
        }
        if (KubeTls::privateKey(auth.clientKeyPem).isNull()) {
            reader.fail(ServiceError::Kind::Validation, body,
                        tr("The client key of the user \u201c%1\u201d is not a PEM RSA or EC private key "
                           "(PKCS#1, SEC1 or unencrypted PKCS#8).")
                            .arg(entry.name),
                        QStringLiteral("client key: unreadable private key"));
            return reader.error();
        }
    }
    if (!auth.tokenFile.isEmpty()) {
        auth.tokenFile = resolvePath(auth.tokenFile, entry.file);
        QFile in(auth.tokenFile);
        if (!in.open(QIODevice::ReadOnly)) {
            reader.fail(ServiceError::Kind::Io, body["tokenFile"],
                        tr("The token file %1 cannot be read (%2).").arg(auth.tokenFile, in.errorString()),
                        QStringLiteral("open %1: %2").arg(auth.tokenFile, in.errorString()));
            return reader.error();
        }
        // client-go: the file's token takes precedence over an inline token.
        auth.token = QString::fromUtf8(in.readAll()).trimmed();
    }
    const bool hasToken = !auth.token.isEmpty() || !auth.tokenFile.isEmpty();
    const bool hasBasic = !auth.username.isEmpty() || !auth.password.isEmpty();
    if (hasToken && hasBasic) {
        reader.fail(
            ServiceError::Kind::Validation, body,
            tr("The user \u201c%1\u201d has both a token and a username/password; keep only one.").arg(entry.name),
            QStringLiteral("more than one authentication method found: token, basicAuth"));
        return reader.error();
    }
    if (const YAML::Node exec = body["exec"]; exec.IsDefined() && !exec.IsNull()) {
        KubeExecConfig config;
        if (auto read = readExec(reader, entry, exec, config); !read) {
            return read.error();
        }
        auth.exec = config;
    }
    return {};
}

Result<void> KubeContextBuilder::readExec(KubeFieldReader &reader, const KubeConfigEntry &entry, const YAML::Node &exec,
                                          KubeExecConfig &config)
{
    if (!exec.IsMap()) {
        reader.fail(ServiceError::Kind::Validation, exec,
                    tr("“exec” must be a mapping, but it is %1.").arg(YamlNode::describe(exec)),
                    QStringLiteral("exec is not a mapping"));
        return reader.error();
    }
    QString mode;
    if (!reader.string(exec, "apiVersion", config.apiVersion) || !reader.string(exec, "command", config.command) ||
        !reader.stringList(exec, "args", config.args) || !reader.string(exec, "installHint", config.installHint) ||
        !reader.boolean(exec, "provideClusterInfo", config.provideClusterInfo) ||
        !reader.string(exec, "interactiveMode", mode)) {
        return reader.error();
    }
    if (config.apiVersion != execApiV1 && config.apiVersion != execApiV1beta1) {
        reader.fail(ServiceError::Kind::Unsupported, exec["apiVersion"].IsDefined() ? exec["apiVersion"] : exec,
                    tr("The exec plugin of the user \u201c%1\u201d uses the API version \u201c%2\u201d; GradeDesk "
                       "supports %3 and %4.")
                        .arg(entry.name, config.apiVersion, execApiV1, execApiV1beta1),
                    QStringLiteral("exec apiVersion %1 unsupported").arg(config.apiVersion));
        return reader.error();
    }
    if (config.command.isEmpty()) {
        reader.fail(ServiceError::Kind::Validation, exec,
                    tr("The exec plugin of the user \u201c%1\u201d has no command.").arg(entry.name),
                    QStringLiteral("exec command missing"));
        return reader.error();
    }
    if (mode.isEmpty() && config.apiVersion == execApiV1) {
        reader.fail(ServiceError::Kind::Validation, exec,
                    tr("The exec plugin of the user \u201c%1\u201d must set interactiveMode (Never, IfAvailable or "
                       "Always) with %2.")
                        .arg(entry.name, execApiV1),
                    QStringLiteral("interactiveMode must be specified for %1").arg(execApiV1));
        return reader.error();
    }
    if (mode == QLatin1String("Never")) {
        config.interactiveMode = KubeExecConfig::InteractiveMode::Never;
    } else if (mode == QLatin1String("Always")) {
        config.interactiveMode = KubeExecConfig::InteractiveMode::Always;
    } else if (mode.isEmpty() || mode == QLatin1String("IfAvailable")) {
        config.interactiveMode = KubeExecConfig::InteractiveMode::IfAvailable;
    } else {
        reader.fail(ServiceError::Kind::Validation, exec["interactiveMode"],
                    tr("interactiveMode must be Never, IfAvailable or Always, not \u201c%1\u201d.").arg(mode),
                    QStringLiteral("invalid interactiveMode %1").arg(mode));
        return reader.error();
    }
    const YAML::Node env = exec["env"];
    if (env.IsDefined() && !env.IsNull()) {
        if (!env.IsSequence()) {
            reader.fail(ServiceError::Kind::Validation, env, tr("“env” must be a list of name/value pairs."),
                        QStringLiteral("env not a list"));
            return reader.error();
        }
        for (const YAML::Node &item : env) {
            QString name;
            QString value;
            if (!item.IsMap()) {
                reader.fail(ServiceError::Kind::Validation, item, tr("“env” must be a list of name/value pairs."),
                            QStringLiteral("env item not a mapping"));
                return reader.error();
            }
            if (!reader.string(item, "name", name) || !reader.string(item, "value", value)) {
                return reader.error();
            }
            config.env.append({name, value});
        }
    }
    config.baseDir = QFileInfo(entry.file).absolutePath();
    return {};
}

Result<KubeContext> KubeConfigLoader::load(const QString &explicitFile, const QString &contextName, const QString &ns)
{
    auto merged = KubeContextBuilder::merge(explicitFile);
    if (!merged) {
        return merged.error();
    }
    return KubeContextBuilder::select(merged.value(), contextName, ns);
}

Result<KubeContext> KubeConfigLoader::load(const KubernetesConfig &config)
{
    return load(config.kubeconfig, config.context, config.ns);
}

Result<QStringList> KubeConfigLoader::contextNames(const QString &explicitFile)
{
    auto merged = KubeContextBuilder::merge(explicitFile);
    if (!merged) {
        return merged.error();
    }
    QStringList names = merged.value().contexts.keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace GradeDesk::Services
