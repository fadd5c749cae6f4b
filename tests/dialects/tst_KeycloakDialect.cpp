// Keycloak 26's builders, parsers and plans, fed the answers a real Keycloak 26.7.3 gave
// (tests/dialects/data/keycloak, recorded by record.py there): the token answers, the user
// list and its bare-number count, the full user, role mappings and the realm's roles, a user's
// sessions, and each error shape. Multi-step operations are walked with canned answers: a page
// then its count, GET then PUT of the whole representation, the role difference as POST and
// DELETE of {id, name}, a create read back through its Location.

#include "remote/DialectRegistry.h"
#include "remote/dialects/KeycloakDialect.h"

#include "CannedResponse.h"
#include "PlanWalk.h"
#include "values/Utc.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

namespace {

QByteArray recorded(const QString& name)
{
    QFile file(QStringLiteral(AUTHDESK_KEYCLOAK_ANSWERS "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing recorded answer %s", qPrintable(name));
    return file.readAll();
}

HttpResponse answer(int status, const QString& name)
{
    return response(status, recorded(name));
}

Profile profile(bool clientCredentials = false)
{
    Profile p;
    p.id = QStringLiteral("kc");
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    p.dialect = QStringLiteral("keycloak");
    p.identity = QStringLiteral("realm-admin");
    p.settings.insert(QStringLiteral("realm"), QStringLiteral("authdesk"));
    p.settings.insert(QStringLiteral("signin_realm"), QStringLiteral("authdesk"));
    if (clientCredentials) {
        p.settings.insert(QStringLiteral("auth_method"), QStringLiteral("client_credentials"));
        p.settings.insert(QStringLiteral("client_id"), QStringLiteral("authdesk-service"));
    }
    return p;
}

QUrlQuery formOf(const HttpRequest& request)
{
    return QUrlQuery(QString::fromLatin1(request.body));
}

QJsonObject objectOf(const HttpRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

const QString alicePath = QStringLiteral("/admin/realms/authdesk/users/05f3a888-0dda-534c-9e3d-74c79038d0fd");
const QString doraId = QStringLiteral("3908da44-6f23-4791-8a85-56acf70d42c1");

} // namespace

class tst_KeycloakDialect : public QObject
{
    Q_OBJECT
    KeycloakDialect dialect;

    User alice() const { return dialect.parseUser(answer(200, QStringLiteral("user.json"))).value(); }

private slots:
    void isRegistered()
    {
        QVERIFY(DialectRegistry::ids().contains(QStringLiteral("keycloak")));
        const auto created = DialectRegistry::create(QStringLiteral("keycloak"));
        QVERIFY(created);
        QCOMPARE(created->displayName(), QStringLiteral("Keycloak 26"));
    }

    void profileNamesTheRealmsAndTheClient()
    {
        Profile bare;
        QCOMPARE(KeycloakDialect::signInRealm(bare), QStringLiteral("master"));
        QCOMPARE(KeycloakDialect::managedRealm(bare), QStringLiteral("master"));
        QCOMPARE(KeycloakDialect::clientId(bare), QStringLiteral("admin-cli"));
        bare.settings.insert(QStringLiteral("realm"), QStringLiteral("shop"));
        QCOMPARE(KeycloakDialect::signInRealm(bare), QStringLiteral("master"));
        QCOMPARE(KeycloakDialect::managedRealm(bare), QStringLiteral("shop"));

        QCOMPARE(dialect.requiredSecrets(profile()), QStringList{QStringLiteral("password")});
        QCOMPARE(dialect.requiredSecrets(profile(true)), QStringList{QStringLiteral("client_secret")});
        bool secretField = false;
        for (const SettingField& field : dialect.settingFields())
            secretField |= field.key == QLatin1String("client_secret") && field.secret;
        QVERIFY(secretField);
    }

    void capabilitiesSayWhyNot()
    {
        const Capabilities c = dialect.capabilities(profile());
        for (Capability can : {Capability::ListUsers, Capability::TotalCount, Capability::ServerSearch,
                               Capability::CreateUser, Capability::UpdateUser, Capability::SetRoles,
                               Capability::SetEnabled, Capability::ListSessions, Capability::RevokeSession,
                               Capability::RevokeAllSessions, Capability::RefreshToken, Capability::SignOut,
                               Capability::ListApiKeys, Capability::CreateApiKey, Capability::RevokeApiKey})
            QVERIFY(c.supports(can));
        for (Capability cannot :
             {Capability::ApiKeyExpiry, Capability::ApiKeyScopes, Capability::ListAllSessions,
              Capability::ServerSort, Capability::DisableReason}) {
            QVERIFY(!c.supports(cannot));
            QVERIFY(!c.reason(cannot).isEmpty());
        }
        const Capabilities service = dialect.capabilities(profile(true));
        QVERIFY(!service.supports(Capability::RefreshToken));
        QVERIFY(!service.reason(Capability::SignOut).isEmpty());
    }

    void signsInWithThePasswordGrant()
    {
        const HttpRequest request =
            dialect.signInRequest(profile(), {{QStringLiteral("password"), QStringLiteral("p+w&d%41")}});
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/realms/authdesk/protocol/openid-connect/token"));
        QCOMPARE(request.contentType, QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(!request.authenticated);
        const QUrlQuery form = formOf(request);
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("password"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("admin-cli"));
        QCOMPARE(form.queryItemValue(QStringLiteral("username")), QStringLiteral("realm-admin"));
        QCOMPARE(form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded),
                 QStringLiteral("p+w&d%41"));

        const Result<AuthState> state =
            dialect.parseSignIn(answer(200, QStringLiteral("token-password.json")), profile());
        QVERIFY(state.ok());
        QCOMPARE(state.value().accessToken, QStringLiteral("<ACCESS_TOKEN>"));
        QCOMPARE(state.value().refreshToken, QStringLiteral("<REFRESH_TOKEN>"));
        QCOMPARE(state.value().issuedAt.secsTo(state.value().expiresAt), 300);
        QCOMPARE(state.value().issuedAt.secsTo(state.value().refreshExpiresAt), 1800);
        QCOMPARE(state.value().sessionId, QStringLiteral("Q-7kBGgdtpqApyznCwlijSKq"));
        QCOMPARE(state.value().identity, QStringLiteral("realm-admin"));

        // Bearer on the admin API, nothing on the token endpoint.
        HttpRequest list = dialect.listUsersRequest(profile(), UserQuery());
        dialect.authorize(list, state.value(), profile(), {});
        QCOMPARE(list.header("Authorization"), QByteArray("Bearer <ACCESS_TOKEN>"));
        HttpRequest token = request;
        dialect.authorize(token, state.value(), profile(), {});
        QVERIFY(token.header("Authorization").isEmpty());
    }

    void signsInWithClientCredentials()
    {
        const HttpRequest request = dialect.signInRequest(
            profile(true), {{QStringLiteral("client_secret"), QStringLiteral("s3cret")}});
        const QUrlQuery form = formOf(request);
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("authdesk-service"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_secret")), QStringLiteral("s3cret"));
        QVERIFY(!form.hasQueryItem(QStringLiteral("username")));
        const Result<AuthState> state =
            dialect.parseSignIn(answer(200, QStringLiteral("token-client-credentials.json")), profile(true));
        QVERIFY(state.ok());
        QVERIFY(state.value().refreshToken.isEmpty());
        QCOMPARE(state.value().identity, QStringLiteral("service-account-authdesk-service"));
        // No refresh token: renewal signs in again, and there is no session to end.
        QVERIFY(dialect.refresh(profile(true), state.value()).isUnsupported());
        QVERIFY(dialect.signOut(profile(true), state.value()).isUnsupported());
    }

    void refreshesAndSignsOutWithTheRefreshToken()
    {
        AuthState state;
        state.accessToken = QStringLiteral("a");
        state.refreshToken = QStringLiteral("r1");
        const WalkedPlan<AuthState> renewed = walk(dialect, dialect.refresh(profile(), state),
                                                   {answer(200, QStringLiteral("token-refresh.json"))});
        QCOMPARE(renewed.requests.size(), 1);
        const QUrlQuery form = formOf(renewed.requests.first());
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(form.queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("r1"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("admin-cli"));
        QVERIFY(renewed.result && renewed.result->ok());
        QVERIFY(renewed.result->value().expiresAt.isValid());

        const WalkedPlan<Done> out = walk(dialect, dialect.signOut(profile(), state), {response(204)});
        QCOMPARE(out.requests.size(), 1);
        QCOMPARE(out.requests.first().path,
                 QStringLiteral("/realms/authdesk/protocol/openid-connect/logout"));
        QCOMPARE(formOf(out.requests.first()).queryItemValue(QStringLiteral("refresh_token")),
                 QStringLiteral("r1"));
        QVERIFY(out.result && out.result->ok());

        // An ended session's refresh is one clear sentence.
        const WalkedPlan<AuthState> ended =
            walk(dialect, dialect.refresh(profile(), state),
                 {answer(400, QStringLiteral("token-refresh-after-logout.json"))});
        QVERIFY(ended.result && !ended.result->ok());
        QCOMPARE(ended.result->error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(ended.result->error().message,
                 QStringLiteral("The session has expired or was revoked; sign in again."));
    }

    void listsAPageThenCountsTheSameFilter()
    {
        UserQuery query;
        query.offset = 0;
        query.limit = 3;
        const WalkedPlan<UserPage> walked = walk(dialect, dialect.listUsers(profile(), query),
                                                 {answer(200, QStringLiteral("users-brief.json")),
                                                  answer(200, QStringLiteral("users-count.json"))});
        QCOMPARE(walked.requests.size(), 2);
        const HttpRequest& page = walked.requests.at(0);
        QCOMPARE(page.path, QStringLiteral("/admin/realms/authdesk/users"));
        QCOMPARE(page.query.queryItemValue(QStringLiteral("first")), QStringLiteral("0"));
        QCOMPARE(page.query.queryItemValue(QStringLiteral("max")), QStringLiteral("3"));
        QCOMPARE(page.query.queryItemValue(QStringLiteral("briefRepresentation")), QStringLiteral("true"));
        QCOMPARE(walked.requests.at(1).path, QStringLiteral("/admin/realms/authdesk/users/count"));
        QVERIFY(walked.result && walked.result->ok());
        const UserPage result = walked.result->value();
        QCOMPARE(result.total, 34);
        QVERIFY(result.hasMore);
        QCOMPARE(result.users.size(), 3);
        const User first = result.users.first();
        QCOMPARE(first.id, QStringLiteral("05f3a888-0dda-534c-9e3d-74c79038d0fd"));
        QCOMPARE(first.username, QStringLiteral("alice.martin"));
        QCOMPARE(first.firstName, QStringLiteral("Alice"));
        QCOMPARE(first.email, QStringLiteral("alice.martin@example.org"));
        QCOMPARE(first.createdAt, QDateTime::fromMSecsSinceEpoch(1704067200000, Utc::zone));

        // A search, counted with the same filter: three match, all on this page.
        query.search = QStringLiteral("anna");
        query.limit = 100;
        const WalkedPlan<UserPage> searched = walk(dialect, dialect.listUsers(profile(), query),
                                                   {answer(200, QStringLiteral("users-search.json")),
                                                    answer(200, QStringLiteral("users-count-search.json"))});
        QCOMPARE(searched.requests.at(0).query.queryItemValue(QStringLiteral("search")),
                 QStringLiteral("anna"));
        QCOMPARE(searched.requests.at(1).query.queryItemValue(QStringLiteral("search")),
                 QStringLiteral("anna"));
        QCOMPARE(searched.result->value().total, 3);
        QCOMPARE(searched.result->value().users.size(), 3);
        QVERIFY(!searched.result->value().hasMore);

        // key:value words are an attribute query.
        query.search = QStringLiteral("department:Legal");
        const Plan<UserPage> byAttribute = dialect.listUsers(profile(), query);
        QCOMPARE(byAttribute.request().query.queryItemValue(QStringLiteral("q")),
                 QStringLiteral("department:Legal"));
        QVERIFY(!byAttribute.request().query.hasQueryItem(QStringLiteral("search")));
        query.search = QStringLiteral("anna.schmidt@example.de");
        QCOMPARE(dialect.listUsers(profile(), query).request().query.queryItemValue(QStringLiteral("search")),
                 query.search);
    }

    void getsTheUserWithItsRealmRoles()
    {
        User key;
        key.id = QStringLiteral("05f3a888-0dda-534c-9e3d-74c79038d0fd");
        const WalkedPlan<User> walked = walk(dialect, dialect.getUser(profile(), key),
                                             {answer(200, QStringLiteral("user.json")),
                                              answer(200, QStringLiteral("user-role-mappings.json")),
                  answer(200, QStringLiteral("brute-force-user.json")),
                  answer(200, QStringLiteral("user-groups.json"))});
        QCOMPARE(walked.requests.size(), 4);
        QCOMPARE(walked.requests.at(0).path, alicePath);
        QCOMPARE(walked.requests.at(1).path, alicePath + QStringLiteral("/role-mappings"));
        QVERIFY(walked.result && walked.result->ok());
        const User user = walked.result->value();
        QCOMPARE(user.roles,
                 (QStringList{QStringLiteral("default-roles-authdesk"), QStringLiteral("helpdesk-lead")}));
        QCOMPARE(user.attributes.value(QStringLiteral("attributes"))
                     .toMap()
                     .value(QStringLiteral("department"))
                     .toStringList(),
                 QStringList{QStringLiteral("Engineering")});

        // Client roles come as a read-only attribute.
        const Result<User> withClients = KeycloakDialect::withRoleMappings(
            user,
            response(
                200,
                R"({"realmMappings":[{"id":"1","name":"auditor"}],"clientMappings":{"reporting-app":{"id":"c","client":"reporting-app","mappings":[{"id":"2","name":"editor"}]}}})"));
        QCOMPARE(withClients.value().roles, QStringList{QStringLiteral("auditor")});
        QCOMPARE(withClients.value().attributes.value(QStringLiteral("clientRoles")).toStringList(),
                 QStringList{QStringLiteral("reporting-app: editor")});

        // Named by username only: found by an exact match first.
        User named;
        named.username = QStringLiteral("alice.martin");
        const WalkedPlan<User> byName =
            walk(dialect, dialect.getUser(profile(), named),
                 {answer(200, QStringLiteral("users-brief.json")), answer(200, QStringLiteral("user.json")),
                  answer(200, QStringLiteral("user-role-mappings.json")),
                  answer(200, QStringLiteral("brute-force-user.json")),
                  answer(200, QStringLiteral("user-groups.json"))});
        QCOMPARE(byName.requests.size(), 5);
        QCOMPARE(byName.requests.at(0).query.queryItemValue(QStringLiteral("exact")), QStringLiteral("true"));
        QCOMPARE(byName.requests.at(0).query.queryItemValue(QStringLiteral("username")),
                 QStringLiteral("alice.martin"));
        QCOMPARE(byName.requests.at(1).path, alicePath);
        QVERIFY(byName.result && byName.result->ok());

        // A username where an id belongs (the command line's `users get alice.martin`).
        User typed;
        typed.id = QStringLiteral("alice.martin");
        const WalkedPlan<User> byTyped =
            walk(dialect, dialect.getUser(profile(), typed),
                 {answer(404, QStringLiteral("user-not-found.json")),
                  answer(200, QStringLiteral("users-brief.json")), answer(200, QStringLiteral("user.json")),
                  answer(200, QStringLiteral("user-role-mappings.json")),
                  answer(200, QStringLiteral("brute-force-user.json")),
                  answer(200, QStringLiteral("user-groups.json"))});
        QCOMPARE(byTyped.requests.size(), 6);
        QVERIFY(byTyped.result && byTyped.result->ok());
        QCOMPARE(byTyped.result->value().id, QStringLiteral("05f3a888-0dda-534c-9e3d-74c79038d0fd"));
        // An unknown UUID stays not found.
        typed.id = QStringLiteral("00000000-0000-0000-0000-000000000000");
        const WalkedPlan<User> unknown = walk(dialect, dialect.getUser(profile(), typed),
                                              {answer(404, QStringLiteral("user-not-found.json"))});
        QVERIFY(unknown.result && !unknown.result->ok());
        QCOMPARE(unknown.result->error().kind, ApiError::Kind::NotFound);
    }

    void createsThenReadsBackThroughTheLocation()
    {
        UserEdit edit;
        edit.user.username = QStringLiteral("dora.probe");
        edit.user.email = QStringLiteral("dora.probe@example.net");
        edit.user.firstName = QStringLiteral("Dora");
        edit.password = QStringLiteral("dora-pw-123");
        const QByteArray location = "http://127.0.0.1:8080/admin/realms/authdesk/users/" + doraId.toLatin1();
        const WalkedPlan<User> walked = walk(
            dialect, dialect.createUser(profile(), edit, {}),
            {response(201, {}, {{"Location", location}}), answer(200, QStringLiteral("user-created.json")),
             response(200, R"({"realmMappings":[{"id":"x","name":"default-roles-authdesk"}]})"),
             answer(200, QStringLiteral("brute-force-user.json")),
                  answer(200, QStringLiteral("user-groups.json"))});
        QCOMPARE(walked.requests.size(), 5);
        const HttpRequest& post = walked.requests.at(0);
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.path, QStringLiteral("/admin/realms/authdesk/users"));
        const QJsonObject body = objectOf(post);
        // Without "enabled" Keycloak would create the user disabled.
        QCOMPARE(body.value(QStringLiteral("enabled")).toBool(false), true);
        QCOMPARE(body.value(QStringLiteral("username")).toString(), QStringLiteral("dora.probe"));
        const QJsonObject credential = body.value(QStringLiteral("credentials")).toArray().first().toObject();
        QCOMPARE(credential.value(QStringLiteral("value")).toString(), QStringLiteral("dora-pw-123"));
        QCOMPARE(credential.value(QStringLiteral("temporary")).toBool(true), false);
        QCOMPARE(walked.requests.at(1).path, QStringLiteral("/admin/realms/authdesk/users/") + doraId);
        QVERIFY(walked.result && walked.result->ok());
        QCOMPARE(walked.result->value().id, doraId);
        QCOMPARE(walked.result->value().roles, QStringList{QStringLiteral("default-roles-authdesk")});

        // A 201 without Location cannot be read back: said, not guessed.
        const WalkedPlan<User> lost = walk(dialect, dialect.createUser(profile(), edit, {}), {response(201)});
        QVERIFY(lost.result && !lost.result->ok());
        QCOMPARE(lost.result->error().kind, ApiError::Kind::Malformed);
    }

    void editsByGetThenPutOfTheWholeRepresentation()
    {
        const User before = alice();
        UserEdit edit{before, {}};
        edit.user.lastName = QStringLiteral("Martin-Durand");
        edit.user.attributes.insert(QStringLiteral("department"),
                                    QStringLiteral("Legal")); // a form's attribute
        edit.password = QStringLiteral("new-password-1");
        const WalkedPlan<User> walked = walk(dialect, dialect.updateUser(profile(), before, edit),
                                             {answer(200, QStringLiteral("user.json")), response(204),
                                              response(204), answer(200, QStringLiteral("user.json")),
                                              answer(200, QStringLiteral("user-role-mappings.json")),
                  answer(200, QStringLiteral("brute-force-user.json")),
                  answer(200, QStringLiteral("user-groups.json"))});
        QCOMPARE(walked.requests.size(), 7);
        QCOMPARE(walked.requests.at(0).method, QByteArray("GET"));
        QCOMPARE(walked.requests.at(1).method, QByteArray("PUT"));
        QCOMPARE(walked.requests.at(1).path, alicePath);
        const QJsonObject put = objectOf(walked.requests.at(1));
        QCOMPARE(put.value(QStringLiteral("lastName")).toString(), QStringLiteral("Martin-Durand"));
        // What the form did not change is sent as the server had it: names, email, attributes.
        QCOMPARE(put.value(QStringLiteral("firstName")).toString(), QStringLiteral("Alice"));
        QCOMPARE(put.value(QStringLiteral("email")).toString(), QStringLiteral("alice.martin@example.org"));
        const QJsonObject attributes = put.value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attributes.value(QStringLiteral("locations")).toArray(),
                 (QJsonArray{QStringLiteral("Lyon"), QStringLiteral("Remote")}));
        QCOMPARE(attributes.value(QStringLiteral("employeeNumber")).toArray(),
                 QJsonArray{QStringLiteral("E1001")});
        QCOMPARE(attributes.value(QStringLiteral("department")).toArray(),
                 QJsonArray{QStringLiteral("Legal")});
        QVERIFY(put.contains(QStringLiteral("requiredActions")));
        QVERIFY(!put.contains(QStringLiteral("clientRoles")));
        // The password goes to reset-password, never into the representation.
        QVERIFY(!put.contains(QStringLiteral("credentials")));
        QCOMPARE(walked.requests.at(2).path, alicePath + QStringLiteral("/reset-password"));
        QCOMPARE(objectOf(walked.requests.at(2)).value(QStringLiteral("value")).toString(),
                 QStringLiteral("new-password-1"));
        QCOMPARE(walked.requests.at(3).method, QByteArray("GET"));
        QVERIFY(walked.result && walked.result->ok());

        // A refused PUT ends the plan with Keycloak's words.
        const WalkedPlan<User> refused =
            walk(dialect, dialect.updateUser(profile(), before, edit),
                 {answer(200, QStringLiteral("user.json")),
                  answer(409, QStringLiteral("user-update-duplicate-email.json"))});
        QCOMPARE(refused.requests.size(), 2);
        QCOMPARE(refused.result->error().message, QStringLiteral("A user with this email already exists."));
    }

    // Brute-force detection: a locked user reads as disabled with the reason; enabling sends the
    // unlock first (DELETE of the user's lock), then the usual GET-then-PUT and read-back.
    void aLockedUserAndItsUnlock()
    {
        User key;
        key.id = QStringLiteral("05f3a888-0dda-534c-9e3d-74c79038d0fd");
        const WalkedPlan<User> walked = walk(dialect, dialect.getUser(profile(), key),
                                             {answer(200, QStringLiteral("user.json")),
                                              answer(200, QStringLiteral("user-role-mappings.json")),
                                              answer(200, QStringLiteral("brute-force-user-locked.json")),
                  answer(200, QStringLiteral("user-groups.json"))});
        QCOMPARE(walked.requests.size(), 4);
        QCOMPARE(walked.requests.at(2).path,
                 QStringLiteral("/admin/realms/authdesk/attack-detection/brute-force/users/") + key.id);
        QVERIFY(walked.result && walked.result->ok());
        QVERIFY(!walked.result->value().enabled);
        QCOMPARE(walked.result->value().attributes.value(QStringLiteral("signInLock")).toString(),
                 QStringLiteral("Locked after 5 failed sign-in(s), the last from 127.0.0.1; enabling the user "
                                "unlocks it."));
        // Not locked (failures below the limit): enabled as the representation says.
        const Result<User> counted =
            KeycloakDialect::withLockStatus(alice(), answer(200, QStringLiteral("brute-force-user.json")));
        QVERIFY(counted.ok());
        QVERIFY(counted.value().enabled);
        QVERIFY(!counted.value().attributes.contains(QStringLiteral("signInLock")));

        const WalkedPlan<User> enabled = walk(dialect, dialect.setEnabled(profile(), walked.result->value(), true),
                                              {response(204), answer(200, QStringLiteral("user.json")), response(204),
                                               answer(200, QStringLiteral("user.json")),
                                               answer(200, QStringLiteral("user-role-mappings.json")),
                                               answer(200, QStringLiteral("brute-force-user-after-clear.json")),
                                               answer(200, QStringLiteral("user-groups.json"))});
        QCOMPARE(enabled.requests.size(), 7);
        QCOMPARE(enabled.requests.at(0).method, QByteArray("DELETE"));
        QCOMPARE(enabled.requests.at(0).path, walked.requests.at(2).path);
        QVERIFY(enabled.result && enabled.result->ok());
        QVERIFY(enabled.result->value().enabled);
        QVERIFY(!enabled.result->value().attributes.contains(QStringLiteral("signInLock")));
    }

    void enablesAndDisablesByGetThenPut()
    {
        const WalkedPlan<User> walked = walk(dialect, dialect.setEnabled(profile(), alice(), false),
                                             {answer(200, QStringLiteral("user.json")), response(204),
                                              answer(200, QStringLiteral("user-after-disable.json")),
                                              answer(200, QStringLiteral("user-role-mappings.json")),
                  answer(200, QStringLiteral("brute-force-user.json")),
                  answer(200, QStringLiteral("user-groups.json"))});
        QCOMPARE(walked.requests.size(), 6);
        const QJsonObject put = objectOf(walked.requests.at(1));
        QCOMPARE(put.value(QStringLiteral("enabled")).toBool(true), false);
        QCOMPARE(
            put.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("department")).toArray(),
            QJsonArray{QStringLiteral("Engineering")});
        QCOMPARE(put.value(QStringLiteral("lastName")).toString(), QStringLiteral("Martin"));
        QVERIFY(walked.result && walked.result->ok());
        QVERIFY(!walked.result->value().enabled);
    }

    void rolesChangeByTheirDifference()
    {
        User user = alice();
        user.roles = {QStringLiteral("default-roles-authdesk"), QStringLiteral("auditor"),
                      QStringLiteral("billing")};
        // The role editor sends the assignable roles only: default-roles-authdesk (composite) stays.
        const WalkedPlan<User> walked =
            walk(dialect,
                 dialect.setRoles(profile(), user, {QStringLiteral("auditor"), QStringLiteral("support")}),
                 {answer(200, QStringLiteral("roles.json")), response(204), response(204),
                  answer(200, QStringLiteral("user.json")),
                  answer(200, QStringLiteral("user-role-mappings.json")),
                  answer(200, QStringLiteral("brute-force-user.json")),
                  answer(200, QStringLiteral("user-groups.json"))});
        QCOMPARE(walked.requests.size(), 7);
        QCOMPARE(walked.requests.at(0).path, QStringLiteral("/admin/realms/authdesk/roles"));
        QCOMPARE(walked.requests.at(1).method, QByteArray("POST"));
        QCOMPARE(walked.requests.at(1).path, alicePath + QStringLiteral("/role-mappings/realm"));
        QCOMPARE(QJsonDocument::fromJson(walked.requests.at(1).body).array(),
                 (QJsonArray{QJsonObject{
                     {QStringLiteral("id"), QStringLiteral("ab4b128a-a582-5ccd-b328-e427a268d9e0")},
                     {QStringLiteral("name"), QStringLiteral("support")}}}));
        QCOMPARE(walked.requests.at(2).method, QByteArray("DELETE"));
        QCOMPARE(QJsonDocument::fromJson(walked.requests.at(2).body).array(),
                 (QJsonArray{QJsonObject{
                     {QStringLiteral("id"), QStringLiteral("348ade40-bc1d-5289-8bc7-5813b9db605f")},
                     {QStringLiteral("name"), QStringLiteral("billing")}}}));
        QVERIFY(walked.result && walked.result->ok());

        // Only additions: no DELETE at all (one without a body would remove every role).
        user.roles.clear();
        const WalkedPlan<User> added =
            walk(dialect, dialect.setRoles(profile(), user, {QStringLiteral("auditor")}),
                 {answer(200, QStringLiteral("roles.json")), response(204),
                  answer(200, QStringLiteral("user.json")),
                  answer(200, QStringLiteral("user-role-mappings.json")),
                  answer(200, QStringLiteral("brute-force-user.json")),
                  answer(200, QStringLiteral("user-groups.json"))});
        QCOMPARE(added.requests.size(), 6);
        for (const HttpRequest& request : added.requests)
            QVERIFY(request.method != "DELETE");

        const WalkedPlan<User> unknown =
            walk(dialect, dialect.setRoles(profile(), user, {QStringLiteral("nope")}),
                 {answer(200, QStringLiteral("roles.json"))});
        QVERIFY(unknown.result && !unknown.result->ok());
        QVERIFY(unknown.result->error().message.contains(QLatin1String("no role named nope")));
        const WalkedPlan<User> composite =
            walk(dialect, dialect.setRoles(profile(), user, {QStringLiteral("helpdesk-lead")}),
                 {answer(200, QStringLiteral("roles.json"))});
        QVERIFY(composite.result && !composite.result->ok());
        QCOMPARE(composite.requests.size(), 1);
    }

    void groupsShownListedJoinedAndLeft()
    {
        // A user's groups are the attribute "groups", by path.
        const Result<User> member = KeycloakDialect::withGroups(alice(), answer(200, QStringLiteral("user-groups.json")));
        QVERIFY(member.ok());
        QCOMPARE(member.value().attributes.value(QStringLiteral("groups")).toStringList(),
                 (QStringList{QStringLiteral("/Engineering/Backend"), QStringLiteral("/Support")}));
        const UserField field = dialect.userFields().constLast();
        QCOMPARE(field.key, QStringLiteral("groups"));
        QVERIFY(field.choicesFromServer);

        // The form's choices: every group of the realm, the subgroups of each parent asked for.
        const HttpResponse salesChildren = response(
            200, R"([{"id":"e1","name":"EMEA","path":"/Sales/EMEA","subGroupCount":0},
                     {"id":"a1","name":"Americas","path":"/Sales/Americas","subGroupCount":0}])");
        const QList<HttpResponse> realm{answer(200, QStringLiteral("groups.json")),
                                        answer(200, QStringLiteral("group-children.json")), salesChildren};
        const WalkedPlan<QList<FieldChoice>> listed =
            walk(dialect, dialect.listChoices(profile(), QStringLiteral("groups")), realm);
        QCOMPARE(listed.requests.size(), 3);
        QCOMPARE(listed.requests.at(0).path, QStringLiteral("/admin/realms/authdesk/groups"));
        QCOMPARE(listed.requests.at(1).path,
                 QStringLiteral("/admin/realms/authdesk/groups/90d8cdd7-17a4-5630-8fe8-a7303ddf48e9/children"));
        QCOMPARE(listed.requests.at(2).path,
                 QStringLiteral("/admin/realms/authdesk/groups/0c893347-aeb7-566e-92bc-985f3558867c/children"));
        QVERIFY(listed.result && listed.result->ok());
        QStringList paths;
        for (const FieldChoice& choice : listed.result->value())
            paths << choice.value;
        QCOMPARE(paths, (QStringList{QStringLiteral("/Engineering"), QStringLiteral("/Engineering/Backend"),
                                     QStringLiteral("/Engineering/Frontend"), QStringLiteral("/Engineering/Platform"),
                                     QStringLiteral("/Finance"), QStringLiteral("/Sales"),
                                     QStringLiteral("/Sales/Americas"), QStringLiteral("/Sales/EMEA"),
                                     QStringLiteral("/Support")}));
        QVERIFY(!dialect.listChoices(profile(), QStringLiteral("requiredActions")).request().isValid());

        // A server that answers a full page every time is walked up to a bound, not for ever.
        QList<HttpResponse> endless;
        for (int page = 0; page < 120; ++page) {
            QJsonArray groups;
            for (int i = 0; i < 100; ++i) {
                const QString id = QStringLiteral("g%1-%2").arg(page).arg(i);
                groups.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("path"), QString(u'/' + id)}});
            }
            endless << response(200, QJsonDocument(groups).toJson(QJsonDocument::Compact));
        }
        const WalkedPlan<QList<FieldChoice>> bounded =
            walk(dialect, dialect.listChoices(profile(), QStringLiteral("groups")), endless);
        QVERIFY(bounded.result && !bounded.result->ok());
        QCOMPARE(bounded.requests.size(), 101);
        QVERIFY2(bounded.result->error().message.contains(QLatin1String("more than 10000")),
                 qPrintable(bounded.result->error().message));

        // An edit joins what the form ticked and leaves what it unticked, by the groups' ids.
        UserEdit edit{member.value(), {}};
        edit.user.attributes.insert(QStringLiteral("groups"),
                                    QStringList{QStringLiteral("/Finance"), QStringLiteral("/Support")});
        const QList<HttpResponse> readUser{answer(200, QStringLiteral("user.json")),
                                           answer(200, QStringLiteral("user-role-mappings.json")),
                                           answer(200, QStringLiteral("brute-force-user.json")),
                                           answer(200, QStringLiteral("user-groups.json"))};
        const WalkedPlan<User> edited = walk(dialect, dialect.updateUser(profile(), member.value(), edit),
                                             QList<HttpResponse>{answer(200, QStringLiteral("user.json")), response(204)} +
                                                 readUser + realm + QList<HttpResponse>{response(204), response(204)} +
                                                 readUser);
        QCOMPARE(edited.requests.size(), 15);
        QVERIFY(!objectOf(edited.requests.at(1)).contains(QStringLiteral("groups"))); // no part of the PUT
        QCOMPARE(edited.requests.at(9).method, QByteArray("PUT"));
        QCOMPARE(edited.requests.at(9).path, alicePath + QStringLiteral("/groups/b9ccb7c7-f37c-5f92-a7ff-8e6e2b72a232"));
        QCOMPARE(edited.requests.at(10).method, QByteArray("DELETE"));
        QCOMPARE(edited.requests.at(10).path, alicePath + QStringLiteral("/groups/1c1f6eb9-e740-50b5-9c9b-68ee821d82ab"));
        QVERIFY(edited.result && edited.result->ok());

        // Unchanged groups cost no request; an unknown one is refused before anything changes.
        UserEdit renamed{member.value(), {}};
        renamed.user.lastName = QStringLiteral("Martin-Durand");
        const WalkedPlan<User> plain = walk(
            dialect, dialect.updateUser(profile(), member.value(), renamed),
            QList<HttpResponse>{answer(200, QStringLiteral("user.json")), response(204)} + readUser);
        QCOMPARE(plain.requests.size(), 6);
        QVERIFY(plain.result && plain.result->ok());
        edit.user.attributes.insert(QStringLiteral("groups"), QStringList{QStringLiteral("/Nope")});
        const WalkedPlan<User> unknown = walk(dialect, dialect.updateUser(profile(), member.value(), edit),
                                              QList<HttpResponse>{answer(200, QStringLiteral("user.json")), response(204)} +
                                                  readUser + realm);
        QVERIFY(unknown.result && !unknown.result->ok());
        QCOMPARE(unknown.result->error().message, QStringLiteral("Keycloak's realm has no group /Nope."));
    }

    void tokenIntrospectedAndRevokedAtTheDiscoveredEndpoints()
    {
        // Discovery is the sign-in realm's; the endpoints are taken as paths on the profile's server.
        Profile confidential = profile(true);
        confidential.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        const Secrets secrets{{QStringLiteral("client_secret"), QStringLiteral("s3cret+/=")}};
        const HttpResponse discovery = answer(200, QStringLiteral("openid-configuration.json"));
        const WalkedPlan<QJsonObject> asked =
            walk(dialect, dialect.introspectToken(confidential, QStringLiteral("the.token"), QStringLiteral("access_token"), secrets),
                 {discovery, answer(200, QStringLiteral("introspect.json"))});
        QCOMPARE(asked.requests.size(), 2);
        QCOMPARE(asked.requests.at(0).path, QStringLiteral("/realms/authdesk/.well-known/openid-configuration"));
        QVERIFY(!asked.requests.at(0).authenticated);
        const HttpRequest& introspect = asked.requests.at(1);
        QCOMPARE(introspect.path, QStringLiteral("/realms/authdesk/protocol/openid-connect/token/introspect"));
        QVERIFY(!introspect.authenticated); // no bearer: the client identifies itself in the form
        QCOMPARE(introspect.kind, HttpRequest::Kind::Read);
        const QUrlQuery form(QString::fromLatin1(introspect.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded), QStringLiteral("the.token"));
        QCOMPARE(form.queryItemValue(QStringLiteral("token_type_hint")), QStringLiteral("access_token"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("authdesk-service"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded), QStringLiteral("s3cret+/="));
        QVERIFY(asked.result && asked.result->ok());
        QCOMPARE(asked.result->value().value(QStringLiteral("username")).toString(), QStringLiteral("alice.martin"));
        const Result<QJsonObject> inactive =
            OidcProvider::parseIntrospection(answer(200, QStringLiteral("introspect-inactive.json")));
        QVERIFY(inactive.ok() && !inactive.value().value(QStringLiteral("active")).toBool());
        QVERIFY(!OidcProvider::parseIntrospection(response(200, R"({"username":"x"})")).ok());

        // A public client revokes with its id only; the revocation is a write.
        const WalkedPlan<Done> revoked =
            walk(dialect, dialect.revokeToken(profile(), QStringLiteral("the.token"), QStringLiteral("access_token"), {}),
                 {discovery, response(200)});
        QCOMPARE(revoked.requests.size(), 2);
        QCOMPARE(revoked.requests.at(1).path, QStringLiteral("/realms/authdesk/protocol/openid-connect/revoke"));
        QCOMPARE(revoked.requests.at(1).kind, HttpRequest::Kind::Write);
        const QUrlQuery revokeForm(QString::fromLatin1(revoked.requests.at(1).body));
        QCOMPARE(revokeForm.queryItemValue(QStringLiteral("client_id")), QStringLiteral("admin-cli"));
        QVERIFY(!revokeForm.hasQueryItem(QStringLiteral("client_secret")));
        QVERIFY(revoked.result && revoked.result->ok());
        QVERIFY(!dialect.capabilities(profile()).supports(Capability::TokenIntrospection));
        QVERIFY(dialect.capabilities(profile()).supports(Capability::TokenRevocation));
        QVERIFY(dialect.capabilities(confidential).supports(Capability::TokenIntrospection));

        // Endpoints on another server (or outside the base path) are never used: the token would go there.
        const QUrl base(QStringLiteral("https://id.example.org/auth"));
        QCOMPARE(OidcProvider::pathUnder(QUrl(QStringLiteral("https://id.example.org/auth/realms/r/x")), base),
                 QStringLiteral("/realms/r/x"));
        QCOMPARE(OidcProvider::pathUnder(QUrl(QStringLiteral("https://id.example.org:443/auth/r")), base),
                 QStringLiteral("/r"));
        for (const char* elsewhere : {"https://evil.example/auth/realms/r/x", "http://id.example.org/auth/realms/r/x",
                                      "https://id.example.org:8443/auth/realms/r/x", "https://id.example.org/other/x",
                                      "https://id.example.org/authx/y", "not a url"})
            QVERIFY2(OidcProvider::pathUnder(QUrl(QString::fromLatin1(elsewhere)), base).isEmpty(), elsewhere);
        const Result<OidcProvider> foreign = OidcProvider::fromDiscovery(
            response(200, "{\"issuer\":\"https:\\/\\/id.example.org/auth/realms/r\","
                          "\"introspection_endpoint\":\"https:\\/\\/evil.example/introspect\"}"),
            base);
        QVERIFY(foreign.ok() && foreign.value().introspectionPath.isEmpty());
        const WalkedPlan<QJsonObject> nowhere = walk(
            dialect, dialect.introspectToken(confidential, QStringLiteral("t"), {}, secrets),
            {response(200, "{\"issuer\":\"x\",\"introspection_endpoint\":\"http:\\/\\/evil.example:8080/realms/authdesk/i\"}")});
        QCOMPARE(nowhere.requests.size(), 1);
        QVERIFY(nowhere.result && !nowhere.result->ok());
        QCOMPARE(nowhere.result->error().kind, ApiError::Kind::Unsupported);
        QVERIFY(!OidcProvider::fromDiscovery(response(200, R"({"token_endpoint":"x"})"), base).ok()); // no issuer
    }

    void declaredAttributesAreColumnsListedInFull()
    {
        const Result<QList<FieldChoice>> columns =
            KeycloakDialect::parseAttributeColumns(answer(200, QStringLiteral("users-profile.json")));
        QVERIFY(columns.ok());
        QStringList paths, labels;
        for (const FieldChoice& column : columns.value())
            paths << column.value, labels << column.label;
        // username, email and the names have columns of their own; "${...}" labels are theme keys.
        QCOMPARE(paths, (QStringList{QStringLiteral("attributes.department"), QStringLiteral("attributes.employeeNumber"),
                                     QStringLiteral("attributes.locations")}));
        QCOMPARE(labels, (QStringList{QStringLiteral("Department"), QStringLiteral("Employee number"),
                                      QStringLiteral("Locations")}));
        const User alice = dialect.parseUser(answer(200, QStringLiteral("user.json"))).value();
        QCOMPARE(alice.attributeText(paths.first()), QStringLiteral("Engineering"));
        QVERIFY(!KeycloakDialect::parseAttributeColumns(response(200, "[]")).ok());

        UserQuery query;
        QCOMPARE(QUrlQuery(dialect.listUsersRequest(profile(), query).query).queryItemValue(QStringLiteral("briefRepresentation")),
                 QStringLiteral("true"));
        query.withAttributes = true;
        QCOMPARE(QUrlQuery(dialect.listUsersRequest(profile(), query).query).queryItemValue(QStringLiteral("briefRepresentation")),
                 QStringLiteral("false"));
    }

    void profileFilledInFromDiscovery()
    {
        // What the profile dialog's "Fill in from server" reads: the realm's own document.
        const Result<OidcDiscovery> server = OidcDiscovery::parse(answer(200, QStringLiteral("openid-configuration.json")));
        QVERIFY(server.ok());
        QCOMPARE(server.value().issuer, QStringLiteral("http://127.0.0.1:8080/realms/authdesk"));
        QVERIFY(server.value().grantTypes.contains(QStringLiteral("client_credentials")));
        Profile draft;
        draft.name = QStringLiteral("typed by hand");
        draft.dialect = QStringLiteral("glewlwyd"); // the wrong type chosen: the document decides
        draft.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/realms/authdesk"));
        draft.settings.insert(QStringLiteral("realm"), QStringLiteral("kept"));
        const std::optional<Profile> filled = DialectRegistry::profileFromDiscovery(server.value(), draft);
        QVERIFY(filled);
        QCOMPARE(filled->dialect, QStringLiteral("keycloak"));
        QCOMPARE(filled->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(filled->settings.value(QStringLiteral("signin_realm")).toString(), QStringLiteral("authdesk"));
        QCOMPARE(filled->settings.value(QStringLiteral("realm")).toString(), QStringLiteral("kept"));
        QCOMPARE(filled->name, draft.name);

        // Behind a reverse proxy's path, with a realm name that needs encoding.
        const Result<OidcDiscovery> proxied = OidcDiscovery::parse(response(
            200, "{\"issuer\":\"https://sso.example.org/auth/realms/acme%20corp\","
                 "\"token_endpoint\":\"https://sso.example.org/auth/realms/acme%20corp/protocol/openid-connect/token\","
                 "\"jwks_uri\":\"https://sso.example.org/auth/realms/acme%20corp/protocol/openid-connect/certs\"}"));
        QVERIFY(proxied.ok());
        const std::optional<Profile> behindProxy = dialect.profileFromDiscovery(proxied.value(), Profile());
        QVERIFY(behindProxy);
        QCOMPARE(behindProxy->baseUrl.toString(), QStringLiteral("https://sso.example.org/auth"));
        QCOMPARE(behindProxy->settings.value(QStringLiteral("signin_realm")).toString(), QStringLiteral("acme corp"));

        // Another server's document is not taken for a realm's.
        const Result<OidcDiscovery> other = OidcDiscovery::parse(response(
            200, "{\"issuer\":\"https://id.example.org\",\"token_endpoint\":\"https://id.example.org/oauth2/token\"}"));
        QVERIFY(other.ok());
        QVERIFY(!dialect.profileFromDiscovery(other.value(), Profile()));
        QVERIFY(!DialectRegistry::profileFromDiscovery(other.value(), draft));
        const Result<OidcDiscovery> noTokenEndpoint =
            OidcDiscovery::parse(response(200, "{\"issuer\":\"x\",\"token_endpoint\":\"/relative/token\"}"));
        QVERIFY(noTokenEndpoint.ok() && !noTokenEndpoint.value().tokenEndpoint.isValid());
        QVERIFY(!DialectRegistry::profileFromDiscovery(noTokenEndpoint.value(), draft));
        QVERIFY(!OidcDiscovery::parse(response(200, "[]")).ok());

        // Where the document is, for what a user types.
        QCOMPARE(OidcDiscovery::documentUrl(QUrl(QStringLiteral("https://sso.example.org/realms/acme/"))),
                 QUrl(QStringLiteral("https://sso.example.org/realms/acme/.well-known/openid-configuration")));
        QCOMPARE(OidcDiscovery::documentUrl(
                     QUrl(QStringLiteral("https://sso.example.org/realms/acme/.well-known/openid-configuration?x=1"))),
                 QUrl(QStringLiteral("https://sso.example.org/realms/acme/.well-known/openid-configuration")));
        QCOMPARE(OidcDiscovery::documentUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))),
                 QUrl(QStringLiteral("http://127.0.0.1:8080/.well-known/openid-configuration")));
        for (const char* unusable : {"ftp://sso.example.org/realms/acme", "sso.example.org", "", "https://"})
            QVERIFY2(!OidcDiscovery::documentUrl(QUrl(QString::fromLatin1(unusable))).isValid(), unusable);
    }

    void realmRolesCompositesReadOnly()
    {
        const Result<QList<RoleDefinition>> roles =
            dialect.parseRoles(answer(200, QStringLiteral("roles.json")));
        QVERIFY(roles.ok());
        QCOMPARE(roles.value().size(), 8);
        for (const RoleDefinition& role : roles.value()) {
            const bool composite = role.name == QLatin1String("default-roles-authdesk") ||
                                   role.name == QLatin1String("helpdesk-lead") ||
                                   role.name == QLatin1String("console-operator");
            QCOMPARE(role.assignable, !composite);
            QCOMPARE(role.whyReadOnly.isEmpty(), !composite);
            QVERIFY(!role.description.startsWith(QLatin1String("${")));
            if (role.name == QLatin1String("auditor"))
                QCOMPARE(role.description, QStringLiteral("Reads users and the audit trail"));
        }
    }

    void sessionsInMillisecondsAndTheirRevocation()
    {
        const Result<QList<Session>> sessions =
            dialect.parseSessions(answer(200, QStringLiteral("user-sessions.json")));
        QVERIFY(sessions.ok());
        QVERIFY(sessions.value().size() >= 2);
        const Session first = sessions.value().first();
        QCOMPARE(first.id, QStringLiteral("JyvOcXhdsudiqXpKqazf-3KL"));
        QCOMPARE(first.startedAt, QDateTime::fromMSecsSinceEpoch(1796338721000, Utc::zone));
        QCOMPARE(first.lastActivityAt, QDateTime::fromMSecsSinceEpoch(1796338721000, Utc::zone));
        QCOMPARE(first.ipAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(first.userAgent, QStringLiteral("authdesk-console")); // the session table's Client column
        QCOMPARE(first.attributes.value(QStringLiteral("clients")).toStringList(),
                 QStringList{QStringLiteral("authdesk-console")});

        const Plan<Done> one = dialect.revokeSession(profile(), alice(), first);
        QCOMPARE(one.request().method, QByteArray("DELETE"));
        QCOMPARE(one.request().path,
                 QStringLiteral("/admin/realms/authdesk/sessions/JyvOcXhdsudiqXpKqazf-3KL"));
        const Plan<Done> all = dialect.revokeAllSessions(profile(), alice());
        QCOMPARE(all.request().method, QByteArray("POST"));
        QCOMPARE(all.request().path, alicePath + QStringLiteral("/logout"));
        QCOMPARE(dialect.listSessions(profile(), alice()).request().path,
                 alicePath + QStringLiteral("/sessions"));
        QCOMPARE(dialect.deleteUser(profile(), alice()).request().path, alicePath);
    }

    // Offline sessions come per client: the consents name the clients holding an offline token,
    // each client's list follows, and ending one revokes that client's consent.
    void offlineSessionsThroughTheConsents()
    {
        const WalkedPlan<QList<Session>> walked =
            walk(dialect, dialect.listSessions(profile(), alice()),
                 {answer(200, QStringLiteral("user-sessions.json")), answer(200, QStringLiteral("user-consents.json")),
                  answer(200, QStringLiteral("user-offline-sessions.json"))});
        QCOMPARE(walked.requests.size(), 3);
        QCOMPARE(walked.requests.at(1).path, alicePath + QStringLiteral("/consents"));
        QCOMPARE(walked.requests.at(2).path,
                 alicePath + QStringLiteral("/offline-sessions/0d98f843-6cd7-51a4-8e56-8a5b617809a9"));
        QVERIFY(walked.result && walked.result->ok());
        const QList<Session> sessions = walked.result->value();
        const qsizetype online = dialect.parseSessions(answer(200, QStringLiteral("user-sessions.json"))).value().size();
        QCOMPARE(sessions.size(), online + 1);
        const Session offline = sessions.last();
        QCOMPARE(offline.id, QStringLiteral("0eq6y9_m4n-kyV6ci0XWbBjZ"));
        QVERIFY(offline.attributes.value(QStringLiteral("offline")).toBool());
        QCOMPARE(offline.userAgent, QStringLiteral("offline token: authdesk-console"));
        QVERIFY(!sessions.first().attributes.value(QStringLiteral("offline")).toBool());

        const Plan<Done> revoke = dialect.revokeSession(profile(), alice(), offline);
        QCOMPARE(revoke.request().method, QByteArray("DELETE"));
        QCOMPARE(revoke.request().path, alicePath + QStringLiteral("/consents/authdesk-console"));

        // Consents the account may not read: the online sessions still list.
        const WalkedPlan<QList<Session>> onlineOnly =
            walk(dialect, dialect.listSessions(profile(), alice()),
                 {answer(200, QStringLiteral("user-sessions.json")), answer(403, QStringLiteral("error-forbidden.json"))});
        QVERIFY(onlineOnly.result && onlineOnly.result->ok());
        QCOMPARE(onlineOnly.result->value().size(), online);
    }

    void apiKeysAreServiceAccountClients()
    {
        QCOMPARE(KeycloakDialect::apiKeyClientId(QStringLiteral(" CI pipeline #2 ")),
                 QStringLiteral("apikey-ci-pipeline-2"));
        QVERIFY(KeycloakDialect::apiKeyClientId(QStringLiteral("!!")).isEmpty());

        const WalkedPlan<QList<ApiKey>> listed = walk(dialect, dialect.listApiKeys(profile(), nullptr),
                                                      {answer(200, QStringLiteral("clients-search.json"))});
        QCOMPARE(listed.requests.first().path, QStringLiteral("/admin/realms/authdesk/clients"));
        QCOMPARE(listed.requests.first().query.queryItemValue(QStringLiteral("clientId")),
                 QStringLiteral("apikey-"));
        QVERIFY(listed.result && listed.result->ok());
        QCOMPARE(listed.result->value().size(), 1);
        const ApiKey key = listed.result->value().first();
        QCOMPARE(key.id, QStringLiteral("42e25054-4926-44da-b9f6-87316e0ea6ba"));
        QCOMPARE(key.name, QStringLiteral("CI pipeline"));
        QCOMPARE(key.owner, QStringLiteral("service-account-apikey-ci"));
        QCOMPARE(key.createdAt, QDateTime::fromSecsSinceEpoch(1796338740, Utc::zone));
        // The list holds every client's secret in clear: none of it is kept.
        QCOMPARE(key.attributes.keys(), QStringList{QStringLiteral("clientId")});
        QVERIFY(!QJsonDocument::fromVariant(key.attributes).toJson().contains("CLIENT_SECRET"));
        // No user owns one.
        const User someone = alice();
        const Plan<QList<ApiKey>> owned = dialect.listApiKeys(profile(), &someone);
        QVERIFY(owned.isFinished() && owned.result().ok() && owned.result().value().isEmpty());

        ApiKeyRequest request;
        request.name = QStringLiteral("CI pipeline");
        request.description = QStringLiteral("Issued by AuthDesk");
        const WalkedPlan<IssuedApiKey> issued =
            walk(dialect, dialect.createApiKey(profile(), request),
                 {response(201, {},
                           {{"Location", "http://127.0.0.1:8080/admin/realms/authdesk/clients/"
                                         "42e25054-4926-44da-b9f6-87316e0ea6ba"}}),
                  answer(200, QStringLiteral("client-secret.json"))});
        QCOMPARE(issued.requests.size(), 2);
        const QJsonObject body = objectOf(issued.requests.first());
        QCOMPARE(body.value(QStringLiteral("clientId")).toString(), QStringLiteral("apikey-ci-pipeline"));
        QCOMPARE(body.value(QStringLiteral("serviceAccountsEnabled")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("publicClient")).toBool(true), false);
        QCOMPARE(issued.requests.at(1).path,
                 QStringLiteral(
                     "/admin/realms/authdesk/clients/42e25054-4926-44da-b9f6-87316e0ea6ba/client-secret"));
        QVERIFY(issued.result && issued.result->ok());
        QCOMPARE(issued.result->value().secret, QStringLiteral("<CLIENT_SECRET>"));
        QCOMPARE(issued.result->value().key.id, QStringLiteral("42e25054-4926-44da-b9f6-87316e0ea6ba"));

        request.expiresAt = QDateTime::currentDateTimeUtc().addDays(1); // not something a client keeps
        QVERIFY(dialect.createApiKey(profile(), request).isUnsupported());

        const Plan<Done> revoke = dialect.revokeApiKey(profile(), key);
        QCOMPARE(revoke.request().method, QByteArray("DELETE"));
        QCOMPARE(revoke.request().path,
                 QStringLiteral("/admin/realms/authdesk/clients/42e25054-4926-44da-b9f6-87316e0ea6ba"));

        const ApiError duplicate =
            dialect.parseError(answer(409, QStringLiteral("client-create-duplicate.json")));
        QCOMPARE(duplicate.kind, ApiError::Kind::Conflict);
        QCOMPARE(duplicate.field, QStringLiteral("name"));
    }

    void everyErrorShapeIsOneSentence()
    {
        auto error = [this](int status, const QString& file) {
            return dialect.parseError(answer(status, file));
        };

        ApiError e = error(409, QStringLiteral("user-create-duplicate-username.json"));
        QCOMPARE(e.kind, ApiError::Kind::Conflict);
        QCOMPARE(e.field, QStringLiteral("username"));
        QCOMPARE(e.message, QStringLiteral("A user with this username already exists."));
        e = error(409, QStringLiteral("user-create-duplicate-email.json"));
        QCOMPARE(e.field, QStringLiteral("email"));
        QCOMPARE(e.message, QStringLiteral("A user with this email already exists."));

        e = error(403, QStringLiteral("error-forbidden.json"));
        QCOMPARE(e.kind, ApiError::Kind::Forbidden);
        QVERIFY2(e.message.contains(QLatin1String("manage-users")), qPrintable(e.message));

        e = error(401, QStringLiteral("error-bad-token.json"));
        QCOMPARE(e.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(e.message, QStringLiteral("The session has expired or was revoked; sign in again."));

        e = error(400, QStringLiteral("token-password-invalid.json"));
        QCOMPARE(e.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(e.serverCode, QStringLiteral("invalid_grant"));
        QCOMPARE(e.message, QStringLiteral("Wrong username or password."));

        e = error(401, QStringLiteral("token-client-credentials-bad-secret.json"));
        QVERIFY2(e.message.contains(QLatin1String("client ID")), qPrintable(e.message));

        e = error(400, QStringLiteral("user-create-invalid-email.json"));
        QCOMPARE(e.kind, ApiError::Kind::Validation);
        QCOMPARE(e.field, QStringLiteral("email"));
        QCOMPARE(
            e.message,
            QStringLiteral("The server refused the request as invalid: email: not a valid email address."));
        e = error(400, QStringLiteral("user-create-validation-errors.json"));
        QCOMPARE(e.field, QStringLiteral("department"));
        QVERIFY2(e.message.contains(
                     QLatin1String("department: not an allowed value; email: not a valid email address")),
                 qPrintable(e.message));
        e = error(400, QStringLiteral("user-reset-password-policy.json"));
        QVERIFY2(e.message.contains(QLatin1String("minimum length 8")), qPrintable(e.message));

        e = error(404, QStringLiteral("error-unknown-realm.json"));
        QVERIFY2(e.message.contains(QLatin1String("no such realm")), qPrintable(e.message));
        e = error(404, QStringLiteral("error-unknown-path.json"));
        QCOMPARE(e.message, QStringLiteral("The server has no such endpoint: check the profile's base URL."));
        e = error(404, QStringLiteral("user-not-found.json"));
        QCOMPARE(e.kind, ApiError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_KeycloakDialect)
#include "tst_KeycloakDialect.moc"
