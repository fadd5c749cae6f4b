// Glewlwyd 2.7's builders and parsers, fed the bodies of its API document
// (/usr/share/doc/glewlwyd/API.md: user list and user, scope list, API-key list and issued key,
// the session list's fields, its JSON-array error bodies) and, where the real 2.7.5 server
// (tests/peers/glewlwyd) answers differently, what it answered: the session cookie, a string
// issued_at, the delegation path, the hashes it names sessions and keys by.

#include "remote/DialectRegistry.h"
#include "remote/dialects/GlewlwydDialect.h"
#include "values/Utc.h"

#include "CannedResponse.h"
#include "PlanWalk.h"
#include <QJsonArray>
#include <QJsonObject>

#include <QtTest>

namespace {

QJsonObject bodyOf(const HttpRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

Profile profile(bool apiKey = false)
{
    Profile p;
    p.id = QStringLiteral("p1");
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:4593/api"));
    p.dialect = QStringLiteral("glewlwyd");
    p.identity = QStringLiteral("admin");
    if (apiKey)
        p.settings.insert(QStringLiteral("auth_method"), QStringLiteral("api_key"));
    return p;
}

// API.md, "Get a list of users available" (its example, as JSON).
const QByteArray userList =
    R"([{"username":"user1","scope":["g_profile","scope1","scope2"],"enabled":true,"name":"Dave Lopper","email":"user1@glewlwyd","alias":["dev","plop"]},{"username":"user2","scope":["g_profile"],"enabled":true,"name":"Dave Lopper 2","email":"user2@glewlwyd"}])";
// API.md, "Get a user".
const QByteArray oneUser =
    R"({"username":"user1","scope":["g_profile","scope1","scope2"],"enabled":true,"name":"Dave Lopper","email":"user1@glewlwyd","alias":["dev","plop"]})";
// API.md, "Get a list of scopes available" (its first entry), then g_admin as 2.7.5 lists it.
const QByteArray scopeList =
    R"([{"name":"scope1","display_name":"First scope","description":"The first scope","password_required":true,"scheme":{"group1":[{"scheme_type":"mock","scheme_name":"mock1","scheme_display_name":"First mock scheme"}]}},{"name":"g_admin","display_name":"Glewlwyd administration","description":"Access to Glewlwyd's administration API","password_max_age":600,"password_required":true,"scheme":{}}])";
// API.md, "Get a list of API keys available" (issued_at as a number there; 2.7.5 sends a string).
const QByteArray keyList =
    R"json([{"token_hash":"{SHA512}SDb_4UvKcD_4[...]9xSVRunzcJg==","counter":42,"username":"admin","issued_at":735700882,"issued_for":"1.2.3.4","user_agent":"NCSA_Mosaic/2.0 (Windows 3.1)","enabled":true},{"token_hash":"{SHA512}BOw-ad5HskG11[...]N90_LUcuDnkxdRI5TN_w==","counter":15,"username":"operator","issued_at":1466571360,"issued_for":"4.3.2.1","user_agent":"Lynx/2.8.9rel.1 libwww-FM/2.14 SSL-MM/1.4.1 GNUTLS/3.6.5","enabled":false},{"token_hash":"{SHA512}VMwTKijTiXHhoYLrTFybGCYybm7-_eo98pzz4JGK8-1sYQ-i8sNsnLXz82BAnMaAGG5InjODz8ZRDlMlQlIgIw==","counter":0,"username":"admin","issued_at":"1796139358","issued_for":"127.0.0.1","user_agent":"curl/7.88.1","enabled":true}])json";

// A cookie 2.7.5 set, and the session hash the same server listed for it.
const QByteArray cookieValue =
    "Dt1G3lsT1FBBZqXaHHysETgX2cLmX3S5342izFSecdBssxbLlDB8MPZoE5oexUGiHljR1K63Rm4ugvrkWEskicHJ3jPPnVV"
    "w3WAXJtPJUnHK2ywnk6HMOdY6RkNpf1FG";
const QString cookieHash = QStringLiteral(
    "{SHA512}YZoBo0OPWzRqNetTgCq39HXWosHFVV4KxmSWExqGFBgnLZigPBUoySMFJ_CklQLFc0ix7DR_a6Eujpwywhs93A");

// The session list's fields as API.md names them, with the numbers 2.7.5 sends.
QByteArray sessionList()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto session = [](const QString& hash, qint64 expiration, qint64 lastLogin, bool enabled) {
        return QJsonObject{{QStringLiteral("session_hash"), hash},
                           {QStringLiteral("user_agent"), QStringLiteral("curl/7.88.1")},
                           {QStringLiteral("issued_for"), QStringLiteral("127.0.0.1 - 10.0.0.7")},
                           {QStringLiteral("expiration"), expiration},
                           {QStringLiteral("last_login"), lastLogin},
                           {QStringLiteral("enabled"), enabled}};
    };
    return QJsonDocument(QJsonArray{session(cookieHash, now + 86400, now - 60, true),
                                    session(QStringLiteral("{SHA512}revoked"), now + 86400, now - 120, false),
                                    session(QStringLiteral("{SHA512}expired"), now - 10, now - 3600, true)})
        .toJson(QJsonDocument::Compact);
}

User user1()
{
    const GlewlwydDialect dialect;
    return dialect.parseUser(response(200, oneUser)).value();
}
} // namespace

