#include "GlewlwydDialect.h"

#include "JsonReader.h"
#include "values/Utc.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkCookie>
#include <QRegularExpression>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("GlewlwydDialect", text);
}

// What Glewlwyd itself keeps for every user; anything else is a property of the user module
// (picture, user-code, ...) that a PUT deletes unless it is sent again.
bool isCoreField(const QString& key)
{
    static const QStringList core{QStringLiteral("username"), QStringLiteral("name"),
                                  QStringLiteral("email"),    QStringLiteral("scope"),
                                  QStringLiteral("enabled"),  QStringLiteral("password"),
                                  QStringLiteral("source"),   QStringLiteral("last_login")};
    return core.contains(key);
}

// The username is the key; `id` holds it for users read from the server.
QString keyOf(const User& user)
{
    return user.id.isEmpty() ? user.username : user.id;
}

QString userPath(const User& user)
{
    return QStringLiteral("/user/") + HttpRequest::segment(keyOf(user));
}

QString nameOf(const User& user)
{
    return QString(user.firstName + QLatin1Char(' ') + user.lastName).trimmed();
}

// Only a user as the server last described it carries its properties; writing from anything
// less would delete them.
bool readFromServer(const User& user)
{
    return user.attributes.contains(QStringLiteral("username"));
}

User userFromJson(const QJsonObject& object)
{
    static const UserFieldMap map{QStringLiteral("username"),
                                  QStringLiteral("username"),
                                  QStringLiteral("email"),
                                  QString(),
                                  QString(),
                                  QStringLiteral("name"),
                                  QStringLiteral("scope"),
                                  QStringLiteral("enabled"),
                                  QString(),
                                  QStringLiteral("last_login")};
    return JsonReader::userFrom(object, map);
}

// The whole user for a PUT or POST: the server replaces what it holds with this.
QJsonObject userBody(const User& user, const QVariantMap& properties, bool withScope)
{
    QJsonObject body;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        if (!isCoreField(it.key()))
            body.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    // An empty username makes 2.7.5 fail with 500; left out, it says which field is missing.
    if (!keyOf(user).isEmpty())
        body.insert(QStringLiteral("username"), keyOf(user));
    body.insert(QStringLiteral("name"), nameOf(user));
    body.insert(QStringLiteral("email"), user.email);
    body.insert(QStringLiteral("enabled"), user.enabled);
    // Left out, the scopes stay as they are; sent, they replace the user's scopes.
    if (withScope)
        body.insert(QStringLiteral("scope"), QJsonArray::fromStringList(user.roles));
    return body;
}

HttpRequest putUser(const User& user, const QJsonObject& body)
{
    return HttpRequest::json("PUT", userPath(user), JsonReader::compact(body));
}

QString delegatePath(const User& user)
{
    return QStringLiteral("/delegate/") + HttpRequest::segment(keyOf(user)) + QStringLiteral("/profile/session");
}

// limit=0 is Glewlwyd's "no limit" for the lists that are read whole.
QUrlQuery everything()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("0"));
    return q;
}

// Key lists give issued_at as a string of epoch seconds, session lists as a number.
QDateTime epochFrom(const QJsonValue& value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 seconds = value.toString().toLongLong(&ok);
        if (ok)
            return QDateTime::fromSecsSinceEpoch(seconds, Utc::zone);
    }
    return JsonReader::dateFrom(value);
}

QString hashOf(const QByteArray& data, QByteArray::Base64Options options)
{
    return QStringLiteral("{SHA512}") +
           QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha512)
                                   .toBase64(QByteArray::Base64UrlEncoding | options));
}

// Glewlwyd's 400 bodies are a JSON array of sentences: ["username already exist"].
QStringList messagesOf(const QJsonDocument& document)
{
    QStringList messages;
    const QJsonArray list = document.isArray() ? document.array() : QJsonArray();
    for (const QJsonValue& value : list) {
        if (!value.toString().trimmed().isEmpty())
            messages << value.toString().trimmed();
    }
    if (document.isObject()) {
        for (const QJsonValue& value : document.object())
            messages << value.toString();
    }
    messages.removeAll(QString());
    return messages;
}

