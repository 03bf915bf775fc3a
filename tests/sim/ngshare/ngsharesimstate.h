// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Private to gradedesk_ngsharesim: the simulated ngshare database and the fault/inspection
// bookkeeping.

#include "tests/sim/ngshare/ngsharesimulator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

namespace GradeDesk::Tests {

/// One stored file. The md5 is computed once, from the bytes as stored.
struct SimNgFile {
    QString path;
    QByteArray content;
    QByteArray md5Hex;
    bool corrupted = false; ///< Served with one byte flipped (md5 stays that of `content`).

    static SimNgFile make(const QString &path, const QByteArray &content);
};

struct SimNgSubmission {
    QString studentId;
    qint64 micros = 0; ///< UTC microseconds since the epoch: the submission's key.
    QList<SimNgFile> files;
    QList<SimNgFile> feedback;
};

struct SimNgAssignment {
    QString id;
    QList<SimNgFile> files;
    QList<SimNgSubmission> submissions; ///< In submission order (the database's order).
    QStringList fetchedBy;
};

struct SimNgCourse {
    QString id;
    QList<NgshareSimulator::Person> instructors; ///< In the order they were added.
    QList<NgshareSimulator::Person> students;
    QList<SimNgAssignment> assignments; ///< In creation order.

    NgshareSimulator::Person *instructor(const QString &username);
    NgshareSimulator::Person *student(const QString &username);
    SimNgAssignment *assignment(const QString &assignmentId);
    bool teaches(const QString &username) const;
    bool takes(const QString &username) const;
};

struct SimNgToken {
    QString username;
    NgshareSimulator::TokenState state = NgshareSimulator::TokenState::Valid;
};

struct SimNgConnectionFault {
    QByteArray method;
    QString pathContains;
    qsizetype afterBodyBytes = NgshareSimulator::DropAtHalfBody;
    bool hang = false;

    bool matches(const QByteArray &requestMethod, const QString &path) const;
};

struct NgshareSimulator::State {
    QList<SimNgCourse> courses;
    QSet<QString> admins;
    QHash<QString, SimNgToken> tokens;

    AuthMode authMode = AuthMode::HubToken;
    bool debug = false;
    QString prefix = QStringLiteral("/services/ngshare/");
    qint64 bodyLimit = DefaultBodyLimit;
    std::function<QDateTime()> clock;
    qint64 lastMicros = 0;

    std::chrono::milliseconds latency{0};
    std::chrono::milliseconds serviceTime{0};
    qint64 busyUntilMs = 0; ///< `uptime` time at which the single server thread is free again.
    int failNext = 0;
    int failNextStatus = 500;
    int corruptNext = 0;
    bool hubReachable = true;
    QList<SimNgConnectionFault> connectionFaults;

    QList<LoggedRequest> log;
    QMap<QString, int> routeCounts;

    /// Replies decided but not yet written, at most one per connection (replies on a connection go
    /// out in order). An entry whose client went away is dropped once it is long overdue.
    struct PendingReply {
        quint64 connectionId = 0;
        QByteArray method;
        QString path;
        qint64 dueMs = 0; ///< `uptime` time at which the reply is scheduled.
    };

    QList<PendingReply> pendingReplies;
    int peakInFlight = 0;
    QElapsedTimer uptime;

    SimNgCourse *course(const QString &courseId);
    const SimNgCourse *course(const QString &courseId) const;
    /// A fresh, strictly increasing timestamp from the clock.
    qint64 nextMicros();
    /// Forgets pending replies of `connectionId` (its earlier reply is out if it sends again) and
    /// those overdue by more than two seconds (their connection was closed before the reply).
    void sweepPendingReplies(quint64 connectionId, qint64 nowMs);
    /// A reply was written or its connection dropped: the earliest pending one for that request.
    void replyFinished(const QByteArray &method, const QString &path);
};

} // namespace GradeDesk::Tests
