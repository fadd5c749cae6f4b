#pragma once
// How one kind of server does each thing: request builders and response parsers, pure and
// free of any network object, plus the capability set the UI reads. Everything that knows a
// server's paths, field names or error shapes lives behind this interface.
//
// Builders for operations the dialect does not support return an invalid HttpRequest
// (isValid() == false); Connection turns that into an ApiError::Kind::Unsupported with
// capabilities().reason().

#include "AuthState.h"
#include "Capabilities.h"
#include "DialectTypes.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "ServerError.h"
#include "values/Result.h"
#include "values/UserQuery.h"
#include "values/ApiKey.h"
#include "values/DisableRequest.h"
#include "values/Profile.h"
#include "values/Session.h"
#include "values/UserEdit.h"

#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QString>

// Secrets for one sign-in, keyed "password", "client_secret", "api_key", ... Held in memory
// only for as long as the sign-in takes.
using Secrets = QHash<QString, QString>;

class Dialect
{
public:
    virtual ~Dialect() = default;

    virtual QString id() const = 0;          // "gemini", "gatekeeper", ...
    virtual QString displayName() const = 0; // "Gemini (Make Music Day)"
    virtual Capabilities capabilities() const = 0;
    // What one profile can do, where its settings matter (Glewlwyd signed in with an API key
    // instead of a session). Connection::capabilities() answers with this one.
    virtual Capabilities capabilitiesFor(const Profile&) const { return capabilities(); }
    virtual QList<SettingField> settingFields() const { return {}; }
    // Which secrets sign-in needs, e.g. {"password"} or {"api_key", "password"}.
    virtual QStringList requiredSecrets(const Profile& profile) const = 0;
    // The roles known without asking the server; see listRolesRequest for servers that say.
    virtual QList<RoleDefinition> roleDefinitions() const { return {}; }
    // True when a user holds exactly one role (Gatekeeper's user_type): adding one replaces it.
    virtual bool singleRole() const { return false; }
    virtual QList<UserField> userFields() const { return {}; }

    // --- session ---
    virtual HttpRequest signInRequest(const Profile& profile, const Secrets& secrets) const = 0;
    virtual Result<AuthState> parseSignIn(const HttpResponse& response, const Profile& profile) const = 0;
    virtual HttpRequest refreshRequest(const AuthState&) const { return {}; }
    virtual HttpRequest signOutRequest(const AuthState&) const { return {}; }
    // True when a renewal that signs in again should do so inside the current session: the
    // sign-in request then carries the session's credentials (Glewlwyd re-authenticates the
    // same cookie instead of opening a new session each time a scope's max age runs out).
    virtual bool reauthenticatesInSession() const { return false; }
    // Adds the headers (and cookies) that prove who is asking.
    virtual void authorize(HttpRequest& request, const AuthState& state, const Profile& profile,
                           const Secrets& secrets) const = 0;

    // --- users ---
    virtual HttpRequest listUsersRequest(const UserQuery&) const { return {}; }
    // What Connection sends: the same, unless the dialect's search depends on a profile
    // setting (SCIM's search_filter, since servers differ in the filters they accept).
    virtual HttpRequest listUsersRequestFor(const Profile&, const UserQuery& query) const
    {
        return listUsersRequest(query);
    }
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
    // False when a successful write answers with no user (Glewlwyd's empty 200): Connection then
    // reads the user back with getUserRequest, so callers still get the server's own view.
    virtual bool writesAnswerWithUser() const { return true; }
    // The roles or scopes as the server defines them now (Glewlwyd's /scope/); invalid when
    // roleDefinitions() is all there is. Connection::listRoles falls back to those.
    virtual HttpRequest listRolesRequest() const { return {}; }
    virtual Result<QList<RoleDefinition>> parseRoles(const HttpResponse& response) const;

    // --- sessions ---
    virtual HttpRequest listSessionsRequest(const User&) const { return {}; }
    virtual HttpRequest listAllSessionsRequest(qint64 /*offset*/, int /*limit*/) const { return {}; }
    virtual Result<QList<Session>> parseSessions(const HttpResponse& response) const;
    virtual HttpRequest revokeSessionRequest(const User&, const Session&) const { return {}; }
    virtual HttpRequest revokeAllSessionsRequest(const User&) const { return {}; }
    // True when the server has no call that revokes all of a user's sessions (Glewlwyd):
    // Connection::revokeAllSessions then lists them and revokes each one.
    virtual bool revokesSessionsOneByOne() const { return false; }

    // --- API keys ---
    virtual HttpRequest listApiKeysRequest(const User* /*owner: null = the signed-in identity*/) const
    {
        return {};
    }
    virtual Result<QList<ApiKey>> parseApiKeys(const HttpResponse& response) const;
    virtual HttpRequest createApiKeyRequest(const ApiKeyRequest&) const { return {}; }
    virtual Result<IssuedApiKey> parseIssuedApiKey(const HttpResponse& response) const;
    virtual HttpRequest revokeApiKeyRequest(const ApiKey&) const { return {}; }

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

protected:
    // The common shapes, for a dialect's readError to start from; also reads a 2xx body.
    static struct ServerError commonError(const HttpResponse& response);
    // A failed answer's body as JSON; nothing for a body too large to be an error message or
    // that is not JSON (an HTML error page).
    static QJsonDocument errorDocument(const HttpResponse& response);
};
