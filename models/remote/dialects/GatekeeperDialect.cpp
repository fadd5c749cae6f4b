#include "GatekeeperDialect.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("GatekeeperDialect", text);
}

const UserFieldMap fieldMap{QStringLiteral("uuid"),       QStringLiteral("username"),
                            QStringLiteral("email"),      QStringLiteral("first_name"),
                            QStringLiteral("last_name"),  QString(),
                            QStringLiteral("user_type"),  QStringLiteral("enabled"),
                            QStringLiteral("created_at"), QStringLiteral("last_login_at")};

QString usersPath(const User& user, const QString& tail = QString())
{
    return QStringLiteral("/users/") + HttpRequest::segment(user.id) + tail;
}

} // namespace

QString GatekeeperDialect::displayName() const
{
    return tr("SONATA Gatekeeper");
}

Capabilities GatekeeperDialect::capabilities(const Profile&) const
{
    Capabilities c;
    for (Capability allowed :
         {Capability::ListUsers, Capability::ServerSearch, Capability::TotalCount, Capability::GetUser,
          Capability::CreateUser, Capability::UpdateUser, Capability::DeleteUser, Capability::SetRoles,
          Capability::SetEnabled, Capability::ListSessions, Capability::ListAllSessions,
          Capability::RevokeSession, Capability::RevokeAllSessions, Capability::RefreshToken,
          Capability::SignOut})
        c.allow(allowed);
    c.deny(Capability::ServerSort,
           tr("Gatekeeper lists users in its own order; AuthDesk sorts the loaded rows."));
    const QString noKeys = tr("Gatekeeper identifies clients by certificates and public keys, not API keys.");
    c.deny(Capability::ListApiKeys, noKeys);
    c.deny(Capability::CreateApiKey, noKeys);
    c.deny(Capability::RevokeApiKey, noKeys);
    c.deny(Capability::UserActionsFromLinks, tr("Gatekeeper does not advertise per-user actions."));
    return c;
}

RoleSet GatekeeperDialect::roleSet() const
{
    // Every user has exactly one user_type: adding one replaces it.
    return {{{QStringLiteral("admin"), tr("Sees and manages every user"), true, {}, true},
             {QStringLiteral("developer"), tr("Publishes network services"), true, {}},
             {QStringLiteral("customer"), tr("Instantiates network services"), true, {}}},
            RoleSet::Cardinality::ExactlyOne};
}

QList<UserField> GatekeeperDialect::userFields() const
{
    // The username is chosen once: Gatekeeper never lets it change.
    UserField password =
        UserField::make(QStringLiteral("password"), tr("Password"), UserField::Type::Password, true);
    password.minLength = 4;
    UserField type =
        UserField::make(QStringLiteral("roles"), tr("User type"), UserField::Type::Choice, true, true);
    type.choices = {QStringLiteral("developer"), QStringLiteral("customer"), QStringLiteral("admin")};
    return {UserField::make(QStringLiteral("username"), tr("Username"), UserField::Type::Text, true, false,
                            false),
            UserField::make(QStringLiteral("email"), tr("Email"), UserField::Type::Email, true, true),
            password,
            type,
            UserField::make(QStringLiteral("firstName"), tr("First name")),
            UserField::make(QStringLiteral("lastName"), tr("Last name")),
            UserField::make(QStringLiteral("phone_number"), tr("Phone"), UserField::Type::Phone)};
}

HttpRequest GatekeeperDialect::signInRequest(const Profile& profile, const Secrets& secrets) const
{
    HttpRequest r = HttpRequest::json(
        "POST", QStringLiteral("/sessions"),
        JsonReader::compact({{QStringLiteral("username"), profile.identity},
                             {QStringLiteral("password"), secrets.value(QStringLiteral("password"))}}));
    r.authenticated = false;
    return r;
}

