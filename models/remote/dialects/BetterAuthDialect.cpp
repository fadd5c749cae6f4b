#include "BetterAuthDialect.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkCookie>
#include <QRegularExpression>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BetterAuthDialect", text);
}

QString endpoint(const char* path)
{
    return BetterAuthDialect::basePath() + QLatin1String(path);
}

HttpRequest post(const char* path, const QJsonObject& body)
{
    return HttpRequest::json("POST", endpoint(path), JsonReader::compact(body));
}

// better-auth keeps several roles in one string: "admin,user".
QStringList rolesFrom(const QJsonValue& value)
{
    QStringList roles;
    const QStringList parts = value.isArray() ? QVariant(value.toArray().toVariantList()).toStringList()
                                              : value.toString().split(QLatin1Char(','));
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            roles << part.trimmed();
    }
    return roles;
}

QJsonValue roleValue(const QStringList& roles)
{
    return roles.size() == 1 ? QJsonValue(roles.first()) : QJsonValue(QJsonArray::fromStringList(roles));
}

QString nameOf(const User& user)
{
    const QString name = QString(user.firstName + QLatin1Char(' ') + user.lastName).trimmed();
    // better-auth requires a name: an email-only form falls back to the address's local part.
    return name.isEmpty() ? user.email.section(QLatin1Char('@'), 0, 0) : name;
}

User userFromJson(const QJsonObject& object)
{
    static const UserFieldMap map{QStringLiteral("id"),
                                  QStringLiteral("email"),
                                  QStringLiteral("email"),
                                  QString(),
                                  QString(),
                                  QStringLiteral("name"),
                                  QString(),
                                  QString(),
                                  QStringLiteral("createdAt"),
                                  QString()};
    User user = JsonReader::userFrom(object, map);
    // With the username plugin a user has a username of their own; otherwise the email is it.
    const QString username = object.value(QStringLiteral("username")).toString();
    if (!username.isEmpty())
        user.username = username;
    user.roles = rolesFrom(object.value(QStringLiteral("role")));
    // A ban whose end has passed no longer applies: better-auth lifts it at the next sign-in.
    const QDateTime banEnds = JsonReader::dateFrom(object.value(QStringLiteral("banExpires")));
    user.enabled = !object.value(QStringLiteral("banned")).toBool(false) ||
                   (banEnds.isValid() && banEnds <= QDateTime::currentDateTimeUtc());
    return user;
}

QString sortFieldFor(const QString& field, bool* inverted)
{
    *inverted = false;
    if (field == QLatin1String("username") || field == QLatin1String("email"))
        return QStringLiteral("email");
    if (field == QLatin1String("name") || field == QLatin1String("firstName") ||
        field == QLatin1String("lastName") || field == QLatin1String("displayName"))
        return QStringLiteral("name");
    if (field == QLatin1String("roles"))
        return QStringLiteral("role");
    if (field == QLatin1String("createdAt") || field == QLatin1String("id"))
        return field;
    if (field == QLatin1String("enabled")) {
        *inverted = true; // enabled ascending = banned descending
        return QStringLiteral("banned");
    }
    // better-auth keeps no last-login time: that column is empty for everyone, any order fits.
    return {};
}

ApiKey apiKeyFrom(QJsonObject o)
{
    o.remove(QStringLiteral("key")); // never present in a list; never kept if it were
    ApiKey key;
    key.id = o.value(QStringLiteral("id")).toString();
    key.name = o.value(QStringLiteral("name")).toString();
    key.description =
        o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("description")).toString();
    key.ownerId =
        o.value(QStringLiteral("referenceId")).toString(o.value(QStringLiteral("userId")).toString());
    // `start` is the key's first characters, stored by the server for exactly this purpose.
    key.prefix =
        o.value(QStringLiteral("start")).toString(o.value(QStringLiteral("prefix")).toString()).left(8);
    const QJsonObject permissions = o.value(QStringLiteral("permissions")).toObject();
    for (auto it = permissions.begin(); it != permissions.end(); ++it) {
        for (const QJsonValue& action : it.value().toArray())
            key.scopes << QString(it.key() + QLatin1Char(':') + action.toString());
    }
    key.createdAt = JsonReader::dateFrom(o.value(QStringLiteral("createdAt")));
    key.lastUsedAt = JsonReader::dateFrom(o.value(QStringLiteral("lastRequest")));
    key.expiresAt = JsonReader::dateFrom(o.value(QStringLiteral("expiresAt")));
    key.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    key.attributes = o.toVariantMap();
    return key;
}

} // namespace

