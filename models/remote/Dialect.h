#pragma once
// How one kind of server does each thing. A dialect has two layers:
//
// - Building blocks: request builders and response parsers, pure and free of any network
//   object (unit-tested with canned answers). A builder for something the server cannot do
//   returns an invalid HttpRequest (isValid() == false).
// - Operations: what Connection runs, each a Plan (Plan.h) of one or more requests. The
//   defaults below send one building block's request and parse its answer; a dialect whose
//   server needs more steps overrides the operation (Glewlwyd reads a user back after a write
//   and revokes sessions one by one; SCIM's search depends on a profile setting). Nothing
//   outside models/remote/dialects asks a dialect how it behaves: it plans, Connection runs.
//
// Plus the descriptions the UI reads: capabilities (with reasons), settings, secrets, the role
// set and the user form's fields.

#include "AuthState.h"
#include "Capabilities.h"
#include "DialectTypes.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "OidcDiscovery.h"
#include "OidcProvider.h"
#include "Plan.h"
#include "ServerError.h"
#include "values/ApiKey.h"
#include "values/DisableRequest.h"
#include "values/Profile.h"
#include "values/Result.h"
#include "values/Session.h"
#include "values/UserEdit.h"
#include "values/UserQuery.h"

#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <optional>

// Secrets for one sign-in, keyed "password", "client_secret", "api_key", ... Held in memory
// only for as long as the sign-in takes.
using Secrets = QHash<QString, QString>;

class Dialect
{
public:
    virtual ~Dialect() = default;

    virtual QString id() const = 0;          // "gemini", "gatekeeper", ...
    virtual QString displayName() const = 0; // "Gemini (Make Music Day)"
    // What a profile of this server can do, and why not where it cannot. The profile matters
    // where its settings change that (Glewlwyd signed in with an API key instead of a session);
    // an empty Profile gives what the server itself can do.
    virtual Capabilities capabilities(const Profile& profile) const = 0;
    virtual QList<SettingField> settingFields() const { return {}; }
    // Which secrets sign-in needs, e.g. {"password"} or {"api_key", "password"}.
    virtual QStringList requiredSecrets(const Profile& profile) const = 0;
    // What a profile of this server keeps in the keychain: the secrets sign-in needs and the
    // settings marked secret (Nebula's api_key beside a password).
    QStringList storableSecrets(const Profile& profile) const;
    // The roles known without asking the server (see listRolesRequest for servers that say),
    // and how many a user holds.
    virtual RoleSet roleSet() const { return {}; }
    virtual QList<UserField> userFields() const { return {}; }

    // ===== Building blocks =====

    // --- session ---
    virtual HttpRequest signInRequest(const Profile& profile, const Secrets& secrets) const = 0;
    virtual Result<AuthState> parseSignIn(const HttpResponse& response, const Profile& profile) const = 0;
    virtual HttpRequest refreshRequest(const AuthState&) const { return {}; }
    virtual HttpRequest signOutRequest(const AuthState&) const { return {}; }
    // Adds the headers (and cookies) that prove who is asking.
    virtual void authorize(HttpRequest& request, const AuthState& state, const Profile& profile,
                           const Secrets& secrets) const = 0;

    // --- users ---
    virtual HttpRequest listUsersRequest(const UserQuery&) const { return {}; }
    virtual Result<UserPage> parseUserPage(const HttpResponse& response, const UserQuery& query) const;
    virtual HttpRequest getUserRequest(const User&) const { return {}; }
    virtual HttpRequest createUserRequest(const UserEdit&, const Profile&, const Secrets&) const
    {
        return {};
    }
    virtual HttpRequest updateUserRequest(const User& before, const UserEdit& after) const;
    virtual HttpRequest deleteUserRequest(const User&) const { return {}; }
    virtual HttpRequest setRolesRequest(const User&, const QStringList&) const { return {}; }
    virtual HttpRequest setEnabledRequest(const User&, bool) const { return {}; }
    // A disable with the administrator's reason and end time, for dialects that support
    // Capability::DisableReason or DisableExpiry; the others ignore them.
    virtual HttpRequest disableRequest(const User& user, const DisableRequest&) const
    {
        return setEnabledRequest(user, false);
    }
    // Parses one user from a get/create/update answer.
    virtual Result<User> parseUser(const HttpResponse& response) const;
    // The roles or scopes as the server defines them now (Glewlwyd's /scope/); invalid when
    // roleSet() is all there is. Connection::listRoles falls back to that.
    virtual HttpRequest listRolesRequest() const { return {}; }
    virtual Result<QList<RoleDefinition>> parseRoles(const HttpResponse& response) const;

    // --- sessions ---
    virtual HttpRequest listSessionsRequest(const User&) const { return {}; }
    virtual HttpRequest listAllSessionsRequest(qint64 /*offset*/, int /*limit*/) const { return {}; }
    virtual Result<QList<Session>> parseSessions(const HttpResponse& response) const;
    virtual HttpRequest revokeSessionRequest(const User&, const Session&) const { return {}; }
    virtual HttpRequest revokeAllSessionsRequest(const User&) const { return {}; }

    // --- API keys ---
    virtual HttpRequest listApiKeysRequest(const User* /*owner: null = the signed-in identity*/) const
    {
        return {};
    }
    virtual Result<QList<ApiKey>> parseApiKeys(const HttpResponse& response) const;
    virtual HttpRequest createApiKeyRequest(const ApiKeyRequest&) const { return {}; }
    virtual Result<IssuedApiKey> parseIssuedApiKey(const HttpResponse& response) const;
    virtual HttpRequest revokeApiKeyRequest(const ApiKey&) const { return {}; }

