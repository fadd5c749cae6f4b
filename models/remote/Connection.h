#pragma once
// The console's live link to one server profile: it owns the HTTP client, the dialect and the
// signed-in state. It signs in and out, renews the token before it expires, retries once after
// a transparent renewal on 401, and otherwise asks for credentials while keeping the pending
// work queued. Views and the CLI call its typed operations; none of them sees a reply or JSON.

#include "AuthState.h"
#include "Dialect.h"
#include "values/Profile.h"

#include <QObject>
#include <QVariantMap>
#include <functional>
#include <memory>

class ApiClient;
class AuditLog;
class CredentialStore;

class Connection : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn, Renewing, NeedsCredentials, Offline };
    Q_ENUM(State)

    template <typename T> using Callback = std::function<void(const Result<T>&)>;

    Connection(const Profile& profile, std::shared_ptr<const Dialect> dialect, CredentialStore* credentials,
               QObject* parent = nullptr);
    ~Connection() override;

    const Profile& profile() const { return m_profile; }
    const Dialect& dialect() const { return *m_dialect; }
    // What this profile's server can do, with the reason where it cannot.
    Capabilities capabilities() const;
    // The roles the role editor offers: the server's own list once listRoles() read it (it
    // does after each sign-in when the dialect can ask), else the dialect's known ones; and
    // how many a user holds.
    RoleSet roleSet() const;
    State state() const { return m_state; }
    const AuthState& authState() const { return m_auth; }
    ApiClient* client() const { return m_client; }

    // Signs in with the given secrets, or with the stored ones when `secrets` is empty.
    void signIn(const Secrets& secrets = {});
    // Revokes the console's own token where the server can, then forgets it.
    void signOut();
    // Sign in again after NeedsCredentials; queued work resumes on success.
    void provideCredentials(const Secrets& secrets);
    // Drops queued work after the user declined to sign in again.
    void abandonPendingWork();
    // Offline: every operation fails at once with ApiError::Kind::Offline.
    void setOffline(bool offline);
    // Every change made through this connection is recorded there (who, what, outcome, status).
    void setAuditLog(AuditLog* log);
    // Adds `details` to the audit entry of every change made with `context` as its context
    // (an access review's name on the changes applying it), until `context` is destroyed.
    void setAuditDetails(const QObject* context, const QVariantMap& details);

    void listUsers(const UserQuery& query, QObject* context, Callback<UserPage> done);
    void getUser(const User& user, QObject* context, Callback<User> done);
    void createUser(const UserEdit& edit, QObject* context, Callback<User> done);
    void updateUser(const User& before, const UserEdit& after, QObject* context, Callback<User> done);
    void deleteUser(const User& user, QObject* context, Callback<Done> done);
    void setRoles(const User& user, const QStringList& roles, QObject* context, Callback<User> done);
    // The console's own access token as the server sees it now (RFC 7662: {"active": ...}), and
    // its revocation (RFC 7009), at the endpoints the server's OpenID Connect discovery names.
    void introspectToken(QObject* context, Callback<QJsonObject> done);
    void revokeAccessToken(QObject* context, Callback<Done> done);
    // What a user field marked choicesFromServer can hold (Keycloak's groups).
    void listChoices(const QString& fieldKey, QObject* context, Callback<QList<FieldChoice>> done);
    // The custom attributes the server declares, as extra columns of the user list.
    void attributeColumns(QObject* context, Callback<QList<FieldChoice>> done);
    void setEnabled(const User& user, bool enabled, QObject* context, Callback<User> done);
    // Disables with a reason and an end time where the server keeps them (Capability::DisableReason,
    // DisableExpiry); elsewhere the same as setEnabled(user, false).
    void disable(const User& user, const DisableRequest& request, QObject* context, Callback<User> done);
    void listSessions(const User& user, QObject* context, Callback<QList<Session>> done);
    void listAllSessions(qint64 offset, int limit, QObject* context, Callback<QList<Session>> done);
    void revokeSession(const User& user, const Session& session, QObject* context, Callback<Done> done);
    void revokeAllSessions(const User& user, QObject* context, Callback<Done> done);
    void listApiKeys(const User* owner, QObject* context, Callback<QList<ApiKey>> done);
    void createApiKey(const ApiKeyRequest& request, QObject* context, Callback<IssuedApiKey> done);
    void revokeApiKey(const ApiKey& key, QObject* context, Callback<Done> done);
    // Reads the roles or scopes the server defines; for a dialect that cannot ask, answers at
    // once with the dialect's known ones.
    void listRoles(QObject* context, Callback<QList<RoleDefinition>> done);

signals:
    void stateChanged(Connection::State state);
    void signedIn(const QString& identity);
    void signInFailed(const ApiError& error);
    void signedOut();
    // A request got 401 and renewal was impossible: the UI asks for the password, then calls
    // provideCredentials() or abandonPendingWork().
    void credentialsRequired(const ApiError& error);
    // Emitted whenever the token's lifetime changes (sign-in, renewal).
    void authStateChanged();
    // The server's list of roles arrived or changed: roleSet() has it.
    void roleDefinitionsChanged();

private:
    class Private;
    std::unique_ptr<Private> d;
    Profile m_profile;
    std::shared_ptr<const Dialect> m_dialect;
    ApiClient* m_client = nullptr;
    State m_state = State::SignedOut;
    AuthState m_auth;
    friend class Private;
};