QString BetterAuthDialect::displayName() const
{
    return tr("better-auth 1.7");
}

QByteArray BetterAuthDialect::originOf(const QUrl& baseUrl)
{
    QUrl origin =
        baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    const QString scheme = origin.scheme().toLower();
    if ((scheme == QLatin1String("https") && origin.port() == 443) ||
        (scheme == QLatin1String("http") && origin.port() == 80))
        origin.setPort(-1); // browsers leave default ports out of Origin
    return origin.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash).toUtf8();
}

Capabilities BetterAuthDialect::capabilities(const Profile&) const
{
    Capabilities c;
    for (Capability allowed :
         {Capability::ListUsers, Capability::ServerSearch, Capability::ServerSort, Capability::TotalCount,
          Capability::GetUser, Capability::CreateUser, Capability::UpdateUser, Capability::DeleteUser,
          Capability::SetRoles, Capability::SetEnabled, Capability::ListSessions, Capability::RevokeSession,
          Capability::RevokeAllSessions, Capability::ListApiKeys, Capability::CreateApiKey,
          Capability::RevokeApiKey, Capability::ApiKeyExpiry, Capability::SignOut})
        c.allow(allowed);
    c.allow(Capability::DisableReason); // a ban's banReason
    c.allow(Capability::DisableExpiry); // a ban's banExpiresIn
    c.deny(Capability::ApiKeyScopes,
           tr("better-auth sets a key's permissions on the server only; a key issued here has its owner's "
              "rights."));
    c.deny(Capability::ListAllSessions,
           tr("better-auth lists sessions per user only: open a user to see theirs."));
    c.deny(Capability::RefreshToken,
           tr("better-auth sessions are cookies that the server extends while in use; AuthDesk signs in "
              "again when one ends."));
    c.deny(Capability::UserActionsFromLinks, tr("better-auth does not advertise per-user actions."));
    return c;
}

RoleSet BetterAuthDialect::roleSet() const
{
    return {{{QStringLiteral("admin"), tr("Manages users, sessions and bans (admin plugin)"), true, {}, true},
             {QStringLiteral("user"), tr("Regular account (the admin plugin's default role)"), true, {}}}};
}

QList<UserField> BetterAuthDialect::userFields() const
{
    // No role editor here: better-auth roles are free-form lists ("support,user") that a
    // single-choice field would silently overwrite; roles change through setRoles.
    UserField password =
        UserField::make(QStringLiteral("password"), tr("Password"), UserField::Type::Password, true);
    password.minLength = 8; // better-auth's default minPasswordLength
    return {UserField::make(QStringLiteral("email"), tr("Email"), UserField::Type::Email, true, true),
            password, UserField::make(QStringLiteral("firstName"), tr("First name")),
            UserField::make(QStringLiteral("lastName"), tr("Last name"))};
}

HttpRequest BetterAuthDialect::signInRequest(const Profile& profile, const Secrets& secrets) const
{
    HttpRequest r =
        post("/sign-in/email", {{QStringLiteral("email"), profile.identity},
                                {QStringLiteral("password"), secrets.value(QStringLiteral("password"))},
                                {QStringLiteral("rememberMe"), true}});
    r.authenticated = false;
    r.cookieJar = false; // the session cookie lives in AuthState::cookies only
    r.setHeader("Origin", originOf(profile.baseUrl));
    return r;
}

