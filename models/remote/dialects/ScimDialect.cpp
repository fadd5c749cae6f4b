#include "ScimDialect.h"

#include "JsonReader.h"
#include "remote/ErrorMapping.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ScimDialect", text);
}

const QString userSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
const QString patchOpSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");
const QString errorSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");
const QString listResponseSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");

// RFC 7644 §8.1: SCIM's own media type both ways; plain JSON is accepted from servers that use it.
HttpRequest scim(HttpRequest request)
{
    request.setHeader("Accept", "application/scim+json, application/json");
    if (!request.body.isEmpty())
        request.contentType = "application/scim+json";
    return request;
}

HttpRequest withBody(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    return scim(HttpRequest::json(method, path, JsonReader::compact(body)));
}

QString userPath(const User& user)
{
    return QStringLiteral("/Users/") + HttpRequest::segment(user.id);
}

HttpRequest patch(const User& user, const QJsonArray& operations)
{
    return withBody(
        "PATCH", userPath(user),
        {{QStringLiteral("schemas"), QJsonArray{patchOpSchema}}, {QStringLiteral("Operations"), operations}});
}

QString composed(const QString& first, const QString& last)
{
    return QString(first + QLatin1Char(' ') + last).trimmed();
}

// The email a person means by "the" email: the primary one, else the work one, else the first.
qsizetype primaryIndex(const QJsonArray& emails)
{
    for (qsizetype i = 0; i < emails.size(); ++i) {
        if (emails.at(i).toObject().value(QStringLiteral("primary")).toBool())
            return i;
    }
    for (qsizetype i = 0; i < emails.size(); ++i) {
        if (emails.at(i).toObject().value(QStringLiteral("type")).toString() == QLatin1String("work"))
            return i;
    }
    return emails.isEmpty() ? -1 : 0;
}

// Roles are complex values ({value, display, type, primary}); some servers send bare strings.
QStringList rolesFrom(const QJsonValue& roles)
{
    QStringList names;
    for (const QJsonValue& role : roles.toArray()) {
        const QString name =
            role.isObject() ? role.toObject().value(QStringLiteral("value")).toString() : role.toString();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

// The roles as SCIM values, keeping what the server said about roles the user already had.
QJsonArray rolesValue(const QStringList& roles, const QJsonValue& existing)
{
    QJsonArray values;
    for (const QString& role : roles) {
        QJsonObject value{{QStringLiteral("value"), role}};
        for (const QJsonValue& held : existing.toArray()) {
            if (held.isObject() && held.toObject().value(QStringLiteral("value")).toString() == role)
                value = held.toObject();
        }
        values.append(value);
    }
    return values;
}

bool activeFrom(const QJsonValue& value)
{
    // Some servers (and Entra) write booleans as strings; absent means nothing was said: active.
    if (value.isString())
        return value.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
    return value.toBool(true);
}

User userFrom(const QJsonObject& object)
{
    User user;
    user.id = object.value(QStringLiteral("id")).toString();
    user.username = object.value(QStringLiteral("userName")).toString();
    const QJsonArray emails = object.value(QStringLiteral("emails")).toArray();
    const qsizetype primary = primaryIndex(emails);
    if (primary >= 0)
        user.email = emails.at(primary).toObject().value(QStringLiteral("value")).toString();
    const QJsonObject name = object.value(QStringLiteral("name")).toObject();
    user.firstName = name.value(QStringLiteral("givenName")).toString();
    user.lastName = name.value(QStringLiteral("familyName")).toString();
    user.roles = rolesFrom(object.value(QStringLiteral("roles")));
    user.enabled = activeFrom(object.value(QStringLiteral("active")));
    // meta.lastModified is no sign-in time: it stays in the attributes with the rest of meta.
    user.createdAt = JsonReader::dateFrom(
        object.value(QStringLiteral("meta")).toObject().value(QStringLiteral("created")));
    user.attributes = object.toVariantMap();
    user.attributes.remove(QStringLiteral("password")); // "returned: never", kept out even if sent
    return user;
}

// Which form field a server's message is about, from the attribute names it mentions.
QString fieldIn(const QString& detail)
{
    static const QList<QPair<QString, QString>> names{
        {QStringLiteral("userName"), QStringLiteral("username")},
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("givenName"), QStringLiteral("firstName")},
        {QStringLiteral("familyName"), QStringLiteral("lastName")},
        {QStringLiteral("displayName"), QStringLiteral("displayName")},
        {QStringLiteral("password"), QStringLiteral("password")}};
    for (const auto& [attribute, field] : names) {
        if (detail.contains(attribute, Qt::CaseInsensitive))
            return field;
    }
    return {};
}

} // namespace

