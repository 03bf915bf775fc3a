// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "autogradeplacement.h"

#include <services/core/logging.h>
#include <services/exchange/pathguard.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace GradeDesk::Services {

namespace {

ServiceError ioError(const QString &message, const QString &detail)
{
    return ServiceError::make(ServiceError::Kind::Io, message, detail);
}

/// Copies the submission's files (not its top-level notebooks, not links) into `target`.
Result<void> copySubmissionFiles(const QString &submissionDir, const QString &target)
{
    if (submissionDir.isEmpty() || !QFileInfo(submissionDir).isDir()) {
        return {};
    }
    const QDir source(submissionDir);
    QDirIterator it(submissionDir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = source.relativeFilePath(path);
        if (info.isSymLink() || relative.startsWith(QLatin1String(".."))) {
            continue;
        }
        const bool topLevelNotebook =
            !relative.contains(QLatin1Char('/')) && relative.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive);
        const QString destination = target + QLatin1Char('/') + relative;
        if (info.isDir()) {
            QDir().mkpath(destination);
        } else if (!topLevelNotebook && !QFile::copy(path, destination)) {
            return ioError(AutogradePlacement::tr("The file %1 could not be copied into autograded/. Check free space "
                                                  "and permissions, then commit again.")
                               .arg(path),
                           QStringLiteral("copy %1 -> %2 failed").arg(path, destination));
        }
    }
    return {};
}

} // namespace

AutogradePlacement::AutogradePlacement(const QString &courseDir, const QString &assignment, const QString &runId)
    : m_courseDir(courseDir)
    , m_assignment(assignment)
    , m_runId(runId)
{}

AutogradePlacement::~AutogradePlacement()
{
    for (const Staged &staged : std::as_const(m_staged)) {
        QDir(staged.staging).removeRecursively();
    }
}

Result<AutogradePlacement::Staged *> AutogradePlacement::folderFor(const QString &studentId,
                                                                   const QString &submissionDir)
{
    for (Staged &staged : m_staged) {
        if (staged.studentId == studentId) {
            return &staged;
        }
    }
    if (const Result<void> name = checkPathComponent(studentId, tr("student")); !name.ok()) {
        return name.error();
    }
    if (const Result<void> name = checkPathComponent(m_assignment, tr("assignment")); !name.ok()) {
        return name.error();
    }
    const Result<QString> destination =
        resolveInside(m_courseDir, QStringLiteral("autograded/%1/%2").arg(studentId, m_assignment));
    if (!destination.ok()) {
        return destination.error();
    }
    const QString parent = QFileInfo(destination.value()).path();
    Staged staged;
    staged.studentId = studentId;
    staged.destination = destination.value();
    staged.staging = parent + QStringLiteral("/.%1.gradedesk-%2").arg(m_assignment, m_runId);
    QDir(staged.staging).removeRecursively();
    if (!QDir().mkpath(staged.staging)) {
        return ioError(tr("The folder %1 could not be created. Check the permissions of the course's autograded/ "
                          "folder, then commit again.")
                           .arg(parent),
                       QStringLiteral("mkpath %1 failed").arg(staged.staging));
    }
    m_staged.append(staged);
    if (const Result<void> copied = copySubmissionFiles(submissionDir, staged.staging); !copied.ok()) {
        return copied.error();
    }
    return &m_staged.last();
}

Result<void> AutogradePlacement::stage(const QString &studentId, const QString &submissionDir, const QString &notebook,
                                       const QString &executedPath)
{
    if (const Result<void> name = checkPathComponent(notebook, tr("notebook")); !name.ok()) {
        return name.error();
    }
    const Result<Staged *> folder = folderFor(studentId, submissionDir);
    if (!folder.ok()) {
        return folder.error();
    }
    const QString target = folder.value()->staging + QLatin1Char('/') + notebook + QStringLiteral(".ipynb");
    QFile::remove(target);
    if (!QFile::copy(executedPath, target)) {
        return ioError(tr("The executed notebook %1 could not be copied into autograded/. Check free space and "
                          "permissions, then commit again.")
                           .arg(executedPath),
                       QStringLiteral("copy %1 -> %2 failed").arg(executedPath, target));
    }
    ++folder.value()->notebooks;
    return {};
}

int AutogradePlacement::commit(QStringList &warnings)
{
    int placed = 0;
    for (const Staged &staged : std::as_const(m_staged)) {
        const QString aside =
            QFileInfo(staged.destination).path() + QStringLiteral("/.%1.gradedesk-old-%2").arg(m_assignment, m_runId);
        QDir(aside).removeRecursively();
        const bool hadOld = QFileInfo::exists(staged.destination) || QFileInfo(staged.destination).isSymLink();
        if (hadOld && !QDir().rename(staged.destination, aside)) {
            warnings.append(tr("%1: the folder %2 could not be replaced; it keeps the previous autograded notebooks.")
                                .arg(staged.studentId, staged.destination));
            QDir(staged.staging).removeRecursively();
            continue;
        }
        if (!QDir().rename(staged.staging, staged.destination)) {
            if (hadOld) {
                QDir().rename(aside, staged.destination);
            }
            warnings.append(tr("%1: the executed notebooks could not be moved into %2; it keeps the previous "
                               "autograded notebooks.")
                                .arg(staged.studentId, staged.destination));
            QDir(staged.staging).removeRecursively();
            continue;
        }
        if (hadOld) {
            QFileInfo(aside).isSymLink() ? QFile::remove(aside) : QDir(aside).removeRecursively();
        }
        placed += staged.notebooks;
    }
    qCInfo(lcGrading) << "placed" << placed << "executed notebooks for" << m_staged.size() << "students";
    m_staged.clear();
    return placed;
}

} // namespace GradeDesk::Services
