#include "KeycloakDialect.h"

#include "JsonReader.h"
#include "values/Utc.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("KeycloakDialect", text, disambiguation, n);
}

// ----- The paths and field names Keycloak uses -----
const QString tokenPath = QStringLiteral("/realms/%1/protocol/openid-connect/token");
const QString logoutPath = QStringLiteral("/realms/%1/protocol/openid-connect/logout");
const QString adminPath = QStringLiteral("/admin/realms/%1");
const QString defaultRealm = QStringLiteral("master");
const QString defaultClient = QStringLiteral("admin-cli");
// Keys of the profile's settings.
const QString realmKey = QStringLiteral("realm");
const QString signInRealmKey = QStringLiteral("signin_realm");
const QString clientKey = QStringLiteral("client_id");
const QString authMethodKey = QStringLiteral("auth_method");
const QString clientSecretKey = QStringLiteral("client_secret");
// The representation's nested attribute map, and the read-only client roles AuthDesk adds.
const QString attributesKey = QStringLiteral("attributes");
const QString clientRolesKey = QStringLiteral("clientRoles");
// Display only, never sent back: why a brute-force lock keeps the user out.
const QString lockKey = QStringLiteral("signInLock");
// The user's groups by path: read with the user, changed by joining and leaving.
const QString groupsKey = QStringLiteral("groups");
// Groups are listed a page at a time; a realm listing more than maxGroups is refused rather
// than walked without end (a server that always answers a full page).
constexpr int groupPage = 100;
constexpr int maxGroups = 10000;

const UserFieldMap userMap{QStringLiteral("id"),
                           QStringLiteral("username"),
                           QStringLiteral("email"),
                           QStringLiteral("firstName"),
                           QStringLiteral("lastName"),
                           QString(),
                           QString(),
                           QStringLiteral("enabled"),
                           QStringLiteral("createdTimestamp"),
                           QString()};

QString admin(const Profile& profile, const QString& path)
{
    return adminPath.arg(HttpRequest::segment(KeycloakDialect::managedRealm(profile))) + path;
}

// A user's brute-force lock: read it, or delete it to unlock.
QString lockPath(const Profile& profile, const QString& id)
{
    return admin(profile, QStringLiteral("/attack-detection/brute-force/users/") + HttpRequest::segment(id));
}

QString userPath(const Profile& profile, const QString& id)
{
    return admin(profile, QStringLiteral("/users/") + HttpRequest::segment(id));
}

// The fields of UserRepresentation itself; any other key the form sends is an attribute.
bool isRepresentationField(const QString& key)
{
    static const QStringList fields{QStringLiteral("id"),
                                    QStringLiteral("username"),
                                    QStringLiteral("firstName"),
                                    QStringLiteral("lastName"),
                                    QStringLiteral("email"),
                                    QStringLiteral("emailVerified"),
                                    QStringLiteral("attributes"),
                                    QStringLiteral("enabled"),
                                    QStringLiteral("createdTimestamp"),
                                    QStringLiteral("totp"),
                                    QStringLiteral("requiredActions"),
                                    QStringLiteral("notBefore"),
                                    QStringLiteral("access"),
                                    QStringLiteral("federationLink"),
                                    QStringLiteral("credentials"),
                                    QStringLiteral("self"),
                                    QStringLiteral("origin"),
                                    QStringLiteral("groups"),
                                    QStringLiteral("realmRoles"),
                                    QStringLiteral("clientRoles"),
                                    QStringLiteral("signInLock"),
                                    QStringLiteral("userProfileMetadata"),
                                    QStringLiteral("serviceAccountClientId"),
                                    QStringLiteral("disableableCredentialTypes"),
                                    QStringLiteral("federatedIdentities"),
                                    QStringLiteral("clientConsents")};
    return fields.contains(key);
}

// A search of key:value words is an attribute query (q=); anything else is Keycloak's search,
// which matches prefixes of username, email and names ("*x" infix, "\"x\"" exact).
bool isAttributeQuery(const QString& search)
{
    static const QRegularExpression condition(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9_.-]*:\S+$)"));
    const QStringList words = search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    for (const QString& word : words) {
        if (!condition.match(word).hasMatch())
            return false;
    }
    return true;
}

QUrlQuery filterOf(const UserQuery& query)
{
    QUrlQuery q;
    const QString search = query.search.trimmed();
    if (!search.isEmpty())
        HttpRequest::addText(q, isAttributeQuery(search) ? QStringLiteral("q") : QStringLiteral("search"),
                             search);
    return q;
}

QJsonArray stringsOf(const QVariant& value)
{
    QJsonArray values;
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) {
        for (const QVariant& one : value.toList())
            values.append(one.toString());
    } else if (!value.toString().isEmpty()) {
        values.append(value.toString());
    }
    return values;
}

// Role descriptions may be message keys of Keycloak's own console (${role_default-roles}).
QString describeRole(const QJsonObject& role)
{
    const QString description = role.value(QStringLiteral("description")).toString().trimmed();
    if (description == QLatin1String("${role_default-roles}"))
        return QCoreApplication::translate("KeycloakDialect", "The roles every new user of the realm gets");
    if (description.startsWith(QLatin1String("${")))
        return {};
    return description;
}

QString compositeReason()
{
    return QCoreApplication::translate("KeycloakDialect",
                                       "A composite role grants other roles; AuthDesk shows it but "
                                       "leaves its mapping to Keycloak's admin console.");
}

// Keycloak's validation messages are message keys; these are the ones its user profile sends.
QString wordsForKey(const QString& key)
{
    static const QHash<QString, const char*> words{
        {QStringLiteral("error-invalid-email"),
         QT_TRANSLATE_NOOP("KeycloakDialect", "not a valid email address")},
        {QStringLiteral("error-invalid-value"), QT_TRANSLATE_NOOP("KeycloakDialect", "not an allowed value")},
        {QStringLiteral("error-invalid-length"),
         QT_TRANSLATE_NOOP("KeycloakDialect", "too short or too long")},
        {QStringLiteral("error-user-attribute-required"), QT_TRANSLATE_NOOP("KeycloakDialect", "required")},
        {QStringLiteral("error-user-attribute-read-only"),
         QT_TRANSLATE_NOOP("KeycloakDialect", "read-only in this realm")},
        {QStringLiteral("error-invalid-pattern"),
         QT_TRANSLATE_NOOP("KeycloakDialect", "not in the required form")},
        {QStringLiteral("error-username-invalid-character"),
         QT_TRANSLATE_NOOP("KeycloakDialect", "contains a character Keycloak does not allow")},
    };
    const auto found = words.constFind(key);
    return found == words.cend() ? key : tr(found.value());
}

// One validation error ({field, errorMessage, params}) as "field: words".
QString validationWords(const QJsonObject& error, QString* field)
{
    const QString message = error.value(QStringLiteral("errorMessage")).toString();
    QString name = error.value(QStringLiteral("field")).toString();
    if (name.isEmpty())
        name = error.value(QStringLiteral("params")).toArray().first().toString();
    if (field && field->isEmpty())
        *field = name;
    const QString words = message.startsWith(QLatin1String("error-")) ? wordsForKey(message) : message;
    return name.isEmpty() ? words : name + QStringLiteral(": ") + words;
}

// `user` with what `request` reads about them added by `with`; as it is when that request fails.
Plan<User> enriched(const HttpRequest& request, const User& user,
                    Result<User> (*with)(const User&, const HttpResponse&))
{
    return Plan<User>::single(request, [user, with](const HttpResponse& r) { return with(user, r); })
        .orOnFailure([user](const ApiError&) { return Plan<User>(user); });
}

Plan<User> readBack(const KeycloakDialect* dialect, const Profile& profile, const QString& id)
{
    User written;
    written.id = id;
    return dialect->getUser(profile, written).orOnFailure([](const ApiError& failure) {
        // The change is made: say so, or a retry would meet "already exists".
        ApiError error = failure;
        error.message = QCoreApplication::translate("Dialect", "Saved, but reading the user back failed: %1")
                            .arg(failure.message);
        return Plan<User>(error);
    });
}

