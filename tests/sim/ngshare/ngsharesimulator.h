// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tests/sim/http/simhttpmessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace GradeDesk::Tests {

class SimHttpServer;

/// A loopback ngshare (nbgrader exchange server, v0.6.x REST API) behind a minimal JupyterHub, for
/// tests, benchmarks and manual runs. It follows /work/shared/specs/ngshare-api.md, quirks included.
///
/// Layout of the one port it listens on (hub and ngshare share it, as they do behind the hub proxy):
///   <serverUrl>/services/ngshare/...   the ngshare API (prefix changeable with setPrefix())
///   <serverUrl>/hub/api/user           the hub's "who am I": 200 {"kind":"user","name",...,"admin"}
///                                      or 403 {"status": 403, "message": "Forbidden"}
///   <serverUrl>/healthz                no auth, 200 {"success": true} (also PREFIX/healthz)
///   <serverUrl>/services/<other>/...   any other service name: 302 to /hub/login?next=... (all
///                                      methods), which a client cannot tell from a bad token
///                                      without PREFIX/healthz (spec §10.19)
///   anything else                      ngshare's 404 page (405 for methods other than GET)
///
/// Served (paths under PREFIX; the spec's §6 numbers): 1 GET courses, 2/3 POST/DELETE course/<c>,
/// 4/5/6 POST/GET/DELETE instructor/<c>/<i>, 7 GET instructors/<c>, 8/9/10 POST/GET/DELETE
/// student/<c>/<s>, 11/12 POST/GET students/<c>, 13 GET assignments/<c>, 14/15/16 GET/POST/DELETE
/// assignment/<c>/<a>, 17 GET submissions/<c>/<a>, 18 GET submissions/<c>/<a>/<s>, 19 POST
/// submission/<c>/<a>, 20 GET submission/<c>/<a>/<s>, 21/22 POST/GET feedback/<c>/<a>/<s>,
/// 23 healthz, 24 initialize-Data6ase (clear/init/dump, see setDebugMode()).
///
/// Behaviour as in the spec: every check in the spec's order with its status and message; JSON
/// bodies served as `text/html; charset=UTF-8` with non-ASCII escaped as \uXXXX; authentication by
/// `Authorization: token <tok>` with the first 6 characters dropped unchecked (so `Bearer x` works);
/// a missing, unknown or expired token gives 302 (relative Location to
/// /hub/api/oauth2/authorize?client_id=service-ngshare&..., empty body) on GET and 403 HTML on
/// POST/DELETE of the (A) endpoints, and 500 HTML on endpoints 14-22 once the course exists;
/// `?token=` never authenticates; arguments from query + form/multipart body (last wins) except
/// body-only `files` (19, 21) and `timestamp` (21) and query-only `timestamp` (22); values trimmed,
/// control characters made spaces; `list_only` true only for exactly `true`; ids percent-decoded
/// after routing (`%2F` inside an id works); 405 HTML for other methods (HEAD/OPTIONS included);
/// for an unknown path (a trailing slash or a missing prefix included) 404 `<h1>404 Not Found</h1>`
/// on GET and 405 on other methods, as Tornado's catch-all handler only has GET;
/// Etag on GET replies and 304 for a matching If-None-Match; downloaded base64 wrapped at 76
/// characters with a trailing newline (`""` for an empty file); md5 computed by the server
/// (uploaded `checksum` ignored); lenient upload base64 (non-alphabet characters skipped, only bad
/// padding refused); path rules (`a//b`, backslashes and duplicate paths accepted, `.`/`..`/absolute/
/// trailing `/` refused); malformed trees 500 (but `{}` or `""` as `files` is an empty tree, as
/// ngshare's Python loop iterates them to nothing); timestamps `YYYY-MM-DD HH:MM:SS.ffffff` in UTC
/// without a zone, exact string match for endpoint 20, parsed (optional ` UTC`/` GMT`) for 21/22; no
/// re-release (409); DELETE assignment removes its submissions and feedback; instructors may submit;
/// students may list (18) but not download (20) their submissions; course lists sorted by code
/// point, assignment lists in creation order; the request-body limit (100 MiB by default): a bigger
/// body gets 400 with an empty body and the connection closed.
///
/// Mock mode (setAuthMode(AuthMode::MockUser), the spec's §2.3 "vngshare"): the caller is the `user`
/// argument; missing it gives 400 "Missing argument user" (text/plain in debug mode, HTML otherwise).
///
/// Leaves out:
/// - TLS, the hub's OAuth flow (the 302 target, PREFIX/oauth_callback, the state cookie and the
///   `ngshare-oauth-token` cookie), the HTML dashboard (GET PREFIX answers a placeholder page after
///   the same authentication), PREFIX/favicon.ico and PREFIX/masonry.min.js (404), the hub API
///   beyond GET /hub/api/user (whose model has only kind, name, admin=false, groups, server,
///   pending and scopes), ngshare ≤ 0.5 authentication, the hub proxy's `Connection: close` on
///   every reply (the simulator keeps connections alive) and the proxy's 503 during restarts
///   (inject it with failNextRequests(n, 503)).
/// - Tornado's early refusal of an over-limit body: the simulator reads the whole body before it
///   answers 400 (the client sees the same empty 400 and closed connection, but only after
///   uploading, and the reply says `Connection: keep-alive` before the close), and bodies over
///   limit + 64 MiB get the HTTP library's 413 instead.
/// - Debug-mode extras: tracebacks for 500s (the page is always Tornado's HTML one) and the
///   environment dump on 404 pages; initialize-Data6ase `dump` answers `{"success": true}` without
///   the database tables.
/// - Database and storage details: the storage-collision 500 of endpoint 15, orphaned blobs,
///   users' other columns, release/due dates; JSON request values are parsed by Qt, so Python-only
///   literals (NaN, Infinity) count as undecodable, and a non-string name in POST course
///   `instructors` gives 500 (SQLAlchemy may coerce it instead).
/// - Real concurrency: requests are handled one at a time (as the single-threaded server does);
///   setLatency() models network round trips that overlap, setServiceTime() the server's own work,
///   which does not.
class NgshareSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NgshareSimulator)

