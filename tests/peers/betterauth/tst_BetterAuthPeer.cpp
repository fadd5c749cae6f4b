// The better-auth dialect against a real better-auth 1.7.5 server (server.mjs), through the
// same Connection operations the console uses: sign-in with the session cookie and Origin,
// list / search / sort / page, the user lifecycle (create, get, update, roles, ban and unban,
// delete), a ban's reason and end (kept by the server, lifted once due), a user's sessions (revoke one,
// revoke all, and the revoked cookie refused), API keys (issued once, used against the server, deleted, then
// refused) and sign-out. A server that does not start is a failure, never a skip.

#include "Await.h"
#include "BetterAuthProcess.h"
#include "credentials/CredentialStore.h"
#include "operations/BulkOperation.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "remote/dialects/BetterAuthDialect.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
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

// The session token is the signed cookie's value up to its first dot.
QString tokenOf(const QList<QNetworkCookie>& cookies)
{
    for (const QNetworkCookie& cookie : cookies) {
        if (cookie.name().endsWith("session_token"))
            return QString::fromLatin1(cookie.value().split('.').first());
    }
    return {};
}

// One raw HTTP answer, as a browser or script outside AuthDesk would see it.
struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkCookie> cookies;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QStringList emailsOf(const QList<User>& users)
{
    QStringList emails;
    for (const User& u : users)
        emails << u.email;
    return emails;
}

} // namespace

class tst_BetterAuthPeer : public QObject
{
    Q_OBJECT
    BetterAuthProcess m_peer;
    CredentialStore m_credentials;
    std::unique_ptr<Connection> m_admin;
    QNetworkAccessManager m_raw;

    // Sends exactly the given cookies: the cookie jar neither adds nor stores any, so each call
    // proves what one particular cookie (or key) is worth on the server.
    Reply send(const QByteArray& method, const QString& path, const QByteArray& cookies = {},
               const QByteArray& body = {}, const QList<QPair<QByteArray, QByteArray>>& extra = {})
    {
        QNetworkRequest request(url(path));
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        request.setRawHeader("Origin", BetterAuthDialect::originOf(m_peer.baseUrl()));
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("User-Agent", "peer-probe/1");
        if (!cookies.isEmpty())
            request.setRawHeader("Cookie", cookies);
        for (const auto& [name, value] : extra)
            request.setRawHeader(name, value);
        QNetworkReply* reply = m_raw.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.cookies = QNetworkCookie::parseCookies(reply->rawHeader("Set-Cookie"));
        reply->deleteLater();
        return result;
    }