Result<AuthState> BetterAuthDialect::parseSignIn(const HttpResponse& response, const Profile& profile) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    AuthState state;
    for (const auto& [name, value] : response.headers) {
        if (name.compare("set-cookie", Qt::CaseInsensitive) != 0)
            continue;
        // Qt joins repeated Set-Cookie headers with '\n'; parseCookies splits them again.
        for (const QNetworkCookie& cookie : QNetworkCookie::parseCookies(value)) {
            if (!cookie.value().isEmpty())
                state.cookies << cookie;
        }
    }
    const auto session =
        std::find_if(state.cookies.cbegin(), state.cookies.cend(),
                     [](const QNetworkCookie& c) { return c.name().endsWith("session_token"); });
    if (session == state.cookies.cend())
        return JsonReader::malformed(QStringLiteral("no session_token cookie in the sign-in answer"));
    const QJsonObject user = body.value().value(QStringLiteral("user")).toObject();
    state.tokenType = QStringLiteral("cookie");
    state.issuedAt = QDateTime::currentDateTimeUtc();
    // The cookie's Max-Age is the session's lifetime (7 days by default); a session cookie
    // without one lives until the server says otherwise.
    if (session->expirationDate().isValid())
        state.expiresAt = session->expirationDate().toUTC();
    state.userId = user.value(QStringLiteral("id")).toString();
    state.identity = user.value(QStringLiteral("email")).toString(profile.identity);
    state.scopes = rolesFrom(user.value(QStringLiteral("role")));
    return state;
}

HttpRequest BetterAuthDialect::signOutRequest(const AuthState&) const
{
    return post("/sign-out", {});
}

void BetterAuthDialect::authorize(HttpRequest& request, const AuthState& state, const Profile& profile,
                                  const Secrets&) const
{
    request.setHeader("Origin", originOf(profile.baseUrl));
    request.cookieJar = false;
    QList<QByteArray> pairs;
    for (const QNetworkCookie& cookie : state.cookies)
        pairs << cookie.toRawForm(QNetworkCookie::NameAndValueOnly);
    if (!pairs.isEmpty())
        request.setHeader("Cookie", pairs.join("; "));
}

HttpRequest BetterAuthDialect::listUsersRequest(const UserQuery& query) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    q.addQueryItem(QStringLiteral("offset"), QString::number(query.offset));
    const QString search = query.search.trimmed();
    if (search.startsWith(QLatin1String("name:"), Qt::CaseInsensitive)) {
        if (!search.mid(5).trimmed().isEmpty()) {
            q.addQueryItem(QStringLiteral("searchField"), QStringLiteral("name"));
            HttpRequest::addText(q, QStringLiteral("searchValue"), search.mid(5).trimmed());
        }
    } else if (!search.isEmpty()) {
        // better-auth stores emails lower-cased and its "contains" is case-sensitive.
        q.addQueryItem(QStringLiteral("searchField"), QStringLiteral("email"));
        HttpRequest::addText(q, QStringLiteral("searchValue"), search.toLower());
    }
    bool inverted = false;
    const QString sortBy = sortFieldFor(query.sortField, &inverted);
    if (!sortBy.isEmpty()) {
        const bool ascending = (query.sortOrder == Qt::AscendingOrder) != inverted;
        q.addQueryItem(QStringLiteral("sortBy"), sortBy);
        q.addQueryItem(QStringLiteral("sortDirection"),
                       ascending ? QStringLiteral("asc") : QStringLiteral("desc"));
    }
    return HttpRequest::get(endpoint("/admin/list-users"), q);
}

Result<UserPage> BetterAuthDialect::parseUserPage(const HttpResponse& response, const UserQuery& query) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    const QJsonValue users = body.value().value(QStringLiteral("users"));
    if (!users.isArray())
        return JsonReader::malformed(QStringLiteral("expected {users: [...], total}"));
    UserPage page;
    for (const QJsonValue& value : users.toArray())
        page.users << userFromJson(value.toObject());
    const QJsonValue total = body.value().value(QStringLiteral("total"));
    page.total = total.isDouble() ? total.toInteger() : -1;
    page.hasMore =
        page.total >= 0 ? query.offset + page.users.size() < page.total : page.users.size() == query.limit;
    return page;
}

