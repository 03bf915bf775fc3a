// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// Gradebook: team grading on PostgreSQL. Changes are announced with NOTIFY inside the committing
// transaction and turned back into signals by every other connection; a lost connection makes actions
// fail with Kind::Network until the link has reopened it.
#include "gradebook.h"
#include "gradebooklink.h"
#include "gradebooksql.h"

#include <services/core/logging.h>

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace GradeDesk::Services {

namespace {

constexpr int RetryIntervalMs = 2000;
// An idle connection is checked this often, so a dead server shows without waiting for an action.
constexpr int HeartbeatIntervalMs = 3000;
// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; longer change lists are split.
constexpr qsizetype MaxPayload = 7900;

// Payload tokens (space separated): g<submission>.<cell> grade, s<submission> submission,
// r<cell> rubric, c<cell> claims, a<assignment> regrades. Unknown tokens are ignored, so a newer
// GradeDesk can add kinds without confusing an older one.
QString token(QChar kind, qint64 id)
{
    return kind + QString::number(id);
}

/// A connection error: SQLSTATE class 08 (connection exception), 57P01-57P03 (server shutting down or
/// starting), or a failure without SQLSTATE (libpq's own "server closed the connection", "no connection").
bool isConnectionFailure(const QSqlError &error)
{
    if (error.type() == QSqlError::ConnectionError) {
        return true;
    }
    const QString code = error.nativeErrorCode();
    return code.isEmpty() || code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P"));
}

} // namespace

GradebookLink::GradebookLink(const QString &connectionName, bool postgresql, std::function<bool()> idle,
                             std::function<void()> dropStatements)
    : m_connectionName(connectionName)
    , m_postgresql(postgresql)
    , m_idle(std::move(idle))
    , m_dropStatements(std::move(dropStatements))
{
    m_retryTimer.setInterval(RetryIntervalMs);
    m_heartbeatTimer.setInterval(HeartbeatIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &GradebookLink::attemptReconnect);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &GradebookLink::heartbeat);
}

GradebookLink::~GradebookLink() = default;

QString GradebookLink::channel()
{
    return QStringLiteral("gradedesk_change");
}

void GradebookLink::start()
{
    if (!m_postgresql) {
        return;
    }
    if (!subscribe()) {
        qCWarning(lcGradebook) << "Cannot LISTEN for other graders' changes; they show after a reload";
    }
    m_heartbeatTimer.start();
}

bool GradebookLink::subscribe()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlDriver *driver = db.driver();
    if (!driver) {
        return false;
    }
    // The driver forgets its subscriptions when the connection closes; connect once per driver.
    disconnect(driver, &QSqlDriver::notification, this, &GradebookLink::onNotification);
    connect(driver, &QSqlDriver::notification, this, &GradebookLink::onNotification);
    if (driver->subscribedToNotifications().contains(channel())) {
        return true;
    }
    if (!driver->subscribeToNotification(channel())) {
        qCWarning(lcGradebook) << "LISTEN failed:" << driver->lastError().text();
        return false;
    }
    return true;
}

void GradebookLink::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // Our own changes were signalled locally at commit.
    if (name != channel() || source == QSqlDriver::SelfSource) {
        return;
    }
    emit remoteChange(payload.toString());
}