QString fieldNamedIn(const QString& message)
{
    // "property 'user-code' must be a string value": an attribute of the user module.
    if (message.startsWith(QLatin1String("property '"))) {
        return message.section(QLatin1Char('\''), 1, 1);
    }
    for (const char* field : {"username", "password", "email", "name", "scope", "enabled"}) {
        if (message.startsWith(QLatin1String(field)))
            return QLatin1String(field) == QLatin1String("scope")  ? QStringLiteral("roles")
                   : QLatin1String(field) == QLatin1String("name") ? QStringLiteral("firstName")
                                                                   : QString::fromLatin1(field);
    }
    return {};
}

} // namespace

QString GlewlwydDialect::displayName() const
{
    return tr("Glewlwyd 2.7");
}

bool GlewlwydDialect::usesApiKey(const Profile& profile)
{
    return profile.settings.value(QStringLiteral("auth_method")).toString() == QLatin1String("api_key");
}

QString GlewlwydDialect::sessionHashOf(const QByteArray& cookieValue)
{
    return hashOf(cookieValue, QByteArray::OmitTrailingEquals);
}

QString GlewlwydDialect::keyHashOf(const QString& key)
{
    return hashOf(key.toUtf8(), QByteArray::KeepTrailingEquals);
}

Capabilities GlewlwydDialect::capabilities(const Profile& profile) const
{
    Capabilities c;
    for (Capability allowed :
         {Capability::ListUsers, Capability::ServerSearch, Capability::GetUser, Capability::CreateUser,
          Capability::UpdateUser, Capability::DeleteUser, Capability::SetRoles, Capability::SetEnabled,
          Capability::ListSessions, Capability::RevokeSession, Capability::RevokeAllSessions,
          Capability::ListApiKeys, Capability::CreateApiKey, Capability::RevokeApiKey, Capability::SignOut})
        c.allow(allowed);
    c.deny(Capability::ServerSort,
           tr("Glewlwyd lists users in its own order; AuthDesk sorts the loaded rows."));
    c.deny(
        Capability::TotalCount,
        tr("Glewlwyd does not say how many users match; AuthDesk loads pages until one comes back short."));
    c.deny(Capability::ListAllSessions,
           tr("Glewlwyd lists sessions per user only: open a user to see theirs."));
    c.deny(Capability::RefreshToken,
           tr("Glewlwyd sessions have no refresh token; AuthDesk types the stored password again when the "
              "admin scope asks for it."));
    c.deny(Capability::UserActionsFromLinks, tr("Glewlwyd does not advertise per-user actions."));
    // Its OpenID Connect plugin introspects and revokes the tokens it issued to clients; the
    // console's own sign-in is the admin API's session cookie (or an API key), which they do not know.
    const QString notOAuth = tr("The console holds a Glewlwyd session cookie or API key, not an OAuth token: "
                                "there is nothing for the OpenID Connect endpoints to check or revoke.");
    c.deny(Capability::TokenIntrospection, notOAuth);
    c.deny(Capability::TokenRevocation, notOAuth);
    if (!usesApiKey(profile))
        return c;
    const QString sessions = tr("Glewlwyd manages sessions only for an administrator signed in with a "
                                "password, not with an API key.");
    for (Capability denied :
         {Capability::ListSessions, Capability::RevokeSession, Capability::RevokeAllSessions})
        c.deny(denied, sessions);
    const QString keys = tr("Glewlwyd lets only an administrator signed in with a password list, issue or "
                            "disable API keys, not another API key.");
    for (Capability denied : {Capability::ListApiKeys, Capability::CreateApiKey, Capability::RevokeApiKey})
        c.deny(denied, keys);
    c.deny(Capability::SignOut, tr("An API key has no session to end: disable the key to stop it."));
    return c;
}

std::optional<Profile> GlewlwydDialect::profileFromDiscovery(const OidcDiscovery& server, const Profile& draft) const
{
    // An OpenID Connect plugin instance serves every endpoint at EXTERNAL_URL/API_PREFIX/NAME/...
    // with its keys at .../NAME/jwks (Keycloak's are at .../certs); the admin API is at
    // EXTERNAL_URL/API_PREFIX. The issuer is whatever the administrator typed, so it says nothing.
    static const QRegularExpression tokenEndpoint(QStringLiteral("^(.*)/[^/]+/token$"));
    const QString path = server.tokenEndpoint.path(QUrl::FullyEncoded);
    const QRegularExpressionMatch match = tokenEndpoint.match(path);
    if (!match.hasMatch() || server.jwksUri.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment) !=
                                 server.tokenEndpoint.resolved(QUrl(QStringLiteral("jwks"))))
        return std::nullopt;
    Profile profile = draft;
    profile.dialect = id();
    profile.baseUrl = server.tokenEndpoint.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    // An external_url ending in "/" doubles the slash before the prefix: the API answers both.
    profile.baseUrl.setPath(match.captured(1).replace(QRegularExpression(QStringLiteral("/{2,}")), QStringLiteral("/")),
                            QUrl::TolerantMode);
    return profile;
}

