// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/canvas/canvasrosterplan.h>
#include <services/core/result.h>
#include <services/gradebook/records.h>

#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace GradeDesk::Services {
class Gradebook;
}

namespace GradeDesk::Models {

class CanvasIdentityModel;
class CanvasRosterDiffModel;

/**
 * @brief A roster import under review: the plan, its changes and the identity decisions.
 *
 * Holds the CanvasRosterPlan built from a fetched roster and feeds two models: changesModel() (the
 * difference against the gradebook) and identityModel() (the Canvas students the identity rule
 * could not match, or matched ambiguously, with the reviewer's decision). decide() changes the plan
 * and updates both models precisely. Nothing reaches the gradebook before apply(); apply() stores
 * every decision in canvas_mapping, so the next import remembers it.
 */
class CanvasRosterReview final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasRosterReview)

public:
    explicit CanvasRosterReview(QObject *parent = nullptr);
    ~CanvasRosterReview() override;

    /// `students`: the gradebook's students (usernames offered in the review).
    void setPlan(const Services::CanvasRosterPlan &plan, const QList<Services::StudentRecord> &students);
    void clear();

    bool hasPlan() const { return m_plan.has_value(); }

    /// Valid only when hasPlan().
    const Services::CanvasRosterPlan &plan() const { return *m_plan; }

    const Services::CanvasRosterPlan::Diff &diff() const { return m_diff; }

    CanvasRosterDiffModel *changesModel() const { return m_changes; }

    CanvasIdentityModel *identityModel() const { return m_identity; }

    /**
     * Canvas user `canvasUserId` is hub user `username` (an existing student or a new one); an
     * empty `username` leaves them out of this import. Errors (translated) say why a username
     * cannot be used.
     */
    Services::Result<void> decide(const QString &canvasUserId, const QString &username);

    bool isSkipped(const QString &canvasUserId) const { return m_skipped.contains(canvasUserId); }

    /// Students of the review that have neither a username nor a decision to skip them.
    int pendingCount() const;
    /// Usernames to offer for `canvasUserId`: the rule's candidates first, then gradebook students
    /// no Canvas student is matched to.
    QStringList suggestions(const QString &canvasUserId) const;
    /// Whether apply() would change anything.
    bool hasWork() const;

    /// Writes the changes and decisions to `gradebook` (one transaction).
    Services::Result<Services::CanvasRosterPlan::Applied> apply(Services::Gradebook &gradebook, const QString &actor);

signals:
    /// The diff or a decision changed (after decide(), setPlan() and clear()).
    void changed();

private:
    friend class CanvasIdentityModel;

    std::optional<Services::CanvasRosterPlan> m_plan;
    Services::CanvasRosterPlan::Diff m_diff;
    QList<Services::StudentRecord> m_students;
    QSet<QString> m_skipped;
    CanvasRosterDiffModel *m_changes;
    CanvasIdentityModel *m_identity;
};

} // namespace GradeDesk::Models
