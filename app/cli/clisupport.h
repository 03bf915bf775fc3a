// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace GradeDesk::Cli {

/// A plain text table: columns as wide as their widest cell, two spaces apart.
class TextTable final
{
public:
    explicit TextTable(const QStringList &headers);

    void add(const QStringList &cells);
    void print(QTextStream &out) const;

private:
    QList<QStringList> m_rows;
};

/// Where a command's access token may come from, in this order.
struct TokenSource {
    QString file; ///< --token-file; empty when not given.
    const char *environmentVariable = nullptr;
    QString secretKey; ///< The keychain entry (services/secrets).
    QString what;      ///< Translated name of the token, e.g. "Canvas access token".
    /// Translated message for "no token anywhere"; %1 becomes why the keychain had none.
    QString missing;
};

class CliToken final
{
    Q_DECLARE_TR_FUNCTIONS(CliToken)

public:
    CliToken() = delete;

    /// The token from the file, else the environment variable, else the keychain (read synchronously).
    static Services::Result<QString> read(const TokenSource &source);
};

} // namespace GradeDesk::Cli
