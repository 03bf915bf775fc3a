// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvasrosterplan.h"

#include <services/exchange/pathguard.h>
#include <services/gradebook/gradebook.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

const QString userKind = QStringLiteral("user");

QStringList sorted(QStringList list)
{
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

int CanvasRosterPlan::Diff::count(bool CanvasRosterChange::*flag) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [flag](const CanvasRosterChange &change) { return change.*flag; }));
}

Result<CanvasRosterPlan> CanvasRosterPlan::build(const CanvasRoster &roster, const Gradebook &gradebook,
                                                 const CanvasConfig &config)
{
    const Result<QList<StudentRecord>> students = gradebook.students();
    if (!students) {
        return students.error();
    }
    const Result<QHash<QString, QStringList>> sections = gradebook.studentSections();
    if (!sections) {
        return sections.error();
    }
    const Result<QHash<QString, QString>> remembered = gradebook.canvasMappings(userKind);
    if (!remembered) {
        return remembered.error();
    }
    QList<CanvasIdentityMatcher::MappingRow> mapping;
    if (config.identity == CanvasConfig::IdentityRule::Mapping) {
        Result<QList<CanvasIdentityMatcher::MappingRow>> read =
            CanvasIdentityMatcher::readMappingFile(config.mappingFile);
        if (!read) {
            return read.error();
        }
        mapping = std::move(read).value();
    }
    return build(roster, config.identity, students.value(), sections.value(), remembered.value(), mapping);
}

CanvasRosterPlan CanvasRosterPlan::build(const CanvasRoster &roster, CanvasConfig::IdentityRule rule,
                                         const QList<StudentRecord> &students,
                                         const QHash<QString, QStringList> &sections,
                                         const QHash<QString, QString> &remembered,
                                         const QList<CanvasIdentityMatcher::MappingRow> &mapping)
{
    CanvasRosterPlan plan;
    plan.m_roster = roster;
    plan.m_students = students;
    plan.m_sections = sections;
    plan.m_remembered = remembered;
    plan.m_matches = CanvasIdentityMatcher(rule, students, remembered, mapping).match(roster.students);
    return plan;
}

Result<void> CanvasRosterPlan::decide(const QString &canvasUserId, const QString &studentId)
{
    const auto match = std::find_if(m_matches.begin(), m_matches.end(), [&](const CanvasIdentityMatch &candidate) {
        return candidate.person.userId == canvasUserId;
    });
    if (match == m_matches.end()) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("Canvas user %1 is not a student of this roster.").arg(canvasUserId),
                                  QStringLiteral("unknown Canvas user %1").arg(canvasUserId));
    }
    const QString wanted = studentId.trimmed();
    if (wanted.isEmpty()) {
        match->status = CanvasIdentityMatch::Status::Unmatched;
        match->studentId.clear();
        match->reason = tr("Left out of this import by the reviewer.");
        return {};
    }
    if (const Result<void> safe = checkPathComponent(wanted, tr("student folder")); !safe) {
        return ServiceError::make(ServiceError::Kind::Validation, safe.error().message, safe.error().detail);
    }
    QString id = wanted;
    for (const StudentRecord &student : std::as_const(m_students)) {
        if (student.id.compare(wanted, Qt::CaseInsensitive) == 0) {
            id = student.id;
        }
    }
    for (const CanvasIdentityMatch &other : std::as_const(m_matches)) {
        if (other.person.userId != canvasUserId && other.studentId.compare(id, Qt::CaseInsensitive) == 0) {
            return ServiceError::make(ServiceError::Kind::Validation,
                                      tr("The username %1 already belongs to Canvas user %2 (%3). Choose another "
                                         "username, or change that student first.")
                                          .arg(id, other.person.userId, other.person.name),
                                      QStringLiteral("username %1 taken by %2").arg(id, other.person.userId));
        }
    }
    match->status = CanvasIdentityMatch::Status::Decided;
    match->studentId = id;
    match->candidates.clear();
    match->reason.clear();
    return {};
}

