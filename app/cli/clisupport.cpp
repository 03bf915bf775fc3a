// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "clisupport.h"

#include <services/secrets/secretstore.h>

#include <QEventLoop>
#include <QFile>

#include <algorithm>
#include <optional>

namespace GradeDesk::Cli {

using namespace GradeDesk::Services;

TextTable::TextTable(const QStringList &headers)
    : m_rows({headers})
{}

void TextTable::add(const QStringList &cells)
{
    m_rows.append(cells);
}

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) {
                widths.append(0);
            }
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        }
        out << line.trimmed() << Qt::endl;
    }
}

Result<QString> CliToken::read(const TokenSource &source)
{
    if (!source.file.isEmpty()) {
        QFile file(source.file);
        if (!file.open(QIODevice::ReadOnly)) {
            return ServiceError::make(
                ServiceError::Kind::Io,
                tr("The token file %1 could not be read: %2.").arg(source.file, file.errorString()),
                QStringLiteral("open token file: %1").arg(file.errorString()));
        }
        const QString token = QString::fromUtf8(file.read(64 * 1024)).trimmed();
        if (token.isEmpty()) {
            return ServiceError::make(ServiceError::Kind::Validation,
                                      tr("The token file %1 is empty. Put the %2 in it.").arg(source.file, source.what),
                                      QStringLiteral("empty token file"));
        }
        return token;
    }
    const QString fromEnvironment = qEnvironmentVariable(source.environmentVariable).trimmed();
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    SecretStore store;
    SecretJob *job = store.read(source.secretKey);
    QEventLoop loop;
    std::optional<Result<QString>> secret;
    QObject::connect(job, &SecretJob::finished, &loop, [&loop, &secret](SecretJob *done) {
        secret.emplace(done->result());
        loop.quit();
    });
    loop.exec();
    if (secret->ok() && !secret->value().trimmed().isEmpty()) {
        return secret->value().trimmed();
    }
    return ServiceError::make(
        ServiceError::Kind::Auth,
        source.missing.arg(secret->ok() ? tr("the keychain entry is empty") : secret->error().message),
        QStringLiteral("no token in file, %1 or keychain").arg(QLatin1String(source.environmentVariable)));
}

} // namespace GradeDesk::Cli
