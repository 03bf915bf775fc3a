// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tests/sim/http/simhttpmessage.h"

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;

namespace GradeDesk::Tests {

class SimHttpConnection;

/// TLS settings for SimHttpServer::setTls(). SimTestCa (simtestca.h) makes matching PEMs.
struct SimHttpTls {
    /// What the server does about client certificates.
    enum class ClientCertificates {
        Ignore,   ///< Never asks for one; SimHttpRequest::peerCertificate stays null.
        Optional, ///< Asks; a client without one is let in, one that does not chain to
                  ///< clientCaCertificates fails the handshake (Go's VerifyClientCertIfGiven, what
                  ///< kube-apiserver does).
        Require,  ///< Asks and fails the handshake without a valid one.
    };

    QSslCertificate certificate;
    QSslKey privateKey;
    /// Intermediate certificates sent after `certificate` (usually none).
    QList<QSslCertificate> chain;
    QList<QSslCertificate> clientCaCertificates;
    ClientCertificates clientCertificates = ClientCertificates::Ignore;
};

/// A loopback HTTP/1.1 (optionally HTTPS) server for test simulators (Canvas, ngshare, Kubernetes).
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
/// - TLS: setTls() before listen() makes it an HTTPS server (QSslServer; TLS 1.2+ as Qt's defaults
///   allow, ALPN is not offered, so clients speak HTTP/1.1). Handlers see SimHttpRequest::secure
///   and the client certificate (SimHttpRequest::peerCertificate). A failed handshake never reaches
///   the handler; tlsHandshakeFailed() reports it.
/// - Streamed replies: a handler returns SimHttpResponse::streamed(); the head goes out with
///   `Transfer-Encoding: chunked` and the body follows through the SimHttpStream (write() a chunk,
///   end() it, or drop() the connection mid-body). Later requests on the same connection wait
///   until the stream ends, as HTTP/1.1 requires.
/// - Faults: note that QNetworkAccessManager silently resends a request (up to twice) when its
///   connection closes before any byte of the reply arrived, so Fault::CloseWithoutReply is seen by
///   a Qt client as a retried request, while Fault::DropMidBody surfaces as an error.
///
/// Leaves out: chunked *request* bodies, `Expect: 100-continue`, HTTP/2 and upgrades, and request timeouts
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
    /// Stops listening and aborts every open connection (hanging, delayed and streamed replies
    /// included; their streams emit closed()).
    void close();
    /// Aborts every open connection but keeps listening (a server restart as clients see it).
    void dropAllConnections();

    /// Makes the server speak HTTPS from the next listen(). False (nothing changes) while listening
    /// or when the certificate or key is null.
    bool setTls(const SimHttpTls &tls);
    bool isTls() const;

    bool isListening() const;
    quint16 port() const;
    /// `http://127.0.0.1:<port>` or `https://...` with TLS (no trailing slash).
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
    /// A TLS handshake failed (bad or missing client certificate, client distrusts our CA, ...).
    void tlsHandshakeFailed(const QString &error);

private:
    void onNewConnection();
    void abortConnections();

    friend class SimHttpConnection;
    Handler m_handler;
    QTcpServer *m_server = nullptr;
    qint64 m_maxBodySize = 64LL * 1024 * 1024;
    int m_accepted = 0;
    int m_open = 0;
    bool m_tls = false;
};

} // namespace GradeDesk::Tests
