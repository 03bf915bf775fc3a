// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
//
// ReleaseGenerator::generateAssignment: the file side of nbgrader's generate_assignment
// (BaseConverter.init_notebooks, init_assignment and set_permissions), written all or nothing.
#include "notebookreader.h"
#include "notebookwriter.h"
#include "releasegenerator.h"

#include <services/core/logging.h>
#include <services/exchange/pathguard.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

namespace GradeDesk::Services {

namespace {

constexpr QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadGroup |
                                               QFileDevice::ReadOther;
constexpr QFileDevice::Permissions kDirMode =
    kFileMode | QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup | QFileDevice::ExeOther;

// Python's glob for one name: a pattern without wildcards names one entry exactly; `*`, `?` and
// `[...]` never match a leading dot unless the pattern starts with one.
bool matchesGlob(const QString &name, const QString &pattern)
{
    static const QRegularExpression magic(QStringLiteral("[*?[]"));
    if (!pattern.contains(magic)) {
        return name == pattern;
    }
    if (name.startsWith(QLatin1Char('.')) && !pattern.startsWith(QLatin1Char('.'))) {
        return false;
    }
    const QRegularExpression expression(QRegularExpression::wildcardToRegularExpression(pattern));
    return expression.match(name).hasMatch();
}

bool matchesAny(const QString &name, const QStringList &patterns)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&name](const QString &pattern) { return matchesGlob(name, pattern); });
}

ServiceError ioError(const QString &message, const QString &detail)
{
    return ServiceError::make(ServiceError::Kind::Io, message, detail);
}

Result<void> checkFolderName(const QString &name, const QString &what)
{
    auto checked = checkPathComponent(name, what);
    if (!checked) {
        return checked;
    }
    if (name.contains(QLatin1Char('+'))) {
        return ServiceError::make(ServiceError::Kind::Validation,
                                  ReleaseGenerator::tr("The %1 \"%2\" contains \"+\", which nbgrader does not allow "
                                                       "in assignment names. Rename the folder.")
                                      .arg(what, name),
                                  QStringLiteral("'+' in %1 name '%2'").arg(what, name));
    }
    return {};
}

// What the source folder holds, sorted the way nbgrader walks and sorts it.
struct SourcePlan {
    QStringList notebooks; ///< Top-level *.ipynb, relative (= file names).
    QStringList files;     ///< Everything else to copy, relative.
    QStringList skipped;
    QStringList warnings;
};

class SourceScanner final
{
    Q_DISABLE_COPY_MOVE(SourceScanner)

public:
    explicit SourceScanner(const ReleaseOptions &options)
        : m_ignore(options.ignore)
    {}

    SourcePlan scan(const QString &root)
    {
        walk(root, QString());
        std::sort(m_plan.notebooks.begin(), m_plan.notebooks.end());
        std::sort(m_plan.files.begin(), m_plan.files.end());
        return m_plan;
    }

private:
    void walk(const QString &absoluteDir, const QString &relativeDir)
    {
        const QFileInfoList entries =
            QDir(absoluteDir)
                .entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString name = entry.fileName();
            const QString relative = relativeDir.isEmpty() ? name : relativeDir + QLatin1Char('/') + name;
            if (matchesAny(name, m_ignore)) {
                m_plan.skipped.append(relative);
                continue;
            }
            if (entry.isDir() && !entry.isSymLink()) {
                walk(entry.absoluteFilePath(), relative);
            } else if (entry.isDir()) {
                // os.walk does not follow links to folders and does not list them as files.
                m_plan.skipped.append(relative);
                m_plan.warnings.append(ReleaseGenerator::tr("%1 is a link to a folder, and nbgrader does not copy "
                                                            "linked folders; it was left out. Copy the folder into "
                                                            "the assignment instead.")
                                           .arg(relative));
            } else if (matchesGlob(name, QStringLiteral("*.ipynb"))) {
                if (relativeDir.isEmpty()) {
                    m_plan.notebooks.append(relative);
                } else {
                    m_plan.skipped.append(relative);
                    m_plan.warnings.append(ReleaseGenerator::tr("%1 is in a subfolder, and nbgrader releases only "
                                                                "the notebooks at the top of the assignment folder; "
                                                                "it was left out.")
                                               .arg(relative));
                }
            } else {
                m_plan.files.append(relative);
            }
        }
    }

    const QStringList &m_ignore;
    SourcePlan m_plan;
};