QJsonArray roleRefs(const QList<QJsonObject>& roles)
{
    QJsonArray refs;
    for (const QJsonObject& role : roles)
        refs.append(QJsonObject{{QStringLiteral("id"), role.value(QStringLiteral("id"))},
                                {QStringLiteral("name"), role.value(QStringLiteral("name"))}});
    return refs;
}

} // namespace

QString KeycloakDialect::displayName() const
{
    return tr("Keycloak 26");
}

QString KeycloakDialect::signInRealm(const Profile& profile)
{
    const QString realm = profile.settings.value(signInRealmKey).toString().trimmed();
    return realm.isEmpty() ? defaultRealm : realm;
}

QString KeycloakDialect::managedRealm(const Profile& profile)
{
    const QString realm = profile.settings.value(realmKey).toString().trimmed();
    return realm.isEmpty() ? signInRealm(profile) : realm;
}

QString KeycloakDialect::clientId(const Profile& profile)
{
    const QString client = profile.settings.value(clientKey).toString().trimmed();
    return client.isEmpty() ? defaultClient : client;
}

bool KeycloakDialect::usesClientCredentials(const Profile& profile)
{
    return profile.settings.value(authMethodKey).toString().trimmed() == QLatin1String("client_credentials");
}

Capabilities KeycloakDialect::capabilities(const Profile& profile) const
{
    Capabilities c;
    for (Capability allowed :
         {Capability::ListUsers, Capability::ServerSearch, Capability::TotalCount, Capability::GetUser,
          Capability::CreateUser, Capability::UpdateUser, Capability::DeleteUser, Capability::SetRoles,
          Capability::SetEnabled, Capability::ListSessions, Capability::RevokeSession,
          Capability::RevokeAllSessions, Capability::RefreshToken, Capability::SignOut})
        c.allow(allowed);
    c.deny(Capability::ServerSort,
           tr("Keycloak lists users by username only; AuthDesk sorts the loaded rows."));
    c.deny(Capability::ListAllSessions,
           tr("Keycloak lists sessions per user or per client, not for the whole realm: open a user to see "
              "theirs."));
    // API keys are service-account clients (apikey-NAME), which need manage-clients.
    for (Capability keys : {Capability::ListApiKeys, Capability::CreateApiKey, Capability::RevokeApiKey})
        c.allow(keys);
    c.deny(Capability::ApiKeyExpiry,
           tr("Keycloak's client secrets do not expire by themselves; revoke the key "
              "when it is no longer needed."));
    c.deny(Capability::ApiKeyScopes,
           tr("A Keycloak service-account client gets the realm's default roles; give "
              "it others in Keycloak's admin console (Service account roles)."));
    const QString noReason =
        tr("Keycloak keeps no reason or end time for a disabled user: it is disabled until enabled again.");
    c.deny(Capability::DisableReason, noReason);
    c.deny(Capability::DisableExpiry, noReason);
    c.deny(Capability::UserActionsFromLinks, tr("Keycloak does not advertise per-user actions."));
    if (usesClientCredentials(profile)) {
        c.deny(Capability::RefreshToken, tr("Client credentials come without a refresh token; AuthDesk asks "
                                            "for a new token with the client secret instead."));
        c.deny(Capability::SignOut, tr("Client credentials open no session to end; the token expires by "
                                       "itself."));
    }
    c.allow(Capability::TokenRevocation);
    if (usesClientCredentials(profile))
        c.allow(Capability::TokenIntrospection);
    else
        c.deny(Capability::TokenIntrospection,
               tr("Keycloak answers introspection only for a confidential client: sign in with client "
                  "credentials to ask it about the token."));
    return c;
}

QList<SettingField> KeycloakDialect::settingFields() const
{
    return {{realmKey, tr("Realm to manage"), false, false, tr("the sign-in realm")},
            {signInRealmKey, tr("Realm to sign in to"), false, false, defaultRealm},
            {clientKey, tr("Client ID"), false, false, defaultClient},
            {authMethodKey, tr("Sign in with (password or client_credentials)"), false, false,
             QStringLiteral("password")},
            {clientSecretKey, tr("Client secret, for client_credentials"), true, false, QString()}};
}

QStringList KeycloakDialect::requiredSecrets(const Profile& profile) const
{
    return {usesClientCredentials(profile) ? clientSecretKey : QStringLiteral("password")};
}

QList<UserField> KeycloakDialect::userFields() const
{
    // The username cannot change unless the realm allows it (editUsernameAllowed is off by default).
    return {UserField::make(QStringLiteral("username"), tr("Username"), UserField::Type::Text, true, false,
                            false),
            UserField::make(QStringLiteral("email"), tr("Email"), UserField::Type::Email),
            UserField::make(QStringLiteral("firstName"), tr("First name")),
            UserField::make(QStringLiteral("lastName"), tr("Last name")),
            UserField::make(QStringLiteral("password"), tr("Password"), UserField::Type::Password),
            UserField::make(QStringLiteral("temporaryPassword"), tr("Temporary: changed at the next sign-in"),
                            UserField::Type::Bool),
            requiredActionsField(),
            groupsField()};
}

UserField KeycloakDialect::groupsField()
{
    UserField field = UserField::make(groupsKey, tr("Groups"), UserField::Type::Flags);
    field.choicesFromServer = true;
    return field;
}

UserField KeycloakDialect::requiredActionsField()
{
    // Keycloak's own action ids; the user is asked for each at the next sign-in.
    UserField field =
        UserField::make(QStringLiteral("requiredActions"), tr("At the next sign-in"), UserField::Type::Flags);
    field.choices = {QStringLiteral("VERIFY_EMAIL"), QStringLiteral("UPDATE_PASSWORD"),
                     QStringLiteral("CONFIGURE_TOTP"), QStringLiteral("UPDATE_PROFILE")};
    field.choiceLabels = {tr("Verify the email address"), tr("Choose a new password"),
                          tr("Set up one-time codes (OTP)"), tr("Review the profile")};
    return field;
}

// ===== Session =====

HttpRequest KeycloakDialect::signInRequest(const Profile& profile, const Secrets& secrets) const
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), clientId(profile));
    if (usesClientCredentials(profile)) {
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        HttpRequest::addText(form, QStringLiteral("client_secret"), secrets.value(clientSecretKey));
    } else {
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        HttpRequest::addText(form, QStringLiteral("username"), profile.identity);
        HttpRequest::addText(form, QStringLiteral("password"), secrets.value(QStringLiteral("password")));
    }
    HttpRequest request = HttpRequest::form("POST", tokenPath.arg(HttpRequest::segment(signInRealm(profile))), form);
    request.authenticated = false;
    return request;
}

Result<AuthState> KeycloakDialect::parseSignIn(const HttpResponse& response, const Profile& profile) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    const QJsonObject o = body.value();
    AuthState state;
    state.accessToken = o.value(QStringLiteral("access_token")).toString();
    if (state.accessToken.isEmpty())
        return JsonReader::malformed(QStringLiteral("no access_token in the token answer"));
    state.tokenType = o.value(QStringLiteral("token_type")).toString(QStringLiteral("Bearer"));
    state.issuedAt = QDateTime::currentDateTimeUtc();
    const int expiresIn = o.value(QStringLiteral("expires_in")).toInt();
    if (expiresIn > 0)
        state.expiresAt = state.issuedAt.addSecs(expiresIn);
    state.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    const int refreshIn = o.value(QStringLiteral("refresh_expires_in")).toInt();
    if (!state.refreshToken.isEmpty() && refreshIn > 0)
        state.refreshExpiresAt = state.issuedAt.addSecs(refreshIn);
    state.scopes = o.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // The session's id, as users/ID/sessions lists it: marks the console's own session there.
    state.sessionId = o.value(QStringLiteral("session_state")).toString();
    state.identity = usesClientCredentials(profile) ? QStringLiteral("service-account-") + clientId(profile)
                                                    : profile.identity;
    return state;
}

