#pragma once
// The behaviour of the small HTTPS servers the TLS tests make (a QSslServer with a certificate of
// the test's own): whatever is asked, one small JSON answer, then the connection closes.
// `accepted` (optional) runs for each connection, for tests that count them.

#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

inline void answerEveryRequestWithOkJson(QTcpServer& server, QObject* context, std::function<void()> accepted = {})
{
    QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, context, [&server, accepted] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            if (accepted)
                accepted();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n"
                              "Connection: close\r\n\r\n{\"ok\":true}");
                socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}
