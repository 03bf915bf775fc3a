// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

class QCoreApplication;

namespace GradeDesk::Services {

/// Installs GradeDesk's catalogue for the user's locale (built into each executable under :/i18n).
void installTranslations(QCoreApplication &app);

} // namespace GradeDesk::Services