struct ReleasedFile {
    QString name;
    Notebook notebook;
};

Result<QList<ReleasedFile>> generateAll(const QString &root, const SourcePlan &plan, const ReleaseOptions &options,
                                        ReleaseReport &report)
{
    QList<ReleasedFile> released;
    for (const QString &name : plan.notebooks) {
        auto path = resolveInside(root, name);
        if (!path) {
            return path.error();
        }
        auto source = NotebookReader::readFile(path.value());
        if (!source) {
            return source.error();
        }
        QList<ReleaseCellRecord> records;
        auto notebook = ReleaseGenerator::generateNotebook(source.value(), options, &records);
        if (!notebook) {
            return notebook.error();
        }
        report.warnings.append(notebook.value().warnings);
        report.gradebookCells.insert(QFileInfo(name).completeBaseName(), records);
        released.append({name, std::move(notebook).value()});
    }
    return released;
}

Result<void> copyInto(const QString &sourceRoot, const QString &stagingRoot, const QString &relative)
{
    auto from = resolveInside(sourceRoot, relative);
    if (!from) {
        return from.error();
    }
    if (!QFileInfo(from.value()).isFile()) {
        return ServiceError::make(ServiceError::Kind::Validation,
                                  ReleaseGenerator::tr("%1 in the assignment folder is not an ordinary file (a device, "
                                                       "socket or pipe), so it cannot be released. Remove it.")
                                      .arg(relative),
                                  QStringLiteral("not a regular file: %1").arg(from.value()));
    }
    auto to = resolveInside(stagingRoot, relative);
    if (!to) {
        return to.error();
    }
    const QString folder = QFileInfo(to.value()).absolutePath();
    if (!QDir().mkpath(folder)) {
        return ioError(ReleaseGenerator::tr("Could not create the folder %1. Check the disk space and your rights "
                                            "in the release folder.")
                           .arg(QDir::toNativeSeparators(folder)),
                       QStringLiteral("mkpath %1").arg(folder));
    }
    QFile source(from.value());
    if (!source.copy(to.value())) {
        return ioError(ReleaseGenerator::tr("Could not copy %1 into the release: %2. Check the disk space and your "
                                            "rights in the release folder.")
                           .arg(relative, source.errorString()),
                       QStringLiteral("copy %1 -> %2: %3").arg(from.value(), to.value(), source.errorString()));
    }
    QFile::setPermissions(to.value(), kFileMode);
    return {};
}

Result<void> writeRelease(const QString &sourceRoot, const QString &stagingRoot, const QList<ReleasedFile> &released,
                          const SourcePlan &plan)
{
    for (const QString &relative : plan.files) {
        if (auto copied = copyInto(sourceRoot, stagingRoot, relative); !copied) {
            return copied;
        }
    }
    for (const ReleasedFile &file : released) {
        auto to = resolveInside(stagingRoot, file.name);
        if (!to) {
            return to.error();
        }
        if (auto written = NotebookWriter::writeFile(file.notebook, to.value()); !written) {
            return written;
        }
        QFile::setPermissions(to.value(), kFileMode);
    }
    QFile::setPermissions(stagingRoot, kDirMode);
    return {};
}

ServiceError alreadyReleased(const QString &releaseDir)
{
    return ServiceError::make(ServiceError::Kind::Conflict,
                              ReleaseGenerator::tr("%1 already exists, and a release is never overwritten. Remove "
                                                   "that folder first if you really mean to release again.")
                                  .arg(QDir::toNativeSeparators(releaseDir)),
                              QStringLiteral("release folder exists: %1").arg(releaseDir));
}

