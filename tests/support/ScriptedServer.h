#pragma once
// A raw HTTP/1.1 server on 127.0.0.1 whose answers a test writes byte by byte, so it can do what
// no well-behaved framework would: never answer, lie about Content-Length, stop half-way,
// trickle, repeat itself. It records every request as it read it off the socket (the raw
// request target included), for tests to check what reached the server and how often.

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>

// One request as the scripted server read it off the socket.
struct SeenRequest
{
    QByteArray method;
    QByteArray target; // path and query, exactly as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 atMs = 0; // since the server started

    QByteArray header(const QByteArray& name) const;
    // The target's path, without the query.
    QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
};

class ScriptedServer : public QObject
{
public:
    using Responder = std::function<void(QTcpSocket*, const SeenRequest&)>;

    explicit ScriptedServer(Responder responder);
    ~ScriptedServer() override;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())); }

    // A whole answer, then the connection closes once it is written.
    static void reply(QTcpSocket* socket, int status, const QByteArray& reason,
                      const QList<QPair<QByteArray, QByteArray>>& headers = {}, const QByteArray& body = {});
    static void json(QTcpSocket* socket, const QByteArray& body = "{\"ok\":true}");

    QList<SeenRequest> requests;
    int connections = 0;

private:
    void readFrom(QTcpSocket* socket);

    QTcpServer m_server;
    Responder m_responder;
    QElapsedTimer m_clock;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
