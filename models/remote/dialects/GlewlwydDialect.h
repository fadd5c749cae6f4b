#pragma once
// Glewlwyd 2.7's admin API. The profile's base URL is Glewlwyd's API prefix (its `api_prefix`,
// e.g. http://auth.example.com:4593/api); every path below is relative to it.
//
// Sign-in is POST /auth {username, password}: the answer's session cookie is kept in
// AuthState::cookies (memory only) and sent back on every call. The admin scope (g_admin)
// asks for the password again once its max age (600 s by default) has passed: the server then
// answers 401 while the cookie stays valid, and the console's renewal signs in again *within
// that session* (the cookie travels with the new POST /auth), so no session piles up per
// renewal. With the profile setting auth_method=api_key an admin API key from the keychain is
// sent as `Authorization: token KEY` instead; Glewlwyd refuses keys on its delegation and key
// endpoints, so sessions and API keys are denied for such a profile.
//
// Users are keyed by username (which never changes), their `scope` list is the roles, their
// single `name` is split into first and last. Writes answer with no body: the user is read
// back. A PUT replaces the user's extra properties, so every write echoes them. Sessions come
// from the delegation endpoints (/delegate/{username}/profile/session, not the `?username=`
// form API.md shows) and are revoked one by one; revoked ones stay listed as disabled and are
// dropped here. API keys (/key/) need the server's admin_session_authentication to include
// api_key (Debian ships "cookie": every key call then answers 403); they have no name, and a
// key is "revoked" by disabling it.

#include "remote/Dialect.h"

class GlewlwydDialect : public Dialect
{
public:
    QString id() const override { return QStringLiteral("glewlwyd"); }
    QString displayName() const override;
    Capabilities capabilities(const Profile& profile) const override;
    QList<SettingField> settingFields() const override;
    QStringList requiredSecrets(const Profile& profile) const override;
    std::optional<Profile> profileFromDiscovery(const OidcDiscovery& server, const Profile& draft) const override;
    RoleSet roleSet() const override;
    QList<UserField> userFields() const override;

    HttpRequest signInRequest(const Profile& profile, const Secrets& secrets) const override;
    Result<AuthState> parseSignIn(const HttpResponse& response, const Profile& profile) const override;
    HttpRequest signOutRequest(const AuthState& state) const override;
    void authorize(HttpRequest& request, const AuthState& state, const Profile& profile,
                   const Secrets& secrets) const override;

    HttpRequest listUsersRequest(const UserQuery& query) const override;
    Result<UserPage> parseUserPage(const HttpResponse& response, const UserQuery& query) const override;
    HttpRequest getUserRequest(const User& user) const override;
    HttpRequest createUserRequest(const UserEdit& edit, const Profile&, const Secrets&) const override;
    HttpRequest updateUserRequest(const User& before, const UserEdit& after) const override;
    HttpRequest deleteUserRequest(const User& user) const override;
    HttpRequest setRolesRequest(const User& user, const QStringList& roles) const override;
    HttpRequest setEnabledRequest(const User& user, bool enabled) const override;
    Result<User> parseUser(const HttpResponse& response) const override;
    HttpRequest listRolesRequest() const override;
    Result<QList<RoleDefinition>> parseRoles(const HttpResponse& response) const override;

    HttpRequest listSessionsRequest(const User& user) const override;
    Result<QList<Session>> parseSessions(const HttpResponse& response) const override;
    HttpRequest revokeSessionRequest(const User& user, const Session& session) const override;

    HttpRequest listApiKeysRequest(const User* owner) const override;
    Result<QList<ApiKey>> parseApiKeys(const HttpResponse& response) const override;
    HttpRequest createApiKeyRequest(const ApiKeyRequest& request) const override;
    Result<IssuedApiKey> parseIssuedApiKey(const HttpResponse& response) const override;
    HttpRequest revokeApiKeyRequest(const ApiKey& key) const override;

    ServerError readError(const HttpResponse& response) const override;

    // A renewal signs in again within the current session: the cookie travels with the new
    // POST /auth, so no session piles up each time the admin scope's max age runs out.
    Plan<AuthState> signIn(const Profile& profile, const Secrets& secrets,
                           const AuthState& current) const override;
    // Writes answer with no user: each is read back, so callers get the server's own view.
    Plan<User> createUser(const Profile& profile, const UserEdit& edit,
                          const Secrets& secrets) const override;
    Plan<User> updateUser(const Profile& profile, const User& before, const UserEdit& after) const override;
    Plan<User> setRoles(const Profile& profile, const User& user, const QStringList& roles) const override;
    Plan<User> setEnabled(const Profile& profile, const User& user, bool enabled) const override;
    // No call revokes them all: each listed session is revoked in turn.
    Plan<Done> revokeAllSessions(const Profile& profile, const User& user) const override;

    static bool usesApiKey(const Profile& profile);
    // How Glewlwyd names a session in its lists: "{SHA512}" and the unpadded base64url SHA-512
    // of the cookie's value (hash_algorithm=SHA512, as Debian ships it).
    static QString sessionHashOf(const QByteArray& cookieValue);
    // How it names an API key: "{SHA512}" and the padded base64url SHA-512 of the key.
    static QString keyHashOf(const QString& key);
};
