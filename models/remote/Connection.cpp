#include "Connection.h"

#include "credentials/SecretNames.h"

#include "ApiClient.h"
#include "ErrorMapping.h"
#include "audit/AuditLog.h"
#include "credentials/CredentialStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace {
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
    // the current session (it gets that session as the sign-in plan's `current`).
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
        Audit(QString action = {}, QString target = {}, QString targetId = {})
            : action(std::move(action))
            , target(std::move(target))
            , targetId(std::move(targetId))
        {
        }
        QString action;
        QString target;
        QString targetId;
        QVariantMap details; // what the caller's context adds (setAuditDetails)
    };
    // How a running plan's writes went: the audit log records the change, not the reads
    // around it (a write that succeeded is recorded as done even if reading it back failed).
    struct Outcome
    {
        Audit audit;
        bool wrote = false;
        ApiError writeError; // the first write the server refused
        int writeStatus = 0;
        int lastStatus = 0;
    };
    // Runs an operation's plan: authorised steps through send() (so a 401 renews and replays),
    // each failure mapped, the outcome audited once at the end.
    template <typename T>
    void run(const Plan<T>& plan, Capability capability, QObject* context, Callback<T> done,
             const Audit& audit = {});
    template <typename T>
    void step(const Plan<T>& plan, Capability capability, QObject* context, std::shared_ptr<Outcome> outcome,
              Callback<T> done);
    // Runs a session plan (sign-in, refresh, sign-out) as it is: no session of ours to add or renew.
    void runSessionPlan(const Plan<AuthState>& plan, std::function<void(const Result<AuthState>&)> done);
    void record(const Audit& audit, const ApiError& error, int status);
    ApiError unsupported(Capability capability) const;
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
    QHash<const QObject*, QVariantMap> auditDetails; // per calling context, until it is destroyed
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
    m_client->configure(profile);
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
    // Signing in again inside the current session keeps one session on the server instead of
    // leaving a new one behind at every renewal, where the server allows it.
    const Plan<AuthState> plan =
        q->m_dialect->signIn(q->m_profile, given, withinSession ? q->m_auth : AuthState());
    if (plan.isUnsupported()) {
        done(ApiError::make(ApiError::Kind::Unsupported, tr("This server's sign-in is not supported.")));
        return;
    }
    runSessionPlan(plan, [this, given, done = std::move(done)](const Result<AuthState>& state) {
        if (!state.ok()) {
            done(ErrorMapping::atSignIn(state.error(), q->m_profile.baseUrl));
            return;
        }
        secrets = given;
        adopt(state.value());
        done({});
    });
}

