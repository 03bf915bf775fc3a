// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "clicommands.h"

#include <services/core/translations.h>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GradeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("gradedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRADEDESK_VERSION));
    GradeDesk::Services::installTranslations(app);
    return GradeDesk::Cli::run(QCoreApplication::arguments());
}
