// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/canvas/canvassimulator.h"

#include "tests/sim/canvas/canvassimapi.h"
#include "tests/sim/http/simhttpserver.h"

#include <QTimer>

namespace GradeDesk::Tests {

namespace {

QString sortableFrom(const QString &name)
{
    const qsizetype space = name.lastIndexOf(u' ');
    if (space <= 0) {
        return name;
    }
    return name.mid(space + 1) + QStringLiteral(", ") + name.left(space);
}

} // namespace

CanvasSimulator::Permissions CanvasSimulator::Permissions::forRole(Role role)
{
    switch (role) {
    case Role::Teacher:
        return {};
    case Role::Ta:
        return {false, false, true, true};
    case Role::Student:
        return {false, false, false, false};
    }
    return {};
}

CanvasSimulator::CanvasSimulator(QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<State>())
    , m_api(std::make_unique<Api>(this, *m_state))
    , m_server(new SimHttpServer([this](const SimHttpRequest &request) { return m_api->handle(request); }, this))
{
    m_state->clock.start();
}

CanvasSimulator::~CanvasSimulator()
{
    // Connections hold no pointers into the state, but close them before the state goes away.
    m_server->close();
}

bool CanvasSimulator::start(quint16 port)
{
    return m_server->listen(port);
}

void CanvasSimulator::stop()
{
    m_server->close();
}

quint16 CanvasSimulator::port() const
{
    return m_server->port();
}

QUrl CanvasSimulator::baseUrl() const
{
    return m_server->baseUrl();
}

SimHttpServer *CanvasSimulator::httpServer() const
{
    return m_server;
}

void CanvasSimulator::setIdBase(qint64 base)
{
    m_state->idBase = base;
}

void CanvasSimulator::setCourse(qint64 id, const QString &name, const QString &courseCode, const QString &sisCourseId)
{
    m_state->course.id = id;
    m_state->course.name = name;
    m_state->course.courseCode = courseCode.isEmpty() ? name : courseCode;
    m_state->course.sisCourseId = sisCourseId;
}

qint64 CanvasSimulator::courseId() const
{
    return m_state->courseId();
}

qint64 CanvasSimulator::addToken(const QString &token, Role role, qint64 ownerUserId)
{
    qint64 owner = ownerUserId;
    if (owner == 0) {
        const bool ta = role == Role::Ta;
        owner = addUser({ta ? QStringLiteral("Token TA") : QStringLiteral("Token Teacher"), QString(),
                         ta ? QStringLiteral("ta.token") : QStringLiteral("teacher.token"), QString(),
                         ta ? QStringLiteral("ta.token@example.edu") : QStringLiteral("teacher.token@example.edu")});
        if (role != Role::Student) {
            if (m_state->sections.isEmpty()) {
                addSection(QStringLiteral("Section 1"));
            }
            enroll(owner, m_state->sections.first().id, ta ? EnrollmentType::Ta : EnrollmentType::Teacher);
        }
    }
    SimToken entry;
    entry.token = token;
    entry.userId = owner;
    entry.role = role;
    entry.permissions = Permissions::forRole(role);
    m_state->tokens.insert(token, entry);
    return owner;
}

void CanvasSimulator::setTokenPermissions(const QString &token, const Permissions &permissions)
{
    if (m_state->tokens.contains(token)) {
        m_state->tokens[token].permissions = permissions;
    }
}

void CanvasSimulator::setTokenState(const QString &token, TokenState state)
{
    if (m_state->tokens.contains(token)) {
        m_state->tokens[token].state = state;
    }
}

qint64 CanvasSimulator::addSection(const QString &name, const QString &sisSectionId)
{
    const qint64 id = m_state->allocateId();
    m_state->sections.append({id, name, sisSectionId});
    return id;
}

qint64 CanvasSimulator::addUser(const UserSeed &user)
{
    SimUser entry;
    entry.id = m_state->allocateId();
    entry.seed = user;
    if (entry.seed.sortableName.isEmpty()) {
        entry.seed.sortableName = sortableFrom(user.name);
    }
    entry.createdAt = QDateTime::currentDateTimeUtc();
    m_state->users.insert(entry.id, entry);
    return entry.id;
}

qint64 CanvasSimulator::enroll(qint64 userId, qint64 sectionId, EnrollmentType type, EnrollmentState state)
{
    SimEnrollment entry;
    entry.id = m_state->allocateId();
    entry.userId = userId;
    entry.sectionId = sectionId;
    entry.type = type;
    entry.state = state;
    entry.createdAt = entry.updatedAt = QDateTime::currentDateTimeUtc();
    m_state->enrollments.insert(entry.id, entry);
    return entry.id;
}

void CanvasSimulator::setEnrollmentState(qint64 enrollmentId, EnrollmentState state)
{
    const auto it = m_state->enrollments.find(enrollmentId);
    if (it != m_state->enrollments.end()) {
        it->state = state;
        it->updatedAt = QDateTime::currentDateTimeUtc();
    }
}

qint64 CanvasSimulator::addAssignment(const AssignmentSeed &assignment)
{
    SimAssignment entry;
    entry.id = m_state->allocateId();
    entry.seed = assignment;
    entry.position = static_cast<int>(m_state->assignments.size()) + 1;
    entry.createdAt = entry.updatedAt = QDateTime::currentDateTimeUtc();
    m_state->assignments.insert(entry.id, entry);
    return entry.id;
}

void CanvasSimulator::setAssignmentPublished(qint64 assignmentId, bool published)
{
    const auto it = m_state->assignments.find(assignmentId);
    if (it != m_state->assignments.end()) {
        it->seed.published = published;
        it->updatedAt = QDateTime::currentDateTimeUtc();
    }
}

qint64 CanvasSimulator::addSubmissionComment(qint64 assignmentId, qint64 userId, const QString &text, qint64 authorId,
                                             const QDateTime &createdAt)
{
    const std::pair<qint64, qint64> key{assignmentId, userId};
    SubmissionRecord &record = m_state->submissions[key];
    if (record.id == 0) {
        record.id = m_state->allocateId();
        record.assignmentId = assignmentId;
        record.userId = userId;
    }
    CommentRecord comment;
    comment.id = m_state->allocateId();
    comment.authorId = authorId == 0 ? userId : authorId;
    comment.text = text;
    comment.createdAt = createdAt.isValid() ? createdAt.toUTC() : QDateTime::currentDateTimeUtc();
    record.comments.append(text);
    record.commentRecords.append(comment);
    return comment.id;
}

void CanvasSimulator::setScore(qint64 assignmentId, qint64 userId, std::optional<double> score)
{
    const std::pair<qint64, qint64> key{assignmentId, userId};
    SubmissionRecord &record = m_state->submissions[key];
    if (record.id == 0) {
        record.id = m_state->allocateId();
        record.assignmentId = assignmentId;
        record.userId = userId;
    }
    record.score = score;
    record.grade = score ? QString::number(*score, 'g', 15) : QString();
    record.gradedAt = QDateTime::currentDateTimeUtc();
}

QList<qint64> CanvasSimulator::seedDemoCourse(int students, int sections)
{
    QList<qint64> sectionIds;
    for (int s = 0; s < std::max(1, sections); ++s) {
        sectionIds.append(addSection(QStringLiteral("Section %1").arg(s + 1), QStringLiteral("SEC-%1").arg(s + 1)));
    }
    QList<qint64> ids;
    for (int i = 1; i <= students; ++i) {
        const QString login = QStringLiteral("student%1").arg(i, 3, 10, QLatin1Char('0'));
        const qint64 id =
            addUser({QStringLiteral("Student %1 Demo").arg(i, 3, 10, QLatin1Char('0')), QString(), login,
                     QStringLiteral("S%1").arg(i, 4, 10, QLatin1Char('0')), login + QStringLiteral("@example.edu")});
        const qsizetype home = (i - 1) % sectionIds.size();
        enroll(id, sectionIds[home]);
        if (i % 10 == 1 && sectionIds.size() > 1) {
            enroll(id, sectionIds[(home + 1) % sectionIds.size()]);
        }
        ids.append(id);
    }
    for (int t = 1; t <= 2; ++t) {
        const QString login = QStringLiteral("ta%1").arg(t);
        const qint64 id =
            addUser({QStringLiteral("Teaching Assistant%1").arg(t), QString(), login,
                     QStringLiteral("T%1").arg(t, 4, 10, QLatin1Char('0')), login + QStringLiteral("@example.edu")});
        enroll(id, sectionIds[(t - 1) % sectionIds.size()], EnrollmentType::Ta);
    }
    addAssignment({QStringLiteral("ps1"), 10.0, true, QStringLiteral("points"), false});
    addAssignment({QStringLiteral("ps2"), 20.0, false, QStringLiteral("points"), false});
    return ids;
}

void CanvasSimulator::setMaxPerPage(int maxPerPage)
{
    m_state->maxPerPage = std::max(1, maxPerPage);
}

void CanvasSimulator::setProgressMode(ProgressMode mode, std::chrono::milliseconds timerStep)
{
    m_state->progressMode = mode;
    m_state->progressStep = timerStep;
}

void CanvasSimulator::setThrottle(const Throttle &throttle)
{
    m_state->throttle = throttle;
}

CanvasSimulator::Throttle CanvasSimulator::throttle() const
{
    return m_state->throttle;
}

void CanvasSimulator::setThrottleStatus(int status)
{
    m_state->throttleStatus = status;
}

void CanvasSimulator::setLatency(std::chrono::milliseconds latency)
{
    m_state->latency = latency;
}

void CanvasSimulator::throttleNow()
{
    const qint64 now = m_state->clock.nsecsElapsed();
    for (SimToken &token : m_state->tokens) {
        token.bucket.level = m_state->throttle.bucketMaximum;
        token.bucket.touchedNs = now;
    }
}

void CanvasSimulator::throttleNextRequests(int count)
{
    m_state->throttleNext = std::max(0, count);
}

void CanvasSimulator::failNextRequests(int count, int status)
{
    m_state->failNext = std::max(0, count);
    m_state->failNextStatus = status;
}

void CanvasSimulator::failNextProgressAfter(int grades)
{
    m_state->failProgressAfter = std::max(0, grades);
}

void CanvasSimulator::dropConnectionOnNext(const QByteArray &method, const QString &pathContains, bool processFirst,
                                           qsizetype afterBodyBytes)
{
    m_state->connectionFaults.append({method, pathContains, processFirst, afterBodyBytes, false});
}

void CanvasSimulator::hangOnNext(const QByteArray &method, const QString &pathContains)
{
    m_state->connectionFaults.append({method, pathContains, false, -1, true});
}

void CanvasSimulator::clearFaults()
{
    m_state->latency = std::chrono::milliseconds(0);
    m_state->throttleNext = 0;
    m_state->failNext = 0;
    m_state->failProgressAfter.reset();
    m_state->connectionFaults.clear();
    for (SimToken &token : m_state->tokens) {
        token.bucket = SimBucket();
        token.bucket.touchedNs = m_state->clock.nsecsElapsed();
    }
}

QList<CanvasSimulator::LoggedRequest> CanvasSimulator::requestLog() const
{
    return m_state->log;
}

void CanvasSimulator::clearRequestLog()
{
    m_state->log.clear();
    m_state->routeCounts.clear();
    m_state->throttled = 0;
}

int CanvasSimulator::requestCount() const
{
    return static_cast<int>(m_state->log.size());
}

int CanvasSimulator::requestCount(const QString &route) const
{
    return m_state->routeCounts.value(route);
}

QMap<QString, int> CanvasSimulator::requestCountsByRoute() const
{
    return m_state->routeCounts;
}

int CanvasSimulator::throttledCount() const
{
    return m_state->throttled;
}

std::optional<qint64> CanvasSimulator::assignmentIdByName(const QString &name) const
{
    for (const SimAssignment &assignment : std::as_const(m_state->assignments)) {
        if (assignment.seed.name == name) {
            return assignment.id;
        }
    }
    return std::nullopt;
}

std::optional<qint64> CanvasSimulator::userIdBySisId(const QString &sisUserId) const
{
    for (const SimUser &user : std::as_const(m_state->users)) {
        if (user.seed.sisUserId == sisUserId) {
            return user.id;
        }
    }
    return std::nullopt;
}

std::optional<CanvasSimulator::SubmissionRecord> CanvasSimulator::submission(qint64 assignmentId, qint64 userId) const
{
    const auto it = m_state->submissions.constFind({assignmentId, userId});
    if (it == m_state->submissions.cend()) {
        return std::nullopt;
    }
    return *it;
}

QMap<qint64, double> CanvasSimulator::scores(qint64 assignmentId) const
{
    QMap<qint64, double> result;
    for (const SubmissionRecord &record : std::as_const(m_state->submissions)) {
        if (record.assignmentId == assignmentId && record.score) {
            result.insert(record.userId, *record.score);
        }
    }
    return result;
}

QList<CanvasSimulator::ProgressRecord> CanvasSimulator::progresses() const
{
    QList<ProgressRecord> result;
    for (const SimProgress &progress : std::as_const(m_state->progresses)) {
        result.append(progress.record);
    }
    return result;
}

int CanvasSimulator::gradeWriteCount() const
{
    return m_state->gradeWrites;
}

} // namespace GradeDesk::Tests
