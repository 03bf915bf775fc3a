// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "canvastypes.h"

#include <services/config/courseconfig.h>
#include <services/core/result.h>
#include <services/gradebook/records.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace GradeDesk::Services {

/// How one Canvas student maps to a hub username (a gradebook student id).
struct CanvasIdentityMatch {
    enum class Status {
        Remembered, ///< A decision stored in the gradebook (canvas_mapping "user").
        Decided,    ///< Chosen in this review; stored when the roster is applied.
        Linked,     ///< A gradebook student already carries this Canvas user id (lms_user_id).
        Matched,    ///< The identity rule found exactly one gradebook student.
        New,        ///< The rule gives a username no gradebook student has: the student is added.
        Unmatched,  ///< The rule gives no usable username (hidden field, not in the mapping file).
        Ambiguous,  ///< Several candidates, or a username another Canvas user also claims.
    };

    CanvasPerson person;
    Status status = Status::Unmatched;
    QString studentId;      ///< Remembered/Decided/Linked/Matched/New; empty otherwise.
    QStringList candidates; ///< Ambiguous: the usernames in question.
    QString reason;         ///< Unmatched/Ambiguous: why, and what to do (translated).

    bool isResolved() const { return !studentId.isEmpty(); }
};

/**
 * @brief Matches Canvas users to hub usernames by the course's identity rule.
 *
 * Order of precedence for each Canvas student: a remembered decision (gradebook canvas_mapping
 * "user"), a gradebook student whose lms_user_id is the Canvas user id, then the rule:
 *  - login_id / sis_id: that field (hidden by the token's permissions: Unmatched, saying so);
 *  - email: the part before "@";
 *  - mapping: the mapping file's `username` for a row whose `canvas_user` is the user id,
 *    `sis_user_id:<x>`, `login_id:<x>` or `email:<x>`.
 * Login ids and e-mail addresses compare without case and give lower-case usernames (JupyterHub
 * normalises usernames to lower case); SIS ids and mapping usernames are kept as written. A
 * username must be usable as a folder name (nbgrader's student folder), else Unmatched. A username
 * that several gradebook students share without case, that a gradebook student linked to another
 * Canvas user already has, or that two Canvas users produce, is Ambiguous for everyone involved.
 */
class CanvasIdentityMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(CanvasIdentityMatcher)

public:
    struct MappingRow {
        QString username;
        QString canvasUser; ///< Canvas user id, or "sis_user_id:<x>", "login_id:<x>", "email:<x>".
        int line = 0;
    };

    /**
     * Reads a mapping CSV (header with `username` and `canvas_user`, other columns ignored). Io /
     * NotFound when unreadable, Parse for broken CSV, Validation for a missing column, an empty
     * cell, or a `canvas_user` listed twice with different usernames (all with file and line).
     */
    static Result<QList<MappingRow>> readMappingFile(const QString &path);

    /// `remembered`: gradebook canvas_mapping "user" (student id -> Canvas user id).
    CanvasIdentityMatcher(CanvasConfig::IdentityRule rule, const QList<StudentRecord> &students,
                          const QHash<QString, QString> &remembered, const QList<MappingRow> &mapping = {});

    /// One match per person, in the given order.
    QList<CanvasIdentityMatch> match(const QList<CanvasPerson> &people) const;

    /// The username the rule derives from `person` alone (no gradebook), or why there is none.
    Result<QString> usernameFor(const CanvasPerson &person) const;

private:
    CanvasIdentityMatch matchOne(const CanvasPerson &person) const;

    CanvasConfig::IdentityRule m_rule;
    QList<StudentRecord> m_students;
    QHash<QString, QString> m_remembered;
    QList<MappingRow> m_mapping;
};

} // namespace GradeDesk::Services
