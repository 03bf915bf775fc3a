// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "outputrender.h"

#include <array>

namespace GradeDesk::Services {

namespace {

// Jupyter's ANSI palette: normal 0-7, then bright 8-15.
constexpr std::array<const char *, 16> kPalette = {
    "#3E424D", "#E75C58", "#00A250", "#DDB62B", "#208FFB", "#D160C4", "#60C6C8", "#C5C1B4",
    "#282C36", "#B22B31", "#007427", "#B27D12", "#0065CA", "#A03196", "#258F8F", "#A1A6B2",
};

QString rgb(int r, int g, int b)
{
    return QStringLiteral("#%1%2%3")
        .arg(r & 0xFF, 2, 16, QLatin1Char('0'))
        .arg(g & 0xFF, 2, 16, QLatin1Char('0'))
        .arg(b & 0xFF, 2, 16, QLatin1Char('0'));
}

QString color256(int n)
{
    if (n < 0 || n > 255) {
        return {};
    }
    if (n < 16) {
        return QString::fromLatin1(kPalette[size_t(n)]);
    }
    if (n < 232) {
        static constexpr int levels[] = {0, 95, 135, 175, 215, 255};
        const int i = n - 16;
        return rgb(levels[i / 36], levels[(i / 6) % 6], levels[i % 6]);
    }
    const int grey = 8 + 10 * (n - 232);
    return rgb(grey, grey, grey);
}

struct Style {
    QString foreground;
    QString background;
    bool bold = false;
    bool italic = false;
    bool underline = false;

    bool isPlain() const { return foreground.isEmpty() && background.isEmpty() && !bold && !italic && !underline; }

    QString css() const
    {
        QStringList parts;
        if (!foreground.isEmpty()) {
            parts << QStringLiteral("color:") + foreground;
        }
        if (!background.isEmpty()) {
            parts << QStringLiteral("background-color:") + background;
        }
        if (bold) {
            parts << QStringLiteral("font-weight:bold");
        }
        if (italic) {
            parts << QStringLiteral("font-style:italic");
        }
        if (underline) {
            parts << QStringLiteral("text-decoration:underline");
        }
        return parts.join(QLatin1Char(';'));
    }
};

// Extended colour (38/48): consumes "5;n" or "2;r;g;b" after `i`; returns the colour or empty.
QString extendedColor(const QList<int> &codes, qsizetype &i)
{
    if (i + 1 < codes.size() && codes.at(i + 1) == 5 && i + 2 < codes.size()) {
        i += 2;
        return color256(codes.at(i));
    }
    if (i + 1 < codes.size() && codes.at(i + 1) == 2 && i + 4 < codes.size()) {
        const QString color = rgb(codes.at(i + 2), codes.at(i + 3), codes.at(i + 4));
        i += 4;
        return color;
    }
    i = codes.size(); // Malformed: ignore the rest of this sequence.
    return {};
}

void applySgr(Style &style, const QString &parameters)
{
    QList<int> codes;
    for (const QString &part : parameters.split(QLatin1Char(';'))) {
        codes.append(part.isEmpty() ? 0 : part.toInt());
    }
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int code = codes.at(i);
        if (code == 0) {
            style = Style{};
        } else if (code == 1) {
            style.bold = true;
        } else if (code == 3) {
            style.italic = true;
        } else if (code == 4) {
            style.underline = true;
        } else if (code == 22) {
            style.bold = false;
        } else if (code == 23) {
            style.italic = false;
        } else if (code == 24) {
            style.underline = false;
        } else if (code >= 30 && code <= 37) {
            style.foreground = QString::fromLatin1(kPalette[size_t(code - 30)]);
        } else if (code >= 90 && code <= 97) {
            style.foreground = QString::fromLatin1(kPalette[size_t(code - 90 + 8)]);
        } else if (code >= 40 && code <= 47) {
            style.background = QString::fromLatin1(kPalette[size_t(code - 40)]);
        } else if (code >= 100 && code <= 107) {
            style.background = QString::fromLatin1(kPalette[size_t(code - 100 + 8)]);
        } else if (code == 38) {
            style.foreground = extendedColor(codes, i);
        } else if (code == 48) {
            style.background = extendedColor(codes, i);
        } else if (code == 39) {
            style.foreground.clear();
        } else if (code == 49) {
            style.background.clear();
        }
    }
}

// Walks `text`, calling onText for plain runs and onSgr for each "ESC [ ... m" parameter string; every
// other escape sequence is skipped.
template <typename TextFn, typename SgrFn>
void scanAnsi(const QString &text, TextFn onText, SgrFn onSgr)
{
    const qsizetype size = text.size();
    qsizetype runStart = 0;
    qsizetype i = 0;
    while (i < size) {
        if (text.at(i) != QChar(0x1B)) {
            ++i;
            continue;
        }
        onText(QStringView(text).mid(runStart, i - runStart));
        qsizetype j = i + 1;
        if (j < size && text.at(j) == QLatin1Char('[')) {
            ++j;
            const qsizetype paramsStart = j;
            while (j < size && (text.at(j).unicode() < 0x40 || text.at(j).unicode() > 0x7E)) {
                ++j;
            }
            if (j < size && text.at(j) == QLatin1Char('m')) {
                onSgr(text.mid(paramsStart, j - paramsStart));
            }
            j = std::min(j + 1, size);
        } else if (j < size && text.at(j) == QLatin1Char(']')) {
            // OSC: up to BEL or ESC backslash.
            while (j < size && text.at(j) != QChar(0x07) &&
                   !(text.at(j) == QChar(0x1B) && j + 1 < size && text.at(j + 1) == QLatin1Char('\\'))) {
                ++j;
            }
            j = std::min(j + (j < size && text.at(j) == QChar(0x1B) ? 2 : 1), size);
        } else {
            j = std::min(j + 1, size);
        }
        i = j;
        runStart = j;
    }
    onText(QStringView(text).mid(runStart));
}

} // namespace

