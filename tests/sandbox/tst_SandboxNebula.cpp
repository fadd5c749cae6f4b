// Nebula Block emulation: the login example of seed 002 (JSON body under a form content type),
// the HS256 JWT, ak_ API keys shown once and usable as bearer, and staff-only administration.

#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

class tst_SandboxNebula : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    QUrl url(const QString& path) const
    {
        return QUrl(m_sandbox.apiUrl(QStringLiteral("nebula")).toString() + path);
    }
    QByteArray login(const QString& user, const QString& password)
    {
        const ProbeReply r =
            HttpProbe::json("POST", url(QStringLiteral("/login")),
                            QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                                      {QStringLiteral("password"), password}}));
        return "Bearer " + r.json()
                               .object()
                               .value(QStringLiteral("data"))
                               .toObject()
                               .value(QStringLiteral("jwtToken"))
                               .toString()
                               .toUtf8();
    }

    QJsonObject createUser(const QByteArray& admin, const QString& email, const QString& password,
                           bool staff = false)
    {
        const ProbeReply r =
            HttpProbe::json("POST", url(QStringLiteral("/users")),
                            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Some One")},
                                                      {QStringLiteral("email"), email},
                                                      {QStringLiteral("password"), password},
                                                      {QStringLiteral("is_staff"), staff}}),
                            {{"Authorization", admin}});
        return r.json().object().value(QStringLiteral("data")).toObject();
    }
    static QString idOf(const QJsonObject& user)
    {
        return QString::number(user.value(QStringLiteral("id")).toInteger());
    }
    static QJsonArray data(const ProbeReply& r)
    {
        return r.json().object().value(QStringLiteral("data")).toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("25")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void loginAsInTheDocument()
    {
        // curl -X POST '{API_URL}/login' -H 'Content-Type: application/x-www-form-urlencoded' -d
        // '{"username": ..., "password": ...}'
        const ProbeReply r =
            HttpProbe::send("POST", url(QStringLiteral("/login")),
                            R"({"username": "admin@nebula.test", "password": "sandbox-admin"})",
                            {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json().object();
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(body.value(QStringLiteral("message")).toString(), QStringLiteral("Login successful"));
        const QJsonObject data = body.value(QStringLiteral("data")).toObject();
        for (const char* field : {"id", "name", "email", "is_staff", "is_active", "jwtToken"})
            QVERIFY2(data.contains(QLatin1String(field)), field);
        // A real HS256 JWT: header alg, claims sub/roles/scopes/exp two hours ahead.
        const QList<QByteArray> parts =
            data.value(QStringLiteral("jwtToken")).toString().toLatin1().split('.');
        QCOMPARE(parts.size(), 3);
        const auto decode = [](const QByteArray& part) {
            return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding |
                                                                            QByteArray::OmitTrailingEquals))
                .object();
        };
        QCOMPARE(decode(parts[0]).value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
        const QJsonObject claims = decode(parts[1]);
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), QStringLiteral("admin@nebula.test"));
        QCOMPARE(claims.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("ADMIN")});
        QVERIFY(claims.contains(QStringLiteral("scopes")));
        const qint64 lifetime =
            claims.value(QStringLiteral("exp")).toInteger() - QDateTime::currentSecsSinceEpoch();
        QVERIFY2(lifetime > 7190 && lifetime <= 7200, qPrintable(QString::number(lifetime)));

        const ProbeReply wrong = HttpProbe::send("POST", url(QStringLiteral("/login")),
                                                 R"({"username": "admin@nebula.test", "password": "x"})");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    }

    void forgedJwtIsRefused()
    {
        QByteArray token = login(QStringLiteral("admin@nebula.test"), QStringLiteral("sandbox-admin"));
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/api_keys")), {}, {{"Authorization", token}}).status,
            200);
        token.chop(2);
        token += "xx";
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/api_keys")), {}, {{"Authorization", token}}).status,
            401);
    }

    void apiKeysAreShownOnceAndWorkAsBearer()
    {
        const QByteArray admin = login(QStringLiteral("admin@nebula.test"), QStringLiteral("sandbox-admin"));
        const ProbeReply created = HttpProbe::json(
            "POST", url(QStringLiteral("/api-keys")),
            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("ci")},
                                      {QStringLiteral("description"), QStringLiteral("for CI")}}),
            {{"Authorization", admin}});
        QCOMPARE(created.status, 201);
        const QJsonObject data = created.json().object().value(QStringLiteral("data")).toObject();
        const QString key = data.value(QStringLiteral("key")).toString();
        QVERIFY(key.startsWith(QLatin1String("ak_")));
        const ProbeReply listed = HttpProbe::send("GET", url(QStringLiteral("/api_keys")), {},
                                                  {{"Authorization", "Bearer " + key.toUtf8()}});
        QCOMPARE(listed.status, 200);
        QVERIFY(!listed.body.contains(key.toUtf8())); // never shown again
        bool found = false;
        for (const QJsonValue& v : listed.json().object().value(QStringLiteral("data")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("ci")) {
                found = true;
                QVERIFY(v.toObject()
                            .value(QStringLiteral("partial_key_data"))
                            .toString()
                            .startsWith(QLatin1String("ak_")));
            }
        }
        QVERIFY(found);
        const QString id = QString::number(data.value(QStringLiteral("id")).toInteger());
        const ProbeReply revoked =
            HttpProbe::send("DELETE", url(QStringLiteral("/api-keys/") + id), {}, {{"Authorization", admin}});
        QCOMPARE(revoked.status, 200);
        QCOMPARE(HttpProbe::send("GET", url(QStringLiteral("/api_keys")), {},
                                 {{"Authorization", "Bearer " + key.toUtf8()}})
                     .status,
                 401);
    }

    void staffOnlyAdministration()
    {
        const QByteArray admin = login(QStringLiteral("admin@nebula.test"), QStringLiteral("sandbox-admin"));
        const ProbeReply created = HttpProbe::json(
            "POST", url(QStringLiteral("/users")),
            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Test User")},
                                      {QStringLiteral("email"), QStringLiteral("testemail@gmail.com")},
                                      {QStringLiteral("password"), QStringLiteral("123456789")}}),
            {{"Authorization", admin}});
        QCOMPARE(created.status, 201);
        const QString id = QString::number(created.json()
                                               .object()
                                               .value(QStringLiteral("data"))
                                               .toObject()
                                               .value(QStringLiteral("id"))
                                               .toInteger());
        const QByteArray guest = login(QStringLiteral("testemail@gmail.com"), QStringLiteral("123456789"));
        QCOMPARE(HttpProbe::send("GET", url(QStringLiteral("/users")), {}, {{"Authorization", guest}}).status,
                 403);
        const ProbeReply list =
            HttpProbe::send("GET", url(QStringLiteral("/users?limit=5&offset=0&search=testemail")), {},
                            {{"Authorization", admin}});
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().object().value(QStringLiteral("total")).toInt(), 1);
        const ProbeReply sessions =
            HttpProbe::send("GET", url(QStringLiteral("/users/") + id + QStringLiteral("/sessions")), {},
                            {{"Authorization", admin}});
        QCOMPARE(sessions.json().object().value(QStringLiteral("data")).toArray().size(), 1);
        QCOMPARE(HttpProbe::send("DELETE", url(QStringLiteral("/users/") + id + QStringLiteral("/sessions")),
                                 {}, {{"Authorization", admin}})
                     .status,
                 200);
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/api_keys")), {}, {{"Authorization", guest}}).status,
            401);
        const ProbeReply disabled = HttpProbe::json(
            "PATCH", url(QStringLiteral("/users/") + id),
            QJsonDocument(QJsonObject{{QStringLiteral("is_active"), false}}), {{"Authorization", admin}});
        QCOMPARE(disabled.json()
                     .object()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("is_active"))
                     .toBool(true),
                 false);
        QCOMPARE(
            HttpProbe::send("DELETE", url(QStringLiteral("/users/") + id), {}, {{"Authorization", admin}})
                .status,
            200);
    }
    void getUserAndNumericIdsNeverReused()
    {
        const QByteArray admin = login(QStringLiteral("admin@nebula.test"), QStringLiteral("sandbox-admin"));
        const QJsonObject first =
            createUser(admin, QStringLiteral("first.id@example.com"), QStringLiteral("first id pw"));
        const ProbeReply got = HttpProbe::send("GET", url(QStringLiteral("/users/") + idOf(first)), {},
                                               {{"Authorization", admin}});
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        const QJsonObject user = got.json().object().value(QStringLiteral("data")).toObject();
        QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("first.id@example.com"));
        QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("Some One"));
        QCOMPARE(user.value(QStringLiteral("is_staff")).toBool(true), false);
        QCOMPARE(user.value(QStringLiteral("is_active")).toBool(false), true);
        QVERIFY(user.value(QStringLiteral("created_at")).isString());
        // Seeded users are 101..125; ids come from a counter, so a deleted id is not handed out again.
        QVERIFY(first.value(QStringLiteral("id")).toInteger() > 125);
        QCOMPARE(HttpProbe::send("DELETE", url(QStringLiteral("/users/") + idOf(first)), {},
                                 {{"Authorization", admin}})
                     .status,
                 200);
        const QJsonObject second =
            createUser(admin, QStringLiteral("second.id@example.com"), QStringLiteral("second id pw"));
        QCOMPARE(second.value(QStringLiteral("id")).toInteger(),
                 first.value(QStringLiteral("id")).toInteger() + 1);

        const ProbeReply missing = HttpProbe::send("GET", url(QStringLiteral("/users/") + idOf(first)), {},
                                                   {{"Authorization", admin}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        QVERIFY(missing.json().object().value(QStringLiteral("data")).isNull());
        const QByteArray guest =
            login(QStringLiteral("second.id@example.com"), QStringLiteral("second id pw"));
        QCOMPARE(HttpProbe::send("GET", url(QStringLiteral("/users/") + idOf(second)), {},
                                 {{"Authorization", guest}})
                     .status,
                 403);
    }

    void revokingOneSessionEndsOnlyThatJwt()
    {
        const QByteArray admin = login(QStringLiteral("admin@nebula.test"), QStringLiteral("sandbox-admin"));
        const QString id =
            idOf(createUser(admin, QStringLiteral("two.jwts@example.com"), QStringLiteral("two jwts pw")));
        const QByteArray laptop =
            login(QStringLiteral("two.jwts@example.com"), QStringLiteral("two jwts pw"));
        const QByteArray phone = login(QStringLiteral("two.jwts@example.com"), QStringLiteral("two jwts pw"));
        const QUrl sessions = url(QStringLiteral("/users/") + id + QStringLiteral("/sessions"));
        const QJsonArray listed = data(HttpProbe::send("GET", sessions, {}, {{"Authorization", admin}}));
        QCOMPARE(listed.size(), 2);
        const QString revoked = listed.at(0).toObject().value(QStringLiteral("id")).toString();
        const QUrl one = url(QStringLiteral("/users/") + id + QStringLiteral("/sessions/") + revoked);
        // Staff only; then exactly that session goes.
        QCOMPARE(HttpProbe::send("DELETE", one, {}, {{"Authorization", laptop}}).status, 403);
        const ProbeReply done = HttpProbe::send("DELETE", one, {}, {{"Authorization", admin}});
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(HttpProbe::send("DELETE", one, {}, {{"Authorization", admin}}).status, 404);
        const int laptopStatus =
            HttpProbe::send("GET", url(QStringLiteral("/api_keys")), {}, {{"Authorization", laptop}}).status;
        const int phoneStatus =
            HttpProbe::send("GET", url(QStringLiteral("/api_keys")), {}, {{"Authorization", phone}}).status;
        QCOMPARE(QList<int>({laptopStatus, phoneStatus}).count(401), 1);
        QCOMPARE(QList<int>({laptopStatus, phoneStatus}).count(200), 1);
        const QJsonArray left = data(HttpProbe::send("GET", sessions, {}, {{"Authorization", admin}}));
        QCOMPARE(left.size(), 1);
        QVERIFY(left.at(0).toObject().value(QStringLiteral("id")).toString() != revoked);
    }

    void staffIssueKeysForAUserAndListThem()
    {
        const QByteArray admin = login(QStringLiteral("admin@nebula.test"), QStringLiteral("sandbox-admin"));
        const QJsonObject owner =
            createUser(admin, QStringLiteral("key.owner@example.com"), QStringLiteral("key owner pw"));
        const QByteArray ownerToken =
            login(QStringLiteral("key.owner@example.com"), QStringLiteral("key owner pw"));
        // POST /api-keys with user_id: the key belongs to that user, not to the staff member.
        const ProbeReply created = HttpProbe::json(
            "POST", url(QStringLiteral("/api-keys")),
            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("for the owner")},
                                      {QStringLiteral("description"), QStringLiteral("issued by staff")},
                                      {QStringLiteral("user_id"), owner.value(QStringLiteral("id"))}}),
            {{"Authorization", admin}});
        QCOMPARE(created.status, 201);
        const QString key = created.json()
                                .object()
                                .value(QStringLiteral("data"))
                                .toObject()
                                .value(QStringLiteral("key"))
                                .toString();
        QVERIFY(key.startsWith(QLatin1String("ak_")));

        // GET /users/{id}/api_keys lists it for staff, without the key itself.
        const ProbeReply listed =
            HttpProbe::send("GET", url(QStringLiteral("/users/") + idOf(owner) + QStringLiteral("/api_keys")),
                            {}, {{"Authorization", admin}});
        QCOMPARE(listed.status, 200);
        QVERIFY(!listed.body.contains(key.toUtf8()));
        const QJsonArray keys = data(listed);
        QCOMPARE(keys.size(), 1);
        const QJsonObject k = keys.first().toObject();
        QCOMPARE(k.value(QStringLiteral("name")).toString(), QStringLiteral("for the owner"));
        QCOMPARE(k.value(QStringLiteral("description")).toString(), QStringLiteral("issued by staff"));
        QCOMPARE(k.value(QStringLiteral("owner_id")).toInteger(),
                 owner.value(QStringLiteral("id")).toInteger());
        QVERIFY(key.startsWith(k.value(QStringLiteral("partial_key_data")).toString().chopped(3)));
        // The owner sees it as their own, the key signs in as the owner, the admin's list lacks it.
        QCOMPARE(data(HttpProbe::send("GET", url(QStringLiteral("/api_keys")), {},
                                      {{"Authorization", ownerToken}}))
                     .size(),
                 1);
        QCOMPARE(data(HttpProbe::send("GET", url(QStringLiteral("/api_keys")), {},
                                      {{"Authorization", "Bearer " + key.toUtf8()}}))
                     .first()
                     .toObject()
                     .value(QStringLiteral("owner_id"))
                     .toInteger(),
                 owner.value(QStringLiteral("id")).toInteger());
        for (const QJsonValue& mine :
             data(HttpProbe::send("GET", url(QStringLiteral("/api_keys")), {}, {{"Authorization", admin}})))
            QVERIFY(mine.toObject().value(QStringLiteral("name")).toString() !=
                    QLatin1String("for the owner"));

        // A non-staff user may not issue keys for someone else, nor list them; unknown users are 404.
        const QJsonObject other =
            createUser(admin, QStringLiteral("key.other@example.com"), QStringLiteral("key other pw"));
        const ProbeReply foreign = HttpProbe::json(
            "POST", url(QStringLiteral("/api-keys")),
            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("sneaky")},
                                      {QStringLiteral("user_id"), other.value(QStringLiteral("id"))}}),
            {{"Authorization", ownerToken}});
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.json().object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(HttpProbe::send("GET",
                                 url(QStringLiteral("/users/") + idOf(other) + QStringLiteral("/api_keys")),
                                 {}, {{"Authorization", ownerToken}})
                     .status,
                 403);
        QCOMPARE(
            HttpProbe::json("POST", url(QStringLiteral("/api-keys")),
                            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("nobody's")},
                                                      {QStringLiteral("user_id"), 999999}}),
                            {{"Authorization", admin}})
                .status,
            404);
        // Their own id is allowed for anyone.
        QCOMPARE(HttpProbe::json("POST", url(QStringLiteral("/api-keys")),
                                 QJsonDocument(QJsonObject{
                                     {QStringLiteral("name"), QStringLiteral("mine")},
                                     {QStringLiteral("user_id"), owner.value(QStringLiteral("id"))}}),
                                 {{"Authorization", ownerToken}})
                     .status,
                 201);
    }

    void expiredJwtIs401AndKeysNeverExpire()
    {
        SandboxProcess shortLived;
        // Lifetimes count whole seconds: a 2 s token is good for at least one.
        QVERIFY2(shortLived.start({QStringLiteral("--token-lifetime"), QStringLiteral("2")}),
                 qPrintable(shortLived.errorString()));
        const QString base = shortLived.apiUrl(QStringLiteral("nebula")).toString();
        const ProbeReply r =
            HttpProbe::send("POST", QUrl(base + QStringLiteral("/login")),
                            R"({"username": "admin@nebula.test", "password": "sandbox-admin"})");
        const QByteArray jwt = r.json()
                                   .object()
                                   .value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("jwtToken"))
                                   .toString()
                                   .toUtf8();
        const QJsonObject claims =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(jwt.split('.').value(1),
                                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                .object();
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() -
                     claims.value(QStringLiteral("iat")).toInteger(),
                 2);
        const QUrl keys(base + QStringLiteral("/api_keys"));
        QCOMPARE(HttpProbe::send("GET", keys, {}, {{"Authorization", "Bearer " + jwt}}).status, 200);
        const ProbeReply created =
            HttpProbe::json("POST", QUrl(base + QStringLiteral("/api-keys")),
                            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("lasting")}}),
                            {{"Authorization", "Bearer " + jwt}});
        const QByteArray key = created.json()
                                   .object()
                                   .value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("key"))
                                   .toString()
                                   .toUtf8();
        QTest::qWait(3100);
        const ProbeReply expired = HttpProbe::send("GET", keys, {}, {{"Authorization", "Bearer " + jwt}});
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json().object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(expired.json().object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Token is invalid or expired."));
        QCOMPARE(HttpProbe::send("GET", keys, {}, {{"Authorization", "Bearer " + key}}).status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxNebula)
#include "tst_SandboxNebula.moc"