QString ScimDialect::displayName() const
{
    return tr("SCIM 2.0 (RFC 7644)");
}

Capabilities ScimDialect::capabilities(const Profile&) const
{
    Capabilities c;
    for (Capability allowed : {Capability::ListUsers, Capability::ServerSearch, Capability::TotalCount,
                               Capability::GetUser, Capability::CreateUser, Capability::UpdateUser,
                               Capability::DeleteUser, Capability::SetRoles, Capability::SetEnabled})
        c.allow(allowed);
    c.deny(
        Capability::ServerSort,
        tr("Sorting is optional in SCIM and most servers do not offer it; AuthDesk sorts the loaded rows."));
    const QString noSessions =
        tr("SCIM provisions accounts only: sessions live in the identity provider or the application.");
    for (Capability sessions : {Capability::ListSessions, Capability::ListAllSessions,
                                Capability::RevokeSession, Capability::RevokeAllSessions})
        c.deny(sessions, noSessions);
    const QString noKeys =
        tr("SCIM has no API keys: bearer tokens are issued by the server's administrator, outside SCIM.");
    for (Capability keys : {Capability::ListApiKeys, Capability::CreateApiKey, Capability::RevokeApiKey})
        c.deny(keys, noKeys);
    c.deny(Capability::RefreshToken, tr("A SCIM bearer token is used as it is until it expires or the "
                                        "server's administrator revokes it."));
    c.deny(Capability::SignOut,
           tr("SCIM has no sign-out: AuthDesk forgets the bearer token, which stays valid "
              "on the server until it is revoked there."));
    c.deny(Capability::UserActionsFromLinks, tr("SCIM does not advertise per-user actions."));
    return c;
}

QList<SettingField> ScimDialect::settingFields() const
{
    return {{QStringLiteral("api_key"), tr("Bearer token"), true, true, {}},
            {QStringLiteral("search_filter"),
             tr("Search filter: sw (starts with), co (contains) or eq (exact user name or email, for servers "
                "that filter by equality only)"),
             false, false, QStringLiteral("sw")}};
}

QList<UserField> ScimDialect::userFields() const
{
    return {UserField::make(QStringLiteral("username"), tr("User name"), UserField::Type::Text, true, true),
            UserField::make(QStringLiteral("email"), tr("Email"), UserField::Type::Email),
            UserField::make(QStringLiteral("firstName"), tr("First name")),
            UserField::make(QStringLiteral("lastName"), tr("Last name")),
            UserField::make(QStringLiteral("displayName"), tr("Display name (empty: from the name)"))};
}

QString ScimDialect::quoted(const QString& value)
{
    // RFC 7644 §3.4.2.2: a comparison value is a JSON string (RFC 7159).
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString ScimDialect::searchMode(const Profile& profile)
{
    const QString mode =
        profile.settings.value(QStringLiteral("search_filter")).toString().trimmed().toLower();
    return mode == QLatin1String("co") || mode == QLatin1String("eq") ? mode : QStringLiteral("sw");
}

QString ScimDialect::searchFilter(const QString& text, const QString& mode)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return {};
    if (mode == QLatin1String("eq")) {
        // One comparison, no `or`: servers that filter by equality often know nothing more.
        return value.contains(QLatin1Char('@')) ? QStringLiteral("emails.value eq ") + quoted(value)
                                                : QStringLiteral("userName eq ") + quoted(value);
    }
    const QString op = mode == QLatin1String("co") ? QStringLiteral(" co ") : QStringLiteral(" sw ");
    QStringList terms;
    for (const char* attribute :
         {"userName", "emails.value", "name.givenName", "name.familyName", "displayName"})
        terms << QLatin1String(attribute) + op + quoted(value);
    return terms.join(QLatin1String(" or "));
}

HttpRequest ScimDialect::signInRequest(const Profile&, const Secrets& secrets) const
{
    // A bearer token is the credential itself: the cheapest authenticated call proves it works.
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("startIndex"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("count"), QStringLiteral("1"));
    HttpRequest r = scim(HttpRequest::get(QStringLiteral("/Users"), q));
    r.setHeader("Authorization", "Bearer " + secrets.value(QStringLiteral("api_key")).trimmed().toUtf8());
    r.authenticated = false;
    return r;
}

