// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// sanitizeHtml() from outputrender.h: a tolerant tag scanner with allow-lists. It rebuilds every tag it
// keeps from parsed parts, so malformed markup can never smuggle raw text into a tag.
#include "outputrender.h"

#include <QList>
#include <QSet>

namespace GradeDesk::Services {

namespace {

const QSet<QString> &allowedTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("a"),          QStringLiteral("abbr"),    QStringLiteral("b"),
        QStringLiteral("blockquote"), QStringLiteral("br"),      QStringLiteral("caption"),
        QStringLiteral("center"),     QStringLiteral("code"),    QStringLiteral("col"),
        QStringLiteral("colgroup"),   QStringLiteral("dd"),      QStringLiteral("del"),
        QStringLiteral("details"),    QStringLiteral("div"),     QStringLiteral("dl"),
        QStringLiteral("dt"),         QStringLiteral("em"),      QStringLiteral("figcaption"),
        QStringLiteral("figure"),     QStringLiteral("font"),    QStringLiteral("h1"),
        QStringLiteral("h2"),         QStringLiteral("h3"),      QStringLiteral("h4"),
        QStringLiteral("h5"),         QStringLiteral("h6"),      QStringLiteral("hr"),
        QStringLiteral("i"),          QStringLiteral("img"),     QStringLiteral("ins"),
        QStringLiteral("kbd"),        QStringLiteral("li"),      QStringLiteral("mark"),
        QStringLiteral("ol"),         QStringLiteral("p"),       QStringLiteral("pre"),
        QStringLiteral("q"),          QStringLiteral("s"),       QStringLiteral("samp"),
        QStringLiteral("small"),      QStringLiteral("span"),    QStringLiteral("strike"),
        QStringLiteral("strong"),     QStringLiteral("sub"),     QStringLiteral("summary"),
        QStringLiteral("sup"),        QStringLiteral("table"),   QStringLiteral("tbody"),
        QStringLiteral("td"),         QStringLiteral("tfoot"),   QStringLiteral("th"),
        QStringLiteral("thead"),      QStringLiteral("tr"),      QStringLiteral("tt"),
        QStringLiteral("u"),          QStringLiteral("ul"),      QStringLiteral("var"),
        QStringLiteral("section"),    QStringLiteral("article"), QStringLiteral("header"),
        QStringLiteral("footer"),
    };
    return tags;
}

// Dropped together with everything up to their closing tag.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> tags = {
        QStringLiteral("script"),    QStringLiteral("style"),   QStringLiteral("iframe"),   QStringLiteral("frame"),
        QStringLiteral("frameset"),  QStringLiteral("object"),  QStringLiteral("applet"),   QStringLiteral("noscript"),
        QStringLiteral("template"),  QStringLiteral("noembed"), QStringLiteral("noframes"), QStringLiteral("xmp"),
        QStringLiteral("plaintext"),
    };
    return tags;
}

const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> attributes = {
        QStringLiteral("align"),       QStringLiteral("alt"),         QStringLiteral("border"),
        QStringLiteral("cellpadding"), QStringLiteral("cellspacing"), QStringLiteral("class"),
        QStringLiteral("color"),       QStringLiteral("colspan"),     QStringLiteral("dir"),
        QStringLiteral("face"),        QStringLiteral("height"),      QStringLiteral("href"),
        QStringLiteral("lang"),        QStringLiteral("open"),        QStringLiteral("rowspan"),
        QStringLiteral("scope"),       QStringLiteral("size"),        QStringLiteral("span"),
        QStringLiteral("src"),         QStringLiteral("start"),       QStringLiteral("style"),
        QStringLiteral("title"),       QStringLiteral("type"),        QStringLiteral("valign"),
        QStringLiteral("width"),
    };
    return attributes;
}

struct Attribute {
    QString name;
    QString value; ///< Entity-decoded.
};