HttpRequest BetterAuthDialect::getUserRequest(const User& user) const
{
    QUrlQuery q;
    HttpRequest::addText(q, QStringLiteral("id"), user.id);
    return HttpRequest::get(endpoint("/admin/get-user"), q);
}

HttpRequest BetterAuthDialect::createUserRequest(const UserEdit& edit, const Profile&, const Secrets&) const
{
    QJsonObject body{{QStringLiteral("email"), edit.user.email}, {QStringLiteral("name"), nameOf(edit.user)}};
    if (!edit.password.isEmpty())
        body.insert(QStringLiteral("password"), edit.password);
    if (!edit.user.roles.isEmpty())
        body.insert(QStringLiteral("role"), roleValue(edit.user.roles));
    if (!edit.user.enabled) {
        body.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("banned"), true},
                                                        {QStringLiteral("banReason"), banReason()}});
    }
    return post("/admin/create-user", body);
}

HttpRequest BetterAuthDialect::updateUserRequest(const User& before, const UserEdit& after) const
{
    QJsonObject data;
    if (after.user.email != before.email)
        data.insert(QStringLiteral("email"), after.user.email);
    if (after.user.firstName != before.firstName || after.user.lastName != before.lastName)
        data.insert(QStringLiteral("name"), nameOf(after.user));
    if (!after.user.roles.isEmpty() && after.user.roles != before.roles)
        data.insert(QStringLiteral("role"), roleValue(after.user.roles));
    if (after.user.enabled != before.enabled) {
        data.insert(QStringLiteral("banned"), !after.user.enabled);
        data.insert(QStringLiteral("banReason"), after.user.enabled ? QJsonValue() : QJsonValue(banReason()));
        if (after.user.enabled)
            data.insert(QStringLiteral("banExpires"), QJsonValue());
    }
    // better-auth refuses a password here (set-user-password is a separate call): it is sent
    // anyway so that the server's refusal reaches the form instead of the password vanishing.
    if (!after.password.isEmpty())
        data.insert(QStringLiteral("password"), after.password);
    return post("/admin/update-user",
                {{QStringLiteral("userId"), before.id}, {QStringLiteral("data"), data}});
}

HttpRequest BetterAuthDialect::deleteUserRequest(const User& user) const
{
    return post("/admin/remove-user", {{QStringLiteral("userId"), user.id}});
}

HttpRequest BetterAuthDialect::setRolesRequest(const User& user, const QStringList& roles) const
{
    QStringList cleaned;
    for (const QString& role : roles) {
        if (!role.trimmed().isEmpty() && !role.contains(QLatin1Char(',')))
            cleaned << role.trimmed();
    }
    if (cleaned.isEmpty() || cleaned.size() != roles.size())
        return {}; // every better-auth user has a role, and a comma would split one in two
    return post("/admin/set-role",
                {{QStringLiteral("userId"), user.id}, {QStringLiteral("role"), roleValue(cleaned)}});
}

HttpRequest BetterAuthDialect::setEnabledRequest(const User& user, bool enabled) const
{
    if (enabled)
        return post("/admin/unban-user", {{QStringLiteral("userId"), user.id}});
    return disableRequest(user, {});
}

HttpRequest BetterAuthDialect::disableRequest(const User& user, const DisableRequest& request) const
{
    // A ban also signs the user out everywhere (better-auth deletes their sessions).
    QJsonObject body{{QStringLiteral("userId"), user.id},
                     {QStringLiteral("banReason"),
                      request.reason.trimmed().isEmpty() ? banReason() : request.reason.trimmed()}};
    // better-auth takes seconds from now; 0 would mean "never", so a past time still ends at once.
    if (request.until.isValid())
        body.insert(QStringLiteral("banExpiresIn"),
                    qMax<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(request.until)));
    return post("/admin/ban-user", body);
}

Result<User> BetterAuthDialect::parseUser(const HttpResponse& response) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    // create-user, set-role, ban and unban wrap the user as {user}; get-user and update-user do not.
    const QJsonObject object = body.value().value(QStringLiteral("user")).isObject()
                                   ? body.value().value(QStringLiteral("user")).toObject()
                                   : body.value();
    User user = userFromJson(object);
    if (user.id.isEmpty())
        return JsonReader::malformed(QStringLiteral("a user without id"));
    return user;
}