void Connection::Private::runSessionPlan(const Plan<AuthState>& plan,
                                         std::function<void(const Result<AuthState>&)> done)
{
    if (plan.isFinished()) {
        done(plan.result());
        return;
    }
    if (!plan.request().isValid()) {
        runSessionPlan(plan.failed(ApiError::make(ApiError::Kind::Unsupported,
                                                  tr("This server's sign-in is not supported."))),
                       std::move(done));
        return;
    }
    q->m_client->send(plan.request(), q, [this, plan, done = std::move(done)](const HttpResponse& response) {
        const ApiError error = q->m_dialect->errorOf(response);
        runSessionPlan(error.isNone() ? plan.next(response) : plan.failed(error), done);
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
        credentials->write(q->m_profile.id, {{SecretNames::refreshToken(), q->m_auth.refreshToken}});
}

void Connection::Private::resume(const QString& refreshToken, const Secrets& given,
                                 std::function<void(bool)> done)
{
    AuthState previous;
    previous.refreshToken = refreshToken;
    const Plan<AuthState> plan = q->m_dialect->refresh(q->m_profile, previous);
    if (plan.isUnsupported()) {
        done(false);
        return;
    }
    runSessionPlan(plan, [this, given, done = std::move(done)](const Result<AuthState>& state) {
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
    const Plan<AuthState> refresh = q->m_dialect->refresh(q->m_profile, q->m_auth);
    const quint64 startedWith = sessionGeneration;
    if (!refresh.isUnsupported()) {
        runSessionPlan(refresh, [this, finish, startedWith](const Result<AuthState>& state) {
            // A newer session arrived while the refresh travelled: its answer no longer matters.
            if (sessionGeneration != startedWith) {
                finish(true);
                return;
            }
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

ApiError Connection::Private::unsupported(Capability capability) const
{
    QString reason = q->capabilities().reason(capability);
    if (reason.isEmpty()) // the server can, but not for this item or with these options
        reason = tr("This server cannot do this for this item or with these options.");
    return ApiError::make(ApiError::Kind::Unsupported, reason);
}

template <typename T>
void Connection::Private::run(const Plan<T>& plan, Capability capability, QObject* context, Callback<T> done,
                              const Audit& audit)
{
    if (q->m_state == State::Offline) {
        done(ApiError::make(ApiError::Kind::Offline,
                            tr("AuthDesk is working offline; this needs the server.")));
        return;
    }
    auto outcome = std::make_shared<Outcome>();
    outcome->audit = audit;
    outcome->audit.details = auditDetails.value(context);
    // Denied for this profile only (Glewlwyd with an API key): the server would refuse it.
    const bool deniedHere =
        !q->capabilities().supports(capability) && q->m_dialect->capabilities(Profile()).supports(capability);
    step(deniedHere ? Plan<T>(unsupported(capability)) : plan, capability, context, outcome, std::move(done));
}

template <typename T>
void Connection::Private::step(const Plan<T>& plan, Capability capability, QObject* context,
                               std::shared_ptr<Outcome> outcome, Callback<T> done)
{
    if (plan.isFinished()) {
        const ApiError error = plan.result().error();
        if (outcome->wrote)
            record(outcome->audit, outcome->writeError, outcome->writeStatus);
        else
            record(outcome->audit, error, outcome->lastStatus);
        done(plan.result());
        return;
    }
    if (!plan.request().isValid()) {
        step(plan.failed(unsupported(capability)), capability, context, outcome, std::move(done));
        return;
    }
    PendingCall call;
    call.request = plan.request();
    call.context = context;
    call.hasContext = context != nullptr;
    call.done = [this, plan, capability, context, outcome,
                 done = std::move(done)](const HttpResponse& response) {
        const ApiError error = q->m_dialect->errorOf(response);
        outcome->lastStatus = response.status;
        if (plan.request().kind == HttpRequest::Kind::Write && outcome->writeError.isNone()) {
            outcome->wrote = true;
            outcome->writeError = error;
            outcome->writeStatus = response.status;
        }
        step(error.isNone() ? plan.next(response) : plan.failed(error), capability, context, outcome, done);
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
    entry.details.insert(what.details);
    audit->record(entry);
}

void Connection::Private::fetchRoles()
{
    // Only where the server defines them: otherwise the dialect's own are all there is.
    if (!q->m_dialect->listRoles(q->m_profile).isFinished())
        q->listRoles(q, [](const Result<QList<RoleDefinition>>&) {}); // kept by listRoles itself
}

void Connection::setAuditLog(AuditLog* log)
{
    d->audit = log;
}

void Connection::setAuditDetails(const QObject* context, const QVariantMap& details)
{
    if (!context)
        return;
    if (!d->auditDetails.contains(context))
        connect(context, &QObject::destroyed, this, [this, context] { d->auditDetails.remove(context); });
    d->auditDetails.insert(context, details);
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
        names << SecretNames::refreshToken();
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
        const QString refreshToken = found.take(SecretNames::refreshToken());
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
    if (d->credentials)
        d->credentials->remove(m_profile.id, {SecretNames::refreshToken()}); // that session ends here
    auto forget = [this] {
        m_auth = AuthState();
        d->secrets.clear();
        d->waiting.clear();
        d->setState(State::SignedOut);
        emit authStateChanged();
        emit signedOut();
    };
    Plan<Done> plan = m_dialect->signOut(m_profile, m_auth);
    if (plan.isUnsupported() || plan.isFinished() || !m_auth.isSignedIn()) {
        forget();
        return;
    }
    // Sign-out proves who is leaving with the session's own credentials.
    HttpRequest request = plan.request();
    m_dialect->authorize(request, m_auth, m_profile, d->secrets);
    m_client->send(request, this, [forget](const HttpResponse&) { forget(); });
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
    d->run(m_dialect->listUsers(m_profile, query), Capability::ListUsers, context, std::move(done));
}

void Connection::getUser(const User& user, QObject* context, Callback<User> done)
{
    d->run(m_dialect->getUser(m_profile, user), Capability::GetUser, context, std::move(done));
}

void Connection::createUser(const UserEdit& edit, QObject* context, Callback<User> done)
{
    d->run(m_dialect->createUser(m_profile, edit, d->secrets), Capability::CreateUser, context,
           std::move(done),
           {QStringLiteral("user.create"),
            edit.user.username.isEmpty() ? edit.user.email : edit.user.username,
            {}});
}

void Connection::updateUser(const User& before, const UserEdit& after, QObject* context, Callback<User> done)
{
    d->run(m_dialect->updateUser(m_profile, before, after), Capability::UpdateUser, context, std::move(done),
           {QStringLiteral("user.update"), before.username, before.id});
}

void Connection::deleteUser(const User& user, QObject* context, Callback<Done> done)
{
    d->run(m_dialect->deleteUser(m_profile, user), Capability::DeleteUser, context, std::move(done),
           {QStringLiteral("user.delete"), user.username.isEmpty() ? user.id : user.username, user.id});
}

void Connection::setRoles(const User& user, const QStringList& roles, QObject* context, Callback<User> done)
{
    d->run(m_dialect->setRoles(m_profile, user, roles), Capability::SetRoles, context, std::move(done),
           {QStringLiteral("user.roles"), user.username, user.id});
}

void Connection::listChoices(const QString& fieldKey, QObject* context, Callback<QList<FieldChoice>> done)
{
    d->run(m_dialect->listChoices(m_profile, fieldKey), Capability::UpdateUser, context, std::move(done));
}

void Connection::attributeColumns(QObject* context, Callback<QList<FieldChoice>> done)
{
    d->run(m_dialect->attributeColumns(m_profile), Capability::ListUsers, context, std::move(done));
}

void Connection::introspectToken(QObject* context, Callback<QJsonObject> done)
{
    if (!capabilities().supports(Capability::TokenIntrospection)) {
        done(d->unsupported(Capability::TokenIntrospection));
        return;
    }
    d->run(m_dialect->introspectToken(m_profile, m_auth.accessToken, QStringLiteral("access_token"), d->secrets),
           Capability::TokenIntrospection, context, std::move(done));
}

void Connection::revokeAccessToken(QObject* context, Callback<Done> done)
{
    if (!capabilities().supports(Capability::TokenRevocation)) {
        done(d->unsupported(Capability::TokenRevocation));
        return;
    }
    const QString who = m_auth.identity.isEmpty() ? m_profile.identity : m_auth.identity;
    // Only the access token: the session goes on, renewed at the next call that meets a 401.
    d->run(m_dialect->revokeToken(m_profile, m_auth.accessToken, QStringLiteral("access_token"), d->secrets),
           Capability::TokenRevocation, context, std::move(done), {QStringLiteral("token.revoke"), who, {}});
}

void Connection::setEnabled(const User& user, bool enabled, QObject* context, Callback<User> done)
{
    d->run(
        m_dialect->setEnabled(m_profile, user, enabled), Capability::SetEnabled, context, std::move(done),
        {enabled ? QStringLiteral("user.enable") : QStringLiteral("user.disable"), user.username, user.id});
}

void Connection::disable(const User& user, const DisableRequest& request, QObject* context,
                         Callback<User> done)
{
    d->run(m_dialect->disable(m_profile, user, request), Capability::SetEnabled, context, std::move(done),
           {QStringLiteral("user.disable"), user.username, user.id});
}

void Connection::listSessions(const User& user, QObject* context, Callback<QList<Session>> done)
{
    const QString own = m_auth.sessionId;
    d->run(m_dialect->listSessions(m_profile, user), Capability::ListSessions, context,
           Callback<QList<Session>>([own, done = std::move(done)](const Result<QList<Session>>& listed) {
               if (!listed.ok() || own.isEmpty()) {
                   done(listed);
                   return;
               }
               QList<Session> sessions = listed.value();
               for (Session& s : sessions)
                   s.isConsoleOwn = s.id == own;
               done(sessions);
           }));
}

void Connection::listAllSessions(qint64 offset, int limit, QObject* context, Callback<QList<Session>> done)
{
    d->run(m_dialect->listAllSessions(m_profile, offset, limit), Capability::ListAllSessions, context,
           std::move(done));
}

void Connection::revokeSession(const User& user, const Session& session, QObject* context,
                               Callback<Done> done)
{
    d->run(m_dialect->revokeSession(m_profile, user, session), Capability::RevokeSession, context,
           std::move(done),
           {QStringLiteral("session.revoke"), user.username.isEmpty() ? user.id : user.username, session.id});
}

void Connection::revokeAllSessions(const User& user, QObject* context, Callback<Done> done)
{
    d->run(m_dialect->revokeAllSessions(m_profile, user), Capability::RevokeAllSessions, context,
           std::move(done),
           {QStringLiteral("session.revokeAll"), user.username.isEmpty() ? user.id : user.username, user.id});
}

void Connection::listApiKeys(const User* owner, QObject* context, Callback<QList<ApiKey>> done)
{
    d->run(m_dialect->listApiKeys(m_profile, owner), Capability::ListApiKeys, context, std::move(done));
}

void Connection::createApiKey(const ApiKeyRequest& request, QObject* context, Callback<IssuedApiKey> done)
{
    d->run(m_dialect->createApiKey(m_profile, request), Capability::CreateApiKey, context, std::move(done),
           {QStringLiteral("apikey.create"), request.name, {}});
}

void Connection::revokeApiKey(const ApiKey& key, QObject* context, Callback<Done> done)
{
    d->run(m_dialect->revokeApiKey(m_profile, key), Capability::RevokeApiKey, context, std::move(done),
           {QStringLiteral("apikey.revoke"), key.name.isEmpty() ? key.id : key.name, key.id});
}

Capabilities Connection::capabilities() const
{
    return m_dialect->capabilities(m_profile);
}

RoleSet Connection::roleSet() const
{
    RoleSet set = m_dialect->roleSet();
    if (!d->serverRoles.isEmpty())
        set.roles = d->serverRoles;
    return set;
}

void Connection::listRoles(QObject* context, Callback<QList<RoleDefinition>> done)
{
    const Plan<QList<RoleDefinition>> plan = m_dialect->listRoles(m_profile);
    if (plan.isFinished()) { // nothing to ask the server
        done(plan.result());
        return;
    }
    d->run(plan, Capability::SetRoles, context,
           Callback<QList<RoleDefinition>>(
               [this, done = std::move(done)](const Result<QList<RoleDefinition>>& roles) {
                   if (roles.ok()) {
                       d->serverRoles = roles.value();
                       emit roleDefinitionsChanged();
                   }
                   done(roles);
               }));
}
