// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "ngsharecollect.h"

#include "ngshareerrors.h"
#include "ngshareexchange.h"
#include "ngsharelogging.h"
#include "ngsharereplies.h"
#include "ngsharetree.h"
#include "pathguard.h"
#include "submissionwriter.h"

#include <services/core/timestamp.h>
#include <services/gradebook/gradebook.h>

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QtConcurrent>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

// Orders two of the server's timestamp strings; the fixed-width form sorts as text when a value
// does not parse.
bool isNewer(const QString &a, const QString &b)
{
    const std::optional<Timestamp> ta = Timestamp::parse(a);
    const std::optional<Timestamp> tb = Timestamp::parse(b);
    if (ta && tb) {
        return *tb < *ta;
    }
    return b < a;
}

// The same submission: the exact string, or the same instant written another way (a folder that
// nbgrader's own collect wrote).
bool sameTimestamp(const QString &local, const QString &server)
{
    if (local == server) {
        return true;
    }
    const std::optional<Timestamp> tl = Timestamp::parse(local);
    const std::optional<Timestamp> ts = Timestamp::parse(server);
    return tl && ts && *tl == *ts;
}

} // namespace

NgshareCollect::NgshareCollect(NgshareExchange *exchange, CollectJob *job, const QString &assignment)
    : QObject(job)
    , m_exchange(exchange)
    , m_client(exchange->client())
    , m_job(job)
    , m_requested(assignment)
    , m_courseId(exchange->config().id)
    , m_courseDir(exchange->config().courseDirectory())
{
    connect(job, &ExchangeJob::cancelRequested, this, [this] { stop(NgshareErrors::cancelled()); });
}

NgshareCollect::~NgshareCollect() = default;

void NgshareCollect::start(NgshareExchange *exchange, CollectJob *job, const QString &assignment)
{
    if (!exchange->m_gradebook) {
        job->finish(ServiceError::make(ServiceError::Kind::Database,
                                       tr("The gradebook was closed before collecting started. Open the course again."),
                                       QStringLiteral("gradebook destroyed")));
        return;
    }
    const QString courseDir = exchange->config().courseDirectory();
    if (courseDir.isEmpty() || !QFileInfo(courseDir).isDir()) {
        job->finish(ServiceError::make(ServiceError::Kind::NotFound,
                                       tr("The course folder '%1' does not exist. Submissions are downloaded into it: "
                                          "set exchange.directory in course.yaml to the course's nbgrader folder.")
                                           .arg(courseDir),
                                       QStringLiteral("course directory '%1' missing").arg(courseDir)));
        return;
    }
    if (!assignment.isEmpty()) {
        if (const Result<void> valid = checkPathComponent(assignment, tr("assignment")); !valid) {
            job->finish(valid.error());
            return;
        }
    }
    SubmissionWriter::cleanStaging(courseDir);
    auto *collect = new NgshareCollect(exchange, job, assignment);
    collect->begin();
}

QList<NgshareSubmission> NgshareCollect::latestPerStudent(const QList<NgshareSubmission> &all,
                                                          const QSet<QString> &skip)
{
    QHash<QString, NgshareSubmission> latest;
    for (const NgshareSubmission &submission : all) {
        if (skip.contains(submission.student)) {
            continue;
        }
        const auto found = latest.constFind(submission.student);
        if (found == latest.cend() || isNewer(submission.timestamp, found->timestamp)) {
            latest.insert(submission.student, submission);
        }
    }
    QList<NgshareSubmission> out = latest.values();
    std::sort(out.begin(), out.end(),
              [](const NgshareSubmission &a, const NgshareSubmission &b) { return a.student < b.student; });
    return out;
}

