// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the Canvas model and dialog tests: a loopback Canvas (tests/sim/canvas) with a course
// whose students mirror a gradebook's, and a course config pointing at it.

#include <services/canvas/canvasclient.h>
#include <services/config/courseconfig.h>
#include <services/gradebook/records.h>
#include <tests/sim/canvas/canvassimulator.h>

#include <QHash>
#include <QStringList>

#include <chrono>
#include <memory>

namespace GradeDesk::Tests {

inline const QString canvasTeacherToken = QStringLiteral("ui-teacher-token-5f1e2d3c4b5a");
inline const QString canvasTaToken = QStringLiteral("ui-ta-token-0a9b8c7d6e5f");

/// A started simulator with course 4001, a teacher and a TA token, and two sections.
struct CanvasTestCourse {
    std::unique_ptr<CanvasSimulator> simulator = std::make_unique<CanvasSimulator>();
    qint64 sectionA = 0;
    qint64 sectionB = 0;
    QHash<QString, qint64> userIds; ///< Hub username -> Canvas user id, for the mirrored students.

    bool start()
    {
        simulator->setCourse(4001, QStringLiteral("Data Analysis 101"), QStringLiteral("DA101"));
        sectionA = simulator->addSection(QStringLiteral("Lecture A"));
        sectionB = simulator->addSection(QStringLiteral("Lecture B"));
        if (!simulator->start()) {
            return false;
        }
        simulator->addToken(canvasTeacherToken, CanvasSimulator::Role::Teacher);
        simulator->addToken(canvasTaToken, CanvasSimulator::Role::Ta);
        return true;
    }

    /// Enrols one Canvas student whose login id is `login` (so the login_id rule finds `login`).
    qint64 addStudent(const QString &login, const QString &name, bool secondSection = false, const QString &email = {})
    {
        const qint64 user = simulator->addUser({name, QString(), login, QStringLiteral("SIS-") + login.toUpper(),
                                                email.isEmpty() ? login + QStringLiteral("@example.edu") : email});
        simulator->enroll(user, secondSection ? sectionB : sectionA);
        userIds.insert(login, user);
        return user;
    }

    /// Enrols every student of `students` (alternating sections) as they are in the gradebook.
    void mirror(const QList<Services::StudentRecord> &students)
    {
        bool second = false;
        for (const Services::StudentRecord &student : students) {
            addStudent(student.id, student.displayName(), second, student.email);
            second = !second;
        }
    }

    /// `config` with its canvas section pointing at the simulator.
    Services::CourseConfig configure(Services::CourseConfig config) const
    {
        config.canvas.url = simulator->baseUrl();
        config.canvas.courseId = QString::number(simulator->courseId());
        config.canvas.identity = Services::CanvasConfig::IdentityRule::LoginId;
        return config;
    }

    /// Client options that keep retries and pauses short in tests.
    static Services::CanvasClient::Options fastOptions()
    {
        Services::CanvasClient::Options options;
        options.backoffBase = std::chrono::milliseconds(5);
        options.backoffMax = std::chrono::milliseconds(100);
        options.maxPause = std::chrono::milliseconds(200);
        options.transferTimeout = std::chrono::milliseconds(5000);
        return options;
    }
};

} // namespace GradeDesk::Tests
