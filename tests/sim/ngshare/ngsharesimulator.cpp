// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/ngshare/ngsharesimulator.h"

#include "tests/sim/http/simhttpserver.h"
#include "tests/sim/ngshare/ngsharesimapi.h"
#include "tests/sim/ngshare/ngsharesimformat.h"

namespace GradeDesk::Tests {

using namespace NgshareSim;

namespace {

NgshareSimulator::File publicFile(const SimNgFile &file)
{
    return {file.path, file.content};
}

QList<NgshareSimulator::File> publicFiles(const QList<SimNgFile> &files)
{
    QList<NgshareSimulator::File> out;
    out.reserve(files.size());
    for (const SimNgFile &file : files) {
        out.append(publicFile(file));
    }
    return out;
}

QList<SimNgFile> storedFiles(const QList<NgshareSimulator::File> &files)
{
    QList<SimNgFile> out;
    out.reserve(files.size());
    for (const NgshareSimulator::File &file : files) {
        out.append(SimNgFile::make(file.path, file.content));
    }
    return out;
}

} // namespace

// --- State helpers --------------------------------------------------------------------------------

NgshareSimulator::Person *SimNgCourse::instructor(const QString &username)
{
    for (NgshareSimulator::Person &person : instructors) {
        if (person.username == username) {
            return &person;
        }
    }
    return nullptr;
}

NgshareSimulator::Person *SimNgCourse::student(const QString &username)
{
    for (NgshareSimulator::Person &person : students) {
        if (person.username == username) {
            return &person;
        }
    }
    return nullptr;
}

SimNgAssignment *SimNgCourse::assignment(const QString &assignmentId)
{
    for (SimNgAssignment &entry : assignments) {
        if (entry.id == assignmentId) {
            return &entry;
        }
    }
    return nullptr;
}

bool SimNgCourse::teaches(const QString &username) const
{
    return std::any_of(instructors.cbegin(), instructors.cend(),
                       [&username](const NgshareSimulator::Person &p) { return p.username == username; });
}

bool SimNgCourse::takes(const QString &username) const
{
    return std::any_of(students.cbegin(), students.cend(),
                       [&username](const NgshareSimulator::Person &p) { return p.username == username; });
}

bool SimNgConnectionFault::matches(const QByteArray &requestMethod, const QString &path) const
{
    return (method.isEmpty() || method == requestMethod) && path.contains(pathContains);
}

SimNgCourse *NgshareSimulator::State::course(const QString &courseId)
{
    for (SimNgCourse &entry : courses) {
        if (entry.id == courseId) {
            return &entry;
        }
    }
    return nullptr;
}

const SimNgCourse *NgshareSimulator::State::course(const QString &courseId) const
{
    for (const SimNgCourse &entry : courses) {
        if (entry.id == courseId) {
            return &entry;
        }
    }
    return nullptr;
}

qint64 NgshareSimulator::State::nextMicros()
{
    qint64 now = 0;
    if (clock) {
        now = microsFromDateTime(clock().toUTC());
    } else {
        now = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
                  .count();
    }
    // Timestamps are submission keys: never hand out the same one twice.
    now = std::max(now, lastMicros + 1);
    lastMicros = now;
    return now;
}

void NgshareSimulator::State::sweepPendingReplies(quint64 connectionId, qint64 nowMs)
{
    pendingReplies.removeIf([connectionId, nowMs](const PendingReply &reply) {
        return reply.connectionId == connectionId || reply.dueMs + 2000 < nowMs;
    });
}

void NgshareSimulator::State::replyFinished(const QByteArray &method, const QString &path)
{
    // The HTTP library's own refusals (empty method) never reached the handler and match nothing.
    auto earliest = pendingReplies.end();
    for (auto it = pendingReplies.begin(); it != pendingReplies.end(); ++it) {
        if (it->method == method && it->path == path &&
            (earliest == pendingReplies.end() || it->dueMs < earliest->dueMs)) {
            earliest = it;
        }
    }
    if (earliest != pendingReplies.end()) {
        pendingReplies.erase(earliest);
    }
}

// --- Server ---------------------------------------------------------------------------------------

NgshareSimulator::NgshareSimulator(QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<State>())
    , m_api(std::make_unique<Api>(this, *m_state))
    , m_server(new SimHttpServer([this](const SimHttpRequest &request) { return m_api->handle(request); }, this))
{
    m_state->uptime.start();
    setBodyLimit(DefaultBodyLimit);
    connect(m_server, &SimHttpServer::responseSent, this,
            [this](const QByteArray &method, const QString &path, int) { m_state->replyFinished(method, path); });
    connect(m_server, &SimHttpServer::connectionDropped, this,
            [this](const QByteArray &method, const QString &path) { m_state->replyFinished(method, path); });
}

NgshareSimulator::~NgshareSimulator()
{
    // Connections hold no pointers into the state, but close them before the state goes away.
    m_server->close();
}

bool NgshareSimulator::start(quint16 port)
{
    return m_server->listen(port);
}

void NgshareSimulator::stop()
{
    m_server->close();
}

quint16 NgshareSimulator::port() const
{
    return m_server->port();
}

QUrl NgshareSimulator::serverUrl() const
{
    return m_server->baseUrl();
}

QUrl NgshareSimulator::baseUrl() const
{
    QUrl url = m_server->baseUrl();
    QString path = m_state->prefix;
    path.chop(1);
    url.setPath(path);
    return url;
}

void NgshareSimulator::setPrefix(const QString &prefix)
{
    QString normalized = prefix;
    if (!normalized.startsWith(u'/')) {
        normalized.prepend(u'/');
    }
    if (!normalized.endsWith(u'/')) {
        normalized.append(u'/');
    }
    m_state->prefix = normalized;
}

QString NgshareSimulator::prefix() const
{
    return m_state->prefix;
}

SimHttpServer *NgshareSimulator::httpServer() const
{
    return m_server;
}

// --- Behaviour ------------------------------------------------------------------------------------

void NgshareSimulator::setAuthMode(AuthMode mode)
{
    m_state->authMode = mode;
}

void NgshareSimulator::setDebugMode(bool on)
{
    m_state->debug = on;
}

void NgshareSimulator::setBodyLimit(qint64 bytes)
{
    m_state->bodyLimit = bytes;
    m_server->setMaxBodySize(bytes + BodyLimitHeadroom);
}

qint64 NgshareSimulator::bodyLimit() const
{
    return m_state->bodyLimit;
}

void NgshareSimulator::setClock(std::function<QDateTime()> clock)
{
    m_state->clock = std::move(clock);
}

// --- Seeding --------------------------------------------------------------------------------------

void NgshareSimulator::addToken(const QString &token, const QString &username, bool admin)
{
    m_state->tokens.insert(token, SimNgToken{username, TokenState::Valid});
    if (admin) {
        m_state->admins.insert(username);
    }
}

void NgshareSimulator::setTokenState(const QString &token, TokenState state)
{
    const auto it = m_state->tokens.find(token);
    if (it != m_state->tokens.end()) {
        it->state = state;
    }
}

void NgshareSimulator::removeToken(const QString &token)
{
    m_state->tokens.remove(token);
}

void NgshareSimulator::setAdmin(const QString &username, bool admin)
{
    if (admin) {
        m_state->admins.insert(username);
    } else {
        m_state->admins.remove(username);
    }
}

void NgshareSimulator::addCourse(const QString &courseId, const QStringList &instructors)
{
    SimNgCourse *course = m_state->course(courseId);
    if (!course) {
        m_state->courses.append(SimNgCourse{courseId, {}, {}, {}});
        course = &m_state->courses.last();
    }
    for (const QString &name : instructors) {
        if (!course->teaches(name)) {
            course->students.removeIf([&name](const Person &p) { return p.username == name; });
            course->instructors.append(Person{name, {}, {}, {}});
        }
    }
}

void NgshareSimulator::removeCourse(const QString &courseId)
{
    m_state->courses.removeIf([&courseId](const SimNgCourse &c) { return c.id == courseId; });
}

void NgshareSimulator::addInstructor(const QString &courseId, const Person &person)
{
    addCourse(courseId);
    SimNgCourse *course = m_state->course(courseId);
    course->students.removeIf([&person](const Person &p) { return p.username == person.username; });
    if (Person *existing = course->instructor(person.username)) {
        *existing = person;
    } else {
        course->instructors.append(person);
    }
}

bool NgshareSimulator::addStudent(const QString &courseId, const Person &person)
{
    addCourse(courseId);
    SimNgCourse *course = m_state->course(courseId);
    if (course->teaches(person.username)) {
        return false;
    }
    if (Person *existing = course->student(person.username)) {
        *existing = person;
    } else {
        course->students.append(person);
    }
    return true;
}

void NgshareSimulator::removeStudent(const QString &courseId, const QString &studentId)
{
    if (SimNgCourse *course = m_state->course(courseId)) {
        course->students.removeIf([&studentId](const Person &p) { return p.username == studentId; });
    }
}

void NgshareSimulator::releaseAssignment(const QString &courseId, const QString &assignmentId, const QList<File> &files)
{
    addCourse(courseId);
    SimNgCourse *course = m_state->course(courseId);
    course->assignments.removeIf([&assignmentId](const SimNgAssignment &a) { return a.id == assignmentId; });
    SimNgAssignment assignment;
    assignment.id = assignmentId;
    assignment.files = storedFiles(files);
    course->assignments.append(assignment);
}

QString NgshareSimulator::addSubmission(const QString &courseId, const QString &assignmentId, const QString &studentId,
                                        const QList<File> &files, const QDateTime &timestamp)
{
    SimNgCourse *course = m_state->course(courseId);
    SimNgAssignment *assignment = course ? course->assignment(assignmentId) : nullptr;
    if (!assignment) {
        return {};
    }
    SimNgSubmission submission;
    submission.studentId = studentId;
    submission.micros = timestamp.isValid() ? microsFromDateTime(timestamp.toUTC()) : m_state->nextMicros();
    submission.files = storedFiles(files);
    assignment->submissions.append(submission);
    return NgshareSim::formatTimestamp(submission.micros);
}

bool NgshareSimulator::setFeedback(const QString &courseId, const QString &assignmentId, const QString &studentId,
                                   const QString &timestamp, const QList<File> &files)
{
    SimNgCourse *course = m_state->course(courseId);
    SimNgAssignment *assignment = course ? course->assignment(assignmentId) : nullptr;
    if (!assignment) {
        return false;
    }
    for (SimNgSubmission &submission : assignment->submissions) {
        if (submission.studentId == studentId && NgshareSim::formatTimestamp(submission.micros) == timestamp) {
            submission.feedback = storedFiles(files);
            return true;
        }
    }
    return false;
}

void NgshareSimulator::clear()
{
    clearData();
    m_state->tokens.clear();
    m_state->admins.clear();
    clearFaults();
    clearRequestLog();
    resetPeakConcurrency();
}

void NgshareSimulator::clearData()
{
    m_state->courses.clear();
}

// --- Fault injection ------------------------------------------------------------------------------

void NgshareSimulator::setLatency(std::chrono::milliseconds latency)
{
    m_state->latency = latency;
}

void NgshareSimulator::setServiceTime(std::chrono::milliseconds perRequest)
{
    m_state->serviceTime = perRequest;
}

void NgshareSimulator::failNextRequests(int count, int status)
{
    m_state->failNext = count;
    m_state->failNextStatus = status;
}

void NgshareSimulator::dropConnectionOnNext(const QByteArray &method, const QString &pathContains,
                                            qsizetype afterBodyBytes)
{
    m_state->connectionFaults.append(SimNgConnectionFault{method, pathContains, afterBodyBytes, false});
}

void NgshareSimulator::hangOnNext(const QByteArray &method, const QString &pathContains)
{
    m_state->connectionFaults.append(SimNgConnectionFault{method, pathContains, DropWithoutReply, true});
}

void NgshareSimulator::corruptNextDownloads(int count)
{
    m_state->corruptNext = count;
}

bool NgshareSimulator::corruptSubmissionFile(const QString &courseId, const QString &assignmentId,
                                             const QString &studentId, const QString &path, const QString &timestamp)
{
    SimNgCourse *course = m_state->course(courseId);
    SimNgAssignment *assignment = course ? course->assignment(assignmentId) : nullptr;
    if (!assignment) {
        return false;
    }
    SimNgSubmission *chosen = nullptr;
    for (SimNgSubmission &submission : assignment->submissions) {
        if (submission.studentId != studentId) {
            continue;
        }
        if (timestamp.isEmpty() ? (!chosen || submission.micros > chosen->micros)
                                : NgshareSim::formatTimestamp(submission.micros) == timestamp) {
            chosen = &submission;
        }
    }
    if (!chosen) {
        return false;
    }
    bool found = false;
    for (SimNgFile &file : chosen->files) {
        if (file.path == path && !file.content.isEmpty()) {
            file.corrupted = true;
            found = true;
        }
    }
    return found;
}

void NgshareSimulator::setHubReachable(bool reachable)
{
    m_state->hubReachable = reachable;
}

void NgshareSimulator::clearFaults()
{
    m_state->latency = std::chrono::milliseconds(0);
    m_state->serviceTime = std::chrono::milliseconds(0);
    m_state->failNext = 0;
    m_state->corruptNext = 0;
    m_state->hubReachable = true;
    m_state->connectionFaults.clear();
}

// --- Inspection -----------------------------------------------------------------------------------

QList<NgshareSimulator::LoggedRequest> NgshareSimulator::requestLog() const
{
    return m_state->log;
}

void NgshareSimulator::clearRequestLog()
{
    m_state->log.clear();
    m_state->routeCounts.clear();
}

int NgshareSimulator::requestCount() const
{
    return static_cast<int>(m_state->log.size());
}

int NgshareSimulator::requestCount(const QString &route) const
{
    return m_state->routeCounts.value(route);
}

QMap<QString, int> NgshareSimulator::requestCountsByRoute() const
{
    return m_state->routeCounts;
}

int NgshareSimulator::peakConcurrentRequests() const
{
    return m_state->peakInFlight;
}

void NgshareSimulator::resetPeakConcurrency()
{
    m_state->sweepPendingReplies(0, m_state->uptime.elapsed());
    m_state->peakInFlight = static_cast<int>(m_state->pendingReplies.size());
}

QStringList NgshareSimulator::courses() const
{
    QStringList ids;
    for (const SimNgCourse &course : std::as_const(m_state->courses)) {
        ids.append(course.id);
    }
    return ids;
}

bool NgshareSimulator::isAdmin(const QString &username) const
{
    return m_state->admins.contains(username);
}

QList<NgshareSimulator::Person> NgshareSimulator::instructors(const QString &courseId) const
{
    const SimNgCourse *course = m_state->course(courseId);
    return course ? course->instructors : QList<Person>();
}

QList<NgshareSimulator::Person> NgshareSimulator::students(const QString &courseId) const
{
    const SimNgCourse *course = m_state->course(courseId);
    return course ? course->students : QList<Person>();
}

QStringList NgshareSimulator::assignments(const QString &courseId) const
{
    QStringList ids;
    if (const SimNgCourse *course = m_state->course(courseId)) {
        for (const SimNgAssignment &assignment : course->assignments) {
            ids.append(assignment.id);
        }
    }
    return ids;
}

std::optional<QList<NgshareSimulator::File>> NgshareSimulator::assignmentFiles(const QString &courseId,
                                                                               const QString &assignmentId) const
{
    SimNgCourse *course = m_state->course(courseId);
    const SimNgAssignment *assignment = course ? course->assignment(assignmentId) : nullptr;
    if (!assignment) {
        return std::nullopt;
    }
    return publicFiles(assignment->files);
}

QStringList NgshareSimulator::fetchedBy(const QString &courseId, const QString &assignmentId) const
{
    SimNgCourse *course = m_state->course(courseId);
    const SimNgAssignment *assignment = course ? course->assignment(assignmentId) : nullptr;
    return assignment ? assignment->fetchedBy : QStringList();
}

QList<NgshareSimulator::Submission> NgshareSimulator::submissions(const QString &courseId,
                                                                  const QString &assignmentId) const
{
    QList<Submission> out;
    SimNgCourse *course = m_state->course(courseId);
    const SimNgAssignment *assignment = course ? course->assignment(assignmentId) : nullptr;
    if (!assignment) {
        return out;
    }
    for (const SimNgSubmission &submission : assignment->submissions) {
        out.append(Submission{submission.studentId, NgshareSim::formatTimestamp(submission.micros),
                              publicFiles(submission.files), publicFiles(submission.feedback)});
    }
    return out;
}

std::optional<QList<NgshareSimulator::File>> NgshareSimulator::feedback(const QString &courseId,
                                                                        const QString &assignmentId,
                                                                        const QString &studentId,
                                                                        const QString &timestamp) const
{
    SimNgCourse *course = m_state->course(courseId);
    const SimNgAssignment *assignment = course ? course->assignment(assignmentId) : nullptr;
    if (!assignment) {
        return std::nullopt;
    }
    for (const SimNgSubmission &submission : assignment->submissions) {
        if (submission.studentId == studentId && NgshareSim::formatTimestamp(submission.micros) == timestamp) {
            return publicFiles(submission.feedback);
        }
    }
    return std::nullopt;
}

QString NgshareSimulator::formatTimestamp(const QDateTime &utc)
{
    return NgshareSim::formatTimestamp(microsFromDateTime(utc.toUTC()));
}

QByteArray NgshareSimulator::mimeBase64(const QByteArray &bytes)
{
    return NgshareSim::mimeBase64(bytes);
}

} // namespace GradeDesk::Tests
