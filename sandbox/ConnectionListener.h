#pragma once
// The sandbox's listening socket: a QTcpServer that remembers each open connection by its
// client's address and port, so that a request (which knows only those) leads back to its
// socket. Fault injection writes to that socket itself: Qt HttpServer's responder can neither
// promise more body than it sends nor cut a connection, and from Qt 6.8 on it no longer gives
// its socket.

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <utility>

class QTcpSocket;

class ConnectionListener : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    // The open connection from that client, or null once it closed.
    QTcpSocket* connection(const QHostAddress& address, quint16 port) const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    using Peer = std::pair<QHostAddress, quint16>;
    QHash<Peer, QTcpSocket*> m_connections;
};
