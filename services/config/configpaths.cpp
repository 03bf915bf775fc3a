// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "configpaths.h"

#include <QDir>

namespace GradeDesk::Services::ConfigPaths {

namespace {

// `path` relative to `folder` when it lies inside it (or is it), else an empty string.
QString relativeInside(const QString &path, const QString &folder)
{
    if (folder.isEmpty()) {
        return {};
    }
    const QString cleanFolder = QDir::cleanPath(folder);
    if (path == cleanFolder) {
        return QStringLiteral(".");
    }
    const QString prefix = cleanFolder.endsWith(QLatin1Char('/')) ? cleanFolder : cleanFolder + QLatin1Char('/');
    return path.startsWith(prefix) ? path.mid(prefix.size()) : QString();
}

} // namespace

QString resolve(const QString &text, const QString &baseDir)
{
    if (text.isEmpty()) {
        return {};
    }
    if (text == QLatin1String("~")) {
        return QDir::cleanPath(QDir::homePath());
    }
    if (text.startsWith(QLatin1String("~/"))) {
        return QDir::cleanPath(QDir::homePath() + text.mid(1));
    }
    const QString base = baseDir.isEmpty() ? QDir::currentPath() : baseDir;
    return QDir::cleanPath(QDir(base).absoluteFilePath(text));
}

QString portable(const QString &absolutePath, const QString &baseDir)
{
    if (absolutePath.isEmpty()) {
        return {};
    }
    const QString path = QDir::cleanPath(absolutePath);
    if (const QString relative = relativeInside(path, baseDir); !relative.isEmpty()) {
        // A relative path starting with "~" would read back as the home folder.
        return relative.startsWith(QLatin1Char('~')) ? QStringLiteral("./") + relative : relative;
    }
    if (const QString inHome = relativeInside(path, QDir::homePath()); !inHome.isEmpty()) {
        return inHome == QLatin1String(".") ? QStringLiteral("~") : QStringLiteral("~/") + inHome;
    }
    return path;
}

} // namespace GradeDesk::Services::ConfigPaths
