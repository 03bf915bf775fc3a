// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasidentity.h"

#include <services/core/csv.h>
#include <services/exchange/pathguard.h>

#include <QFile>
#include <QFileInfo>

namespace GradeDesk::Services {

namespace {

// A mapping file is a roster-sized CSV; anything far larger is a mistake.
constexpr qint64 maximumMappingFileSize = 16 * 1024 * 1024;

using Status = CanvasIdentityMatch::Status;

/// The rule's outcome for one person: a username, several, or none (with why).
struct Derived {
    QStringList usernames;
    QString reason;
};

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isFirm(Status status)
{
    return status == Status::Remembered || status == Status::Decided || status == Status::Linked;
}

} // namespace

Result<QList<CanvasIdentityMatcher::MappingRow>> CanvasIdentityMatcher::readMappingFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("The Canvas mapping file %1 does not exist. Create it (CSV with the columns "
                                     "username and canvas_user) or fix canvas.mapping_file in course.yaml.")
                                      .arg(path),
                                  QStringLiteral("no such file: %1").arg(path));
    }
    QFile file(path);
    if (!info.isFile() || info.size() > maximumMappingFileSize || !file.open(QIODevice::ReadOnly)) {
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("The Canvas mapping file %1 could not be read. Check that it is a CSV file and "
                                     "that you may read it.")
                                      .arg(path),
                                  QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    }
    Result<QList<QStringList>> parsed = parseCsv(file.readAll(), path);
    if (!parsed) {
        return parsed.error();
    }
    const QList<QStringList> &rows = parsed.value();
    const auto invalid = [&path](int row, const QString &what) {
        return ServiceError::make(ServiceError::Kind::Validation,
                                  tr("%1, row %2: %3 Fix the mapping file and try again.").arg(path).arg(row).arg(what),
                                  QStringLiteral("%1 row %2: %3").arg(path).arg(row).arg(what));
    };
    if (rows.isEmpty()) {
        return invalid(1, tr("The file is empty; it needs a header row with username and canvas_user."));
    }
    qsizetype usernameColumn = -1;
    qsizetype canvasColumn = -1;
    for (qsizetype i = 0; i < rows.front().size(); ++i) {
        const QString name = rows.front().at(i).trimmed().toLower();
        if (name == QLatin1String("username")) {
            usernameColumn = i;
        } else if (name == QLatin1String("canvas_user")) {
            canvasColumn = i;
        }
    }
    if (usernameColumn < 0 || canvasColumn < 0) {
        return invalid(1, tr("The header row needs the columns username and canvas_user."));
    }
    QList<MappingRow> mapping;
    QHash<QString, QString> seen; // canvas_user (lower case) -> username
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const int row = int(i + 1);
        const QStringList &cells = rows.at(i);
        const QString username = cells.value(usernameColumn).trimmed();
        const QString canvasUser = cells.value(canvasColumn).trimmed();
        if (username.isEmpty() || canvasUser.isEmpty()) {
            return invalid(row, tr("Both username and canvas_user must be filled in."));
        }
        const QString key = canvasUser.toLower();
        if (const auto it = seen.constFind(key); it != seen.cend() && *it != username) {
            return invalid(
                row,
                tr("canvas_user %1 is listed again with another username (%2 and %3).").arg(canvasUser, *it, username));
        }
        seen.insert(key, username);
        mapping.append({username, canvasUser, row});
    }
    return mapping;
}

CanvasIdentityMatcher::CanvasIdentityMatcher(CanvasConfig::IdentityRule rule, const QList<StudentRecord> &students,
                                             const QHash<QString, QString> &remembered,
                                             const QList<MappingRow> &mapping)
    : m_rule(rule)
    , m_students(students)
    , m_remembered(remembered)
    , m_mapping(mapping)
{}