Result<AuthState> GatekeeperDialect::parseSignIn(const HttpResponse& response, const Profile& profile) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    const QJsonObject token = body.value().value(QStringLiteral("token")).toObject();
    AuthState state;
    state.accessToken = token.value(QStringLiteral("access_token")).toString();
    if (state.accessToken.isEmpty())
        return JsonReader::malformed(QStringLiteral("no token.access_token in the sign-in answer"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    state.tokenType = QStringLiteral("Bearer");
    state.issuedAt = now;
    state.expiresAt = now.addSecs(token.value(QStringLiteral("expires_in")).toInt(1200));
    state.refreshToken = token.value(QStringLiteral("refresh_token")).toString();
    state.refreshExpiresAt = now.addSecs(token.value(QStringLiteral("refresh_expires_in")).toInt(1800));
    state.sessionId = token.value(QStringLiteral("session_state")).toString();
    state.identity = body.value().value(QStringLiteral("username")).toString(profile.identity);
    return state;
}

HttpRequest GatekeeperDialect::refreshRequest(const AuthState& state) const
{
    if (state.refreshToken.isEmpty())
        return {};
    HttpRequest r =
        HttpRequest::json("POST", QStringLiteral("/sessions/refresh"),
                          JsonReader::compact({{QStringLiteral("refresh_token"), state.refreshToken}}));
    r.authenticated = false;
    return r;
}

HttpRequest GatekeeperDialect::signOutRequest(const AuthState&) const
{
    return HttpRequest::withoutBody("DELETE", QStringLiteral("/sessions"));
}

void GatekeeperDialect::authorize(HttpRequest& request, const AuthState& state, const Profile&,
                                  const Secrets&) const
{
    request.setHeader("Authorization", "Bearer " + state.accessToken.toUtf8());
}

HttpRequest GatekeeperDialect::listUsersRequest(const UserQuery& query) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("offset"), QString::number(query.offset));
    q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (!query.search.isEmpty())
        HttpRequest::addText(q, QStringLiteral("q"), query.search);
    return HttpRequest::get(QStringLiteral("/users"), q);
}

Result<UserPage> GatekeeperDialect::parseUserPage(const HttpResponse& response, const UserQuery& query) const
{
    Result<QJsonDocument> document = JsonReader::parse(response);
    if (!document.ok())
        return document.error();
    UserPage page;
    if (document.value().isObject()) { // a non-admin sees only themselves
        page.users << JsonReader::userFrom(document.value().object(), fieldMap);
        page.total = 1;
        return page;
    }
    if (!document.value().isArray())
        return JsonReader::malformed(QStringLiteral("expected a list of users"));
    for (const QJsonValue& value : document.value().array())
        page.users << JsonReader::userFrom(value.toObject(), fieldMap);
    bool counted = false;
    const qint64 total = response.header("Record-Count").toLongLong(&counted);
    page.total = counted ? total : -1;
    page.hasMore = response.header("Link").contains("rel=\"next\"") ||
                   (counted && query.offset + page.users.size() < total);
    return page;
}

HttpRequest GatekeeperDialect::getUserRequest(const User& user) const
{
    return HttpRequest::get(usersPath(user));
}

HttpRequest GatekeeperDialect::createUserRequest(const UserEdit& edit, const Profile&, const Secrets&) const
{
    QJsonObject body{{QStringLiteral("username"), edit.user.username},
                     {QStringLiteral("password"), edit.password},
                     {QStringLiteral("email"), edit.user.email},
                     {QStringLiteral("user_type"), edit.user.roles.value(0, QStringLiteral("customer"))}};
    if (!edit.user.firstName.isEmpty())
        body.insert(QStringLiteral("first_name"), edit.user.firstName);
    if (!edit.user.lastName.isEmpty())
        body.insert(QStringLiteral("last_name"), edit.user.lastName);
    const QString phone = edit.user.attributes.value(QStringLiteral("phone_number")).toString();
    if (!phone.isEmpty())
        body.insert(QStringLiteral("phone_number"), phone);
    return HttpRequest::json("POST", QStringLiteral("/users"), JsonReader::compact(body));
}

HttpRequest GatekeeperDialect::updateUserRequest(const User& before, const UserEdit& after) const
{
    // The admin extension takes a partial body: only what changed is sent.
    QJsonObject body;
    if (after.user.email != before.email)
        body.insert(QStringLiteral("email"), after.user.email);
    if (after.user.firstName != before.firstName)
        body.insert(QStringLiteral("first_name"), after.user.firstName);
    if (after.user.lastName != before.lastName)
        body.insert(QStringLiteral("last_name"), after.user.lastName);
    if (!after.user.roles.isEmpty() && after.user.roles != before.roles)
        body.insert(QStringLiteral("user_type"), after.user.roles.first());
    if (after.user.enabled != before.enabled)
        body.insert(QStringLiteral("enabled"), after.user.enabled);
    const QString phone = after.user.attributes.value(QStringLiteral("phone_number")).toString();
    if (phone != before.attributes.value(QStringLiteral("phone_number")).toString())
        body.insert(QStringLiteral("phone_number"), phone);
    if (!after.password.isEmpty())
        body.insert(QStringLiteral("password"), after.password);
    return HttpRequest::json("PUT", usersPath(before), JsonReader::compact(body));
}

