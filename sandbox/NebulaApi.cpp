#include "NebulaApi.h"

#include "PasswordHasher.h"
#include "TokenService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
constexpr int jwtLifetime = 2 * 3600;
}

SandboxReply NebulaApi::ok(int status, const QJsonValue& data, const QString& message)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("data"), data},
                                                  {QStringLiteral("message"), message},
                                                  {QStringLiteral("status"), QStringLiteral("success")}});
}

SandboxReply NebulaApi::failed(int status, const QString& message)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("data"), QJsonValue()},
                                                  {QStringLiteral("message"), message},
                                                  {QStringLiteral("status"), QStringLiteral("failed")}});
}

QJsonObject NebulaApi::userJson(const StoredUser& u)
{
    return QJsonObject{
        {QStringLiteral("id"), u.uid.toLongLong()},
        {QStringLiteral("name"), QString(u.firstName + QLatin1Char(' ') + u.lastName).trimmed()},
        {QStringLiteral("email"), u.email},
        {QStringLiteral("is_staff"), u.isStaff},
        {QStringLiteral("is_active"), u.enabled},
        {QStringLiteral("created_at"), isoTime(u.createdAt)},
        {QStringLiteral("last_login_at"),
         u.lastLoginAt > 0 ? QJsonValue(isoTime(u.lastLoginAt)) : QJsonValue()}};
}

