#include "NebulaDialect.h"

#include "JsonReader.h"
#include "values/Utc.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("NebulaDialect", text);
}

bool usesApiKey(const Profile& profile)
{
    return profile.settings.value(QStringLiteral("auth_method")).toString() == QLatin1String("api_key");
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
                                  QStringLiteral("is_active"),
                                  QStringLiteral("created_at"),
                                  QStringLiteral("last_login_at")};
    User user = JsonReader::userFrom(object, map);
    user.roles = {object.value(QStringLiteral("is_staff")).toBool() ? QStringLiteral("staff")
                                                                    : QStringLiteral("member")};
    return user;
}

// Nebula wraps everything in {data, message, status}.
Result<QJsonValue> dataOf(const HttpResponse& response)
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    return body.value().value(QStringLiteral("data"));
}

QString userPath(const User& user, const QString& tail = QString())
{
    return QStringLiteral("/users/") + HttpRequest::segment(user.id) + tail;
}

} // namespace

QString NebulaDialect::displayName() const
{
    return tr("Nebula Block");
}

Capabilities NebulaDialect::capabilities(const Profile&) const
{
    Capabilities c;
    for (Capability allowed :
         {Capability::ListUsers, Capability::ServerSearch, Capability::TotalCount, Capability::GetUser,
          Capability::CreateUser, Capability::UpdateUser, Capability::DeleteUser, Capability::SetRoles,
          Capability::SetEnabled, Capability::ListSessions, Capability::RevokeSession,
          Capability::RevokeAllSessions, Capability::ListApiKeys, Capability::CreateApiKey,
          Capability::RevokeApiKey})
        c.allow(allowed);
    c.deny(Capability::ServerSort,
           tr("Nebula lists users in its own order; AuthDesk sorts the loaded rows."));
    c.deny(Capability::ListAllSessions,
           tr("Nebula lists sessions per user only: open a user to see theirs."));
    c.deny(Capability::RefreshToken,
           tr("Nebula tokens last 2 hours and cannot be refreshed; AuthDesk signs in again."));
    c.deny(Capability::SignOut, tr("Nebula has no logout: the token simply expires after 2 hours."));
    c.deny(Capability::UserActionsFromLinks, tr("Nebula does not advertise per-user actions."));
    c.deny(Capability::ApiKeyExpiry, tr("Nebula's ak_ keys never expire: revoke a key to end it."));
    c.deny(Capability::ApiKeyScopes,
           tr("A Nebula key acts with all of its owner's rights; it cannot be limited."));
    return c;
}

QList<SettingField> NebulaDialect::settingFields() const
{
    return {{QStringLiteral("auth_method"), tr("Sign in with (password or api_key)"), false, false,
             QStringLiteral("password")},
            {QStringLiteral("api_key"), tr("API key (ak_…), instead of a password"), true, false,
             QStringLiteral("ak_")}};
}

QStringList NebulaDialect::requiredSecrets(const Profile& profile) const
{
    return {usesApiKey(profile) ? QStringLiteral("api_key") : QStringLiteral("password")};
}

RoleSet NebulaDialect::roleSet() const
{
    return {{{QStringLiteral("staff"), tr("Staff: administers every account (is_staff)"), true, {}, true},
             {QStringLiteral("member"), tr("Regular account"), true, {}}}};
}

QList<UserField> NebulaDialect::userFields() const
{
    UserField password =
        UserField::make(QStringLiteral("password"), tr("Password"), UserField::Type::Password, true);
    password.minLength = 8;
    return {UserField::make(QStringLiteral("email"), tr("Email"), UserField::Type::Email, true, true),
            password, UserField::make(QStringLiteral("firstName"), tr("First name")),
            UserField::make(QStringLiteral("lastName"), tr("Last name"))};
}

HttpRequest NebulaDialect::signInRequest(const Profile& profile, const Secrets& secrets) const
{
    if (usesApiKey(profile)) {
        // An ak_ key is the credential itself: check it with a cheap authenticated call.
        HttpRequest r = HttpRequest::get(QStringLiteral("/api_keys"));
        r.setHeader("Authorization", "Bearer " + secrets.value(QStringLiteral("api_key")).toUtf8());
        r.authenticated = false;
        return r;
    }
    HttpRequest r = HttpRequest::json(
        "POST", QStringLiteral("/login"),
        JsonReader::compact({{QStringLiteral("username"), profile.identity},
                             {QStringLiteral("password"), secrets.value(QStringLiteral("password"))}}));
    r.authenticated = false;
    return r;
}

