// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>

namespace GradeDesk::Tests {

class SimHttpConnection;

/// The body of a streamed (`Transfer-Encoding: chunked`) reply, e.g. a Kubernetes watch or a
/// followed log. Made by SimHttpResponse::streamed(); the handler keeps a QPointer to it and pushes
/// chunks whenever it likes, on the server's thread.
///
/// Contract:
/// - write() sends one chunk (empty data is ignored: an empty chunk would end the body). Chunks
///   written before the head went out (a delayed reply) are queued and sent after it.
/// - end() sends the terminating chunk; the connection then serves its next request (keep-alive).
/// - drop() closes the connection after flushing what was written, without the terminating
///   chunk, so the client sees a truncated body (a dropped watch).
/// - closed() is emitted exactly once, when the stream can take no more data: after end() or
///   drop(), or when the client or SimHttpServer::close()/dropAllConnections() closed the
///   connection. The stream is deleted soon after; receivers must not call it from closed().
/// - After closed(), write()/end()/drop() do nothing.
class SimHttpStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpStream)

public:
    SimHttpStream();
    ~SimHttpStream() override;

    void write(const QByteArray &data);
    void end();
    void drop();

    /// True until closed() was emitted.
    bool isOpen() const;
    /// Bytes of chunk data written so far (queued ones included).
    qint64 bytesWritten() const;

Q_SIGNALS:
    void closed();

private:
    friend class SimHttpConnection;
    enum class Ending { None, End, Drop };

    // Called by the connection once the head is written; flushes what was queued.
    void attach(SimHttpConnection *connection);
    // Called by the connection when it goes away or finished the stream.
    void markClosed();

    SimHttpConnection *m_connection = nullptr;
    QByteArray m_queued;
    Ending m_ending = Ending::None;
    bool m_closed = false;
    qint64 m_bytes = 0;
};

} // namespace GradeDesk::Tests
