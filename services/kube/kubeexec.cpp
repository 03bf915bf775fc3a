// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "kubeexec.h"

#include "kubelogging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace GradeDesk::Services {

namespace {

constexpr qsizetype maxStderrShown = 2000;

class ExecText final
{
    Q_DECLARE_TR_FUNCTIONS(KubeExecPlugin)

public:
    static ServiceError error(ServiceError::Kind kind, const QString &message, const QString &detail)
    {
        return ServiceError::make(kind, message, QStringLiteral("exec plugin: ") + detail);
    }
};

QString lastPart(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes).trimmed();
    if (text.size() > maxStderrShown) {
        text = QStringLiteral("...") + text.right(maxStderrShown);
    }
    return text;
}

} // namespace

KubeExecPlugin::KubeExecPlugin(const KubeContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_result(ExecText::error(ServiceError::Kind::Process, {}, QStringLiteral("not run yet")))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    Q_ASSERT(context.auth.exec.has_value());
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_process) {
            m_timedOut = true;
            m_process->kill();
        }
    });
}

KubeExecPlugin::~KubeExecPlugin()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

std::optional<KubeExecCredential> KubeExecPlugin::cached() const
{
    if (!m_cache) {
        return std::nullopt;
    }
    if (m_cache->expiry.isValid() && m_clock().addSecs(m_refreshMarginSeconds) >= m_cache->expiry) {
        return std::nullopt;
    }
    return m_cache;
}

void KubeExecPlugin::invalidate()
{
    m_cache.reset();
}

QByteArray KubeExecPlugin::execInfo(const KubeContext &context)
{
    const KubeExecConfig &exec = *context.auth.exec;
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (exec.provideClusterInfo) {
        // The fields and their omit-when-empty rules of client-go's ExecCredentialSpec.Cluster.
        QJsonObject cluster{{QStringLiteral("server"), context.server.toString()}};
        if (!context.tlsServerName.isEmpty()) {
            cluster.insert(QStringLiteral("tls-server-name"), context.tlsServerName);
        }
        if (context.insecureSkipTlsVerify) {
            cluster.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        }
        if (!context.caPem.isEmpty()) {
            cluster.insert(QStringLiteral("certificate-authority-data"), QString::fromLatin1(context.caPem.toBase64()));
        }
        if (!context.proxyUrl.isEmpty()) {
            cluster.insert(QStringLiteral("proxy-url"), context.proxyUrl.toString());
        }
        if (context.disableCompression) {
            cluster.insert(QStringLiteral("disable-compression"), true);
        }
        if (!exec.clusterConfig.isEmpty()) {
            cluster.insert(QStringLiteral("config"), exec.clusterConfig);
        }
        spec.insert(QStringLiteral("cluster"), cluster);
    }
    const QJsonObject info{{QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("apiVersion"), exec.apiVersion},
                           {QStringLiteral("spec"), spec}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

Result<KubeExecCredential> KubeExecPlugin::parseOutput(const QByteArray &output, const QString &configuredApiVersion)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return ExecText::error(ServiceError::Kind::Parse,
                               ExecText::tr("The credential plugin printed something that is not an ExecCredential."),
                               QStringLiteral("stdout is not a JSON object (%1)").arg(parseError.errorString()));
    }
    const QJsonObject object = document.object();
    const QString apiVersion = object.value(QStringLiteral("apiVersion")).toString();
    if (apiVersion != configuredApiVersion) {
        return ExecText::error(ServiceError::Kind::Validation,
                               ExecText::tr("The credential plugin answered with API version \u201c%1\u201d, but the "
                                            "kubeconfig asks for \u201c%2\u201d. Fix the apiVersion in the kubeconfig.")
                                   .arg(apiVersion, configuredApiVersion),
                               QStringLiteral("exec plugin is configured to use API version %1, plugin returned "
                                              "version %2")
                                   .arg(configuredApiVersion, apiVersion));
    }
    if (object.value(QStringLiteral("kind")).toString() != QLatin1String("ExecCredential")) {
        return ExecText::error(ServiceError::Kind::Validation,
                               ExecText::tr("The credential plugin printed something that is not an ExecCredential."),
                               QStringLiteral("kind is %1").arg(object.value(QStringLiteral("kind")).toString()));
    }
    const QJsonValue statusValue = object.value(QStringLiteral("status"));
    if (!statusValue.isObject()) {
        return ExecText::error(ServiceError::Kind::Validation,
                               ExecText::tr("The credential plugin returned no credential (no status)."),
                               QStringLiteral("exec plugin didn't return a status field"));
    }
    const QJsonObject status = statusValue.toObject();
    KubeExecCredential credential;
    credential.token = status.value(QStringLiteral("token")).toString();
    credential.clientCertPem = status.value(QStringLiteral("clientCertificateData")).toString().toUtf8();
    credential.clientKeyPem = status.value(QStringLiteral("clientKeyData")).toString().toUtf8();
    if (credential.clientCertPem.isEmpty() != credential.clientKeyPem.isEmpty()) {
        return ExecText::error(ServiceError::Kind::Validation,
                               ExecText::tr("The credential plugin returned a client certificate without its key, or "
                                            "a key without its certificate."),
                               QStringLiteral("exec plugin returned only certificate or key, not both"));
    }
    if (credential.token.isEmpty() && credential.clientCertPem.isEmpty()) {
        return ExecText::error(ServiceError::Kind::Validation,
                               ExecText::tr("The credential plugin returned neither a token nor a client certificate."),
                               QStringLiteral("exec plugin didn't return a token or cert/key pair"));
    }
    const QString expiry = status.value(QStringLiteral("expirationTimestamp")).toString();
    if (!expiry.isEmpty()) {
        credential.expiry = QDateTime::fromString(expiry, Qt::ISODateWithMs).toUTC();
        if (!credential.expiry.isValid()) {
            return ExecText::error(ServiceError::Kind::Validation,
                                   ExecText::tr("The credential plugin returned an unreadable expiry time "
                                                "\u201c%1\u201d.")
                                       .arg(expiry),
                                   QStringLiteral("bad expirationTimestamp %1").arg(expiry));
        }
    }
    return credential;
}

