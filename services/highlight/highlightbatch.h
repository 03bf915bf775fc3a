// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace GradeDesk::Services {

/**
 * @brief Joins several cells into one input for kate-syntax-highlighter and splits its HTML back.
 *
 * The input is each cell preceded by a random marker line. The highlighter writes one output line
 * per input line, so the first output line shows how the marker looks when nothing is open, and
 * every later cell boundary must look exactly the same. A cell that leaves state open (an unclosed
 * triple-quoted string, a Markdown code fence) changes how the next marker is drawn; `split` then
 * refuses the whole batch so the caller highlights the cells one by one, instead of showing colours
 * that depend on the neighbouring cell. The last cell has no marker after it, so a single cell with
 * open state still splits.
 *
 * `split` also checks that the text of every output line equals the cell's line and that the only
 * markup is `<span style="...">`, so what it returns is safe to put into a QTextDocument.
 */
class HighlightBatch final
{
public:
    explicit HighlightBatch(const QStringList &codes);

    QByteArray input() const;

    /// One `<pre>` fragment per cell, or nullopt when the output does not split back exactly.
    std::optional<QStringList> split(const QByteArray &html) const;

    /// The fallback: HTML-escaped text in a `<pre>`, no colours.
    static QString plainHtml(const QString &code);

    /// Lines as the highlighter reads them: "\r\n" and "\r" end lines, a final line break adds no line.
    static QStringList linesOf(const QString &code);

private:
    QString m_marker;
    QList<QStringList> m_cells;
};

} // namespace GradeDesk::Services
