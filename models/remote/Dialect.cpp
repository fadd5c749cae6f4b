#include "Dialect.h"

#include "ErrorMapping.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
// No error message needs more: a larger failed body is a page, not worth parsing.
constexpr qsizetype errorBodyLimit = 64 * 1024;

// {"error":"invalid_grant"} holds a code, {"error":"User not found"} a message.
bool looksLikeCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral(R"(^[A-Za-z0-9_.:-]+$)"));
    return code.match(text).hasMatch();
}
} // namespace

Result<UserPage> Dialect::parseUserPage(const HttpResponse&, const UserQuery&) const
{
    return ErrorMapping::unsupported();
}

HttpRequest Dialect::updateUserRequest(const User&, const UserEdit&) const
{
    return {};
}

Result<User> Dialect::parseUser(const HttpResponse&) const
{
    return ErrorMapping::unsupported();
}

Result<QList<RoleDefinition>> Dialect::parseRoles(const HttpResponse&) const
{
    return ErrorMapping::unsupported();
}

Result<QList<Session>> Dialect::parseSessions(const HttpResponse&) const
{
    return ErrorMapping::unsupported();
}

Result<QList<ApiKey>> Dialect::parseApiKeys(const HttpResponse&) const
{
    return ErrorMapping::unsupported();
}

Result<IssuedApiKey> Dialect::parseIssuedApiKey(const HttpResponse&) const
{
    return ErrorMapping::unsupported();
}

QJsonDocument Dialect::errorDocument(const HttpResponse& response)
{
    const QByteArray body = response.body.trimmed();
    if (body.size() > errorBodyLimit || !(body.startsWith('{') || body.startsWith('[')))
        return {};
    return QJsonDocument::fromJson(body);
}

ServerError Dialect::commonError(const HttpResponse& response)
{
    ServerError error;
    const QJsonObject body = errorDocument(response).object();
    if (body.isEmpty())
        return error;
    auto text = [](const QJsonValue& value) {
        return value.isString() ? value.toString().trimmed() : QString();
    };
    const QJsonValue inner = body.value(QStringLiteral("error"));
    if (inner.isObject()) {
        error.message = text(inner.toObject().value(QStringLiteral("message")));
        error.code = text(inner.toObject().value(QStringLiteral("code")));
    } else if (const QString value = text(inner); looksLikeCode(value)) {
        error.code = value;
    } else {
        error.message = value;
    }
    for (const char* key : {"errorMessage", "error_description", "message", "detail"}) {
        if (error.message.isEmpty())
            error.message = text(body.value(QLatin1String(key)));
    }
    if (error.code.isEmpty())
        error.code = text(body.value(QStringLiteral("code")));
    return error;
}

ServerError Dialect::readError(const HttpResponse& response) const
{
    // A success's body is the answer: it is parsed once, by the operation's parser.
    if (response.isSuccess())
        return {};
    return commonError(response);
}

ApiError Dialect::parseError(const HttpResponse& response) const
{
    if (!response.transportError.isNone())
        return response.transportError;
    return ErrorMapping::fromResponse(response, readError(response));
}

ApiError Dialect::errorOf(const HttpResponse& response) const
{
    if (!response.isSuccess())
        return parseError(response);
    const ServerError error = readError(response);
    return error.failed ? ErrorMapping::fromResponse(response, error) : ApiError();
}

// ===== Operations =====

namespace {
template <typename T>
Plan<T> parsed(const HttpRequest& request, Result<T> (Dialect::*parse)(const HttpResponse&) const,
               const Dialect* dialect)
{
    return Plan<T>::single(request, [dialect, parse](const HttpResponse& r) { return (dialect->*parse)(r); });
}
} // namespace

Plan<AuthState> Dialect::signIn(const Profile& profile, const Secrets& secrets, const AuthState&) const
{
    return Plan<AuthState>::single(signInRequest(profile, secrets), [this, profile](const HttpResponse& r) {
        return parseSignIn(r, profile);
    });
}

Plan<AuthState> Dialect::refresh(const Profile& profile, const AuthState& state) const
{
    return Plan<AuthState>::single(
        refreshRequest(state), [this, profile](const HttpResponse& r) { return parseSignIn(r, profile); });
}

Plan<Done> Dialect::signOut(const Profile&, const AuthState& state) const
{
    return Plan<Done>::expect(signOutRequest(state), Done{});
}

Plan<UserPage> Dialect::listUsers(const Profile&, const UserQuery& query) const
{
    return Plan<UserPage>::single(listUsersRequest(query),
                                  [this, query](const HttpResponse& r) { return parseUserPage(r, query); });
}

Plan<User> Dialect::getUser(const Profile&, const User& user) const
{
    return parsed(getUserRequest(user), &Dialect::parseUser, this);
}

Plan<User> Dialect::createUser(const Profile& profile, const UserEdit& edit, const Secrets& secrets) const
{
    return parsed(createUserRequest(edit, profile, secrets), &Dialect::parseUser, this);
}

Plan<User> Dialect::updateUser(const Profile&, const User& before, const UserEdit& after) const
{
    return parsed(updateUserRequest(before, after), &Dialect::parseUser, this);
}

Plan<Done> Dialect::deleteUser(const Profile&, const User& user) const
{
    return Plan<Done>::expect(deleteUserRequest(user), Done{});
}

Plan<User> Dialect::setRoles(const Profile&, const User& user, const QStringList& roles) const
{
    return parsed(setRolesRequest(user, roles), &Dialect::parseUser, this);
}

