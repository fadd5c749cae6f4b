#include "SandboxServer.h"

#include "ApiHandler.h"
#include "ConnectionListener.h"

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

// Qt HttpServer's API was reworked in 6.8, when it left technology preview; the lines below are
// the only ones in the sandbox that depend on the Qt version (Debian 12 has 6.4, Debian 13 6.8).
// What differs: the missing handler takes a context object; request headers are QHttpHeaders
// instead of a list of pairs; and the responder no longer gives its socket, which fault injection
// needs (a connection cut mid-body, a client that hung up during --latency), so ConnectionListener
// finds it from the request's client address and port.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
namespace {
void routeEverything(QHttpServer& server, SandboxServer* context,
                     void (SandboxServer::*handler)(const QHttpServerRequest&, QHttpServerResponder&))
{
    server.setMissingHandler(context, handler);
}

QList<QPair<QByteArray, QByteArray>> headersOf(const QHttpServerRequest& request)
{
    return request.headers().toListOfPairs();
}
} // namespace

QTcpSocket* SandboxServer::socketOf(const QHttpServerRequest& request, QHttpServerResponder&) const
{
    return m_listener->connection(request.remoteAddress(), request.remotePort());
}
#else
namespace {
void routeEverything(QHttpServer& server, SandboxServer* context,
                     void (SandboxServer::*handler)(const QHttpServerRequest&, QHttpServerResponder&))
{
    server.setMissingHandler(
        [context, handler](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            (context->*handler)(request, responder);
        });
}

QList<QPair<QByteArray, QByteArray>> headersOf(const QHttpServerRequest& request)
{
    return request.headers();
}
} // namespace

QTcpSocket* SandboxServer::socketOf(const QHttpServerRequest&, QHttpServerResponder& responder) const
{
    return responder.socket();
}
#endif

SandboxServer::SandboxServer(FaultInjector faults, QObject* parent)
    : QObject(parent)
    , m_faults(faults)
{
    routeEverything(m_server, this, &SandboxServer::onRequest);
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::addApi(std::unique_ptr<ApiHandler> api)
{
    m_apis.push_back(std::move(api));
}

quint16 SandboxServer::listen(const QHostAddress& address, quint16 port)
{
    auto listener = std::make_unique<ConnectionListener>();
    if (!listener->listen(address, port))
        return 0;
    m_listener = listener.release();
    m_server.bind(m_listener); // and takes it as a child
    return m_listener->serverPort();
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
        r.headers = headersOf(request);
        r.body = request.body();
        r.remoteAddress = request.remoteAddress().toString();
        return api->handle(r);
    }
    return SandboxReply::json(404,
                              QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown API prefix")}});
}

void SandboxServer::onRequest(const QHttpServerRequest& request, QHttpServerResponder& responder)
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
    // The client may hang up before a delayed answer is due, which deletes the socket.
    const QPointer<QTcpSocket> socket = socketOf(request, responder);
    if (!socket)
        return;
    if (control || m_faults.latencyMs <= 0) {
        write(*socket, reply, fault);
        return;
    }
    // QHttpServerResponder is move-only: keep it alive until the delayed answer is written, since
    // Qt 6.8 reads the connection's next request only once the responder is gone.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(m_faults.latencyMs, this, [held, socket, reply, fault] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*socket, reply, fault);
    });
}

// The answer goes straight to the socket rather than through QHttpServerResponder, which can
// neither promise more body than it sends nor cut a connection.
void SandboxServer::write(QTcpSocket& socket, const SandboxReply& reply, FaultInjector::Fault fault)
{
    QByteArray body = reply.body;
    if (fault == FaultInjector::Fault::Malformed)
        body = QByteArrayLiteral("{\"data\": [1, 2, {\"broken\": tru");
    else if (fault == FaultInjector::Fault::Truncate)
        body = body.left(body.size() / 2);
    // A dropped connection promises the full body, sends half, then is cut.
    const bool drop = fault == FaultInjector::Fault::Drop;
    // No reason phrase after the status code: clients ignore it (RFC 9112, section 4), and Qt's
    // own responder leaves it out for the codes it does not know.
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + "\r\n";
    for (const auto& [name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(drop ? qMax<qsizetype>(body.size(), 64) : body.size()) +
            "\r\n\r\n";
    socket.write(head);
    if (drop) {
        socket.write(body.left(body.size() / 2));
        socket.flush();
        socket.abort();
        return;
    }
    socket.write(body);
}