QList<SettingField> GlewlwydDialect::settingFields() const
{
    return {{QStringLiteral("auth_method"), tr("Sign in with (password or api_key)"), false, false,
             QStringLiteral("password")},
            {QStringLiteral("api_key"), tr("Admin API key, instead of a password"), true, false, QString()}};
}

QStringList GlewlwydDialect::requiredSecrets(const Profile& profile) const
{
    return {usesApiKey(profile) ? QStringLiteral("api_key") : QStringLiteral("password")};
}

RoleSet GlewlwydDialect::roleSet() const
{
    // The two scopes every Glewlwyd has (unless renamed in glewlwyd.conf); the server's own
    // list replaces these once it has been read.
    return {
        {{QStringLiteral("g_admin"), tr("Glewlwyd administration: access to the admin API"), true, {}, true},
         {QStringLiteral("g_profile"), tr("Glewlwyd profile: access to the user's own profile"), true, {}}}};
}

QList<UserField> GlewlwydDialect::userFields() const
{
    // The username is the user's key in Glewlwyd: chosen once, never renamed.
    return {UserField::make(QStringLiteral("username"), tr("Username"), UserField::Type::Text, true, false,
                            false),
            UserField::make(QStringLiteral("password"), tr("Password"), UserField::Type::Password),
            UserField::make(QStringLiteral("email"), tr("Email"), UserField::Type::Email),
            UserField::make(QStringLiteral("firstName"), tr("First name")),
            UserField::make(QStringLiteral("lastName"), tr("Last name"))};
}

HttpRequest GlewlwydDialect::signInRequest(const Profile& profile, const Secrets& secrets) const
{
    if (usesApiKey(profile)) {
        // A key is the credential itself: one cheap admin call shows whether the server takes it.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        HttpRequest r = HttpRequest::get(QStringLiteral("/user/"), q);
        r.setHeader("Authorization", "token " + secrets.value(QStringLiteral("api_key")).toUtf8());
        r.authenticated = false;
        r.cookieJar = false;
        return r;
    }
    HttpRequest r = HttpRequest::json(
        "POST", QStringLiteral("/auth"),
        JsonReader::compact({{QStringLiteral("username"), profile.identity},
                             {QStringLiteral("password"), secrets.value(QStringLiteral("password"))}}));
    r.authenticated = false;
    r.cookieJar = false; // the session cookie lives in AuthState::cookies only
    return r;
}

Result<AuthState> GlewlwydDialect::parseSignIn(const HttpResponse& response, const Profile& profile) const
{
    AuthState state;
    state.issuedAt = QDateTime::currentDateTimeUtc();
    if (usesApiKey(profile)) {
        Result<QJsonDocument> document = JsonReader::parse(response);
        if (!document.ok())
            return document.error();
        if (!document.value().isArray())
            return JsonReader::malformed(QStringLiteral("expected the list of users"));
        state.tokenType = QStringLiteral("token");
        state.accessToken = QStringLiteral("(api key)"); // the key itself stays in Secrets
        state.extra.insert(QStringLiteral("api_key"), true);
        state.identity = profile.identity.isEmpty() ? tr("API key") : profile.identity;
        state.scopes = {QStringLiteral("g_admin")};
        return state; // keys never expire: expiresAt stays invalid
    }
    for (const auto& [name, value] : response.headers) {
        if (name.compare("set-cookie", Qt::CaseInsensitive) != 0)
            continue;
        // Qt joins repeated Set-Cookie headers with '\n'; parseCookies splits them again.
        for (const QNetworkCookie& cookie : QNetworkCookie::parseCookies(value)) {
            if (!cookie.value().isEmpty())
                state.cookies << cookie;
        }
    }
    // The cookie's name is the server's session_key (GLEWLWYD2_SESSION_ID unless configured).
    if (state.cookies.isEmpty())
        return JsonReader::malformed(QStringLiteral("no session cookie in the answer to POST /auth"));
    const QNetworkCookie& session = state.cookies.first();
    state.tokenType = QStringLiteral("cookie");
    // expiresAt stays unknown: 2.7.5's cookie Expires is not the session's end (61 days out for
    // a 28-day session_expiration), and the admin scope's max age surfaces as a 401 anyway.
    state.sessionId = sessionHashOf(session.value());
    state.userId = profile.identity;
    state.identity = profile.identity;
    return state;
}

