// The SCIM 2.0 dialect against a real SCIM service provider (better-auth 1.7.5's SCIM plugin,
// server.mjs), through the same Connection operations the console uses: sign-in with a bearer
// token from the keychain (and a wrong one refused), list with paging and the true total, search
// with the equality filter the server supports (and the starts-with one it refuses, explained),
// the user lifecycle (create, get, replace keeping what the form does not show, PATCH active and
// roles, delete, then 404), a read-only token's refusal, and what SCIM does not have.
// A server that does not start is a failure, never a skip. Tokens are never printed.

#include "Await.h"
#include "PeerConnection.h"
#include "ScimPeerProcess.h"
#include "credentials/CredentialStore.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

#include <functional>
#include <optional>

namespace {

QStringList userNamesOf(const QList<User>& users)
{
    QStringList names;
    for (const User& u : users)
        names << u.username;
    return names;
}

QString why(const ApiError& error)
{
    return error.message + QLatin1Char(' ') + error.detail;
}

} // namespace

class tst_ScimPeer : public QObject
{
    Q_OBJECT
    ScimPeerProcess m_peer;
    CredentialStore m_memory;
    std::unique_ptr<Connection> m_admin;
    QNetworkAccessManager m_raw;

    std::unique_ptr<Connection> connection(const QString& name, const QString& searchFilter,
                                           CredentialStore* store = nullptr)
    {
        Profile p = PeerConnection::profile(QStringLiteral("scim"), m_peer.scimRoot(), name);
        if (!searchFilter.isEmpty())
            p.settings.insert(QStringLiteral("search_filter"), searchFilter);
        return PeerConnection::make(p, store ? store : &m_memory);
    }
    static ApiError signIn(Connection& c, const Secrets& secrets = {})
    {
        return PeerConnection::signIn(c, secrets);
    }
    static Secrets token(const QString& value) { return {{QStringLiteral("api_key"), value}}; }

