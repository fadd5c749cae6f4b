#include "ConnectionListener.h"

#include <QTcpSocket>

QTcpSocket* ConnectionListener::connection(const QHostAddress& address, quint16 port) const
{
    return m_connections.value({address, port});
}

void ConnectionListener::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const Peer peer{socket->peerAddress(), socket->peerPort()};
    m_connections.insert(peer, socket);
    // The server deletes a connection once it is closed; a client's next connection may come
    // from the same port, which then names the new socket.
    connect(socket, &QObject::destroyed, this, [this, peer, socket] {
        if (m_connections.value(peer) == socket)
            m_connections.remove(peer);
    });
    addPendingConnection(socket);
}
