// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <chrono>
#include <utility>

class QJsonDocument;

namespace GradeDesk::Tests {

class SimHttpStream;

using SimHttpHeader = std::pair<QByteArray, QByteArray>;

/// One parsed HTTP/1.1 request as a simulator handler sees it.
struct SimHttpRequest {
    QByteArray method; ///< As sent ("GET", "POST", ...), upper case by HTTP convention.
    QByteArray target; ///< The raw request-target ("/api/v1/x?y=1").
    QString path;      ///< Percent-decoded path without the query ("/api/v1/x").
    /// The target's query, fully decoded (`+` means space, as browsers and Rails treat it), in
    /// order; repeated keys (`type[]=a&type[]=b`) stay separate items.
    QList<std::pair<QString, QString>> query;
    QList<SimHttpHeader> headers; ///< In arrival order, names as sent.
    QByteArray body;
    quint64 connectionId = 0; ///< Same id for requests that arrived on the same TCP connection.
    bool secure = false;      ///< Arrived over TLS (SimHttpServer::setTls()).
    /// The client certificate of a TLS connection; null when none was presented. When the server
    /// verifies client certificates, a non-null one chains to a configured CA (the handshake
    /// fails otherwise).
    QSslCertificate peerCertificate;

    /// The first header with this name (case-insensitive), or an empty array.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /// The first value of a query key, or a null QString when absent.
    QString queryValue(const QString &key) const;
    QStringList queryValues(const QString &key) const;
    bool hasQueryItem(const QString &key) const;
    /// An `application/x-www-form-urlencoded` body decoded like the query (`+` means space).
    QList<std::pair<QString, QString>> formItems() const;
};

/// What a handler answers. The fault fields let a simulator misbehave the way real servers and
/// networks do; the default is a normal, immediate reply.
struct SimHttpResponse {
    enum class Fault {
        None,
        CloseWithoutReply, ///< Close the connection without sending a byte.
        DropMidBody,       ///< Send status + headers + dropAfterBodyBytes body bytes, then close.
        Hang,              ///< Never answer; the connection stays open until the client gives up.
    };

    int status = 200;
    QByteArray reason; ///< Empty: the standard phrase for `status`.
    QList<SimHttpHeader> headers;
    QByteArray body;

    std::chrono::milliseconds delay{0}; ///< Wait this long before sending (or before the fault).
    Fault fault = Fault::None;
    qsizetype dropAfterBodyBytes = 0; ///< For Fault::DropMidBody; clamped to the body size - 1.
    /// Non-null for a streamed reply (see streamed()): `body` is ignored, the reply is sent with
    /// `Transfer-Encoding: chunked` and its chunks come from the stream. Of the faults only
    /// CloseWithoutReply and Hang apply to a streamed reply (use SimHttpStream::drop() instead).
    SimHttpStream *stream = nullptr;

    /// Replaces any header of that name (case-insensitive). Content-Length, Connection and Date are
    /// written by the server and must not be set here.
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static SimHttpResponse json(int status, const QJsonDocument &document);
    static SimHttpResponse text(int status, const QByteArray &body);
    static SimHttpResponse empty(int status);
    /// A chunked reply whose body is pushed later through `response.stream` (a new, unparented
    /// SimHttpStream). Keep a QPointer to it: the connection adopts the stream when the handler
    /// returns and deletes it when the reply ends or the connection goes away.
    static SimHttpResponse streamed(int status, const QByteArray &contentType);
};

/// The standard reason phrase ("Not Found"), or "Unknown".
QByteArray simHttpReasonPhrase(int status);

/// Decodes `a=1&b=x+y&c%5B%5D=%C3%A9` into ordered (key, value) pairs; `+` becomes a space.
QList<std::pair<QString, QString>> simHttpDecodeForm(QByteArrayView encoded);

} // namespace GradeDesk::Tests
