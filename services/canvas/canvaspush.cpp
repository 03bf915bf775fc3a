// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasclient.h"
#include "canvascourse.h"
#include "canvaserrors.h"
#include "canvasjson.h"
#include "canvaslogging.h"

#include <services/gradebook/gradebook.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

// CanvasCourse::push: update_grades in batches, Progress polling, read-back, audit.

namespace GradeDesk::Services {

namespace {

using std::chrono::milliseconds;
using Outcome = CanvasPushResult::Outcome;

constexpr milliseconds maximumPollInterval{5000};

/// One update_grades call and what became of it. The read-back decides per student; these reasons
/// explain the students it finds without their grade.
struct Batch {
    QList<qsizetype> rows; ///< Indexes into the plan's rows.
    QString progressId;
    QString failure; ///< Translated reason for the whole batch; empty when Canvas reported success.
    QHash<QString, QString> userFailures; ///< Canvas user id -> reason (users Canvas could not find).
    milliseconds interval{0};
    QElapsedTimer started;
};

class PushRun final : public CanvasWorkflow<CanvasPushReport>
{
    Q_DECLARE_TR_FUNCTIONS(CanvasPush)

public:
    PushRun(CanvasCourse *course, const CanvasPushPlan &plan, Gradebook *gradebook, const CanvasPushOptions &options)
        : CanvasWorkflow<CanvasPushReport>(course)
        , m_course(course)
        , m_client(course->client())
        , m_plan(plan)
        , m_gradebook(gradebook)
        , m_options(options)
    {
        m_options.batchSize = std::max(1, m_options.batchSize);
    }

    void start()
    {
        if (!m_plan.assignment.published) {
            finish(ServiceError::make(ServiceError::Kind::Validation, CanvasGrades::publishAdvice(m_plan.assignment),
                                      QStringLiteral("assignment %1 unpublished").arg(m_plan.assignment.id)));
            return;
        }
        m_clock.start();
        m_requestsBefore = m_client->stats().requests;
        m_throttledBefore = m_client->stats().throttled;
        QList<qsizetype> send;
        for (qsizetype i = 0; i < m_plan.rows.size(); ++i) {
            const CanvasGradeRow &row = m_plan.rows.at(i);
            if (row.action == CanvasGradeRow::Action::Send &&
                (m_options.onlyStudents.isEmpty() || m_options.onlyStudents.contains(row.studentId))) {
                send.append(i);
                m_sent.insert(i);
            }
        }
        for (qsizetype first = 0; first < send.size(); first += m_options.batchSize) {
            Batch batch;
            batch.rows = send.mid(first, m_options.batchSize);
            batch.interval = m_options.pollInterval;
            m_batches.append(batch);
        }
        m_open = int(m_batches.size());
        qCInfo(lcCanvas).noquote() << "push" << m_plan.localAssignment << "->" << m_plan.assignment.id << ":"
                                   << send.size() << "grades in" << m_batches.size() << "batches";
        if (m_batches.isEmpty()) {
            readBack();
            return;
        }
        emit progress(0, int(send.size()), tr("Sending grades"));
        for (qsizetype i = 0; i < m_batches.size(); ++i) {
            post(i);
        }
    }

protected:
    void onCancel() override
    {
        if (!cancelRunning()) {
            QMetaObject::invokeMethod(
                this, [this] { finishCancelled(); }, Qt::QueuedConnection);
        }
    }

private:
    QString assignmentPath() const
    {
        return m_course->coursePath() + QStringLiteral("/assignments/") + CanvasClient::encodeId(m_plan.assignment.id);
    }

    void post(qsizetype index)
    {
        CanvasParams form;
        for (const qsizetype row : std::as_const(m_batches[index].rows)) {
            const CanvasGradeRow &grade = m_plan.rows.at(row);
            const QString key = QStringLiteral("grade_data[") + grade.canvasUserId + QLatin1Char(']');
            form.append({key + QStringLiteral("[posted_grade]"), CanvasGrades::postedGrade(*grade.score)});
            if (!m_options.comment.isEmpty()) {
                form.append({key + QStringLiteral("[text_comment]"), m_options.comment});
            }
        }
        CanvasCall *call = track(m_client->post(assignmentPath() + QStringLiteral("/submissions/update_grades"), form));
        connect(call, &CanvasCall::finished, this, [this, call, index] {
            if (isCancelRequested()) {
                finishCancelled();
                return;
            }
            Batch &batch = m_batches[index];
            ++m_batchesSent;
            if (!call->result()) {
                const ServiceError &error = call->result().error();
                batch.failure = error.kind == ServiceError::Kind::Network || error.kind == ServiceError::Kind::Timeout
                                    ? tr("the connection broke while the grade was being sent (%1)").arg(error.message)
                                    : tr("Canvas refused the grades: %1").arg(error.message);
                batchDone(index);
                return;
            }
            handleProgress(index, call->result().value().body, call->describe());
        });
    }

