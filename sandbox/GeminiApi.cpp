#include "GeminiApi.h"

#include "PasswordHasher.h"
#include "TokenService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace {
constexpr int geminiTokenLifetime = 86400;

bool isPrivileged(const QStringList& scopes)
{
    return scopes.contains(QLatin1String("admin")) || scopes.contains(QLatin1String("city"));
}
} // namespace

const QStringList& GeminiApi::requestableScopes()
{
    static const QStringList scopes{QStringLiteral("profile"), QStringLiteral("performer"),
                                    QStringLiteral("venue")};
    return scopes;
}

SandboxReply GeminiApi::error(int status, const QString& code, const QString& description)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"), code},
                                                  {QStringLiteral("error_description"), description}});
}

QJsonObject GeminiApi::userJson(const StoredUser& u, const StoredUser& caller,
                                const QStringList& callerScopes)
{
    const QString base = QStringLiteral("/api/users/") + u.uid;
    auto link = [](const QString& href, const char* method, const char* title) {
        return QJsonObject{{QStringLiteral("href"), href},
                           {QStringLiteral("method"), QLatin1String(method)},
                           {QStringLiteral("title"), QLatin1String(title)}};
    };
    const bool self = u.row == caller.row;
    const bool admin = callerScopes.contains(QLatin1String("admin"));
    QJsonObject links{{QStringLiteral("self"), link(base, "GET", "User data and profile information.")}};
    if (self || admin) {
        links.insert(QStringLiteral("edit"), link(base, "PATCH", "Edit this user account."));
        links.insert(QStringLiteral("delete"),
                     link(base + QStringLiteral("/delete"), "POST", "Delete this user account."));
    }
    if (self && callerScopes.contains(QLatin1String("performer")))
        links.insert(QStringLiteral("new-artist"),
                     link(QStringLiteral("/api/artist/") + u.uid + QStringLiteral("/new"), "POST",
                          "Create a new performer profile for this user."));
    if (self && callerScopes.contains(QLatin1String("venue")))
        links.insert(QStringLiteral("new-venue"),
                     link(QStringLiteral("/api/venue/") + u.uid + QStringLiteral("/new"), "POST",
                          "Create a new venue profile for this user."));
    if (isPrivileged(callerScopes)) {
        links.insert(QStringLiteral("sessions"),
                     link(base + QStringLiteral("/sessions"), "GET", "Sessions of this user account."));
        links.insert(QStringLiteral("revoke-sessions"), link(base + QStringLiteral("/sessions/revoke"),
                                                             "POST", "Sign this user out everywhere."));
    }
    if (admin)
        links.insert(QStringLiteral("scopes"), link(base + QStringLiteral("/scopes"), "PUT",
                                                    "Change the scopes of this user account."));

    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{{QStringLiteral("_links"), links},
                       {QStringLiteral("address"), QJsonValue()},
                       {QStringLiteral("allow_email_notifications"), true},
                       {QStringLiteral("artists"), QJsonArray()},
                       {QStringLiteral("cities"), QJsonArray()},
                       {QStringLiteral("email"), u.email},
                       {QStringLiteral("first_name"), orNull(u.firstName)},
                       {QStringLiteral("has_confirmed_email"), u.lastLoginAt > 0},
                       {QStringLiteral("id"), u.uid},
                       {QStringLiteral("last_name"), orNull(u.lastName)},
                       {QStringLiteral("locale"), QStringLiteral("en_US")},
                       {QStringLiteral("phone"), orNull(u.phone)},
                       {QStringLiteral("selfmatches"), QJsonArray()},
                       {QStringLiteral("venues"), QJsonArray()},
                       {QStringLiteral("zip_code"), QJsonValue()},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(u.scopes)},
                       {QStringLiteral("is_active"), u.enabled},
                       {QStringLiteral("created_at"), isoTime(u.createdAt)},
                       {QStringLiteral("last_login_at"),
                        u.lastLoginAt > 0 ? QJsonValue(isoTime(u.lastLoginAt)) : QJsonValue()}};
}

