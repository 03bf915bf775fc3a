// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace GradeDesk::Services {

// What GradeDesk reads from Canvas. Ids are Canvas ids as text (they may exceed 2^53).

struct CanvasSection {
    QString id;
    QString name;

    friend bool operator==(const CanvasSection &, const CanvasSection &) = default;
};

/// One person of the course, merged over all their enrollments (sections).
struct CanvasPerson {
    enum class Role { Student, Ta };

    QString userId;
    QString name;         ///< Display name, e.g. "Ada Lovelace".
    QString sortableName; ///< "Lovelace, Ada".
    /// Keys the token may not see are nullopt (Canvas leaves them out); "" means visible but empty.
    std::optional<QString> loginId;
    std::optional<QString> sisUserId;
    std::optional<QString> email;
    Role role = Role::Student;
    QStringList sectionIds;   ///< Sorted, without duplicates.
    QStringList sectionNames; ///< Same order as sectionIds.

    /// First and last name from sortable_name ("Last, First"), else split at the last space of name.
    QString firstName() const;
    QString lastName() const;
};

/// The course roster as Canvas reports it: active and invited students and TAs of every section.
struct CanvasRoster {
    QList<CanvasPerson> students;           ///< One per Canvas user, by sortable name.
    QList<CanvasPerson> teachingAssistants; ///< Listed for information; never written as students.
    QList<CanvasSection> sections;
    bool loginIdsVisible = true; ///< False when the token could not see login ids.
    bool sisIdsVisible = true;
    bool emailsVisible = true;
};

struct CanvasAssignment {
    QString id;
    QString name;
    double pointsPossible = 0.0;
    bool published = false;
    QString gradingType;              ///< points, percent, pass_fail, letter_grade, gpa_scale, not_graded.
    std::optional<bool> postManually; ///< nullopt: Canvas did not say (older installs).
    QUrl htmlUrl;
};

/// One comment on a submission (include[]=submission_comments).
struct CanvasSubmissionComment {
    QString id;
    QString authorId;
    QString authorName;
    QString text; ///< Canvas' `comment`.
    QDateTime createdAt;
};

/// The comments of one student's submission, oldest first as Canvas lists them.
struct CanvasSubmissionComments {
    QString userId; ///< The submission's student.
    QList<CanvasSubmissionComment> comments;
};

} // namespace GradeDesk::Services
