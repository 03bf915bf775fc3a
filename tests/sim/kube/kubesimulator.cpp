// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/kube/kubesimulator.h"

#include "tests/sim/kube/kubesimcore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace GradeDesk::Tests {

// --- KubeSimCore -------------------------------------------------------------------------------

KubeSimCore::KubeSimCore(KubeSimulator *owner)
    : q(owner)
{
    // Debian's python3 has nbclient; a pyenv shim earlier in PATH may not.
    python = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
                 ? QStringLiteral("/usr/bin/python3")
                 : QStandardPaths::findExecutable(QStringLiteral("python3"));
    watches = std::make_unique<KubeSimWatchHub>(*this);
    deleter = std::make_unique<KubeSimDeleter>(*this);
    jobs = std::make_unique<KubeSimJobController>(*this);
    kubelet = std::make_unique<KubeSimKubelet>(*this);
}

KubeSimCore::~KubeSimCore()
{
    // Servers first (no more requests), then the parts that react to the store.
    server.reset();
    kubelet.reset();
    jobs.reset();
    deleter.reset();
    watches.reset();
}

std::chrono::milliseconds KubeSimCore::scaled(double seconds) const
{
    return std::chrono::milliseconds(qint64(seconds * 1000.0 * timeScale));
}

bool KubeSimCore::isDenied(const QString &user, const QString &verb, const QString &resource, const QString &ns) const
{
    return std::any_of(denied.cbegin(), denied.cend(), [&](const KubeSimDenied &d) {
        return d.user == user && d.verb == verb && d.resource == resource && (d.ns.isEmpty() || d.ns == ns);
    });
}

void KubeSimCore::recordEvent(const QJsonObject &involved, const QString &type, const QString &reason,
                              const QString &message)
{
    const KubeSimResource *events = kubeSimResource(QString(), QStringLiteral("events"));
    const QString now = KubeSimStore::nowTimestamp();
    QJsonObject event{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"),
                      QString(kName(involved) + u'.' + QString::number(QRandomGenerator::global()->generate64(), 16))},
                     {QStringLiteral("namespace"), kNamespace(involved)}}},
        {QStringLiteral("involvedObject"),
         QJsonObject{{QStringLiteral("apiVersion"), involved.value(QLatin1String("apiVersion"))},
                     {QStringLiteral("kind"), involved.value(QLatin1String("kind"))},
                     {QStringLiteral("name"), kName(involved)},
                     {QStringLiteral("namespace"), kNamespace(involved)},
                     {QStringLiteral("uid"), kUid(involved)},
                     {QStringLiteral("resourceVersion"), kMeta(involved).value(QLatin1String("resourceVersion"))}}},
        {QStringLiteral("type"), type},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), message},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("component"), QStringLiteral("job-controller")}}},
        {QStringLiteral("reportingComponent"), QStringLiteral("job-controller")},
        {QStringLiteral("reportingInstance"), QString()},
        {QStringLiteral("firstTimestamp"), now},
        {QStringLiteral("lastTimestamp"), now},
        {QStringLiteral("count"), 1},
        {QStringLiteral("eventTime"), QJsonValue::Null},
    };
    store.create(*events, event);
}

// --- Helpers -----------------------------------------------------------------------------------

QStringList kFinalizers(const QJsonObject &object)
{
    QStringList out;
    for (const QJsonValue &v : kMeta(object).value(QLatin1String("finalizers")).toArray()) {
        out.append(v.toString());
    }
    return out;
}

void kSetFinalizers(QJsonObject &object, const QStringList &finalizers)
{
    kSetMeta(object, QStringLiteral("finalizers"),
             finalizers.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonArray::fromStringList(finalizers));
}

QString kRandomSuffix()
{
    static const QLatin1String alphabet("bcdfghjklmnpqrstvwxz2456789");
    QString out;
    for (int i = 0; i < 5; ++i) {
        out.append(QChar(alphabet[QRandomGenerator::global()->bounded(int(alphabet.size()))]));
    }
    return out;
}

