// What every API shares: loopback-only listening, the ready line, deterministic seeding (the
// same through either load path), the fault-injection flags, and what a --db file keeps.

#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QtTest>

class tst_SandboxCommon : public QObject
{
    Q_OBJECT
    static QByteArray adminToken(const SandboxProcess& sandbox)
    {
        const ProbeReply r = HttpProbe::send(
            "POST",
            QUrl(sandbox.apiUrl(QStringLiteral("gatekeeper")).toString() + QStringLiteral("/sessions")),
            R"({"username":"admin","password":"sandbox-admin"})");
        return "Bearer " + r.json()
                               .object()
                               .value(QStringLiteral("token"))
                               .toObject()
                               .value(QStringLiteral("access_token"))
                               .toString()
                               .toUtf8();
    }
    static QUrl users(const SandboxProcess& sandbox, const QString& query = QStringLiteral("?limit=20"))
    {
        return QUrl(sandbox.apiUrl(QStringLiteral("gatekeeper")).toString() + QStringLiteral("/users") +
                    query);
    }

private slots:
    void refusesNonLoopbackAddresses()
    {
        QProcess process;
        process.start(SandboxProcess::executablePath(),
                      {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(process.readAllStandardError().contains("loopback"));
    }

    void seedingIsDeterministic()
    {
        SandboxProcess first, second;
        QVERIFY(first.start({QStringLiteral("--seed"), QStringLiteral("50"), QStringLiteral("--seed-rng"),
                             QStringLiteral("7")}));
        QVERIFY(second.start({QStringLiteral("--seed"), QStringLiteral("50"), QStringLiteral("--seed-rng"),
                              QStringLiteral("7")}));
        auto names = [](const SandboxProcess& sandbox) {
            QStringList result;
            const ProbeReply r = HttpProbe::send("GET", users(sandbox, QStringLiteral("?limit=60")), {},
                                                 {{"Authorization", adminToken(sandbox)}});
            for (const QJsonValue& v : r.json().array())
                result << v.toObject().value(QStringLiteral("uuid")).toString() +
                              v.toObject().value(QStringLiteral("username")).toString();
            return result;
        };
        const QStringList a = names(first);
        QCOMPARE(a.size(), 51);
        QCOMPARE(a, names(second));
        SandboxProcess other;
        QVERIFY(other.start({QStringLiteral("--seed"), QStringLiteral("50"), QStringLiteral("--seed-rng"),
                             QStringLiteral("8")}));
        QVERIFY(a != names(other));
    }

    void injectedFailuresAndThrottling()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--fail-every"), QStringLiteral("3"),
                               QStringLiteral("--fail-status"), QStringLiteral("500"),
                               QStringLiteral("--throttle-every"), QStringLiteral("5"),
                               QStringLiteral("--retry-after"), QStringLiteral("2")}));
        const QByteArray token = adminToken(sandbox); // request 1
        QCOMPARE(HttpProbe::send("GET", users(sandbox), {}, {{"Authorization", token}}).status, 200); // 2
        QCOMPARE(HttpProbe::send("GET", users(sandbox), {}, {{"Authorization", token}}).status, 500); // 3
        QCOMPARE(HttpProbe::send("GET", users(sandbox), {}, {{"Authorization", token}}).status, 200); // 4
        const ProbeReply throttled =
            HttpProbe::send("GET", users(sandbox), {}, {{"Authorization", token}}); // 5
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("Retry-After"), QByteArray("2"));
    }

    void malformedTruncatedAndDropped()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--malformed-every"), QStringLiteral("2"),
                               QStringLiteral("--truncate-every"), QStringLiteral("3"),
                               QStringLiteral("--drop-every"), QStringLiteral("5")}));
        const QByteArray token = adminToken(sandbox); // 1
        const ProbeReply malformed =
            HttpProbe::send("GET", users(sandbox), {}, {{"Authorization", token}}); // 2
        QVERIFY(malformed.json().isNull());
        const ProbeReply truncated =
            HttpProbe::send("GET", users(sandbox), {}, {{"Authorization", token}}); // 3
        QCOMPARE(truncated.status, 200);
        QVERIFY(truncated.json().isNull());
        QCOMPARE(HttpProbe::send("GET", users(sandbox), {}, {{"Authorization", token}}).status, 200); // 4
    }

    void droppedConnectionIsCutMidBody()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--drop-every"), QStringLiteral("2")}));
        const QByteArray token = adminToken(sandbox); // 1
        // 2, on a raw socket: the status line and a Content-Length arrive, then part of the body,
        // then the server closes the connection.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(sandbox.rootUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /gatekeeper/users?limit=20 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + token +
                     "\r\n\r\n");
        QByteArray received;
        while (socket.waitForReadyRead(10000))
            received += socket.readAll();
        received += socket.readAll();
        QCOMPARE(socket.error(), QAbstractSocket::RemoteHostClosedError);
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        const qsizetype headerEnd = received.indexOf("\r\n\r\n");
        QVERIFY2(headerEnd > 0, received.constData());
        const QByteArray head = received.left(headerEnd).toLower();
        QVERIFY2(head.startsWith("http/1.1 200"), head.constData());
        const qsizetype at = head.indexOf("content-length:");
        QVERIFY(at > 0);
        const qint64 promised = head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        const qint64 delivered = received.size() - headerEnd - 4;
        QVERIFY2(delivered > 0 && delivered < promised,
                 qPrintable(QStringLiteral("%1 of %2 bytes").arg(delivered).arg(promised)));
        QCOMPARE(HttpProbe::send("GET", users(sandbox), {}, {{"Authorization", token}}).status, 200); // 3
        // 4, as Qt's network stack (the console's) sees it: the connection closed under the reply.
        // Either Qt says so, with nothing usable read, or (Qt 6.8, depending on how far the answer
        // had got when the connection closed) it sends the GET again on a new connection, which
        // is request 5 and not dropped: then the answer is whole. Never a half answer as a whole.
        QNetworkAccessManager network;
        QNetworkRequest request(users(sandbox));
        request.setRawHeader("Authorization", token);
        QNetworkReply* reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        const QJsonDocument answer = QJsonDocument::fromJson(reply->readAll());
        if (reply->error() == QNetworkReply::NoError) {
            QVERIFY2(answer.isArray() && !answer.array().isEmpty(), "a retried GET brought a whole answer");
        } else {
            QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
            QVERIFY(answer.isNull());
        }
        reply->deleteLater();
    }

    void bothLoadPathsSeedTheSameData()
    {
        // The seeder binds through SQLite's C API where it can, else through QtSql: the same
        // seed must make the same users, sessions and keys either way. Both runs read one frozen
        // clock, so every time they hold is the same to the second whenever they start.
        auto snapshot = [](const SandboxProcess& sandbox) {
            QStringList lines;
            const QByteArray token = adminToken(sandbox);
            const auto compact = [](const QJsonValue& value) {
                return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            };
            for (const QJsonValue& v : HttpProbe::send("GET", users(sandbox, QStringLiteral("?limit=1000")), {},
                                                       {{"Authorization", token}})
                                           .json()
                                           .array())
                lines << compact(v);
            const QUrl sessions(sandbox.apiUrl(QStringLiteral("gatekeeper")).toString() +
                                QStringLiteral("/sessions?limit=1000"));
            for (const QJsonValue& v :
                 HttpProbe::send("GET", sessions, {}, {{"Authorization", token}}).json().array()) {
                if (v[QStringLiteral("username")].toString() == QLatin1String("admin"))
                    continue; // this snapshot's own sign-in, under a random session id
                lines << compact(v);
            }
            const ProbeReply nebula = HttpProbe::send(
                "POST", QUrl(sandbox.apiUrl(QStringLiteral("nebula")).toString() + QStringLiteral("/login")),
                R"({"username":"admin@nebula.test","password":"sandbox-admin"})");
            const QByteArray jwt = "Bearer " + nebula.json()
                                                   .object()
                                                   .value(QStringLiteral("data"))
                                                   .toObject()
                                                   .value(QStringLiteral("jwtToken"))
                                                   .toString()
                                                   .toUtf8();
            const QString base = sandbox.apiUrl(QStringLiteral("nebula")).toString();
            for (const QJsonValue& v :
                 HttpProbe::send("GET", QUrl(base + QStringLiteral("/users?limit=1000")), {},
                                 {{"Authorization", jwt}})
                     .json()
                     .object()
                     .value(QStringLiteral("data"))
                     .toArray()) {
                lines << compact(v);
                const QString keys = base + QStringLiteral("/users/") +
                                     QString::number(v[QStringLiteral("id")].toInteger()) +
                                     QStringLiteral("/api_keys");
                for (const QJsonValue& k : HttpProbe::send("GET", QUrl(keys), {}, {{"Authorization", jwt}})
                                               .json()
                                               .object()
                                               .value(QStringLiteral("data"))
                                               .toArray())
                    lines << compact(k);
            }
            return lines;
        };
        // A minute back, whole, so that nothing seeded lands in the future of a real clock.
        const QString frozen = QString::number(QDateTime::currentSecsSinceEpoch() / 60 * 60 - 60);
        const QStringList seed{QStringLiteral("--seed"),         QStringLiteral("60"),
                               QStringLiteral("--seed-rng"),     QStringLiteral("11"),
                               QStringLiteral("--frozen-clock"), frozen};
        SandboxProcess native;
        QVERIFY(native.start(seed));
        qputenv("AUTHDESK_SANDBOX_NO_SQLITE_API", "1");
        SandboxProcess viaQtSql;
        const bool started = viaQtSql.start(seed);
        qunsetenv("AUTHDESK_SANDBOX_NO_SQLITE_API");
        QVERIFY(started);
        const QStringList a = snapshot(native);
        QVERIFY2(a.size() > 60 + 100 + 60, qPrintable(QString::number(a.size()))); // users, sessions, keys
        QCOMPARE(snapshot(viaQtSql), a);
    }

    void frozenClockHoldsEveryTime()
    {
        // The admins' creation and the sign-in just made both read the frozen clock.
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--frozen-clock"), QStringLiteral("1700000000")}));
        const QByteArray token = adminToken(sandbox);
        const QJsonArray listed =
            HttpProbe::send("GET", users(sandbox, QStringLiteral("?limit=100")), {}, {{"Authorization", token}})
                .json()
                .array();
        const QDateTime frozen = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
        int admins = 0;
        for (const QJsonValue& v : listed) {
            if (v[QStringLiteral("username")].toString() != QLatin1String("admin"))
                continue;
            ++admins;
            QCOMPARE(QDateTime::fromString(v[QStringLiteral("created_at")].toString(), Qt::ISODate), frozen);
            QCOMPARE(QDateTime::fromString(v[QStringLiteral("last_login_at")].toString(), Qt::ISODate), frozen);
        }
        QCOMPARE(admins, 1);
    }

    void persistedStoreKeepsOrderAndIds()
    {
        // A directory of its own, so the database's -wal and -shm files go with it.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("order.sqlite"));
        QStringList order;
        qint64 lastId = 0;
        auto nebulaAdmin = [](const SandboxProcess& sandbox) -> QByteArray {
            const ProbeReply r = HttpProbe::send(
                "POST", QUrl(sandbox.apiUrl(QStringLiteral("nebula")).toString() + QStringLiteral("/login")),
                R"({"username":"admin@nebula.test","password":"sandbox-admin"})");
            return "Bearer " + r.json()
                                   .object()
                                   .value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("jwtToken"))
                                   .toString()
                                   .toUtf8();
        };
        auto createNebulaUser = [&](const SandboxProcess& sandbox, const QString& email) {
            return HttpProbe::json(
                       "POST",
                       QUrl(sandbox.apiUrl(QStringLiteral("nebula")).toString() + QStringLiteral("/users")),
                       QJsonDocument(
                           QJsonObject{{QStringLiteral("email"), email},
                                       {QStringLiteral("password"), QStringLiteral("persisted pw")}}),
                       {{"Authorization", nebulaAdmin(sandbox)}})
                .json()
                .object()
                .value(QStringLiteral("data"))
                .toObject()
                .value(QStringLiteral("id"))
                .toInteger();
        };
        auto uuids = [](const SandboxProcess& sandbox, const QString& query) {
            QStringList result;
            for (const QJsonValue& v :
                 HttpProbe::send("GET", users(sandbox, query), {}, {{"Authorization", adminToken(sandbox)}})
                     .json()
                     .array())
                result << v.toObject().value(QStringLiteral("uuid")).toString();
            return result;
        };
        {
            SandboxProcess sandbox;
            QVERIFY(sandbox.start(
                {QStringLiteral("--db"), file, QStringLiteral("--seed"), QStringLiteral("20")}));
            const QByteArray token = adminToken(sandbox);
            order = uuids(sandbox, QStringLiteral("?limit=1000"));
            QCOMPARE(order.size(), 21);
            // Holes in the middle of the seeded block, and a user after it.
            for (int i : {3, 4, 11}) {
                QCOMPARE(HttpProbe::send("DELETE",
                                         QUrl(sandbox.apiUrl(QStringLiteral("gatekeeper")).toString() +
                                              QStringLiteral("/users/") + order.at(i)),
                                         {}, {{"Authorization", token}})
                             .status,
                         204);
            }
            for (int i : {11, 4, 3})
                order.removeAt(i);
            QCOMPARE(
                HttpProbe::send(
                    "POST", users(sandbox, QString()),
                    R"({"username":"after","password":"pw12","user_type":"customer","email":"after@example.com"})")
                    .status,
                201);
            order = uuids(sandbox, QStringLiteral("?limit=1000"));
            QCOMPARE(order.size(), 19);
            lastId = createNebulaUser(sandbox, QStringLiteral("persisted.one@example.com"));
            QCOMPARE(lastId, qint64(121)); // seeded 101..120
        }
        // Reopened: the order is read back from the file, pages are the same slices, and Nebula's
        // id counter goes on where it stopped.
        SandboxProcess again;
        QVERIFY(again.start({QStringLiteral("--db"), file}));
        QCOMPARE(uuids(again, QStringLiteral("?limit=1000")), order);
        for (int offset = 0; offset < order.size(); offset += 4)
            QCOMPARE(uuids(again, QStringLiteral("?offset=%1&limit=4").arg(offset)), order.mid(offset, 4));
        QCOMPARE(createNebulaUser(again, QStringLiteral("persisted.two@example.com")), lastId + 1);
        again.stop();
    }

    void latencyDelaysAnswers()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--latency"), QStringLiteral("300")}));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(
            HttpProbe::send("GET", QUrl(sandbox.rootUrl().toString() + QStringLiteral("/gemini/api/users")))
                .status,
            401);
        QVERIFY(timer.elapsed() >= 290);
    }

    void clientHangingUpDuringTheDelayLeavesTheServerRunning()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--latency"), QStringLiteral("300")}));
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(sandbox.rootUrl().port()));
            QVERIFY(socket.waitForConnected(5000));
            socket.write("GET /gemini/api/users HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QVERIFY(socket.waitForBytesWritten(5000));
        }                  // closed before the delayed answer is due
        QTest::qWait(500); // the answer would now be written to the closed connection
        QVERIFY2(sandbox.isRunning(), sandbox.standardError().constData());
        QCOMPARE(
            HttpProbe::send("GET", QUrl(sandbox.rootUrl().toString() + QStringLiteral("/gemini/api/users")))
                .status,
            401);
    }

    void persistsWithDb()
    {
        QTemporaryDir dir; // the database's -wal and -shm files go with it
        const QString file = dir.filePath(QStringLiteral("persisted.sqlite"));
        {
            SandboxProcess sandbox;
            QVERIFY(sandbox.start({QStringLiteral("--db"), file}));
            QCOMPARE(
                HttpProbe::send(
                    "POST", users(sandbox, QString()),
                    R"({"username":"kept","password":"pw12","user_type":"customer","email":"kept@example.com"})")
                    .status,
                201);
        }
        SandboxProcess again;
        QVERIFY(again.start({QStringLiteral("--db"), file}));
        const ProbeReply r = HttpProbe::send("GET", users(again, QStringLiteral("?q=kept")), {},
                                             {{"Authorization", adminToken(again)}});
        QCOMPARE(r.json().array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxCommon)
#include "tst_SandboxCommon.moc"
