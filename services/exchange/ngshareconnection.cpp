// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "ngshareerrors.h"
#include "ngshareexchange.h"
#include "ngsharelogging.h"
#include "ngsharereplies.h"

#include <QCoreApplication>

#include <memory>

// NgshareExchange::testConnection: four steps, each of which can only fail in its own way.
//  1. PREFIX/healthz without the token: is there a server, is TLS fine, is it ngshare (>= 0.6)?
//  2. GET courses with the token (an (A) endpoint: a clean 200 or 302): is the token good?
//  3. The course in that list: does the course exist for this user?
//  4. GET students/<course> (instructors and admins only): does the user teach it?
// The hub's /hub/api/user names the token's owner on the side; its failure changes nothing.

namespace GradeDesk::Services {

namespace {

using Verdict = NgshareConnectionReport::Verdict;
using Kind = ServiceError::Kind;

struct ConnectionText {
    Q_DECLARE_TR_FUNCTIONS(NgshareConnectionTest)
};

struct TestState {
    NgshareConnectionReport report;
    QString courseId;
    QString grader;
};

} // namespace

ExchangeTask<NgshareConnectionReport> *NgshareExchange::testConnection()
{
    auto *job = new ExchangeTask<NgshareConnectionReport>(this);
    auto state = std::make_shared<TestState>();
    state->courseId = m_config.id;
    state->grader = m_config.grader;
    state->report.serviceUrl = m_client->baseUrl();

    const auto conclude = [job, state](Verdict verdict, const ServiceError &error, const QString &message) {
        if (error.kind == Kind::Cancelled) {
            job->finish(error);
            return;
        }
        state->report.verdict = verdict;
        state->report.error = error;
        state->report.message = message.isEmpty() ? error.message : message;
        qCInfo(lcNgshare) << "connection test:" << int(verdict) << error.detail;
        job->finish(state->report);
    };

    if (const Result<void> secure = NgshareClient::checkUrl(m_client->baseUrl()); !secure) {
        QMetaObject::invokeMethod(
            job, [conclude, error = secure.error()] { conclude(Verdict::Insecure, error, QString()); },
            Qt::QueuedConnection);
        return job;
    }

    // Step 4 and the summary.
    const auto checkRole = [this, job, state, conclude] {
        NgshareCall *students = m_client->get(QStringLiteral("students"), {state->courseId});
        call(job, students, [this, job, state, conclude](const Result<NgshareReply> &reply) {
            if (!reply) {
                const ServiceError &error = reply.error();
                if (NgshareErrors::isPermissionProblem(error)) {
                    conclude(Verdict::NotInstructor, error,
                             ConnectionText::tr(
                                 "You (%1) belong to the ngshare course \u201c%2\u201d but do not teach it, so you "
                                 "cannot release or collect. Ask an ngshare administrator to add you as an "
                                 "instructor.")
                                 .arg(state->report.userName.isEmpty() ? ConnectionText::tr("this token's user")
                                                                       : state->report.userName,
                                      state->courseId));
                } else {
                    conclude(error.kind == Kind::Auth ? Verdict::BadToken : Verdict::Unreachable, error, QString());
                }
                return;
            }
            const Result<QList<ExchangePerson>> students =
                NgshareReplies::people(reply.value(), QStringLiteral("students"), QStringLiteral("GET students"));
            state->report.students = students ? int(students.value().size()) : -1;
            NgshareCall *instructors = m_client->get(QStringLiteral("instructors"), {state->courseId});
            call(job, instructors, [this, job, state, conclude](const Result<NgshareReply> &reply) {
                if (reply) {
                    const Result<QList<ExchangePerson>> people = NgshareReplies::people(
                        reply.value(), QStringLiteral("instructors"), QStringLiteral("GET instructors"));
                    const QString me = state->report.userName.isEmpty() ? state->grader : state->report.userName;
                    if (people) {
                        for (const ExchangePerson &person : people.value()) {
                            state->report.teaches = state->report.teaches || person.username == me;
                        }
                    }
                }
                NgshareCall *assignments = m_client->get(QStringLiteral("assignments"), {state->courseId});
                call(job, assignments, [state, conclude](const Result<NgshareReply> &reply) {
                    if (reply) {
                        const Result<QStringList> names = NgshareReplies::strings(
                            reply.value(), QStringLiteral("assignments"), QStringLiteral("GET assignments"));
                        if (names) {
                            state->report.assignments = names.value();
                        }
                    }
                    const NgshareConnectionReport &r = state->report;
                    conclude(Verdict::Ok, ServiceError(),
                             ConnectionText::tr(
                                 "Connected to ngshare as %1: %2 course \u201c%3\u201d, %n student(s), %4 released "
                                 "assignment(s).",
                                 nullptr, r.students)
                                 .arg(r.userName.isEmpty() ? ConnectionText::tr("the token's user") : r.userName,
                                      r.teaches ? ConnectionText::tr("instructor of")
                                                : ConnectionText::tr("administrator for"),
                                      state->courseId)
                                 .arg(r.assignments.size()));
                });
            });
        });
    };

    // Steps 2 and 3.
    const auto checkToken = [this, job, state, conclude, checkRole] {
        NgshareCall *courses = m_client->get(QStringLiteral("courses"));
        call(job, courses, [this, job, state, conclude, checkRole](const Result<NgshareReply> &reply) {
            if (!reply) {
                const ServiceError &error = reply.error();
                if (error.kind == Kind::Auth && !state->report.healthy) {
                    conclude(Verdict::NotNgshare, error,
                             ConnectionText::tr(
                                 "%1 does not answer like ngshare: its health check failed and it asks for a "
                                 "login. Either the prefix in course.yaml is wrong (a wrong service name also "
                                 "asks for a login) or the server is older than ngshare 0.6 and the token is "
                                 "wrong. Check exchange.prefix (usually /services/ngshare), then the token.")
                                 .arg(state->report.serviceUrl.toDisplayString()));
                } else if (error.kind == Kind::Auth) {
                    conclude(Verdict::BadToken, error, QString());
                } else if (error.kind == Kind::Parse) {
                    conclude(Verdict::NotNgshare, error, QString());
                } else if (error.kind == Kind::Http && error.httpStatus >= 500) {
                    // ngshare answers 500 when it cannot reach the hub to check the token.
                    conclude(Verdict::Unreachable, error,
                             ConnectionText::tr(
                                 "ngshare fails with an internal error (HTTP %1) on every request, so it cannot "
                                 "check the token: it probably cannot reach the hub. Ask the hub's administrator "
                                 "to check the ngshare service.")
                                 .arg(error.httpStatus));
                } else {
                    conclude(Verdict::Unreachable, error, QString());
                }
                return;
            }
            const Result<QStringList> names =
                NgshareReplies::strings(reply.value(), QStringLiteral("courses"), QStringLiteral("GET courses"));
            if (!names) {
                conclude(Verdict::NotNgshare, names.error(), QString());
                return;
            }
            state->report.courses = names.value();
            // Whose token is it? The hub says; ngshare does not.
            NgshareCall *who = m_client->hubUser();
            call(job, who, [state, conclude, checkRole](const Result<NgshareReply> &user) {
                if (user) {
                    state->report.userName = user.value().json.value(QLatin1String("name")).toString();
                }
                if (!state->report.courses.contains(state->courseId)) {
                    conclude(Verdict::CourseNotFound,
                             ServiceError::make(Kind::NotFound, QString(),
                                                QStringLiteral("course '%1' not in GET courses").arg(state->courseId)),
                             ConnectionText::tr(
                                 "ngshare has no course \u201c%1\u201d that %2 belongs to. Check course.id in "
                                 "course.yaml; an ngshare administrator creates the course and adds you as "
                                 "its instructor (gradedesk-cli exchange courses --create).")
                                 .arg(state->courseId, state->report.userName.isEmpty()
                                                           ? ConnectionText::tr("this token's user")
                                                           : state->report.userName));
                    return;
                }
                checkRole();
            });
        });
    };

    // Step 1.
    QMetaObject::invokeMethod(
        this,
        [this, job, state, conclude, checkToken] {
            NgshareCall *health = m_client->health();
            call(job, health, [this, job, state, conclude, checkToken](const Result<NgshareReply> &reply) {
                if (!reply) {
                    const ServiceError &error = reply.error();
                    if (error.kind == Kind::Cancelled || error.kind == Kind::Security) {
                        conclude(Verdict::TlsFailure, error, QString());
                        return;
                    }
                    if (error.kind == Kind::Network || error.kind == Kind::Timeout) {
                        conclude(Verdict::Unreachable, error, QString());
                        return;
                    }
                    // Not ngshare >= 0.6 at this prefix: the token check below decides.
                    qCInfo(lcNgshare) << "healthz failed:" << error.detail;
                } else {
                    state->report.healthy = true;
                }
                whenReady(job, checkToken,
                          [conclude](const ServiceError &error) { conclude(Verdict::BadToken, error, QString()); });
            });
        },
        Qt::QueuedConnection);
    return job;
}

} // namespace GradeDesk::Services
