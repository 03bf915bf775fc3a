// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "notebook.h"

#include <QString>
#include <QStringList>

// Pure string work for showing notebook outputs (read-only viewer, feedback HTML). Nothing here runs
// code or fetches anything: widget and JavaScript outputs are never executed.
namespace GradeDesk::Services {

/**
 * @brief Terminal text (tracebacks, coloured test output) as HTML.
 *
 * SGR codes become `<span style="...">`: colours 30-37/90-97 and backgrounds 40-47/100-107 (Jupyter's
 * palette), 256 colours (38;5;n / 48;5;n), true colour (38;2;r;g;b), bold, italic, underline, and the
 * resets 0/22/23/24/39/49. Other escape sequences (cursor moves, OSC titles) are removed, all text is
 * HTML-escaped. Newlines stay "\n"; wrap the result in `<pre>`.
 */
QString ansiToHtml(const QString &text);

/// Escapes & < > " ' for HTML text and attribute values.
QString escapeHtml(QStringView text);

/// Removes every ANSI escape sequence (for plain-text views and logs).
QString stripAnsi(const QString &text);

/**
 * @brief The MIME type a viewer should show for an output; empty when nothing is displayable.
 *
 * display_data / execute_result: the first present of text/html, image/svg+xml, image/png, image/jpeg,
 * text/markdown, text/latex, text/plain (nbconvert's order without PDF). Widget views and
 * application/javascript are never chosen: those fall back to text/plain. Streams and errors give
 * "text/plain" (render text / traceback with ansiToHtml).
 */
QString preferredMimeType(const Output &output);

/// The display priority preferredMimeType() uses, first wins.
QStringList displayPriority();

/**
 * @brief Untrusted output or markdown HTML made safe to show in a local viewer.
 *
 * Removes, with their content: script, style, iframe, frame(set), object, applet, noscript, template.
 * Every other tag outside a fixed list of formatting tags (embed, base, link, meta, svg, form, input,
 * video...) is dropped but its text is kept. Attributes: only a fixed list survives (class, title, alt, width, height,
 * colspan, ...); every on* handler goes; `style` is kept only without url(), expression() or imports.
 * `href` keeps http(s), mailto, fragments and relative links, never javascript:/vbscript:/data:.
 * Image `src` keeps data:image/... and relative paths (also `attachment:`); remote (http(s)://, //) and
 * other schemes are dropped, so nothing is fetched. Entity tricks (`jav&#x61;script:`) and whitespace
 * inside schemes are decoded first. Comments and doctypes are removed.
 */
QString sanitizeHtml(const QString &html);

/// Text cut for display. The viewer shows `text` with a "show all" control when `truncated()`.
struct TruncatedText {
    QString text;
    qsizetype hiddenLines = 0; ///< Lines not in `text` (a partly kept line counts as hidden).
    qsizetype totalLines = 0;

    bool truncated() const { return hiddenLines > 0; }
};

inline constexpr qsizetype kDefaultMaxOutputLines = 1000;       ///< nbgrader's LimitOutput default
inline constexpr qsizetype kDefaultMaxOutputChars = 200 * 1024; ///< guards single huge lines

/// The first `maxLines` lines of `text`, and at most `maxChars` characters of them.
TruncatedText truncateText(const QString &text, qsizetype maxLines = kDefaultMaxOutputLines,
                           qsizetype maxChars = kDefaultMaxOutputChars);

/// The first `maxEntries` traceback entries (nbgrader keeps 100), plus a count of what was cut.
TruncatedText truncateTraceback(const QStringList &traceback, qsizetype maxEntries = 100);

} // namespace GradeDesk::Services