QString NebulaApi::issueJwt(const StoredUser& user, const SandboxRequest& request)
{
    const int lifetime = m_context.lifetime(jwtLifetime);
    const QStringList roles{user.isStaff ? QStringLiteral("ADMIN") : QStringLiteral("GUEST")};
    // The JWT itself is the bearer; the store keeps its id (jti) so sessions can be listed and revoked.
    const IssuedSession session = issueSession(user, roles, lifetime, 0, request);
    const qint64 now = SandboxContext::now();
    return m_context.tokens->signJwt(
        QJsonObject{{QStringLiteral("sub"), user.email},
                    {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                    {QStringLiteral("scopes"), QJsonArray::fromStringList(roles)},
                    {QStringLiteral("iat"), now},
                    {QStringLiteral("exp"), now + lifetime},
                    {QStringLiteral("jti"), session.accessToken}});
}

std::optional<StoredUser> NebulaApi::authenticate(const SandboxRequest& r, QString* failure)
{
    const QString bearer = bearerOf(r);
    if (bearer.isEmpty()) {
        *failure = QStringLiteral("Authentication credentials were not provided.");
        return std::nullopt;
    }
    std::optional<StoredUser> user;
    if (bearer.startsWith(QLatin1String("ak_"))) {
        const auto key = m_context.store->keyByHash(TokenService::hashOf(bearer));
        if (!key || key->revoked || key->api != prefix()) {
            *failure = QStringLiteral("Invalid API key.");
            return std::nullopt;
        }
        m_context.store->touchKey(key->id, SandboxContext::now());
        user = m_context.store->userByRow(key->userRow);
    } else {
        bool valid = false;
        const QJsonObject claims = m_context.tokens->verifyJwt(bearer, &valid);
        const qint64 exp = claims.value(QStringLiteral("exp")).toInteger();
        const auto session = valid ? liveToken(claims.value(QStringLiteral("jti")).toString()) : std::nullopt;
        if (!valid || exp <= SandboxContext::now() || !session) {
            *failure = QStringLiteral("Token is invalid or expired.");
            return std::nullopt;
        }
        user = m_context.store->userByRow(session->userRow);
    }
    if (!user || !user->enabled) {
        *failure = QStringLiteral("User account is disabled.");
        return std::nullopt;
    }
    return user;
}

SandboxReply NebulaApi::handle(const SandboxRequest& r)
{
    if (r.matches("POST", {QStringLiteral("login")}))
        return login(r);
    QString failure;
    const auto caller = authenticate(r, &failure);
    if (!caller)
        return failed(401, failure);
    QStringList args;
    if (r.matches("POST", {QStringLiteral("api-keys")}))
        return createKey(r, *caller);
    if (r.matches("GET", {QStringLiteral("api_keys")}) || r.matches("GET", {QStringLiteral("api-keys")}))
        return listKeys(*caller);
    if (r.matches("DELETE", {QStringLiteral("api-keys"), QStringLiteral("*")}, &args)) {
        const auto key = m_context.store->keyById(prefix(), args[0].toLongLong());
        if (!key || key->revoked)
            return failed(404, QStringLiteral("API key not found."));
        if (key->userRow != caller->row && !caller->isStaff)
            return failed(403, QStringLiteral("You do not have permission to delete this API key."));
        m_context.store->revokeKey(key->id);
        return ok(200, QJsonObject{}, QStringLiteral("API key deleted"));
    }
    if (!r.segments.isEmpty() && r.segments[0] == QLatin1String("users")) {
        if (!caller->isStaff)
            return failed(403, QStringLiteral("You do not have permission to perform this action."));
        return adminUsers(r, *caller);
    }
    return failed(404, QStringLiteral("Not found."));
}

SandboxReply NebulaApi::login(const SandboxRequest& r)
{
    // The vendor's example sends a JSON body under a form content type: accept both.
    const QString login = r.field(QStringLiteral("username"));
    const QString password = r.field(QStringLiteral("password"));
    if (login.isEmpty() || password.isEmpty())
        return failed(400, QStringLiteral("Username and password are required."));
    auto user = m_context.store->userByLogin(prefix(), login);
    if (!user || !PasswordHasher::verify(user->passwordHash, password))
        return failed(401, QStringLiteral("Invalid username or password."));
    if (!user->enabled)
        return failed(401, QStringLiteral("User account is disabled."));
    user->lastLoginAt = SandboxContext::now();
    m_context.store->updateUser(*user);
    QJsonObject data = userJson(*user);
    data.remove(QStringLiteral("created_at"));
    data.remove(QStringLiteral("last_login_at"));
    data.insert(QStringLiteral("jwtToken"), issueJwt(*user, r));
    return ok(200, data, QStringLiteral("Login successful"));
}

SandboxReply NebulaApi::createKey(const SandboxRequest& r, const StoredUser& caller)
{
    bool isJson = false;
    const QJsonObject body = r.json(&isJson);
    const QString name =
        isJson ? body.value(QStringLiteral("name")).toString() : r.field(QStringLiteral("name"));
    if (name.trimmed().isEmpty())
        return failed(400, QStringLiteral("The name of the API key is required."));
    StoredUser owner = caller;
    if (body.contains(QStringLiteral("user_id"))) {
        const auto target = m_context.store->userByUid(
            prefix(), QString::number(body.value(QStringLiteral("user_id")).toInteger()));
        if (!target)
            return failed(404, QStringLiteral("User not found."));
        if (target->row != caller.row && !caller.isStaff)
            return failed(403, QStringLiteral("You do not have permission to create keys for another user."));
        owner = *target;
    }
    const QString secret = QStringLiteral("ak_") + TokenService::randomToken(32);
    StoredKey key;
    key.api = prefix();
    key.userRow = owner.row;
    key.name = name;
    key.description = body.value(QStringLiteral("description")).toString();
    key.prefix = secret.left(7);
    key.createdAt = SandboxContext::now();
    key.id = m_context.store->insertKey(key, TokenService::hashOf(secret));
    return ok(201,
              QJsonObject{{QStringLiteral("id"), key.id},
                          {QStringLiteral("key"), secret},
                          {QStringLiteral("name"), key.name},
                          {QStringLiteral("description"), key.description}},
              QStringLiteral("API key created. Store it now: it will not be shown again."));
}

SandboxReply NebulaApi::listKeys(const StoredUser& owner)
{
    QJsonArray keys;
    for (const StoredKey& k : m_context.store->keysOf(owner.row))
        keys.append(
            QJsonObject{{QStringLiteral("id"), k.id},
                        {QStringLiteral("name"), k.name},
                        {QStringLiteral("description"), k.description},
                        {QStringLiteral("partial_key_data"), QString(k.prefix + QStringLiteral("..."))},
                        {QStringLiteral("created_at"), isoTime(k.createdAt)},
                        {QStringLiteral("last_used_at"),
                         k.lastUsedAt > 0 ? QJsonValue(isoTime(k.lastUsedAt)) : QJsonValue()},
                        {QStringLiteral("owner_id"), owner.uid.toLongLong()}});
    return ok(200, keys, QStringLiteral("API keys retrieved"));
}

SandboxReply NebulaApi::adminUsers(const SandboxRequest& r, const StoredUser&)
{
    QStringList args;
    if (r.matches("GET", {QStringLiteral("users")})) {
        const qint64 offset = qMax(0, r.queryInt(QStringLiteral("offset"), 0));
        const int limit = qBound(1, r.queryInt(QStringLiteral("limit"), 50), 1000);
        qint64 total = 0;
        QJsonArray users;
        for (const StoredUser& u : m_context.store->listUsers(prefix(), offset, limit,
                                                              r.queryValue(QStringLiteral("search")), &total))
            users.append(userJson(u));
        return SandboxReply::json(200,
                                  QJsonObject{{QStringLiteral("data"), users},
                                              {QStringLiteral("total"), total},
                                              {QStringLiteral("message"), QStringLiteral("Users retrieved")},
                                              {QStringLiteral("status"), QStringLiteral("success")}});
    }
    if (r.matches("POST", {QStringLiteral("users")})) {
        bool isJson = false;
        const QJsonObject body = r.json(&isJson);
        const QString email = body.value(QStringLiteral("email")).toString();
        const QString password = body.value(QStringLiteral("password")).toString();
        if (!isJson || !email.contains(QLatin1Char('@')))
            return failed(400, QStringLiteral("email: a valid email address is required."));
        if (password.size() < 8)
            return failed(400, QStringLiteral("password: at least 8 characters are required."));
        if (m_context.store->userByLogin(prefix(), email))
            return failed(409, QStringLiteral("email: a user with this email already exists."));
        StoredUser u;
        u.api = prefix();
        u.uid = QString::number(m_context.store->nextNumericUid(prefix()));
        const QString name = body.value(QStringLiteral("name")).toString();
        u.firstName = name.section(QLatin1Char(' '), 0, 0);
        u.lastName = name.section(QLatin1Char(' '), 1);
        u.username = email;
        u.email = email;
        u.isStaff = body.value(QStringLiteral("is_staff")).toBool(false);
        u.enabled = body.value(QStringLiteral("is_active")).toBool(true);
        u.role = u.isStaff ? QStringLiteral("ADMIN") : QStringLiteral("GUEST");
        u.createdAt = SandboxContext::now();
        u.passwordHash = PasswordHasher::hash(password);
        u.row = m_context.store->insertUser(u);
        return ok(201, userJson(u), QStringLiteral("User created"));
    }
    if (r.segments.size() < 2)
        return failed(404, QStringLiteral("Not found."));
    auto target = m_context.store->userByUid(prefix(), r.segments[1]);
    if (!target)
        return failed(404, QStringLiteral("User not found."));
    if (r.matches("GET", {QStringLiteral("users"), QStringLiteral("*")}))
        return ok(200, userJson(*target), QStringLiteral("User retrieved"));
    if (r.matches("PATCH", {QStringLiteral("users"), QStringLiteral("*")})) {
        bool isJson = false;
        const QJsonObject body = r.json(&isJson);
        if (!isJson)
            return failed(400, QStringLiteral("The body must be JSON."));
        if (body.contains(QStringLiteral("email"))) {
            const QString email = body.value(QStringLiteral("email")).toString();
            if (!email.contains(QLatin1Char('@')))
                return failed(400, QStringLiteral("email: a valid email address is required."));
            target->email = email;
            target->username = email;
        }
        if (body.contains(QStringLiteral("name"))) {
            const QString name = body.value(QStringLiteral("name")).toString();
            target->firstName = name.section(QLatin1Char(' '), 0, 0);
            target->lastName = name.section(QLatin1Char(' '), 1);
        }
        if (body.contains(QStringLiteral("is_staff"))) {
            target->isStaff = body.value(QStringLiteral("is_staff")).toBool();
            target->role = target->isStaff ? QStringLiteral("ADMIN") : QStringLiteral("GUEST");
        }
        if (body.contains(QStringLiteral("is_active"))) {
            target->enabled = body.value(QStringLiteral("is_active")).toBool();
            if (!target->enabled)
                m_context.store->revokeAllSessions(target->row);
        }
        m_context.store->updateUser(*target);
        return ok(200, userJson(*target), QStringLiteral("User updated"));
    }
    if (r.matches("DELETE", {QStringLiteral("users"), QStringLiteral("*")})) {
        m_context.store->deleteUser(target->row);
        return ok(200, QJsonObject{}, QStringLiteral("User deleted"));
    }
    if (r.matches("GET", {QStringLiteral("users"), QStringLiteral("*"), QStringLiteral("sessions")})) {
        QJsonArray sessions;
        for (const StoredToken& t : m_context.store->sessionsOf(target->row, SandboxContext::now()))
            sessions.append(QJsonObject{{QStringLiteral("id"), t.sessionId},
                                        {QStringLiteral("created_at"), isoTime(t.createdAt)},
                                        {QStringLiteral("last_used_at"), isoTime(t.lastUsedAt)},
                                        {QStringLiteral("expires_at"), isoTime(t.expiresAt)},
                                        {QStringLiteral("ip_address"), t.ip},
                                        {QStringLiteral("user_agent"), t.userAgent}});
        return ok(200, sessions, QStringLiteral("Sessions retrieved"));
    }
    if (r.matches("DELETE", {QStringLiteral("users"), QStringLiteral("*"), QStringLiteral("sessions")})) {
        const int revoked = m_context.store->revokeAllSessions(target->row);
        return ok(200, QJsonObject{{QStringLiteral("revoked"), revoked}}, QStringLiteral("Sessions revoked"));
    }
    if (r.matches(
            "DELETE",
            {QStringLiteral("users"), QStringLiteral("*"), QStringLiteral("sessions"), QStringLiteral("*")},
            &args)) {
        if (m_context.store->revokeSession(target->row, args[1]) == 0)
            return failed(404, QStringLiteral("Session not found."));
        return ok(200, QJsonObject{}, QStringLiteral("Session revoked"));
    }
    if (r.matches("GET", {QStringLiteral("users"), QStringLiteral("*"), QStringLiteral("api_keys")}))
        return listKeys(*target);
    return failed(404, QStringLiteral("Not found."));
}
