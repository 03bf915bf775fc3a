// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/gradebook/regraderecords.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Models {

/**
 * @brief The regrade requests of one assignment (Gradebook::regradeRequests), oldest first.
 *
 * Columns (DisplayRole / RawValueRole):
 *  - StateColumn: "Open", "In review", "Resolved: changed", … / int(RegradeState);
 *  - StudentColumn: the pseudonym while anonymous (unless revealed), else the name / student id;
 *  - QuestionColumn: "notebook: grade_id" or "Whole submission" / cell id (0: whole submission);
 *  - MessageColumn: the message's first line / the whole message (ToolTipRole: the whole message);
 *  - EnteredByColumn, SourceColumn ("Staff", "CSV", "Canvas" / int(RegradeSource));
 *  - AgeColumn: "12 min", "3 h", "2 d" since it was entered / the QDateTime (UTC).
 * Every column answers IdRole (request id), StudentIdRole, CellIdRole and SubmittedNotebookIdRole.
 *
 * Gradebook::regradesChanged(assignment) is coalesced to one refresh() per event-loop turn: changed
 * rows get dataChanged, new requests are inserted, anything else resets.
 */
class RegradeListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegradeListModel)

public:
    enum Column {
        StateColumn,
        StudentColumn,
        QuestionColumn,
        MessageColumn,
        EnteredByColumn,
        SourceColumn,
        AgeColumn,
        ColumnCount
    };

    explicit RegradeListModel(QObject *parent = nullptr);
    ~RegradeListModel() override;

    /// Lists the requests of the assignment (`gradebook` not owned; null clears). Empty on error.
    Services::Result<void> setAssignment(Services::Gradebook *gradebook, qint64 assignmentId);
    Services::Result<void> refresh();

    qint64 assignmentId() const { return m_assignmentId; }

    /// Names (student id → display name) and pseudonyms (student id → pseudonym).
    void setStudentNames(const QHash<QString, QString> &names, const QHash<QString, QString> &pseudonyms);
    void setAnonymous(bool anonymous);

    bool isAnonymous() const { return m_anonymous; }

    /// Pseudonym, or the name when not anonymous (else the id when the gradebook has no name).
    QString displayName(const QString &studentId) const;

    /// The time ages are measured to (tests); default: the current time.
    void setClock(std::function<QDateTime()> clock);

    /// `row` must be valid.
    const Services::RegradeRequestRecord &request(int row) const;

    const QList<Services::RegradeRequestRecord> &requests() const { return m_rows; }

    /// -1 when not listed.
    int rowOfRequest(qint64 id) const;
    int count(Services::RegradeState state) const;

    /// "Open", "In review", "Resolved", "Reopened".
    static QString stateText(Services::RegradeState state);
    /// "Resolved: changed" etc. for resolved requests, else stateText().
    static QString stateWithOutcome(const Services::RegradeRequestRecord &request);
    static QString sourceText(Services::RegradeSource source);
    /// "notebook: grade_id", or "Whole submission".
    static QString questionText(const QString &questionName);
    /// "45 s", "12 min", "3 h", "2 d" (whole units, rounded down).
    static QString ageText(const QDateTime &from, const QDateTime &to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A refresh triggered by a gradebook signal failed (explicit calls return their error instead).
    void refreshFailed(const Services::ServiceError &error);
    /// After every load or refresh that changed something (counts may differ).
    void requestsChanged();

private:
    void onRegradesChanged(qint64 assignmentId);
    QVariant displayData(const Services::RegradeRequestRecord &request, int column) const;
    QVariant rawData(const Services::RegradeRequestRecord &request, int column) const;

    QPointer<Services::Gradebook> m_gradebook;
    qint64 m_assignmentId = 0;
    QList<Services::RegradeRequestRecord> m_rows;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_pseudonyms;
    bool m_anonymous = true;
    std::function<QDateTime()> m_clock;
    bool m_refreshQueued = false;
};

} // namespace GradeDesk::Models
