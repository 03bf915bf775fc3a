// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tests/sim/http/simhttpmessage.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace GradeDesk::Tests {

class SimHttpServer;
class SimHttpStream;

/// One accepted TCP (or TLS) connection of SimHttpServer: parses requests off the socket, runs the
/// handler and writes replies, one request at a time (pipelined requests wait in the buffer, so
/// replies keep request order even when one is delayed or streamed). Deletes itself when the
/// socket closes.
class SimHttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpConnection)

public:
    SimHttpConnection(QTcpSocket *socket, quint64 id, SimHttpServer *server);
    ~SimHttpConnection() override;

    /// Closes the socket at once, discarding unsent data (the server deletes the object).
    void abort();

private:
    friend class SimHttpStream;
    enum class Parse { NeedMore, Ready, Failed };

    void onReadyRead();
    void processBuffer();
    Parse parseHead(SimHttpRequest &request);
    void dispatch(const SimHttpRequest &request);
    void send(const SimHttpRequest &request, const SimHttpResponse &response);
    void refuse(int status, const QByteArray &why);
    void writeResponse(const SimHttpResponse &response, bool headOnly, qsizetype bodyBytes, bool chunked = false);
    void startStream(const SimHttpRequest &request, const SimHttpResponse &response, bool headOnly);
    // SimHttpStream's side: one chunk, and the end (terminating chunk, or a drop).
    void writeChunk(const QByteArray &data);
    void finishStream(bool drop);
    void closeStream();

    QTcpSocket *m_socket;
    quint64 m_id;
    SimHttpServer *m_server;
    QByteArray m_buffer;
    // A parsed head waiting for its body (Content-Length bytes).
    bool m_haveHead = false;
    SimHttpRequest m_pending;
    qint64 m_bodyLength = 0;
    bool m_keepAlive = true;
    // A reply is being delayed or hung: parse nothing more until it is written.
    bool m_busy = false;
    bool m_closing = false;
    // The streamed reply in progress (m_busy is set while it lasts).
    QPointer<SimHttpStream> m_stream;
    QByteArray m_streamMethod;
    QString m_streamPath;
    int m_streamStatus = 0;
};

} // namespace GradeDesk::Tests