Result<AuthState> ScimDialect::parseSignIn(const HttpResponse& response, const Profile& profile) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    const QJsonObject list = body.value();
    if (!list.value(QStringLiteral("totalResults")).isDouble() &&
        !list.value(QStringLiteral("schemas")).toArray().contains(listResponseSchema))
        return JsonReader::malformed(QStringLiteral(
            "GET /Users did not answer with a SCIM ListResponse: is the base URL the SCIM root?"));
    AuthState state;
    state.tokenType = QStringLiteral("Bearer");
    state.issuedAt = QDateTime::currentDateTimeUtc();
    state.accessToken = QStringLiteral("(bearer token)"); // the token itself stays in Secrets
    state.identity = profile.identity.isEmpty() ? tr("SCIM bearer token") : profile.identity;
    return state; // expiresAt stays invalid: SCIM does not say when a token ends
}

void ScimDialect::authorize(HttpRequest& request, const AuthState&, const Profile&,
                            const Secrets& secrets) const
{
    request.setHeader("Authorization",
                      "Bearer " + secrets.value(QStringLiteral("api_key")).trimmed().toUtf8());
}

HttpRequest ScimDialect::listUsersRequest(const UserQuery& query) const
{
    return listUsersRequest(Profile(), query);
}

Plan<UserPage> ScimDialect::listUsers(const Profile& profile, const UserQuery& query) const
{
    return Plan<UserPage>::single(listUsersRequest(profile, query),
                                  [this, query](const HttpResponse& r) { return parseUserPage(r, query); });
}

HttpRequest ScimDialect::listUsersRequest(const Profile& profile, const UserQuery& query) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("startIndex"), QString::number(query.offset + 1)); // 1-based
    q.addQueryItem(QStringLiteral("count"), QString::number(qMax(0, query.limit)));
    const QString filter = searchFilter(query.search, searchMode(profile));
    if (!filter.isEmpty())
        HttpRequest::addText(q, QStringLiteral("filter"), filter);
    return scim(HttpRequest::get(QStringLiteral("/Users"), q));
}

Result<UserPage> ScimDialect::parseUserPage(const HttpResponse& response, const UserQuery& query) const
{
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    const QJsonValue resources = body.value().value(QStringLiteral("Resources"));
    const QJsonValue total = body.value().value(QStringLiteral("totalResults"));
    // Resources may be left out of an empty page; totalResults is required.
    if (!total.isDouble() || !(resources.isArray() || resources.isUndefined()))
        return JsonReader::malformed(
            QStringLiteral("expected a SCIM ListResponse {totalResults, Resources}"));
    UserPage page;
    for (const QJsonValue& value : resources.toArray()) {
        User user = userFrom(value.toObject());
        if (user.id.isEmpty())
            return JsonReader::malformed(QStringLiteral("a listed user without id"));
        page.users << user;
    }
    page.total = total.toInteger();
    page.hasMore = query.offset + page.users.size() < page.total;
    return page;
}

HttpRequest ScimDialect::getUserRequest(const User& user) const
{
    return scim(HttpRequest::get(userPath(user)));
}

HttpRequest ScimDialect::createUserRequest(const UserEdit& edit, const Profile&, const Secrets&) const
{
    const User& u = edit.user;
    QJsonObject body{{QStringLiteral("schemas"), QJsonArray{userSchema}},
                     {QStringLiteral("userName"), u.username.isEmpty() ? u.email : u.username},
                     {QStringLiteral("active"), u.enabled}};
    QJsonObject name;
    if (!u.firstName.isEmpty())
        name.insert(QStringLiteral("givenName"), u.firstName);
    if (!u.lastName.isEmpty())
        name.insert(QStringLiteral("familyName"), u.lastName);
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    const QString display = u.attributes.value(QStringLiteral("displayName")).toString().trimmed();
    if (!display.isEmpty())
        body.insert(QStringLiteral("displayName"), display);
    if (!u.email.isEmpty())
        body.insert(QStringLiteral("emails"),
                    QJsonArray{QJsonObject{{QStringLiteral("value"), u.email},
                                           {QStringLiteral("type"), QStringLiteral("work")},
                                           {QStringLiteral("primary"), true}}});
    if (!u.roles.isEmpty())
        body.insert(QStringLiteral("roles"), rolesValue(u.roles, {}));
    if (!edit.password.isEmpty())
        body.insert(QStringLiteral("password"), edit.password);
    return withBody("POST", QStringLiteral("/Users"), body);
}

