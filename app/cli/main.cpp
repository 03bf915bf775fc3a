// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GradeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("gradedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRADEDESK_VERSION));
    return GradeDesk::Cli::run(QCoreApplication::arguments());
}
