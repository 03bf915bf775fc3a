// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// ngshare-sim: runs the ngshare simulator for manual runs, seeded from an nbgrader course folder or
// a synthetic course, e.g.
//   ngshare-sim --port 8766 --course-dir ~/course101 --instructor-token devtoken
//   ngshare-sim --students 500 --notebooks 5 --latency 50
// then point GradeDesk (or curl) at http://127.0.0.1:8766/services/ngshare with that token.

#include "tests/sim/ngshare/ngsharesimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using GradeDesk::Tests::NgshareSimulator;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ngshare-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loopback ngshare (nbgrader exchange REST API) behind a minimal JupyterHub, for GradeDesk."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 = any free)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), QStringLiteral("ngshare's URL prefix."),
                                    QStringLiteral("prefix"), QStringLiteral("/services/ngshare/"));
    const QCommandLineOption course(QStringLiteral("course"), QStringLiteral("Course id."), QStringLiteral("id"),
                                    QStringLiteral("course101"));
    const QCommandLineOption courseDir(
        QStringLiteral("course-dir"),
        QStringLiteral("Seed from an nbgrader course folder (release/ and submitted/) instead of a synthetic course."),
        QStringLiteral("path"));
    const QCommandLineOption instructor(QStringLiteral("instructor"), QStringLiteral("Instructor username."),
                                        QStringLiteral("name"), QStringLiteral("instructor"));
    const QCommandLineOption instructorToken(QStringLiteral("instructor-token"),
                                             QStringLiteral("The instructor's hub API token."), QStringLiteral("token"),
                                             QStringLiteral("sim-instructor-token"));
    const QCommandLineOption adminToken(QStringLiteral("admin-token"),
                                        QStringLiteral("Also accept this token for the ngshare admin \"admin\"."),
                                        QStringLiteral("token"));
    const QCommandLineOption students(QStringLiteral("students"),
                                      QStringLiteral("Synthetic course: students student001… (token <name>-token)."),
                                      QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption assignments(QStringLiteral("assignments"),
                                         QStringLiteral("Synthetic course: comma-separated assignment ids."),
                                         QStringLiteral("ids"), QStringLiteral("ps1"));
    const QCommandLineOption notebooks(QStringLiteral("notebooks"),
                                       QStringLiteral("Synthetic course: notebooks per assignment."),
                                       QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption notebookBytes(QStringLiteral("notebook-bytes"),
                                           QStringLiteral("Synthetic course: approximate notebook size."),
                                           QStringLiteral("bytes"), QStringLiteral("2048"));
    const QCommandLineOption submissions(QStringLiteral("submissions"),
                                         QStringLiteral("Synthetic course: submissions per student."),
                                         QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Delay every reply (ms, overlapping)."),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption serviceTime(QStringLiteral("service-time"),
                                         QStringLiteral("Server work per request (ms, serialised)."),
                                         QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption mock(QStringLiteral("mock"),
                                  QStringLiteral("vngshare mode: callers name themselves with the user argument."));
    const QCommandLineOption debug(QStringLiteral("debug"), QStringLiteral("ngshare's --debug behaviour."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not print each request."));
    parser.addOptions({port, prefix, course, courseDir, instructor, instructorToken, adminToken, students, assignments,
                       notebooks, notebookBytes, submissions, latency, serviceTime, mock, debug, quiet});
    parser.process(app);

    NgshareSimulator simulator;
    simulator.setPrefix(parser.value(prefix));
    simulator.setAuthMode(parser.isSet(mock) ? NgshareSimulator::AuthMode::MockUser
                                             : NgshareSimulator::AuthMode::HubToken);
    simulator.setDebugMode(parser.isSet(debug));
    simulator.setLatency(std::chrono::milliseconds(parser.value(latency).toInt()));
    simulator.setServiceTime(std::chrono::milliseconds(parser.value(serviceTime).toInt()));
    if (parser.isSet(adminToken)) {
        simulator.addToken(parser.value(adminToken), QStringLiteral("admin"), true);
    }
    if (parser.isSet(courseDir)) {
        if (!simulator.seedFromCourseDirectory(parser.value(course), parser.value(courseDir), parser.value(instructor),
                                               parser.value(instructorToken))) {
            std::fprintf(stderr, "ngshare-sim: %s has no release/ folder\n", qPrintable(parser.value(courseDir)));
            return 1;
        }
    } else {
        NgshareSimulator::SyntheticCourse shape;
        shape.courseId = parser.value(course);
        shape.instructor = parser.value(instructor);
        shape.instructorToken = parser.value(instructorToken);
        shape.students = parser.value(students).toInt();
        shape.assignments = parser.value(assignments).split(u',', Qt::SkipEmptyParts);
        shape.notebooksPerAssignment = parser.value(notebooks).toInt();
        shape.notebookBytes = parser.value(notebookBytes).toInt();
        shape.submissionsPerStudent = parser.value(submissions).toInt();
        simulator.seedSyntheticCourse(shape);
    }

    if (!simulator.start(static_cast<quint16>(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "ngshare-sim: cannot listen on 127.0.0.1:%s\n", qPrintable(parser.value(port)));
        return 1;
    }
    QTextStream out(stdout);
    const QString base = simulator.baseUrl().toString();
    out << "ngshare simulator at " << base << "  (hub: " << simulator.serverUrl().toString() << ")\n"
        << "  course " << parser.value(course) << ": " << simulator.students(parser.value(course)).size()
        << " students, assignments " << simulator.assignments(parser.value(course)).join(QStringLiteral(", ")) << '\n'
        << "  instructor " << parser.value(instructor) << ", token " << parser.value(instructorToken) << '\n';
    if (parser.isSet(mock)) {
        out << "Try: curl '" << base << "/courses?user=" << parser.value(instructor) << "'\n";
    } else {
        out << "Try: curl -H 'Authorization: token " << parser.value(instructorToken) << "' '" << base << "/courses'\n";
    }
    out << "Ctrl-C stops it.\n";
    out.flush();
    if (!parser.isSet(quiet)) {
        QObject::connect(&simulator, &NgshareSimulator::requestHandled, &simulator,
                         [&out](const QByteArray &method, const QString &path, int status) {
                             out << method << ' ' << path << " -> " << status << '\n';
                             out.flush();
                         });
    }
    return QCoreApplication::exec();
}
