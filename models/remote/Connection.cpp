#include "Connection.h"

#include "ApiClient.h"
#include "audit/AuditLog.h"
#include "credentials/CredentialStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace {
// The keychain entry beside the profile's own secrets (never one the user types).
QString refreshTokenName()
{
    return QStringLiteral("refresh_token");
}
} // namespace

// A request waiting to be (re)sent: authorisation is applied at send time, so a request that
// failed with 401 can be replayed with the renewed token.
struct PendingCall
{
    HttpRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(const HttpResponse&)> done;
    bool retried = false;
    quint64 sentWith = 0; // the session (Private::sessionGeneration) it was authorised with
};

class Connection::Private
{
public:
    explicit Private(Connection* q)
        : q(q)
    {
    }

    void setState(State state)
    {
        if (q->m_state == state)
            return;
        q->m_state = state;
        emit q->stateChanged(state);
    }
    void send(PendingCall call);
    void handleUnauthorized(PendingCall call);
    void renew(std::function<void(bool)> done);
    // `withinSession`: a renewal or a re-entered password, which the dialect may send inside
    // the current session (Dialect::reauthenticatesInSession).
    void signInWith(const Secrets& secrets, std::function<void(const ApiError&)> done,
                    bool withinSession = false);
    // Takes up the session a previous run left on the server through its stored refresh
    // token; `done(false)` when there is none or the server no longer accepts it.
    void resume(const QString& refreshToken, const Secrets& secrets, std::function<void(bool)> done);
    // Accepts a sign-in or renewal answer as the current session.
    void adopt(const AuthState& state);
    // Where a refresh token exists and the profile remembers its sign-in, it is kept in the
    // keychain, so that the next start resumes this session instead of opening one more.
    void keepRefreshToken();
    void scheduleRenewal();
    void flushQueue();
    // What a write is, for the audit log; reads leave `action` empty and are not recorded.
    struct Audit
    {
        QString action;
        QString target;
        QString targetId;
    };
    template <typename T, typename Parse>
    void run(const HttpRequest& request, Capability capability, QObject* context,
             std::function<void(const Result<T>&)> done, Parse parse, const Audit& audit = {});
    void record(const Audit& audit, const ApiError& error, int status);
    // A write that answers with a user, or (Dialect::writesAnswerWithUser false) with nothing:
    // then `written` is read back once the write succeeded.
    void runUserWrite(const HttpRequest& request, Capability capability, QObject* context,
                      Callback<User> done, const Audit& audit, const User& written);
    void revokeEach(const User& user, QList<Session> left, QObject* context, Callback<Done> done);
    void fetchRoles();

    Connection* q;
    CredentialStore* credentials = nullptr;
    QPointer<AuditLog> audit;
    Secrets secrets;            // in memory for this connection only
    QList<PendingCall> waiting; // queued while renewing or waiting for credentials
    QTimer renewTimer;
    bool renewing = false;
    quint64 sessionGeneration = 0;     // counts adopted sessions: tells a stale 401 from a real one
    QList<RoleDefinition> serverRoles; // empty until listRoles() read them
};

