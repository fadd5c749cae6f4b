// What every API shares: loopback-only listening, the ready line, deterministic seeding and the
// fault-injection flags.

#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
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
        const ProbeReply dropped =
            HttpProbe::send("GET", users(sandbox), {}, {{"Authorization", token}}); // 5
        QVERIFY(dropped.networkError || dropped.json().isNull());
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

    void persistsWithDb()
    {
        const QString file = QDir::temp().filePath(
            QStringLiteral("authdesk-sandbox-%1.sqlite").arg(QCoreApplication::applicationPid()));
        QFile::remove(file);
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
        QFile::remove(file);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxCommon)
#include "tst_SandboxCommon.moc"
