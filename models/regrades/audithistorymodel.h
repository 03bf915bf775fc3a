// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>
#include <services/gradebook/records.h>
#include <services/gradebook/rubricrecords.h>

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Models {

/**
 * @brief Audit events as a table: when, who, what (in words, AuditWording), newest first by default.
 *
 * Columns (DisplayRole / RawValueRole):
 *  - WhenColumn: local date and time / the QDateTime (UTC) — ToolTipRole: with seconds;
 *  - WhoColumn: the grader / the same;
 *  - WhatColumn: AuditWording::what() / the action name — ToolTipRole: AuditWording::details().
 * Every column answers IdRole (the event id) and NameRole (the action name).
 *
 * The model either shows given events (setEvents) or follows an answer or a submission of a gradebook:
 * it reloads after the gradebook reports a change there (gradeChanged / submissionChanged and
 * regradesChanged), coalesced to one query per event-loop turn. A reload that only found new events
 * inserts them (rowsInserted); anything else resets. While paused it only remembers that it is stale.
 */
class AuditHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditHistoryModel)

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, ColumnCount };

    explicit AuditHistoryModel(QObject *parent = nullptr);
    ~AuditHistoryModel() override;

    /// Shows `events` (oldest first) and follows nothing.
    void setEvents(const QList<Services::AuditEvent> &events);
    /// Follows one answer (Gradebook::auditEventsForAnswer). `gradebook` is not owned; null clears.
    Services::Result<void> setAnswer(Services::Gradebook *gradebook, const Services::AnswerKey &key,
                                     qint64 submissionId);
    /// Follows a whole submission (Gradebook::auditEventsForSubmission).
    Services::Result<void> setSubmission(Services::Gradebook *gradebook, qint64 submissionId);
    /// No rows, follows nothing.
    void clear();
    /// Re-reads what the model follows (no-op when it follows nothing).
    Services::Result<void> refresh();

    /// Newest event in row 0 (default) or oldest.
    void setNewestFirst(bool newestFirst);

    bool isNewestFirst() const { return m_newestFirst; }

    /// While paused, gradebook changes only mark the model stale; resuming refreshes if it is.
    void setPaused(bool paused);

    bool isFollowing() const { return !m_gradebook.isNull(); }

    /// `row` must be valid.
    const Services::AuditEvent &event(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A refresh triggered by a gradebook signal failed (explicit calls return their error instead).
    void refreshFailed(const Services::ServiceError &error);

private:
    enum class Scope { None, Answer, Submission };

    Services::Result<void> follow(Services::Gradebook *gradebook, Scope scope, const Services::AnswerKey &key,
                                  qint64 submissionId);
    Services::Result<QList<Services::AuditEvent>> fetch() const;
    void showEvents(const QList<Services::AuditEvent> &events);
    void onChanged();
    int eventIndex(int row) const;

    QPointer<Services::Gradebook> m_gradebook;
    Scope m_scope = Scope::None;
    Services::AnswerKey m_key;
    qint64 m_submissionId = 0;
    QList<Services::AuditEvent> m_events; ///< Oldest first, as the gradebook returns them.
    bool m_newestFirst = true;
    bool m_paused = false;
    bool m_stale = false;
    bool m_refreshQueued = false;
};

} // namespace GradeDesk::Models