bool GradebookLink::checkAfterFailure()
{
    if (!m_postgresql) {
        return false;
    }
    if (!m_connected) {
        return true;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery probe(db);
    if (probe.exec(QStringLiteral("SELECT 1"))) {
        return false;
    }
    // Inside a failed transaction the probe fails with 25P02 ("current transaction is aborted"): the
    // connection itself is fine then.
    if (!isConnectionFailure(probe.lastError())) {
        return false;
    }
    const QString why = probe.lastError().text().trimmed();
    markLost(why.isEmpty() ? QStringLiteral("no connection to the server") : why);
    return true;
}

void GradebookLink::markLost(const QString &why)
{
    if (!m_connected) {
        return;
    }
    qCWarning(lcGradebook) << "Lost the connection to the gradebook server:" << why.trimmed();
    m_connected = false;
    m_heartbeatTimer.stop();
    m_retryTimer.start();
    // Queued: the caller is in the middle of a gradebook call; listeners must not re-enter it.
    QMetaObject::invokeMethod(
        this,
        [this]() {
            if (!m_connected) {
                emit connectionStateChanged(false);
            }
        },
        Qt::QueuedConnection);
}

void GradebookLink::reconnect()
{
    if (m_postgresql && !m_connected) {
        attemptReconnect();
    }
}

void GradebookLink::attemptReconnect()
{
    if (m_connected || !m_idle()) {
        return;
    }
    // Statements prepared on the old connection are gone with it.
    m_dropStatements();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    if (!db.open()) {
        qCInfo(lcGradebook) << "Gradebook server still unreachable:" << db.lastError().text().trimmed();
        return;
    }
    if (!subscribe()) {
        db.close();
        return;
    }
    qCInfo(lcGradebook) << "Reconnected to the gradebook server";
    m_connected = true;
    m_retryTimer.stop();
    m_heartbeatTimer.start();
    emit connectionStateChanged(true);
}

void GradebookLink::heartbeat()
{
    if (m_connected && m_idle()) {
        checkAfterFailure();
    }
}

bool Gradebook::isConnected() const
{
    return m_link->isConnected();
}

void Gradebook::reconnect()
{
    m_link->reconnect();
}

ServiceError Gradebook::classify(const ServiceError &error) const
{
    if (error.kind != ServiceError::Kind::Database) {
        return error;
    }
    if (!m_link->checkAfterFailure()) {
        return error;
    }
    return ServiceError::make(ServiceError::Kind::Network,
                              tr("Not saved: the gradebook server is not reachable. GradeDesk reconnects on its own; "
                                 "try again when it is back."),
                              error.detail.isEmpty() ? QStringLiteral("connection lost") : error.detail);
}

void Gradebook::noteRubricChanged(qint64 cellId)
{
    m_pendingRubrics.append(cellId);
}

void Gradebook::noteClaimsChanged(qint64 cellId)
{
    m_pendingClaims.append(cellId);
}

void Gradebook::noteRegradesChanged(qint64 assignmentId)
{
    m_pendingRegrades.append(assignmentId);
}

void Gradebook::dropPending(qsizetype submissions, qsizetype grades, qsizetype rubrics, qsizetype claims,
                            qsizetype regrades)
{
    m_pendingSubmissions.resize(submissions);
    m_pendingGrades.resize(grades);
    m_pendingRubrics.resize(rubrics);
    m_pendingClaims.resize(claims);
    m_pendingRegrades.resize(regrades);
}

Result<void> Gradebook::notifyPending()
{
    if (m_backend != Backend::Postgresql) {
        return {};
    }
    QStringList tokens;
    QSet<QString> seen;
    const auto add = [&](const QString &text) {
        if (!seen.contains(text)) {
            seen.insert(text);
            tokens.append(text);
        }
    };
    for (const auto &grade : std::as_const(m_pendingGrades)) {
        add(QLatin1Char('g') + QString::number(grade.first) + QLatin1Char('.') + QString::number(grade.second));
    }
    for (const qint64 submission : std::as_const(m_pendingSubmissions)) {
        add(token(QLatin1Char('s'), submission));
    }
    for (const qint64 cell : std::as_const(m_pendingRubrics)) {
        add(token(QLatin1Char('r'), cell));
    }
    for (const qint64 cell : std::as_const(m_pendingClaims)) {
        add(token(QLatin1Char('c'), cell));
    }
    for (const qint64 assignment : std::as_const(m_pendingRegrades)) {
        add(token(QLatin1Char('a'), assignment));
    }
    QString payload;
    const auto send = [&]() -> Result<void> {
        if (payload.isEmpty()) {
            return {};
        }
        Result<QSqlQuery *> sent =
            execCached(QStringLiteral("SELECT pg_notify(?, ?)"), {GradebookLink::channel(), payload});
        if (!sent) {
            return sent.error();
        }
        sent.value()->finish();
        payload.clear();
        return {};
    };
    for (const QString &text : std::as_const(tokens)) {
        if (payload.size() + text.size() + 1 > MaxPayload) {
            if (Result<void> sent = send(); !sent) {
                return sent;
            }
        }
        if (!payload.isEmpty()) {
            payload += QLatin1Char(' ');
        }
        payload += text;
    }
    return send();
}

void Gradebook::emitPending()
{
    const QList<qint64> submissions = std::exchange(m_pendingSubmissions, {});
    const QList<std::pair<qint64, qint64>> grades = std::exchange(m_pendingGrades, {});
    const QList<qint64> rubrics = std::exchange(m_pendingRubrics, {});
    const QList<qint64> regrades = std::exchange(m_pendingRegrades, {});
    // Claims are announced to the other graders only: the grader who claimed knows.
    m_pendingClaims.clear();
    QSet<std::pair<qint64, qint64>> emittedGrades;
    for (const auto &grade : grades) {
        if (!emittedGrades.contains(grade)) {
            emittedGrades.insert(grade);
            emit gradeChanged(grade.first, grade.second);
        }
    }
    QSet<qint64> emitted;
    for (const qint64 submission : submissions) {
        if (!emitted.contains(submission)) {
            emitted.insert(submission);
            emit submissionChanged(submission);
        }
    }
    emitted.clear();
    for (const qint64 cell : rubrics) {
        if (!emitted.contains(cell)) {
            emitted.insert(cell);
            emit rubricChanged(cell);
        }
    }
    emitted.clear();
    for (const qint64 assignment : regrades) {
        if (!emitted.contains(assignment)) {
            emitted.insert(assignment);
            emit regradesChanged(assignment);
        }
    }
}

void Gradebook::applyRemoteChange(const QString &payload)
{
    const QStringList tokens = payload.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &text : tokens) {
        if (text.size() < 2) {
            continue;
        }
        const QChar kind = text.at(0);
        const QStringView rest = QStringView(text).mid(1);
        bool ok = false;
        if (kind == QLatin1Char('g')) {
            const qsizetype dot = rest.indexOf(QLatin1Char('.'));
            bool cellOk = false;
            const qint64 submission = dot > 0 ? rest.left(dot).toLongLong(&ok) : 0;
            const qint64 cell = dot > 0 ? rest.mid(dot + 1).toLongLong(&cellOk) : 0;
            if (ok && cellOk) {
                emit gradeChanged(submission, cell);
            }
            continue;
        }
        const qint64 id = rest.toLongLong(&ok);
        if (!ok) {
            continue;
        }
        if (kind == QLatin1Char('s')) {
            emit submissionChanged(id);
        } else if (kind == QLatin1Char('r')) {
            emit rubricChanged(id);
        } else if (kind == QLatin1Char('c')) {
            emit claimsChanged(id);
        } else if (kind == QLatin1Char('a')) {
            emit regradesChanged(id);
        }
    }
}

} // namespace GradeDesk::Services
