#include "GeminiDialect.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("GeminiDialect", text);
}

QByteArray basicAuth(const Profile& profile, const Secrets& secrets)
{
    const QByteArray pair = profile.settings.value(QStringLiteral("client_id")).toString().toUtf8() + ':' +
                            secrets.value(QStringLiteral("client_secret")).toUtf8();
    return "Basic " + pair.toBase64();
}

// A request built from the user's advertised action: no link, no permission.
HttpRequest fromLink(const User& user, const QString& action, const QByteArray& body = {})
{
    const UserAction link = user.actions.value(action);
    if (link.href.isEmpty())
        return {};
    return body.isEmpty() ? HttpRequest::withoutBody(link.method.toUtf8(), link.href)
                          : HttpRequest::json(link.method.toUtf8(), link.href, body);
}

} // namespace

const QStringList& GeminiDialect::requestableScopes()
{
    static const QStringList scopes{QStringLiteral("profile"), QStringLiteral("performer"),
                                    QStringLiteral("venue")};
    return scopes;
}

QString GeminiDialect::displayName() const
{
    return tr("Gemini (Make Music Day)");
}

Capabilities GeminiDialect::capabilities(const Profile&) const
{
    Capabilities c;
    for (Capability allowed :
         {Capability::ListUsers, Capability::ServerSearch, Capability::TotalCount, Capability::GetUser,
          Capability::CreateUser, Capability::UpdateUser, Capability::DeleteUser, Capability::SetRoles,
          Capability::SetEnabled, Capability::ListSessions, Capability::RevokeSession,
          Capability::RevokeAllSessions, Capability::SignOut, Capability::UserActionsFromLinks})
        c.allow(allowed);
    c.deny(Capability::ServerSort,
           tr("Gemini lists users in its own order; AuthDesk sorts the loaded rows."));
    c.deny(Capability::ListAllSessions,
           tr("Gemini lists sessions per user only: open a user to see theirs."));
    c.deny(Capability::RefreshToken,
           tr("Gemini issues no refresh tokens; AuthDesk signs in again with the stored password."));
    const QString noKeys = tr("Gemini authenticates API clients with client credentials, not API keys.");
    c.deny(Capability::ListApiKeys, noKeys);
    c.deny(Capability::CreateApiKey, noKeys);
    c.deny(Capability::RevokeApiKey, noKeys);
    return c;
}

QList<SettingField> GeminiDialect::settingFields() const
{
    return {{QStringLiteral("client_id"), tr("Client ID"), false, true, QStringLiteral("authdesk-demo")},
            {QStringLiteral("client_secret"), tr("Client secret"), true, true, {}}};
}

QStringList GeminiDialect::requiredSecrets(const Profile&) const
{
    return {QStringLiteral("password"), QStringLiteral("client_secret")};
}

RoleSet GeminiDialect::roleSet() const
{
    const QString serverOnly =
        tr("Granted by the server to administrators; it can never be requested or assigned.");
    return {
        {{QStringLiteral("profile"), tr("View artist and venue profiles (every token needs it)"), true, {}},
         {QStringLiteral("performer"), tr("Create, update and delete an artist profile"), true, {}},
         {QStringLiteral("venue"), tr("Create, update and delete a venue profile"), true, {}},
         {QStringLiteral("city"), tr("Administrator of a city"), false, serverOnly, true},
         {QStringLiteral("admin"), tr("Administrator of the whole system"), false, serverOnly, true}}};
}

QList<UserField> GeminiDialect::userFields() const
{
    UserField password =
        UserField::make(QStringLiteral("password"), tr("Password"), UserField::Type::Password, true);
    password.minLength = 8;
    return {UserField::make(QStringLiteral("email"), tr("Email"), UserField::Type::Email, true, true),
            password, UserField::make(QStringLiteral("firstName"), tr("First name")),
            UserField::make(QStringLiteral("lastName"), tr("Last name")),
            UserField::make(QStringLiteral("phone"), tr("Phone"), UserField::Type::Phone)};
}

HttpRequest GeminiDialect::signInRequest(const Profile& profile, const Secrets& secrets) const
{
    HttpRequest r = HttpRequest::json(
        "POST", QStringLiteral("/api/oauth/token"),
        JsonReader::compact({{QStringLiteral("username"), profile.identity},
                             {QStringLiteral("password"), secrets.value(QStringLiteral("password"))},
                             {QStringLiteral("grant_type"), QStringLiteral("password")},
                             {QStringLiteral("scope"), requestableScopes().join(QLatin1Char(' '))}}));
    r.setHeader("Authorization", basicAuth(profile, secrets));
    r.authenticated = false;
    return r;
}