HttpRequest GlewlwydDialect::signOutRequest(const AuthState& state) const
{
    if (state.cookies.isEmpty())
        return {}; // an API key has no session
    return HttpRequest::withoutBody("DELETE", QStringLiteral("/auth"));
}

void GlewlwydDialect::authorize(HttpRequest& request, const AuthState& state, const Profile& profile,
                                const Secrets& secrets) const
{
    request.cookieJar = false;
    if (usesApiKey(profile)) {
        request.setHeader("Authorization", "token " + secrets.value(QStringLiteral("api_key")).toUtf8());
        return;
    }
    QList<QByteArray> pairs;
    for (const QNetworkCookie& cookie : state.cookies)
        pairs << cookie.toRawForm(QNetworkCookie::NameAndValueOnly);
    if (!pairs.isEmpty())
        request.setHeader("Cookie", pairs.join("; "));
}

HttpRequest GlewlwydDialect::listUsersRequest(const UserQuery& query) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("offset"), QString::number(query.offset));
    q.addQueryItem(QStringLiteral("limit"), QString::number(qMax(1, query.limit))); // 0 would mean all
    // Glewlwyd matches the pattern in username, name and email, ignoring case.
    if (!query.search.trimmed().isEmpty())
        HttpRequest::addText(q, QStringLiteral("pattern"), query.search.trimmed());
    return HttpRequest::get(QStringLiteral("/user/"), q);
}

Result<UserPage> GlewlwydDialect::parseUserPage(const HttpResponse& response, const UserQuery& query) const
{
    const Result<QJsonArray> list =
        JsonReader::parseArray(response, QStringLiteral("expected a list of users"));
    if (!list.ok())
        return list.error();
    UserPage page;
    for (const QJsonValue& value : list.value())
        page.users << userFromJson(value.toObject());
    page.hasMore = page.users.size() >= qMax(1, query.limit);
    return page;
}

HttpRequest GlewlwydDialect::getUserRequest(const User& user) const
{
    if (keyOf(user).isEmpty())
        return {};
    return HttpRequest::get(userPath(user));
}

HttpRequest GlewlwydDialect::createUserRequest(const UserEdit& edit, const Profile&, const Secrets&) const
{
    User user = edit.user;
    user.id.clear(); // a new user is named by its username alone
    QJsonObject body = userBody(user, user.attributes, true);
    // Without one the user exists but cannot sign in, which is what Glewlwyd allows.
    if (!edit.password.isEmpty())
        body.insert(QStringLiteral("password"), edit.password);
    return HttpRequest::json("POST", QStringLiteral("/user/"), JsonReader::compact(body));
}

HttpRequest GlewlwydDialect::updateUserRequest(const User& before, const UserEdit& after) const
{
    if (!readFromServer(before))
        return {};
    User user = after.user;
    user.id = keyOf(before);
    QVariantMap properties = before.attributes;
    for (auto it = after.user.attributes.cbegin(); it != after.user.attributes.cend(); ++it)
        properties.insert(it.key(), it.value());
    QJsonObject body = userBody(user, properties, after.user.roles != before.roles);
    if (!after.password.isEmpty())
        body.insert(QStringLiteral("password"), after.password);
    return putUser(user, body);
}

HttpRequest GlewlwydDialect::deleteUserRequest(const User& user) const
{
    if (keyOf(user).isEmpty())
        return {};
    return HttpRequest::withoutBody("DELETE", userPath(user));
}

HttpRequest GlewlwydDialect::setRolesRequest(const User& user, const QStringList& roles) const
{
    if (!readFromServer(user))
        return {};
    User changed = user;
    changed.roles = roles;
    return putUser(changed, userBody(changed, user.attributes, true));
}

HttpRequest GlewlwydDialect::setEnabledRequest(const User& user, bool enabled) const
{
    if (!readFromServer(user))
        return {};
    User changed = user;
    changed.enabled = enabled;
    return putUser(changed, userBody(changed, user.attributes, false));
}

