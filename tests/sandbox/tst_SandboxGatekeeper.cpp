// SONATA Gatekeeper emulation: every curl example of seed 001, then the admin extensions.

#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

class tst_SandboxGatekeeper : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    QUrl url(const QString& path) const
    {
        return QUrl(m_sandbox.apiUrl(QStringLiteral("gatekeeper")).toString() + path);
    }
    QByteArray signIn(const QString& user, const QString& password, QJsonObject* answer = nullptr)
    {
        const ProbeReply r =
            HttpProbe::send("POST", url(QStringLiteral("/sessions")),
                            QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                                      {QStringLiteral("password"), password}})
                                .toJson());
        if (answer)
            *answer = r.json().object();
        return r.json()
            .object()
            .value(QStringLiteral("token"))
            .toObject()
            .value(QStringLiteral("access_token"))
            .toString()
            .toUtf8();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("30")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void registerAsInTheDocument()
    {
        // curl -X POST <base URL>/users -d '{"username":"myself", "password":"1234", "user_type":
        // "developer", "email": ...}'
        const ProbeReply r = HttpProbe::send(
            "POST", url(QStringLiteral("/users")),
            R"({"username":"myself", "password":"1234", "user_type": "developer", "email": "myself@example.com"})");
        QCOMPARE(r.status, 201);
        const QJsonObject user = r.json().object();
        QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("myself"));
        QCOMPARE(user.value(QStringLiteral("user_type")).toString(), QStringLiteral("developer"));
        QVERIFY(!user.value(QStringLiteral("uuid")).toString().isEmpty());
        QVERIFY(!user.value(QStringLiteral("created_at")).toString().isEmpty());
        QVERIFY(r.header("Location").endsWith(user.value(QStringLiteral("uuid")).toString().toUtf8()));
        QVERIFY(!user.contains(QStringLiteral("password")));
        // The name is taken now; a missing field is a 400.
        QCOMPARE(HttpProbe::send(
                     "POST", url(QStringLiteral("/users")),
                     R"({"username":"myself", "password":"x", "user_type": "developer", "email": "a@b.c"})")
                     .status,
                 409);
        const ProbeReply missing =
            HttpProbe::send("POST", url(QStringLiteral("/users")), R"({"username":"other"})");
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.json()
                    .object()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .contains(QStringLiteral("message")));
        // Only an admin may create an admin.
        QCOMPARE(
            HttpProbe::send("POST", url(QStringLiteral("/users")),
                            R"({"username":"boss", "password":"x", "user_type": "admin", "email": "b@b.c"})")
                .status,
            403);
    }

    void sessionsAsInTheDocument()
    {
        // curl -X POST <base URL>/sessions -d '{"username":"myself", "password":"1234"}'
        QJsonObject answer;
        const QByteArray token = signIn(QStringLiteral("myself"), QStringLiteral("1234"), &answer);
        QVERIFY(!token.isEmpty());
        const QJsonObject t = answer.value(QStringLiteral("token")).toObject();
        QCOMPARE(t.value(QStringLiteral("expires_in")).toInt(), 1200);
        QCOMPARE(t.value(QStringLiteral("refresh_expires_in")).toInt(), 1800);
        QCOMPARE(t.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(t.value(QStringLiteral("not-before-policy")).toInt(), 0);
        QVERIFY(!t.value(QStringLiteral("session_state")).toString().isEmpty());
        QCOMPARE(answer.value(QStringLiteral("username")).toString(), QStringLiteral("myself"));
        QVERIFY(answer.value(QStringLiteral("session_began_at")).toString().endsWith(QLatin1String(" UTC")));
        QCOMPARE(HttpProbe::send("POST", url(QStringLiteral("/sessions")),
                                 R"({"username":"myself", "password":"wrong"})")
                     .status,
                 401);

        // curl -X GET <base URL>/users -H 'authorization:bearer <token>' : a developer sees only themself.
        const ProbeReply self =
            HttpProbe::send("GET", url(QStringLiteral("/users")), {}, {{"authorization", "bearer " + token}});
        QCOMPARE(self.status, 200);
        QVERIFY(self.json().isObject());
        QCOMPARE(self.json().object().value(QStringLiteral("username")).toString(), QStringLiteral("myself"));

        // curl -X PUT <base URL>/users ... : the username cannot change; the rest can.
        const ProbeReply put = HttpProbe::send(
            "PUT", url(QStringLiteral("/users")),
            R"({"username":"myself", "password":"9876", "user_type": "customer", "email": "new@example.com"})",
            {{"authorization", "bearer " + token}});
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json().object().value(QStringLiteral("user_type")).toString(),
                 QStringLiteral("customer"));
        QCOMPARE(
            HttpProbe::send(
                "PUT", url(QStringLiteral("/users")),
                R"({"username":"renamed", "password":"9876", "user_type": "customer", "email": "n@e.com"})",
                {{"authorization", "bearer " + token}})
                .status,
            403);
        // curl -X OPTIONS <base URL>/users
        QCOMPARE(HttpProbe::send("OPTIONS", url(QStringLiteral("/users")), {},
                                 {{"authorization", "bearer " + token}})
                     .status,
                 200);
        // curl -X GET <base URL>/users/<uuid>
        const QString uuid = self.json().object().value(QStringLiteral("uuid")).toString();
        QCOMPARE(HttpProbe::send("GET", url(QStringLiteral("/users/") + uuid), {},
                                 {{"authorization", "bearer " + token}})
                     .status,
                 200);
        // curl -X PATCH <base URL>/users/<user_name>/user-public-key -d '{"public-key":"..."}'
        const ProbeReply key =
            HttpProbe::send("PATCH", url(QStringLiteral("/users/myself/user-public-key")),
                            R"({"public-key":"ssh-ed25519 AAAA"})", {{"authorization", "bearer " + token}});
        QCOMPARE(key.status, 200);
        QCOMPARE(key.json().object().value(QStringLiteral("public-key")).toString(),
                 QStringLiteral("ssh-ed25519 AAAA"));
        // curl -X GET <base URL>/users/public-key
        QCOMPARE(HttpProbe::send("GET", url(QStringLiteral("/users/public-key"))).status, 200);
        // A header that is not "Bearer <t>" is a 400; curl -X DELETE <base URL>/sessions logs out.
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/users")), {}, {{"authorization", "Token " + token}})
                .status,
            400);
        QCOMPARE(HttpProbe::send("DELETE", url(QStringLiteral("/sessions")), {},
                                 {{"authorization", "bearer " + token}})
                     .status,
                 204);
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/users")), {}, {{"authorization", "bearer " + token}})
                .status,
            401);
    }

    void adminListsPagesWithLinkAndRecordCount()
    {
        const QByteArray token = signIn(QStringLiteral("admin"), QStringLiteral("sandbox-admin"));
        const ProbeReply page = HttpProbe::send("GET", url(QStringLiteral("/users?offset=0&limit=10")), {},
                                                {{"Authorization", "Bearer " + token}});
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json().array().size(), 10);
        QVERIFY(page.header("Record-Count").toInt() >= 31);
        QVERIFY(page.header("Link").contains("rel=\"next\""));
        QVERIFY(page.header("Link").contains("rel=\"last\""));
        const ProbeReply search = HttpProbe::send("GET", url(QStringLiteral("/users?q=myse")), {},
                                                  {{"Authorization", "Bearer " + token}});
        QCOMPARE(search.json().array().size(), 1);
        QCOMPARE(search.header("Record-Count"), QByteArray("1"));
    }

    void adminExtensionsAndRevocation()
    {
        const QByteArray admin = signIn(QStringLiteral("admin"), QStringLiteral("sandbox-admin"));
        const QByteArray user = signIn(QStringLiteral("myself"), QStringLiteral("9876"));
        QVERIFY(!user.isEmpty());
        const ProbeReply me =
            HttpProbe::send("GET", url(QStringLiteral("/users")), {}, {{"Authorization", "Bearer " + user}});
        const QString uuid = me.json().object().value(QStringLiteral("uuid")).toString();
        // A developer may not use admin extensions: 403.
        QCOMPARE(HttpProbe::send("PUT", url(QStringLiteral("/users/") + uuid), R"({"user_type":"admin"})",
                                 {{"Authorization", "Bearer " + user}})
                     .status,
                 403);
        const ProbeReply sessions =
            HttpProbe::send("GET", url(QStringLiteral("/users/") + uuid + QStringLiteral("/sessions")), {},
                            {{"Authorization", "Bearer " + admin}});
        QCOMPARE(sessions.status, 200);
        QVERIFY(!sessions.json().array().isEmpty());
        const QString sessionId =
            sessions.json().array().first().toObject().value(QStringLiteral("session_state")).toString();
        QCOMPARE(
            HttpProbe::send("DELETE",
                            url(QStringLiteral("/users/") + uuid + QStringLiteral("/sessions/") + sessionId),
                            {}, {{"Authorization", "Bearer " + admin}})
                .status,
            204);
        // The revoked token is refused.
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/users")), {}, {{"Authorization", "Bearer " + user}})
                .status,
            401);
        // Role change and disable in one admin PUT; a disabled user cannot sign in.
        const ProbeReply changed = HttpProbe::send("PUT", url(QStringLiteral("/users/") + uuid),
                                                   R"({"user_type":"customer","enabled":false})",
                                                   {{"Authorization", "Bearer " + admin}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().object().value(QStringLiteral("enabled")).toBool(true), false);
        QVERIFY(signIn(QStringLiteral("myself"), QStringLiteral("9876")).isEmpty());
        QCOMPARE(HttpProbe::send("DELETE", url(QStringLiteral("/users/") + uuid), {},
                                 {{"Authorization", "Bearer " + admin}})
                     .status,
                 204);
        QCOMPARE(HttpProbe::send("GET", url(QStringLiteral("/users/") + uuid), {},
                                 {{"Authorization", "Bearer " + admin}})
                     .status,
                 404);
    }

    void refreshRotatesTheSession()
    {
        QJsonObject answer;
        signIn(QStringLiteral("admin"), QStringLiteral("sandbox-admin"), &answer);
        const QString refresh = answer.value(QStringLiteral("token"))
                                    .toObject()
                                    .value(QStringLiteral("refresh_token"))
                                    .toString();
        const QByteArray old = answer.value(QStringLiteral("token"))
                                   .toObject()
                                   .value(QStringLiteral("access_token"))
                                   .toString()
                                   .toUtf8();
        const ProbeReply renewed =
            HttpProbe::send("POST", url(QStringLiteral("/sessions/refresh")),
                            QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), refresh}}).toJson());
        QCOMPARE(renewed.status, 200);
        const QByteArray fresh = renewed.json()
                                     .object()
                                     .value(QStringLiteral("token"))
                                     .toObject()
                                     .value(QStringLiteral("access_token"))
                                     .toString()
                                     .toUtf8();
        QVERIFY(!fresh.isEmpty() && fresh != old);
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/users")), {}, {{"Authorization", "Bearer " + old}})
                .status,
            401);
        QCOMPARE(HttpProbe::send("GET", url(QStringLiteral("/users?limit=1")), {},
                                 {{"Authorization", "Bearer " + fresh}})
                     .status,
                 200);
        // A refresh token works once.
        QCOMPARE(
            HttpProbe::send("POST", url(QStringLiteral("/sessions/refresh")),
                            QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), refresh}}).toJson())
                .status,
            401);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxGatekeeper)
#include "tst_SandboxGatekeeper.moc"