QJsonValue kMergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject()) {
        return patch;
    }
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject p = patch.toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isNull()) {
            result.remove(it.key());
        } else {
            result.insert(it.key(), kMergePatch(result.value(it.key()), it.value()));
        }
    }
    return result;
}

QJsonObject kubeStatus(int code, const QString &reason, const QString &message, const QJsonObject &details)
{
    QJsonObject status{
        {QStringLiteral("kind"), QStringLiteral("Status")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("status"), code >= 200 && code < 300 ? QStringLiteral("Success") : QStringLiteral("Failure")},
        {QStringLiteral("code"), code}};
    if (!message.isEmpty()) {
        status.insert(QStringLiteral("message"), message);
    }
    if (!reason.isEmpty()) {
        status.insert(QStringLiteral("reason"), reason);
    }
    if (!details.isEmpty()) {
        status.insert(QStringLiteral("details"), details);
    }
    return status;
}

SimHttpResponse kubeJsonResponse(int code, const QJsonObject &object)
{
    SimHttpResponse response = SimHttpResponse::json(code, QJsonDocument(object));
    response.setHeader("Content-Type", "application/json");
    response.setHeader("Cache-Control", "no-cache, private");
    response.setHeader("Audit-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    return response;
}

SimHttpResponse kubeStatusResponse(int code, const QString &reason, const QString &message, const QJsonObject &details)
{
    return kubeJsonResponse(code, kubeStatus(code, reason, message, details));
}

QJsonObject kubeDetails(const KubeSimResource &resource, const QString &name)
{
    QJsonObject details{{QStringLiteral("name"), name}, {QStringLiteral("kind"), resource.plural}};
    if (!resource.group.isEmpty()) {
        details.insert(QStringLiteral("group"), resource.group);
    }
    return details;
}

// --- KubeSimulator -----------------------------------------------------------------------------

KubeSimulator::KubeSimulator(QObject *parent)
    : QObject(parent)
    , m_core(std::make_unique<KubeSimCore>(this))
{}

KubeSimulator::~KubeSimulator() = default;

bool KubeSimulator::start(quint16 port)
{
    if (!m_core->ca.isValid()) {
        m_core->errorString = QStringLiteral("no test CA: ") + m_core->ca.errorString();
        return false;
    }
    const auto serverCert = m_core->ca.issueLoopbackServer();
    if (!serverCert) {
        m_core->errorString = QStringLiteral("no server certificate: ") + m_core->ca.errorString();
        return false;
    }
    QString schemaError;
    m_core->schema = KubeSchema::shared(KubeSchema::defaultPath(), &schemaError);
    if (!m_core->schema) {
        m_core->errorString = QStringLiteral("cannot load the Kubernetes schema: ") + schemaError;
        return false;
    }
    m_core->validator = std::make_unique<KubeValidator>(m_core->schema);
    m_core->server = std::make_unique<SimHttpServer>([this](const SimHttpRequest &request) { return handle(request); });
    SimHttpTls tls;
    tls.certificate = serverCert->certificate();
    tls.privateKey = serverCert->key();
    tls.clientCaCertificates = {m_core->ca.caCertificate()};
    tls.clientCertificates = SimHttpTls::ClientCertificates::Optional;
    m_core->server->setTls(tls);
    if (!m_core->server->listen(port)) {
        m_core->errorString = m_core->server->errorString();
        return false;
    }
    return true;
}

QString KubeSimulator::errorString() const
{
    return m_core->errorString;
}

QUrl KubeSimulator::baseUrl() const
{
    return m_core->server ? m_core->server->baseUrl() : QUrl();
}

QByteArray KubeSimulator::caPem() const
{
    return m_core->ca.caPem();
}

QString KubeSimulator::caFilePath() const
{
    return m_core->ca.caFilePath();
}

SimTestCa &KubeSimulator::certificateAuthority()
{
    return m_core->ca;
}

void KubeSimulator::addToken(const QByteArray &token, const QString &user, const QStringList &groups)
{
    m_core->tokens.insert(token, {user, groups});
}

void KubeSimulator::removeToken(const QByteArray &token)
{
    m_core->tokens.remove(token);
}

std::optional<SimTestCa::Issued> KubeSimulator::issueClientCertificate(const QString &user, const QStringList &groups,
                                                                       SimTestCa::KeyType keyType)
{
    SimTestCa::Request request;
    request.commonName = user;
    request.organizations = groups;
    request.keyType = keyType;
    return m_core->ca.issue(request);
}

void KubeSimulator::forbid(const QString &user, const QString &verb, const QString &resource, const QString &ns)
{
    m_core->denied.append({user, verb, resource, ns});
}

QByteArray KubeSimulator::kubeconfig(const QByteArray &token, const QString &ns,
                                     const std::optional<SimTestCa::Issued> &clientCert) const
{
    QByteArray user;
    if (!token.isEmpty()) {
        user = "    token: " + token + '\n';
    } else if (clientCert) {
        user = "    client-certificate-data: " + clientCert->certificatePem.toBase64() +
               "\n    client-key-data: " + clientCert->keyPem.toBase64() + '\n';
    }
    return "apiVersion: v1\nkind: Config\nclusters:\n- name: sim\n  cluster:\n    server: " +
           baseUrl().toString().toUtf8() + "\n    certificate-authority-data: " + caPem().toBase64() +
           "\nusers:\n- name: sim-user\n  user:\n" + user +
           "contexts:\n- name: sim\n  context:\n    cluster: sim\n    user: sim-user\n    namespace: " + ns.toUtf8() +
           "\ncurrent-context: sim\n";
}

void KubeSimulator::setTimeScale(double scale)
{
    m_core->timeScale = std::max(0.0, scale);
}

double KubeSimulator::timeScale() const
{
    return m_core->timeScale;
}

void KubeSimulator::setPythonExecutable(const QString &path)
{
    m_core->python = path;
}

QString KubeSimulator::pythonExecutable() const
{
    return m_core->python;
}

void KubeSimulator::setMaxConcurrentPods(int pods)
{
    m_core->maxConcurrentPods = std::max(1, pods);
}

int KubeSimulator::maxConcurrentPods() const
{
    return m_core->maxConcurrentPods;
}

void KubeSimulator::setPersistentVolumeFolder(const QString &claimName, const QString &localFolder)
{
    m_core->pvcFolders.insert(claimName, localFolder);
}

void KubeSimulator::setInstantTerminationMessage(const QByteArray &message)
{
    m_core->instantMessage = message;
}

void KubeSimulator::setNamespaceLabels(const QString &ns, const QJsonObject &labels)
{
    m_core->namespaceLabelMap.insert(ns, labels);
}

void KubeSimulator::setWatchHistoryLimit(int events)
{
    m_core->store.setHistoryLimit(events);
}

void KubeSimulator::setBookmarkInterval(std::chrono::milliseconds interval)
{
    m_core->bookmarkInterval = interval;
}

void KubeSimulator::setServerMinorVersion(int minor)
{
    m_core->minorVersion = minor;
}

KubeSimStore &KubeSimulator::store()
{
    return m_core->store;
}

std::optional<QJsonObject> KubeSimulator::object(const QString &plural, const QString &ns, const QString &name) const
{
    for (const KubeSimResource &resource : kubeSimResources()) {
        if (resource.plural == plural) {
            return m_core->store.get(resource, ns, name);
        }
    }
    return std::nullopt;
}

QList<QJsonObject> KubeSimulator::objects(const QString &plural, const QString &ns) const
{
    for (const KubeSimResource &resource : kubeSimResources()) {
        if (resource.plural == plural) {
            return m_core->store.list(resource, ns);
        }
    }
    return {};
}

QByteArray KubeSimulator::containerLog(const QString &ns, const QString &pod, const QString &container) const
{
    return m_core->kubelet->log(ns, pod, container);
}

int KubeSimulator::requestCount() const
{
    return m_core->requests;
}

QHash<QString, int> KubeSimulator::requestCounts() const
{
    return m_core->requestCounts;
}

int KubeSimulator::openWatchCount() const
{
    return m_core->watches->openCount();
}

int KubeSimulator::runningProcessCount() const
{
    return m_core->kubelet->runningCount();
}

void KubeSimulator::injectFault(const Fault &fault)
{
    m_core->faults.append(fault);
}

void KubeSimulator::dropWatches()
{
    m_core->watches->dropAll();
}

void KubeSimulator::expireNextWatch(bool plainHttp)
{
    m_core->watches->expireNext = true;
    m_core->watches->expirePlain = plainHttp;
}

void KubeSimulator::compactHistory()
{
    m_core->store.compact();
}

namespace {

std::optional<QJsonObject> activePodOfIndex(KubeSimCore &core, const QString &ns, const QString &job, int index)
{
    const KubeSimResource *pods = kubeSimResource(QString(), QStringLiteral("pods"));
    for (const QJsonObject &pod : core.store.list(*pods, ns)) {
        const QJsonObject labels = kLabels(pod);
        const QString phase = pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
        if (labels.value(QLatin1String("batch.kubernetes.io/job-name")).toString() == job &&
            labels.value(QLatin1String("batch.kubernetes.io/job-completion-index")).toString() ==
                QString::number(index) &&
            phase != QLatin1String("Succeeded") && phase != QLatin1String("Failed") &&
            !kMeta(pod).contains(QLatin1String("deletionTimestamp"))) {
            return pod;
        }
    }
    return std::nullopt;
}

} // namespace

bool KubeSimulator::oomKillIndex(const QString &ns, const QString &job, int index)
{
    const auto pod = activePodOfIndex(*m_core, ns, job, index);
    return pod && m_core->kubelet->oomKill(ns, kName(*pod));
}

bool KubeSimulator::evictIndex(const QString &ns, const QString &job, int index)
{
    auto pod = activePodOfIndex(*m_core, ns, job, index);
    if (!pod) {
        return false;
    }
    const KubeSimResource *pods = kubeSimResource(QString(), QStringLiteral("pods"));
    QJsonObject status = pod->value(QLatin1String("status")).toObject();
    QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    conditions.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("DisruptionTarget")},
                                  {QStringLiteral("status"), QStringLiteral("True")},
                                  {QStringLiteral("reason"), QStringLiteral("EvictionByEvictionAPI")},
                                  {QStringLiteral("message"), QStringLiteral("Eviction API: evicting")},
                                  {QStringLiteral("lastTransitionTime"), KubeSimStore::nowTimestamp()}});
    status.insert(QStringLiteral("conditions"), conditions);
    pod->insert(QStringLiteral("status"), status);
    m_core->store.update(*pods, *pod);
    m_core->deleter->remove(*pods, ns, kName(*pod), {});
    return true;
}

void KubeSimulator::failImagePullIndex(const QString &ns, const QString &job, int index)
{
    m_core->imagePullFailures.insert(ns + u'/' + job + u'/' + QString::number(index));
}

void KubeSimulator::restartApiServer(std::chrono::milliseconds unavailable)
{
    m_core->unavailable = true;
    m_core->unavailableUntil = QDeadlineTimer(unavailable);
    m_core->server->dropAllConnections();
    QTimer::singleShot(unavailable, this, [this] { m_core->unavailable = false; });
}

void KubeSimulator::setResponseDelay(std::chrono::milliseconds delay)
{
    m_core->responseDelay = delay;
}

} // namespace GradeDesk::Tests
