// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "jupyterjson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace GradeDesk::Services {

namespace {

// A trie of JSON pointers, so the serialiser follows only the branches that lead to a marked number
// instead of building a path string for every value of a multi-megabyte notebook.
class PathTrie final
{
public:
    explicit PathTrie(const QStringList &paths)
    {
        m_nodes.emplace_back();
        for (const QString &path : paths) {
            int node = 0;
            const QStringList segments = path.split(QLatin1Char('/'));
            // A pointer starts with "/", so the first segment is empty.
            for (qsizetype i = 1; i < segments.size(); ++i) {
                const QString segment = unescape(segments.at(i));
                const auto found = m_nodes[node].children.constFind(segment);
                if (found != m_nodes[node].children.constEnd()) {
                    node = found.value();
                } else {
                    const int child = int(m_nodes.size());
                    m_nodes[node].children.insert(segment, child);
                    m_nodes.emplace_back();
                    node = child;
                }
            }
            m_nodes[node].terminal = true;
        }
    }

    /// The child node for `segment`, or -1 (no marked number below).
    int child(int node, const QString &segment) const
    {
        if (node < 0) {
            return -1;
        }
        return m_nodes[node].children.value(segment, -1);
    }

    bool isTerminal(int node) const { return node >= 0 && m_nodes[node].terminal; }

private:
    static QString unescape(QString segment)
    {
        segment.replace(QStringLiteral("~1"), QStringLiteral("/"));
        segment.replace(QStringLiteral("~0"), QStringLiteral("~"));
        return segment;
    }

    struct Node {
        QHash<QString, int> children;
        bool terminal = false;
    };

    std::vector<Node> m_nodes;
};

void appendIndent(QByteArray &out, int depth)
{
    out.append('\n');
    out.append(depth, ' ');
}

void appendString(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        out.append(utf8.constData() + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xF]);
            break;
        }
    }
    out.append(utf8.constData() + runStart, utf8.size() - runStart);
    out.append('"');
}

void appendNumber(QByteArray &out, const QJsonValue &value, bool writeAsFloat)
{
    const double number = value.toDouble();
    // QJsonValue keeps every whole number that fits as an integer, so this matches what was parsed.
    const bool whole = std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < 9.2e18;
    if (whole && !writeAsFloat) {
        out.append(QByteArray::number(value.toInteger()));
        return;
    }
    out.append(pythonFloatRepr(number).toLatin1());
}

void appendValue(QByteArray &out, const QJsonValue &value, int depth, const PathTrie &trie, int node)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double:
        appendNumber(out, value, trie.isTerminal(node));
        return;
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0) {
                out.append(',');
            }
            appendIndent(out, depth + 1);
            appendValue(out, array.at(i), depth + 1, trie, trie.child(node, QString::number(i)));
        }
        appendIndent(out, depth);
        out.append(']');
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out.append("{}");
            return;
        }
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end());
        out.append('{');
        bool first = true;
        for (const QString &key : std::as_const(keys)) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendIndent(out, depth + 1);
            appendString(out, key);
            out.append(": ");
            appendValue(out, object.value(key), depth + 1, trie, trie.child(node, key));
        }
        appendIndent(out, depth);
        out.append('}');
        return;
    }
    }
}

bool isSplitLineBreak(QChar c)
{
    switch (c.unicode()) {
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x1C:
    case 0x1D:
    case 0x1E:
    case 0x85:
    case 0x2028:
    case 0x2029:
        return true;
    default:
        return false;
    }
}

// Decodes a key as written between quotes; keys with escapes are rare, so Qt's parser does those.
QString decodeKey(const QByteArray &json, qsizetype begin, qsizetype end)
{
    const QByteArray raw = json.mid(begin, end - begin);
    if (!raw.contains('\\')) {
        return QString::fromUtf8(raw);
    }
    const QJsonDocument document = QJsonDocument::fromJson('[' + json.mid(begin - 1, end - begin + 2) + ']');
    return document.array().at(0).toString();
}

// Index just past the closing quote of the string whose opening quote is at `open`.
qsizetype skipString(const QByteArray &json, qsizetype open)
{
    qsizetype i = open + 1;
    while (i < json.size()) {
        const char c = json.at(i);
        if (c == '\\') {
            i += 2;
            continue;
        }
        ++i;
        if (c == '"') {
            break;
        }
    }
    return std::min(i, json.size());
}

} // namespace

