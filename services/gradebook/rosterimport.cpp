// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "rosterimport.h"

#include "gradebook.h"

#include <services/core/csv.h>

#include <QCoreApplication>
#include <QFile>

namespace GradeDesk::Services {

namespace {

class RosterImport final
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)
};

bool isSafeId(const QString &id)
{
    return !id.isEmpty() && !id.startsWith(QLatin1Char('.')) && !id.contains(QLatin1Char('/')) &&
           !id.contains(QLatin1Char('\\')) && !id.contains(QChar(0));
}

} // namespace

Result<RosterImportReport> importRosterCsv(Gradebook &gradebook, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return ServiceError::make(ServiceError::Kind::Io,
                                  RosterImport::tr("Cannot read the roster %1: %2.").arg(path, file.errorString()));
    }
    auto rows = parseCsv(file.readAll(), path);
    if (!rows) {
        return rows.error();
    }
    const QList<QStringList> &table = rows.value();
    const QStringList header = table.value(0);
    const qsizetype idColumn = header.indexOf(QStringLiteral("id"));
    if (idColumn < 0) {
        return ServiceError::make(
            ServiceError::Kind::Validation,
            RosterImport::tr("The roster %1 has no 'id' column. Its first row must name the columns, e.g. "
                             "id,first_name,last_name,email.")
                .arg(path));
    }
    const auto column = [&header](const char *name) { return header.indexOf(QLatin1String(name)); };
    const qsizetype first = column("first_name");
    const qsizetype last = column("last_name");
    const qsizetype email = column("email");
    const qsizetype lms = column("lms_user_id");

    RosterImportReport report;
    const Result<void> stored = gradebook.transaction([&]() -> Result<void> {
        for (qsizetype i = 1; i < table.size(); ++i) {
            const QStringList &row = table.at(i);
            StudentRecord student;
            student.id = row.value(idColumn).trimmed();
            if (!isSafeId(student.id)) {
                report.warnings
                    << RosterImport::tr("Row %1 left out: '%2' is not a usable student id.").arg(i + 1).arg(student.id);
                continue;
            }
            student.firstName = row.value(first).trimmed();
            student.lastName = row.value(last).trimmed();
            student.email = row.value(email).trimmed();
            student.lmsUserId = row.value(lms).trimmed();
            if (const auto upserted = gradebook.upsertStudent(student); !upserted) {
                return upserted.error();
            }
            ++report.imported;
        }
        return {};
    });
    if (!stored) {
        return stored.error();
    }
    return report;
}

} // namespace GradeDesk::Services
