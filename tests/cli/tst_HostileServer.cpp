// A SCIM server that answers badly on purpose, played against authdesk-cli and
// against the console's Connection: each case must end within its deadline with a clear
// sentence and the right exit code, after a bounded number of requests, with the CLI's memory
// bounded (the children's peak RSS) and the offline copy and the audit log unchanged.
//
//  - a body over the size cap with no Content-Length (chunked, or until the connection closes):
//    refused with a sentence near the cap, in bytes sent and in the CLI's memory
//  - a body trickling one byte at a time, forever
//  - a total of 10^12 users, three a page
//  - the same page every time, its total growing
//  - a total of -5 with three users, and a server that suddenly lists 3 of 250 cached users
//  - ids holding "/", "?", "#" or spaces, and the ids "." and ".."
//  - NUL, ESC and CR LF inside a user name

#include "CliRunner.h"
#include "ScriptedServer.h"
#include "listing/UserListController.h"
#include "remote/ApiClient.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>
#include <memory>
#include <sys/resource.h>

namespace {

// What the server does with a listing (GET /Users with count above 1; a count of 1 is the
// sign-in, answered normally unless the case says otherwise).
enum class Mode {
    Honest,          // `users` users, paged as asked
    Flood,           // an endless chunked body
    FloodUntilClose, // an endless body with neither length nor chunks
    Trickle,         // one byte every 300 ms
    HugeTotal,       // totalResults 10^12, three new users a page
    SamePage,        // the same three users, the total growing
    NegativeTotal,   // totalResults -5 and three users
    Hostile,         // users whose names hold control characters
};

// Far beyond the 32 MiB cap, yet within what a CI machine can hold should Qt read all of it.
constexpr qint64 floodBytes = 512ll * 1024 * 1024;
constexpr qint64 capBytes = 32ll * 1024 * 1024; // ApiClient's default cap on one answer
#if defined(__SANITIZE_ADDRESS__) // GCC
#define UNDER_ASAN 1
#elif defined(__has_feature) // Clang
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
// The largest of a tcp_rmem or tcp_wmem setting ("4096 131072 6291456"), or `fallback`.
qint64 kernelMaximum(const char* setting, qint64 fallback)
{
    QFile file(QStringLiteral("/proc/sys/net/ipv4/") + QLatin1String(setting));
    if (!file.open(QIODevice::ReadOnly))
        return fallback;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 bytes = fields.value(2).toLongLong(&ok);
    return ok ? bytes : fallback;
}

// What the server may get out before the CLI hangs up: the cap, what the kernel holds between the
// two ends (the receiver's window grows up to tcp_rmem's largest, 6 MiB by Linux's default and
// 32 MiB on some of these machines; the sender's buffer up to tcp_wmem's largest), and a chunk or
// two in flight. The CLI hands Qt's HTTP thread its read buffer in that thread (HttpReadBuffer), so
// however late the CLI's own thread runs, Qt never reads far ahead of it: without that, Qt read
// the whole flood (512 MiB).
const qint64 sentBoundBytes = capBytes + kernelMaximum("tcp_rmem", 6 << 20) + kernelMaximum("tcp_wmem", 4 << 20) +
                              4 * 1024 * 1024;
#ifdef UNDER_ASAN
// AddressSanitizer keeps freed blocks in quarantine (256 MB at most) and maps shadow memory.
constexpr long peakBoundKiB = 512 * 1024;
#else
constexpr long peakBoundKiB = 128 * 1024;
#endif

QJsonObject scimUser(const QString& id, const QString& userName)
{
    QJsonObject email;
    email.insert(QStringLiteral("value"), QString(id + QStringLiteral("@example.com")));
    email.insert(QStringLiteral("primary"), true);
    QJsonObject user;
    user.insert(QStringLiteral("id"), id);
    user.insert(QStringLiteral("userName"), userName);
    user.insert(QStringLiteral("emails"), QJsonArray{email});
    user.insert(QStringLiteral("active"), true);
    return user;
}

QByteArray listResponse(const QJsonArray& users, qint64 total, qint64 startIndex)
{
    // Written by hand: QJsonDocument would turn 10^12 into a double, and -5 must stay -5.
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":" +
           QByteArray::number(total) + ",\"startIndex\":" + QByteArray::number(startIndex) +
           ",\"itemsPerPage\":" + QByteArray::number(users.size()) +
           ",\"Resources\":" + QJsonDocument(users).toJson(QJsonDocument::Compact) + '}';
}

// The peak resident memory of the largest child this process has waited for, in KiB: after a
// run of the CLI, an upper bound of that run's own peak.
long childrenPeakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

class HostileScim : public QObject
{
public:
    Mode mode = Mode::Honest;
    int users = 250;
    QList<SeenRequest>& requests() { return m_server.requests; }
    QUrl url() const { return QUrl(m_server.url().toString() + QStringLiteral("/scim/v2")); }
    bool listen() { return m_server.listen(); }
    qint64 sentBytes = 0;
    int listings = 0;
    QByteArray hostileName = QByteArray("evil\0name", 9) + "\x1b[2J\r\nfake row";

