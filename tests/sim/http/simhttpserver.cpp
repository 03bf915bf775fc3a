// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "tests/sim/http/simhttpserver.h"

#include "tests/sim/http/simhttpconnection.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

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
    abortConnections();
}

void SimHttpServer::dropAllConnections()
{
    abortConnections();
}

bool SimHttpServer::setTls(const SimHttpTls &tls)
{
    if (m_server->isListening() || tls.certificate.isNull() || tls.privateKey.isNull()) {
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(QList<QSslCertificate>{tls.certificate} + tls.chain);
    config.setPrivateKey(tls.privateKey);
    config.setCaCertificates(tls.clientCaCertificates);
    const bool optional = tls.clientCertificates == SimHttpTls::ClientCertificates::Optional;
    config.setPeerVerifyMode(tls.clientCertificates == SimHttpTls::ClientCertificates::Ignore ? QSslSocket::VerifyNone
                                                                                              : QSslSocket::VerifyPeer);
    auto *server = new QSslServer(this);
    server->setSslConfiguration(config);
    // Direct connection: ignoreSslErrors() only works from inside the signal.
    connect(server, &QSslServer::sslErrors, this, [optional](QSslSocket *socket, const QList<QSslError> &errors) {
        const bool onlyMissing = std::all_of(errors.cbegin(), errors.cend(), [](const QSslError &e) {
            return e.error() == QSslError::NoPeerCertificate;
        });
        if (optional && onlyMissing) {
            socket->ignoreSslErrors(errors);
        }
    });
    connect(server, &QSslServer::errorOccurred, this, [this](QSslSocket *socket, QAbstractSocket::SocketError) {
        if (!socket->isEncrypted()) {
            Q_EMIT tlsHandshakeFailed(socket->errorString());
        }
    });
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &SimHttpServer::onNewConnection);
    delete m_server;
    m_server = server;
    m_tls = true;
    return true;
}

bool SimHttpServer::isTls() const
{
    return m_tls;
}

void SimHttpServer::abortConnections()
{
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
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
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