class tst_GlewlwydDialect : public QObject
{
    Q_OBJECT
    GlewlwydDialect dialect;

private slots:
    void profileFilledInFromDiscovery()
    {
        // Glewlwyd 2.7.5's OpenID Connect plugin instance "oidc", its external_url ending in "/"
        // (which doubles the slash before the API prefix) and an issuer the administrator chose.
        const Result<OidcDiscovery> server = OidcDiscovery::parse(response(
            200, "{\"issuer\":\"https://issuer.example/realm\","
                 "\"token_endpoint\":\"http://127.0.0.1:35137//api/oidc/token\","
                 "\"jwks_uri\":\"http://127.0.0.1:35137//api/oidc/jwks\","
                 "\"introspection_endpoint\":\"http://127.0.0.1:35137//api/oidc/introspect\","
                 "\"grant_types_supported\":[\"authorization_code\",\"implicit\"]}"));
        QVERIFY(server.ok());
        Profile draft;
        draft.dialect = QStringLiteral("keycloak"); // the wrong type chosen: Keycloak's layout does not match
        const std::optional<Profile> filled = DialectRegistry::profileFromDiscovery(server.value(), draft);
        QVERIFY(filled);
        QCOMPARE(filled->dialect, QStringLiteral("glewlwyd"));
        QCOMPARE(filled->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:35137/api")));

        // Keycloak's keys are at .../certs, not beside the token endpoint as .../jwks.
        const Result<OidcDiscovery> keycloak = OidcDiscovery::parse(response(
            200, "{\"issuer\":\"http://h/realms/r\","
                 "\"token_endpoint\":\"http://h/realms/r/protocol/openid-connect/token\","
                 "\"jwks_uri\":\"http://h/realms/r/protocol/openid-connect/certs\"}"));
        QVERIFY(keycloak.ok());
        QVERIFY(!dialect.profileFromDiscovery(keycloak.value(), Profile()));
    }

    void isRegistered()
    {
        QVERIFY(DialectRegistry::ids().contains(QStringLiteral("glewlwyd")));
        const auto created = DialectRegistry::create(QStringLiteral("glewlwyd"));
        QVERIFY(created);
        QCOMPARE(created->displayName(), QStringLiteral("Glewlwyd 2.7"));
    }

    void writesAnswerWithNothingSoTheUserIsReadBack()
    {
        // Glewlwyd's writes answer an empty 200: each operation reads the user back, so callers
        // get the server's own view.
        const User before = user1();
        UserEdit edit{before, {}};
        edit.user.lastName = QStringLiteral("Renamed");
        const WalkedPlan<User> update = walk(dialect, dialect.updateUser(profile(), before, edit),
                                             {response(200), response(200, oneUser)});
        QCOMPARE(update.requests.size(), 2);
        QCOMPARE(update.requests.at(0).method, QByteArray("PUT"));
        QCOMPARE(update.requests.at(1).method, QByteArray("GET"));
        QCOMPARE(update.requests.at(1).path, QStringLiteral("/user/user1"));
        QVERIFY(update.result && update.result->ok());
        QCOMPARE(update.result->value().username, QStringLiteral("user1"));

        for (const Plan<User>& write : {dialect.setRoles(profile(), before, {QStringLiteral("g_admin")}),
                                        dialect.setEnabled(profile(), before, false),
                                        dialect.createUser(profile(), {before, QStringLiteral("pw")}, {})}) {
            const WalkedPlan<User> walked = walk(dialect, write, {response(200), response(200, oneUser)});
            QCOMPARE(walked.requests.size(), 2);
            QCOMPARE(walked.requests.at(1).path, QStringLiteral("/user/user1"));
            QVERIFY(walked.result && walked.result->ok());
        }

        // The change is made even when reading it back fails: the sentence says so.
        const WalkedPlan<User> unread =
            walk(dialect, dialect.updateUser(profile(), before, edit), {response(200), response(404, "[]")});
        QVERIFY(unread.result && !unread.result->ok());
        QVERIFY2(unread.result->error().message.startsWith(
                     QLatin1String("Saved, but reading the user back failed")),
                 qPrintable(unread.result->error().message));
        // A refused write is not read back.
        const WalkedPlan<User> refused = walk(dialect, dialect.updateUser(profile(), before, edit),
                                              {response(400, R"(["email invalid"])")});
        QCOMPARE(refused.requests.size(), 1);
        QCOMPARE(refused.result->error().kind, ApiError::Kind::Validation);
    }

    void signOutEverywhereRevokesEachListedSession()
    {
        // No call revokes them all: the sessions the server lists now are revoked one by one,
        // the revoked and expired ones it still lists left alone.
        const WalkedPlan<Done> all = walk(dialect, dialect.revokeAllSessions(profile(), user1()),
                                          {response(200, sessionList()), response(200), response(200)});
        QCOMPARE(all.requests.size(), 2);
        QCOMPARE(all.requests.at(0).method, QByteArray("GET"));
        QCOMPARE(all.requests.at(1).method, QByteArray("DELETE"));
        QCOMPARE(all.requests.at(1).path, QStringLiteral("/delegate/user1/profile/session/") + HttpRequest::segment(cookieHash));
        QVERIFY(all.result && all.result->ok());
        // The first refusal stops it: what is left stays listed, and the error is reported.
        const WalkedPlan<Done> stopped = walk(dialect, dialect.revokeAllSessions(profile(), user1()),
                                              {response(200, sessionList()), response(403)});
        QCOMPARE(stopped.result->error().kind, ApiError::Kind::Forbidden);
    }

    void aRenewalSignsInWithinTheSameSession()
    {
        const Secrets secrets{{QStringLiteral("password"), QStringLiteral("pw")}};
        AuthState current;
        current.cookies << QNetworkCookie("GLEWLWYD2_SESSION_ID", cookieValue);
        const HttpRequest again = dialect.signIn(profile(), secrets, current).request();
        QCOMPARE(again.path, QStringLiteral("/auth"));
        QCOMPARE(again.header("Cookie"), "GLEWLWYD2_SESSION_ID=" + cookieValue);
        QVERIFY(dialect.signIn(profile(), secrets, {}).request().header("Cookie").isEmpty());
    }

    void capabilitiesDependOnHowTheProfileSignsIn()
    {
        const Capabilities cookie = dialect.capabilities(profile());
        for (Capability yes :
             {Capability::ListUsers, Capability::ServerSearch, Capability::CreateUser, Capability::SetRoles,
              Capability::SetEnabled, Capability::ListSessions, Capability::RevokeSession,
              Capability::RevokeAllSessions, Capability::ListApiKeys, Capability::CreateApiKey,
              Capability::RevokeApiKey, Capability::SignOut})
            QVERIFY(cookie.supports(yes));
        for (Capability no : {Capability::ServerSort, Capability::TotalCount, Capability::ListAllSessions,
                              Capability::RefreshToken, Capability::UserActionsFromLinks}) {
            QVERIFY(!cookie.supports(no));
            QVERIFY(cookie.reason(no).contains(QLatin1String("Glewlwyd")));
        }
        const Capabilities key = dialect.capabilities(profile(true));
        QVERIFY(key.supports(Capability::ListUsers));
        QVERIFY(key.supports(Capability::SetRoles));
        for (Capability no : {Capability::ListSessions, Capability::RevokeAllSessions,
                              Capability::ListApiKeys, Capability::CreateApiKey, Capability::SignOut}) {
            QVERIFY(!key.supports(no));
            QVERIFY(key.reason(no).contains(QLatin1String("API key")));
        }
        QCOMPARE(dialect.requiredSecrets(profile()), QStringList{QStringLiteral("password")});
        QCOMPARE(dialect.requiredSecrets(profile(true)), QStringList{QStringLiteral("api_key")});
    }

    void signInPostsUsernameAndPassword()
    {
        const HttpRequest r =
            dialect.signInRequest(profile(), {{QStringLiteral("password"), QStringLiteral("pw")}});
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/auth"));
        QVERIFY(!r.authenticated);
        QVERIFY(!r.cookieJar);
        QCOMPARE(bodyOf(r), (QJsonObject{{QStringLiteral("username"), QStringLiteral("admin")},
                                         {QStringLiteral("password"), QStringLiteral("pw")}}));
    }

    void signInKeepsTheSessionCookieInMemory()
    {
        const QByteArray setCookie =
            "GLEWLWYD2_SESSION_ID=" + cookieValue + "; Expires=Sun, 31 Jan 2027 11:36:20 GMT; Path=/";
        const Result<AuthState> state =
            dialect.parseSignIn(response(200, {}, {{"Set-Cookie", setCookie}}), profile());
        QVERIFY2(state.ok(), qPrintable(state.error().detail));
        QCOMPARE(state.value().cookies.size(), 1);
        QCOMPARE(state.value().cookies.first().name(), QByteArray("GLEWLWYD2_SESSION_ID"));
        QVERIFY(state.value().isSignedIn());
        QVERIFY(state.value().accessToken.isEmpty());
        // Not the cookie's Expires, which 2.7.5 sets well past the session's own end.
        QVERIFY(!state.value().expiresAt.isValid());
        QCOMPARE(state.value().identity, QStringLiteral("admin"));
        // The server's own name for this session, so the console can tell its own one apart.
        QCOMPARE(state.value().sessionId, cookieHash);

        HttpRequest call = dialect.listUsersRequest({});
        dialect.authorize(call, state.value(), profile(), {});
        QVERIFY(!call.cookieJar);
        QCOMPARE(call.header("Cookie"), "GLEWLWYD2_SESSION_ID=" + cookieValue);
        QVERIFY(call.header("Authorization").isEmpty());
        QVERIFY(dialect.signOutRequest(state.value()).isValid());
        QCOMPARE(dialect.signOutRequest(state.value()).method, QByteArray("DELETE"));
        QCOMPARE(dialect.signOutRequest(state.value()).path, QStringLiteral("/auth"));

        const Result<AuthState> noCookie = dialect.parseSignIn(response(200, {}), profile());
        QCOMPARE(noCookie.error().kind, ApiError::Kind::Malformed);
        const Result<AuthState> emptied = dialect.parseSignIn(
            response(200, {}, {{"Set-Cookie", "GLEWLWYD2_SESSION_ID=; Path=/"}}), profile());
        QCOMPARE(emptied.error().kind, ApiError::Kind::Malformed);
    }

    void anApiKeyIsSentAsTokenAndNeverStored()
    {
        const Secrets secrets{{QStringLiteral("api_key"), QStringLiteral("abcdEFGH1234")}};
        const HttpRequest check = dialect.signInRequest(profile(true), secrets);
        QCOMPARE(check.method, QByteArray("GET"));
        QCOMPARE(check.path, QStringLiteral("/user/"));
        QCOMPARE(check.header("Authorization"), QByteArray("token abcdEFGH1234"));
        QVERIFY(!check.authenticated);
        const Result<AuthState> state = dialect.parseSignIn(response(200, userList), profile(true));
        QVERIFY(state.ok());
        QVERIFY(state.value().isSignedIn());
        QVERIFY(!state.value().accessToken.contains(QLatin1String("abcd")));
        QVERIFY(!state.value().expiresAt.isValid());
        QVERIFY(!dialect.signOutRequest(state.value()).isValid());
        HttpRequest call = dialect.getUserRequest(user1());
        dialect.authorize(call, state.value(), profile(true), secrets);
        QCOMPARE(call.header("Authorization"), QByteArray("token abcdEFGH1234"));
        QVERIFY(call.header("Cookie").isEmpty());
        QCOMPARE(dialect.parseSignIn(response(200, "{}"), profile(true)).error().kind,
                 ApiError::Kind::Malformed);
    }

    void listsWithOffsetLimitAndPattern()
    {
        UserQuery q;
        q.offset = 20;
        q.limit = 10;
        q.search = QStringLiteral(" lopper ");
        const HttpRequest r = dialect.listUsersRequest(q);
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QStringLiteral("/user/"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("offset")), QStringLiteral("20"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("10"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("pattern")), QStringLiteral("lopper"));
        QVERIFY(!dialect.listUsersRequest({}).query.hasQueryItem(QStringLiteral("pattern")));
        q.limit = 0; // would mean "everyone" to Glewlwyd
        QCOMPARE(dialect.listUsersRequest(q).query.queryItemValue(QStringLiteral("limit")),
                 QStringLiteral("1"));
    }

    void parsesAPageOfUsers()
    {
        UserQuery q;
        q.limit = 2;
        const Result<UserPage> page = dialect.parseUserPage(response(200, userList), q);
        QVERIFY(page.ok());
        QCOMPARE(page.value().users.size(), 2);
        QCOMPARE(page.value().total, -1);
        QVERIFY(page.value().hasMore); // a full page: there may be another
        const User first = page.value().users.first();
        QCOMPARE(first.id, QStringLiteral("user1"));
        QCOMPARE(first.username, QStringLiteral("user1"));
        QCOMPARE(first.firstName, QStringLiteral("Dave"));
        QCOMPARE(first.lastName, QStringLiteral("Lopper"));
        QCOMPARE(first.email, QStringLiteral("user1@glewlwyd"));
        QCOMPARE(first.roles, (QStringList{QStringLiteral("g_profile"), QStringLiteral("scope1"),
                                           QStringLiteral("scope2")}));
        QVERIFY(first.enabled);
        QCOMPARE(first.attributes.value(QStringLiteral("alias")).toStringList(),
                 (QStringList{QStringLiteral("dev"), QStringLiteral("plop")}));
        QCOMPARE(page.value().users.at(1).lastName, QStringLiteral("Lopper 2"));
        q.limit = 10;
        QVERIFY(!dialect.parseUserPage(response(200, userList), q).value().hasMore);
        QCOMPARE(dialect.parseUserPage(response(200, R"({"users":[]})"), q).error().kind,
                 ApiError::Kind::Malformed);
    }

    void getAndDeleteByUsername()
    {
        User odd;
        odd.id = QStringLiteral("dave lopper");
        QCOMPARE(dialect.getUserRequest(user1()).path, QStringLiteral("/user/user1"));
        QCOMPARE(dialect.getUserRequest(odd).path, QStringLiteral("/user/dave%20lopper")); // encoded once
        const HttpRequest removal = dialect.deleteUserRequest(user1());
        QCOMPARE(removal.method, QByteArray("DELETE"));
        QCOMPARE(removal.path, QStringLiteral("/user/user1"));
        QVERIFY(!dialect.getUserRequest(User()).isValid());
        QCOMPARE(dialect.parseUser(response(200, R"({"scope":[]})")).error().kind, ApiError::Kind::Malformed);
    }

    void createsTheWholeUser()
    {
        UserEdit edit;
        edit.user.username = QStringLiteral("user3");
        edit.user.firstName = QStringLiteral("Ada");
        edit.user.lastName = QStringLiteral("Lovelace");
        edit.user.email = QStringLiteral("ada@glewlwyd");
        edit.user.roles = {QStringLiteral("g_profile")};
        edit.password = QStringLiteral("s3cret-pw");
        const HttpRequest r = dialect.createUserRequest(edit, profile(), {});
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/user/"));
        QCOMPARE(bodyOf(r), (QJsonObject{{QStringLiteral("username"), QStringLiteral("user3")},
                                         {QStringLiteral("name"), QStringLiteral("Ada Lovelace")},
                                         {QStringLiteral("email"), QStringLiteral("ada@glewlwyd")},
                                         {QStringLiteral("enabled"), true},
                                         {QStringLiteral("scope"), QJsonArray{QStringLiteral("g_profile")}},
                                         {QStringLiteral("password"), QStringLiteral("s3cret-pw")}}));
        edit.password.clear();
        QVERIFY(!bodyOf(dialect.createUserRequest(edit, profile(), {})).contains(QStringLiteral("password")));
        edit.user.username.clear(); // 2.7.5 fails with 500 on "": left out, it names the field
        QVERIFY(!bodyOf(dialect.createUserRequest(edit, profile(), {})).contains(QStringLiteral("username")));
    }

    void anUpdateSendsThePropertiesBackSoNoneIsLost()
    {
        const User before = user1();
        UserEdit edit{before, {}};
        edit.user.lastName = QStringLiteral("Renamed");
        edit.user.enabled = false;
        const HttpRequest r = dialect.updateUserRequest(before, edit);
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(r.path, QStringLiteral("/user/user1"));
        const QJsonObject body = bodyOf(r);
        QCOMPARE(body.value(QStringLiteral("username")).toString(), QStringLiteral("user1"));
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("Dave Renamed"));
        QCOMPARE(body.value(QStringLiteral("email")).toString(), QStringLiteral("user1@glewlwyd"));
        QCOMPARE(body.value(QStringLiteral("enabled")).toBool(true), false);
        // A PUT replaces the module's properties: alias goes back, or the server deletes it.
        QCOMPARE(body.value(QStringLiteral("alias")).toArray(),
                 (QJsonArray{QStringLiteral("dev"), QStringLiteral("plop")}));
        QVERIFY(!body.contains(QStringLiteral("scope"))); // unchanged: left out, kept as it is
        QVERIFY(!body.contains(QStringLiteral("password")));
        QVERIFY(!body.contains(QStringLiteral("source")));

        edit.password = QStringLiteral("new-password");
        edit.user.roles = {QStringLiteral("g_profile")};
        const QJsonObject withPassword = bodyOf(dialect.updateUserRequest(before, edit));
        QCOMPARE(withPassword.value(QStringLiteral("password")).toString(), QStringLiteral("new-password"));
        QCOMPARE(withPassword.value(QStringLiteral("scope")).toArray(),
                 QJsonArray{QStringLiteral("g_profile")});

        User bare; // not as the server has it: writing it would delete its properties
        bare.id = QStringLiteral("user1");
        QVERIFY(!dialect.updateUserRequest(bare, {bare, {}}).isValid());
        QVERIFY(!dialect.setEnabledRequest(bare, false).isValid());
        QVERIFY(!dialect.setRolesRequest(bare, {}).isValid());
    }

