// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "clicommands.h"

#include <services/core/translations.h>

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GradeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("gradedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRADEDESK_VERSION));
    // stderr is for one-line errors and progress; service logs appear only when asked for.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("gradedesk.*.info=false"));
    }
    GradeDesk::Services::installTranslations(app);
    return GradeDesk::Cli::run(QCoreApplication::arguments());
}