// Decodes the character references an attacker can use to hide a scheme (numeric ones and the few
// named ones that matter); others stay as written, which only makes URL checks stricter.
QString decodeEntities(const QString &value)
{
    if (!value.contains(QLatin1Char('&'))) {
        return value;
    }
    QString out;
    qsizetype i = 0;
    while (i < value.size()) {
        if (value.at(i) != QLatin1Char('&')) {
            out += value.at(i++);
            continue;
        }
        qsizetype end = i + 1;
        while (end < value.size() && end - i < 12 &&
               (value.at(end).isLetterOrNumber() || value.at(end) == QLatin1Char('#'))) {
            ++end;
        }
        const QString name = value.mid(i + 1, end - i - 1);
        const qsizetype next = end < value.size() && value.at(end) == QLatin1Char(';') ? end + 1 : end;
        char32_t code = 0;
        bool ok = false;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X"))) {
            code = char32_t(name.mid(2).toUInt(&ok, 16));
        } else if (name.startsWith(QLatin1Char('#'))) {
            code = char32_t(name.mid(1).toUInt(&ok, 10));
        } else {
            static const QList<std::pair<QLatin1String, char32_t>> named = {
                {QLatin1String("amp"), U'&'},  {QLatin1String("lt"), U'<'},       {QLatin1String("gt"), U'>'},
                {QLatin1String("quot"), U'"'}, {QLatin1String("apos"), U'\''},    {QLatin1String("colon"), U':'},
                {QLatin1String("Tab"), U'\t'}, {QLatin1String("NewLine"), U'\n'}, {QLatin1String("sol"), U'/'},
                {QLatin1String("lpar"), U'('}, {QLatin1String("rpar"), U')'},
            };
            for (const auto &[entity, character] : named) {
                if (name == entity) {
                    code = character;
                    ok = true;
                }
            }
        }
        if (ok && code > 0 && code <= 0x10FFFF) {
            out += QString::fromUcs4(&code, 1);
            i = next;
        } else {
            out += value.at(i++);
        }
    }
    return out;
}

// The URL with whitespace and control characters removed and lower-cased: what a browser would use
// to decide the scheme ("java\tscript:" is javascript:).
QString normalizedUrl(const QString &url)
{
    QString out;
    for (const QChar c : url) {
        if (c.unicode() > 0x20) {
            out += c.toLower();
        }
    }
    return out;
}

bool hasScheme(const QString &normalized)
{
    const qsizetype colon = normalized.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return false;
    }
    const qsizetype slash = normalized.indexOf(QLatin1Char('/'));
    const qsizetype question = normalized.indexOf(QLatin1Char('?'));
    const qsizetype hash = normalized.indexOf(QLatin1Char('#'));
    for (const qsizetype other : {slash, question, hash}) {
        if (other >= 0 && other < colon) {
            return false;
        }
    }
    return true;
}

bool isSafeHref(const QString &value)
{
    const QString url = normalizedUrl(value);
    if (!hasScheme(url)) {
        return true; // relative, fragment or protocol-relative link: opening it is the user's choice
    }
    return url.startsWith(QLatin1String("http:")) || url.startsWith(QLatin1String("https:")) ||
           url.startsWith(QLatin1String("mailto:"));
}

bool isSafeImageSource(const QString &value)
{
    const QString url = normalizedUrl(value);
    if (url.startsWith(QLatin1String("//"))) {
        return false; // protocol-relative: remote
    }
    if (!hasScheme(url)) {
        return !url.isEmpty();
    }
    return url.startsWith(QLatin1String("data:image/")) || url.startsWith(QLatin1String("attachment:"));
}

bool isSafeStyle(const QString &value)
{
    const QString style = normalizedUrl(value);
    for (const char *bad :
         {"url(", "expression", "javascript:", "vbscript:", "@import", "behavior", "-moz-binding", "\\"}) {
        if (style.contains(QLatin1String(bad))) {
            return false;
        }
    }
    return true;
}

bool keepAttribute(const QString &tag, const Attribute &attribute)
{
    if (!allowedAttributes().contains(attribute.name)) {
        return false; // includes every on* handler, srcset, formaction, xlink:href...
    }
    if (attribute.name == QLatin1String("href")) {
        return tag == QLatin1String("a") && isSafeHref(attribute.value);
    }
    if (attribute.name == QLatin1String("src")) {
        return tag == QLatin1String("img") && isSafeImageSource(attribute.value);
    }
    if (attribute.name == QLatin1String("style")) {
        return isSafeStyle(attribute.value);
    }
    return true;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char(':');
}

class Sanitizer final
{
    Q_DISABLE_COPY_MOVE(Sanitizer)

public:
    explicit Sanitizer(const QString &html)
        : m_html(html)
    {}