    HostileScim()
        : m_server([this](QTcpSocket* socket, const SeenRequest& request) { answer(socket, request); })
    {
    }

private:
    void answer(QTcpSocket* socket, const SeenRequest& request)
    {
        const QByteArray path = request.path();
        if (!path.startsWith("/scim/v2/Users")) {
            ScriptedServer::reply(socket, 404, "Not Found");
            return;
        }
        const QString rest = QString::fromUtf8(path.mid(int(qstrlen("/scim/v2/Users"))));
        if (!rest.isEmpty()) {
            // One user: a user of that id, or 204 for a DELETE.
            if (request.method == "DELETE") {
                ScriptedServer::reply(socket, 204, "No Content");
                return;
            }
            const QString id = QUrl::fromPercentEncoding(rest.mid(1).toUtf8());
            ScriptedServer::reply(socket, 200, "OK", {{"Content-Type", "application/scim+json"}},
                                  QJsonDocument(scimUser(id, QStringLiteral("user-") + id)).toJson());
            return;
        }
        const QUrlQuery query(QString::fromUtf8(request.target.mid(request.target.indexOf('?') + 1)));
        const qint64 startIndex = qMax(1, query.queryItemValue(QStringLiteral("startIndex")).toInt());
        const int count = query.queryItemValue(QStringLiteral("count")).toInt();
        if (count <= 1) { // the sign-in
            ScriptedServer::reply(socket, 200, "OK", {{"Content-Type", "application/scim+json"}},
                                  listResponse({scimUser(QStringLiteral("u1"), QStringLiteral("user1"))}, users, 1));
            return;
        }
        ++listings;
        QJsonArray page;
        switch (mode) {
        case Mode::Honest:
            for (qint64 i = startIndex; i < startIndex + count && i <= users; ++i)
                page.append(scimUser(QStringLiteral("u%1").arg(i), QStringLiteral("user%1").arg(i)));
            json(socket, listResponse(page, users, startIndex));
            return;
        case Mode::Flood:
        case Mode::FloodUntilClose:
            flood(socket, mode == Mode::Flood);
            return;
        case Mode::Trickle:
            trickle(socket);
            return;
        case Mode::HugeTotal:
            for (qint64 i = startIndex; i < startIndex + 3; ++i)
                page.append(scimUser(QStringLiteral("h%1").arg(i), QStringLiteral("huge%1").arg(i)));
            json(socket, listResponse(page, 1000000000000ll, startIndex));
            return;
        case Mode::SamePage:
            for (int i = 1; i <= 3; ++i)
                page.append(scimUser(QStringLiteral("s%1").arg(i), QStringLiteral("same%1").arg(i)));
            json(socket, listResponse(page, 100 * listings, 1));
            return;
        case Mode::NegativeTotal:
            for (int i = 1; i <= 3; ++i)
                page.append(scimUser(QStringLiteral("u%1").arg(i), QStringLiteral("user%1").arg(i)));
            json(socket, listResponse(page, -5, startIndex));
            return;
        case Mode::Hostile:
            page.append(scimUser(QStringLiteral("x1"), QString::fromUtf8(hostileName)));
            json(socket, listResponse(page, 1, startIndex));
            return;
        }
    }

    static void json(QTcpSocket* socket, const QByteArray& body)
    {
        ScriptedServer::reply(socket, 200, "OK", {{"Content-Type", "application/scim+json"}}, body);
    }

    // As fast as the client reads, up to floodBytes.
    void flood(QTcpSocket* socket, bool chunked)
    {
        socket->write(chunked ? "HTTP/1.1 200 OK\r\nContent-Type: application/scim+json\r\n"
                                "Transfer-Encoding: chunked\r\n\r\n"
                              : "HTTP/1.1 200 OK\r\nContent-Type: application/scim+json\r\n"
                                "Connection: close\r\n\r\n");
        const QByteArray filler(0x10000, ' ');
        const QByteArray block = chunked ? "10000\r\n" + filler + "\r\n" : filler;
        auto pump = [this, socket, block] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024 &&
                   sentBytes < floodBytes) {
                socket->write(block);
                sentBytes += 0x10000;
            }
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    }

