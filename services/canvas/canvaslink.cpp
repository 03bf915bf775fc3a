// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "canvaslink.h"

namespace GradeDesk::Services {

namespace {

// Reads one `; name=value` / `; name="value"` parameter list up to the next top-level comma.
// Returns the position after that comma (or the end).
qsizetype readParameters(const QByteArray &header, qsizetype pos, QStringList &rels)
{
    while (pos < header.size()) {
        const char c = header.at(pos);
        if (c == ',') {
            return pos + 1;
        }
        if (c != ';') {
            ++pos;
            continue;
        }
        ++pos;
        const qsizetype equals = header.indexOf('=', pos);
        const qsizetype nextSeparator = [&] {
            qsizetype i = pos;
            while (i < header.size() && header.at(i) != ';' && header.at(i) != ',') {
                ++i;
            }
            return i;
        }();
        if (equals < 0 || equals > nextSeparator) {
            pos = nextSeparator;
            continue;
        }
        const QByteArray name = header.mid(pos, equals - pos).trimmed().toLower();
        pos = equals + 1;
        while (pos < header.size() && header.at(pos) == ' ') {
            ++pos;
        }
        QByteArray value;
        if (pos < header.size() && header.at(pos) == '"') {
            const qsizetype close = header.indexOf('"', pos + 1);
            const qsizetype end = close < 0 ? header.size() : close;
            value = header.mid(pos + 1, end - pos - 1);
            pos = close < 0 ? header.size() : close + 1;
        } else {
            qsizetype end = pos;
            while (end < header.size() && header.at(end) != ';' && header.at(end) != ',') {
                ++end;
            }
            value = header.mid(pos, end - pos).trimmed();
            pos = end;
        }
        if (name == "rel") {
            const QList<QByteArray> types = value.simplified().toLower().split(' ');
            for (const QByteArray &type : types) {
                if (!type.isEmpty()) {
                    rels.append(QString::fromLatin1(type));
                }
            }
        }
    }
    return pos;
}

} // namespace

QList<CanvasLink::Entry> CanvasLink::parse(const QByteArray &header, const QUrl &base)
{
    QList<Entry> entries;
    qsizetype pos = 0;
    while (pos < header.size()) {
        const qsizetype open = header.indexOf('<', pos);
        if (open < 0) {
            break;
        }
        const qsizetype close = header.indexOf('>', open + 1);
        if (close < 0) {
            break;
        }
        const QByteArray target = header.mid(open + 1, close - open - 1).trimmed();
        Entry entry;
        pos = readParameters(header, close + 1, entry.rels);
        if (target.isEmpty()) {
            continue;
        }
        const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
        if (!url.isValid()) {
            continue;
        }
        entry.url = base.resolved(url);
        entries.append(entry);
    }
    return entries;
}

QUrl CanvasLink::next(const QByteArray &header, const QUrl &base)
{
    for (const Entry &entry : parse(header, base)) {
        if (entry.rels.contains(QLatin1String("next"))) {
            return entry.url;
        }
    }
    return {};
}

} // namespace GradeDesk::Services