    void handleProgress(qsizetype index, const QByteArray &body, const QString &request)
    {
        Batch &batch = m_batches[index];
        const Result<QJsonObject> object = CanvasJson::parseObject(body, request);
        if (!object) {
            batch.failure = tr("Canvas answered with something other than a Progress");
            batchDone(index);
            return;
        }
        const QJsonObject progress = object.value();
        if (batch.progressId.isEmpty()) {
            batch.progressId = CanvasJson::id(progress.value(QLatin1String("id")));
            batch.started.start();
            if (batch.progressId.isEmpty()) {
                batch.failure = tr("Canvas did not say how to follow the grading job");
                batchDone(index);
                return;
            }
        }
        const QString state = progress.value(QLatin1String("workflow_state")).toString();
        if (state == QLatin1String("completed")) {
            batchDone(index);
        } else if (state == QLatin1String("failed")) {
            noteFailure(batch, progress.value(QLatin1String("message")).toString());
            batchDone(index);
        } else if (state == QLatin1String("canceled")) {
            batch.failure = tr("the grading job was cancelled in Canvas");
            batchDone(index);
        } else if (batch.started.elapsed() > m_options.progressTimeout.count()) {
            batch.failure = tr("Canvas did not finish the grading job in time (it may still finish later)");
            batchDone(index);
        } else {
            // queued, running, waiting_for_external_tool: ask again, less and less often.
            QTimer::singleShot(batch.interval, this, [this, index] { poll(index); });
            batch.interval = std::min(maximumPollInterval, milliseconds(batch.interval.count() * 3 / 2 + 1));
        }
    }

    void poll(qsizetype index)
    {
        if (isCancelRequested() || isFinished()) {
            return;
        }
        CanvasCall *call =
            track(m_client->get(QStringLiteral("/progress/") + CanvasClient::encodeId(m_batches[index].progressId)));
        connect(call, &CanvasCall::finished, this, [this, call, index] {
            if (isCancelRequested()) {
                finishCancelled();
                return;
            }
            if (!call->result()) {
                m_batches[index].failure =
                    tr("GradeDesk could not follow Canvas' grading job (%1)").arg(call->result().error().message);
                batchDone(index);
                return;
            }
            handleProgress(index, call->result().value().body, call->describe());
        });
    }

    // Canvas skips students it cannot resolve, grades the others, then marks the job failed with
    // "Couldn't find User(s) with API ids '1', '2'". Other failures may also have written grades.
    void noteFailure(Batch &batch, const QString &message)
    {
        m_canvasMessages.append(message);
        static const QRegularExpression notFound(QStringLiteral("Couldn't find User\\(s\\) with API ids (.*)"));
        const QRegularExpressionMatch match = notFound.match(message);
        if (!match.hasMatch()) {
            batch.failure = tr("Canvas' grading job failed (%1)").arg(message);
            return;
        }
        static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
        auto ids = quoted.globalMatch(match.captured(1));
        while (ids.hasNext()) {
            batch.userFailures.insert(ids.next().captured(1),
                                      tr("Canvas could not find this student in the course (dropped or concluded in "
                                         "Canvas?)"));
        }
    }

    void batchDone(qsizetype index)
    {
        m_rowsDone += int(m_batches.at(index).rows.size());
        emit progress(m_rowsDone, int(m_sent.size()), tr("Sending grades"));
        if (--m_open == 0) {
            readBack();
        }
    }

    void readBack()
    {
        CanvasScoresJob *scores = track(m_course->readScores(m_plan.assignment.id));
        connect(scores, &CanvasJob::progress, this, [this](int done, int, const QString &) {
            emit progress(done, int(m_plan.rows.size()), tr("Checking the grades in Canvas"));
        });
        connect(scores, &CanvasJob::finished, this, [this, scores] {
            if (isCancelRequested()) {
                finishCancelled();
                return;
            }
            conclude(scores->result());
        });
    }

    QString reasonFor(qsizetype row) const
    {
        const QString &userId = m_plan.rows.at(row).canvasUserId;
        for (const Batch &batch : m_batches) {
            if (batch.rows.contains(row)) {
                if (batch.userFailures.contains(userId)) {
                    return batch.userFailures.value(userId);
                }
                return batch.failure;
            }
        }
        return {};
    }

    CanvasPushReport report() const
    {
        CanvasPushReport report;
        report.localAssignment = m_plan.localAssignment;
        report.assignment = m_plan.assignment;
        report.batches = m_batchesSent;
        report.requests = m_client->stats().requests - m_requestsBefore;
        report.throttled = m_client->stats().throttled - m_throttledBefore;
        report.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
        report.canvasMessages = m_canvasMessages;
        return report;
    }