Plan<User> Dialect::setEnabled(const Profile&, const User& user, bool enabled) const
{
    return parsed(setEnabledRequest(user, enabled), &Dialect::parseUser, this);
}

Plan<User> Dialect::disable(const Profile&, const User& user, const DisableRequest& request) const
{
    return parsed(disableRequest(user, request), &Dialect::parseUser, this);
}

Plan<QList<RoleDefinition>> Dialect::listRoles(const Profile&) const
{
    const HttpRequest request = listRolesRequest();
    if (!request.isValid())
        return roleSet().roles; // nothing to ask: the known ones are all there is
    return parsed(request, &Dialect::parseRoles, this);
}

Plan<OidcProvider> Dialect::discover(const Profile& profile) const
{
    const QUrl base = profile.baseUrl;
    return Plan<OidcProvider>::single(discoveryRequest(profile), [base](const HttpResponse& r) {
        return OidcProvider::fromDiscovery(r, base);
    });
}

Plan<QJsonObject> Dialect::introspectToken(const Profile& profile, const QString& token, const QString& typeHint,
                                           const Secrets& secrets) const
{
    const QUrlQuery client = tokenClient(profile, secrets);
    return discover(profile).then<QJsonObject>([token, typeHint, client](const OidcProvider& provider) {
        if (provider.introspectionPath.isEmpty())
            return Plan<QJsonObject>(ApiError::make(
                ApiError::Kind::Unsupported,
                QCoreApplication::translate("Dialect", "The server publishes no token introspection endpoint "
                                                       "on its own address.")));
        return Plan<QJsonObject>::single(provider.introspectRequest(token, typeHint, client),
                                         &OidcProvider::parseIntrospection);
    });
}

Plan<Done> Dialect::revokeToken(const Profile& profile, const QString& token, const QString& typeHint,
                                const Secrets& secrets) const
{
    const QUrlQuery client = tokenClient(profile, secrets);
    return discover(profile).then<Done>([token, typeHint, client](const OidcProvider& provider) {
        if (provider.revocationPath.isEmpty())
            return Plan<Done>(ApiError::make(
                ApiError::Kind::Unsupported,
                QCoreApplication::translate("Dialect", "The server publishes no token revocation endpoint "
                                                       "on its own address.")));
        return Plan<Done>::expect(provider.revokeRequest(token, typeHint, client), Done{});
    });
}

Plan<QList<FieldChoice>> Dialect::listChoices(const Profile&, const QString&) const
{
    return Plan<QList<FieldChoice>>::send(HttpRequest(), nullptr); // no field of the base lists any
}

Plan<QList<FieldChoice>> Dialect::attributeColumns(const Profile&) const
{
    return QList<FieldChoice>();
}

Plan<QList<Session>> Dialect::listSessions(const Profile&, const User& user) const
{
    return parsed(listSessionsRequest(user), &Dialect::parseSessions, this);
}

Plan<QList<Session>> Dialect::listAllSessions(const Profile&, qint64 offset, int limit) const
{
    return parsed(listAllSessionsRequest(offset, limit), &Dialect::parseSessions, this);
}

Plan<Done> Dialect::revokeSession(const Profile&, const User& user, const Session& session) const
{
    return Plan<Done>::expect(revokeSessionRequest(user, session), Done{});
}

Plan<Done> Dialect::revokeAllSessions(const Profile&, const User& user) const
{
    return Plan<Done>::expect(revokeAllSessionsRequest(user), Done{});
}

Plan<QList<ApiKey>> Dialect::listApiKeys(const Profile&, const User* owner) const
{
    return parsed(listApiKeysRequest(owner), &Dialect::parseApiKeys, this);
}

Plan<IssuedApiKey> Dialect::createApiKey(const Profile&, const ApiKeyRequest& request) const
{
    return parsed(createApiKeyRequest(request), &Dialect::parseIssuedApiKey, this);
}

Plan<Done> Dialect::revokeApiKey(const Profile&, const ApiKey& key) const
{
    return Plan<Done>::expect(revokeApiKeyRequest(key), Done{});
}

Plan<User> Dialect::writeThenReadBack(const HttpRequest& write, const User& written) const
{
    const HttpRequest read = getUserRequest(written);
    return Plan<User>::send(write, [this, read](const HttpResponse&) {
        return Plan<User>::single(read, [this](const HttpResponse& r) { return parseUser(r); })
            .orOnFailure([](const ApiError& failure) {
                // The change is made: say so, or a retry would meet "already exists".
                ApiError error = failure;
                error.message =
                    QCoreApplication::translate("Dialect", "Saved, but reading the user back failed: %1")
                        .arg(failure.message);
                return Plan<User>(error);
            });
    });
}

namespace {
Plan<Done> revokeEach(const Dialect* dialect, const Profile& profile, const User& user, QList<Session> left)
{
    if (left.isEmpty())
        return Done{};
    const Session next = left.takeFirst();
    return dialect->revokeSession(profile, user, next)
        .then<Done>(
            [dialect, profile, user, left](const Done&) { return revokeEach(dialect, profile, user, left); });
}
} // namespace

Plan<Done> Dialect::revokeEachListedSession(const Profile& profile, const User& user) const
{
    return listSessions(profile, user).then<Done>([this, profile, user](const QList<Session>& sessions) {
        return revokeEach(this, profile, user, sessions);
    });
}

QStringList Dialect::storableSecrets(const Profile& profile) const
{
    QStringList names = requiredSecrets(profile);
    for (const SettingField& field : settingFields()) {
        if (field.secret)
            names << field.key;
    }
    names.removeDuplicates();
    return names;
}
