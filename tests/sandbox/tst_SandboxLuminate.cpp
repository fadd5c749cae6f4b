// Luminate Data emulation: the /auth example of seed 003 (x-api-key + form credentials), its 401
// envelope, and a data call that needs both headers. No user management exists here.

#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

class tst_SandboxLuminate : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    QUrl url(const QString& path) const
    {
        return QUrl(m_sandbox.apiUrl(QStringLiteral("luminate")).toString() + path);
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void authAsInTheDocument()
    {
        const ProbeReply r = HttpProbe::send("POST", url(QStringLiteral("/auth")),
                                             "username=admin%40luminate.test&password=sandbox-admin",
                                             {{"accept", "application/json"},
                                              {"content-type", "application/x-www-form-urlencoded"},
                                              {"x-api-key", "lum-demo-key"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().object().value(QStringLiteral("expires_in")).toInt(), 86400);
        const QByteArray token = r.json().object().value(QStringLiteral("access_token")).toString().toUtf8();
        QVERIFY(!token.isEmpty());

        // GET /songs/ID123 with 'authorization: AUTHTOKEN' (no scheme) and the key.
        const ProbeReply song =
            HttpProbe::send("GET", url(QStringLiteral("/songs/ID123")), {},
                            {{"accept", "application/vnd.luminate-data.svc-apibff.v1+json"},
                             {"authorization", token},
                             {"x-api-key", "lum-demo-key"}});
        QCOMPARE(song.status, 200);
        QCOMPARE(song.json().object().value(QStringLiteral("id")).toString(), QStringLiteral("ID123"));
        // Both headers are needed on every call.
        QCOMPARE(HttpProbe::send("GET", url(QStringLiteral("/songs/ID123")), {}, {{"authorization", token}})
                     .status,
                 401);
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/songs/ID123")), {}, {{"x-api-key", "lum-demo-key"}})
                .status,
            401);
    }

    void unauthorizedEnvelope()
    {
        const ProbeReply r = HttpProbe::send("POST", url(QStringLiteral("/auth")), "username=x&password=y",
                                             {{"content-type", "application/x-www-form-urlencoded"}});
        QCOMPARE(r.status, 401);
        const QJsonObject error = r.json().object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 401);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Unauthorized"));
        const QJsonObject first = error.value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("error_code")).toString(), QStringLiteral("00018"));
        QCOMPARE(first.value(QStringLiteral("error_type")).toString(), QStringLiteral("Unauthorized"));
        QCOMPARE(first.value(QStringLiteral("message")).toString(),
                 QStringLiteral("API key invalid or not provided."));
        const ProbeReply badPassword =
            HttpProbe::send("POST", url(QStringLiteral("/auth")), "username=admin%40luminate.test&password=y",
                            {{"x-api-key", "lum-demo-key"}});
        QCOMPARE(badPassword.status, 401);
        QCOMPARE(badPassword.json()
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("error_code"))
                     .toString(),
                 QStringLiteral("00019"));
    }

    void noUserManagementIsInvented()
    {
        const ProbeReply r =
            HttpProbe::send("GET", url(QStringLiteral("/users")), {}, {{"x-api-key", "lum-demo-key"}});
        QCOMPARE(r.status, 401); // no token: and with one, /users still does not exist
        const ProbeReply auth = HttpProbe::send("POST", url(QStringLiteral("/auth")),
                                                "username=admin%40luminate.test&password=sandbox-admin",
                                                {{"x-api-key", "lum-demo-key"}});
        const QByteArray token =
            auth.json().object().value(QStringLiteral("access_token")).toString().toUtf8();
        QCOMPARE(HttpProbe::send("GET", url(QStringLiteral("/users")), {},
                                 {{"x-api-key", "lum-demo-key"}, {"authorization", token}})
                     .status,
                 404);
    }
    void expiredTokenIs401()
    {
        SandboxProcess shortLived;
        // Lifetimes count whole seconds: a 2 s token is good for at least one.
        QVERIFY2(shortLived.start({QStringLiteral("--token-lifetime"), QStringLiteral("2")}),
                 qPrintable(shortLived.errorString()));
        const QString base = shortLived.apiUrl(QStringLiteral("luminate")).toString();
        const ProbeReply auth = HttpProbe::send("POST", QUrl(base + QStringLiteral("/auth")),
                                                "username=admin%40luminate.test&password=sandbox-admin",
                                                {{"x-api-key", "lum-demo-key"}});
        QCOMPARE(auth.json().object().value(QStringLiteral("expires_in")).toInt(), 2);
        const QByteArray token =
            auth.json().object().value(QStringLiteral("access_token")).toString().toUtf8();
        const QUrl song(base + QStringLiteral("/songs/ID123"));
        const QList<QPair<QByteArray, QByteArray>> headers{{"authorization", token},
                                                           {"x-api-key", "lum-demo-key"}};
        QCOMPARE(HttpProbe::send("GET", song, {}, headers).status, 200);
        QTest::qWait(3100);
        const ProbeReply expired = HttpProbe::send("GET", song, {}, headers);
        QCOMPARE(expired.status, 401);
        const QJsonObject error = expired.json().object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 401);
        const QJsonObject first = error.value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("error_code")).toString(), QStringLiteral("00020"));
        QCOMPARE(first.value(QStringLiteral("error_type")).toString(), QStringLiteral("Unauthorized"));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxLuminate)
#include "tst_SandboxLuminate.moc"