    QString run()
    {
        while (m_pos < m_html.size()) {
            const QChar c = m_html.at(m_pos);
            if (c == QLatin1Char('<')) {
                markup();
            } else if (c == QLatin1Char('>')) {
                m_out += QLatin1String("&gt;");
                ++m_pos;
            } else {
                m_out += c;
                ++m_pos;
            }
        }
        return m_out;
    }

private:
    void markup()
    {
        const QStringView rest = QStringView(m_html).mid(m_pos);
        if (rest.startsWith(QLatin1String("<!--"))) {
            const qsizetype end = m_html.indexOf(QLatin1String("-->"), m_pos + 4);
            m_pos = end < 0 ? m_html.size() : end + 3;
            return;
        }
        if (rest.startsWith(QLatin1String("<!")) || rest.startsWith(QLatin1String("<?"))) {
            const qsizetype end = m_html.indexOf(QLatin1Char('>'), m_pos);
            m_pos = end < 0 ? m_html.size() : end + 1;
            return;
        }
        const bool closing = rest.startsWith(QLatin1String("</"));
        qsizetype i = m_pos + (closing ? 2 : 1);
        const qsizetype nameStart = i;
        while (i < m_html.size() && isNameChar(m_html.at(i))) {
            ++i;
        }
        if (i == nameStart) {
            m_out += QLatin1String("&lt;"); // a lone "<" is text
            ++m_pos;
            return;
        }
        const QString name = m_html.mid(nameStart, i - nameStart).toLower();
        QList<Attribute> attributes;
        bool selfClosing = false;
        i = parseAttributes(i, &attributes, &selfClosing);
        m_pos = i;

        if (droppedWithContent().contains(name)) {
            if (!closing && !selfClosing) {
                skipPast(name);
            }
            return;
        }
        if (!allowedTags().contains(name)) {
            return; // the tag goes, its text stays
        }
        if (closing) {
            m_out += QLatin1String("</") % name % QLatin1Char('>');
            return;
        }
        m_out += QLatin1Char('<') % name;
        for (const Attribute &attribute : std::as_const(attributes)) {
            if (keepAttribute(name, attribute)) {
                m_out += QLatin1Char(' ') % attribute.name % QLatin1String("=\"") % escapeHtml(attribute.value) %
                         QLatin1Char('"');
            }
        }
        m_out += selfClosing ? QLatin1String(" />") : QLatin1String(">");
    }

    // Parses attributes from `i` to just past the tag's ">" (or the end of input).
    qsizetype parseAttributes(qsizetype i, QList<Attribute> *attributes, bool *selfClosing) const
    {
        const qsizetype size = m_html.size();
        while (i < size) {
            const QChar c = m_html.at(i);
            if (c == QLatin1Char('>')) {
                return i + 1;
            }
            if (c == QLatin1Char('/')) {
                *selfClosing = i + 1 < size && m_html.at(i + 1) == QLatin1Char('>');
                ++i;
                continue;
            }
            if (c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('=')) {
                ++i;
                continue;
            }
            const qsizetype nameStart = i;
            while (i < size && !m_html.at(i).isSpace() && m_html.at(i) != QLatin1Char('>') &&
                   m_html.at(i) != QLatin1Char('=') && m_html.at(i) != QLatin1Char('/')) {
                ++i;
            }
            Attribute attribute;
            attribute.name = m_html.mid(nameStart, i - nameStart).toLower();
            while (i < size && m_html.at(i).isSpace()) {
                ++i;
            }
            if (i < size && m_html.at(i) == QLatin1Char('=')) {
                ++i;
                while (i < size && m_html.at(i).isSpace()) {
                    ++i;
                }
                if (i < size && (m_html.at(i) == QLatin1Char('"') || m_html.at(i) == QLatin1Char('\''))) {
                    const QChar quote = m_html.at(i);
                    const qsizetype end = m_html.indexOf(quote, i + 1);
                    const qsizetype stop = end < 0 ? size : end;
                    attribute.value = m_html.mid(i + 1, stop - i - 1);
                    i = end < 0 ? size : end + 1;
                } else {
                    const qsizetype valueStart = i;
                    while (i < size && !m_html.at(i).isSpace() && m_html.at(i) != QLatin1Char('>')) {
                        ++i;
                    }
                    attribute.value = m_html.mid(valueStart, i - valueStart);
                }
            }
            attribute.value = decodeEntities(attribute.value);
            attributes->append(attribute);
        }
        return size;
    }

    void skipPast(const QString &name)
    {
        const QString closing = QLatin1String("</") + name;
        qsizetype at = m_pos;
        while (true) {
            at = m_html.indexOf(closing, at, Qt::CaseInsensitive);
            if (at < 0) {
                m_pos = m_html.size(); // unterminated: drop the rest rather than risk showing it
                return;
            }
            const qsizetype after = at + closing.size();
            if (after >= m_html.size() || !isNameChar(m_html.at(after))) {
                const qsizetype end = m_html.indexOf(QLatin1Char('>'), after);
                m_pos = end < 0 ? m_html.size() : end + 1;
                return;
            }
            at = after;
        }
    }

    const QString &m_html;
    QString m_out;
    qsizetype m_pos = 0;
};

} // namespace

QString sanitizeHtml(const QString &html)
{
    Sanitizer sanitizer(html);
    return sanitizer.run();
}

} // namespace GradeDesk::Services
