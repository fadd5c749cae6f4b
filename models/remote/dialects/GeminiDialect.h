#pragma once
// Gemini (Make Music Day): OAuth2 password grant with HTTP Basic client credentials, scopes
// (profile/performer/venue requestable; city/admin granted by the server only), user creation
// with client credentials, and per-user actions discovered from `_links`.

#include "remote/Dialect.h"

class GeminiDialect : public Dialect
{
public:
    QString id() const override { return QStringLiteral("gemini"); }
    QString displayName() const override;
    Capabilities capabilities(const Profile& profile) const override;
    QList<SettingField> settingFields() const override;
    QStringList requiredSecrets(const Profile&) const override;
    RoleSet roleSet() const override;
    QList<UserField> userFields() const override;

    HttpRequest signInRequest(const Profile& profile, const Secrets& secrets) const override;
    Result<AuthState> parseSignIn(const HttpResponse& response, const Profile& profile) const override;
    HttpRequest signOutRequest(const AuthState& state) const override;
    void authorize(HttpRequest& request, const AuthState& state, const Profile&,
                   const Secrets&) const override;

    HttpRequest listUsersRequest(const UserQuery& query) const override;
    Result<UserPage> parseUserPage(const HttpResponse& response, const UserQuery& query) const override;
    HttpRequest getUserRequest(const User& user) const override;
    HttpRequest createUserRequest(const UserEdit& edit, const Profile& profile,
                                  const Secrets& secrets) const override;
    HttpRequest updateUserRequest(const User& before, const UserEdit& after) const override;
    HttpRequest deleteUserRequest(const User& user) const override;
    HttpRequest setRolesRequest(const User& user, const QStringList& roles) const override;
    HttpRequest setEnabledRequest(const User& user, bool enabled) const override;
    Result<User> parseUser(const HttpResponse& response) const override;

    HttpRequest listSessionsRequest(const User& user) const override;
    Result<QList<Session>> parseSessions(const HttpResponse& response) const override;
    HttpRequest revokeSessionRequest(const User& user, const Session& session) const override;
    HttpRequest revokeAllSessionsRequest(const User& user) const override;

    ServerError readError(const HttpResponse& response) const override;

    static const QStringList& requestableScopes();
    static User userFromJson(const QJsonObject& object);
};
