// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <services/core/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace GradeDesk::Services {

/// One file of an ngshare directory tree.
struct NgshareFile {
    QString path; ///< Relative POSIX path, sanitised (NgshareTree::sanitizePath).
    QByteArray content;
    QString md5; ///< Lowercase hex MD5: the server's for downloads, computed for uploads.

    friend bool operator==(const NgshareFile &, const NgshareFile &) = default;
};

/**
 * @brief ngshare's encoded directory tree (`files`: a JSON array of {path, content, checksum}).
 *
 * Both directions are sanitised (the server accepts `a//b`, backslashes and duplicate paths, and
 * serves whatever it stored): a path is a relative POSIX path whose components are not empty after
 * normalising `a//b` to `a/b`, not `.` or `..`, hold no backslash and no control character, and
 * which has no drive letter and no trailing `/`. Refusals are Security errors naming the path.
 *
 * Downloads: content is MIME base64 (a newline every 76 characters), decoded strictly once newlines
 * are removed; every file's MD5 is compared with the server's checksum (Validation when they
 * differ: the bytes were damaged on the way). A malformed entry is a Parse error.
 */
class NgshareTree final
{
    Q_DECLARE_TR_FUNCTIONS(NgshareTree)

public:
    NgshareTree() = delete;

    /// Raw bytes per upload: ngshare's 100 MiB body limit after base64 (x4/3) and form encoding.
    static constexpr qint64 maxUploadBytes = 70LL * 1024 * 1024;

    static Result<QString> sanitizePath(const QString &path);
    static QString md5Hex(const QByteArray &bytes);

    /**
     * Every file below `directory`, recursively, sorted by path. Hidden files and folders (such as
     * .ipynb_checkpoints) are left out, as nbgrader does; a link leading outside `directory` is
     * refused (Security). NotFound when `directory` does not exist, Validation over maxUploadBytes.
     */
    static Result<QList<NgshareFile>> readDirectory(const QString &directory);

    /// The JSON text for a `files` form field: strict padded base64, paths as given. A path that
    /// does not sanitise to itself, or appears twice, is refused.
    static Result<QByteArray> encode(const QList<NgshareFile> &files);

    /**
     * A reply's `files` array, checked entry by entry before anything is returned. When the same
     * path appears twice (the server keeps both copies of a duplicate upload), the last wins and
     * a translated warning is added to `warnings`.
     */
    static Result<QList<NgshareFile>> decode(const QJsonValue &files, QStringList *warnings);
};

} // namespace GradeDesk::Services
