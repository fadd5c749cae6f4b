#include "GatekeeperApi.h"

#include "PasswordHasher.h"
#include "TokenService.h"
#include "values/Utc.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
const QStringList userTypes{QStringLiteral("admin"), QStringLiteral("developer"), QStringLiteral("customer")};
constexpr int accessLifetime = 1200;
constexpr int refreshLifetime = 1800;

QString gatekeeperTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Utc::zone)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00"));
}
} // namespace

SandboxReply GatekeeperApi::error(int status, const QString& message)
{
    return SandboxReply::json(
        status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), status},
                                                                  {QStringLiteral("message"), message}}}});
}

QJsonObject GatekeeperApi::userJson(const StoredUser& u)
{
    QJsonObject o{{QStringLiteral("uuid"), u.uid},
                  {QStringLiteral("username"), u.username},
                  {QStringLiteral("email"), u.email},
                  {QStringLiteral("user_type"), u.role},
                  {QStringLiteral("created_at"), gatekeeperTime(u.createdAt)},
                  {QStringLiteral("enabled"), u.enabled}};
    if (!u.firstName.isEmpty())
        o.insert(QStringLiteral("first_name"), u.firstName);
    if (!u.lastName.isEmpty())
        o.insert(QStringLiteral("last_name"), u.lastName);
    if (!u.phone.isEmpty())
        o.insert(QStringLiteral("phone_number"), u.phone);
    if (!u.publicKey.isEmpty())
        o.insert(QStringLiteral("public-key"), u.publicKey);
    if (u.lastLoginAt > 0)
        o.insert(QStringLiteral("last_login_at"), gatekeeperTime(u.lastLoginAt));
    return o;
}

QJsonObject GatekeeperApi::sessionJson(const StoredToken& t, const StoredUser* user)
{
    QJsonObject o{{QStringLiteral("session_state"), t.sessionId},
                  {QStringLiteral("began_at"), gatekeeperTime(t.createdAt)},
                  {QStringLiteral("last_access"), gatekeeperTime(t.lastUsedAt)},
                  {QStringLiteral("expires_at"), gatekeeperTime(t.expiresAt)},
                  {QStringLiteral("ip_address"), t.ip},
                  {QStringLiteral("user_agent"), t.userAgent}};
    if (user) {
        o.insert(QStringLiteral("username"), user->username);
        o.insert(QStringLiteral("uuid"), user->uid);
    }
    return o;
}

