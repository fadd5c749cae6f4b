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
};

QTEST_GUILESS_MAIN(tst_SandboxNebula)
#include "tst_SandboxNebula.moc"
