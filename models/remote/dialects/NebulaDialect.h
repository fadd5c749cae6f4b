#pragma once
// Nebula Block: POST /login gives a 2 h JWT (`jwtToken`), or an `ak_` API key is used directly
// as the bearer. `status: "failed"` bodies are errors whatever the HTTP status. API keys are
// listed, issued (shown once) and revoked; user administration is a sandbox extension.

#include "remote/Dialect.h"

class NebulaDialect : public Dialect
{
public:
    QString id() const override { return QStringLiteral("nebula"); }
    QString displayName() const override;
    Capabilities capabilities(const Profile& profile) const override;
    QList<SettingField> settingFields() const override;
    QStringList requiredSecrets(const Profile& profile) const override;
    RoleSet roleSet() const override;
    QList<UserField> userFields() const override;

    HttpRequest signInRequest(const Profile& profile, const Secrets& secrets) const override;
    Result<AuthState> parseSignIn(const HttpResponse& response, const Profile& profile) const override;
    void authorize(HttpRequest& request, const AuthState& state, const Profile&,
                   const Secrets&) const override;

    HttpRequest listUsersRequest(const UserQuery& query) const override;
    Result<UserPage> parseUserPage(const HttpResponse& response, const UserQuery& query) const override;
    HttpRequest getUserRequest(const User& user) const override;
    HttpRequest createUserRequest(const UserEdit& edit, const Profile&, const Secrets&) const override;
    HttpRequest updateUserRequest(const User& before, const UserEdit& after) const override;
    HttpRequest deleteUserRequest(const User& user) const override;
    HttpRequest setRolesRequest(const User& user, const QStringList& roles) const override;
    HttpRequest setEnabledRequest(const User& user, bool enabled) const override;
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

    static bool isApiKey(const QString& credential) { return credential.startsWith(QLatin1String("ak_")); }
};
