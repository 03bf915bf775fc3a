// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/http/simhttpconnection.h"

#include "tests/sim/http/simhttpserver.h"
#include "tests/sim/http/simhttpstream.h"

#include <QDateTime>
#include <QLocale>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace GradeDesk::Tests {

namespace {

constexpr qsizetype MaxHeadSize = 64 * 1024;

bool isToken(QByteArrayView name)
{
    if (name.isEmpty()) {
        return false;
    }
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok) {
            return false;
        }
    }
    return true;
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

SimHttpConnection::SimHttpConnection(QTcpSocket *socket, quint64 id, SimHttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_id(id)
    , m_server(server)
{
    m_socket->setParent(this);
    ++m_server->m_open;
    connect(m_socket, &QTcpSocket::readyRead, this, &SimHttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &SimHttpConnection::closeStream);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    // Data may already be waiting (the client wrote before the server accepted).
    QTimer::singleShot(0, this, &SimHttpConnection::onReadyRead);
}

SimHttpConnection::~SimHttpConnection()
{
    closeStream();
    --m_server->m_open;
}

void SimHttpConnection::abort()
{
    m_closing = true;
    closeStream();
    m_socket->abort();
}

void SimHttpConnection::closeStream()
{
    if (SimHttpStream *stream = m_stream.data()) {
        m_stream = nullptr;
        stream->markClosed();
        stream->deleteLater();
    }
}

void SimHttpConnection::onReadyRead()
{
    if (m_closing) {
        return;
    }
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void SimHttpConnection::processBuffer()
{
    while (!m_busy && !m_closing) {
        if (!m_haveHead) {
            switch (parseHead(m_pending)) {
            case Parse::NeedMore:
                return;
            case Parse::Failed:
                return;
            case Parse::Ready:
                m_haveHead = true;
                break;
            }
        }
        if (m_buffer.size() < m_bodyLength) {
            return;
        }
        m_pending.body = m_buffer.first(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_haveHead = false;
        const SimHttpRequest request = std::move(m_pending);
        m_pending = SimHttpRequest();
        dispatch(request);
    }
}

SimHttpConnection::Parse SimHttpConnection::parseHead(SimHttpRequest &request)
{
    // Tolerate the blank lines RFC 9112 allows before a request line.
    while (m_buffer.startsWith("\r\n")) {
        m_buffer.remove(0, 2);
    }
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > MaxHeadSize) {
            refuse(431, "request head over 64 KiB");
            return Parse::Failed;
        }
        return Parse::NeedMore;
    }
    if (end > MaxHeadSize) {
        refuse(431, "request head over 64 KiB");
        return Parse::Failed;
    }
    const QByteArray head = m_buffer.first(end);
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> lines = head.split('\n');

    const QList<QByteArray> parts = lines.first().trimmed().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() || !parts[2].startsWith("HTTP/")) {
        refuse(400, "malformed request line");
        return Parse::Failed;
    }
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
        refuse(505, "unsupported HTTP version");
        return Parse::Failed;
    }
    request.method = parts[0];
    request.target = parts[1];
    request.connectionId = m_id;
    if (const auto *ssl = qobject_cast<const QSslSocket *>(m_socket)) {
        request.secure = true;
        request.peerCertificate = ssl->peerCertificate();
    }

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            refuse(400, "malformed header line");
            return Parse::Failed;
        }
        request.headers.append({line.first(colon), line.sliced(colon + 1).trimmed()});
    }

    const qsizetype question = request.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? request.target : request.target.first(question);
    request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
    if (question >= 0) {
        request.query = simHttpDecodeForm(QByteArrayView(request.target).sliced(question + 1));
    }

    if (request.hasHeader("Transfer-Encoding")) {
        refuse(501, "Transfer-Encoding request bodies are not supported");
        return Parse::Failed;
    }
    m_bodyLength = 0;
    QByteArray lengthValue;
    for (const auto &[name, value] : std::as_const(request.headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0) {
            continue;
        }
        if (!lengthValue.isNull() && lengthValue != value) {
            refuse(400, "conflicting Content-Length headers");
            return Parse::Failed;
        }
        lengthValue = value;
    }
    if (!lengthValue.isNull()) {
        bool ok = false;
        const qint64 length = lengthValue.toLongLong(&ok);
        const bool digitsOnly =
            std::all_of(lengthValue.cbegin(), lengthValue.cend(), [](char c) { return c >= '0' && c <= '9'; });
        if (!ok || !digitsOnly || length < 0) {
            refuse(400, "malformed Content-Length");
            return Parse::Failed;
        }
        if (length > m_server->maxBodySize()) {
            refuse(413, "body over the configured maximum");
            return Parse::Failed;
        }
        m_bodyLength = length;
    }

    const QByteArray connection = request.header("Connection").toLower();
    if (parts[2] == "HTTP/1.0") {
        m_keepAlive = connection.contains("keep-alive");
    } else {
        m_keepAlive = !connection.contains("close");
    }
    return Parse::Ready;
}