    // The HTTP status of a GET outside AuthDesk, as another SCIM client would see it.
    int rawStatus(const QString& path, const QString& bearer)
    {
        QUrl u = m_peer.scimRoot();
        u.setPath(u.path() + path);
        QNetworkRequest request(u);
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
        QNetworkReply* reply = m_raw.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    Result<UserPage> list(Connection& c, const UserQuery& query)
    {
        return await<UserPage>([&](auto done) { c.listUsers(query, this, done); });
    }
    Result<UserPage> search(const QString& text)
    {
        UserQuery q;
        q.search = text;
        return list(*m_admin, q);
    }
    Result<User> get(const User& user)
    {
        return await<User>([&](auto done) { m_admin->getUser(user, this, done); });
    }
    User userNamed(const QString& userName)
    {
        const Result<UserPage> page = search(userName);
        return page.ok() && page.value().users.size() == 1 ? page.value().users.first() : User();
    }

private slots:
    void initTestCase()
    {
        m_memory.setMemoryOnly(true);
        if (!m_peer.start())
            QFAIL(qPrintable(m_peer.errorString()));
        // The server filters by equality only: the profile says so.
        m_admin = connection(QStringLiteral("admin"), QStringLiteral("eq"));
        const ApiError error = signIn(*m_admin, token(m_peer.adminToken()));
        QVERIFY2(error.isNone(), qPrintable(why(error)));
    }

    void signInKeepsTheTokenInMemoryOnly()
    {
        QCOMPARE(m_admin->state(), Connection::State::SignedIn);
        const AuthState& state = m_admin->authState();
        QCOMPARE(state.identity, QStringLiteral("admin"));
        QCOMPARE(state.tokenType, QStringLiteral("Bearer"));
        QCOMPARE(state.secondsLeft(), -1); // SCIM does not say when a token ends: no renewal timer
        QVERIFY(state.accessToken != m_peer.adminToken());
        QVERIFY(!state.extra.values().contains(QVariant(m_peer.adminToken())));
    }

    void theTokenComesFromTheKeychain()
    {
        // The profile's api_key secret, stored the way the profiles dialog stores it.
        CredentialStore keychain;
        auto c = connection(QStringLiteral("stored"), QStringLiteral("eq"), &keychain);
        bool written = false;
        keychain.write(c->profile().id, token(m_peer.adminToken()), this,
                       [&written](bool) { written = true; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 15000);
        const ApiError error = signIn(*c);
        bool removed = false;
        keychain.remove(c->profile().id, {QStringLiteral("api_key")}, this,
                        [&removed](bool) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
        QVERIFY2(error.isNone(), qPrintable(why(error)));
        QVERIFY(list(*c, {}).ok());

        auto none = connection(QStringLiteral("nothing-stored"), {}, &keychain);
        const ApiError missing = signIn(*none);
        QCOMPARE(missing.kind, ApiError::Kind::Unauthorized);
        QVERIFY2(missing.message.contains(QLatin1String("api_key")), qPrintable(missing.message));
    }

    void aWrongTokenIsRefusedInOneSentence()
    {
        auto c = connection(QStringLiteral("wrong"), {});
        const ApiError error = signIn(*c, token(QStringLiteral("ba_scim_credential_nope.not-a-secret")));
        QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(error.message,
                 QStringLiteral("The server refused the bearer token: it is wrong, expired or revoked."));
        QCOMPARE(error.detail, QStringLiteral("Invalid SCIM bearer token"));
        QCOMPARE(c->state(), Connection::State::SignedOut);
    }

    void aWrongBaseUrlIsExplained()
    {
        Profile p = m_admin->profile();
        p.id = QStringLiteral("peer-scim-wrong-root");
        p.baseUrl = m_peer.baseUrl(); // the app, not its SCIM root
        Connection c(p, DialectRegistry::create(p.dialect), &m_memory);
        const ApiError error = signIn(c, token(m_peer.adminToken()));
        QCOMPARE(error.kind, ApiError::Kind::NotFound);
        QVERIFY2(error.message.contains(QLatin1String("SCIM root")), qPrintable(error.message));
    }

    void listsPagesWithTheTrueTotal()
    {
        UserQuery q;
        q.limit = 5;
        QStringList all;
        for (const int expected : {5, 5, 2}) {
            const Result<UserPage> page = list(*m_admin, q);
            QVERIFY2(page.ok(), qPrintable(why(page.error())));
            QCOMPARE(page.value().users.size(), expected);
            QCOMPARE(page.value().total, 12); // totalResults: every user, not this page
            QCOMPARE(page.value().hasMore, expected == 5);
            all << userNamesOf(page.value().users);
            q.offset += page.value().users.size();
        }
        all.removeDuplicates();
        QCOMPARE(all.size(), 12);
        QVERIFY(all.contains(QStringLiteral("hana.sato")));
        QVERIFY(all.contains(QStringLiteral("lea.fischer")));

        // Past the end: nothing, and the same total.
        q.offset = 40;
        const Result<UserPage> beyond = list(*m_admin, q);
        QVERIFY(beyond.ok());
        QVERIFY(beyond.value().users.isEmpty());
        QCOMPARE(beyond.value().total, 12);
        QVERIFY(!beyond.value().hasMore);
    }

    void searchesOnTheServer()
    {
        const Result<UserPage> byName = search(QStringLiteral("hana.sato"));
        QVERIFY2(byName.ok(), qPrintable(why(byName.error())));
        QCOMPARE(byName.value().total, 1);
        const User hana = byName.value().users.value(0);
        QCOMPARE(hana.username, QStringLiteral("hana.sato"));
        QCOMPARE(hana.firstName, QStringLiteral("Hana"));
        QCOMPARE(hana.lastName, QStringLiteral("Sato"));
        QCOMPARE(hana.email, QStringLiteral("hana@example.org"));
        QCOMPARE(hana.roles, QStringList{QStringLiteral("engineer")});
        QVERIFY(hana.enabled);
        QVERIFY(hana.createdAt.isValid() && hana.createdAt <= QDateTime::currentDateTimeUtc());
        QVERIFY(
            hana.attributes.value(QStringLiteral("meta")).toMap().contains(QStringLiteral("lastModified")));

        // Text with an '@' is an email; the server compares without case.
        const Result<UserPage> byEmail = search(QStringLiteral("HANA@Example.org"));
        QVERIFY2(byEmail.ok(), qPrintable(why(byEmail.error())));
        QCOMPARE(userNamesOf(byEmail.value().users), QStringList{QStringLiteral("hana.sato")});
        // Quotes and backslashes are escaped, not an injection into the filter.
        const Result<UserPage> quoted = search(QStringLiteral("x\" or userName eq \"hana.sato"));
        QVERIFY2(quoted.ok(), qPrintable(why(quoted.error())));
        QCOMPARE(quoted.value().total, 0);
        QCOMPARE(search(QStringLiteral("nobody-matches-this")).value().total, 0);

        // The default starts-with search is refused by this server: the message says what to do.
        auto sw = connection(QStringLiteral("sw"), {});
        QVERIFY(signIn(*sw, token(m_peer.adminToken())).isNone());
        UserQuery q;
        q.search = QStringLiteral("ha");
        const Result<UserPage> refused = list(*sw, q);
        QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
        QCOMPARE(refused.error().serverCode, QStringLiteral("invalidFilter"));
        QVERIFY2(refused.error().message.contains(QLatin1String("filter operator sw is not supported")) &&
                     refused.error().message.contains(QLatin1String("search filter")),
                 qPrintable(refused.error().message));
    }

    void userLifecycle()
    {
        UserEdit create;
        create.user.username = QStringLiteral("zoe.tester");
        create.user.email = QStringLiteral("zoe.tester@peer.test");
        create.user.firstName = QStringLiteral("Zoe");
        create.user.lastName = QStringLiteral("Tester");
        create.user.roles = {QStringLiteral("tester")};
        const Result<User> created = await<User>([&](auto done) { m_admin->createUser(create, this, done); });
        QVERIFY2(created.ok(), qPrintable(why(created.error())));
        User zoe = created.value();
        QVERIFY(!zoe.id.isEmpty());
        QCOMPARE(zoe.username, QStringLiteral("zoe.tester"));
        QCOMPARE(zoe.email, QStringLiteral("zoe.tester@peer.test"));
        QCOMPARE(zoe.roles, QStringList{QStringLiteral("tester")});
        QVERIFY(zoe.enabled);
        QVERIFY(qAbs(zoe.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(zoe.attributes.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Zoe Tester"));
        QCOMPARE(list(*m_admin, {}).value().total, 13);

        const Result<User> twice = await<User>([&](auto done) { m_admin->createUser(create, this, done); });
        QCOMPARE(twice.error().kind, ApiError::Kind::Conflict);
        QCOMPARE(twice.error().field, QStringLiteral("username"));
        QCOMPARE(twice.error().message, QStringLiteral("A user with this user name already exists."));
        UserEdit sameEmail = create;
        sameEmail.user.username = QStringLiteral("zoe.again");
        const Result<User> taken =
            await<User>([&](auto done) { m_admin->createUser(sameEmail, this, done); });
        QCOMPARE(taken.error().kind, ApiError::Kind::Conflict);
        QCOMPARE(taken.error().field, QStringLiteral("email"));

        const Result<User> fetched = get(zoe);
        QVERIFY2(fetched.ok(), qPrintable(why(fetched.error())));
        QCOMPARE(fetched.value().username, zoe.username);
        QCOMPARE(fetched.value().lastName, QStringLiteral("Tester"));

        // Replace (PUT): the name and email change, the derived display name follows, and the
        // roles the form does not edit survive the replacement.
        UserEdit edit{zoe, {}};
        edit.user.lastName = QStringLiteral("Renamed");
        edit.user.email = QStringLiteral("zoe.renamed@peer.test");
        const Result<User> replaced =
            await<User>([&](auto done) { m_admin->updateUser(zoe, edit, this, done); });
        QVERIFY2(replaced.ok(), qPrintable(why(replaced.error())));
        QCOMPARE(replaced.value().lastName, QStringLiteral("Renamed"));
        QCOMPARE(replaced.value().email, QStringLiteral("zoe.renamed@peer.test"));
        const User reread = get(zoe).value();
        QCOMPARE(reread.attributes.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Zoe Renamed"));
        QCOMPARE(reread.roles, QStringList{QStringLiteral("tester")});
        QCOMPARE(userNamed(QStringLiteral("zoe.renamed@peer.test")).id, zoe.id);
        zoe = reread;

        // PATCH active: disable, then enable.
        const Result<User> disabled =
            await<User>([&](auto done) { m_admin->setEnabled(zoe, false, this, done); });
        QVERIFY2(disabled.ok(), qPrintable(why(disabled.error())));
        QVERIFY(!disabled.value().enabled);
        QVERIFY(!get(zoe).value().enabled);
        QCOMPARE(disabled.value().lastName, QStringLiteral("Renamed")); // only `active` changed
        const Result<User> enabled =
            await<User>([&](auto done) { m_admin->setEnabled(zoe, true, this, done); });
        QVERIFY(enabled.ok());
        QVERIFY(enabled.value().enabled);
        QVERIFY(get(zoe).value().enabled);

        // PATCH roles: replaced as a whole, then removed.
        const Result<User> roles = await<User>([&](auto done) {
            m_admin->setRoles(zoe, {QStringLiteral("tester"), QStringLiteral("oncall")}, this, done);
        });
        QVERIFY2(roles.ok(), qPrintable(why(roles.error())));
        QCOMPARE(roles.value().roles, (QStringList{QStringLiteral("tester"), QStringLiteral("oncall")}));
        QCOMPARE(get(zoe).value().roles, roles.value().roles);
        const Result<User> noRoles =
            await<User>([&](auto done) { m_admin->setRoles(roles.value(), {}, this, done); });
        QVERIFY2(noRoles.ok(), qPrintable(why(noRoles.error())));
        QVERIFY(get(zoe).value().roles.isEmpty());

        // The edit form's enabled box goes through the PUT as `active`.
        zoe = get(zoe).value();
        UserEdit off{zoe, {}};
        off.user.enabled = false;
        const Result<User> viaForm =
            await<User>([&](auto done) { m_admin->updateUser(zoe, off, this, done); });
        QVERIFY2(viaForm.ok(), qPrintable(why(viaForm.error())));
        QVERIFY(!get(zoe).value().enabled);

        const Result<Done> removed = await<Done>([&](auto done) { m_admin->deleteUser(zoe, this, done); });
        QVERIFY2(removed.ok(), qPrintable(why(removed.error())));
        const Result<User> gone = get(zoe);
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
        QCOMPARE(gone.error().message,
                 QStringLiteral("Not found on the server: it may have been deleted meanwhile."));
        const Result<Done> again = await<Done>([&](auto done) { m_admin->deleteUser(zoe, this, done); });
        QCOMPARE(again.error().kind, ApiError::Kind::NotFound);
        QCOMPARE(search(QStringLiteral("zoe.tester")).value().total, 0);
        QCOMPARE(list(*m_admin, {}).value().total, 12);
    }

    void aReplaceKeepsWhatTheFormDoesNotShow()
    {
        User alice = userNamed(QStringLiteral("alice.martin"));
        QVERIFY(alice.isValid());
        QCOMPARE(alice.attributes.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Staff Engineer"));
        UserEdit edit{alice, {}};
        edit.user.firstName = QStringLiteral("Alicia");
        const Result<User> replaced =
            await<User>([&](auto done) { m_admin->updateUser(alice, edit, this, done); });
        QVERIFY2(replaced.ok(), qPrintable(why(replaced.error())));
        const User after = get(alice).value();
        QCOMPARE(after.firstName, QStringLiteral("Alicia"));
        QCOMPARE(after.attributes.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Staff Engineer"));
        QCOMPARE(after.attributes.value(QStringLiteral("externalId")).toString(),
                 QStringLiteral("okta-00u1alice"));
        QCOMPARE(after.attributes.value(QStringLiteral("phoneNumbers")).toList().size(), 1);
        QCOMPARE(after.attributes.value(QStringLiteral("emails")).toList().size(), 2); // the home one too
        QCOMPARE(after.email, QStringLiteral("alice.martin@scim.test"));
        QCOMPARE(after.roles, QStringList{QStringLiteral("engineer")});
    }

    void aReadOnlyTokenIsToldWhy()
    {
        auto reader = connection(QStringLiteral("reader"), QStringLiteral("eq"));
        QVERIFY(signIn(*reader, token(m_peer.readerToken())).isNone());
        const Result<UserPage> page = list(*reader, {});
        QVERIFY2(page.ok(), qPrintable(why(page.error())));
        QVERIFY(page.value().total >= 12); // the same connection's users
        UserEdit create;
        create.user.username = QStringLiteral("not.allowed");
        create.user.email = QStringLiteral("not.allowed@peer.test");
        const Result<User> refused = await<User>([&](auto done) { reader->createUser(create, this, done); });
        QCOMPARE(refused.error().kind, ApiError::Kind::Forbidden);
        QVERIFY2(refused.error().message.contains(QLatin1String("scim.users.write")),
                 qPrintable(refused.error().message));
        const User hana = userNamed(QStringLiteral("hana.sato"));
        const Result<User> disable =
            await<User>([&](auto done) { reader->setEnabled(hana, false, this, done); });
        QCOMPARE(disable.error().kind, ApiError::Kind::Forbidden);
        QVERIFY(get(hana).value().enabled);
    }

    void whatScimDoesNotHaveIsUnsupported()
    {
        const User hana = userNamed(QStringLiteral("hana.sato"));
        QVERIFY(hana.isValid());
        const Result<QList<Session>> sessions =
            await<QList<Session>>([&](auto done) { m_admin->listSessions(hana, this, done); });
        QCOMPARE(sessions.error().kind, ApiError::Kind::Unsupported);
        QCOMPARE(sessions.error().message, m_admin->capabilities().reason(Capability::ListSessions));
        ApiKeyRequest key;
        key.name = QStringLiteral("nope");
        const Result<IssuedApiKey> issued =
            await<IssuedApiKey>([&](auto done) { m_admin->createApiKey(key, this, done); });
        QCOMPARE(issued.error().kind, ApiError::Kind::Unsupported);
        QVERIFY(!issued.error().message.isEmpty());
    }

    void signOutForgetsTheTokenOnly()
    {
        auto c = connection(QStringLiteral("leaving"), QStringLiteral("eq"));
        QVERIFY(signIn(*c, token(m_peer.adminToken())).isNone());
        QSignalSpy out(c.get(), &Connection::signedOut);
        c->signOut();
        QTRY_VERIFY_WITH_TIMEOUT(!out.isEmpty(), 15000);
        QVERIFY(!c->authState().isSignedIn());
        // SCIM has no sign-out: the token itself stays valid on the server, as the reason says.
        QCOMPARE(rawStatus(QStringLiteral("/Users"), m_peer.adminToken()), 200);
        QVERIFY(!m_admin->capabilities().supports(Capability::SignOut));
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_peer.stop();
    }
};

QTEST_GUILESS_MAIN(tst_ScimPeer)
#include "tst_ScimPeer.moc"