    void trickle(QTcpSocket* socket)
    {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/scim+json\r\nContent-Length: 100000\r\n\r\n");
        auto* timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket] {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->write(" ");
        });
        timer->start(300);
    }

    ScriptedServer m_server;
};

} // namespace

class tst_HostileServer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<CliRunner> m_cli;
    HostileScim m_scim;
    QString m_profile = QStringLiteral("hostile");

    CliRun cli(const QStringList& args, int timeoutMs = 60000)
    {
        return m_cli->run(QStringList{QStringLiteral("--profile"), m_profile, QStringLiteral("--secrets-stdin")} +
                              args,
                          "api_key=hostile-test-key\n\n", {}, timeoutMs);
    }
    // What a later look would find: the offline copy and the audit log, as the CLI shows them.
    QByteArray offlineCopy()
    {
        return m_cli->run(words({"--profile", "hostile", "--offline", "users", "list", "--all", "--format", "json"}))
            .out;
    }
    QByteArray auditLog() { return m_cli->run(words({"audit", "--format", "json"})).out; }
    int listRequests()
    {
        int n = 0;
        for (const SeenRequest& r : m_scim.requests())
            n += r.method == "GET" && r.path() == "/scim/v2/Users" && !r.target.contains("count=1&") &&
                 !r.target.endsWith("count=1");
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_scim.listen());
        m_cli = std::make_unique<CliRunner>(m_home.path());
        const CliRun added = m_cli->addProfile(m_profile, QStringLiteral("scim"), m_scim.url(),
                                               QStringLiteral("admin"));
        QCOMPARE_RUN(added, 0);
        // An honest first sync: 250 users in the offline copy, for the cases to leave alone.
        m_scim.mode = Mode::Honest;
        const CliRun synced = cli(words({"sync"}));
        QCOMPARE_RUN(synced, 0);
        QVERIFY(synced.err.contains("250"));
        QCOMPARE(QJsonDocument::fromJson(offlineCopy()).array().size(), 250);
    }

    void init()
    {
        m_scim.requests().clear();
        m_scim.listings = 0;
        m_scim.sentBytes = 0;
    }

    // One byte every 300 ms never lets the transfer timeout fire: the deadline does.
    void tricklingBodyMeetsTheDeadline()
    {
        m_scim.mode = Mode::Trickle;
        const QByteArray copy = offlineCopy();
        QElapsedTimer clock;
        clock.start();
        const CliRun run = cli(words({"--deadline", "3", "users", "list", "--all"}));
        QCOMPARE_RUN(run, 5);
        QVERIFY2(run.err.contains("still not complete after 3 s"), qPrintable(diagnose(run)));
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(listRequests(), 1);

        const CliRun sync = cli(words({"--deadline", "3", "sync"}));
        QCOMPARE_RUN(sync, 5);
        QVERIFY(sync.err.contains("still not complete"));
        QCOMPARE(offlineCopy(), copy);
        // The profile's own deadline is 60 s by default, and --deadline checks what it is given.
        const CliRun wrong = cli(words({"--deadline", "soon", "users", "list"}));
        QCOMPARE_RUN(wrong, 2);
        QVERIFY(wrong.err.contains("--deadline"));
    }

    void pagingThatWouldNeverEndStops_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("sentence");
        QTest::addColumn<int>("maxListings");
        QTest::newRow("total of 10^12") << int(Mode::HugeTotal) << QByteArray("impossible number of users (1000000000000)") << 1;
        QTest::newRow("same page, growing total") << int(Mode::SamePage) << QByteArray("same 3 user") << 2;
        QTest::newRow("total of -5") << int(Mode::NegativeTotal) << QByteArray("impossible number of users (-5)") << 1;
    }
    void pagingThatWouldNeverEndStops()
    {
        QFETCH(int, mode);
        QFETCH(QByteArray, sentence);
        QFETCH(int, maxListings);
        m_scim.mode = Mode(mode);
        const QByteArray copy = offlineCopy();
        const QByteArray audit = auditLog();
        for (const QStringList& args : {words({"users", "list", "--all"}), words({"sync"})}) {
            m_scim.listings = 0;
            QElapsedTimer clock;
            clock.start();
            const CliRun run = cli(args);
            QCOMPARE_RUN(run, 5);
            QVERIFY2(run.err.contains(sentence), qPrintable(diagnose(run)));
            QVERIFY(run.out.isEmpty());
            QVERIFY2(m_scim.listings <= maxListings, qPrintable(QString::number(m_scim.listings)));
            QVERIFY(clock.elapsed() < 20000);
        }
        QVERIFY2(childrenPeakKiB() < 256 * 1024, qPrintable(QString::number(childrenPeakKiB())));
        QCOMPARE(offlineCopy(), copy);
        QCOMPARE(auditLog(), audit);
    }

    // The same walks through the console's own classes.
    void connectionStopsTheSameWay()
    {
        Profile profile;
        profile.id = QStringLiteral("hostile-connection");
        profile.name = profile.id;
        profile.dialect = QStringLiteral("scim");
        profile.baseUrl = m_scim.url();
        Connection connection(profile, DialectRegistry::create(profile.dialect), nullptr);
        QSignalSpy signedIn(&connection, &Connection::signedIn);
        connection.signIn({{QStringLiteral("api_key"), QStringLiteral("hostile-test-key")}});
        QVERIFY(signedIn.wait(10000));
        UserListController users;
        users.setConnection(&connection);
        struct Case
        {
            Mode mode;
            QString sentence;
            int deadlineSeconds;
        };
        // Only the trickle needs the short deadline: under ASan a flood may take longer than 3 s
        // to reach the size limit, and the deadline would then answer for it.
        for (const Case& c : {Case{Mode::HugeTotal, QStringLiteral("impossible number of users"), 60},
                              Case{Mode::SamePage, QStringLiteral("same 3 user"), 60},
                              Case{Mode::NegativeTotal, QStringLiteral("impossible number of users (-5)"), 60},
                              Case{Mode::Flood, QStringLiteral("too large"), 60},
                              Case{Mode::Trickle, QStringLiteral("still not complete after 3 s"), 3}}) {
            m_scim.mode = c.mode;
            connection.client()->setDeadlineSeconds(c.deadlineSeconds);
            m_scim.listings = 0;
            m_scim.sentBytes = 0;
            UserListController::ListRequest request;
            request.query.limit = 100;
            std::optional<Result<QList<User>>> outcome;
            users.list(request, this, {}, [&](const Result<QList<User>>& r) { outcome = r; });
            QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
            QVERIFY(!outcome->ok());
            QVERIFY2(outcome->error().message.contains(c.sentence), qPrintable(outcome->error().message));
            QVERIFY(m_scim.listings <= 2);
            QVERIFY2(m_scim.sentBytes < sentBoundBytes, qPrintable(QString::number(m_scim.sentBytes)));
        }
    }

    // A server that suddenly lists 3 of the 250 cached users cannot empty the offline copy.
    void syncThatWouldEmptyTheCopyNeedsItsOption()
    {
        m_scim.mode = Mode::Honest;
        m_scim.users = 3;
        const QByteArray copy = offlineCopy();
        const CliRun refused = cli(words({"sync"}));
        QCOMPARE_RUN(refused, 5);
        QVERIFY2(refused.err.contains("no longer lists 247 of the 250 cached user"), qPrintable(diagnose(refused)));
        QVERIFY(refused.err.contains("--allow-mass-delete"));
        QCOMPARE(offlineCopy(), copy);

        const CliRun allowed = cli(words({"sync", "--allow-mass-delete"}));
        QCOMPARE_RUN(allowed, 0);
        QCOMPARE(QJsonDocument::fromJson(offlineCopy()).array().size(), 3);
        // Back to the honest 250 for the cases that follow.
        m_scim.users = 250;
        QCOMPARE_RUN(cli(words({"sync"})), 0);
        QCOMPARE(QJsonDocument::fromJson(offlineCopy()).array().size(), 250);
    }

    // Each id reaches exactly its own path, encoded once; "." and ".." reach none.
    void idsStayInTheirPath()
    {
        m_scim.mode = Mode::Honest;
        const CliRun slash = cli(words({"users", "get", "a/b c?d#e", "--format", "json"}));
        QCOMPARE_RUN(slash, 0);
        QCOMPARE(m_scim.requests().last().target, QByteArray("/scim/v2/Users/a%2Fb%20c%3Fd%23e"));
        QVERIFY(slash.out.contains("\"a/b c?d#e\""));

        for (const char* id : {".", ".."}) {
            m_scim.requests().clear();
            const CliRun get = cli({QStringLiteral("users"), QStringLiteral("get"), QString::fromLatin1(id)});
            QCOMPARE_RUN(get, 2);
            QVERIFY2(get.err.contains("Nothing was sent"), qPrintable(diagnose(get)));
            const CliRun del =
                cli({QStringLiteral("users"), QStringLiteral("delete"), QString::fromLatin1(id), QStringLiteral("--yes")});
            QVERIFY2(del.exitCode != 0, qPrintable(diagnose(del)));
            QVERIFY2(!del.err.contains("deleted") && !del.out.contains("deleted"), qPrintable(diagnose(del)));
            for (const SeenRequest& seen : m_scim.requests()) {
                QVERIFY2(seen.method == "GET" && seen.target.startsWith("/scim/v2/Users?"), seen.target.constData());
            }
        }
    }

    // Control characters a server puts in a name are shown escaped in the table, kept in JSON.
    void controlCharactersAreShownNotObeyed()
    {
        m_scim.mode = Mode::Hostile;
        const CliRun table = cli(words({"users", "list"}));
        QCOMPARE_RUN(table, 0);
        QVERIFY(!table.out.contains('\x1b'));
        QVERIFY(!table.out.contains('\0'));
        QVERIFY(!table.out.contains('\r'));
        QVERIFY2(table.out.contains("evil\\0name\\x1b[2J\\r\\nfake row"), table.out.constData());
        QCOMPARE(table.out.count('\n'), 2); // the header and one row: no fake row
        const CliRun json = cli(words({"users", "list", "--format", "json"}));
        QCOMPARE_RUN(json, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("username")).toString().toUtf8(), m_scim.hostileName);
    }

    // A body without a length (chunked, or until the connection closes) arriving faster than
    // it is read: refused as "too large" with exit 5 once past the 32 MiB cap, with the bytes
    // the server got out and the CLI's memory near that cap (Qt's HTTP thread holds its read
    // buffer from the start, see HttpReadBuffer), and the copy and the audit log unchanged. The CLI's peak memory is what it says with --verbose.
    void floodWithoutLengthEndsWithASentence_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("until close") << int(Mode::FloodUntilClose);
        QTest::newRow("chunked") << int(Mode::Flood);
    }
    void floodWithoutLengthEndsWithASentence()
    {
        QFETCH(int, mode);
        m_scim.mode = Mode(mode);
        const QByteArray copy = offlineCopy();
        const QByteArray audit = auditLog();
        static const QRegularExpression peakLine(QStringLiteral("Peak memory: ([0-9]+) KiB"));
        for (const QStringList& args : {words({"users", "list", "--all"}), words({"sync"})}) {
            // Three runs each: before the read buffer reached Qt's HTTP thread in that thread, a
            // CLI held off at the start of a request let Qt read the flood (up to all 512 MiB).
            for (int attempt = 0; attempt < 3; ++attempt) {
                m_scim.sentBytes = 0;
                QElapsedTimer clock;
                clock.start();
                const CliRun run = cli(QStringList{QStringLiteral("--verbose")} + args);
                QCOMPARE_RUN(run, 5);
                QVERIFY2(run.err.contains("too large"), qPrintable(diagnose(run)));
                QVERIFY2(clock.elapsed() < 60000, qPrintable(QString::number(clock.elapsed())));
                const QRegularExpressionMatch peak = peakLine.match(QString::fromUtf8(run.err));
                QVERIFY2(peak.hasMatch(), qPrintable(diagnose(run)));
                const long peakKiB = peak.captured(1).toLong();
                qInfo("%s: %lld bytes sent before the CLI hung up, its peak RSS %ld KiB, %lld ms",
                      qPrintable(args.join(u' ')), m_scim.sentBytes, peakKiB, clock.elapsed());
                QVERIFY2(m_scim.sentBytes < sentBoundBytes, qPrintable(QString::number(m_scim.sentBytes)));
                // The cap and a sync's own memory (its SQLite page cache included): about 90 MiB.
                QVERIFY2(peakKiB < peakBoundKiB, qPrintable(QString::number(peakKiB)));
            }
        }
        QCOMPARE(offlineCopy(), copy);
        QCOMPARE(auditLog(), audit);
    }
};

QTEST_GUILESS_MAIN(tst_HostileServer)
#include "tst_HostileServer.moc"