Result<AuthState> NebulaDialect::parseSignIn(const HttpResponse& response, const Profile& profile) const
{
    if (ApiError error = errorOf(response); !error.isNone())
        return error;
    Result<QJsonValue> data = dataOf(response);
    if (!data.ok())
        return data.error();
    AuthState state;
    state.tokenType = QStringLiteral("Bearer");
    state.issuedAt = QDateTime::currentDateTimeUtc();
    if (usesApiKey(profile)) {
        state.extra.insert(QStringLiteral("api_key"), true); // the key lives in Secrets, not here
        state.accessToken = QStringLiteral("(api key)");
        state.identity = profile.identity.isEmpty() ? tr("API key") : profile.identity;
        return state; // ak_ keys never expire: expiresAt stays invalid
    }
    const QJsonObject user = data.value().toObject();
    state.accessToken = user.value(QStringLiteral("jwtToken")).toString();
    if (state.accessToken.isEmpty())
        return JsonReader::malformed(QStringLiteral("no data.jwtToken in the login answer"));
    state.userId = QString::number(user.value(QStringLiteral("id")).toInteger());
    state.identity = user.value(QStringLiteral("email")).toString(profile.identity);
    state.scopes = {user.value(QStringLiteral("is_staff")).toBool() ? QStringLiteral("ADMIN")
                                                                    : QStringLiteral("GUEST")};
    // The documented lifetime; the JWT's own exp is shown by the token inspector, unverified.
    state.expiresAt = state.issuedAt.addSecs(2 * 3600);
    const QList<QByteArray> parts = state.accessToken.toLatin1().split('.');
    if (parts.size() == 3) {
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding |
                                                                         QByteArray::OmitTrailingEquals))
                .object();
        const qint64 exp = claims.value(QStringLiteral("exp")).toInteger();
        if (exp > 0 && QDateTime::fromSecsSinceEpoch(exp, Utc::zone) < state.expiresAt)
            state.expiresAt = QDateTime::fromSecsSinceEpoch(exp, Utc::zone); // only ever shortens the countdown
    }
    return state;
}

void NebulaDialect::authorize(HttpRequest& request, const AuthState& state, const Profile& profile,
                              const Secrets& secrets) const
{
    const QString credential =
        usesApiKey(profile) ? secrets.value(QStringLiteral("api_key")) : state.accessToken;
    request.setHeader("Authorization", "Bearer " + credential.toUtf8());
}

HttpRequest NebulaDialect::listUsersRequest(const UserQuery& query) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    q.addQueryItem(QStringLiteral("offset"), QString::number(query.offset));
    if (!query.search.isEmpty())
        HttpRequest::addText(q, QStringLiteral("search"), query.search);
    return HttpRequest::get(QStringLiteral("/users"), q);
}

Result<UserPage> NebulaDialect::parseUserPage(const HttpResponse& response, const UserQuery& query) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    if (!body.value().value(QStringLiteral("data")).isArray())
        return JsonReader::malformed(QStringLiteral("expected {data: [...]}"));
    UserPage page;
    for (const QJsonValue& value : body.value().value(QStringLiteral("data")).toArray())
        page.users << userFromJson(value.toObject());
    page.total = body.value().contains(QStringLiteral("total"))
                     ? body.value().value(QStringLiteral("total")).toInteger()
                     : -1;
    page.hasMore =
        page.total >= 0 ? query.offset + page.users.size() < page.total : page.users.size() == query.limit;
    return page;
}

HttpRequest NebulaDialect::getUserRequest(const User& user) const
{
    return HttpRequest::get(userPath(user));
}

