#pragma once
// Relays a loopback port to a server, for tests that kill a client (SIGKILL) while it talks to
// authdesk-sandbox. When a client vanishes, the relay keeps the server side of each of its
// connections open, and swallows what still arrives, until the relay itself goes: the server
// never sees a client disappear in the middle of an answer. (authdesk-sandbox --latency crashes
// when a client disconnects while a delayed answer is pending: its QHttpServerResponder still
// points at the deleted socket.)

#include <QObject>
#include <QTcpServer>
#include <QUrl>

class TcpRelay : public QObject
{
public:
    explicit TcpRelay(QObject* parent = nullptr);

    // Listens on 127.0.0.1 (a free port) and relays to `target`'s host and port.
    bool start(const QUrl& target);
    // `url` with its host and port replaced by the relay's.
    QUrl relayed(const QUrl& url) const;
    int connections() const { return m_connections; }

private:
    void relay(QTcpSocket* client);

    QTcpServer m_server;
    QString m_targetHost;
    quint16 m_targetPort = 0;
    int m_connections = 0;
};
