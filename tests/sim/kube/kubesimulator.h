// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tests/sim/http/simtestca.h"
#include "tests/sim/kube/kubesimstore.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace GradeDesk::Tests {

struct KubeSimCore;
struct SimHttpRequest;
struct SimHttpResponse;
class SimHttpServer;

/**
 * @brief A loopback Kubernetes API server (HTTPS) with a Job controller, garbage collector and a
 * fake kubelet whose pods run their container command as local processes. Follows
 * specs/kubernetes.md §2, §3 and §6; everything lives on the thread that created it.
 *
 * What it covers:
 * - Transport: HTTPS only (a throw-away openssl CA made by start(); caPem()), HTTP/1.1 with chunked
 *   watches. Authentication by bearer token (addToken()) or by a client certificate signed by the
 *   CA (CN = user, O = groups); none or unknown -> 401 Status. Authorization denies only what
 *   forbid() lists (403 Status with the real wording); SelfSubjectAccessReview and
 *   SelfSubjectReview answer accordingly. Discovery: /version, /api, /apis, /api/v1,
 *   /apis/batch/v1, /apis/networking.k8s.io/v1, authorization/authentication groups.
 * - Storage: jobs, pods, configmaps, events, networkpolicies (namespaced) and namespaces (read-only:
 *   every namespace exists; labels via setNamespaceLabels()). uid, creationTimestamp, generation,
 *   resourceVersion from one global counter, generateName, 409 AlreadyExists / Conflict, 404 with
 *   details, dryRun=All, fieldValidation Strict/Warn(default)/Ignore (unknown fields dropped when
 *   not refused), merge patch, DeleteOptions preconditions. Bodies are checked by KubeValidator
 *   (swagger schema in strict decoding + cross-field rules, 400/422 worded as the real server).
 *   Job defaults (selector, labels, backoffLimit, completions, parallelism, completionMode,
 *   podReplacementPolicy, suspend) and pod defaults (terminationMessagePath/Policy,
 *   imagePullPolicy, restartPolicy, dnsPolicy, schedulerName, terminationGracePeriodSeconds);
 *   immutable Job spec fields on update -> 422 "field is immutable".
 * - List/watch: label selectors (=, ==, !=, in, notin, exists, !exists), field selectors
 *   (metadata.name/namespace, pods status.phase/spec.nodeName, events involvedObject.*), limit and
 *   continue (410 once the token's resourceVersion is compacted), list resourceVersion; watch from an
 *   exact resourceVersion (no synthetic events), unset/"0" -> synthetic ADDED first; too old ->
 *   ERROR event with a 410 Expired Status (or plain HTTP 410, see expireNextWatch()); bookmarks with
 *   allowWatchBookmarks (every setBookmarkInterval(), default 1 s);
 *   timeoutSeconds; DELETED when an object stops matching the selector, ADDED when it starts.
 * - Deletion: propagationPolicy Orphan (the Job REST default, with the real Warning header and the
 *   `orphan` finalizer), Background, Foreground (`foregroundDeletion` finalizer, 200 with the
 *   object while pending), ownerReference GC, deletecollection, ttlSecondsAfterFinished (cascading),
 *   graceful pod termination (deletionTimestamp, SIGTERM then SIGKILL after the grace period).
 * - Job controller (Indexed and NonIndexed): pods `<job>-<i>-<rand5>` with hostname, subdomain-free;
 *   index label + annotation, JOB_COMPLETION_INDEX env, controller-uid/job-name labels (new and
 *   legacy), ownerReference, `batch.kubernetes.io/job-tracking` finalizer; parallelism, suspend
 *   (active pods deleted, startTime reset, Suspended condition) and resume; retries with exponential
 *   back-off (10 s doubling, capped at 6 min, times timeScale()); backoffLimit, backoffLimitPerIndex
 *   with the job-index-failure-count annotation, maxFailedIndexes, podFailurePolicy (FailJob,
 *   FailIndex, Ignore, Count; onExitCodes and onPodConditions), Job activeDeadlineSeconds; status
 *   counters, completedIndexes/failedIndexes interval strings, interim FailureTarget /
 *   SuccessCriteriaMet then Failed / Complete with the real reasons; FailedCreate events when the
 *   namespace enforces Pod Security "restricted" and the template violates it, SuccessfulCreate
 *   events otherwise.
 * - Fake kubelet: Pending (ContainerCreating) -> Running (Ready) -> Succeeded/Failed. Containers run
 *   as local processes (initContainers one after another, then containers together), at most
 *   maxConcurrentPods() pods at once; volumes (configMap, projected configMap sources, emptyDir,
 *   persistentVolumeClaim -> setPersistentVolumeFolder()) are materialised in a temporary folder
 *   and every command/arg/env value/workingDir that starts with a mount path, and the
 *   terminationMessagePath, is rewritten to the local path; `python3` runs pythonExecutable().
 *   containerStatuses[].state.terminated has exitCode, reason (Completed, Error, OOMKilled,
 *   DeadlineExceeded), message = termination file truncated to 4096 bytes (FallbackToLogsOnError:
 *   the log's last 2048 bytes / 80 lines when the file is empty and the container failed).
 *   Images "fail-pull/..." stay Waiting (ErrImagePull, then ImagePullBackOff); "sim/instant" skips
 *   the process and succeeds at once with setInstantTerminationMessage().
 * - Logs: text/plain per container, `container` required when there are several (400 listing
 *   them), 400 while waiting, tailLines, limitBytes, 404 once the pod is gone.
 * - Faults: injectFault() (status with Retry-After, optionally after committing a create),
 *   dropWatches(), expireNextWatch(), compactHistory(), oomKillIndex(), evictIndex(),
 *   failImagePullIndex(), restartApiServer(), setResponseDelay().
 *
 * What it leaves out: HTTP/2, protobuf and YAML bodies (415), Table output (kubectl prints lists itself), server-side
 * apply, strategic merge semantics (a strategic-merge patch is applied as a JSON merge patch) and JSON patch (415),
 * OpenAPI documents (/openapi/...: 404, so kubectl needs --validate=false), watch via
 * sendInitialEvents, list snapshots (a continued list reads current data after the token's
 * position), other resources (secrets, services, ...), namespaces as real objects (no
 * termination), RBAC objects, admission other than Pod Security "restricted" for pods,
 * ResourceQuota/LimitRange, scheduling (every pod binds to node "sim-node" at once; no
 * Unschedulable), resource limits (memory is not enforced; OOMKilled only by fault), container
 * images (the command runs on the host), restartPolicy OnFailure restarts (treated as Never),
 * sidecar containers, log timestamps/previous/sinceSeconds/follow, successPolicy, managedBy,
 * podReplacementPolicy TerminatingOrFailed (replacements wait for terminal pods either way),
 * pod/job status subresources and field managers (managedFields stay empty).
 */
class KubeSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeSimulator)

public:
    explicit KubeSimulator(QObject *parent = nullptr);
    ~KubeSimulator() override;

    /// Makes the CA and server certificate, loads the schema and listens on 127.0.0.1:`port`
    /// (0 = any). False with errorString() when openssl, the schema or the port fail.
    bool start(quint16 port = 0);
    QString errorString() const;
    /// `https://127.0.0.1:<port>`.
    QUrl baseUrl() const;
    QByteArray caPem() const;
    QString caFilePath() const;
    SimTestCa &certificateAuthority();

    // --- Identity -------------------------------------------------------------------------------
    void addToken(const QByteArray &token, const QString &user, const QStringList &groups = {});
    void removeToken(const QByteArray &token);
    /// A client certificate for `user` (CN) in `groups` (O), signed by the CA.
    std::optional<SimTestCa::Issued> issueClientCertificate(const QString &user, const QStringList &groups = {},
                                                            SimTestCa::KeyType keyType = SimTestCa::KeyType::EcPkcs8);
    /// Denies `verb` ("create", "list", "watch", "get", "delete", "patch", ...) on `resource`
    /// ("jobs", "pods/log") for `user`, in `ns` (empty = every namespace).
    void forbid(const QString &user, const QString &verb, const QString &resource, const QString &ns = {});
    /// A kubeconfig (YAML) for this server with a token or, when `token` is empty, `clientCert`.
    QByteArray kubeconfig(const QByteArray &token, const QString &ns,
                          const std::optional<SimTestCa::Issued> &clientCert = std::nullopt) const;

    // --- Behaviour ------------------------------------------------------------------------------
    /// Factor applied to every controller/kubelet delay given in seconds by Kubernetes (back-off,
    /// image pull back-off, TTL, deadlines, grace periods). Default 0.01 (10 s back-off = 100 ms).
    void setTimeScale(double scale);
    double timeScale() const;
    void setPythonExecutable(const QString &path);
    QString pythonExecutable() const;
    void setMaxConcurrentPods(int pods);
    int maxConcurrentPods() const;
    void setPersistentVolumeFolder(const QString &claimName, const QString &localFolder);
    void setInstantTerminationMessage(const QByteArray &message);
    void setNamespaceLabels(const QString &ns, const QJsonObject &labels);
    void setWatchHistoryLimit(int events);
    void setBookmarkInterval(std::chrono::milliseconds interval);
    /// "1.<minor>" reported by /version (default 36).
    void setServerMinorVersion(int minor);

    // --- Inspection -----------------------------------------------------------------------------
    KubeSimStore &store();
    /// By plural ("jobs", "pods", "configmaps", "events", "networkpolicies").
    std::optional<QJsonObject> object(const QString &plural, const QString &ns, const QString &name) const;
    QList<QJsonObject> objects(const QString &plural, const QString &ns) const;
    QByteArray containerLog(const QString &ns, const QString &pod, const QString &container) const;
    /// API requests answered since start (discovery included).
    int requestCount() const;
    /// Requests per "VERB path" without query, e.g. "GET /api/v1/namespaces/x/pods".
    QHash<QString, int> requestCounts() const;
    int openWatchCount() const;
    int runningProcessCount() const;

    // --- Faults ---------------------------------------------------------------------------------
    struct Fault {
        int status = 500; ///< 429, 500, 503, 504, ...
        int count = 1;    ///< How many matching requests get it.
        QByteArray verb;  ///< Empty = any; "GET", "POST", ... (watches are GETs).
        QString pathContains;
        int retryAfterSeconds = 1; ///< For 429/503: the Retry-After header and details.
        /// Perform the request first (e.g. store the created Job), then answer `status` (504).
        bool afterCommit = false;
    };

    void injectFault(const Fault &fault);
    /// Ends every open watch by closing its connection mid-stream.
    void dropWatches();
    /// The next watch request is answered 410 Expired: as an ERROR event in a 200 stream, or with a
    /// plain HTTP 410 when `plainHttp`.
    void expireNextWatch(bool plainHttp = false);
    /// Forgets the watch history: every older resourceVersion (and continue token) expires.
    void compactHistory();
    /// The running pod of `index` of Job `job` is killed as by the OOM killer (exit 137,
    /// OOMKilled). False when no such pod is running.
    bool oomKillIndex(const QString &ns, const QString &job, int index);
    /// The pod of `index` gets a DisruptionTarget condition and is deleted (EvictionByEvictionAPI).
    bool evictIndex(const QString &ns, const QString &job, int index);
    /// Pods created from now on for `index` cannot pull their image (ErrImagePull -> ImagePullBackOff).
    void failImagePullIndex(const QString &ns, const QString &job, int index);
    /// Drops every connection, answers 503 for `unavailable`, keeps storage (watch resourceVersions
    /// stay valid).
    void restartApiServer(std::chrono::milliseconds unavailable);
    /// Every API reply is delayed by this much (default 0).
    void setResponseDelay(std::chrono::milliseconds delay);

Q_SIGNALS:
    void requestHandled(const QByteArray &verb, const QString &path, int status);

private:
    SimHttpResponse handle(const SimHttpRequest &request);

    std::unique_ptr<KubeSimCore> m_core;
};

} // namespace GradeDesk::Tests
