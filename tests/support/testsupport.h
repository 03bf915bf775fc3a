// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace GradeDesk::Tests {

/// The shared fixtures folder (GRADEDESK_FIXTURES_DIR), or an empty string when it is absent.
QString fixturesDir();

/// `fixturesDir()/notebooks/<relative>`; empty when the fixtures are absent.
QString notebookFixture(const QString &relative);

/// A message for QSKIP when the fixtures folder is missing (a user's fresh clone).
QString missingFixturesReason();

/// The project's source and build directories, as CMake configured them.
QString sourceDir();
QString binaryDir();

/// Copies a fixture file or folder into `destination` (fixtures are never changed in place).
bool copyRecursively(const QString &source, const QString &destination);

} // namespace GradeDesk::Tests

/// Skips the current test with a reason when the shared fixtures are not there.
#define GRADEDESK_REQUIRE_FIXTURES()                                                                                   \
    do {                                                                                                               \
        if (GradeDesk::Tests::fixturesDir().isEmpty()) {                                                               \
            QSKIP(qPrintable(GradeDesk::Tests::missingFixturesReason()));                                              \
        }                                                                                                              \
    } while (false)