HttpRequest BetterAuthDialect::listSessionsRequest(const User& user) const
{
    return post("/admin/list-user-sessions", {{QStringLiteral("userId"), user.id}});
}

Result<QList<Session>> BetterAuthDialect::parseSessions(const HttpResponse& response) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    const QJsonValue list = body.value().value(QStringLiteral("sessions"));
    if (!list.isArray())
        return JsonReader::malformed(QStringLiteral("expected {sessions: [...]}"));
    QList<Session> sessions;
    for (const QJsonValue& value : list.toArray()) {
        const QJsonObject o = value.toObject();
        Session s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.userId = o.value(QStringLiteral("userId")).toString();
        s.startedAt = JsonReader::dateFrom(o.value(QStringLiteral("createdAt")));
        s.lastActivityAt = JsonReader::dateFrom(o.value(QStringLiteral("updatedAt")));
        s.expiresAt = JsonReader::dateFrom(o.value(QStringLiteral("expiresAt")));
        s.ipAddress = o.value(QStringLiteral("ipAddress")).toString();
        s.userAgent = o.value(QStringLiteral("userAgent")).toString();
        // The token stays in memory for revoke-user-session; SecretFilter keeps it out of the cache.
        s.attributes = JsonReader::otherFields(
            o, {"id", "userId", "createdAt", "updatedAt", "expiresAt", "ipAddress", "userAgent"});
        sessions << s;
    }
    return sessions;
}

HttpRequest BetterAuthDialect::revokeSessionRequest(const User&, const Session& session) const
{
    const QString token = session.attributes.value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        return {}; // better-auth revokes by token only, and only a fresh session list has it
    return post("/admin/revoke-user-session", {{QStringLiteral("sessionToken"), token}});
}

HttpRequest BetterAuthDialect::revokeAllSessionsRequest(const User& user) const
{
    return post("/admin/revoke-user-sessions", {{QStringLiteral("userId"), user.id}});
}

HttpRequest BetterAuthDialect::listApiKeysRequest(const User* owner) const
{
    if (owner)
        return {}; // over HTTP, better-auth lists the signed-in account's keys only
    return HttpRequest::get(endpoint("/api-key/list"));
}

Result<QList<ApiKey>> BetterAuthDialect::parseApiKeys(const HttpResponse& response) const
{
    Result<QJsonDocument> document = JsonReader::parse(response);
    if (!document.ok())
        return document.error();
    // 1.7 answers {apiKeys, total}; earlier releases a bare array.
    const QJsonValue list = document.value().isArray()
                                ? QJsonValue(document.value().array())
                                : document.value().object().value(QStringLiteral("apiKeys"));
    if (!list.isArray())
        return JsonReader::malformed(QStringLiteral("expected {apiKeys: [...]}"));
    QList<ApiKey> keys;
    for (const QJsonValue& value : list.toArray())
        keys << apiKeyFrom(value.toObject());
    return keys;
}

HttpRequest BetterAuthDialect::createApiKeyRequest(const ApiKeyRequest& request) const
{
    // Another account's key and permissions can only be set by the server itself.
    if (!request.ownerId.isEmpty() || !request.scopes.isEmpty())
        return {};
    QJsonObject body;
    if (!request.name.isEmpty())
        body.insert(QStringLiteral("name"), request.name);
    if (request.expiresAt.isValid())
        body.insert(QStringLiteral("expiresIn"),
                    qMax<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(request.expiresAt)));
    // Descriptions travel as metadata, which the server must allow (enableMetadata).
    if (!request.description.isEmpty())
        body.insert(QStringLiteral("metadata"),
                    QJsonObject{{QStringLiteral("description"), request.description}});
    return post("/api-key/create", body);
}

