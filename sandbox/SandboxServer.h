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
class QHttpServerRequest;
class QHttpServerResponder;
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
    void onRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    SandboxReply dispatch(const QHttpServerRequest& request);
    static void write(QHttpServerResponder& responder, const SandboxReply& reply, FaultInjector::Fault fault);

    QHttpServer m_server;
    FaultInjector m_faults;
    std::vector<std::unique_ptr<ApiHandler>> m_apis;
};
