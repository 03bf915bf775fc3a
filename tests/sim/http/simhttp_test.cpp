// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// The loopback HTTP/1.1 server under raw sockets: what it parses, what it refuses, and the faults
// it injects, byte for byte.

#include "tests/sim/http/simhttpserver.h"
#include "tests/sim/http/simhttpstream.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using GradeDesk::Tests::SimHttpRequest;
using GradeDesk::Tests::SimHttpResponse;
using GradeDesk::Tests::SimHttpServer;
using GradeDesk::Tests::SimHttpStream;
using namespace std::chrono_literals;

namespace {

// A client that records every byte and whether the server closed the connection.
class RawClient final : public QObject
{
public:
    explicit RawClient(quint16 port)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { received += m_socket.readAll(); });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { closed = true; });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    void write(const QByteArray &bytes) { m_socket.write(bytes); }

    void abort() { m_socket.abort(); }

    int responses() const { return static_cast<int>(received.count("HTTP/1.1 ")); }

    QByteArray received;
    bool closed = false;

private:
    QTcpSocket m_socket;
};

} // namespace

class SimHttpTest : public QObject
{
    Q_OBJECT

private:
    SimHttpResponse handle(const SimHttpRequest &request);

    std::unique_ptr<SimHttpServer> m_server;
    QList<SimHttpRequest> m_seen;
    QPointer<SimHttpStream> m_stream;

private Q_SLOTS:
    void init();
    void cleanup();

    void decodeForm_data();
    void decodeForm();
    void parsesMethodPathQueryHeadersAndSplitBody();
    void pipelinedRequestsAnsweredInOrderDespiteDelay();
    void connectionCloseAndHttp10();
    void refusesMalformedRequests_data();
    void refusesMalformedRequests();
    void closeWithoutReply_sendsNothing();
    void dropMidBody_sendsHeadersAndPartOfBody();
    void close_abortsHangingConnections();
    void streamedReply_sendsChunksThenServesNextRequest();
    void streamedReply_chunksWrittenBeforeDelayedHeadAreQueued();
    void streamDrop_closesWithoutTerminatingChunk();
    void clientGone_closesStreamOnce();
    void dropAllConnections_keepsListening();
};

SimHttpResponse SimHttpTest::handle(const SimHttpRequest &request)
{
    m_seen.append(request);
    SimHttpResponse response = SimHttpResponse::text(200, "path=" + request.path.toUtf8());
    const QString fault = request.queryValue(QStringLiteral("fault"));
    if (fault == QLatin1String("delay")) {
        response.delay = 150ms;
    } else if (fault == QLatin1String("close")) {
        response.fault = SimHttpResponse::Fault::CloseWithoutReply;
    } else if (fault == QLatin1String("drop")) {
        response.body = "0123456789abcdefghij";
        response.fault = SimHttpResponse::Fault::DropMidBody;
        response.dropAfterBodyBytes = 4;
    } else if (fault == QLatin1String("hang")) {
        response.fault = SimHttpResponse::Fault::Hang;
    } else if (fault.startsWith(QLatin1String("stream"))) {
        response = SimHttpResponse::streamed(200, "application/json");
        m_stream = response.stream;
        if (fault == QLatin1String("stream-delayed")) {
            response.delay = 100ms;
        }
    }
    return response;
}

void SimHttpTest::init()
{
    m_seen.clear();
    m_server = std::make_unique<SimHttpServer>([this](const SimHttpRequest &r) { return handle(r); });
    m_server->setMaxBodySize(1024);
    QVERIFY(m_server->listen());
    QVERIFY(m_server->port() != 0);
}

void SimHttpTest::cleanup()
{
    m_server.reset();
}

void SimHttpTest::decodeForm_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QStringList>("pairs");
    QTest::newRow("plus is a space, percent decoded")
        << QByteArray("a=x+y&b=%C3%A9") << QStringList{QStringLiteral("a=x y"), QStringLiteral("b=\u00e9")};
    QTest::newRow("repeated array keys stay separate")
        << QByteArray("t%5B%5D=1&t[]=2") << QStringList{QStringLiteral("t[]=1"), QStringLiteral("t[]=2")};
    QTest::newRow("key without value is empty, empty pairs skipped")
        << QByteArray("flag&&x=") << QStringList{QStringLiteral("flag="), QStringLiteral("x=")};
    QTest::newRow("encoded ampersand inside a value") << QByteArray("c=a%26b") << QStringList{QStringLiteral("c=a&b")};
}