    QUrl url(const QString& path) const
    {
        QUrl u = m_peer.baseUrl();
        u.setPath(BetterAuthDialect::basePath() + path);
        return u;
    }
    // Signs in the way a browser would, outside AuthDesk; returns the Set-Cookie cookies.
    QList<QNetworkCookie> browserSignIn(const QString& email, const QString& password)
    {
        const Reply reply = send("POST", QStringLiteral("/sign-in/email"), {},
                                 QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                                           {QStringLiteral("password"), password}})
                                     .toJson(QJsonDocument::Compact));
        return reply.status == 200 ? reply.cookies : QList<QNetworkCookie>();
    }
    // Who better-auth says a cookie belongs to; empty when it refuses the cookie.
    QString whoIs(const QByteArray& cookies)
    {
        const Reply reply = send("GET", QStringLiteral("/get-session"), cookies);
        return reply.json()
            .value(QStringLiteral("user"))
            .toObject()
            .value(QStringLiteral("email"))
            .toString();
    }

    std::unique_ptr<Connection> connection(const QString& identity, bool remember = true)
    {
        Profile p;
        p.id = QStringLiteral("peer-betterauth-") + identity;
        p.name = QStringLiteral("better-auth peer");
        p.baseUrl = m_peer.baseUrl();
        p.dialect = QStringLiteral("betterauth");
        p.identity = identity;
        p.rememberPassword = remember;
        p.timeoutSeconds = 15;
        return std::make_unique<Connection>(p, DialectRegistry::create(p.dialect), &m_credentials);
    }
    static ApiError signIn(Connection& c, const QString& password)
    {
        QSignalSpy ok(&c, &Connection::signedIn);
        QSignalSpy failed(&c, &Connection::signInFailed);
        c.signIn({{QStringLiteral("password"), password}});
        if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 15000))
            return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("sign-in did not finish"));
        return failed.isEmpty() ? ApiError() : failed.first().first().value<ApiError>();
    }

    Result<UserPage> list(const UserQuery& query)
    {
        return await<UserPage>([&](auto done) { m_admin->listUsers(query, this, done); });
    }
    User userWithEmail(const QString& email)
    {
        UserQuery q;
        q.search = email;
        const Result<UserPage> page = list(q);
        if (!page.ok())
            return {};
        for (const User& u : page.value().users) {
            if (u.email == email)
                return u;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_credentials.setMemoryOnly(true);
        if (!m_peer.start())
            QFAIL(qPrintable(m_peer.errorString()));
        m_admin = connection(m_peer.adminEmail());
        const ApiError error = signIn(*m_admin, m_peer.adminPassword());
        QVERIFY2(error.isNone(), qPrintable(error.message + QLatin1Char(' ') + error.detail));
    }

    void signInKeepsTheCookieAndSendsOrigin()
    {
        QCOMPARE(m_admin->state(), Connection::State::SignedIn);
        const AuthState& state = m_admin->authState();
        QCOMPARE(state.identity, m_peer.adminEmail());
        QCOMPARE(state.scopes, QStringList{QStringLiteral("admin")});
        QVERIFY(!tokenOf(state.cookies).isEmpty());
        QVERIFY(state.accessToken.isEmpty());
        // The cookie's Max-Age: better-auth's 7-day session.
        QVERIFY(state.secondsLeft() > 6 * 86400 && state.secondsLeft() <= 7 * 86400);
        QCOMPARE(whoIs(cookieHeader(state.cookies)), m_peer.adminEmail());
    }

    void wrongPasswordIsOneClearSentence()
    {
        auto c = connection(m_peer.adminEmail());
        const ApiError error = signIn(*c, QStringLiteral("not-the-password"));
        QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(error.message, QStringLiteral("Wrong username or password."));
        QCOMPARE(error.serverCode, QStringLiteral("INVALID_EMAIL_OR_PASSWORD"));
    }

    void nonAdminsAreToldWhy()
    {
        auto alice = connection(QStringLiteral("alice@betterauth.test"));
        QVERIFY(signIn(*alice, BetterAuthProcess::seededUserPassword()).isNone());
        const Result<UserPage> page = await<UserPage>([&](auto done) { alice->listUsers({}, this, done); });
        QCOMPARE(page.error().kind, ApiError::Kind::Forbidden);
        QVERIFY2(page.error().message.contains(QLatin1String("not allowed to list users")),
                 qPrintable(page.error().message));
    }

    void listsPagesWithTheServersTotal()
    {
        UserQuery first;
        first.limit = 4;
        const Result<UserPage> one = list(first);
        QVERIFY2(one.ok(), qPrintable(one.error().message));
        QCOMPARE(one.value().users.size(), 4);
        QCOMPARE(one.value().total, 9); // the admin and eight seeded users
        QVERIFY(one.value().hasMore);
        UserQuery rest = first;
        rest.offset = 4;
        rest.limit = 10;
        const Result<UserPage> two = list(rest);
        QVERIFY(two.ok());
        QCOMPARE(two.value().users.size(), 5);
        QVERIFY(!two.value().hasMore);
        QStringList all = emailsOf(one.value().users) + emailsOf(two.value().users);
        all.removeDuplicates();
        QCOMPARE(all.size(), 9);
        QVERIFY(all.contains(QStringLiteral("hana@example.org")));
    }

    void searchesOnTheServer()
    {
        UserQuery q;
        q.search = QStringLiteral("Example.ORG"); // emails are lower-case on the server
        const Result<UserPage> byEmail = list(q);
        QVERIFY(byEmail.ok());
        QStringList emails = emailsOf(byEmail.value().users);
        emails.sort();
        QCOMPARE(emails,
                 (QStringList{QStringLiteral("dmitri@example.org"), QStringLiteral("farah@example.org"),
                              QStringLiteral("hana@example.org")}));
        QCOMPARE(byEmail.value().total, 3);
        q.search = QStringLiteral("name:Sato");
        const Result<UserPage> byName = list(q);
        QVERIFY(byName.ok());
        QCOMPARE(emailsOf(byName.value().users), QStringList{QStringLiteral("hana@example.org")});
        QCOMPARE(byName.value().users.first().firstName, QStringLiteral("Hana"));
        QCOMPARE(byName.value().users.first().lastName, QStringLiteral("Sato"));
        q.search = QStringLiteral("nobody-matches-this");
        QCOMPARE(list(q).value().total, 0);
    }

    void sortsOnTheServer()
    {
        UserQuery q;
        q.limit = 50;
        q.sortField = QStringLiteral("email");
        q.sortOrder = Qt::DescendingOrder;
        const Result<UserPage> descending = list(q);
        QVERIFY(descending.ok());
        const QStringList emails = emailsOf(descending.value().users);
        QStringList expected = emails;
        std::sort(expected.begin(), expected.end(), std::greater<>());
        QCOMPARE(emails, expected);
        QCOMPARE(emails.first(), QStringLiteral("hana@example.org"));
        // Paging follows the server's order: the second page of two starts where the first ended.
        q.sortField = QStringLiteral("name");
        q.sortOrder = Qt::AscendingOrder;
        q.limit = 2;
        q.offset = 2;
        const Result<UserPage> third = list(q);
        QVERIFY(third.ok());
        QCOMPARE(third.value().users.first().firstName, QStringLiteral("Chloé"));
    }

    void userLifecycle()
    {
        UserEdit create;
        create.user.email = QStringLiteral("zoe.tester@peer.test");
        create.user.firstName = QStringLiteral("Zoe");
        create.user.lastName = QStringLiteral("Tester");
        create.password = QStringLiteral("zoe-tester-pw");
        const Result<User> created = await<User>([&](auto done) { m_admin->createUser(create, this, done); });
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        User zoe = created.value();
        QVERIFY(!zoe.id.isEmpty());
        QCOMPARE(zoe.username, QStringLiteral("zoe.tester@peer.test"));
        QCOMPARE(zoe.roles, QStringList{QStringLiteral("user")});
        QVERIFY(zoe.enabled);
        QVERIFY(!browserSignIn(zoe.email, create.password).isEmpty()); // the password was set

        const Result<User> twice = await<User>([&](auto done) { m_admin->createUser(create, this, done); });
        QCOMPARE(twice.error().kind, ApiError::Kind::Conflict);
        QCOMPARE(twice.error().field, QStringLiteral("email"));

        const Result<User> fetched = await<User>([&](auto done) { m_admin->getUser(zoe, this, done); });
        QVERIFY(fetched.ok());
        QCOMPARE(fetched.value().email, zoe.email);
        QCOMPARE(fetched.value().lastName, QStringLiteral("Tester"));

        UserEdit edit{zoe, {}};
        edit.user.lastName = QStringLiteral("Renamed");
        edit.user.email = QStringLiteral("zoe.renamed@peer.test");
        const Result<User> updated =
            await<User>([&](auto done) { m_admin->updateUser(zoe, edit, this, done); });
        QVERIFY2(updated.ok(), qPrintable(updated.error().message));
        QCOMPARE(updated.value().email, QStringLiteral("zoe.renamed@peer.test"));
        QCOMPARE(updated.value().lastName, QStringLiteral("Renamed"));
        QCOMPARE(userWithEmail(QStringLiteral("zoe.renamed@peer.test")).id, zoe.id);
        zoe = updated.value();

        // A password change is refused by update-user: the form is told, and nothing changes.
        UserEdit withPassword{zoe, QStringLiteral("another-password")};
        withPassword.user.firstName = QStringLiteral("Zoey");
        const Result<User> refused =
            await<User>([&](auto done) { m_admin->updateUser(zoe, withPassword, this, done); });
        QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
        QCOMPARE(refused.error().field, QStringLiteral("password"));
        QCOMPARE(userWithEmail(zoe.email).firstName, QStringLiteral("Zoe"));

        const Result<User> roles = await<User>([&](auto done) {
            m_admin->setRoles(zoe, {QStringLiteral("support"), QStringLiteral("user")}, this, done);
        });
        QVERIFY(roles.ok());
        QCOMPARE(roles.value().roles, (QStringList{QStringLiteral("support"), QStringLiteral("user")}));
        QCOMPARE(userWithEmail(zoe.email).roles, roles.value().roles);

        const Result<User> banned =
            await<User>([&](auto done) { m_admin->setEnabled(zoe, false, this, done); });
        QVERIFY(banned.ok());
        QVERIFY(!banned.value().enabled);
        QCOMPARE(banned.value().attributes.value(QStringLiteral("banReason")).toString(),
                 BetterAuthDialect::banReason());
        QVERIFY(!userWithEmail(zoe.email).enabled);
        QVERIFY(browserSignIn(zoe.email, create.password).isEmpty()); // a ban refuses sign-in

        const Result<User> unbanned =
            await<User>([&](auto done) { m_admin->setEnabled(zoe, true, this, done); });
        QVERIFY(unbanned.ok());
        QVERIFY(unbanned.value().enabled);
        QVERIFY(!browserSignIn(zoe.email, create.password).isEmpty());

        const Result<Done> removed = await<Done>([&](auto done) { m_admin->deleteUser(zoe, this, done); });
        QVERIFY(removed.ok());
        const Result<User> gone = await<User>([&](auto done) { m_admin->getUser(zoe, this, done); });
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
        QVERIFY(!userWithEmail(zoe.email).isValid());
    }

    void theEditFormsDisabledBoxBansToo()
    {
        User bruno = userWithEmail(QStringLiteral("bruno@betterauth.test"));
        QVERIFY(bruno.isValid());
        UserEdit edit{bruno, {}};
        edit.user.enabled = false;
        const Result<User> banned =
            await<User>([&](auto done) { m_admin->updateUser(bruno, edit, this, done); });
        QVERIFY2(banned.ok(), qPrintable(banned.error().message));
        QVERIFY(!banned.value().enabled);
        edit = UserEdit{banned.value(), {}};
        edit.user.enabled = true;
        const Result<User> back =
            await<User>([&](auto done) { m_admin->updateUser(banned.value(), edit, this, done); });
        QVERIFY(back.ok());
        QVERIFY(back.value().enabled);
        QVERIFY(!back.value().attributes.value(QStringLiteral("banReason")).isValid() ||
                back.value().attributes.value(QStringLiteral("banReason")).isNull());
    }

    void aBanKeepsItsReasonAndItsEnd()
    {
        UserEdit create;
        create.user.email = QStringLiteral("yann.banned@peer.test");
        create.user.firstName = QStringLiteral("Yann");
        create.user.lastName = QStringLiteral("Banned");
        create.password = QStringLiteral("yann-banned-pw");
        const Result<User> created = await<User>([&](auto done) { m_admin->createUser(create, this, done); });
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const User yann = created.value();
        QVERIFY(m_admin->capabilities().supports(Capability::DisableReason));
        QVERIFY(m_admin->capabilities().supports(Capability::DisableExpiry));

        DisableRequest request;
        request.reason = QStringLiteral("Suspicious sign-ins — under review");
        request.until = QDateTime::currentDateTimeUtc().addDays(2);
        const Result<User> banned =
            await<User>([&](auto done) { m_admin->disable(yann, request, this, done); });
        QVERIFY2(banned.ok(), qPrintable(banned.error().message));
        QVERIFY(!banned.value().enabled);

        // Read back from the server: the reason as given, the end where it was asked for.
        const Result<User> read = await<User>([&](auto done) { m_admin->getUser(yann, this, done); });
        QVERIFY(read.ok());
        QVERIFY(!read.value().enabled);
        QCOMPARE(read.value().attributes.value(QStringLiteral("banReason")).toString(), request.reason);
        const QDateTime end = QDateTime::fromString(
            read.value().attributes.value(QStringLiteral("banExpires")).toString(), Qt::ISODateWithMs);
        QVERIFY(end.isValid());
        QVERIFY2(qAbs(end.secsTo(request.until)) <= 5, qPrintable(end.toString(Qt::ISODate)));
        const User listed = userWithEmail(yann.email);
        QVERIFY(!listed.enabled);
        QCOMPARE(listed.attributes.value(QStringLiteral("banReason")).toString(), request.reason);
        QVERIFY(browserSignIn(yann.email, create.password).isEmpty()); // banned until then

        const Result<User> unbanned =
            await<User>([&](auto done) { m_admin->setEnabled(read.value(), true, this, done); });
        QVERIFY(unbanned.ok());
        QVERIFY(unbanned.value().enabled);
        const Result<User> cleared = await<User>([&](auto done) { m_admin->getUser(yann, this, done); });
        QVERIFY(cleared.ok());
        QVERIFY(cleared.value().enabled);
        QVERIFY(cleared.value().attributes.value(QStringLiteral("banReason")).isNull());
        QVERIFY(cleared.value().attributes.value(QStringLiteral("banExpires")).isNull());
        QVERIFY(!browserSignIn(yann.email, create.password).isEmpty());

        // The same through a (bulk) operation, as the Disable action runs it: a ban that ends in
        // a second is over once due, and the user signs in again without being enabled here.
        BulkOperation operation(BulkOperation::Kind::Disable, {cleared.value()});
        operation.setConnection(m_admin.get());
        operation.setDisableRequest(
            {QStringLiteral("Cooling off"), QDateTime::currentDateTimeUtc().addSecs(1)});
        QSignalSpy finished(&operation, &BulkOperation::finished);
        operation.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(operation.items().first().status, BulkOperation::Status::Done);
        const User shortBan = operation.items().first().updated;
        QVERIFY(!shortBan.enabled);
        QCOMPARE(shortBan.attributes.value(QStringLiteral("banReason")).toString(),
                 QStringLiteral("Cooling off"));
        QVERIFY(browserSignIn(yann.email, create.password).isEmpty());
        QTest::qWait(2100);
        // Its end has passed: shown as enabled even before better-auth lifts it at the next sign-in.
        QVERIFY(userWithEmail(yann.email).enabled);
        QVERIFY(!browserSignIn(yann.email, create.password).isEmpty());
        const Result<User> lifted = await<User>([&](auto done) { m_admin->getUser(yann, this, done); });
        QVERIFY(lifted.ok());
        QVERIFY(lifted.value().enabled);
        QVERIFY(lifted.value().attributes.value(QStringLiteral("banReason")).isNull());

        const Result<Done> removed = await<Done>([&](auto done) { m_admin->deleteUser(yann, this, done); });
        QVERIFY(removed.ok());
    }

    void theAdminCannotRemoveItself()
    {
        User self = userWithEmail(m_peer.adminEmail());
        QVERIFY(self.isValid());
        const Result<Done> refused = await<Done>([&](auto done) { m_admin->deleteUser(self, this, done); });
        QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
        QVERIFY2(refused.error().message.contains(QLatin1String("cannot remove yourself")),
                 qPrintable(refused.error().message));
    }

    void sessionsAreListedAndRevoked()
    {
        const QString email = QStringLiteral("alice@betterauth.test");
        const User alice = userWithEmail(email);
        QVERIFY(alice.isValid());
        // Alice signs in twice: once through AuthDesk (without a remembered password), once in a browser.
        auto console = connection(email, /*remember=*/false);
        QVERIFY(signIn(*console, BetterAuthProcess::seededUserPassword()).isNone());
        const QList<QNetworkCookie> consoleCookies = console->authState().cookies;
        const QList<QNetworkCookie> browserCookies =
            browserSignIn(email, BetterAuthProcess::seededUserPassword());
        QVERIFY(!browserCookies.isEmpty());
        QCOMPARE(whoIs(cookieHeader(consoleCookies)), email);
        QCOMPARE(whoIs(cookieHeader(browserCookies)), email);

        const Result<QList<Session>> sessions =
            await<QList<Session>>([&](auto done) { m_admin->listSessions(alice, this, done); });
        QVERIFY2(sessions.ok(), qPrintable(sessions.error().message));
        auto find = [&sessions](const QString& token) {
            for (const Session& s : sessions.value()) {
                if (s.attributes.value(QStringLiteral("token")).toString() == token)
                    return s;
            }
            return Session();
        };
        const Session consoleSession = find(tokenOf(consoleCookies));
        const Session browserSession = find(tokenOf(browserCookies));
        QVERIFY(!consoleSession.id.isEmpty());
        QVERIFY(!browserSession.id.isEmpty());
        QVERIFY(consoleSession.id != tokenOf(consoleCookies)); // the id is not the credential
        QCOMPARE(consoleSession.userId, alice.id);
        QVERIFY(consoleSession.userAgent.startsWith(QLatin1String("AuthDesk/")));
        QCOMPARE(browserSession.userAgent, QStringLiteral("peer-probe/1"));
        QVERIFY(browserSession.expiresAt > QDateTime::currentDateTimeUtc().addDays(6));

        // Revoke Alice's AuthDesk session: her console is refused and asks for the password again.
        const Result<Done> revoked =
            await<Done>([&](auto done) { m_admin->revokeSession(alice, consoleSession, this, done); });
        QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
        QCOMPARE(whoIs(cookieHeader(consoleCookies)), QString());
        QCOMPARE(send("GET", QStringLiteral("/list-sessions"), cookieHeader(consoleCookies)).status, 401);
        QSignalSpy prompted(console.get(), &Connection::credentialsRequired);
        bool answered = false;
        console->listApiKeys(nullptr, this, [&answered](const Result<QList<ApiKey>>&) { answered = true; });
        QVERIFY(prompted.wait(15000));
        QVERIFY(!answered); // the work waits for the password, it is not lost
        QCOMPARE(console->state(), Connection::State::NeedsCredentials);
        QCOMPARE(whoIs(cookieHeader(browserCookies)), email); // the other session lives on

        const Result<Done> all =
            await<Done>([&](auto done) { m_admin->revokeAllSessions(alice, this, done); });
        QVERIFY(all.ok());
        QCOMPARE(whoIs(cookieHeader(browserCookies)), QString());
        const Result<QList<Session>> none =
            await<QList<Session>>([&](auto done) { m_admin->listSessions(alice, this, done); });
        QVERIFY(none.ok());
        QVERIFY(none.value().isEmpty());

        // Alice types her password again: the queued call goes through on a new session.
        console->provideCredentials({{QStringLiteral("password"), BetterAuthProcess::seededUserPassword()}});
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        QCOMPARE(console->state(), Connection::State::SignedIn);
    }

    void aSessionWithoutItsTokenCannotBeRevoked()
    {
        User alice = userWithEmail(QStringLiteral("alice@betterauth.test"));
        Session listedElsewhere;
        listedElsewhere.id = QStringLiteral("an-id-from-the-cache");
        const Result<Done> refused =
            await<Done>([&](auto done) { m_admin->revokeSession(alice, listedElsewhere, this, done); });
        QCOMPARE(refused.error().kind, ApiError::Kind::Unsupported);
        QVERIFY(!refused.error().message.isEmpty());
    }

    void apiKeysAreIssuedOnceUsedAndDeleted()
    {
        ApiKeyRequest request;
        request.name = QStringLiteral("peer-test");
        request.description = QStringLiteral("made by tst_BetterAuthPeer");
        request.expiresAt = QDateTime::currentDateTimeUtc().addDays(30);
        const Result<IssuedApiKey> issued =
            await<IssuedApiKey>([&](auto done) { m_admin->createApiKey(request, this, done); });
        QVERIFY2(issued.ok(), qPrintable(issued.error().message));
        const QString secret = issued.value().secret;
        QCOMPARE(secret.size(), 64);
        QCOMPARE(issued.value().key.prefix, secret.left(6));
        QVERIFY(!issued.value().key.attributes.contains(QStringLiteral("key")));

        const Result<QList<ApiKey>> keys =
            await<QList<ApiKey>>([&](auto done) { m_admin->listApiKeys(nullptr, this, done); });
        QVERIFY(keys.ok());
        const auto listed = std::find_if(keys.value().cbegin(), keys.value().cend(),
                                         [&](const ApiKey& k) { return k.id == issued.value().key.id; });
        QVERIFY(listed != keys.value().cend());
        QCOMPARE(listed->name, request.name);
        QCOMPARE(listed->description, request.description);
        QCOMPARE(listed->prefix, secret.left(6));
        QCOMPARE(listed->ownerId, m_admin->authState().userId);
        QVERIFY(qAbs(listed->expiresAt.secsTo(request.expiresAt)) < 120);
        for (const ApiKey& k : keys.value())
            QVERIFY(!k.attributes.values().contains(secret)); // the full key never comes back

        // The key works against the server: an x-api-key header is a session of its owner.
        auto withKey = [&] {
            return send("GET", QStringLiteral("/get-session"), {}, {}, {{"x-api-key", secret.toUtf8()}});
        };
        const Reply used = withKey();
        QCOMPARE(used.status, 200);
        QCOMPARE(
            used.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
            m_peer.adminEmail());

        const Result<Done> deleted =
            await<Done>([&](auto done) { m_admin->revokeApiKey(issued.value().key, this, done); });
        QVERIFY(deleted.ok());
        const Result<QList<ApiKey>> after =
            await<QList<ApiKey>>([&](auto done) { m_admin->listApiKeys(nullptr, this, done); });
        QVERIFY(after.ok());
        QVERIFY(std::none_of(after.value().cbegin(), after.value().cend(),
                             [&](const ApiKey& k) { return k.id == issued.value().key.id; }));
        const Reply refused = withKey();
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json().value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_API_KEY"));

        const Result<Done> again =
            await<Done>([&](auto done) { m_admin->revokeApiKey(issued.value().key, this, done); });
        QCOMPARE(again.error().kind, ApiError::Kind::NotFound);

        ApiKeyRequest forSomeoneElse = request;
        forSomeoneElse.ownerId = QStringLiteral("another-user");
        const Result<IssuedApiKey> unsupported =
            await<IssuedApiKey>([&](auto done) { m_admin->createApiKey(forSomeoneElse, this, done); });
        QCOMPARE(unsupported.error().kind, ApiError::Kind::Unsupported);
    }

    void signOutEndsTheServerSession()
    {
        auto c = connection(m_peer.adminEmail());
        QVERIFY(signIn(*c, m_peer.adminPassword()).isNone());
        const QByteArray cookies = cookieHeader(c->authState().cookies);
        QCOMPARE(whoIs(cookies), m_peer.adminEmail());
        QSignalSpy out(c.get(), &Connection::signedOut);
        c->signOut();
        QVERIFY(out.wait(15000));
        QVERIFY(!c->authState().isSignedIn());
        QCOMPARE(whoIs(cookies), QString());
        QCOMPARE(whoIs(cookieHeader(m_admin->authState().cookies)), m_peer.adminEmail()); // only that one
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_peer.stop();
    }
};

QTEST_GUILESS_MAIN(tst_BetterAuthPeer)
#include "tst_BetterAuthPeer.moc"
