// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the Canvas service tests: a simulator with a course, a client pointed at it with fast
// retry timings, and a way to wait for a job's result.

#include <services/canvas/canvasclient.h>
#include <services/canvas/canvascourse.h>
#include <services/canvas/canvasjob.h>
#include <tests/sim/canvas/canvassimulator.h>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace GradeDesk::Tests {

inline const QString teacherToken = QStringLiteral("teacher-secret-token-1234567890");
inline const QString taToken = QStringLiteral("ta-secret-token-0987654321");

/// The finished job's result (copied in the slot, since the job deletes itself), or nullopt on timeout.
template <typename Job>
auto waitForResult(Job *job, int timeoutMs = 60000) -> std::optional<std::decay_t<decltype(job->result())>>
{
    using ResultType = std::decay_t<decltype(job->result())>;
    auto result = std::make_shared<std::optional<ResultType>>();
    QObject context;
    QObject::connect(job, &Services::CanvasJob::finished, &context, [job, result] { result->emplace(job->result()); });
    QSignalSpy spy(job, &Services::CanvasJob::finished);
    if (!spy.wait(timeoutMs)) {
        return std::nullopt;
    }
    return *result;
}

/// What seedCourse() created, with the ids tests need to change it later.
struct SeededCourse {
    QList<qint64> sections;
    QList<qint64> students;           ///< Canvas user ids of student001, student002, ...
    QList<QList<qint64>> enrollments; ///< Per student, their enrollment ids.
};

/// Like CanvasSimulator::seedDemoCourse (students `studentNNN` with login id, SIS id "SNNNN" and
/// e-mail, every tenth also in the second section, two TAs, ps1 published, ps2 not), keeping ids.
inline SeededCourse seedCourse(CanvasSimulator &sim, int students)
{
    SeededCourse seeded;
    seeded.sections = {sim.addSection(QStringLiteral("Section 1"), QStringLiteral("SEC-1")),
                       sim.addSection(QStringLiteral("Section 2"), QStringLiteral("SEC-2"))};
    for (int i = 1; i <= students; ++i) {
        const QString login = QStringLiteral("student%1").arg(i, 3, 10, QLatin1Char('0'));
        const qint64 user = sim.addUser({QStringLiteral("Student %1").arg(i, 3, 10, QLatin1Char('0')),
                                         QStringLiteral("Demo, Student %1").arg(i, 3, 10, QLatin1Char('0')), login,
                                         QStringLiteral("S%1").arg(i, 4, 10, QLatin1Char('0')),
                                         login + QStringLiteral("@example.edu")});
        const qsizetype home = (i - 1) % 2;
        QList<qint64> enrollments{sim.enroll(user, seeded.sections.at(home))};
        if (i % 10 == 1) {
            enrollments.append(sim.enroll(user, seeded.sections.at(1 - home)));
        }
        seeded.students.append(user);
        seeded.enrollments.append(enrollments);
    }
    for (int t = 1; t <= 2; ++t) {
        const QString login = QStringLiteral("ta%1").arg(t);
        sim.enroll(sim.addUser({QStringLiteral("Assistant %1").arg(t), QString(), login, QString(),
                                login + QStringLiteral("@example.edu")}),
                   seeded.sections.at(t - 1), CanvasSimulator::EnrollmentType::Ta);
    }
    sim.addAssignment({QStringLiteral("ps1"), 10.0, true, QStringLiteral("points"), false});
    sim.addAssignment({QStringLiteral("ps2"), 20.0, false, QStringLiteral("points"), false});
    return seeded;
}

/// A simulator on a free port with one course, a teacher and a TA token, and a client for it.
struct CanvasFixture {
    CanvasFixture()
    {
        simulator = std::make_unique<CanvasSimulator>();
        simulator->setCourse(4001, QStringLiteral("Data Analysis 101"), QStringLiteral("DA101"),
                             QStringLiteral("SIS-DA101"));
        network = std::make_unique<QNetworkAccessManager>();
    }

    bool start()
    {
        if (!simulator->start()) {
            return false;
        }
        simulator->addToken(teacherToken, CanvasSimulator::Role::Teacher);
        simulator->addToken(taToken, CanvasSimulator::Role::Ta);
        client = std::make_unique<Services::CanvasClient>(network.get(), simulator->baseUrl());
        client->setToken(teacherToken);
        Services::CanvasClient::Options options;
        options.backoffBase = std::chrono::milliseconds(5);
        options.backoffMax = std::chrono::milliseconds(100);
        options.maxPause = std::chrono::milliseconds(200);
        options.transferTimeout = std::chrono::milliseconds(5000);
        client->setOptions(options);
        course = std::make_unique<Services::CanvasCourse>(client.get(), QString::number(simulator->courseId()));
        return true;
    }

    std::unique_ptr<CanvasSimulator> simulator;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<Services::CanvasClient> client;
    std::unique_ptr<Services::CanvasCourse> course;
};

} // namespace GradeDesk::Tests
