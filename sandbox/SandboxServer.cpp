#include "SandboxServer.h"

#include "ApiHandler.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SandboxServer::SandboxServer(FaultInjector faults, QObject* parent)
    : QObject(parent)
    , m_faults(faults)
{
    m_server.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        onRequest(request, std::move(responder));
    });
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::addApi(std::unique_ptr<ApiHandler> api)
{
    m_apis.push_back(std::move(api));
}

quint16 SandboxServer::listen(const QHostAddress& address, quint16 port)
{
    return m_server.listen(address, port);
}

SandboxReply SandboxServer::dispatch(const QHttpServerRequest& request)
{
    const QString path = request.url().path();
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() == 2 && segments[0] == QLatin1String("_sandbox") &&
        segments[1] == QLatin1String("health"))
        return SandboxReply::json(200, QJsonObject{{QStringLiteral("ok"), true}});
    for (const auto& api : m_apis) {
        if (segments.isEmpty() || segments.first() != api->prefix())
            continue;
        SandboxRequest r;
        r.method = methodName(request.method());
        segments.removeFirst();
        r.segments = segments;
        r.path = QLatin1Char('/') + segments.join(QLatin1Char('/'));
        r.query = request.query();
        r.headers = request.headers();
        r.body = request.body();
        r.remoteAddress = request.remoteAddress().toString();
        return api->handle(r);
    }
    return SandboxReply::json(404,
                              QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown API prefix")}});
}

void SandboxServer::onRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    const bool control = request.url().path().startsWith(QLatin1String("/_sandbox/"));
    const FaultInjector::Fault fault = control ? FaultInjector::Fault::None : m_faults.next();
    SandboxReply reply = dispatch(request);
    if (fault == FaultInjector::Fault::Fail) {
        reply = SandboxReply::json(
            m_faults.failStatus, QJsonObject{{QStringLiteral("error"), QStringLiteral("injected failure")}});
    } else if (fault == FaultInjector::Fault::Throttle) {
        reply = SandboxReply::json(
                    429, QJsonObject{{QStringLiteral("error"), QStringLiteral("too many requests")}})
                    .withHeader("Retry-After", QByteArray::number(m_faults.retryAfterSeconds));
    }
    if (control || m_faults.latencyMs <= 0) {
        write(responder, reply, fault);
        return;
    }
    // QHttpServerResponder is move-only: keep it alive until the delayed answer is written. The
    // client may hang up meanwhile, which deletes the socket the responder writes to.
    const QPointer<QTcpSocket> socket = responder.socket();
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(m_faults.latencyMs, this, [held, socket, reply, fault] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*held, reply, fault);
    });
}

void SandboxServer::write(QHttpServerResponder& responder, const SandboxReply& reply,
                          FaultInjector::Fault fault)
{
    QByteArray body = reply.body;
    if (fault == FaultInjector::Fault::Malformed)
        body = QByteArrayLiteral("{\"data\": [1, 2, {\"broken\": tru");
    else if (fault == FaultInjector::Fault::Truncate)
        body = body.left(body.size() / 2);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    if (fault == FaultInjector::Fault::Drop) {
        // Promise the full body, send half, then cut the connection.
        responder.writeHeader("Content-Length", QByteArray::number(qMax<qsizetype>(body.size(), 64)));
        responder.writeBody(body.left(body.size() / 2));
        if (QTcpSocket* socket = responder.socket()) {
            socket->flush();
            socket->abort();
        }
        return;
    }
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}
