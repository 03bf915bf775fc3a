// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "ngsharetestcourse.h"

#include <tests/support/testsupport.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTcpSocket>
#include <QTimeZone>

namespace GradeDesk::Tests {

namespace {

QList<NgshareSimulator::File> readTree(const QString &root, const QStringList &leaveOut = {})
{
    QList<NgshareSimulator::File> files;
    const QDir base(root);
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = base.relativeFilePath(path);
        if (leaveOut.contains(relative)) {
            continue;
        }
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            files.append({relative, file.readAll()});
        }
    }
    std::sort(files.begin(), files.end(),
              [](const NgshareSimulator::File &a, const NgshareSimulator::File &b) { return a.path < b.path; });
    return files;
}

} // namespace

std::unique_ptr<QTcpServer> startPlainTextServer()
{
    auto server = std::make_unique<QTcpServer>();
    if (!server->listen(QHostAddress::LocalHost)) {
        return nullptr;
    }
    QTcpServer *raw = server.get();
    QObject::connect(raw, &QTcpServer::newConnection, raw, [raw] {
        while (QTcpSocket *socket = raw->nextPendingConnection()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return server;
}

QDateTime ngFixtureTime(const QString &student)
{
    // The fixture's timestamp.txt values (America/Los_Angeles, UTC-8 in February), in UTC.
    if (student == QLatin1String("bitdiddle")) {
        return QDateTime(QDate(2015, 2, 2), QTime(22, 58, 23, 948), QTimeZone::utc());
    }
    return QDateTime(QDate(2015, 2, 1), QTime(17, 28, 58, 749), QTimeZone::utc());
}

NgshareTestCourse::NgshareTestCourse() = default;

NgshareTestCourse::~NgshareTestCourse()
{
    tearDown();
}

QList<NgshareSimulator::File> NgshareTestCourse::fixtureSubmission(const QString &student)
{
    return readTree(notebookFixture(QStringLiteral("nbgrader/course101/submitted/%1/ps1").arg(student)),
                    {QStringLiteral("timestamp.txt")});
}

bool NgshareTestCourse::setUp(bool seedSubmissions)
{
    dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString course = coursePath();
    for (const QString &part : {QStringLiteral("source"), QStringLiteral("release")}) {
        if (!copyRecursively(notebookFixture(QStringLiteral("nbgrader/course101/") + part),
                             course + QLatin1Char('/') + part)) {
            m_error = QStringLiteral("could not copy the fixture's %1").arg(part);
            return false;
        }
    }

    sim = std::make_unique<NgshareSimulator>();
    if (!sim->start()) {
        m_error = QStringLiteral("the simulator did not start");
        return false;
    }
    sim->addToken(NgInstructorToken, NgInstructor);
    sim->addToken(NgStudentToken, QStringLiteral("bitdiddle"));
    sim->addToken(NgAdminToken, QStringLiteral("root"), true);
    sim->addCourse(NgCourse, {NgInstructor});
    sim->releaseAssignment(NgCourse, QStringLiteral("ps1"),
                           readTree(notebookFixture(QStringLiteral("nbgrader/course101/release/ps1"))));
    for (const QString &student : {QStringLiteral("bitdiddle"), QStringLiteral("hacker")}) {
        sim->addStudent(NgCourse, {student, QString(), QString(), QString()});
        if (seedSubmissions) {
            sim->addSubmission(NgCourse, QStringLiteral("ps1"), student, fixtureSubmission(student),
                               ngFixtureTime(student));
        }
    }

    auto opened = Services::Gradebook::openSqlite(dir->filePath(QStringLiteral("gradebook.sqlite")));
    if (!opened.ok()) {
        m_error = opened.error().message;
        return false;
    }
    gradebook = std::move(opened).value();
    network = std::make_unique<QNetworkAccessManager>();

    config = Services::CourseConfig();
    config.id = NgCourse;
    config.title = QStringLiteral("Course 101");
    config.grader = NgInstructor;
    config.exchange.kind = Services::ExchangeConfig::Kind::Ngshare;
    config.exchange.url = sim->serverUrl();
    config.exchange.prefix = QStringLiteral("/services/ngshare");
    config.exchange.directory = course;
    recreateExchange();
    return true;
}

void NgshareTestCourse::recreateExchange()
{
    exchange.reset();
    exchange = std::make_unique<Services::NgshareExchange>(config, *gradebook, network.get());
    exchange->setToken(NgInstructorToken);
    // Tests must not wait for real back-off delays.
    Services::NgshareClient::Options options = exchange->client()->options();
    options.backoffBase = std::chrono::milliseconds(10);
    options.backoffMax = std::chrono::milliseconds(50);
    exchange->client()->setOptions(options);
}

void NgshareTestCourse::tearDown()
{
    exchange.reset();
    gradebook.reset();
    network.reset();
    if (sim) {
        sim->stop();
    }
    sim.reset();
    dir.reset();
}

QString NgshareTestCourse::coursePath(const QString &relative) const
{
    const QString root = dir->filePath(QStringLiteral("course"));
    return relative.isEmpty() ? root : root + QLatin1Char('/') + relative;
}

} // namespace GradeDesk::Tests
