// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/ngshare/ngsharesimformat.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace GradeDesk::Tests {

SimNgFile SimNgFile::make(const QString &path, const QByteArray &content)
{
    SimNgFile file;
    file.path = path;
    file.content = content;
    file.md5Hex = QCryptographicHash::hash(content, QCryptographicHash::Md5).toHex();
    return file;
}

namespace NgshareSim {

namespace {

constexpr qint64 MicrosPerSecond = 1000000;

/// Python's truthiness of a JSON value, for ngshare's `if not pathname`.
bool isFalsy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::Bool:
        return !value.toBool();
    case QJsonValue::Double:
        return value.toDouble() == 0.0;
    case QJsonValue::String:
        return value.toString().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    }
    return false;
}

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '+') {
        return 62;
    }
    if (c == '/') {
        return 63;
    }
    return -1;
}

} // namespace

QByteArray jsonString(const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(value.size() + 2);
    out += '"';
    for (const QChar qc : value) {
        const char16_t c = qc.unicode();
        switch (c) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        default:
            break;
        }
        if (c >= 0x20 && c <= 0x7e) {
            out += static_cast<char>(c);
        } else {
            // UTF-16 code units, so characters beyond the BMP come out as surrogate pairs, as in Python.
            out += "\\u";
            out += hex[(c >> 12) & 0xf];
            out += hex[(c >> 8) & 0xf];
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        }
    }
    out += '"';
    return out;
}

QByteArray jsonNullable(const std::optional<QString> &value)
{
    return value ? jsonString(*value) : QByteArray("null");
}

QByteArray jsonBool(bool value)
{
    return value ? QByteArray("true") : QByteArray("false");
}

QByteArray jsonArray(const QList<QByteArray> &items)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += ", ";
        }
        out += items[i];
    }
    out += ']';
    return out;
}

QByteArray jsonObject(const QList<JsonField> &fields)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += ", ";
        }
        out += '"' + fields[i].first + "\": " + fields[i].second;
    }
    out += '}';
    return out;
}

QByteArray jsonStringArray(const QStringList &values)
{
    QList<QByteArray> items;
    items.reserve(values.size());
    for (const QString &value : values) {
        items.append(jsonString(value));
    }
    return jsonArray(items);
}

std::optional<QJsonValue> parseJsonValue(const QString &text)
{
    // Wrapping in an array lets Qt parse a top-level scalar; "1, 2" becomes two items and is refused.
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray('[' + text.toUtf8() + ']'), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1) {
        return std::nullopt;
    }
    return document.array().first();
}

QByteArray mimeBase64(const QByteArray &bytes)
{
    const QByteArray encoded = bytes.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 + 1);
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        out += QByteArrayView(encoded).sliced(i, std::min<qsizetype>(76, encoded.size() - i));
        out += '\n';
    }
    return out;
}

std::optional<QByteArray> decodeBase64Lenient(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() * 3 / 4);
    int quadPos = 0;
    int pads = 0;
    unsigned leftChar = 0;
    for (const char c : text) {
        if (c == '=') {
            // As binascii: padding ends the data once it completes a quantum; earlier '=' are skipped.
            if (quadPos >= 2 && quadPos + ++pads >= 4) {
                return out;
            }
            continue;
        }
        const int value = base64Value(c);
        if (value < 0) {
            continue;
        }
        pads = 0;
        switch (quadPos) {
        case 0:
            quadPos = 1;
            leftChar = static_cast<unsigned>(value);
            break;
        case 1:
            quadPos = 2;
            out += static_cast<char>((leftChar << 2) | (static_cast<unsigned>(value) >> 4));
            leftChar = static_cast<unsigned>(value) & 0x0f;
            break;
        case 2:
            quadPos = 3;
            out += static_cast<char>((leftChar << 4) | (static_cast<unsigned>(value) >> 2));
            leftChar = static_cast<unsigned>(value) & 0x03;
            break;
        default:
            quadPos = 0;
            out += static_cast<char>((leftChar << 6) | static_cast<unsigned>(value));
            leftChar = 0;
            break;
        }
    }
    if (quadPos != 0) {
        return std::nullopt;
    }
    return out;
}

qint64 microsFromDateTime(const QDateTime &utc)
{
    return utc.toMSecsSinceEpoch() * 1000;
}

QString formatTimestamp(qint64 micros)
{
    qint64 seconds = micros / MicrosPerSecond;
    qint64 fraction = micros % MicrosPerSecond;
    if (fraction < 0) {
        fraction += MicrosPerSecond;
        --seconds;
    }
    const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + u'.' +
           QStringLiteral("%1").arg(fraction, 6, 10, QLatin1Char('0'));
}

std::optional<qint64> parseTimestamp(const QString &text)
{
    // The field patterns of Python's _strptime (%m, %d, %H, %M, %S accept one digit, %f 1-6 digits);
    // a space in the format matches any run of whitespace; %Z matches utc/gmt in any case.
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{4})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12][0-9]|0[1-9]|[1-9]| [1-9])\\s+"
                       "(2[0-3]|[01][0-9]|[0-9]):([0-5][0-9]|[0-9]):(6[01]|[0-5][0-9]|[0-9])\\.([0-9]{1,6})"
                       "(?:\\s+(?:utc|gmt))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).trimmed().toInt());
    const int second = match.captured(6).toInt();
    if (!date.isValid() || second > 59) {
        return std::nullopt;
    }
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), second);
    QString fraction = match.captured(7);
    fraction = fraction.leftJustified(6, u'0');
    const QDateTime dateTime(date, time, Qt::UTC);
    return dateTime.toSecsSinceEpoch() * MicrosPerSecond + fraction.toLongLong();
}

