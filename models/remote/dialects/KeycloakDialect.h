#pragma once
// Keycloak 26's admin REST API. The profile's base URL is the server's root (where /realms and
// /admin are, e.g. http://127.0.0.1:8080; add /auth for servers still on that prefix). Two
// realms matter: the one signed in to (`signin_realm`, master by default, where the
// administrator's account lives) and the one managed (`realm`, by default the sign-in realm).
//
// Sign-in is OAuth 2: the password grant on a public client (`client_id`, admin-cli by default),
// or client credentials on a confidential one (auth_method=client_credentials, its secret from
// the keychain). Access tokens last minutes (60 s in master): Connection renews them with the
// refresh token before they expire; sign-out ends the session by its refresh token.
//
// Users are keyed by their UUID. The list pages with first/max in the brief representation
// and the total comes from users/count with the same filter (two requests). Writes need care:
// a PUT replaces the user's attributes and clears names and email left out of it, so every
// change reads the full representation, changes it and sends all of it back. A create answers
// 201 with only a Location: the user is read back. Roles are realm role mappings, changed by
// the difference (POST the added and DELETE the removed, each {id, name}, ids from the realm's
// role list); composite roles and client roles are shown, not changed.
//
// Keycloak has no API keys: a confidential client with a service account plays that part
// ("apikey-NAME", its secret used with client credentials). Issuing one creates the client and
// reads its secret once; revoking deletes it (and its service-account user). Client lists carry
// every client's secret in clear: the parser keeps none of it.

#include "remote/Dialect.h"

#include <QJsonObject>

class KeycloakDialect : public Dialect
{
public:
    QString id() const override { return QStringLiteral("keycloak"); }
    QString displayName() const override;
    Capabilities capabilities(const Profile& profile) const override;
    QList<SettingField> settingFields() const override;
    QStringList requiredSecrets(const Profile& profile) const override;
    QList<UserField> userFields() const override;

    // ===== Building blocks =====
    // Keycloak's paths name a realm, which only the profile knows: the builders take it, and
    // every operation is overridden to pass it.
    static QString signInRealm(const Profile& profile);
    static QString managedRealm(const Profile& profile);
    static QString clientId(const Profile& profile);
    static bool usesClientCredentials(const Profile& profile);

    HttpRequest signInRequest(const Profile& profile, const Secrets& secrets) const override;
    Result<AuthState> parseSignIn(const HttpResponse& response, const Profile& profile) const override;
    HttpRequest refreshRequest(const Profile& profile, const AuthState& state) const;
    HttpRequest signOutRequest(const Profile& profile, const AuthState& state) const;
    void authorize(HttpRequest& request, const AuthState& state, const Profile& profile,
                   const Secrets& secrets) const override;

    // Discovery and the token endpoints are the sign-in realm's.
    HttpRequest discoveryRequest(const Profile& profile) const override;
    QUrlQuery tokenClient(const Profile& profile, const Secrets& secrets) const override;
    std::optional<Profile> profileFromDiscovery(const OidcDiscovery& server, const Profile& draft) const override;