HttpRequest KeycloakDialect::refreshRequest(const Profile& profile, const AuthState& state) const
{
    if (state.refreshToken.isEmpty())
        return {};
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), clientId(profile));
    HttpRequest::addText(form, QStringLiteral("refresh_token"), state.refreshToken);
    HttpRequest request = HttpRequest::form("POST", tokenPath.arg(HttpRequest::segment(signInRealm(profile))), form);
    request.authenticated = false;
    return request;
}

HttpRequest KeycloakDialect::signOutRequest(const Profile& profile, const AuthState& state) const
{
    // Without a refresh token the endpoint answers a browser's HTML page and ends nothing.
    if (state.refreshToken.isEmpty())
        return {};
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), clientId(profile));
    HttpRequest::addText(form, QStringLiteral("refresh_token"), state.refreshToken);
    HttpRequest request = HttpRequest::form("POST", logoutPath.arg(HttpRequest::segment(signInRealm(profile))), form);
    request.authenticated = false;
    return request;
}

void KeycloakDialect::authorize(HttpRequest& request, const AuthState& state, const Profile&,
                                const Secrets&) const
{
    // Token endpoints identify the client by the form, not by a bearer token.
    if (!request.authenticated || state.accessToken.isEmpty())
        return;
    request.setHeader("Authorization", "Bearer " + state.accessToken.toUtf8());
}

HttpRequest KeycloakDialect::discoveryRequest(const Profile& profile) const
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/realms/%1").arg(HttpRequest::segment(signInRealm(profile))) +
                                           OidcDiscovery::documentPath());
    request.authenticated = false;
    return request;
}

std::optional<Profile> KeycloakDialect::profileFromDiscovery(const OidcDiscovery& server, const Profile& draft) const
{
    // Every realm's endpoints are BASE/realms/REALM/protocol/openid-connect/...: the token
    // endpoint names both the server's base (behind a proxy's path too) and the realm.
    static const QRegularExpression tokenEndpoint(QStringLiteral("^(.*)/realms/([^/]+)/protocol/openid-connect/token$"));
    const QRegularExpressionMatch match = tokenEndpoint.match(server.tokenEndpoint.path(QUrl::FullyEncoded));
    if (!match.hasMatch())
        return std::nullopt;
    Profile profile = draft;
    profile.dialect = id();
    profile.baseUrl = server.tokenEndpoint.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    profile.baseUrl.setPath(match.captured(1), QUrl::TolerantMode);
    profile.settings.insert(signInRealmKey, QUrl::fromPercentEncoding(match.captured(2).toUtf8()));
    return profile;
}

QUrlQuery KeycloakDialect::tokenClient(const Profile& profile, const Secrets& secrets) const
{
    QUrlQuery client;
    client.addQueryItem(QStringLiteral("client_id"), clientId(profile));
    if (usesClientCredentials(profile))
        HttpRequest::addText(client, QStringLiteral("client_secret"), secrets.value(clientSecretKey));
    return client;
}

// ===== Users =====

HttpRequest KeycloakDialect::listUsersRequest(const Profile& profile, const UserQuery& query) const
{
    QUrlQuery q = filterOf(query);
    q.addQueryItem(QStringLiteral("first"), QString::number(qMax<qint64>(0, query.offset)));
    q.addQueryItem(QStringLiteral("max"), QString::number(qMax(1, query.limit)));
    // Unless attributes are asked for, the brief representation: eight times faster a page.
    q.addQueryItem(QStringLiteral("briefRepresentation"), !query.withAttributes ? QStringLiteral("true")
                                                                                    : QStringLiteral("false"));
    return HttpRequest::get(admin(profile, QStringLiteral("/users")), q);
}

HttpRequest KeycloakDialect::countUsersRequest(const Profile& profile, const UserQuery& query) const
{
    return HttpRequest::get(admin(profile, QStringLiteral("/users/count")), filterOf(query));
}

Result<UserPage> KeycloakDialect::parseUserPage(const HttpResponse& response, const UserQuery& query) const
{
    const Result<QJsonArray> list =
        JsonReader::parseArray(response, QStringLiteral("expected a list of users"));
    if (!list.ok())
        return list.error();
    UserPage page;
    for (const QJsonValue& value : list.value())
        page.users << JsonReader::userFrom(value.toObject(), userMap);
    page.hasMore = page.users.size() >= qMax(1, query.limit);
    return page;
}

Result<qint64> KeycloakDialect::parseCount(const HttpResponse& response)
{
    bool ok = false;
    const qint64 count = response.body.trimmed().toLongLong(&ok);
    if (!ok || count < 0)
        return JsonReader::malformed(QStringLiteral("users/count did not answer a number"));
    return count;
}

HttpRequest KeycloakDialect::getUserRequest(const Profile& profile, const User& user) const
{
    if (user.id.isEmpty())
        return {};
    return HttpRequest::get(userPath(profile, user.id));
}

HttpRequest KeycloakDialect::findByUsernameRequest(const Profile& profile, const QString& username) const
{
    if (username.isEmpty())
        return {};
    QUrlQuery q;
    HttpRequest::addText(q, QStringLiteral("username"), username);
    q.addQueryItem(QStringLiteral("exact"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("briefRepresentation"), QStringLiteral("true"));
    return HttpRequest::get(admin(profile, QStringLiteral("/users")), q);
}

HttpRequest KeycloakDialect::createUserRequest(const Profile& profile, const UserEdit& edit) const
{
    const User& user = edit.user;
    if (user.username.isEmpty())
        return {};
    QJsonObject body{{QStringLiteral("username"), user.username},
                     // Left out, Keycloak creates the user disabled.
                     {QStringLiteral("enabled"), user.enabled}};
    if (!user.email.isEmpty())
        body.insert(QStringLiteral("email"), user.email);
    if (!user.firstName.isEmpty())
        body.insert(QStringLiteral("firstName"), user.firstName);
    if (!user.lastName.isEmpty())
        body.insert(QStringLiteral("lastName"), user.lastName);
    QJsonObject attributes;
    const QVariantMap nested = user.attributes.value(attributesKey).toMap();
    for (auto it = nested.cbegin(); it != nested.cend(); ++it)
        attributes.insert(it.key(), stringsOf(it.value()));
    for (auto it = user.attributes.cbegin(); it != user.attributes.cend(); ++it) {
        if (!isRepresentationField(it.key()) && !stringsOf(it.value()).isEmpty())
            attributes.insert(it.key(), stringsOf(it.value()));
    }
    if (!attributes.isEmpty())
        body.insert(attributesKey, attributes);
    const QJsonArray requiredActions = stringsOf(user.attributes.value(QStringLiteral("requiredActions")));
    if (!requiredActions.isEmpty())
        body.insert(QStringLiteral("requiredActions"), requiredActions);
    if (!edit.password.isEmpty())
        body.insert(QStringLiteral("credentials"),
                    QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("password")},
                                           {QStringLiteral("value"), edit.password},
                                           {QStringLiteral("temporary"), edit.temporaryPassword}}});
    return HttpRequest::json("POST", admin(profile, QStringLiteral("/users")), JsonReader::compact(body));
}

QString KeycloakDialect::createdId(const HttpResponse& response)
{
    const QUrl location(QString::fromUtf8(response.header("Location")));
    const QString path = location.path();
    if (!path.contains(QLatin1String("/users/")))
        return {};
    return path.section(QLatin1Char('/'), -1);
}

