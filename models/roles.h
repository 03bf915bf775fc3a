// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

namespace GradeDesk::Models {

// Roles for every GradeDesk model, declared once. Unscoped because Qt's model API takes int.
enum ItemDataRole {
    RawValueRole = Qt::UserRole, ///< The unformatted value behind DisplayRole (a score as double, a time as QDateTime).
    IdRole,                      ///< The gradebook id of the row's entity.
    StudentIdRole,               ///< The hub username of the row's student (submission rows).
    NameRole,                    ///< The entity's name as stored (an assignment folder name).
};

} // namespace GradeDesk::Models
