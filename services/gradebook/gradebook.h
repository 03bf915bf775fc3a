// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "records.h"
#include "regraderecords.h"
#include "rubricrecords.h"

#include <services/core/result.h>

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace GradeDesk::Services {

struct GradebookConfig;
class GradebookLink;

/**
 * @brief The course gradebook: structure, students, submissions, grades, comments and audit trail.
 *
 * Backed by Qt Sql: SQLite (one file per course, WAL, foreign keys on, synchronous FULL so a
 * committed grade survives a power cut) or PostgreSQL 15, with the same schema and code path. The
 * schema is versioned (`schema_version` table) and migrated on open, one transaction per step.
 *
 * Every write method runs in its own transaction, or joins the caller's transaction(): either all of
 * it is stored or none. Signals are emitted only after the outermost transaction committed, never
 * for rolled-back work.
 *
 * Each instance owns one uniquely named QSqlDatabase connection and must be used from the thread
 * that opened it (a Qt Sql rule). Open several instances for several threads.
 *
 * Team grading (PostgreSQL): every committed change is announced with NOTIFY on channel
 * "gradedesk_change"; each instance LISTENs and turns other connections' changes into the same signals
 * its own changes emit. When the server becomes unreachable, every action fails with Kind::Network
 * (nothing is reported saved that was not committed), isConnected() turns false and the instance
 * reconnects on its own every 2 s (connectionStateChanged). Versioned writes (`expectedVersion`)
 * refuse with Kind::Conflict when another grader changed the row since it was read.
 */
class Gradebook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Gradebook)

