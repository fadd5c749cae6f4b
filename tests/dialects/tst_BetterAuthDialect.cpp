// better-auth's builders and parsers, fed answers shaped exactly like those a real better-auth
// 1.7.5 server (tests/peers/betterauth) gave: sign-in with its signed session cookie, the admin
// plugin's user and session lists, the API-key plugin's keys and its {message, code} errors.

#include "remote/DialectRegistry.h"
#include "remote/dialects/BetterAuthDialect.h"
#include "values/Utc.h"

#include "CannedResponse.h"
#include <QJsonArray>
#include <QJsonObject>

#include <QtTest>

namespace {

QJsonObject bodyOf(const HttpRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

Profile profile()
{
    Profile p;
    p.id = QStringLiteral("p1");
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:43105"));
    p.dialect = QStringLiteral("betterauth");
    p.identity = QStringLiteral("admin@betterauth.test");
    return p;
}

const QByteArray signInAnswer =
    R"({"redirect":false,"token":"ds4f4q45ZbuDn0WAoymbkQ0WFjj4GAaQ","user":{"name":"Peer Admin","email":"admin@betterauth.test","emailVerified":false,"createdAt":"2026-11-25T05:45:34.466Z","updatedAt":"2026-11-25T05:45:34.466Z","role":"admin","banned":false,"id":"1kvb9yRAzRfjC5GXuTI7J530byak5mVT"}})";
const QByteArray sessionCookie =
    "better-auth.session_token=ds4f4q45ZbuDn0WAoymbkQ0WFjj4GAaQ."
    "aEv04AkFDucyi4Jx1J%2FEQTpY1NZzBP4Ph%2F1UWlzIu6I%3D; Max-Age=604800; Path=/; "
    "HttpOnly; SameSite=Lax";

const QByteArray userPage =
    R"({"users":[{"name":"Hana Sato","email":"hana@example.org","emailVerified":false,"createdAt":"2026-11-25T05:45:35.923Z","updatedAt":"2026-11-25T05:45:35.923Z","role":"user","banned":false,"id":"HyXoIVFUkTj3RuCZlwhUZIyrJPO4FKYG"},{"name":"Renamed Person","email":"renamed@example.org","emailVerified":false,"createdAt":"2026-11-25T05:45:56.238Z","updatedAt":"2026-11-25T05:46:13.513Z","role":"support,user","banned":true,"banReason":"Disabled from AuthDesk","banExpires":null,"id":"GAqN8KW14myxme168i9lOCAO9Tw0RwPL"}],"total":9,"limit":2,"offset":1})";

const QByteArray sessionList =
    R"({"sessions":[{"expiresAt":"2026-12-02T05:46:02.839Z","token":"D9AgE78s3FxmwWLghpyumz4ByimuJl1T","createdAt":"2026-11-25T05:46:02.839Z","updatedAt":"2026-11-25T05:46:02.839Z","ipAddress":"","userAgent":"probe/1","userId":"GAqN8KW14myxme168i9lOCAO9Tw0RwPL","id":"R59a4ouk1l6gjjZjlK3jn3IF0uobyTM0"}]})";

const QByteArray createdKey =
    R"({"configId":"default","name":"ci-deploy","start":"TQcgVo","referenceId":"1kvb9yRAzRfjC5GXuTI7J530byak5mVT","prefix":null,"key":"TQcgVomfjOHrOprAdkNIGfhdHLkzZpBnbXbTRFDhLzNqDlsogBkNsOuIERANmQQF","refillInterval":null,"refillAmount":null,"lastRefillAt":null,"enabled":true,"rateLimitEnabled":false,"rateLimitTimeWindow":86400000,"rateLimitMax":10,"requestCount":0,"remaining":null,"lastRequest":null,"expiresAt":"2026-12-02T05:46:19.176Z","createdAt":"2026-11-25T05:46:19.176Z","updatedAt":"2026-11-25T05:46:19.176Z","permissions":null,"metadata":{"description":"for CI"},"id":"2CLgtKtr4yK64QODoX41oBKntifRx83h"})";

const QByteArray keyList =
    R"({"apiKeys":[{"configId":"default","name":"ci-deploy","start":"TQcgVo","referenceId":"1kvb9yRAzRfjC5GXuTI7J530byak5mVT","prefix":null,"enabled":true,"lastRequest":null,"expiresAt":"2026-12-02T05:46:19.176Z","createdAt":"2026-11-25T05:46:19.176Z","updatedAt":"2026-11-25T05:46:19.176Z","permissions":{"users":["read","list"]},"metadata":{"description":"for CI"},"id":"2CLgtKtr4yK64QODoX41oBKntifRx83h"},{"configId":"default","name":"plain","start":"OzQzNm","referenceId":"1kvb9yRAzRfjC5GXuTI7J530byak5mVT","prefix":null,"enabled":true,"expiresAt":null,"createdAt":"2026-11-25T05:46:19.208Z","permissions":null,"metadata":null,"id":"A3XrqTRBiOztVQ4EWXEor4f63hO4nRCf"}],"total":2})";

User someone()
{
    User u;
    u.id = QStringLiteral("GAqN8KW14myxme168i9lOCAO9Tw0RwPL");
    u.username = u.email = QStringLiteral("renamed@example.org");
    u.firstName = QStringLiteral("Renamed");
    u.lastName = QStringLiteral("Person");
    u.roles = {QStringLiteral("user")};
    return u;
}
} // namespace

class tst_BetterAuthDialect : public QObject
{
    Q_OBJECT
    BetterAuthDialect dialect;

private slots:
    void isRegistered()
    {
        QVERIFY(DialectRegistry::ids().contains(QStringLiteral("betterauth")));
        const auto created = DialectRegistry::create(QStringLiteral("betterauth"));
        QVERIFY(created);
        QCOMPARE(created->displayName(), QStringLiteral("better-auth 1.7"));
    }

