// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tests/sim/http/simhttpmessage.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;

namespace GradeDesk::Tests {

class SimHttpConnection;

/// A loopback HTTP/1.1 server for test simulators (Canvas now; ngshare and Kubernetes later).
///
/// Contract:
/// - Listens on 127.0.0.1 only; port 0 picks a free port (read it back with port()/baseUrl()).
/// - Parses method, request-target (path + query), headers and a Content-Length body; keeps the
///   connection alive unless the client says `Connection: close` (or speaks HTTP/1.0 without
///   `keep-alive`). Pipelined requests on one connection are answered strictly in order.
/// - The handler runs on the server's thread, once per complete request, and returns the response
///   synchronously; SimHttpResponse carries the fault to apply when sending it (delay, close without
///   reply, drop after N body bytes, hang).
/// - Malformed requests are answered by the server itself (400 bad request line, header or
///   Content-Length, 501 for a Transfer-Encoding body, 413 body over maxBodySize(), 431 headers over
///   64 KiB, 505 for versions other than 1.0/1.1) and the connection is closed; the handler never
///   sees them.
/// - Faults: note that QNetworkAccessManager silently resends a request (up to twice) when its
///   connection closes before any byte of the reply arrived, so Fault::CloseWithoutReply is seen by
///   a Qt client as a retried request, while Fault::DropMidBody surfaces as an error.
///
/// Leaves out: TLS (a QSslServer-based variant with a test CA can be added behind the same API),
/// chunked *request* bodies, `Expect: 100-continue`, HTTP/2 and upgrades, and request timeouts
/// (an idle connection stays open until the client or close() ends it).
class SimHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpServer)

public:
    using Handler = std::function<SimHttpResponse(const SimHttpRequest &request)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);
    ~SimHttpServer() override;

    /// Starts listening on 127.0.0.1:`port` (0 = any free port). False (see errorString()) if the
    /// port is taken.
    bool listen(quint16 port = 0);
    /// Stops listening and aborts every open connection (hanging and delayed replies included).
    void close();

    bool isListening() const;
    quint16 port() const;
    /// `http://127.0.0.1:<port>` (no trailing slash).
    QUrl baseUrl() const;
    QString errorString() const;

    /// Requests whose body exceeds this are refused with 413 (default 64 MiB).
    void setMaxBodySize(qint64 bytes);
    qint64 maxBodySize() const;

    /// Connections currently open (accepted and not yet closed by either side).
    int openConnectionCount() const;
    /// Connections accepted since listen(): a client that reuses connections keeps this small.
    int acceptedConnectionCount() const;

Q_SIGNALS:
    /// A response (or the server's own error response) was completely written to the socket.
    void responseSent(const QByteArray &method, const QString &path, int status);
    /// A connection was closed on purpose by a fault (close without reply, drop mid-response).
    void connectionDropped(const QByteArray &method, const QString &path);

private:
    void onNewConnection();

    friend class SimHttpConnection;
    Handler m_handler;
    QTcpServer *m_server = nullptr;
    qint64 m_maxBodySize = 64LL * 1024 * 1024;
    int m_accepted = 0;
    int m_open = 0;
};

} // namespace GradeDesk::Tests