void NgshareCollect::begin()
{
    // Instructors' own test submissions are listed with the students' (quirk 11): they are left out.
    NgshareCall *call = m_client->get(QStringLiteral("instructors"), {m_courseId});
    m_calls.append(call);
    connect(call, &ExchangeJob::finished, this, [this, call] {
        if (m_failure) {
            finishIfIdle();
            return;
        }
        const Result<NgshareReply> &reply = call->result();
        const Result<QList<ExchangePerson>> instructors =
            reply ? NgshareReplies::people(reply.value(), QStringLiteral("instructors"), call->describe())
                  : Result<QList<ExchangePerson>>(reply.error());
        if (!instructors) {
            stop(instructors.error());
            return;
        }
        for (const ExchangePerson &person : instructors.value()) {
            m_instructors.insert(person.username);
        }
        if (!m_requested.isEmpty()) {
            m_toList = {m_requested};
            listNext();
            return;
        }
        NgshareCall *assignments = m_client->get(QStringLiteral("assignments"), {m_courseId});
        m_calls.append(assignments);
        connect(assignments, &ExchangeJob::finished, this, [this, assignments] {
            if (m_failure) {
                finishIfIdle();
                return;
            }
            const Result<NgshareReply> &reply = assignments->result();
            const Result<QStringList> names =
                reply ? NgshareReplies::strings(reply.value(), QStringLiteral("assignments"), assignments->describe())
                      : Result<QStringList>(reply.error());
            if (!names) {
                stop(names.error());
                return;
            }
            for (const QString &name : names.value()) {
                if (const Result<void> valid = checkPathComponent(name, tr("assignment")); !valid) {
                    m_report.skipped.append({name, QString(), valid.error()});
                    continue;
                }
                m_toList.append(name);
            }
            listNext();
        });
    });
}

void NgshareCollect::listNext()
{
    if (m_toList.isEmpty()) {
        if (m_instructorSubmissions > 0) {
            qCInfo(lcNgshare) << "left out" << m_instructorSubmissions << "instructor submissions";
        }
        reportProgress();
        pump();
        return;
    }
    const QString assignment = m_toList.takeFirst();
    NgshareCall *call = m_client->get(QStringLiteral("submissions"), {m_courseId, assignment});
    m_calls.append(call);
    connect(call, &ExchangeJob::finished, this, [this, call, assignment] {
        if (m_failure) {
            finishIfIdle();
            return;
        }
        const Result<NgshareReply> &reply = call->result();
        Result<QList<NgshareSubmission>> submissions =
            reply ? NgshareReplies::submissions(reply.value(), call->describe())
                  : Result<QList<NgshareSubmission>>(reply.error());
        if (!submissions) {
            ServiceError error = submissions.error();
            if (error.kind == ServiceError::Kind::NotFound && error.httpStatus == 404) {
                error.message = tr("ngshare has no assignment or course \u201c%1\u201d in course \u201c%2\u201d (%3). "
                                   "Release the assignment first, and check course.id in course.yaml.")
                                    .arg(assignment, m_courseId, error.message);
            }
            if (m_requested.isEmpty() && error.kind == ServiceError::Kind::NotFound) {
                m_report.skipped.append({assignment, QString(), error});
                listNext();
            } else {
                stop(error);
            }
            return;
        }
        plan(assignment, submissions.value());
        listNext();
    });
}

void NgshareCollect::plan(const QString &assignment, const QList<NgshareSubmission> &submissions)
{
    m_report.assignments.append(assignment);
    for (const NgshareSubmission &submission : submissions) {
        if (m_instructors.contains(submission.student)) {
            ++m_instructorSubmissions;
        }
    }
    const QList<NgshareSubmission> latest = latestPerStudent(submissions, m_instructors);
    for (const NgshareSubmission &submission : latest) {
        const Pending pending{assignment, submission.student, submission.timestamp};
        if (const Result<void> valid = checkPathComponent(submission.student, tr("student")); !valid) {
            skip(pending, valid.error());
            continue;
        }
        const QString local = SubmissionWriter::collectedTimestamp(m_courseDir, submission.student, assignment);
        if (!local.isEmpty() && sameTimestamp(local, submission.timestamp)) {
            ++m_report.upToDate;
            continue;
        }
        m_queue.append(pending);
        ++m_total;
    }
}

void NgshareCollect::pump()
{
    if (m_failure) {
        finishIfIdle();
        return;
    }
    const int limit = m_exchange ? m_exchange->concurrency() : 1;
    while (m_active < limit && !m_queue.isEmpty()) {
        download(m_queue.takeFirst());
    }
    finishIfIdle();
}

void NgshareCollect::download(const Pending &pending)
{
    ++m_active;
    NgshareCall *call = m_client->get(QStringLiteral("submission"), {m_courseId, pending.assignment, pending.student},
                                      {{QStringLiteral("timestamp"), pending.timestamp}});
    m_calls.removeAll(nullptr);
    m_calls.append(call);
    connect(call, &ExchangeJob::finished, this, [this, call, pending] { onDownloaded(pending, call); });
}