Result<AuthState> GeminiDialect::parseSignIn(const HttpResponse& response, const Profile& profile) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    const QJsonObject token = body.value().value(QStringLiteral("token")).toObject();
    AuthState state;
    state.accessToken = token.value(QStringLiteral("access_token")).toString();
    if (state.accessToken.isEmpty())
        return JsonReader::malformed(QStringLiteral("no token.access_token in the answer"));
    state.tokenType = QStringLiteral("Bearer");
    state.issuedAt = QDateTime::currentDateTimeUtc();
    state.expiresAt = state.issuedAt.addSecs(token.value(QStringLiteral("expires_in")).toInt(86400));
    for (const QJsonValue& scope : token.value(QStringLiteral("scope")).toArray())
        state.scopes << scope.toString();
    const QJsonObject user = body.value().value(QStringLiteral("user")).toObject();
    state.userId = user.value(QStringLiteral("id")).toString();
    state.identity = user.value(QStringLiteral("email")).toString(profile.identity);
    return state;
}

HttpRequest GeminiDialect::signOutRequest(const AuthState&) const
{
    return HttpRequest::withoutBody("POST", QStringLiteral("/api/oauth/revoke"));
}

void GeminiDialect::authorize(HttpRequest& request, const AuthState& state, const Profile&,
                              const Secrets&) const
{
    request.setHeader("Authorization", "Bearer " + state.accessToken.toUtf8());
}

HttpRequest GeminiDialect::listUsersRequest(const UserQuery& query) const
{
    const int perPage = qBound(1, query.limit, 1000);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(query.offset / perPage + 1));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    if (!query.search.isEmpty())
        HttpRequest::addText(q, QStringLiteral("q"), query.search);
    return HttpRequest::get(QStringLiteral("/api/users"), q);
}

User GeminiDialect::userFromJson(const QJsonObject& object)
{
    static const UserFieldMap map{QStringLiteral("id"),         QStringLiteral("email"),
                                  QStringLiteral("email"),      QStringLiteral("first_name"),
                                  QStringLiteral("last_name"),  QString(),
                                  QStringLiteral("scopes"),     QStringLiteral("is_active"),
                                  QStringLiteral("created_at"), QStringLiteral("last_login_at")};
    User user = JsonReader::userFrom(object, map);
    const QJsonObject links = object.value(QStringLiteral("_links")).toObject();
    for (auto it = links.begin(); it != links.end(); ++it) {
        const QJsonObject link = it.value().toObject();
        user.actions.insert(it.key(), {link.value(QStringLiteral("method")).toString(QStringLiteral("GET")),
                                       link.value(QStringLiteral("href")).toString(),
                                       link.value(QStringLiteral("title")).toString()});
    }
    return user;
}

Result<UserPage> GeminiDialect::parseUserPage(const HttpResponse& response, const UserQuery&) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    if (!body.value().value(QStringLiteral("users")).isArray())
        return JsonReader::malformed(QStringLiteral("expected {users: [...]}"));
    UserPage page;
    for (const QJsonValue& value : body.value().value(QStringLiteral("users")).toArray())
        page.users << userFromJson(value.toObject());
    const QJsonObject pagination = body.value().value(QStringLiteral("pagination")).toObject();
    page.total = pagination.contains(QStringLiteral("total"))
                     ? pagination.value(QStringLiteral("total")).toInteger()
                     : -1;
    page.hasMore =
        !pagination.value(QStringLiteral("next")).isNull() && pagination.contains(QStringLiteral("next"));
    return page;
}

HttpRequest GeminiDialect::getUserRequest(const User& user) const
{
    HttpRequest fromSelf = fromLink(user, QStringLiteral("self"));
    return fromSelf.isValid() ? fromSelf : HttpRequest::get(QStringLiteral("/api/users/") + HttpRequest::segment(user.id));
}

HttpRequest GeminiDialect::createUserRequest(const UserEdit& edit, const Profile& profile,
                                             const Secrets& secrets) const
{
    HttpRequest r = HttpRequest::json(
        "POST", QStringLiteral("/api/users/create"),
        JsonReader::compact({{QStringLiteral("email"), edit.user.email},
                             {QStringLiteral("password"), edit.password},
                             {QStringLiteral("grant_type"), QStringLiteral("password")},
                             {QStringLiteral("scope"), requestableScopes().join(QLatin1Char(' '))},
                             {QStringLiteral("has_accepted_terms"), true}}));
    r.setHeader("Authorization", basicAuth(profile, secrets));
    r.authenticated = false; // client credentials, not the admin's token
    return r;
}