    void capabilitiesExplainWhatIsMissing()
    {
        const Capabilities c = dialect.capabilities({});
        for (Capability yes : {Capability::ListUsers, Capability::ServerSearch, Capability::ServerSort,
                               Capability::TotalCount, Capability::GetUser, Capability::SetEnabled,
                               Capability::RevokeSession, Capability::CreateApiKey, Capability::SignOut})
            QVERIFY(c.supports(yes));
        for (Capability no :
             {Capability::ListAllSessions, Capability::RefreshToken, Capability::UserActionsFromLinks}) {
            QVERIFY(!c.supports(no));
            QVERIFY(c.reason(no).contains(QLatin1String("better-auth")));
        }
    }

    void onlyBetterAuthRecordsADisablesReasonAndEnd()
    {
        QVERIFY(dialect.capabilities({}).supports(Capability::DisableReason));
        QVERIFY(dialect.capabilities({}).supports(Capability::DisableExpiry));
        for (const QString& id : DialectRegistry::ids()) {
            if (id == dialect.id())
                continue;
            const Capabilities other = DialectRegistry::create(id)->capabilities({});
            QVERIFY2(!other.supports(Capability::DisableReason), qPrintable(id));
            QVERIFY2(!other.supports(Capability::DisableExpiry), qPrintable(id));
            QVERIFY(other.reason(Capability::DisableReason).contains(QLatin1String("reason")));
            QVERIFY(other.reason(Capability::DisableExpiry).contains(QLatin1String("enable")));
        }
    }

    void originIsTheBaseUrlsSchemeHostAndPort()
    {
        QCOMPARE(BetterAuthDialect::originOf(QUrl(QStringLiteral("http://127.0.0.1:43105"))),
                 QByteArray("http://127.0.0.1:43105"));
        QCOMPARE(BetterAuthDialect::originOf(
                     QUrl(QStringLiteral("https://user:pw@auth.example.com:443/app/?x=1"))),
                 QByteArray("https://auth.example.com"));
        QCOMPARE(BetterAuthDialect::originOf(QUrl(QStringLiteral("https://auth.example.com:8443/base"))),
                 QByteArray("https://auth.example.com:8443"));
    }

