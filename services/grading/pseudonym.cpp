// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "pseudonym.h"

#include <QMessageAuthenticationCode>
#include <QSet>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

constexpr int kMinimumLength = 5;

/// Crockford's base32 digits: no I, L, O or U, so a pseudonym cannot be misread or spell words.
QString crockford(const QByteArray &bytes)
{
    static const char digits[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString out;
    out.reserve(bytes.size() * 8 / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += QLatin1Char(digits[(buffer >> bits) & 0x1f]);
        }
    }
    return out;
}

} // namespace

QHash<QString, QString> Pseudonyms::assign(const QString &courseId, const QStringList &studentIds)
{
    QStringList ids = studentIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

    // The key is the course id, so one student gets unrelated pseudonyms in different courses.
    const QByteArray key = QByteArrayLiteral("gradedesk-pseudonym\x1f") + courseId.toUtf8();
    QHash<QString, QString> result;
    result.reserve(ids.size());
    QSet<QString> used;
    used.reserve(ids.size());
    for (const QString &id : std::as_const(ids)) {
        const QString digits =
            crockford(QMessageAuthenticationCode::hash(id.toUtf8(), key, QCryptographicHash::Sha256));
        // Sorted order decides who keeps the short form on a collision; 51 digits never run out in practice,
        // and the full digest differs for different ids.
        qsizetype length = kMinimumLength;
        QString pseudonym = QStringLiteral("Student ") + digits.left(length);
        while (used.contains(pseudonym) && length < digits.size()) {
            pseudonym = QStringLiteral("Student ") + digits.left(++length);
        }
        used.insert(pseudonym);
        result.insert(id, pseudonym);
    }
    return result;
}

} // namespace GradeDesk::Services