SandboxReply GatekeeperApi::handle(const SandboxRequest& r)
{
    QStringList args;
    if (r.matches("POST", {QStringLiteral("sessions")}))
        return signIn(r);
    if (r.matches("POST", {QStringLiteral("sessions"), QStringLiteral("refresh")}))
        return refresh(r);
    if (r.matches("GET", {QStringLiteral("users"), QStringLiteral("public-key")}))
        return SandboxReply::json(
            200, QJsonObject{
                     {QStringLiteral("public_key"),
                      QStringLiteral("-----BEGIN PUBLIC "
                                     "KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEsandboxsandboxsandbox\n--"
                                     "---END PUBLIC KEY-----")}});

    // Everything else needs a bearer token; a malformed Authorization header is a 400.
    const QByteArray header = r.header("Authorization");
    const QString token = bearerOf(r);
    if (!header.isEmpty() && token.isEmpty())
        return error(400, QStringLiteral("Authorization header must be 'Bearer <token>'"));
    std::optional<StoredUser> caller;
    if (auto live = liveToken(token))
        caller = m_context.store->userByRow(live->userRow);
    if (caller && !caller->enabled)
        caller.reset();

    if (r.matches("POST", {QStringLiteral("users")}))
        return registerUser(r, caller);
    if (!caller)
        return error(401, token.isEmpty() ? QStringLiteral("Authorization required")
                                          : QStringLiteral("Token is inactive or expired"));
    const bool admin = caller->role == QLatin1String("admin");

    if (r.matches("DELETE", {QStringLiteral("sessions")})) {
        const auto live = liveToken(token);
        m_context.store->revokeSession(caller->row, live->sessionId);
        return SandboxReply::empty(204);
    }
    if (r.matches("OPTIONS", {QStringLiteral("users")}))
        return SandboxReply::empty(200);
    if (r.matches("GET", {QStringLiteral("users")}))
        return listUsers(r, *caller);
    if (r.matches("PUT", {QStringLiteral("users")}))
        return updateOwnProfile(r, *caller);
    if (r.matches("GET", {QStringLiteral("sessions")})) {
        if (!admin)
            return error(403, QStringLiteral("Only administrators may list every session"));
        return listAllSessions(r);
    }
    if (r.matches("PATCH", {QStringLiteral("users"), QStringLiteral("*"), QStringLiteral("user-public-key")},
                  &args)) {
        auto target = m_context.store->userByLogin(prefix(), args[0]);
        if (!target)
            return error(404, QStringLiteral("User not found"));
        if (!admin && target->row != caller->row)
            return error(403, QStringLiteral("You may only change your own public key"));
        bool isJson = false;
        const QJsonObject body = r.json(&isJson);
        const QString key = body.value(QStringLiteral("public-key"))
                                .toString(body.value(QStringLiteral("public_key")).toString());
        if (!isJson || key.isEmpty())
            return error(400, QStringLiteral("Field 'public-key' is required"));
        target->publicKey = key;
        m_context.store->updateUser(*target);
        return SandboxReply::json(200, userJson(*target));
    }

    // /users/<uuid>[/sessions[/<id>]]
    if (r.segments.size() >= 2 && r.segments[0] == QLatin1String("users")) {
        auto target = m_context.store->userByUid(prefix(), r.segments[1]);
        if (!target)
            return error(404, QStringLiteral("User not found"));
        const bool self = target->row == caller->row;
        if (r.matches("GET", {QStringLiteral("users"), QStringLiteral("*")}))
            return admin || self ? SandboxReply::json(200, userJson(*target))
                                 : SandboxReply::json(200, userJson(*caller));
        if (r.matches("PUT", {QStringLiteral("users"), QStringLiteral("*")})) {
            if (!admin)
                return error(403, QStringLiteral("Only administrators may edit other users"));
            return adminUpdate(r, *target);
        }
        if (r.matches("DELETE", {QStringLiteral("users"), QStringLiteral("*")})) {
            if (!admin)
                return error(403, QStringLiteral("Only administrators may delete users"));
            m_context.store->deleteUser(target->row);
            return SandboxReply::empty(204);
        }
        if (!admin && !self)
            return error(403, QStringLiteral("Only administrators may manage other users' sessions"));
        if (r.matches("GET", {QStringLiteral("users"), QStringLiteral("*"), QStringLiteral("sessions")}))
            return listSessions(*target);
        if (r.matches("DELETE", {QStringLiteral("users"), QStringLiteral("*"), QStringLiteral("sessions")})) {
            const int revoked = m_context.store->revokeAllSessions(target->row);
            return SandboxReply::json(200, QJsonObject{{QStringLiteral("revoked"), revoked}});
        }
        if (r.matches("DELETE",
                      {QStringLiteral("users"), QStringLiteral("*"), QStringLiteral("sessions"),
                       QStringLiteral("*")},
                      &args)) {
            if (m_context.store->revokeSession(target->row, args[1]) == 0)
                return error(404, QStringLiteral("Session not found"));
            return SandboxReply::empty(204);
        }
    }
    return error(404, QStringLiteral("Not found"));
}

SandboxReply GatekeeperApi::registerUser(const SandboxRequest& r, const std::optional<StoredUser>& caller)
{
    bool isJson = false;
    const QJsonObject body = r.json(&isJson);
    if (!isJson)
        return error(400, QStringLiteral("Body must be a JSON object"));
    for (const char* field : {"username", "password", "user_type", "email"}) {
        if (body.value(QLatin1String(field)).toString().isEmpty())
            return error(400, QStringLiteral("Field '%1' is required").arg(QLatin1String(field)));
    }
    const QString type = body.value(QStringLiteral("user_type")).toString();
    if (!userTypes.contains(type))
        return error(400, QStringLiteral("user_type must be admin, developer or customer"));
    if (type == QLatin1String("admin") && (!caller || caller->role != QLatin1String("admin")))
        return error(403, QStringLiteral("Only an administrator may create an administrator"));
    const QString username = body.value(QStringLiteral("username")).toString();
    if (m_context.store->userByLogin(prefix(), username))
        return error(409, QStringLiteral("Username '%1' is already taken").arg(username));

    StoredUser user;
    user.api = prefix();
    user.uid = TokenService::uuid();
    user.username = username;
    user.email = body.value(QStringLiteral("email")).toString();
    user.role = type;
    user.firstName = body.value(QStringLiteral("first_name")).toString();
    user.lastName = body.value(QStringLiteral("last_name")).toString();
    user.phone = body.value(QStringLiteral("phone_number")).toString();
    user.publicKey = body.value(QStringLiteral("public_key")).toString();
    user.createdAt = SandboxContext::now();
    user.passwordHash = PasswordHasher::hash(body.value(QStringLiteral("password")).toString());
    user.row = m_context.store->insertUser(user);
    return SandboxReply::json(201, userJson(user))
        .withHeader("Location", QByteArrayLiteral("/gatekeeper/users/") + user.uid.toUtf8());
}

