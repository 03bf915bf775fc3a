// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Private to gradedesk_canvassim: the simulated Canvas data and the fault/inspection bookkeeping.

#include "tests/sim/canvas/canvassimulator.h"

#include <QElapsedTimer>
#include <QHash>

#include <utility>

class QTimer;

namespace GradeDesk::Tests {

struct SimCourse {
    qint64 id = 0; ///< 0: the id base (see courseId()).
    QString name = QStringLiteral("Demo Course");
    QString courseCode = QStringLiteral("DEMO101");
    QString sisCourseId;
};

struct SimSection {
    qint64 id = 0;
    QString name;
    QString sisSectionId;
};

struct SimUser {
    qint64 id = 0;
    CanvasSimulator::UserSeed seed;
    QDateTime createdAt;
};

struct SimEnrollment {
    qint64 id = 0;
    qint64 userId = 0;
    qint64 sectionId = 0;
    CanvasSimulator::EnrollmentType type = CanvasSimulator::EnrollmentType::Student;
    CanvasSimulator::EnrollmentState state = CanvasSimulator::EnrollmentState::Active;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SimAssignment {
    qint64 id = 0;
    CanvasSimulator::AssignmentSeed seed;
    QStringList submissionTypes{QStringLiteral("none")};
    QString dueAt; ///< ISO 8601 or empty (null).
    int position = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SimBucket {
    double level = 0.0;
    qint64 touchedNs = 0; ///< State::clock time of the last leak.
    /// Up-front charges of requests still in flight: (clock ns when the reply goes out, amount).
    QList<std::pair<qint64, double>> refunds;
};

struct SimToken {
    QString token;
    qint64 userId = 0;
    CanvasSimulator::Role role = CanvasSimulator::Role::Teacher;
    CanvasSimulator::Permissions permissions;
    CanvasSimulator::TokenState state = CanvasSimulator::TokenState::Valid;
    SimBucket bucket;
};

/// One grade_data[<key>] entry of an update_grades request.
struct SimGradeEntry {
    QString studentKey;
    std::optional<QString> postedGrade;
    std::optional<bool> excuse;
    QString textComment;
    qint64 authorId = 0; ///< Who sends the comment: the requesting token's user.
};

struct SimProgress {
    CanvasSimulator::ProgressRecord record;
    qint64 userId = 0;
    qint64 assignmentId = 0;
    qint64 sectionId = 0; ///< 0: course-wide update_grades.
    QList<SimGradeEntry> entries;
    std::optional<int> failAfter;
    CanvasSimulator::Permissions permissions; ///< The requesting token's, for resolving SIS keys.
    QDateTime createdAt;
    QDateTime updatedAt;
    QTimer *timer = nullptr;
};

struct SimConnectionFault {
    QByteArray method;
    QString pathContains;
    bool processFirst = false;
    qsizetype afterBodyBytes = -1;
    bool hang = false;
};

struct CanvasSimulator::State {
    qint64 idBase = 1;
    qint64 idCounter = 0;

    qint64 allocateId() { return idBase + ++idCounter; }

    qint64 courseId() const { return course.id != 0 ? course.id : idBase; }

    SimCourse course;
    QList<SimSection> sections;
    QMap<qint64, SimUser> users;
    QMap<qint64, SimEnrollment> enrollments;
    QMap<qint64, SimAssignment> assignments;
    QHash<QString, SimToken> tokens;
    QMap<std::pair<qint64, qint64>, SubmissionRecord> submissions; ///< (assignment, user)
    QMap<qint64, SimProgress> progresses;

    int maxPerPage = 100;
    ProgressMode progressMode = ProgressMode::AdvanceOnPoll;
    std::chrono::milliseconds progressStep{50};
    Throttle throttle;
    int throttleStatus = 403;

    std::chrono::milliseconds latency{0};
    int throttleNext = 0;
    int failNext = 0;
    int failNextStatus = 500;
    std::optional<int> failProgressAfter;
    QList<SimConnectionFault> connectionFaults;

    QList<LoggedRequest> log;
    QMap<QString, int> routeCounts;
    int throttled = 0;
    int gradeWrites = 0;
    int errorReportId = 1000;

    QElapsedTimer clock;
};

} // namespace GradeDesk::Tests