    void signInPostsEmailAndPasswordWithOrigin()
    {
        const HttpRequest r =
            dialect.signInRequest(profile(), {{QStringLiteral("password"), QStringLiteral("pw")}});
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/api/auth/sign-in/email"));
        QVERIFY(!r.authenticated);
        QVERIFY(!r.cookieJar); // cookies come from AuthState alone
        QCOMPARE(r.header("Origin"), QByteArray("http://127.0.0.1:43105"));
        QCOMPARE(bodyOf(r).value(QStringLiteral("email")).toString(),
                 QStringLiteral("admin@betterauth.test"));
        QCOMPARE(bodyOf(r).value(QStringLiteral("password")).toString(), QStringLiteral("pw"));
    }

    void signInKeepsTheSessionCookieInMemory()
    {
        // Qt joins repeated Set-Cookie headers with '\n'.
        const QByteArray cookies = sessionCookie + "\nbetter-auth.dont_remember=; Max-Age=0; Path=/";
        const Result<AuthState> state =
            dialect.parseSignIn(response(200, signInAnswer, {{"set-cookie", cookies}}), profile());
        QVERIFY2(state.ok(), qPrintable(state.error().detail));
        QCOMPARE(state.value().cookies.size(), 1); // the emptied cookie is dropped
        QCOMPARE(state.value().cookies.first().name(), QByteArray("better-auth.session_token"));
        QVERIFY(state.value().isSignedIn());
        QVERIFY(state.value().accessToken.isEmpty()); // the cookie is the credential
        QCOMPARE(state.value().userId, QStringLiteral("1kvb9yRAzRfjC5GXuTI7J530byak5mVT"));
        QCOMPARE(state.value().identity, QStringLiteral("admin@betterauth.test"));
        QCOMPARE(state.value().scopes, QStringList{QStringLiteral("admin")});
        // Max-Age=604800: a week from now.
        const qint64 left = state.value().secondsLeft();
        QVERIFY2(left > 604800 - 60 && left <= 604800, qPrintable(QString::number(left)));

        HttpRequest call = dialect.listUsersRequest({});
        dialect.authorize(call, state.value(), profile(), {});
        QCOMPARE(call.header("Origin"), QByteArray("http://127.0.0.1:43105"));
        QVERIFY(!call.cookieJar);
        QCOMPARE(call.header("Cookie"),
                 QByteArray("better-auth.session_token=ds4f4q45ZbuDn0WAoymbkQ0WFjj4GAaQ."
                            "aEv04AkFDucyi4Jx1J%2FEQTpY1NZzBP4Ph%2F1UWlzIu6I%3D"));

        const Result<AuthState> noCookie = dialect.parseSignIn(response(200, signInAnswer), profile());
        QCOMPARE(noCookie.error().kind, ApiError::Kind::Malformed);
    }

    void listUsersPagesSearchesAndSortsOnTheServer()
    {
        UserQuery q;
        q.offset = 1;
        q.limit = 2;
        q.search = QStringLiteral("Example.ORG");
        q.sortField = QStringLiteral("username");
        q.sortOrder = Qt::DescendingOrder;
        const HttpRequest r = dialect.listUsersRequest(q);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QStringLiteral("/api/auth/admin/list-users"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("offset")), QStringLiteral("1"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("searchField")), QStringLiteral("email"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("searchValue")), QStringLiteral("example.org"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("sortBy")), QStringLiteral("email"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("sortDirection")), QStringLiteral("desc"));

        q.search = QStringLiteral("name: Sato");
        q.sortField = QStringLiteral("enabled"); // enabled ascending = banned first = banned descending
        q.sortOrder = Qt::AscendingOrder;
        const HttpRequest byName = dialect.listUsersRequest(q);
        QCOMPARE(byName.query.queryItemValue(QStringLiteral("searchField")), QStringLiteral("name"));
        QCOMPARE(byName.query.queryItemValue(QStringLiteral("searchValue")), QStringLiteral("Sato"));
        QCOMPARE(byName.query.queryItemValue(QStringLiteral("sortBy")), QStringLiteral("banned"));
        QCOMPARE(byName.query.queryItemValue(QStringLiteral("sortDirection")), QStringLiteral("desc"));

