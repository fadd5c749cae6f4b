// Gemini's request builders and parsers against seed 000's own example bodies.

#include "remote/dialects/GeminiDialect.h"

#include "CannedResponse.h"
#include <QJsonArray>
#include <QJsonObject>

#include <QtTest>

namespace {

// The creation answer exactly as the seed document prints it (abridged links kept).
const QByteArray seedAnswer = R"({
"token": {"access_token": "ZyrIfSZqraXTmPaMlaRt2fxEsheoUZV6aWb5OlOT8o", "expires_in": 86400,
          "scope": ["profile", "performer", "venue"], "token_type": "Bearer"},
"user": {
 "_links": {
  "delete": {"href": "/api/users/e5f34047-1f96-4881-8a46-3b1353bfafd9/delete", "method": "POST", "title": "Delete this user account."},
  "edit": {"href": "/api/users/e5f34047-1f96-4881-8a46-3b1353bfafd9", "method": "PATCH", "title": "Edit this user account."},
  "self": {"href": "/api/users/e5f34047-1f96-4881-8a46-3b1353bfafd9", "method": "GET", "title": "User data and profile information."}
 },
 "address": null, "allow_email_notifications": true, "artists": [], "cities": [], "email": "jazzified@example.com",
 "first_name": null, "has_confirmed_email": false, "id": "e5f34047-1f96-4881-8a46-3b1353bfafd9", "last_name": null,
 "locale": "en_US", "phone": null, "selfmatches": [], "venues": [], "zip_code": null }
})";

Profile profile()
{
    Profile p;
    p.id = QStringLiteral("p1");
    p.baseUrl = QUrl(QStringLiteral("https://nyc.makemusicday.org"));
    p.dialect = QStringLiteral("gemini");
    p.identity = QStringLiteral("jazzified@example.com");
    p.settings.insert(QStringLiteral("client_id"), QStringLiteral("cid"));
    return p;
}

} // namespace

class tst_GeminiDialect : public QObject
{
    Q_OBJECT
    GeminiDialect dialect;

private slots:
    void signInIsAPasswordGrantWithClientCredentials()
    {
        const HttpRequest r =
            dialect.signInRequest(profile(), {{QStringLiteral("password"), QStringLiteral("pw")},
                                              {QStringLiteral("client_secret"), QStringLiteral("cs")}});
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/api/oauth/token"));
        QCOMPARE(r.header("Authorization"), "Basic " + QByteArray("cid:cs").toBase64());
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QStringLiteral("grant_type")).toString(), QStringLiteral("password"));
        QCOMPARE(body.value(QStringLiteral("username")).toString(), QStringLiteral("jazzified@example.com"));
        QCOMPARE(body.value(QStringLiteral("scope")).toString(), QStringLiteral("profile performer venue"));
        QVERIFY(!r.authenticated);
    }

    void parsesTheSeedAnswer()
    {
        const Result<AuthState> state = dialect.parseSignIn(response(201, seedAnswer), profile());
        QVERIFY(state.ok());
        QCOMPARE(state.value().accessToken, QStringLiteral("ZyrIfSZqraXTmPaMlaRt2fxEsheoUZV6aWb5OlOT8o"));
        QVERIFY(qAbs(state.value().secondsLeft() - 86400) <= 2);
        QCOMPARE(state.value().scopes, QStringList({QStringLiteral("profile"), QStringLiteral("performer"),
                                                    QStringLiteral("venue")}));
        QCOMPARE(state.value().userId, QStringLiteral("e5f34047-1f96-4881-8a46-3b1353bfafd9"));

        const Result<User> user = dialect.parseUser(response(201, seedAnswer));
        QVERIFY(user.ok());
        QCOMPARE(user.value().email, QStringLiteral("jazzified@example.com"));
        QCOMPARE(user.value().actions.size(), 3);
        QCOMPARE(user.value().actions.value(QStringLiteral("delete")).method, QStringLiteral("POST"));
        // Unknown attributes are kept for the detail panel.
        QVERIFY(user.value().attributes.contains(QStringLiteral("locale")));
    }

    void actionsComeFromLinksOnly()
    {
        User user = dialect.parseUser(response(201, seedAnswer)).value();
        const HttpRequest del = dialect.deleteUserRequest(user);
        QCOMPARE(del.method, QByteArray("POST"));
        QCOMPARE(del.path, QStringLiteral("/api/users/e5f34047-1f96-4881-8a46-3b1353bfafd9/delete"));
        // No "scopes" or "sessions" link: the caller may not do those, so no request is built.
        QVERIFY(!dialect.setRolesRequest(user, {QStringLiteral("profile")}).isValid());
        QVERIFY(!dialect.listSessionsRequest(user).isValid());
        user.actions.remove(QStringLiteral("delete"));
        QVERIFY(!dialect.deleteUserRequest(user).isValid());
    }

    void editSendsOnlyWhatChanged()
    {
        const User before = dialect.parseUser(response(201, seedAnswer)).value();
        UserEdit after{before, QString()};
        after.user.firstName = QStringLiteral("Jazz");
        const HttpRequest r = dialect.updateUserRequest(before, after);
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(QJsonDocument::fromJson(r.body).object(),
                 QJsonObject({{QStringLiteral("first_name"), QStringLiteral("Jazz")}}));
    }

    void serverOnlyScopesAreReadOnly()
    {
        int readOnly = 0;
        for (const RoleDefinition& role : dialect.roleSet().roles) {
            if (!role.assignable) {
                ++readOnly;
                QVERIFY(role.name == QLatin1String("city") || role.name == QLatin1String("admin"));
                QVERIFY(!role.whyReadOnly.isEmpty());
            }
        }
        QCOMPARE(readOnly, 2);
    }

    void pagesMapOffsetToPageNumbers()
    {
        UserQuery query;
        query.offset = 200;
        query.limit = 100;
        query.search = QStringLiteral("jazz");
        const HttpRequest r = dialect.listUsersRequest(query);
        QCOMPARE(r.query.queryItemValue(QStringLiteral("page")), QStringLiteral("3"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("100"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("q")), QStringLiteral("jazz"));
        const Result<UserPage> page = dialect.parseUserPage(
            response(
                200,
                R"({"users":[{"id":"a","email":"a@x.test","scopes":["profile"]}],"pagination":{"next":"/api/users?page=4","prev":null,"pages":9,"total":801}})"),
            query);
        QVERIFY(page.ok());
        QCOMPARE(page.value().total, 801);
        QVERIFY(page.value().hasMore);
        QCOMPARE(page.value().users.first().roles, QStringList{QStringLiteral("profile")});
    }

    void errorsBecomeSentences()
    {
        const ApiError wrong = dialect.parseError(response(
            400, R"({"error":"invalid_grant","error_description":"Invalid username or password."})"));
        QCOMPARE(wrong.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(wrong.message, QStringLiteral("Wrong username or password."));
        const ApiError client = dialect.parseError(response(401, R"({"error":"invalid_client"})"));
        QVERIFY(client.message.contains(QLatin1String("client")));
        const ApiError scope = dialect.parseError(
            response(403, R"({"error":"insufficient_scope","error_description":"needs admin"})"));
        QCOMPARE(scope.kind, ApiError::Kind::Forbidden);
        QCOMPARE(dialect.parseUser(response(200, "{not json")).error().kind, ApiError::Kind::Malformed);
        QCOMPARE(dialect.parseError(response(503, "")).kind, ApiError::Kind::Server);
    }
};

QTEST_GUILESS_MAIN(tst_GeminiDialect)
#include "tst_GeminiDialect.moc"
