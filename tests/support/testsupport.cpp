// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace GradeDesk::Tests {

namespace {

QString envPath(const char *name)
{
    return QDir::cleanPath(QString::fromLocal8Bit(qgetenv(name)));
}

// Every test process gets its own config, cache and data directories, so no test reads or writes
// the developer's real settings.
void isolateEnvironment()
{
    static QTemporaryDir home;
    const QString root = home.path();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root + QStringLiteral("/config")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(root + QStringLiteral("/cache")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(root + QStringLiteral("/data")));
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = root + QStringLiteral("/runtime");
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(isolateEnvironment)

QString fixturesDir()
{
    const QString dir = envPath("GRADEDESK_FIXTURES_DIR");
    if (dir.isEmpty() || !QFileInfo(dir + QStringLiteral("/notebooks")).isDir()) {
        return {};
    }
    return dir;
}

QString notebookFixture(const QString &relative)
{
    const QString dir = fixturesDir();
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/notebooks/") + relative;
}

QString missingFixturesReason()
{
    return QStringLiteral("shared fixtures not found at '%1' (set GRADEDESK_FIXTURES_DIR)")
        .arg(QString::fromLocal8Bit(qgetenv("GRADEDESK_FIXTURES_DIR")));
}

QString sourceDir()
{
    return envPath("GRADEDESK_SOURCE_DIR");
}

QString binaryDir()
{
    return envPath("GRADEDESK_BINARY_DIR");
}

bool copyRecursively(const QString &source, const QString &destination)
{
    const QFileInfo info(source);
    if (info.isFile()) {
        QDir().mkpath(QFileInfo(destination).absolutePath());
        QFile::remove(destination);
        return QFile::copy(source, destination) &&
               QFile::setPermissions(destination, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (!info.isDir() || !QDir().mkpath(destination)) {
        return false;
    }
    QDirIterator it(source, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString target = destination + QLatin1Char('/') + QDir(source).relativeFilePath(it.filePath());
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target)) {
                return false;
            }
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        } else if (!QFile::copy(it.filePath(), target) ||
                   !QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return false;
        }
    }
    return true;
}

} // namespace GradeDesk::Tests