QJsonObject KeycloakDialect::mergedRepresentation(const QJsonObject& current, const User& before,
                                                  const UserEdit& after)
{
    QJsonObject body = current;
    const User& user = after.user;
    // Only what the form changed: a field it did not show keeps the server's value.
    if (user.username != before.username && !user.username.isEmpty())
        body.insert(QStringLiteral("username"), user.username);
    if (user.email != before.email)
        body.insert(QStringLiteral("email"), user.email);
    if (user.firstName != before.firstName)
        body.insert(QStringLiteral("firstName"), user.firstName);
    if (user.lastName != before.lastName)
        body.insert(QStringLiteral("lastName"), user.lastName);
    if (user.enabled != before.enabled)
        body.insert(QStringLiteral("enabled"), user.enabled);
    QJsonObject attributes = body.value(attributesKey).toObject();
    // Attributes the form changed, by name at the top level or in the nested map.
    for (auto it = user.attributes.cbegin(); it != user.attributes.cend(); ++it) {
        if (!isRepresentationField(it.key()) && it.value() != before.attributes.value(it.key())) {
            const QJsonArray values = stringsOf(it.value());
            if (values.isEmpty())
                attributes.remove(it.key());
            else
                attributes.insert(it.key(), values);
        }
    }
    const QVariantMap wanted = user.attributes.value(attributesKey).toMap();
    const QVariantMap had = before.attributes.value(attributesKey).toMap();
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (it.value() != had.value(it.key()))
            attributes.insert(it.key(), stringsOf(it.value()));
    }
    for (auto it = had.cbegin(); it != had.cend(); ++it) {
        if (user.attributes.contains(attributesKey) && !wanted.contains(it.key()))
            attributes.remove(it.key());
    }
    body.insert(attributesKey, attributes);
    const QVariant actions = user.attributes.value(QStringLiteral("requiredActions"));
    if (actions != before.attributes.value(QStringLiteral("requiredActions")) && actions.isValid())
        body.insert(QStringLiteral("requiredActions"), stringsOf(actions));
    // What AuthDesk added for display only is no part of the representation.
    body.remove(clientRolesKey);
    body.remove(QStringLiteral("userProfileMetadata"));
    return body;
}

HttpRequest KeycloakDialect::putUserRequest(const Profile& profile, const QString& id,
                                            const QJsonObject& body) const
{
    if (id.isEmpty())
        return {};
    return HttpRequest::json("PUT", userPath(profile, id), JsonReader::compact(body));
}

HttpRequest KeycloakDialect::resetPasswordRequest(const Profile& profile, const QString& id,
                                                  const QString& password, bool temporary) const
{
    if (id.isEmpty() || password.isEmpty())
        return {};
    const QJsonObject body{{QStringLiteral("type"), QStringLiteral("password")},
                           {QStringLiteral("value"), password},
                           {QStringLiteral("temporary"), temporary}};
    return HttpRequest::json("PUT", userPath(profile, id) + QStringLiteral("/reset-password"),
                             JsonReader::compact(body));
}

HttpRequest KeycloakDialect::deleteUserRequest(const Profile& profile, const User& user) const
{
    if (user.id.isEmpty())
        return {};
    return HttpRequest::withoutBody("DELETE", userPath(profile, user.id));
}

Result<User> KeycloakDialect::parseUser(const HttpResponse& response) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    User user = JsonReader::userFrom(body.value(), userMap);
    if (user.id.isEmpty())
        return JsonReader::malformed(QStringLiteral("a user without id"));
    return user;
}

HttpRequest KeycloakDialect::roleMappingsRequest(const Profile& profile, const QString& id) const
{
    if (id.isEmpty())
        return {};
    return HttpRequest::get(userPath(profile, id) + QStringLiteral("/role-mappings"));
}

HttpRequest KeycloakDialect::lockStatusRequest(const Profile& profile, const QString& id) const
{
    if (id.isEmpty())
        return {};
    return HttpRequest::get(lockPath(profile, id));
}

HttpRequest KeycloakDialect::unlockRequest(const Profile& profile, const QString& id) const
{
    if (id.isEmpty())
        return {};
    return HttpRequest::withoutBody("DELETE", lockPath(profile, id));
}

Result<User> KeycloakDialect::withLockStatus(const User& user, const HttpResponse& status)
{
    const Result<QJsonObject> body = JsonReader::parseObject(status);
    if (!body.ok())
        return body.error();
    const QJsonObject lock = body.value();
    if (!lock.value(QStringLiteral("disabled")).toBool())
        return user;
    User locked = user;
    locked.enabled = false;
    const int failures = lock.value(QStringLiteral("numFailures")).toInt();
    const QString from = lock.value(QStringLiteral("lastIPFailure")).toString();
    locked.attributes.insert(
        lockKey, from.isEmpty() ? tr("Locked after %n failed sign-in(s); enabling the user unlocks it.", nullptr, failures)
                                : tr("Locked after %n failed sign-in(s), the last from %1; enabling the user unlocks it.",
                                     nullptr, failures)
                                      .arg(from));
    return locked;
}

Result<User> KeycloakDialect::withRoleMappings(const User& user, const HttpResponse& mappings)
{
    Result<QJsonObject> body = JsonReader::parseObject(mappings);
    if (!body.ok())
        return body.error();
    User complete = user;
    complete.roles.clear();
    for (const QJsonValue& role : body.value().value(QStringLiteral("realmMappings")).toArray())
        complete.roles << role.toObject().value(QStringLiteral("name")).toString();
    complete.roles.removeAll(QString());
    // Client roles are shown as "client: role", read-only.
    QStringList clientRoles;
    const QJsonObject clients = body.value().value(QStringLiteral("clientMappings")).toObject();
    for (auto it = clients.constBegin(); it != clients.constEnd(); ++it) {
        for (const QJsonValue& role : it.value().toObject().value(QStringLiteral("mappings")).toArray())
            clientRoles << it.key() + QStringLiteral(": ") +
                               role.toObject().value(QStringLiteral("name")).toString();
    }
    if (!clientRoles.isEmpty())
        complete.attributes.insert(clientRolesKey, clientRoles);
    return complete;
}

HttpRequest KeycloakDialect::userGroupsRequest(const Profile& profile, const QString& userId) const
{
    if (userId.isEmpty())
        return {};
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("briefRepresentation"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("max"), QString::number(maxGroups)); // Keycloak gives 100 unless asked
    return HttpRequest::get(userPath(profile, userId) + QStringLiteral("/groups"), q);
}

Result<User> KeycloakDialect::withGroups(const User& user, const HttpResponse& groups)
{
    const Result<QList<Group>> listed = parseGroups(groups);
    if (!listed.ok())
        return listed.error();
    QStringList paths;
    for (const Group& group : listed.value())
        paths << group.path;
    paths.sort();
    User complete = user;
    complete.attributes.insert(groupsKey, paths);
    return complete;
}

HttpRequest KeycloakDialect::groupsRequest(const Profile& profile, const QString& parentId, int first,
                                           int max) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("briefRepresentation"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("first"), QString::number(first));
    q.addQueryItem(QStringLiteral("max"), QString::number(max));
    const QString path = parentId.isEmpty()
                             ? QStringLiteral("/groups")
                             : QStringLiteral("/groups/") + HttpRequest::segment(parentId) + QStringLiteral("/children");
    return HttpRequest::get(admin(profile, path), q);
}

Result<QList<KeycloakDialect::Group>> KeycloakDialect::parseGroups(const HttpResponse& response)
{
    return JsonReader::parseObjects<Group>(
        response, QStringLiteral("expected a list of groups"), [](const QJsonObject& o) -> std::optional<Group> {
            Group group{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("path")).toString(),
                        o.value(QStringLiteral("subGroupCount")).toInt()};
            if (group.id.isEmpty() || group.path.isEmpty())
                return std::nullopt;
            return group;
        });
}

HttpRequest KeycloakDialect::membershipRequest(const Profile& profile, const QString& userId,
                                               const QString& groupId, const QByteArray& method) const
{
    if (userId.isEmpty() || groupId.isEmpty())
        return {};
    return HttpRequest::withoutBody(method, userPath(profile, userId) + QStringLiteral("/groups/") +
                                                HttpRequest::segment(groupId));
}

HttpRequest KeycloakDialect::listRolesRequest(const Profile& profile) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("briefRepresentation"), QStringLiteral("true"));
    return HttpRequest::get(admin(profile, QStringLiteral("/roles")), q);
}