public:
    enum class AuthMode {
        HubToken, ///< Production (ngshare ≥ 0.6 as a hub service): `Authorization: token <tok>`.
        MockUser, ///< vngshare: the `user` query/form argument names the caller; no tokens.
    };
    enum class TokenState { Valid, Expired };

    /// One file of an encoded tree. Seeding stores `path` verbatim, unchecked: that is how a test
    /// plants `../x`, `/etc/passwd`, `C:\x` or duplicates that the API itself would refuse.
    struct File {
        QString path;
        QByteArray content;
    };

    /// The spec's person record; the names and email are null until someone sets them.
    struct Person {
        QString username;
        std::optional<QString> firstName = std::nullopt;
        std::optional<QString> lastName = std::nullopt;
        std::optional<QString> email = std::nullopt;
    };

    struct Submission {
        QString studentId;
        QString timestamp; ///< The server's string, e.g. "2026-11-22 23:30:50.373107".
        QList<File> files;
        QList<File> feedback; ///< Empty until feedback is uploaded for this exact timestamp.
    };

    /// Shape of seedSyntheticCourse(): for benchmarks and manual runs.
    struct SyntheticCourse {
        QString courseId = QStringLiteral("course101");
        QString instructor = QStringLiteral("instructor");
        QString instructorToken = QStringLiteral("instructor-token");
        int students = 10; ///< Usernames student001, student002, ... (token "<name>-token").
        QStringList assignments = {QStringLiteral("ps1")};
        int notebooksPerAssignment = 1; ///< Files problem1.ipynb ... (valid minimal nbformat 4 JSON).
        int notebookBytes = 2048;       ///< Approximate size of each notebook (padding in a cell).
        int submissionsPerStudent = 1;  ///< Each a distinct timestamp; the last one is the latest.
    };

    struct LoggedRequest {
        QByteArray method;
        QString path;  ///< Percent-decoded path as requested (prefix included), without the query.
        QString query; ///< The raw (encoded) query, "" if none.
        /// The endpoint as "<METHOD> <template>", e.g. "GET courses", "GET healthz", "GET home"
        /// (PREFIX itself), "GET hub/api/user", "GET hub/login" (another service name),
        /// "GET submission/<course_id>/<assignment_id>/<student_id>"; "<METHOD> unknown" otherwise.
        QString route;
        QString user;   ///< The authenticated caller ("" when unauthenticated or not checked).
        int status = 0; ///< 0 when the connection was dropped or the request hangs instead.
        QList<SimHttpHeader> headers;
        /// Query items and form/multipart body items, decoded; values over 4096 characters are cut
        /// to 4096 characters followed by "…" (uploads of `files` can be megabytes).
        QList<std::pair<QString, QString>> queryItems;
        QList<std::pair<QString, QString>> bodyItems;
        qint64 bodySize = 0;
        QDateTime receivedAt;
    };

    /// Requests within this many bytes above the body limit are still read and refused ngshare's
    /// way (400, empty body, connection closed); larger ones get the HTTP library's 413.
    static constexpr qint64 BodyLimitHeadroom = 64LL * 1024 * 1024;
    static constexpr qint64 DefaultBodyLimit = 100LL * 1024 * 1024; ///< Tornado's default, 104857600.
    /// dropConnectionOnNext(): close without sending anything (QNetworkAccessManager then silently
    /// resends the request, see SimHttpServer), or after half of the reply body.
    static constexpr qsizetype DropWithoutReply = -1;
    static constexpr qsizetype DropAtHalfBody = -2;

    explicit NgshareSimulator(QObject *parent = nullptr);
    ~NgshareSimulator() override;

    // --- Server -----------------------------------------------------------------------------------
    /// Listens on 127.0.0.1:`port` (0 = a free port).
    bool start(quint16 port = 0);
    void stop();
    quint16 port() const;
    /// `http://127.0.0.1:<port>`: the hub URL.
    QUrl serverUrl() const;
    /// `http://127.0.0.1:<port>/services/ngshare` (no trailing slash): what a course config names as
    /// the ngshare base URL; the client appends `/courses` etc.
    QUrl baseUrl() const;
    /// The ngshare prefix, starting and ending with `/` (default "/services/ngshare/"; vngshare uses
    /// "/api/"). Set before the first request.
    void setPrefix(const QString &prefix);
    QString prefix() const;
    SimHttpServer *httpServer() const;

    // --- Behaviour ----------------------------------------------------------------------------------
    void setAuthMode(AuthMode mode);
    /// Debug mode (`--debug`): permission messages get their suffixes ("Permission denied (not
    /// admin)"), mock mode's missing `user` is text/plain, initialize-Data6ase clear/init work.
    void setDebugMode(bool on);
    /// Maximum request body in bytes (default DefaultBodyLimit); tests lower it to stay fast.
    void setBodyLimit(qint64 bytes);
    qint64 bodyLimit() const;
    /// Source of "now" for submission timestamps (UTC). Default: the system clock with microseconds.
    /// A custom clock has millisecond precision (microseconds end in 000). Generated timestamps are
    /// kept strictly increasing server-wide (1 µs is added when the clock repeats or goes back).
    void setClock(std::function<QDateTime()> clock);

    // --- Seeding (no requests, no log entries; users exist implicitly as in ngshare; adding a member
    // or a release creates the course when it does not exist yet) ------------------------------------
    /// Adds a hub API token for `username`; `admin` puts the user in ngshare's admin list.
    void addToken(const QString &token, const QString &username, bool admin = false);
    void setTokenState(const QString &token, TokenState state);
    void removeToken(const QString &token);
    /// ngshare's `--admins` list (admin rights come from here, never from the hub).
    void setAdmin(const QString &username, bool admin = true);
    void addCourse(const QString &courseId, const QStringList &instructors = {});
    void removeCourse(const QString &courseId);
    /// Adds (or updates) an instructor; a student of the course becomes an instructor.
    void addInstructor(const QString &courseId, const Person &person);
    /// Adds (or updates) a student. Ignored (returns false) if the user teaches the course.
    bool addStudent(const QString &courseId, const Person &person);
    void removeStudent(const QString &courseId, const QString &studentId);
    /// Releases an assignment with these files (replacing an existing release and, as DELETE + POST
    /// would, its submissions).
    void releaseAssignment(const QString &courseId, const QString &assignmentId, const QList<File> &files);
    /// Stores a submission and returns its timestamp string: `timestamp` formatted when given,
    /// else the clock's now. Neither membership nor paths are checked (see File). Returns a null
    /// string (and stores nothing) when the course or the assignment does not exist.
    QString addSubmission(const QString &courseId, const QString &assignmentId, const QString &studentId,
                          const QList<File> &files, const QDateTime &timestamp = {});
    /// Replaces the feedback of one submission; false if no such submission.
    bool setFeedback(const QString &courseId, const QString &assignmentId, const QString &studentId,
                     const QString &timestamp, const QList<File> &files);
    /// Seeds users, tokens, the course, the releases and the submissions; returns the student ids.
    QStringList seedSyntheticCourse(const SyntheticCourse &course);
    /// Seeds from an nbgrader course folder: `release/<a>/` becomes released assignments and
    /// `submitted/<s>/<a>/` (timestamp.txt left out) submissions with the clock's time; students are
    /// enrolled, `instructor` teaches the course with token `instructorToken`. Returns false (and
    /// seeds nothing) if `courseRoot` has no release folder.
    bool seedFromCourseDirectory(const QString &courseId, const QString &courseRoot, const QString &instructor,
                                 const QString &instructorToken);
    /// Forgets everything: courses, tokens, admins, faults and the log (initialize-Data6ase `clear`
    /// forgets only the courses and what is in them).
    void clear();
    /// The spec's initialize-Data6ase `init` fixture (course1/course2, kevin/lawrence/abigail/eric).
    void seedUpstreamFixture();

    // --- Fault injection ----------------------------------------------------------------------------
    /// Every reply waits this long; replies on different connections overlap.
    void setLatency(std::chrono::milliseconds latency);
    /// Each request occupies the (single-threaded) server this long; requests queue behind each
    /// other in arrival order, so this part does not overlap.
    void setServiceTime(std::chrono::milliseconds perRequest);
    /// The next `count` requests (any route) answer `status` unprocessed: 500 with Tornado's HTML
    /// page, 502/503/504 with a proxy HTML page, anything else with Tornado's page for that status.
    void failNextRequests(int count = 1, int status = 500);
    /// The next request whose method equals `method` (empty = any) and whose path contains
    /// `pathContains` is processed, then its connection is dropped: after `afterBodyBytes` bytes of
    /// the body, or DropAtHalfBody, or DropWithoutReply.
    void dropConnectionOnNext(const QByteArray &method, const QString &pathContains,
                              qsizetype afterBodyBytes = DropAtHalfBody);
    /// The next matching request is never answered (for client timeouts). Unprocessed.
    void hangOnNext(const QByteArray &method, const QString &pathContains);
    /// The next `count` downloads (endpoints 14, 20, 22 with content) serve their first non-empty
    /// file with one byte flipped but the md5 of the stored bytes.
    void corruptNextDownloads(int count = 1);
    /// Persistent corruption: this file of this submission (`timestamp` empty = the latest) is
    /// always served with one byte flipped and the md5 of the original. False if no such file.
    bool corruptSubmissionFile(const QString &courseId, const QString &assignmentId, const QString &studentId,
                               const QString &path, const QString &timestamp = {});
    /// The hub is down: every token check fails as in the spec ("Hub unreachable from ngshare: 500").
    void setHubReachable(bool reachable);
    /// Clears every pending fault and resets latency and service time (corrupted files stay).
    void clearFaults();

    // --- Inspection ----------------------------------------------------------------------------------
    QList<LoggedRequest> requestLog() const;
    void clearRequestLog();
    int requestCount() const;
    /// Requests for one route (see LoggedRequest::route), e.g.
    /// requestCount(u"GET submission/<course_id>/<assignment_id>/<student_id>"_s).
    int requestCount(const QString &route) const;
    QMap<QString, int> requestCountsByRoute() const;
    /// The most requests that were in flight at once (received, reply not yet written), since start
    /// or resetPeakConcurrency(): a client's real parallelism. A request whose client disconnects
    /// before its delayed reply stops counting two seconds after the reply was due.
    int peakConcurrentRequests() const;
    void resetPeakConcurrency();

    QStringList courses() const;
    bool isAdmin(const QString &username) const;
    QList<Person> instructors(const QString &courseId) const;
    QList<Person> students(const QString &courseId) const;
    /// Released assignment ids in creation order.
    QStringList assignments(const QString &courseId) const;
    std::optional<QList<File>> assignmentFiles(const QString &courseId, const QString &assignmentId) const;
    /// Users who downloaded the released assignment with content (not list_only). ngshare keeps no
    /// such record and no API reports it; tests use it to check what a client fetched.
    QStringList fetchedBy(const QString &courseId, const QString &assignmentId) const;
    /// Every submission of the assignment in submission order (files and feedback included).
    QList<Submission> submissions(const QString &courseId, const QString &assignmentId) const;
    /// Feedback of one exact submission; nullopt if there is no such submission.
    std::optional<QList<File>> feedback(const QString &courseId, const QString &assignmentId, const QString &studentId,
                                        const QString &timestamp) const;

    /// The server's timestamp format for `utc` (microseconds from the msecs, "…123000").
    static QString formatTimestamp(const QDateTime &utc);
    /// Base64 as ngshare sends it: wrapped every 76 characters, trailing newline, "" when empty.
    static QByteArray mimeBase64(const QByteArray &bytes);

Q_SIGNALS:
    /// Emitted once per request when its reply is decided (the bytes may still wait out the latency);
    /// status 0 when the connection is dropped or the request hangs.
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    /// initialize-Data6ase `clear`: courses and everything in them; tokens and admins stay (they are
    /// the hub's and the command line's).
    void clearData();

    struct State;
    class Api;
    std::unique_ptr<State> m_state;
    std::unique_ptr<Api> m_api;
    SimHttpServer *m_server = nullptr;
};

} // namespace GradeDesk::Tests
