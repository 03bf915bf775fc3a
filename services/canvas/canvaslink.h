// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace GradeDesk::Services {

/**
 * @brief RFC 8288 `Link` headers as Canvas writes them.
 *
 * Canvas joins links with "," (with or without spaces) and may omit rel="last". URLs are opaque
 * (page numbers or bookmarks): GradeDesk follows rel="next" only and never builds page URLs.
 */
class CanvasLink final
{
public:
    struct Entry {
        QUrl url;
        QStringList rels; ///< Lower-case relation types ("next", "last", ...).
    };

    CanvasLink() = delete;

    /// Every well-formed link of the header, relative URLs resolved against `base`. Malformed parts
    /// (no closing ">", no URL) are skipped.
    static QList<Entry> parse(const QByteArray &header, const QUrl &base);
    /// The rel="next" URL, or an empty URL when there is none.
    static QUrl next(const QByteArray &header, const QUrl &base);
};

} // namespace GradeDesk::Services