        q.search.clear();
        q.sortField = QStringLiteral("lastLoginAt"); // not kept by better-auth: no sortBy at all
        const HttpRequest plain = dialect.listUsersRequest(q);
        QVERIFY(!plain.query.hasQueryItem(QStringLiteral("searchValue")));
        QVERIFY(!plain.query.hasQueryItem(QStringLiteral("sortBy")));
    }

    void userPageParsesRolesBansAndTotal()
    {
        UserQuery q;
        q.offset = 1;
        q.limit = 2;
        const Result<UserPage> page = dialect.parseUserPage(response(200, userPage), q);
        QVERIFY(page.ok());
        QCOMPARE(page.value().users.size(), 2);
        QCOMPARE(page.value().total, 9);
        QVERIFY(page.value().hasMore);
        const User hana = page.value().users.first();
        QCOMPARE(hana.id, QStringLiteral("HyXoIVFUkTj3RuCZlwhUZIyrJPO4FKYG"));
        QCOMPARE(hana.username, QStringLiteral("hana@example.org"));
        QCOMPARE(hana.firstName, QStringLiteral("Hana"));
        QCOMPARE(hana.lastName, QStringLiteral("Sato"));
        QVERIFY(hana.enabled);
        QCOMPARE(hana.createdAt, QDateTime(QDate(2026, 11, 25), QTime(5, 45, 35, 923), Utc::zone));
        const User banned = page.value().users.last();
        QCOMPARE(banned.roles, (QStringList{QStringLiteral("support"), QStringLiteral("user")}));
        QVERIFY(!banned.enabled);
        QCOMPARE(banned.attributes.value(QStringLiteral("banReason")).toString(),
                 QStringLiteral("Disabled from AuthDesk"));

        q.offset = 7;
        QVERIFY(!dialect.parseUserPage(response(200, userPage), q).value().hasMore);
        QCOMPARE(dialect.parseUserPage(response(200, R"({"users":{}})"), q).error().kind,
                 ApiError::Kind::Malformed);
    }

