// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// canvas-sim: runs the Canvas simulator with a seeded demo course for manual runs, e.g.
//   canvas-sim --students 120 --port 8765 --token devtoken
// then point GradeDesk (or curl) at http://127.0.0.1:8765 with that token.

#include "tests/sim/canvas/canvassimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using GradeDesk::Tests::CanvasSimulator;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("canvas-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loopback Canvas LMS simulator (REST API v1 subset) for GradeDesk."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 = any free)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption students(QStringLiteral("students"), QStringLiteral("Students in the demo course."),
                                      QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption sections(QStringLiteral("sections"), QStringLiteral("Sections in the demo course."),
                                      QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("Teacher access token to accept."),
                                   QStringLiteral("token"), QStringLiteral("sim-teacher-token"));
    const QCommandLineOption taToken(QStringLiteral("ta-token"),
                                     QStringLiteral("Also accept this TA token (no login_id/sis_user_id)."),
                                     QStringLiteral("token"));
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Delay every reply (ms)."),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption maxPerPage(QStringLiteral("max-per-page"), QStringLiteral("per_page clamp (100 or 50)."),
                                        QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      QStringLiteral("When bulk-grading jobs advance: poll, timer or immediate."),
                                      QStringLiteral("mode"), QStringLiteral("timer"));
    const QCommandLineOption bigIds(QStringLiteral("big-ids"), QStringLiteral("Hand out ids above 2^53."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not print each request."));
    parser.addOptions({port, students, sections, token, taToken, latency, maxPerPage, progress, bigIds, quiet});
    parser.process(app);

    QTextStream out(stdout);
    CanvasSimulator simulator;
    if (parser.isSet(bigIds)) {
        simulator.setIdBase(10000000000000001LL);
    }
    simulator.setCourse(0, QStringLiteral("Demo Course 101"), QStringLiteral("DEMO101"), QStringLiteral("DEMO-101"));
    simulator.seedDemoCourse(parser.value(students).toInt(), parser.value(sections).toInt());
    simulator.addToken(parser.value(token), CanvasSimulator::Role::Teacher);
    if (parser.isSet(taToken)) {
        simulator.addToken(parser.value(taToken), CanvasSimulator::Role::Ta);
    }
    simulator.setLatency(std::chrono::milliseconds(parser.value(latency).toInt()));
    simulator.setMaxPerPage(parser.value(maxPerPage).toInt());
    const QString mode = parser.value(progress);
    simulator.setProgressMode(mode == QLatin1String("poll")        ? CanvasSimulator::ProgressMode::AdvanceOnPoll
                              : mode == QLatin1String("immediate") ? CanvasSimulator::ProgressMode::Immediate
                                                                   : CanvasSimulator::ProgressMode::AdvanceOnTimer,
                              std::chrono::milliseconds(200));

    if (!simulator.start(static_cast<quint16>(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "canvas-sim: cannot listen on 127.0.0.1:%s\n", qPrintable(parser.value(port)));
        return 1;
    }
    out << "Canvas simulator at " << simulator.baseUrl().toString() << " (API under /api/v1)\n"
        << "  course id: " << simulator.courseId() << "  (sis_course_id:DEMO-101)\n"
        << "  assignment ps1 (published): " << simulator.assignmentIdByName(QStringLiteral("ps1")).value_or(0) << "\n"
        << "  assignment ps2 (unpublished): " << simulator.assignmentIdByName(QStringLiteral("ps2")).value_or(0) << "\n"
        << "  tokens: teacher" << (parser.isSet(taToken) ? ", TA" : "") << " as given on the command line\n"
        << "Try: curl -H 'Authorization: Bearer <token>' '" << simulator.baseUrl().toString() << "/api/v1/courses/"
        << simulator.courseId() << "/enrollments?per_page=5'\n"
        << "Ctrl-C stops it.\n";
    out.flush();
    if (!parser.isSet(quiet)) {
        QObject::connect(&simulator, &CanvasSimulator::requestHandled, &simulator,
                         [&out](const QByteArray &method, const QString &path, int status) {
                             out << method << ' ' << path << " -> " << status << '\n';
                             out.flush();
                         });
    }
    return QCoreApplication::exec();
}