CanvasRosterPlan::Diff CanvasRosterPlan::diff() const
{
    Diff diff;
    QHash<QString, const StudentRecord *> byId;
    for (const StudentRecord &student : m_students) {
        byId.insert(student.id, &student);
    }
    QSet<QString> present;     // gradebook ids matched to a Canvas student
    QSet<QString> canvasUsers; // every Canvas user id of the roster, resolved or not
    QSet<QString> inReview;    // candidates of unresolved matches: never dropped meanwhile
    for (const CanvasIdentityMatch &match : m_matches) {
        canvasUsers.insert(match.person.userId);
        if (!match.isResolved()) {
            diff.unresolved.append(match);
            for (const QString &candidate : match.candidates) {
                inReview.insert(candidate.toLower());
            }
            continue;
        }
        const CanvasPerson &person = match.person;
        const StudentRecord *existing = byId.value(match.studentId);
        CanvasRosterChange change;
        change.studentId = match.studentId;
        change.canvasUserId = person.userId;
        if (existing) {
            change.before = *existing;
            change.after = *existing;
        } else {
            change.after.id = match.studentId;
        }
        StudentRecord &after = change.after;
        if (!person.name.trimmed().isEmpty() || !person.sortableName.trimmed().isEmpty()) {
            after.firstName = person.firstName();
            after.lastName = person.lastName();
        }
        if (person.email && !person.email->trimmed().isEmpty()) {
            after.email = person.email->trimmed();
        }
        after.lmsUserId = person.userId;
        after.active = true;
        change.sectionsAfter = sorted(person.sectionNames);
        change.sectionsBefore = sorted(m_sections.value(match.studentId));
        change.added = !existing;
        change.reactivated = existing && !existing->active;
        change.sectionsChanged = change.sectionsBefore != change.sectionsAfter;
        change.nameChanged =
            existing && (existing->firstName != after.firstName || existing->lastName != after.lastName);
        change.emailChanged = existing && existing->email != after.email;
        change.linkChanged = existing && existing->lmsUserId != after.lmsUserId;
        present.insert(match.studentId);
        if (change.added || change.reactivated || change.sectionsChanged || change.nameChanged || change.emailChanged ||
            change.linkChanged) {
            diff.changes.append(change);
        } else {
            ++diff.unchanged;
        }
    }
    for (const StudentRecord &student : m_students) {
        if (present.contains(student.id) || !student.active || inReview.contains(student.id.toLower())) {
            continue;
        }
        const QString link = m_remembered.value(student.id, student.lmsUserId);
        if (link.isEmpty()) {
            diff.notInCanvas.append(student.id);
            continue;
        }
        if (canvasUsers.contains(link)) {
            continue; // Their Canvas user is in the roster, still waiting for a decision.
        }
        CanvasRosterChange change;
        change.studentId = student.id;
        change.before = student;
        change.after = student;
        change.after.active = false;
        change.sectionsBefore = change.sectionsAfter = sorted(m_sections.value(student.id));
        change.dropped = true;
        diff.changes.append(change);
    }
    std::sort(diff.changes.begin(), diff.changes.end(),
              [](const CanvasRosterChange &a, const CanvasRosterChange &b) { return a.studentId < b.studentId; });
    diff.notInCanvas.sort();
    return diff;
}

Result<CanvasRosterPlan::Applied> CanvasRosterPlan::apply(Gradebook &gradebook, const QString &who) const
{
    const QString actor = who.trimmed().isEmpty() ? QStringLiteral("gradedesk") : who.trimmed();
    const Diff changes = diff();
    Applied applied;
    const Result<void> done = gradebook.transaction([&]() -> Result<void> {
        for (const CanvasRosterChange &change : changes.changes) {
            if (const Result<void> stored = gradebook.upsertStudent(change.after); !stored) {
                return stored;
            }
            if (!change.dropped && (change.added || change.sectionsChanged)) {
                if (const Result<void> stored = gradebook.setStudentSections(change.studentId, change.sectionsAfter);
                    !stored) {
                    return stored;
                }
            }
            applied.added += change.added ? 1 : 0;
            applied.dropped += change.dropped ? 1 : 0;
            applied.updated += !change.added && !change.dropped ? 1 : 0;
        }
        for (const CanvasIdentityMatch &match : m_matches) {
            if (!match.isResolved() || m_remembered.value(match.studentId) == match.person.userId) {
                continue;
            }
            if (const Result<void> stored = gradebook.setCanvasMapping(userKind, match.studentId, match.person.userId);
                !stored) {
                return stored;
            }
            ++applied.linked;
        }
        const Result<std::optional<std::pair<QString, QString>>> course = gradebook.course();
        const QString courseId = course && course.value() ? course.value()->first : QString();
        const QJsonObject summary{{QStringLiteral("added"), applied.added},
                                  {QStringLiteral("updated"), applied.updated},
                                  {QStringLiteral("dropped"), applied.dropped},
                                  {QStringLiteral("linked"), applied.linked},
                                  {QStringLiteral("unresolved"), int(changes.unresolved.size())}};
        return gradebook.recordAudit(actor, QStringLiteral("canvas_roster"), QStringLiteral("course"), courseId,
                                     QString(),
                                     QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    });
    if (!done) {
        return done.error();
    }
    return applied;
}

} // namespace GradeDesk::Services
