// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/gradebook/records.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QSet>

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Models {

/**
 * @brief The submissions of one assignment, one row per student, over Gradebook::submissionSummaries().
 *
 * DisplayRole is formatted for people (local times, "x / y" scores); RawValueRole carries the values
 * to sort by (QDateTime in UTC, doubles, ints; an invalid QVariant for "no score yet"), so a
 * QSortFilterProxyModel with `setSortRole(RawValueRole)` sorts numerically. IdRole is the
 * submission id, StudentIdRole the hub username.
 *
 * Rows are kept in the gradebook's order (by student id). Gradebook::submissionChanged signals are
 * coalesced until the event loop runs; refresh() then re-reads the summaries once and reports
 * exactly what differs: dataChanged for each changed row, row inserts and removals for students
 * that appeared or disappeared. Selections and scroll positions in views survive a refresh.
 */
class SubmissionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionTableModel)

public:
    enum Column {
        StudentColumn,
        NameColumn,
        SubmittedColumn,
        ScoreColumn,
        NeedsManualColumn,
        LatePenaltyColumn,
        StatusColumn,
        ColumnCount
    };

    /// How far grading of a submission got; RawValueRole of StatusColumn, in this sort order.
    enum class Status { NeedsManualGrading, NotAutograded, PartlyGraded, Graded };
    Q_ENUM(Status)

    explicit SubmissionTableModel(QObject *parent = nullptr);
    ~SubmissionTableModel() override;

    /// Shows the submissions of `assignment` in `gradebook` (not owned; may be null to clear).
    Services::Result<void> setAssignment(Services::Gradebook *gradebook, const Services::AssignmentRecord &assignment);
    /// Re-reads the summaries and reports precisely what changed (no reset).
    Services::Result<void> refresh();
    void clear();

    qint64 assignmentId() const { return m_assignment.id; }

    const Services::AssignmentRecord &assignment() const { return m_assignment; }

    /// The row's summary; `row` must be valid.
    const Services::SubmissionSummary &summary(int row) const;
    /// -1 when the submission is not in the model.
    int rowOfSubmission(qint64 submissionId) const;
    int rowOfStudent(const QString &studentId) const;
    static Status statusOf(const Services::SubmissionSummary &summary);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A refresh triggered by a gradebook signal failed (explicit calls return their error instead).
    void refreshFailed(const Services::ServiceError &error);

private:
    void onSubmissionChanged(qint64 submissionId);
    QVariant displayData(const Services::SubmissionSummary &summary, int column) const;
    QVariant rawData(const Services::SubmissionSummary &summary, int column) const;
    QString statusText(Status status) const;

    QPointer<Services::Gradebook> m_gradebook;
    Services::AssignmentRecord m_assignment;
    QList<Services::SubmissionSummary> m_rows;
    bool m_refreshQueued = false;
};

/// "3", "1.5", "2.25": scores without trailing zeros, in the user's locale.
QString formatScore(double value);
/// "2026-02-03 00:51" in local time: compact enough for a table column, unambiguous in every locale.
QString formatLocalTime(const QDateTime &dateTime);

} // namespace GradeDesk::Models