bool GeminiApi::clientAuthenticated(const SandboxRequest& r) const
{
    const QByteArray header = r.header("Authorization");
    if (!header.startsWith("Basic "))
        return false;
    const QByteArray expected =
        (m_context.geminiClientId + QLatin1Char(':') + m_context.geminiClientSecret).toUtf8();
    return QByteArray::fromBase64(header.mid(6).trimmed()) == expected;
}

SandboxReply GeminiApi::handle(const SandboxRequest& r)
{
    if (r.matches("POST", {QStringLiteral("api"), QStringLiteral("users"), QStringLiteral("create")}))
        return createUser(r);
    if (r.matches("POST", {QStringLiteral("api"), QStringLiteral("oauth"), QStringLiteral("token")}))
        return token(r);

    const QString bearer = bearerOf(r);
    const auto live = liveToken(bearer);
    auto caller = live ? m_context.store->userByRow(live->userRow) : std::nullopt;
    if (!caller || !caller->enabled)
        return error(401, QStringLiteral("invalid_token"),
                     QStringLiteral("The access token is missing, expired or revoked."));
    const QStringList scopes = live->scopes;

    if (r.matches("POST", {QStringLiteral("api"), QStringLiteral("oauth"), QStringLiteral("revoke")})) {
        m_context.store->revokeSession(caller->row, live->sessionId);
        return SandboxReply::json(200, QJsonObject{});
    }
    if (r.matches("GET", {QStringLiteral("api"), QStringLiteral("users")}))
        return listUsers(r, scopes);

    if (r.segments.size() >= 3 && r.segments[0] == QLatin1String("api") &&
        r.segments[1] == QLatin1String("users")) {
        auto target = m_context.store->userByUid(prefix(), r.segments[2]);
        if (!target)
            return error(404, QStringLiteral("not_found"), QStringLiteral("No such user."));
        const bool self = target->row == caller->row;
        const bool admin = scopes.contains(QLatin1String("admin"));
        const bool privileged = isPrivileged(scopes);
        QStringList args;
        if (r.matches("GET", {QStringLiteral("api"), QStringLiteral("users"), QStringLiteral("*")}))
            return SandboxReply::json(200, userJson(*target, *caller, scopes));
        if (r.matches("PATCH", {QStringLiteral("api"), QStringLiteral("users"), QStringLiteral("*")})) {
            if (!self && !admin)
                return error(403, QStringLiteral("insufficient_scope"),
                             QStringLiteral("Editing another user needs the admin scope."));
            return patchUser(r, *target, scopes);
        }
        if (r.matches("POST", {QStringLiteral("api"), QStringLiteral("users"), QStringLiteral("*"),
                               QStringLiteral("delete")})) {
            if (!self && !admin)
                return error(403, QStringLiteral("insufficient_scope"),
                             QStringLiteral("Deleting another user needs the admin scope."));
            m_context.store->deleteUser(target->row);
            return SandboxReply::empty(204);
        }
        if (r.matches("PUT", {QStringLiteral("api"), QStringLiteral("users"), QStringLiteral("*"),
                              QStringLiteral("scopes")})) {
            if (!admin)
                return error(403, QStringLiteral("insufficient_scope"),
                             QStringLiteral("Changing scopes needs the admin scope."));
            bool isJson = false;
            const QJsonObject body = r.json(&isJson);
            if (!isJson || !body.value(QStringLiteral("scopes")).isArray())
                return error(400, QStringLiteral("invalid_request"),
                             QStringLiteral("Expected {\"scopes\": [...]}."));
            QStringList wanted;
            for (const QJsonValue& v : body.value(QStringLiteral("scopes")).toArray()) {
                if (!requestableScopes().contains(v.toString()))
                    return error(
                        400, QStringLiteral("invalid_scope"),
                        QStringLiteral(
                            "The scope '%1' cannot be assigned; city and admin are granted by the server.")
                            .arg(v.toString()));
                wanted << v.toString();
            }
            QStringList kept; // server-granted scopes stay as they are
            for (const QString& s : target->scopes) {
                if (!requestableScopes().contains(s))
                    kept << s;
            }
            wanted.removeDuplicates();
            target->scopes = wanted + kept;
            m_context.store->updateUser(*target);
            return SandboxReply::json(200, userJson(*target, *caller, scopes));
        }
        if (!self && !privileged)
            return error(403, QStringLiteral("insufficient_scope"),
                         QStringLiteral("Managing sessions needs the city or admin scope."));
        if (r.matches("GET", {QStringLiteral("api"), QStringLiteral("users"), QStringLiteral("*"),
                              QStringLiteral("sessions")})) {
            QJsonArray sessions;
            for (const StoredToken& t : m_context.store->sessionsOf(target->row, SandboxContext::now()))
                sessions.append(QJsonObject{{QStringLiteral("id"), t.sessionId},
                                            {QStringLiteral("created_at"), isoTime(t.createdAt)},
                                            {QStringLiteral("last_used_at"), isoTime(t.lastUsedAt)},
                                            {QStringLiteral("expires_at"), isoTime(t.expiresAt)},
                                            {QStringLiteral("ip_address"), t.ip},
                                            {QStringLiteral("user_agent"), t.userAgent},
                                            {QStringLiteral("scope"), QJsonArray::fromStringList(t.scopes)}});
            return SandboxReply::json(200, QJsonObject{{QStringLiteral("sessions"), sessions}});
        }
        if (r.matches("POST", {QStringLiteral("api"), QStringLiteral("users"), QStringLiteral("*"),
                               QStringLiteral("sessions"), QStringLiteral("revoke")})) {
            const int revoked = m_context.store->revokeAllSessions(target->row);
            return SandboxReply::json(200, QJsonObject{{QStringLiteral("revoked"), revoked}});
        }
        if (r.matches("POST",
                      {QStringLiteral("api"), QStringLiteral("users"), QStringLiteral("*"),
                       QStringLiteral("sessions"), QStringLiteral("*"), QStringLiteral("revoke")},
                      &args)) {
            if (m_context.store->revokeSession(target->row, args[1]) == 0)
                return error(404, QStringLiteral("not_found"), QStringLiteral("No such session."));
            return SandboxReply::empty(204);
        }
    }
    return error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint."));
}

