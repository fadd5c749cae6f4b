#include "TcpRelay.h"

#include <QPointer>
#include <QTcpSocket>
#include <memory>

TcpRelay::TcpRelay(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* client = m_server.nextPendingConnection())
            relay(client);
    });
}

bool TcpRelay::start(const QUrl& target)
{
    m_targetHost = target.host();
    m_targetPort = quint16(target.port(80));
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TcpRelay::relayed(const QUrl& url) const
{
    QUrl result = url;
    result.setHost(QStringLiteral("127.0.0.1"));
    result.setPort(m_server.serverPort());
    return result;
}

void TcpRelay::relay(QTcpSocket* client)
{
    ++m_connections;
    // Both sockets belong to the relay: the server side lives as long as the relay does.
    client->setParent(this);
    auto* server = new QTcpSocket(this);
    const QPointer<QTcpSocket> clientAlive(client);
    const QPointer<QTcpSocket> serverAlive(server);
    auto pending = std::make_shared<QByteArray>(); // what the client sent before the server side connected

    connect(server, &QTcpSocket::connected, this, [server, pending] {
        server->write(*pending);
        pending->clear();
    });
    connect(client, &QTcpSocket::readyRead, this, [client, server, serverAlive, pending] {
        const QByteArray data = client->readAll();
        if (!serverAlive)
            return;
        if (server->state() == QAbstractSocket::ConnectedState)
            server->write(data);
        else
            *pending += data;
    });
    connect(server, &QTcpSocket::readyRead, this, [server, client, clientAlive] {
        const QByteArray data = server->readAll(); // read even when the client is gone: swallowed
        if (clientAlive && client->state() == QAbstractSocket::ConnectedState)
            client->write(data);
    });
    // The client went away (killed): nothing is closed on the server side.
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    // The server closed: so does the client's connection, once what it sent is written.
    connect(server, &QTcpSocket::disconnected, this, [client, clientAlive] {
        if (clientAlive)
            client->disconnectFromHost();
    });
    server->connectToHost(m_targetHost, m_targetPort);
}