HttpRequest ScimDialect::updateUserRequest(const User& before, const UserEdit& after) const
{
    // PUT replaces the whole resource: without the one the server sent, everything the form
    // does not show would be wiped.
    if (before.attributes.isEmpty())
        return {};
    QVariantMap merged = before.attributes;
    for (auto it = after.user.attributes.cbegin(); it != after.user.attributes.cend(); ++it)
        merged.insert(it.key(), it.value());
    QJsonObject body = QJsonObject::fromVariantMap(merged);
    const QJsonObject meta = body.take(QStringLiteral("meta")).toObject();
    body.remove(QStringLiteral("groups")); // read-only: memberships change through /Groups
    if (body.value(QStringLiteral("schemas")).toArray().isEmpty())
        body.insert(QStringLiteral("schemas"), QJsonArray{userSchema});
    body.insert(QStringLiteral("id"), before.id);
    body.insert(QStringLiteral("userName"),
                after.user.username.isEmpty() ? before.username : after.user.username);
    body.insert(QStringLiteral("active"), after.user.enabled);

    // A formatted name or display name that was derived from the old parts follows the new
    // ones; one the directory set otherwise stays as it was.
    QJsonObject name = body.value(QStringLiteral("name")).toObject();
    const QString oldComposed = composed(before.firstName, before.lastName);
    const QString newComposed = composed(after.user.firstName, after.user.lastName);
    const QString oldFormatted = name.value(QStringLiteral("formatted")).toString();
    auto setOrRemove = [](QJsonObject& object, const QString& key, const QString& value) {
        if (value.isEmpty())
            object.remove(key);
        else
            object.insert(key, value);
    };
    setOrRemove(name, QStringLiteral("givenName"), after.user.firstName);
    setOrRemove(name, QStringLiteral("familyName"), after.user.lastName);
    const bool renamed = newComposed != oldComposed;
    if (renamed && (oldFormatted.isEmpty() || oldFormatted == oldComposed))
        setOrRemove(name, QStringLiteral("formatted"), newComposed);
    if (name.isEmpty())
        body.remove(QStringLiteral("name"));
    else
        body.insert(QStringLiteral("name"), name);
    const QString oldDisplay = before.attributes.value(QStringLiteral("displayName")).toString();
    QString display = body.value(QStringLiteral("displayName")).toString().trimmed();
    if (renamed && display == oldDisplay && (display == oldComposed || display == oldFormatted))
        display = newComposed;
    setOrRemove(body, QStringLiteral("displayName"), display);

    if (after.user.email != before.email) {
        QJsonArray emails = body.value(QStringLiteral("emails")).toArray();
        const qsizetype primary = primaryIndex(emails);
        if (after.user.email.isEmpty() && primary >= 0) {
            emails.removeAt(primary);
        } else if (primary >= 0) {
            QJsonObject email = emails.at(primary).toObject();
            email.insert(QStringLiteral("value"), after.user.email);
            emails.replace(primary, email);
        } else if (!after.user.email.isEmpty()) {
            emails.append(QJsonObject{{QStringLiteral("value"), after.user.email},
                                      {QStringLiteral("type"), QStringLiteral("work")},
                                      {QStringLiteral("primary"), true}});
        }
        if (emails.isEmpty())
            body.remove(QStringLiteral("emails"));
        else
            body.insert(QStringLiteral("emails"), emails);
    }
    if (after.user.roles != before.roles) {
        const QJsonArray roles = rolesValue(after.user.roles, body.value(QStringLiteral("roles")));
        if (roles.isEmpty())
            body.remove(QStringLiteral("roles"));
        else
            body.insert(QStringLiteral("roles"), roles);
    }
    if (!after.password.isEmpty())
        body.insert(QStringLiteral("password"), after.password);
    HttpRequest r = withBody("PUT", userPath(before), body);
    // With a version the server refuses to overwrite a change made since the user was read.
    const QString version = meta.value(QStringLiteral("version")).toString();
    if (!version.isEmpty())
        r.setHeader("If-Match", version.toUtf8());
    return r;
}

HttpRequest ScimDialect::deleteUserRequest(const User& user) const
{
    return scim(HttpRequest::withoutBody("DELETE", userPath(user)));
}