QString ansiToHtml(const QString &text)
{
    QString html;
    html.reserve(text.size() + text.size() / 4);
    Style style;
    bool spanOpen = false;
    scanAnsi(
        text,
        [&](QStringView run) {
            if (run.isEmpty()) {
                return;
            }
            if (!spanOpen && !style.isPlain()) {
                html += QLatin1String("<span style=\"") % style.css() % QLatin1String("\">");
                spanOpen = true;
            }
            html += escapeHtml(run);
        },
        [&](const QString &parameters) {
            if (spanOpen) {
                html += QLatin1String("</span>");
                spanOpen = false;
            }
            applySgr(style, parameters);
        });
    if (spanOpen) {
        html += QLatin1String("</span>");
    }
    return html;
}

QString stripAnsi(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    scanAnsi(
        text, [&plain](QStringView run) { plain += run; }, [](const QString &) {});
    return plain;
}

QString escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

QStringList displayPriority()
{
    return {QStringLiteral("text/html"),  QStringLiteral("image/svg+xml"), QStringLiteral("image/png"),
            QStringLiteral("image/jpeg"), QStringLiteral("text/markdown"), QStringLiteral("text/latex"),
            QStringLiteral("text/plain")};
}

QString preferredMimeType(const Output &output)
{
    switch (output.type) {
    case Output::Type::Stream:
    case Output::Type::Error:
        return QStringLiteral("text/plain");
    case Output::Type::DisplayData:
    case Output::Type::ExecuteResult:
        for (const QString &mime : displayPriority()) {
            if (output.data.contains(mime)) {
                return mime;
            }
        }
        return {};
    case Output::Type::Unknown:
        break;
    }
    return {};
}

TruncatedText truncateText(const QString &text, qsizetype maxLines, qsizetype maxChars)
{
    TruncatedText result;
    result.totalLines = text.isEmpty() ? 0 : text.count(QLatin1Char('\n')) + (text.endsWith(QLatin1Char('\n')) ? 0 : 1);
    qsizetype cut = text.size();
    qsizetype line = 0;
    for (qsizetype i = 0; i < text.size() && line < maxLines; ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++line;
            if (line == maxLines) {
                cut = i + 1;
            }
        }
    }
    cut = std::min(cut, std::max<qsizetype>(maxChars, 0));
    if (cut >= text.size()) {
        result.text = text;
        return result;
    }
    if (cut > 0 && text.at(cut - 1).isHighSurrogate()) {
        --cut; // never split a surrogate pair
    }
    result.text = text.left(cut);
    const QString kept = result.text;
    const qsizetype keptWholeLines = kept.count(QLatin1Char('\n'));
    result.hiddenLines = result.totalLines - keptWholeLines;
    return result;
}

TruncatedText truncateTraceback(const QStringList &traceback, qsizetype maxEntries)
{
    TruncatedText result;
    result.totalLines = traceback.size();
    const qsizetype kept = std::min(traceback.size(), std::max<qsizetype>(maxEntries, 0));
    result.text = traceback.mid(0, kept).join(QLatin1Char('\n'));
    result.hiddenLines = traceback.size() - kept;
    return result;
}

} // namespace GradeDesk::Services