SandboxReply GeminiApi::createUser(const SandboxRequest& r)
{
    if (!clientAuthenticated(r))
        return error(401, QStringLiteral("invalid_client"), QStringLiteral("Client authentication failed."));
    bool isJson = false;
    const QJsonObject body = r.json(&isJson);
    if (!isJson)
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("The body must be JSON."));
    const QString email = body.value(QStringLiteral("email")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    if (!email.contains(QLatin1Char('@')))
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("A valid email is required."));
    if (password.size() < 8)
        return error(400, QStringLiteral("invalid_request"),
                     QStringLiteral("The password must have at least 8 characters."));
    if (body.value(QStringLiteral("grant_type")).toString() != QLatin1String("password"))
        return error(400, QStringLiteral("unsupported_grant_type"),
                     QStringLiteral("Only the password grant is supported."));
    if (!body.value(QStringLiteral("has_accepted_terms")).toBool())
        return error(400, QStringLiteral("invalid_request"),
                     QStringLiteral("The terms and conditions must be accepted."));
    if (m_context.store->userByLogin(prefix(), email))
        return error(409, QStringLiteral("conflict"),
                     QStringLiteral("An account with this email already exists."));
    const QStringList requested =
        body.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& s : requested) {
        if (!requestableScopes().contains(s))
            return error(400, QStringLiteral("invalid_scope"),
                         QStringLiteral("The scope '%1' cannot be requested.").arg(s));
    }
    StoredUser user;
    user.api = prefix();
    user.uid = TokenService::uuid();
    user.username = email;
    user.email = email;
    user.scopes = requestableScopes();
    user.createdAt = SandboxContext::now();
    user.passwordHash = PasswordHasher::hash(password);
    user.row = m_context.store->insertUser(user);
    return tokenAnswer(user, requested, r);
}

