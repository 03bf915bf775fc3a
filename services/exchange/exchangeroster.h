// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "exchange.h"

#include <services/gradebook/records.h>

#include <QList>
#include <QStringList>

namespace GradeDesk::Services {

/// One student whose exchange record differs from the gradebook's.
struct ExchangeRosterUpdate {
    ExchangePerson before; ///< On the exchange now.
    ExchangePerson after;  ///< What would be sent: the gradebook's values, the exchange's where the gradebook has none.
};

/**
 * @brief The difference between the gradebook's roster and an exchange's, before anything changes.
 *
 * Only adding and updating are ever applied (toSend()): students the exchange has and the gradebook
 * does not, and students dropped in the gradebook, are listed and left as they are, because
 * removing a student from ngshare is a separate, deliberate act. A field the gradebook leaves empty
 * never blanks the exchange's value. Usernames compare exactly (ngshare is case-sensitive).
 */
struct ExchangeRosterDiff {
    QList<ExchangePerson> toAdd;              ///< Active in the gradebook, not on the exchange.
    QList<ExchangeRosterUpdate> toUpdate;     ///< On both; a name or e-mail differs.
    QList<ExchangePerson> onlyOnExchange;     ///< Not in the gradebook at all.
    QList<ExchangePerson> inactiveOnExchange; ///< Dropped (inactive) in the gradebook, still on the exchange.
    /// Gradebook students who teach the course on the exchange: ngshare refuses them as students.
    QStringList instructors;
    int unchanged = 0;

    /// Nothing would be sent.
    bool isEmpty() const { return toAdd.isEmpty() && toUpdate.isEmpty(); }

    /// What a bulk add sends: toAdd, then the updated records, sorted by username.
    QList<ExchangePerson> toSend() const;

    /// Every list sorted by username.
    static ExchangeRosterDiff compute(const QList<StudentRecord> &gradebook, const QList<ExchangePerson> &students,
                                      const QList<ExchangePerson> &instructors);
};

} // namespace GradeDesk::Services