SandboxReply GatekeeperApi::listUsers(const SandboxRequest& r, const StoredUser& caller)
{
    if (caller.role != QLatin1String("admin"))
        return SandboxReply::json(200, userJson(caller)); // the doc: others see only themselves
    const qint64 offset = qMax(0, r.queryInt(QStringLiteral("offset"), 0));
    const int limit = qBound(1, r.queryInt(QStringLiteral("limit"), 100), 1000);
    const QString search = r.queryValue(QStringLiteral("q"));
    qint64 total = 0;
    QJsonArray users;
    for (const StoredUser& u : m_context.store->listUsers(prefix(), offset, limit, search, &total))
        users.append(userJson(u));

    // RFC 8288 Link header, as the vendor's paginator writes it.
    auto link = [&](qint64 at, const char* rel) -> QByteArray {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("offset"), QString::number(at));
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!search.isEmpty())
            q.addQueryItem(QStringLiteral("q"), search);
        return QByteArray("</gatekeeper/users?") + q.toString(QUrl::FullyEncoded).toUtf8() + ">; rel=\"" +
               rel + '"';
    };
    QList<QByteArray> links{link(0, "first")};
    if (offset > 0)
        links << link(qMax<qint64>(0, offset - limit), "prev");
    if (offset + limit < total)
        links << link(offset + limit, "next");
    links << link(total > 0 ? ((total - 1) / limit) * limit : 0, "last");
    return SandboxReply::json(200, users)
        .withHeader("Link", links.join(", "))
        .withHeader("Record-Count", QByteArray::number(total));
}

SandboxReply GatekeeperApi::updateOwnProfile(const SandboxRequest& r, StoredUser caller)
{
    bool isJson = false;
    const QJsonObject body = r.json(&isJson);
    if (!isJson)
        return error(400, QStringLiteral("Body must be a JSON object"));
    for (const char* field : {"username", "password", "user_type", "email"}) {
        if (body.value(QLatin1String(field)).toString().isEmpty())
            return error(400, QStringLiteral("Field '%1' is required").arg(QLatin1String(field)));
    }
    if (body.value(QStringLiteral("username")).toString() != caller.username)
        return error(
            403, QStringLiteral("The username cannot be changed, and only your own profile can be updated"));
    const QString type = body.value(QStringLiteral("user_type")).toString();
    if (!userTypes.contains(type))
        return error(400, QStringLiteral("user_type must be admin, developer or customer"));
    if (type == QLatin1String("admin") && caller.role != QLatin1String("admin"))
        return error(403, QStringLiteral("Only an administrator may become an administrator"));
    caller.email = body.value(QStringLiteral("email")).toString();
    caller.role = type;
    caller.passwordHash = PasswordHasher::hash(body.value(QStringLiteral("password")).toString());
    if (body.contains(QStringLiteral("first_name")))
        caller.firstName = body.value(QStringLiteral("first_name")).toString();
    if (body.contains(QStringLiteral("last_name")))
        caller.lastName = body.value(QStringLiteral("last_name")).toString();
    if (body.contains(QStringLiteral("phone_number")))
        caller.phone = body.value(QStringLiteral("phone_number")).toString();
    m_context.store->updateUser(caller);
    return SandboxReply::json(200, userJson(caller));
}

SandboxReply GatekeeperApi::adminUpdate(const SandboxRequest& r, StoredUser target)
{
    bool isJson = false;
    const QJsonObject body = r.json(&isJson);
    if (!isJson)
        return error(400, QStringLiteral("Body must be a JSON object"));
    if (body.contains(QStringLiteral("username")) &&
        body.value(QStringLiteral("username")).toString() != target.username)
        return error(400, QStringLiteral("The username cannot be changed"));
    if (body.contains(QStringLiteral("user_type"))) {
        const QString type = body.value(QStringLiteral("user_type")).toString();
        if (!userTypes.contains(type))
            return error(400, QStringLiteral("user_type must be admin, developer or customer"));
        target.role = type;
    }
    if (body.contains(QStringLiteral("email"))) {
        const QString email = body.value(QStringLiteral("email")).toString();
        if (!email.contains(QLatin1Char('@')))
            return error(400, QStringLiteral("Field 'email' must be an email address"));
        target.email = email;
    }
    if (body.contains(QStringLiteral("first_name")))
        target.firstName = body.value(QStringLiteral("first_name")).toString();
    if (body.contains(QStringLiteral("last_name")))
        target.lastName = body.value(QStringLiteral("last_name")).toString();
    if (body.contains(QStringLiteral("phone_number")))
        target.phone = body.value(QStringLiteral("phone_number")).toString();
    if (body.contains(QStringLiteral("password")))
        target.passwordHash = PasswordHasher::hash(body.value(QStringLiteral("password")).toString());
    if (body.contains(QStringLiteral("enabled"))) {
        target.enabled = body.value(QStringLiteral("enabled")).toBool(true);
        if (!target.enabled)
            m_context.store->revokeAllSessions(target.row); // a disabled account keeps no session
    }
    m_context.store->updateUser(target);
    return SandboxReply::json(200, userJson(target));
}