    void conclude(const Result<QHash<QString, std::optional<double>>> &readBack)
    {
        CanvasPushReport result = report();
        for (qsizetype i = 0; i < m_plan.rows.size(); ++i) {
            const CanvasGradeRow &row = m_plan.rows.at(i);
            CanvasPushResult entry;
            entry.studentId = row.studentId;
            entry.studentName = row.studentName;
            entry.canvasUserId = row.canvasUserId;
            entry.before = row.canvasScore;
            entry.sent = row.score;
            const bool known = readBack && readBack.value().contains(row.canvasUserId);
            if (known) {
                entry.after = readBack.value().value(row.canvasUserId);
            }
            if (!m_sent.contains(i)) {
                const bool unchanged =
                    row.action == CanvasGradeRow::Action::Unchanged && m_options.onlyStudents.isEmpty();
                entry.outcome = unchanged ? Outcome::Unchanged : Outcome::Skipped;
                entry.reason =
                    unchanged ? QString() : (row.reason.isEmpty() ? tr("not part of this retry") : row.reason);
            } else if (!readBack) {
                entry.outcome = Outcome::Failed;
                entry.reason =
                    tr("could not be checked in Canvas (%1); push again to verify").arg(readBack.error().message);
            } else if (known && CanvasGrades::sameScore(entry.after, entry.sent)) {
                entry.outcome = Outcome::Pushed;
            } else {
                entry.outcome = Outcome::Failed;
                const QString why = reasonFor(i);
                if (!why.isEmpty()) {
                    entry.reason = why;
                } else if (!known) {
                    entry.reason = tr("Canvas lists no submission for this student (not in the course any more?)");
                } else {
                    entry.reason = tr("Canvas shows %1 instead of %2 after the push")
                                       .arg(entry.after ? CanvasGrades::postedGrade(*entry.after) : tr("no grade"),
                                            CanvasGrades::postedGrade(*entry.sent));
                }
            }
            result.results.append(entry);
        }
        record(result);
        qCInfo(lcCanvas).noquote() << "push" << m_plan.localAssignment << "done:" << result.count(Outcome::Pushed)
                                   << "pushed," << result.count(Outcome::Unchanged) << "unchanged,"
                                   << result.count(Outcome::Failed) << "failed," << result.requests << "requests in"
                                   << result.elapsedMs << "ms";
        finish(result);
    }

    void record(CanvasPushReport &report) const
    {
        if (!m_gradebook) {
            return;
        }
        if (const Result<void> recorded = CanvasGrades::recordAudit(*m_gradebook, report, m_options.actor); !recorded) {
            report.auditError = recorded.error().message;
            qCWarning(lcCanvas).noquote() << "push not recorded in the audit log:" << recorded.error().detail;
        }
        const Result<QStringList> cleared = CanvasGrades::clearVerifiedMarks(*m_gradebook, report, m_options.actor);
        if (cleared) {
            report.marksCleared = cleared.value();
        } else {
            report.marksError = cleared.error().message;
            qCWarning(lcCanvas).noquote() << "regrade push marks not cleared:" << cleared.error().detail;
        }
    }

    // Cancelled after grades were sent: what was sent is recorded as unverified, then Cancelled.
    void finishCancelled()
    {
        if (isFinished()) {
            return;
        }
        if (m_batchesSent > 0) {
            CanvasPushReport partial = report();
            for (const qsizetype i : std::as_const(m_sent)) {
                const CanvasGradeRow &row = m_plan.rows.at(i);
                CanvasPushResult entry;
                entry.studentId = row.studentId;
                entry.canvasUserId = row.canvasUserId;
                entry.before = row.canvasScore;
                entry.sent = row.score;
                entry.outcome = Outcome::Failed;
                entry.reason = tr("cancelled before the grade was checked in Canvas");
                partial.results.append(entry);
            }
            record(partial);
        }
        finish(CanvasErrors::cancelled());
    }

    CanvasCourse *m_course;
    CanvasClient *m_client;
    CanvasPushPlan m_plan;
    QPointer<Gradebook> m_gradebook;
    CanvasPushOptions m_options;
    QList<Batch> m_batches;
    QSet<qsizetype> m_sent;
    QStringList m_canvasMessages;
    int m_open = 0;
    int m_rowsDone = 0;
    int m_batchesSent = 0;
    int m_requestsBefore = 0;
    int m_throttledBefore = 0;
    QElapsedTimer m_clock;
};

} // namespace

CanvasPushJob *CanvasCourse::push(const CanvasPushPlan &plan, Gradebook *gradebook, const CanvasPushOptions &options)
{
    auto *job = new PushRun(this, plan, gradebook, options);
    QMetaObject::invokeMethod(
        job, [job] { job->start(); }, Qt::QueuedConnection);
    return job;
}

} // namespace GradeDesk::Services