Result<QList<RoleDefinition>> KeycloakDialect::parseRoles(const HttpResponse& response) const
{
    Result<QList<RoleDefinition>> listed = JsonReader::parseObjects<RoleDefinition>(
        response, QStringLiteral("expected a list of roles"), [](const QJsonObject& o) -> std::optional<RoleDefinition> {
            RoleDefinition role;
            role.name = o.value(QStringLiteral("name")).toString();
            if (role.name.isEmpty())
                return std::nullopt;
            role.description = describeRole(o);
            if (o.value(QStringLiteral("composite")).toBool()) {
                role.assignable = false;
                role.whyReadOnly = compositeReason();
            }
            return role;
        });
    if (!listed.ok())
        return listed;
    QList<RoleDefinition> roles = listed.value();
    std::sort(roles.begin(), roles.end(),
              [](const RoleDefinition& a, const RoleDefinition& b) { return a.name < b.name; });
    return roles;
}

HttpRequest KeycloakDialect::roleMappingRequest(const Profile& profile, const QString& id,
                                                const QByteArray& method, const QJsonArray& roles) const
{
    if (id.isEmpty() || roles.isEmpty())
        return {};
    return HttpRequest::json(method, userPath(profile, id) + QStringLiteral("/role-mappings/realm"),
                             QJsonDocument(roles).toJson(QJsonDocument::Compact));
}

// ===== Sessions =====

HttpRequest KeycloakDialect::listSessionsRequest(const Profile& profile, const User& user) const
{
    if (user.id.isEmpty())
        return {};
    return HttpRequest::get(userPath(profile, user.id) + QStringLiteral("/sessions"));
}

Result<QList<Session>> KeycloakDialect::parseSessions(const HttpResponse& response) const
{
    return JsonReader::parseObjects<Session>(
        response, QStringLiteral("expected a list of sessions"), [](const QJsonObject& o) -> std::optional<Session> {
            Session s;
            s.id = o.value(QStringLiteral("id")).toString();
            if (s.id.isEmpty())
                return std::nullopt;
            s.userId = o.value(QStringLiteral("userId")).toString();
            s.username = o.value(QStringLiteral("username")).toString();
            // start and lastAccess are milliseconds since the epoch.
            s.startedAt = QDateTime::fromMSecsSinceEpoch(o.value(QStringLiteral("start")).toInteger(), Utc::zone);
            s.lastActivityAt =
                QDateTime::fromMSecsSinceEpoch(o.value(QStringLiteral("lastAccess")).toInteger(), Utc::zone);
            s.ipAddress = o.value(QStringLiteral("ipAddress")).toString();
            QStringList clients;
            const QJsonObject byId = o.value(QStringLiteral("clients")).toObject();
            for (const QJsonValue& client : byId)
                clients << client.toString();
            clients.sort();
            // Keycloak knows no user agent; the clients signed in through are what tells sessions apart.
            s.userAgent = clients.join(QLatin1String(", "));
            s.attributes =
                JsonReader::otherFields(o, {"id", "userId", "username", "start", "lastAccess", "ipAddress"});
            s.attributes.insert(QStringLiteral("clients"), clients);
            return s;
        });
}

HttpRequest KeycloakDialect::revokeSessionRequest(const Profile& profile, const Session& session) const
{
    if (session.id.isEmpty())
        return {};
    return HttpRequest::withoutBody("DELETE", admin(profile, QStringLiteral("/sessions/") + HttpRequest::segment(session.id)));
}

HttpRequest KeycloakDialect::revokeAllSessionsRequest(const Profile& profile, const User& user) const
{
    if (user.id.isEmpty())
        return {};
    return HttpRequest::withoutBody("POST", userPath(profile, user.id) + QStringLiteral("/logout"));
}

HttpRequest KeycloakDialect::consentsRequest(const Profile& profile, const QString& userId) const
{
    if (userId.isEmpty())
        return {};
    return HttpRequest::get(userPath(profile, userId) + QStringLiteral("/consents"));
}

HttpRequest KeycloakDialect::offlineSessionsRequest(const Profile& profile, const QString& userId,
                                                    const QString& clientUuid) const
{
    if (userId.isEmpty() || clientUuid.isEmpty())
        return {};
    return HttpRequest::get(userPath(profile, userId) + QStringLiteral("/offline-sessions/") +
                            HttpRequest::segment(clientUuid));
}

HttpRequest KeycloakDialect::revokeConsentRequest(const Profile& profile, const QString& userId,
                                                  const QString& clientId) const
{
    if (userId.isEmpty() || clientId.isEmpty())
        return {};
    return HttpRequest::withoutBody("DELETE", userPath(profile, userId) + QStringLiteral("/consents/") +
                                                  HttpRequest::segment(clientId));
}

Result<QList<std::pair<QString, QString>>> KeycloakDialect::offlineClients(const HttpResponse& consents)
{
    const Result<QJsonArray> list = JsonReader::parseArray(consents, QStringLiteral("expected a list of consents"));
    if (!list.ok())
        return list.error();
    QList<std::pair<QString, QString>> clients;
    for (const QJsonValue& consent : list.value()) {
        const QString clientId = consent[QStringLiteral("clientId")].toString();
        for (const QJsonValue& grant : consent[QStringLiteral("additionalGrants")].toArray()) {
            const QString uuid = grant[QStringLiteral("client")].toString();
            if (grant[QStringLiteral("key")].toString() == QLatin1String("Offline Token") && !uuid.isEmpty() &&
                !clientId.isEmpty())
                clients.append({clientId, uuid});
        }
    }
    return clients;
}

Result<QList<Session>> KeycloakDialect::parseOfflineSessions(const HttpResponse& response,
                                                             const QString& clientId) const
{
    Result<QList<Session>> sessions = parseSessions(response);
    if (!sessions.ok())
        return sessions;
    for (Session& s : sessions.value()) {
        s.attributes.insert(QStringLiteral("offline"), true);
        s.attributes.insert(QStringLiteral("offlineClientId"), clientId);
        s.userAgent = tr("offline token: %1").arg(s.userAgent.isEmpty() ? clientId : s.userAgent);
    }
    return sessions;
}

Plan<QList<Session>> KeycloakDialect::withOfflineSessions(const Profile& profile, const QString& userId,
                                                          QList<Session> sessions,
                                                          QList<std::pair<QString, QString>> clients) const
{
    if (clients.isEmpty())
        return Plan<QList<Session>>(sessions);
    const auto [clientId, uuid] = clients.takeFirst();
    return Plan<QList<Session>>::send(
        offlineSessionsRequest(profile, userId, uuid),
        [this, profile, userId, sessions, clients, clientId = clientId](const HttpResponse& r) {
            const Result<QList<Session>> offline = parseOfflineSessions(r, clientId);
            if (!offline.ok())
                return Plan<QList<Session>>(offline.error());
            return withOfflineSessions(profile, userId, sessions + offline.value(), clients);
        });
}

// ===== API keys =====

QString KeycloakDialect::apiKeyClientId(const QString& name)
{
    // A clientId that reads like the name: lower case, words joined by hyphens.
    QString slug;
    for (const QChar c : name.trimmed().toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QString() : QStringLiteral("apikey-") + slug;
}

HttpRequest KeycloakDialect::listApiKeysRequest(const Profile& profile) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("clientId"), QStringLiteral("apikey-"));
    q.addQueryItem(QStringLiteral("search"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("first"), QStringLiteral("0"));
    q.addQueryItem(QStringLiteral("max"), QStringLiteral("1000"));
    return HttpRequest::get(admin(profile, QStringLiteral("/clients")), q);
}

