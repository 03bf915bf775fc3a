// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "canvasidentity.h"
#include "canvastypes.h"

#include <services/config/courseconfig.h>
#include <services/core/result.h>
#include <services/gradebook/records.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace GradeDesk::Services {

class Gradebook;

/// One gradebook student the roster import would change.
struct CanvasRosterChange {
    QString studentId;
    QString canvasUserId;                ///< Empty for dropped students no longer in Canvas.
    std::optional<StudentRecord> before; ///< nullopt: the student is new.
    StudentRecord after;
    QStringList sectionsBefore; ///< Section names, sorted.
    QStringList sectionsAfter;
    bool added = false;
    bool dropped = false;     ///< No longer in Canvas: kept with their grades, marked inactive.
    bool reactivated = false; ///< Inactive in the gradebook, back in Canvas.
    bool sectionsChanged = false;
    bool nameChanged = false;
    bool emailChanged = false;
    bool linkChanged = false; ///< lms_user_id set or changed to the Canvas user id.
};

/**
 * @brief The roster import before it is applied: identity matches and the resulting changes.
 *
 * Build it from a fetched CanvasRoster and the gradebook; review the unresolved matches (decide()),
 * show diff(), then apply(). Nothing touches the gradebook before apply().
 *
 * Rules: Canvas students matched to a gradebook student update that student (name, e-mail when
 * Canvas shows it, lms_user_id, sections, active again if inactive); New matches are added. A
 * gradebook student that was linked to Canvas (canvas_mapping or lms_user_id) and is no longer among
 * Canvas' active students is dropped: kept with every grade, marked inactive, never deleted.
 * Gradebook students that were never linked and match nobody are only listed (notInCanvas), so a
 * wrong identity rule cannot deactivate a whole course. Unresolved Canvas students change nothing.
 */
class CanvasRosterPlan final
{
    Q_DECLARE_TR_FUNCTIONS(CanvasRosterPlan)

public:
    struct Diff {
        QList<CanvasRosterChange> changes;     ///< Rows with something to do, by student id.
        int unchanged = 0;                     ///< Matched students with nothing to change.
        QStringList notInCanvas;               ///< Never-linked gradebook students nobody matched.
        QList<CanvasIdentityMatch> unresolved; ///< Unmatched and ambiguous Canvas students.

        int count(bool CanvasRosterChange::*flag) const;
    };

    struct Applied {
        int added = 0;
        int updated = 0;
        int dropped = 0;
        int linked = 0; ///< Identity decisions stored in canvas_mapping.
    };

    /**
     * Reads the gradebook's students, sections and canvas_mapping "user", and the mapping file when
     * the rule is `mapping` (its errors are returned).
     */
    static Result<CanvasRosterPlan> build(const CanvasRoster &roster, const Gradebook &gradebook,
                                          const CanvasConfig &config);
    /// Builds from data already read (tests, and the UI re-running the match after an edit).
    static CanvasRosterPlan build(const CanvasRoster &roster, CanvasConfig::IdentityRule rule,
                                  const QList<StudentRecord> &students, const QHash<QString, QStringList> &sections,
                                  const QHash<QString, QString> &remembered,
                                  const QList<CanvasIdentityMatcher::MappingRow> &mapping = {});

    const CanvasRoster &roster() const { return m_roster; }

    /// One per Canvas student, in roster order.
    const QList<CanvasIdentityMatch> &matches() const { return m_matches; }

    /**
     * A reviewer's decision: Canvas user `canvasUserId` is gradebook student `studentId` (an
     * existing id, or a new one to add). An empty `studentId` leaves them out of this import.
     * Validation when the username is not usable as a folder name or another Canvas student
     * already has it; NotFound for an unknown Canvas user. Stored in canvas_mapping by apply().
     */
    Result<void> decide(const QString &canvasUserId, const QString &studentId);

    Diff diff() const;

    /**
     * Writes the diff in one gradebook transaction: upsertStudent for added, changed, reactivated
     * and dropped students, setStudentSections, canvas_mapping "user" for every resolved match,
     * and an audit event (action "canvas_roster", entity "course") with the counts; an empty `actor`
     * is recorded as "gradedesk".
     */
    Result<Applied> apply(Gradebook &gradebook, const QString &actor) const;

private:
    CanvasRoster m_roster;
    QList<StudentRecord> m_students;
    QHash<QString, QStringList> m_sections;
    QHash<QString, QString> m_remembered;
    QList<CanvasIdentityMatch> m_matches;
};

} // namespace GradeDesk::Services