void NgshareCollect::onDownloaded(const Pending &pending, NgshareCall *call)
{
    const Result<NgshareReply> &reply = call->result();
    if (m_failure) {
        --m_active;
        finishIfIdle();
        return;
    }
    if (!reply) {
        --m_active;
        if (NgshareErrors::isTokenProblem(reply.error())) {
            stop(reply.error());
            return;
        }
        skip(pending, reply.error());
        ++m_done;
        reportProgress();
        pump();
        return;
    }
    const QJsonValue files = reply.value().json.value(QLatin1String("files"));
    const QString courseDir = m_courseDir;
    auto *watcher = new QFutureWatcher<WriteOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, pending] {
        watcher->deleteLater();
        onWritten(pending, watcher->result());
    });
    // Off the event loop: base64, MD5 and the disk are the slow part of a large submission.
    watcher->setFuture(QtConcurrent::run([courseDir, pending, files] {
        WriteOutcome outcome;
        const Result<QList<NgshareFile>> decoded = NgshareTree::decode(files, &outcome.warnings);
        if (!decoded) {
            outcome.error = decoded.error();
            return outcome;
        }
        const Result<void> written =
            SubmissionWriter::write(courseDir, pending.student, pending.assignment, decoded.value(), pending.timestamp);
        if (!written) {
            outcome.error = written.error();
        }
        return outcome;
    }));
}

void NgshareCollect::onWritten(const Pending &pending, const WriteOutcome &outcome)
{
    --m_active;
    if (outcome.error && outcome.error->kind == ServiceError::Kind::Validation && pending.attempts < 1 && !m_failure) {
        // A damaged transfer: fetch it once more before giving up on this student.
        qCInfo(lcNgshare) << "checksum mismatch; downloading again:" << pending.assignment << pending.student;
        Pending again = pending;
        ++again.attempts;
        m_queue.prepend(again);
        pump();
        return;
    }
    ++m_done;
    if (outcome.error) {
        skip(pending, *outcome.error);
    } else {
        ++m_report.downloaded;
        for (const QString &warning : outcome.warnings) {
            m_report.warnings.append(QStringLiteral("%1/%2: %3").arg(pending.assignment, pending.student, warning));
        }
    }
    reportProgress();
    pump();
}

void NgshareCollect::skip(const Pending &pending, const ServiceError &error)
{
    qCWarning(lcNgshare) << "not collected:" << pending.assignment << pending.student << error.detail;
    m_report.skipped.append({pending.assignment, pending.student, error});
}

void NgshareCollect::stop(const ServiceError &error)
{
    if (m_failure || m_finished) {
        return;
    }
    qCInfo(lcNgshare) << "collect stopped:" << error.detail;
    m_failure = error;
    m_queue.clear();
    const QList<QPointer<NgshareCall>> calls = m_calls;
    for (const QPointer<NgshareCall> &call : calls) {
        if (call && !call->isFinished()) {
            call->cancel();
        }
    }
    // From the event loop: stop() may run inside the caller's cancel().
    QMetaObject::invokeMethod(this, &NgshareCollect::finishIfIdle, Qt::QueuedConnection);
}

void NgshareCollect::finishIfIdle()
{
    if (m_finished || m_active > 0) {
        return;
    }
    if (m_failure) {
        // Wait for the listing calls too: their handlers must not run after the job is gone.
        for (const QPointer<NgshareCall> &call : std::as_const(m_calls)) {
            if (call && !call->isFinished()) {
                return;
            }
        }
        m_finished = true;
        m_job->finish(*m_failure);
        return;
    }
    if (!m_queue.isEmpty() || !m_toList.isEmpty()) {
        return;
    }
    for (const QPointer<NgshareCall> &call : std::as_const(m_calls)) {
        if (call && !call->isFinished()) {
            return;
        }
    }
    m_finished = true;
    if (m_instructorSubmissions > 0) {
        m_report.warnings.append(
            tr("%n submission(s) by instructors of the course were left out.", nullptr, m_instructorSubmissions));
    }
    if (!m_exchange) {
        m_job->finish(NgshareErrors::cancelled());
        return;
    }
    m_exchange->importCollected(m_job, m_requested, m_report);
}

void NgshareCollect::reportProgress()
{
    emit m_job->progress(m_done, m_total);
}

} // namespace GradeDesk::Services