Result<QList<ApiKey>> KeycloakDialect::parseApiKeys(const HttpResponse& response) const
{
    return JsonReader::parseObjects<ApiKey>(
        response, QStringLiteral("expected a list of clients"), [](const QJsonObject& o) -> std::optional<ApiKey> {
            const QString clientId = o.value(QStringLiteral("clientId")).toString();
            // The search is infix: only the service-account clients named like keys are keys.
            if (!clientId.startsWith(QLatin1String("apikey-")) ||
                !o.value(QStringLiteral("serviceAccountsEnabled")).toBool())
                return std::nullopt;
            ApiKey key;
            key.id = o.value(QStringLiteral("id")).toString();
            key.name = o.value(QStringLiteral("name")).toString();
            if (key.name.isEmpty())
                key.name = clientId;
            key.description = o.value(QStringLiteral("description")).toString();
            key.owner = key.ownerId = QStringLiteral("service-account-") + clientId;
            key.enabled = o.value(QStringLiteral("enabled")).toBool(true);
            const QJsonObject attributes = o.value(QStringLiteral("attributes")).toObject();
            bool ok = false;
            const qint64 created =
                attributes.value(QStringLiteral("client.secret.creation.time")).toString().toLongLong(&ok);
            if (ok)
                key.createdAt = QDateTime::fromSecsSinceEpoch(created, Utc::zone);
            // Only what identifies the client: the body also holds its secret, in clear.
            key.attributes = {{QStringLiteral("clientId"), clientId}};
            return key;
        });
}

HttpRequest KeycloakDialect::createApiKeyRequest(const Profile& profile, const ApiKeyRequest& request) const
{
    // No owner, expiry or roles can be given to a client here: refused rather than lost.
    const QString clientId = apiKeyClientId(request.name);
    if (clientId.isEmpty() || !request.ownerId.isEmpty() || request.expiresAt.isValid() ||
        !request.scopes.isEmpty())
        return {};
    const QJsonObject body{{QStringLiteral("clientId"), clientId},
                           {QStringLiteral("name"), request.name.trimmed()},
                           {QStringLiteral("description"), request.description},
                           {QStringLiteral("enabled"), true},
                           {QStringLiteral("protocol"), QStringLiteral("openid-connect")},
                           {QStringLiteral("publicClient"), false},
                           {QStringLiteral("clientAuthenticatorType"), QStringLiteral("client-secret")},
                           {QStringLiteral("serviceAccountsEnabled"), true},
                           {QStringLiteral("standardFlowEnabled"), false},
                           {QStringLiteral("implicitFlowEnabled"), false},
                           {QStringLiteral("directAccessGrantsEnabled"), false}};
    return HttpRequest::json("POST", admin(profile, QStringLiteral("/clients")), JsonReader::compact(body));
}

HttpRequest KeycloakDialect::clientSecretRequest(const Profile& profile, const QString& clientUuid) const
{
    if (clientUuid.isEmpty())
        return {};
    return HttpRequest::get(
        admin(profile, QStringLiteral("/clients/") + HttpRequest::segment(clientUuid) + QStringLiteral("/client-secret")));
}

HttpRequest KeycloakDialect::revokeApiKeyRequest(const Profile& profile, const ApiKey& key) const
{
    if (key.id.isEmpty())
        return {};
    return HttpRequest::withoutBody("DELETE", admin(profile, QStringLiteral("/clients/") + HttpRequest::segment(key.id)));
}

// ===== Errors =====

ServerError KeycloakDialect::readError(const HttpResponse& response) const
{
    if (response.isSuccess())
        return {};
    ServerError error = commonError(response);
    const QJsonObject body = errorDocument(response).object();
    // Validation errors: several in errors[], or one with its field beside errorMessage.
    const QJsonArray several = body.value(QStringLiteral("errors")).toArray();
    if (!several.isEmpty()) {
        QStringList words;
        for (const QJsonValue& one : several)
            words << validationWords(one.toObject(), &error.field);
        error.message = words.join(QLatin1String("; "));
    } else if (body.contains(QStringLiteral("errorMessage")) &&
               (body.contains(QStringLiteral("field")) || body.contains(QStringLiteral("params")))) {
        error.message = validationWords(body, &error.field);
    }
    const QString words = error.message;
    const QString code = error.code;
    if (code == QLatin1String("invalid_grant")) {
        // The token endpoint's refusals come as 400 (before Keycloak 26: 401).
        if (words == QLatin1String("Invalid user credentials"))
            error.reason = ServerError::Reason::WrongCredentials;
        else if (words.contains(QLatin1String("disabled"), Qt::CaseInsensitive))
            error.reason = ServerError::Reason::AccountDisabled;
        else if (words.contains(QLatin1String("not fully set up")))
            error.sentence = tr("Keycloak refused the sign-in: the account has required actions pending "
                                "(a new password, a verified email); complete them in a browser first.");
        else
            error.reason = ServerError::Reason::SessionEnded; // "Session not active", "Stale token", ...
        return error;
    }
    if (code == QLatin1String("unauthorized_client") || code == QLatin1String("invalid_client")) {
        error.sentence = tr("Keycloak refused the client: check the profile's client ID and, for client "
                            "credentials, its secret.");
        return error;
    }
    switch (response.status) {
    case 401:
        error.reason = ServerError::Reason::SessionEnded;
        break;
    case 403:
        // Keycloak says no more than "HTTP 403 Forbidden"; what it means is a missing role.
        if (words.isEmpty() || words.startsWith(QLatin1String("HTTP 403")))
            error.sentence = tr("Keycloak refused: the signed-in account lacks the realm-management role "
                                "for this (manage-users to change users, view-users to read them).");
        break;
    case 404:
        if (words.startsWith(QLatin1String("HTTP 404")))
            error.reason = ServerError::Reason::NoSuchEndpoint;
        else if (words.startsWith(QLatin1String("Realm not found")))
            error.sentence = tr("Keycloak has no such realm: check the profile's realm names (they are "
                                "case-sensitive).");
        break;
    case 409:
        if (words.contains(QLatin1String("same username"))) {
            error.reason = ServerError::Reason::Duplicate;
            error.field = QStringLiteral("username");
        } else if (words.contains(QLatin1String("same email"))) {
            error.reason = ServerError::Reason::Duplicate;
            error.field = QStringLiteral("email");
        } else if (words.startsWith(QLatin1String("Client ")) &&
                   words.endsWith(QLatin1String("already exists"))) {
            error.reason = ServerError::Reason::Duplicate; // an API key of that name
            error.field = QStringLiteral("name");
        }
        break;
    default:
        break;
    }
    return error;
}

// ===== Operations =====

Plan<AuthState> KeycloakDialect::refresh(const Profile& profile, const AuthState& state) const
{
    return Plan<AuthState>::single(refreshRequest(profile, state), [this, profile](const HttpResponse& r) {
        return parseSignIn(r, profile);
    });
}

Plan<Done> KeycloakDialect::signOut(const Profile& profile, const AuthState& state) const
{
    return Plan<Done>::expect(signOutRequest(profile, state), Done{});
}

Plan<UserPage> KeycloakDialect::listUsers(const Profile& profile, const UserQuery& query) const
{
    const HttpRequest count = countUsersRequest(profile, query);
    return Plan<UserPage>::send(
        listUsersRequest(profile, query), [this, query, count](const HttpResponse& r) {
            Result<UserPage> page = parseUserPage(r, query);
            if (!page.ok())
                return Plan<UserPage>(page.error());
            // The same filter counted: the true total, and whether another page follows.
            return Plan<UserPage>::single(count, [query, page = page.value()](const HttpResponse& counted) {
                const Result<qint64> total = parseCount(counted);
                if (!total.ok())
                    return Result<UserPage>(total.error());
                UserPage complete = page;
                complete.total = total.value();
                complete.hasMore =
                    query.offset + complete.users.size() < complete.total && !complete.users.isEmpty();
                return Result<UserPage>(complete);
            });
        });
}

