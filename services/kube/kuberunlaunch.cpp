// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// KubeRun, first half: preflight and the creation of the Job and the objects it owns.
#include "kubeclient.h"
#include "kubejobmanifest.h"
#include "kubelogging.h"
#include "kuberun.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <memory>

namespace GradeDesk::Services {

namespace {

/// The minor version the Job needs: backoffLimitPerIndex and podFailurePolicy FailIndex are on by
/// default from 1.29 (beta), GA in 1.33.
constexpr int kMinMinorVersion = 29;

struct AccessCheck {
    QString verb;
    QString group;
    QString resource;
    QString subresource;

    QString describe() const
    {
        QString what = resource;
        if (!subresource.isEmpty()) {
            what += u'/' + subresource;
        }
        if (!group.isEmpty()) {
            what += u'.' + group;
        }
        return verb + u' ' + what;
    }
};

const QList<AccessCheck> &accessChecks()
{
    static const QList<AccessCheck> checks{
        {QStringLiteral("create"), QStringLiteral("batch"), QStringLiteral("jobs"), {}},
        {QStringLiteral("delete"), QStringLiteral("batch"), QStringLiteral("jobs"), {}},
        {QStringLiteral("patch"), QStringLiteral("batch"), QStringLiteral("jobs"), {}},
        {QStringLiteral("create"), {}, QStringLiteral("configmaps"), {}},
        {QStringLiteral("create"), QStringLiteral("networking.k8s.io"), QStringLiteral("networkpolicies"), {}},
        {QStringLiteral("list"), {}, QStringLiteral("pods"), {}},
        {QStringLiteral("watch"), {}, QStringLiteral("pods"), {}},
        {QStringLiteral("get"), {}, QStringLiteral("pods"), QStringLiteral("log")},
    };
    return checks;
}

} // namespace

KubeRun::KubeRun(KubeClient *client, const KubeRunSetup &setup, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_setup(setup)
{
    m_done = QList<bool>(m_setup.taskIndexes.size(), false);
}

KubeRun::~KubeRun()
{
    stopWatch();
}

QString KubeRun::podsPath() const
{
    return u"/api/v1/namespaces/" + m_setup.ns + u"/pods";
}

void KubeRun::launch(const KubeInputBundle &inputs)
{
    m_inputs = inputs;
    m_stats.configMaps = int(inputs.configMaps.size());
    m_requestBase = m_client->requestCount();
    m_clock.start();
    if (m_setup.preflight) {
        preflightVersion();
    } else {
        createJob();
    }
}

void KubeRun::reportWarnings(const KubeReply *reply)
{
    for (const QString &warning : reply->warnings()) {
        emit runEvent(tr("Cluster warning: %1").arg(warning));
    }
}

void KubeRun::preflightVersion()
{
    KubeReply *reply = m_client->request("GET", QStringLiteral("/version"));
    connect(reply, &KubeReply::finished, this, [this, reply] {
        if (m_cancelled) {
            abortLaunch(ServiceError::make(ServiceError::Kind::Cancelled, tr("The run was cancelled.")));
            return;
        }
        if (!reply->result()) {
            abortLaunch(reply->result().error());
            return;
        }
        const QJsonObject version = reply->result().value();
        const QString major = version.value(QStringLiteral("major")).toString();
        // Managed clusters report minors like "29+".
        const int minor =
            version.value(QStringLiteral("minor")).toString().remove(QRegularExpression(u"\\D.*$"_qs)).toInt();
        if (major == u"1" && minor > 0 && minor < kMinMinorVersion) {
            abortLaunch(ServiceError::make(
                ServiceError::Kind::Unsupported,
                tr("The cluster runs Kubernetes %1.%2; autograde needs 1.%3 or newer (per-submission retries). "
                   "Ask the cluster's administrator to upgrade, or grade locally.")
                    .arg(major)
                    .arg(minor)
                    .arg(kMinMinorVersion),
                version.value(QStringLiteral("gitVersion")).toString()));
            return;
        }
        qCInfo(lcKube) << "cluster version" << version.value(QStringLiteral("gitVersion")).toString();
        preflightAccess();
    });
}

void KubeRun::preflightAccess()
{
    const QList<AccessCheck> &checks = accessChecks();
    auto missing = std::make_shared<QStringList>();
    auto error = std::make_shared<std::optional<ServiceError>>();
    auto pending = std::make_shared<int>(int(checks.size()));
    for (const AccessCheck &check : checks) {
        QJsonObject attributes{{QStringLiteral("namespace"), m_setup.ns},
                               {QStringLiteral("verb"), check.verb},
                               {QStringLiteral("resource"), check.resource}};
        if (!check.group.isEmpty()) {
            attributes.insert(QStringLiteral("group"), check.group);
        }
        if (!check.subresource.isEmpty()) {
            attributes.insert(QStringLiteral("subresource"), check.subresource);
        }
        const QJsonObject body{
            {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
            {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("resourceAttributes"), attributes}}}};
        KubeReply *reply =
            m_client->request("POST", QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"), {},
                              body, "application/json", KubeClient::RequestOption::RetrySafe);
        connect(reply, &KubeReply::finished, this, [this, reply, check, missing, error, pending] {
            if (!reply->result()) {
                *error = reply->result().error();
            } else if (!reply->result().value()[u"status"_qs][u"allowed"_qs].toBool()) {
                missing->append(check.describe());
            }
            if (--*pending > 0) {
                return;
            }
            if (m_cancelled) {
                abortLaunch(ServiceError::make(ServiceError::Kind::Cancelled, tr("The run was cancelled.")));
            } else if (!missing->isEmpty()) {
                abortLaunch(ServiceError::make(
                    ServiceError::Kind::Auth,
                    tr("Your cluster account may not %1 in the namespace %2. Ask the cluster's administrator "
                       "for a Role that allows it.")
                        .arg(missing->join(QStringLiteral(", ")), m_setup.ns),
                    missing->join(u';')));
            } else if (error->has_value()) {
                abortLaunch(**error);
            } else {
                createJob();
            }
        });
    }
}

void KubeRun::createJob()
{
    KubeJobOptions options;
    options.ns = m_setup.ns;
    options.jobName = m_setup.jobName;
    options.completions = int(m_setup.taskIndexes.size());
    options.parallelism = m_setup.plan.parallelism > 0 ? m_setup.plan.parallelism : 10;
    options.configMapNames = m_inputs.configMapNames;
    options.taskIndexes = m_setup.taskIndexes;
    const QJsonObject job = KubeJobManifest::job(m_setup.plan, options);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldValidation"), QStringLiteral("Strict"));
    KubeReply *reply = m_client->request("POST", u"/apis/batch/v1/namespaces/" + m_setup.ns + u"/jobs", query, job,
                                         "application/json", KubeClient::RequestOption::RetrySafe);
    connect(reply, &KubeReply::finished, this, [this, reply] {
        reportWarnings(reply);
        if (!reply->result()) {
            // A create retried after a lost reply may find its own Job.
            if (reply->status() && reply->status()->reason == u"AlreadyExists") {
                adoptExistingJob();
                return;
            }
            abortLaunch(reply->result().error());
            return;
        }
        m_jobUid = reply->result().value()[u"metadata"_qs][u"uid"_qs].toString();
        if (m_cancelled) {
            abortLaunch(ServiceError::make(ServiceError::Kind::Cancelled, tr("The run was cancelled.")));
            return;
        }
        createOwnedObjects();
    });
}

void KubeRun::adoptExistingJob()
{
    KubeReply *reply =
        m_client->request("GET", u"/apis/batch/v1/namespaces/" + m_setup.ns + u"/jobs/" + m_setup.jobName);
    connect(reply, &KubeReply::finished, this, [this, reply] {
        const QJsonObject job = reply->result() ? reply->result().value() : QJsonObject();
        const QJsonObject labels = job[u"metadata"_qs][u"labels"_qs].toObject();
        if (labels.value(KubeJobManifest::kRunIdLabel).toString() != KubeJobManifest::labelValue(m_setup.plan.runId)) {
            abortLaunch(ServiceError::make(ServiceError::Kind::Conflict,
                                           tr("A Job named %1 already exists in the namespace %2 and belongs to "
                                              "another run. Delete it or start a new run.")
                                               .arg(m_setup.jobName, m_setup.ns),
                                           m_setup.jobName));
            return;
        }
        m_jobUid = job[u"metadata"_qs][u"uid"_qs].toString();
        createOwnedObjects();
    });
}

void KubeRun::createOwnedObjects()
{
    QList<std::pair<QString, QJsonObject>> objects;
    for (const QJsonObject &configMap : std::as_const(m_inputs.configMaps)) {
        objects.append({u"/api/v1/namespaces/" + m_setup.ns + u"/configmaps",
                        KubeJobManifest::withOwner(configMap, m_setup.jobName, m_jobUid)});
    }
    KubeJobOptions options;
    options.ns = m_setup.ns;
    options.jobName = m_setup.jobName;
    objects.append(
        {u"/apis/networking.k8s.io/v1/namespaces/" + m_setup.ns + u"/networkpolicies",
         KubeJobManifest::withOwner(KubeJobManifest::networkPolicy(m_setup.plan, options), m_setup.jobName, m_jobUid)});
    m_inputs.configMaps.clear(); // the bulk of the run's memory; not needed again
    m_pendingCreates = int(objects.size());
    auto error = std::make_shared<std::optional<ServiceError>>();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldValidation"), QStringLiteral("Strict"));
    for (const auto &[path, object] : std::as_const(objects)) {
        KubeReply *reply =
            m_client->request("POST", path, query, object, "application/json", KubeClient::RequestOption::RetrySafe);
        connect(reply, &KubeReply::finished, this, [this, reply, error] {
            reportWarnings(reply);
            const bool exists = reply->status() && reply->status()->reason == u"AlreadyExists";
            if (!reply->result() && !exists && !error->has_value()) {
                *error = reply->result().error();
            }
            if (--m_pendingCreates > 0) {
                return;
            }
            if (error->has_value()) {
                abortLaunch(**error);
            } else if (m_cancelled) {
                abortLaunch(ServiceError::make(ServiceError::Kind::Cancelled, tr("The run was cancelled.")));
            } else {
                unsuspend();
            }
        });
    }
}

void KubeRun::unsuspend()
{
    const QJsonObject patch{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("suspend"), false}}}};
    KubeReply *reply =
        m_client->request("PATCH", u"/apis/batch/v1/namespaces/" + m_setup.ns + u"/jobs/" + m_setup.jobName, {}, patch,
                          "application/merge-patch+json");
    connect(reply, &KubeReply::finished, this, [this, reply] {
        reportWarnings(reply);
        if (!reply->result()) {
            abortLaunch(reply->result().error());
            return;
        }
        m_launched = true;
        m_stats.launchRequests = int(m_client->requestCount() - m_requestBase);
        m_stats.launchMs = m_clock.elapsed();
        m_requestBase = m_client->requestCount();
        qCInfo(lcKube) << "launched" << m_setup.jobName << "with" << m_stats.configMaps << "ConfigMaps in"
                       << m_stats.launchMs << "ms," << m_stats.launchRequests << "requests";
        emit launched();
        if (m_cancelled) {
            finishRun();
            return;
        }
        listPods();
    });
}

void KubeRun::abortLaunch(const ServiceError &error)
{
    qCWarning(lcKube) << "launch of" << m_setup.jobName << "failed:" << error.message << error.detail;
    m_finishing = true;
    auto done = [this, error] {
        m_finished = true;
        if (error.kind != ServiceError::Kind::Cancelled) {
            emit launchFailed(error);
        }
        emit finished();
    };
    if (m_jobUid.isEmpty()) {
        done();
        return;
    }
    // The Job exists: delete it and whatever it owns already.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("propagationPolicy"), QStringLiteral("Background"));
    KubeReply *reply =
        m_client->request("DELETE", u"/apis/batch/v1/namespaces/" + m_setup.ns + u"/jobs/" + m_setup.jobName, query);
    connect(reply, &KubeReply::finished, this, done);
}

} // namespace GradeDesk::Services
