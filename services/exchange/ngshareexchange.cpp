// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "ngshareexchange.h"

#include "localexchange.h"
#include "ngsharecollect.h"
#include "ngshareerrors.h"
#include "ngsharelogging.h"
#include "ngsharereplies.h"
#include "pathguard.h"

#include <services/gradebook/gradebook.h>
#include <services/secrets/secretstore.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

// NgshareExchange: set-up, the token, and the operations of one request each. Collect lives in
// ngsharecollect.cpp, release, feedback and the roster plan in ngsharepublish.cpp, the connection
// test in ngshareconnection.cpp.

namespace GradeDesk::Services {

NgshareExchange::NgshareExchange(const CourseConfig &config, Gradebook &gradebook, QNetworkAccessManager *network,
                                 QObject *parent)
    : Exchange(parent)
    , m_config(config)
    , m_gradebook(&gradebook)
    , m_local(std::make_unique<LocalExchange>(config, gradebook))
{
    if (!network) {
        network = new QNetworkAccessManager(this);
    }
    m_client = new NgshareClient(network, config.exchange.url, config.exchange.prefix, this);
}

NgshareExchange::~NgshareExchange()
{
    // Jobs (children) first: their handlers may still reach the client and the local exchange.
    const QList<ExchangeJob *> jobs = findChildren<ExchangeJob *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(jobs);
}

void NgshareExchange::setToken(const QString &token)
{
    m_client->setToken(token);
}

void NgshareExchange::setConcurrency(int concurrency)
{
    m_concurrency = std::max(1, concurrency);
    NgshareClient::Options options = m_client->options();
    options.maxInFlight = m_concurrency;
    m_client->setOptions(options);
}

bool NgshareExchange::supports(Feature) const
{
    return true;
}

void NgshareExchange::whenReady(ExchangeJob *job, std::function<void()> start,
                                std::function<void(const ServiceError &)> fail)
{
    const QPointer<ExchangeJob> guard(job);
    auto run = [guard, start = std::move(start), fail] {
        if (!guard || guard->isFinished()) {
            return;
        }
        if (guard->isCancelRequested()) {
            fail(NgshareErrors::cancelled());
            return;
        }
        start();
    };
    if (m_client->hasToken()) {
        // From the event loop: the caller connects to the job first.
        QMetaObject::invokeMethod(this, std::move(run), Qt::QueuedConnection);
        return;
    }
    if (!m_secrets) {
        m_secrets = new SecretStore(this);
    }
    SecretJob *read = m_secrets->read(NgshareClient::secretKey(m_config.exchange, m_config.grader));
    connect(read, &SecretJob::finished, this, [this, guard, run, fail](SecretJob *done) {
        if (!guard || guard->isFinished()) {
            return;
        }
        const Result<QString> &secret = done->result();
        if (secret && !secret.value().trimmed().isEmpty()) {
            if (!m_client->hasToken()) {
                m_client->setToken(secret.value());
            }
            run();
            return;
        }
        ServiceError error = NgshareErrors::noToken(m_client->baseUrl());
        error.detail +=
            QStringLiteral("; keychain: ") + (secret ? QStringLiteral("empty entry") : secret.error().detail);
        fail(error);
    });
}

void NgshareExchange::call(ExchangeJob *job, NgshareCall *request,
                           std::function<void(const Result<NgshareReply> &)> done)
{
    connect(job, &ExchangeJob::cancelRequested, request, &ExchangeJob::cancel);
    connect(request, &ExchangeJob::finished, job, [request, done = std::move(done)] { done(request->result()); });
}

template <typename T>
ExchangeTask<T> *NgshareExchange::single(std::function<NgshareCall *()> request,
                                         std::function<Result<T>(const NgshareReply &)> convert)
{
    auto *job = new ExchangeTask<T>(this);
    whenReady(
        job,
        [this, job, request = std::move(request), convert = std::move(convert)] {
            call(job, request(), [job, convert](const Result<NgshareReply> &reply) {
                job->finish(reply ? convert(reply.value()) : Result<T>(reply.error()));
            });
        },
        [job](const ServiceError &error) { job->finish(error); });
    return job;
}

AssignmentListJob *NgshareExchange::listAssignments()
{
    auto *job = new AssignmentListJob(this);
    whenReady(
        job,
        [this, job] {
            NgshareCall *request = m_client->get(QStringLiteral("assignments"), {m_config.id});
            call(job, request, [job, request](const Result<NgshareReply> &reply) {
                if (!reply) {
                    job->finish(reply.error());
                    return;
                }
                Result<QStringList> names =
                    NgshareReplies::strings(reply.value(), QStringLiteral("assignments"), request->describe());
                if (names) {
                    names.value().sort();
                }
                job->finish(names);
            });
        },
        [job](const ServiceError &error) { job->finish(error); });
    return job;
}

ExchangeTask<QStringList> *NgshareExchange::listCourses()
{
    return single<QStringList>([this] { return m_client->get(QStringLiteral("courses")); },
                               [](const NgshareReply &reply) -> Result<QStringList> {
                                   Result<QStringList> names = NgshareReplies::strings(reply, QStringLiteral("courses"),
                                                                                       QStringLiteral("GET courses"));
                                   if (names) {
                                       names.value().sort();
                                   }
                                   return names;
                               });
}

ExchangeTask<void> *NgshareExchange::createCourse(const QString &courseId, const QStringList &instructors)
{
    const QByteArray list = QJsonDocument(QJsonArray::fromStringList(instructors)).toJson(QJsonDocument::Compact);
    return single<void>(
        [this, courseId, list] {
            return m_client->post(QStringLiteral("course"), {courseId},
                                  {{QStringLiteral("instructors"), QString::fromUtf8(list)}});
        },
        [](const NgshareReply &) -> Result<void> { return {}; });
}

ExchangeTask<QList<ExchangePerson>> *NgshareExchange::listInstructors()
{
    return single<QList<ExchangePerson>>([this] { return m_client->get(QStringLiteral("instructors"), {m_config.id}); },
                                         [](const NgshareReply &reply) {
                                             return NgshareReplies::people(reply, QStringLiteral("instructors"),
                                                                           QStringLiteral("GET instructors"));
                                         });
}

ExchangeTask<void> *NgshareExchange::addInstructor(const ExchangePerson &person)
{
    return single<void>(
        [this, person] {
            return m_client->post(QStringLiteral("instructor"), {m_config.id, person.username},
                                  {{QStringLiteral("first_name"), person.firstName},
                                   {QStringLiteral("last_name"), person.lastName},
                                   {QStringLiteral("email"), person.email}});
        },
        [](const NgshareReply &) -> Result<void> { return {}; });
}

ExchangeTask<void> *NgshareExchange::removeInstructor(const QString &username)
{
    return single<void>(
        [this, username] {
            return m_client->remove(QStringLiteral("instructor"), {m_config.id, username});
        },
        [](const NgshareReply &) -> Result<void> { return {}; });
}

ExchangeTask<QList<ExchangePerson>> *NgshareExchange::listStudents()
{
    return single<QList<ExchangePerson>>([this] { return m_client->get(QStringLiteral("students"), {m_config.id}); },
                                         [](const NgshareReply &reply) {
                                             return NgshareReplies::people(reply, QStringLiteral("students"),
                                                                           QStringLiteral("GET students"));
                                         });
}

ExchangeTask<QList<ExchangePersonStatus>> *NgshareExchange::addStudents(const QList<ExchangePerson> &students)
{
    if (students.isEmpty()) {
        // ngshare answers an empty list with 400 "Please supply students": nothing to do is not an error.
        auto *job = new ExchangeTask<QList<ExchangePersonStatus>>(this);
        job->finishLater(QList<ExchangePersonStatus>());
        return job;
    }
    QJsonArray list;
    for (const ExchangePerson &person : students) {
        list.append(QJsonObject{{QStringLiteral("username"), person.username},
                                {QStringLiteral("first_name"), person.firstName},
                                {QStringLiteral("last_name"), person.lastName},
                                {QStringLiteral("email"), person.email}});
    }
    const QString body = QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    return single<QList<ExchangePersonStatus>>(
        [this, body] {
            return m_client->post(QStringLiteral("students"), {m_config.id}, {{QStringLiteral("students"), body}});
        },
        [](const NgshareReply &reply) { return NgshareReplies::statuses(reply, QStringLiteral("POST students")); });
}

ExchangeTask<void> *NgshareExchange::removeStudent(const QString &username)
{
    return single<void>(
        [this, username] {
            return m_client->remove(QStringLiteral("student"), {m_config.id, username});
        },
        [](const NgshareReply &) -> Result<void> { return {}; });
}

ExchangeTask<QList<NgshareSubmission>> *NgshareExchange::listSubmissions(const QString &assignment)
{
    return single<QList<NgshareSubmission>>(
        [this, assignment] {
            return m_client->get(QStringLiteral("submissions"), {m_config.id, assignment});
        },
        [](const NgshareReply &reply) {
            return NgshareReplies::submissions(reply, QStringLiteral("GET submissions"));
        });
}

ExchangeTask<NgshareReleaseState> *NgshareExchange::releaseState(const QString &assignment)
{
    auto *job = new ExchangeTask<NgshareReleaseState>(this);
    whenReady(
        job,
        [this, job, assignment] {
            NgshareCall *listed = m_client->get(QStringLiteral("assignments"), {m_config.id});
            call(job, listed, [this, job, assignment, listed](const Result<NgshareReply> &reply) {
                if (!reply) {
                    job->finish(reply.error());
                    return;
                }
                const Result<QStringList> names =
                    NgshareReplies::strings(reply.value(), QStringLiteral("assignments"), listed->describe());
                if (!names) {
                    job->finish(names.error());
                    return;
                }
                if (!names.value().contains(assignment)) {
                    job->finish(NgshareReleaseState{});
                    return;
                }
                NgshareCall *submitted = m_client->get(QStringLiteral("submissions"), {m_config.id, assignment});
                call(job, submitted, [job, submitted](const Result<NgshareReply> &reply) {
                    if (!reply) {
                        job->finish(reply.error());
                        return;
                    }
                    const Result<QList<NgshareSubmission>> list =
                        NgshareReplies::submissions(reply.value(), submitted->describe());
                    if (!list) {
                        job->finish(list.error());
                        return;
                    }
                    job->finish(NgshareReleaseState{true, int(list.value().size())});
                });
            });
        },
        [job](const ServiceError &error) { job->finish(error); });
    return job;
}

CollectJob *NgshareExchange::collect(const QString &assignment)
{
    auto *job = new CollectJob(this);
    whenReady(
        job, [this, job, assignment] { NgshareCollect::start(this, job, assignment); },
        [job](const ServiceError &error) { job->finish(error); });
    return job;
}

void NgshareExchange::importCollected(CollectJob *job, const QString &assignment, CollectReport downloads)
{
    if (!m_gradebook) {
        job->finish(ServiceError::make(ServiceError::Kind::Database,
                                       tr("The gradebook was closed while collecting. The downloaded submissions "
                                          "are in the course folder; collect again to import them."),
                                       QStringLiteral("gradebook destroyed during download")));
        return;
    }
    CollectJob *local = m_local->collect(assignment);
    connect(job, &ExchangeJob::cancelRequested, local, &ExchangeJob::cancel);
    connect(local, &ExchangeJob::progress, job, &ExchangeJob::progress);
    connect(local, &ExchangeJob::finished, job, [job, local, downloads = std::move(downloads)] {
        const Result<CollectReport> &imported = local->result();
        if (!imported) {
            ServiceError error = imported.error();
            if (downloads.downloaded > 0 && error.kind != ServiceError::Kind::Cancelled) {
                error.message = tr("%n submission(s) were downloaded into the course folder, but importing them "
                                   "failed: %1",
                                   nullptr, downloads.downloaded)
                                    .arg(error.message);
            }
            job->finish(error);
            return;
        }
        CollectReport report = imported.value();
        report.downloaded = downloads.downloaded;
        report.upToDate = downloads.upToDate;
        report.skipped = downloads.skipped + report.skipped;
        report.warnings = downloads.warnings + report.warnings;
        qCInfo(lcNgshare) << "collect: downloaded" << report.downloaded << "up to date" << report.upToDate << "skipped"
                          << report.skipped.size();
        job->finish(report);
    });
}

} // namespace GradeDesk::Services