void SimHttpTest::decodeForm()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QStringList, pairs);
    QStringList actual;
    for (const auto &[key, value] : GradeDesk::Tests::simHttpDecodeForm(encoded)) {
        actual.append(key + u'=' + value);
        QVERIFY(!value.isNull());
    }
    QCOMPARE(actual, pairs);
}

void SimHttpTest::parsesMethodPathQueryHeadersAndSplitBody()
{
    RawClient client(m_server->port());
    client.write("POST /a%20b/c?x=1&y[]=2&y[]=3 HTTP/1.1\r\nHost: t\r\nX-Thing:  spaced \r\n"
                 "Content-Length: 11\r\n\r\nhello");
    QTRY_COMPARE(m_server->openConnectionCount(), 1);
    QVERIFY(m_seen.isEmpty()); // body incomplete
    client.write(" world");
    QTRY_COMPARE(client.responses(), 1);
    const SimHttpRequest &request = m_seen.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/a b/c"));
    QCOMPARE(request.queryValue(QStringLiteral("x")), QStringLiteral("1"));
    QCOMPARE(request.queryValues(QStringLiteral("y[]")), (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(request.header("x-thing"), QByteArray("spaced"));
    QCOMPARE(request.body, QByteArray("hello world"));
    QVERIFY(client.received.contains("Content-Length: 11\r\n"));
    QVERIFY(client.received.endsWith("path=/a b/c"));
    QVERIFY(!client.closed);
}

void SimHttpTest::pipelinedRequestsAnsweredInOrderDespiteDelay()
{
    RawClient client(m_server->port());
    client.write("GET /first?fault=delay HTTP/1.1\r\nHost: t\r\n\r\nGET /second HTTP/1.1\r\nHost: t\r\n\r\n");
    QTRY_COMPARE(client.responses(), 2);
    QVERIFY(client.received.indexOf("path=/first") < client.received.indexOf("path=/second"));
    QCOMPARE(m_seen.size(), 2);
    QCOMPARE(m_seen[0].connectionId, m_seen[1].connectionId);
    QCOMPARE(m_server->acceptedConnectionCount(), 1);
}

void SimHttpTest::connectionCloseAndHttp10()
{
    RawClient closing(m_server->port());
    closing.write("GET /x HTTP/1.1\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY(closing.closed);
    QVERIFY(closing.received.contains("Connection: close\r\n"));

    RawClient old(m_server->port());
    old.write("GET /y HTTP/1.0\r\n\r\n");
    QTRY_VERIFY(old.closed);
    QCOMPARE(old.responses(), 1);
}

void SimHttpTest::refusesMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::newRow("request line with two parts") << QByteArray("GET /\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
    QTest::newRow("header without colon")
        << QByteArray("GET / HTTP/1.1\r\nBroken\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n")
                                        << QByteArray("HTTP/1.1 400 ");
    QTest::newRow("non-numeric Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
    QTest::newRow("conflicting Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
        << QByteArray("HTTP/1.1 400 ");
    QTest::newRow("chunked body is not supported")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << QByteArray("HTTP/1.1 501 ");
    QTest::newRow("body over the maximum")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 4096\r\n\r\n") << QByteArray("HTTP/1.1 413 ");
    QTest::newRow("HTTP/2.0 request line") << QByteArray("GET / HTTP/2.0\r\n\r\n") << QByteArray("HTTP/1.1 505 ");
    QTest::newRow("head over 64 KiB") << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(70000, 'a'))
                                      << QByteArray("HTTP/1.1 431 ");
}

void SimHttpTest::refusesMalformedRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, statusLine);
    RawClient client(m_server->port());
    client.write(bytes);
    QTRY_VERIFY(client.closed);
    QVERIFY2(client.received.startsWith(statusLine), client.received.left(40).constData());
    QVERIFY(m_seen.isEmpty());
}

void SimHttpTest::closeWithoutReply_sendsNothing()
{
    QSignalSpy dropped(m_server.get(), &SimHttpServer::connectionDropped);
    RawClient client(m_server->port());
    client.write("GET /z?fault=close HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(client.closed);
    QVERIFY(client.received.isEmpty());
    QCOMPARE(dropped.size(), 1);
}

void SimHttpTest::dropMidBody_sendsHeadersAndPartOfBody()
{
    RawClient client(m_server->port());
    client.write("GET /z?fault=drop HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(client.closed);
    QVERIFY(client.received.contains("Content-Length: 20\r\n"));
    QVERIFY(client.received.endsWith("\r\n\r\n0123"));
}

void SimHttpTest::close_abortsHangingConnections()
{
    RawClient client(m_server->port());
    client.write("GET /z?fault=hang HTTP/1.1\r\n\r\nGET /after HTTP/1.1\r\n\r\n");
    QTRY_COMPARE(m_seen.size(), 1); // the pipelined request waits behind the hung one
    QVERIFY(client.received.isEmpty());
    m_server->close();
    QTRY_VERIFY(client.closed);
    QCOMPARE(m_server->openConnectionCount(), 0);
}

void SimHttpTest::streamedReply_sendsChunksThenServesNextRequest()
{
    RawClient client(m_server->port());
    client.write("GET /watch?fault=stream HTTP/1.1\r\n\r\nGET /after HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(!m_stream.isNull());
    QSignalSpy closed(m_stream.data(), &SimHttpStream::closed);
    QTRY_VERIFY(client.received.contains("Transfer-Encoding: chunked\r\n"));
    QVERIFY(!client.received.contains("Content-Length"));
    m_stream->write("{\"a\":1}\n");
    m_stream->write(QByteArray()); // ignored: an empty chunk would end the body
    m_stream->write(QByteArray(20, 'x'));
    QTRY_VERIFY(
        client.received.endsWith(QByteArray(QByteArray("8\r\n{\"a\":1}\n\r\n14\r\n") + QByteArray(20, 'x') + "\r\n")));
    QCOMPARE(m_seen.size(), 1); // the pipelined request waits for the stream
    QCOMPARE(m_stream->bytesWritten(), 28);
    m_stream->end();
    QCOMPARE(closed.size(), 1);
    QTRY_COMPARE(client.responses(), 2);
    QVERIFY(client.received.contains("\r\n0\r\n\r\nHTTP/1.1 200 OK"));
    QVERIFY(client.received.endsWith("path=/after"));
    QVERIFY(!client.closed);
    QTRY_VERIFY(m_stream.isNull()); // deleted by the connection
}

void SimHttpTest::streamedReply_chunksWrittenBeforeDelayedHeadAreQueued()
{
    RawClient client(m_server->port());
    client.write("GET /w?fault=stream-delayed HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(!m_stream.isNull());
    m_stream->write("early");
    m_stream->end();
    QVERIFY(m_stream->isOpen()); // still waiting for its head
    QTRY_VERIFY(client.received.endsWith("\r\n\r\n5\r\nearly\r\n0\r\n\r\n"));
}

void SimHttpTest::streamDrop_closesWithoutTerminatingChunk()
{
    QSignalSpy dropped(m_server.get(), &SimHttpServer::connectionDropped);
    RawClient client(m_server->port());
    client.write("GET /w?fault=stream HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(!m_stream.isNull());
    m_stream->write("partial");
    m_stream->drop();
    QTRY_VERIFY(client.closed);
    QVERIFY(client.received.endsWith("7\r\npartial\r\n"));
    QCOMPARE(dropped.size(), 1);
}

void SimHttpTest::clientGone_closesStreamOnce()
{
    RawClient client(m_server->port());
    client.write("GET /w?fault=stream HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(!m_stream.isNull());
    QSignalSpy closed(m_stream.data(), &SimHttpStream::closed);
    QTRY_VERIFY(client.received.contains("chunked"));
    client.abort();
    QTRY_COMPARE(closed.size(), 1);
    QTRY_VERIFY(m_stream.isNull());
    QCOMPARE(closed.size(), 1);
}

void SimHttpTest::dropAllConnections_keepsListening()
{
    RawClient watcher(m_server->port());
    watcher.write("GET /w?fault=stream HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(!m_stream.isNull());
    QSignalSpy closed(m_stream.data(), &SimHttpStream::closed);
    m_server->dropAllConnections();
    QCOMPARE(closed.size(), 1);
    QTRY_VERIFY(watcher.closed);
    QVERIFY(m_server->isListening());
    RawClient next(m_server->port());
    next.write("GET /again HTTP/1.1\r\n\r\n");
    QTRY_COMPARE(next.responses(), 1);
}

QTEST_GUILESS_MAIN(SimHttpTest)
#include "simhttp_test.moc"
