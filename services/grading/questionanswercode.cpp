// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "questionanswer.h"

namespace GradeDesk::Services {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isQuote(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('"');
}

/// Python's string prefixes (r, b, u, f and t strings and their combinations), any case.
bool isStringPrefix(QStringView word)
{
    static const QStringList prefixes = {QStringLiteral("r"),  QStringLiteral("u"),  QStringLiteral("b"),
                                         QStringLiteral("f"),  QStringLiteral("t"),  QStringLiteral("br"),
                                         QStringLiteral("rb"), QStringLiteral("fr"), QStringLiteral("rf"),
                                         QStringLiteral("tr"), QStringLiteral("rt")};
    return word.size() <= 2 && prefixes.contains(word.toString().toLower());
}

/**
 * The end (exclusive) of the string literal whose opening quote is at `quoteAt`. A backslash always
 * protects the next character (in raw strings too, as Python's tokenizer does). An unterminated
 * single-quoted string ends before the line break, an unterminated triple-quoted one at the end.
 */
qsizetype stringEnd(const QString &code, qsizetype quoteAt)
{
    const QChar quote = code.at(quoteAt);
    const QString triple(3, quote);
    const bool isTriple = QStringView(code).mid(quoteAt, 3) == triple;
    qsizetype k = quoteAt + (isTriple ? 3 : 1);
    while (k < code.size()) {
        const QChar c = code.at(k);
        if (c == QLatin1Char('\\')) {
            k += 2;
            continue;
        }
        if (isTriple) {
            if (QStringView(code).mid(k, 3) == triple) {
                return k + 3;
            }
        } else if (c == quote) {
            return k + 1;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            return k;
        }
        ++k;
    }
    return code.size();
}

/// Writes normalised tokens: one line per logical line, indented by nesting depth (one tab per
/// level), a single space only between two word characters that whitespace separated.
class NormalizedWriter final
{
public:
    void startLogicalLine(int column)
    {
        while (m_indents.size() > 1 && column < m_indents.constLast()) {
            m_indents.removeLast();
        }
        if (column > m_indents.constLast()) {
            m_indents.append(column);
        }
        m_newLine = true;
    }

    void space() { m_pendingSpace = true; }

    void token(QStringView text)
    {
        if (m_newLine) {
            if (!m_out.isEmpty()) {
                m_out += QLatin1Char('\n');
            }
            m_out += QString(m_indents.size() - 1, QLatin1Char('\t'));
            m_newLine = false;
        } else if (m_pendingSpace && !m_out.isEmpty() && isWordChar(m_out.back()) && isWordChar(text.front())) {
            m_out += QLatin1Char(' ');
        }
        m_pendingSpace = false;
        m_out += text;
    }

    QString result() const { return m_out; }

private:
    QString m_out;
    QList<int> m_indents{0};
    bool m_newLine = true;
    bool m_pendingSpace = false;
};

} // namespace

QString QuestionAnswers::normalizeCode(const QString &code)
{
    NormalizedWriter writer;
    int brackets = 0;
    bool continuation = false;
    bool measuring = true; // at the start of a physical line that begins a logical line
    int column = 0;
    qsizetype i = 0;
    const qsizetype n = code.size();
    while (i < n) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            i += (c == QLatin1Char('\r') && i + 1 < n && code.at(i + 1) == QLatin1Char('\n')) ? 2 : 1;
            if (brackets == 0 && !continuation) {
                measuring = true;
                column = 0;
            } else {
                writer.space();
            }
            continuation = false;
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\f')) {
            if (measuring) {
                column = c == QLatin1Char('\t') ? column + 8 - column % 8 : (c == QLatin1Char('\f') ? 0 : column + 1);
            } else {
                writer.space();
            }
            ++i;
            continue;
        }
        if (c == QLatin1Char('#')) {
            while (i < n && code.at(i) != QLatin1Char('\n') && code.at(i) != QLatin1Char('\r')) {
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < n &&
            (code.at(i + 1) == QLatin1Char('\n') || code.at(i + 1) == QLatin1Char('\r'))) {
            continuation = true;
            writer.space();
            ++i;
            continue;
        }
        if (measuring) {
            writer.startLogicalLine(column);
            measuring = false;
        }
        if (isQuote(c)) {
            const qsizetype end = stringEnd(code, i);
            writer.token(QStringView(code).mid(i, end - i));
            i = end;
            continue;
        }
        if (isWordChar(c)) {
            qsizetype end = i;
            while (end < n && isWordChar(code.at(end))) {
                ++end;
            }
            if (end < n && isQuote(code.at(end)) && isStringPrefix(QStringView(code).mid(i, end - i))) {
                end = stringEnd(code, end);
            }
            writer.token(QStringView(code).mid(i, end - i));
            i = end;
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            ++brackets;
        } else if ((c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) && brackets > 0) {
            --brackets;
        }
        writer.token(QStringView(code).mid(i, 1));
        ++i;
    }
    return writer.result();
}

} // namespace GradeDesk::Services