SandboxReply GatekeeperApi::signIn(const SandboxRequest& r)
{
    const QString username = r.field(QStringLiteral("username"));
    const QString password = r.field(QStringLiteral("password"));
    if (username.isEmpty() || password.isEmpty())
        return error(400, QStringLiteral("Fields 'username' and 'password' are required"));
    auto user = m_context.store->userByLogin(prefix(), username);
    if (!user || !PasswordHasher::verify(user->passwordHash, password))
        return error(401, QStringLiteral("Invalid user credentials"));
    if (!user->enabled)
        return error(401, QStringLiteral("Account is disabled"));
    const qint64 now = SandboxContext::now();
    user->lastLoginAt = now;
    m_context.store->updateUser(*user);
    const IssuedSession session =
        issueSession(*user, {user->role}, m_context.lifetime(accessLifetime), refreshSeconds(), r);
    return sessionAnswer(*user, session, now);
}

SandboxReply GatekeeperApi::refresh(const SandboxRequest& r)
{
    const QString refreshToken = r.field(QStringLiteral("refresh_token"));
    const auto live = liveToken(refreshToken, QStringLiteral("refresh"));
    if (!live)
        return error(401, QStringLiteral("Refresh token is invalid or expired"));
    const auto user = m_context.store->userByRow(live->userRow);
    if (!user || !user->enabled)
        return error(401, QStringLiteral("Account is disabled"));
    // Rotate: the old access and refresh tokens of this session stop working.
    m_context.store->revokeSession(user->row, live->sessionId);
    const IssuedSession session = issueSession(*user, {user->role}, m_context.lifetime(accessLifetime),
                                               refreshSeconds(), r, live->sessionId);
    return sessionAnswer(*user, session, SandboxContext::now());
}

int GatekeeperApi::refreshSeconds() const
{
    if (m_context.refreshLifetimeOverride > 0)
        return m_context.refreshLifetimeOverride;
    // 600 s past the access token, as documented; still so when only the access lifetime is
    // shortened, so that a short-lived token can be renewed.
    return m_context.lifetime(accessLifetime) + refreshLifetime - accessLifetime;
}

SandboxReply GatekeeperApi::sessionAnswer(const StoredUser& user, const IssuedSession& session, qint64 began)
{
    const int access = m_context.lifetime(accessLifetime);
    QJsonObject token{{QStringLiteral("access_token"), session.accessToken},
                      {QStringLiteral("expires_in"), access},
                      {QStringLiteral("not-before-policy"), 0},
                      {QStringLiteral("refresh_expires_in"), refreshSeconds()},
                      {QStringLiteral("refresh_token"), session.refreshToken},
                      {QStringLiteral("session_state"), session.sessionId},
                      {QStringLiteral("token_type"), QStringLiteral("bearer")}};
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("session_began_at"),
                                                QDateTime::fromSecsSinceEpoch(began, Utc::zone)
                                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))},
                                               {QStringLiteral("token"), token},
                                               {QStringLiteral("username"), user.username}});
}

SandboxReply GatekeeperApi::listSessions(const StoredUser& user)
{
    QJsonArray sessions;
    for (const StoredToken& t : m_context.store->sessionsOf(user.row, SandboxContext::now()))
        sessions.append(sessionJson(t));
    return SandboxReply::json(200, sessions);
}

SandboxReply GatekeeperApi::listAllSessions(const SandboxRequest& r)
{
    const qint64 offset = qMax(0, r.queryInt(QStringLiteral("offset"), 0));
    const int limit = qBound(1, r.queryInt(QStringLiteral("limit"), 100), 1000);
    qint64 total = 0;
    QJsonArray sessions;
    for (const StoredToken& t :
         m_context.store->sessionsOfApi(prefix(), SandboxContext::now(), offset, limit, &total)) {
        const auto user = m_context.store->userByRow(t.userRow);
        sessions.append(sessionJson(t, user ? &*user : nullptr));
    }
    return SandboxReply::json(200, sessions).withHeader("Record-Count", QByteArray::number(total));
}
