// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "submissionwriter.h"

#include "ngsharelogging.h"
#include "pathguard.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace GradeDesk::Services {

namespace {

using Kind = ServiceError::Kind;

// timestamp.txt holds one line; anything longer is not a timestamp and is not read whole.
constexpr qint64 maxTimestampSize = 1024;

ServiceError ioError(const QString &message, const QString &detail)
{
    qCWarning(lcNgshare) << "submission write failed:" << detail;
    return ServiceError::make(Kind::Io, message, detail);
}

Result<void> writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return ioError(SubmissionWriter::tr("The folder for %1 could not be created. Check the free space and "
                                            "permissions of the course folder.")
                           .arg(path),
                       QStringLiteral("mkpath for '%1' failed").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(content) != content.size() ||
        !file.flush()) {
        return ioError(SubmissionWriter::tr("%1 could not be written (%2). Check the free space and permissions "
                                            "of the course folder.")
                           .arg(path, file.errorString()),
                       QStringLiteral("write '%1': %2").arg(path, file.errorString()));
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        return ioError(SubmissionWriter::tr("%1 could not be written (%2).").arg(path, file.errorString()),
                       QStringLiteral("close '%1': %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace

QString SubmissionWriter::stagingDirectory(const QString &courseDir)
{
    return QDir(courseDir).filePath(QStringLiteral(".gradedesk/staging"));
}

int SubmissionWriter::cleanStaging(const QString &courseDir, std::chrono::seconds minimumAge)
{
    const QDir staging(stagingDirectory(courseDir));
    if (!staging.exists()) {
        return 0;
    }
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-minimumAge.count());
    int removed = 0;
    const QFileInfoList entries = staging.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink() || entry.lastModified().toUTC() > cutoff) {
            continue;
        }
        if (QDir(entry.absoluteFilePath()).removeRecursively()) {
            ++removed;
        }
    }
    if (removed > 0) {
        qCInfo(lcNgshare) << "removed" << removed << "interrupted downloads from" << staging.path();
    }
    return removed;
}

QString SubmissionWriter::collectedTimestamp(const QString &courseDir, const QString &student,
                                             const QString &assignment)
{
    if (!checkPathComponent(student, QStringLiteral("student")) ||
        !checkPathComponent(assignment, QStringLiteral("assignment"))) {
        return {};
    }
    const Result<QString> path = resolveInside(
        courseDir, QStringLiteral("submitted/%1/%2/%3").arg(student, assignment, QLatin1String(timestampFile)));
    if (!path) {
        return {};
    }
    QFile file(path.value());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.read(maxTimestampSize)).trimmed();
}

Result<void> SubmissionWriter::write(const QString &courseDir, const QString &student, const QString &assignment,
                                     const QList<NgshareFile> &files, const QString &timestamp)
{
    if (const Result<void> ok = checkPathComponent(student, tr("student")); !ok) {
        return ok.error();
    }
    if (const Result<void> ok = checkPathComponent(assignment, tr("assignment")); !ok) {
        return ok.error();
    }
    const Result<QString> target = resolveInside(courseDir, QStringLiteral("submitted/%1/%2").arg(student, assignment));
    if (!target) {
        return target.error();
    }
    const QString stagingRoot = stagingDirectory(courseDir);
    if (!QDir().mkpath(stagingRoot)) {
        return ioError(
            tr("The folder %1 could not be created. Check the permissions of the course folder.").arg(stagingRoot),
            QStringLiteral("mkpath '%1' failed").arg(stagingRoot));
    }
    if (const Result<QString> inside = resolveInside(courseDir, QStringLiteral(".gradedesk/staging")); !inside) {
        return inside.error();
    }

    // Removed on every early return: a failed write leaves nothing behind.
    QTemporaryDir incoming(QDir(stagingRoot).filePath(QStringLiteral("in-XXXXXX")));
    if (!incoming.isValid()) {
        return ioError(tr("No temporary folder could be made in %1 (%2).").arg(stagingRoot, incoming.errorString()),
                       QStringLiteral("QTemporaryDir in '%1': %2").arg(stagingRoot, incoming.errorString()));
    }
    for (const NgshareFile &file : files) {
        const Result<QString> clean = NgshareTree::sanitizePath(file.path);
        if (!clean) {
            return clean.error();
        }
        if (clean.value() == QLatin1String(timestampFile)) {
            continue;
        }
        const Result<QString> destination = resolveInside(incoming.path(), clean.value());
        if (!destination) {
            return destination.error();
        }
        if (const Result<void> written = writeFile(destination.value(), file.content); !written) {
            return written.error();
        }
    }
    if (const Result<void> written =
            writeFile(QDir(incoming.path()).filePath(QLatin1String(timestampFile)), timestamp.toUtf8());
        !written) {
        return written.error();
    }

    const QString parent = QFileInfo(target.value()).absolutePath();
    if (!QDir().mkpath(parent)) {
        return ioError(
            tr("The folder %1 could not be created. Check the permissions of the course folder.").arg(parent),
            QStringLiteral("mkpath '%1' failed").arg(parent));
    }
    QString previous;
    if (QFileInfo::exists(target.value()) || QFileInfo(target.value()).isSymLink()) {
        QTemporaryDir aside(QDir(stagingRoot).filePath(QStringLiteral("old-XXXXXX")));
        if (!aside.isValid()) {
            return ioError(tr("No temporary folder could be made in %1 (%2).").arg(stagingRoot, aside.errorString()),
                           QStringLiteral("QTemporaryDir in '%1': %2").arg(stagingRoot, aside.errorString()));
        }
        aside.setAutoRemove(false);
        previous = aside.path();
        // rename() needs the destination name free: the empty folder only reserved a unique name.
        if (!QDir().rmdir(previous) || !QDir().rename(target.value(), previous)) {
            return ioError(
                tr("The earlier copy in %1 could not be moved aside; nothing was changed.").arg(target.value()),
                QStringLiteral("rename '%1' -> '%2' failed").arg(target.value(), previous));
        }
    }
    if (!QDir().rename(incoming.path(), target.value())) {
        if (!previous.isEmpty()) {
            QDir().rename(previous, target.value());
        }
        return ioError(
            tr("The downloaded submission could not be moved to %1; nothing was changed.").arg(target.value()),
            QStringLiteral("rename '%1' -> '%2' failed").arg(incoming.path(), target.value()));
    }
    incoming.setAutoRemove(false);
    if (!previous.isEmpty() && !QDir(previous).removeRecursively()) {
        qCWarning(lcNgshare) << "could not remove the replaced copy" << previous;
    }
    return {};
}

} // namespace GradeDesk::Services
