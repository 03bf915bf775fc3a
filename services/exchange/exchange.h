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

class QNetworkAccessManager;

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
    /// Server exchanges (ngshare) only: submissions downloaded into `submitted/` by this collect, and
    /// those already there with the server's latest timestamp (not downloaded again).
    int downloaded = 0;
    int upToDate = 0;
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
 * @brief An exchange job with a typed result (`T` may be void), for the operations beyond collect.
 *
 * Same contract as ExchangeJob: `finished` once, from the event loop, then deleted.
 */
template <typename T>
class ExchangeTask : public ExchangeJob
{
public:
    explicit ExchangeTask(QObject *parent)
        : ExchangeJob(parent)
    {}

    /// Valid once finished() was emitted.
    const Result<T> &result() const
    {
        Q_ASSERT(m_result);
        return *m_result;
    }

    /// For implementations: stores the result and finishes the job; ignored once finished.
    void finish(Result<T> result)
    {
        if (isFinished()) {
            return;
        }
        m_result.emplace(std::move(result));
        emitFinished();
    }

    /// For implementations: finishes from the event loop (after the caller could connect).
    void finishLater(Result<T> result)
    {
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)]() mutable { finish(std::move(result)); }, Qt::QueuedConnection);
    }

private:
    std::optional<Result<T>> m_result;
};

/// A person on an exchange's roster (ngshare's person record; absent names are empty).
struct ExchangePerson {
    QString username; ///< Hub username = nbgrader student id; case-sensitive.
    QString firstName;
    QString lastName;
    QString email;

    friend bool operator==(const ExchangePerson &, const ExchangePerson &) = default;
};

/// The outcome for one person of a bulk roster change.
struct ExchangePersonStatus {
    QString username;
    bool ok = false;
    QString message; ///< The server's words when not ok (e.g. "Cannot add instructor as student").
};

/// What to do when the assignment is already released.
enum class ReleaseMode {
    Refuse,                    ///< Fail with Conflict: nothing changes.
    ReplaceIfNothingSubmitted, ///< Unrelease then release, only while nobody has submitted.
};

struct ExchangeReleaseReport {
    QString assignment;
    QStringList files;     ///< Relative paths uploaded, sorted.
    qint64 bytes = 0;      ///< Raw bytes uploaded.
    bool replaced = false; ///< An earlier release (with no submissions) was removed first.
};

struct ExchangeFeedbackReport {
    QString assignment;
    int submissions = 0; ///< Submissions whose feedback was uploaded.
    int files = 0;       ///< HTML files uploaded.
    QList<CollectSkip> skipped;
    QStringList warnings; ///< Translated.
};

/**
 * @brief Where submissions come from: a local nbgrader course folder or an ngshare server.
 *
 * Every call returns a job at once and does its work asynchronously (never inside the call, so a
 * caller can connect to the job first). Jobs are children of the exchange: destroying the
 * exchange abandons them without writing anything further.
 *
 * Release, roster and feedback are server operations: an exchange that has none (the local course
 * folder, where students fetch from the folder itself) answers them with Unsupported, and
 * `supports()` says so up front.
 */
class Exchange : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Exchange)

public:
    enum class Feature { Release, Roster, Feedback };

    ~Exchange() override;

    /// Imports the submissions of `assignment` (all assignments when empty) into the gradebook.
    virtual CollectJob *collect(const QString &assignment) = 0;
    /// The assignments the exchange knows about.
    virtual AssignmentListJob *listAssignments() = 0;

    virtual bool supports(Feature feature) const;
    /// Publishes the release folder `releaseDirectory` (every file in it, paths relative to it) as
    /// `assignment`. Releasing again is refused (Conflict) unless `mode` allows replacing it.
    virtual ExchangeTask<ExchangeReleaseReport> *release(const QString &assignment, const QString &releaseDirectory,
                                                         ReleaseMode mode);
    /// The students the exchange knows, sorted by username.
    virtual ExchangeTask<QList<ExchangePerson>> *listStudents();
    /// Adds (or updates the names of) `students`; one status per input, in input order.
    virtual ExchangeTask<QList<ExchangePersonStatus>> *addStudents(const QList<ExchangePerson> &students);
    virtual ExchangeTask<void> *removeStudent(const QString &username);
    /// Uploads `<feedbackDirectory>/<student>/<assignment>/*.html` for every submission of
    /// `assignment` in the gradebook, each for that submission's exact timestamp.
    virtual ExchangeTask<ExchangeFeedbackReport> *releaseFeedback(const QString &assignment,
                                                                  const QString &feedbackDirectory);

protected:
    explicit Exchange(QObject *parent);

private:
    template <typename T>
    ExchangeTask<T> *unsupported(const QString &what);
};

/**
 * The exchange `config.exchange` names, writing into `gradebook` (which must outlive it).
 *
 * ngshare talks over `network` (one per app; when null, the exchange creates its own) and reads
 * the hub token from the keychain when its first request needs it (NgshareExchange::setToken
 * supplies one directly, e.g. from the command line).
 */
Result<std::unique_ptr<Exchange>> createExchange(const CourseConfig &config, Gradebook &gradebook,
                                                 QNetworkAccessManager *network = nullptr);

} // namespace GradeDesk::Services
