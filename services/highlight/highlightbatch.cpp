// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "highlightbatch.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace GradeDesk::Services {

namespace {

// The text of one output line: tags removed, the entities Qt's toHtmlEscaped() writes decoded.
// nullopt when the line holds markup other than styled spans or an entity we do not expect.
std::optional<QString> textOfLine(const QString &line)
{
    static const QRegularExpression span(QStringLiteral(R"(<span style="[^"<>]*">|</span>)"));
    QString text = line;
    text.remove(span);
    if (text.contains(QLatin1Char('<')) || text.contains(QLatin1Char('>'))) {
        return std::nullopt;
    }
    QString decoded;
    decoded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            decoded += text.at(i);
            continue;
        }

        static const struct {
            QLatin1String entity;
            QChar character;
        } entities[] = {{QLatin1String("&lt;"), QLatin1Char('<')},
                        {QLatin1String("&gt;"), QLatin1Char('>')},
                        {QLatin1String("&amp;"), QLatin1Char('&')},
                        {QLatin1String("&quot;"), QLatin1Char('"')},
                        {QLatin1String("&#39;"), QLatin1Char('\'')}};

        bool known = false;
        for (const auto &entry : entities) {
            if (QStringView(text).mid(i).startsWith(entry.entity)) {
                decoded += entry.character;
                i += entry.entity.size() - 1;
                known = true;
                break;
            }
        }
        if (!known) {
            return std::nullopt;
        }
    }
    return decoded;
}

} // namespace

HighlightBatch::HighlightBatch(const QStringList &codes)
{
    // Random per batch, so no cell can contain it by accident (checked anyway in split()).
    m_marker = QStringLiteral("gradedesk_cell_break_%1")
                   .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    for (const QString &code : codes) {
        m_cells.append(linesOf(code));
    }
}

QStringList HighlightBatch::linesOf(const QString &code)
{
    QString text = code;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (text.isEmpty()) {
        return {};
    }
    if (text.endsWith(QLatin1Char('\n'))) {
        text.chop(1);
    }
    return text.split(QLatin1Char('\n'));
}

QByteArray HighlightBatch::input() const
{
    QStringList lines;
    for (const QStringList &cell : m_cells) {
        lines.append(m_marker);
        lines += cell;
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

std::optional<QStringList> HighlightBatch::split(const QByteArray &html) const
{
    const QString output = QString::fromUtf8(html);
    const qsizetype preStart = output.indexOf(QLatin1String("<pre>\n"));
    const qsizetype preEnd = output.lastIndexOf(QLatin1String("</pre>"));
    if (preStart < 0 || preEnd < preStart) {
        return std::nullopt;
    }
    // The body's style carries the theme's default text and background colours.
    static const QRegularExpression bodyStyle(QStringLiteral(R"re(<body style="([#(),.;:a-zA-Z0-9 -]*)">)re"));
    const QRegularExpressionMatch body = bodyStyle.match(output);
    const QString open =
        body.hasMatch() ? QStringLiteral("<pre style=\"%1\">").arg(body.captured(1)) : QStringLiteral("<pre>");

    QStringList lines = output.mid(preStart + 6, preEnd - preStart - 6).split(QLatin1Char('\n'));
    if (lines.isEmpty() || !lines.last().isEmpty()) {
        return std::nullopt;
    }
    lines.removeLast();
    if (lines.isEmpty() || textOfLine(lines.front()) != m_marker) {
        return std::nullopt;
    }
    const QString separator = lines.front();
    QStringList result;
    qsizetype next = 1;
    for (qsizetype index = 0; index < m_cells.size(); ++index) {
        if (index > 0 && (next >= lines.size() || lines.at(next++) != separator)) {
            return std::nullopt;
        }
        QStringList htmlLines;
        for (const QString &expected : m_cells.at(index)) {
            if (next >= lines.size() || expected.contains(m_marker) || textOfLine(lines.at(next)) != expected) {
                return std::nullopt;
            }
            htmlLines.append(lines.at(next++));
        }
        result.append(open + htmlLines.join(QLatin1Char('\n')) + QStringLiteral("</pre>"));
    }
    if (next != lines.size()) {
        return std::nullopt;
    }
    return result;
}

QString HighlightBatch::plainHtml(const QString &code)
{
    return QStringLiteral("<pre>") + linesOf(code).join(QLatin1Char('\n')).toHtmlEscaped() + QStringLiteral("</pre>");
}

} // namespace GradeDesk::Services
