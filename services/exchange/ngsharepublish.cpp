// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "ngshareerrors.h"
#include "ngshareexchange.h"
#include "ngsharelogging.h"
#include "ngsharereplies.h"
#include "ngsharetree.h"
#include "pathguard.h"
#include "submissionwriter.h"

#include <services/gradebook/gradebook.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

// NgshareExchange: release, feedback and the roster plan (the operations that change the server,
// and the comparison shown before a roster change).

namespace GradeDesk::Services {

namespace {

using Kind = ServiceError::Kind;

bool isTransient(const ServiceError &error)
{
    return error.kind == Kind::Network || error.kind == Kind::Timeout;
}

} // namespace

// --- Release -------------------------------------------------------------------------------------

ExchangeTask<ExchangeReleaseReport> *NgshareExchange::release(const QString &assignment,
                                                              const QString &releaseDirectory, ReleaseMode mode)
{
    auto *job = new ExchangeTask<ExchangeReleaseReport>(this);
    whenReady(
        job, [this, job, assignment, releaseDirectory, mode] { startRelease(job, assignment, releaseDirectory, mode); },
        [job](const ServiceError &error) { job->finish(error); });
    return job;
}

void NgshareExchange::startRelease(ExchangeTask<ExchangeReleaseReport> *job, const QString &assignment,
                                   const QString &directory, ReleaseMode mode)
{
    if (const Result<void> valid = checkPathComponent(assignment, tr("assignment")); !valid) {
        job->finish(valid.error());
        return;
    }
    const Result<QList<NgshareFile>> files = NgshareTree::readDirectory(directory);
    if (!files) {
        job->finish(files.error());
        return;
    }
    if (files.value().isEmpty()) {
        job->finish(ServiceError::make(Kind::Validation,
                                       tr("The release folder %1 holds no files. Generate the student version of "
                                          "\u201c%2\u201d first.")
                                           .arg(directory, assignment),
                                       QStringLiteral("empty release folder '%1'").arg(directory)));
        return;
    }
    const Result<QByteArray> encoded = NgshareTree::encode(files.value());
    if (!encoded) {
        job->finish(encoded.error());
        return;
    }
    ExchangeReleaseReport report;
    report.assignment = assignment;
    for (const NgshareFile &file : files.value()) {
        report.files.append(file.path);
        report.bytes += file.content.size();
    }

    // ngshare has no re-release: look first, so that a refusal can say whether replacing is safe.
    ExchangeTask<NgshareReleaseState> *state = releaseState(assignment);
    connect(job, &ExchangeJob::cancelRequested, state, &ExchangeJob::cancel);
    connect(state, &ExchangeJob::finished, job, [this, job, state, assignment, mode, body = encoded.value(), report] {
        const Result<NgshareReleaseState> &known = state->result();
        if (!known) {
            job->finish(known.error());
            return;
        }
        if (!known.value().released) {
            upload(job, assignment, body, report);
            return;
        }
        const int submissions = known.value().submissions;
        if (submissions > 0) {
            job->finish(ServiceError::make(
                Kind::Conflict,
                tr("\u201c%1\u201d is already released, and ngshare cannot update a released assignment. Replacing it "
                   "would delete the %n submission(s) already made, so GradeDesk will not do it. Release the changed "
                   "version under a new name instead.",
                   nullptr, submissions)
                    .arg(assignment),
                QStringLiteral("assignment '%1' released with %2 submissions").arg(assignment).arg(submissions)));
            return;
        }
        if (mode == ReleaseMode::Refuse) {
            ServiceError refused = ServiceError::make(
                Kind::Conflict,
                tr("\u201c%1\u201d is already released, and ngshare cannot update a released assignment. Nobody has "
                   "submitted it yet, so it can be replaced (unreleased, then released again); students who already "
                   "fetched the old version keep it, and ngshare cannot tell who did.")
                    .arg(assignment),
                QStringLiteral("assignment '%1' already released, no submissions").arg(assignment));
            refused.httpStatus = 409;
            job->finish(refused);
            return;
        }
        qCInfo(lcNgshare) << "replacing release of" << assignment << "(no submissions)";
        NgshareCall *removed = m_client->remove(QStringLiteral("assignment"), {m_config.id, assignment});
        call(job, removed, [this, job, assignment, body, report](const Result<NgshareReply> &reply) mutable {
            if (!reply) {
                job->finish(reply.error());
                return;
            }
            report.replaced = true;
            upload(job, assignment, body, report);
        });
    });
}

void NgshareExchange::upload(ExchangeTask<ExchangeReleaseReport> *job, const QString &assignment,
                             const QByteArray &files, ExchangeReleaseReport report)
{
    NgshareCall *posted = m_client->post(QStringLiteral("assignment"), {m_config.id, assignment},
                                         {{QStringLiteral("files"), QString::fromUtf8(files)}});
    call(job, posted, [job, assignment, report](const Result<NgshareReply> &reply) {
        if (reply) {
            qCInfo(lcNgshare) << "released" << assignment << report.files.size() << "files" << report.bytes << "bytes";
            job->finish(report);
            return;
        }
        ServiceError error = reply.error();
        if (error.kind == Kind::Conflict) {
            error.message = tr("\u201c%1\u201d was released by someone else at the same time (%2). Check it before "
                               "releasing again.")
                                .arg(assignment, error.message);
        } else if (isTransient(error)) {
            error.message = tr("%1 The upload may still have arrived: run the release again; if it says the "
                               "assignment is already released, it did.")
                                .arg(error.message);
        }
        if (report.replaced) {
            error.message = tr("The old release of \u201c%1\u201d was removed, but the new one was not uploaded, so "
                               "students see no assignment now. Release it again. (%2)")
                                .arg(assignment, error.message);
        }
        job->finish(error);
    });
}

// --- Feedback ------------------------------------------------------------------------------------

ExchangeTask<ExchangeFeedbackReport> *NgshareExchange::releaseFeedback(const QString &assignment,
                                                                       const QString &feedbackDirectory)
{
    auto *job = new ExchangeTask<ExchangeFeedbackReport>(this);
    whenReady(
        job, [this, job, assignment, feedbackDirectory] { startFeedback(job, assignment, feedbackDirectory); },
        [job](const ServiceError &error) { job->finish(error); });
    return job;
}

void NgshareExchange::startFeedback(ExchangeTask<ExchangeFeedbackReport> *job, const QString &assignment,
                                    const QString &directory)
{
    if (!m_gradebook) {
        job->finish(ServiceError::make(Kind::Database, tr("The gradebook was closed. Open the course again."),
                                       QStringLiteral("gradebook destroyed")));
        return;
    }
    if (const Result<void> valid = checkPathComponent(assignment, tr("assignment")); !valid) {
        job->finish(valid.error());
        return;
    }
    const Result<std::optional<AssignmentRecord>> record = m_gradebook->assignment(assignment);
    if (!record) {
        job->finish(record.error());
        return;
    }
    if (!record.value()) {
        job->finish(ServiceError::make(
            Kind::NotFound,
            tr("The assignment \u201c%1\u201d is not in the gradebook. Collect it first.").arg(assignment),
            QStringLiteral("assignment '%1' not in gradebook").arg(assignment)));
        return;
    }
    const Result<QList<SubmissionRecord>> submissions = m_gradebook->submissions(record.value()->id);
    if (!submissions) {
        job->finish(submissions.error());
        return;
    }

    auto report = std::make_shared<ExchangeFeedbackReport>();
    report->assignment = assignment;
    auto pending = std::make_shared<int>(0);
    auto failure = std::make_shared<std::optional<ServiceError>>();
    auto calls = std::make_shared<QList<QPointer<NgshareCall>>>();
    const QString courseDir = m_config.courseDirectory();
    const auto skip = [report, assignment](const QString &student, const ServiceError &error) {
        qCWarning(lcNgshare) << "feedback not released:" << assignment << student << error.detail;
        report->skipped.append({assignment, student, error});
    };
    const auto finishIfDone = [job, report, pending, failure] {
        if (*pending > 0) {
            return;
        }
        if (*failure) {
            job->finish(**failure);
        } else {
            job->finish(*report);
        }
    };

    for (const SubmissionRecord &submission : submissions.value()) {
        const QString &student = submission.studentId;
        if (const Result<void> valid = checkPathComponent(student, tr("student")); !valid) {
            skip(student, valid.error());
            continue;
        }
        const Result<QString> folder = resolveInside(directory, QStringLiteral("%1/%2").arg(student, assignment));
        if (!folder) {
            skip(student, folder.error());
            continue;
        }
        QList<NgshareFile> files;
        qint64 bytes = 0;
        const QFileInfoList pages =
            QDir(folder.value()).entryInfoList({QStringLiteral("*.html")}, QDir::Files | QDir::NoSymLinks, QDir::Name);
        for (const QFileInfo &page : pages) {
            QFile file(page.absoluteFilePath());
            if (!file.open(QIODevice::ReadOnly)) {
                break;
            }
            files.append({page.fileName(), file.readAll(), QString()});
            bytes += files.constLast().content.size();
        }
        if (files.isEmpty() || files.size() != pages.size()) {
            skip(student,
                 ServiceError::make(
                     Kind::NotFound,
                     files.isEmpty() ? tr("No feedback pages in %1. Generate the feedback first.").arg(folder.value())
                                     : tr("A feedback page in %1 could not be read.").arg(folder.value()),
                     QStringLiteral("no readable feedback in '%1'").arg(folder.value())));
            continue;
        }
        if (bytes > NgshareTree::maxUploadBytes) {
            skip(student,
                 ServiceError::make(
                     Kind::Validation,
                     tr("The feedback pages in %1 are larger than ngshare accepts in one upload.").arg(folder.value()),
                     QStringLiteral("feedback over upload limit")));
            continue;
        }
        // The exact string ngshare gave at collect time (timestamp.txt) when it names this submission;
        // otherwise the gradebook's time in ngshare's own form, which its feedback endpoint parses.
        const QString local = SubmissionWriter::collectedTimestamp(courseDir, student, assignment);
        QString timestamp;
        if (NgshareReplies::isServerTimestamp(local) && Timestamp::parse(local) == submission.timestamp) {
            timestamp = local;
        } else if (submission.timestamp.isValid()) {
            timestamp = submission.timestamp.toNbgraderUtc();
        } else {
            skip(student, ServiceError::make(Kind::Validation,
                                             tr("The submission has no time, so ngshare cannot tell which one the "
                                                "feedback is for. Collect it again."),
                                             QStringLiteral("submission without timestamp")));
            continue;
        }
        const Result<QByteArray> encoded = NgshareTree::encode(files);
        if (!encoded) {
            skip(student, encoded.error());
            continue;
        }
        ++*pending;
        NgshareCall *posted = m_client->post(
            QStringLiteral("feedback"), {m_config.id, assignment, student},
            {{QStringLiteral("timestamp"), timestamp}, {QStringLiteral("files"), QString::fromUtf8(encoded.value())}});
        calls->append(posted);
        const int count = int(files.size());
        call(job, posted, [=](const Result<NgshareReply> &reply) {
            --*pending;
            if (reply) {
                ++report->submissions;
                report->files += count;
            } else if (NgshareErrors::isTokenProblem(reply.error()) || reply.error().kind == Kind::Cancelled) {
                if (!*failure) {
                    *failure = reply.error();
                    for (const QPointer<NgshareCall> &other : std::as_const(*calls)) {
                        if (other && !other->isFinished()) {
                            other->cancel();
                        }
                    }
                }
            } else {
                ServiceError error = reply.error();
                if (error.kind == Kind::NotFound) {
                    error.message = tr("ngshare has no submission of %1 at %2 (%3). Collect again, grade, and "
                                       "release the feedback again.")
                                        .arg(student, timestamp, error.message);
                }
                skip(student, error);
            }
            emit job->progress(report->submissions + int(report->skipped.size()), int(calls->size()));
            finishIfDone();
        });
    }
    if (*pending == 0) {
        finishIfDone();
    }
}

// --- Roster --------------------------------------------------------------------------------------

ExchangeTask<ExchangeRosterDiff> *NgshareExchange::planRoster()
{
    auto *job = new ExchangeTask<ExchangeRosterDiff>(this);
    whenReady(
        job,
        [this, job] {
            ExchangeTask<QList<ExchangePerson>> *students = listStudents();
            connect(job, &ExchangeJob::cancelRequested, students, &ExchangeJob::cancel);
            connect(students, &ExchangeJob::finished, job, [this, job, students] {
                if (!students->result()) {
                    job->finish(students->result().error());
                    return;
                }
                const QList<ExchangePerson> enrolled = students->result().value();
                ExchangeTask<QList<ExchangePerson>> *instructors = listInstructors();
                connect(job, &ExchangeJob::cancelRequested, instructors, &ExchangeJob::cancel);
                connect(instructors, &ExchangeJob::finished, job, [this, job, instructors, enrolled] {
                    if (!instructors->result()) {
                        job->finish(instructors->result().error());
                        return;
                    }
                    if (!m_gradebook) {
                        job->finish(ServiceError::make(Kind::Database,
                                                       tr("The gradebook was closed. Open the course again."),
                                                       QStringLiteral("gradebook destroyed")));
                        return;
                    }
                    const Result<QList<StudentRecord>> gradebook = m_gradebook->students();
                    if (!gradebook) {
                        job->finish(gradebook.error());
                        return;
                    }
                    job->finish(
                        ExchangeRosterDiff::compute(gradebook.value(), enrolled, instructors->result().value()));
                });
            });
        },
        [job](const ServiceError &error) { job->finish(error); });
    return job;
}

} // namespace GradeDesk::Services
