// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace GradeDesk::Services {

class Gradebook;
struct CourseConfig;

/// A submission (or a whole assignment, when `student` is empty) that a collect did not import.
struct CollectSkip {
    QString assignment;
    QString student;
    ServiceError error; ///< Why: Security for refused paths, Io/Parse for unreadable files, ...
};

/// What one collect did. Counts are submissions (one student, one assignment).
struct CollectReport {
    QStringList assignments; ///< The assignments that were scanned.
    int added = 0;           ///< New submissions.
    int updated = 0;         ///< Submissions with a newer timestamp than the gradebook's.
    int unchanged = 0;       ///< Same timestamp as already stored (and no newer autograde results).
    int rescored = 0;        ///< Unchanged submissions whose autograded notebooks were newer: scores reloaded.
    int notebooksScored = 0; ///< Autograded notebooks whose scores were stored.
    QList<CollectSkip> skipped;
    QStringList warnings; ///< Translated; imported anyway (e.g. a missing timestamp.txt).
};

/**
 * @brief Base of the exchange's asynchronous jobs.
 *
 * A job emits `progress` any number of times and then `finished` exactly once, after which it
 * deletes itself (deleteLater): read `result()` in the slot connected to `finished`. `cancel()`
 * asks the work to stop; the job still finishes, with a Cancelled error unless it was already done.
 * Nothing is written to the gradebook by a cancelled collect.
 */
class ExchangeJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeJob)

public:
    ~ExchangeJob() override;

    bool isFinished() const { return m_finished; }

    bool isCancelRequested() const { return m_cancelRequested; }

public slots:
    void cancel();

signals:
    void progress(int done, int total);
    void finished();
    /// For implementations: the user asked to stop.
    void cancelRequested();

protected:
    explicit ExchangeJob(QObject *parent);
    /// Emits finished() once and schedules deletion. Later calls are ignored.
    void emitFinished();

private:
    bool m_finished = false;
    bool m_cancelRequested = false;
};

class CollectJob final : public ExchangeJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectJob)

public:
    explicit CollectJob(QObject *parent);
    ~CollectJob() override;

    /// Valid once finished() was emitted.
    const Result<CollectReport> &result() const;
    /// For implementations: stores the result and finishes the job.
    void finish(Result<CollectReport> result);

private:
    std::optional<Result<CollectReport>> m_result;
};

class AssignmentListJob final : public ExchangeJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignmentListJob)

public:
    explicit AssignmentListJob(QObject *parent);
    ~AssignmentListJob() override;

    /// Assignment names, sorted. Valid once finished() was emitted.
    const Result<QStringList> &result() const;
    void finish(Result<QStringList> result);

private:
    std::optional<Result<QStringList>> m_result;
};

/**
 * @brief Where submissions come from: a local nbgrader course folder now, ngshare (REST) later.
 *
 * Every call returns a job at once and does its work asynchronously (never inside the call, so a
 * caller can connect to the job first). Jobs are children of the exchange: destroying the
 * exchange abandons them without writing anything further.
 */
class Exchange : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Exchange)

public:
    ~Exchange() override;

    /// Imports the submissions of `assignment` (all assignments when empty) into the gradebook.
    virtual CollectJob *collect(const QString &assignment) = 0;
    /// The assignments the exchange knows about.
    virtual AssignmentListJob *listAssignments() = 0;

protected:
    explicit Exchange(QObject *parent);
};

/**
 * The exchange `config.exchange` names, writing into `gradebook` (which must outlive it). ngshare
 * is not available yet: Unsupported.
 */
Result<std::unique_ptr<Exchange>> createExchange(const CourseConfig &config, Gradebook &gradebook);

} // namespace GradeDesk::Services