HttpRequest GeminiDialect::updateUserRequest(const User& before, const UserEdit& after) const
{
    QJsonObject body;
    if (after.user.email != before.email)
        body.insert(QStringLiteral("email"), after.user.email);
    if (after.user.firstName != before.firstName)
        body.insert(QStringLiteral("first_name"), after.user.firstName);
    if (after.user.lastName != before.lastName)
        body.insert(QStringLiteral("last_name"), after.user.lastName);
    const QString phone = after.user.attributes.value(QStringLiteral("phone")).toString();
    if (phone != before.attributes.value(QStringLiteral("phone")).toString())
        body.insert(QStringLiteral("phone"), phone);
    if (after.user.enabled != before.enabled)
        body.insert(QStringLiteral("is_active"), after.user.enabled);
    if (!after.password.isEmpty())
        body.insert(QStringLiteral("password"), after.password);
    return fromLink(before, QStringLiteral("edit"), JsonReader::compact(body));
}

HttpRequest GeminiDialect::deleteUserRequest(const User& user) const
{
    return fromLink(user, QStringLiteral("delete"));
}

HttpRequest GeminiDialect::setRolesRequest(const User& user, const QStringList& roles) const
{
    QStringList assignable;
    for (const QString& role : roles) {
        if (requestableScopes().contains(role))
            assignable << role;
    }
    return fromLink(
        user, QStringLiteral("scopes"),
        JsonReader::compact({{QStringLiteral("scopes"), QJsonArray::fromStringList(assignable)}}));
}

HttpRequest GeminiDialect::setEnabledRequest(const User& user, bool enabled) const
{
    return fromLink(user, QStringLiteral("edit"),
                    JsonReader::compact({{QStringLiteral("is_active"), enabled}}));
}

Result<User> GeminiDialect::parseUser(const HttpResponse& response) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    // Creation answers {token, user}; the others answer the user itself.
    const QJsonObject object = body.value().contains(QStringLiteral("user"))
                                   ? body.value().value(QStringLiteral("user")).toObject()
                                   : body.value();
    User user = userFromJson(object);
    if (user.id.isEmpty())
        return JsonReader::malformed(QStringLiteral("a user without id"));
    return user;
}

HttpRequest GeminiDialect::listSessionsRequest(const User& user) const
{
    return fromLink(user, QStringLiteral("sessions"));
}

Result<QList<Session>> GeminiDialect::parseSessions(const HttpResponse& response) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    QList<Session> sessions;
    for (const QJsonValue& value : body.value().value(QStringLiteral("sessions")).toArray()) {
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

HttpRequest GeminiDialect::revokeSessionRequest(const User& user, const Session& session) const
{
    if (!user.actions.contains(QStringLiteral("revoke-sessions")))
        return {};
    return HttpRequest::withoutBody("POST", QStringLiteral("/api/users/") + HttpRequest::segment(user.id) +
                                                QStringLiteral("/sessions/") + HttpRequest::segment(session.id) +
                                                QStringLiteral("/revoke"));
}

HttpRequest GeminiDialect::revokeAllSessionsRequest(const User& user) const
{
    return fromLink(user, QStringLiteral("revoke-sessions"));
}

ServerError GeminiDialect::readError(const HttpResponse& response) const
{
    // OAuth's shape: {"error":"invalid_grant","error_description":"..."}, read as code and words.
    ServerError error = Dialect::readError(response);
    auto is = [&error](const char* code) { return error.code == QLatin1String(code); };
    if (is("invalid_grant")) {
        error.reason = error.message.contains(QLatin1String("disabled"))
                           ? ServerError::Reason::AccountDisabled
                           : ServerError::Reason::WrongCredentials;
    } else if (is("invalid_client")) {
        error.kind = ApiError::Kind::Unauthorized;
        error.sentence =
            tr("The client ID or client secret is wrong: check the profile's Gemini client credentials.");
    } else if (is("invalid_token")) {
        error.reason = ServerError::Reason::SessionEnded;
    } else if (is("insufficient_scope")) {
        error.kind = ApiError::Kind::Forbidden;
    } else if (is("invalid_scope")) {
        error.kind = ApiError::Kind::Validation;
        error.field = QStringLiteral("roles");
    } else if (response.status == 409) {
        error.reason = ServerError::Reason::Duplicate;
        error.field = QStringLiteral("email");
    } else if (response.status == 400) {
        for (const char* field : {"email", "password", "first_name", "last_name", "phone"}) {
            if (error.message.contains(QLatin1String(field)))
                error.field =
                    QLatin1String(field) == QLatin1String("first_name")  ? QStringLiteral("firstName")
                    : QLatin1String(field) == QLatin1String("last_name") ? QStringLiteral("lastName")
                                                                         : QLatin1String(field);
        }
    }
    return error;
}
