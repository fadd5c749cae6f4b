#pragma once
// better-auth 1.7 with its admin and API-key plugins. The profile's base URL is better-auth's
// own `baseURL` (the app's root); every path starts with the default basePath "/api/auth".
//
// Sign-in is POST /sign-in/email: the answer sets a signed session cookie, kept in
// AuthState::cookies (memory only) and sent back on every call. better-auth refuses
// cookie-carrying writes without an Origin it trusts, so every request carries the Origin of
// the base URL. Users are better-auth's single `name` (split into first and last), the email
// doubles as the username, `role` is a comma-separated list, and "disabled" is a ban, with
// the administrator's reason and end time (banReason, banExpires; both stay in attributes).
// A search looks in the email (lower-cased, as better-auth stores emails); "name:Text" searches
// the name instead. A session is revoked by its token, which only a fresh session list holds
// (in Session::attributes, never cached). API keys belong to the signed-in account.

#include "remote/Dialect.h"

class BetterAuthDialect : public Dialect
{
public:
    QString id() const override { return QStringLiteral("betterauth"); }
    QString displayName() const override;
    Capabilities capabilities(const Profile& profile) const override;
    QStringList requiredSecrets(const Profile&) const override { return {QStringLiteral("password")}; }
    RoleSet roleSet() const override;
    QList<UserField> userFields() const override;

    HttpRequest signInRequest(const Profile& profile, const Secrets& secrets) const override;
    Result<AuthState> parseSignIn(const HttpResponse& response, const Profile& profile) const override;
    HttpRequest signOutRequest(const AuthState& state) const override;
    void authorize(HttpRequest& request, const AuthState& state, const Profile& profile,
                   const Secrets&) const override;

    HttpRequest listUsersRequest(const UserQuery& query) const override;
    Result<UserPage> parseUserPage(const HttpResponse& response, const UserQuery& query) const override;
    HttpRequest getUserRequest(const User& user) const override;
    HttpRequest createUserRequest(const UserEdit& edit, const Profile&, const Secrets&) const override;
    HttpRequest updateUserRequest(const User& before, const UserEdit& after) const override;
    HttpRequest deleteUserRequest(const User& user) const override;
    HttpRequest setRolesRequest(const User& user, const QStringList& roles) const override;
    HttpRequest setEnabledRequest(const User& user, bool enabled) const override;
    HttpRequest disableRequest(const User& user, const DisableRequest& request) const override;
    Result<User> parseUser(const HttpResponse& response) const override;

    HttpRequest listSessionsRequest(const User& user) const override;
    Result<QList<Session>> parseSessions(const HttpResponse& response) const override;
    HttpRequest revokeSessionRequest(const User& user, const Session& session) const override;
    HttpRequest revokeAllSessionsRequest(const User& user) const override;

    HttpRequest listApiKeysRequest(const User* owner) const override;
    Result<QList<ApiKey>> parseApiKeys(const HttpResponse& response) const override;
    HttpRequest createApiKeyRequest(const ApiKeyRequest& request) const override;
    Result<IssuedApiKey> parseIssuedApiKey(const HttpResponse& response) const override;
    HttpRequest revokeApiKeyRequest(const ApiKey& key) const override;

    ServerError readError(const HttpResponse& response) const override;

    // better-auth's default basePath, prefixed to every endpoint.
    static QString basePath() { return QStringLiteral("/api/auth"); }
    // The Origin better-auth expects: scheme, host and (non-default) port of the base URL.
    static QByteArray originOf(const QUrl& baseUrl);
    // The reason recorded with a ban made from the console when the administrator gave none.
    static QString banReason() { return QStringLiteral("Disabled from AuthDesk"); }
};
