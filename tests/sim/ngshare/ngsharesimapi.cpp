// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/ngshare/ngsharesimapi.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrl>

namespace GradeDesk::Tests {

using namespace NgshareSim;

namespace {

constexpr qsizetype LoggedValueLimit = 4096;

QList<std::pair<QString, QString>> truncatedItems(const QList<std::pair<QString, QString>> &items)
{
    QList<std::pair<QString, QString>> out;
    out.reserve(items.size());
    for (const auto &[key, value] : items) {
        out.append({key, value.size() > LoggedValueLimit ? value.left(LoggedValueLimit) + u'…' : value});
    }
    return out;
}

QList<std::pair<QString, QString>> cleanedItems(const QList<std::pair<QString, QString>> &items)
{
    QList<std::pair<QString, QString>> out;
    out.reserve(items.size());
    for (const auto &[key, value] : items) {
        out.append({key, cleanArgument(value)});
    }
    return out;
}

std::optional<QString> lastValue(const QList<std::pair<QString, QString>> &items, const QString &name)
{
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        if (it->first == name) {
            return it->second;
        }
    }
    return std::nullopt;
}

struct RouteEntry {
    const char *first;
    qsizetype segments;
    NgEndpoint endpoint;
    const char *name;
};

// Tornado's handler table below the prefix: each `[^/]+` parameter is one non-empty segment.
constexpr RouteEntry Routes[] = {
    {"courses", 1, NgEndpoint::Courses, "courses"},
    {"course", 2, NgEndpoint::Course, "course/<course_id>"},
    {"instructor", 3, NgEndpoint::Instructor, "instructor/<course_id>/<instructor_id>"},
    {"instructors", 2, NgEndpoint::Instructors, "instructors/<course_id>"},
    {"student", 3, NgEndpoint::Student, "student/<course_id>/<student_id>"},
    {"students", 2, NgEndpoint::Students, "students/<course_id>"},
    {"assignments", 2, NgEndpoint::Assignments, "assignments/<course_id>"},
    {"assignment", 3, NgEndpoint::Assignment, "assignment/<course_id>/<assignment_id>"},
    {"submissions", 3, NgEndpoint::Submissions, "submissions/<course_id>/<assignment_id>"},
    {"submissions", 4, NgEndpoint::StudentSubmissions, "submissions/<course_id>/<assignment_id>/<student_id>"},
    {"submission", 3, NgEndpoint::Submit, "submission/<course_id>/<assignment_id>"},
    {"submission", 4, NgEndpoint::DownloadSubmission, "submission/<course_id>/<assignment_id>/<student_id>"},
    {"feedback", 4, NgEndpoint::Feedback, "feedback/<course_id>/<assignment_id>/<student_id>"},
};

/// Endpoints behind ngshare's login decorator, marked (A) in the spec.
bool isLoginProtected(NgEndpoint endpoint)
{
    switch (endpoint) {
    case NgEndpoint::Home:
    case NgEndpoint::Courses:
    case NgEndpoint::Course:
    case NgEndpoint::Instructor:
    case NgEndpoint::Instructors:
    case NgEndpoint::Student:
    case NgEndpoint::Students:
    case NgEndpoint::Assignments:
    case NgEndpoint::InitDatabase:
        return true;
    case NgEndpoint::Assignment:
    case NgEndpoint::Submissions:
    case NgEndpoint::StudentSubmissions:
    case NgEndpoint::Submit:
    case NgEndpoint::DownloadSubmission:
    case NgEndpoint::Feedback:
    case NgEndpoint::Healthz:
    case NgEndpoint::HubUser:
    case NgEndpoint::HubLogin:
    case NgEndpoint::NotFound:
        return false;
    }
    return false;
}

/// The methods each handler class implements; the rest get Tornado's 405.
bool implementsMethod(NgEndpoint endpoint, const QByteArray &method)
{
    const bool get = method == "GET";
    const bool post = method == "POST";
    const bool del = method == "DELETE";
    switch (endpoint) {
    case NgEndpoint::Home:
    case NgEndpoint::Courses:
    case NgEndpoint::Instructors:
    case NgEndpoint::Assignments:
    case NgEndpoint::Submissions:
    case NgEndpoint::StudentSubmissions:
    case NgEndpoint::DownloadSubmission:
    case NgEndpoint::InitDatabase:
    case NgEndpoint::Healthz:
    case NgEndpoint::HubUser:
    case NgEndpoint::HubLogin:
    case NgEndpoint::NotFound:
        return get;
    case NgEndpoint::Course:
        return post || del;
    case NgEndpoint::Instructor:
    case NgEndpoint::Student:
    case NgEndpoint::Assignment:
        return get || post || del;
    case NgEndpoint::Students:
    case NgEndpoint::Feedback:
        return get || post;
    case NgEndpoint::Submit:
        return post;
    }
    return false;
}

bool matchesIfNoneMatch(const QByteArray &header, const QByteArray &etag)
{
    if (header.trimmed() == "*") {
        return true;
    }
    static const QRegularExpression tag(QStringLiteral("(?:W/)?(\"[^\"]*\")"));
    QRegularExpressionMatchIterator it = tag.globalMatch(QString::fromLatin1(header));
    while (it.hasNext()) {
        if (it.next().captured(1).toLatin1() == etag) {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<QString> NgCall::argument(const QString &name) const
{
    if (auto body = lastValue(bodyArgs, name)) {
        return body;
    }
    return lastValue(queryArgs, name);
}

std::optional<QString> NgCall::bodyArgument(const QString &name) const
{
    return lastValue(bodyArgs, name);
}

std::optional<QString> NgCall::queryArgument(const QString &name) const
{
    return lastValue(queryArgs, name);
}

bool NgCall::listOnly() const
{
    return argument(QStringLiteral("list_only")).value_or(QString()) == QLatin1String("true");
}

QList<std::pair<QByteArray, QByteArray>> ngPersonFields(const NgshareSimulator::Person &person)
{
    return {{"username", jsonString(person.username)},
            {"first_name", jsonNullable(person.firstName)},
            {"last_name", jsonNullable(person.lastName)},
            {"email", jsonNullable(person.email)}};
}

NgshareSimulator::Api::Api(NgshareSimulator *simulator, State &state)
    : m_simulator(simulator)
    , m_state(state)
{}

NgshareSimulator::Api::~Api() = default;

SimHttpResponse NgshareSimulator::Api::jsonReply(int status, const QByteArray &body)
{
    SimHttpResponse response;
    response.status = status;
    response.body = body;
    // ngshare writes its JSON as a str, so Tornado's default content type stays.
    response.setHeader("Content-Type", "text/html; charset=UTF-8");
    response.setHeader("Server", "TornadoServer/6.4");
    return response;
}

SimHttpResponse NgshareSimulator::Api::success(const QList<std::pair<QByteArray, QByteArray>> &fields)
{
    QList<JsonField> all{{"success", "true"}};
    all.append(fields);
    return jsonReply(200, jsonObject(all));
}

SimHttpResponse NgshareSimulator::Api::failure(int status, const QString &message)
{
    return jsonReply(status, jsonObject({{"success", "false"}, {"message", jsonString(message)}}));
}

SimHttpResponse NgshareSimulator::Api::tornadoPage(int status)
{
    const QByteArray code = QByteArray::number(status) + ": " + simHttpReasonPhrase(status);
    return jsonReply(status, "<html><title>" + code + "</title><body>" + code + "</body></html>");
}

SimHttpResponse NgshareSimulator::Api::faultPage(int status) const
{
    if (status == 502 || status == 503 || status == 504) {
        // What JupyterHub's proxy answers while the service is down or restarting.
        const QByteArray code = QByteArray::number(status) + " " + simHttpReasonPhrase(status);
        SimHttpResponse response;
        response.status = status;
        response.body =
            "<!DOCTYPE HTML>\n<html>\n<head><title>" + code + "</title></head>\n<body>\n<h1>" + code +
            "</h1>\n<p>The service ngshare is not reachable. Try again in a moment.</p>\n</body>\n</html>\n";
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        return response;
    }
    return tornadoPage(status);
}

void NgshareSimulator::Api::route(NgCall &call, QString &routeName) const
{
    const QByteArray &target = call.request.target;
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.first(question);

    call.queryArgs = cleanedItems(call.request.query);
    const QByteArray contentType = call.request.header("Content-Type");
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
        call.bodyArgs = cleanedItems(call.request.formItems());
    } else if (contentType.startsWith("multipart/form-data")) {
        call.bodyArgs = cleanedItems(multipartFields(contentType, call.request.body));
    }

    call.endpoint = NgEndpoint::NotFound;
    routeName = QStringLiteral("unknown");
    if (rawPath == "/healthz") {
        call.endpoint = NgEndpoint::Healthz;
        routeName = QStringLiteral("healthz");
        return;
    }
    if (rawPath == "/hub/api/user") {
        call.endpoint = NgEndpoint::HubUser;
        routeName = QStringLiteral("hub/api/user");
        return;
    }
    const QByteArray prefix = m_state.prefix.toUtf8();
    if (!rawPath.startsWith(prefix)) {
        // Behind the hub's proxy, `/services/ngshare` itself still reaches ngshare (its 404), while
        // another service name lands on the hub, which redirects like for a bad token.
        if (rawPath.startsWith("/services/") && rawPath != prefix.chopped(1)) {
            call.endpoint = NgEndpoint::HubLogin;
            routeName = QStringLiteral("hub/login");
        }
        return;
    }
    const QByteArray rest = rawPath.sliced(prefix.size());
    if (rest.isEmpty()) {
        call.endpoint = NgEndpoint::Home;
        routeName = QStringLiteral("home");
        return;
    }
    if (rest == "healthz") {
        call.endpoint = NgEndpoint::Healthz;
        routeName = QStringLiteral("healthz");
        return;
    }
    if (rest == "initialize-Data6ase") {
        call.endpoint = NgEndpoint::InitDatabase;
        routeName = QStringLiteral("initialize-Data6ase");
        return;
    }
    const QList<QByteArray> segments = rest.split('/');
    if (std::any_of(segments.cbegin(), segments.cend(), [](const QByteArray &s) { return s.isEmpty(); })) {
        return;
    }
    for (const RouteEntry &entry : Routes) {
        if (segments.first() != entry.first || segments.size() != entry.segments) {
            continue;
        }
        call.endpoint = entry.endpoint;
        routeName = QString::fromLatin1(entry.name);
        // Ids are decoded after routing: a `%2F` stays inside its segment, a `+` stays a plus.
        for (qsizetype i = 1; i < segments.size(); ++i) {
            call.ids.append(QString::fromUtf8(QByteArray::fromPercentEncoding(segments[i])));
        }
        return;
    }
}

SimHttpResponse NgshareSimulator::Api::handle(const SimHttpRequest &request)
{
    NgCall call{request, NgEndpoint::NotFound, {}, {}, {}, std::nullopt};
    QString routeName;
    route(call, routeName);

    LoggedRequest entry;
    entry.method = request.method;
    entry.path = request.path;
    const qsizetype question = request.target.indexOf('?');
    entry.query = question < 0 ? QString() : QString::fromUtf8(request.target.sliced(question + 1));
    entry.route = QString::fromLatin1(request.method) + u' ' + routeName;
    entry.headers = request.headers;
    entry.queryItems = truncatedItems(request.query);
    entry.bodyItems = truncatedItems(call.bodyArgs);
    entry.bodySize = request.body.size();
    entry.receivedAt = QDateTime::currentDateTimeUtc();

    SimHttpResponse response;
    int loggedStatus = 0;
    const auto faultIt = std::find_if(
        m_state.connectionFaults.begin(), m_state.connectionFaults.end(),
        [&request](const SimNgConnectionFault &fault) { return fault.matches(request.method, request.path); });

    if (request.body.size() > m_state.bodyLimit) {
        // Tornado refuses an over-limit body with a bare 400 and closes the connection.
        response.status = 400;
        response.fault = SimHttpResponse::Fault::DropMidBody;
        loggedStatus = 400;
    } else if (faultIt != m_state.connectionFaults.end() && faultIt->hang) {
        m_state.connectionFaults.erase(faultIt);
        response.fault = SimHttpResponse::Fault::Hang;
    } else if (m_state.failNext > 0) {
        --m_state.failNext;
        response = faultPage(m_state.failNextStatus);
        loggedStatus = response.status;
    } else {
        response = process(call);
        loggedStatus = response.status;
        if (faultIt != m_state.connectionFaults.end()) {
            const qsizetype after = faultIt->afterBodyBytes;
            m_state.connectionFaults.erase(faultIt);
            if (after == DropWithoutReply) {
                response.fault = SimHttpResponse::Fault::CloseWithoutReply;
            } else {
                response.fault = SimHttpResponse::Fault::DropMidBody;
                response.dropAfterBodyBytes = after == DropAtHalfBody ? response.body.size() / 2 : after;
            }
            loggedStatus = 0;
        }
    }
    entry.user = call.user.value_or(QString());
    entry.status = loggedStatus;

    if (response.fault != SimHttpResponse::Fault::Hang) {
        const qint64 now = m_state.uptime.elapsed();
        qint64 ready = now;
        if (m_state.serviceTime.count() > 0) {
            ready = std::max(now, m_state.busyUntilMs) + m_state.serviceTime.count();
            m_state.busyUntilMs = ready;
        }
        response.delay = std::chrono::milliseconds(ready - now) + m_state.latency;
        m_state.sweepPendingReplies(request.connectionId, now);
        m_state.pendingReplies.append(
            {request.connectionId, request.method, request.path, now + static_cast<qint64>(response.delay.count())});
        m_state.peakInFlight = std::max(m_state.peakInFlight, static_cast<int>(m_state.pendingReplies.size()));
    }

    m_state.routeCounts[entry.route] += 1;
    m_state.log.append(entry);
    Q_EMIT m_simulator->requestHandled(request.method, request.path, loggedStatus);
    return response;
}

SimHttpResponse NgshareSimulator::Api::process(NgCall &call)
{
    const QByteArray &method = call.request.method;
    if (call.endpoint == NgEndpoint::HubUser) {
        return hubUser(call);
    }
    if (call.endpoint == NgEndpoint::HubLogin) {
        SimHttpResponse redirect = jsonReply(302, QByteArray());
        redirect.headers.removeIf([](const SimHttpHeader &h) { return h.first == "Server"; });
        redirect.setHeader("Location",
                           "/hub/login?next=" + QUrl::toPercentEncoding(QString::fromUtf8(call.request.target)));
        return redirect;
    }
    static const QByteArrayList tornadoMethods{"GET", "HEAD", "POST", "DELETE", "PATCH", "PUT", "OPTIONS"};
    if (!tornadoMethods.contains(method)) {
        return tornadoPage(405);
    }
    if (call.endpoint == NgEndpoint::NotFound) {
        return method == "GET" ? jsonReply(404, "<h1>404 Not Found</h1>\n") : tornadoPage(405);
    }
    if (call.endpoint == NgEndpoint::Healthz) {
        if (method != "GET") {
            return tornadoPage(405);
        }
        SimHttpResponse response = jsonReply(200, jsonObject({{"success", "true"}}));
        finishConditional(call, response);
        return response;
    }
    // Tornado runs prepare() (authentication) before it finds the handler has no such method.
    if (Check refused = prepare(call)) {
        return *refused;
    }
    if (!implementsMethod(call.endpoint, method)) {
        return tornadoPage(405);
    }

    if (!call.user && isLoginProtected(call.endpoint)) {
        if (method != "GET") {
            return tornadoPage(403);
        }
        SimHttpResponse redirect = jsonReply(302, QByteArray());
        const QByteArray callback = QUrl::toPercentEncoding(m_state.prefix + QStringLiteral("oauth_callback"));
        const QByteArray state = QCryptographicHash::hash(call.request.target, QCryptographicHash::Md5).toHex();
        redirect.setHeader("Location", "/hub/api/oauth2/authorize?client_id=service-ngshare&redirect_uri=" + callback +
                                           "&response_type=code&state=" + state);
        return redirect;
    }

    SimHttpResponse response = dispatch(call);
    finishConditional(call, response);
    return response;
}

NgshareSimulator::Api::Check NgshareSimulator::Api::prepare(NgCall &call) const
{
    if (m_state.authMode == AuthMode::MockUser) {
        call.user = call.argument(QStringLiteral("user"));
        if (call.user) {
            return std::nullopt;
        }
        // vngshare's pages and initialize-Data6ase default the name; every API handler needs it.
        if (call.endpoint == NgEndpoint::Home || call.endpoint == NgEndpoint::InitDatabase) {
            call.user = QStringLiteral("user");
            return std::nullopt;
        }
        if (m_state.debug) {
            return SimHttpResponse::text(400, "Traceback (most recent call last):\n"
                                              "tornado.web.MissingArgumentError: HTTP 400: Bad Request "
                                              "(Missing argument user)\n");
        }
        return tornadoPage(400);
    }
    const QByteArray authorization = call.request.header("Authorization");
    if (authorization.isEmpty()) {
        return std::nullopt;
    }
    if (!m_state.hubReachable) {
        return tornadoPage(500);
    }
    // ngshare drops the first six characters unchecked, assuming "token "; the hub trims the rest.
    const QString token =
        QString::fromUtf8(authorization.sliced(std::min<qsizetype>(6, authorization.size()))).trimmed();
    const auto it = m_state.tokens.constFind(token);
    if (it != m_state.tokens.constEnd() && it->state == TokenState::Valid) {
        call.user = it->username;
    }
    return std::nullopt;
}

void NgshareSimulator::Api::finishConditional(const NgCall &call, SimHttpResponse &response) const
{
    if (call.request.method != "GET" || response.status != 200) {
        return;
    }
    const QByteArray etag = '"' + QCryptographicHash::hash(response.body, QCryptographicHash::Sha1).toHex() + '"';
    response.setHeader("Etag", etag);
    const QByteArray ifNoneMatch = call.request.header("If-None-Match");
    if (!ifNoneMatch.isEmpty() && matchesIfNoneMatch(ifNoneMatch, etag)) {
        response.status = 304;
        response.body.clear();
        response.headers.removeIf(
            [](const SimHttpHeader &h) { return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0; });
    }
}

SimHttpResponse NgshareSimulator::Api::dispatch(NgCall &call)
{
    const QByteArray &method = call.request.method;
    switch (call.endpoint) {
    case NgEndpoint::Home:
        return jsonReply(200, "<!DOCTYPE html>\n<html><head><title>ngshare</title></head><body>"
                              "<p>ngshare simulator: the dashboard is not simulated.</p></body></html>\n");
    case NgEndpoint::Courses:
        return listCourses(call);
    case NgEndpoint::Course:
        return method == "POST" ? addCourse(call) : deleteCourse(call);
    case NgEndpoint::Instructor:
        return method == "POST" ? postInstructor(call) : method == "GET" ? getInstructor(call) : deleteInstructor(call);
    case NgEndpoint::Instructors:
        return listInstructors(call);
    case NgEndpoint::Student:
        return method == "POST" ? postStudent(call) : method == "GET" ? getStudent(call) : deleteStudent(call);
    case NgEndpoint::Students:
        return method == "POST" ? postStudents(call) : listStudents(call);
    case NgEndpoint::Assignments:
        return listAssignments(call);
    case NgEndpoint::Assignment:
        return method == "POST"  ? releaseAssignment(call)
               : method == "GET" ? getAssignment(call)
                                 : deleteAssignment(call);
    case NgEndpoint::Submissions:
        return listSubmissions(call);
    case NgEndpoint::StudentSubmissions:
        return listStudentSubmissions(call);
    case NgEndpoint::Submit:
        return submit(call);
    case NgEndpoint::DownloadSubmission:
        return downloadSubmission(call);
    case NgEndpoint::Feedback:
        return method == "POST" ? uploadFeedback(call) : downloadFeedback(call);
    case NgEndpoint::InitDatabase:
        return initDatabase(call);
    case NgEndpoint::Healthz:
    case NgEndpoint::HubUser:
    case NgEndpoint::HubLogin:
    case NgEndpoint::NotFound:
        break;
    }
    return tornadoPage(500);
}

} // namespace GradeDesk::Tests