Result<IssuedApiKey> BetterAuthDialect::parseIssuedApiKey(const HttpResponse& response) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    const QJsonObject o = body.value();
    IssuedApiKey issued;
    issued.secret = o.value(QStringLiteral("key")).toString();
    if (issued.secret.isEmpty())
        return JsonReader::malformed(QStringLiteral("the answer holds no key"));
    issued.key = apiKeyFrom(o);
    if (issued.key.id.isEmpty())
        return JsonReader::malformed(QStringLiteral("the issued key has no id"));
    if (issued.key.prefix.isEmpty())
        issued.key.prefix = issued.secret.left(6);
    if (!issued.key.createdAt.isValid())
        issued.key.createdAt = QDateTime::currentDateTimeUtc();
    return issued;
}

HttpRequest BetterAuthDialect::revokeApiKeyRequest(const ApiKey& key) const
{
    return post("/api-key/delete", {{QStringLiteral("keyId"), key.id}});
}

ServerError BetterAuthDialect::readError(const HttpResponse& response) const
{
    ServerError error = Dialect::readError(response); // {"message","code"}
    auto is = [&error](const char* name) { return error.code == QLatin1String(name); };
    using Reason = ServerError::Reason;
    switch (response.status) {
    case 401:
        error.reason = is("INVALID_EMAIL_OR_PASSWORD") ? Reason::WrongCredentials
                       : is("INVALID_API_KEY")         ? Reason::CredentialRefused
                                                       : Reason::SessionEnded;
        return error;
    case 403:
        if (is("BANNED_USER")) {
            error.reason = Reason::AccountDisabled;
        } else if (is("EMAIL_NOT_VERIFIED")) {
            error.kind = ApiError::Kind::Unauthorized;
            error.sentence = tr("This account's email address is not verified yet.");
        } else if (is("INVALID_ORIGIN") || is("MISSING_OR_NULL_ORIGIN")) {
            error.sentence = tr("better-auth refused AuthDesk's Origin: the profile's base URL must be the "
                                "server's baseURL or one of its trustedOrigins.");
        }
        return error;
    case 404:
        // better-auth answers an unknown path with an empty 404, a missing record with a message.
        if (response.body.trimmed().isEmpty()) {
            error.reason = Reason::NoSuchEndpoint;
            error.sentence = tr("The server has no such endpoint: check the base URL and that better-auth's "
                                "admin and API-key plugins are enabled.");
        }
        return error;
    default:
        break;
    }
    if (response.status < 400 || response.status >= 500 || response.status == 429)
        return error;

    if (is("USER_ALREADY_EXISTS") || is("USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL")) {
        error.reason = Reason::Duplicate;
        error.field = QStringLiteral("email");
    } else if (is("INVALID_EMAIL")) {
        error.field = QStringLiteral("email");
        error.sentence = tr("This does not look like an email address.");
    } else if (is("PASSWORD_TOO_SHORT") || is("PASSWORD_TOO_LONG")) {
        error.field = QStringLiteral("password");
    } else if (is("PASSWORD_CANNOT_BE_UPDATED_VIA_UPDATE_USER")) {
        error.field = QStringLiteral("password");
        error.sentence = tr("better-auth changes a password separately from the profile: leave the password "
                            "empty to save the other changes.");
    } else if (is("METADATA_DISABLED")) {
        error.field = QStringLiteral("description");
        error.sentence = tr("This server keeps no key descriptions (API-key metadata is disabled): leave the "
                            "description empty.");
    } else if (is("EXPIRES_IN_IS_TOO_SMALL") || is("EXPIRES_IN_IS_TOO_LARGE") ||
               is("KEY_DISABLED_EXPIRATION")) {
        error.field = QStringLiteral("expiresAt");
    } else if (is("VALIDATION_ERROR")) {
        // "[body.email] Invalid input: ..." names the field; the rest is the problem.
        static const QRegularExpression fieldPattern(QStringLiteral(R"(^\[(?:body|query)\.(\w+)\]\s*)"));
        const QRegularExpressionMatch match = fieldPattern.match(error.message);
        const QString field = match.captured(1);
        error.field = field == QLatin1String("name")   ? QStringLiteral("firstName")
                      : field == QLatin1String("role") ? QStringLiteral("roles")
                                                       : field;
        if (match.hasMatch())
            error.message = error.message.mid(match.capturedLength());
    }
    return error;
}
