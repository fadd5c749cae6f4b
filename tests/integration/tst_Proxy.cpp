// Proxies for real, against a tiny HTTP proxy on 127.0.0.1 written here: a profile's proxy
// carries the request for a host no DNS knows (authdesk.invalid; the proxy answers itself),
// "none" goes direct past the environment's proxy, http_proxy from the environment is used
// and NO_PROXY honoured, loopback is never sent to a proxy, https goes through CONNECT, and a
// proxy that cannot be used (credentials in a profile, SOCKS4 in HTTPS_PROXY) sends nothing.
// And the case of a company network: https through the proxy's tunnel to a server whose
// certificate the profile's CA bundle vouches for, under a name only the proxy knows.

#include "CertificateAuthority.h"
#include "credentials/CredentialStore.h"
#include "remote/ApiClient.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {

// A forward proxy that never forwards: it writes down each request's first line and answers
// a plain request with a small JSON body naming itself, and a CONNECT with 403, or, when
// `tunnelPort` is set, with a tunnel to that port on 127.0.0.1 whatever was asked. A request that
// came directly (not through the proxy) has an origin-form target ("/api/ping"), one through
// it the absolute form ("http://authdesk.invalid/api/ping").
class TinyProxy : public QObject
{
public:
    TinyProxy()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    quint16 port() const { return m_server.serverPort(); }

    QList<QByteArray> requestLines;
    quint16 tunnelPort = 0;

private:
    void tunnel(QTcpSocket* client)
    {
        auto* server = new QTcpSocket(client);
        connect(server, &QTcpSocket::connected, client,
                [client] { client->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
        connect(server, &QTcpSocket::readyRead, client,
                [client, server] { client->write(server->readAll()); });
        connect(client, &QTcpSocket::readyRead, server,
                [client, server] { server->write(client->readAll()); });
        connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        server->connectToHost(QHostAddress::LocalHost, tunnelPort);
    }

    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray line = buffer.left(buffer.indexOf("\r\n"));
        m_buffers.remove(socket);
        requestLines << line;
        if (line.startsWith("CONNECT ") && tunnelPort != 0) {
            disconnect(socket, &QTcpSocket::readyRead, socket, nullptr);
            tunnel(socket);
            return;
        }
        if (line.startsWith("CONNECT ")) {
            socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        } else {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\n"
                          "Connection: close\r\n\r\n{\"via\":\"proxy\"}");
        }
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

HttpResponse get(ApiClient* client, const QString& path = QStringLiteral("/ping"))
{
    HttpResponse answer;
    bool done = false;
    QObject context;
    client->setTimeoutSeconds(10);
    client->send(HttpRequest::get(path), &context, [&](const HttpResponse& r) {
        answer = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("no answer");
    return answer;
}

// The proxy variables of the process, cleared for each test and restored after.
const QList<QByteArray> proxyVariables{"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY",
                                       "all_proxy",  "ALL_PROXY",  "no_proxy",    "NO_PROXY"};

} // namespace

class tst_Proxy : public QObject
{
    Q_OBJECT
    std::unique_ptr<TinyProxy> m_proxy;
    QHash<QByteArray, QByteArray> m_saved;

    // A connection for a profile of `base` with `proxy`, as the console makes one.
    std::unique_ptr<Connection> connectionFor(const QString& base, const QString& proxy,
                                              const QString& caBundlePath = QString())
    {
        Profile p;
        p.id = QStringLiteral("proxy-test");
        p.name = QStringLiteral("proxy test");
        p.baseUrl = QUrl(base);
        p.dialect = QStringLiteral("gatekeeper");
        p.rememberPassword = false;
        p.proxy = proxy;
        p.caBundlePath = caBundlePath;
        auto* credentials = new CredentialStore;
        credentials->setMemoryOnly(true);
        auto connection = std::make_unique<Connection>(p, DialectRegistry::create(p.dialect), credentials);
        credentials->setParent(connection.get());
        return connection;
    }

private slots:
    void initTestCase()
    {
        for (const QByteArray& name : proxyVariables) {
            if (qEnvironmentVariableIsSet(name.constData()))
                m_saved.insert(name, qgetenv(name.constData()));
        }
    }

    void init()
    {
        for (const QByteArray& name : proxyVariables)
            qunsetenv(name.constData());
        m_proxy = std::make_unique<TinyProxy>();
        QVERIFY(m_proxy->listen());
    }

    void cleanupTestCase()
    {
        for (const QByteArray& name : proxyVariables)
            qunsetenv(name.constData());
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
            qputenv(it.key().constData(), it.value());
    }

    void aProfilesProxyCarriesTheRequest()
    {
        const auto connection = connectionFor(QStringLiteral("http://authdesk.invalid/api"), m_proxy->url());
        const HttpResponse answer = get(connection->client());
        QVERIFY2(answer.transportError.isNone(), qPrintable(answer.transportError.message));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("{\"via\":\"proxy\"}"));
        QCOMPARE(m_proxy->requestLines, QList<QByteArray>{"GET http://authdesk.invalid/api/ping HTTP/1.1"});
    }

    void aProfilesProxyIsUsedEvenForLoopback()
    {
        // The profile names one server and one proxy for it: that choice is not second-guessed.
        const auto connection = connectionFor(QStringLiteral("http://127.0.0.1:9/api"), m_proxy->url());
        QCOMPARE(get(connection->client()).status, 200);
        QCOMPARE(m_proxy->requestLines, QList<QByteArray>{"GET http://127.0.0.1:9/api/ping HTTP/1.1"});
    }

    void httpsGoesThroughConnect()
    {
        const auto connection = connectionFor(QStringLiteral("https://authdesk.invalid/api"), m_proxy->url());
        const HttpResponse answer = get(connection->client());
        QCOMPARE(m_proxy->requestLines.value(0).left(35), QByteArray("CONNECT authdesk.invalid:443 HTTP/1"));
        QVERIFY(!answer.transportError.isNone()); // the proxy refused the tunnel
        QCOMPARE(answer.status, 0);
    }

    void httpsThroughTheTunnelTrustsTheProfilesCa()
    {
        const CertificateAuthority ca =
            CertificateAuthority::make(QStringLiteral("Company"), {QStringLiteral("authdesk.invalid")});
        QVERIFY2(ca.isValid(), qPrintable(ca.error));
        QTemporaryDir dir;
        QFile bundle(dir.filePath(QStringLiteral("company.pem")));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(ca.caPem);
        bundle.close();
        QSslServer server;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(ca.server);
        tls.setPrivateKey(ca.serverKey);
        server.setSslConfiguration(tls);
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&server] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 16\r\n"
                        "Connection: close\r\n\r\n{\"via\":\"tunnel\"}");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        m_proxy->tunnelPort = server.serverPort();

        const QString base = QStringLiteral("https://authdesk.invalid/api");
        const auto trusted = connectionFor(base, m_proxy->url(), bundle.fileName());
        const HttpResponse answer = get(trusted->client());
        QVERIFY2(answer.transportError.isNone(), qPrintable(answer.transportError.message));
        QCOMPARE(answer.body, QByteArray("{\"via\":\"tunnel\"}"));
        QCOMPARE(m_proxy->requestLines.value(0).left(35), QByteArray("CONNECT authdesk.invalid:443 HTTP/1"));
        // Without the bundle the same tunnel leads to a certificate nobody vouches for.
        const auto untrusted = connectionFor(base, m_proxy->url());
        QCOMPARE(get(untrusted->client()).transportError.kind, ApiError::Kind::Tls);
    }