Result<User> GlewlwydDialect::parseUser(const HttpResponse& response) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    User user = userFromJson(body.value());
    if (user.id.isEmpty())
        return JsonReader::malformed(QStringLiteral("a user without username"));
    return user;
}

HttpRequest GlewlwydDialect::listRolesRequest() const
{
    return HttpRequest::get(QStringLiteral("/scope/"), everything());
}

Result<QList<RoleDefinition>> GlewlwydDialect::parseRoles(const HttpResponse& response) const
{
    return JsonReader::parseObjects<RoleDefinition>(
        response, QStringLiteral("expected a list of scopes"), [](const QJsonObject& o) -> std::optional<RoleDefinition> {
            RoleDefinition role;
            role.name = o.value(QStringLiteral("name")).toString();
            if (role.name.isEmpty())
                return std::nullopt;
            const QString title = o.value(QStringLiteral("display_name")).toString().trimmed();
            const QString description = o.value(QStringLiteral("description")).toString().trimmed();
            role.description = title.isEmpty() || title == description ? description
                               : description.isEmpty()                 ? title
                                                       : title + QStringLiteral(": ") + description;
            return role;
        });
}

HttpRequest GlewlwydDialect::listSessionsRequest(const User& user) const
{
    if (keyOf(user).isEmpty())
        return {};
    return HttpRequest::get(delegatePath(user), everything());
}

Result<QList<Session>> GlewlwydDialect::parseSessions(const HttpResponse& response) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return JsonReader::parseObjects<Session>(
        response, QStringLiteral("expected a list of sessions"), [now](const QJsonObject& o) -> std::optional<Session> {
            Session s;
            s.id = o.value(QStringLiteral("session_hash")).toString();
            s.expiresAt = epochFrom(o.value(QStringLiteral("expiration")));
            // Revoked sessions stay listed as disabled, and expired ones until cleaned up: neither
            // signs anyone in any more.
            if (s.id.isEmpty() || !o.value(QStringLiteral("enabled")).toBool(true) ||
                (s.expiresAt.isValid() && s.expiresAt <= now))
                return std::nullopt;
            // Glewlwyd keeps the session's latest sign-in, not a separate start time.
            s.startedAt = epochFrom(o.value(QStringLiteral("last_login")));
            // issued_for is "address - forwarded address".
            s.ipAddress = o.value(QStringLiteral("issued_for")).toString().section(QStringLiteral(" - "), 0, 0);
            s.userAgent = o.value(QStringLiteral("user_agent")).toString();
            // issued_for stays: its forwarded address is not in ipAddress.
            s.attributes =
                JsonReader::otherFields(o, {"session_hash", "expiration", "last_login", "user_agent"});
            return s;
        });
}

HttpRequest GlewlwydDialect::revokeSessionRequest(const User& user, const Session& session) const
{
    if (keyOf(user).isEmpty() || session.id.isEmpty())
        return {};
    return HttpRequest::withoutBody("DELETE", delegatePath(user) + QLatin1Char('/') + HttpRequest::segment(session.id));
}

HttpRequest GlewlwydDialect::listApiKeysRequest(const User* owner) const
{
    if (owner)
        return {}; // Glewlwyd keys belong to the administrator who issued them, listed all together
    return HttpRequest::get(QStringLiteral("/key/"), everything());
}

Result<QList<ApiKey>> GlewlwydDialect::parseApiKeys(const HttpResponse& response) const
{
    return JsonReader::parseObjects<ApiKey>(
        response, QStringLiteral("expected a list of API keys"), [](const QJsonObject& o) -> std::optional<ApiKey> {
            ApiKey key;
            key.id = o.value(QStringLiteral("token_hash")).toString();
            key.enabled = o.value(QStringLiteral("enabled")).toBool(true);
            if (key.id.isEmpty() || !key.enabled)
                return std::nullopt; // a disabled key is revoked for good: Glewlwyd cannot enable it again
            // Keys have no name: a few characters of the hash tell them apart.
            key.name = key.id.section(QLatin1Char('}'), 1).left(8);
            key.owner = key.ownerId = o.value(QStringLiteral("username")).toString();
            key.createdAt = epochFrom(o.value(QStringLiteral("issued_at")));
            key.description = tr("Issued from %1 (%2)")
                                  .arg(o.value(QStringLiteral("issued_for")).toString(),
                                       o.value(QStringLiteral("user_agent")).toString());
            key.attributes = o.toVariantMap();
            return key;
        });
}