Plan<User> KeycloakDialect::getUser(const Profile& profile, const User& user) const
{
    if (user.id.isEmpty()) {
        // Named by username only (the command line): found by an exact match first.
        const QString username = user.username;
        return Plan<User>::send(findByUsernameRequest(profile, username), [this, profile,
                                                                           username](const HttpResponse& r) {
            const Result<UserPage> found = parseUserPage(r, UserQuery());
            if (!found.ok())
                return Plan<User>(found.error());
            for (const User& one : found.value().users) {
                if (one.username.compare(username, Qt::CaseInsensitive) == 0)
                    return getUser(profile, one);
            }
            return Plan<User>(ApiError::make(
                ApiError::Kind::NotFound, tr("Keycloak has no user named %1 in this realm.").arg(username)));
        });
    }
    const HttpRequest mappings = roleMappingsRequest(profile, user.id);
    const HttpRequest lock = lockStatusRequest(profile, user.id);
    const HttpRequest groups = userGroupsRequest(profile, user.id);
    return Plan<User>::send(getUserRequest(profile, user),
                            [this, mappings, lock, groups](const HttpResponse& r) {
                                const Result<User> read = parseUser(r);
                                if (!read.ok())
                                    return Plan<User>(read.error());
                                // Roles, lock and groups each need a right of their own: an account
                                // without it still sees the user, without that part.
                                return enriched(mappings, read.value(), &withRoleMappings)
                                    .then<User>([lock](const User& mapped) {
                                        return enriched(lock, mapped, &withLockStatus);
                                    })
                                    .then<User>([groups](const User& checked) {
                                        return enriched(groups, checked, &withGroups);
                                    });
                            })
        .orOnFailure([this, profile, user](const ApiError& error) {
            // Not a user id but a username (typed on the command line): looked up as such.
            static const QRegularExpression uuid(
                QStringLiteral("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"));
            if (error.kind != ApiError::Kind::NotFound || !user.username.isEmpty() ||
                uuid.match(user.id).hasMatch())
                return Plan<User>(error);
            User named;
            named.username = user.id;
            return getUser(profile, named);
        });
}

Plan<User> KeycloakDialect::createUser(const Profile& profile, const UserEdit& edit, const Secrets&) const
{
    const QStringList roles = edit.user.roles;
    const QVariant groups = edit.user.attributes.value(groupsKey);
    return Plan<User>::send(createUserRequest(profile, edit), [this, profile, roles, groups](const HttpResponse& r) {
        const QString id = createdId(r);
        if (id.isEmpty())
            return Plan<User>(JsonReader::malformed(QStringLiteral("no user id in the Location header")));
        Plan<User> created = readBack(this, profile, id);
        if (!roles.isEmpty()) {
            // The realm's default roles came with the new user; the form's roles are added to them.
            created = created.then<User>([this, profile, roles](const User& user) {
                QStringList wanted = user.roles;
                for (const QString& role : roles) {
                    if (!wanted.contains(role))
                        wanted << role;
                }
                return setRoles(profile, user, wanted);
            });
        }
        return created.then<User>([this, profile, groups](const User& user) {
            return changeGroups(profile, user, QVariant(), groups);
        });
    });
}

Plan<QList<KeycloakDialect::Group>> KeycloakDialect::realmGroups(const Profile& profile, QList<Group> found,
                                                                 QStringList parents, int first) const
{
    if (parents.isEmpty())
        return found;
    const QString parent = parents.first();
    return Plan<QList<Group>>::send(
        groupsRequest(profile, parent, first, groupPage),
        [this, profile, found, parents, first](const HttpResponse& r) {
            const Result<QList<Group>> page = parseGroups(r);
            if (!page.ok())
                return Plan<QList<Group>>(page.error());
            QList<Group> all = found;
            QStringList queue = parents;
            for (const Group& group : page.value()) {
                all << group;
                if (group.subGroupCount > 0)
                    queue << group.id;
            }
            if (all.size() > maxGroups)
                return Plan<QList<Group>>(ApiError::make(
                    ApiError::Kind::Server, tr("The realm lists more than %n group(s); AuthDesk stops there.",
                                               nullptr, maxGroups)));
            if (page.value().size() >= groupPage) // a full page: there may be more of this parent's
                return realmGroups(profile, all, queue, first + groupPage);
            queue.removeFirst();
            return realmGroups(profile, all, queue, 0);
        });
}

Plan<QList<FieldChoice>> KeycloakDialect::attributeColumns(const Profile& profile) const
{
    return Plan<QList<FieldChoice>>::single(HttpRequest::get(admin(profile, QStringLiteral("/users/profile"))),
                                            &KeycloakDialect::parseAttributeColumns);
}

Result<QList<FieldChoice>> KeycloakDialect::parseAttributeColumns(const HttpResponse& response)
{
    const Result<QJsonObject> config = JsonReader::parseObject(response);
    if (!config.ok())
        return config.error();
    QList<FieldChoice> columns;
    for (const QJsonValue& value : config.value().value(attributesKey).toArray()) {
        const QString name = value.toObject().value(QStringLiteral("name")).toString();
        if (name.isEmpty() || isRepresentationField(name))
            continue;
        // "${key}" names a message of the realm's theme, which the admin API does not resolve.
        QString label = value.toObject().value(QStringLiteral("displayName")).toString();
        if (label.isEmpty() || label.startsWith(QLatin1String("${")))
            label = name;
        columns << FieldChoice{attributesKey + QLatin1Char('.') + name, label};
    }
    return columns;
}

Plan<QList<FieldChoice>> KeycloakDialect::listChoices(const Profile& profile, const QString& fieldKey) const
{
    if (fieldKey != groupsKey)
        return Dialect::listChoices(profile, fieldKey);
    return realmGroups(profile, {}, {QString()}, 0).then<QList<FieldChoice>>([](const QList<Group>& groups) {
        QList<FieldChoice> choices;
        for (const Group& group : groups)
            choices << FieldChoice{group.path, group.path};
        std::sort(choices.begin(), choices.end(),
                  [](const FieldChoice& a, const FieldChoice& b) { return a.value < b.value; });
        return Plan<QList<FieldChoice>>(choices);
    });
}

Plan<User> KeycloakDialect::changeGroups(const Profile& profile, const User& written, const QVariant& shown,
                                         const QVariant& wanted) const
{
    // The difference from what the form showed: a user read without groups only joins.
    const QStringList had = shown.toStringList();
    const QStringList want = wanted.toStringList();
    QStringList joins;
    QStringList leaves;
    for (const QString& path : want) {
        if (!had.contains(path))
            joins << path;
    }
    for (const QString& path : had) {
        if (wanted.isValid() && !want.contains(path))
            leaves << path;
    }
    if (joins.isEmpty() && leaves.isEmpty())
        return written;
    const QString id = written.id;
    return realmGroups(profile, {}, {QString()}, 0).then<User>([this, profile, id, joins, leaves](const QList<Group>& groups) {
        QHash<QString, QString> ids;
        for (const Group& group : groups)
            ids.insert(group.path, group.id);
        QList<HttpRequest> steps;
        for (const QString& path : joins) {
            if (!ids.contains(path))
                return Plan<User>(ApiError::make(ApiError::Kind::Validation,
                                                 tr("Keycloak's realm has no group %1.").arg(path)));
            steps << membershipRequest(profile, id, ids.value(path), "PUT");
        }
        for (const QString& path : leaves) {
            if (ids.contains(path)) // a group deleted meanwhile holds nobody
                steps << membershipRequest(profile, id, ids.value(path), "DELETE");
        }
        // One after the other, then the user as the server has them now.
        Plan<User> plan = readBack(this, profile, id);
        for (auto step = steps.crbegin(); step != steps.crend(); ++step)
            plan = Plan<User>::send(*step, [plan](const HttpResponse&) { return plan; });
        return plan;
    });
}

Plan<User> KeycloakDialect::readChangeWrite(const Profile& profile, const User& user,
                                            std::function<QJsonObject(const QJsonObject&)> change,
                                            const QString& password, bool temporaryPassword) const
{
    const QString id = user.id;
    return Plan<User>::send(
        getUserRequest(profile, user), [this, profile, id, change, password, temporaryPassword](const HttpResponse& r) {
            const Result<QJsonObject> current = JsonReader::parseObject(r);
            if (!current.ok())
                return Plan<User>(current.error());
            const HttpRequest put = putUserRequest(profile, id, change(current.value()));
            return Plan<User>::send(put, [this, profile, id, password, temporaryPassword](const HttpResponse&) {
                if (password.isEmpty())
                    return readBack(this, profile, id);
                return Plan<User>::send(
                    resetPasswordRequest(profile, id, password, temporaryPassword),
                    [this, profile, id](const HttpResponse&) { return readBack(this, profile, id); });
            });
        });
}

