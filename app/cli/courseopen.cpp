// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "courseopen.h"

#include <QCoreApplication>

namespace GradeDesk::Cli {

namespace {

class CourseOpen final
{
    Q_DECLARE_TR_FUNCTIONS(CourseOpen)
};

} // namespace

std::variant<Services::CourseConfig, int> loadCourse(CommandContext &context, const QString &command)
{
    if (context.coursePath.isEmpty()) {
        return context.io.usage(CourseOpen::tr("%1 needs --course FILE").arg(command));
    }
    auto loaded = Services::CourseConfigLoader::load(context.coursePath);
    if (!loaded) {
        return context.io.fail(loaded.error());
    }
    for (const Services::ConfigWarning &warning : loaded.value().warnings) {
        context.io.warn(QStringLiteral("%1:%2:%3: %4")
                            .arg(warning.file)
                            .arg(warning.line)
                            .arg(warning.column)
                            .arg(warning.message));
    }
    return std::move(loaded.value().config);
}

std::variant<std::unique_ptr<Services::Gradebook>, int> openGradebook(CommandContext &context,
                                                                      const Services::CourseConfig &config)
{
    auto gradebook = Services::Gradebook::open(config.gradebook, qEnvironmentVariable("GRADEDESK_GRADEBOOK_PASSWORD"));
    if (!gradebook) {
        return context.io.fail(gradebook.error());
    }
    return std::move(gradebook.value());
}

std::variant<OpenCourse, int> openCourse(CommandContext &context, const QString &command)
{
    auto config = loadCourse(context, command);
    if (const int *code = std::get_if<int>(&config)) {
        return *code;
    }
    auto gradebook = openGradebook(context, std::get<Services::CourseConfig>(config));
    if (const int *code = std::get_if<int>(&gradebook)) {
        return *code;
    }
    return OpenCourse{std::move(std::get<Services::CourseConfig>(config)),
                      std::move(std::get<std::unique_ptr<Services::Gradebook>>(gradebook))};
}

QString auditActor(const Services::CourseConfig &config)
{
    if (!config.grader.isEmpty()) {
        return config.grader;
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("gradedesk-cli") : user;
}

} // namespace GradeDesk::Cli
