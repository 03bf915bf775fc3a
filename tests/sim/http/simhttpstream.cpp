// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/http/simhttpstream.h"

#include "tests/sim/http/simhttpconnection.h"

namespace GradeDesk::Tests {

SimHttpStream::SimHttpStream() = default;

SimHttpStream::~SimHttpStream()
{
    markClosed();
}

void SimHttpStream::write(const QByteArray &data)
{
    if (m_closed || m_ending != Ending::None || data.isEmpty()) {
        return;
    }
    m_bytes += data.size();
    if (m_connection) {
        m_connection->writeChunk(data);
    } else {
        m_queued += data;
    }
}

void SimHttpStream::end()
{
    if (m_closed || m_ending != Ending::None) {
        return;
    }
    m_ending = Ending::End;
    if (m_connection) {
        m_connection->finishStream(false);
    }
}

void SimHttpStream::drop()
{
    if (m_closed || m_ending != Ending::None) {
        return;
    }
    m_ending = Ending::Drop;
    if (m_connection) {
        m_connection->finishStream(true);
    }
}

bool SimHttpStream::isOpen() const
{
    return !m_closed;
}

qint64 SimHttpStream::bytesWritten() const
{
    return m_bytes;
}

void SimHttpStream::attach(SimHttpConnection *connection)
{
    m_connection = connection;
    if (!m_queued.isEmpty()) {
        connection->writeChunk(std::exchange(m_queued, {}));
    }
    if (m_ending != Ending::None) {
        connection->finishStream(m_ending == Ending::Drop);
    }
}

void SimHttpStream::markClosed()
{
    if (m_closed) {
        return;
    }
    m_closed = true;
    m_connection = nullptr;
    Q_EMIT closed();
}

} // namespace GradeDesk::Tests
