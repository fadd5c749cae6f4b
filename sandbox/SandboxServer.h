#pragma once
// The HTTP front: receives every request, routes it by prefix to its API handler, applies the
// configured faults, and writes the answer.

#include "FaultInjector.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <memory>
#include <vector>

class ApiHandler;
class ConnectionListener;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
struct SandboxReply;

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(FaultInjector faults, QObject* parent = nullptr);
    ~SandboxServer() override;

    void addApi(std::unique_ptr<ApiHandler> api);
    // Returns the bound port, or 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);

private:
    void onRequest(const QHttpServerRequest& request, QHttpServerResponder& responder);
    SandboxReply dispatch(const QHttpServerRequest& request);
    QTcpSocket* socketOf(const QHttpServerRequest& request, QHttpServerResponder& responder) const;
    static void write(QTcpSocket& socket, const SandboxReply& reply, FaultInjector::Fault fault);

    QHttpServer m_server;
    ConnectionListener* m_listener = nullptr; // owned by m_server once bound
    FaultInjector m_faults;
    std::vector<std::unique_ptr<ApiHandler>> m_apis;
};