bool pathExists(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

} // namespace

Result<ReleaseReport> ReleaseGenerator::generateAssignment(const QString &sourceDir, const QString &releaseDir,
                                                           const ReleaseOptions &options)
{
    const QString sourcePath = QDir::cleanPath(QFileInfo(sourceDir).absoluteFilePath());
    const QString releasePath = QDir::cleanPath(QFileInfo(releaseDir).absoluteFilePath());
    if (!QFileInfo(sourcePath).isDir()) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("The assignment folder %1 does not exist. Check the course's source folder.")
                                      .arg(QDir::toNativeSeparators(sourcePath)),
                                  QStringLiteral("source folder missing: %1").arg(sourcePath));
    }
    if (auto name = checkFolderName(QFileInfo(sourcePath).fileName(), tr("assignment folder")); !name) {
        return name.error();
    }
    if (auto name = checkFolderName(QFileInfo(releasePath).fileName(), tr("release folder")); !name) {
        return name.error();
    }
    if (pathExists(releasePath)) {
        return alreadyReleased(releasePath);
    }
    const QString sourceRoot = QFileInfo(sourcePath).canonicalFilePath();

    SourceScanner scanner(options);
    const SourcePlan plan = scanner.scan(sourceRoot);
    if (plan.notebooks.isEmpty()) {
        return ServiceError::make(ServiceError::Kind::NotFound,
                                  tr("There is no notebook (.ipynb) at the top of %1, so there is nothing to release. "
                                     "Put the assignment's notebooks there.")
                                      .arg(QDir::toNativeSeparators(sourcePath)),
                                  QStringLiteral("no *.ipynb in %1").arg(sourcePath));
    }

    ReleaseReport report;
    report.releaseDir = releasePath;
    report.notebooks = plan.notebooks;
    report.copiedFiles = plan.files;
    report.skippedFiles = plan.skipped;
    report.warnings = plan.warnings;
    auto released = generateAll(sourceRoot, plan, options, report);
    if (!released) {
        return released.error();
    }

    const QString parent = QFileInfo(releasePath).absolutePath();
    if (!QDir().mkpath(parent)) {
        return ioError(tr("Could not create the folder %1. Check your rights in the course folder.")
                           .arg(QDir::toNativeSeparators(parent)),
                       QStringLiteral("mkpath %1").arg(parent));
    }
    QTemporaryDir staging(parent + QStringLiteral("/.") + QFileInfo(releasePath).fileName() +
                          QStringLiteral(".release-XXXXXX"));
    if (!staging.isValid()) {
        return ioError(tr("Could not create a temporary folder in %1: %2. Check the disk space and your rights there.")
                           .arg(QDir::toNativeSeparators(parent), staging.errorString()),
                       QStringLiteral("QTemporaryDir in %1: %2").arg(parent, staging.errorString()));
    }
    if (auto written = writeRelease(sourceRoot, staging.path(), released.value(), plan); !written) {
        return written.error();
    }
    // Checked again: another release may have finished while this one was written.
    if (pathExists(releasePath)) {
        return alreadyReleased(releasePath);
    }
    if (!QDir().rename(staging.path(), releasePath)) {
        if (pathExists(releasePath)) {
            return alreadyReleased(releasePath);
        }
        return ioError(tr("Could not move the finished release into %1. Check your rights in the course folder.")
                           .arg(QDir::toNativeSeparators(releasePath)),
                       QStringLiteral("rename %1 -> %2 failed").arg(staging.path(), releasePath));
    }
    staging.setAutoRemove(false);
    qCInfo(lcNotebook) << "released" << sourcePath << "to" << releasePath << "notebooks:" << report.notebooks.size()
                       << "files:" << report.copiedFiles.size();
    return report;
}

} // namespace GradeDesk::Services
