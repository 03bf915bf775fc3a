// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "exchange.h"
#include "exchangeroster.h"
#include "ngshareclient.h"

#include <services/config/courseconfig.h>

#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace GradeDesk::Services {

class Gradebook;
class LocalExchange;
class SecretStore;

/// What a connection test found. `verdict` is Ok only when the user can run the course's exchange.
struct NgshareConnectionReport {
    enum class Verdict {
        Ok,
        Insecure,       ///< Plain http to a remote host: nothing was sent.
        Unreachable,    ///< No connection, no answer in time, or the hub cannot reach ngshare.
        TlsFailure,     ///< The TLS handshake failed (untrusted certificate, no TLS there).
        NotNgshare,     ///< Something answered, but not ngshare at this prefix (or the token is bad and the
                        ///< prefix could not be confirmed: ngshare < 0.6 has no healthz).
        BadToken,       ///< Missing, wrong or expired hub token.
        CourseNotFound, ///< ngshare has no course with the config's id that this user can see.
        NotInstructor,  ///< The user belongs to the course but does not teach it.
    };

    Verdict verdict = Verdict::Ok;
    QString message;    ///< Translated: what is wrong and what to do; a short summary when Ok.
    ServiceError error; ///< The failure behind the verdict (kind Io when Ok).
    QUrl serviceUrl;
    bool healthy = false;    ///< PREFIX/healthz answered like ngshare (≥ 0.6).
    QString userName;        ///< The token's owner per the hub; empty when the hub did not say.
    QStringList courses;     ///< The courses this user teaches or takes (all of them for an admin).
    bool teaches = false;    ///< Listed among the course's instructors (else, when Ok: an ngshare admin).
    int students = -1;       ///< On the exchange; -1 when unknown.
    QStringList assignments; ///< Released, in creation order.
};

/// One submission as ngshare lists it.
struct NgshareSubmission {
    QString student;
    QString timestamp; ///< The server's string; the submission's key, sent back byte for byte.
};

/// Whether an assignment is released and whether replacing it would destroy anything.
struct NgshareReleaseState {
    bool released = false;
    int submissions = 0; ///< Every submission, instructors' test submissions included.

    /// ngshare records no fetches, so "nobody submitted" is the strongest check there is: a student
    /// who fetched the old version but has not submitted keeps working on it.
    bool canReplace() const { return released && submissions == 0; }
};

/**
 * @brief The exchange of a course on an ngshare server (JupyterHub without a shared file system).
 *
 * The course id on ngshare is `config.id`; the service URL is `exchange.url` + `exchange.prefix`.
 * The hub token comes from setToken(), else from the keychain (NgshareClient::secretKey with the
 * course's grader) when the first request needs it.
 *
 * Collect downloads into the course folder (`config.courseDirectory()`) in nbgrader's layout and
 * then imports exactly like the local exchange (LocalExchange::collect): it lists the submissions,
 * takes the latest per student (instructors' own test submissions are left out), skips those whose
 * `timestamp.txt` already holds that timestamp, downloads the rest with at most `concurrency`
 * under way, verifies every file's MD5, and writes each submission atomically (SubmissionWriter).
 * A damaged download is fetched once more, then reported; a refused path (`../x`) is reported and
 * nothing of that submission is written; a failed download is reported and the others go on. An
 * interrupted collect resumes where it stopped, because finished submissions are skipped.
 */
class NgshareExchange final : public Exchange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NgshareExchange)

public:
    /// `network` must outlive the exchange; `gradebook` must live on this thread.
    NgshareExchange(const CourseConfig &config, Gradebook &gradebook, QNetworkAccessManager *network,
                    QObject *parent = nullptr);
    ~NgshareExchange() override;

    void setToken(const QString &token);
    /// Downloads under way at once during a collect (default 6; 1 = strictly one after another).
    void setConcurrency(int concurrency);

    int concurrency() const { return m_concurrency; }

    NgshareClient *client() const { return m_client; }

    const CourseConfig &config() const { return m_config; }

    CollectJob *collect(const QString &assignment) override;
    /// Released assignments, sorted.
    AssignmentListJob *listAssignments() override;

    bool supports(Feature feature) const override;
    ExchangeTask<ExchangeReleaseReport> *release(const QString &assignment, const QString &releaseDirectory,
                                                 ReleaseMode mode) override;
    ExchangeTask<QList<ExchangePerson>> *listStudents() override;
    ExchangeTask<QList<ExchangePersonStatus>> *addStudents(const QList<ExchangePerson> &students) override;
    ExchangeTask<void> *removeStudent(const QString &username) override;
    ExchangeTask<ExchangeFeedbackReport> *releaseFeedback(const QString &assignment,
                                                          const QString &feedbackDirectory) override;

    /**
     * Tells apart: insecure URL, unreachable, TLS failure, not ngshare at this prefix, bad token,
     * no such course, not an instructor. The result is always a report (an error only when cancelled).
     */
    ExchangeTask<NgshareConnectionReport> *testConnection();
    /// The courses the user teaches or takes (every course for an ngshare admin), sorted.
    ExchangeTask<QStringList> *listCourses();
    /// Admins only: creates `courseId` with `instructors` (usernames).
    ExchangeTask<void> *createCourse(const QString &courseId, const QStringList &instructors);
    ExchangeTask<QList<ExchangePerson>> *listInstructors();
    /// Admins add anyone; an instructor may only update their own names.
    ExchangeTask<void> *addInstructor(const ExchangePerson &person);
    ExchangeTask<void> *removeInstructor(const QString &username);
    /// The exchange's roster against the gradebook's (nothing changes).
    ExchangeTask<ExchangeRosterDiff> *planRoster();
    ExchangeTask<NgshareReleaseState> *releaseState(const QString &assignment);
    /// Every submission of `assignment`, in the server's order.
    ExchangeTask<QList<NgshareSubmission>> *listSubmissions(const QString &assignment);

private:
    friend class NgshareCollect;

    /// Runs `start` from the event loop once a token is there (read from the keychain if needed);
    /// finishes `job` through `fail` when there is none.
    void whenReady(ExchangeJob *job, std::function<void()> start, std::function<void(const ServiceError &)> fail);
    /// A job of one request: `convert` turns the reply into the result.
    template <typename T>
    ExchangeTask<T> *single(std::function<NgshareCall *()> request,
                            std::function<Result<T>(const NgshareReply &)> convert);
    /// Runs `request` for `job` and calls `done` with its result; cancelling `job` cancels it.
    void call(ExchangeJob *job, NgshareCall *request, std::function<void(const Result<NgshareReply> &)> done);
    void startRelease(ExchangeTask<ExchangeReleaseReport> *job, const QString &assignment, const QString &directory,
                      ReleaseMode mode);
    void upload(ExchangeTask<ExchangeReleaseReport> *job, const QString &assignment, const QByteArray &files,
                ExchangeReleaseReport report);
    void startFeedback(ExchangeTask<ExchangeFeedbackReport> *job, const QString &assignment, const QString &directory);
    void importCollected(CollectJob *job, const QString &assignment, CollectReport downloads);

    CourseConfig m_config;
    QPointer<Gradebook> m_gradebook;
    QPointer<NgshareClient> m_client;
    std::unique_ptr<LocalExchange> m_local;
    SecretStore *m_secrets = nullptr;
    int m_concurrency = 6;
};

} // namespace GradeDesk::Services
