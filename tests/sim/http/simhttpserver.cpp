// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/http/simhttpserver.h"

#include "tests/sim/http/simhttpconnection.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace GradeDesk::Tests {

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &SimHttpServer::onNewConnection);
}

SimHttpServer::~SimHttpServer()
{
    close();
}

bool SimHttpServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void SimHttpServer::close()
{
    m_server->close();
    const QList<SimHttpConnection *> connections = findChildren<SimHttpConnection *>(Qt::FindDirectChildrenOnly);
    for (SimHttpConnection *connection : connections) {
        // Destroyed right away: a delayed reply's timer must not fire after close().
        connection->abort();
        delete connection;
    }
}

bool SimHttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 SimHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl SimHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QString SimHttpServer::errorString() const
{
    return m_server->errorString();
}

void SimHttpServer::setMaxBodySize(qint64 bytes)
{
    m_maxBodySize = bytes;
}

qint64 SimHttpServer::maxBodySize() const
{
    return m_maxBodySize;
}

int SimHttpServer::openConnectionCount() const
{
    return m_open;
}

int SimHttpServer::acceptedConnectionCount() const
{
    return m_accepted;
}

void SimHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_accepted;
        new SimHttpConnection(socket, static_cast<quint64>(m_accepted), this);
    }
}

} // namespace GradeDesk::Tests