public:
    enum class Backend { Sqlite, Postgresql };

    ~Gradebook() override;

    /// Opens (creating if needed) an SQLite gradebook file and migrates it to the current schema.
    static Result<std::unique_ptr<Gradebook>> openSqlite(const QString &path);
    /// Opens the gradebook a course config names. `password` is for PostgreSQL only; the caller reads
    /// it from the keychain.
    static Result<std::unique_ptr<Gradebook>> open(const GradebookConfig &config, const QString &password = {});
    /// Opens a PostgreSQL gradebook and migrates it. `host` may be a socket directory.
    static Result<std::unique_ptr<Gradebook>> openPostgresql(const QString &host, int port, const QString &database,
                                                             const QString &user, const QString &password,
                                                             const QString &sslMode = {});

    Backend backend() const { return m_backend; }

    int schemaVersion() const;
    static int currentSchemaVersion();

    /**
     * Runs `work` in a transaction: commits when it returns success, rolls back when it fails (and
     * returns its error). Re-entrant: a nested call becomes a savepoint, so a failed inner step
     * rolls back only its own changes and the outer work decides what to do.
     */
    Result<void> transaction(const std::function<Result<void>()> &work);

    // Course. A gradebook holds one course; setCourse replaces its id and title.
    Result<void> setCourse(const QString &id, const QString &title);
    Result<std::optional<std::pair<QString, QString>>> course() const; ///< (id, title)

    // Course structure. Names are unique: upserts update the row with that name and return its id.
    Result<qint64> upsertAssignment(const QString &name, const QDateTime &due);
    Result<qint64> upsertNotebook(qint64 assignmentId, const QString &name, int position);
    /**
     * Makes the notebook's source cells equal to `cells`, matched by name (grade_id): existing cells
     * are updated in place so their grades stay attached, new ones inserted, missing ones deleted.
     * Deleting a cell that already has grades, comments or rubric items is refused (Conflict) and
     * nothing changes. Empty or duplicate names are refused (Validation).
     */
    Result<void> replaceSourceCells(qint64 notebookId, const QList<SourceCellRecord> &cells);
    /// nbgrader's order: by due date (undated first), then name.
    Result<QList<AssignmentRecord>> assignments() const;
    Result<std::optional<AssignmentRecord>> assignment(const QString &name) const;
    Result<QList<NotebookRecord>> notebooks(qint64 assignmentId) const;   ///< By position, then name.
    Result<QList<SourceCellRecord>> sourceCells(qint64 notebookId) const; ///< By position.

    // People.
    Result<void> upsertStudent(const StudentRecord &student);
    Result<QList<StudentRecord>> students() const; ///< nbgrader's order: last name, first name (then id).
    Result<std::optional<StudentRecord>> student(const QString &id) const;

    // Submissions.
    Result<std::optional<SubmissionRecord>> submission(qint64 assignmentId, const QString &studentId) const;
    Result<std::optional<SubmissionRecord>> submissionById(qint64 submissionId) const;
    /// Inserts or updates the submission of (assignmentId, studentId); returns its id. A student id
    /// the gradebook does not know yet is added as a bare student (nbgrader's autograde does the same).
    Result<qint64> upsertSubmission(const SubmissionRecord &submission);
    Result<qint64> upsertSubmittedNotebook(qint64 submissionId, qint64 notebookId, const QString &path);
    Result<QList<SubmissionRecord>> submissions(qint64 assignmentId) const; ///< Sorted by student id.
    /// One aggregate query (indexed), sorted by student id.
    Result<QList<SubmissionSummary>> submissionSummaries(qint64 assignmentId) const;
    Result<QList<SubmittedNotebookRecord>> submittedNotebooks(qint64 submissionId) const;

    // Grades. `cellId` is a SourceCellRecord id of a graded cell: a grade cell or a task cell, as in
    // nbgrader (comments: any cell of the notebook).
    /// Stores the autograder's result. Never touches manual scores, extra credit, comments or rubric
    /// applications. Not audited (it is re-run wholesale); `actor` lands in updated_by.
    Result<void> setAutoGrade(qint64 submittedNotebookId, qint64 cellId, std::optional<double> score,
                              bool needsManualGrade, const QString &actor);
    /// Stores a grader's score (std::nullopt clears it, falling back to the auto score). Clears
    /// needs_manual_grade when a score is set. Audited. With `expectedVersion` (the grade's version as
    /// read, 0 for an answer nobody graded) a different stored version refuses with Kind::Conflict and
    /// changes nothing.
    Result<void> setManualGrade(qint64 submittedNotebookId, qint64 cellId, std::optional<double> score,
                                const QString &actor, std::optional<int> expectedVersion = std::nullopt);
    /// Audited, like setManualGrade (same conflict rule on the grade's version).
    Result<void> setExtraCredit(qint64 submittedNotebookId, qint64 cellId, std::optional<double> extraCredit,
                                const QString &actor, std::optional<int> expectedVersion = std::nullopt);
    /// Sets the manual comment. Audited. `expectedVersion` is the comment's version
    /// (AnswerRecord::commentVersion, 0 when there is no comment row).
    Result<void> setComment(qint64 submittedNotebookId, qint64 cellId, const QString &comment, const QString &actor,
                            std::optional<int> expectedVersion = std::nullopt);
    /// Sets the autograder's comment; never touches the manual one. Not audited.
    Result<void> setAutoComment(qint64 submittedNotebookId, qint64 cellId, const QString &comment);
    /// Stores a whole grade as another gradebook recorded it (nbgrader import): scores and flag at
    /// once, replacing what was there. Audited (action "import") when the manual score changes.
    Result<void> importGrade(qint64 submittedNotebookId, qint64 cellId, std::optional<double> autoScore,
                             std::optional<double> manualScore, std::optional<double> extraCredit,
                             bool needsManualGrade, const QString &actor);
    /// Stores both comments as another gradebook recorded them; a null manual comment means none.
    Result<void> importComment(qint64 submittedNotebookId, qint64 cellId, const QString &autoComment,
                               const QString &manualComment, const QString &actor);
    /// Every graded cell of every submitted notebook of the submission (see GradeRecord).
    Result<QList<GradeRecord>> grades(qint64 submissionId) const;
    /// Every stored comment of the submission.
    Result<QList<CommentRecord>> comments(qint64 submissionId) const;
    /// Oldest first. Grades and comments use entity "grade" / "comment" with gradeEntityId().
    Result<QList<AuditEvent>> auditEvents(const QString &entity, const QString &entityId) const;
    /// The audit entity id of the grade (or comment) of one cell in one submitted notebook.
    static QString gradeEntityId(qint64 submittedNotebookId, qint64 cellId);

    // Grading by question (gradebookrubric.cpp, gradebookanswers.cpp). Every action below is one
    // transaction, durable when it returns, audited with old and new values, and emits gradeChanged.
    /// The graded cells (grade and task cells) of the assignment with their progress counts, in
    /// notebook order then cell order. One aggregate query.
    Result<QList<QuestionRecord>> questions(qint64 assignmentId) const;
    /// Every answer to the question: one per submitted notebook of the cell's notebook, sorted by
    /// student id. A fixed handful of queries however many answers there are.
    Result<QList<AnswerRecord>> answers(qint64 cellId) const;
    Result<AnswerRecord> answer(const AnswerKey &key) const;

    Result<QList<RubricItemRecord>> rubricItems(qint64 cellId) const; ///< By position.
    /// Adds an item (position < 0 appends); returns its id. Refuses an empty title or a shortcut
    /// already used in the question (Validation).
    Result<qint64> addRubricItem(const RubricItemRecord &item, const QString &actor);
    /// Retroactive: every rubric-graded answer that has the item gets its manual score recomputed.
    /// Returns the answers whose score changed.
    Result<QList<AnswerKey>> updateRubricItem(const RubricItemRecord &item, const QString &actor);
    /// How many answers have the item applied.
    Result<int> rubricItemUsage(qint64 itemId) const;
    /// Removes the item and its applications, recomputing those answers. Returns the answers that had
    /// it (so an undo can re-create the item and re-apply it to exactly those).
    Result<QList<AnswerKey>> deleteRubricItem(qint64 itemId, const QString &actor);
    /// `orderedIds` must be exactly the question's item ids.
    Result<void> reorderRubricItems(qint64 cellId, const QList<qint64> &orderedIds, const QString &actor);

    Result<QuestionSettings> questionSettings(qint64 cellId) const;
    /// Stores the settings and recomputes every rubric-graded answer of the question; returns the
    /// answers whose score changed.
    Result<QList<AnswerKey>> setQuestionSettings(const QuestionSettings &settings, const QString &actor);

    /// Applies or removes one item on answers (one answer, or a whole answer group at once) in one
    /// transaction. Applying an item of an exclusive group removes the group's other items from that
    /// answer. Each answer becomes rubric-graded: its manual score is recomputed and
    /// needs_manual_grade cleared. Answers already in the wanted state are left alone.
    Result<void> setRubricItemApplied(const QList<AnswerKey> &answers, qint64 itemId, bool applied,
                                      const QString &actor);
    /// Point adjustment with its reason (nullopt clears both); the answer becomes rubric-graded.
    /// `expectedVersion`: the grade's version as read (Conflict when it differs).
    Result<void> setAdjustment(const AnswerKey &answer, std::optional<double> points, const QString &reason,
                               const QString &actor, std::optional<int> expectedVersion = std::nullopt);
    /// Makes the answers rubric-graded as they are (no items: 0 in positive mode, full marks in
    /// negative mode), e.g. a grader confirming "nothing to deduct".
    Result<void> markRubricGraded(const QList<AnswerKey> &answers, const QString &actor);
    /// Drops rubric grading from the answer: applications, adjustment and manual score are cleared,
    /// so the auto score (and needs_manual_grade as the autograder left it) applies again.
    /// `expectedVersion`: the grade's version as read (Conflict when it differs).
    Result<void> clearRubricGrading(const AnswerKey &answer, const QString &actor,
                                    std::optional<int> expectedVersion = std::nullopt);
    Result<void> setFlagged(const AnswerKey &answer, bool flagged, const QString &actor);
    Result<void> setGroupSplit(const AnswerKey &answer, bool split, const QString &actor);

    /// Claims the answer for `grader` until now + leaseSeconds. Returns false (and changes nothing)
    /// when another grader holds an unexpired claim; renewing one's own claim returns true.
    Result<bool> claimAnswer(const AnswerKey &answer, const QString &grader, int leaseSeconds);
    Result<void> releaseClaims(const QString &grader);

    /// Appends an audit event for an action that changes no grade row (e.g. "reveal_name" on entity
    /// "student", a Canvas push).
    Result<void> recordAudit(const QString &actor, const QString &action, const QString &entity,
                             const QString &entityId, const QString &oldValue, const QString &newValue);
    /// Every audit event of the question's answers and rubric, oldest first.
    Result<QList<AuditEvent>> auditEventsForQuestion(qint64 cellId) const;

    // Regrade requests (gradebookregrades.cpp). Audited on entity "regrade" (entity id = request id):
    // "regrade_add" (new value = the message), "regrade_state" (old -> new state name; the reply with it).
    /// Adds a request for the student's submission of the assignment (cellId 0 = the whole submission).
    /// An imported request (Csv, Canvas) whose source key is stored already is not added again:
    /// created false and the stored request's id. NotFound for an unknown assignment, student
    /// submission or question; Validation for an empty message or a missing source key.
    Result<RegradeAdded> addRegradeRequest(const NewRegradeRequest &request, const QString &actor);
    Result<QList<RegradeRequestRecord>> regradeRequests(qint64 assignmentId) const; ///< Oldest first.
    /// The requests on the answer's question of its submission, oldest first.
    Result<QList<RegradeRequestRecord>> regradeRequestsForAnswer(const AnswerKey &answer) const;
    Result<std::optional<RegradeRequestRecord>> regradeRequest(qint64 id) const;
    /**
     * Moves a request. Allowed: open|reopened -> in_review; open|in_review|reopened -> resolved (a
     * non-empty reply is required; the outcome is Changed when the score now differs from scoreBefore,
     * else Unchanged; Changed marks the submission for the next Canvas push); resolved -> reopened
     * (scoreBefore becomes the score now, outcome None). Anything else: Validation. Conflict when
     * `expectedVersion` is not the stored version (another grader moved it); nothing changes then.
     */
    Result<RegradeRequestRecord> setRegradeState(qint64 id, RegradeState state, const QString &reply,
                                                 int expectedVersion, const QString &actor);
    /// Student ids of the assignment's submissions marked for the next Canvas push, sorted.
    Result<QStringList> canvasPushMarks(const QString &assignment) const;
    /// Removes the marks of those students (unknown or unmarked ones are ignored). Audited per
    /// student as "canvas_push_clear" on entity "submission".
    Result<void> clearCanvasPushMarks(const QString &assignment, const QStringList &studentIds, const QString &actor);

    // History (gradebookhistory.cpp). Oldest first (audit order = commit order per answer).
    /// The answer's grade and comment events and the events of the regrades on its question.
    Result<QList<AuditEvent>> auditEventsForAnswer(const AnswerKey &answer) const;
    /// Every grade and comment event of the submission's answers, its regrades, its push marks and
    /// the Canvas pushes recorded for it (entity "submission").
    Result<QList<AuditEvent>> auditEventsForSubmission(qint64 submissionId) const;
    /// Per grader: answers graded and actions in the assignment; sorted by grader.
    Result<QList<GraderActivity>> graderActivity(qint64 assignmentId) const;
    /// Unexpired claims on the assignment's answers, sorted by cell then student.
    Result<QList<ClaimRecord>> claims(qint64 assignmentId) const;

    // Team grading (gradebooknotify.cpp).
    /// False while the connection to the PostgreSQL server is lost (always true for SQLite).
    bool isConnected() const;
    /// Tries to reconnect now (it also retries every 2 s while the connection is lost).
    void reconnect();

    // Canvas (issue 7): sections per student, and the mapping of local ids to Canvas ids.
    Result<void> setStudentSections(const QString &studentId, const QStringList &sections);
    Result<QHash<QString, QStringList>> studentSections() const;
    /// `kind` is "user" (local = student id) or "assignment" (local = assignment name).
    Result<void> setCanvasMapping(const QString &kind, const QString &localId, const QString &canvasId);
    Result<void> removeCanvasMapping(const QString &kind, const QString &localId);
    Result<QHash<QString, QString>> canvasMappings(const QString &kind) const; ///< local id -> Canvas id