void SimHttpConnection::dispatch(const SimHttpRequest &request)
{
    const SimHttpResponse response = m_server->m_handler(request);
    if (response.stream) {
        // Ours from now on, whatever happens to the reply.
        response.stream->setParent(this);
    }
    if (response.fault == SimHttpResponse::Fault::Hang) {
        // Never answered; the connection stays usable only for closing.
        m_busy = true;
        return;
    }
    if (response.delay.count() > 0) {
        m_busy = true;
        QTimer::singleShot(response.delay, this, [this, request, response] {
            m_busy = false;
            send(request, response);
            processBuffer();
        });
        return;
    }
    send(request, response);
}

void SimHttpConnection::send(const SimHttpRequest &request, const SimHttpResponse &response)
{
    if (m_closing) {
        delete response.stream;
        return;
    }
    const bool headOnly = request.method == "HEAD";
    switch (response.fault) {
    case SimHttpResponse::Fault::CloseWithoutReply:
        m_closing = true;
        delete response.stream;
        Q_EMIT m_server->connectionDropped(request.method, request.path);
        m_socket->disconnectFromHost();
        return;
    case SimHttpResponse::Fault::DropMidBody: {
        m_closing = true;
        const qsizetype bytes =
            std::clamp<qsizetype>(response.dropAfterBodyBytes, 0, std::max<qsizetype>(response.body.size() - 1, 0));
        writeResponse(response, headOnly, bytes);
        Q_EMIT m_server->connectionDropped(request.method, request.path);
        // disconnectFromHost() flushes what was written, then closes: the client sees a short body.
        m_socket->disconnectFromHost();
        return;
    }
    case SimHttpResponse::Fault::Hang:
    case SimHttpResponse::Fault::None:
        break;
    }
    if (response.stream) {
        startStream(request, response, headOnly);
        return;
    }
    writeResponse(response, headOnly, response.body.size());
    Q_EMIT m_server->responseSent(request.method, request.path, response.status);
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

void SimHttpConnection::refuse(int status, const QByteArray &why)
{
    m_keepAlive = false;
    SimHttpResponse response = SimHttpResponse::text(status, status == 431 ? QByteArray() : why + '\n');
    writeResponse(response, false, response.body.size());
    Q_EMIT m_server->responseSent(QByteArray(), QString(), status);
    m_closing = true;
    m_socket->disconnectFromHost();
}

void SimHttpConnection::startStream(const SimHttpRequest &request, const SimHttpResponse &response, bool headOnly)
{
    writeResponse(response, headOnly, 0, true);
    if (headOnly) {
        // A HEAD reply has no body to stream.
        delete response.stream;
        Q_EMIT m_server->responseSent(request.method, request.path, response.status);
        return;
    }
    m_busy = true;
    m_stream = response.stream;
    m_streamMethod = request.method;
    m_streamPath = request.path;
    m_streamStatus = response.status;
    response.stream->attach(this);
}

void SimHttpConnection::writeChunk(const QByteArray &data)
{
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void SimHttpConnection::finishStream(bool drop)
{
    closeStream();
    if (drop) {
        m_closing = true;
        Q_EMIT m_server->connectionDropped(m_streamMethod, m_streamPath);
        m_socket->disconnectFromHost();
        return;
    }
    m_socket->write("0\r\n\r\n");
    Q_EMIT m_server->responseSent(m_streamMethod, m_streamPath, m_streamStatus);
    m_busy = false;
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    // Not re-entrantly: end() may be called from inside a handler.
    QTimer::singleShot(0, this, &SimHttpConnection::processBuffer);
}

void SimHttpConnection::writeResponse(const SimHttpResponse &response, bool headOnly, qsizetype bodyBytes, bool chunked)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
           (response.reason.isEmpty() ? simHttpReasonPhrase(response.status) : response.reason) + "\r\n";
    out += "Date: " + httpDate() + "\r\n";
    for (const auto &[name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
    }
    const bool noBody =
        response.status == 204 || response.status == 304 || (response.status >= 100 && response.status < 200);
    if (chunked && !noBody) {
        out += "Transfer-Encoding: chunked\r\n";
    } else if (!noBody) {
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    out += m_keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (!headOnly && !noBody && !chunked) {
        out.append(QByteArrayView(response.body).first(bodyBytes));
    }
    m_socket->write(out);
}

} // namespace GradeDesk::Tests