HttpRequest GlewlwydDialect::createApiKeyRequest(const ApiKeyRequest& request) const
{
    // Glewlwyd issues a key for the signed-in administrator and keeps nothing else about it:
    // the name only labels the key shown once; anything more would be silently lost.
    if (!request.ownerId.isEmpty() || !request.description.isEmpty() || request.expiresAt.isValid() ||
        !request.scopes.isEmpty())
        return {};
    return HttpRequest::withoutBody("POST", QStringLiteral("/key/"));
}

Result<IssuedApiKey> GlewlwydDialect::parseIssuedApiKey(const HttpResponse& response) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    IssuedApiKey issued;
    issued.secret = body.value().value(QStringLiteral("key")).toString();
    if (issued.secret.isEmpty())
        return JsonReader::malformed(QStringLiteral("the answer holds no key"));
    // The list names keys by their hash, so the new one can be found (and disabled) there.
    issued.key.id = keyHashOf(issued.secret);
    issued.key.name = issued.key.id.section(QLatin1Char('}'), 1).left(8);
    issued.key.prefix = issued.secret.left(4);
    issued.key.createdAt = QDateTime::currentDateTimeUtc();
    return issued;
}

HttpRequest GlewlwydDialect::revokeApiKeyRequest(const ApiKey& key) const
{
    if (key.id.isEmpty())
        return {};
    return HttpRequest::withoutBody("DELETE", QStringLiteral("/key/") + HttpRequest::segment(key.id));
}

ServerError GlewlwydDialect::readError(const HttpResponse& response) const
{
    ServerError error;
    if (response.isSuccess())
        return error;
    const QStringList messages = messagesOf(errorDocument(response));
    error.message = messages.join(QLatin1String("; "));
    switch (response.status) {
    case 400:
        // Its sentences are written for people ("scope must be a JSON array of string").
        error.messageIsSentence = true;
        for (const QString& message : messages) {
            if (message.contains(QLatin1String("already exist"))) {
                error.reason = ServerError::Reason::Duplicate;
                error.field = QStringLiteral("username");
                error.messageIsSentence = false;
                break;
            }
            if (error.field.isEmpty())
                error.field = fieldNamedIn(message);
        }
        break;
    case 401:
        // Only sign-in meets this here (Connection renews on any other 401): Glewlwyd says no
        // more than "unauthorized", whichever credential it refused.
        error.sentence = tr("Glewlwyd refused the sign-in: wrong username or password, a disabled account, "
                            "or an API key that is disabled or not accepted.");
        break;
    case 403:
        // Glewlwyd answers 403 for whole features its configuration turns off.
        error.sentence = tr("Glewlwyd's configuration turns this feature off; for API keys, set "
                            "admin_session_authentication=\"cookie,api_key\" in glewlwyd.conf.");
        break;
    default:
        break;
    }
    return error;
}

Plan<AuthState> GlewlwydDialect::signIn(const Profile& profile, const Secrets& secrets,
                                        const AuthState& current) const
{
    HttpRequest request = signInRequest(profile, secrets);
    if (current.isSignedIn() && request.isValid())
        authorize(request, current, profile, secrets);
    return Plan<AuthState>::single(
        request, [this, profile](const HttpResponse& r) { return parseSignIn(r, profile); });
}

Plan<User> GlewlwydDialect::createUser(const Profile& profile, const UserEdit& edit,
                                       const Secrets& secrets) const
{
    return writeThenReadBack(createUserRequest(edit, profile, secrets), edit.user);
}

Plan<User> GlewlwydDialect::updateUser(const Profile&, const User& before, const UserEdit& after) const
{
    // Read back under the name it had: the username is the key and never changes.
    User written = after.user;
    written.id = before.id;
    if (written.username.isEmpty())
        written.username = before.username;
    return writeThenReadBack(updateUserRequest(before, after), written);
}

Plan<User> GlewlwydDialect::setRoles(const Profile&, const User& user, const QStringList& roles) const
{
    return writeThenReadBack(setRolesRequest(user, roles), user);
}

Plan<User> GlewlwydDialect::setEnabled(const Profile&, const User& user, bool enabled) const
{
    return writeThenReadBack(setEnabledRequest(user, enabled), user);
}

Plan<Done> GlewlwydDialect::revokeAllSessions(const Profile& profile, const User& user) const
{
    return revokeEachListedSession(profile, user);
}