signals:
    /// After a commit that changed the submission, its submitted notebooks or any of its grades or
    /// comments; once per submission and commit.
    void submissionChanged(qint64 submissionId);
    /// After a commit that changed the grade or a comment of `cellId` in the submission; once per
    /// (submission, cell) and commit. Changes that store the value already there emit nothing.
    void gradeChanged(qint64 submissionId, qint64 cellId);
    /// The items or settings of a question changed (here or, on PostgreSQL, by another grader).
    void rubricChanged(qint64 cellId);
    /// Another grader's claims on the question's answers changed (PostgreSQL).
    void claimsChanged(qint64 cellId);
    /// A regrade request of the assignment was added or moved (here or by another grader).
    void regradesChanged(qint64 assignmentId);
    /// The PostgreSQL connection was lost (false) or is back (true).
    void connectionStateChanged(bool connected);

private:
    explicit Gradebook(Backend backend, const QString &connectionName);
    static Result<std::unique_ptr<Gradebook>> finishOpen(std::unique_ptr<Gradebook> gradebook);

    QSqlDatabase database() const;
    /// Like GradebookSql::exec, but keeps the prepared statement (owned by the gradebook) for the next call with the
    /// same SQL (the autograder's per-cell path runs a handful of statements tens of thousands of times). Callers
    /// finish() the returned query once they have read what they need, so no statement keeps a read snapshot open; the
    /// same SQL must not be re-entered while its rows are being read.
    Result<QSqlQuery *> execCached(const QString &sql, const QVariantList &values = {}) const;
    Result<void> execControl(const QString &sql);
    /// One attempt of transaction(): BEGIN or SAVEPOINT, work, NOTIFY (top level), COMMIT or roll back.
    Result<void> runTransaction(const std::function<Result<void>()> &work);
    Result<qint64> submissionOfSubmittedNotebook(qint64 submittedNotebookId) const;
    /// The submission of the submitted notebook, once `cellId` is checked to be a cell of its notebook (a graded
    /// cell if `gradeCell`).
    Result<qint64> submissionOfCell(qint64 submittedNotebookId, qint64 cellId, bool gradeCell) const;
    /// The part of a grade a grader sets: setManualGrade and setExtraCredit.
    enum class ManualPart { Score, ExtraCredit };
    /// Shared by setManualGrade and setExtraCredit: stores `value` as `part` of the grade, then audits and notes the
    /// change. Storing the value already there does nothing.
    Result<void> setManualPart(ManualPart part, qint64 submittedNotebookId, qint64 cellId, std::optional<double> value,
                               const QString &actor, std::optional<int> expectedVersion);
    Result<void> appendAudit(const QString &actor, const QString &action, const QString &entity,
                             const QString &entityId, const QString &oldValue, const QString &newValue);
    Result<void> ensureGrader(const QString &actor);
    void noteSubmissionChanged(qint64 submissionId);
    void noteGradeChanged(qint64 submissionId, qint64 cellId);
    void noteRubricChanged(qint64 cellId);
    void noteClaimsChanged(qint64 cellId);
    void noteRegradesChanged(qint64 assignmentId);
    /// The pending changes of the top-level transaction as NOTIFY payloads (PostgreSQL), sent before COMMIT.
    Result<void> notifyPending();
    void emitPending();
    void dropPending(qsizetype submissions, qsizetype grades, qsizetype rubrics, qsizetype claims, qsizetype regrades);
    /// Turns another connection's NOTIFY payload into signals.
    void applyRemoteChange(const QString &payload);
    /// After a failed statement: was it the connection? Then the error becomes Kind::Network.
    ServiceError classify(const ServiceError &error) const;

    Backend m_backend;
    QString m_connectionName;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    int m_transactionDepth = 0;
    QList<qint64> m_pendingSubmissions;
    QList<std::pair<qint64, qint64>> m_pendingGrades;
    QList<qint64> m_pendingRubrics;
    QList<qint64> m_pendingClaims;
    QList<qint64> m_pendingRegrades;
    std::unique_ptr<GradebookLink> m_link; ///< Connection state, reconnects and LISTEN (gradebooklink.h).
};

} // namespace GradeDesk::Services