Result<QString> CanvasIdentityMatcher::usernameFor(const CanvasPerson &person) const
{
    const auto none = [](const QString &reason) {
        return ServiceError::make(ServiceError::Kind::NotFound, reason, QStringLiteral("no username"));
    };
    QStringList usernames;
    switch (m_rule) {
    case CanvasConfig::IdentityRule::LoginId:
        if (!person.loginId) {
            return none(tr("Canvas hides login ids from this token (TA tokens often cannot see them). Use a "
                           "teacher's token, or another identity rule in course.yaml (email or mapping)."));
        }
        if (person.loginId->trimmed().isEmpty()) {
            return none(tr("This Canvas user has no login id. Choose the username by hand, or add them to a "
                           "mapping file."));
        }
        usernames.append(person.loginId->trimmed().toLower());
        break;
    case CanvasConfig::IdentityRule::SisId:
        if (!person.sisUserId) {
            return none(tr("Canvas hides SIS ids from this token. Use a token with permission to read SIS data, or "
                           "another identity rule in course.yaml."));
        }
        if (person.sisUserId->trimmed().isEmpty()) {
            return none(tr("This Canvas user has no SIS id. Choose the username by hand, or add them to a mapping "
                           "file."));
        }
        usernames.append(person.sisUserId->trimmed());
        break;
    case CanvasConfig::IdentityRule::EmailLocalPart: {
        if (!person.email) {
            return none(tr("Canvas hides e-mail addresses from this token. Use a token with permission to see them, "
                           "or another identity rule in course.yaml."));
        }
        const QString email = person.email->trimmed();
        const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
        if (at <= 0) {
            return none(tr("This Canvas user has no usable e-mail address. Choose the username by hand, or add "
                           "them to a mapping file."));
        }
        usernames.append(email.left(at).toLower());
        break;
    }
    case CanvasConfig::IdentityRule::Mapping:
        for (const MappingRow &row : m_mapping) {
            const QString &key = row.canvasUser;
            const auto prefixed = [&key](const char *prefix, const std::optional<QString> &value) {
                const QLatin1String p(prefix);
                return value && !value->isEmpty() && key.startsWith(p, Qt::CaseInsensitive) &&
                       sameName(key.mid(p.size()).trimmed(), *value);
            };
            const bool hit = key == person.userId || prefixed("sis_user_id:", person.sisUserId) ||
                             prefixed("login_id:", person.loginId) || prefixed("email:", person.email);
            if (hit && !usernames.contains(row.username)) {
                usernames.append(row.username);
            }
        }
        if (usernames.isEmpty()) {
            return none(tr("This Canvas user (id %1) is not in the mapping file. Add a row with their username and "
                           "canvas_user %1, or choose the username by hand.")
                            .arg(person.userId));
        }
        if (usernames.size() > 1) {
            return ServiceError::make(ServiceError::Kind::Conflict, usernames.join(QLatin1Char('\n')),
                                      QStringLiteral("several usernames"));
        }
        break;
    }
    const QString username = usernames.front();
    if (const Result<void> safe = checkPathComponent(username, tr("student folder")); !safe) {
        return none(tr("The username \u201c%1\u201d from Canvas cannot be used as a student folder name. Choose the "
                       "username by hand, or add the student to a mapping file.")
                        .arg(username));
    }
    return username;
}