Plan<User> KeycloakDialect::updateUser(const Profile& profile, const User& before,
                                       const UserEdit& after) const
{
    const QVariant shown = before.attributes.value(groupsKey);
    const QVariant wanted = after.user.attributes.value(groupsKey);
    return readChangeWrite(
               profile, before,
               [before, after](const QJsonObject& current) { return mergedRepresentation(current, before, after); },
               after.password, after.temporaryPassword)
        .then<User>([this, profile, shown, wanted](const User& written) {
            return changeGroups(profile, written, shown, wanted);
        });
}

Plan<Done> KeycloakDialect::deleteUser(const Profile& profile, const User& user) const
{
    return Plan<Done>::expect(deleteUserRequest(profile, user), Done{});
}

Plan<User> KeycloakDialect::setEnabled(const Profile& profile, const User& user, bool enabled) const
{
    const Plan<User> write = readChangeWrite(profile, user, [enabled](const QJsonObject& current) {
        QJsonObject body = current;
        body.insert(QStringLiteral("enabled"), enabled);
        return body;
    });
    if (!enabled)
        return write;
    // Enabling also lifts a brute-force lock: the user can sign in afterwards.
    return Plan<User>::send(unlockRequest(profile, user.id), [write](const HttpResponse&) { return write; });
}

Plan<User> KeycloakDialect::disable(const Profile& profile, const User& user, const DisableRequest&) const
{
    return setEnabled(profile, user, false);
}

Plan<User> KeycloakDialect::setRoles(const Profile& profile, const User& user, const QStringList& roles) const
{
    if (user.id.isEmpty())
        return Plan<User>::send(HttpRequest(), nullptr); // unsupported: a user not read from the server
    // The difference from what the caller saw: a user read without roles (a list row) only gains.
    const QString id = user.id;
    const QStringList had = user.roles;
    return Plan<User>::send(listRolesRequest(profile), [this, profile, id, had,
                                                        roles](const HttpResponse& r) {
        const Result<QJsonDocument> listed = JsonReader::parse(r);
        if (!listed.ok())
            return Plan<User>(listed.error());
        QHash<QString, QJsonObject> realmRoles;
        for (const QJsonValue& value : listed.value().array())
            realmRoles.insert(value.toObject().value(QStringLiteral("name")).toString(), value.toObject());
        QList<QJsonObject> added;
        QList<QJsonObject> removed;
        for (const QString& name : roles) {
            if (had.contains(name))
                continue;
            const auto role = realmRoles.constFind(name);
            if (role == realmRoles.cend())
                return Plan<User>(ApiError::make(ApiError::Kind::Validation,
                                                 tr("Keycloak's realm has no role named %1.").arg(name)));
            if (role->value(QStringLiteral("composite")).toBool())
                return Plan<User>(
                    ApiError::make(ApiError::Kind::Unsupported, tr("%1: %2").arg(name, compositeReason())));
            added << *role;
        }
        for (const QString& name : had) {
            const auto role = realmRoles.constFind(name);
            // Composite roles are not the editor's to remove; unknown names are not realm roles.
            if (roles.contains(name) || role == realmRoles.cend() ||
                role->value(QStringLiteral("composite")).toBool())
                continue;
            removed << *role;
        }
        const HttpRequest add = roleMappingRequest(profile, id, "POST", roleRefs(added));
        const HttpRequest remove = roleMappingRequest(profile, id, "DELETE", roleRefs(removed));
        auto afterRemove = [this, profile, id, remove]() {
            if (!remove.isValid())
                return readBack(this, profile, id);
            return Plan<User>::send(
                remove, [this, profile, id](const HttpResponse&) { return readBack(this, profile, id); });
        };
        if (!add.isValid())
            return afterRemove();
        return Plan<User>::send(add, [afterRemove](const HttpResponse&) { return afterRemove(); });
    });
}

Plan<QList<RoleDefinition>> KeycloakDialect::listRoles(const Profile& profile) const
{
    return Plan<QList<RoleDefinition>>::single(listRolesRequest(profile),
                                               [this](const HttpResponse& r) { return parseRoles(r); });
}

Plan<QList<Session>> KeycloakDialect::listSessions(const Profile& profile, const User& user) const
{
    const HttpRequest consents = consentsRequest(profile, user.id);
    const QString userId = user.id;
    return Plan<QList<Session>>::single(listSessionsRequest(profile, user),
                                        [this](const HttpResponse& r) { return parseSessions(r); })
        .then<QList<Session>>([this, profile, consents, userId](const QList<Session>& online) {
            return Plan<QList<Session>>::send(consents,
                                              [this, profile, userId, online](const HttpResponse& r) {
                                                  const auto clients = offlineClients(r);
                                                  if (!clients.ok())
                                                      return Plan<QList<Session>>(clients.error());
                                                  return withOfflineSessions(profile, userId, online, clients.value());
                                              })
                .orOnFailure([online](const ApiError&) {
                    // Without the right to read consents, the online sessions are what there is.
                    return Plan<QList<Session>>(online);
                });
        });
}

Plan<Done> KeycloakDialect::revokeSession(const Profile& profile, const User& user, const Session& session) const
{
    // An offline session ends with its client's consent: every offline token the user gave
    // that client goes with it.
    if (session.attributes.value(QStringLiteral("offline")).toBool())
        return Plan<Done>::expect(
            revokeConsentRequest(profile, user.id.isEmpty() ? session.userId : user.id,
                                 session.attributes.value(QStringLiteral("offlineClientId")).toString()),
            Done{});
    return Plan<Done>::expect(revokeSessionRequest(profile, session), Done{});
}

Plan<Done> KeycloakDialect::revokeAllSessions(const Profile& profile, const User& user) const
{
    return Plan<Done>::expect(revokeAllSessionsRequest(profile, user), Done{});
}

Plan<QList<ApiKey>> KeycloakDialect::listApiKeys(const Profile& profile, const User* owner) const
{
    // A service-account client belongs to the realm, not to a user: no user owns a key.
    if (owner)
        return QList<ApiKey>();
    return Plan<QList<ApiKey>>::single(listApiKeysRequest(profile),
                                       [this](const HttpResponse& r) { return parseApiKeys(r); });
}

Plan<IssuedApiKey> KeycloakDialect::createApiKey(const Profile& profile, const ApiKeyRequest& request) const
{
    return Plan<IssuedApiKey>::send(
        createApiKeyRequest(profile, request), [this, profile, request](const HttpResponse& r) {
            const QString uuid =
                QUrl(QString::fromUtf8(r.header("Location"))).path().section(QLatin1Char('/'), -1);
            if (uuid.isEmpty())
                return Plan<IssuedApiKey>(
                    JsonReader::malformed(QStringLiteral("no client id in the Location header")));
            // The secret is shown once, from the one answer that holds it for this purpose.
            return Plan<IssuedApiKey>::single(
                clientSecretRequest(profile, uuid), [uuid, request](const HttpResponse& s) {
                    const Result<QJsonObject> body = JsonReader::parseObject(s);
                    if (!body.ok())
                        return Result<IssuedApiKey>(body.error());
                    IssuedApiKey issued;
                    issued.secret = body.value().value(QStringLiteral("value")).toString();
                    if (issued.secret.isEmpty())
                        return Result<IssuedApiKey>(
                            JsonReader::malformed(QStringLiteral("the answer holds no secret")));
                    const QString clientId = apiKeyClientId(request.name);
                    issued.key.id = uuid;
                    issued.key.name = request.name.trimmed();
                    issued.key.description = request.description;
                    issued.key.owner = issued.key.ownerId = QStringLiteral("service-account-") + clientId;
                    issued.key.createdAt = QDateTime::currentDateTimeUtc();
                    issued.key.attributes = {{QStringLiteral("clientId"), clientId}};
                    return Result<IssuedApiKey>(issued);
                });
        });
}

Plan<Done> KeycloakDialect::revokeApiKey(const Profile& profile, const ApiKey& key) const
{
    return Plan<Done>::expect(revokeApiKeyRequest(profile, key), Done{});
}
