// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/http/simhttpmessage.h"

#include "tests/sim/http/simhttpstream.h"

#include <QJsonDocument>

#include <algorithm>

namespace GradeDesk::Tests {

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString decodeComponent(QByteArrayView encoded)
{
    QByteArray bytes = encoded.toByteArray();
    bytes.replace('+', ' ');
    // Never null: `a=` must read as present-but-empty, distinct from an absent key.
    const QString decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
    return decoded.isNull() ? QStringLiteral("") : decoded;
}

} // namespace

QByteArray SimHttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (sameName(key, name)) {
            return value;
        }
    }
    return {};
}

bool SimHttpRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [name](const SimHttpHeader &h) { return sameName(h.first, name); });
}

QString SimHttpRequest::queryValue(const QString &key) const
{
    for (const auto &[k, v] : query) {
        if (k == key) {
            return v;
        }
    }
    return {};
}

QStringList SimHttpRequest::queryValues(const QString &key) const
{
    QStringList values;
    for (const auto &[k, v] : query) {
        if (k == key) {
            values.append(v);
        }
    }
    return values;
}

bool SimHttpRequest::hasQueryItem(const QString &key) const
{
    return std::any_of(query.cbegin(), query.cend(), [&key](const auto &item) { return item.first == key; });
}

QList<std::pair<QString, QString>> SimHttpRequest::formItems() const
{
    return simHttpDecodeForm(body);
}

void SimHttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const SimHttpHeader &h) { return sameName(h.first, name); });
    headers.append({name, value});
}

QByteArray SimHttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (sameName(key, name)) {
            return value;
        }
    }
    return {};
}

SimHttpResponse SimHttpResponse::json(int status, const QJsonDocument &document)
{
    SimHttpResponse response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

SimHttpResponse SimHttpResponse::text(int status, const QByteArray &body)
{
    SimHttpResponse response;
    response.status = status;
    response.body = body;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    return response;
}

SimHttpResponse SimHttpResponse::empty(int status)
{
    SimHttpResponse response;
    response.status = status;
    return response;
}

SimHttpResponse SimHttpResponse::streamed(int status, const QByteArray &contentType)
{
    SimHttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", contentType);
    response.stream = new SimHttpStream;
    return response;
}

QByteArray simHttpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

QList<std::pair<QString, QString>> simHttpDecodeForm(QByteArrayView encoded)
{
    QList<std::pair<QString, QString>> items;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0) {
            end = encoded.size();
        }
        const QByteArrayView pair = encoded.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype eq = pair.indexOf('=');
            if (eq < 0) {
                items.append({decodeComponent(pair), QStringLiteral("")});
            } else {
                items.append({decodeComponent(pair.first(eq)), decodeComponent(pair.sliced(eq + 1))});
            }
        }
        start = end + 1;
    }
    return items;
}

} // namespace GradeDesk::Tests
