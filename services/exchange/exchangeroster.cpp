// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "exchangeroster.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

bool byUsername(const ExchangePerson &a, const ExchangePerson &b)
{
    return a.username < b.username;
}

// The gradebook's value, or the exchange's when the gradebook has none.
QString merged(const QString &gradebook, const QString &exchange)
{
    return gradebook.isEmpty() ? exchange : gradebook;
}

} // namespace

QList<ExchangePerson> ExchangeRosterDiff::toSend() const
{
    QList<ExchangePerson> out = toAdd;
    for (const ExchangeRosterUpdate &update : toUpdate) {
        out.append(update.after);
    }
    std::sort(out.begin(), out.end(), byUsername);
    return out;
}

ExchangeRosterDiff ExchangeRosterDiff::compute(const QList<StudentRecord> &gradebook,
                                               const QList<ExchangePerson> &students,
                                               const QList<ExchangePerson> &instructors)
{
    ExchangeRosterDiff diff;
    QHash<QString, ExchangePerson> onExchange;
    for (const ExchangePerson &person : students) {
        onExchange.insert(person.username, person);
    }
    QSet<QString> teaching;
    for (const ExchangePerson &person : instructors) {
        teaching.insert(person.username);
    }

    QSet<QString> known;
    for (const StudentRecord &student : gradebook) {
        known.insert(student.id);
        const auto found = onExchange.constFind(student.id);
        if (!student.active) {
            if (found != onExchange.cend()) {
                diff.inactiveOnExchange.append(*found);
            }
            continue;
        }
        if (teaching.contains(student.id)) {
            diff.instructors.append(student.id);
            continue;
        }
        if (found == onExchange.cend()) {
            diff.toAdd.append({student.id, student.firstName, student.lastName, student.email});
            continue;
        }
        const ExchangePerson after{student.id, merged(student.firstName, found->firstName),
                                   merged(student.lastName, found->lastName), merged(student.email, found->email)};
        if (after == *found) {
            ++diff.unchanged;
        } else {
            diff.toUpdate.append({*found, after});
        }
    }
    for (const ExchangePerson &person : students) {
        if (!known.contains(person.username)) {
            diff.onlyOnExchange.append(person);
        }
    }

    std::sort(diff.toAdd.begin(), diff.toAdd.end(), byUsername);
    std::sort(
        diff.toUpdate.begin(), diff.toUpdate.end(),
        [](const ExchangeRosterUpdate &a, const ExchangeRosterUpdate &b) { return byUsername(a.after, b.after); });
    std::sort(diff.onlyOnExchange.begin(), diff.onlyOnExchange.end(), byUsername);
    std::sort(diff.inactiveOnExchange.begin(), diff.inactiveOnExchange.end(), byUsername);
    diff.instructors.sort();
    return diff;
}

} // namespace GradeDesk::Services