QString KubeExecPlugin::resolvedProgram() const
{
    const KubeExecConfig &exec = *m_context.auth.exec;
    if (exec.command.contains(QLatin1Char('/'))) {
        const QString path =
            QDir::isAbsolutePath(exec.command) ? exec.command : QDir(exec.baseDir).absoluteFilePath(exec.command);
        const QFileInfo info(path);
        return info.isFile() && info.isExecutable() ? QDir::cleanPath(path) : QString();
    }
    if (!m_searchPath.isEmpty()) {
        const QString found = QStandardPaths::findExecutable(exec.command, m_searchPath);
        if (!found.isEmpty()) {
            return found;
        }
    }
    return QStandardPaths::findExecutable(exec.command);
}

void KubeExecPlugin::start()
{
    if (m_process) {
        return;
    }
    const KubeExecConfig &exec = *m_context.auth.exec;
    const auto failSoon = [this](const ServiceError &error) {
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
    };
    if (exec.interactiveMode == KubeExecConfig::InteractiveMode::Always) {
        failSoon(ExecText::error(ServiceError::Kind::Unsupported,
                                 ExecText::tr("The credential plugin \u201c%1\u201d needs a terminal "
                                              "(interactiveMode: Always), which GradeDesk cannot give it. Log in with "
                                              "kubectl in a terminal first, or change the kubeconfig.")
                                     .arg(exec.command),
                                 QStringLiteral("interactiveMode Always is not possible without a terminal")));
        return;
    }
    const QString program = resolvedProgram();
    if (program.isEmpty()) {
        const QString hint = !exec.installHint.isEmpty()
                                 ? exec.installHint
                                 : ExecText::tr("Install it, or add its folder to the search path in the settings.");
        failSoon(ExecText::error(
            ServiceError::Kind::Process,
            ExecText::tr("The credential plugin \u201c%1\u201d was not found.\n\n%2").arg(exec.command, hint),
            QStringLiteral("executable %1 not found").arg(exec.command)));
        return;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!m_searchPath.isEmpty()) {
        const QString path = environment.value(QStringLiteral("PATH"));
        environment.insert(QStringLiteral("PATH"), m_searchPath.join(QDir::listSeparator()) +
                                                       (path.isEmpty() ? QString() : QDir::listSeparator() + path));
    }
    for (const auto &[name, value] : exec.env) {
        environment.insert(name, value);
    }
    environment.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfo(m_context)));

    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(exec.args);
    m_process->setProcessEnvironment(environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::finished, this, &KubeExecPlugin::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, &KubeExecPlugin::onProcessError);
    m_timedOut = false;
    ++m_runCount;
    qCInfo(lcKube).noquote()
        << QStringLiteral("running exec credential plugin %1 for user %2").arg(program, m_context.userName);
    m_timer.start(m_timeLimitMs);
    m_process->start();
}