HttpRequest ScimDialect::setRolesRequest(const User& user, const QStringList& roles) const
{
    QStringList cleaned;
    for (const QString& role : roles) {
        if (!role.trimmed().isEmpty() && !cleaned.contains(role.trimmed()))
            cleaned << role.trimmed();
    }
    if (cleaned.isEmpty())
        return patch(user, {QJsonObject{{QStringLiteral("op"), QStringLiteral("remove")},
                                        {QStringLiteral("path"), QStringLiteral("roles")}}});
    // Without a filter in the path, replace swaps every value of the multi-valued attribute.
    return patch(user, {QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                    {QStringLiteral("path"), QStringLiteral("roles")},
                                    {QStringLiteral("value"),
                                     rolesValue(cleaned, QJsonValue::fromVariant(user.attributes.value(
                                                             QStringLiteral("roles"))))}}});
}

HttpRequest ScimDialect::setEnabledRequest(const User& user, bool enabled) const
{
    return patch(user, {QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                    {QStringLiteral("path"), QStringLiteral("active")},
                                    {QStringLiteral("value"), enabled}}});
}

Result<User> ScimDialect::parseUser(const HttpResponse& response) const
{
    if (response.body.trimmed().isEmpty()) {
        // RFC 7644 lets a PATCH answer 204 without the resource.
        ApiError error = JsonReader::malformed(QStringLiteral("HTTP %1 without a body").arg(response.status));
        error.message = tr("The server made the change but sent the user back empty; refresh to see it.");
        return error;
    }
    Result<QJsonObject> body = JsonReader::parseObject(response);
    if (!body.ok())
        return body.error();
    User user = userFrom(body.value());
    if (user.id.isEmpty())
        return JsonReader::malformed(QStringLiteral("a user without id"));
    return user;
}

ServerError ScimDialect::readError(const HttpResponse& response) const
{
    // RFC 7644 3.12: {"schemas":[...Error],"status":"400","scimType":"mutability","detail":"..."}.
    ServerError error;
    if (response.isSuccess())
        return error;
    const QJsonObject body = errorDocument(response).object();
    const bool scimError = body.value(QStringLiteral("schemas")).toArray().contains(errorSchema) ||
                           body.contains(QStringLiteral("scimType")) ||
                           body.contains(QStringLiteral("detail"));
    error.message = body.value(QStringLiteral("detail")).toString().trimmed();
    error.code = body.value(QStringLiteral("scimType")).toString();
    const QString detail = ErrorMapping::quote(error.message);
    auto is = [&error](const char* scimType) { return error.code == QLatin1String(scimType); };
    const int status = response.status;

    if (is("uniqueness")) {
        error.reason = ServerError::Reason::Duplicate;
        error.field =
            fieldIn(detail) == QLatin1String("email") ? QStringLiteral("email") : QStringLiteral("username");
        // SCIM names the attribute userName; the email sentence is ErrorMapping's.
        if (error.field == QLatin1String("username"))
            error.sentence = tr("A user with this user name already exists.");
        return error;
    }
    switch (status) {
    case 400:
        error.field = fieldIn(detail);
        if (is("invalidFilter")) {
            // The search filter is a profile setting, since servers differ in the operators they take.
            error.field.clear();
            error.sentence =
                detail.isEmpty()
                    ? tr("This server does not accept AuthDesk's search: choose another search "
                         "filter (sw, co or eq) in the profile.")
                    : tr("This server does not accept AuthDesk's search (%1): choose another search "
                         "filter (sw, co or eq) in the profile.")
                          .arg(detail);
        } else if (is("tooMany")) {
            error.sentence = tr("The server finds too many users for this search; narrow it down.");
        } else if (is("mutability")) {
            error.sentence = detail.isEmpty()
                                 ? tr("The server does not let this attribute change.")
                                 : tr("The server does not let this attribute change: %1.").arg(detail);
        }
        break;
    case 401:
        // The bearer token is the only credential: no session to renew, no password to retry.
        error.reason = ServerError::Reason::CredentialRefused;
        error.sentence = tr("The server refused the bearer token: it is wrong, expired or revoked.");
        break;
    case 403:
        error.sentence = detail.isEmpty()
                             ? tr("Not allowed with this bearer token: it lacks the permission for this.")
                             : tr("Not allowed with this bearer token: %1.").arg(detail);
        break;
    case 404:
        // A SCIM server says what it did not find; anything else answering is no SCIM root.
        if (!scimError) {
            error.reason = ServerError::Reason::NoSuchEndpoint;
            error.sentence = tr("The server has no SCIM endpoint here: the base URL must be the SCIM root, "
                                "e.g. https://idp.example.com/scim/v2.");
        }
        break;
    default:
        break;
    }
    return error;
}
