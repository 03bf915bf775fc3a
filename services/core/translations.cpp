// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace GradeDesk::Services {

void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    // English is the source language, but its plural forms ("1 question", "2 questions") live in a
    // catalogue too: it is the fallback for every locale GradeDesk has no translation for.
    if (translator->load(QLocale(), QStringLiteral("gradedesk"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral(":/i18n/gradedesk_en"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

} // namespace GradeDesk::Services