Connection::Connection(const Profile& profile, std::shared_ptr<const Dialect> dialect,
                       CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
    , m_profile(profile)
    , m_dialect(std::move(dialect))
    , m_client(new ApiClient(this))
{
    d->credentials = credentials;
    m_client->setBaseUrl(profile.baseUrl);
    m_client->setTimeoutSeconds(profile.timeoutSeconds);
    m_client->setPinnedCertificate(profile.pinnedCertificate);
    d->renewTimer.setSingleShot(true);
    // Calls made while the timer's renewal runs wait in the queue: send them once it is done,
    // with the new token, or with the old one (still valid until it expires; a 401 then takes
    // the usual renew-or-ask path).
    connect(&d->renewTimer, &QTimer::timeout, this, [this] { d->renew([this](bool) { d->flushQueue(); }); });
}

Connection::~Connection() = default;

void Connection::Private::signInWith(const Secrets& given, std::function<void(const ApiError&)> done,
                                     bool withinSession)
{
    HttpRequest request = q->m_dialect->signInRequest(q->m_profile, given);
    if (!request.isValid()) {
        done(ApiError::make(ApiError::Kind::Unsupported, tr("This server's sign-in is not supported.")));
        return;
    }
    // Signing in again inside the current session keeps one session on the server instead of
    // leaving a new one behind at every renewal.
    if (withinSession && q->m_dialect->reauthenticatesInSession() && q->m_auth.isSignedIn())
        q->m_dialect->authorize(request, q->m_auth, q->m_profile, given);
    q->m_client->send(request, q, [this, given, done = std::move(done)](const HttpResponse& response) {
        if (!response.isSuccess()) {
            done(q->m_dialect->parseError(response));
            return;
        }
        Result<AuthState> state = q->m_dialect->parseSignIn(response, q->m_profile);
        if (!state.ok()) {
            done(state.error());
            return;
        }
        secrets = given;
        adopt(state.value());
        done({});
    });
}

void Connection::Private::adopt(const AuthState& state)
{
    ++sessionGeneration;
    q->m_auth = state;
    if (!q->m_auth.issuedAt.isValid())
        q->m_auth.issuedAt = QDateTime::currentDateTimeUtc();
    keepRefreshToken();
    scheduleRenewal();
    emit q->authStateChanged();
}

void Connection::Private::keepRefreshToken()
{
    if (!q->m_auth.refreshToken.isEmpty() && credentials && q->m_profile.rememberPassword)
        credentials->write(q->m_profile.id, {{refreshTokenName(), q->m_auth.refreshToken}});
}

void Connection::Private::resume(const QString& refreshToken, const Secrets& given,
                                 std::function<void(bool)> done)
{
    AuthState previous;
    previous.refreshToken = refreshToken;
    const HttpRequest request = q->m_dialect->refreshRequest(previous);
    if (!request.isValid()) {
        done(false);
        return;
    }
    q->m_client->send(request, q, [this, given, done = std::move(done)](const HttpResponse& response) {
        const Result<AuthState> state = response.isSuccess()
                                            ? q->m_dialect->parseSignIn(response, q->m_profile)
                                            : Result<AuthState>(ApiError());
        if (!state.ok() || !state.value().isSignedIn()) {
            done(false);
            return;
        }
        secrets = given;
        AuthState resumed = state.value();
        resumed.issuedAt = QDateTime::currentDateTimeUtc();
        adopt(resumed);
        done(true);
    });
}

void Connection::Private::scheduleRenewal()
{
    renewTimer.stop();
    if (!q->m_auth.expiresAt.isValid())
        return; // never expires (Nebula ak_ keys)
    const qint64 left = q->m_auth.secondsLeft();
    // Renew at 80% of the lifetime (at least 1 s ahead), so calls never meet an expired token.
    const qint64 lifetime =
        q->m_auth.issuedAt.isValid() ? q->m_auth.issuedAt.secsTo(q->m_auth.expiresAt) : left;
    const qint64 margin = qMax<qint64>(1, lifetime / 5);
    renewTimer.start(int(qBound<qint64>(qint64(0), left - margin, qint64(24 * 3600)) * 1000));
}

void Connection::Private::renew(std::function<void(bool)> done)
{
    if (renewing) {
        done(false);
        return;
    }
    renewing = true;
    const State before = q->m_state;
    setState(State::Renewing);
    auto finish = [this, before, done](bool ok) {
        renewing = false;
        setState(ok ? State::SignedIn : before == State::Renewing ? State::SignedIn : before);
        done(ok);
    };
    const HttpRequest refresh = q->m_dialect->refreshRequest(q->m_auth);
    const quint64 startedWith = sessionGeneration;
    if (refresh.isValid()) {
        q->m_client->send(refresh, q, [this, finish, startedWith](const HttpResponse& response) {
            // A newer session arrived while the refresh travelled: its answer no longer matters.
            if (sessionGeneration != startedWith) {
                finish(true);
                return;
            }
            Result<AuthState> state = response.isSuccess()
                                          ? q->m_dialect->parseSignIn(response, q->m_profile)
                                          : Result<AuthState>(q->m_dialect->parseError(response));
            if (state.ok()) {
                AuthState renewed = state.value();
                renewed.issuedAt = QDateTime::currentDateTimeUtc();
                adopt(renewed); // a rotated refresh token replaces the stored one
                finish(true);
                return;
            }
            // The refresh token expired too: fall back to the stored password, if allowed.
            if (!secrets.value(QStringLiteral("password")).isEmpty() && q->m_profile.rememberPassword) {
                signInWith(
                    secrets, [finish](const ApiError& error) { finish(error.isNone()); }, true);
                return;
            }
            finish(false);
        });
        return;
    }
    if (!secrets.isEmpty() &&
        (q->m_profile.rememberPassword || !secrets.contains(QStringLiteral("password")))) {
        signInWith(
            secrets, [finish](const ApiError& error) { finish(error.isNone()); }, true);
        return;
    }
    finish(false);
}

void Connection::Private::send(PendingCall call)
{
    if (q->m_state == State::Renewing || q->m_state == State::NeedsCredentials) {
        waiting.append(std::move(call));
        return;
    }
    HttpRequest request = call.request;
    if (request.authenticated)
        q->m_dialect->authorize(request, q->m_auth, q->m_profile, secrets);
    call.sentWith = sessionGeneration;
    q->m_client->send(request, q, [this, call](const HttpResponse& response) mutable {
        if (call.hasContext && !call.context)
            return;
        if (response.status == 401 && call.request.authenticated) {
            handleUnauthorized(std::move(call));
            return;
        }
        call.done(response);
    });
}

void Connection::Private::handleUnauthorized(PendingCall call)
{
    // Refused with a session that was replaced while it travelled (a renewal or a new sign-in
    // finished meanwhile): sent again with the current one, nothing renewed.
    if (call.sentWith != sessionGeneration && q->m_state == State::SignedIn) {
        send(std::move(call));
        return;
    }
    // A sign-in is under way, or the person is being asked: the call waits for its outcome
    // instead of renewing with the session that just failed.
    if (q->m_state == State::SigningIn || q->m_state == State::NeedsCredentials) {
        waiting.append(std::move(call));
        return;
    }
    if (call.retried) {
        // Renewed once already and still refused: ask the person, keep the work queued.
        waiting.append(std::move(call));
        setState(State::NeedsCredentials);
        emit q->credentialsRequired(
            ApiError::make(ApiError::Kind::Unauthorized,
                           tr("The server no longer accepts this session. Sign in again to continue.")));
        return;
    }
    call.retried = true;
    waiting.append(std::move(call));
    if (renewing)
        return;
    renew([this](bool ok) {
        if (ok) {
            flushQueue();
            return;
        }
        setState(State::NeedsCredentials);
        emit q->credentialsRequired(ApiError::make(
            ApiError::Kind::Unauthorized, tr("Your session has expired. Sign in again to continue.")));
    });
}

void Connection::Private::flushQueue()
{
    const QList<PendingCall> calls = std::exchange(waiting, {});
    for (const PendingCall& call : calls)
        send(call);
}

template <typename T, typename Parse>
void Connection::Private::run(const HttpRequest& request, Capability capability, QObject* context,
                              std::function<void(const Result<T>&)> done, Parse parse, const Audit& audit)
{
    if (q->m_state == State::Offline) {
        const ApiError offline = ApiError::make(ApiError::Kind::Offline,
                                                tr("AuthDesk is working offline; this needs the server."));
        done(offline);
        return;
    }
    const Capabilities capabilities = q->capabilities();
    // Denied for this profile only (Glewlwyd with an API key): the server would refuse it.
    const bool deniedHere =
        !capabilities.supports(capability) && q->m_dialect->capabilities().supports(capability);
    if (!request.isValid() || deniedHere) {
        QString reason = capabilities.reason(capability);
        if (reason.isEmpty()) // the server can, but not for this item or with these options
            reason = tr("This server cannot do this for this item or with these options.");
        const ApiError error = ApiError::make(ApiError::Kind::Unsupported, reason);
        record(audit, error, 0);
        done(error);
        return;
    }
    PendingCall call;
    call.request = request;
    call.context = context;
    call.hasContext = context != nullptr;
    const Dialect* dialect = q->m_dialect.get();
    call.done = [this, dialect, done = std::move(done), parse, audit](const HttpResponse& response) {
        ApiError error = dialect->errorOf(response);
        if (!error.isNone()) {
            record(audit, error, response.status);
            done(error);
            return;
        }
        const Result<T> result = parse(response);
        record(audit, result.error(), response.status);
        done(result);
    };
    send(std::move(call));
}

void Connection::Private::record(const Audit& what, const ApiError& error, int status)
{
    if (what.action.isEmpty() || !audit || !audit->isOpen())
        return;
    AuditEntry entry = AuditEntry::forResult(what.action, what.target, error, status);
    entry.targetId = what.targetId;
    entry.profileId = q->m_profile.id;
    entry.profileName = q->m_profile.name;
    entry.server = q->m_profile.baseUrl.toString(QUrl::RemoveUserInfo);
    entry.identity = q->m_auth.identity.isEmpty() ? q->m_profile.identity : q->m_auth.identity;
    audit->record(entry);
}

void Connection::Private::runUserWrite(const HttpRequest& request, Capability capability, QObject* context,
                                       Callback<User> done, const Audit& audit, const User& written)
{
    const Dialect* dialect = q->m_dialect.get();
    auto parseUser = [dialect](const HttpResponse& r) { return dialect->parseUser(r); };
    if (dialect->writesAnswerWithUser()) {
        run<User>(request, capability, context, std::move(done), parseUser, audit);
        return;
    }
    run<Done>(
        request, capability, context,
        [this, dialect, context, done = std::move(done), written, parseUser](const Result<Done>& result) {
            if (!result.ok()) {
                done(result.error());
                return;
            }
            run<User>(
                dialect->getUserRequest(written), Capability::GetUser, context,
                [done](const Result<User>& read) {
                    if (read.ok()) {
                        done(read);
                        return;
                    }
                    // The change is made: say so, or a retry would meet "already exists".
                    ApiError error = read.error();
                    error.message = tr("Saved, but reading the user back failed: %1").arg(error.message);
                    done(error);
                },
                parseUser);
        },
        [](const HttpResponse&) { return Result<Done>(Done{}); }, audit);
}

void Connection::Private::revokeEach(const User& user, QList<Session> left, QObject* context,
                                     Callback<Done> done)
{
    if (left.isEmpty()) {
        done(Done{});
        return;
    }
    const Session next = left.takeFirst();
    // One at a time, stopping at the first refusal: what is left stays listed, and is reported.
    q->revokeSession(user, next, context, [this, user, left, context, done](const Result<Done>& result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        revokeEach(user, left, context, done);
    });
}

void Connection::Private::fetchRoles()
{
    if (q->m_dialect->listRolesRequest().isValid())
        q->listRoles(q, [](const Result<QList<RoleDefinition>>&) {}); // kept by listRoles itself
}

void Connection::setAuditLog(AuditLog* log)
{
    d->audit = log;
}

void Connection::signIn(const Secrets& secrets)
{
    d->setState(State::SigningIn);
    auto finished = [this](const ApiError& error) {
        if (error.isNone()) {
            d->setState(State::SignedIn);
            emit signedIn(m_auth.identity.isEmpty() ? m_profile.identity : m_auth.identity);
            d->flushQueue();
            d->fetchRoles();
        } else {
            d->setState(State::SignedOut);
            emit signInFailed(error);
        }
    };
    if (!secrets.isEmpty() || !d->credentials) {
        d->signInWith(secrets, finished);
        return;
    }
    const QStringList required = m_dialect->requiredSecrets(m_profile);
    QStringList names = required;
    if (m_profile.rememberPassword)
        names << refreshTokenName();
    d->credentials->read(m_profile.id, names, this, [this, required, finished](SecretMap found) {
        for (const QString& name : required) {
            if (found.value(name).isEmpty()) {
                d->setState(State::NeedsCredentials);
                emit signInFailed(
                    ApiError::make(ApiError::Kind::Unauthorized,
                                   tr("No stored %1 for this profile: enter it to sign in.").arg(name)));
                return;
            }
        }
        const QString refreshToken = found.take(refreshTokenName());
        if (refreshToken.isEmpty()) {
            d->signInWith(found, finished);
            return;
        }
        // The session a previous run left open is taken up; a new one only when it is gone.
        d->resume(refreshToken, found, [this, found, finished](bool resumed) {
            if (resumed)
                finished({});
            else
                d->signInWith(found, finished);
        });
    });
}

void Connection::signOut()
{
    d->renewTimer.stop();
    const HttpRequest request = m_dialect->signOutRequest(m_auth);
    if (d->credentials)
        d->credentials->remove(m_profile.id, {refreshTokenName()}); // that session ends here
    auto forget = [this] {
        m_auth = AuthState();
        d->secrets.clear();
        d->waiting.clear();
        d->setState(State::SignedOut);
        emit authStateChanged();
        emit signedOut();
    };
    if (!request.isValid() || !m_auth.isSignedIn()) {
        forget();
        return;
    }
    HttpRequest authorized = request;
    m_dialect->authorize(authorized, m_auth, m_profile, d->secrets);
    m_client->send(authorized, this, [forget](const HttpResponse&) { forget(); });
}

void Connection::provideCredentials(const Secrets& secrets)
{
    d->setState(State::SigningIn);
    d->signInWith(
        secrets,
        [this](const ApiError& error) {
            if (!error.isNone()) {
                d->setState(State::NeedsCredentials);
                emit signInFailed(error);
                return;
            }
            d->setState(State::SignedIn);
            emit signedIn(m_auth.identity.isEmpty() ? m_profile.identity : m_auth.identity);
            for (PendingCall& call : d->waiting)
                call.retried = false;
            d->flushQueue();
            d->fetchRoles();
        },
        true);
}

void Connection::abandonPendingWork()
{
    const QList<PendingCall> calls = std::exchange(d->waiting, {});
    HttpResponse cancelled;
    cancelled.transportError = ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled: not signed in."));
    for (const PendingCall& call : calls) {
        if (!call.hasContext || call.context)
            call.done(cancelled);
    }
    d->setState(State::SignedOut);
}

void Connection::setOffline(bool offline)
{
    d->setState(offline ? State::Offline : State::SignedOut);
}

void Connection::listUsers(const UserQuery& query, QObject* context, Callback<UserPage> done)
{
    const Dialect* dialect = m_dialect.get();
    d->run<UserPage>(m_dialect->listUsersRequestFor(m_profile, query), Capability::ListUsers, context,
                     std::move(done),
                     [dialect, query](const HttpResponse& r) { return dialect->parseUserPage(r, query); });
}

void Connection::getUser(const User& user, QObject* context, Callback<User> done)
{
    const Dialect* dialect = m_dialect.get();
    d->run<User>(m_dialect->getUserRequest(user), Capability::GetUser, context, std::move(done),
                 [dialect](const HttpResponse& r) { return dialect->parseUser(r); });
}

void Connection::createUser(const UserEdit& edit, QObject* context, Callback<User> done)
{
    HttpRequest request = m_dialect->createUserRequest(edit, m_profile, d->secrets);
    d->runUserWrite(request, Capability::CreateUser, context, std::move(done),
                    {QStringLiteral("user.create"),
                     edit.user.username.isEmpty() ? edit.user.email : edit.user.username,
                     {}},
                    edit.user);
}

void Connection::updateUser(const User& before, const UserEdit& after, QObject* context, Callback<User> done)
{
    // Read back under the name it had: the username is the key where it cannot change.
    User written = after.user;
    written.id = before.id;
    if (written.username.isEmpty())
        written.username = before.username;
    d->runUserWrite(m_dialect->updateUserRequest(before, after), Capability::UpdateUser, context,
                    std::move(done), {QStringLiteral("user.update"), before.username, before.id}, written);
}

void Connection::deleteUser(const User& user, QObject* context, Callback<Done> done)
{
    d->run<Done>(m_dialect->deleteUserRequest(user), Capability::DeleteUser, context, std::move(done),
                 [](const HttpResponse&) { return Result<Done>(Done{}); },
                 {QStringLiteral("user.delete"), user.username.isEmpty() ? user.id : user.username, user.id});
}

void Connection::setRoles(const User& user, const QStringList& roles, QObject* context, Callback<User> done)
{
    d->runUserWrite(m_dialect->setRolesRequest(user, roles), Capability::SetRoles, context, std::move(done),
                    {QStringLiteral("user.roles"), user.username, user.id}, user);
}

void Connection::setEnabled(const User& user, bool enabled, QObject* context, Callback<User> done)
{
    d->runUserWrite(
        m_dialect->setEnabledRequest(user, enabled), Capability::SetEnabled, context, std::move(done),
        {enabled ? QStringLiteral("user.enable") : QStringLiteral("user.disable"), user.username, user.id},
        user);
}

void Connection::disable(const User& user, const DisableRequest& request, QObject* context,
                         Callback<User> done)
{
    d->runUserWrite(m_dialect->disableRequest(user, request), Capability::SetEnabled, context,
                    std::move(done), {QStringLiteral("user.disable"), user.username, user.id}, user);
}

void Connection::listSessions(const User& user, QObject* context, Callback<QList<Session>> done)
{
    const Dialect* dialect = m_dialect.get();
    const QString own = m_auth.sessionId;
    d->run<QList<Session>>(m_dialect->listSessionsRequest(user), Capability::ListSessions, context,
                           std::move(done), [dialect, own](const HttpResponse& r) {
                               Result<QList<Session>> sessions = dialect->parseSessions(r);
                               if (sessions.ok() && !own.isEmpty()) {
                                   for (Session& s : sessions.value())
                                       s.isConsoleOwn = s.id == own;
                               }
                               return sessions;
                           });
}

void Connection::listAllSessions(qint64 offset, int limit, QObject* context, Callback<QList<Session>> done)
{
    const Dialect* dialect = m_dialect.get();
    d->run<QList<Session>>(m_dialect->listAllSessionsRequest(offset, limit), Capability::ListAllSessions,
                           context, std::move(done),
                           [dialect](const HttpResponse& r) { return dialect->parseSessions(r); });
}

void Connection::revokeSession(const User& user, const Session& session, QObject* context,
                               Callback<Done> done)
{
    d->run<Done>(
        m_dialect->revokeSessionRequest(user, session), Capability::RevokeSession, context, std::move(done),
        [](const HttpResponse&) { return Result<Done>(Done{}); },
        {QStringLiteral("session.revoke"), user.username.isEmpty() ? user.id : user.username, session.id});
}

void Connection::revokeAllSessions(const User& user, QObject* context, Callback<Done> done)
{
    if (m_dialect->revokesSessionsOneByOne() && capabilities().supports(Capability::RevokeAllSessions)) {
        // No call for all of them on this server: revoke each session it lists now.
        listSessions(user, context, [this, user, context, done](const Result<QList<Session>>& listed) {
            if (!listed.ok()) {
                done(listed.error());
                return;
            }
            d->revokeEach(user, listed.value(), context, done);
        });
        return;
    }
    d->run<Done>(
        m_dialect->revokeAllSessionsRequest(user), Capability::RevokeAllSessions, context, std::move(done),
        [](const HttpResponse&) { return Result<Done>(Done{}); },
        {QStringLiteral("session.revokeAll"), user.username.isEmpty() ? user.id : user.username, user.id});
}

void Connection::listApiKeys(const User* owner, QObject* context, Callback<QList<ApiKey>> done)
{
    const Dialect* dialect = m_dialect.get();
    d->run<QList<ApiKey>>(m_dialect->listApiKeysRequest(owner), Capability::ListApiKeys, context,
                          std::move(done),
                          [dialect](const HttpResponse& r) { return dialect->parseApiKeys(r); });
}

void Connection::createApiKey(const ApiKeyRequest& request, QObject* context, Callback<IssuedApiKey> done)
{
    const Dialect* dialect = m_dialect.get();
    d->run<IssuedApiKey>(m_dialect->createApiKeyRequest(request), Capability::CreateApiKey, context,
                         std::move(done),
                         [dialect](const HttpResponse& r) { return dialect->parseIssuedApiKey(r); },
                         {QStringLiteral("apikey.create"), request.name, {}});
}

void Connection::revokeApiKey(const ApiKey& key, QObject* context, Callback<Done> done)
{
    d->run<Done>(m_dialect->revokeApiKeyRequest(key), Capability::RevokeApiKey, context, std::move(done),
                 [](const HttpResponse&) { return Result<Done>(Done{}); },
                 {QStringLiteral("apikey.revoke"), key.name.isEmpty() ? key.id : key.name, key.id});
}

QList<RoleDefinition> Connection::roleDefinitions() const
{
    return d->serverRoles.isEmpty() ? m_dialect->roleDefinitions() : d->serverRoles;
}

void Connection::listRoles(QObject* context, Callback<QList<RoleDefinition>> done)
{
    const HttpRequest request = m_dialect->listRolesRequest();
    if (!request.isValid()) {
        done(m_dialect->roleDefinitions());
        return;
    }
    const Dialect* dialect = m_dialect.get();
    d->run<QList<RoleDefinition>>(
        request, Capability::SetRoles, context,
        [this, done = std::move(done)](const Result<QList<RoleDefinition>>& roles) {
            if (roles.ok()) {
                d->serverRoles = roles.value();
                emit roleDefinitionsChanged();
            }
            done(roles);
        },
        [dialect](const HttpResponse& r) { return dialect->parseRoles(r); });
}