    HttpRequest listUsersRequest(const Profile& profile, const UserQuery& query) const;
    HttpRequest countUsersRequest(const Profile& profile, const UserQuery& query) const;
    Result<UserPage> parseUserPage(const HttpResponse& response, const UserQuery& query) const override;
    static Result<qint64> parseCount(const HttpResponse& response);
    HttpRequest getUserRequest(const Profile& profile, const User& user) const;
    HttpRequest findByUsernameRequest(const Profile& profile, const QString& username) const;
    HttpRequest createUserRequest(const Profile& profile, const UserEdit& edit) const;
    // The id in a create's Location header.
    static QString createdId(const HttpResponse& response);
    // The full representation as read, with the form's changes merged in: what a PUT sends.
    static QJsonObject mergedRepresentation(const QJsonObject& current, const User& before,
                                            const UserEdit& after);
    HttpRequest putUserRequest(const Profile& profile, const QString& id, const QJsonObject& body) const;
    HttpRequest resetPasswordRequest(const Profile& profile, const QString& id, const QString& password,
                                     bool temporary = false) const;
    HttpRequest deleteUserRequest(const Profile& profile, const User& user) const;
    Result<User> parseUser(const HttpResponse& response) const override;
    HttpRequest roleMappingsRequest(const Profile& profile, const QString& id) const;
    // The user with its direct realm roles (and client roles as a read-only attribute).
    static Result<User> withRoleMappings(const User& user, const HttpResponse& mappings);
    // Brute-force detection: a user locked after too many failed sign-ins cannot sign in, whatever
    // "enabled" says; read with the user, and lifted by enabling the user.
    HttpRequest lockStatusRequest(const Profile& profile, const QString& id) const;
    HttpRequest unlockRequest(const Profile& profile, const QString& id) const;
    // The user as the lock leaves it: disabled while locked, with the failures and the last
    // address under "signInLock".
    static Result<User> withLockStatus(const User& user, const HttpResponse& status);
    HttpRequest listRolesRequest(const Profile& profile) const;
    Result<QList<RoleDefinition>> parseRoles(const HttpResponse& response) const override;
    // POST adds, DELETE removes: `roles` are {id, name} objects, never empty (an empty DELETE
    // would remove every realm role of the user).
    HttpRequest roleMappingRequest(const Profile& profile, const QString& id, const QByteArray& method,
                                   const QJsonArray& roles) const;

    // --- groups: a user's are shown as the attribute "groups" (their paths) and the form's
    // "Groups" field joins and leaves them by the difference, like roles ---
    struct Group
    {
        QString id;
        QString path;
        int subGroupCount = 0;
    };
    HttpRequest userGroupsRequest(const Profile& profile, const QString& userId) const;
    static Result<User> withGroups(const User& user, const HttpResponse& groups);
    // A page of the realm's top-level groups (`parentId` empty) or of one group's subgroups.
    HttpRequest groupsRequest(const Profile& profile, const QString& parentId, int first, int max) const;
    static Result<QList<Group>> parseGroups(const HttpResponse& response);
    // PUT joins, DELETE leaves (no body; both answer 204 and are idempotent).
    HttpRequest membershipRequest(const Profile& profile, const QString& userId, const QString& groupId,
                                  const QByteArray& method) const;

    HttpRequest listSessionsRequest(const Profile& profile, const User& user) const;
    Result<QList<Session>> parseSessions(const HttpResponse& response) const override;
    HttpRequest revokeSessionRequest(const Profile& profile, const Session& session) const;
    HttpRequest revokeAllSessionsRequest(const Profile& profile, const User& user) const;
    // Offline sessions are listed per client: the user's consents name the clients holding an
    // offline token (by UUID), and revoking a client's consent ends its offline sessions.
    HttpRequest consentsRequest(const Profile& profile, const QString& userId) const;
    HttpRequest offlineSessionsRequest(const Profile& profile, const QString& userId, const QString& clientUuid) const;
    HttpRequest revokeConsentRequest(const Profile& profile, const QString& userId, const QString& clientId) const;
    // (clientId, client UUID) of each consent with an offline token.
    static Result<QList<std::pair<QString, QString>>> offlineClients(const HttpResponse& consents);
    // A client's offline sessions, marked "offline" with the client they belong to.
    Result<QList<Session>> parseOfflineSessions(const HttpResponse& response, const QString& clientId) const;

    // --- API keys: service-account clients named apikey-NAME ---
    static QString apiKeyClientId(const QString& name);
    HttpRequest listApiKeysRequest(const Profile& profile) const;
    Result<QList<ApiKey>> parseApiKeys(const HttpResponse& response) const override;
    HttpRequest createApiKeyRequest(const Profile& profile, const ApiKeyRequest& request) const;
    HttpRequest clientSecretRequest(const Profile& profile, const QString& clientUuid) const;
    HttpRequest revokeApiKeyRequest(const Profile& profile, const ApiKey& key) const;

    ServerError readError(const HttpResponse& response) const override;

