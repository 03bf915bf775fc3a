// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "pathguard.h"

#include <services/core/logging.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace GradeDesk::Services {

namespace {

// The translation context for the free functions below.
struct PathGuard {
    Q_DECLARE_TR_FUNCTIONS(PathGuard)
};

bool isInside(const QString &canonicalRoot, const QString &path)
{
    return path == canonicalRoot || canonicalRoot == QLatin1String("/") ||
           path.startsWith(canonicalRoot + QLatin1Char('/'));
}

ServiceError securityError(const QString &message, const QString &detail)
{
    qCWarning(lcExchange) << "refused path:" << detail;
    return ServiceError::make(ServiceError::Kind::Security, message, detail);
}

// Display form of an untrusted name: NUL bytes would cut the message short in C APIs.
QString printable(const QString &text)
{
    QString out = text;
    out.replace(QChar(u'\0'), QStringLiteral("\\0"));
    return out;
}

} // namespace

Result<QString> resolveInside(const QString &root, const QString &relative)
{
    if (relative.contains(QChar(u'\0'))) {
        return securityError(
            PathGuard::tr("The path '%1' contains a NUL character and was refused. Rename the file or folder.")
                .arg(printable(relative)),
            QStringLiteral("NUL byte in relative path '%1'").arg(printable(relative)));
    }
    if (QDir::isAbsolutePath(relative)) {
        return securityError(
            PathGuard::tr("The path '%1' is absolute, but only paths inside '%2' are allowed. It was refused.")
                .arg(relative, root),
            QStringLiteral("absolute path '%1' under root '%2'").arg(relative, root));
    }
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (canonicalRoot.isEmpty() || !QFileInfo(canonicalRoot).isDir()) {
        return ServiceError::make(
            ServiceError::Kind::NotFound,
            PathGuard::tr("The folder '%1' does not exist. Check the course directory setting.").arg(root),
            QStringLiteral("root '%1' does not exist or is not a directory").arg(root));
    }

    const QString cleaned = relative.isEmpty() ? QString() : QDir::cleanPath(relative);
    if (cleaned == QLatin1String("..") || cleaned.startsWith(QLatin1String("../"))) {
        return securityError(
            PathGuard::tr("The path '%1' points outside '%2' and was refused.").arg(relative, root),
            QStringLiteral("'..' escape: '%1' cleans to '%2' under root '%3'").arg(relative, cleaned, canonicalRoot));
    }

    // Walk the components that exist, following links one at a time, so that a link in the middle
    // of the path is checked as well as the final file.
    QString resolved = canonicalRoot;
    const QStringList parts = cleaned.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i) == QLatin1String(".")) {
            continue;
        }
        const QString next = resolved + QLatin1Char('/') + parts.at(i);
        const QFileInfo info(next);
        if (info.isSymLink()) {
            const QString target = info.canonicalFilePath();
            if (target.isEmpty()) {
                return securityError(
                    PathGuard::tr("The path '%1' goes through a broken link ('%2'), so where it leads cannot be "
                                  "checked. It was refused; remove or fix the link.")
                        .arg(relative, next),
                    QStringLiteral("dangling symlink '%1' -> '%2'").arg(next, info.symLinkTarget()));
            }
            if (!isInside(canonicalRoot, target)) {
                return securityError(
                    PathGuard::tr("The path '%1' is a link to '%2', which is outside '%3'. It was refused; "
                                  "copy the files into the course folder instead of linking them.")
                        .arg(relative, target, root),
                    QStringLiteral("symlink '%1' resolves to '%2' outside root '%3'").arg(next, target, canonicalRoot));
            }
            resolved = target;
        } else if (!info.exists()) {
            // Nothing further exists, so nothing further can be a link: the rest is plain names.
            const QStringList rest = parts.mid(i);
            QString tail;
            for (const QString &part : rest) {
                if (part != QLatin1String(".")) {
                    tail += QLatin1Char('/') + part;
                }
            }
            return QString(resolved + tail);
        } else {
            resolved = next;
        }
    }
    return resolved;
}

Result<void> checkPathComponent(const QString &name, const QString &what)
{
    const auto refuse = [&](const QString &why) -> Result<void> {
        return securityError(PathGuard::tr("The %1 name '%2' is not allowed (%3). It was skipped; rename it.")
                                 .arg(what, printable(name), why),
                             QStringLiteral("bad %1 name '%2'").arg(what, printable(name)));
    };
    if (name.isEmpty()) {
        return refuse(PathGuard::tr("it is empty"));
    }
    if (name.startsWith(QLatin1Char('.'))) {
        return refuse(PathGuard::tr("it starts with a dot"));
    }
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\')) {
            return refuse(PathGuard::tr("it contains a path separator"));
        }
        if (c.category() == QChar::Other_Control) {
            return refuse(PathGuard::tr("it contains a control character"));
        }
    }
    return {};
}

} // namespace GradeDesk::Services