SandboxReply GeminiApi::token(const SandboxRequest& r)
{
    bool isJson = false;
    QJsonObject body = r.json(&isJson);
    if (!isJson) { // real OAuth2 clients send a form
        const QUrlQuery form = r.form();
        for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded))
            body.insert(key, value);
    }
    // The vendor's example sends "Bearer: <old token>"; clients may send Basic client auth.
    const QByteArray auth = r.header("Authorization");
    if (auth.startsWith("Basic ") && !clientAuthenticated(r))
        return error(401, QStringLiteral("invalid_client"), QStringLiteral("Client authentication failed."));
    if (body.value(QStringLiteral("grant_type")).toString() != QLatin1String("password"))
        return error(400, QStringLiteral("unsupported_grant_type"),
                     QStringLiteral("Only the password grant is supported."));
    const QStringList requested =
        body.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& s : requested) {
        if (!requestableScopes().contains(s))
            return error(400, QStringLiteral("invalid_scope"),
                         QStringLiteral(
                             "The scope '%1' cannot be requested; city and admin are granted by the server.")
                             .arg(s));
    }
    auto user = m_context.store->userByLogin(prefix(), body.value(QStringLiteral("username")).toString());
    if (!user ||
        !PasswordHasher::verify(user->passwordHash, body.value(QStringLiteral("password")).toString()))
        return error(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid username or password."));
    if (!user->enabled)
        return error(400, QStringLiteral("invalid_grant"), QStringLiteral("This account is disabled."));
    user->lastLoginAt = SandboxContext::now();
    m_context.store->updateUser(*user);
    return tokenAnswer(*user, requested, r);
}

SandboxReply GeminiApi::tokenAnswer(const StoredUser& user, const QStringList& requested,
                                    const SandboxRequest& r)
{
    QStringList granted;
    for (const QString& s : requested) {
        if (user.scopes.contains(s) && !granted.contains(s))
            granted << s;
    }
    for (const char* special : {"city", "admin"}) { // granted on token creation, never requested
        if (user.scopes.contains(QLatin1String(special)))
            granted << QLatin1String(special);
    }
    const int lifetime = m_context.lifetime(geminiTokenLifetime);
    const IssuedSession session = issueSession(user, granted, lifetime, 0, r);
    QJsonObject token{{QStringLiteral("access_token"), session.accessToken},
                      {QStringLiteral("expires_in"), lifetime},
                      {QStringLiteral("scope"), QJsonArray::fromStringList(granted)},
                      {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    return SandboxReply::json(201, QJsonObject{{QStringLiteral("token"), token},
                                               {QStringLiteral("user"), userJson(user, user, granted)}});
}

SandboxReply GeminiApi::listUsers(const SandboxRequest& r, const QStringList& callerScopes)
{
    if (!isPrivileged(callerScopes))
        return error(403, QStringLiteral("insufficient_scope"),
                     QStringLiteral("Listing users needs the city or admin scope."));
    const int perPage = qBound(1, r.queryInt(QStringLiteral("per_page"), 25), 1000);
    const int page = qMax(1, r.queryInt(QStringLiteral("page"), 1));
    const QString search = r.queryValue(QStringLiteral("q"));
    // sort= one of the keys below (default: creation order); order= asc (default) or desc.
    static const QList<QPair<QString, UserOrder>> sortKeys{
        {QStringLiteral("created_at"), UserOrder::CreatedAt},
        {QStringLiteral("email"), UserOrder::Email},
        {QStringLiteral("first_name"), UserOrder::FirstName},
        {QStringLiteral("last_name"), UserOrder::LastName}};
    const QString sort = r.queryValue(QStringLiteral("sort"));
    UserOrder order = UserOrder::Creation;
    if (!sort.isEmpty()) {
        const auto key =
            std::find_if(sortKeys.begin(), sortKeys.end(), [&](const auto& k) { return k.first == sort; });
        if (key == sortKeys.end())
            return error(400, QStringLiteral("invalid_request"),
                         QStringLiteral("sort must be one of created_at, email, first_name, last_name."));
        order = key->second;
    }
    const QString direction = r.queryValue(QStringLiteral("order"));
    if (!direction.isEmpty() && direction != QLatin1String("asc") && direction != QLatin1String("desc"))
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("order must be asc or desc."));
    const bool descending = direction == QLatin1String("desc");

    qint64 total = 0;
    const auto users = m_context.store->listUsers(prefix(), qint64(page - 1) * perPage, perPage, search,
                                                  &total, order, descending);
    const auto caller = m_context.store->userByRow(liveToken(bearerOf(r))->userRow);
    QJsonArray list;
    for (const StoredUser& u : users)
        list.append(userJson(u, *caller, callerScopes));
    const qint64 pages = (total + perPage - 1) / perPage;
    auto href = [&](int p) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("page"), QString::number(p));
        q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
        if (!search.isEmpty())
            q.addQueryItem(QStringLiteral("q"), search);
        if (!sort.isEmpty())
            q.addQueryItem(QStringLiteral("sort"), sort);
        if (!direction.isEmpty())
            q.addQueryItem(QStringLiteral("order"), direction);
        return QJsonValue(QStringLiteral("/api/users?") + q.toString(QUrl::FullyEncoded));
    };
    QJsonObject pagination{{QStringLiteral("next"), page < pages ? href(page + 1) : QJsonValue()},
                           {QStringLiteral("prev"), page > 1 ? href(page - 1) : QJsonValue()},
                           {QStringLiteral("pages"), pages},
                           {QStringLiteral("total"), total}};
    return SandboxReply::json(
        200, QJsonObject{{QStringLiteral("users"), list}, {QStringLiteral("pagination"), pagination}});
}

