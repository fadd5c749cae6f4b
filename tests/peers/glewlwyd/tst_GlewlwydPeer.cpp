// The Glewlwyd dialect against a real Glewlwyd 2.7.5 (Debian's glewlwyd, SQLite, 127.0.0.1),
// through the same Connection operations the console uses: sign-in with the session cookie
// and with an admin API key, the server's scopes as the role editor's choices, list / search /
// page, the user lifecycle (create, get, edit with its properties kept, scopes, disable and
// enable, delete), a user's sessions (revoke one, revoke all, the revoked cookie refused and
// the console's queued work kept), API keys (issued once, used, disabled, then refused), the
// admin scope's re-authentication after its max age, sign-out, and a profile filled in from
// the discovery document of an OpenID Connect plugin instance.
// A server that does not start is a failure, never a skip.

#include "Await.h"
#include "GlewlwydProcess.h"
#include "PeerConnection.h"
#include "credentials/CredentialStore.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "remote/ProfileDiscovery.h"
#include "remote/dialects/GlewlwydDialect.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <optional>

namespace {

QByteArray cookieHeader(const QList<QNetworkCookie>& cookies)
{
    QList<QByteArray> pairs;
    for (const QNetworkCookie& cookie : cookies)
        pairs << cookie.toRawForm(QNetworkCookie::NameAndValueOnly);
    return pairs.join("; ");
}

// One raw HTTP answer, as a browser or script outside AuthDesk would see it.
struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkCookie> cookies;
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

QStringList usernamesOf(const QList<User>& users)
{
    QStringList names;
    for (const User& u : users)
        names << u.username;
    return names;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class tst_GlewlwydPeer : public QObject
{
    Q_OBJECT
    GlewlwydProcess m_peer;
    CredentialStore m_credentials;
    std::unique_ptr<Connection> m_admin;
    QNetworkAccessManager m_raw;

    // Sends exactly the given cookie or key: the cookie jar neither adds nor stores any, so each
    // call proves what one particular cookie (or key) is worth on the server.
    Reply send(const QByteArray& method, const QString& path, const QByteArray& cookie = {},
               const QJsonObject& body = {}, const QList<QPair<QByteArray, QByteArray>>& extra = {})
    {
        QUrl url = m_peer.baseUrl();
        const QString query = path.section(QLatin1Char('?'), 1);
        url.setPath(url.path() + path.section(QLatin1Char('?'), 0, 0));
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("User-Agent", "peer-probe/1");
        if (!cookie.isEmpty())
            request.setRawHeader("Cookie", cookie);
        for (const auto& [name, value] : extra)
            request.setRawHeader(name, value);
        QNetworkReply* reply = m_raw.sendCustomRequest(
            request, method,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const QNetworkCookie& c : QNetworkCookie::parseCookies(reply->rawHeader("Set-Cookie"))) {
            if (!c.value().isEmpty())
                result.cookies << c;
        }
        reply->deleteLater();
        return result;
    }
    // Signs in the way a browser would, outside AuthDesk; returns the session cookie header.
    QByteArray browserSignIn(const QString& username, const QString& password)
    {
        const Reply reply =
            send("POST", QStringLiteral("/auth"), {},
                 {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
        return reply.status == 200 ? cookieHeader(reply.cookies) : QByteArray();
    }
    // Whom Glewlwyd says a cookie belongs to; empty when it refuses the cookie.
    QString whoIs(const QByteArray& cookie)
    {
        const Reply reply = send("GET", QStringLiteral("/profile_list"), cookie);
        return reply.status == 200
                   ? reply.array().first().toObject().value(QStringLiteral("username")).toString()
                   : QString();
    }
    // What an admin call with this cookie gets: 200, or 401 once the admin scope wants the password.
    int adminStatus(const QByteArray& cookie)
    {
        return send("GET", QStringLiteral("/user/?limit=1"), cookie).status;
    }
    QJsonObject rawUser(const QString& username)
    {
        return send("GET", QStringLiteral("/user/") + username, cookieHeader(m_admin->authState().cookies))
            .object();
    }

    std::unique_ptr<Connection> connection(const QString& identity, bool remember = true, bool apiKey = false)
    {
        Profile p = PeerConnection::profile(QStringLiteral("glewlwyd"), m_peer.baseUrl(), identity);
        p.rememberPassword = remember;
        if (apiKey) {
            p.id += QStringLiteral("-key");
            p.settings.insert(QStringLiteral("auth_method"), QStringLiteral("api_key"));
        }
        return PeerConnection::make(p, &m_credentials);
    }
    static ApiError signIn(Connection& c, const Secrets& secrets)
    {
        return PeerConnection::signIn(c, secrets);
    }
    static ApiError signIn(Connection& c, const QString& password)
    {
        return signIn(c, {{QStringLiteral("password"), password}});
    }

    Result<UserPage> list(const UserQuery& query, Connection* c = nullptr)
    {
        return await<UserPage>([&](auto done) { (c ? c : m_admin.get())->listUsers(query, this, done); });
    }
    User user(const QString& username)
    {
        User key;
        key.id = username;
        const Result<User> found = await<User>([&](auto done) { m_admin->getUser(key, this, done); });
        return found.ok() ? found.value() : User();
    }
    QList<Session> sessionsOf(const QString& username)
    {
        const Result<QList<Session>> sessions =
            await<QList<Session>>([&](auto done) { m_admin->listSessions(user(username), this, done); });
        return sessions.ok() ? sessions.value() : QList<Session>();
    }
    static Session withId(const QList<Session>& sessions, const QString& id)
    {
        const auto found =
            std::find_if(sessions.cbegin(), sessions.cend(), [&](const Session& s) { return s.id == id; });
        return found == sessions.cend() ? Session() : *found;
    }
    static QString sessionIdOf(const QByteArray& cookieHeader)
    {
        return GlewlwydDialect::sessionHashOf(cookieHeader.mid(cookieHeader.indexOf('=') + 1));
    }

private slots:
    void initTestCase()
    {
        m_credentials.setMemoryOnly(true);
        if (!m_peer.start())
            QFAIL(qPrintable(m_peer.errorString()));
        m_admin = connection(m_peer.adminUsername());
        const ApiError error = signIn(*m_admin, m_peer.adminPassword());
        QVERIFY2(error.isNone(), qPrintable(error.message + QLatin1Char(' ') + error.detail));
    }

    void signInKeepsTheSessionCookie()
    {
        QCOMPARE(m_admin->state(), Connection::State::SignedIn);
        const AuthState& state = m_admin->authState();
        QCOMPARE(state.identity, m_peer.adminUsername());
        QCOMPARE(state.cookies.size(), 1);
        QVERIFY(state.accessToken.isEmpty());
        QVERIFY(!state.expiresAt.isValid()); // the cookie's Expires is not the session's end
        QCOMPARE(whoIs(cookieHeader(state.cookies)), m_peer.adminUsername());
        // The server lists the console's own session under the hash AuthDesk computed.
        const QList<Session> sessions = sessionsOf(m_peer.adminUsername());
        const Session own = withId(sessions, state.sessionId);
        QVERIFY2(!own.id.isEmpty(), qPrintable(state.sessionId));
        QVERIFY(own.isConsoleOwn);
        QVERIFY(own.userAgent.startsWith(QLatin1String("AuthDesk/")));
        QCOMPARE(own.ipAddress, QStringLiteral("127.0.0.1"));
    }

    void wrongPasswordsAreOneClearSentence()
    {
        auto c = connection(m_peer.adminUsername());
        const ApiError error = signIn(*c, QStringLiteral("not-the-password"));
        QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
        QVERIFY2(error.message.contains(QLatin1String("wrong username or password")),
                 qPrintable(error.message));
        // The database's well-known admin password was replaced for this run.
        QVERIFY(browserSignIn(m_peer.adminUsername(), QStringLiteral("password")).isEmpty());
    }

    void theServersScopesAreTheRoleChoices()
    {
        // Read once after sign-in; "reports" exists on this server only.
        QTRY_VERIFY_WITH_TIMEOUT(m_admin->roleSet().roles.size() == 4, 15000);
        QStringList names;
        for (const RoleDefinition& role : m_admin->roleSet().roles)
            names << role.name;
        QCOMPARE(sorted(names), (QStringList{QStringLiteral("g_admin"), QStringLiteral("g_profile"),
                                             QStringLiteral("openid"), QStringLiteral("reports")}));
        QSignalSpy changed(m_admin.get(), &Connection::roleDefinitionsChanged);
        const Result<QList<RoleDefinition>> roles =
            await<QList<RoleDefinition>>([&](auto done) { m_admin->listRoles(this, done); });
        QVERIFY2(roles.ok(), qPrintable(roles.error().message));
        const auto reports =
            std::find_if(roles.value().cbegin(), roles.value().cend(),
                         [](const RoleDefinition& r) { return r.name == QLatin1String("reports"); });
        QVERIFY(reports != roles.value().cend());
        QCOMPARE(reports->description, QStringLiteral("Reports: Reads the monthly reports"));
        QCOMPARE(changed.size(), 1);
    }

    void listsPageByPage()
    {
        QStringList all;
        UserQuery q;
        q.limit = 4;
        for (int page = 0; page < 3; ++page) {
            q.offset = page * q.limit;
            const Result<UserPage> one = list(q);
            QVERIFY2(one.ok(), qPrintable(one.error().message));
            QCOMPARE(one.value().total, -1); // Glewlwyd does not count
            QCOMPARE(one.value().users.size(), page < 2 ? 4 : 1);
            QCOMPARE(one.value().hasMore, page < 2);
            all += usernamesOf(one.value().users);
        }
        QStringList expected = GlewlwydProcess::seededUsers() << m_peer.adminUsername();
        QCOMPARE(sorted(all), sorted(expected)); // nine, each once
    }

    void searchesOnTheServer()
    {
        UserQuery q;
        q.search = QStringLiteral("Example.ORG"); // the pattern ignores case
        const Result<UserPage> byEmail = list(q);
        QVERIFY(byEmail.ok());
        QCOMPARE(sorted(usernamesOf(byEmail.value().users)),
                 (QStringList{QStringLiteral("chloe"), QStringLiteral("dmitri"), QStringLiteral("farah")}));
        q.search = QStringLiteral("ivanov"); // the name, too
        const Result<UserPage> byName = list(q);
        QVERIFY(byName.ok());
        QCOMPARE(usernamesOf(byName.value().users), QStringList{QStringLiteral("dmitri")});
        QCOMPARE(byName.value().users.first().firstName, QStringLiteral("Dmitri"));
        QCOMPARE(byName.value().users.first().lastName, QStringLiteral("Ivanov"));
        QCOMPARE(byName.value().users.first().email, QStringLiteral("dmitri@example.org"));
        q.search = QStringLiteral("nobody-matches-this");
        QVERIFY(list(q).value().users.isEmpty());
    }

    void userLifecycle()
    {
        UserEdit create;
        create.user.username = QStringLiteral("zoe");
        create.user.email = QStringLiteral("zoe.tester@peer.test");
        create.user.firstName = QStringLiteral("Zoe");
        create.user.lastName = QStringLiteral("Tester");
        create.user.roles = {QStringLiteral("g_profile")};
        create.password = QStringLiteral("zoe-tester-pw");
        const Result<User> created = await<User>([&](auto done) { m_admin->createUser(create, this, done); });
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        User zoe = created.value(); // read back from the server: its answer to POST is empty
        QCOMPARE(zoe.id, QStringLiteral("zoe"));
        QCOMPARE(zoe.lastName, QStringLiteral("Tester"));
        QCOMPARE(zoe.roles, QStringList{QStringLiteral("g_profile")});
        QVERIFY(zoe.enabled);
        QCOMPARE(zoe.attributes.value(QStringLiteral("source")).toString(), QStringLiteral("database"));
        QVERIFY(!browserSignIn(QStringLiteral("zoe"), create.password).isEmpty()); // the password was set

        const Result<User> twice = await<User>([&](auto done) { m_admin->createUser(create, this, done); });
        QCOMPARE(twice.error().kind, ApiError::Kind::Conflict);
        QCOMPARE(twice.error().field, QStringLiteral("username"));

        // A property of the user module, set outside AuthDesk, must survive AuthDesk's edits.
        QJsonObject withCode = rawUser(QStringLiteral("zoe"));
        withCode.insert(QStringLiteral("user-code"), QStringLiteral("ZX-1"));
        QCOMPARE(
            send("PUT", QStringLiteral("/user/zoe"), cookieHeader(m_admin->authState().cookies), withCode)
                .status,
            200);
        zoe = user(QStringLiteral("zoe"));
        QCOMPARE(zoe.attributes.value(QStringLiteral("user-code")).toString(), QStringLiteral("ZX-1"));

        UserEdit edit{zoe, {}};
        edit.user.lastName = QStringLiteral("Renamed");
        edit.user.email = QStringLiteral("zoe.renamed@peer.test");
        const Result<User> updated =
            await<User>([&](auto done) { m_admin->updateUser(zoe, edit, this, done); });
        QVERIFY2(updated.ok(), qPrintable(updated.error().message));
        QCOMPARE(updated.value().lastName, QStringLiteral("Renamed"));
        QCOMPARE(updated.value().email, QStringLiteral("zoe.renamed@peer.test"));
        QCOMPARE(updated.value().roles, QStringList{QStringLiteral("g_profile")}); // untouched
        QCOMPARE(rawUser(QStringLiteral("zoe")).value(QStringLiteral("user-code")).toString(),
                 QStringLiteral("ZX-1"));
        zoe = updated.value();

        UserEdit newPassword{zoe, QStringLiteral("zoe-second-pw")};
        QVERIFY(await<User>([&](auto done) { m_admin->updateUser(zoe, newPassword, this, done); }).ok());
        QVERIFY(browserSignIn(QStringLiteral("zoe"), create.password).isEmpty());
        QVERIFY(!browserSignIn(QStringLiteral("zoe"), newPassword.password).isEmpty());

        const Result<User> scoped = await<User>([&](auto done) {
            m_admin->setRoles(zoe, {QStringLiteral("reports"), QStringLiteral("g_profile")}, this, done);
        });
        QVERIFY2(scoped.ok(), qPrintable(scoped.error().message));
        QCOMPARE(sorted(scoped.value().roles),
                 (QStringList{QStringLiteral("g_profile"), QStringLiteral("reports")}));
        QCOMPARE(rawUser(QStringLiteral("zoe")).value(QStringLiteral("scope")).toArray().size(), 2);
        zoe = scoped.value();

        const Result<User> disabled =
            await<User>([&](auto done) { m_admin->setEnabled(zoe, false, this, done); });
        QVERIFY(disabled.ok());
        QVERIFY(!disabled.value().enabled);
        QCOMPARE(sorted(disabled.value().roles), sorted(zoe.roles));                   // scopes kept
        QVERIFY(browserSignIn(QStringLiteral("zoe"), newPassword.password).isEmpty()); // refused
        const Result<User> enabled =
            await<User>([&](auto done) { m_admin->setEnabled(disabled.value(), true, this, done); });
        QVERIFY(enabled.ok());
        QVERIFY(enabled.value().enabled);
        QVERIFY(!browserSignIn(QStringLiteral("zoe"), newPassword.password).isEmpty());
        QCOMPARE(enabled.value().attributes.value(QStringLiteral("user-code")).toString(),
                 QStringLiteral("ZX-1"));

        const Result<Done> removed =
            await<Done>([&](auto done) { m_admin->deleteUser(enabled.value(), this, done); });
        QVERIFY(removed.ok());
        const Result<User> gone = await<User>([&](auto done) { m_admin->getUser(zoe, this, done); });
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
        UserQuery q;
        q.search = QStringLiteral("zoe");
        QVERIFY(list(q).value().users.isEmpty());
    }

    void invalidInputIsTheServersSentence()
    {
        UserEdit nameless;
        nameless.user.firstName = QStringLiteral("No");
        const Result<User> refused =
            await<User>([&](auto done) { m_admin->createUser(nameless, this, done); });
        QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
        QCOMPARE(refused.error().field, QStringLiteral("username"));
        QVERIFY2(refused.error().message.contains(QLatin1String("username is mandatory")),
                 qPrintable(refused.error().message));
    }

    void sessionsAreListedAndRevoked()
    {
        const QString ops = QStringLiteral("ops");
        // Ops works in AuthDesk (without a remembered password) and in a browser at the same time.
        auto console = connection(ops, /*remember=*/false);
        QVERIFY(signIn(*console, GlewlwydProcess::seededUserPassword()).isNone());
        QVERIFY(list({}, console.get()).ok());
        const QByteArray consoleCookie = cookieHeader(console->authState().cookies);
        const QByteArray browserCookie = browserSignIn(ops, GlewlwydProcess::seededUserPassword());
        QVERIFY(!browserCookie.isEmpty());
        QCOMPARE(whoIs(consoleCookie), ops);
        QCOMPARE(whoIs(browserCookie), ops);

        const QList<Session> sessions = sessionsOf(ops);
        QCOMPARE(sessions.size(), 2);
        const Session consoleSession = withId(sessions, sessionIdOf(consoleCookie));
        const Session browserSession = withId(sessions, sessionIdOf(browserCookie));
        QVERIFY(!consoleSession.id.isEmpty());
        QVERIFY(!browserSession.id.isEmpty());
        QVERIFY(consoleSession.userAgent.startsWith(QLatin1String("AuthDesk/")));
        QCOMPARE(browserSession.userAgent, QStringLiteral("peer-probe/1"));
        QVERIFY(browserSession.expiresAt > QDateTime::currentDateTimeUtc().addDays(27));
        QVERIFY(!consoleSession.isConsoleOwn); // the admin's console does not own ops' session

        // Revoke ops' AuthDesk session: that console is refused and asks for the password again.
        const Result<Done> revoked =
            await<Done>([&](auto done) { m_admin->revokeSession(user(ops), consoleSession, this, done); });
        QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
        QCOMPARE(whoIs(consoleCookie), QString());
        QVERIFY(withId(sessionsOf(ops), consoleSession.id).id.isEmpty()); // no longer listed
        QSignalSpy prompted(console.get(), &Connection::credentialsRequired);
        std::optional<Result<UserPage>> answered;
        console->listUsers({}, this, [&answered](const Result<UserPage>& r) { answered = r; });
        QVERIFY(prompted.wait(15000));
        QVERIFY(!answered.has_value()); // the work waits for the password, it is not lost
        QCOMPARE(console->state(), Connection::State::NeedsCredentials);
        QCOMPARE(whoIs(browserCookie), ops); // the other session lives on

        // Glewlwyd revokes one at a time: Connection revokes every listed session.
        const QByteArray secondBrowser = browserSignIn(ops, GlewlwydProcess::seededUserPassword());
        QCOMPARE(sessionsOf(ops).size(), 2);
        const Result<Done> all =
            await<Done>([&](auto done) { m_admin->revokeAllSessions(user(ops), this, done); });
        QVERIFY2(all.ok(), qPrintable(all.error().message));
        QCOMPARE(whoIs(browserCookie), QString());
        QCOMPARE(whoIs(secondBrowser), QString());
        QVERIFY(sessionsOf(ops).isEmpty());

        // Ops types the password again: the queued call goes through, on a new session.
        console->provideCredentials({{QStringLiteral("password"), GlewlwydProcess::seededUserPassword()}});
        QTRY_VERIFY_WITH_TIMEOUT(answered.has_value(), 15000);
        QVERIFY2(answered->ok(), qPrintable(answered->error().message));
        QCOMPARE(console->state(), Connection::State::SignedIn);
        const QByteArray renewed = cookieHeader(console->authState().cookies);
        QVERIFY(renewed != consoleCookie);
        QCOMPARE(whoIs(renewed), ops);
        QCOMPARE(sessionsOf(ops).size(), 1);
    }

    void apiKeysAreIssuedOnceUsedAndDisabled()
    {
        ApiKeyRequest request;
        request.name = QStringLiteral("peer-test");
        const Result<IssuedApiKey> issued =
            await<IssuedApiKey>([&](auto done) { m_admin->createApiKey(request, this, done); });
        QVERIFY2(issued.ok(), qPrintable(issued.error().message));
        const QString secret = issued.value().secret;
        QCOMPARE(secret.size(), 32);

        const Result<QList<ApiKey>> keys =
            await<QList<ApiKey>>([&](auto done) { m_admin->listApiKeys(nullptr, this, done); });
        QVERIFY2(keys.ok(), qPrintable(keys.error().message));
        const auto listed = std::find_if(keys.value().cbegin(), keys.value().cend(),
                                         [&](const ApiKey& k) { return k.id == issued.value().key.id; });
        QVERIFY2(listed != keys.value().cend(), qPrintable(issued.value().key.id));
        QCOMPARE(listed->ownerId, m_peer.adminUsername());
        QVERIFY(qAbs(listed->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QVERIFY(listed->description.contains(QLatin1String("AuthDesk/")));
        for (const ApiKey& k : keys.value()) {
            QVERIFY(!k.attributes.values().contains(secret)); // the full key never comes back
            QVERIFY(!k.name.contains(secret.left(8)));
        }

        // The key works against the server, and as a console profile of its own.
        const QList<QPair<QByteArray, QByteArray>> token{{"Authorization", "token " + secret.toUtf8()}};
        QCOMPARE(send("GET", QStringLiteral("/user/?limit=1"), {}, {}, token).status, 200);
        auto withKey = connection(m_peer.adminUsername(), true, /*apiKey=*/true);
        QVERIFY(signIn(*withKey, {{QStringLiteral("api_key"), secret}}).isNone());
        QVERIFY(withKey->authState().cookies.isEmpty());
        UserQuery q;
        q.search = QStringLiteral("alice");
        const Result<UserPage> found = list(q, withKey.get());
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        QCOMPARE(usernamesOf(found.value().users), QStringList{QStringLiteral("alice")});
        QVERIFY(await<QList<RoleDefinition>>([&](auto done) { withKey->listRoles(this, done); }).ok());
        // What Glewlwyd refuses to keys is denied with the reason, not sent.
        QVERIFY(!withKey->capabilities().supports(Capability::ListSessions));
        const Result<QList<Session>> noSessions = await<QList<Session>>(
            [&](auto done) { withKey->listSessions(found.value().users.first(), this, done); });
        QCOMPARE(noSessions.error().kind, ApiError::Kind::Unsupported);
        QVERIFY(noSessions.error().message.contains(QLatin1String("API key")));

        const Result<Done> disabled =
            await<Done>([&](auto done) { m_admin->revokeApiKey(issued.value().key, this, done); });
        QVERIFY(disabled.ok());
        const Result<QList<ApiKey>> after =
            await<QList<ApiKey>>([&](auto done) { m_admin->listApiKeys(nullptr, this, done); });
        QVERIFY(after.ok());
        QVERIFY(std::none_of(after.value().cbegin(), after.value().cend(),
                             [&](const ApiKey& k) { return k.id == issued.value().key.id; }));
        QCOMPARE(send("GET", QStringLiteral("/user/?limit=1"), {}, {}, token).status, 401);
        // The key's console finds out at its next call and asks, keeping the work.
        QSignalSpy prompted(withKey.get(), &Connection::credentialsRequired);
        std::optional<Result<UserPage>> answered;
        withKey->listUsers({}, this, [&answered](const Result<UserPage>& r) { answered = r; });
        QVERIFY(prompted.wait(15000));
        QVERIFY(!answered.has_value());
        withKey->abandonPendingWork();
        QVERIFY(answered.has_value());
        QCOMPARE(answered->error().kind, ApiError::Kind::Cancelled);

        ApiKeyRequest described = request;
        described.description = QStringLiteral("Glewlwyd keeps no descriptions");
        const Result<IssuedApiKey> unsupported =
            await<IssuedApiKey>([&](auto done) { m_admin->createApiKey(described, this, done); });
        QCOMPARE(unsupported.error().kind, ApiError::Kind::Unsupported);
    }

    void theAdminScopeAsksForThePasswordAgain()
    {
        // The max age is shortened in the throw-away database; the server reads it per request.
        auto restore = qScopeGuard([this] { m_peer.setPasswordMaxAge(QStringLiteral("g_admin"), 600); });
        auto remembered = connection(m_peer.adminUsername(), /*remember=*/true);
        QVERIFY(signIn(*remembered, m_peer.adminPassword()).isNone());
        const QByteArray cookie = cookieHeader(remembered->authState().cookies);
        const int sessionsBefore = int(sessionsOf(m_peer.adminUsername()).size());
        QCOMPARE(adminStatus(cookie), 200);
        QVERIFY2(m_peer.setPasswordMaxAge(QStringLiteral("g_admin"), 2), qPrintable(m_peer.errorString()));

        // What the server answers once the age has passed: 401, while the session lives on.
        QTRY_COMPARE_WITH_TIMEOUT(adminStatus(cookie), 401, 15000);
        QCOMPARE(whoIs(cookie), m_peer.adminUsername());

        // With the password remembered: one transparent re-authentication, in the same session.
        QSignalSpy prompted(remembered.get(), &Connection::credentialsRequired);
        const Result<UserPage> page = list({}, remembered.get());
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QVERIFY(prompted.isEmpty());
        QCOMPARE(remembered->state(), Connection::State::SignedIn);
        QVERIFY(cookieHeader(remembered->authState().cookies) == cookie); // compared, never printed
        QCOMPARE(adminStatus(cookie), 200);

        // Without it: the console asks, keeps the call, and resumes it in the same session.
        auto asking = connection(m_peer.adminUsername(), /*remember=*/false);
        QVERIFY(signIn(*asking, m_peer.adminPassword()).isNone());
        const QByteArray askingCookie = cookieHeader(asking->authState().cookies);
        QTRY_COMPARE_WITH_TIMEOUT(adminStatus(askingCookie), 401, 15000);
        QSignalSpy asked(asking.get(), &Connection::credentialsRequired);
        std::optional<Result<UserPage>> answered;
        asking->listUsers({}, this, [&answered](const Result<UserPage>& r) { answered = r; });
        QVERIFY(asked.wait(15000));
        QVERIFY(!answered.has_value());
        QCOMPARE(asking->state(), Connection::State::NeedsCredentials);
        asking->provideCredentials({{QStringLiteral("password"), m_peer.adminPassword()}});
        QTRY_VERIFY_WITH_TIMEOUT(answered.has_value(), 15000);
        QVERIFY2(answered->ok(), qPrintable(answered->error().message));
        QVERIFY(cookieHeader(asking->authState().cookies) == askingCookie);

        QVERIFY(m_peer.setPasswordMaxAge(QStringLiteral("g_admin"), 600));
        // Re-authenticating never opened a session: only the two sign-ins above did.
        QCOMPARE(int(sessionsOf(m_peer.adminUsername()).size()), sessionsBefore + 1);
        QVERIFY(!m_peer.setPasswordMaxAge(QStringLiteral("no-such-scope"), 1));
    }

    void signOutEndsTheServerSession()
    {
        auto c = connection(m_peer.adminUsername());
        QVERIFY(signIn(*c, m_peer.adminPassword()).isNone());
        const QByteArray cookie = cookieHeader(c->authState().cookies);
        QCOMPARE(whoIs(cookie), m_peer.adminUsername());
        QSignalSpy out(c.get(), &Connection::signedOut);
        c->signOut();
        QVERIFY(out.wait(15000));
        QVERIFY(!c->authState().isSignedIn());
        QCOMPARE(whoIs(cookie), QString());
        QCOMPARE(adminStatus(cookie), 401);
        QCOMPARE(whoIs(cookieHeader(m_admin->authState().cookies)), m_peer.adminUsername()); // only that one
    }

    void theOidcPluginsDiscoveryFillsInAProfile()
    {
        // An OpenID Connect plugin instance as an administrator adds one: its endpoints are
        // EXTERNAL_URL/api/oidc/..., its issuer whatever was typed.
        const QByteArray admin = cookieHeader(m_admin->authState().cookies);
        const QJsonObject parameters{{QStringLiteral("iss"), QStringLiteral("https://issuer.example/glewlwyd")},
                                     {QStringLiteral("jwt-type"), QStringLiteral("sha")},
                                     {QStringLiteral("jwt-key-size"), QStringLiteral("256")},
                                     {QStringLiteral("key"), QStringLiteral("glewlwyd-peer-oidc-signing-key-0123456789")},
                                     {QStringLiteral("introspection-revocation-allowed"), true}};
        const Reply added = send("POST", QStringLiteral("/mod/plugin/"), admin,
                                 {{QStringLiteral("module"), QStringLiteral("oidc")},
                                  {QStringLiteral("name"), QStringLiteral("oidc")},
                                  {QStringLiteral("display_name"), QStringLiteral("OpenID Connect")},
                                  {QStringLiteral("parameters"), parameters}});
        QVERIFY2(added.status == 200, added.body.constData());
        const auto removePlugin = qScopeGuard([&] { send("DELETE", QStringLiteral("/mod/plugin/oidc"), admin); });

        Profile draft;
        draft.dialect = QStringLiteral("scim"); // whatever was chosen: the document decides
        draft.baseUrl = QUrl(m_peer.baseUrl().toString() + QStringLiteral("/oidc"));
        draft.timeoutSeconds = 15;
        ProfileDiscovery discovery;
        const Result<ProfileDiscovery::Found> found =
            await<ProfileDiscovery::Found>([&](auto done) { discovery.discover(draft, this, done); });
        QVERIFY2(found.ok(), qPrintable(found.error().message + QLatin1Char(' ') + found.error().detail));
        QCOMPARE(found.value().server.issuer, QStringLiteral("https://issuer.example/glewlwyd"));
        QVERIFY(found.value().server.introspectionEndpoint.isValid());
        QVERIFY(found.value().profile);
        QCOMPARE(found.value().profile->dialect, QStringLiteral("glewlwyd"));
        QCOMPARE(found.value().profile->baseUrl, m_peer.baseUrl());

        // The profile as filled in signs in to the admin API.
        Profile filled = *found.value().profile;
        filled.id = QStringLiteral("peer-glewlwyd-discovered");
        filled.identity = m_peer.adminUsername();
        auto discovered = PeerConnection::make(filled, &m_credentials);
        const ApiError error = signIn(*discovered, m_peer.adminPassword());
        QVERIFY2(error.isNone(), qPrintable(error.message));
        QVERIFY(list(UserQuery(), discovered.get()).ok());
        QSignalSpy out(discovered.get(), &Connection::signedOut);
        discovered->signOut();
        QVERIFY(out.wait(15000));

        // Without the plugin there is no document, and a sentence says so.
        QCOMPARE(send("DELETE", QStringLiteral("/mod/plugin/oidc"), admin).status, 200);
        const Result<ProfileDiscovery::Found> gone =
            await<ProfileDiscovery::Found>([&](auto done) { discovery.discover(draft, this, done); });
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_peer.stop();
    }
};

QTEST_GUILESS_MAIN(tst_GlewlwydPeer)
#include "tst_GlewlwydPeer.moc"
