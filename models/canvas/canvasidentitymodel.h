// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/canvas/canvasidentity.h>

#include <QAbstractTableModel>
#include <QList>

namespace GradeDesk::Models {

class CanvasRosterReview;

/**
 * @brief The identity review: Canvas students the course's identity rule could not match to one
 * hub username, with the reviewer's decision.
 *
 * Rows are fixed when the review gets its plan (the students unmatched or ambiguous then), so a
 * decided row stays in view. The Username column is editable: setData(EditRole) with a username
 * decides, with "" skips (the student is left out of this import); a username the plan refuses
 * makes setData return false and emits decisionRejected with the reason. Roles: DecisionRole
 * (Decision), CandidatesRole (QStringList: the usernames the rule found), CanvasUserIdRole.
 */
class CanvasIdentityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasIdentityModel)

public:
    enum Column { CanvasColumn, IdentifiersColumn, SectionsColumn, ProblemColumn, UsernameColumn, ColumnCount };

    enum class Decision { Pending, Linked, Skipped };
    Q_ENUM(Decision)

    static constexpr int DecisionRole = Qt::UserRole + 0x100;
    static constexpr int CandidatesRole = Qt::UserRole + 0x101;
    static constexpr int CanvasUserIdRole = Qt::UserRole + 0x102;

    ~CanvasIdentityModel() override;

    /// The Canvas student of `row` as the rule first saw them (with candidates and reason).
    const Services::CanvasIdentityMatch &match(int row) const { return m_rows.at(row); }

    int rowOfCanvasUser(const QString &canvasUserId) const;
    Decision decision(int row) const;
    /// The username decided for `row` ("" when pending or skipped).
    QString username(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// A decision could not be taken; `message` says why and what to do (translated).
    void decisionRejected(const QString &canvasUserId, const QString &message);

private:
    friend class CanvasRosterReview;

    explicit CanvasIdentityModel(CanvasRosterReview *review);
    void reset(const QList<Services::CanvasIdentityMatch> &rows);
    void rowDecided(const QString &canvasUserId);
    const Services::CanvasIdentityMatch *current(int row) const;

    CanvasRosterReview *m_review;
    QList<Services::CanvasIdentityMatch> m_rows;
};

} // namespace GradeDesk::Models
