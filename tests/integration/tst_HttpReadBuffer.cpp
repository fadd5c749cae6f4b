// The read buffer reaches Qt's HTTP thread before the answer does, however late the caller's
// thread gets to its next line: a caller held off right after Qt started a request (as a
// loaded machine may do) must not let Qt read a body without a length as fast as it comes.
// The flood comes from a server on its own thread, so it goes on while the test's thread
// sleeps. This binary runs under ReadBufferedApplication, as the console and the CLI do; under
// a plain QCoreApplication the same test sees Qt read hundreds of MiB while the caller sleeps.

#include "remote/HttpReadBuffer.h"
#include "remote/ReadBufferedApplication.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>
#include <arpa/inet.h>
#include <atomic>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {

constexpr qint64 floodBytes = 512ll * 1024 * 1024;
constexpr qint64 capBytes = 32ll * 1024 * 1024;
// A chunk in Qt's hands and what the kernel's socket buffers hold on loopback.
constexpr qint64 slackBytes = 16ll * 1024 * 1024;

// One connection: reads the request, then sends an endless chunked body as fast as the
// socket takes it, until the client hangs up or floodBytes went out.
class FloodServer
{
public:
    ~FloodServer()
    {
        if (m_listener >= 0)
            ::shutdown(m_listener, SHUT_RDWR);
        if (m_thread.joinable())
            m_thread.join();
        if (m_listener >= 0)
            ::close(m_listener);
    }

    bool start()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
            ::listen(m_listener, 1) != 0 ||
            ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0)
            return false;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serveOne(); });
        return true;
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/flood").arg(m_port)); }
    qint64 sentBytes() const { return m_sent.load(); }
    bool clientLeft() const { return m_clientLeft.load(); }

private:
    void serveOne()
    {
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            return;
        QByteArray request;
        char buffer[4096];
        while (!request.contains("\r\n\r\n")) {
            const ssize_t got = ::recv(client, buffer, sizeof(buffer), 0);
            if (got <= 0)
                break;
            request.append(buffer, got);
        }
        const QByteArray head =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'x') + "\r\n";
        bool open = ::send(client, head.constData(), head.size(), MSG_NOSIGNAL) == head.size();
        while (open && m_sent.load() < floodBytes) {
            for (qsizetype offset = 0; open && offset < chunk.size();) {
                const ssize_t put = ::send(client, chunk.constData() + offset, chunk.size() - offset, MSG_NOSIGNAL);
                open = put > 0;
                offset += open ? put : 0;
            }
            if (open)
                m_sent += 0x10000;
        }
        m_clientLeft = !open;
        ::close(client);
    }

    int m_listener = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<qint64> m_sent{0};
    std::atomic<bool> m_clientLeft{false};
};

} // namespace

class tst_HttpReadBuffer : public QObject
{
    Q_OBJECT

private slots:
    void callerHeldOffAfterTheStartStillBoundsTheRead()
    {
        FloodServer server;
        QVERIFY(server.start());
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(server.url())));
        // Held off between Qt's start of the request and the next line, long enough for the
        // whole flood to go out were nothing holding Qt's HTTP thread back.
        QThread::msleep(1500);
        const qint64 sentWhileHeldOff = server.sentBytes();
        reply->setReadBufferSize(HttpReadBuffer::chunkBytes); // this side's, as ApiClient sets it

        qint64 received = 0;
        connect(reply.get(), &QNetworkReply::readyRead, this, [&] {
            received += reply->readAll().size();
            if (received > capBytes)
                reply->abort();
        });
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(60000));
        qInfo("%lld bytes sent while the caller was held off, %lld in all, %lld received", sentWhileHeldOff,
              server.sentBytes(), received);
        QVERIFY2(sentWhileHeldOff < slackBytes, qPrintable(QString::number(sentWhileHeldOff)));
        // The reply read on once this side took its share: the flow was held, not stopped.
        QVERIFY2(received > capBytes, qPrintable(QString::number(received)));
        QTRY_VERIFY_WITH_TIMEOUT(server.clientLeft(), 10000);
        QVERIFY2(server.sentBytes() < capBytes + slackBytes, qPrintable(QString::number(server.sentBytes())));
    }
};

int main(int argc, char* argv[])
{
    ReadBufferedApplication<QCoreApplication> app(argc, argv);
    tst_HttpReadBuffer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_HttpReadBuffer.moc"