    void theEnvironmentsProxyIsUsedWhenTheProfileNamesNone()
    {
        qputenv("http_proxy", m_proxy->url().toLatin1());
        const auto connection = connectionFor(QStringLiteral("http://authdesk.invalid/api"), QString());
        QCOMPARE(get(connection->client()).status, 200);
        QCOMPARE(m_proxy->requestLines, QList<QByteArray>{"GET http://authdesk.invalid/api/ping HTTP/1.1"});
    }

    void loopbackBypassesTheEnvironmentsProxy()
    {
        // The proxy is also the server here: a direct request reaches it in origin form.
        qputenv("http_proxy", m_proxy->url().toLatin1());
        qputenv("HTTPS_PROXY", m_proxy->url().toLatin1());
        qputenv("ALL_PROXY", m_proxy->url().toLatin1());
        ApiClient client;
        client.setBaseUrl(QUrl(m_proxy->url() + QStringLiteral("/api")));
        QCOMPARE(get(&client).status, 200);
        QCOMPARE(m_proxy->requestLines, QList<QByteArray>{"GET /api/ping HTTP/1.1"});
    }

    void noProxyAndNoneGoDirect()
    {
        // Direct to authdesk.invalid can only fail (no DNS knows it); what matters is that the
        // proxy never saw the request.
        qputenv("http_proxy", m_proxy->url().toLatin1());
        qputenv("NO_PROXY", "example.com,.invalid");
        const auto exempt = connectionFor(QStringLiteral("http://authdesk.invalid/api"), QString());
        QVERIFY(!get(exempt->client()).transportError.isNone());
        qunsetenv("NO_PROXY");
        const auto direct =
            connectionFor(QStringLiteral("http://authdesk.invalid/api"), QStringLiteral("none"));
        QVERIFY(!get(direct->client()).transportError.isNone());
        QVERIFY2(m_proxy->requestLines.isEmpty(), m_proxy->requestLines.value(0).constData());
    }

    void anUnusableProxySendsNothing()
    {
        const auto withPassword =
            connectionFor(QStringLiteral("http://authdesk.invalid/api"),
                          QStringLiteral("http://me:hunter2@127.0.0.1:%1").arg(m_proxy->port()));
        const HttpResponse refused = get(withPassword->client());
        QCOMPARE(refused.transportError.kind, ApiError::Kind::Network);
        QVERIFY2(refused.transportError.message.contains(QLatin1String("password")),
                 qPrintable(refused.transportError.message));
        QVERIFY(!refused.transportError.message.contains(QLatin1String("hunter2")));

        qputenv("HTTPS_PROXY", QStringLiteral("socks4://127.0.0.1:%1").arg(m_proxy->port()).toLatin1());
        const auto fromEnvironment = connectionFor(QStringLiteral("https://authdesk.invalid/api"), QString());
        const HttpResponse socks4 = get(fromEnvironment->client());
        QCOMPARE(socks4.transportError.kind, ApiError::Kind::Network);
        QVERIFY2(socks4.transportError.message.contains(QLatin1String("HTTPS_PROXY")),
                 qPrintable(socks4.transportError.message));
        QVERIFY2(socks4.transportError.message.contains(QLatin1String("SOCKS4")),
                 qPrintable(socks4.transportError.message));
        QVERIFY(m_proxy->requestLines.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Proxy)
#include "tst_Proxy.moc"