    void userWritesUseTheAdminEndpoints()
    {
        const User u = someone();
        UserEdit create;
        create.user.email = QStringLiteral("new.person@example.org");
        create.user.firstName = QStringLiteral("New");
        create.user.lastName = QStringLiteral("Person");
        create.user.roles = {QStringLiteral("user")};
        create.user.enabled = false;
        create.password = QStringLiteral("newperson-pw");
        const HttpRequest c = dialect.createUserRequest(create, profile(), {});
        QCOMPARE(c.path, QStringLiteral("/api/auth/admin/create-user"));
        QCOMPARE(bodyOf(c).value(QStringLiteral("name")).toString(), QStringLiteral("New Person"));
        QCOMPARE(bodyOf(c).value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(bodyOf(c).value(QStringLiteral("password")).toString(), QStringLiteral("newperson-pw"));
        QCOMPARE(bodyOf(c).value(QStringLiteral("data")).toObject().value(QStringLiteral("banned")),
                 QJsonValue(true));
        create.user.firstName.clear();
        create.user.lastName.clear();
        QCOMPARE(
            bodyOf(dialect.createUserRequest(create, profile(), {})).value(QStringLiteral("name")).toString(),
            QStringLiteral("new.person"));

        UserEdit edit{u, {}};
        edit.user.lastName = QStringLiteral("Renamed-Again");
        edit.user.enabled = false;
        const HttpRequest update = dialect.updateUserRequest(u, edit);
        QCOMPARE(update.path, QStringLiteral("/api/auth/admin/update-user"));
        QCOMPARE(bodyOf(update).value(QStringLiteral("userId")).toString(), u.id);
        const QJsonObject data = bodyOf(update).value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed Renamed-Again"));
        QCOMPARE(data.value(QStringLiteral("banned")), QJsonValue(true));
        QVERIFY(!data.contains(QStringLiteral("email"))); // unchanged fields stay out
        QVERIFY(!data.contains(QStringLiteral("role")));

        QCOMPARE(bodyOf(dialect.deleteUserRequest(u)), QJsonObject({{QStringLiteral("userId"), u.id}}));
        QCOMPARE(dialect.deleteUserRequest(u).path, QStringLiteral("/api/auth/admin/remove-user"));
        const HttpRequest roles =
            dialect.setRolesRequest(u, {QStringLiteral("support"), QStringLiteral("user")});
        QCOMPARE(roles.path, QStringLiteral("/api/auth/admin/set-role"));
        QCOMPARE(bodyOf(roles).value(QStringLiteral("role")).toArray().size(), 2);
        QCOMPARE(bodyOf(dialect.setRolesRequest(u, {QStringLiteral("admin")})).value(QStringLiteral("role")),
                 QJsonValue(QStringLiteral("admin")));
        QVERIFY(!dialect.setRolesRequest(u, {}).isValid());
        QVERIFY(!dialect.setRolesRequest(u, {QStringLiteral("a,b")}).isValid());

        const HttpRequest ban = dialect.setEnabledRequest(u, false);
        QCOMPARE(ban.path, QStringLiteral("/api/auth/admin/ban-user"));
        QCOMPARE(bodyOf(ban).value(QStringLiteral("banReason")).toString(),
                 QStringLiteral("Disabled from AuthDesk"));
        QVERIFY(!bodyOf(ban).contains(QStringLiteral("banExpiresIn")));
        QCOMPARE(dialect.setEnabledRequest(u, true).path, QStringLiteral("/api/auth/admin/unban-user"));
        const HttpRequest get = dialect.getUserRequest(u);
        QCOMPARE(get.path, QStringLiteral("/api/auth/admin/get-user"));
        QCOMPARE(get.query.queryItemValue(QStringLiteral("id")), u.id);
    }

    void banCarriesTheReasonAndTheSecondsUntilItEnds()
    {
        const User u = someone();
        DisableRequest request;
        request.reason = QStringLiteral("  Left the company  ");
        request.until = QDateTime::currentDateTimeUtc().addSecs(3600);
        const HttpRequest ban = dialect.disableRequest(u, request);
        QCOMPARE(ban.method, QByteArray("POST"));
        QCOMPARE(ban.path, QStringLiteral("/api/auth/admin/ban-user"));
        const QJsonObject body = bodyOf(ban);
        QCOMPARE(body.value(QStringLiteral("userId")).toString(), u.id);
        QCOMPARE(body.value(QStringLiteral("banReason")).toString(), QStringLiteral("Left the company"));
        QVERIFY(body.value(QStringLiteral("banExpiresIn")).isDouble()); // a number, as the schema wants
        const qint64 seconds = body.value(QStringLiteral("banExpiresIn")).toInteger();
        QVERIFY2(seconds > 3590 && seconds <= 3600, qPrintable(QString::number(seconds)));

        // Neither given: the console's default reason and no end; a reason alone has no end either.
        QCOMPARE(bodyOf(dialect.disableRequest(u, {})), bodyOf(dialect.setEnabledRequest(u, false)));
        QCOMPARE(bodyOf(dialect.disableRequest(u, {})),
                 QJsonObject({{QStringLiteral("userId"), u.id},
                              {QStringLiteral("banReason"), BetterAuthDialect::banReason()}}));
        const QJsonObject reasonOnly = bodyOf(dialect.disableRequest(u, {QStringLiteral("Audit"), {}}));
        QCOMPARE(reasonOnly.value(QStringLiteral("banReason")).toString(), QStringLiteral("Audit"));
        QVERIFY(!reasonOnly.contains(QStringLiteral("banExpiresIn")));
        const QJsonObject endOnly =
            bodyOf(dialect.disableRequest(u, {{}, QDateTime::currentDateTimeUtc().addDays(2)}));
        QCOMPARE(endOnly.value(QStringLiteral("banReason")).toString(), BetterAuthDialect::banReason());
        QVERIFY(qAbs(endOnly.value(QStringLiteral("banExpiresIn")).toInteger() - 2 * 86400) <= 10);
        // 0 means "never" to better-auth: an end already passed still ends the ban at once.
        const QJsonObject past =
            bodyOf(dialect.disableRequest(u, {{}, QDateTime::currentDateTimeUtc().addSecs(-30)}));
        QCOMPARE(past.value(QStringLiteral("banExpiresIn")).toInteger(), 1);
    }

    void bannedUsersKeepTheReasonAndTheEnd()
    {
        const QDateTime end = QDateTime::currentDateTimeUtc().addDays(3);
        QJsonObject banned =
            QJsonDocument::fromJson(
                R"({"name":"Renamed Person","email":"renamed@example.org","emailVerified":false,"createdAt":"2026-11-25T05:45:56.238Z","updatedAt":"2026-11-25T05:46:13.513Z","role":"user","banned":true,"banReason":"Left the company","id":"GAqN8KW14myxme168i9lOCAO9Tw0RwPL"})")
                .object();
        banned.insert(QStringLiteral("banExpires"), end.toString(Qt::ISODateWithMs));
        const Result<User> user = dialect.parseUser(
            response(200, QJsonDocument(QJsonObject{{QStringLiteral("user"), banned}}).toJson()));
        QVERIFY(user.ok());
        QVERIFY(!user.value().enabled);
        QCOMPARE(user.value().attributes.value(QStringLiteral("banReason")).toString(),
                 QStringLiteral("Left the company"));
        QCOMPARE(QDateTime::fromString(user.value().attributes.value(QStringLiteral("banExpires")).toString(),
                                       Qt::ISODateWithMs),
                 end);

        // A ban that has ended no longer applies: better-auth lifts it at the next sign-in.
        const QByteArray ended =
            R"({"id":"u1","email":"old@example.org","name":"Old Ban","role":"user","banned":true,"banReason":"Spam","banExpires":"2020-01-01T00:00:00.000Z"})";
        QVERIFY(dialect.parseUser(response(200, ended)).value().enabled);
        // Unbanned: better-auth clears both.
        const QByteArray unbanned =
            R"({"user":{"id":"u1","email":"old@example.org","name":"Old Ban","role":"user","banned":false,"banReason":null,"banExpires":null}})";
        const User back = dialect.parseUser(response(200, unbanned)).value();
        QVERIFY(back.enabled);
        QVERIFY(back.attributes.value(QStringLiteral("banReason")).isNull());
    }

    void userAnswersComeWrappedOrBare()
    {
        const QByteArray bare =
            R"({"name":"Renamed Person","email":"renamed@example.org","emailVerified":false,"createdAt":"2026-11-25T05:45:56.238Z","updatedAt":"2026-11-25T05:45:57.072Z","role":"user","banned":false,"id":"GAqN8KW14myxme168i9lOCAO9Tw0RwPL"})";
        const Result<User> fromGet = dialect.parseUser(response(200, bare));
        QVERIFY(fromGet.ok());
        QCOMPARE(fromGet.value().email, QStringLiteral("renamed@example.org"));
        const Result<User> fromBan = dialect.parseUser(response(200, QByteArray(R"({"user":)" + bare + "}")));
        QCOMPARE(fromBan.value().id, QStringLiteral("GAqN8KW14myxme168i9lOCAO9Tw0RwPL"));
        QCOMPARE(dialect.parseUser(response(200, R"({"success":true})")).error().kind,
                 ApiError::Kind::Malformed);
    }

    void sessionsKeepTheirTokenForRevocation()
    {
        const User u = someone();
        const HttpRequest list = dialect.listSessionsRequest(u);
        QCOMPARE(list.path, QStringLiteral("/api/auth/admin/list-user-sessions"));
        QCOMPARE(bodyOf(list).value(QStringLiteral("userId")).toString(), u.id);
        const Result<QList<Session>> sessions = dialect.parseSessions(response(200, sessionList));
        QVERIFY(sessions.ok());
        QCOMPARE(sessions.value().size(), 1);
        const Session s = sessions.value().first();
        QCOMPARE(s.id, QStringLiteral("R59a4ouk1l6gjjZjlK3jn3IF0uobyTM0")); // the id, never the token
        QCOMPARE(s.userAgent, QStringLiteral("probe/1"));
        QCOMPARE(s.expiresAt, QDateTime(QDate(2026, 12, 2), QTime(5, 46, 2, 839), Utc::zone));
        // The token is not read into a field of its own, so it stays among the others (in memory:
        // SecretFilter keeps it out of the cache); the fields read into their own are not repeated.
        QVERIFY(s.attributes.contains(QStringLiteral("token")));
        for (const char* read :
             {"id", "userId", "createdAt", "updatedAt", "expiresAt", "ipAddress", "userAgent"})
            QVERIFY2(!s.attributes.contains(QLatin1String(read)), read);
        const HttpRequest revoke = dialect.revokeSessionRequest(u, s);
        QCOMPARE(revoke.path, QStringLiteral("/api/auth/admin/revoke-user-session"));
        QCOMPARE(bodyOf(revoke).value(QStringLiteral("sessionToken")).toString(),
                 QStringLiteral("D9AgE78s3FxmwWLghpyumz4ByimuJl1T"));
        Session withoutToken = s;
        withoutToken.attributes.clear();
        QVERIFY(!dialect.revokeSessionRequest(u, withoutToken).isValid());
        QCOMPARE(dialect.revokeAllSessionsRequest(u).path,
                 QStringLiteral("/api/auth/admin/revoke-user-sessions"));
    }

    void apiKeysAreListedIssuedOnceAndDeleted()
    {
        QCOMPARE(dialect.listApiKeysRequest(nullptr).path, QStringLiteral("/api/auth/api-key/list"));
        const User other = someone();
        QVERIFY(!dialect.listApiKeysRequest(&other).isValid());
        const Result<QList<ApiKey>> keys = dialect.parseApiKeys(response(200, keyList));
        QVERIFY(keys.ok());
        QCOMPARE(keys.value().size(), 2);
        const ApiKey first = keys.value().first();
        QCOMPARE(first.name, QStringLiteral("ci-deploy"));
        QCOMPARE(first.prefix, QStringLiteral("TQcgVo"));
        QCOMPARE(first.description, QStringLiteral("for CI"));
        QCOMPARE(first.ownerId, QStringLiteral("1kvb9yRAzRfjC5GXuTI7J530byak5mVT"));
        QCOMPARE(first.scopes, (QStringList{QStringLiteral("users:read"), QStringLiteral("users:list")}));
        QVERIFY(first.expiresAt.isValid());
        QVERIFY(!keys.value().last().expiresAt.isValid());

        ApiKeyRequest request;
        request.name = QStringLiteral("ci-deploy");
        request.description = QStringLiteral("for CI");
        request.expiresAt = QDateTime::currentDateTimeUtc().addDays(7);
        const HttpRequest create = dialect.createApiKeyRequest(request);
        QCOMPARE(create.path, QStringLiteral("/api/auth/api-key/create"));
        const qint64 expiresIn = bodyOf(create).value(QStringLiteral("expiresIn")).toInteger();
        QVERIFY2(expiresIn > 7 * 86400 - 60 && expiresIn <= 7 * 86400,
                 qPrintable(QString::number(expiresIn)));
        QCOMPARE(
            bodyOf(create).value(QStringLiteral("metadata")).toObject().value(QStringLiteral("description")),
            QJsonValue(QStringLiteral("for CI")));
        request.ownerId = QStringLiteral("someone-else");
        QVERIFY(!dialect.createApiKeyRequest(request).isValid()); // only the server may do that

        const Result<IssuedApiKey> issued = dialect.parseIssuedApiKey(response(200, createdKey));
        QVERIFY(issued.ok());
        QCOMPARE(issued.value().secret.size(), 64);
        QCOMPARE(issued.value().key.id, QStringLiteral("2CLgtKtr4yK64QODoX41oBKntifRx83h"));
        QCOMPARE(issued.value().key.prefix, QStringLiteral("TQcgVo"));
        QVERIFY(
            !issued.value().key.attributes.contains(QStringLiteral("key"))); // the key lives in `secret` only
        QCOMPARE(dialect.parseIssuedApiKey(response(200, R"({"id":"x"})")).error().kind,
                 ApiError::Kind::Malformed);

        const HttpRequest revoke = dialect.revokeApiKeyRequest(issued.value().key);
        QCOMPARE(revoke.path, QStringLiteral("/api/auth/api-key/delete"));
        QCOMPARE(bodyOf(revoke).value(QStringLiteral("keyId")).toString(), issued.value().key.id);
    }

    void errorsBecomeOneClearSentence_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("contains");
        using K = ApiError::Kind;
        QTest::newRow("wrong password")
            << 401
            << QByteArray(R"({"message":"Invalid email or password","code":"INVALID_EMAIL_OR_PASSWORD"})")
            << int(K::Unauthorized) << QString() << QStringLiteral("Wrong username or password.");
        QTest::newRow("expired session")
            << 401 << QByteArray() << int(K::Unauthorized) << QString() << QStringLiteral("sign in again");
        QTest::newRow("banned")
            << 403
            << QByteArray(
                   R"({"message":"You have been banned from this application. Please contact support if you believe this is an error.","code":"BANNED_USER"})")
            << int(K::Unauthorized) << QString() << QStringLiteral("disabled");
        QTest::newRow("origin") << 403
                                << QByteArray(R"({"message":"Invalid origin","code":"INVALID_ORIGIN"})")
                                << int(K::Forbidden) << QString() << QStringLiteral("trustedOrigins");
        QTest::newRow("not admin")
            << 403
            << QByteArray(
                   R"({"message":"You are not allowed to list users","code":"YOU_ARE_NOT_ALLOWED_TO_LIST_USERS"})")
            << int(K::Forbidden) << QString() << QStringLiteral("not allowed to list users");
        QTest::newRow("taken")
            << 400
            << QByteArray(
                   R"({"message":"User already exists. Use another email.","code":"USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL"})")
            << int(K::Conflict) << QStringLiteral("email") << QStringLiteral("already exists");
        QTest::newRow("bad email") << 400
                                   << QByteArray(R"({"message":"Invalid email","code":"INVALID_EMAIL"})")
                                   << int(K::Validation) << QStringLiteral("email")
                                   << QStringLiteral("email address");
        QTest::newRow("password via update")
            << 400
            << QByteArray(
                   R"({"message":"Password cannot be updated through update-user. Use the set-user-password endpoint instead","code":"PASSWORD_CANNOT_BE_UPDATED_VIA_UPDATE_USER"})")
            << int(K::Validation) << QStringLiteral("password") << QStringLiteral("leave the password empty");
        QTest::newRow("zod")
            << 400
            << QByteArray(
                   R"({"message":"[body.banExpiresIn] Invalid input: expected number, received string","code":"VALIDATION_ERROR"})")
            << int(K::Validation) << QStringLiteral("banExpiresIn") << QStringLiteral("expected number");
        QTest::newRow("no such user")
            << 404 << QByteArray(R"({"message":"User not found","code":"USER_NOT_FOUND"})")
            << int(K::NotFound) << QString() << QStringLiteral("deleted meanwhile");
        QTest::newRow("no plugin") << 404 << QByteArray() << int(K::NotFound) << QString()
                                   << QStringLiteral("plugins");
        QTest::newRow("key gone") << 404
                                  << QByteArray(R"({"message":"API Key not found","code":"KEY_NOT_FOUND"})")
                                  << int(K::NotFound) << QString() << QStringLiteral("deleted meanwhile");
        QTest::newRow("metadata off")
            << 400 << QByteArray(R"({"message":"Metadata is disabled.","code":"METADATA_DISABLED"})")
            << int(K::Validation) << QStringLiteral("description") << QStringLiteral("description empty");
        QTest::newRow("server") << 500 << QByteArray("oops") << int(K::Server) << QString()
                                << QStringLiteral("500");
    }
    void errorsBecomeOneClearSentence()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, contains);
        const ApiError error = dialect.parseError(response(status, body));
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.contains(contains), qPrintable(error.message));
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.serverCode,
                 QJsonDocument::fromJson(body).object().value(QStringLiteral("code")).toString());
    }
};

QTEST_GUILESS_MAIN(tst_BetterAuthDialect)
#include "tst_BetterAuthDialect.moc"
