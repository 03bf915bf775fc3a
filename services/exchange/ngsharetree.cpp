// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "ngsharetree.h"

#include "ngsharelogging.h"
#include "pathguard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

using Kind = ServiceError::Kind;

// Shown in messages: control characters would garble a terminal.
QString printable(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        out += c.category() == QChar::Other_Control ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                                                    : QString(c);
    }
    return out;
}

ServiceError refusedPath(const QString &path, const QString &why)
{
    qCWarning(lcNgshare) << "refused tree path" << printable(path) << ":" << why;
    return ServiceError::make(Kind::Security,
                              NgshareTree::tr("The file path \u201c%1\u201d is not allowed (%2); it was refused and "
                                              "nothing was written for it.")
                                  .arg(printable(path), why),
                              QStringLiteral("refused tree path '%1': %2").arg(printable(path), why));
}

ServiceError malformed(qsizetype index, const QString &why)
{
    return ServiceError::make(Kind::Parse,
                              NgshareTree::tr("ngshare sent a malformed file list (entry %1: %2). Try again; if it "
                                              "persists, the server's copy is damaged.")
                                  .arg(index + 1)
                                  .arg(why),
                              QStringLiteral("files[%1]: %2").arg(index).arg(why));
}

} // namespace

Result<QString> NgshareTree::sanitizePath(const QString &path)
{
    if (path.isEmpty()) {
        return refusedPath(path, tr("it is empty"));
    }
    for (const QChar c : path) {
        if (c.category() == QChar::Other_Control) {
            return refusedPath(path, tr("it contains a control character"));
        }
    }
    if (path.contains(QLatin1Char('\\'))) {
        return refusedPath(path, tr("it contains a backslash"));
    }
    if (path.startsWith(QLatin1Char('/'))) {
        return refusedPath(path, tr("it is absolute"));
    }
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).isLetter()) {
        return refusedPath(path, tr("it starts with a drive letter"));
    }
    if (path.endsWith(QLatin1Char('/'))) {
        return refusedPath(path, tr("it names a folder, not a file"));
    }
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String(".") || part == QLatin1String("..")) {
            return refusedPath(path, tr("it contains \u201c%1\u201d").arg(part));
        }
    }
    return parts.join(QLatin1Char('/'));
}

QString NgshareTree::md5Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
}

Result<QList<NgshareFile>> NgshareTree::readDirectory(const QString &directory)
{
    const QFileInfo root(directory);
    if (!root.isDir()) {
        return ServiceError::make(Kind::NotFound, tr("The folder %1 does not exist.").arg(directory),
                                  QStringLiteral("tree root '%1' missing").arg(directory));
    }
    const QDir base(root.absoluteFilePath());
    QList<NgshareFile> files;
    qint64 total = 0;
    // No QDir::Hidden: hidden files and folders are skipped, and so is everything inside them.
    QDirIterator it(base.path(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString absolute = it.next();
        const QString relative = base.relativeFilePath(absolute);
        const Result<QString> clean = sanitizePath(relative);
        if (!clean) {
            return clean.error();
        }
        const Result<QString> inside = resolveInside(base.path(), relative);
        if (!inside) {
            return inside.error();
        }
        QFile file(inside.value());
        if (!file.open(QIODevice::ReadOnly)) {
            return ServiceError::make(Kind::Io, tr("%1 could not be read: %2.").arg(absolute, file.errorString()),
                                      QStringLiteral("read '%1': %2").arg(absolute, file.errorString()));
        }
        total += file.size();
        if (total > maxUploadBytes) {
            return ServiceError::make(Kind::Validation,
                                      tr("The files in %1 add up to more than %2 MiB, more than ngshare accepts "
                                         "in one upload. Remove large data files from the folder.")
                                          .arg(directory)
                                          .arg(maxUploadBytes / (1024 * 1024)),
                                      QStringLiteral("tree over %1 bytes").arg(maxUploadBytes));
        }
        NgshareFile entry;
        entry.path = clean.value();
        entry.content = file.readAll();
        entry.md5 = md5Hex(entry.content);
        files.append(std::move(entry));
    }
    std::sort(files.begin(), files.end(), [](const NgshareFile &a, const NgshareFile &b) { return a.path < b.path; });
    return files;
}

Result<QByteArray> NgshareTree::encode(const QList<NgshareFile> &files)
{
    QJsonArray array;
    QSet<QString> seen;
    for (const NgshareFile &file : files) {
        const Result<QString> clean = sanitizePath(file.path);
        if (!clean) {
            return clean.error();
        }
        if (clean.value() != file.path) {
            return refusedPath(file.path, tr("it is not in its plain form \u201c%1\u201d").arg(clean.value()));
        }
        if (seen.contains(file.path)) {
            return refusedPath(file.path, tr("it appears twice"));
        }
        seen.insert(file.path);
        array.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("content"), QString::fromLatin1(file.content.toBase64())}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Result<QList<NgshareFile>> NgshareTree::decode(const QJsonValue &files, QStringList *warnings)
{
    if (!files.isArray()) {
        return malformed(0, QStringLiteral("\"files\" is not a list"));
    }
    const QJsonArray array = files.toArray();
    QList<NgshareFile> out;
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            return malformed(i, QStringLiteral("not an object"));
        }
        const QJsonObject entry = item.toObject();
        const QJsonValue path = entry.value(QLatin1String("path"));
        const QJsonValue content = entry.value(QLatin1String("content"));
        const QJsonValue checksum = entry.value(QLatin1String("checksum"));
        if (!path.isString() || !content.isString() || !checksum.isString()) {
            return malformed(i, QStringLiteral("path, content and checksum must be strings"));
        }
        const Result<QString> clean = sanitizePath(path.toString());
        if (!clean) {
            return clean.error();
        }
        QByteArray encoded = content.toString().toLatin1();
        encoded.replace('\n', QByteArray()).replace('\r', QByteArray());
        const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            encoded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return malformed(i, QStringLiteral("content of '%1' is not base64").arg(printable(clean.value())));
        }
        NgshareFile file;
        file.path = clean.value();
        file.content = *decoded;
        file.md5 = checksum.toString().toLower();
        const QString actual = md5Hex(file.content);
        if (actual != file.md5) {
            qCWarning(lcNgshare) << "checksum mismatch for" << printable(file.path) << "expected" << file.md5 << "got"
                                 << actual;
            return ServiceError::make(Kind::Validation,
                                      tr("The file \u201c%1\u201d arrived damaged (its MD5 checksum does not match the "
                                         "server's). Nothing was written for it; collect again.")
                                          .arg(printable(file.path)),
                                      QStringLiteral("md5 mismatch for '%1': server %2, received %3")
                                          .arg(printable(file.path), file.md5, actual));
        }
        if (const auto found = indexOf.constFind(file.path); found != indexOf.cend()) {
            if (warnings) {
                warnings->append(
                    tr("The server lists \u201c%1\u201d twice; the last copy was kept.").arg(printable(file.path)));
            }
            out[*found] = std::move(file);
            continue;
        }
        indexOf.insert(file.path, out.size());
        out.append(std::move(file));
    }
    return out;
}

} // namespace GradeDesk::Services
