// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace GradeDesk::Services {

/**
 * @brief Stable pseudonyms for anonymous grading.
 *
 * "Student " + 5 Crockford base32 characters of HMAC-SHA256(key: course id, message: student id):
 * the same student always gets the same pseudonym in a course (on every machine, with no stored
 * state), a different one in another course, and the pseudonym alone reveals nothing about the id.
 * It guards graders against bias, not against someone who holds the roster: knowing the course id
 * and a student id, anyone can compute that student's pseudonym.
 *
 * Within one call the result is unique: on a collision (about 6% likely among 2,000 students) the
 * student whose id sorts later gets more characters, so adding a student can lengthen the pseudonym
 * of one who collides with them. Duplicate ids in `studentIds` count once.
 */
class Pseudonyms final
{
public:
    Pseudonyms() = delete;

    static QHash<QString, QString> assign(const QString &courseId, const QStringList &studentIds);
};

} // namespace GradeDesk::Services