    // ===== Operations =====
    Plan<AuthState> refresh(const Profile& profile, const AuthState& state) const override;
    Plan<Done> signOut(const Profile& profile, const AuthState& state) const override;

    Plan<UserPage> listUsers(const Profile& profile, const UserQuery& query) const override;
    Plan<User> getUser(const Profile& profile, const User& user) const override;
    Plan<User> createUser(const Profile& profile, const UserEdit& edit,
                          const Secrets& secrets) const override;
    Plan<User> updateUser(const Profile& profile, const User& before, const UserEdit& after) const override;
    Plan<Done> deleteUser(const Profile& profile, const User& user) const override;
    Plan<User> setRoles(const Profile& profile, const User& user, const QStringList& roles) const override;
    Plan<User> setEnabled(const Profile& profile, const User& user, bool enabled) const override;
    Plan<User> disable(const Profile& profile, const User& user,
                       const DisableRequest& request) const override;
    Plan<QList<RoleDefinition>> listRoles(const Profile& profile) const override;
    // "groups": every group of the realm by its path.
    Plan<QList<FieldChoice>> listChoices(const Profile& profile, const QString& fieldKey) const override;
    // The realm's declared user profile (users/profile): each custom attribute a column, at
    // "attributes.NAME"; username, email and the names have columns of their own.
    Plan<QList<FieldChoice>> attributeColumns(const Profile& profile) const override;
    static Result<QList<FieldChoice>> parseAttributeColumns(const HttpResponse& response);

    Plan<QList<Session>> listSessions(const Profile& profile, const User& user) const override;
    Plan<Done> revokeSession(const Profile& profile, const User& user, const Session& session) const override;
    Plan<Done> revokeAllSessions(const Profile& profile, const User& user) const override;

    Plan<QList<ApiKey>> listApiKeys(const Profile& profile, const User* owner) const override;
    Plan<IssuedApiKey> createApiKey(const Profile& profile, const ApiKeyRequest& request) const override;
    Plan<Done> revokeApiKey(const Profile& profile, const ApiKey& key) const override;

private:
    // The base's builders without a profile answer nothing here (every path names a realm, which
    // only the profile knows); the operations above call the ones with a profile instead. Named
    // here, out of reach, rather than hidden by them unawares (Clang's -Woverloaded-virtual).
    using Dialect::createApiKeyRequest;
    using Dialect::createUserRequest;
    using Dialect::deleteUserRequest;
    using Dialect::getUserRequest;
    using Dialect::listApiKeysRequest;
    using Dialect::listRolesRequest;
    using Dialect::listSessionsRequest;
    using Dialect::listUsersRequest;
    using Dialect::refreshRequest;
    using Dialect::revokeAllSessionsRequest;
    using Dialect::revokeApiKeyRequest;
    using Dialect::revokeSessionRequest;
    using Dialect::signOutRequest;

    // Every group of the realm, a page at a time, breadth first from `parents` ("" = the top).
    Plan<QList<Group>> realmGroups(const Profile& profile, QList<Group> found, QStringList parents,
                                   int first) const;
    // `written` joins the groups the form added to `shown` and leaves those it took away, then is
    // read back; as it is when the form changed nothing there.
    Plan<User> changeGroups(const Profile& profile, const User& written, const QVariant& shown,
                            const QVariant& wanted) const;
    static UserField groupsField();
    // `sessions` followed by the offline sessions of each of `clients`, one request each.
    Plan<QList<Session>> withOfflineSessions(const Profile& profile, const QString& userId, QList<Session> sessions,
                                             QList<std::pair<QString, QString>> clients) const;
    // The form's "at the next sign-in" choices: Keycloak's required actions.
    static UserField requiredActionsField();
    // GET the full representation, let `change` edit it, PUT it all back, read the user back.
    Plan<User> readChangeWrite(const Profile& profile, const User& user,
                               std::function<QJsonObject(const QJsonObject&)> change,
                               const QString& password = {}, bool temporaryPassword = false) const;
};
