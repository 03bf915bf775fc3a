// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/gradebook/rubricrecords.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Models {

/**
 * @brief The answers to one question, one row per submitted notebook, in grading-queue order.
 *
 * Order: by student id; when a shuffle key is set (the grader identity), by a keyed hash of the
 * student id instead. Both orders are stable: the same key gives the same order every time, and an
 * answer that appears later does not move the others.
 *
 * Columns (DisplayRole / RawValueRole):
 *  - StudentColumn: pseudonym in anonymous mode (unless revealed), else the student's name (the id
 *    when there is no name) / the same text;
 *  - ScoreColumn: "x / max" ("– / max" without score) / double score or invalid QVariant;
 *  - StateColumn: "Ungraded", "Needs manual grade", "Graded" / int AnswerState;
 *  - FlaggedColumn: "Flagged" or "" / bool;
 *  - GroupSizeColumn: group size, "" when alone / int;
 *  - ClaimedByColumn: grader holding a claim, "" / the same.
 * An answer another grader has open (a claim by someone other than grader()) shows who in the student
 * column ("Sly Fox · open by bob", with a tooltip and a muted colour), so "who holds what" is visible
 * in the queue; RawValueRole stays the bare name.
 * Every column also answers StudentIdRole, IdRole and SubmittedNotebookIdRole (submitted notebook
 * id), CellIdRole, AnswerStateRole, ScoreRole, MaxScoreRole, FlaggedRole, OpenRegradeCountRole,
 * AppliedItemIdsRole (QList<qint64>), GroupSizeRole and ClaimedByRole. StudentIdRole is the real id
 * even in anonymous mode: views must not display it.
 *
 * Gradebook::gradeChanged for the question is coalesced until the event loop runs; then the touched
 * answers are re-read (all of them in one query when the burst is large, e.g. a retroactive rubric
 * edit) and dataChanged is emitted only for rows that differ, followed by one answersRefreshed().
 */
class AnswerQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerQueueModel)

public:
    enum Column {
        StudentColumn,
        ScoreColumn,
        StateColumn,
        FlaggedColumn,
        GroupSizeColumn,
        ClaimedByColumn,
        ColumnCount
    };

    /// RawValueRole of StateColumn and AnswerStateRole, in this sort order.
    enum class AnswerState {
        Ungraded,    ///< No score at all yet (not autograded, nobody graded it).
        NeedsManual, ///< Waiting for a manual grade.
        Graded,      ///< Has a score and needs nothing more (AnswerRecord::isGraded()).
    };
    Q_ENUM(AnswerState)

    explicit AnswerQueueModel(QObject *parent = nullptr);
    ~AnswerQueueModel() override;

    /// Loads every answer to the question (`gradebook` not owned; null or cellId 0 clears). Group keys
    /// are dropped; names, anonymity and the shuffle key are kept. On error the model is empty.
    Services::Result<void> setQuestion(Services::Gradebook *gradebook, qint64 cellId);
    /// Re-reads every answer (claims included: claiming emits no gradeChanged) and reports the differences.
    Services::Result<void> refresh();
    /// Re-reads only these answers now (after one's own action, so the row is right before returning).
    Services::Result<void> refreshAnswers(const QList<Services::AnswerKey> &keys);

    qint64 cellId() const { return m_cellId; }

    // Queue order. An empty key means student id order.
    void setShuffleKey(const QString &key);

    QString shuffleKey() const { return m_shuffleKey; }

    // Names. `names`: student id -> display name; `pseudonyms`: student id -> pseudonym.
    void setStudentNames(const QHash<QString, QString> &names, const QHash<QString, QString> &pseudonyms);
    void setAnonymous(bool anonymous); ///< Also forgets revealed names.

    bool isAnonymous() const { return m_anonymous; }

    void revealName(const QString &studentId); ///< Only the model's display; the session audits.

    bool isRevealed(const QString &studentId) const { return m_revealed.contains(studentId); }

    /// What StudentColumn shows for the student (without the claim).
    QString displayName(const QString &studentId) const;

    /// The grader using the queue: only other graders' claims are shown.
    void setGrader(const QString &grader);

    QString grader() const { return m_grader; }

    /// Another grader holds an unexpired claim on the answer.
    bool isOpenByOther(const Services::AnswerRecord &answer) const;

    QString pseudonym(const QString &studentId) const { return m_pseudonyms.value(studentId); }

    /**
     * Answer groups: `keys` maps submitted notebook ids to a group key (merged into the known keys;
     * an empty key means "not groupable"). Answers sharing a non-empty key and not split form a group.
     * Emits dataChanged(GroupSizeColumn) for rows whose size changed; returns whether any did.
     */
    bool addGroupKeys(const QHash<qint64, QString> &keys);
    void clearGroupKeys();
    QString groupKey(int row) const;
    /// Rows of the answer's group in queue order (just `row` when it is alone).
    QList<int> groupRows(int row) const;

    /// `row` must be valid.
    const Services::AnswerRecord &answer(int row) const;

    const QList<Services::AnswerRecord> &answers() const { return m_rows; }

    int rowOfAnswer(qint64 submittedNotebookId) const;
    int rowOfStudent(const QString &studentId) const;
    static AnswerState stateOf(const Services::AnswerRecord &answer);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// After a refresh (explicit or from gradebook signals) that changed at least one row.
    void answersRefreshed();
    /// Some group size changed (keys added or cleared, an answer split off or rejoined).
    void groupsChanged();
    /// A refresh triggered by a gradebook signal failed (explicit calls return their error instead).
    void refreshFailed(const Services::ServiceError &error);

private:
    void onGradeChanged(qint64 submissionId, qint64 cellId);
    void flushPendingChanges();
    /// Replaces rows by fresh records (same question), inserting and removing rows as needed.
    void applyFresh(const QList<Services::AnswerRecord> &fresh, bool complete);
    void sortRows();
    void rebuildIndex();
    void recomputeGroups(bool notify);
    void emitRowRanges(const QList<int> &sortedRows, int firstColumn, int lastColumn);
    QByteArray orderKey(const QString &studentId) const;
    QVariant displayData(const Services::AnswerRecord &answer, int row, int column) const;
    QVariant rawData(const Services::AnswerRecord &answer, int row, int column) const;

    QPointer<Services::Gradebook> m_gradebook;
    qint64 m_cellId = 0;
    QList<Services::AnswerRecord> m_rows;
    QHash<qint64, int> m_rowOfNotebook;   ///< submitted notebook id -> row
    QHash<qint64, int> m_rowOfSubmission; ///< submission id -> row
    QString m_shuffleKey;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_pseudonyms;
    bool m_anonymous = true;
    QString m_grader;
    QSet<QString> m_revealed;
    QHash<qint64, QString> m_groupKeys; ///< submitted notebook id -> group key
    QList<int> m_groupSizes;            ///< per row
    QSet<qint64> m_pendingSubmissions;
    bool m_flushQueued = false;
};

} // namespace GradeDesk::Models