void KubeExecPlugin::onProcessError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process) {
        return; // crashes and kills arrive through finished()
    }
    const QString reason = m_process->errorString();
    m_process->deleteLater();
    m_process = nullptr;
    m_timer.stop();
    finish(ExecText::error(ServiceError::Kind::Process,
                           ExecText::tr("The credential plugin \u201c%1\u201d could not be started: %2")
                               .arg(m_context.auth.exec->command, reason),
                           QStringLiteral("failed to start: %1").arg(reason)));
}

void KubeExecPlugin::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process) {
        return;
    }
    m_timer.stop();
    const QByteArray out = m_process->readAllStandardOutput();
    const QString err = lastPart(m_process->readAllStandardError());
    m_process->deleteLater();
    m_process = nullptr;
    const QString command = m_context.auth.exec->command;
    if (m_timedOut) {
        finish(ExecText::error(ServiceError::Kind::Timeout,
                               ExecText::tr("The credential plugin \u201c%1\u201d did not answer within %2 s and was "
                                            "stopped.%3")
                                   .arg(command)
                                   .arg(m_timeLimitMs / 1000)
                                   .arg(err.isEmpty() ? QString() : QStringLiteral("\n\n") + err),
                               QStringLiteral("time limit %1 ms").arg(m_timeLimitMs)));
        return;
    }
    if (status != QProcess::NormalExit || exitCode != 0) {
        finish(
            ExecText::error(ServiceError::Kind::Process,
                            ExecText::tr("The credential plugin \u201c%1\u201d failed (exit code %2).%3")
                                .arg(command)
                                .arg(exitCode)
                                .arg(err.isEmpty() ? QString() : QStringLiteral("\n\n") + err),
                            QStringLiteral("exit %1, status %2, stderr: %3").arg(exitCode).arg(int(status)).arg(err)));
        return;
    }
    auto credential = parseOutput(out, m_context.auth.exec->apiVersion);
    if (credential) {
        m_cache = credential.value();
        qCInfo(lcKube).noquote() << QStringLiteral("exec plugin %1 returned a %2%3")
                                        .arg(command,
                                             credential.value().token.isEmpty() ? QStringLiteral("client certificate")
                                                                                : QStringLiteral("token"),
                                             credential.value().expiry.isValid()
                                                 ? QStringLiteral(" valid until ") +
                                                       credential.value().expiry.toString(Qt::ISODate)
                                                 : QString());
    }
    finish(credential);
}

void KubeExecPlugin::finish(const Result<KubeExecCredential> &result)
{
    m_result = result;
    if (!result) {
        qCWarning(lcKube).noquote() << result.error().detail;
    }
    emit finished();
}

} // namespace GradeDesk::Services