CanvasIdentityMatch CanvasIdentityMatcher::matchOne(const CanvasPerson &person) const
{
    CanvasIdentityMatch match;
    match.person = person;
    const auto ambiguous = [&match](const QStringList &candidates, const QString &reason) {
        match.status = Status::Ambiguous;
        match.candidates = candidates;
        match.reason = reason;
        return match;
    };

    QStringList remembered;
    for (auto it = m_remembered.cbegin(); it != m_remembered.cend(); ++it) {
        if (it.value() == person.userId) {
            remembered.append(it.key());
        }
    }
    remembered.sort();
    if (remembered.size() == 1) {
        match.status = Status::Remembered;
        match.studentId = remembered.front();
        return match;
    }
    if (remembered.size() > 1) {
        return ambiguous(remembered, tr("Several gradebook students were linked to this Canvas user earlier. "
                                        "Choose the right one."));
    }

    QStringList linked;
    for (const StudentRecord &student : m_students) {
        if (!student.lmsUserId.isEmpty() && student.lmsUserId == person.userId) {
            linked.append(student.id);
        }
    }
    if (linked.size() == 1) {
        match.status = Status::Linked;
        match.studentId = linked.front();
        return match;
    }
    if (linked.size() > 1) {
        return ambiguous(linked, tr("Several gradebook students carry this Canvas user id. Choose the right one."));
    }

    const Result<QString> username = usernameFor(person);
    if (!username) {
        if (username.error().kind == ServiceError::Kind::Conflict) {
            return ambiguous(username.error().message.split(QLatin1Char('\n')),
                             tr("The mapping file gives this Canvas user several usernames. Keep one row for them, "
                                "or choose the username by hand."));
        }
        match.status = Status::Unmatched;
        match.reason = username.error().message;
        return match;
    }

    QList<const StudentRecord *> existing;
    for (const StudentRecord &student : m_students) {
        if (sameName(student.id, username.value())) {
            existing.append(&student);
        }
    }
    if (existing.isEmpty()) {
        match.status = Status::New;
        match.studentId = username.value();
        return match;
    }
    if (existing.size() > 1) {
        QStringList ids;
        for (const StudentRecord *student : std::as_const(existing)) {
            ids.append(student->id);
        }
        return ambiguous(ids, tr("Several gradebook students have the username %1 (differing only in case). "
                                 "Choose the right one.")
                                  .arg(username.value()));
    }
    const StudentRecord &student = *existing.front();
    const QString otherCanvasUser =
        m_remembered.contains(student.id) ? m_remembered.value(student.id) : student.lmsUserId;
    if (!otherCanvasUser.isEmpty() && otherCanvasUser != person.userId) {
        return ambiguous({student.id}, tr("The gradebook student %1 is already linked to another Canvas user (id %2). "
                                          "Choose who %1 is, or another username for this Canvas user.")
                                           .arg(student.id, otherCanvasUser));
    }
    match.status = Status::Matched;
    match.studentId = student.id;
    return match;
}

QList<CanvasIdentityMatch> CanvasIdentityMatcher::match(const QList<CanvasPerson> &people) const
{
    QList<CanvasIdentityMatch> matches;
    matches.reserve(people.size());
    QHash<QString, QList<qsizetype>> byUsername; // lower-case username -> indexes of matches
    for (const CanvasPerson &person : people) {
        matches.append(matchOne(person));
        if (matches.back().isResolved()) {
            byUsername[matches.back().studentId.toLower()].append(matches.size() - 1);
        }
    }
    // One username, one Canvas user: a firm link (remembered, decided, lms_user_id) wins over the
    // rule; otherwise nobody gets the username until someone decides.
    for (auto it = byUsername.cbegin(); it != byUsername.cend(); ++it) {
        const QList<qsizetype> &indexes = it.value();
        if (indexes.size() < 2) {
            continue;
        }
        const qsizetype firm =
            std::count_if(indexes.cbegin(), indexes.cend(), [&](qsizetype i) { return isFirm(matches.at(i).status); });
        for (const qsizetype i : indexes) {
            CanvasIdentityMatch &match = matches[i];
            if (firm == 1 && isFirm(match.status)) {
                continue;
            }
            const QString username = match.studentId;
            match.status = Status::Ambiguous;
            match.candidates = {username};
            match.studentId.clear();
            match.reason = tr("%n Canvas user(s) give the username %1. Choose the username of each by hand.", nullptr,
                              int(indexes.size()))
                               .arg(username);
        }
    }
    return matches;
}

} // namespace GradeDesk::Services
