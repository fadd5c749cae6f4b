// Gemini emulation: the create-user and login examples of seed 000, scope rules, _links by
// scope, expiry, and the admin extensions.

#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

namespace {
const QByteArray basic = "Basic " + QByteArray("authdesk-demo:demo-client-secret").toBase64();
}

class tst_SandboxGemini : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    QUrl url(const QString& path) const
    {
        return QUrl(m_sandbox.apiUrl(QStringLiteral("gemini")).toString() + path);
    }
    QJsonObject login(const QString& user, const QString& password, int* status = nullptr,
                      const QString& scope = QStringLiteral("profile performer venue"))
    {
        const ProbeReply r = HttpProbe::json(
            "POST", url(QStringLiteral("/api/oauth/token")),
            QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                      {QStringLiteral("password"), password},
                                      {QStringLiteral("grant_type"), QStringLiteral("password")},
                                      {QStringLiteral("scope"), scope}}),
            {{"Authorization", basic}});
        if (status)
            *status = r.status;
        return r.json().object();
    }
    static QByteArray bearer(const QJsonObject& answer)
    {
        return "Bearer " + answer.value(QStringLiteral("token"))
                               .toObject()
                               .value(QStringLiteral("access_token"))
                               .toString()
                               .toUtf8();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("40")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void createUserAsInTheDocument()
    {
        const QJsonObject payload{{QStringLiteral("email"), QStringLiteral("jazzified@example.com")},
                                  {QStringLiteral("password"), QStringLiteral("correct horse")},
                                  {QStringLiteral("grant_type"), QStringLiteral("password")},
                                  {QStringLiteral("scope"), QStringLiteral("profile performer venue")},
                                  {QStringLiteral("has_accepted_terms"), true}};
        // Without client credentials: refused.
        QCOMPARE(
            HttpProbe::json("POST", url(QStringLiteral("/api/users/create")), QJsonDocument(payload)).status,
            401);
        const ProbeReply r = HttpProbe::json("POST", url(QStringLiteral("/api/users/create")),
                                             QJsonDocument(payload), {{"Authorization", basic}});
        QCOMPARE(r.status, 201);
        const QJsonObject token = r.json().object().value(QStringLiteral("token")).toObject();
        QCOMPARE(token.value(QStringLiteral("expires_in")).toInt(), 86400);
        QCOMPARE(token.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(
            token.value(QStringLiteral("scope")).toArray(),
            QJsonArray({QStringLiteral("profile"), QStringLiteral("performer"), QStringLiteral("venue")}));
        const QJsonObject user = r.json().object().value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("jazzified@example.com"));
        for (const char* field : {"address", "allow_email_notifications", "artists", "cities", "first_name",
                                  "has_confirmed_email", "id", "last_name", "locale", "phone", "selfmatches",
                                  "venues", "zip_code"})
            QVERIFY2(user.contains(QLatin1String(field)), field);
        const QJsonObject links = user.value(QStringLiteral("_links")).toObject();
        for (const char* link : {"self", "edit", "delete", "new-artist", "new-venue"})
            QVERIFY2(links.contains(QLatin1String(link)), link);
        QCOMPARE(links.value(QStringLiteral("delete")).toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("POST"));
        QCOMPARE(links.value(QStringLiteral("edit")).toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("PATCH"));
        // Admin-only links are absent for an ordinary user.
        QVERIFY(!links.contains(QStringLiteral("scopes")));
        QVERIFY(!links.contains(QStringLiteral("sessions")));
    }

    void loginAsInTheDocument()
    {
        // The document's client sends "Bearer: <old token>" and gets 201, not 200.
        const ProbeReply r = HttpProbe::json(
            "POST", url(QStringLiteral("/api/oauth/token")),
            QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("jazzified@example.com")},
                                      {QStringLiteral("password"), QStringLiteral("correct horse")},
                                      {QStringLiteral("grant_type"), QStringLiteral("password")},
                                      {QStringLiteral("scope"), QStringLiteral("profile performer venue")}}),
            {{"Authorization", "Bearer: old-token"}});
        QCOMPARE(r.status, 201);
        QVERIFY(r.json().object().contains(QStringLiteral("user")));
        int status = 0;
        const QJsonObject wrong =
            login(QStringLiteral("jazzified@example.com"), QStringLiteral("nope"), &status);
        QCOMPARE(status, 400);
        QCOMPARE(wrong.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        QVERIFY(!wrong.value(QStringLiteral("error_description")).toString().isEmpty());
    }

    void cityAndAdminAreNeverRequestable()
    {
        int status = 0;
        const QJsonObject refused =
            login(QStringLiteral("admin@gemini.test"), QStringLiteral("sandbox-admin"), &status,
                  QStringLiteral("profile admin"));
        QCOMPARE(status, 400);
        QCOMPARE(refused.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_scope"));
        // An administrator gets them granted without asking.
        const QJsonObject admin =
            login(QStringLiteral("admin@gemini.test"), QStringLiteral("sandbox-admin"), &status);
        QCOMPARE(status, 201);
        const QJsonArray scopes =
            admin.value(QStringLiteral("token")).toObject().value(QStringLiteral("scope")).toArray();
        QVERIFY(scopes.contains(QStringLiteral("admin")));
        QVERIFY(scopes.contains(QStringLiteral("city")));
    }

    void adminListsSearchesAndManages()
    {
        int status = 0;
        const QByteArray admin =
            bearer(login(QStringLiteral("admin@gemini.test"), QStringLiteral("sandbox-admin"), &status));
        const ProbeReply page = HttpProbe::send("GET", url(QStringLiteral("/api/users?per_page=10&page=2")),
                                                {}, {{"Authorization", admin}});
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json().object().value(QStringLiteral("users")).toArray().size(), 10);
        const QJsonObject pagination = page.json().object().value(QStringLiteral("pagination")).toObject();
        QVERIFY(pagination.value(QStringLiteral("total")).toInt() >= 42);
        QVERIFY(pagination.value(QStringLiteral("next")).isString());
        QVERIFY(pagination.value(QStringLiteral("prev")).isString());
        const QJsonObject someone =
            page.json().object().value(QStringLiteral("users")).toArray().first().toObject();
        QVERIFY(someone.value(QStringLiteral("_links")).toObject().contains(QStringLiteral("scopes")));

        // An ordinary user may not list users: 403, the valid token lacks the scope.
        const QByteArray plain =
            bearer(login(QStringLiteral("jazzified@example.com"), QStringLiteral("correct horse"), &status));
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/api/users")), {}, {{"Authorization", plain}}).status,
            403);
        // Wrong tokens are 401.
        QCOMPARE(HttpProbe::send("GET", url(QStringLiteral("/api/users")), {},
                                 {{"Authorization", "Bearer forged"}})
                     .status,
                 401);

        const ProbeReply found =
            HttpProbe::send("GET", url(QStringLiteral("/api/users?q=jazzi")), {}, {{"Authorization", admin}});
        const QJsonArray hits = found.json().object().value(QStringLiteral("users")).toArray();
        QCOMPARE(hits.size(), 1);
        const QString id = hits.first().toObject().value(QStringLiteral("id")).toString();

        const ProbeReply scoped = HttpProbe::json(
            "PUT", url(QStringLiteral("/api/users/") + id + QStringLiteral("/scopes")),
            QJsonDocument(QJsonObject{{QStringLiteral("scopes"), QJsonArray{QStringLiteral("profile")}}}),
            {{"Authorization", admin}});
        QCOMPARE(scoped.status, 200);
        QCOMPARE(scoped.json().object().value(QStringLiteral("scopes")).toArray(),
                 QJsonArray{QStringLiteral("profile")});
        const ProbeReply forbiddenScope = HttpProbe::json(
            "PUT", url(QStringLiteral("/api/users/") + id + QStringLiteral("/scopes")),
            QJsonDocument(QJsonObject{{QStringLiteral("scopes"), QJsonArray{QStringLiteral("admin")}}}),
            {{"Authorization", admin}});
        QCOMPARE(forbiddenScope.status, 400);
        QCOMPARE(forbiddenScope.json().object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_scope"));

        const ProbeReply sessions =
            HttpProbe::send("GET", url(QStringLiteral("/api/users/") + id + QStringLiteral("/sessions")), {},
                            {{"Authorization", admin}});
        QCOMPARE(sessions.status, 200);
        QVERIFY(sessions.json().object().value(QStringLiteral("sessions")).toArray().size() >= 2);
        QCOMPARE(HttpProbe::send("POST",
                                 url(QStringLiteral("/api/users/") + id + QStringLiteral("/sessions/revoke")),
                                 {}, {{"Authorization", admin}})
                     .status,
                 200);
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/api/users/") + id), {}, {{"Authorization", plain}})
                .status,
            401);

        QCOMPARE(HttpProbe::send("POST", url(QStringLiteral("/api/users/") + id + QStringLiteral("/delete")),
                                 {}, {{"Authorization", admin}})
                     .status,
                 204);
        QCOMPARE(
            HttpProbe::send("GET", url(QStringLiteral("/api/users/") + id), {}, {{"Authorization", admin}})
                .status,
            404);
    }

    void expiredTokensAre401()
    {
        SandboxProcess shortLived;
        QVERIFY2(shortLived.start({QStringLiteral("--token-lifetime"), QStringLiteral("1")}),
                 qPrintable(shortLived.errorString()));
        const QUrl base = shortLived.apiUrl(QStringLiteral("gemini"));
        const ProbeReply r = HttpProbe::json(
            "POST", QUrl(base.toString() + QStringLiteral("/api/oauth/token")),
            QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("admin@gemini.test")},
                                      {QStringLiteral("password"), QStringLiteral("sandbox-admin")},
                                      {QStringLiteral("grant_type"), QStringLiteral("password")},
                                      {QStringLiteral("scope"), QStringLiteral("profile")}}),
            {{"Authorization", basic}});
        QCOMPARE(r.json()
                     .object()
                     .value(QStringLiteral("token"))
                     .toObject()
                     .value(QStringLiteral("expires_in"))
                     .toInt(),
                 1);
        QTest::qWait(2100);
        QCOMPARE(HttpProbe::send("GET", QUrl(base.toString() + QStringLiteral("/api/users")), {},
                                 {{"Authorization", bearer(r.json().object())}})
                     .status,
                 401);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxGemini)
#include "tst_SandboxGemini.moc"