HttpRequest NebulaDialect::createUserRequest(const UserEdit& edit, const Profile&, const Secrets&) const
{
    return HttpRequest::json(
        "POST", QStringLiteral("/users"),
        JsonReader::compact({{QStringLiteral("name"),
                              QString(edit.user.firstName + QLatin1Char(' ') + edit.user.lastName).trimmed()},
                             {QStringLiteral("email"), edit.user.email},
                             {QStringLiteral("password"), edit.password},
                             {QStringLiteral("is_staff"), edit.user.roles.contains(QLatin1String("staff"))},
                             {QStringLiteral("is_active"), edit.user.enabled}}));
}

HttpRequest NebulaDialect::updateUserRequest(const User& before, const UserEdit& after) const
{
    QJsonObject body;
    if (after.user.email != before.email)
        body.insert(QStringLiteral("email"), after.user.email);
    if (after.user.firstName != before.firstName || after.user.lastName != before.lastName)
        body.insert(QStringLiteral("name"),
                    QString(after.user.firstName + QLatin1Char(' ') + after.user.lastName).trimmed());
    if (after.user.enabled != before.enabled)
        body.insert(QStringLiteral("is_active"), after.user.enabled);
    if (!after.user.roles.isEmpty() && after.user.roles != before.roles)
        body.insert(QStringLiteral("is_staff"), after.user.roles.contains(QLatin1String("staff")));
    return HttpRequest::json("PATCH", userPath(before), JsonReader::compact(body));
}

HttpRequest NebulaDialect::deleteUserRequest(const User& user) const
{
    return HttpRequest::withoutBody("DELETE", userPath(user));
}

HttpRequest NebulaDialect::setRolesRequest(const User& user, const QStringList& roles) const
{
    return HttpRequest::json(
        "PATCH", userPath(user),
        JsonReader::compact({{QStringLiteral("is_staff"), roles.contains(QLatin1String("staff"))}}));
}

HttpRequest NebulaDialect::setEnabledRequest(const User& user, bool enabled) const
{
    return HttpRequest::json("PATCH", userPath(user),
                             JsonReader::compact({{QStringLiteral("is_active"), enabled}}));
}

Result<User> NebulaDialect::parseUser(const HttpResponse& response) const
{
    Result<QJsonValue> data = dataOf(response);
    if (!data.ok())
        return data.error();
    User user = userFromJson(data.value().toObject());
    if (user.id.isEmpty() || user.id == QLatin1String("0"))
        return JsonReader::malformed(QStringLiteral("a user without id"));
    return user;
}

HttpRequest NebulaDialect::listSessionsRequest(const User& user) const
{
    return HttpRequest::get(userPath(user, QStringLiteral("/sessions")));
}

Result<QList<Session>> NebulaDialect::parseSessions(const HttpResponse& response) const
{
    Result<QJsonValue> data = dataOf(response);
    if (!data.ok())
        return data.error();
    QList<Session> sessions;
    for (const QJsonValue& value : data.value().toArray()) {
        const QJsonObject o = value.toObject();
        Session s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.startedAt = JsonReader::dateFrom(o.value(QStringLiteral("created_at")));
        s.lastActivityAt = JsonReader::dateFrom(o.value(QStringLiteral("last_used_at")));
        s.expiresAt = JsonReader::dateFrom(o.value(QStringLiteral("expires_at")));
        s.ipAddress = o.value(QStringLiteral("ip_address")).toString();
        s.userAgent = o.value(QStringLiteral("user_agent")).toString();
        s.attributes = JsonReader::otherFields(
            o, {"id", "created_at", "last_used_at", "expires_at", "ip_address", "user_agent"});
        sessions << s;
    }
    return sessions;
}

HttpRequest NebulaDialect::revokeSessionRequest(const User& user, const Session& session) const
{
    return HttpRequest::withoutBody("DELETE", userPath(user, QStringLiteral("/sessions/") + HttpRequest::segment(session.id)));
}

HttpRequest NebulaDialect::revokeAllSessionsRequest(const User& user) const
{
    return HttpRequest::withoutBody("DELETE", userPath(user, QStringLiteral("/sessions")));
}

HttpRequest NebulaDialect::listApiKeysRequest(const User* owner) const
{
    return HttpRequest::get(owner ? userPath(*owner, QStringLiteral("/api_keys"))
                                  : QStringLiteral("/api_keys"));
}