bool isLegalUploadPath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.endsWith(u'/')) {
        return false;
    }
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    return std::none_of(parts.cbegin(), parts.cend(),
                        [](const QString &part) { return part == QLatin1String(".") || part == QLatin1String(".."); });
}

TreeResult unpackTree(const std::optional<QString> &json)
{
    TreeResult result;
    if (!json) {
        result.error = TreeError::MissingFiles;
        return result;
    }
    const std::optional<QJsonValue> value = parseJsonValue(*json);
    if (!value) {
        result.error = TreeError::NotJson;
        return result;
    }
    // `for i in json_obj`: an empty object or string iterates zero times; any other non-list fails
    // on the first item (or is not iterable at all).
    if (!value->isArray()) {
        const bool emptyIterable =
            (value->isObject() && value->toObject().isEmpty()) || (value->isString() && value->toString().isEmpty());
        result.error = emptyIterable ? TreeError::None : TreeError::Malformed;
        return result;
    }
    const QJsonArray entries = value->toArray();
    for (const QJsonValue &entry : entries) {
        if (!entry.isObject()) {
            result.error = TreeError::Malformed;
            return result;
        }
        const QJsonObject object = entry.toObject();
        if (!object.contains(QLatin1String("path"))) {
            result.error = TreeError::Malformed;
            return result;
        }
        const QJsonValue path = object.value(QLatin1String("path"));
        if (isFalsy(path)) {
            result.error = TreeError::IllegalPath;
            return result;
        }
        if (!path.isString()) {
            result.error = TreeError::Malformed;
            return result;
        }
        if (!isLegalUploadPath(path.toString())) {
            result.error = TreeError::IllegalPath;
            return result;
        }
        const QJsonValue content = object.value(QLatin1String("content"));
        if (!content.isString()) {
            result.error = TreeError::Malformed;
            return result;
        }
        const std::optional<QByteArray> bytes = decodeBase64Lenient(content.toString().toUtf8());
        if (!bytes) {
            result.error = TreeError::BadBase64;
            return result;
        }
        result.files.append(SimNgFile::make(path.toString(), *bytes));
    }
    return result;
}

QByteArray packTree(const QList<SimNgFile> &files, bool listOnly, int &corruptBudget)
{
    QList<QByteArray> items;
    items.reserve(files.size());
    for (const SimNgFile &file : files) {
        QList<JsonField> fields{{"path", jsonString(file.path)},
                                {"checksum", jsonString(QString::fromLatin1(file.md5Hex))}};
        if (!listOnly) {
            QByteArray bytes = file.content;
            bool damage = file.corrupted;
            if (!damage && corruptBudget > 0 && !bytes.isEmpty()) {
                damage = true;
                --corruptBudget;
            }
            if (damage && !bytes.isEmpty()) {
                bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
            }
            fields.append({"content", jsonString(QString::fromLatin1(mimeBase64(bytes)))});
        }
        items.append(jsonObject(fields));
    }
    return jsonArray(items);
}

QString cleanArgument(const QString &value)
{
    QString out = value;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u <= 0x08 || (u >= 0x0e && u <= 0x1f)) {
            c = u' ';
        }
    }
    return out.trimmed();
}

QList<std::pair<QString, QString>> multipartFields(const QByteArray &contentType, const QByteArray &body)
{
    QList<std::pair<QString, QString>> fields;
    static const QRegularExpression boundaryPattern(QStringLiteral("boundary=\"?([^\";]+)\"?"),
                                                    QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch boundaryMatch = boundaryPattern.match(QString::fromLatin1(contentType));
    if (!boundaryMatch.hasMatch()) {
        return fields;
    }
    const QByteArray delimiter = "--" + boundaryMatch.captured(1).toLatin1();
    static const QRegularExpression namePattern(QStringLiteral("\\bname=\"([^\"]*)\""));
    static const QRegularExpression filenamePattern(QStringLiteral("\\bfilename="));
    qsizetype position = body.indexOf(delimiter);
    while (position >= 0) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--") {
            break;
        }
        const qsizetype next = body.indexOf(delimiter, position);
        if (next < 0) {
            break;
        }
        QByteArray part = body.mid(position, next - position);
        if (part.startsWith("\r\n")) {
            part.remove(0, 2);
        }
        if (part.endsWith("\r\n")) {
            part.chop(2);
        }
        const qsizetype headEnd = part.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QString head = QString::fromUtf8(part.first(headEnd));
            const QRegularExpressionMatch name = namePattern.match(head);
            if (name.hasMatch() && !filenamePattern.match(head).hasMatch()) {
                fields.append({name.captured(1), QString::fromUtf8(part.sliced(headEnd + 4))});
            }
        }
        position = next;
    }
    return fields;
}

} // namespace NgshareSim

} // namespace GradeDesk::Tests
