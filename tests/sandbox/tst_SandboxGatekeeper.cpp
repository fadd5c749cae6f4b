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
        return signInAt(m_sandbox, user, password, answer);
    }
    static QByteArray signInAt(const SandboxProcess& sandbox, const QString& user, const QString& password,
                               QJsonObject* answer = nullptr)
    {
        const ProbeReply r =
            HttpProbe::send("POST", QUrl(sandbox.apiUrl(QStringLiteral("gatekeeper")).toString() +
                                         QStringLiteral("/sessions")),
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

    // Follows the rel="next" links of a Link header from `first` to the end.
    QJsonArray followLinks(const QByteArray& token, const QString& first, QByteArray* recordCount = nullptr)
    {
        QJsonArray all;
        QString next = first;
        for (int pages = 0; !next.isEmpty() && pages < 1000; ++pages) {
            const ProbeReply r = HttpProbe::send("GET", QUrl(m_sandbox.rootUrl().toString() + next), {},
                                                 {{"Authorization", "Bearer " + token}});
            if (r.status != 200)
                return {};
            for (const QJsonValue& v : r.json().array())
                all.append(v);
            if (recordCount)
                *recordCount = r.header("Record-Count");
            next.clear();
            for (const QByteArray& link : r.header("Link").split(',')) {
                if (link.contains("rel=\"next\""))
                    next = QString::fromUtf8(
                        link.mid(link.indexOf('<') + 1, link.indexOf('>') - link.indexOf('<') - 1));
            }
        }
        return all;
    }
    static QStringList field(const QJsonArray& items, const char* name)
    {
        QStringList values;
        for (const QJsonValue& v : items)
            values << v.toObject().value(QLatin1String(name)).toString();
        return values;
    }
    QString registerUser(const QString& username, const QString& password)
    {
        const ProbeReply r = HttpProbe::json(
            "POST", url(QStringLiteral("/users")),
            QJsonDocument(
                QJsonObject{{QStringLiteral("username"), username},
                            {QStringLiteral("password"), password},
                            {QStringLiteral("user_type"), QStringLiteral("customer")},
                            {QStringLiteral("email"), QString(username + QStringLiteral("@example.com"))}}));
        return r.json().object().value(QStringLiteral("uuid")).toString();
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
    void pagesStayConsistentAfterDeletionsAndCreations()
    {
        const QByteArray admin = signIn(QStringLiteral("admin"), QStringLiteral("sandbox-admin"));
        const QJsonArray before = followLinks(admin, QStringLiteral("/gatekeeper/users?offset=0&limit=1000"));
        QVERIFY(before.size() >= 30);
        // Delete three users from the middle, add two: offsets must still name the right rows.
        for (int i : {5, 6, 17}) {
            QCOMPARE(HttpProbe::send("DELETE",
                                     url(QStringLiteral("/users/") +
                                         before.at(i).toObject().value(QStringLiteral("uuid")).toString()),
                                     {}, {{"Authorization", "Bearer " + admin}})
                         .status,
                     204);
        }
        QVERIFY(!registerUser(QStringLiteral("late.one"), QStringLiteral("late pw")).isEmpty());
        QVERIFY(!registerUser(QStringLiteral("late.two"), QStringLiteral("late pw")).isEmpty());
        QStringList expected = field(before, "uuid");
        for (int i : {17, 6, 5})
            expected.removeAt(i);
        const QJsonArray all = followLinks(admin, QStringLiteral("/gatekeeper/users?offset=0&limit=1000"));
        QCOMPARE(field(all, "uuid").mid(0, expected.size()), expected);
        QCOMPARE(field(all, "username").mid(expected.size()),
                 QStringList({QStringLiteral("late.one"), QStringLiteral("late.two")}));
        // The same list seven at a time, by the Link header's next, with the true total.
        QByteArray recordCount;
        const QJsonArray paged =
            followLinks(admin, QStringLiteral("/gatekeeper/users?offset=0&limit=7"), &recordCount);
        QCOMPARE(field(paged, "uuid"), field(all, "uuid"));
        QCOMPARE(recordCount.toLongLong(), qint64(all.size()));
        // A page that starts on a deleted neighbour's old position.
        const ProbeReply page = HttpProbe::send("GET", url(QStringLiteral("/users?offset=5&limit=3")), {},
                                                {{"Authorization", "Bearer " + admin}});
        QCOMPARE(field(page.json().array(), "uuid"), field(all, "uuid").mid(5, 3));
        const ProbeReply beyond = HttpProbe::send("GET", url(QStringLiteral("/users?offset=100000&limit=3")),
                                                  {}, {{"Authorization", "Bearer " + admin}});
        QCOMPARE(beyond.status, 200);
        QCOMPARE(beyond.json().array().size(), 0);
    }

    void sessionsAcrossUsersPageWithTheTrueTotal()
    {
        const QByteArray admin = signIn(QStringLiteral("admin"), QStringLiteral("sandbox-admin"));
        QByteArray total;
        const QJsonArray all =
            followLinks(admin, QStringLiteral("/gatekeeper/sessions?offset=0&limit=1000"), &total);
        QVERIFY2(all.size() > 30, "seeded users have 0-5 sessions each");
        QCOMPARE(total.toLongLong(), qint64(all.size()));
        for (const QJsonValue& v : all) {
            const QJsonObject s = v.toObject();
            for (const char* key : {"session_state", "began_at", "last_access", "expires_at", "ip_address",
                                    "user_agent", "username", "uuid"})
                QVERIFY2(s.contains(QLatin1String(key)), key);
        }
        // Every session is listed once; pages of seven give the same list in the same order.
        QStringList ids = field(all, "session_state");
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        QJsonArray paged;
        for (int offset = 0; offset < all.size(); offset += 7) {
            const ProbeReply page =
                HttpProbe::send("GET", url(QStringLiteral("/sessions?offset=%1&limit=7").arg(offset)), {},
                                {{"Authorization", "Bearer " + admin}});
            QCOMPARE(page.status, 200);
            QCOMPARE(page.header("Record-Count"), total);
            QVERIFY(page.json().array().size() <= 7);
            for (const QJsonValue& v : page.json().array())
                paged.append(v);
        }
        QCOMPARE(field(paged, "session_state"), ids);
        // The admin's own session is among them, under its name.
        QVERIFY(field(all, "username").contains(QStringLiteral("admin")));
        // Only administrators may list every session.
        registerUser(QStringLiteral("curious"), QStringLiteral("curious pw"));
        const QByteArray curious = signIn(QStringLiteral("curious"), QStringLiteral("curious pw"));
        const ProbeReply refused = HttpProbe::send("GET", url(QStringLiteral("/sessions")), {},
                                                   {{"Authorization", "Bearer " + curious}});
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.json()
                    .object()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .contains(QStringLiteral("message")));
        QCOMPARE(HttpProbe::send("GET", url(QStringLiteral("/sessions"))).status, 401);
    }

    void aWriteBetweenPagesGivesWhatOffsetGives()
    {
        // The sandbox serves the page after the last one from where that one ended (by id, not
        // OFFSET) and counts once: a revocation or a sign-in in between must change both.
        const QByteArray admin = signIn(QStringLiteral("admin"), QStringLiteral("sandbox-admin"));
        auto page = [&](int offset, int limit, qint64* count = nullptr) {
            const ProbeReply r =
                HttpProbe::send("GET", url(QStringLiteral("/sessions?offset=%1&limit=%2").arg(offset).arg(limit)),
                                {}, {{"Authorization", "Bearer " + admin}});
            if (count)
                *count = r.header("Record-Count").toLongLong();
            return r.json().array();
        };
        qint64 total = 0;
        const QJsonArray whole = page(0, 1000, &total);
        QVERIFY2(whole.size() > 30, qPrintable(QString::number(whole.size())));
        QCOMPARE(total, qint64(whole.size()));
        QStringList ids = field(whole, "session_state");
        QCOMPARE(field(page(0, 7), "session_state"), ids.mid(0, 7));

        // The fourth session is revoked before the second page: it moves up by one.
        const QJsonObject fourth = whole.at(3).toObject();
        QCOMPARE(HttpProbe::send("DELETE",
                                 url(QStringLiteral("/users/") + fourth.value(QStringLiteral("uuid")).toString() +
                                     QStringLiteral("/sessions/") + ids.at(3)),
                                 {}, {{"Authorization", "Bearer " + admin}})
                     .status,
                 204);
        ids.removeAt(3);
        qint64 count = 0;
        QCOMPARE(field(page(7, 7, &count), "session_state"), ids.mid(7, 7));
        QCOMPARE(count, total - 1);
        QCOMPARE(field(page(14, 7), "session_state"), ids.mid(14, 7));

        // A sign-in adds a session at the end, counted at once; the pages before it are unchanged.
        registerUser(QStringLiteral("pager"), QStringLiteral("pager pw"));
        QVERIFY(!signIn(QStringLiteral("pager"), QStringLiteral("pager pw")).isEmpty());
        QCOMPARE(field(page(21, 7, &count), "session_state"), ids.mid(21, 7));
        QCOMPARE(count, total);
        QJsonArray paged;
        for (int offset = 0; offset < total; offset += 7) {
            for (const QJsonValue& v : page(offset, 7))
                paged.append(v);
        }
        QCOMPARE(field(paged, "session_state").mid(0, ids.size()), ids);
        QCOMPARE(field(paged, "username").constLast(), QStringLiteral("pager"));
    }

    void revokeAllEndsEveryAccessAndRefreshToken()
    {
        const QByteArray admin = signIn(QStringLiteral("admin"), QStringLiteral("sandbox-admin"));
        const QString uuid = registerUser(QStringLiteral("everywhere"), QStringLiteral("everywhere pw"));
        QList<QJsonObject> sessions;
        for (int i = 0; i < 3; ++i) {
            QJsonObject answer;
            signIn(QStringLiteral("everywhere"), QStringLiteral("everywhere pw"), &answer);
            sessions << answer.value(QStringLiteral("token")).toObject();
        }
        const QUrl listUrl = url(QStringLiteral("/users/") + uuid + QStringLiteral("/sessions"));
        QCOMPARE(
            HttpProbe::send("GET", listUrl, {}, {{"Authorization", "Bearer " + admin}}).json().array().size(),
            3);
        const ProbeReply revoked =
            HttpProbe::send("DELETE", listUrl, {}, {{"Authorization", "Bearer " + admin}});
        QCOMPARE(revoked.status, 200);
        QCOMPARE(revoked.json().object().value(QStringLiteral("revoked")).toInt(), 3);
        QCOMPARE(
            HttpProbe::send("GET", listUrl, {}, {{"Authorization", "Bearer " + admin}}).json().array().size(),
            0);
        for (const QJsonObject& token : sessions) {
            const QByteArray access = token.value(QStringLiteral("access_token")).toString().toUtf8();
            QCOMPARE(HttpProbe::send("GET", url(QStringLiteral("/users")), {},
                                     {{"Authorization", "Bearer " + access}})
                         .status,
                     401);
            QCOMPARE(
                HttpProbe::json("POST", url(QStringLiteral("/sessions/refresh")),
                                QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"),
                                                           token.value(QStringLiteral("refresh_token"))}}))
                    .status,
                401);
        }
        // Gone from the list across users too; a second revoke-all finds nothing.
        QVERIFY(!field(followLinks(admin, QStringLiteral("/gatekeeper/sessions?offset=0&limit=1000")), "uuid")
                     .contains(uuid));
        QCOMPARE(HttpProbe::send("DELETE", listUrl, {}, {{"Authorization", "Bearer " + admin}})
                     .json()
                     .object()
                     .value(QStringLiteral("revoked"))
                     .toInt(-1),
                 0);
        // A user may sign themself out everywhere, but not someone else.
        const QByteArray self = signIn(QStringLiteral("everywhere"), QStringLiteral("everywhere pw"));
        const QString other = registerUser(QStringLiteral("someone.else"), QStringLiteral("someone pw"));
        QCOMPARE(HttpProbe::send("DELETE",
                                 url(QStringLiteral("/users/") + other + QStringLiteral("/sessions")), {},
                                 {{"Authorization", "Bearer " + self}})
                     .status,
                 403);
        QCOMPARE(HttpProbe::send("DELETE", listUrl, {}, {{"Authorization", "Bearer " + self}})
                     .json()
                     .object()
                     .value(QStringLiteral("revoked"))
                     .toInt(),
                 1);
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/users")), {}, {{"Authorization", "Bearer " + self}})
                .status,
            401);
    }

    void aSessionThatExpiresBetweenPagesIsNoLongerCounted()
    {
        // The sandbox keeps its count of live sessions until the first counted one expires:
        // nothing is written in between here, the expiry alone must change the count.
        SandboxProcess shortLived;
        QVERIFY2(shortLived.start({QStringLiteral("--token-lifetime"), QStringLiteral("6")}),
                 qPrintable(shortLived.errorString()));
        const QString base = shortLived.apiUrl(QStringLiteral("gatekeeper")).toString();
        auto signInHere = [&]() -> QByteArray { // not a QStringBuilder of a temporary
            return "Bearer " + signInAt(shortLived, QStringLiteral("admin"), QStringLiteral("sandbox-admin"));
        };
        auto count = [&](const QByteArray& token) {
            return HttpProbe::send("GET", QUrl(base + QStringLiteral("/sessions?offset=0&limit=1")), {},
                                   {{"Authorization", token}})
                .header("Record-Count")
                .toLongLong();
        };
        // A session expires 6 s after the whole second it began in: it lives 5-6 s.
        const QByteArray first = signInHere();
        const qint64 firstExpires = QDateTime::currentSecsSinceEpoch() + 6; // at the latest
        QTest::qWait(3100);
        const qint64 secondExpires = QDateTime::currentSecsSinceEpoch() + 6; // at the earliest
        const QByteArray second = signInHere();
        QVERIFY(secondExpires >= firstExpires + 2); // two seconds to look between the expiries
        const qint64 before = count(second);
        QVERIFY2(before >= 2, qPrintable(QString::number(before)));
        QCOMPARE(count(second), before); // counted once, read again
        while (QDateTime::currentSecsSinceEpoch() < firstExpires)
            QTest::qWait(100);
        QCOMPARE(count(second), before - 1);
        QVERIFY(QDateTime::currentSecsSinceEpoch() < secondExpires); // the count was the second's
        QVERIFY(!first.isEmpty());
    }

    void expiredAccessAndRefreshTokensAre401()
    {
        SandboxProcess shortLived;
        // Lifetimes count whole seconds: a 2 s token is good for at least one.
        QVERIFY2(shortLived.start({QStringLiteral("--token-lifetime"), QStringLiteral("2"),
                                   QStringLiteral("--refresh-lifetime"), QStringLiteral("5")}),
                 qPrintable(shortLived.errorString()));
        const QString base = shortLived.apiUrl(QStringLiteral("gatekeeper")).toString();
        auto signInHere = [&] {
            return HttpProbe::send("POST", QUrl(base + QStringLiteral("/sessions")),
                                   R"({"username":"admin","password":"sandbox-admin"})")
                .json()
                .object()
                .value(QStringLiteral("token"))
                .toObject();
        };
        auto refresh = [&](const QJsonObject& token) {
            return HttpProbe::json(
                "POST", QUrl(base + QStringLiteral("/sessions/refresh")),
                QJsonDocument(QJsonObject{
                    {QStringLiteral("refresh_token"), token.value(QStringLiteral("refresh_token"))}}));
        };
        auto usersWith = [&](const QJsonObject& token) {
            return HttpProbe::send(
                "GET", QUrl(base + QStringLiteral("/users?limit=1")), {},
                {{"Authorization",
                  "Bearer " + token.value(QStringLiteral("access_token")).toString().toUtf8()}});
        };
        const QJsonObject token = signInHere();
        QCOMPARE(token.value(QStringLiteral("expires_in")).toInt(), 2);
        QCOMPARE(token.value(QStringLiteral("refresh_expires_in")).toInt(), 5);
        QCOMPARE(usersWith(token).status, 200);
        QTest::qWait(3100);
        // The access token has expired; the refresh token still renews the session.
        const ProbeReply expired = usersWith(token);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json()
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("Token is inactive or expired"));
        const ProbeReply renewed = refresh(token);
        QCOMPARE(renewed.status, 200);
        const QJsonObject fresh = renewed.json().object().value(QStringLiteral("token")).toObject();
        QCOMPARE(usersWith(fresh).status, 200);
        // Past the refresh token's lifetime it is refused as well.
        QTest::qWait(5100);
        const ProbeReply late = refresh(fresh);
        QCOMPARE(late.status, 401);
        QCOMPARE(late.json()
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toInt(),
                 401);
        QCOMPARE(usersWith(fresh).status, 401);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxGatekeeper)
#include "tst_SandboxGatekeeper.moc"
