// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "commands.h"

#include <services/config/courseconfig.h>
#include <services/gradebook/gradebook.h>

#include <memory>
#include <variant>

namespace GradeDesk::Cli {

/// A course the command works on: its config and its open gradebook.
struct OpenCourse {
    Services::CourseConfig config;
    std::unique_ptr<Services::Gradebook> gradebook;
};

/// Loads `--course FILE`, printing its warnings; on failure prints why and returns the exit code.
std::variant<Services::CourseConfig, int> loadCourse(CommandContext &context, const QString &command);
/// Opens the config's gradebook. PostgreSQL passwords come from the keychain in the app; headless
/// use reads GRADEDESK_GRADEBOOK_PASSWORD. On failure prints why and returns the exit code.
std::variant<std::unique_ptr<Services::Gradebook>, int> openGradebook(CommandContext &context,
                                                                      const Services::CourseConfig &config);
/// loadCourse, then openGradebook.
std::variant<OpenCourse, int> openCourse(CommandContext &context, const QString &command);
/// Who the audit trail names for changes made from the command line: the course's grader, else the
/// login name.
QString auditActor(const Services::CourseConfig &config);

} // namespace GradeDesk::Cli