HttpRequest GatekeeperDialect::deleteUserRequest(const User& user) const
{
    return HttpRequest::withoutBody("DELETE", usersPath(user));
}

HttpRequest GatekeeperDialect::setRolesRequest(const User& user, const QStringList& roles) const
{
    if (roles.size() != 1)
        return {}; // a Gatekeeper user has exactly one user_type
    return HttpRequest::json("PUT", usersPath(user),
                             JsonReader::compact({{QStringLiteral("user_type"), roles.first()}}));
}

HttpRequest GatekeeperDialect::setEnabledRequest(const User& user, bool enabled) const
{
    return HttpRequest::json("PUT", usersPath(user),
                             JsonReader::compact({{QStringLiteral("enabled"), enabled}}));
}

Result<User> GatekeeperDialect::parseUser(const HttpResponse& response) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    return JsonReader::userFrom(body.value(), fieldMap);
}

HttpRequest GatekeeperDialect::listSessionsRequest(const User& user) const
{
    return HttpRequest::get(usersPath(user, QStringLiteral("/sessions")));
}

HttpRequest GatekeeperDialect::listAllSessionsRequest(qint64 offset, int limit) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return HttpRequest::get(QStringLiteral("/sessions"), q);
}

Result<QList<Session>> GatekeeperDialect::parseSessions(const HttpResponse& response) const
{
    return JsonReader::parseObjects<Session>(
        response, QStringLiteral("expected a list of sessions"), [](const QJsonObject& o) -> std::optional<Session> {
            Session s;
            s.id = o.value(QStringLiteral("session_state")).toString();
            s.userId = o.value(QStringLiteral("uuid")).toString();
            s.username = o.value(QStringLiteral("username")).toString();
            s.startedAt = JsonReader::dateFrom(o.value(QStringLiteral("began_at")));
            s.lastActivityAt = JsonReader::dateFrom(o.value(QStringLiteral("last_access")));
            s.expiresAt = JsonReader::dateFrom(o.value(QStringLiteral("expires_at")));
            s.ipAddress = o.value(QStringLiteral("ip_address")).toString();
            s.userAgent = o.value(QStringLiteral("user_agent")).toString();
            s.attributes = JsonReader::otherFields(o, {"session_state", "uuid", "username", "began_at",
                                                       "last_access", "expires_at", "ip_address",
                                                       "user_agent"});
            return s;
        });
}

HttpRequest GatekeeperDialect::revokeSessionRequest(const User& user, const Session& session) const
{
    return HttpRequest::withoutBody("DELETE", usersPath(user, QStringLiteral("/sessions/") + HttpRequest::segment(session.id)));
}

HttpRequest GatekeeperDialect::revokeAllSessionsRequest(const User& user) const
{
    return HttpRequest::withoutBody("DELETE", usersPath(user, QStringLiteral("/sessions")));
}

ServerError GatekeeperDialect::readError(const HttpResponse& response) const
{
    ServerError error = Dialect::readError(response); // {"error":{"code","message"}}
    const QString& words = error.message;
    switch (response.status) {
    case 400:
        for (const char* field : {"username", "password", "email", "user_type", "public-key"}) {
            if (words.contains(QLatin1String(field)))
                error.field = QLatin1String(field) == QLatin1String("user_type") ? QStringLiteral("roles")
                                                                                 : QLatin1String(field);
        }
        break;
    case 401:
        if (words.contains(QLatin1String("credentials")))
            error.reason = ServerError::Reason::WrongCredentials;
        else if (words.contains(QLatin1String("disabled")))
            error.reason = ServerError::Reason::AccountDisabled;
        break;
    case 409:
        // "Username 'ada' is already taken": the server's words name the value, so they stand.
        error.reason = ServerError::Reason::Duplicate;
        error.field = QStringLiteral("username");
        error.messageIsSentence = true;
        break;
    default:
        break;
    }
    return error;
}
