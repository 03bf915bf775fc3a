// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace GradeDesk::Services {

/**
 * Parses RFC 4180 CSV (UTF-8, optional BOM, CRLF or LF, quoted fields with doubled quotes and
 * embedded newlines). An unterminated quote, text after a closing quote or invalid UTF-8 is a Parse
 * error naming `pathForMessages` and the line. Blank lines are skipped.
 */
Result<QList<QStringList>> parseCsv(const QByteArray &data, const QString &pathForMessages);

} // namespace GradeDesk::Services
