// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "courseconfig.h"

#include <services/core/logging.h>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace GradeDesk::Services {

namespace {

// A course file is a few kilobytes; anything this large is not one, and reading it would only waste memory.
constexpr qint64 maximumFileSize = 1024 * 1024;

} // namespace

QString CourseConfig::courseDirectory() const
{
    if (!exchange.directory.isEmpty()) {
        return exchange.directory;
    }
    return filePath.isEmpty() ? QString() : QFileInfo(filePath).absolutePath();
}

const AssignmentConfig *CourseConfig::assignment(const QString &name) const
{
    for (const AssignmentConfig &candidate : assignments) {
        if (candidate.name == name) {
            return &candidate;
        }
    }
    return nullptr;
}

Result<LoadedCourseConfig> CourseConfigLoader::load(const QString &path)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (!info.exists()) {
        return ServiceError::make(
            ServiceError::Kind::NotFound,
            tr("The course file %1 does not exist. Check the path or create the course first.").arg(absolute),
            QStringLiteral("no such file: %1").arg(absolute));
    }
    if (!info.isFile() || info.size() > maximumFileSize) {
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("%1 is not a course file (it is a folder or larger than 1 MiB). Choose the "
                                     "course.yaml file of the course.")
                                      .arg(absolute),
                                  QStringLiteral("not a regular file or too large: %1").arg(absolute));
    }
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly)) {
        return ServiceError::make(
            ServiceError::Kind::Io,
            tr("The course file %1 could not be read: %2. Check its permissions.").arg(absolute, file.errorString()),
            QStringLiteral("open %1: %2").arg(absolute, file.errorString()));
    }
    const QByteArray bytes = file.read(maximumFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("The course file %1 could not be read: %2.").arg(absolute, file.errorString()),
                                  QStringLiteral("read %1: %2").arg(absolute, file.errorString()));
    }
    Result<LoadedCourseConfig> loaded = parse(bytes, absolute);
    if (!loaded) {
        qCWarning(lcConfig).noquote() << "loading" << absolute << "failed:" << loaded.error().detail;
    }
    return loaded;
}

Result<void> CourseConfigLoader::save(const CourseConfig &config, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    CourseConfig target = config;
    target.filePath = absolute;
    const QByteArray yaml = serialize(target);
    // Refuse to write what could not be loaded again: the old file stays usable.
    if (const Result<LoadedCourseConfig> check = parse(yaml, absolute); !check) {
        qCWarning(lcConfig).noquote() << "not saving" << absolute << ":" << check.error().detail;
        return check.error();
    }
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        qCWarning(lcConfig).noquote() << "saving" << absolute << "failed:" << reason;
        return ServiceError::make(ServiceError::Kind::Io,
                                  tr("The course file %1 could not be saved: %2. The previous version is unchanged; "
                                     "check the folder's permissions and free space.")
                                      .arg(absolute, reason),
                                  QStringLiteral("save %1: %2").arg(absolute, reason));
    }
    return {};
}

} // namespace GradeDesk::Services
