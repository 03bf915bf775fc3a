// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the ngshare client tests and ngshare-bench: a simulator with the fixture course
// course101 released, a course folder with its source/ and release/ (no submissions yet), a
// gradebook, and an NgshareExchange pointed at the simulator.

#include <services/config/courseconfig.h>
#include <services/exchange/ngshareexchange.h>
#include <services/gradebook/gradebook.h>
#include <tests/sim/ngshare/ngsharesimulator.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <optional>

namespace GradeDesk::Tests {

inline const QString NgInstructor = QStringLiteral("grader1");
inline const QString NgInstructorToken = QStringLiteral("instr-secret-token-7d41a2");
inline const QString NgStudentToken = QStringLiteral("student-secret-token-19c0");
inline const QString NgAdminToken = QStringLiteral("admin-secret-token-5b77");
inline const QString NgCourse = QStringLiteral("course101");

/// A loopback server that answers every connection at once with a plain-text HTTP 400 and closes
/// it: what a TLS client meets at an address that does not speak TLS (a failed handshake).
std::unique_ptr<QTcpServer> startPlainTextServer();

/// The fixture's submission times, as the server would have recorded them (UTC).
QDateTime ngFixtureTime(const QString &student);

class NgshareTestCourse final
{
public:
    NgshareTestCourse();
    ~NgshareTestCourse();

    /// Simulator (instructor, student and admin tokens; course101 with ps1 released from the fixture;
    /// with `seedSubmissions` the fixture's two submissions), course folder, gradebook and exchange.
    /// False (with `error()` set) when something could not be made.
    bool setUp(bool seedSubmissions = true);

    QString error() const { return m_error; }

    /// Drops the exchange and the gradebook (before the temporary folder goes).
    void tearDown();

    QString coursePath(const QString &relative = {}) const;
    /// Path -> bytes of every file of the fixture's `submitted/<student>/ps1` (timestamp.txt left out).
    static QList<NgshareSimulator::File> fixtureSubmission(const QString &student);
    /// A fresh exchange on the same folder and gradebook (the old one is destroyed first).
    void recreateExchange();

    /// Runs the event loop until `job` finishes (or `timeoutMs` passes: nullopt).
    template <typename Job>
    static auto wait(Job *job, int timeoutMs = 120000) -> std::optional<std::decay_t<decltype(job->result())>>
    {
        std::optional<std::decay_t<decltype(job->result())>> result;
        QEventLoop loop;
        QObject::connect(job, &Services::ExchangeJob::finished, &loop, [&loop, &result, job] {
            result.emplace(job->result());
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        return result;
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<NgshareSimulator> sim;
    std::unique_ptr<Services::Gradebook> gradebook;
    std::unique_ptr<QNetworkAccessManager> network;
    Services::CourseConfig config;
    std::unique_ptr<Services::NgshareExchange> exchange;

private:
    QString m_error;
};

} // namespace GradeDesk::Tests