Result<QList<ApiKey>> NebulaDialect::parseApiKeys(const HttpResponse& response) const
{
    Result<QJsonValue> data = dataOf(response);
    if (!data.ok())
        return data.error();
    QList<ApiKey> keys;
    for (const QJsonValue& value : data.value().toArray()) {
        const QJsonObject o = value.toObject();
        ApiKey key;
        key.id = QString::number(o.value(QStringLiteral("id")).toInteger());
        key.name = o.value(QStringLiteral("name")).toString();
        key.description = o.value(QStringLiteral("description")).toString();
        // Only what the server shows partially; never more than a short prefix is kept.
        key.prefix = o.value(QStringLiteral("partial_key_data")).toString().left(10);
        key.ownerId = o.contains(QStringLiteral("owner_id"))
                          ? QString::number(o.value(QStringLiteral("owner_id")).toInteger())
                          : QString();
        key.createdAt = JsonReader::dateFrom(o.value(QStringLiteral("created_at")));
        key.lastUsedAt = JsonReader::dateFrom(o.value(QStringLiteral("last_used_at")));
        keys << key;
    }
    return keys;
}

HttpRequest NebulaDialect::createApiKeyRequest(const ApiKeyRequest& request) const
{
    QJsonObject body{{QStringLiteral("name"), request.name},
                     {QStringLiteral("description"), request.description}};
    if (!request.ownerId.isEmpty())
        body.insert(QStringLiteral("user_id"), request.ownerId.toLongLong());
    return HttpRequest::json("POST", QStringLiteral("/api-keys"), JsonReader::compact(body));
}

Result<IssuedApiKey> NebulaDialect::parseIssuedApiKey(const HttpResponse& response) const
{
    Result<QJsonValue> data = dataOf(response);
    if (!data.ok())
        return data.error();
    const QJsonObject o = data.value().toObject();
    IssuedApiKey issued;
    issued.secret = o.value(QStringLiteral("key")).toString();
    if (!isApiKey(issued.secret))
        return JsonReader::malformed(QStringLiteral("the issued key does not start with ak_"));
    issued.key.id = QString::number(o.value(QStringLiteral("id")).toInteger());
    issued.key.name = o.value(QStringLiteral("name")).toString();
    issued.key.description = o.value(QStringLiteral("description")).toString();
    issued.key.prefix = issued.secret.left(7);
    issued.key.createdAt = QDateTime::currentDateTimeUtc();
    return issued;
}

HttpRequest NebulaDialect::revokeApiKeyRequest(const ApiKey& key) const
{
    return HttpRequest::withoutBody("DELETE", QStringLiteral("/api-keys/") + HttpRequest::segment(key.id));
}

ServerError NebulaDialect::readError(const HttpResponse& response) const
{
    // Every answer is {data, message, status}, and a 200 may still say status:"failed". Only a
    // body that holds the word is parsed here: a page of users is parsed once, by its parser.
    ServerError error;
    if (response.isSuccess() && !response.body.contains("\"failed\""))
        return error;
    const QJsonObject body = errorDocument(response).object();
    error.failed = body.value(QStringLiteral("status")).toString() == QLatin1String("failed");
    error.message = body.value(QStringLiteral("message")).toString().trimmed();
    const QString& words = error.message;
    if (response.status == 401) {
        error.reason = words.contains(QLatin1String("API key"))    ? ServerError::Reason::CredentialRefused
                       : words.contains(QLatin1String("password")) ? ServerError::Reason::WrongCredentials
                       : words.contains(QLatin1String("disabled")) ? ServerError::Reason::AccountDisabled
                                                                   : ServerError::Reason::SessionEnded;
        return error;
    }
    // "email: a user with this email already exists.": the field, then the problem.
    static const QRegularExpression fieldFirst(QStringLiteral(R"(^([a-z_]+):\s*(\S.*)$)"));
    if (const QRegularExpressionMatch match = fieldFirst.match(words); match.hasMatch()) {
        error.field = match.captured(1);
        error.message = match.captured(2);
    }
    if (response.status == 409)
        error.reason = ServerError::Reason::Duplicate;
    return error;
}