QString pythonFloatRepr(double value)
{
    if (std::isnan(value)) {
        return QStringLiteral("nan");
    }
    if (std::isinf(value)) {
        return value < 0 ? QStringLiteral("-inf") : QStringLiteral("inf");
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value, std::chars_format::scientific);
    const QString scientific = QString::fromLatin1(buffer, result.ptr - buffer);
    const qsizetype ePos = scientific.indexOf(QLatin1Char('e'));
    QString mantissa = scientific.left(ePos);
    const int exponent = scientific.mid(ePos + 1).toInt();
    QString sign;
    if (mantissa.startsWith(QLatin1Char('-'))) {
        sign = QStringLiteral("-");
        mantissa.remove(0, 1);
    }
    const QString digits = QString(mantissa).remove(QLatin1Char('.'));

    // Python switches to exponent notation outside 1e-4 <= |x| < 1e16.
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            return sign % QStringLiteral("0.") % QString(-exponent - 1, QLatin1Char('0')) % digits;
        }
        QString integerPart = digits.left(exponent + 1);
        if (integerPart.size() < exponent + 1) {
            integerPart += QString(exponent + 1 - integerPart.size(), QLatin1Char('0'));
        }
        QString fraction = digits.mid(exponent + 1);
        if (fraction.isEmpty()) {
            fraction = QStringLiteral("0");
        }
        return sign % integerPart % QLatin1Char('.') % fraction;
    }
    QString out = sign % digits.left(1);
    if (digits.size() > 1) {
        out += QLatin1Char('.') % digits.mid(1);
    }
    const QString exponentDigits = QString::number(std::abs(exponent)).rightJustified(2, QLatin1Char('0'));
    return out % QLatin1Char('e') % (exponent < 0 ? QLatin1Char('-') : QLatin1Char('+')) % exponentDigits;
}

QStringList splitLinesKeepEnds(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (!isSplitLineBreak(c)) {
            continue;
        }
        if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n')) {
            ++i;
        }
        lines.append(text.mid(start, i + 1 - start));
        start = i + 1;
    }
    if (start < size) {
        lines.append(text.mid(start));
    }
    return lines;
}

std::optional<QString> joinMultiline(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (!value.isArray()) {
        return std::nullopt;
    }
    QString joined;
    const QJsonArray lines = value.toArray();
    for (const QJsonValue &line : lines) {
        if (!line.isString()) {
            return std::nullopt;
        }
        joined += line.toString();
    }
    return joined;
}

bool isJsonMimeType(QStringView mimeType)
{
    return mimeType == QLatin1String("application/json") ||
           (mimeType.startsWith(QLatin1String("application/")) && mimeType.endsWith(QLatin1String("+json")));
}

bool isLineSplitMimeType(QStringView mimeType)
{
    return mimeType.startsWith(QLatin1String("text/")) || mimeType == QLatin1String("application/javascript") ||
           mimeType == QLatin1String("image/svg+xml");
}

QByteArray toJupyterJson(const QJsonValue &value, const QStringList &floatNumberPaths)
{
    const PathTrie trie(floatNumberPaths);
    QByteArray out;
    appendValue(out, value, 0, trie, floatNumberPaths.isEmpty() ? -1 : 0);
    return out;
}

QString jsonPointerSegment(const QString &key)
{
    QString segment = key;
    segment.replace(QStringLiteral("~"), QStringLiteral("~0"));
    segment.replace(QStringLiteral("/"), QStringLiteral("~1"));
    return segment;
}

QStringList findFloatWrittenWholeNumbers(const QByteArray &json)
{
    struct Frame {
        bool object = false;
        bool expectKey = false;
        QString key;
        qsizetype index = -1;
    };

    const auto pointer = [](const QList<Frame> &stack) {
        QString path;
        for (const Frame &frame : stack) {
            path += QLatin1Char('/') % (frame.object ? jsonPointerSegment(frame.key) : QString::number(frame.index));
        }
        return path;
    };

    QStringList found;
    QList<Frame> stack;
    const qsizetype size = json.size();
    qsizetype i = 0;
    while (i < size) {
        const char c = json.at(i);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ':') {
            ++i;
            continue;
        }
        if (c == ',') {
            if (!stack.isEmpty() && stack.last().object) {
                stack.last().expectKey = true;
            }
            ++i;
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.isEmpty()) {
                stack.removeLast();
            }
            ++i;
            continue;
        }
        if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
            if (c != '"') {
                return found; // Not valid JSON: stop rather than guess.
            }
            const qsizetype end = skipString(json, i);
            stack.last().key = decodeKey(json, i + 1, end - 1);
            stack.last().expectKey = false;
            i = end;
            continue;
        }
        if (!stack.isEmpty() && !stack.last().object) {
            ++stack.last().index;
        }
        if (c == '{') {
            stack.append(Frame{true, true, {}, -1});
            ++i;
        } else if (c == '[') {
            stack.append(Frame{false, false, {}, -1});
            ++i;
        } else if (c == '"') {
            i = skipString(json, i);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            const qsizetype start = i;
            bool floatSyntax = false;
            while (i < size) {
                const char d = json.at(i);
                if (d == '.' || d == 'e' || d == 'E') {
                    floatSyntax = true;
                } else if (d != '-' && d != '+' && (d < '0' || d > '9')) {
                    break;
                }
                ++i;
            }
            if (floatSyntax) {
                bool ok = false;
                const double number = json.mid(start, i - start).toDouble(&ok);
                if (ok && std::trunc(number) == number && std::fabs(number) < 9.2e18) {
                    found.append(pointer(stack));
                }
            }
        } else {
            // true, false, null.
            ++i;
            while (i < size && json.at(i) >= 'a' && json.at(i) <= 'z') {
                ++i;
            }
        }
    }
    return found;
}

} // namespace GradeDesk::Services