    void scopesAndEnabledAreWholeUserWrites()
    {
        const HttpRequest roles = dialect.setRolesRequest(user1(), {QStringLiteral("g_admin")});
        QCOMPARE(roles.method, QByteArray("PUT"));
        QCOMPARE(roles.path, QStringLiteral("/user/user1"));
        QCOMPARE(bodyOf(roles).value(QStringLiteral("scope")).toArray(),
                 QJsonArray{QStringLiteral("g_admin")});
        QCOMPARE(bodyOf(roles).value(QStringLiteral("name")).toString(), QStringLiteral("Dave Lopper"));
        QVERIFY(bodyOf(roles).contains(QStringLiteral("alias")));
        QCOMPARE(bodyOf(dialect.setRolesRequest(user1(), {})).value(QStringLiteral("scope")).toArray(),
                 QJsonArray());

        const HttpRequest disable = dialect.setEnabledRequest(user1(), false);
        QCOMPARE(bodyOf(disable).value(QStringLiteral("enabled")).toBool(true), false);
        QVERIFY(!bodyOf(disable).contains(QStringLiteral("scope")));
        QVERIFY(bodyOf(dialect.setEnabledRequest(user1(), true)).value(QStringLiteral("enabled")).toBool());
    }

    void scopesBecomeTheRoleEditorsChoices()
    {
        const HttpRequest r = dialect.listRolesRequest();
        QCOMPARE(r.path, QStringLiteral("/scope/"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("0")); // all of them
        const Result<QList<RoleDefinition>> roles = dialect.parseRoles(response(200, scopeList));
        QVERIFY(roles.ok());
        QCOMPARE(roles.value().size(), 2);
        QCOMPARE(roles.value().first().name, QStringLiteral("scope1"));
        QCOMPARE(roles.value().first().description, QStringLiteral("First scope: The first scope"));
        QVERIFY(roles.value().first().assignable);
        QCOMPARE(roles.value().at(1).name, QStringLiteral("g_admin"));
        QCOMPARE(dialect.parseRoles(response(200, "{}")).error().kind, ApiError::Kind::Malformed);
        // Before the server answered, the two scopes every Glewlwyd has.
        QCOMPARE(dialect.roleSet().roles.size(), 2);
        QCOMPARE(dialect.roleSet().roles.first().name, QStringLiteral("g_admin"));
    }

    void sessionsAreListedAndRevokedByDelegation()
    {
        const HttpRequest list = dialect.listSessionsRequest(user1());
        QCOMPARE(list.method, QByteArray("GET"));
        QCOMPARE(list.path, QStringLiteral("/delegate/user1/profile/session"));
        const Result<QList<Session>> sessions = dialect.parseSessions(response(200, sessionList()));
        QVERIFY2(sessions.ok(), qPrintable(sessions.error().detail));
        QCOMPARE(sessions.value().size(), 1); // the revoked and the expired one are gone
        const Session s = sessions.value().first();
        QCOMPARE(s.id, cookieHash);
        QCOMPARE(s.ipAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(s.userAgent, QStringLiteral("curl/7.88.1"));
        QVERIFY(s.expiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(s.startedAt < QDateTime::currentDateTimeUtc());
        QCOMPARE(s.attributes.value(QStringLiteral("issued_for")).toString(),
                 QStringLiteral("127.0.0.1 - 10.0.0.7"));

        const HttpRequest revoke = dialect.revokeSessionRequest(user1(), s);
        QCOMPARE(revoke.method, QByteArray("DELETE"));
        QCOMPARE(revoke.path, QStringLiteral("/delegate/user1/profile/session/") + HttpRequest::segment(cookieHash));
        QVERIFY(!dialect.revokeSessionRequest(user1(), Session()).isValid());
        QVERIFY(!dialect.revokeAllSessionsRequest(user1()).isValid()); // revokeAllSessions revokes each
        QCOMPARE(dialect.parseSessions(response(200, "{}")).error().kind, ApiError::Kind::Malformed);
    }

    void apiKeysAreListedIssuedOnceAndDisabled()
    {
        const HttpRequest list = dialect.listApiKeysRequest(nullptr);
        QCOMPARE(list.path, QStringLiteral("/key/"));
        const User someone = user1();
        QVERIFY(!dialect.listApiKeysRequest(&someone).isValid());
        const Result<QList<ApiKey>> keys = dialect.parseApiKeys(response(200, keyList));
        QVERIFY(keys.ok());
        QCOMPARE(keys.value().size(), 2); // operator's key is disabled: revoked for good
        const ApiKey first = keys.value().first();
        QCOMPARE(first.id, QStringLiteral("{SHA512}SDb_4UvKcD_4[...]9xSVRunzcJg=="));
        QCOMPARE(first.name, QStringLiteral("SDb_4UvK"));
        QCOMPARE(first.ownerId, QStringLiteral("admin"));
        QCOMPARE(first.createdAt, QDateTime::fromSecsSinceEpoch(735700882, Utc::zone));
        QVERIFY(first.description.contains(QLatin1String("1.2.3.4")));
        QVERIFY(first.prefix.isEmpty()); // Glewlwyd keeps only the hash
        QCOMPARE(keys.value().at(1).createdAt, QDateTime::fromSecsSinceEpoch(1796139358, Utc::zone));

        ApiKeyRequest request;
        request.name = QStringLiteral("ci");
        const HttpRequest create = dialect.createApiKeyRequest(request);
        QCOMPARE(create.method, QByteArray("POST"));
        QCOMPARE(create.path, QStringLiteral("/key/"));
        QVERIFY(create.body.isEmpty());
        request.description = QStringLiteral("Glewlwyd has nowhere to keep this");
        QVERIFY(!dialect.createApiKeyRequest(request).isValid());

        const Result<IssuedApiKey> issued =
            dialect.parseIssuedApiKey(response(200, R"({"key":"abcdEFGH1234"})"));
        QVERIFY(issued.ok());
        QCOMPARE(issued.value().secret, QStringLiteral("abcdEFGH1234"));
        QCOMPARE(issued.value().key.id, GlewlwydDialect::keyHashOf(QStringLiteral("abcdEFGH1234")));
        QVERIFY(!issued.value().key.id.contains(QLatin1String("abcdEFGH")));
        QCOMPARE(dialect.parseIssuedApiKey(response(200, "{}")).error().kind, ApiError::Kind::Malformed);
        // The hash 2.7.5 listed for a key it issued.
        QCOMPARE(GlewlwydDialect::keyHashOf(QStringLiteral("qYL4AMb4xHs5rDYPQkGg3vbGNGRQSsm7")),
                 keys.value().at(1).id);

        const HttpRequest disable = dialect.revokeApiKeyRequest(keys.value().at(1));
        QCOMPARE(disable.method, QByteArray("DELETE"));
        QCOMPARE(disable.path, QStringLiteral("/key/") + HttpRequest::segment(keys.value().at(1).id));
    }

    void errorsAreOneSentence()
    {
        const ApiError taken = dialect.parseError(response(400, R"(["username already exist"])"));
        QCOMPARE(taken.kind, ApiError::Kind::Conflict);
        QCOMPARE(taken.field, QStringLiteral("username"));
        QCOMPARE(taken.message, QStringLiteral("A user with this username already exists."));

        const ApiError scope =
            dialect.parseError(response(400, R"(["scope must be a JSON array of string"])"));
        QCOMPARE(scope.kind, ApiError::Kind::Validation);
        QCOMPARE(scope.field, QStringLiteral("roles"));
        QCOMPARE(scope.message, QStringLiteral("scope must be a JSON array of string"));
        const ApiError property = dialect.parseError(response(
            400, R"json(["property 'user-code' must be a string value (maximum 16M characters)"])json"));
        QCOMPARE(property.field, QStringLiteral("user-code"));
        QCOMPARE(dialect.parseError(response(400, {})).message,
                 QStringLiteral("The server refused the request as invalid."));

        const ApiError refused = dialect.parseError(response(401, {}));
        QCOMPARE(refused.kind, ApiError::Kind::Unauthorized);
        QVERIFY(refused.message.contains(QLatin1String("wrong username or password")));
        const ApiError off = dialect.parseError(response(403, {}));
        QCOMPARE(off.kind, ApiError::Kind::Forbidden);
        QVERIFY(off.message.contains(QLatin1String("admin_session_authentication")));
        QCOMPARE(dialect.parseError(response(404, {})).kind, ApiError::Kind::NotFound);
        const ApiError failed = dialect.parseError(response(500, {}));
        QCOMPARE(failed.kind, ApiError::Kind::Server);
        QVERIFY(failed.message.contains(QLatin1String("500")));

        HttpResponse unreachable;
        unreachable.transportError = ApiError::make(ApiError::Kind::Network, QStringLiteral("refused"));
        QCOMPARE(dialect.parseError(unreachable).kind, ApiError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(tst_GlewlwydDialect)
#include "tst_GlewlwydDialect.moc"