SandboxReply GeminiApi::patchUser(const SandboxRequest& r, StoredUser target, const QStringList& callerScopes)
{
    bool isJson = false;
    const QJsonObject body = r.json(&isJson);
    if (!isJson)
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("The body must be JSON."));
    if (body.contains(QStringLiteral("email"))) {
        const QString email = body.value(QStringLiteral("email")).toString();
        if (!email.contains(QLatin1Char('@')))
            return error(400, QStringLiteral("invalid_request"),
                         QStringLiteral("email: a valid email is required."));
        target.email = email;
        target.username = email;
    }
    if (body.contains(QStringLiteral("first_name")))
        target.firstName = body.value(QStringLiteral("first_name")).toString();
    if (body.contains(QStringLiteral("last_name")))
        target.lastName = body.value(QStringLiteral("last_name")).toString();
    if (body.contains(QStringLiteral("phone")))
        target.phone = body.value(QStringLiteral("phone")).toString();
    if (body.contains(QStringLiteral("password"))) {
        if (body.value(QStringLiteral("password")).toString().size() < 8)
            return error(400, QStringLiteral("invalid_request"),
                         QStringLiteral("password: at least 8 characters."));
        target.passwordHash = PasswordHasher::hash(body.value(QStringLiteral("password")).toString());
    }
    if (body.contains(QStringLiteral("is_active"))) {
        if (!callerScopes.contains(QLatin1String("admin")))
            return error(403, QStringLiteral("insufficient_scope"),
                         QStringLiteral("Enabling or disabling needs the admin scope."));
        target.enabled = body.value(QStringLiteral("is_active")).toBool(true);
        if (!target.enabled)
            m_context.store->revokeAllSessions(target.row);
    }
    m_context.store->updateUser(target);
    const auto caller = m_context.store->userByRow(liveToken(bearerOf(r))->userRow);
    return SandboxReply::json(200, userJson(target, *caller, callerScopes));
}