    // --- OpenID Connect, for the token inspector ---
    // The server's discovery document (/.well-known/openid-configuration); invalid where the
    // server publishes none.
    virtual HttpRequest discoveryRequest(const Profile&) const { return {}; }
    // The client as the token endpoints know it: client_id, and client_secret when confidential.
    virtual QUrlQuery tokenClient(const Profile&, const Secrets&) const { return {}; }
    // `draft` completed from a discovery document this server would publish (its base URL and
    // the settings the endpoints reveal, e.g. Keycloak's realm), or nothing when the document is
    // not one of this kind of server's. The profile dialog offers it; DialectRegistry asks each.
    virtual std::optional<Profile> profileFromDiscovery(const OidcDiscovery&, const Profile& /*draft*/) const
    {
        return std::nullopt;
    }

    // --- errors ---
    // Where this server's error body keeps its words, its code and the field concerned, and
    // which shared situation they mean; ErrorMapping makes the sentence. The default reads the
    // common shapes ({"error":"..."} or {"error":{"message","code"}}, "errorMessage",
    // "error_description", "message", "detail", "code") of a failed answer and does not look
    // at a 2xx body at all; a dialect whose 2xx answers can say they failed overrides it and
    // sets ServerError::failed. (Spelled `struct ServerError` in this header: authdesk-cli's
    // unscoped ExitCode enum has a ServerError too, which hides the type where both are seen.)
    virtual struct ServerError readError(const HttpResponse& response) const;
    // A failed response (HTTP error or transport error) as one clear sentence.
    ApiError parseError(const HttpResponse& response) const;
    // Any response: none for a success whose body does not say it failed, else the error.
    ApiError errorOf(const HttpResponse& response) const;

    // ===== Operations: what Connection runs =====

    // `current` is the session being renewed or re-entered (empty for a first sign-in): a
    // dialect may sign in again within it instead of opening one more.
    virtual Plan<AuthState> signIn(const Profile& profile, const Secrets& secrets,
                                   const AuthState& current) const;
    virtual Plan<AuthState> refresh(const Profile& profile, const AuthState& state) const;
    virtual Plan<Done> signOut(const Profile& profile, const AuthState& state) const;

    virtual Plan<UserPage> listUsers(const Profile& profile, const UserQuery& query) const;
    virtual Plan<User> getUser(const Profile& profile, const User& user) const;
    virtual Plan<User> createUser(const Profile& profile, const UserEdit& edit, const Secrets& secrets) const;
    virtual Plan<User> updateUser(const Profile& profile, const User& before, const UserEdit& after) const;
    virtual Plan<Done> deleteUser(const Profile& profile, const User& user) const;
    virtual Plan<User> setRoles(const Profile& profile, const User& user, const QStringList& roles) const;
    virtual Plan<User> setEnabled(const Profile& profile, const User& user, bool enabled) const;
    virtual Plan<User> disable(const Profile& profile, const User& user, const DisableRequest& request) const;
    virtual Plan<QList<RoleDefinition>> listRoles(const Profile& profile) const;
    // The choices of a user field marked choicesFromServer; unsupported for any other.
    virtual Plan<QList<FieldChoice>> listChoices(const Profile& profile, const QString& fieldKey) const;
    // Custom attributes the server declares, offered as extra columns of the user list: value is
    // the path User::attributeText reads, label the column's title. None by default.
    virtual Plan<QList<FieldChoice>> attributeColumns(const Profile& profile) const;

    virtual Plan<QList<Session>> listSessions(const Profile& profile, const User& user) const;
    virtual Plan<QList<Session>> listAllSessions(const Profile& profile, qint64 offset, int limit) const;
    virtual Plan<Done> revokeSession(const Profile& profile, const User& user, const Session& session) const;
    virtual Plan<Done> revokeAllSessions(const Profile& profile, const User& user) const;

    virtual Plan<QList<ApiKey>> listApiKeys(const Profile& profile, const User* owner) const;
    virtual Plan<IssuedApiKey> createApiKey(const Profile& profile, const ApiKeyRequest& request) const;
    virtual Plan<Done> revokeApiKey(const Profile& profile, const ApiKey& key) const;

    // The endpoints discovery names, then the token asked about or revoked there.
    Plan<OidcProvider> discover(const Profile& profile) const;
    Plan<QJsonObject> introspectToken(const Profile& profile, const QString& token, const QString& typeHint,
                                      const Secrets& secrets) const;
    Plan<Done> revokeToken(const Profile& profile, const QString& token, const QString& typeHint,
                           const Secrets& secrets) const;

protected:
    // Plans the dialects compose their operations from.
    // The write, then the user read back as the server now has it: for servers whose writes
    // answer with no user (Glewlwyd's empty 200). A failed read says the change was made.
    Plan<User> writeThenReadBack(const HttpRequest& write, const User& written) const;
    // Every session the server lists for the user, revoked one at a time, stopping at the
    // first refusal: for servers with no call that revokes them all.
    Plan<Done> revokeEachListedSession(const Profile& profile, const User& user) const;

    // The common shapes, for a dialect's readError to start from; also reads a 2xx body.
    static struct ServerError commonError(const HttpResponse& response);
    // A failed answer's body as JSON; nothing for a body too large to be an error message or
    // that is not JSON (an HTML error page).
    static QJsonDocument errorDocument(const HttpResponse& response);
};
