// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/gradebook/records.h>

#include <QCoreApplication>
#include <QString>

namespace GradeDesk::Models {

/**
 * @brief Audit events in words, for the history views.
 *
 * what(): one short line per event, e.g. "Applied rubric item “Missing base case (−1)”", "Score 3 → 4",
 * "Comment changed", "Regrade: open → in review", "Name revealed", "Pushed to Canvas: 8.5". details():
 * the old and new values as stored, for a tooltip. An action GradeDesk does not know yet is shown by its
 * name with the values ("canvas sync: 1 → 2"), never dropped.
 */
class AuditWording final
{
    Q_DECLARE_TR_FUNCTIONS(AuditWording)

public:
    AuditWording() = delete;

    static QString what(const Services::AuditEvent &event);
    /// "Before: …\nAfter: …" (parts without a value are left out; "" when neither has one).
    static QString details(const Services::AuditEvent &event);
    /// A regrade state name as users read it: "open" → "open", "in_review" → "in review".
    static QString stateText(const QString &stateName);
    /// A stored number ("-1", "2.5") as shown: "−1", "2.5"; other text unchanged.
    static QString numberText(const QString &stored);
};

} // namespace GradeDesk::Models
